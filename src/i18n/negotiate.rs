//! Which language a page speaks: `?lang=`, then the cookie, then `Accept-Language`, then the
//! event's (or the site's) default.

use crate::domain::Lang;

pub const LANG_COOKIE: &str = "convene_lang";

pub fn negotiate(
    query: Option<&str>,
    cookie: Option<&str>,
    accept_language: Option<&str>,
    default: Lang,
) -> Lang {
    query
        .and_then(Lang::from_tag)
        .or_else(|| cookie.and_then(Lang::from_tag))
        .or_else(|| accept_language.and_then(from_accept_language))
        .unwrap_or(default)
}

/// The best of the offered languages in an `Accept-Language` header.
fn from_accept_language(header: &str) -> Option<Lang> {
    accepted_languages(header).first().copied()
}

/// The offered languages an `Accept-Language` header names, best first by quality value; on
/// equal quality the earlier entry wins, as the header's author listed it first.
pub fn accepted_languages(header: &str) -> Vec<Lang> {
    let mut found: Vec<(Lang, f32)> = Vec::new();
    for entry in header.split(',') {
        let mut parts = entry.split(';');
        let tag = parts.next().unwrap_or_default().trim();
        let quality = parts
            .find_map(|p| p.trim().strip_prefix("q="))
            .and_then(|q| q.trim().parse::<f32>().ok())
            .unwrap_or(1.0);
        if quality <= 0.0 {
            continue;
        }
        if let Some(lang) = Lang::from_tag(tag) {
            match found.iter_mut().find(|(l, _)| *l == lang) {
                Some((_, q)) => *q = q.max(quality),
                None => found.push((lang, quality)),
            }
        }
    }
    // A stable sort keeps the header's order among equal qualities.
    found.sort_by(|a, b| b.1.total_cmp(&a.1));
    found.into_iter().map(|(lang, _)| lang).collect()
}

/// The languages a visitor reads, best first: the page's, the others their browser names, then
/// English, which most readers of a fallback text share. Content not in any of these falls
/// back to the event's own default.
pub fn reading_order(page: Lang, accept_language: Option<&str>) -> Vec<Lang> {
    let mut order = vec![page];
    for lang in accept_language
        .map(accepted_languages)
        .unwrap_or_default()
        .into_iter()
        .chain([Lang::En])
    {
        if !order.contains(&lang) {
            order.push(lang);
        }
    }
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn order_of_preference() {
        assert_eq!(
            negotiate(Some("es"), Some("fr"), Some("nl"), Lang::En),
            Lang::Es
        );
        assert_eq!(
            negotiate(Some("xx"), Some("fr"), Some("nl"), Lang::En),
            Lang::Fr
        );
        assert_eq!(
            negotiate(None, None, Some("nl-BE,fr;q=0.8"), Lang::En),
            Lang::Nl
        );
        assert_eq!(negotiate(None, None, Some("de"), Lang::Fr), Lang::Fr);
        assert_eq!(negotiate(None, None, None, Lang::Es), Lang::Es);
    }

    #[test]
    fn quality_values_decide() {
        assert_eq!(
            from_accept_language("de-DE,de;q=0.9,es;q=0.5,fr;q=0.7"),
            Some(Lang::Fr)
        );
        assert_eq!(from_accept_language("en;q=0,nl;q=0.1"), Some(Lang::Nl));
        assert_eq!(from_accept_language("*"), None);
    }

    #[test]
    fn a_reader_falls_back_to_their_other_languages_then_english() {
        assert_eq!(
            reading_order(Lang::Es, Some("es-PE,es;q=0.9,fr;q=0.8,nl;q=0.3")),
            vec![Lang::Es, Lang::Fr, Lang::Nl, Lang::En]
        );
        assert_eq!(reading_order(Lang::Es, None), vec![Lang::Es, Lang::En]);
        assert_eq!(reading_order(Lang::En, Some("en")), vec![Lang::En]);
    }
}

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

/// The best of the four languages in an `Accept-Language` header, by quality value; on equal
/// quality the earlier entry wins, as the header's author listed it first.
fn from_accept_language(header: &str) -> Option<Lang> {
    let mut best: Option<(Lang, f32)> = None;
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
        if let Some(lang) = Lang::from_tag(tag)
            && best.is_none_or(|(_, q)| quality > q)
        {
            best = Some((lang, quality));
        }
    }
    best.map(|(lang, _)| lang)
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
}

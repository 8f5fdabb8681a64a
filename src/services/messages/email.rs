//! A message as one recipient reads it: the text in their language (the event's default, or
//! the first written one, where theirs is missing), the Markdown body rendered and cleaned,
//! their own link at the foot, and the headers of bulk mail.

use crate::db::{event, message, registration};
use crate::domain::Lang;
use crate::i18n::{Arg, t, t_args};
use crate::mail::{EmailContent, ListHeaders, OutgoingEmail};
use crate::state::AppState;
use crate::web::markdown::render_markdown;

/// The language whose text `reader` gets.
pub fn text_language(msg: &message::Model, reader: Lang, default: Lang) -> Option<Lang> {
    let subjects = msg.subjects();
    [reader, default]
        .into_iter()
        .find(|l| subjects.contains_key(l))
        .or_else(|| subjects.keys().next().copied())
}

/// Fills the placeholders an organizer may write: `{{name}}`, `{{link}}` (the participant's
/// page), `{{certificate}}` and `{{feedback}}` (their certificate and feedback links).
fn fill(text: &str, name: &str, own_page: &str) -> String {
    text.replace("{{name}}", name)
        .replace("{{link}}", own_page)
        .replace("{{certificate}}", &format!("{own_page}/certificate.pdf"))
        .replace("{{feedback}}", &format!("{own_page}/feedback"))
}

/// The email of `msg` to `reg`, whose link token is `token`.
pub fn compose(
    state: &AppState,
    ev: &event::Model,
    reg: &registration::Model,
    token: &str,
    msg: &message::Model,
) -> OutgoingEmail {
    let own_page = state.participant_url(token);
    let lang = text_language(msg, reg.language, ev.default_language).unwrap_or(reg.language);
    build(state, ev, msg, lang, &reg.name, &reg.email, &own_page)
}

/// The email of `msg` in `lang` as a test to its author, with an example link.
pub fn test_email(
    state: &AppState,
    ev: &event::Model,
    msg: &message::Model,
    lang: Lang,
    to: &str,
) -> OutgoingEmail {
    let own_page = state.participant_url("example");
    let lang = text_language(msg, lang, ev.default_language).unwrap_or(lang);
    let mut email = build(state, ev, msg, lang, to, to, &own_page);
    email.content.subject = format!("[{}] {}", t(lang, "message-test"), email.content.subject);
    email
}

fn build(
    state: &AppState,
    ev: &event::Model,
    msg: &message::Model,
    lang: Lang,
    name: &str,
    address: &str,
    own_page: &str,
) -> OutgoingEmail {
    let subject = msg.subjects().remove(&lang).unwrap_or_default();
    let body = fill(
        &msg.bodies().remove(&lang).unwrap_or_default(),
        name,
        own_page,
    );
    let title = ev.title_in(lang);
    let site = &state.settings.branding;
    let footer = t_args(
        lang,
        "message-footer",
        &[
            ("event", Arg::Text(title.clone())),
            ("site", Arg::Text(site.site_name.clone())),
        ],
    );
    let content = EmailContent {
        lang: lang.code(),
        subject: fill(&subject, name, own_page),
        greeting: t_args(
            lang,
            "email-greeting",
            &[("name", Arg::Text(name.to_string()))],
        ),
        body_html: Some(render_markdown(&body)),
        paragraphs: vec![body],
        action: Some((t(lang, "message-own-page"), own_page.to_string())),
        footer,
        site_name: site.site_name.clone(),
        primary_color: site.primary_color.clone(),
        ..Default::default()
    };
    OutgoingEmail {
        kind: crate::services::notify::Notice::Message.kind(),
        to_name: name.to_string(),
        to_email: address.to_string(),
        content,
        invite: None,
        list: Some(ListHeaders {
            id: format!("{} <{}.{}>", title, ev.slug, state.host()),
            unsubscribe: own_page.to_string(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_become_the_participants_own_links() {
        let text = fill(
            "Dear {{name}}: {{certificate}} and {{feedback}}; {{link}}",
            "Ada",
            "https://x.org/r/t",
        );
        assert_eq!(
            text,
            "Dear Ada: https://x.org/r/t/certificate.pdf and https://x.org/r/t/feedback; https://x.org/r/t"
        );
    }
}

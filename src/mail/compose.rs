//! Typed emails rendered to multipart messages (plain text and HTML, plus an invite).

use askama::Template;
use lettre::message::header::{ContentType, HeaderName, HeaderValue};
use lettre::message::{Attachment, Mailbox, MultiPart, SinglePart};

use crate::calendar::Method;

/// What an email says, already in the recipient's language.
#[derive(Debug, Clone, Default)]
pub struct EmailContent {
    pub lang: &'static str,
    pub subject: String,
    pub greeting: String,
    pub paragraphs: Vec<String>,
    /// The HTML of the paragraphs when they come from Markdown (a message to registrants),
    /// already sanitised; the plain-text part keeps the Markdown source.
    pub body_html: Option<String>,
    /// A button: its label and link.
    pub action: Option<(String, String)>,
    /// Label and value pairs: date, place, status…
    pub details: Vec<(String, String)>,
    /// An image under the action, carried inside the email (the check-in code).
    pub image: Option<InlineImage>,
    /// Extra links under the details (calendar links), label and URL.
    pub links: Vec<(String, String)>,
    pub footer: String,
    pub site_name: String,
    pub primary_color: String,
}

impl EmailContent {
    /// What follows a label in the plain-text part.
    pub fn colon(&self) -> &'static str {
        label_colon(self.lang)
    }
}

/// The colon after a label: French typography puts a non-breaking space before it.
pub fn label_colon(lang: &str) -> &'static str {
    if lang == "fr" { "\u{a0}:" } else { ":" }
}

/// A PNG carried in the email itself and shown by the HTML part through its Content-ID, with
/// a link to the same image on the web for mail programs that show no images.
#[derive(Debug, Clone, Default)]
pub struct InlineImage {
    /// The image's description: its alt text and caption.
    pub alt: String,
    /// The sentence before the link in the plain-text part.
    pub text_line: String,
    pub link: String,
    pub png: Vec<u8>,
}

/// The Content-ID of the inline image; one image per email, so one fixed name suffices.
const IMAGE_CID: &str = "checkin-code@convene";

/// An email ready for the outbox.
#[derive(Debug, Clone)]
pub struct OutgoingEmail {
    pub kind: &'static str,
    pub to_name: String,
    pub to_email: String,
    pub content: EmailContent,
    pub invite: Option<(Method, String)>,
    /// Bulk mail (a message to registrants): the list it belongs to and where to leave it.
    pub list: Option<ListHeaders>,
}

/// RFC 2919 and RFC 2369 headers: `List-Id` names the event's messages, so mail programs can
/// sort and filter them; `List-Unsubscribe` leads to the participant's page, where they cancel.
#[derive(Debug, Clone)]
pub struct ListHeaders {
    /// `Title <slug.host>`.
    pub id: String,
    pub unsubscribe: String,
}

#[derive(Template)]
#[template(path = "emails/message.txt")]
struct PlainEmail<'a> {
    c: &'a EmailContent,
}

#[derive(Template)]
#[template(path = "emails/message.html")]
struct HtmlEmail<'a> {
    c: &'a EmailContent,
    cid: &'a str,
}

/// Builds the full message. Names and subjects pass through lettre's header encoding, which
/// encodes non-ASCII text (RFC 2047) and cannot be tricked by CR/LF into adding a header:
/// every text field was also cleaned of control characters before it got here.
pub fn render(email: &OutgoingEmail, from: &Mailbox, message_id: &str) -> anyhow::Result<Vec<u8>> {
    let to_name = single_line(&email.to_name);
    let to = Mailbox::new(Some(to_name), email.to_email.parse()?);
    let plain = PlainEmail { c: &email.content }.render()?;
    let html = HtmlEmail {
        c: &email.content,
        cid: IMAGE_CID,
    }
    .render()?;
    let html_part = SinglePart::html(html);
    let body = MultiPart::alternative().singlepart(SinglePart::plain(plain));
    // The HTML and the image it shows travel together (RFC 2387), so no remote image is needed.
    let body = match &email.content.image {
        Some(image) => body.multipart(
            MultiPart::related().singlepart(html_part).singlepart(
                Attachment::new_inline(IMAGE_CID.to_string())
                    .body(image.png.clone(), ContentType::parse("image/png")?),
            ),
        ),
        None => body.singlepart(html_part),
    };
    let mut builder = lettre::Message::builder()
        .from(from.clone())
        .to(to)
        .subject(single_line(&email.content.subject))
        .message_id(Some(message_id.to_string()));
    builder = builder.header(ContentLanguage(email.content.lang.to_string()));
    builder = builder.header(AutoSubmitted);
    if let Some(list) = &email.list {
        builder = builder
            .header(ListId(single_line(&list.id)))
            .header(ListUnsubscribe(format!(
                "<{}>",
                single_line(&list.unsubscribe)
            )));
    }
    let message = match &email.invite {
        Some((method, ics)) => {
            let content_type = ContentType::parse(&method.content_type())?;
            builder.multipart(MultiPart::mixed().multipart(body).singlepart(
                Attachment::new("invite.ics".to_string()).body(ics.clone(), content_type),
            ))?
        }
        None => builder.multipart(body)?,
    };
    Ok(message.formatted())
}

/// Header values are one line: whatever the source, line breaks become spaces.
fn single_line(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

#[derive(Clone)]
struct ContentLanguage(String);

impl lettre::message::header::Header for ContentLanguage {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("Content-Language")
    }
    fn parse(s: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(Self(s.to_string()))
    }
    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), self.0.clone())
    }
}

macro_rules! text_header {
    ($name:ident, $header:literal) => {
        #[derive(Clone)]
        struct $name(String);

        impl lettre::message::header::Header for $name {
            fn name() -> HeaderName {
                HeaderName::new_from_ascii_str($header)
            }
            fn parse(s: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
                Ok(Self(s.to_string()))
            }
            fn display(&self) -> HeaderValue {
                HeaderValue::new(Self::name(), self.0.clone())
            }
        }
    };
}

text_header!(ListId, "List-Id");
text_header!(ListUnsubscribe, "List-Unsubscribe");

/// RFC 3834: every message Convene sends is automatic, so out-of-office replies and other
/// responders must not answer it.
#[derive(Clone)]
pub(crate) struct AutoSubmitted;

impl lettre::message::header::Header for AutoSubmitted {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("Auto-Submitted")
    }
    fn parse(_: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(Self)
    }
    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), "auto-generated".to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(name: &str, subject: &str) -> OutgoingEmail {
        OutgoingEmail {
            kind: "test",
            to_name: name.into(),
            to_email: "ada@example.org".into(),
            content: EmailContent {
                lang: "fr",
                subject: subject.into(),
                greeting: "Bonjour".into(),
                paragraphs: vec!["<b>pas du HTML</b>".into()],
                site_name: "Convene".into(),
                primary_color: "#123456".into(),
                ..Default::default()
            },
            invite: Some((
                Method::Request,
                "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".into(),
            )),
            list: None,
        }
    }

    fn from() -> Mailbox {
        "Convene <events@example.org>".parse().expect("mailbox")
    }

    #[test]
    fn french_plain_text_sets_labels_off_with_a_non_breaking_space() {
        let mut content = sample("Ada", "Inscription").content;
        content.action = Some(("Confirmer".into(), "https://example.org/r/x".into()));
        content.details = vec![("Statut".into(), "Confirmé".into())];
        content.links = vec![("Google Agenda".into(), "https://example.org/g".into())];
        let text = PlainEmail { c: &content }.render().expect("render");
        assert!(
            text.contains("Confirmer\u{a0}:\nhttps://example.org/r/x"),
            "{text}"
        );
        assert!(text.contains("Statut\u{a0}: Confirmé"), "{text}");
        assert!(text.contains("Google Agenda\u{a0}: https://"), "{text}");
        content.lang = "en";
        let text = PlainEmail { c: &content }.render().expect("render");
        assert!(text.contains("Statut: Confirmé"), "{text}");
    }

    #[test]
    fn multipart_with_invite_and_encoded_names() {
        let raw = render(
            &sample("Zoë Ñúñez 王", "Inscription : Séminaire"),
            &from(),
            "<1@example.org>",
        )
        .expect("render");
        let text = String::from_utf8_lossy(&raw);
        assert!(text.contains("multipart/mixed"));
        assert!(text.contains("multipart/alternative"));
        assert!(
            text.to_ascii_lowercase()
                .contains("text/calendar; method=request; charset=utf-8")
        );
        assert!(text.contains("Message-ID: <1@example.org>"));
        assert!(text.contains("=?utf-8?"), "non-ASCII headers are encoded");
        assert!(
            text.contains("&#60;b&#62;pas du HTML"),
            "HTML is escaped in the HTML part"
        );
    }

    #[test]
    fn line_breaks_cannot_add_headers() {
        let raw = render(
            &sample(
                "Eve\r\nBcc: mallory@example.org",
                "Hi\r\nBcc: x@example.org",
            ),
            &from(),
            "<2@example.org>",
        )
        .expect("render");
        let text = String::from_utf8_lossy(&raw);
        let headers = text.split("\r\n\r\n").next().unwrap_or_default();
        assert!(
            headers.contains("Subject: Hi  Bcc: x@example.org"),
            "the break became spaces:\n{headers}"
        );
        assert!(
            !headers
                .lines()
                .any(|l| l.to_ascii_lowercase().starts_with("bcc:")),
            "{headers}"
        );
    }
}

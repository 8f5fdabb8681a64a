//! Reading received emails with an independent MIME parser.

use mail_parser::{MessageParser, MimeHeaders};

pub struct Parsed {
    pub subject: String,
    pub to_name: String,
    pub text: String,
    pub html: String,
    /// (content type with parameters, body) of each calendar attachment.
    pub calendars: Vec<(String, String)>,
    pub language: String,
}

pub fn parse(raw: &str) -> Parsed {
    let message = MessageParser::default()
        .parse(raw.as_bytes())
        .expect("parsable email");
    let mut calendars = Vec::new();
    for part in message.attachments() {
        if let Some(ct) = part.content_type()
            && ct.ctype() == "text"
            && ct.subtype() == Some("calendar")
        {
            let params: Vec<String> = ct
                .attributes()
                .map(|attrs| {
                    attrs
                        .iter()
                        .map(|a| format!("{}={}", a.name, a.value))
                        .collect()
                })
                .unwrap_or_default();
            calendars.push((
                format!("text/calendar; {}", params.join("; ")),
                String::from_utf8_lossy(part.contents()).into_owned(),
            ));
        }
    }
    Parsed {
        subject: message.subject().unwrap_or_default().to_string(),
        to_name: message
            .to()
            .and_then(|a| a.first())
            .and_then(|a| a.name())
            .unwrap_or_default()
            .to_string(),
        text: message
            .body_text(0)
            .map(|t| t.into_owned())
            .unwrap_or_default(),
        html: message
            .body_html(0)
            .map(|t| t.into_owned())
            .unwrap_or_default(),
        calendars,
        language: message
            .header_raw("Content-Language")
            .map(|v| v.trim().to_string())
            .unwrap_or_default(),
    }
}

pub fn plain_text(raw: &str) -> String {
    parse(raw).text
}

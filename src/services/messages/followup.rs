//! The follow-up after an event: one step writes the two usual messages, to those who came
//! and to those who did not, with the recording and materials links, as drafts to edit.

use std::collections::BTreeMap;

use crate::db::{event, followup, message};
use crate::domain::Audience;
use crate::i18n::{Arg, t_args};
use crate::services::audit::Actor;
use crate::state::AppState;

use super::{Checked, MessageError, Start, create};

/// The links the follow-ups carry; either may be absent.
#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct FollowUpLinks {
    #[serde(default)]
    pub recording: Option<String>,
    #[serde(default)]
    pub materials: Option<String>,
}

fn web_link(link: Option<String>) -> Option<String> {
    link.map(|l| l.trim().to_string())
        .filter(|l| l.starts_with("https://") || l.starts_with("http://"))
}

/// Writes the two drafts (attended, absent) in every language the event offers.
pub async fn create_follow_ups(
    state: &AppState,
    ev: &event::Model,
    links: FollowUpLinks,
    actor: &Actor,
) -> Result<Vec<message::Model>, MessageError> {
    if ev.ends_at > state.now() {
        return Err(MessageError::Invalid(vec![(
            "event".into(),
            "message-error-not-ended",
        )]));
    }
    let recording = web_link(links.recording);
    let materials = web_link(links.materials);
    let asks_feedback = !followup::for_event(&state.db, ev.id)
        .await?
        .feedback
        .is_empty();
    let mut made = Vec::new();
    for audience in [Audience::Attended, Audience::Absent] {
        let mut subject = BTreeMap::new();
        let mut body = BTreeMap::new();
        for lang in ev.langs() {
            let title = ev.title_in(lang);
            let key = audience.as_str();
            let with_event = |k: &str| t_args(lang, k, &[("event", Arg::Text(title.clone()))]);
            subject.insert(lang, with_event(&format!("message-followup-{key}-subject")));
            let mut paragraphs = vec![with_event(&format!("message-followup-{key}-body"))];
            let line = |k: &str, link: &str| t_args(lang, k, &[("link", Arg::Text(link.into()))]);
            if let Some(link) = &recording {
                paragraphs.push(line("message-followup-recording", link));
            }
            if let Some(link) = &materials {
                paragraphs.push(line("message-followup-materials", link));
            }
            if audience == Audience::Attended {
                paragraphs.push(line("message-followup-certificate", "{{certificate}}"));
                if asks_feedback {
                    paragraphs.push(line("message-followup-feedback", "{{feedback}}"));
                }
            }
            body.insert(lang, paragraphs.join("\n\n"));
        }
        let checked = Checked {
            audience,
            subject,
            body,
            send_at: None,
        };
        made.push(create(state, ev, checked, actor, Start::Draft).await?);
    }
    Ok(made)
}

//! `/admin/events/{slug}/messages`: the event's messages with their delivery counts, and the
//! form to write one: audience, subject and body per language side by side, the languages
//! still missing, a preview as one participant would read it, a test to oneself, send now or
//! at a time. The buttons that act on a message are in `message_actions`.

use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect};
use serde::Deserialize;

use crate::db::{event, message};
use crate::domain::{Audience, Lang, MessageStatus};
use crate::services::messages::{
    self, MessageError, MessageInput, Start, audience_sample, audience_size,
};
use crate::state::AppState;
use crate::web::CsrfForm;
use crate::web::pairs::field;

use super::super::PageCtx;
use super::super::pages::{Layout, render};
use super::auth::AdminUser;
use super::view::{ManagedEvent, Nav, PageResult, frame, lang, stamp};

/// One message in the list.
pub struct MessageRow {
    pub id: i64,
    pub subject: String,
    pub audience: String,
    pub status: String,
    pub when: String,
    pub recipients: i64,
    pub delivered: i64,
    pub waiting: i64,
    pub failed: i64,
    pub open: bool,
}

/// The form as entered: kept on a refusal, a preview or a test.
#[derive(Default)]
pub struct Draft {
    pub id: Option<i64>,
    pub audience: String,
    pub texts: Vec<(Lang, String, String)>,
    pub send_at: String,
    pub missing: Vec<Lang>,
}

/// The preview of the message as one participant reads it.
pub struct Preview {
    pub subject: String,
    pub greeting: String,
    pub html: String,
    pub action: String,
    pub link: String,
    pub footer: String,
}

#[derive(Template)]
#[template(path = "admin/messages.html")]
pub(super) struct MessagesPage {
    pub(super) l: Layout,
    nav: Nav,
    slug: String,
    title: String,
    ended: bool,
    rows: Vec<MessageRow>,
    audiences: Vec<(&'static str, u64)>,
    draft: Draft,
    /// (registration id, name) of people the preview can show.
    people: Vec<(i64, String)>,
    preview_as: i64,
    preview: Option<Preview>,
    pub(super) errors: Vec<(String, String)>,
    notice: Option<String>,
    /// The words an organizer may write that become each recipient's own.
    placeholders: [&'static str; 4],
    default_lang_name: &'static str,
    csrf_token: String,
}

impl MessagesPage {
    fn error(&self, field: &str) -> Option<&str> {
        self.errors
            .iter()
            .find(|(f, _)| f == field)
            .map(|(_, m)| m.as_str())
    }

    fn missing_names(&self) -> String {
        self.draft
            .missing
            .iter()
            .map(|l| l.native_name())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

#[derive(Deserialize)]
pub struct PageQuery {
    pub done: Option<String>,
    pub edit: Option<i64>,
    /// How many a message just sent reached.
    pub n: Option<u64>,
}

fn done_key(done: Option<&str>) -> Option<&'static str> {
    Some(match done? {
        "sent" => "admin-messages-sent-done",
        "scheduled" => "admin-messages-scheduled-done",
        "saved" => "admin-messages-saved",
        "withdrawn" => "admin-messages-withdrawn",
        "followup" => "admin-messages-followup-done",
        "settled" => "admin-messages-settled",
        _ => return None,
    })
}

pub(super) async fn page(
    state: &AppState,
    ctx: &PageCtx,
    user: &AdminUser,
    ev: &event::Model,
    draft: Draft,
) -> Result<MessagesPage, crate::error::AppError> {
    let lang = lang(ctx);
    let all = message::for_event(&state.db, ev.id).await?;
    let ids: Vec<i64> = all.iter().map(|m| m.id).collect();
    let counts = message::delivery_counts(&state.db, &ids).await?;
    let mut audiences = Vec::new();
    for audience in Audience::ALL {
        audiences.push((
            audience.as_str(),
            audience_size(&state.db, ev, audience).await?,
        ));
    }
    let size_of = |a: Audience| {
        audiences
            .iter()
            .find(|(k, _)| *k == a.as_str())
            .map_or(0, |(_, n)| *n)
    };
    let rows = all
        .iter()
        .map(|m| {
            let c = counts.get(&m.id);
            let n = |k: &str| c.and_then(|c| c.get(k)).copied().unwrap_or(0);
            MessageRow {
                id: m.id,
                subject: m.subjects().into_values().next().unwrap_or_default(),
                audience: m.audience.to_string(),
                status: m.status.to_string(),
                when: m.sent_at.or(m.send_at).map(stamp).unwrap_or_default(),
                recipients: m.recipients.map_or(size_of(m.audience) as i64, i64::from),
                delivered: n("sent"),
                waiting: n("queued") + n("retrying") + n("sending"),
                failed: n("failed"),
                open: m.status.is_open(),
            }
        })
        .collect();
    let audience = Audience::parse(&draft.audience).unwrap_or(Audience::Confirmed);
    let people = audience_sample(&state.db, ev, audience, 50)
        .await?
        .into_iter()
        .map(|r| (r.id, format!("{} ({})", r.name, r.language)))
        .collect();
    let (l, nav) = frame(
        state,
        ctx,
        user,
        crate::i18n::t(lang, "admin-messages-title"),
        "events",
    );
    Ok(MessagesPage {
        l,
        nav,
        slug: ev.slug.clone(),
        title: ev.title_in(lang),
        ended: ev.ends_at <= state.now(),
        rows,
        audiences,
        draft,
        people,
        preview_as: 0,
        preview: None,
        errors: Vec::new(),
        notice: None,
        placeholders: ["{{name}}", "{{link}}", "{{certificate}}", "{{feedback}}"],
        default_lang_name: ev.default_language.native_name(),
        csrf_token: ctx.csrf_token(state),
    })
}

/// An empty form in the event's languages, or a message not sent yet to edit.
pub(super) fn draft_of(ev: &event::Model, msg: Option<&message::Model>) -> Draft {
    let (subjects, bodies) = msg.map(|m| (m.subjects(), m.bodies())).unwrap_or_default();
    let mut langs = ev.langs();
    langs.extend(subjects.keys().filter(|l| !ev.langs().contains(l)));
    Draft {
        id: msg.map(|m| m.id),
        audience: msg.map_or("confirmed".into(), |m| m.audience.to_string()),
        texts: langs
            .into_iter()
            .map(|l| {
                (
                    l,
                    subjects.get(&l).cloned().unwrap_or_default(),
                    bodies.get(&l).cloned().unwrap_or_default(),
                )
            })
            .collect(),
        send_at: msg
            .and_then(|m| m.send_at)
            .map(|t| t.format("%Y-%m-%dT%H:%M").to_string())
            .unwrap_or_default(),
        missing: msg
            .map(|m| messages::missing_languages(ev, m))
            .unwrap_or_default(),
    }
}

pub async fn show_messages(
    State(state): State<AppState>,
    ctx: PageCtx,
    ManagedEvent { user, ev }: ManagedEvent,
    Query(query): Query<PageQuery>,
) -> PageResult {
    let editing = match query.edit {
        Some(id) => message::for_event(&state.db, ev.id)
            .await?
            .into_iter()
            .find(|m| m.id == id && m.status.is_open()),
        None => None,
    };
    let mut page = page(&state, &ctx, &user, &ev, draft_of(&ev, editing.as_ref())).await?;
    page.notice =
        done_key(query.done.as_deref()).map(|k| page.l.tr.a1(k, "count", query.n.unwrap_or(0)));
    Ok(render(&page))
}

/// The form's fields as the service takes them, and as the page shows them again.
fn read_form(ev: &event::Model, pairs: &[(String, String)]) -> (MessageInput, Draft) {
    let mut draft = draft_of(ev, None);
    draft.id = field(pairs, "message_id").parse().ok();
    draft.audience = field(pairs, "audience").to_string();
    draft.send_at = field(pairs, "send_at").trim().to_string();
    let mut input = MessageInput {
        audience: draft.audience.clone(),
        ..Default::default()
    };
    for (lang, subject, body) in &mut draft.texts {
        *subject = field(pairs, &format!("subject_{}", lang.code())).to_string();
        *body = field(pairs, &format!("body_{}", lang.code())).to_string();
        input.subject.insert(lang.code().into(), subject.clone());
        input.body.insert(lang.code().into(), body.clone());
    }
    draft.missing = draft
        .texts
        .iter()
        .filter(|(_, s, _)| s.trim().is_empty())
        .map(|(l, _, _)| *l)
        .collect();
    // The browser's `datetime-local` has no zone: the form says it is UTC.
    input.send_at = chrono::NaiveDateTime::parse_from_str(&draft.send_at, "%Y-%m-%dT%H:%M")
        .ok()
        .map(|t| t.and_utc());
    (input, draft)
}

/// Sends, schedules, saves, previews or tests the message of the form.
pub async fn post_message(
    State(state): State<AppState>,
    ctx: PageCtx,
    ManagedEvent { user, ev }: ManagedEvent,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> PageResult {
    let (input, draft) = read_form(&ev, &pairs);
    let bad_time = !draft.send_at.is_empty() && input.send_at.is_none();
    let action = field(&pairs, "action").to_string();
    let preview_as: i64 = field(&pairs, "preview_as").parse().unwrap_or(0);
    let id = draft.id;
    let actor = user.actor();
    let checked = messages::check(input, state.now());
    let mut page = page(&state, &ctx, &user, &ev, draft).await?;
    let tr = page.l.tr;
    let outcome = match checked {
        Err(e) => Err(e),
        Ok(_) if bad_time => Err(MessageError::Invalid(vec![(
            "send_at".into(),
            "message-error-past",
        )])),
        Ok(checked) => match action.as_str() {
            "preview" | "test" => {
                let msg = messages::unsaved(&ev, &checked);
                if action == "test" {
                    messages::send_test(&state, &ev, &msg, tr.0, &user.user.email).await?;
                    page.notice = Some(tr.a1(
                        "admin-messages-test-sent",
                        "email",
                        user.user.email.as_str(),
                    ));
                } else {
                    page.preview = preview(&state, &ev, &msg, preview_as, &page.people).await?;
                    page.preview_as = preview_as;
                }
                return Ok(render(&page));
            }
            "draft" => match id {
                Some(id) => messages::update(&state, &ev, id, checked, &actor)
                    .await
                    .map(|_| "saved".to_string()),
                None => messages::create(&state, &ev, checked, &actor, Start::Draft)
                    .await
                    .map(|_| "saved".to_string()),
            },
            _ => {
                let later = checked.send_at.is_some();
                let result = match id {
                    Some(id) => {
                        let updated = messages::update(&state, &ev, id, checked, &actor).await;
                        match updated {
                            Ok(_) if !later => messages::send_now(&state, &ev, id, &actor).await,
                            other => other,
                        }
                    }
                    None => messages::create(&state, &ev, checked, &actor, Start::Send).await,
                };
                result.map(|m| match m.recipients {
                    Some(n) if m.status == MessageStatus::Sent => format!("sent&n={n}"),
                    _ => "scheduled".into(),
                })
            }
        },
    };
    match outcome {
        Ok(done) => Ok(
            Redirect::to(&format!("/admin/events/{}/messages?done={done}", ev.slug))
                .into_response(),
        ),
        Err(MessageError::Invalid(fields)) => {
            page.errors = fields.into_iter().map(|(f, k)| (f, tr.t(k))).collect();
            Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)).into_response())
        }
        Err(MessageError::Settled) => Ok(Redirect::to(&format!(
            "/admin/events/{}/messages?done=settled",
            ev.slug
        ))
        .into_response()),
        Err(MessageError::App(e)) => Err(e),
    }
}

/// The message as the chosen person (or the first of the audience) would read it.
async fn preview(
    state: &AppState,
    ev: &event::Model,
    msg: &message::Model,
    who: i64,
    people: &[(i64, String)],
) -> Result<Option<Preview>, crate::error::AppError> {
    use sea_orm::EntityTrait;
    let id = people
        .iter()
        .find(|(id, _)| *id == who)
        .or(people.first())
        .map(|(id, _)| *id);
    let Some(reg) = (match id {
        Some(id) => {
            crate::db::registration::Entity::find_by_id(id)
                .one(&state.db)
                .await?
        }
        None => None,
    }) else {
        return Ok(None);
    };
    // The preview shows the link's shape, not a working link to someone's registration.
    let email = messages::compose(state, ev, &reg, "…", msg);
    let (action, link) = email.content.action.clone().unwrap_or_default();
    Ok(Some(Preview {
        subject: email.content.subject,
        greeting: email.content.greeting,
        html: email.content.body_html.unwrap_or_default(),
        action,
        link,
        footer: email.content.footer,
    }))
}

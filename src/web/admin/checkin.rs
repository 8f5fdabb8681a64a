//! The check-in desk of an in-person event: `/admin/events/{slug}/checkin` finds confirmed
//! registrations by name, address or organisation (a plain GET form, no script needed) and
//! marks one as attended with one tap; `/admin/checkin/{id}/{signature}` is what the
//! participant's QR code opens. An event with a programme has a desk per session too
//! (`?session=<key>`): it lists those who chose the session and marks them present in it.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde::Deserialize;

use crate::db::registration_search::{self, Search, Sort};
use crate::db::{event, programme, registration};
use crate::domain::{RegistrationFilter, RegistrationStatus};
use crate::error::AppError;
use crate::services::{attendance, session_attendance};
use crate::state::AppState;
use crate::web::CsrfForm;

use super::super::PageCtx;
use super::super::checkin_link;
use super::super::pages::{Layout, render};
use super::auth::AdminUser;
use super::view::{ManagedEvent, Nav, PageResult, frame, lang};

/// Enough matches for a desk; a longer list means the search needs another letter.
const MAX_SHOWN: u64 = 30;

pub struct CheckinRow {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub organization: String,
    pub status: String,
    pub attended: bool,
}

#[derive(Template)]
#[template(path = "admin/checkin.html")]
struct CheckinPage {
    l: Layout,
    nav: Nav,
    slug: String,
    title: String,
    q: String,
    searched: bool,
    rows: Vec<CheckinRow>,
    more: bool,
    checked: Option<String>,
    /// The programme's sessions (key, title) and the one this desk checks in, if any.
    sessions: Vec<(String, String)>,
    session: String,
    csrf_token: String,
}

#[derive(Debug, Default, Deserialize)]
pub struct CheckinQuery {
    q: Option<String>,
    /// The name of the person just checked in, for the notice.
    checked: Option<i64>,
    /// A session's key: the desk at that session's door.
    #[serde(default)]
    session: String,
}

pub async fn show_checkin(
    State(state): State<AppState>,
    ctx: PageCtx,
    ManagedEvent { user, ev }: ManagedEvent,
    Query(query): Query<CheckinQuery>,
) -> PageResult {
    let q = query.q.unwrap_or_default().trim().to_string();
    let (rows, more) = if q.is_empty() {
        (Vec::new(), false)
    } else {
        let search = Search {
            filter: RegistrationFilter {
                statuses: vec![RegistrationStatus::Confirmed],
                search: Some(q.chars().take(200).collect()),
                ..Default::default()
            },
            sort: Sort::Name,
            descending: false,
        };
        let (found, total) =
            registration_search::search(&state.db, ev.id, &search, 1, MAX_SHOWN).await?;
        // At a hybrid event the desk is for the room: people who follow online are not found.
        let in_room = found
            .into_iter()
            .filter(|r| crate::services::follow::in_room(&ev, r))
            .map(row)
            .collect();
        (in_room, total > MAX_SHOWN)
    };
    let sessions = programme::sessions_of(&state.db, ev.id).await?;
    let session = sessions.iter().find(|s| s.key == query.session);
    if !query.session.is_empty() && session.is_none() {
        return Err(AppError::Invalid("session".into()));
    }
    let rows = match session {
        Some(session) => in_session(&state, session.id, rows).await?,
        None => rows,
    };
    let checked = match query.checked {
        Some(id) => crate::db::attendance::find_in_event(&state.db, ev.id, id)
            .await?
            .map(|r| r.name),
        None => None,
    };
    let searched = !q.is_empty();
    let mut page = page(&state, &ctx, &user, &ev, q, searched, rows, more, checked);
    page.sessions = sessions
        .iter()
        .map(|s| (s.key.clone(), s.title_in(lang(&ctx), ev.default_language)))
        .collect();
    page.session = query.session;
    Ok(render(&page))
}

#[allow(clippy::too_many_arguments)]
fn page(
    state: &AppState,
    ctx: &PageCtx,
    user: &AdminUser,
    ev: &event::Model,
    q: String,
    searched: bool,
    rows: Vec<CheckinRow>,
    more: bool,
    checked: Option<String>,
) -> CheckinPage {
    let title = ev.title_in(lang(ctx));
    let (l, nav) = frame(state, ctx, user, title.clone(), "events");
    CheckinPage {
        l,
        nav,
        slug: ev.slug.clone(),
        title,
        q,
        searched,
        rows,
        more,
        checked,
        sessions: Vec::new(),
        session: String::new(),
        csrf_token: ctx.csrf_token(state),
    }
}

/// The rows of those who chose the session, each showing whether they came to it.
async fn in_session(
    state: &AppState,
    session_id: i64,
    rows: Vec<CheckinRow>,
) -> Result<Vec<CheckinRow>, AppError> {
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let choices = programme::choice::Entity::find()
        .filter(programme::choice::Column::SessionId.eq(session_id))
        .filter(programme::choice::Column::RegistrationId.is_in(ids))
        .all(&state.db)
        .await?;
    Ok(rows
        .into_iter()
        .filter_map(|mut r| {
            let c = choices.iter().find(|c| c.registration_id == r.id)?;
            r.attended = c.attended;
            Some(r)
        })
        .collect())
}

fn row(reg: registration::Model) -> CheckinRow {
    CheckinRow {
        id: reg.id,
        name: reg.name,
        email: reg.email,
        organization: reg.organization,
        status: reg.status.to_string(),
        attended: reg.attended,
    }
}

#[derive(Deserialize)]
pub struct CheckinForm {
    /// The search to return to.
    #[serde(default)]
    q: String,
    /// The session this desk checks in; empty for the event.
    #[serde(default)]
    session: String,
}

/// Marks one registration as attended, then back to the same search with a notice.
pub async fn check_in(
    State(state): State<AppState>,
    _ctx: PageCtx,
    ManagedEvent { ev, .. }: ManagedEvent,
    Path((_, id)): Path<(String, i64)>,
    CsrfForm(form): CsrfForm<CheckinForm>,
) -> PageResult {
    if form.session.is_empty() {
        if !attendance::set_attended(&state, &ev, id, true).await? {
            return Err(AppError::NotFound);
        }
    } else {
        match session_attendance::check_in(&state, &ev, &form.session, id).await? {
            Some(true) => {}
            // No such session, or this person did not choose it: refused, never ignored.
            Some(false) | None => return Err(AppError::Invalid("session".into())),
        }
    }
    let mut to = url::form_urlencoded::Serializer::new(String::new());
    if !form.q.is_empty() {
        to.append_pair("q", &form.q);
    }
    if !form.session.is_empty() {
        to.append_pair("session", &form.session);
    }
    to.append_pair("checked", &id.to_string());
    let to = format!("/admin/events/{}/checkin?{}", ev.slug, to.finish());
    Ok(Redirect::to(&to).into_response())
}

/// The check-in of one registration, from its QR code: only for organizers of its event, and
/// "not found" for everyone else, as for any event they may not manage.
pub async fn open_checkin(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: AdminUser,
    Path((id, signature)): Path<(i64, String)>,
) -> PageResult {
    if !checkin_link::verify(&state, id, &signature) {
        return Err(AppError::NotFound);
    }
    let reg = registration::Entity::find_by_id(id)
        .one(&state.db)
        .await?
        .ok_or(AppError::NotFound)?;
    let ev = event::Entity::find_by_id(reg.event_id)
        .one(&state.db)
        .await?
        .filter(|ev| user.may_manage(ev))
        .ok_or(AppError::NotFound)?;
    let q = reg.email.clone();
    let rows = vec![row(reg)];
    Ok(render(&page(
        &state, &ctx, &user, &ev, q, true, rows, false, None,
    )))
}

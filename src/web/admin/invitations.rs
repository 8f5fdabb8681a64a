//! `/admin/events/{slug}/invitations`: invite members (all, a region, a country, chosen
//! organisations) or pasted addresses, see who was invited, opened their link and
//! registered, and remind those who did not register. Invalid pasted addresses are listed
//! back, and nothing is sent until the organizer confirms the rest.

use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect};
use serde::Deserialize;

use crate::db::{event, member};
use crate::domain::Region;
use crate::services::invitations::{self, Everyone, InvitationView, InviteRequest, MemberChoice};
use crate::state::AppState;
use crate::web::{CsrfForm, TokenOnly, pairs};

use super::super::PageCtx;
use super::super::pages::{Layout, render};
use super::auth::AdminUser;
use super::view::{ManagedEvent, Nav, PageResult, frame, lang, stamp};

#[derive(Template)]
#[template(path = "admin/invitations.html")]
struct InvitationsPage {
    l: Layout,
    nav: Nav,
    slug: String,
    title: String,
    visibility: String,
    invitations: Vec<InvitationView>,
    /// (id, name, country) of the directory's organisations.
    organisations: Vec<(i64, String, String)>,
    regions: Vec<(&'static str, &'static str)>,
    pasted: String,
    invalid: Vec<(String, String)>,
    notice: Option<String>,
    csrf_token: String,
}

impl InvitationsPage {
    fn when(&self, t: &Option<chrono::DateTime<chrono::Utc>>) -> String {
        t.map(stamp).unwrap_or_else(|| "–".into())
    }

    fn at(&self, t: &chrono::DateTime<chrono::Utc>) -> String {
        stamp(*t)
    }
}

#[derive(Deserialize)]
pub struct DoneQuery {
    pub invited: Option<usize>,
    pub reminded: Option<usize>,
}

async fn page(
    state: &AppState,
    ctx: &PageCtx,
    user: &AdminUser,
    ev: &event::Model,
) -> Result<InvitationsPage, crate::error::AppError> {
    let lang = lang(ctx);
    let (l, nav) = frame(
        state,
        ctx,
        user,
        crate::i18n::t(lang, "admin-invitations"),
        "events",
    );
    Ok(InvitationsPage {
        slug: ev.slug.clone(),
        title: ev.title_in(lang),
        visibility: ev.visibility.to_string(),
        invitations: invitations::list(state, ev).await?,
        organisations: member::search(&state.db, "", None)
            .await?
            .into_iter()
            .map(|m| {
                (
                    m.organisation.id,
                    m.organisation.name,
                    m.organisation.country,
                )
            })
            .collect(),
        regions: Region::ALL
            .iter()
            .map(|r| (r.as_str(), r.label_key()))
            .collect(),
        pasted: String::new(),
        invalid: Vec::new(),
        notice: None,
        csrf_token: ctx.csrf_token(state),
        l,
        nav,
    })
}

pub async fn show_invitations(
    State(state): State<AppState>,
    ctx: PageCtx,
    ManagedEvent { user, ev }: ManagedEvent,
    Query(done): Query<DoneQuery>,
) -> PageResult {
    let mut page = page(&state, &ctx, &user, &ev).await?;
    page.notice = match (done.invited, done.reminded) {
        (Some(n), _) => Some(page.l.tr.a1("admin-invitations-sent", "count", n as u64)),
        (_, Some(n)) => Some(
            page.l
                .tr
                .a1("admin-invitations-reminded", "count", n as u64),
        ),
        _ => None,
    };
    Ok(render(&page))
}

pub async fn invite(
    State(state): State<AppState>,
    ctx: PageCtx,
    ManagedEvent { user, ev }: ManagedEvent,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> PageResult {
    let field = |name: &str| pairs::field(&pairs, name).to_string();
    let chosen: Vec<i64> = pairs::values(&pairs, "organisation")
        .filter_map(|v| v.parse().ok())
        .collect();
    let members = match field("members").as_str() {
        "all" | "region" | "country" => Some(MemberChoice::All(Everyone::All)),
        "chosen" if !chosen.is_empty() => Some(MemberChoice::Chosen(chosen)),
        _ => None,
    };
    let pasted = field("emails");
    let req = InviteRequest {
        emails: pasted
            .split(|c: char| c == ',' || c == ';' || c.is_whitespace())
            .map(str::to_string)
            .filter(|s| !s.is_empty())
            .collect(),
        region: Some(field("region")).filter(|_| field("members") == "region"),
        country: Some(field("country")).filter(|_| field("members") == "country"),
        members,
        confirm: field("confirm") == "yes",
    };
    let outcome = invitations::invite(&state, &ev, req, &user.actor()).await?;
    if outcome.held {
        let mut page = page(&state, &ctx, &user, &ev).await?;
        page.pasted = pasted;
        page.invalid = outcome.invalid;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)).into_response());
    }
    Ok(Redirect::to(&format!(
        "/admin/events/{}/invitations?invited={}",
        ev.slug, outcome.invited
    ))
    .into_response())
}

pub async fn remind(
    State(state): State<AppState>,
    _ctx: PageCtx,
    ManagedEvent { user, ev }: ManagedEvent,
    CsrfForm(_): CsrfForm<TokenOnly>,
) -> PageResult {
    let n = invitations::remind(&state, &ev, &user.actor()).await?;
    Ok(Redirect::to(&format!(
        "/admin/events/{}/invitations?reminded={n}",
        ev.slug
    ))
    .into_response())
}

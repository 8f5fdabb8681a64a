//! `/r/{token}/programme`: the participant changes their sessions, and a delegation's
//! contact adds, replaces or cancels delegates until registration closes.

use std::collections::BTreeMap;

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

use crate::db::{event, registration};
use crate::domain::{Lang, RegistrationStatus};
use crate::error::AppError;
use crate::i18n::Tr;
use crate::services::registration::{self as service, open_state};
use crate::services::{delegation, programme};
use crate::state::AppState;

use super::form::DelegateRow;
use super::pages::{Layout, render};
use super::programme_view::DelegateView;
use super::{CsrfForm, PageCtx, pairs};

/// One session on the page: key, title, time, status word, chosen.
pub struct SessionRow {
    pub key: String,
    pub title: String,
    pub time: String,
    pub status: Option<String>,
    pub chosen: bool,
    pub overlaps: bool,
}

pub struct DelegateLine {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub status: String,
    pub active: bool,
}

#[derive(Template)]
#[template(path = "registrations/programme.html")]
pub struct ProgrammePage {
    l: Layout,
    token: String,
    title: String,
    csrf_token: String,
    sessions: Vec<SessionRow>,
    can_change: bool,
    open: bool,
    delegates: Vec<DelegateLine>,
    rows: Vec<DelegateView>,
    languages: Vec<(&'static str, &'static str)>,
    default_language: String,
    error_summary: Vec<(String, String)>,
}

async fn page(
    state: &AppState,
    ctx: &PageCtx,
    token: &str,
    reg: &registration::Model,
    ev: &event::Model,
    rows: &[DelegateRow],
    errors: &BTreeMap<String, String>,
) -> Result<ProgrammePage, AppError> {
    let lang = ctx.lang(reg.language);
    let tz = reg
        .time_zone
        .as_deref()
        .and_then(|z| z.parse().ok())
        .unwrap_or(ev.tz());
    let all = crate::db::programme::sessions_of(&state.db, ev.id).await?;
    let statuses = programme::statuses(&state.db, reg).await?;
    let sessions = all
        .iter()
        .map(|s| {
            let status = statuses.iter().find(|x| x.key == s.key).map(|x| x.status);
            SessionRow {
                key: s.key.clone(),
                title: s.title_in(lang, ev.default_language),
                time: crate::i18n::format_range(s.starts_at, s.ends_at, tz, lang),
                status: status.map(|st| Tr(lang).t(&format!("status-{}", st.as_str()))),
                chosen: status.is_some_and(|st| st != RegistrationStatus::Cancelled),
                overlaps: all.iter().any(|o| o.overlaps(s)),
            }
        })
        .collect();
    let delegates = delegation::delegates_of(&state.db, reg.id)
        .await?
        .into_iter()
        .map(|d| DelegateLine {
            id: d.id,
            status: Tr(lang).t(&format!("status-{}", d.status)),
            active: d.status.is_active(),
            name: d.name,
            email: d.email,
        })
        .collect();
    let open = open_state(ev, state.now()).is_ok() && reg.status.is_active();
    let form = super::form::RegistrationForm {
        delegates: rows.to_vec(),
        language: reg.language.to_string(),
        ..Default::default()
    };
    let views = super::programme_view::delegate_views(&form, errors, lang);
    let mut error_summary = Vec::new();
    for d in &views {
        for (field, e) in [
            ("delegate_name", &d.name_error),
            ("delegate_email", &d.email_error),
        ] {
            if let Some(e) = e {
                error_summary.push((format!("{field}-{}", d.number), e.clone()));
            }
        }
    }
    if errors.contains_key("delegates") {
        let cap = i64::from(ev.delegates_per_organisation.unwrap_or(0));
        error_summary.push((
            "delegation".into(),
            Tr(lang).a1("error-delegates-too-many", "count", cap),
        ));
    }
    let title = ev.title_in(lang);
    Ok(ProgrammePage {
        l: Layout::new(
            lang,
            title.clone(),
            &state.settings.branding,
            &ctx.path,
            &ev.langs(),
        ),
        token: token.to_string(),
        title,
        csrf_token: ctx.csrf_token(state),
        can_change: open && !all.is_empty(),
        sessions,
        open,
        delegates,
        rows: views,
        languages: Lang::ALL
            .iter()
            .map(|l| (l.code(), l.native_name()))
            .collect(),
        default_language: reg.language.code().to_string(),
        error_summary,
    })
}

pub async fn show(
    State(state): State<AppState>,
    Path(token): Path<String>,
    ctx: PageCtx,
) -> Result<Response, AppError> {
    let (reg, ev) = service::by_token(&state, &token).await?;
    let p = page(&state, &ctx, &token, &reg, &ev, &[], &BTreeMap::new()).await?;
    Ok(render(&p))
}

/// Every form of the page posts here: `action` says which.
pub async fn post(
    State(state): State<AppState>,
    Path(token): Path<String>,
    ctx: PageCtx,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let field = |name: &str| pairs::field(&pairs, name).to_string();
    let (reg, ev) = service::by_token(&state, &token).await?;
    if open_state(&ev, state.now()).is_err() || !reg.status.is_active() {
        return Err(AppError::Conflict("registration closed".into()));
    }
    match field("action").as_str() {
        "sessions" => {
            let keys: Vec<String> = pairs::values(&pairs, "sessions")
                .map(str::to_string)
                .collect();
            if !programme::change_sessions(&state, &ev, &reg, &keys).await? {
                return Err(AppError::Invalid("sessions".into()));
            }
        }
        "cancel_delegate" => {
            let id = field("delegate").parse().unwrap_or(0);
            delegation::cancel_delegate(&state, &ev, reg.id, id).await?;
        }
        "delegates" => {
            if let Some(response) = add_delegates(&state, &ctx, &token, &ev, &reg, &pairs).await? {
                return Ok(response);
            }
        }
        _ => return Err(AppError::Invalid("action".into())),
    }
    Ok(Redirect::to(&format!("/r/{token}/programme")).into_response())
}

async fn add_delegates(
    state: &AppState,
    ctx: &PageCtx,
    token: &str,
    ev: &event::Model,
    reg: &registration::Model,
    pairs: &[(String, String)],
) -> Result<Option<Response>, AppError> {
    let form = super::form::RegistrationForm::from_pairs(pairs.to_vec(), ev);
    let mut errors = BTreeMap::new();
    let delegates = super::delegation_form::check_delegates(
        state,
        ev,
        &form.delegates,
        &reg.email,
        &reg.organization,
        reg.language,
        &mut errors,
    )
    .await?;
    if form.add_delegate || !errors.is_empty() {
        let mut rows = form.delegates.clone();
        if form.add_delegate {
            rows.push(DelegateRow::default());
        }
        let p = page(state, ctx, token, reg, ev, &rows, &errors).await?;
        let status = if errors.is_empty() {
            StatusCode::OK
        } else {
            StatusCode::UNPROCESSABLE_ENTITY
        };
        return Ok(Some((status, render(&p)).into_response()));
    }
    let sessions: Vec<String> = programme::statuses(&state.db, reg)
        .await?
        .into_iter()
        .map(|s| s.key)
        .collect();
    delegation::add(state, ev, reg, &sessions, delegates)
        .await
        .map_err(|e| match e {
            service::RegisterError::App(e) => e,
            service::RegisterError::Closed(_) => AppError::Conflict("closed".into()),
        })?;
    Ok(None)
}

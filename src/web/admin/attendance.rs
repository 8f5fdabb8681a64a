//! Marking attendance from the registrations page: one registration by hand, a pasted list of
//! addresses, or a webinar platform's attendance report; the last two show what they matched.

use askama::Template;
use axum::extract::{FromRequest, Multipart, Path, Request, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use serde::Deserialize;

use crate::services::attendance::{self, AttendanceError, Summary};
use crate::state::AppState;
use crate::web::CsrfForm;

use super::super::PageCtx;
use super::super::pages::{Layout, render};
use super::auth::AdminUser;
use super::registration_actions::back_to;
use super::view::{ManagedEvent, Nav, PageResult, check_csrf, frame, lang};

/// Reports are larger than forms: a Zoom report of a big webinar runs to megabytes.
pub const UPLOAD_LIMIT: usize = crate::api::UPLOAD_LIMIT;

#[derive(Deserialize)]
pub struct AttendedForm {
    /// `yes` marks, anything else unmarks.
    #[serde(default)]
    attended: String,
    #[serde(default)]
    back: String,
}

/// Marks or unmarks one registration, then back to the list as it was.
pub async fn toggle_attended(
    State(state): State<AppState>,
    _ctx: PageCtx,
    ManagedEvent { ev, .. }: ManagedEvent,
    Path((_, id)): Path<(String, i64)>,
    CsrfForm(form): CsrfForm<AttendedForm>,
) -> PageResult {
    let found = attendance::set_attended(&state, &ev, id, form.attended == "yes").await?;
    if !found {
        return Err(crate::error::AppError::NotFound);
    }
    Ok(back_to(&ev.slug, &form.back, "done=attended"))
}

#[derive(Template)]
#[template(path = "admin/attendance_summary.html")]
struct SummaryPage {
    l: Layout,
    nav: Nav,
    slug: String,
    title: String,
    summary: Option<Summary>,
    error: Option<String>,
}

#[derive(Deserialize)]
pub struct EmailsForm {
    #[serde(default)]
    emails: String,
}

/// Marks the pasted addresses (one a line, or separated by commas, semicolons or spaces).
pub async fn mark_emails(
    State(state): State<AppState>,
    ctx: PageCtx,
    ManagedEvent { user, ev }: ManagedEvent,
    CsrfForm(form): CsrfForm<EmailsForm>,
) -> PageResult {
    let emails: Vec<String> = form
        .emails
        .split(|c: char| c.is_whitespace() || c == ',' || c == ';')
        .filter(|e| !e.is_empty())
        .map(str::to_string)
        .collect();
    let result = attendance::mark_emails(&state, &ev, &emails).await;
    summary_page(&state, &ctx, &user, &ev, result)
}

/// Reads a report uploaded with the page's form (fields `csrf_token` and `file`).
pub async fn upload_report(
    State(state): State<AppState>,
    ctx: PageCtx,
    ManagedEvent { user, ev }: ManagedEvent,
    request: Request,
) -> PageResult {
    let lang = lang(&ctx);
    let (token, file) = match read_upload(request, &state).await {
        Ok(fields) => fields,
        Err(status) => {
            // Nothing changes, so the page may say what went wrong without the form token.
            let key = match status {
                StatusCode::PAYLOAD_TOO_LARGE => "admin-attendance-too-large",
                _ => "admin-attendance-no-file",
            };
            let message = crate::i18n::t(lang, key);
            let page = page(&state, &ctx, &user, &ev, None, Some(message));
            let status = match status {
                StatusCode::PAYLOAD_TOO_LARGE => status,
                _ => StatusCode::UNPROCESSABLE_ENTITY,
            };
            return Ok((status, render(&page)).into_response());
        }
    };
    check_csrf(&state, &ctx, &token)?;
    let result = match file {
        Some(bytes) => attendance::import_report(&state, &ev, &bytes).await,
        None => Err(AttendanceError::Report(attendance::ReportError::Empty)),
    };
    summary_page(&state, &ctx, &user, &ev, result)
}

/// The form token and the file's bytes, or the status of what went wrong reading the body.
async fn read_upload(
    request: Request,
    state: &AppState,
) -> Result<(String, Option<Vec<u8>>), StatusCode> {
    let mut form = Multipart::from_request(request, state)
        .await
        .map_err(|e| e.status())?;
    let (mut token, mut file) = (String::new(), None);
    while let Some(field) = form.next_field().await.map_err(|e| e.status())? {
        match field.name() {
            Some("csrf_token") => token = field.text().await.map_err(|e| e.status())?,
            Some("file") => file = Some(field.bytes().await.map_err(|e| e.status())?.to_vec()),
            _ => {}
        }
    }
    Ok((token, file.filter(|f| !f.is_empty())))
}

fn summary_page(
    state: &AppState,
    ctx: &PageCtx,
    user: &AdminUser,
    ev: &crate::db::event::Model,
    result: Result<Summary, AttendanceError>,
) -> PageResult {
    let lang = lang(ctx);
    let (summary, error) = match result {
        Ok(summary) => (Some(summary), None),
        Err(AttendanceError::Report(e)) => (None, Some(e.message(lang))),
        Err(AttendanceError::TooManyAddresses { max }) => (
            None,
            Some(crate::i18n::Tr(lang).a1("admin-attendance-too-many", "max", max as u64)),
        ),
        Err(AttendanceError::App(e)) => return Err(e),
    };
    let status = match error {
        Some(_) => StatusCode::UNPROCESSABLE_ENTITY,
        None => StatusCode::OK,
    };
    let page = page(state, ctx, user, ev, summary, error);
    Ok((status, render(&page)).into_response())
}

fn page(
    state: &AppState,
    ctx: &PageCtx,
    user: &AdminUser,
    ev: &crate::db::event::Model,
    summary: Option<Summary>,
    error: Option<String>,
) -> SummaryPage {
    let title = ev.title_in(lang(ctx));
    let (l, nav) = frame(state, ctx, user, title.clone(), "events");
    SummaryPage {
        l,
        nav,
        slug: ev.slug.clone(),
        title,
        summary,
        error,
    }
}

//! `/admin/events/{slug}/next`: "create the next meeting" of a series, a new draft with the
//! previous meeting's texts and questions, at the time the organizer gives.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect};
use serde::Deserialize;

use crate::db::event;
use crate::services::event_admin;
use crate::state::AppState;
use crate::web::CsrfForm;

use super::super::PageCtx;
use super::super::pages::{Layout, render};
use super::auth::AdminUser;
use super::event_form::{FormErrors, Rows, local_time};
use super::view::{ManagedEvent, Nav, PageResult, frame, lang};

/// What the organizer types: the new slug and times in the event's zone (`datetime-local`).
#[derive(Debug, Default, Deserialize)]
pub struct NextForm {
    #[serde(default)]
    slug: String,
    #[serde(default)]
    starts_at: String,
    #[serde(default)]
    ends_at: String,
}

#[derive(Template)]
#[template(path = "admin/next_meeting.html")]
struct NextMeetingPage {
    l: Layout,
    nav: Nav,
    slug: String,
    title: String,
    series: String,
    timezone: String,
    form: NextForm,
    errors: FormErrors,
    csrf_token: String,
}

impl NextMeetingPage {
    fn error(&self, field: &str) -> Option<String> {
        self.errors.get(field).map(|p| self.l.tr.problem(p))
    }
}

fn page(
    state: &AppState,
    ctx: &PageCtx,
    user: &AdminUser,
    ev: &event::Model,
    form: NextForm,
    errors: FormErrors,
) -> NextMeetingPage {
    let title = ev.title_in(lang(ctx));
    let (l, nav) = frame(state, ctx, user, title.clone(), "events");
    NextMeetingPage {
        l,
        nav,
        slug: ev.slug.clone(),
        title,
        series: ev.series.clone().unwrap_or_else(|| ev.slug.clone()),
        timezone: ev.timezone.to_string(),
        form,
        errors,
        csrf_token: ctx.csrf_token(state),
    }
}

pub async fn new_next(
    State(state): State<AppState>,
    ctx: PageCtx,
    ManagedEvent { user, ev }: ManagedEvent,
) -> PageResult {
    let form = page(
        &state,
        &ctx,
        &user,
        &ev,
        NextForm::default(),
        FormErrors::new(),
    );
    Ok(render(&form))
}

pub async fn create_next(
    State(state): State<AppState>,
    ctx: PageCtx,
    ManagedEvent { user, ev }: ManagedEvent,
    CsrfForm(form): CsrfForm<NextForm>,
) -> PageResult {
    let mut errors = FormErrors::new();
    if form.slug.trim().is_empty() {
        errors.insert("slug".into(), "admin-error-required".into());
    }
    let mut time = |field: &str, value: &str| {
        let parsed = local_time(value.trim(), ev.tz());
        if parsed.is_none() {
            let key = match value.trim() {
                "" => "admin-error-required",
                _ => "admin-error-date",
            };
            errors.insert(field.into(), key.into());
        }
        parsed
    };
    let starts_at = time("starts_at", &form.starts_at);
    let ends_at = time("ends_at", &form.ends_at);
    let (Some(starts_at), Some(ends_at), true) = (starts_at, ends_at, errors.is_empty()) else {
        return refused(&state, &ctx, &user, &ev, form, errors);
    };
    let slug = form.slug.trim().to_string();
    match event_admin::create_next(&state, &ev, slug, starts_at, ends_at, &user.actor()).await {
        Ok(next) => {
            Ok(Redirect::to(&format!("/admin/events/{}?done=created", next.slug)).into_response())
        }
        Err(e) => {
            let errors = super::event_edit::save_errors(e, &Rows::default())?;
            refused(&state, &ctx, &user, &ev, form, errors)
        }
    }
}

/// The form again with what was typed and why it was refused.
fn refused(
    state: &AppState,
    ctx: &PageCtx,
    user: &AdminUser,
    ev: &event::Model,
    form: NextForm,
    errors: FormErrors,
) -> PageResult {
    let page = page(state, ctx, user, ev, form, errors);
    Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)).into_response())
}

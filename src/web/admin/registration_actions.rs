//! What organizers do to registrations: add one by hand, change a status, resend an email.

use std::collections::BTreeMap;

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use crate::db::event;
use crate::domain::{QuestionKind, RegistrationStatus, countries_sorted};
use crate::error::AppError;
use crate::services::registration::{RegisterError, register_by_organizer};
use crate::services::registration_admin::{self, ActionError};
use crate::state::AppState;
use crate::web::CsrfForm;

use super::super::PageCtx;
use super::super::event_page::QuestionView;
use super::super::form::RegistrationForm;
use super::super::pages::{Layout, render};
use super::auth::AdminUser;
use super::view::{ManagedEvent, Nav, PageResult, frame, lang};

#[derive(Template)]
#[template(path = "admin/registration_new.html")]
struct AddPage {
    l: Layout,
    nav: Nav,
    slug: String,
    title: String,
    form: RegistrationForm,
    errors: BTreeMap<String, String>,
    countries: &'static [(&'static str, &'static str)],
    languages: Vec<(&'static str, &'static str)>,
    questions: Vec<QuestionView>,
    csrf_token: String,
    problem: Option<&'static str>,
    /// A hybrid event's mode buttons; an event with interpretation's listening languages.
    modes: Vec<crate::web::follow_fields::ModeChoice>,
    listen_languages: Vec<(&'static str, &'static str, bool)>,
}

impl AddPage {
    fn error(&self, field: &str) -> Option<String> {
        self.errors.get(field).map(|key| self.l.tr.t(key))
    }
}

fn add_page(
    state: &AppState,
    ctx: &PageCtx,
    user: &AdminUser,
    ev: &event::Model,
    form: RegistrationForm,
    errors: BTreeMap<String, String>,
) -> AddPage {
    let lang = lang(ctx);
    let title = ev.title_in(lang);
    let (l, nav) = frame(state, ctx, user, title.clone(), "events");
    let questions = ev
        .questions
        .iter()
        .map(|q| {
            let value = form.answers.get(&q.id).cloned().unwrap_or_default();
            QuestionView {
                label: q.label_in(lang, ev.default_language).to_string(),
                options: q
                    .options
                    .iter()
                    .map(|o| {
                        let label = o.label_in(lang, ev.default_language).to_string();
                        (o.value.clone(), label, o.value == value)
                    })
                    .collect(),
                error: errors.get(&q.id).map(|k| l.tr.t(k)),
                id: q.id.clone(),
                kind: q.kind,
                required: q.required,
                value,
            }
        })
        .collect();
    AddPage {
        l,
        nav,
        slug: ev.slug.clone(),
        title,
        countries: countries_sorted(lang),
        languages: ev
            .langs()
            .iter()
            .map(|l| (l.code(), l.native_name()))
            .collect(),
        questions,
        csrf_token: ctx.csrf_token(state),
        problem: None,
        modes: crate::web::follow_fields::mode_choices(ev, &form, lang),
        listen_languages: crate::web::follow_fields::listen_choices(ev, &form),
        form,
        errors,
    }
}

pub async fn new_registration(
    State(state): State<AppState>,
    ctx: PageCtx,
    ManagedEvent { user, ev }: ManagedEvent,
) -> PageResult {
    let form = RegistrationForm {
        language: ev.default_language.to_string(),
        ..Default::default()
    };
    Ok(render(&add_page(
        &state,
        &ctx,
        &user,
        &ev,
        form,
        BTreeMap::new(),
    )))
}

/// Adds a registration through the same checks as the public form, minus the dates; the
/// person gets the same emails as if they had registered themselves.
pub async fn add_registration(
    State(state): State<AppState>,
    ctx: PageCtx,
    ManagedEvent { user, ev }: ManagedEvent,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> PageResult {
    let form = RegistrationForm::from_pairs(pairs, &ev);
    let new = match form.parse(&ev) {
        Ok(new) => new,
        Err(errors) => {
            let page = add_page(&state, &ctx, &user, &ev, form, errors);
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)).into_response());
        }
    };
    let problem = match register_by_organizer(&state, &ev, new, &user.actor()).await {
        Ok(_) => {
            let to = format!("/admin/events/{}/registrations?done=added", ev.slug);
            return Ok(Redirect::to(&to).into_response());
        }
        Err(RegisterError::Closed(closed)) => closed.message_key(),
        Err(RegisterError::App(AppError::Conflict(_))) => "admin-error-already-registered",
        Err(RegisterError::App(e)) => return Err(e),
    };
    let mut page = add_page(&state, &ctx, &user, &ev, form, BTreeMap::new());
    page.problem = Some(problem);
    Ok((StatusCode::CONFLICT, render(&page)).into_response())
}

#[derive(Deserialize)]
pub struct ActionForm {
    #[serde(default)]
    status: String,
    #[serde(default)]
    back: String,
}

/// Back to the list as it was (filters, page), with a notice; only ever to this list, and
/// only with what a `Location` header can carry (the page sends it percent-encoded).
pub(super) fn back_to(slug: &str, back: &str, notice: &str) -> Response {
    let list = format!("/admin/events/{slug}/registrations");
    if back.starts_with(&format!("{list}?")) && back.bytes().all(|b| b.is_ascii_graphic()) {
        Redirect::to(&format!("{back}&{notice}")).into_response()
    } else {
        Redirect::to(&format!("{list}?{notice}")).into_response()
    }
}

/// Back to the list with what became of the action; a refusal the organizer can act on is a
/// notice there, not an error page.
fn action_result(
    slug: &str,
    back: &str,
    result: Result<(), ActionError>,
    done: &str,
) -> PageResult {
    match result {
        Ok(()) => Ok(back_to(slug, back, &format!("done={done}"))),
        Err(ActionError::NoSeat) => Ok(back_to(slug, back, "problem=no-seat")),
        Err(ActionError::NotAllowed) => Ok(back_to(slug, back, "problem=not-allowed")),
        Err(ActionError::NotFound) => Err(AppError::NotFound),
        Err(ActionError::Internal(e)) => Err(AppError::Internal(e)),
    }
}

pub async fn change_status(
    State(state): State<AppState>,
    ManagedEvent { user, ev }: ManagedEvent,
    Path((_, id)): Path<(String, i64)>,
    CsrfForm(form): CsrfForm<ActionForm>,
) -> PageResult {
    let to = form
        .status
        .parse::<RegistrationStatus>()
        .map_err(AppError::BadRequest)?;
    let result = registration_admin::set_status(&state, &ev, id, to, &user.actor()).await;
    action_result(&ev.slug, &form.back, result.map(|_| ()), "status")
}

pub async fn resend_email(
    State(state): State<AppState>,
    ManagedEvent { user, ev }: ManagedEvent,
    Path((_, id)): Path<(String, i64)>,
    CsrfForm(form): CsrfForm<ActionForm>,
) -> PageResult {
    let result = registration_admin::resend(&state, &ev, id, &user.actor()).await;
    action_result(&ev.slug, &form.back, result.map(|_| ()), "resent")
}

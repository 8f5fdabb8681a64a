//! `GET /events/{slug}` (the event and its form) and `POST /events/{slug}/register`.

use std::collections::BTreeMap;

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

use crate::db::event;
use std::borrow::Cow;

use crate::domain::{Lang, QuestionKind};
use crate::error::AppError;
use crate::i18n::{Tr, format_date_time};
use crate::services::notify::calendar_links;
use crate::services::registration::{self, Closed, RegisterError, open_state};
use crate::state::AppState;

use super::form::RegistrationForm;
use super::options::{country_options, member_options, time_zone_options};
use super::pages::{Layout, render};
use super::{PageCtx, render_markdown_cached};

/// A custom question as the form shows it.
pub struct QuestionView {
    pub id: String,
    pub kind: QuestionKind,
    pub label: String,
    pub required: bool,
    /// (value, label, selected)
    pub options: Vec<(String, String, bool)>,
    pub value: String,
    pub error: Option<String>,
}

#[derive(Template)]
#[template(path = "events/show.html")]
pub struct EventPage {
    l: Layout,
    slug: String,
    title: String,
    /// The language the texts are really in, when it is not the page's.
    fallback_lang: Option<&'static str>,
    description_html: std::sync::Arc<str>,
    when: String,
    place: String,
    venue: String,
    kind_key: String,
    seats_left: Option<i64>,
    closed_key: Option<&'static str>,
    form: RegistrationForm,
    errors: BTreeMap<String, String>,
    csrf_token: String,
    started: String,
    country_options: Cow<'static, str>,
    languages: Vec<(&'static str, &'static str)>,
    questions: Vec<QuestionView>,
    time_zone_options: Cow<'static, str>,
    calendar_links: Vec<(String, String)>,
    member_options: &'static str,
    /// The optional reporting fields the event asks (see `reporting_fields`).
    reporting: Vec<super::reporting_fields::ReportingField>,
}

impl EventPage {
    fn error(&self, field: &str) -> Option<String> {
        self.errors.get(field).map(|key| self.l.tr.t(key))
    }
}

async fn published(state: &AppState, slug: &str) -> Result<event::Model, AppError> {
    event::find_public(&state.db, slug)
        .await?
        .ok_or(AppError::NotFound)
}

pub async fn show_event(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    ctx: PageCtx,
) -> Response {
    let ev = match published(&state, &slug).await {
        Ok(ev) => ev,
        Err(e) => return e.into_page(ctx.lang(Lang::En)),
    };
    let lang = ctx.lang(ev.default_lang());
    let form = RegistrationForm {
        language: if ev.langs().contains(&lang) {
            lang.code().into()
        } else {
            ev.default_language.clone()
        },
        ..Default::default()
    };
    let mut page = event_page(&state, &ctx, &ev, lang, form, BTreeMap::new());
    if let Ok(row) = crate::db::followup::for_event(&state.db, ev.id).await {
        page.reporting = super::reporting_fields::fields(&row, lang, &Default::default(), &[]);
    }
    render(&page)
}

pub(super) fn event_page(
    state: &AppState,
    ctx: &PageCtx,
    ev: &event::Model,
    lang: Lang,
    form: RegistrationForm,
    errors: BTreeMap<String, String>,
) -> EventPage {
    let (text, text_lang) = ev.text_in(lang);
    let now = state.now();
    let questions = ev
        .questions()
        .into_iter()
        .map(|q| {
            let value = form.answers.get(&q.id).cloned().unwrap_or_default();
            QuestionView {
                label: q.label_in(lang, ev.default_lang()).to_string(),
                options: q
                    .options
                    .iter()
                    .map(|o| {
                        (
                            o.value.clone(),
                            o.label_in(lang, ev.default_lang()).to_string(),
                            o.value == value,
                        )
                    })
                    .collect(),
                error: errors.get(&q.id).map(|k| Tr(lang).t(k)),
                id: q.id,
                kind: q.kind,
                required: q.required,
                value,
            }
        })
        .collect();
    let seats_left = ev.capacity.map(|c| i64::from(c - ev.seats_taken).max(0));
    EventPage {
        l: Layout::new(
            lang,
            ev.title_in(lang),
            &state.settings.branding,
            &ctx.path,
            &ev.langs(),
        ),
        slug: ev.slug.clone(),
        title: ev.title_in(lang),
        fallback_lang: (text_lang != lang).then(|| text_lang.native_name()),
        description_html: render_markdown_cached(&text.description),
        when: format_date_time(ev.starts_at, ev.tz(), lang),
        place: text.location,
        venue: ev.venue.clone().unwrap_or_default(),
        kind_key: format!("kind-{}", ev.kind),
        seats_left,
        closed_key: open_state(ev, now).err().map(Closed::message_key),
        csrf_token: ctx.csrf_token(state),
        started: started_token(state),
        country_options: country_options(lang, &form.country),
        languages: ev
            .langs()
            .iter()
            .map(|l| (l.code(), l.native_name()))
            .collect(),
        questions,
        time_zone_options: time_zone_options(&form.time_zone),
        calendar_links: calendar_links(state, ev, lang),
        member_options: member_options(),
        form,
        errors,
        reporting: Vec::new(),
    }
}

/// The moment the form was shown, signed so that a bot cannot fake it.
fn started_token(state: &AppState) -> String {
    let at = state.now().timestamp().to_string();
    format!("{at}.{}", state.secret.sign(&["started", &at]))
}

/// A real person needs a few seconds for the form; a valid, old enough token says one did.
fn filled_by_person(state: &AppState, token: &str) -> bool {
    let Some((at, signature)) = token.split_once('.') else {
        return false;
    };
    let Ok(seconds) = at.parse::<i64>() else {
        return false;
    };
    state.secret.verify(&["started", at], signature)
        && state.now().timestamp() - seconds >= i64::from(state.settings.min_fill_seconds)
}

pub async fn register(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    ctx: PageCtx,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Response {
    let ev = match published(&state, &slug).await {
        Ok(ev) => ev,
        Err(e) => return e.into_page(ctx.lang(Lang::En)),
    };
    let lang = ctx.lang(ev.default_lang());
    let reporting = super::reporting_fields::Submitted::from_pairs(&pairs);
    let followup = match crate::db::followup::for_event(&state.db, ev.id).await {
        Ok(row) => row,
        Err(e) => return AppError::from(e).into_page(ctx.lang(Lang::En)),
    };
    let form = RegistrationForm::from_pairs(pairs, &ev);
    if !ctx.csrf_ok(&state, &form.csrf_token) {
        return AppError::Csrf.into_page(lang);
    }
    let thanks = Redirect::to(&format!("/events/{slug}/thanks")).into_response();
    // Bots are told they succeeded, so they do not learn to adapt; nothing is stored.
    if !form.website.is_empty() || !filled_by_person(&state, &form.started) {
        tracing::info!(event = %slug, "form post refused as automated");
        return thanks;
    }
    let invalid = reporting.invalid();
    let new = match form.parse(&ev) {
        Ok(new) if invalid.is_empty() => new,
        parsed => {
            let mut errors = parsed.err().unwrap_or_default();
            for field in &invalid {
                errors.insert(field.to_string(), "reporting-invalid".into());
            }
            let mut page = event_page(&state, &ctx, &ev, lang, form, errors);
            page.reporting = super::reporting_fields::fields(&followup, lang, &reporting, &invalid);
            return (StatusCode::UNPROCESSABLE_ENTITY, render(&page)).into_response();
        }
    };
    match registration::register(&state, &ev, new).await {
        Ok(reg) => {
            // Optional answers: a failure to keep them does not undo the registration.
            if let Err(e) = reporting.save(&state, &followup, reg.id).await {
                tracing::error!(error = %e, "reporting answers not stored");
            }
            thanks
        }
        Err(RegisterError::Closed(closed)) => {
            let mut page = event_page(&state, &ctx, &ev, lang, form, BTreeMap::new());
            page.closed_key = Some(closed.message_key());
            (StatusCode::CONFLICT, render(&page)).into_response()
        }
        Err(RegisterError::App(e)) => e.into_page(lang),
    }
}

#[derive(Template)]
#[template(path = "events/thanks.html")]
struct ThanksPage {
    l: Layout,
    slug: String,
    title: String,
    confirm_needed: bool,
}

pub async fn thanks(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    ctx: PageCtx,
) -> Response {
    let ev = match published(&state, &slug).await {
        Ok(ev) => ev,
        Err(e) => return e.into_page(ctx.lang(Lang::En)),
    };
    let lang = ctx.lang(ev.default_lang());
    render(&ThanksPage {
        l: Layout::new(
            lang,
            ev.title_in(lang),
            &state.settings.branding,
            &ctx.path,
            &ev.langs(),
        ),
        slug: ev.slug.clone(),
        title: ev.title_in(lang),
        confirm_needed: ev.require_email_confirmation,
    })
}

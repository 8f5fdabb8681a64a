//! `/admin/events/new` and `/admin/events/{slug}/edit`: the event form, shown and saved.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect};

use crate::db::{event, organizer};
use crate::domain::{EventKind, Lang};
use crate::error::AppError;
use crate::services::event_admin::EventInput;
use crate::services::event_admin::{self, SaveError};
use crate::services::{event_owner, followups};
use crate::state::AppState;
use crate::web::CsrfForm;
use sea_orm::EntityTrait;

use super::super::PageCtx;
use super::super::pages::{Layout, render};
use super::auth::AdminUser;
use super::event_form::sessions::{SessionRow, keep_bios, session_rows};
use super::event_form::{EventForm, FormErrors, Rows};
use super::feedback_form::FeedbackForm;
use super::questions::{QuestionRow, rows, rows_with_blank};
use super::view::{ManagedEvent, Nav, PageResult, frame, lang};

/// One language's column of texts; `missing` flags an offered language without a title.
pub struct TextColumn {
    pub code: &'static str,
    pub name: &'static str,
    pub title: String,
    pub description: String,
    pub location: String,
    pub missing: bool,
}

#[derive(Template)]
#[template(path = "admin/event_form.html")]
struct EventFormPage {
    l: Layout,
    nav: Nav,
    is_new: bool,
    action: String,
    form: EventForm,
    errors: FormErrors,
    kinds: Vec<(&'static str, String)>,
    /// (code, native name, offered)
    langs: Vec<(&'static str, &'static str, bool)>,
    texts: Vec<TextColumn>,
    questions: Vec<QuestionRow>,
    /// (value, message key) of the kinds a registration question may have.
    question_kinds: Vec<(&'static str, &'static str)>,
    feedback_questions: Vec<QuestionRow>,
    feedback_kinds: Vec<(&'static str, &'static str)>,
    sessions: Vec<SessionRow>,
    time_zones: Vec<&'static str>,
    /// For admins: (id, address, chosen).
    owners: Option<Vec<(String, String, bool)>>,
    /// The site's retention, for an event that keeps the default.
    retention_default: i64,
    csrf_token: String,
}

impl EventFormPage {
    fn error(&self, field: &str) -> Option<String> {
        self.errors.get(field).map(|p| self.l.tr.problem(p))
    }
}

async fn form_page(
    state: &AppState,
    ctx: &PageCtx,
    user: &AdminUser,
    existing: Option<&event::Model>,
    form: EventForm,
    errors: FormErrors,
) -> Result<EventFormPage, AppError> {
    let lang = lang(ctx);
    let title = match existing {
        Some(ev) => ev.title_in(lang),
        None => crate::i18n::t(lang, "admin-event-new"),
    };
    let owners = if user.is_admin() {
        let chosen = form.owner_id().unwrap_or(user.user.id).to_string();
        let all = organizer::list_all(&state.db).await?;
        Some(
            all.into_iter()
                .map(|o| {
                    let id = o.id.to_string();
                    let selected = id == chosen;
                    (id, o.email, selected)
                })
                .collect(),
        )
    } else {
        None
    };
    let offered = |l: Lang| form.languages.iter().any(|c| c == l.code());
    let (l, nav) = frame(state, ctx, user, title, "events");
    Ok(EventFormPage {
        l,
        nav,
        is_new: existing.is_none(),
        action: match existing {
            Some(ev) => format!("/admin/events/{}/edit", ev.slug),
            None => "/admin/events/new".into(),
        },
        kinds: [EventKind::Webinar, EventKind::InPerson, EventKind::Hybrid]
            .iter()
            .map(|k| (k.as_str(), format!("kind-{}", k.as_str())))
            .collect(),
        langs: language_choices(&form.languages),
        texts: Lang::ALL
            .iter()
            .map(|l| {
                let t = form.texts.get(l).cloned().unwrap_or_default();
                TextColumn {
                    code: l.code(),
                    name: l.native_name(),
                    missing: offered(*l) && t.title.trim().is_empty(),
                    title: t.title,
                    description: t.description,
                    location: t.location,
                }
            })
            .collect(),
        questions: rows(&form.questions),
        question_kinds: vec![
            ("text", "admin-question-kind-text"),
            ("choice", "admin-question-kind-choice"),
            ("checkbox", "admin-question-kind-checkbox"),
        ],
        feedback_questions: rows_with_blank(&form.feedback.questions, "rating"),
        feedback_kinds: vec![
            ("rating", "admin-question-kind-rating"),
            ("choice", "admin-question-kind-choice"),
            ("text", "admin-question-kind-text"),
        ],
        sessions: session_rows(&form.sessions, form.timezone.trim().parse().ok()),
        time_zones: chrono_tz::TZ_VARIANTS.iter().map(|tz| tz.name()).collect(),
        owners,
        retention_default: i64::from(state.settings.retention_months),
        csrf_token: ctx.csrf_token(state),
        form,
        errors,
    })
}

/// The offered languages first, in their order (the switcher's), then the others.
fn language_choices(offered: &[String]) -> Vec<(&'static str, &'static str, bool)> {
    let mut ordered: Vec<Lang> = Vec::new();
    for lang in offered.iter().filter_map(|c| c.parse::<Lang>().ok()) {
        if !ordered.contains(&lang) {
            ordered.push(lang);
        }
    }
    let chosen = ordered.len();
    ordered.extend(
        Lang::ALL
            .iter()
            .filter(|l| !offered.iter().any(|c| c == l.code())),
    );
    ordered
        .into_iter()
        .enumerate()
        .map(|(i, l)| (l.code(), l.native_name(), i < chosen))
        .collect()
}

/// Renders the form again with what was typed and why it was refused.
async fn refused(
    state: &AppState,
    ctx: &PageCtx,
    user: &AdminUser,
    existing: Option<&event::Model>,
    form: EventForm,
    errors: FormErrors,
) -> PageResult {
    let page = form_page(state, ctx, user, existing, form, errors).await?;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)).into_response())
}

/// The form as the service's input, the rows it came from and, apart, its after-event fields
/// (kept beside the event, as the API keeps them); or every problem next to its field.
fn checked(
    state: &AppState,
    form: &EventForm,
    existing: Option<&event::Model>,
) -> Result<(EventInput, Rows, followups::Changes), FormErrors> {
    let (mut input, rows, mut errors) = form.to_input(existing.is_none());
    match followups::take(&mut input) {
        Ok(after) if errors.is_empty() => Ok((input, rows, after)),
        after => {
            // The service still judges what did read, so that every problem shows at once; a
            // field that did not read keeps the form's own message.
            let mut found = after.err().unwrap_or_default();
            found.extend(event_admin::problems(existing, input, state.now()));
            for (field, problem) in rows.errors(found) {
                errors.entry(field).or_insert(problem);
            }
            Err(errors)
        }
    }
}

/// The service's refusal as messages next to the form's fields; a refusal no field explains
/// (a status the event may not take) is an error page.
pub(super) fn save_errors(e: SaveError, rows: &Rows) -> Result<FormErrors, AppError> {
    match e {
        SaveError::Invalid(problems) => Ok(rows.errors(problems)),
        SaveError::SlugTaken => Ok(FormErrors::from([(
            "slug".into(),
            "admin-error-slug-taken".into(),
        )])),
        SaveError::Transition { .. } => Err(AppError::Conflict("status".into())),
        SaveError::Internal(e) => Err(AppError::Internal(e)),
    }
}

pub async fn new_event(State(state): State<AppState>, ctx: PageCtx, user: AdminUser) -> PageResult {
    let page = form_page(
        &state,
        &ctx,
        &user,
        None,
        EventForm::blank(),
        FormErrors::new(),
    )
    .await?;
    Ok(render(&page))
}

pub async fn create_event(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: AdminUser,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> PageResult {
    let form = EventForm::from_pairs(pairs);
    let (input, rows, after) = match checked(&state, &form, None) {
        Ok(checked) => checked,
        Err(errors) => return refused(&state, &ctx, &user, None, form, errors).await,
    };
    // Organizers own what they create; an admin may create an event for someone else.
    let owner = match form.owner_id() {
        Some(id) if user.is_admin() => id,
        _ => user.user.id,
    };
    let exists = organizer::Entity::find_by_id(owner).one(&state.db).await?;
    if exists.is_none() {
        let errors = FormErrors::from([("owner".into(), "admin-error-invalid".into())]);
        return refused(&state, &ctx, &user, None, form, errors).await;
    }
    match event_admin::create_by(&state, input, Some(owner), &user.actor()).await {
        Ok(ev) => {
            followups::save(&state, ev.id, after).await?;
            Ok(Redirect::to(&format!("/admin/events/{}?done=created", ev.slug)).into_response())
        }
        Err(e) => {
            let errors = save_errors(e, &rows)?;
            refused(&state, &ctx, &user, None, form, errors).await
        }
    }
}

pub async fn edit_event(
    State(state): State<AppState>,
    ctx: PageCtx,
    ManagedEvent { user, ev }: ManagedEvent,
) -> PageResult {
    let mut form = EventForm::from_model_with(&ev, &stored_programme(&state, &ev).await?);
    let followup = crate::db::followup::for_event(&state.db, ev.id).await?;
    form.feedback = FeedbackForm::from_row(&followup, ev.tz());
    let page = form_page(&state, &ctx, &user, Some(&ev), form, FormErrors::new()).await?;
    Ok(render(&page))
}

pub async fn update_event(
    State(state): State<AppState>,
    ctx: PageCtx,
    ManagedEvent { user, ev }: ManagedEvent,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> PageResult {
    let mut form = EventForm::from_pairs(pairs);
    form.slug = ev.slug.clone();
    let (mut input, rows, after) = match checked(&state, &form, Some(&ev)) {
        Ok(checked) => checked,
        Err(errors) => return refused(&state, &ctx, &user, Some(&ev), form, errors).await,
    };
    if let Some(programme) = input.sessions.as_mut() {
        keep_bios(programme, &stored_programme(&state, &ev).await?);
    }
    let saved = match event_admin::update_by(&state, &ev, input, &user.actor()).await {
        Ok(saved) => saved,
        Err(e) => {
            let errors = save_errors(e, &rows)?;
            return refused(&state, &ctx, &user, Some(&ev), form, errors).await;
        }
    };
    followups::save(&state, saved.id, after).await?;
    if user.is_admin()
        && let Some(owner) = form.owner_id()
    {
        event_owner::set_owner(&state, &saved, owner, &user.actor()).await?;
    }
    Ok(Redirect::to(&format!("/admin/events/{}?done=saved", saved.slug)).into_response())
}

/// The event's programme as the API gives it.
async fn stored_programme(
    state: &AppState,
    ev: &event::Model,
) -> Result<Vec<crate::domain::programme::SessionSpec>, AppError> {
    let sessions = crate::db::programme::sessions_of(&state.db, ev.id).await?;
    Ok(sessions.iter().map(|s| s.spec()).collect())
}

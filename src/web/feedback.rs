//! `/r/{token}/feedback`: an attendee's feedback form after the event, plain HTML without
//! JavaScript. One set of answers per participant, which they may change until it closes.

use std::collections::BTreeMap;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect};
use serde::Deserialize;

use crate::db::{feedback as answers_table, followup};
use crate::domain::Lang;
use crate::error::{AppError, PageResult};
use crate::i18n::Tr;
use crate::services::feedback::{self, Closed, FeedbackKind};
use crate::services::registration as service;
use crate::state::AppState;

use super::pages::{Layout, render};
use super::{CsrfForm, PageCtx};

struct QuestionView {
    id: String,
    kind: &'static str,
    label: String,
    value: String,
    /// Ratings and choices: (value, label, checked).
    options: Vec<(String, String, bool)>,
    invalid: bool,
}

#[derive(Template)]
#[template(path = "feedback/form.html")]
struct FeedbackPage {
    l: Layout,
    token: String,
    event_title: String,
    csrf_token: String,
    questions: Vec<QuestionView>,
    saved: bool,
    invalid: bool,
    closed: bool,
    anonymous: bool,
}

#[derive(Deserialize)]
pub struct Shown {
    saved: Option<String>,
    /// The language switcher's choice; otherwise the participant's own language.
    lang: Option<String>,
}

pub async fn show_form(
    State(state): State<AppState>,
    Path(token): Path<String>,
    Query(shown): Query<Shown>,
    ctx: PageCtx,
) -> PageResult {
    let chosen = shown.lang.as_deref().and_then(|l| l.parse::<Lang>().ok());
    let mut page = page(&state, &token, &ctx, chosen, None).await?;
    page.saved = shown.saved.is_some();
    Ok(render(&page))
}

pub async fn submit(
    State(state): State<AppState>,
    Path(token): Path<String>,
    ctx: PageCtx,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> PageResult {
    let submitted: BTreeMap<String, String> = pairs.into_iter().collect();
    match save(&state, &token, &submitted).await {
        Ok(()) => Ok(Redirect::to(&format!("/r/{token}/feedback?saved=1")).into_response()),
        Err(Refused::Invalid(ids)) => {
            let page = page(&state, &token, &ctx, None, Some((&submitted, &ids))).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)).into_response())
        }
        Err(Refused::App(e)) => Err(e),
    }
}

enum Refused {
    Invalid(Vec<String>),
    App(AppError),
}

impl<E: Into<AppError>> From<E> for Refused {
    fn from(e: E) -> Self {
        Refused::App(e.into())
    }
}

async fn save(
    state: &AppState,
    token: &str,
    submitted: &BTreeMap<String, String>,
) -> Result<(), Refused> {
    let (reg, ev) = service::by_token(state, token).await?;
    let row = followup::for_event(&state.db, ev.id).await?;
    match feedback::open_for(&reg, &ev, &row, state.now()) {
        Ok(()) => {}
        Err(Closed::Over) => {
            return Err(Refused::App(AppError::Conflict("feedback closed".into())));
        }
        Err(_) => return Err(Refused::App(AppError::NotFound)),
    }
    let kept = feedback::check_answers(&row.feedback, submitted).map_err(Refused::Invalid)?;
    feedback::save(state, &reg, &ev, &row, &kept).await?;
    Ok(())
}

async fn page(
    state: &AppState,
    token: &str,
    ctx: &PageCtx,
    chosen: Option<Lang>,
    refused: Option<(&BTreeMap<String, String>, &[String])>,
) -> Result<FeedbackPage, AppError> {
    let (reg, ev) = service::by_token(state, token).await?;
    let row = followup::for_event(&state.db, ev.id).await?;
    let closed = match feedback::open_for(&reg, &ev, &row, state.now()) {
        Ok(()) => false,
        Err(Closed::Over) => true,
        Err(_) => return Err(AppError::NotFound),
    };
    // Like the certificate, the form speaks the participant's language unless they switch.
    let lang = chosen.unwrap_or(reg.language);
    let stored =
        answers_table::find_by_respondent(&state.db, &feedback::respondent_key(state, &reg))
            .await?
            .map(|a| a.answers.0)
            .unwrap_or_default();
    let values = refused.map_or(&stored, |(submitted, _)| submitted);
    let tr = Tr(lang);
    let questions = row
        .feedback
        .iter()
        .map(|q| {
            let value = values.get(&q.id).cloned().unwrap_or_default();
            let options = match q.kind {
                FeedbackKind::Rating => (1..=5)
                    .map(|n| {
                        let v = n.to_string();
                        let label = tr.t(&format!("feedback-rating-{n}"));
                        (v.clone(), label, v == value)
                    })
                    .collect(),
                FeedbackKind::Choice => q
                    .options
                    .iter()
                    .map(|o| {
                        let label = o
                            .label
                            .get(&lang)
                            .or_else(|| o.label.get(&ev.default_language))
                            .cloned()
                            .unwrap_or_else(|| o.value.clone());
                        (o.value.clone(), label, o.value == value)
                    })
                    .collect(),
                FeedbackKind::Text => Vec::new(),
            };
            QuestionView {
                invalid: refused.is_some_and(|(_, ids)| ids.contains(&q.id)),
                id: q.id.clone(),
                kind: match q.kind {
                    FeedbackKind::Text => "text",
                    _ => "choice",
                },
                label: q.label_in(lang, ev.default_language).to_string(),
                value,
                options,
            }
        })
        .collect();
    Ok(FeedbackPage {
        l: Layout::new(
            lang,
            tr.t("feedback-title"),
            &state.settings.branding,
            &ctx.path,
            &ev.langs(),
        ),
        token: token.to_string(),
        event_title: ev.title_in(lang),
        csrf_token: ctx.csrf_token(state),
        questions,
        saved: false,
        invalid: refused.is_some(),
        closed,
        anonymous: row.feedback_anonymous,
    })
}

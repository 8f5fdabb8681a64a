//! `/r/{token}/certificate.pdf`, a participant's certificate of attendance, and
//! `/certificates/{code}`, where anyone can check that a certificate is genuine.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::IntoResponse;

use crate::certificates;
use crate::domain::Lang;
use crate::error::{AppError, PageResult};
use crate::i18n::Tr;
use crate::services::registration as service;
use crate::state::AppState;

use super::PageCtx;
use super::pages::{Layout, render};

pub async fn certificate_pdf(
    State(state): State<AppState>,
    Path(token): Path<String>,
) -> PageResult {
    let (reg, ev) = service::by_token(&state, &token).await?;
    let cert = certificates::for_registration(&state, &reg, &ev).await?;
    let bytes = certificates::render(&cert)?;
    let headers = [
        (header::CONTENT_TYPE, "application/pdf"),
        (
            header::CONTENT_DISPOSITION,
            "inline; filename=\"certificate.pdf\"",
        ),
        (header::CACHE_CONTROL, "private, no-store"),
    ];
    Ok((headers, bytes).into_response())
}

#[derive(Template)]
#[template(path = "certificates/verify.html")]
struct VerifyPage {
    l: Layout,
    name: String,
    title: String,
    dates: String,
}

pub async fn verify_page(
    State(state): State<AppState>,
    Path(code): Path<String>,
    ctx: PageCtx,
) -> PageResult {
    let lang = ctx.lang(Lang::En);
    let found = certificates::verify(&state, &code, lang)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(render(&VerifyPage {
        l: Layout::new(
            lang,
            Tr(lang).t("certificate-verify-title"),
            &state.settings.branding,
            &ctx.path,
            &Lang::ALL,
        ),
        name: found.name,
        title: found.title,
        dates: found.dates,
    }))
}

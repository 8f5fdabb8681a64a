//! `/admin/two-factor`: an organizer sets up two-factor sign-in (secret, QR code, a code to
//! confirm, recovery codes shown once); `/admin/users/two-factor`: an admin requires it of all.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect};
use serde::Deserialize;

use crate::error::AppError;
use crate::services::two_factor;
use crate::state::AppState;
use crate::web::{CsrfForm, TokenOnly};

use super::super::PageCtx;
use super::super::pages::{Layout, render};
use super::auth::{AdminUser, SiteAdmin};
use super::view::{Nav, PageResult, frame, lang};

#[derive(Template)]
#[template(path = "admin/two_factor.html")]
struct TwoFactorPage {
    l: Layout,
    nav: Nav,
    csrf_token: String,
    enabled: bool,
    required: bool,
    /// While setting up: the secret, its otpauth:// link and the link as a QR code (SVG).
    setup: Option<(String, String, String)>,
    /// Right after confirming: the recovery codes, shown this once.
    recovery_codes: Vec<String>,
    problem: Option<&'static str>,
}

async fn page(
    state: &AppState,
    ctx: &PageCtx,
    user: &AdminUser,
) -> Result<TwoFactorPage, AppError> {
    let title = crate::i18n::t(lang(ctx), "admin-two-factor");
    let (l, nav) = frame(state, ctx, user, title, "two-factor");
    let enabled = user.user.totp_enabled_at.is_some();
    let setup = match (&user.user.totp_secret, enabled) {
        (Some(secret), false) => {
            let uri = two_factor::otpauth_uri(
                &state.settings.branding.site_name,
                &user.user.email,
                secret,
            );
            let qr = crate::web::checkin_link::qr_svg(&uri).unwrap_or_default();
            Some((secret.clone(), uri, qr))
        }
        _ => None,
    };
    Ok(TwoFactorPage {
        l,
        nav,
        csrf_token: ctx.csrf_token(state),
        enabled,
        required: two_factor::required(&state.db).await?,
        setup,
        recovery_codes: Vec::new(),
        problem: None,
    })
}

pub async fn show(State(state): State<AppState>, ctx: PageCtx, user: AdminUser) -> PageResult {
    let page = page(&state, &ctx, &user).await?;
    Ok(render(&page))
}

/// Makes a new secret (replacing an unconfirmed one) and shows it.
pub async fn start(
    State(state): State<AppState>,
    _ctx: PageCtx,
    user: AdminUser,
    CsrfForm(_form): CsrfForm<TokenOnly>,
) -> PageResult {
    if user.user.totp_enabled_at.is_none() {
        let _turn = state.write_turn().await;
        two_factor::start(&state.db, &user.user)
            .await
            .map_err(AppError::Internal)?;
    }
    Ok(Redirect::to("/admin/two-factor").into_response())
}

#[derive(Deserialize)]
pub struct ConfirmForm {
    #[serde(default)]
    code: String,
}

/// Turns two-factor sign-in on with a first code; answers with the recovery codes (a page,
/// not a redirect: they are shown once and must not travel in a URL).
pub async fn confirm(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: AdminUser,
    CsrfForm(form): CsrfForm<ConfirmForm>,
) -> PageResult {
    let codes = {
        let _turn = state.write_turn().await;
        two_factor::confirm(&state.db, &user.user, &form.code, state.now())
            .await
            .map_err(AppError::Internal)?
    };
    let Some(codes) = codes else {
        let mut page = page(&state, &ctx, &user).await?;
        page.problem = Some("admin-two-factor-wrong-code");
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)).into_response());
    };
    tracing::info!(organizer = user.user.id, "two-factor sign-in turned on");
    let mut page = page(&state, &ctx, &user).await?;
    page.enabled = true;
    page.setup = None;
    page.recovery_codes = codes;
    Ok(render(&page))
}

#[derive(Deserialize)]
pub struct RequireForm {
    #[serde(default)]
    required: String,
}

/// An admin requires (or no longer requires) two-factor sign-in of every organizer.
pub async fn set_required(
    State(state): State<AppState>,
    SiteAdmin(user): SiteAdmin,
    CsrfForm(form): CsrfForm<RequireForm>,
) -> PageResult {
    let on = form.required == "true";
    {
        let _turn = state.write_turn().await;
        two_factor::set_required(&state.db, on).await?;
    }
    tracing::info!(
        by = user.user.id,
        required = on,
        "two-factor requirement changed"
    );
    Ok(Redirect::to("/admin/two-factor").into_response())
}

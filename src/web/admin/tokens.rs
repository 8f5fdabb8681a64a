//! `/admin/tokens`: an organizer's API tokens. A new token is shown once, on the answer to
//! the form that made it: only its hash is stored, so it cannot be shown again later.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect};
use serde::Deserialize;

use crate::db::api_token;
use crate::error::AppError;
use crate::services::accounts;
use crate::state::AppState;
use crate::web::{CsrfForm, TokenOnly};

use super::super::PageCtx;
use super::super::pages::{Layout, render};
use super::auth::AdminUser;
use super::events::DoneQuery;
use super::view::{Nav, PageResult, done_notice, frame, lang, stamp};

pub struct TokenRow {
    pub id: i64,
    pub name: String,
    pub created: String,
    pub last_used: Option<String>,
    pub revoked: Option<String>,
    pub expires: Option<String>,
    pub expired: bool,
}

#[derive(Template)]
#[template(path = "admin/tokens.html")]
struct TokensPage {
    l: Layout,
    nav: Nav,
    tokens: Vec<TokenRow>,
    new_token: Option<String>,
    lifetimes: [i64; 3],
    csrf_token: String,
    done: Option<&'static str>,
}

async fn tokens_page(
    state: &AppState,
    ctx: &PageCtx,
    user: &AdminUser,
) -> Result<TokensPage, AppError> {
    let rows = api_token::list_for(&state.db, user.user.id).await?;
    let now = state.now();
    let (l, nav) = frame(
        state,
        ctx,
        user,
        crate::i18n::t(lang(ctx), "admin-tokens"),
        "tokens",
    );
    Ok(TokensPage {
        l,
        nav,
        tokens: rows
            .into_iter()
            .map(|t| TokenRow {
                id: t.id,
                name: t.name,
                created: stamp(t.created_at),
                last_used: t.last_used_at.map(stamp),
                revoked: t.revoked_at.map(stamp),
                expired: t.expires_at.is_some_and(|at| at <= now),
                expires: t.expires_at.map(stamp),
            })
            .collect(),
        new_token: None,
        lifetimes: LIFETIMES,
        csrf_token: ctx.csrf_token(state),
        done: None,
    })
}

pub async fn list_tokens(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: AdminUser,
    Query(q): Query<DoneQuery>,
) -> PageResult {
    let mut page = tokens_page(&state, &ctx, &user).await?;
    page.done = done_notice(q.done.as_deref());
    Ok(render(&page))
}

#[derive(Deserialize)]
pub struct NewTokenForm {
    #[serde(default)]
    name: String,
    /// Days until the token stops working; empty: until revoked.
    #[serde(default)]
    expires_in_days: String,
}

/// The lifetimes the form offers, in days.
pub const LIFETIMES: [i64; 3] = [30, 90, 365];

/// Answers with the page itself rather than a redirect: the token must not travel in a URL,
/// and there is nowhere else to keep it. The admin's pages are never cached.
pub async fn create_token(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: AdminUser,
    CsrfForm(form): CsrfForm<NewTokenForm>,
) -> PageResult {
    let name = form.name.trim();
    let expires_at = match form.expires_in_days.trim() {
        "" => None,
        days => match days.parse::<i64>() {
            Ok(days) if LIFETIMES.contains(&days) => {
                Some(state.now() + chrono::Duration::days(days))
            }
            _ => return Err(AppError::BadRequest("expires_in_days".into())),
        },
    };
    let token = {
        let _turn = state.write_turn().await;
        accounts::create_token_for(&state.db, user.user.id, name, expires_at, state.now()).await?
    };
    let mut page = tokens_page(&state, &ctx, &user).await?;
    page.new_token = Some(token);
    Ok((StatusCode::CREATED, render(&page)).into_response())
}

pub async fn revoke_token(
    State(state): State<AppState>,
    _ctx: PageCtx,
    user: AdminUser,
    Path(id): Path<i64>,
    CsrfForm(_form): CsrfForm<TokenOnly>,
) -> PageResult {
    let revoked = {
        let _turn = state.write_turn().await;
        api_token::revoke(&state.db, user.user.id, id, state.now()).await?
    };
    if !revoked {
        return Err(AppError::NotFound);
    }
    Ok(Redirect::to("/admin/tokens?done=revoked").into_response())
}

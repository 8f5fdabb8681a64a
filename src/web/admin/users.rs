//! `/admin/users`: admins see every organizer account and create new ones.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect};
use serde::Deserialize;

use crate::db::{event, organizer};
use crate::error::AppError;
use crate::services::accounts::{AccountError, Role, create_organizer};
use crate::state::AppState;
use crate::web::{CsrfForm, TokenOnly};

use super::super::PageCtx;
use super::super::pages::{Layout, render};
use super::auth::{AdminUser, SiteAdmin};
use super::events::DoneQuery;
use super::view::{Nav, PageResult, done_notice, frame, lang, stamp};

pub struct UserRow {
    pub id: i64,
    pub email: String,
    pub role: String,
    pub created: String,
    pub owned: usize,
    pub disabled: bool,
    pub demo: bool,
}

#[derive(Template)]
#[template(path = "admin/users.html")]
struct UsersPage {
    l: Layout,
    nav: Nav,
    users: Vec<UserRow>,
    /// The signed-in admin, who cannot disable their own account.
    me: i64,
    email: String,
    role: String,
    csrf_token: String,
    done: Option<&'static str>,
    /// (field, message key)
    problem: Option<(&'static str, &'static str)>,
}

async fn users_page(
    state: &AppState,
    ctx: &PageCtx,
    user: &AdminUser,
) -> Result<UsersPage, AppError> {
    let lang = lang(ctx);
    let all = organizer::list_all(&state.db).await?;
    let events = event::list_all(&state.db).await?;
    let users = all
        .into_iter()
        .map(|o| {
            let owned = events.iter().filter(|e| e.owner_id == Some(o.id)).count();
            UserRow {
                id: o.id,
                disabled: o.is_disabled(),
                demo: o.is_demo,
                email: o.email,
                role: o.role,
                created: stamp(o.created_at),
                owned,
            }
        })
        .collect();
    let (l, nav) = frame(
        state,
        ctx,
        user,
        crate::i18n::t(lang, "admin-users"),
        "users",
    );
    Ok(UsersPage {
        l,
        nav,
        users,
        me: user.user.id,
        email: String::new(),
        role: Role::Organizer.as_str().into(),
        csrf_token: ctx.csrf_token(state),
        done: None,
        problem: None,
    })
}

pub async fn list_users(
    State(state): State<AppState>,
    ctx: PageCtx,
    SiteAdmin(user): SiteAdmin,
    Query(q): Query<DoneQuery>,
) -> PageResult {
    let mut page = users_page(&state, &ctx, &user).await?;
    page.done = done_notice(q.done.as_deref());
    Ok(render(&page))
}

#[derive(Deserialize)]
pub struct UserForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    role: String,
    #[serde(default)]
    password: String,
}

pub async fn create_user(
    State(state): State<AppState>,
    ctx: PageCtx,
    SiteAdmin(user): SiteAdmin,
    CsrfForm(form): CsrfForm<UserForm>,
) -> PageResult {
    let role = match form.role.as_str() {
        "admin" => Role::Admin,
        _ => Role::Organizer,
    };
    let problem =
        match create_organizer(&state.db, &form.email, role, &form.password, state.now()).await {
            Ok(created) => {
                tracing::info!(organizer = created.id, by = user.user.id, "account created");
                return Ok(Redirect::to("/admin/users?done=user").into_response());
            }
            Err(AccountError::InvalidEmail(_)) => ("email", "error-email-invalid"),
            Err(AccountError::Taken(_)) => ("email", "admin-error-user-taken"),
            Err(AccountError::ShortPassword) => ("password", "admin-error-password-short"),
            Err(AccountError::Internal(e)) => return Err(AppError::Internal(e)),
        };
    let mut page = users_page(&state, &ctx, &user).await?;
    page.email = form.email;
    page.role = role.as_str().into();
    page.problem = Some(problem);
    Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)).into_response())
}

/// Disables an account: it can no longer sign in (its open sessions end) and its API tokens
/// stop working. Nothing is deleted; enabling it again restores everything.
pub async fn disable_user(
    State(state): State<AppState>,
    SiteAdmin(user): SiteAdmin,
    Path(id): Path<i64>,
    CsrfForm(_): CsrfForm<TokenOnly>,
) -> PageResult {
    set_disabled(&state, &user, id, true).await
}

pub async fn enable_user(
    State(state): State<AppState>,
    SiteAdmin(user): SiteAdmin,
    Path(id): Path<i64>,
    CsrfForm(_): CsrfForm<TokenOnly>,
) -> PageResult {
    set_disabled(&state, &user, id, false).await
}

async fn set_disabled(state: &AppState, user: &AdminUser, id: i64, disabled: bool) -> PageResult {
    if id == user.user.id {
        return Err(AppError::Conflict(
            "an admin cannot disable their own account".into(),
        ));
    }
    let found = {
        let _turn = state.write_turn().await;
        organizer::set_disabled(&state.db, id, disabled.then(|| state.now())).await?
    };
    if !found {
        return Err(AppError::NotFound);
    }
    tracing::info!(
        organizer = id,
        by = user.user.id,
        disabled,
        "account status changed"
    );
    let done = if disabled {
        "user-disabled"
    } else {
        "user-enabled"
    };
    Ok(Redirect::to(&format!("/admin/users?done={done}")).into_response())
}

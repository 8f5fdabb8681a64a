//! `/admin/users`: admins see every organizer account and create new ones.

use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect};
use serde::Deserialize;

use crate::db::{event, organizer};
use crate::error::AppError;
use crate::services::accounts::{AccountError, Role, create_organizer};
use crate::state::AppState;

use super::super::PageCtx;
use super::super::pages::{Layout, render};
use super::auth::AdminUser;
use super::events::DoneQuery;
use super::view::{Nav, OrPage, PageResult, check_csrf, done_notice, frame, lang, stamp};

#[derive(Template)]
#[template(path = "admin/users.html")]
struct UsersPage {
    l: Layout,
    nav: Nav,
    /// (address, role, created, events owned)
    users: Vec<(String, String, String, usize)>,
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
            (o.email, o.role, stamp(o.created_at), owned)
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
    user: AdminUser,
    Query(q): Query<DoneQuery>,
) -> PageResult {
    let lang = lang(&ctx);
    user.require_admin().or_page(lang)?;
    let mut page = users_page(&state, &ctx, &user).await.or_page(lang)?;
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
    #[serde(default)]
    csrf_token: String,
}

pub async fn create_user(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: AdminUser,
    Form(form): Form<UserForm>,
) -> PageResult {
    let lang = lang(&ctx);
    user.require_admin().or_page(lang)?;
    check_csrf(&state, &ctx, &form.csrf_token)?;
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
            Err(AccountError::Internal(e)) => return Err(AppError::Internal(e)).or_page(lang),
        };
    let mut page = users_page(&state, &ctx, &user).await.or_page(lang)?;
    page.email = form.email;
    page.role = role.as_str().into();
    page.problem = Some(problem);
    Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)).into_response())
}

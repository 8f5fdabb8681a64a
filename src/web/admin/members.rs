//! `/admin/members`: the member directory — browse and search the organisations with their
//! contacts, add one, and on `/admin/members/{id}` change it or add a contact.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect};
use serde::Deserialize;

use crate::db::member::{self, Member};
use crate::domain::{Lang, Region, countries_sorted};
use crate::error::AppError;
use crate::services::members::{self, MemberForm};
use crate::state::AppState;
use crate::web::CsrfForm;

use super::super::PageCtx;
use super::super::pages::{Layout, render};
use super::auth::AdminUser;
use super::view::{Nav, PageResult, frame, lang};

#[derive(Template)]
#[template(path = "admin/members.html")]
struct MembersPage {
    l: Layout,
    nav: Nav,
    q: String,
    found: Vec<Member>,
    /// The organisation being edited, on its own page.
    editing: Option<Member>,
    form: MemberForm,
    errors: Vec<(String, String)>,
    saved: bool,
    countries: &'static [(&'static str, &'static str)],
    regions: Vec<(&'static str, &'static str)>,
    languages: Vec<(&'static str, &'static str)>,
    csrf_token: String,
}

impl MembersPage {
    fn error(&self, field: &str) -> Option<&str> {
        self.errors
            .iter()
            .find(|(f, _)| f == field)
            .map(|(_, m)| m.as_str())
    }

    fn region_name(&self, key: &str) -> String {
        key.parse::<Region>()
            .map(|r| self.l.tr.t(r.label_key()))
            .unwrap_or_else(|_| key.to_string())
    }
}

#[derive(Deserialize, Default)]
pub struct SearchQuery {
    #[serde(default)]
    pub q: String,
    pub saved: Option<String>,
}

fn page(
    state: &AppState,
    ctx: &PageCtx,
    user: &AdminUser,
    found: Vec<Member>,
    editing: Option<Member>,
) -> MembersPage {
    let lang = lang(ctx);
    let (l, nav) = frame(
        state,
        ctx,
        user,
        crate::i18n::t(lang, "admin-members-title"),
        "members",
    );
    let form = editing
        .as_ref()
        .map(|m| MemberForm {
            organization: m.organisation.name.clone(),
            country: m.organisation.country.clone(),
            region: m.organisation.region.clone(),
            language: "en".into(),
            ..Default::default()
        })
        .unwrap_or_else(|| MemberForm {
            language: "en".into(),
            ..Default::default()
        });
    MembersPage {
        regions: Region::ALL
            .iter()
            .map(|r| (r.as_str(), r.label_key()))
            .collect(),
        languages: Lang::ALL
            .iter()
            .map(|l| (l.code(), l.native_name()))
            .collect(),
        countries: countries_sorted(lang),
        csrf_token: ctx.csrf_token(state),
        q: String::new(),
        found,
        editing,
        form,
        errors: Vec::new(),
        saved: false,
        l,
        nav,
    }
}

pub async fn list_members(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: AdminUser,
    Query(query): Query<SearchQuery>,
) -> PageResult {
    let found = member::search(&state.db, &query.q, None).await?;
    let mut page = page(&state, &ctx, &user, found, None);
    page.q = query.q;
    page.saved = query.saved.is_some();
    Ok(render(&page))
}

pub async fn show_member(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: AdminUser,
    Path(id): Path<i64>,
    Query(query): Query<SearchQuery>,
) -> PageResult {
    let editing = member::find(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut page = page(&state, &ctx, &user, Vec::new(), Some(editing));
    page.saved = query.saved.is_some();
    Ok(render(&page))
}

/// Adds an organisation (with a first contact) or, with an id, changes one and adds a contact.
async fn save(
    state: &AppState,
    ctx: &PageCtx,
    user: &AdminUser,
    id: Option<i64>,
    form: MemberForm,
) -> PageResult {
    let fields = match members::check_form(&form) {
        Ok(row) => match members::save(state, id, &row).await {
            Ok(saved) => {
                return Ok(Redirect::to(&format!("/admin/members/{saved}?saved=1")).into_response());
            }
            // Another organisation has that name: said next to the field, values kept.
            Err(AppError::Conflict(_)) => vec![("organization".into(), "taken".into())],
            Err(e) => return Err(e),
        },
        Err(fields) => fields,
    };
    let editing = match id {
        Some(id) => Some(
            member::find(&state.db, id)
                .await?
                .ok_or(AppError::NotFound)?,
        ),
        None => None,
    };
    let found = if editing.is_none() {
        member::search(&state.db, "", None).await?
    } else {
        Vec::new()
    };
    let mut page = page(state, ctx, user, found, editing);
    let tr = page.l.tr;
    page.errors = fields
        .into_iter()
        .map(|(f, problem)| {
            let message = match problem.as_str() {
                "taken" => tr.t(&format!("admin-members-error-{f}-taken")),
                _ => tr.t(&format!("admin-members-error-{f}")),
            };
            (f, message)
        })
        .collect();
    page.form = form;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)).into_response())
}

pub async fn add_member(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: AdminUser,
    CsrfForm(form): CsrfForm<MemberForm>,
) -> PageResult {
    save(&state, &ctx, &user, None, form).await
}

pub async fn update_member(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: AdminUser,
    Path(id): Path<i64>,
    CsrfForm(form): CsrfForm<MemberForm>,
) -> PageResult {
    save(&state, &ctx, &user, Some(id), form).await
}

//! `/admin/targets`: the network's targets per region (share of women, share under 35), which
//! the dashboards show beside the actual shares.

use std::collections::BTreeMap;

use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect};
use serde::Deserialize;

use crate::db::region_target;
use crate::domain::Region;
use crate::i18n::t;
use crate::state::AppState;

use super::super::PageCtx;
use super::super::pages::{Layout, render};
use super::auth::AdminUser;
use super::view::{Nav, PageResult, check_csrf, frame, lang};

/// One region's row: key, name, women %, under-35 %, and whether a value was refused.
struct Row {
    key: &'static str,
    name: String,
    women: String,
    young: String,
    invalid: bool,
}

#[derive(Template)]
#[template(path = "admin/targets.html")]
struct TargetsPage {
    l: Layout,
    nav: Nav,
    csrf_token: String,
    rows: Vec<Row>,
    saved: bool,
    invalid: bool,
}

#[derive(Deserialize)]
pub struct Shown {
    saved: Option<String>,
}

fn page(
    state: &AppState,
    ctx: &PageCtx,
    user: &AdminUser,
    values: &BTreeMap<String, String>,
    bad: &[&str],
) -> TargetsPage {
    let lang = lang(ctx);
    let (l, nav) = frame(state, ctx, user, t(lang, "admin-targets"), "events");
    let value = |name: String| values.get(&name).cloned().unwrap_or_default();
    TargetsPage {
        l,
        nav,
        csrf_token: ctx.csrf_token(state),
        rows: Region::ALL
            .into_iter()
            .map(|r| Row {
                key: r.as_str(),
                name: t(lang, r.label_key()),
                women: value(format!("women_{}", r.as_str())),
                young: value(format!("young_{}", r.as_str())),
                invalid: bad.contains(&r.as_str()),
            })
            .collect(),
        saved: false,
        invalid: !bad.is_empty(),
    }
}

pub async fn show_targets(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: AdminUser,
    Query(shown): Query<Shown>,
) -> PageResult {
    let stored = region_target::all(&state.db).await?;
    let mut values = BTreeMap::new();
    for row in stored {
        let text = |v: Option<i32>| v.map(|p| p.to_string()).unwrap_or_default();
        values.insert(format!("women_{}", row.region), text(row.women_percent));
        values.insert(format!("young_{}", row.region), text(row.young_percent));
    }
    let mut page = page(&state, &ctx, &user, &values, &[]);
    page.saved = shown.saved.is_some();
    Ok(render(&page))
}

/// A percentage field: empty (no target) or a whole number from 0 to 100.
fn percent(value: &str) -> Result<Option<i32>, ()> {
    match value.trim() {
        "" => Ok(None),
        v => v
            .parse::<i32>()
            .ok()
            .filter(|p| (0..=100).contains(p))
            .map(Some)
            .ok_or(()),
    }
}

pub async fn save_targets(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: AdminUser,
    Form(pairs): Form<Vec<(String, String)>>,
) -> PageResult {
    let values: BTreeMap<String, String> = pairs.into_iter().collect();
    let csrf = values.get("csrf_token").cloned().unwrap_or_default();
    check_csrf(&state, &ctx, &csrf)?;
    let field = |name: String| values.get(&name).map(String::as_str).unwrap_or_default();
    let mut parsed = Vec::new();
    let mut bad = Vec::new();
    for region in Region::ALL {
        let key = region.as_str();
        match (
            percent(field(format!("women_{key}"))),
            percent(field(format!("young_{key}"))),
        ) {
            (Ok(women), Ok(young)) => parsed.push((key, women, young)),
            _ => bad.push(key),
        }
    }
    if !bad.is_empty() {
        let page = page(&state, &ctx, &user, &values, &bad);
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)).into_response());
    }
    for (key, women, young) in parsed {
        region_target::save(&state.db, key, women, young).await?;
    }
    Ok(Redirect::to("/admin/targets?saved=1").into_response())
}

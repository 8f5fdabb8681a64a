//! `/r/{token}/join`: each participant's own door to the webinar. It always leads to the
//! current join link, so an organizer can change the link without mailing everyone, and it
//! opens shortly before the start, with a countdown until then.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Duration;

use crate::domain::{EventStatus, Lang, RegistrationStatus};
use crate::error::AppError;
use crate::i18n::format_date_time;
use crate::services::registration::by_token;
use crate::state::AppState;

use super::PageCtx;
use super::pages::{Layout, render};

#[derive(Template)]
#[template(path = "registrations/join.html")]
struct JoinPage {
    l: Layout,
    token: String,
    title: String,
    opens_at: String,
    minutes_left: i64,
}

pub async fn join_webinar(
    State(state): State<AppState>,
    Path(token): Path<String>,
    ctx: PageCtx,
) -> Response {
    let (reg, ev) = match by_token(&state, &token).await {
        Ok(found) => found,
        Err(e) => return e.into_page(ctx.lang(Lang::En)),
    };
    let lang = ctx.lang(reg.lang());
    let join_url = ev.join_url.clone().filter(|_| ev.kind().is_online());
    let (Some(join_url), RegistrationStatus::Confirmed, EventStatus::Published) =
        (join_url, reg.status(), ev.status())
    else {
        return AppError::Forbidden.into_page(lang);
    };
    let now = state.now();
    let opens = ev.starts_at - Duration::minutes(i64::from(state.settings.join_opens_minutes));
    if now >= opens {
        return Redirect::to(&join_url).into_response();
    }
    let tz = reg
        .time_zone
        .as_deref()
        .and_then(|z| z.parse().ok())
        .unwrap_or_else(|| ev.tz());
    let page = JoinPage {
        l: Layout::new(
            lang,
            ev.title_in(lang),
            &state.settings.branding,
            &ctx.path,
            &ev.langs(),
        ),
        token,
        title: ev.title_in(lang),
        opens_at: format_date_time(opens, tz, lang),
        minutes_left: (opens - now).num_minutes() + 1,
    };
    (StatusCode::OK, render(&page)).into_response()
}

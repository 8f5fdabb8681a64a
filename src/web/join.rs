//! `/r/{token}/join`: each participant's own door to the webinar. It always leads to the
//! current join link, so an organizer can change the link without mailing everyone, and it
//! opens shortly before the start, with a countdown until then. The first time someone goes
//! through, the moment is recorded for the organizers.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect};
use chrono::Duration;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use crate::db::registration;
use crate::domain::{EventStatus, Lang, RegistrationStatus};
use crate::error::{AppError, PageResult};
use crate::i18n::{Arg, format_date_time, t_args};
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
    countdown: String,
}

pub async fn join_webinar(
    State(state): State<AppState>,
    Path(token): Path<String>,
    ctx: PageCtx,
) -> PageResult {
    let (reg, ev) = match by_token(&state, &token).await {
        Err(AppError::NotFound) => return Ok(super::lost_link::broken_link(&state, &ctx, &token)),
        found => found?,
    };
    let lang = ctx.lang(reg.language);
    // Only those who follow online have a door, and it opens on their language's link.
    let join_url = crate::services::follow::join_url(&ev, &reg);
    let (Some(join_url), RegistrationStatus::Confirmed, EventStatus::Published) =
        (join_url, reg.status, ev.status)
    else {
        return Err(AppError::Forbidden.in_lang(lang));
    };
    let now = state.now();
    let opens = ev.starts_at - Duration::minutes(i64::from(state.settings.join_opens_minutes));
    if now >= opens {
        if reg.join_opened_at.is_none()
            && let Err(e) = record_first_opening(&state, reg.id).await
        {
            // Going in matters more than the record of it.
            tracing::warn!(error = %e, "could not record the first opening of a join door");
        }
        return Ok(Redirect::to(&join_url).into_response());
    }
    let tz = reg
        .time_zone
        .as_deref()
        .and_then(|z| z.parse().ok())
        .unwrap_or_else(|| ev.tz());
    Ok(render(&JoinPage {
        l: Layout::for_event(&state, &ctx.path, &ev, lang),
        token,
        title: ev.title_in(lang),
        opens_at: format_date_time(opens, tz, lang),
        countdown: time_left(opens - now, lang),
    }))
}

/// Only the first opening is kept: a later one leaves the row alone.
async fn record_first_opening(state: &AppState, id: i64) -> Result<(), sea_orm::DbErr> {
    let _turn = state.write_turn().await;
    registration::Entity::update_many()
        .col_expr(
            registration::Column::JoinOpenedAt,
            Expr::value(Some(state.now())),
        )
        .filter(registration::Column::Id.eq(id))
        .filter(registration::Column::JoinOpenedAt.is_null())
        .exec(&state.db)
        .await?;
    Ok(())
}

/// "Opens in 13 days, 20 hours.": days and hours far ahead, hours and minutes closer, minutes
/// in the last hour. Rounded up, so the door is never open before the page says so.
fn time_left(left: Duration, lang: Lang) -> String {
    let minutes = left.num_minutes() + 1;
    let (days, hours, mins) = (minutes / 1440, minutes % 1440 / 60, minutes % 60);
    let units = if days > 0 {
        [("duration-days", days), ("duration-hours", hours)]
    } else {
        [("duration-hours", hours), ("duration-minutes", mins)]
    };
    let parts: Vec<String> = units
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(key, n)| t_args(lang, key, &[("count", Arg::Number(*n))]))
        .collect();
    t_args(
        lang,
        "join-opens-in",
        &[("duration", Arg::Text(parts.join(", ")))],
    )
}

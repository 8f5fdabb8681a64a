//! "Create the next meeting" of a series: a new draft that copies the previous meeting's
//! texts, questions, place, languages and settings, at a new time, in the same series.

use chrono::{DateTime, FixedOffset};

use crate::db::event;
use crate::state::AppState;

use super::super::audit::Actor;
use super::{EventInput, SaveError};

/// Creates the next meeting of `previous`'s series (starting one when it has none: the
/// previous meeting's slug names it). Its programme is not copied: sessions have dates.
pub async fn create_next(
    state: &AppState,
    previous: &event::Model,
    slug: String,
    starts_at: DateTime<FixedOffset>,
    ends_at: DateTime<FixedOffset>,
    actor: &Actor,
) -> Result<event::Model, SaveError> {
    let series = previous
        .series
        .clone()
        .unwrap_or_else(|| previous.slug.clone());
    let input = EventInput {
        slug: Some(slug),
        kind: Some(previous.kind),
        status: Some(crate::domain::EventStatus::Draft),
        timezone: Some(previous.timezone.to_string()),
        starts_at: Some(starts_at),
        ends_at: Some(ends_at),
        capacity: Some(previous.capacity),
        default_language: Some(previous.default_language),
        languages: Some(previous.langs()),
        translations: Some(previous.translations.0.clone()),
        join_url: Some(previous.join_url.clone()),
        venue: Some(previous.venue.clone()),
        require_email_confirmation: Some(previous.require_email_confirmation),
        waitlist: Some(previous.waitlist),
        pending_holds_seat: Some(previous.pending_holds_seat),
        questions: Some(previous.questions.0.clone()),
        reminders: Some(
            previous
                .reminders
                .iter()
                .filter_map(|m| u32::try_from(*m).ok())
                .collect(),
        ),
        retention_months: Some(previous.retention_months),
        series: Some(Some(series.clone())),
        delegates_per_organisation: Some(previous.delegates_per_organisation),
        visibility: Some(previous.visibility),
        capacity_in_person: Some(previous.capacity_in_person),
        capacity_online: Some(previous.capacity_online),
        interpretation: Some(previous.interpretation.0.clone()),
        join_urls: Some(previous.join_urls.0.clone()),
        ..Default::default()
    };
    let next = super::create_by(state, input, previous.owner_id, actor).await?;
    if previous.series.is_none() {
        // The previous meeting joins the series it started.
        let input = EventInput {
            series: Some(Some(series)),
            ..Default::default()
        };
        super::update_by(state, previous, input, actor).await?;
    }
    Ok(next)
}

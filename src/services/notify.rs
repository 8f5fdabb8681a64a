//! The emails Convene sends, each built in the participant's own language.

use crate::calendar::{Method, WebEntry, web_calendar_links};
use crate::db::{event, registration};
use crate::domain::{EventStatus, Lang, RegistrationStatus};
use crate::i18n::{Arg, format_range, t, t_args};
use crate::mail::{EmailContent, InlineImage, OutgoingEmail};
use crate::state::AppState;

use super::invites::personal_ics;
use super::place::{full_place, map_link};

/// Which email to send about a registration.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notice {
    /// Please confirm your address.
    ConfirmAddress,
    /// You have a seat: invite attached.
    Confirmed,
    /// You are on the waiting list.
    Waitlisted,
    /// A seat was freed for you: invite attached.
    Promoted,
    /// You cancelled: cancellation attached when you had a seat.
    Cancelled { had_invite: bool },
    /// The event moved or changed: updated invite attached.
    Updated,
    /// The event is off: cancellation attached.
    EventCancelled,
    /// The event starts soon.
    Reminder,
    /// The participant's sessions changed (chosen, moved, or a seat freed): invite attached.
    SessionsChanged,
    /// Sessions the participant had are off for them: their cancellation attached.
    SessionsCancelled,
    /// To a delegation's contact: the delegates registered and their states.
    DelegationSummary,
    /// A message an organizer wrote to registrants (`services::messages`).
    Message,
    /// After the event, to an attendee: the link to the feedback form.
    FeedbackRequest,
}

impl Notice {
    /// The email's kind: the outbox row's `kind` column, read back by `mail::intent`.
    pub fn kind(self) -> &'static str {
        match self {
            Notice::ConfirmAddress => "confirm_address",
            Notice::Confirmed => "confirmation",
            Notice::Waitlisted => "waitlisted",
            Notice::Promoted => "promoted",
            Notice::Cancelled { .. } => "cancelled",
            Notice::Updated => "updated",
            Notice::EventCancelled => "event_cancelled",
            Notice::Reminder => "reminder",
            Notice::SessionsChanged => "sessions_changed",
            Notice::SessionsCancelled => "sessions_cancelled",
            Notice::DelegationSummary => "delegation_summary",
            Notice::Message => "message",
            Notice::FeedbackRequest => "feedback_request",
        }
    }

    /// The key prefix of this email's texts: `<prefix>-subject`, `<prefix>-body`.
    fn key(self) -> &'static str {
        match self {
            Notice::ConfirmAddress => "email-confirm",
            Notice::Confirmed => "email-confirmed",
            Notice::Waitlisted => "email-waitlisted",
            Notice::Promoted => "email-promoted",
            Notice::Cancelled { .. } => "email-cancelled",
            Notice::Updated => "email-updated",
            Notice::EventCancelled => "email-event-cancelled",
            Notice::Reminder => "email-reminder",
            Notice::SessionsChanged => "email-sessions-changed",
            Notice::SessionsCancelled => "email-sessions-cancelled",
            Notice::DelegationSummary => "email-delegation",
            Notice::Message => "message",
            Notice::FeedbackRequest => "email-feedback",
        }
    }

    pub(crate) fn invite(self) -> Option<Method> {
        match self {
            Notice::Confirmed
            | Notice::Promoted
            | Notice::Updated
            | Notice::Reminder
            | Notice::SessionsChanged => Some(Method::Request),
            Notice::Cancelled { had_invite: true }
            | Notice::EventCancelled
            | Notice::SessionsCancelled => Some(Method::Cancel),
            _ => None,
        }
    }
}

/// What an email says about its event that is the same for every participant who reads it
/// in one language: worked out once per event and language when many emails go out together.
#[derive(Debug, Clone)]
pub struct EventParts {
    /// The event's time range in its own zone.
    when: String,
    /// The full place (name and address), empty for none.
    place: String,
    /// Add-to-calendar links for web calendars.
    calendar_links: Vec<(String, String)>,
}

impl EventParts {
    pub fn new(state: &AppState, ev: &event::Model, lang: Lang) -> EventParts {
        EventParts {
            when: format_range(ev.starts_at, ev.ends_at, ev.tz(), lang),
            place: full_place(ev, lang),
            calendar_links: calendar_links(state, ev, lang),
        }
    }
}

/// Composes `notice` for `reg`. `token` is the participant's link token; `extra` is an
/// additional paragraph (what changed, for an update).
pub fn compose(
    state: &AppState,
    ev: &event::Model,
    reg: &registration::Model,
    token: &str,
    notice: Notice,
    extra: Option<String>,
) -> OutgoingEmail {
    let parts = EventParts::new(state, ev, reg.language);
    compose_with(state, ev, reg, token, notice, extra, &parts)
}

/// `compose` with the event's parts already worked out for `reg`'s language.
pub fn compose_with(
    state: &AppState,
    ev: &event::Model,
    reg: &registration::Model,
    token: &str,
    notice: Notice,
    extra: Option<String>,
    parts: &EventParts,
) -> OutgoingEmail {
    let lang = reg.language;
    let title = ev.title_in(lang);
    let own_page = state.participant_url(token);
    let arg = |k: &str| t_args(lang, k, &[("event", Arg::Text(title.clone()))]);
    // Only someone who received an invite gets a calendar cancellation; the others (waiting
    // list, unconfirmed) are simply told, without a file for an entry they never had.
    let invite = match notice {
        Notice::EventCancelled if reg.status != RegistrationStatus::Confirmed => None,
        _ => notice.invite(),
    };
    let body_key = match notice {
        Notice::EventCancelled if invite.is_none() => "email-event-cancelled-body-no-invite".into(),
        _ => format!("{}-body", notice.key()),
    };
    let mut paragraphs = vec![arg(&body_key)];
    if let Some(extra) = extra {
        paragraphs.push(extra);
    }
    let action = match notice {
        Notice::ConfirmAddress => Some((t(lang, "email-confirm-action"), own_page.clone())),
        Notice::FeedbackRequest => Some((
            t(lang, "email-feedback-action"),
            format!("{own_page}/feedback"),
        )),
        // People in the room of a hybrid event are not sent to the webinar: only those who
        // follow online get the door (a hybrid participant without a mode may do either).
        Notice::Reminder if super::follow::join_url(ev, reg).is_none() => {
            Some((t(lang, "email-manage-action"), own_page.clone()))
        }
        Notice::Reminder if ev.kind == crate::domain::EventKind::Hybrid => {
            Some((t(lang, "join-online"), format!("{own_page}/join")))
        }
        Notice::Reminder => Some((t(lang, "join-webinar"), format!("{own_page}/join"))),
        _ => Some((t(lang, "email-manage-action"), own_page.clone())),
    };
    let event_off = notice == Notice::EventCancelled || ev.status == EventStatus::Cancelled;
    // The feedback request comes after the event: no door to join, no registration state.
    let after = notice == Notice::FeedbackRequest;
    let mut details = event_details(ev, reg, parts, &own_page, !event_off && !after);
    let status = if event_off {
        t(lang, "status-event-cancelled")
    } else {
        t(lang, &format!("status-{}", reg.status))
    };
    if !after {
        details.push((t(lang, "status"), status));
    }
    if notice == Notice::ConfirmAddress {
        paragraphs.push(t(lang, "email-confirm-ignore"));
    }
    // In person, the organizers check people in by scanning this code at the door.
    let image = if matches!(
        notice,
        Notice::Confirmed | Notice::Promoted | Notice::Reminder
    ) && super::follow::in_room(ev, reg)
    {
        checkin_image(state, reg, &own_page, lang)
    } else {
        None
    };
    let mut links = if invite == Some(Method::Request) {
        parts.calendar_links.clone()
    } else {
        Vec::new()
    };
    if let (Some(map), false, true) = (map_link(ev), event_off, super::follow::in_room(ev, reg)) {
        links.push((t(lang, "map-link"), map));
    }
    let site = &state.settings.branding;
    let footer = match site.contact_email.as_str() {
        "" => t_args(
            lang,
            "email-footer",
            &[("site", Arg::Text(site.site_name.clone()))],
        ),
        contact => format!(
            "{} {}",
            t_args(
                lang,
                "email-footer",
                &[("site", Arg::Text(site.site_name.clone()))]
            ),
            t_args(
                lang,
                "email-contact",
                &[("contact", Arg::Text(contact.to_string()))]
            )
        ),
    };
    let content = EmailContent {
        lang: lang.code(),
        subject: arg(&format!("{}-subject", notice.key())),
        greeting: t_args(
            lang,
            "email-greeting",
            &[("name", Arg::Text(reg.name.clone()))],
        ),
        paragraphs,
        body_html: None,
        action,
        details,
        links,
        image,
        footer,
        site_name: site.site_name.clone(),
        primary_color: site.primary_color.clone(),
    };
    OutgoingEmail {
        kind: notice.kind(),
        to_name: reg.name.clone(),
        to_email: reg.email.clone(),
        content,
        invite: invite.map(|method| (method, personal_ics(state, ev, reg, token, method))),
        list: None,
    }
}

/// The check-in code as a PNG inside the email, with the web address of the same code.
fn checkin_image(
    state: &AppState,
    reg: &registration::Model,
    own_page: &str,
    lang: Lang,
) -> Option<InlineImage> {
    let png = crate::mail::qr_png::qr_png(&crate::web::checkin_link::url(state, reg.id))?;
    Some(InlineImage {
        alt: t(lang, "checkin-code-help"),
        text_line: t(lang, "checkin-code-text"),
        link: format!("{own_page}/qr.svg"),
        png,
    })
}

/// Date and times in the event's zone and in the participant's own, the full place, and the
/// participant's own join door of an online event (never the raw meeting link, which can
/// change and must stay registrant-only).
fn event_details(
    ev: &event::Model,
    reg: &registration::Model,
    parts: &EventParts,
    own_page: &str,
    with_join: bool,
) -> Vec<(String, String)> {
    let lang = reg.language;
    let mut details = vec![(t(lang, "when"), parts.when.clone())];
    if let Some(own) = reg
        .time_zone
        .as_deref()
        .and_then(|z| z.parse::<chrono_tz::Tz>().ok())
        && own != ev.tz()
    {
        details.push((
            t(lang, "when-yours"),
            format_range(ev.starts_at, ev.ends_at, own, lang),
        ));
    }
    if let Some(mode) = reg
        .attendance_mode
        .filter(|_| ev.kind == crate::domain::EventKind::Hybrid)
    {
        details.push((
            t(lang, "attendance-mode"),
            t(lang, &format!("attendance-{}", mode.as_str())),
        ));
    }
    if let Some(listen) = reg.interpretation_language {
        details.push((
            t(lang, "interpretation-language"),
            listen.native_name().into(),
        ));
    }
    // The room's address is for those who come to the room.
    if !parts.place.is_empty() && super::follow::in_room(ev, reg) {
        details.push((t(lang, "where"), parts.place.clone()));
    }
    if with_join
        && reg.status == RegistrationStatus::Confirmed
        && super::follow::join_url(ev, reg).is_some()
    {
        details.push((t(lang, "join-link"), format!("{own_page}/join")));
    }
    details
}

/// Add-to-calendar links for web calendars (the attachment serves desktop and phone apps).
pub fn calendar_links(state: &AppState, ev: &event::Model, lang: Lang) -> Vec<(String, String)> {
    let title = ev.title_in(lang);
    let details = format!("{}/events/{}", state.settings.base_url(), ev.slug);
    let place = full_place(ev, lang);
    web_calendar_links(&WebEntry {
        title: &title,
        details: &details,
        location: &place,
        start: ev.starts_at,
        end: ev.ends_at,
    })
}

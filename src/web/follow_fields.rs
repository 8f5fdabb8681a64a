//! The form's "in the room or online" and "listening language" fields, and the facts the
//! event page shows about them: what is left in each mode, which languages are offered.

use crate::db::event;
use crate::domain::{AttendanceMode, EventKind, Lang};
use crate::i18n::{Arg, t, t_args};

use super::form::RegistrationForm;

/// One radio button of the attendance mode.
#[derive(Debug, Clone)]
pub struct ModeChoice {
    pub value: &'static str,
    pub label: String,
    /// Seats left, "full: waiting list", or "full".
    pub note: String,
    pub checked: bool,
    /// Full without a waiting list: cannot be chosen.
    pub disabled: bool,
}

/// The two modes of a hybrid event, each with what is left of it; none for other events.
pub fn mode_choices(ev: &event::Model, form: &RegistrationForm, lang: Lang) -> Vec<ModeChoice> {
    if ev.kind != EventKind::Hybrid {
        return Vec::new();
    }
    AttendanceMode::ALL
        .into_iter()
        .map(|mode| {
            let pool = ev.pool(Some(mode));
            let full = ev.is_full(pool);
            let note = match ev.capacity_of(pool) {
                _ if full && ev.waitlist => t(lang, "mode-waitlist"),
                _ if full => t(lang, "mode-full"),
                Some(c) => t_args(
                    lang,
                    "seats-left",
                    &[(
                        "count",
                        Arg::Number(i64::from(c - ev.seats_taken_of(pool)).max(0)),
                    )],
                ),
                None => String::new(),
            };
            ModeChoice {
                value: mode.as_str(),
                label: t(lang, &format!("attendance-{}", mode.as_str())),
                note,
                checked: form.attendance_mode == mode.as_str(),
                disabled: full && !ev.waitlist,
            }
        })
        .collect()
}

/// The listening languages offered, with the one the form preselects: the one chosen, else the
/// participant's own language when offered.
pub fn listen_choices(
    ev: &event::Model,
    form: &RegistrationForm,
) -> Vec<(&'static str, &'static str, bool)> {
    let own = form.language.parse::<Lang>().ok();
    let chosen = form.interpretation_language(ev, own);
    ev.interpretation
        .iter()
        .map(|&l| (l.code(), l.native_name(), Some(l) == chosen))
        .collect()
}

/// The interpretation languages as one line for the event's facts ("Français, English").
pub fn interpretation_line(ev: &event::Model) -> String {
    ev.interpretation
        .iter()
        .map(|l| l.native_name())
        .collect::<Vec<_>>()
        .join(", ")
}

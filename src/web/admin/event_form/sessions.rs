//! The programme in the event form: one group of fields per session, as the organizer typed
//! them, and a blank group for a new one (no script needed: saving adds another blank one).
//!
//! Field names: `s.<i>.<key|starts_at|ends_at|capacity|room|link|speakers|remove>` and
//! `s.<i>.title.<lang>`. Speakers are one a line, `Name | Organisation`; their biographies
//! (set through the API) are kept for speakers whose name stays.

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset, Timelike, Utc};

use crate::domain::Lang;
use crate::domain::programme::{SessionSpec, Speaker};

use super::{FormErrors, LOCAL_FORMAT, LOCAL_FORMAT_SECONDS, local_time};

/// More rows than any programme has; a post naming more is cut here.
const MAX_SESSIONS: usize = 200;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct SessionForm {
    pub key: String,
    pub titles: BTreeMap<Lang, String>,
    pub starts_at: String,
    pub ends_at: String,
    pub capacity: String,
    pub room: String,
    pub link: String,
    pub speakers: String,
    pub remove: bool,
}

impl SessionForm {
    pub fn from_spec(spec: &SessionSpec, tz: chrono_tz::Tz) -> SessionForm {
        let local = |t: DateTime<FixedOffset>| {
            let t = t.with_timezone(&Utc);
            let format = match t.second() {
                0 => LOCAL_FORMAT,
                _ => LOCAL_FORMAT_SECONDS,
            };
            t.with_timezone(&tz).format(format).to_string()
        };
        SessionForm {
            key: spec.key.clone(),
            titles: spec.title.clone(),
            starts_at: local(spec.starts_at),
            ends_at: local(spec.ends_at),
            capacity: spec.capacity.map(|c| c.to_string()).unwrap_or_default(),
            room: spec.room.clone().unwrap_or_default(),
            link: spec.link.clone().unwrap_or_default(),
            speakers: spec
                .speakers
                .iter()
                .map(|s| match s.organisation.is_empty() {
                    true => s.name.clone(),
                    false => format!("{} | {}", s.name, s.organisation),
                })
                .collect::<Vec<_>>()
                .join("\n"),
            remove: false,
        }
    }

    fn is_blank(&self) -> bool {
        self.key.trim().is_empty()
            && self.titles.values().all(|t| t.trim().is_empty())
            && self.starts_at.trim().is_empty()
            && self.ends_at.trim().is_empty()
    }

    /// One posted field, `rest` being what follows `s.<i>.`.
    fn set(&mut self, rest: &str, value: String) {
        match rest {
            "key" => self.key = value,
            "starts_at" => self.starts_at = value,
            "ends_at" => self.ends_at = value,
            "capacity" => self.capacity = value,
            "room" => self.room = value,
            "link" => self.link = value,
            "speakers" => self.speakers = value,
            "remove" => self.remove = true,
            other => {
                if let Some(lang) = other
                    .strip_prefix("title.")
                    .and_then(|l| l.parse::<Lang>().ok())
                {
                    self.titles.insert(lang, value);
                }
            }
        }
    }
}

/// A posted `s.<i>.<rest>` field: (i, rest).
pub fn session_pair(key: &str) -> Option<(usize, &str)> {
    let rest = key.strip_prefix("s.")?;
    let (index, rest) = rest.split_once('.')?;
    let index = index.parse::<usize>().ok().filter(|i| *i < MAX_SESSIONS)?;
    Some((index, rest))
}

/// The rows in the order of their indices.
pub fn parse_sessions(fields: Vec<((usize, String), String)>) -> Vec<SessionForm> {
    let mut rows: BTreeMap<usize, SessionForm> = BTreeMap::new();
    for ((index, rest), value) in fields {
        rows.entry(index).or_default().set(&rest, value);
    }
    rows.into_values().collect()
}

/// The programme the rows describe and the row of each session, or the message key of each
/// field that is not a value (`s.<i>.<field>`, `i` the row's place on the form). The rules of
/// a programme are the service's: its problems come back through [`super::Rows`].
pub fn sessions_checked(
    rows: &[SessionForm],
    tz: Option<chrono_tz::Tz>,
    errors: &mut FormErrors,
) -> (Vec<SessionSpec>, Vec<usize>) {
    let mut specs = Vec::new();
    let mut places = Vec::new();
    for (i, row) in rows.iter().enumerate() {
        if row.remove || row.is_blank() {
            continue;
        }
        let mut time = |field: &str, value: &str| {
            let parsed = tz.and_then(|tz| local_time(value.trim(), tz));
            if parsed.is_none() {
                let key = match value.trim() {
                    "" => "admin-error-required",
                    _ => "admin-error-date",
                };
                errors.insert(format!("s.{i}.{field}"), key.into());
            }
            parsed
        };
        let starts_at = time("starts_at", &row.starts_at);
        let ends_at = time("ends_at", &row.ends_at);
        let capacity = match row.capacity.trim() {
            "" => None,
            n => match n.parse::<i32>() {
                Ok(n) => Some(n),
                Err(_) => {
                    errors.insert(format!("s.{i}.capacity"), "admin-error-capacity".into());
                    None
                }
            },
        };
        let (Some(starts_at), Some(ends_at)) = (starts_at, ends_at) else {
            continue;
        };
        let text = |s: &str| Some(s.trim().to_string()).filter(|s| !s.is_empty());
        specs.push(SessionSpec {
            key: row.key.trim().to_string(),
            title: row
                .titles
                .iter()
                .filter(|(_, t)| !t.trim().is_empty())
                .map(|(l, t)| (*l, t.trim().to_string()))
                .collect(),
            starts_at,
            ends_at,
            capacity,
            room: text(&row.room),
            link: text(&row.link),
            speakers: row.speakers.lines().filter_map(speaker).collect(),
        });
        places.push(i);
    }
    (specs, places)
}

/// `Name | Organisation`, or just a name; an empty line is no one.
fn speaker(line: &str) -> Option<Speaker> {
    let (name, organisation) = line.split_once('|').unwrap_or((line, ""));
    let name = name.trim();
    (!name.is_empty()).then(|| Speaker {
        name: name.to_string(),
        organisation: organisation.trim().to_string(),
        bio: BTreeMap::new(),
    })
}

/// Keeps the biographies of the speakers who stay (same session key, same name): the form
/// does not show them, and saving it must not lose them.
pub fn keep_bios(specs: &mut [SessionSpec], stored: &[SessionSpec]) {
    for spec in specs {
        let Some(old) = stored.iter().find(|s| s.key == spec.key) else {
            continue;
        };
        for speaker in &mut spec.speakers {
            if let Some(was) = old.speakers.iter().find(|s| s.name == speaker.name) {
                speaker.bio = was.bio.clone();
            }
        }
    }
}

/// Which rows overlap another row in time (those whose times can be read).
pub fn overlapping(rows: &[SessionForm], tz: Option<chrono_tz::Tz>) -> Vec<bool> {
    let span = |r: &SessionForm| {
        let tz = tz?;
        if r.remove {
            return None;
        }
        Some((
            local_time(r.starts_at.trim(), tz)?,
            local_time(r.ends_at.trim(), tz)?,
        ))
    };
    let spans: Vec<_> = rows.iter().map(span).collect();
    spans
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let Some((a0, a1)) = a else { return false };
            spans
                .iter()
                .enumerate()
                .any(|(j, b)| j != i && b.is_some_and(|(b0, b1)| *a0 < b1 && b0 < *a1))
        })
        .collect()
}

/// One session's group of fields on the page.
pub struct SessionRow {
    pub index: usize,
    pub is_new: bool,
    pub overlaps: bool,
    pub form: SessionForm,
    /// (code, native name, title)
    pub titles: Vec<(&'static str, &'static str, String)>,
}

impl SessionRow {
    /// (field, label key, input type, value) of each single-line field.
    pub fn inputs(&self) -> Vec<(&'static str, &'static str, &'static str, String)> {
        let f = &self.form;
        vec![
            ("key", "admin-session-key", "text", f.key.clone()),
            (
                "starts_at",
                "admin-field-starts-at",
                "datetime-local",
                f.starts_at.clone(),
            ),
            (
                "ends_at",
                "admin-field-ends-at",
                "datetime-local",
                f.ends_at.clone(),
            ),
            (
                "capacity",
                "admin-field-capacity",
                "number",
                f.capacity.clone(),
            ),
            ("room", "programme-room", "text", f.room.clone()),
            ("link", "admin-session-link", "url", f.link.clone()),
        ]
    }
}

/// The rows as typed, then a blank one for a new session.
pub fn session_rows(rows: &[SessionForm], tz: Option<chrono_tz::Tz>) -> Vec<SessionRow> {
    let overlaps = overlapping(rows, tz);
    rows.iter()
        .cloned()
        .chain(std::iter::once(SessionForm::default()))
        .enumerate()
        .map(|(index, form)| SessionRow {
            index,
            is_new: index == rows.len(),
            overlaps: overlaps.get(index).copied().unwrap_or(false),
            titles: Lang::ALL
                .iter()
                .map(|l| {
                    let title = form.titles.get(l).cloned().unwrap_or_default();
                    (l.code(), l.native_name(), title)
                })
                .collect(),
            form,
        })
        .collect()
}

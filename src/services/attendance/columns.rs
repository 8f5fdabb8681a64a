//! Recognising the participant table's header row by the names of its columns, in the
//! spellings of Zoom, Microsoft Teams and Google Meet.

/// Where a header row keeps what an attendance import needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header {
    pub email: usize,
    pub name: Option<usize>,
    pub first_name: Option<usize>,
    pub last_name: Option<usize>,
    pub duration: Option<Duration>,
    /// Zoom's webinar reports list registrants who never came, with `Attended` = `No`.
    pub attended: Option<usize>,
    /// Teams' "Participants" section holds one row per person with their total time; the
    /// sections after it repeat the same time per join, so reading stops after it.
    pub totals: bool,
    pub platform: Platform,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Duration {
    Minutes(usize),
    Words(usize),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Platform {
    Zoom,
    Teams,
    Meet,
    Csv,
}

impl Platform {
    pub fn as_str(self) -> &'static str {
        match self {
            Platform::Zoom => "zoom",
            Platform::Teams => "teams",
            Platform::Meet => "meet",
            Platform::Csv => "csv",
        }
    }
}

const EMAIL: &[&str] = &[
    "user email",
    "email",
    "email address",
    "e-mail",
    "e-mail address",
    "attendee email",
    "participant email",
];
/// Teams' sign-in name, usually the address; used when there is no email column.
const UPN: &[&str] = &["participant id (upn)", "upn"];
const NAME: &[&str] = &[
    "name (original name)",
    "user name (original name)",
    "participant",
    "participant name",
    "full name",
    "display name",
    "name",
    "attendee name",
    "user name",
];
const MINUTES: &[&str] = &[
    "duration (minutes)",
    "total duration (minutes)",
    "time in session (minutes)",
    "duration (mins)",
    "attendance duration (minutes)",
    "minutes",
];
const WORDS: &[&str] = &[
    "in-meeting duration",
    "duration",
    "attendance duration",
    "time in call",
    "time in session",
];
/// Columns of a meeting's summary line (Zoom puts the host's address there too).
const SUMMARY: &[&str] = &[
    "meeting id",
    "topic",
    "meeting title",
    "webinar id",
    "meeting code",
];

/// Lower case, single spaces, no byte-order mark or surrounding quotes.
pub fn normalise(cell: &str) -> String {
    let cell = cell.trim_start_matches('\u{feff}').trim().trim_matches('"');
    cell.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The header this row is, if it is one: it names an email column and a name column, and
/// it is not the meeting summary.
pub fn recognise(cells: &[String]) -> Option<Header> {
    let names: Vec<String> = cells.iter().map(|c| normalise(c)).collect();
    let find = |wanted: &[&str]| {
        wanted
            .iter()
            .find_map(|w| names.iter().position(|n| n == w))
    };
    if find(SUMMARY).is_some() {
        return None;
    }
    let email = find(EMAIL).or_else(|| find(UPN))?;
    let name = find(NAME);
    let first_name = find(&["first name"]);
    let last_name = find(&["last name", "surname"]);
    if name.is_none() && first_name.is_none() {
        return None;
    }
    let duration = find(MINUTES)
        .map(Duration::Minutes)
        .or_else(|| find(WORDS).map(Duration::Words));
    let has = |n: &str| names.iter().any(|c| c == n);
    let totals = has("in-meeting duration") || has("first join");
    let platform = if has("name (original name)")
        || has("user name (original name)")
        || has("user email")
        || matches!(duration, Some(Duration::Minutes(_)))
    {
        Platform::Zoom
    } else if totals || has("full name") || has("participant id (upn)") {
        Platform::Teams
    } else if first_name.is_some() && last_name.is_some() {
        Platform::Meet
    } else {
        Platform::Csv
    };
    Some(Header {
        email,
        name,
        first_name,
        last_name,
        duration,
        attended: find(&["attended"]),
        totals,
        platform,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(line: &str, sep: char) -> Vec<String> {
        line.split(sep).map(str::to_string).collect()
    }

    #[test]
    fn knows_each_platforms_header() {
        let zoom = recognise(&cells(
            "\u{feff}Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest",
            ',',
        ))
        .expect("zoom");
        assert_eq!(
            (zoom.email, zoom.name, zoom.platform),
            (1, Some(0), Platform::Zoom)
        );
        assert_eq!(zoom.duration, Some(Duration::Minutes(4)));
        let zoom2 = recognise(&cells(
            "Participant,Email,Total duration (minutes),Guest",
            ',',
        ))
        .expect("zoom variant");
        assert_eq!(zoom2.duration, Some(Duration::Minutes(2)));
        let teams = recognise(&cells(
            "Name\tFirst Join\tLast Leave\tIn-Meeting Duration\tEmail\tParticipant ID (UPN)\tRole",
            '\t',
        ))
        .expect("teams");
        assert_eq!(
            (teams.email, teams.totals, teams.platform),
            (4, true, Platform::Teams)
        );
        assert_eq!(teams.duration, Some(Duration::Words(3)));
        let meet = recognise(&cells(
            "First name,Last name,Email,Duration,Time joined",
            ',',
        ))
        .expect("meet");
        assert_eq!((meet.first_name, meet.last_name), (Some(0), Some(1)));
        assert_eq!(meet.platform, Platform::Meet);
    }

    #[test]
    fn the_meeting_summary_and_other_rows_are_no_header() {
        let summary =
            "Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants";
        assert_eq!(recognise(&cells(summary, ',')), None);
        assert_eq!(recognise(&cells("Ada,ada@example.org,60", ',')), None);
        assert_eq!(
            recognise(&cells("Full Name,User Action,Timestamp", ',')),
            None
        );
        assert_eq!(recognise(&[]), None);
    }
}

//! Recognising the participant table's header row by the names of its columns, in the
//! spellings of Zoom, Microsoft Teams and Google Meet, in English, Dutch, French and Spanish.
//! The table is found by its email column and a name or duration column, wherever they stand.

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
    "e-mail de l’utilisateur",
    "e-mail de l'utilisateur",
    "adresse e-mail",
    "courriel",
    "e-mailadres",
    "e-mail van gebruiker",
    "correo electrónico",
    "correo electrónico del usuario",
];
/// Teams' sign-in name, usually the address; used when there is no email column.
const UPN: &[&str] = &[
    "participant id (upn)",
    "upn",
    "deelnemer-id (upn)",
    "id du participant (upn)",
    "id. de participante (upn)",
];
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
    "nom (nom d’origine)",
    "nom (nom d'origine)",
    "nom",
    "naam (oorspronkelijke naam)",
    "naam",
    "nombre (nombre original)",
    "nombre completo",
];
const MINUTES: &[&str] = &[
    "duration (minutes)",
    "total duration (minutes)",
    "time in session (minutes)",
    "duration (mins)",
    "attendance duration (minutes)",
    "minutes",
    "durée (minutes)",
    "duur (minuten)",
    "duración (minutos)",
    "temps de session (minutes)",
];
const WORDS: &[&str] = &[
    "in-meeting duration",
    "duration",
    "attendance duration",
    "time in call",
    "time in session",
    "durée de la réunion",
    "durée",
    "duur in vergadering",
    "duur",
    "duración en la reunión",
    "duración",
];
/// Teams' per-person totals: "First Join", or the in-meeting duration, in each language.
const TOTALS: &[&str] = &[
    "in-meeting duration",
    "first join",
    "duur in vergadering",
    "eerste deelname",
    "durée de la réunion",
    "première participation",
    "duración en la reunión",
    "primera unión",
];
const FIRST_NAME: &[&str] = &["first name", "prénom", "voornaam", "nombre"];
const LAST_NAME: &[&str] = &[
    "last name",
    "surname",
    "nom de famille",
    "achternaam",
    "apellidos",
    "apellido",
];
/// Columns of a meeting's summary line (Zoom puts the host's address there too).
const SUMMARY: &[&str] = &[
    "meeting id",
    "topic",
    "meeting title",
    "webinar id",
    "meeting code",
    "id de réunion",
    "sujet",
    "vergadering-id",
    "onderwerp",
    "id. de reunión",
    "tema",
];

/// Lower case, single spaces, no byte-order mark or surrounding quotes.
pub fn normalise(cell: &str) -> String {
    let cell = cell.trim_start_matches('\u{feff}').trim().trim_matches('"');
    cell.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The header this row is, if it is one: it names an email column and a name or duration
/// column, and it is not the meeting summary (which names the host's address and the
/// meeting's length, but no participant's name).
///
/// A name that appears twice takes its last column: Zoom's usage report puts the meeting's
/// host, address and length first on each row and the participant's after them.
pub fn recognise(cells: &[String]) -> Option<Header> {
    let names: Vec<String> = cells.iter().map(|c| normalise(c)).collect();
    let find = |wanted: &[&str]| {
        wanted
            .iter()
            .find_map(|w| names.iter().rposition(|n| n == w))
    };
    let email = find(EMAIL).or_else(|| find(UPN))?;
    let mut last_name = find(LAST_NAME);
    // Spanish "Nombre" is a first name only beside a surname column; otherwise the name.
    let first_name = find(FIRST_NAME).filter(|&i| last_name.is_some() || names[i] != "nombre");
    let mut name = find(NAME).filter(|&n| Some(n) != first_name && Some(n) != last_name);
    // Beside a first name, French "Nom" and Dutch "Naam" are the surname.
    if first_name.is_some() && last_name.is_none() {
        last_name = name.take();
    }
    let duration = find(MINUTES)
        .map(Duration::Minutes)
        .or_else(|| find(WORDS).map(Duration::Words));
    let has_name = name.is_some() || first_name.is_some();
    // Beside the meeting's columns, "User Name" is the host's: the row is the meeting list.
    let names_a_participant = has_name && name.is_none_or(|n| names[n] != "user name");
    if find(SUMMARY).is_some() && !names_a_participant {
        return None;
    }
    if !has_name && duration.is_none() {
        return None;
    }
    let has = |n: &str| names.iter().any(|c| c == n);
    let totals = TOTALS.iter().any(|t| has(t));
    let zoom_name = [
        "name (original name)",
        "user name (original name)",
        "nom (nom d’origine)",
        "nom (nom d'origine)",
        "naam (oorspronkelijke naam)",
        "nombre (nombre original)",
    ];
    let platform = if zoom_name.iter().any(|n| has(n))
        || has("user email")
        || matches!(duration, Some(Duration::Minutes(_)))
    {
        Platform::Zoom
    } else if totals || has("full name") || UPN.iter().any(|n| has(n)) {
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
        attended: find(&["attended", "a participé", "aanwezig", "asistió"]),
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
    fn the_usage_reports_participant_columns_come_after_the_meetings() {
        let usage = recognise(&cells(
            "Topic,Meeting ID,User Name,User Email,Start Time,Duration (Minutes),Participants,\
             Name (Original Name),User Email,Join Time,Duration (Minutes),Guest",
            ',',
        ))
        .expect("usage report");
        assert_eq!((usage.name, usage.email), (Some(7), 8));
        assert_eq!(usage.duration, Some(Duration::Minutes(10)));
        let meetings = "Topic,Meeting ID,User Name,User Email,Duration (Minutes),Participants";
        assert_eq!(recognise(&cells(meetings, ',')), None, "the meeting list");
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

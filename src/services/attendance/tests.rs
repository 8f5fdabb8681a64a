//! Reading the reports of each platform, and refusing hostile ones without panicking.

use super::*;

const ZOOM: &str = "\u{feff}Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants
812 3456 7890,\"Social protection, for all\",03/12/2026 02:00:00 PM,03/12/2026 04:05:00 PM,host@example.org,125,4

Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest
Host,host@example.org,03/12/2026 01:55:00 PM,03/12/2026 04:05:00 PM,130,No
Ada (Ada Lovelace),ada@example.org,03/12/2026 02:01:00 PM,03/12/2026 02:46:00 PM,45,Yes
Ada (Ada Lovelace),ADA@Example.org,03/12/2026 03:00:00 PM,03/12/2026 03:30:00 PM,30,Yes
Guest without address,,03/12/2026 02:10:00 PM,03/12/2026 02:20:00 PM,10,Yes
";

#[test]
fn zoom_participant_report_after_its_summary_block() {
    let report = read_report(ZOOM.as_bytes()).expect("readable");
    assert_eq!(report.platform, Platform::Zoom);
    assert_eq!(
        report.rows.len(),
        4,
        "the summary's host line is no participant"
    );
    assert_eq!(report.rows[1].email, "ada@example.org");
    assert_eq!(report.rows[2].seconds, Some(30 * 60));
    assert_eq!(report.rows[3].email, "");
    assert_eq!(report.rows[3].line, 8);
}

#[test]
fn zoom_webinar_sections_skip_absent_registrants() {
    let text = "Attendee Report
Report Generated:,\"Mar 12, 2026\"
Host Details
Attended,User Name (Original Name),Email,Join Time,Leave Time,Time in Session (minutes),Country/Region Name
Yes,Host,host@example.org,x,y,130,Belgium
Attendee Details
Attended,User Name (Original Name),First Name,Last Name,Email,Time in Session (minutes),Is Guest
Yes,Ada,Ada,Lovelace,ada@example.org,45,No
No,Bob,Bob,B,bob@example.org,,No
";
    let report = read_report(text.as_bytes()).expect("readable");
    let emails: Vec<_> = report.rows.iter().map(|r| r.email.as_str()).collect();
    assert_eq!(emails, ["host@example.org", "ada@example.org"]);
    assert_eq!(report.ignored, 1);
}

#[test]
fn teams_utf16_tab_separated_stops_after_the_totals() {
    let text = "1. Summary\r\nMeeting title\tWebinar\r\nAttended participants\t2\r\n\r\n\
2. Participants\r\nName\tFirst Join\tLast Leave\tIn-Meeting Duration\tEmail\tParticipant ID (UPN)\tRole\r\n\
Ada Lovelace\t3/12/26, 2:01:00 PM\t3/12/26, 3:30:00 PM\t1h 5m 3s\tAda@Example.org\tada@example.org\tAttendee\r\n\
Grace Hopper\t3/12/26, 2:05:00 PM\t3/12/26, 2:50:00 PM\t45m\tgrace@example.org\tgrace@example.org\tAttendee\r\n\r\n\
3. In-Meeting Activities\r\nName\tJoin Time\tLeave Time\tDuration\tEmail\tRole\r\n\
Ada Lovelace\t3/12/26, 2:01:00 PM\t3/12/26, 2:46:00 PM\t45m\tAda@Example.org\tAttendee\r\n";
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let report = read_report(&bytes).expect("readable");
    assert_eq!(report.platform, Platform::Teams);
    assert_eq!(report.rows.len(), 2, "the activities repeat the totals");
    assert_eq!(report.rows[0].name, "Ada Lovelace");
    assert_eq!(report.rows[0].seconds, Some(3903));
}

#[test]
fn google_meet_joins_first_and_last_names() {
    let text = "First name,Last name,Email,Duration,Time joined,Time exited\n\
Ada,Lovelace,ada@example.org,1 hr 5 min,2:01 PM,3:06 PM\n";
    let report = read_report(text.as_bytes()).expect("readable");
    assert_eq!(report.platform, Platform::Meet);
    assert_eq!(report.rows[0].name, "Ada Lovelace");
    assert_eq!(report.rows[0].seconds, Some(3900));
}

#[test]
fn semicolons_of_a_spreadsheet_program_work_too() {
    let text = "Name;Email;Duration (Minutes)\nAda;ada@example.org;12\n";
    let report = read_report(text.as_bytes()).expect("readable");
    assert_eq!(report.rows[0].seconds, Some(720));
}

#[test]
fn hostile_reports_get_a_clear_error() {
    let cases: Vec<(Vec<u8>, ReportError)> = vec![
        (b"".to_vec(), ReportError::Empty),
        (vec![0xC3, 0x28, b',', b'a'], ReportError::NotText),
        (b"PK\x03\x04\0\0\0".to_vec(), ReportError::NotText),
        (
            b"Full Name,User Action,Timestamp\nAda,Joined,x\n".to_vec(),
            ReportError::NoParticipantTable,
        ),
        (
            b"Name,Duration (Minutes)\nAda,5\n".to_vec(),
            ReportError::NoParticipantTable,
        ),
        (
            format!(
                "Name,Email,Duration (Minutes)\n{},a@example.org,1\n",
                "x".repeat(5_000)
            )
            .into_bytes(),
            ReportError::FieldTooLong { line: 2 },
        ),
        (
            format!(
                "Name,Email,Duration (Minutes)\n{},a@example.org,1\n",
                "é".repeat(1_500)
            )
            .into_bytes(),
            ReportError::FieldTooLong { line: 2 },
        ),
        (
            b"Name,Email,Duration (Minutes)\nAda,ada@example.org,=1+1\n".to_vec(),
            ReportError::BadDuration {
                line: 2,
                value: "=1+1".into(),
            },
        ),
    ];
    for (bytes, expected) in cases {
        assert_eq!(read_report(&bytes), Err(expected.clone()), "{expected}");
        assert!(!expected.to_string().is_empty());
    }
}

#[test]
fn formula_prefixes_are_plain_text_here() {
    let text =
        "Name,Email,Duration (Minutes)\n\"=HYPERLINK(\"\"http://x\"\")\",@ada@example.org,3\n";
    let report = read_report(text.as_bytes()).expect("readable");
    assert_eq!(report.rows[0].name, "=HYPERLINK(\"http://x\")");
}

#[test]
fn too_many_rows_stop_early() {
    let mut text = String::from("Name,Email\n");
    for i in 0..=MAX_ROWS {
        text.push_str(&format!("P{i},p{i}@example.org\n"));
    }
    assert_eq!(
        read_report(text.as_bytes()),
        Err(ReportError::TooManyRows { max: MAX_ROWS })
    );
}

#[test]
fn the_summary_adds_up_rows_per_person() {
    let row = |email: &str, seconds| ReportRow {
        line: 1,
        name: "N".into(),
        email: email.into(),
        seconds: Some(seconds),
    };
    let mut summary = Summary::new("zoom", 0);
    summary.add_row(Some(7), row("a@example.org", 45 * 60));
    summary.add_row(Some(7), row("A@example.org", 30 * 60 + 29));
    summary.add_row(None, row("x@example.org", 60));
    summary.add_row(None, row("X@Example.org", 60));
    summary.add_row(None, row("", 60));
    assert_eq!(summary.totals().collect::<Vec<_>>(), [(7, Some(75))]);
    assert_eq!(
        (
            summary.rows_read,
            summary.rows_matched,
            summary.rows_unmatched
        ),
        (5, 2, 3)
    );
    assert_eq!((summary.people_marked, summary.people_unmatched), (1, 2));
    assert_eq!(summary.unmatched[0].rows, 2);
    assert_eq!(summary.unmatched[0].minutes, Some(2));
}

#[test]
fn errors_speak_every_language() {
    let e = ReportError::BadDuration {
        line: 7,
        value: "soon".into(),
    };
    assert_eq!(
        e.message(Lang::Fr),
        "Ligne 7\u{a0}: la durée «\u{a0}soon\u{a0}» est illisible."
    );
    let e = ReportError::FieldTooLong { line: 3 };
    assert_eq!(
        e.message(Lang::Nl),
        "Regel 3: een veld is langer dan 1000 tekens."
    );
}

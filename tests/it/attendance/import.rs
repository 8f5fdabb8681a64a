//! Marking attendance from Zoom, Teams and Meet reports and from a list of addresses.

use serde_json::{Value, json};

use super::super::helpers::spawn_app;
use super::{Person, by_email, post_attendance, seed, upload_attendance};

/// A Zoom participant report as it is downloaded: byte-order mark, the meeting's summary
/// (with the host's address), a blank line, then the participants; Ada joined twice, once
/// with her address in other letter case; Grace registered as `Grace@Example.org`.
const ZOOM: &str = "\u{feff}Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants
812 3456 7890,\"Social protection, for all\",03/12/2026 02:00:00 PM,03/12/2026 04:05:00 PM,host@example.org,125,6

Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest
Host (Convene Team),host@example.org,03/12/2026 01:55:00 PM,03/12/2026 04:05:00 PM,130,No
Ada (Ada Lovelace),ada@example.org,03/12/2026 02:01:00 PM,03/12/2026 02:46:00 PM,45,Yes
Grace,GRACE@EXAMPLE.ORG,03/12/2026 02:03:00 PM,03/12/2026 02:53:00 PM,50,Yes
Ada (Ada Lovelace),Ada@Example.Org,03/12/2026 03:00:00 PM,03/12/2026 03:30:00 PM,30,Yes
Phone caller,,03/12/2026 02:10:00 PM,03/12/2026 02:22:00 PM,12,Yes
Zed Unknown,zed@example.org,03/12/2026 02:10:00 PM,03/12/2026 02:15:00 PM,5,Yes
Zed Unknown,zed@example.org,03/12/2026 02:20:00 PM,03/12/2026 02:27:00 PM,7,Yes
";

async fn three_registered(app: &super::super::helpers::TestApp) {
    app.create_event("webinar", json!({"require_email_confirmation": false}))
        .await;
    seed(
        app,
        "webinar",
        &[
            Person::new("Ada Lovelace", "ada@example.org", "BE"),
            Person::new("Grace Hopper", "Grace@Example.org", "PE"),
            Person::new("Bob", "bob@example.org", "BJ"),
        ],
    )
    .await;
}

fn counts(s: &Value) -> [i64; 7] {
    [
        "rows_read",
        "rows_matched",
        "rows_unmatched",
        "people_marked",
        "people_changed",
        "people_unmatched",
        "rows_ignored",
    ]
    .map(|k| s[k].as_i64().unwrap_or(-1))
}

#[tokio::test]
async fn a_zoom_report_marks_attendees_with_summed_minutes_and_lists_the_rest() {
    let app = spawn_app().await;
    three_registered(&app).await;
    let (status, summary) = post_attendance(&app, "webinar", "text/csv", ZOOM).await;
    assert_eq!(status, 200, "{summary}");
    assert_eq!(summary["format"], "zoom");
    assert_eq!(counts(&summary), [7, 3, 4, 2, 2, 3, 0]);
    let unmatched: Vec<(&str, &str, i64, i64)> = summary["unmatched"]
        .as_array()
        .expect("list")
        .iter()
        .map(|u| {
            let s = |k: &str| u[k].as_str().unwrap_or("?");
            (
                s("name"),
                s("email"),
                u["rows"].as_i64().unwrap_or(0),
                u["minutes"].as_i64().unwrap_or(0),
            )
        })
        .collect();
    assert_eq!(
        unmatched,
        [
            ("Host (Convene Team)", "host@example.org", 1, 130),
            ("Phone caller", "", 1, 12),
            ("Zed Unknown", "zed@example.org", 2, 12),
        ]
    );
    let regs = by_email(&app, "webinar").await;
    assert_eq!(regs["ada@example.org"]["attended"], true);
    assert_eq!(regs["ada@example.org"]["attended_minutes"], 75);
    assert_eq!(regs["grace@example.org"]["attended"], true);
    assert_eq!(regs["grace@example.org"]["attended_minutes"], 50);
    assert_eq!(regs["bob@example.org"]["attended"], false);
    assert_eq!(regs["bob@example.org"]["attended_minutes"], Value::Null);

    // The same report again, uploaded as a file this time: nothing changes.
    let (status, again) = upload_attendance(&app, "webinar", ZOOM.as_bytes().to_vec()).await;
    assert_eq!(status, 200, "{again}");
    assert_eq!(counts(&again), [7, 3, 4, 2, 0, 3, 0]);
    let regs_again = by_email(&app, "webinar").await;
    assert_eq!(regs_again, regs, "a second upload changes nothing");

    // A report of another session replaces the minutes, it does not add to them.
    let later = "Name (Original Name),User Email,Duration (Minutes)\nAda,ada@example.org,20\n";
    let (_, third) = post_attendance(&app, "webinar", "text/csv", later).await;
    assert_eq!(counts(&third), [1, 1, 0, 1, 1, 0, 0]);
    let regs = by_email(&app, "webinar").await;
    assert_eq!(regs["ada@example.org"]["attended_minutes"], 20);
    assert_eq!(regs["grace@example.org"]["attended_minutes"], 50);
}

#[tokio::test]
async fn teams_and_meet_reports_and_a_list_of_addresses() {
    let app = spawn_app().await;
    three_registered(&app).await;
    let teams = "1. Summary\r\nMeeting title\tWebinar\r\n\r\n2. Participants\r\n\
        Name\tFirst Join\tLast Leave\tIn-Meeting Duration\tEmail\tParticipant ID (UPN)\tRole\r\n\
        Ada Lovelace\t3/12/26, 2:01:00 PM\t3/12/26, 3:30:00 PM\t1h 5m 3s\tADA@example.org\tada@example.org\tAttendee\r\n\r\n\
        3. In-Meeting Activities\r\nName\tJoin Time\tLeave Time\tDuration\tEmail\tRole\r\n\
        Ada Lovelace\t3/12/26, 2:01:00 PM\t3/12/26, 2:46:00 PM\t45m\tADA@example.org\tAttendee\r\n";
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(teams.encode_utf16().flat_map(u16::to_le_bytes));
    let (status, summary) = upload_attendance(&app, "webinar", utf16).await;
    assert_eq!(status, 200, "{summary}");
    assert_eq!(summary["format"], "teams");
    assert_eq!(counts(&summary), [1, 1, 0, 1, 1, 0, 0]);

    let meet = "First name,Last name,Email,Duration,Time joined,Time exited\n\
        Grace,Hopper,grace@example.org,1 hr 5 min,2:01 PM,3:06 PM\n\
        Someone,Else,someone@example.org,3 min,2:01 PM,2:04 PM\n";
    let (status, summary) = post_attendance(&app, "webinar", "text/csv; charset=utf-8", meet).await;
    assert_eq!(status, 200, "{summary}");
    assert_eq!(summary["format"], "meet");
    assert_eq!(counts(&summary), [2, 1, 1, 1, 1, 1, 0]);
    assert_eq!(summary["unmatched"][0]["name"], "Someone Else");

    let (status, summary) = app
        .api(
            reqwest::Method::POST,
            "/api/v1/events/webinar/attendance",
            Some(json!({"emails": ["BOB@example.org", "nobody@example.org", "not an address"]})),
        )
        .await;
    assert_eq!(status, 200, "{summary}");
    assert_eq!(summary["format"], "emails");
    assert_eq!(counts(&summary), [3, 1, 2, 1, 1, 2, 0]);
    let regs = by_email(&app, "webinar").await;
    assert_eq!(regs["ada@example.org"]["attended_minutes"], 65);
    assert_eq!(regs["grace@example.org"]["attended_minutes"], 65);
    assert_eq!(regs["bob@example.org"]["attended"], true);
    assert_eq!(regs["bob@example.org"]["attended_minutes"], Value::Null);

    // The check-in desk's service: unmarking clears the minutes; another event's id is refused.
    let ev = super::event_model(&app, "webinar").await;
    let ada = regs["ada@example.org"]["id"].as_i64().expect("id");
    let set =
        |id, attended| convene::services::attendance::set_attended(&app.state, &ev, id, attended);
    assert!(set(ada, false).await.expect("unmark"));
    assert!(!set(ada + 1000, true).await.expect("not ours"));
    let regs = by_email(&app, "webinar").await;
    assert_eq!(regs["ada@example.org"]["attended"], false);
    assert_eq!(regs["ada@example.org"]["attended_minutes"], Value::Null);
}

#[tokio::test]
async fn a_one_mebibyte_report_fits_and_larger_bodies_do_not() {
    let app = spawn_app().await;
    three_registered(&app).await;
    let mut report = String::from(
        "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest\n",
    );
    let mut guests = 0;
    while report.len() < 1024 * 1024 {
        report.push_str(&format!(
            "Guest number {guests},guest{guests}@example.org,03/12/2026 02:00:00 PM,03/12/2026 02:10:00 PM,10,Yes\n"
        ));
        guests += 1;
    }
    report.push_str("Ada,ada@example.org,03/12/2026 02:00:00 PM,03/12/2026 02:10:00 PM,10,Yes\n");
    let (status, summary) = post_attendance(&app, "webinar", "text/csv", report).await;
    assert_eq!(status, 200, "{summary}");
    assert_eq!(summary["rows_read"], guests + 1);
    assert_eq!(summary["rows_matched"], 1);
    assert_eq!(summary["people_unmatched"], guests);
    assert_eq!(
        summary["unmatched"].as_array().map(Vec::len),
        Some(1000),
        "the list is capped"
    );

    let (status, _) =
        post_attendance(&app, "webinar", "text/csv", vec![b'a'; 11 * 1024 * 1024]).await;
    assert_eq!(status, 413);
    // Forms keep their small limit.
    let big_form = format!("name={}", "a".repeat(100 * 1024));
    let res = app
        .client
        .post(app.url("/events/webinar/register"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(big_form)
        .send()
        .await
        .expect("POST");
    assert_eq!(res.status(), 413);
}

#[tokio::test]
async fn hostile_or_wrong_uploads_get_clear_errors() {
    let app = spawn_app().await;
    three_registered(&app).await;
    let cases: Vec<(&str, Vec<u8>, u16, &str)> = vec![
        (
            "text/csv",
            vec![0xC3, 0x28, 0xFF, b',', b'\n'],
            422,
            "not text",
        ),
        (
            "text/csv",
            b"Name,Duration (Minutes)\nAda,5\n".to_vec(),
            422,
            "email column",
        ),
        ("text/csv", b"".to_vec(), 422, "empty"),
        (
            "text/csv",
            format!("Name,Email\n{},a@example.org\n", "x".repeat(50_000)).into_bytes(),
            422,
            "longer than",
        ),
        (
            "text/csv",
            b"Name,Email,Duration\nAda,ada@example.org,soon\n".to_vec(),
            422,
            "line 2",
        ),
        ("application/json", b"{\"emails\": 3}".to_vec(), 400, ""),
        (
            "multipart/form-data; boundary=x",
            b"--x--\r\n".to_vec(),
            422,
            "file",
        ),
    ];
    for (content_type, body, expected, words) in cases {
        let (status, error) = post_attendance(&app, "webinar", content_type, body).await;
        assert_eq!(status, expected, "{content_type}: {error}");
        let message = error["error"]["message"].as_str().unwrap_or_default();
        assert!(message.contains(words), "{message:?} should say {words:?}");
    }
    let regs = by_email(&app, "webinar").await;
    assert!(
        regs.values().all(|r| r["attended"] == false),
        "nothing was marked"
    );
    let (status, _) = post_attendance(&app, "no-such-event", "text/csv", ZOOM).await;
    assert_eq!(status, 404);
    let res = app
        .client
        .post(app.url("/api/v1/events/webinar/attendance"))
        .body(ZOOM)
        .send()
        .await
        .expect("POST");
    assert_eq!(res.status(), 401);
}

//! The network's reporting from a known set of people, through `GET /api/v1/dashboard`: counts
//! and shares per region, targets beside them, and small groups shown as "fewer than 5".

use convene::db::{profile, region_target};
use sea_orm::EntityTrait;
use serde_json::{Value, json};

use super::super::attendance::{Person, seed};
use super::super::helpers::spawn_app;

fn region<'a>(report: &'a Value, key: &str) -> &'a Value {
    report["reporting"]
        .as_array()
        .expect("reporting list")
        .iter()
        .find(|r| r["region"] == key)
        .expect("every region is listed")
}

#[tokio::test]
async fn the_region_report_computes_shares_and_hides_small_groups() {
    let app = spawn_app().await;
    app.create_event("forum", json!({"require_email_confirmation": false}))
        .await;
    // West Africa: six people; four women, one man, one undisclosed; ages: three under 35,
    // two older, one not given. Latin America: two people.
    let people = [
        ("a@example.org", "BJ", Some("woman"), Some("under_25")),
        ("b@example.org", "SN", Some("woman"), Some("25_34")),
        ("c@example.org", "NG", Some("woman"), Some("35_54")),
        ("d@example.org", "GH", Some("woman"), Some("25_34")),
        ("e@example.org", "CI", Some("man"), Some("55_plus")),
        ("f@example.org", "ML", Some("undisclosed"), None),
        ("g@example.org", "PE", Some("woman"), Some("under_25")),
        ("h@example.org", "BO", Some("man"), Some("35_54")),
    ];
    let list: Vec<Person> = people
        .iter()
        .map(|(email, country, _, _)| Person::new("Participant", email, country))
        .collect();
    let regs = seed(&app, "forum", &list).await;
    for (reg, (_, _, gender, age)) in regs.iter().zip(people.iter()) {
        profile::save(&app.state.db, reg.id, *gender, *age)
            .await
            .expect("profile");
    }
    region_target::save(&app.state.db, "west_africa", Some(53), Some(54))
        .await
        .expect("target");
    let (status, body) = app
        .api(
            reqwest::Method::POST,
            "/api/v1/events/forum/attendance",
            Some(
                json!({"emails": ["a@example.org", "b@example.org", "c@example.org",
                                  "d@example.org", "e@example.org", "g@example.org"]}),
            ),
        )
        .await;
    assert_eq!(status, 200, "{body}");

    let (status, report) = app
        .api(reqwest::Method::GET, "/api/v1/dashboard", None)
        .await;
    assert_eq!(status, 200, "{report}");
    let west = region(&report, "west_africa");
    assert_eq!(west["registrations"], 6, "{west}");
    assert_eq!(west["attendees"], 5, "{west}");
    // 4 women of the 5 who gave their gender; 3 under 35 of the 5 who gave their age.
    assert_eq!(west["share_women"], 80.0, "{west}");
    assert_eq!(west["share_under_35"], 60.0, "{west}");
    assert_eq!(west["target_women"], 53);
    assert_eq!(west["target_under_35"], 54);
    let latin = region(&report, "latin_america");
    assert_eq!(latin["registrations"], "fewer_than_5", "{latin}");
    assert_eq!(latin["attendees"], "fewer_than_5", "{latin}");
    assert_eq!(latin["share_women"], "fewer_than_5", "{latin}");
    let europe = region(&report, "europe");
    assert_eq!(europe["registrations"], 0);
    assert_eq!(europe["share_women"], Value::Null);

    // The event's own dashboard says the same; a date range without the event says nothing.
    let (_, own) = app
        .api(reqwest::Method::GET, "/api/v1/events/forum/dashboard", None)
        .await;
    assert_eq!(region(&own, "west_africa"), west);
    let (status, empty) = app
        .api(
            reqwest::Method::GET,
            "/api/v1/dashboard?from=2001-01-01&to=2001-12-31",
            None,
        )
        .await;
    assert_eq!(status, 200, "{empty}");
    assert_eq!(region(&empty, "west_africa")["registrations"], 0);
    let (status, bad) = app
        .api(
            reqwest::Method::GET,
            "/api/v1/dashboard?from=yesterday",
            None,
        )
        .await;
    assert_eq!(status, 422, "{bad}");
}

#[tokio::test]
async fn the_form_asks_the_reporting_fields_the_event_collects_and_erasure_removes_them() {
    let app = spawn_app().await;
    app.create_event(
        "collecting",
        json!({"require_email_confirmation": false, "collect": ["gender", "age_group"]}),
    )
    .await;
    app.create_event("plain", json!({"require_email_confirmation": false}))
        .await;
    let mut visitor = app.visitor();
    let (_, page) = visitor.get("/events/collecting?lang=fr").await;
    assert!(page.contains("id=\"reporting-gender\""), "{page}");
    assert!(page.contains("Je préfère ne pas répondre"), "{page}");
    assert!(page.contains("id=\"why-age_group\""));
    let (_, plain) = visitor.get("/events/plain").await;
    assert!(!plain.contains("reporting-gender"));

    let mut fields = super::super::helpers::person("Ada", "ada@example.org");
    fields.push(("gender", "robot"));
    assert_eq!(app.register("collecting", &fields).await.status(), 422);
    fields.pop();
    fields.extend([("gender", "woman"), ("age_group", "25_34")]);
    assert_eq!(app.register("collecting", &fields).await.status(), 303);
    // An event that does not collect them stores nothing, whatever is posted.
    let mut other = super::super::helpers::person("Bob", "bob@example.org");
    other.push(("gender", "man"));
    assert_eq!(app.register("plain", &other).await.status(), 303);

    let stored = profile::Entity::find()
        .all(&app.state.db)
        .await
        .expect("rows");
    assert_eq!(stored.len(), 1, "{stored:?}");
    assert_eq!(stored[0].gender.as_deref(), Some("woman"));
    assert_eq!(stored[0].age_group.as_deref(), Some("25_34"));

    let erased = convene::services::privacy::erase_person(&app.state, "ada@example.org")
        .await
        .expect("erase");
    assert_eq!(erased, 1);
    assert!(
        profile::Entity::find()
            .all(&app.state.db)
            .await
            .expect("rows")
            .is_empty()
    );
}

#[tokio::test]
async fn organizers_enter_targets_per_region_on_an_admin_page() {
    let app = spawn_app().await;
    let mut admin = super::super::admin::signed_in(&app, super::super::admin::ADMIN).await;
    let (status, page) = admin.get("/admin/targets?lang=fr").await;
    assert_eq!(status, 200);
    assert!(page.contains("Afrique de l"), "regions by name: {page}");
    let res = admin
        .submit("/admin/targets", "/admin/targets", &[("women_asia", "abc")])
        .await;
    assert_eq!(res.status(), 422, "a target is a whole number");
    let res = admin
        .submit(
            "/admin/targets",
            "/admin/targets",
            &[
                ("women_central_africa", "60"),
                ("young_central_africa", "25"),
                ("women_asia", "56"),
                ("young_asia", "67"),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    let (_, report) = app
        .api(reqwest::Method::GET, "/api/v1/dashboard", None)
        .await;
    let central = region(&report, "central_africa");
    assert_eq!(
        (&central["target_women"], &central["target_under_35"]),
        (&json!(60), &json!(25))
    );
    assert_eq!(region(&report, "europe")["target_women"], Value::Null);
    let (_, page) = admin.get("/admin/targets").await;
    assert!(page.contains("value=\"67\""));
}

#[tokio::test]
async fn a_date_range_counts_only_the_events_that_start_within_it() {
    let app = spawn_app().await;
    for (slug, day) in [("spring", "2031-03-10"), ("autumn", "2031-09-10")] {
        app.create_event(
            slug,
            json!({"require_email_confirmation": false,
                   "starts_at": format!("{day}T09:00:00Z"), "ends_at": format!("{day}T11:00:00Z")}),
        )
        .await;
    }
    // Spring: six people from West Africa, five of them women. Autumn: five men from Peru.
    let spring = ["a", "b", "c", "d", "e", "f"].map(|n| format!("{n}@example.org"));
    let list: Vec<Person> = spring
        .iter()
        .map(|email| Person::new("Participant", email, "SN"))
        .collect();
    for (i, reg) in seed(&app, "spring", &list).await.iter().enumerate() {
        let gender = if i == 0 { "man" } else { "woman" };
        profile::save(&app.state.db, reg.id, Some(gender), None)
            .await
            .expect("profile");
    }
    let autumn = ["p", "q", "r", "s", "t"].map(|n| format!("{n}@example.org"));
    let list: Vec<Person> = autumn
        .iter()
        .map(|email| Person::new("Participant", email, "PE"))
        .collect();
    for reg in seed(&app, "autumn", &list).await {
        profile::save(&app.state.db, reg.id, Some("man"), None)
            .await
            .expect("profile");
    }

    let dashboard = |query: &'static str| {
        let app = &app;
        async move {
            let (status, body) = app
                .api(
                    reqwest::Method::GET,
                    &format!("/api/v1/dashboard{query}"),
                    None,
                )
                .await;
            assert_eq!(status, 200, "{query}: {body}");
            body
        }
    };
    // Both ends are included.
    for query in [
        "?from=2031-03-01&to=2031-03-31",
        "?from=2031-03-10&to=2031-03-10",
    ] {
        let march = dashboard(query).await;
        assert_eq!(march["registrations"], 6, "{query}: {march}");
        assert_eq!(region(&march, "west_africa")["registrations"], 6);
        assert_eq!(region(&march, "west_africa")["share_women"], 83.3);
        assert_eq!(region(&march, "latin_america")["registrations"], 0);
        assert_eq!(march["events"].as_array().map(Vec::len), Some(1));
    }
    let later = dashboard("?from=2031-03-11").await;
    assert_eq!(region(&later, "west_africa")["registrations"], 0);
    assert_eq!(region(&later, "latin_america")["registrations"], 5);
    assert_eq!(region(&later, "latin_america")["share_women"], 0.0);
    let both = dashboard("").await;
    assert_eq!(both["registrations"], 11);
    let (status, _) = app
        .api(
            reqwest::Method::GET,
            "/api/v1/dashboard?from=2031-04-01&to=2031-03-01",
            None,
        )
        .await;
    assert_eq!(status, 422, "the end before the start");

    // The admin page across events: the same range, and a wrong one said in words.
    let mut admin = super::super::admin::signed_in(&app, super::super::admin::ADMIN).await;
    let (status, page) = admin
        .get("/admin/dashboard?from=2031-09-01&to=2031-09-30")
        .await;
    assert_eq!(status, 200);
    assert!(page.contains("id=\"count-registrations\">5<"), "{page}");
    assert!(page.contains("/admin/events/autumn/dashboard"));
    assert!(!page.contains("/admin/events/spring/dashboard"));
    assert!(page.contains("value=\"2031-09-01\"") && page.contains("value=\"2031-09-30\""));
    let (status, page) = admin.get("/admin/dashboard?from=soon&to=").await;
    assert_eq!(status, 422);
    assert!(page.contains("id=\"range-error\""), "{page}");
    assert!(page.contains("Please write dates as YYYY-MM-DD"));
    assert!(page.contains("value=\"soon\""), "the value is kept");
}

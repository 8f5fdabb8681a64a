//! Typed columns: statuses, languages and JSON documents are read into their types when a
//! row is loaded, and a value Convene does not know is an error that names the row.

use convene::db::{event, registration};
use convene::domain::{EventStatus, Lang, RegistrationStatus, Visibility};
use sea_orm::{ConnectionTrait, EntityTrait};
use serde_json::json;

use super::helpers::{person, spawn_app};

#[tokio::test]
async fn stored_values_come_back_as_their_types() {
    let app = spawn_app().await;
    app.create_event(
        "typed",
        json!({"visibility": "unlisted", "interpretation": ["fr", "en"], "reminders": [60]}),
    )
    .await;
    let ev = event::find_by_slug(&app.state.db, "typed")
        .await
        .expect("query")
        .expect("event");
    assert_eq!(ev.status, EventStatus::Published);
    assert_eq!(ev.visibility, Visibility::Unlisted);
    assert_eq!(ev.default_language, Lang::En);
    assert_eq!(*ev.interpretation, vec![Lang::Fr, Lang::En]);
    assert_eq!(*ev.reminders, vec![60]);
    assert_eq!(
        ev.translations[&Lang::Fr].title,
        "La protection sociale pour tous"
    );

    let mut fields = person("Ada", "ada@example.org");
    fields.retain(|(k, _)| *k != "language");
    fields.push(("language", "es"));
    let answer = app.register("typed", &fields).await;
    assert_eq!(
        answer.status(),
        303,
        "the form sends the visitor on to the next page"
    );
    let reg = registration::Entity::find()
        .one(&app.state.db)
        .await
        .expect("query")
        .expect("registration");
    assert_eq!(reg.language, Lang::Es);
    assert_eq!(reg.status, RegistrationStatus::Pending);
}

#[tokio::test]
async fn an_unknown_value_in_the_database_is_an_error_that_names_the_row() {
    let app = spawn_app().await;
    app.create_event("edited-by-hand", json!({})).await;
    let ev = event::find_by_slug(&app.state.db, "edited-by-hand")
        .await
        .expect("query")
        .expect("event");

    // Someone edits the database by hand and writes a status Convene never wrote.
    let db = &app.state.db;
    let set = |sql: String| async move { db.execute_unprepared(&sql).await.expect("edit") };
    set(format!(
        "UPDATE events SET status = 'drafted' WHERE id = {}",
        ev.id
    ))
    .await;
    let error = event::find_by_slug(db, "edited-by-hand")
        .await
        .expect_err("an unknown status must not load as some default")
        .to_string();
    for part in [
        format!("row with id {}", ev.id),
        "status".into(),
        "drafted".into(),
    ] {
        assert!(error.contains(&part), "{part:?} missing from: {error}");
    }
    // The public page fails rather than showing the event in a state nobody gave it.
    let page = app.get("/events/edited-by-hand").await;
    assert_eq!(page.status(), 500);

    // The same for a JSON document that is not one.
    set(format!(
        "UPDATE events SET status = 'published', translations = '{{\"en\": ' WHERE id = {}",
        ev.id
    ))
    .await;
    let error = event::find_by_slug(db, "edited-by-hand")
        .await
        .expect_err("a broken document must not load as an empty one")
        .to_string();
    assert!(error.contains("translations"), "{error}");
    assert!(error.contains(&format!("row with id {}", ev.id)), "{error}");
}

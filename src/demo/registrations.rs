//! Demo participants for the past events: believable registrations drawn from the member
//! list (addresses at reserved domains), attendance imported from a generated Zoom report
//! through the real import code, reporting answers and feedback, so that the dashboards and
//! certificates have something to show.
//!
//! Rows are inserted in batches, straight into the tables: demo people get no email. An event
//! that already has registrations is left alone, so loading twice creates nothing twice.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use chrono::Duration;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, Set};

use crate::db::column::Json;
use crate::db::{event, feedback, followup, profile, registration};
use crate::domain::{AttendanceMode, Region, RegistrationStatus};
use crate::services::attendance;
use crate::state::AppState;

/// A past event of the demo file and how many took part, as the activity report tells it.
struct Turnout {
    slug: &'static str,
    people: usize,
    /// Out of 10: how many of those registered came.
    attended_tenths: usize,
}

const TURNOUTS: &[Turnout] = &[
    Turnout {
        slug: "inspir-launch-webinar-2022",
        people: 320,
        attended_tenths: 9,
    },
    Turnout {
        slug: "global-fund-social-protection-webinar-2021",
        people: 140,
        attended_tenths: 8,
    },
    Turnout {
        slug: "inspir-15-years-celebration-2023",
        people: 180,
        attended_tenths: 9,
    },
];

/// Batches stay well under SQLite's limit on bound parameters.
const BATCH: usize = 40;

const FIRST_NAMES: &[(&str, &[&str])] = &[
    (
        "central_africa",
        &[
            "Aimée",
            "Jean-Claude",
            "Espérance",
            "Déogratias",
            "Béatrice",
            "Innocent",
            "Clémence",
            "Fidèle",
        ],
    ),
    (
        "west_africa",
        &[
            "Aminata",
            "Koffi",
            "Fatoumata",
            "Sékou",
            "Awa",
            "Ibrahima",
            "Adjoa",
            "Mamadou",
        ],
    ),
    (
        "latin_america",
        &[
            "María José",
            "Andrés",
            "Lucía",
            "José",
            "Ángeles",
            "Joaquín",
            "Camila",
            "Iñaki",
        ],
    ),
    (
        "asia",
        &[
            "Siti",
            "Arjun",
            "Nguyen Thi",
            "Ramesh",
            "Dewi",
            "Samy",
            "Maricel",
            "Ravi",
        ],
    ),
    (
        "europe",
        &[
            "Els",
            "Joris",
            "Françoise",
            "Bart",
            "Inès",
            "Thijs",
            "Chloé",
            "Wouter",
        ],
    ),
];

const LAST_NAMES: &[(&str, &[&str])] = &[
    (
        "central_africa",
        &[
            "Ndayishimiye",
            "Mulamba",
            "Niyonzima",
            "Kabila",
            "Hakizimana",
            "Mbuyi",
        ],
    ),
    (
        "west_africa",
        &["Diallo", "Traoré", "Ouédraogo", "Mensah", "Koné", "Sow"],
    ),
    (
        "latin_america",
        &["Carrión", "Luna", "Peña", "Gutiérrez", "Quispe", "Núñez"],
    ),
    (
        "asia",
        &["Silaban", "Arokiasamy", "Santos", "Kumar", "Rahman", "Tran"],
    ),
    (
        "europe",
        &[
            "Verstraeten",
            "Peeters",
            "Dubois",
            "Janssens",
            "Lefèvre",
            "Maes",
        ],
    ),
];

const DOMAINS: [&str; 3] = ["example.org", "example.net", "example.com"];

/// One demo person, before their row exists.
struct Person {
    name: String,
    email: String,
    organization: String,
    country: String,
    language: &'static str,
    gender: &'static str,
    age_group: &'static str,
}

/// Adds participants to the demo's past events that have none yet. Returns how many
/// registrations were created.
pub async fn load(state: &AppState) -> anyhow::Result<usize> {
    let mut created = 0;
    for turnout in TURNOUTS {
        let Some(ev) = event::find_by_slug(&state.db, turnout.slug).await? else {
            continue;
        };
        let existing = registration::Entity::find()
            .filter(registration::Column::EventId.eq(ev.id))
            .count(&state.db)
            .await?;
        if existing > 0 {
            continue;
        }
        created += populate(state, &ev, turnout).await?;
    }
    Ok(created)
}

/// Registers, marks attendance and gives feedback for one event.
async fn populate(state: &AppState, ev: &event::Model, turnout: &Turnout) -> anyhow::Result<usize> {
    let people: Vec<Person> = (0..turnout.people).map(|i| person(i, ev.id)).collect();
    let offered: Vec<String> = ev.langs().iter().map(|l| l.code().to_string()).collect();
    let registered_at = ev.starts_at - Duration::days(10);
    let hybrid = ev.kind == crate::domain::EventKind::Hybrid;
    let room = ev
        .capacity_in_person
        .map_or(usize::MAX, |c| usize::try_from(c).unwrap_or(0));
    let txn = state.write().await?;
    for (n, chunk) in people.chunks(BATCH).enumerate() {
        let rows = chunk.iter().enumerate().map(|(i, p)| {
            // A hybrid event: every third person in the room, while the room has seats.
            let index = n * BATCH + i;
            let in_room = index.is_multiple_of(3) && index / 3 < room;
            let mode = hybrid.then_some(if in_room {
                AttendanceMode::InPerson
            } else {
                AttendanceMode::Online
            });
            let language = if offered.iter().any(|l| l == p.language) {
                p.language.parse().unwrap_or(ev.default_language)
            } else {
                ev.default_language
            };
            let email_key = p.email.to_lowercase();
            // The link a real registration gets: the participant's page (with the certificate
            // and the feedback form) opens from it, as it would from their email.
            let token = state.secret.registration_token(ev.id, &email_key);
            registration::ActiveModel {
                event_id: Set(ev.id),
                token_hash: Set(crate::security::hash_token(&token)),
                name: Set(p.name.clone()),
                email: Set(p.email.clone()),
                email_key: Set(email_key),
                organization: Set(p.organization.clone()),
                country: Set(p.country.clone()),
                language: Set(language),
                time_zone: Set(None),
                status: Set(RegistrationStatus::Confirmed),
                holds_seat: Set(true),
                answers: Set(Default::default()),
                consent_at: Set(registered_at),
                consent_version: Set(state.settings.consent_version.clone()),
                registered_at: Set(registered_at),
                confirmed_at: Set(Some(registered_at)),
                cancelled_at: Set(None),
                expires_at: Set(None),
                last_mail_at: Set(None),
                attended: Set(false),
                attended_minutes: Set(None),
                updated_at: Set(registered_at),
                anonymised_at: Set(None),
                join_opened_at: Set(None),
                attendance_mode: Set(mode),
                ..Default::default()
            }
        });
        registration::Entity::insert_many(rows)
            .exec_without_returning(&*txn)
            .await?;
    }
    let regs = registration::Entity::find()
        .filter(registration::Column::EventId.eq(ev.id))
        .all(&*txn)
        .await?;
    let by_email: BTreeMap<&str, &Person> = people.iter().map(|p| (p.email.as_str(), p)).collect();
    for chunk in regs.chunks(BATCH) {
        let rows = chunk.iter().filter_map(|r| {
            let p = by_email.get(r.email.as_str())?;
            Some(profile::ActiveModel {
                registration_id: Set(r.id),
                gender: Set(Some(p.gender.to_string())),
                age_group: Set(Some(p.age_group.to_string())),
            })
        });
        profile::Entity::insert_many(rows)
            .exec_without_returning(&*txn)
            .await?;
    }
    followup::save(&*txn, followups(ev)).await?;
    event::recount_seats(&*txn, ev.id).await?;
    txn.commit().await?;

    let attended: Vec<&registration::Model> = regs
        .iter()
        .enumerate()
        .filter(|(i, _)| i % 10 < turnout.attended_tenths)
        .map(|(_, r)| r)
        .collect();
    let report = zoom_report(ev, &attended);
    attendance::import_report(state, ev, report.as_bytes())
        .await
        .map_err(|e| anyhow::anyhow!("demo attendance for {}: {e}", ev.slug))?;

    let txn = state.write().await?;
    let answered: Vec<&&registration::Model> = attended.iter().step_by(3).collect();
    for (n, chunk) in answered.chunks(BATCH).enumerate() {
        let rows = chunk.iter().enumerate().map(|(i, r)| {
            let seed = n * BATCH + i;
            let at = ev.ends_at + Duration::hours(30);
            feedback::ActiveModel {
                event_id: Set(ev.id),
                registration_id: Set(None),
                respondent_key: Set(crate::services::feedback::respondent_key(state, r)),
                language: Set(r.language),
                region: Set(Region::of_country(&r.country).as_str().to_string()),
                answers: Set(feedback_answers(seed)),
                submitted_at: Set(at),
                updated_at: Set(at),
                ..Default::default()
            }
        });
        feedback::Entity::insert_many(rows)
            .exec_without_returning(&*txn)
            .await?;
    }
    txn.commit().await?;
    Ok(regs.len())
}

/// The n-th demo person of an event: member organisations in turn, so every region shows.
fn person(i: usize, event_id: i64) -> Person {
    let members = super::members();
    let (country, organization) = members[(i * 7 + event_id as usize) % members.len()];
    let region = Region::of_country(country).as_str();
    let pick = |lists: &[(&str, &'static [&'static str])], salt: usize| {
        let list = lists
            .iter()
            .find(|(r, _)| *r == region)
            .map_or(lists[0].1, |(_, l)| l);
        list[(i / 3 + salt) % list.len()]
    };
    let first = pick(FIRST_NAMES, i);
    let last = pick(LAST_NAMES, i / 2);
    let local: String = format!("{first}.{last}")
        .chars()
        .filter_map(ascii_letter)
        .collect();
    let language = match region {
        "central_africa" | "west_africa" => "fr",
        "latin_america" => "es",
        "europe" if i.is_multiple_of(2) => "nl",
        _ => "en",
    };
    // Shares near the network's own targets, with some who prefer not to say.
    let gender = match i % 20 {
        0 => "undisclosed",
        1 => "other",
        n if n.is_multiple_of(2) || n.is_multiple_of(7) => "woman",
        _ => "man",
    };
    let age_group = [
        "under_25",
        "25_34",
        "35_54",
        "55_plus",
        "25_34",
        "undisclosed",
    ][i % 6];
    Person {
        name: format!("{first} {last}"),
        email: format!("{local}.{i}@{}", DOMAINS[i % DOMAINS.len()]).to_lowercase(),
        organization: organization.to_string(),
        country: country.to_string(),
        language,
        gender,
        age_group,
    }
}

/// The address's local part keeps plain letters: "Ouédraogo" becomes "ouedraogo".
fn ascii_letter(c: char) -> Option<char> {
    let plain = match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'Á' => 'a',
        'é' | 'è' | 'ê' | 'ë' | 'É' => 'e',
        'í' | 'ï' | 'î' => 'i',
        'ó' | 'ô' | 'ö' => 'o',
        'ú' | 'ü' | 'û' => 'u',
        'ñ' => 'n',
        'ç' => 'c',
        '.' | '-' => c,
        c if c.is_ascii_alphabetic() => c,
        _ => return None,
    };
    Some(plain)
}

/// The demo's follow-up settings: the reporting fields and three feedback questions.
fn followups(ev: &event::Model) -> followup::Model {
    let questions = serde_json::json!([
        {"id": "overall", "kind": "rating", "label": {
            "en": "Overall, how useful was this event?", "fr": "Dans l'ensemble, cet événement vous a-t-il été utile ?",
            "es": "En general, ¿le resultó útil este evento?", "nl": "Hoe nuttig vond u dit evenement in het algemeen?"}},
        {"id": "format", "kind": "choice", "label": {
            "en": "Next time, the event should be", "fr": "La prochaine fois, l'événement devrait être",
            "es": "La próxima vez, el evento debería ser", "nl": "Volgende keer zou het evenement moeten zijn"},
         "options": [
            {"value": "longer", "label": {"en": "Longer", "fr": "Plus long", "es": "Más largo", "nl": "Langer"}},
            {"value": "same", "label": {"en": "The same", "fr": "Identique", "es": "Igual", "nl": "Hetzelfde"}},
            {"value": "shorter", "label": {"en": "Shorter", "fr": "Plus court", "es": "Más corto", "nl": "Korter"}}]},
        {"id": "learned", "kind": "text", "label": {
            "en": "What will you take back to your organisation?", "fr": "Que retiendrez-vous pour votre organisation ?",
            "es": "¿Qué llevará a su organización?", "nl": "Wat neemt u mee naar uw organisatie?"}}
    ]);
    followup::Model {
        event_id: ev.id,
        collect: Json(vec!["gender".into(), "age_group".into()]),
        feedback: serde_json::from_value(questions)
            .map(Json)
            .expect("the demo's feedback questions fit their type"),
        feedback_after_hours: Some(24),
        feedback_closes_at: Some(ev.ends_at + Duration::days(30)),
        feedback_anonymous: true,
        feedback_sent_at: Some(ev.ends_at + Duration::hours(24)),
    }
}

const LEARNED: &[&str] = &[
    "Les exemples de mutuelles de santé au Burundi.",
    "La experiencia de las cooperativas en Perú sobre la protección social de los trabajadores informales.",
    "How to bring the care agenda to our national social dialogue.",
    "Het belang van een gezamenlijk pleidooi op internationaal niveau.",
    "Des contacts avec d'autres syndicats d'Afrique de l'Ouest.",
];

/// One participant's answers, varied but reproducible.
fn feedback_answers(seed: usize) -> Json<BTreeMap<String, String>> {
    let rating = ["5", "4", "4", "5", "3", "4", "2", "5"][seed % 8];
    let format = ["same", "longer", "same", "shorter"][seed % 4];
    let mut answers = BTreeMap::from([
        ("overall".to_string(), rating.to_string()),
        ("format".to_string(), format.to_string()),
    ]);
    if seed.is_multiple_of(4) {
        answers.insert("learned".into(), LEARNED[(seed / 4) % LEARNED.len()].into());
    }
    Json(answers)
}

/// A participant report as Zoom exports it: a summary block, then one row per person.
fn zoom_report(ev: &event::Model, attended: &[&registration::Model]) -> String {
    let start = ev.starts_at;
    let minutes = (ev.ends_at - ev.starts_at).num_minutes().max(1);
    let stamp = |at: chrono::DateTime<chrono::Utc>| at.format("%m/%d/%Y %I:%M:%S %p").to_string();
    let mut csv = format!(
        "Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants\n\
         812 3456 7890,{},{},{},host@example.org,{minutes},{}\n\n\
         Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest\n",
        ev.slug,
        stamp(start),
        stamp(ev.ends_at),
        attended.len()
    );
    for (i, r) in attended.iter().enumerate() {
        // Most stay to the end; some join late or leave early.
        let late = i64::try_from(i % 4 * 10).unwrap_or(0).min(minutes - 1);
        let stayed = minutes - late;
        let joined = start + Duration::minutes(late);
        let _ = writeln!(
            csv,
            "{},{},{},{},{stayed},Yes",
            r.name.replace(',', " "),
            r.email,
            stamp(joined),
            stamp(joined + Duration::minutes(stayed)),
        );
    }
    csv
}

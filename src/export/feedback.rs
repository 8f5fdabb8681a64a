//! An event's feedback answers as CSV: one line per respondent, one column per question.
//!
//! With anonymous feedback the file has no name, address or time, and its lines are sorted by
//! their content rather than by arrival, so nothing in it leads back to a participant. Without,
//! each line starts with the registration's id, name and address (empty once the registration
//! is gone or erased).

use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};
use std::collections::HashMap;

use crate::db::{event, feedback, followup, registration};
use crate::error::AppError;

use super::neutralise;

/// The CSV bytes (UTF-8 with a byte-order mark, as the registration export).
pub async fn csv(db: &impl ConnectionTrait, ev: &event::Model) -> Result<Vec<u8>, AppError> {
    let row = followup::for_event(db, ev.id).await?;
    let questions = &row.feedback;
    let answers = feedback::for_event(db, ev.id).await?;
    let people = if row.feedback_anonymous {
        HashMap::new()
    } else {
        names(db, &answers).await?
    };
    let mut header: Vec<String> = if row.feedback_anonymous {
        vec!["language".into(), "region".into()]
    } else {
        [
            "registration_id",
            "name",
            "email",
            "submitted_at",
            "language",
            "region",
        ]
        .map(String::from)
        .to_vec()
    };
    header.extend(questions.iter().map(|q| q.id.clone()));
    let mut lines: Vec<Vec<String>> = answers
        .iter()
        .map(|a| {
            let given = &a.answers;
            let mut line = Vec::with_capacity(header.len());
            if !row.feedback_anonymous {
                let person = a.registration_id.and_then(|id| people.get(&id));
                line.push(
                    a.registration_id
                        .map(|id| id.to_string())
                        .unwrap_or_default(),
                );
                line.push(person.map(|p| p.name.clone()).unwrap_or_default());
                line.push(person.map(|p| p.email.clone()).unwrap_or_default());
                line.push(
                    a.submitted_at
                        .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
                );
            }
            line.push(a.language.to_string());
            line.push(a.region.clone());
            for q in questions.iter() {
                let answer = given.get(&q.id).map(String::as_str).unwrap_or_default();
                line.push(neutralise(answer).into_owned());
            }
            line
        })
        .collect();
    if row.feedback_anonymous {
        lines.sort();
    }
    let mut writer = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer("\u{feff}".as_bytes().to_vec());
    for line in std::iter::once(header).chain(lines) {
        writer.write_record(&line).map_err(anyhow::Error::from)?;
    }
    writer
        .into_inner()
        .map_err(|e| AppError::Internal(anyhow::anyhow!("{e}")))
}

/// The names and addresses of the registrations the answers are linked to, unless erased.
async fn names(
    db: &impl ConnectionTrait,
    answers: &[feedback::Model],
) -> Result<HashMap<i64, registration::Model>, DbErr> {
    let ids: Vec<i64> = answers.iter().filter_map(|a| a.registration_id).collect();
    let mut people = HashMap::new();
    for chunk in ids.chunks(500) {
        let found = registration::Entity::find()
            .filter(registration::Column::Id.is_in(chunk.to_vec()))
            .filter(registration::Column::AnonymisedAt.is_null())
            .all(db)
            .await?;
        people.extend(found.into_iter().map(|r| (r.id, r)));
    }
    Ok(people)
}

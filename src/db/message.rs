//! The `messages` table: messages organizers write to an event's registrants, and the
//! queries about them (due ones, delivery counts).

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Utc};
use sea_orm::entity::prelude::*;
use sea_orm::{ConnectionTrait, QueryOrder, QuerySelect};

use super::column::Json;
use crate::domain::{Audience, Lang, MessageStatus};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "messages")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub event_id: i64,
    pub audience: Audience,
    /// The subject per language.
    pub subject: Json<BTreeMap<Lang, String>>,
    /// The Markdown body per language.
    pub body: Json<BTreeMap<Lang, String>>,
    pub status: MessageStatus,
    pub send_at: Option<DateTime<Utc>>,
    pub sent_at: Option<DateTime<Utc>>,
    /// How many emails were queued when it went out.
    pub recipients: Option<i32>,
    pub created_by: Option<i64>,
    pub created_by_label: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

impl Model {
    /// The subjects of the languages it is written in.
    pub fn subjects(&self) -> BTreeMap<Lang, String> {
        written(&self.subject)
    }

    /// The bodies of the languages it is written in.
    pub fn bodies(&self) -> BTreeMap<Lang, String> {
        written(&self.body)
    }
}

/// The texts that say something: a language left blank is a language not written.
fn written(texts: &BTreeMap<Lang, String>) -> BTreeMap<Lang, String> {
    texts
        .iter()
        .filter(|(_, text)| !text.trim().is_empty())
        .map(|(lang, text)| (*lang, text.clone()))
        .collect()
}

/// An event's messages, newest first.
pub async fn for_event(db: &impl ConnectionTrait, event_id: i64) -> Result<Vec<Model>, DbErr> {
    Entity::find()
        .filter(Column::EventId.eq(event_id))
        .order_by_desc(Column::Id)
        .all(db)
        .await
}

/// Scheduled messages whose time has come.
pub async fn due(db: &impl ConnectionTrait, now: DateTime<Utc>) -> Result<Vec<Model>, DbErr> {
    Entity::find()
        .filter(Column::Status.eq(MessageStatus::Scheduled))
        .filter(Column::SendAt.lte(now))
        .order_by_asc(Column::SendAt)
        .all(db)
        .await
}

/// Moves a message from `from` to `sent`, unless another instance (or an earlier run) did it
/// first: the guarded update is what makes a message go once.
pub async fn claim_for_sending(
    db: &impl ConnectionTrait,
    id: i64,
    from: MessageStatus,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let done = Entity::update_many()
        .col_expr(Column::Status, Expr::value(MessageStatus::Sent))
        .col_expr(Column::SentAt, Expr::value(now))
        .col_expr(Column::UpdatedAt, Expr::value(now))
        .filter(Column::Id.eq(id))
        .filter(Column::Status.eq(from))
        .exec(db)
        .await?;
    Ok(done.rows_affected == 1)
}

/// Per outbox status (`queued`, `sent`, `failed`, …), how many of each message's emails.
pub async fn delivery_counts(
    db: &impl ConnectionTrait,
    message_ids: &[i64],
) -> Result<HashMap<i64, BTreeMap<String, i64>>, DbErr> {
    use super::outbox;
    if message_ids.is_empty() {
        return Ok(HashMap::new());
    }
    let rows: Vec<(Option<i64>, String, i64)> = outbox::Entity::find()
        .select_only()
        .column(outbox::Column::MessageRef)
        .column(outbox::Column::Status)
        .column_as(outbox::Column::Id.count(), "n")
        .filter(outbox::Column::MessageRef.is_in(message_ids.iter().copied()))
        .group_by(outbox::Column::MessageRef)
        .group_by(outbox::Column::Status)
        .into_tuple()
        .all(db)
        .await?;
    let mut out: HashMap<i64, BTreeMap<String, i64>> = HashMap::new();
    for (id, status, n) in rows {
        if let Some(id) = id {
            out.entry(id).or_default().insert(status, n);
        }
    }
    Ok(out)
}

/// Per registration, the messages it was sent (subject in the first language written, and
/// the email's outbox status), oldest first: the participant's history on the admin's
/// registration list.
pub async fn received_by(
    db: &impl ConnectionTrait,
    registration_ids: &[i64],
) -> Result<HashMap<i64, Vec<(String, String)>>, DbErr> {
    use super::outbox;
    if registration_ids.is_empty() {
        return Ok(HashMap::new());
    }
    let rows: Vec<(Option<i64>, Option<i64>, String)> = outbox::Entity::find()
        .select_only()
        .column(outbox::Column::RegistrationId)
        .column(outbox::Column::MessageRef)
        .column(outbox::Column::Status)
        .filter(outbox::Column::RegistrationId.is_in(registration_ids.iter().copied()))
        .filter(outbox::Column::MessageRef.is_not_null())
        .order_by_asc(outbox::Column::Id)
        .into_tuple()
        .all(db)
        .await?;
    let mut ids: Vec<i64> = rows.iter().filter_map(|(_, m, _)| *m).collect();
    ids.sort_unstable();
    ids.dedup();
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    let subjects: HashMap<i64, String> = Entity::find()
        .filter(Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|m| (m.id, m.subjects().into_values().next().unwrap_or_default()))
        .collect();
    let mut out: HashMap<i64, Vec<(String, String)>> = HashMap::new();
    for (reg, msg, status) in rows {
        if let (Some(reg), Some(subject)) = (reg, msg.and_then(|m| subjects.get(&m))) {
            out.entry(reg).or_default().push((subject.clone(), status));
        }
    }
    Ok(out)
}

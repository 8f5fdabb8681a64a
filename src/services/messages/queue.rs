//! A message going out: its audience worked out from the registrations as they are now, and
//! one outbox intent per recipient written in pages, so that ten thousand recipients take
//! one transaction and a few megabytes, never ten thousand rendered emails in memory.

use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect, Select, Set,
};

use crate::db::{event, message, outbox, registration};
use crate::domain::{Audience, MessageStatus};
use crate::services::audit::{self, Actor};
use crate::services::notify::Notice;
use crate::state::AppState;

use super::MessageError;

/// Recipients read and written per statement (well below both engines' parameter limits).
const PAGE: u64 = 500;

/// The registrations of `ev` in `audience`: never cancelled, expired or erased ones.
fn audience_query(ev: &event::Model, audience: Audience) -> Select<registration::Entity> {
    let statuses: Vec<&str> = audience.statuses().iter().map(|s| s.as_str()).collect();
    let mut query = registration::Entity::find()
        .filter(registration::Column::EventId.eq(ev.id))
        .filter(registration::Column::Status.is_in(statuses))
        .filter(registration::Column::AnonymisedAt.is_null());
    if let Some(attended) = audience.attended() {
        query = query.filter(registration::Column::Attended.eq(attended));
    }
    query
}

/// How many people `audience` reaches right now.
pub async fn audience_size(
    db: &impl ConnectionTrait,
    ev: &event::Model,
    audience: Audience,
) -> Result<u64, sea_orm::DbErr> {
    audience_query(ev, audience).count(db).await
}

/// The first `limit` people of `audience`, to preview a message as one of them would read it.
pub async fn audience_sample(
    db: &impl ConnectionTrait,
    ev: &event::Model,
    audience: Audience,
    limit: u64,
) -> Result<Vec<registration::Model>, sea_orm::DbErr> {
    audience_query(ev, audience)
        .order_by_asc(registration::Column::Id)
        .limit(limit)
        .all(db)
        .await
}

/// Sends `msg` inside the caller's transaction: claims it (from `from`, so that it goes once
/// whoever else tries), queues one intent per recipient, records the count, the change log
/// entry and the `message.sent` webhook.
pub(super) async fn go_out(
    db: &impl ConnectionTrait,
    state: &AppState,
    ev: &event::Model,
    msg: message::Model,
    from: MessageStatus,
    actor: &Actor,
) -> Result<message::Model, MessageError> {
    let now = state.now();
    if !message::claim_for_sending(db, msg.id, from, now).await? {
        return Err(MessageError::Settled);
    }
    let audience = msg.audience;
    let sender = state.mail_from.email.to_string();
    let host = state.host();
    let mut after = 0i64;
    let mut recipients: u64 = 0;
    loop {
        let page: Vec<(i64, String)> = audience_query(ev, audience)
            .select_only()
            .column(registration::Column::Id)
            .column(registration::Column::Email)
            .filter(registration::Column::Id.gt(after))
            .order_by_asc(registration::Column::Id)
            .limit(PAGE)
            .into_tuple()
            .all(db)
            .await?;
        let Some((last, _)) = page.last() else { break };
        after = *last;
        recipients += page.len() as u64;
        let rows = page.into_iter().map(|(id, email)| outbox::ActiveModel {
            message_id: Set(format!("<{}@{host}>", uuid::Uuid::new_v4())),
            event_id: Set(Some(ev.id)),
            registration_id: Set(Some(id)),
            kind: Set(Notice::Message.kind().to_string()),
            sender: Set(sender.clone()),
            recipient: Set(email),
            payload: Set(String::new()),
            status: Set("queued".into()),
            attempts: Set(0),
            next_attempt_at: Set(now),
            created_at: Set(now),
            sequence: Set(None),
            params: Set(None),
            message_ref: Set(Some(msg.id)),
            ..Default::default()
        });
        outbox::Entity::insert_many(rows)
            .exec_without_returning(db)
            .await?;
    }
    let count = i32::try_from(recipients).unwrap_or(i32::MAX);
    message::Entity::update_many()
        .col_expr(
            message::Column::Recipients,
            sea_orm::sea_query::Expr::value(count),
        )
        .filter(message::Column::Id.eq(msg.id))
        .exec(db)
        .await?;
    let msg = message::Model {
        status: MessageStatus::Sent,
        sent_at: Some(now),
        recipients: Some(count),
        updated_at: now,
        ..msg
    };
    audit::record(
        db,
        actor,
        ev.id,
        "message_sent",
        &super::describe(&msg),
        now,
    )
    .await?;
    crate::webhooks::payload::message_sent(
        db,
        state,
        ev,
        msg.id,
        msg.audience.as_str(),
        recipients,
    )
    .await?;
    Ok(msg)
}

/// The scheduler's job: sends every scheduled message whose time has come, each in its own
/// transaction. A message another instance sent first is skipped.
pub async fn send_due(state: &AppState) -> anyhow::Result<u32> {
    let mut sent = 0;
    for msg in message::due(&state.db, state.now()).await? {
        let Some(ev) = event::Entity::find_by_id(msg.event_id)
            .one(&state.db)
            .await?
        else {
            continue;
        };
        let txn = state.write().await?;
        let actor = Actor {
            organizer_id: msg.created_by,
            label: msg.created_by_label.clone(),
        };
        match go_out(&*txn, state, &ev, msg, MessageStatus::Scheduled, &actor).await {
            Ok(_) => {
                txn.commit().await?;
                sent += 1;
            }
            Err(MessageError::Settled) => {}
            Err(MessageError::App(e)) => return Err(anyhow::anyhow!(e)),
            Err(MessageError::Invalid(_)) => {}
        }
    }
    Ok(sent)
}

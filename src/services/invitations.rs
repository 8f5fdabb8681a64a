//! Invitations: the organizer picks members from the directory (all, a region, a country,
//! chosen organisations) or pastes addresses; each invitee gets, in their language, a
//! personal link that opens the event's form filled with what the directory knows. Invalid
//! pasted addresses are listed back and nothing goes until the organizer confirms the rest.
//! The emails are outbox rows written in the transaction that records the invitations.

use std::collections::BTreeMap;

use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
use serde::Deserialize;

use crate::db::{event, invitation, member, outbox, registration};
use crate::domain::{EmailAddress, Lang, RegistrationStatus};
use crate::error::AppError;
use crate::i18n::{Arg, format_range, t, t_args};
use crate::mail::{EmailContent, OutgoingEmail};
use crate::state::AppState;

use super::audit::{self, Actor};

/// Which members to invite: `"all"` or a list of organisation ids. Any other word is
/// refused when the request is read, rather than inviting nobody.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(untagged)]
pub enum MemberChoice {
    All(Everyone),
    Chosen(Vec<i64>),
}

/// The one word that means every member (narrowed by region or country when given).
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Everyone {
    All,
}

/// An invitation request, as the API and the admin form give it.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct InviteRequest {
    #[serde(default)]
    pub emails: Vec<String>,
    #[serde(default)]
    pub members: Option<MemberChoice>,
    /// Narrows the members to one region or one country.
    #[serde(default)]
    pub region: Option<String>,
    #[serde(default)]
    pub country: Option<String>,
    /// Sends to the valid addresses even when some pasted ones are not.
    #[serde(default)]
    pub confirm: bool,
}

/// What an invitation request did.
#[derive(Debug, Default, Clone, serde::Serialize)]
pub struct Outcome {
    pub invited: usize,
    /// Invited before: not sent again (a reminder does that).
    pub already: usize,
    /// Pasted addresses that cannot be used, with the reason.
    pub invalid: Vec<(String, String)>,
    /// Nothing was sent: some addresses were invalid and the request did not confirm.
    pub held: bool,
}

/// One person to invite.
#[derive(Debug, Clone)]
struct Invitee {
    email: EmailAddress,
    name: String,
    organization: String,
    country: String,
    lang: Lang,
    contact_id: Option<i64>,
}

/// The link that opens the form filled in for this invitation.
pub fn link(state: &AppState, ev: &event::Model, inv: &invitation::Model) -> String {
    let signature = state.secret.sign(&["invitation", &inv.id.to_string()]);
    format!(
        "{}/events/{}?invitation={}.{signature}",
        state.settings.base_url(),
        ev.slug,
        inv.id
    )
}

/// The invitation a link names, if its signature holds and it belongs to `ev`.
pub async fn from_link(
    state: &AppState,
    ev: &event::Model,
    value: &str,
) -> Result<Option<invitation::Model>, AppError> {
    let Some((id, signature)) = value.split_once('.') else {
        return Ok(None);
    };
    if !state.secret.verify(&["invitation", id], signature) {
        return Ok(None);
    }
    let Ok(id) = id.parse::<i64>() else {
        return Ok(None);
    };
    Ok(invitation::Entity::find_by_id(id)
        .one(&state.db)
        .await?
        .filter(|i| i.event_id == ev.id))
}

/// Notes that an invitee opened their link (the first time only).
pub async fn mark_opened(state: &AppState, inv: &invitation::Model) -> Result<(), AppError> {
    if inv.opened_at.is_some() {
        return Ok(());
    }
    let txn = state.write().await?;
    invitation::Entity::update_many()
        .col_expr(
            invitation::Column::OpenedAt,
            sea_orm::sea_query::Expr::value(state.now()),
        )
        .filter(invitation::Column::Id.eq(inv.id))
        .filter(invitation::Column::OpenedAt.is_null())
        .exec(&*txn)
        .await?;
    txn.commit().await?;
    Ok(())
}

async fn members_chosen(state: &AppState, req: &InviteRequest) -> Result<Vec<Invitee>, AppError> {
    let Some(choice) = &req.members else {
        return Ok(Vec::new());
    };
    let all = member::search(
        &state.db,
        "",
        req.region.as_deref().filter(|r| !r.is_empty()),
    )
    .await?;
    let country = req
        .country
        .as_deref()
        .filter(|c| !c.is_empty())
        .map(str::to_uppercase);
    Ok(all
        .into_iter()
        .filter(|m| match choice {
            MemberChoice::All(Everyone::All) => true,
            MemberChoice::Chosen(ids) => ids.contains(&m.organisation.id),
        })
        .filter(|m| {
            country
                .as_ref()
                .is_none_or(|c| &m.organisation.country == c)
        })
        .flat_map(|m| {
            m.contacts.into_iter().filter_map(move |c| {
                Some(Invitee {
                    email: EmailAddress::parse(&c.email)?,
                    name: c.name,
                    organization: m.organisation.name.clone(),
                    country: m.organisation.country.clone(),
                    lang: c.language,
                    contact_id: Some(c.id),
                })
            })
        })
        .collect())
}

/// Invites everyone the request names; see the module's description.
pub async fn invite(
    state: &AppState,
    ev: &event::Model,
    req: InviteRequest,
    actor: &Actor,
) -> Result<Outcome, AppError> {
    let mut outcome = Outcome::default();
    let mut invitees = members_chosen(state, &req).await?;
    for raw in req
        .emails
        .iter()
        .map(|e| e.trim())
        .filter(|e| !e.is_empty())
    {
        match EmailAddress::check(raw) {
            Ok(email) => invitees.push(Invitee {
                email,
                name: String::new(),
                organization: String::new(),
                country: String::new(),
                lang: ev.default_language,
                contact_id: None,
            }),
            Err(e) => outcome
                .invalid
                .push((raw.to_string(), t(Lang::En, e.message_key()))),
        }
    }
    if !outcome.invalid.is_empty() && !req.confirm {
        outcome.held = true;
        return Ok(outcome);
    }
    // One per address: the first mention wins (a directory contact before a pasted copy).
    let mut unique: BTreeMap<String, Invitee> = BTreeMap::new();
    for i in invitees {
        unique.entry(i.email.key()).or_insert(i);
    }
    let now = state.now();
    let txn = state.write().await?;
    for (key, who) in unique {
        if invitation::is_invited(&*txn, ev.id, &key).await? {
            outcome.already += 1;
            continue;
        }
        let inv = invitation::ActiveModel {
            event_id: Set(ev.id),
            email: Set(who.email.as_str().to_string()),
            email_key: Set(key),
            name: Set(who.name),
            organization: Set(who.organization),
            country: Set(who.country),
            language: Set(who.lang),
            contact_id: Set(who.contact_id),
            invited_at: Set(now),
            ..Default::default()
        }
        .insert(&*txn)
        .await?;
        queue_email(&*txn, state, ev, &inv, false).await?;
        outcome.invited += 1;
    }
    if outcome.invited > 0 {
        let detail = format!("{} invited", outcome.invited);
        audit::record(&*txn, actor, ev.id, "invitations_sent", &detail, now).await?;
    }
    txn.commit().await?;
    Ok(outcome)
}

/// Sends the invitation again to those who have not registered; returns how many.
pub async fn remind(state: &AppState, ev: &event::Model, actor: &Actor) -> Result<usize, AppError> {
    let views = list(state, ev).await?;
    let now = state.now();
    let txn = state.write().await?;
    let mut sent = 0;
    for view in views.into_iter().filter(|v| !v.registered) {
        queue_email(&*txn, state, ev, &view.invitation, true).await?;
        invitation::Entity::update_many()
            .col_expr(
                invitation::Column::RemindedAt,
                sea_orm::sea_query::Expr::value(now),
            )
            .filter(invitation::Column::Id.eq(view.invitation.id))
            .exec(&*txn)
            .await?;
        sent += 1;
    }
    if sent > 0 {
        let detail = format!("{sent} reminded");
        audit::record(&*txn, actor, ev.id, "invitations_reminded", &detail, now).await?;
    }
    txn.commit().await?;
    Ok(sent)
}

/// An invitation with whether its invitee has registered (and not cancelled).
#[derive(Debug, Clone)]
pub struct InvitationView {
    pub invitation: invitation::Model,
    pub registered: bool,
}

pub async fn list(state: &AppState, ev: &event::Model) -> Result<Vec<InvitationView>, AppError> {
    let invitations = invitation::for_event(&state.db, ev.id).await?;
    let active: Vec<String> = registration::Entity::find()
        .filter(registration::Column::EventId.eq(ev.id))
        .filter(registration::Column::Status.is_in([
            RegistrationStatus::Pending.as_str(),
            RegistrationStatus::Confirmed.as_str(),
            RegistrationStatus::Waitlisted.as_str(),
        ]))
        .all(&state.db)
        .await?
        .into_iter()
        .map(|r| r.email_key)
        .collect();
    Ok(invitations
        .into_iter()
        .map(|i| InvitationView {
            registered: active.contains(&i.email_key),
            invitation: i,
        })
        .collect())
}

/// Writes the invitation email as a finished message: it carries no participant's token, only
/// the invitation link, which opens a pre-filled form and nothing more.
async fn queue_email(
    db: &impl sea_orm::ConnectionTrait,
    state: &AppState,
    ev: &event::Model,
    inv: &invitation::Model,
    reminder: bool,
) -> Result<(), AppError> {
    let lang: Lang = inv.language;
    let title = ev.title_in(lang);
    let url = link(state, ev, inv);
    let site = &state.settings.branding;
    let key = if reminder {
        "invitation-reminder"
    } else {
        "invitation"
    };
    let with_event = |k: &str| t_args(lang, k, &[("event", Arg::Text(title.clone()))]);
    let content = EmailContent {
        lang: lang.code(),
        subject: with_event(&format!("{key}-subject")),
        greeting: match inv.name.as_str() {
            "" => t(lang, "invitation-greeting"),
            name => t_args(
                lang,
                "email-greeting",
                &[("name", Arg::Text(name.to_string()))],
            ),
        },
        paragraphs: vec![with_event(&format!("{key}-body"))],
        action: Some((t(lang, "invitation-action"), url)),
        details: vec![(
            t(lang, "when"),
            format_range(ev.starts_at, ev.ends_at, ev.tz(), lang),
        )],
        footer: t_args(
            lang,
            "invitation-footer",
            &[("site", Arg::Text(site.site_name.clone()))],
        ),
        site_name: site.site_name.clone(),
        primary_color: site.primary_color.clone(),
        ..Default::default()
    };
    let email = OutgoingEmail {
        kind: "invitation",
        to_name: inv.name.clone(),
        to_email: inv.email.clone(),
        content,
        invite: None,
        list: None,
    };
    let message_id = format!("<{}@{}>", uuid::Uuid::new_v4(), state.host());
    let bytes = crate::mail::compose::render(&email, &state.mail_from, &message_id)?;
    let now = state.now();
    outbox::queue_rendered(
        db,
        outbox::Rendered {
            message_id,
            event_id: Some(ev.id),
            kind: "invitation",
            sender: state.mail_from.email.to_string(),
            recipient: inv.email.clone(),
            bytes: &bytes,
        },
        now,
    )
    .await?;
    Ok(())
}

//! `/admin/webhooks`: the receivers an organizer may see, adding one (its secret shown once,
//! on the answer to the form), and each receiver's deliveries with their attempts, the body
//! sent, and "send again".

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect};
use serde::Deserialize;

use crate::db::{event, webhook};
use crate::error::AppError;
use crate::state::AppState;
use crate::web::{CsrfForm, TokenOnly, pairs};
use crate::webhooks::EventType;
use crate::webhooks::manage::{self, CreateError, DeliveryView, NewWebhook};

use super::super::PageCtx;
use super::super::pages::{Layout, render};
use super::auth::AdminUser;
use super::events::DoneQuery;
use super::view::{Nav, PageResult, frame, lang, stamp};

/// A receiver as the list shows it.
pub struct WebhookRow {
    pub id: i64,
    pub url: String,
    pub types: Vec<String>,
    /// The event's slug, or None for all events the owner manages.
    pub event: Option<String>,
    pub disabled: Option<String>,
    pub created: String,
}

#[derive(Template)]
#[template(path = "admin/webhooks.html")]
struct WebhooksPage {
    l: Layout,
    nav: Nav,
    webhooks: Vec<WebhookRow>,
    /// (slug, title) of the events the organizer may choose.
    events: Vec<(String, String)>,
    types: Vec<&'static str>,
    new_secret: Option<String>,
    /// The entered values and the messages of a refused form.
    url: String,
    chosen: Vec<String>,
    chosen_event: String,
    errors: Vec<(&'static str, String)>,
    csrf_token: String,
}

impl WebhooksPage {
    fn is_chosen(&self, kind: &str) -> bool {
        self.chosen.iter().any(|c| c == kind)
    }

    fn error(&self, field: &str) -> Option<&str> {
        self.errors
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, m)| m.as_str())
    }
}

async fn webhooks_page(
    state: &AppState,
    ctx: &PageCtx,
    user: &AdminUser,
) -> Result<WebhooksPage, AppError> {
    let lang = lang(ctx);
    let events: Vec<event::Model> = event::list_all(&state.db)
        .await?
        .into_iter()
        .filter(|ev| user.may_manage(ev))
        .collect();
    let slug_of = |id: i64| events.iter().find(|e| e.id == id).map(|e| e.slug.clone());
    let hooks = manage::visible(state, &user.user).await?;
    let (l, nav) = frame(
        state,
        ctx,
        user,
        crate::i18n::t(lang, "admin-webhooks"),
        "webhooks",
    );
    Ok(WebhooksPage {
        webhooks: hooks
            .into_iter()
            .map(|h| WebhookRow {
                id: h.id,
                types: h.types(),
                event: h
                    .event_id
                    .map(|id| slug_of(id).unwrap_or_else(|| format!("#{id}"))),
                disabled: h
                    .disabled_at
                    .map(|_| h.disabled_reason.clone().unwrap_or_default()),
                created: stamp(h.created_at),
                url: h.url,
            })
            .collect(),
        events: events
            .iter()
            .map(|ev| (ev.slug.clone(), ev.title_in(lang)))
            .collect(),
        types: EventType::ALL.iter().map(|t| t.as_str()).collect(),
        new_secret: None,
        url: String::new(),
        chosen: EventType::ALL
            .iter()
            .map(|t| t.as_str().to_string())
            .collect(),
        chosen_event: String::new(),
        errors: Vec::new(),
        csrf_token: ctx.csrf_token(state),
        l,
        nav,
    })
}

pub async fn list_webhooks(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: AdminUser,
) -> PageResult {
    let page = webhooks_page(&state, &ctx, &user).await?;
    Ok(render(&page))
}

/// Answers with the page itself, as the API tokens page does: the secret must not travel
/// in a URL, and it is shown this once.
pub async fn create_webhook(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: AdminUser,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> PageResult {
    let field = |name: &str| pairs::field(&pairs, name).to_string();
    let new = NewWebhook {
        url: field("url"),
        events: pairs::values(&pairs, "events")
            .map(str::to_string)
            .collect(),
        event: Some(field("event")).filter(|s| !s.is_empty()),
    };
    let mut page = webhooks_page(&state, &ctx, &user).await?;
    match manage::create(&state, &user.user, new.clone()).await {
        Ok(created) => {
            let mut page = webhooks_page(&state, &ctx, &user).await?;
            page.new_secret = Some(created.secret);
            Ok((StatusCode::CREATED, render(&page)).into_response())
        }
        Err(CreateError::Invalid(fields)) => {
            page.errors = fields
                .into_iter()
                .map(|(f, key)| (f, page.l.tr.t(key)))
                .collect();
            page.url = new.url;
            page.chosen = new.events;
            page.chosen_event = new.event.unwrap_or_default();
            Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)).into_response())
        }
        Err(CreateError::App(e)) => Err(e),
    }
}

#[derive(Template)]
#[template(path = "admin/webhook.html")]
struct WebhookPage {
    l: Layout,
    nav: Nav,
    hook: webhook::Model,
    deliveries: Vec<DeliveryRow>,
    done: Option<&'static str>,
    csrf_token: String,
}

/// A delivery as the receiver's page shows it.
pub struct DeliveryRow {
    pub id: i64,
    pub message_id: String,
    pub kind: String,
    pub status_key: String,
    pub created: String,
    pub body: String,
    /// (when, status code or error, milliseconds)
    pub attempts: Vec<(String, Option<i32>, Option<String>, i64)>,
}

impl From<DeliveryView> for DeliveryRow {
    fn from(view: DeliveryView) -> Self {
        let d = view.delivery;
        DeliveryRow {
            id: d.id,
            message_id: d.message_id,
            kind: d.event_type,
            status_key: format!("webhook-status-{}", d.status),
            created: stamp(d.created_at),
            body: d.payload,
            attempts: view
                .attempts
                .into_iter()
                .map(|a| (stamp(a.attempted_at), a.status_code, a.error, a.duration_ms))
                .collect(),
        }
    }
}

pub async fn show_webhook(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: AdminUser,
    Path(id): Path<i64>,
    Query(q): Query<DoneQuery>,
) -> PageResult {
    let lang = lang(&ctx);
    let hook = manage::find_visible(&state, &user.user, id).await?;
    let deliveries = manage::deliveries(&state, &hook, 100).await?;
    let (l, nav) = frame(
        &state,
        &ctx,
        &user,
        crate::i18n::t(lang, "admin-webhook-deliveries"),
        "webhooks",
    );
    let done = match q.done.as_deref() {
        Some("resent") => Some("admin-webhook-sent-again"),
        Some("enabled") => Some("admin-webhook-enabled"),
        _ => None,
    };
    Ok(render(&WebhookPage {
        l,
        nav,
        hook,
        deliveries: deliveries.into_iter().map(DeliveryRow::from).collect(),
        done,
        csrf_token: ctx.csrf_token(&state),
    }))
}

#[derive(Deserialize)]
pub struct ResendPath {
    id: i64,
    delivery: i64,
}

pub async fn send_again(
    State(state): State<AppState>,
    user: AdminUser,
    Path(p): Path<ResendPath>,
    CsrfForm(_form): CsrfForm<TokenOnly>,
) -> PageResult {
    let hook = manage::find_visible(&state, &user.user, p.id).await?;
    manage::send_again(&state, &hook, p.delivery).await?;
    Ok(Redirect::to(&format!("/admin/webhooks/{}?done=resent", hook.id)).into_response())
}

pub async fn enable_webhook(
    State(state): State<AppState>,
    user: AdminUser,
    Path(id): Path<i64>,
    CsrfForm(_form): CsrfForm<TokenOnly>,
) -> PageResult {
    let hook = manage::find_visible(&state, &user.user, id).await?;
    manage::enable(&state, &hook).await?;
    Ok(Redirect::to(&format!("/admin/webhooks/{id}?done=enabled")).into_response())
}

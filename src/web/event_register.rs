//! `POST /events/{slug}/register`: the registration form's post, on the event page or in
//! another site's frame, from the form token to the thanks page.

use std::collections::BTreeMap;

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

use crate::db::event;
use crate::domain::Lang;
use crate::error::{AppError, InLang, PageResult};
use crate::services::registration::{self, RegisterError};
use crate::state::AppState;

use super::PageCtx;
use super::event_page::event_page;
use super::fill_timer::{filled_in_time, started_token_for_second_post};
use super::form::RegistrationForm;
use super::pages::{Layout, render};
use super::visitor_zone;

/// The registration form's post. The zone chosen on it is remembered in a cookie, whatever
/// the outcome, so that the next pages show event times in it.
pub async fn register(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    ctx: PageCtx,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Response {
    let chosen_zone = pairs
        .iter()
        .find(|(k, _)| k == "time_zone")
        .and_then(|(_, v)| visitor_zone::parse(v));
    // Also a refusal (an error page) keeps the zone: hence the response, made here.
    let response = submit(state, slug, ctx, pairs, false).await.into_response();
    visitor_zone::remember(response, chosen_zone)
}

/// The form's submission, on the event page or in another site's frame (`embed`): the same
/// checks and registration, answered with the page it came from.
pub(super) async fn submit(
    state: AppState,
    slug: String,
    ctx: PageCtx,
    pairs: Vec<(String, String)>,
    embed: bool,
) -> PageResult {
    let public = super::public_event::published(&state, &slug).await?;
    let ev = public.ev.clone();
    let followup = &public.followup;
    let lang = ctx.lang(ev.default_language);
    let reporting = super::reporting_fields::Submitted::from_pairs(&pairs);
    let form = RegistrationForm::from_pairs(pairs, &ev);
    if !ctx.csrf_ok(&state, &form.csrf_token) {
        return Err(AppError::Csrf.in_lang(lang));
    }
    let thanks = match embed {
        true => super::embed::thanks_redirect(&slug, lang),
        false => Redirect::to(&format!("/events/{slug}/thanks")).into_response(),
    };
    // A filled honeypot is a bot: it is told it succeeded, so it does not learn to adapt.
    if !form.website.is_empty() {
        tracing::info!(event = %slug, "form post refused as automated");
        return Ok(thanks);
    }
    if form.add_delegate {
        // "Add another delegate" without JavaScript: the same form, one row more.
        let mut page = event_page(&state, &ctx, &ev, lang, form, BTreeMap::new());
        page.complete(&state, &ev).await;
        page.reporting = super::reporting_fields::fields(followup, lang, &reporting, &[]);
        return Ok(render(&page));
    }
    let in_time = filled_in_time(&state, &form.started);
    let invalid = reporting.invalid();
    let parsed = super::delegation_form::parse(&state, &ev, &form)
        .await
        .in_lang(lang)?;
    let (new, delegates) = match (in_time, parsed) {
        (true, Ok(checked)) if invalid.is_empty() => (checked.new, checked.delegates),
        (in_time, parsed) => {
            let mut errors = parsed.err().unwrap_or_default();
            for field in &invalid {
                errors.insert(field.to_string(), "reporting-invalid".into());
            }
            let mut page = event_page(&state, &ctx, &ev, lang, form, errors);
            page.complete(&state, &ev).await;
            page.l.embed = embed;
            page.reporting = super::reporting_fields::fields(followup, lang, &reporting, &invalid);
            if !in_time {
                // Autofill and returning visitors are quick too: ask once more, with a start
                // time that the second post passes.
                tracing::info!(event = %slug, "form post sooner than the fill timer");
                page.check_again = true;
                page.started = started_token_for_second_post(&state);
            }
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)).into_response());
        }
    };
    let addresses = std::iter::once(&new.email).chain(delegates.iter().map(|d| &d.email));
    if let Some(refused) = uninvited(&state, &ctx, &ev, lang, addresses)
        .await
        .in_lang(lang)?
    {
        return Ok(refused);
    }
    let email = new.email.as_str().to_string();
    // A repeat within minutes of the last email sends nothing: the page says when it can.
    let resend_at = registration::held_back_until(&state, &ev, &new.email)
        .await
        .in_lang(lang)?;
    let registered = if delegates.is_empty() {
        registration::register(&state, &ev, new).await
    } else {
        crate::services::delegation::register(&state, &ev, new, delegates).await
    };
    match registered {
        Ok(reg) => {
            // Optional answers: a failure to keep them does not undo the registration.
            if let Err(e) = reporting.save(&state, followup, reg.id).await {
                tracing::error!(error = %e, "reporting answers not stored");
            }
            if embed {
                return Ok(thanks);
            }
            Ok(super::thanks::after_registration(
                &state, &slug, &email, resend_at,
            ))
        }
        Err(RegisterError::Closed(closed)) => {
            let mut page = event_page(&state, &ctx, &ev, lang, form, BTreeMap::new());
            page.l.embed = embed;
            page.closed_key = Some(closed.message_key());
            Ok((StatusCode::CONFLICT, render(&page)).into_response())
        }
        Err(RegisterError::App(e)) => Err(e.in_lang(lang)),
    }
}

/// An invitation-only event refuses an address that was not invited (the person's own or a
/// delegate's): a page that says so, with the organizer's contact, and 403. Asked before
/// anything is written, so that a delegation is refused whole; the service holds the same
/// rule for every other path.
async fn uninvited(
    state: &AppState,
    ctx: &PageCtx,
    ev: &event::Model,
    lang: Lang,
    addresses: impl Iterator<Item = &crate::domain::EmailAddress>,
) -> Result<Option<Response>, AppError> {
    let mut all_invited = true;
    for email in addresses {
        all_invited &= registration::may_register(state, ev, email).await?;
    }
    if all_invited {
        return Ok(None);
    }
    let owner = match ev.owner_id {
        Some(id) => <crate::db::organizer::Entity as sea_orm::EntityTrait>::find_by_id(id)
            .one(&state.db)
            .await?
            .map(|o| o.email),
        None => None,
    };
    let contact = owner
        .filter(|e| !e.is_empty())
        .unwrap_or_else(|| state.settings.branding.contact_email.clone());
    let page = InviteOnlyPage {
        l: Layout::for_event(state, &ctx.path, ev, lang),
        title: ev.title_in(lang),
        contact,
    };
    Ok(Some((StatusCode::FORBIDDEN, render(&page)).into_response()))
}

#[derive(Template)]
#[template(path = "events/invite_only.html")]
struct InviteOnlyPage {
    l: Layout,
    title: String,
    contact: String,
}

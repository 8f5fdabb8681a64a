//! The check-in link of a registration (`/admin/checkin/{id}/{signature}`) and its QR code.
//!
//! The link is signed so that it cannot be guessed from an id, and it opens only for signed-in
//! organizers who may manage the event: a participant who forwards their email gives nothing away.

use axum::extract::{Path, State};
use axum::http::header;
use axum::response::IntoResponse;
use qrcode::QrCode;
use qrcode::render::svg;

use crate::error::{AppError, PageResult};
use crate::services::registration as service;
use crate::state::AppState;

/// The path of the check-in of registration `id`.
pub fn path(state: &AppState, id: i64) -> String {
    format!("/admin/checkin/{id}/{}", signature(state, id))
}

/// The full URL of the check-in, for the QR code.
pub fn url(state: &AppState, id: i64) -> String {
    format!("{}{}", state.settings.base_url(), path(state, id))
}

/// Whether `signature` is the one of registration `id`.
pub fn verify(state: &AppState, id: i64, signature: &str) -> bool {
    state
        .secret
        .verify(&["checkin", &id.to_string()], signature)
}

fn signature(state: &AppState, id: i64) -> String {
    state.secret.sign(&["checkin", &id.to_string()])
}

/// A QR code of `text` as SVG (no inline style: colours are attributes), or None when the
/// text does not fit a QR code.
pub fn qr_svg(text: &str) -> Option<String> {
    let code = QrCode::new(text.as_bytes()).ok()?;
    Some(
        code.render::<svg::Color<'_>>()
            .min_dimensions(200, 200)
            .quiet_zone(true)
            .build(),
    )
}

/// Whether a registration of this kind of event in this state gets a check-in code: confirmed,
/// and someone comes to a place.
pub fn offered(ev: &crate::db::event::Model, reg: &crate::db::registration::Model) -> bool {
    reg.status == crate::domain::RegistrationStatus::Confirmed
        && crate::services::follow::in_room(ev, reg)
}

/// `/r/{token}/qr.svg`: the participant's check-in code, for their page and their email.
pub async fn qr_image(State(state): State<AppState>, Path(token): Path<String>) -> PageResult {
    let (reg, ev) = service::by_token(&state, &token).await?;
    let svg = offered(&ev, &reg)
        .then(|| qr_svg(&url(&state, reg.id)))
        .flatten()
        .ok_or(AppError::NotFound)?;
    let headers = [
        (header::CONTENT_TYPE, "image/svg+xml"),
        (header::CACHE_CONTROL, "private, max-age=3600"),
    ];
    Ok((headers, svg).into_response())
}

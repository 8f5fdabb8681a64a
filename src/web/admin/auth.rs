//! Who is signed in: the session cookie, the `AdminUser` extractor and the roles' limits.

use std::net::SocketAddr;

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::Method;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Redirect, Response};

use crate::db::{event, organizer};
use crate::error::AppError;
use crate::services::audit::Actor;
use crate::services::sessions;
use crate::state::AppState;

use super::super::ctx::cookie;
use super::super::rate_limit::client_addr;

pub const SESSION_COOKIE: &str = "convene_session";

/// The signed-in organizer. Without a live session, a page asks to sign in first.
#[derive(Debug, Clone)]
pub struct AdminUser {
    pub user: organizer::Model,
    pub session_id: i64,
    /// The demo account (with its once-printed password) exists: every admin page says so.
    pub demo_account: bool,
}

impl AdminUser {
    pub fn is_admin(&self) -> bool {
        self.user.is_admin()
    }

    /// Admins manage every event; organizers the events they own.
    pub fn may_manage(&self, ev: &event::Model) -> bool {
        self.user.may_manage(ev)
    }

    pub fn actor(&self) -> Actor {
        Actor::organizer(&self.user)
    }
}

/// A signed-in admin; an organizer gets 403. The pages that only admins may use take it, so
/// that none of them can forget to ask.
pub struct SiteAdmin(pub AdminUser);

impl FromRequestParts<AppState> for SiteAdmin {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        let user = AdminUser::from_request_parts(parts, state).await?;
        if !user.is_admin() {
            return Err(AppError::Forbidden.into_response());
        }
        Ok(SiteAdmin(user))
    }
}

impl FromRequestParts<AppState> for AdminUser {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let value = cookie(parts, SESSION_COOKIE)
            .unwrap_or_default()
            .to_string();
        match sessions::current(state, &value).await {
            Ok(Some((session, user))) => {
                // While an admin requires two factors, an organizer without them can only set
                // them up (or sign out).
                let path = parts.uri.path();
                if user.totp_enabled_at.is_none()
                    && !path.starts_with("/admin/two-factor")
                    && path != "/admin/logout"
                    && crate::services::two_factor::required(&state.db)
                        .await
                        .unwrap_or(false)
                {
                    return Err(Redirect::to("/admin/two-factor").into_response());
                }
                let demo_account = organizer::find_demo(&state.db)
                    .await
                    .ok()
                    .flatten()
                    .is_some();
                Ok(AdminUser {
                    user,
                    session_id: session.id,
                    demo_account,
                })
            }
            Ok(None) => Err(Redirect::to(&login_url(parts)).into_response()),
            // Drawn in the visitor's language by `branded_errors`, like a handler's error.
            Err(e) => Err(AppError::from(e).into_response()),
        }
    }
}

/// The sign-in page, coming back here afterwards; only a page (GET) is worth coming back to.
fn login_url(parts: &Parts) -> String {
    if parts.method != Method::GET {
        return "/admin/login".into();
    }
    let here = parts
        .uri
        .path_and_query()
        .map(|pq| pq.as_str())
        .unwrap_or("/admin");
    let next: String = url::form_urlencoded::byte_serialize(here.as_bytes()).collect();
    format!("/admin/login?next={next}")
}

/// A place inside the admin to go after signing in; anything else (another site, a
/// scheme-relative `//host`, characters a `Location` header cannot carry) becomes the events
/// list.
pub fn safe_next(next: &str) -> &str {
    let inside = next.starts_with("/admin")
        && !next.starts_with("//")
        && !next.contains('\\')
        && next.bytes().all(|b| b.is_ascii_graphic());
    if inside { next } else { "/admin/events" }
}

/// The cookie that carries the session: never readable by scripts, not sent along with
/// other sites' form posts, and over HTTPS only when the site is served over HTTPS.
pub fn session_cookie(value: &str, secure: bool) -> String {
    let flags = if secure { "; Secure" } else { "" };
    format!("{SESSION_COOKIE}={value}; Path=/; HttpOnly; SameSite=Lax{flags}")
}

pub fn cleared_cookie(secure: bool) -> String {
    let flags = if secure { "; Secure" } else { "" };
    format!("{SESSION_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax{flags}")
}

/// The session cookie's value, empty when there is none.
pub struct SessionCookie(pub String);

impl<S: Send + Sync> FromRequestParts<S> for SessionCookie {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        Ok(SessionCookie(
            cookie(parts, SESSION_COOKIE)
                .unwrap_or_default()
                .to_string(),
        ))
    }
}

/// The address a request comes from, for the sign-in throttle.
pub struct ClientAddr(pub String);

impl FromRequestParts<AppState> for ClientAddr {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|ConnectInfo(addr)| *addr);
        // The same reading of the address as the rate limiter's, proxy header included.
        let addr = client_addr(
            &parts.headers,
            peer,
            &state.settings.trusted_proxy_header,
            &state.settings.trusted_proxies,
        );
        Ok(ClientAddr(
            addr.map(|ip| ip.to_string())
                .unwrap_or_else(|| "unknown".into()),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_stays_inside_the_admin() {
        assert_eq!(safe_next("/admin/events/x"), "/admin/events/x");
        for bad in [
            "https://evil.example",
            "//evil.example",
            "/\\evil",
            "/events",
            "/admin/events?q=é",
            "/admin/events\r\nSet-Cookie: x=y",
        ] {
            assert_eq!(safe_next(bad), "/admin/events", "{bad}");
        }
    }

    #[test]
    fn the_session_cookie_is_secure_on_https_only() {
        let plain = session_cookie("abc", false);
        assert_eq!(plain, "convene_session=abc; Path=/; HttpOnly; SameSite=Lax");
        assert!(session_cookie("abc", true).ends_with("; Secure"));
        assert!(cleared_cookie(true).contains("Max-Age=0"));
    }
}

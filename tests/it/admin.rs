//! The organizers' pages over real HTTP: sign-in and its throttle, roles, form tokens, every
//! action on events, registrations, accounts and tokens, and the API's own description.

mod account_status;
mod accounts;
mod attendance_pages;
mod events;
mod forms;
mod openapi;
mod overview;
mod registrations;
mod sign_in;
mod throttle;
mod two_factor;

use convene::services::accounts::{Role, add_user};

use super::helpers::{TestApp, Visitor};

/// The admin every test app starts with (see `spawn_app`).
pub const ADMIN: (&str, &str) = ("admin@example.org", "admin-password-1");

/// Posts the sign-in form as a browser would: page first, then the form with its token.
pub async fn login(v: &mut Visitor<'_>, email: &str, password: &str) -> reqwest::Response {
    v.submit(
        "/admin/login",
        "/admin/login",
        &[("email", email), ("password", password)],
    )
    .await
}

/// A visitor signed in as `who`.
pub async fn signed_in<'a>(app: &'a TestApp, who: (&str, &str)) -> Visitor<'a> {
    let mut v = app.visitor();
    let res = login(&mut v, who.0, who.1).await;
    assert_eq!(res.status(), 303, "sign-in of {}", who.0);
    v
}

/// Creates an organizer account (not an admin) and returns its credentials.
pub async fn organizer(app: &TestApp, email: &'static str) -> (&'static str, &'static str) {
    let password = "organizer-password-1";
    add_user(
        &app.state.db,
        email,
        Role::Organizer,
        password,
        chrono::Utc::now(),
    )
    .await
    .expect("organizer");
    (email, password)
}

/// Where a redirect points.
pub fn location(res: &reqwest::Response) -> String {
    res.headers()
        .get(reqwest::header::LOCATION)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string()
}

/// The fields a browser would post from the form with this `action`: inputs (checkboxes only
/// when checked, disabled ones never), the chosen option of each select, textareas.
pub fn form_fields(html: &str, action: &str) -> Vec<(String, String)> {
    let start = html
        .find(&format!("action=\"{action}\""))
        .unwrap_or_else(|| panic!("no form posting to {action}"));
    let form = &html[start..];
    let form = &form[..form.find("</form>").expect("end of form")];
    let attr = |tag: &str, name: &str| {
        let marker = format!(" {name}=\"");
        tag.find(&marker).map(|i| {
            let rest = &tag[i + marker.len()..];
            decode(&rest[..rest.find('"').unwrap_or(rest.len())])
        })
    };
    let mut fields = Vec::new();
    let mut rest = form;
    while let Some(i) = rest.find('<') {
        rest = &rest[i..];
        let tag_end = rest.find('>').unwrap_or(rest.len());
        let tag = &rest[..tag_end];
        if tag.starts_with("<input") && !tag.contains(" disabled") {
            let kind = attr(tag, "type").unwrap_or_default();
            if let Some(name) = attr(tag, "name")
                && (kind != "checkbox" || tag.contains(" checked"))
            {
                fields.push((name, attr(tag, "value").unwrap_or_default()));
            }
        } else if tag.starts_with("<select") {
            let name = attr(tag, "name").unwrap_or_default();
            let body = &rest[..rest.find("</select>").expect("end of select")];
            let options: Vec<&str> = body.split("<option").skip(1).collect();
            let chosen = options
                .iter()
                .find(|o| o.split('>').next().is_some_and(|t| t.contains(" selected")))
                .or(options.first());
            if let Some(option) = chosen {
                fields.push((name, attr(option, "value").unwrap_or_default()));
            }
        } else if tag.starts_with("<textarea") {
            let name = attr(tag, "name").unwrap_or_default();
            let body = &rest[tag_end + 1..];
            let text = &body[..body.find("</textarea>").expect("end of textarea")];
            fields.push((name, decode(text)));
        }
        rest = &rest[1..];
    }
    fields
}

/// Undoes HTML escaping: named entities and numeric ones such as `&#34;`.
fn decode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let Some(end) = rest.find(';') else { break };
        let entity = &rest[1..end];
        let decoded = match entity {
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "amp" => Some('&'),
            "apos" => Some('\''),
            _ => entity
                .strip_prefix("#x")
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .or_else(|| entity.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        };
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

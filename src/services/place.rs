//! Where an event happens, in full: the place's name with its street and city, and a map link,
//! for emails, invites and the participant's page alike.

use crate::db::event;
use crate::domain::{EventKind, Lang};
use crate::i18n::t;

/// "Maison de la Sécurité sociale, Haachtsesteenweg 579, 1030 Brussel" for a place people come
/// to: the translated place name and the venue's address, without saying the same thing twice.
/// A webinar's place is its translated location, or "Online".
pub fn full_place(ev: &event::Model, lang: Lang) -> String {
    let (text, _) = ev.text_in(lang);
    let name = text.location.trim();
    let address = ev.venue.as_deref().unwrap_or_default().trim();
    if ev.kind == EventKind::Webinar || address.is_empty() {
        return match name {
            "" if ev.kind.is_online() => t(lang, "online"),
            name => name.to_string(),
        };
    }
    if name.is_empty() || address.to_lowercase().contains(&name.to_lowercase()) {
        address.to_string()
    } else {
        format!("{name}, {address}")
    }
}

/// An OpenStreetMap search for the venue's address: no API key, no tracking, works on phones.
pub fn map_link(ev: &event::Model) -> Option<String> {
    let address = ev.venue.as_deref().unwrap_or_default().trim();
    (ev.kind != EventKind::Webinar && !address.is_empty()).then(|| {
        let query: String = url::form_urlencoded::byte_serialize(address.as_bytes()).collect();
        format!("https://www.openstreetmap.org/search?query={query}")
    })
}

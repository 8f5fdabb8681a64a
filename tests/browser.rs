//! End-to-end tests in a real browser: Debian's headless Chromium driven over WebDriver.
//! Without Chromium and chromedriver on the machine they are skipped with one line, except where
//! `CI` is set: there a missing browser fails them. `.ci/run` always installs both.
//! Screenshots of each step land in `tests/artifacts/`.
#![allow(dead_code)]

#[path = "browser/admin.rs"]
mod admin;
#[path = "browser/delegation.rs"]
mod delegation;
#[path = "browser/driver.rs"]
mod driver;
#[path = "browser/embed.rs"]
mod embed;
#[path = "browser/event_page.rs"]
mod event_page;
#[path = "browser/feedback.rs"]
mod feedback;
#[path = "it/helpers.rs"]
mod helpers;
#[path = "browser/hybrid.rs"]
mod hybrid;
#[path = "browser/messages.rs"]
mod messages;
#[path = "it/mime.rs"]
mod mime;
#[path = "browser/organizer.rs"]
mod organizer;
#[path = "browser/participant.rs"]
mod participant;
#[path = "it/smtp.rs"]
mod smtp;
#[path = "it/visitor.rs"]
mod visitor;
#[path = "browser/visitor_time.rs"]
mod visitor_time;

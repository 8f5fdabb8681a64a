//! Convene: event and webinar registration for a multilingual network.
//!
//! - [`domain`]: pure types and rules (languages, countries, addresses, statuses).
//! - [`db`]: the schema's entities and their queries, portable across SQLite and PostgreSQL.
//! - [`services`]: use cases (register, confirm, cancel, manage events), one transaction each.
//! - [`mail`]: composing emails and delivering them through the outbox.
//! - [`calendar`]: iCalendar invites, updates, cancellations and feeds.
//! - [`i18n`]: translations (Fluent), language negotiation, local date formats.
//! - [`export`]: registrations with attendance as CSV, XLSX and JSON, streamed.
//! - [`web`] and [`api`]: the HTML pages and the JSON API.
//! - [`webhooks`]: signed deliveries of changes to receivers organizers register.
//! - [`app`], [`cli`], [`config`], [`state`]: wiring it together.

pub mod api;
pub mod app;
pub mod backup;
pub mod calendar;
pub mod certificates;
pub mod cli;
pub mod clock;
pub mod config;
pub mod db;
pub mod demo;
pub mod domain;
pub mod error;
pub mod export;
pub mod i18n;
pub mod mail;
pub mod metrics;
pub mod security;
pub mod services;
pub mod state;
pub mod telemetry;
pub mod web;
pub mod webhooks;

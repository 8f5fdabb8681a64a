//! Database access: connecting, migrating, entities and the queries that belong to them.
//!
//! Every query takes `&impl ConnectionTrait`, so it runs inside or outside a transaction, and
//! every query runs on SQLite and PostgreSQL alike; where the two differ, one function hides it.

pub mod api_token;
pub mod attendance;
pub mod audit;
pub mod certificate;
pub mod column;
pub mod connect;
pub mod delegation;
pub mod event;
pub mod feedback;
pub mod feedback_request;
pub mod followup;
pub mod invitation;
mod lease;
pub mod login_attempt;
pub mod member;
pub mod message;
pub mod organizer;
pub mod outbox;
pub mod profile;
pub mod programme;
pub mod recovery_code;
pub mod region_target;
pub mod registration;
pub mod registration_list;
pub mod registration_search;
pub mod reminder;
pub mod session;
pub mod site_setting;
pub mod stats;
pub mod webhook;
pub mod webhook_delivery;

pub use connect::{Backend, backend, close, connect, is_unique_violation};

//! The integration tests: the real server, a real database, a real SMTP server on loopback.

mod helpers;
mod ical;
mod mime;
mod smtp;
mod visitor;

mod admin;
mod after;
mod api;
mod attendance;
mod calendar_files;
mod cancelled_writes;
mod capacity;
mod cli;
mod delegations;
mod demo_account;
mod email_flow;
mod event_page;
mod faults;
mod hostile;
mod instances;
mod languages;
mod lost_links;
mod operations;
mod outbox_batch;
mod outbox_intents;
mod participant_mail;
mod privacy;
mod process;
mod programmes;
mod rate_limit_default;
mod registration;
mod seat_and_state;

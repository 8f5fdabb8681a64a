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
mod capacity;
mod cli;
mod email_flow;
mod faults;
mod hostile;
mod instances;
mod languages;
mod operations;
mod privacy;
mod process;
mod registration;

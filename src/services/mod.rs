//! Use cases: what participants, organizers and the scheduler do, each in one transaction.

pub mod accounts;
pub mod attendance;
pub mod audit;
pub mod dashboard;
pub mod delegation;
pub mod event_admin;
pub mod event_owner;
pub mod feedback;
pub mod follow;
pub mod followups;
pub mod invites;
pub mod lost_link;
pub mod notify;
pub mod place;
pub mod privacy;
pub mod programme;
pub mod registration;
pub mod registration_admin;
pub mod reminders;
pub mod reporting;
pub mod scheduler;
pub mod seats;
pub mod sessions;
pub mod throttle;
pub mod two_factor;
pub mod uid_domain;

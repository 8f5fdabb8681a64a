//! After the event: certificates of attendance, feedback and the network's reporting.

mod certificates;
mod demo;
mod feedback;
mod feedback_editor;
mod feedback_mail;
mod reporting;

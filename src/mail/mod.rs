//! Email: composing typed messages, the transports that carry them, and the outbox worker.

pub mod compose;
pub mod intent;
pub mod outbox;
mod transport;

pub use compose::{EmailContent, OutgoingEmail};
pub use transport::{SendError, Transport};

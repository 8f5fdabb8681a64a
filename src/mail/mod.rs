//! Email: composing typed messages, the transports that carry them, and the outbox worker.

pub mod compose;
pub mod intent;
pub mod outbox;
pub mod qr_png;
mod transport;

pub use compose::{EmailContent, InlineImage, ListHeaders, OutgoingEmail};
pub use transport::{SendError, Transport};

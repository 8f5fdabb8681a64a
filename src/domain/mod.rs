//! Pure types and rules of Convene: no web, database, mail or template code lives here.

mod country;
mod email;
mod event;
mod language;
mod registration;
mod slug;
mod text;

pub use country::{CountryCode, countries_sorted, country_name};
pub use email::{EmailAddress, mask};
pub use event::{EventKind, EventStatus, Question, QuestionKind, QuestionOption, Translation};
pub use language::Lang;
pub use registration::RegistrationStatus;
pub use slug::EventSlug;
pub use text::{CleanText, TextError};

//! Pure types and rules of Convene: no web, database, mail or template code lives here.

mod attendance;
mod country;
mod date_range;
mod email;
mod event;
pub mod feedback;
mod filter;
mod language;
mod message;
pub mod programme;
mod region;
mod registration;
mod slug;
mod text;

pub use attendance::AttendanceMode;
pub use country::{CountryCode, countries_sorted, country_name};
pub use date_range::{DateRange, RangeQuery};
pub use email::{EmailAddress, EmailError, mask, mask_all};
pub use event::{
    EventKind, EventStatus, Question, QuestionKind, QuestionOption, Translation, Visibility,
};
pub use filter::{FilterQuery, RegistrationFilter};
pub use language::Lang;
pub use message::{Audience, MessageStatus};
pub use region::Region;
pub use registration::{InviteKind, RegistrationStatus};
pub use slug::EventSlug;
pub use text::{CleanText, TextError, is_forbidden};

//! Typed columns: enums, language lists and JSON documents kept in text columns, read into
//! their types once, when a row is loaded.
//!
//! The columns stay `TEXT` (no schema change, and both engines store them alike); what changes
//! is that a model's field is an `EventStatus` or a `Json<Vec<Question>>` rather than a
//! string parsed again at every use. A value its type does not know means the database was
//! edited outside Convene: loading that row fails with an error that names the row, the
//! column and the value, rather than reading as a silent default.

use std::fmt::Debug;
use std::ops::{Deref, DerefMut};

use sea_orm::sea_query::{ArrayType, ColumnType, Nullable, StringLen, ValueType, ValueTypeErr};
use sea_orm::{ColIdx, DbErr, QueryResult, TryGetError, TryGetable, Value};
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::domain::{
    AttendanceMode, Audience, EventKind, EventStatus, Lang, MessageStatus, RegistrationStatus,
    Visibility,
};

/// How a value is written to its text column and read back.
pub trait Text: Sized {
    /// What the value is, for the error about a value the type does not know.
    const WHAT: &'static str;
    fn to_text(&self) -> String;
    fn from_text(text: &str) -> Result<Self, String>;
}

/// Reads the text at `idx` as a `T`. A text that is not a `T` fails, naming the row by its
/// `id` where the query selected one.
fn read<T: Text, I: ColIdx>(res: &QueryResult, idx: I) -> Result<T, TryGetError> {
    let text = String::try_get_by(res, idx)?;
    T::from_text(&text).map_err(|why| {
        // Most tables are keyed by `id`; the after-event settings by their event's.
        let row = ["id", "event_id"]
            .into_iter()
            .find_map(|key| {
                let id = res.try_get_by::<i64, _>(key).ok()?;
                Some(format!("row with {key} {id}"))
            })
            .unwrap_or_else(|| "a row".to_string());
        TryGetError::DbErr(DbErr::Type(format!(
            "{row}: column {idx:?} holds {text:?}, which is not a known {}: {why}",
            T::WHAT
        )))
    })
}

/// Implements sea-orm's value traits for types that are `Text`, so that they can be a
/// model's field, an `ActiveValue` and a query's operand.
macro_rules! text_column {
    ($($t:ty),* $(,)?) => {$(
        impl From<$t> for Value {
            fn from(v: $t) -> Value {
                Value::String(Some(v.to_text()))
            }
        }

        impl TryGetable for $t {
            fn try_get_by<I: ColIdx>(res: &QueryResult, idx: I) -> Result<Self, TryGetError> {
                read(res, idx)
            }
        }

        impl ValueType for $t {
            fn try_from(v: Value) -> Result<Self, ValueTypeErr> {
                let text = <String as ValueType>::try_from(v)?;
                <$t as Text>::from_text(&text).map_err(|_| ValueTypeErr)
            }
            fn type_name() -> String {
                stringify!($t).to_string()
            }
            fn array_type() -> ArrayType {
                ArrayType::String
            }
            fn column_type() -> ColumnType {
                ColumnType::String(StringLen::None)
            }
        }

        impl Nullable for $t {
            fn null() -> Value {
                Value::String(None)
            }
        }

        impl sea_orm::IntoActiveValue<$t> for $t {
            fn into_active_value(self) -> sea_orm::ActiveValue<$t> {
                sea_orm::ActiveValue::Set(self)
            }
        }
    )*};
}

/// An enum stored by the name `as_str` gives it and read back by `FromStr`.
macro_rules! named_enum {
    ($($t:ty => $what:literal),* $(,)?) => {$(
        impl Text for $t {
            const WHAT: &'static str = $what;
            fn to_text(&self) -> String {
                self.as_str().to_string()
            }
            fn from_text(text: &str) -> Result<Self, String> {
                text.parse()
            }
        }
        text_column!($t);
    )*};
}

named_enum!(
    EventKind => "event kind",
    EventStatus => "event status",
    Visibility => "visibility",
    RegistrationStatus => "registration status",
    AttendanceMode => "attendance mode",
    Audience => "audience",
    MessageStatus => "message status",
);

impl Text for Lang {
    const WHAT: &'static str = "language";
    fn to_text(&self) -> String {
        self.code().to_string()
    }
    fn from_text(text: &str) -> Result<Self, String> {
        text.parse()
    }
}
text_column!(Lang);

/// Languages in their order, stored as codes separated by commas (`nl,fr,en`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Langs(pub Vec<Lang>);

impl Text for Langs {
    const WHAT: &'static str = "list of languages";
    fn to_text(&self) -> String {
        Lang::join(&self.0)
    }
    fn from_text(text: &str) -> Result<Self, String> {
        Lang::parse_list(text).map(Langs)
    }
}
text_column!(Langs);

impl Deref for Minutes {
    type Target = Vec<i64>;
    fn deref(&self) -> &Vec<i64> {
        &self.0
    }
}

impl Deref for Langs {
    type Target = Vec<Lang>;
    fn deref(&self) -> &Vec<Lang> {
        &self.0
    }
}

/// An IANA time zone, stored by its name (`Europe/Brussels`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Zone(pub chrono_tz::Tz);

impl Text for Zone {
    const WHAT: &'static str = "time zone";
    fn to_text(&self) -> String {
        self.0.name().to_string()
    }
    fn from_text(text: &str) -> Result<Self, String> {
        text.parse().map(Zone).map_err(|e| format!("{e}"))
    }
}
text_column!(Zone);

impl Serialize for Zone {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.0.name())
    }
}

impl std::fmt::Display for Zone {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0.name())
    }
}

/// Whole minutes in their order, stored separated by commas (`1440,60`): reminder offsets.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Minutes(pub Vec<i64>);

impl Text for Minutes {
    const WHAT: &'static str = "list of minutes";
    fn to_text(&self) -> String {
        let texts: Vec<String> = self.0.iter().map(i64::to_string).collect();
        texts.join(",")
    }
    fn from_text(text: &str) -> Result<Self, String> {
        text.split(',')
            .map(str::trim)
            .filter(|m| !m.is_empty())
            .map(|m| m.parse().map_err(|_| format!("{m:?} is not a number")))
            .collect::<Result<_, _>>()
            .map(Minutes)
    }
}
text_column!(Minutes);

/// A document stored as JSON text and parsed once, when its row is loaded.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Json<T>(pub T);

impl<T: Serialize + DeserializeOwned> Text for Json<T> {
    const WHAT: &'static str = "JSON document of its kind";
    fn to_text(&self) -> String {
        // Serialising maps, lists and plain structs cannot fail.
        serde_json::to_string(&self.0).unwrap_or_default()
    }
    fn from_text(text: &str) -> Result<Self, String> {
        serde_json::from_str(text)
            .map(Json)
            .map_err(|e| e.to_string())
    }
}

impl<T> Deref for Json<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T> DerefMut for Json<T> {
    fn deref_mut(&mut self) -> &mut T {
        &mut self.0
    }
}

impl<T: Serialize + DeserializeOwned> From<Json<T>> for Value {
    fn from(v: Json<T>) -> Value {
        Value::String(Some(v.to_text()))
    }
}

impl<T: Serialize + DeserializeOwned> TryGetable for Json<T> {
    fn try_get_by<I: ColIdx>(res: &QueryResult, idx: I) -> Result<Self, TryGetError> {
        read(res, idx)
    }
}

impl<T: Serialize + DeserializeOwned> ValueType for Json<T> {
    fn try_from(v: Value) -> Result<Self, ValueTypeErr> {
        let text = <String as ValueType>::try_from(v)?;
        Json::from_text(&text).map_err(|_| ValueTypeErr)
    }
    fn type_name() -> String {
        "Json".to_string()
    }
    fn array_type() -> ArrayType {
        ArrayType::String
    }
    fn column_type() -> ColumnType {
        ColumnType::Text
    }
}

impl<T> Nullable for Json<T> {
    fn null() -> Value {
        Value::String(None)
    }
}

impl<T: Serialize + DeserializeOwned> sea_orm::IntoActiveValue<Json<T>> for Json<T> {
    fn into_active_value(self) -> sea_orm::ActiveValue<Json<T>> {
        sea_orm::ActiveValue::Set(self)
    }
}

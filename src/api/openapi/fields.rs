//! The document's event schemas hold exactly the fields of the types the API reads and
//! writes: a field added to the event and left out of the document fails here.

use std::collections::BTreeSet;

use serde::de::{self, Deserialize, Deserializer, Visitor};

use super::document;
use crate::db::event;
use crate::services::event_admin::{EventInput, EventOut};

/// The field names a struct's `Deserialize` asks for: serde hands them to the deserializer
/// it is given, which here records them and stops.
fn input_fields<T: for<'de> Deserialize<'de>>() -> BTreeSet<String> {
    struct Names(Vec<&'static str>);

    struct Recorder<'a>(&'a mut Names);

    impl<'de> Deserializer<'de> for Recorder<'_> {
        type Error = de::value::Error;

        fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Self::Error> {
            Err(de::Error::custom("only structs are recorded"))
        }

        fn deserialize_struct<V: Visitor<'de>>(
            self,
            _name: &'static str,
            fields: &'static [&'static str],
            _visitor: V,
        ) -> Result<V::Value, Self::Error> {
            self.0.0.extend_from_slice(fields);
            Err(de::Error::custom("recorded"))
        }

        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes
            byte_buf option unit unit_struct newtype_struct seq tuple tuple_struct map enum
            identifier ignored_any
        }
    }

    let mut names = Names(Vec::new());
    let _ = T::deserialize(Recorder(&mut names));
    names.0.into_iter().map(str::to_string).collect()
}

fn documented(schema: &str) -> BTreeSet<String> {
    let doc = document("http://localhost");
    doc["components"]["schemas"][schema]["properties"]
        .as_object()
        .unwrap_or_else(|| panic!("no schema {schema}"))
        .keys()
        .cloned()
        .collect()
}

#[test]
fn the_recorder_sees_every_field_of_the_input() {
    let fields = input_fields::<EventInput>();
    // A sample of the fields, so that a recorder that records nothing cannot pass below.
    for name in [
        "slug",
        "capacity",
        "translations",
        "join_urls",
        "feedback_anonymous",
    ] {
        assert!(fields.contains(name), "{name} not recorded: {fields:?}");
    }
}

#[test]
fn every_field_the_api_takes_is_documented_and_no_other() {
    assert_eq!(input_fields::<EventInput>(), documented("EventInput"));
}

#[test]
fn every_field_the_api_returns_is_documented_and_no_other() {
    let none = crate::db::followup::Model::none(0);
    let out = EventOut::new(&event::Model::draft(chrono::Utc::now()), "", &[], &none);
    let returned: BTreeSet<String> = match serde_json::to_value(&out) {
        Ok(serde_json::Value::Object(map)) => map.keys().cloned().collect(),
        other => panic!("not an object: {other:?}"),
    };
    assert_eq!(returned, documented("Event"));
}

//! The OpenAPI 3.1 document of `/api/v1`, built from one list of operations, [`OPERATIONS`],
//! which the route check in the tests reads too: a route missing from either side fails it.

use serde_json::{Value, json};

/// What an operation takes in its body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input {
    None,
    NewEvent,
    EventChange,
    Attendance,
    Erasure,
}

/// What an operation answers with on success.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Output {
    Events,
    Event,
    CreatedEvent,
    Registrations,
    Csv,
    Xlsx,
    AttendanceResult,
    Erased,
}

#[derive(Debug, Clone, Copy)]
pub struct Operation {
    /// Lower case, as OpenAPI writes it.
    pub method: &'static str,
    /// The path as the router writes it; `{slug}` is the event's slug.
    pub path: &'static str,
    pub id: &'static str,
    pub summary: &'static str,
    pub description: &'static str,
    pub input: Input,
    pub output: Output,
    pub paged: bool,
}

const fn op(
    method: &'static str,
    path: &'static str,
    id: &'static str,
    summary: &'static str,
    description: &'static str,
    input: Input,
    output: Output,
) -> Operation {
    Operation {
        method,
        path,
        id,
        summary,
        description,
        input,
        output,
        paged: false,
    }
}

pub const OPERATIONS: [Operation; 10] = [
    op(
        "get",
        "/api/v1/events",
        "listEvents",
        "List events",
        "Every event the token's organizer manages (all events for an admin), soonest first.",
        Input::None,
        Output::Events,
    ),
    op(
        "post",
        "/api/v1/events",
        "createEvent",
        "Create an event",
        "Needs `slug`, `starts_at`, `ends_at`, `timezone` and a title in at least one language. \
         New events are drafts unless `status` says otherwise.",
        Input::NewEvent,
        Output::CreatedEvent,
    ),
    op(
        "get",
        "/api/v1/events/{slug}",
        "getEvent",
        "Read an event",
        "",
        Input::None,
        Output::Event,
    ),
    op(
        "patch",
        "/api/v1/events/{slug}",
        "updateEvent",
        "Change an event",
        "Changes only the fields given; `null` clears a nullable field. A change of time, place \
         or join link sends updated calendar invites to confirmed participants.",
        Input::EventChange,
        Output::Event,
    ),
    op(
        "post",
        "/api/v1/events/{slug}/cancel",
        "cancelEvent",
        "Cancel an event",
        "Cancels the event and sends calendar cancellations to everyone registered.",
        Input::None,
        Output::Event,
    ),
    Operation {
        paged: true,
        ..op(
            "get",
            "/api/v1/events/{slug}/registrations",
            "listRegistrations",
            "List registrations",
            "Oldest first, with each one's email delivery state.",
            Input::None,
            Output::Registrations,
        )
    },
    op(
        "get",
        "/api/v1/events/{slug}/registrations.csv",
        "exportCsv",
        "Attendance export (CSV)",
        "UTF-8 with a byte-order mark. Columns: id, name, email, organization, country, language, \
         status, registered_at, confirmed_at, attended, attended_minutes, then one per custom \
         question. Times in UTC (RFC 3339); cells that could start a formula are neutralised.",
        Input::None,
        Output::Csv,
    ),
    op(
        "get",
        "/api/v1/events/{slug}/registrations.xlsx",
        "exportXlsx",
        "Attendance export (XLSX)",
        "The same columns as the CSV export, as a spreadsheet.",
        Input::None,
        Output::Xlsx,
    ),
    op(
        "post",
        "/api/v1/events/{slug}/attendance",
        "markAttendance",
        "Mark attendance",
        "Either JSON `{\"emails\": [...]}` or the raw CSV participant report of a webinar \
         platform (Zoom: `Name (Original Name), User Email, Join Time, Leave Time, Duration \
         (Minutes), Guest`). Matching is by email, letter case ignored; several rows of one \
         person add up their minutes.",
        Input::Attendance,
        Output::AttendanceResult,
    ),
    op(
        "post",
        "/api/v1/erasure",
        "erasePerson",
        "Erase a person from every event",
        "Administrators only: deletes every registration of this address, in all events.",
        Input::Erasure,
        Output::Erased,
    ),
];

/// The whole document; `base_url` is the server the examples point at.
pub fn document(base_url: &str) -> Value {
    let mut paths = serde_json::Map::new();
    for operation in &OPERATIONS {
        let entry = paths
            .entry(operation.path.to_string())
            .or_insert_with(|| json!({}));
        entry[operation.method] = operation_object(operation);
    }
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "Convene API",
            "version": env!("CARGO_PKG_VERSION"),
            "description": "Events and their registrations, for organizers' scripts. Every \
                request carries `Authorization: Bearer <token>`; tokens come from `convene token \
                create` or the admin's API tokens page. Errors are \
                `{\"error\": {\"code\", \"message\"}}` with a fitting status."
        },
        "servers": [{"url": base_url}],
        "security": [{"bearer": []}],
        "paths": paths,
        "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
            "schemas": schemas::all(),
        }
    })
}

fn operation_object(operation: &Operation) -> Value {
    let mut parameters = Vec::new();
    if operation.path.contains("{slug}") {
        parameters.push(json!({"name": "slug", "in": "path", "required": true,
            "description": "The event's slug.", "schema": {"type": "string"}}));
    }
    if operation.paged {
        parameters.push(json!({"name": "page", "in": "query",
            "schema": {"type": "integer", "minimum": 1, "default": 1}}));
        parameters.push(json!({"name": "per_page", "in": "query",
            "schema": {"type": "integer", "minimum": 1, "maximum": 1000, "default": 100}}));
    }
    let mut object = json!({
        "operationId": operation.id,
        "summary": operation.summary,
        "parameters": parameters,
        "responses": responses(operation),
    });
    if !operation.description.is_empty() {
        object["description"] = json!(operation.description);
    }
    let body = match operation.input {
        Input::None => None,
        Input::NewEvent => Some(json!({"application/json": {"schema": schema_ref("EventInput")}})),
        Input::EventChange => {
            Some(json!({"application/json": {"schema": schema_ref("EventInput")}}))
        }
        Input::Erasure => Some(json!({"application/json": {"schema": schema_ref("ErasureInput")}})),
        Input::Attendance => Some(json!({
            "application/json": {"schema": schema_ref("AttendanceInput")},
            "text/csv": {"schema": {"type": "string"}}
        })),
    };
    if let Some(content) = body {
        object["requestBody"] = json!({"required": true, "content": content});
    }
    object
}

fn responses(operation: &Operation) -> Value {
    let json_of = |schema: Value| json!({"application/json": {"schema": schema}});
    let (status, description, content) = match operation.output {
        Output::Events => (
            "200",
            "The events.",
            json_of(json!({"type": "array", "items": schema_ref("Event")})),
        ),
        Output::Event => ("200", "The event.", json_of(schema_ref("Event"))),
        Output::CreatedEvent => ("201", "The new event.", json_of(schema_ref("Event"))),
        Output::Registrations => (
            "200",
            "One page of registrations.",
            json_of(schema_ref("RegistrationPage")),
        ),
        Output::Csv => (
            "200",
            "The export.",
            json!({"text/csv": {"schema": {"type": "string"}}}),
        ),
        Output::Xlsx => (
            "200",
            "The export.",
            json!({"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet":
                {"schema": {"type": "string", "contentEncoding": "binary"}}}),
        ),
        Output::Erased => (
            "200",
            "How many registrations were erased.",
            json_of(schema_ref("ErasureResult")),
        ),
        Output::AttendanceResult => (
            "200",
            "What was matched.",
            json_of(schema_ref("AttendanceResult")),
        ),
    };
    let error = |description: &str| json!({"description": description, "content": json_of(schema_ref("Error"))});
    let mut all = json!({
        status: {"description": description, "content": content},
        "401": error("No valid Bearer token."),
    });
    if operation.path.contains("{slug}") {
        all["404"] = error("No such event, or not one this token's organizer manages.");
    }
    if operation.input != Input::None {
        all["400"] = error("The body is not valid JSON (or CSV).");
        all["422"] = error("A field is wrong; `error.fields` names each one.");
    }
    if operation.input == Input::Erasure {
        all["403"] = error("The token's organizer is not an administrator.");
    }
    if operation.input == Input::NewEvent {
        all["409"] = error("An event with this slug exists already.");
    }
    all
}

pub(crate) fn schema_ref(name: &str) -> Value {
    json!({"$ref": format!("#/components/schemas/{name}")})
}

mod schemas;
#[cfg(test)]
mod tests;

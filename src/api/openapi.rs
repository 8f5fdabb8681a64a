//! The OpenAPI 3.1 document of `/api/v1`, built from one list of operations, [`OPERATIONS`],
//! which the route check in the tests reads too: a route missing from either side fails it.

use serde_json::{Value, json};

/// What an operation takes in its body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input {
    None,
    NewEvent,
    EventChange,
    NextMeeting,
    Attendance,
    SessionAttendance,
    Erasure,
    Webhook,
    Message,
    FollowUp,
    Invitations,
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
    SessionAttendanceResult,
    Erased,
    JsonExport,
    Dashboard,
    CreatedWebhook,
    Webhooks,
    Deliveries,
    Accepted,
    Feedback,
    Zip,
    Messages,
    Message,
    CreatedMessage,
    FollowUps,
    Members,
    InvitationResult,
    Invitations,
    Reminded,
}

/// What an operation reads from its query string.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Query {
    None,
    /// `page` and `per_page`.
    Page,
    /// The registration list's filters: `status`, `language`, `country`, `attended`, `q`.
    Filters,
    /// `from` and `to`: days (UTC) the events start within, both included.
    DateRange,
    /// `q` and `region`.
    Members,
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
    pub query: Query,
}

pub(crate) const fn op(
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
        query: Query::None,
    }
}

pub use operations::OPERATIONS;

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
    if operation.path.contains("{id}") {
        parameters.push(json!({"name": "id", "in": "path", "required": true,
            "description": "The webhook's id.", "schema": {"type": "integer"}}));
    }
    if operation.path.contains("{message}") {
        parameters.push(json!({"name": "message", "in": "path", "required": true,
            "description": "The message's id.", "schema": {"type": "integer"}}));
    }
    if operation.path.contains("{key}") {
        parameters.push(json!({"name": "key", "in": "path", "required": true,
            "description": "The session's key in the event's programme.",
            "schema": {"type": "string"}}));
    }
    if operation.path.contains("{delivery}") {
        parameters.push(json!({"name": "delivery", "in": "path", "required": true,
            "description": "The delivery's id.", "schema": {"type": "integer"}}));
    }
    match operation.query {
        Query::None => {}
        Query::Page => {
            parameters.push(json!({"name": "page", "in": "query",
                "schema": {"type": "integer", "minimum": 1, "default": 1}}));
            parameters.push(json!({"name": "per_page", "in": "query",
                "schema": {"type": "integer", "minimum": 1, "maximum": 1000, "default": 100}}));
        }
        Query::Filters => parameters.extend(filters()),
        Query::Members => {
            parameters.push(json!({"name": "q", "in": "query",
                "description": "Part of an organisation's name, a country code, a contact's \
                name or address, letter case ignored.", "schema": {"type": "string"}}));
            parameters.push(json!({"name": "region", "in": "query",
                "schema": {"type": "string", "enum": crate::domain::Region::ALL.map(|r| r.as_str())}}));
        }
        Query::DateRange => {
            for (name, description) in [
                ("from", "Events starting on or after this day (UTC)."),
                ("to", "Events starting on or before this day (UTC)."),
            ] {
                parameters.push(
                    json!({"name": name, "in": "query", "description": description,
                    "schema": {"type": "string", "format": "date"}}),
                );
            }
        }
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
        Input::NextMeeting => {
            Some(json!({"application/json": {"schema": schema_ref("NextMeetingInput")}}))
        }
        Input::Erasure => Some(json!({"application/json": {"schema": schema_ref("ErasureInput")}})),
        Input::Webhook => Some(json!({"application/json": {"schema": schema_ref("WebhookInput")}})),
        Input::Message => Some(json!({"application/json": {"schema": schema_ref("MessageInput")}})),
        Input::Invitations => Some(json!({"application/json": {"schema": {"type": "object",
            "properties": {
                "emails": {"type": "array", "items": {"type": "string"}},
                "members": {"oneOf": [{"const": "all"}, {"type": "array", "items": {"type": "integer"}}]},
                "region": {"type": "string"}, "country": {"type": "string"},
                "confirm": {"type": "boolean", "default": false}}}}})),
        Input::FollowUp => {
            Some(json!({"application/json": {"schema": schema_ref("FollowUpInput")}}))
        }
        Input::SessionAttendance => {
            Some(json!({"application/json": {"schema": schema_ref("AttendanceInput")}}))
        }
        Input::Attendance => Some(json!({
            "application/json": {"schema": schema_ref("AttendanceInput")},
            "text/csv": {"schema": {"type": "string"}},
            "multipart/form-data": {"schema": {"type": "object", "required": ["file"],
                "properties": {"file": {"type": "string", "contentEncoding": "binary"}}}}
        })),
    };
    if let Some(content) = body {
        object["requestBody"] = json!({"required": true, "content": content});
    }
    object
}

/// The registration list's filters, as the exports take them.
fn filters() -> Vec<Value> {
    let param = |name: &str, description: &str, schema: Value| json!({"name": name, "in": "query", "description": description, "schema": schema});
    vec![
        param(
            "status",
            "One state or several, comma-separated.",
            json!({"type": "string", "examples": ["confirmed", "confirmed,waitlisted"]}),
        ),
        param(
            "language",
            "",
            json!({"type": "string", "enum": crate::domain::Lang::ALL.map(|l| l.code())}),
        ),
        param("country", "ISO 3166-1 alpha-2.", json!({"type": "string"})),
        param(
            "attended",
            "",
            json!({"type": "string", "enum": ["true", "false"]}),
        ),
        param(
            "q",
            "Part of a name, address or organisation, letter case ignored.",
            json!({"type": "string", "maxLength": 200}),
        ),
    ]
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
        Output::JsonExport => (
            "200",
            "The export.",
            json_of(json!({"type": "array", "items": schema_ref("ExportRow")})),
        ),
        Output::Dashboard => ("200", "The numbers.", json_of(schema_ref("Dashboard"))),
        Output::CreatedWebhook => (
            "201",
            "The new webhook's id and its signing secret, shown this once.",
            json_of(schema_ref("CreatedWebhook")),
        ),
        Output::Webhooks => (
            "200",
            "The webhooks.",
            json_of(json!({"type": "object", "properties": {
                "items": {"type": "array", "items": schema_ref("Webhook")}}})),
        ),
        Output::Deliveries => (
            "200",
            "The webhook and its newest deliveries (up to 200), newest first.",
            json_of(schema_ref("Deliveries")),
        ),
        Output::Accepted => ("202", "Queued again.", json!({})),
        Output::Zip => (
            "200",
            "One PDF per attendee.",
            json!({"application/zip": {"schema": {"type": "string", "contentEncoding": "binary"}}}),
        ),
        Output::Feedback => (
            "200",
            "The results.",
            json_of(schema_ref("FeedbackResults")),
        ),
        Output::Messages | Output::FollowUps => (
            if operation.output == Output::FollowUps {
                "201"
            } else {
                "200"
            },
            "The messages.",
            json_of(json!({"type": "object", "properties": {
                "items": {"type": "array", "items": schema_ref("Message")}}})),
        ),
        Output::Message => ("200", "The message.", json_of(schema_ref("Message"))),
        Output::InvitationResult => (
            "201",
            "How many were invited, how many had been before, and the invalid addresses left out.",
            json_of(json!({"type": "object", "properties": {
                "invited": {"type": "integer"}, "already": {"type": "integer"},
                "invalid": {"type": "array", "items": {"type": "object", "properties": {
                    "email": {"type": "string"}, "reason": {"type": "string"}}}}}})),
        ),
        Output::Invitations => (
            "200",
            "The invitees.",
            json_of(
                json!({"type": "object", "properties": {"items": {"type": "array",
                "items": {"type": "object", "properties": {
                    "id": {"type": "integer"}, "email": {"type": "string"},
                    "name": {"type": "string"}, "organization": {"type": "string"},
                    "country": {"type": "string"}, "language": {"type": "string"},
                    "invited_at": {"type": "string", "format": "date-time"},
                    "reminded_at": {"type": ["string", "null"], "format": "date-time"},
                    "opened_at": {"type": ["string", "null"], "format": "date-time"},
                    "registered": {"type": "boolean"}}}}}}),
            ),
        ),
        Output::Reminded => (
            "200",
            "How many were reminded.",
            json_of(json!({"type": "object", "properties": {"reminded": {"type": "integer"}}})),
        ),
        Output::Members => (
            "200",
            "The organisations.",
            json_of(json!({"type": "object", "properties": {
                "items": {"type": "array", "items": schema_ref("Member")}}})),
        ),
        Output::CreatedMessage => (
            "201",
            "The new message: `id`, `audience`, `recipients`, `status` and the rest.",
            json_of(schema_ref("Message")),
        ),
        Output::SessionAttendanceResult => (
            "200",
            "Who was marked.",
            json_of(schema_ref("SessionAttendanceResult")),
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
    if operation.path.contains("{id}") {
        all["404"] = error("No such webhook, or not one this token's organizer may see.");
    }
    if operation.input != Input::None {
        all["400"] = error("The body is not valid JSON (or CSV).");
        all["422"] = error("A field is wrong; `error.fields` names each one.");
    }
    if operation.query == Query::Filters {
        all["422"] = error("A filter is wrong; `error.fields` names it.");
    }
    if operation.query == Query::DateRange {
        all["422"] = error("A day is not `YYYY-MM-DD`; `error.fields` names it.");
    }
    if operation.input == Input::Attendance {
        all["413"] = error("The report is larger than 10 MiB.");
        all["422"] = error("The list or the report cannot be read (`invalid_report`).");
    }
    if operation.input == Input::Erasure {
        all["403"] = error("The token's organizer is not an administrator.");
    }
    if matches!(operation.input, Input::NewEvent | Input::NextMeeting) {
        all["409"] = error("An event with this slug exists already.");
    }
    if operation.path.contains("{message}") {
        all["404"] = error("No such event or message, or not one this token's organizer manages.");
        all["409"] = error("The message was sent or withdrawn already (`message_settled`).");
    }
    if operation.output == Output::Zip {
        all["409"] = error("The event has not ended yet.");
    }
    all
}

pub(crate) fn schema_ref(name: &str) -> Value {
    json!({"$ref": format!("#/components/schemas/{name}")})
}

#[cfg(test)]
mod fields;
mod operations;
mod schemas;
#[cfg(test)]
mod tests;

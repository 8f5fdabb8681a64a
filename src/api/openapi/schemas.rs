//! The named schemas of the OpenAPI document: the event, the registration, errors, inputs.

use serde_json::{Value, json};

use super::schema_ref;

fn nullable(kind: &str) -> Value {
    json!({"type": [kind, "null"]})
}

/// Every named schema the operations refer to.
pub fn all() -> Value {
    let time = json!({"type": "string", "format": "date-time"});
    let nullable_time = json!({"type": ["string", "null"], "format": "date-time"});
    let lang = json!({"type": "string", "enum": crate::domain::Lang::ALL.map(|l| l.code())});
    let breakdown = json!({"type": "array", "items": {"type": "object", "properties": {
        "key": {"type": "string"}, "registered": {"type": "integer"},
        "attended": {"type": "integer"}}}});
    let small_count = json!({"oneOf": [{"type": "integer"}, {"const": "fewer_than_5"}]});
    let small_share = json!({"oneOf": [{"type": "number", "description": "Percent."},
        {"const": "fewer_than_5"}, {"type": "null"}]});
    // Its own value: inside the schemas' object it would pass `json!`'s recursion limit.
    let session_counts = json!({"type": "array", "description": "An event's programme, session \
                    by session (empty across events). `confirmed`, `pending` and `waitlisted` \
                    count the choices in each state; `attended` those marked present.",
                    "items": {"type": "object", "properties": {
                        "key": {"type": "string"}, "title": {"type": "string"},
                        "capacity": {"type": ["integer", "null"]},
                        "seats_taken": {"type": "integer"},
                        "confirmed": {"type": "integer"}, "pending": {"type": "integer"},
                        "waitlisted": {"type": "integer"}, "attended": {"type": "integer"}}}});
    let labels = json!({"type": "object", "propertyNames": lang.clone(),
        "additionalProperties": {"type": "string"}});
    let mut event_fields = json!({
        "slug": {"type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$", "maxLength": 80},
        "kind": {"type": "string", "enum": ["webinar", "in_person", "hybrid"]},
        "status": {"type": "string", "enum": ["draft", "published", "cancelled"]},
        "timezone": {"type": "string", "description": "IANA name, e.g. Europe/Brussels."},
        "starts_at": time.clone(),
        "ends_at": time.clone(),
        "capacity": {"type": ["integer", "null"], "minimum": 1,
            "description": "null: unlimited."},
        "registration_opens_at": nullable_time.clone(),
        "registration_closes_at": {"type": ["string", "null"], "format": "date-time",
            "description": "null: open until the start."},
        "default_language": lang.clone(),
        "languages": {"type": "array", "items": lang.clone()},
        "translations": {"type": "object", "propertyNames": lang.clone(),
            "additionalProperties": schema_ref("Translation")},
        "join_url": {"type": ["string", "null"], "format": "uri",
            "description": "Webinars; only ever shown to registrants."},
        "venue": nullable("string"),
        "require_email_confirmation": {"type": "boolean", "default": true},
        "waitlist": {"type": "boolean", "description": "Default true when a capacity is set."},
        "pending_holds_seat": {"type": "boolean", "default": true},
        "questions": {"type": "array", "items": schema_ref("Question")},
        "retention_months": {"type": ["integer", "null"], "minimum": 1, "maximum": 120,
            "description": "Months after the event before personal data is anonymised; \
                null: the site's default."},
        "reminders": {"type": "array", "items": {"type": "integer", "minimum": 0},
            "description": "Minutes before the start at which reminders go out."},
        "collect": {"type": "array", "items": {"type": "string", "enum": ["gender", "age_group"]},
            "description": "Optional reporting fields the form asks (each with \"I prefer not \
                to say\")."},
        "feedback": {"type": "array", "description": "Feedback questions, shaped like \
            `questions`, with the kind `rating` (1–5) beside `choice` and `text`.",
            "items": {"type": "object", "properties": {
                "id": {"type": "string"},
                "kind": {"type": "string", "enum": ["rating", "choice", "text"]},
                "label": labels.clone(),
                "options": {"type": "array", "items": {"type": "object", "properties": {
                    "value": {"type": "string"}, "label": labels.clone()}}}}}},
        "feedback_after_hours": {"type": ["integer", "null"], "minimum": 0, "maximum": 1440,
            "description": "Hours after the end at which attendees get the feedback link."},
        "feedback_closes_at": nullable_time.clone(),
        "feedback_anonymous": {"type": "boolean", "default": false,
            "description": "Answers are stored without the link to the registration."},
    });
    // Programmes, series and delegations (a separate step: one `json!` cannot hold them all).
    event_fields["sessions"] = json!({"type": "array", "items": schema_ref("Session"),
        "description": "The programme; given on input, it replaces every session \
            (seats and choices stay with the keys that remain)."});
    event_fields["visibility"] = json!({"type": "string",
        "enum": crate::domain::Visibility::ALL, "default": "public",
        "description": "`public`: on the home page and in /calendar.ics; `unlisted`: reachable \
        by its link only; `invite_only`: unlisted, and the form takes invited addresses only \
        (see /api/v1/events/{slug}/invitations)."});
    event_fields["series"] = json!({"type": ["string", "null"],
        "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$",
        "description": "Slug shared by recurring meetings: /series/{series}."});
    event_fields["delegates_per_organisation"] = json!({"type": ["integer", "null"],
        "minimum": 1,
        "description": "At most this many delegates per organisation; null: no limit."});
    // Hybrid seats and interpretation.
    event_fields["capacity_in_person"] = json!({"type": ["integer", "null"], "minimum": 1,
        "description": "A hybrid event's seats in the room, with their own waiting list; \
            null: unlimited."});
    event_fields["capacity_online"] = json!({"type": ["integer", "null"], "minimum": 1,
        "description": "A hybrid event's seats online, with their own waiting list; \
            null: unlimited."});
    event_fields["interpretation"] = json!({"type": "array", "items": lang.clone(),
        "description": "The languages the event can be followed in (interpretation)."});
    event_fields["join_urls"] = json!({"type": "object", "propertyNames": lang.clone(),
        "additionalProperties": {"type": "string", "format": "uri"},
        "description": "Join links per interpretation language; a listener of a language \
            without one gets join_url. Only ever shown to registrants, through their door."});
    let mut event_out = event_fields.clone();
    event_out["seats_taken"] = json!({"type": "integer"});
    event_out["seats_taken_in_person"] = json!({"type": "integer"});
    event_out["seats_taken_online"] = json!({"type": "integer"});
    event_out["sequence"] = json!({"type": "integer",
        "description": "The calendar SEQUENCE: goes up with each change of time or place."});
    event_out["url"] = json!({"type": "string", "format": "uri"});
    let mut event_in = event_fields;
    for shorthand in ["title", "description", "location"] {
        event_in[shorthand] = json!({"type": "string",
            "description": "Shorthand for this text in the default language."});
    }
    // Three objects rather than one: one `json!` this deep exceeds the macro's recursion limit.
    let mut all = json!({
        "Error": {"type": "object", "required": ["error"], "properties": {"error": {
            "type": "object", "required": ["code", "message"], "properties": {
                "code": {"type": "string"}, "message": {"type": "string"},
                "fields": {"type": "array", "items": {"type": "object", "properties": {
                    "field": {"type": "string"}, "message": {"type": "string"}}}}}}}},
        "Translation": {"type": "object", "properties": {
            "title": {"type": "string", "maxLength": 200},
            "description": {"type": "string", "description": "Markdown, rendered safely."},
            "location": {"type": "string", "maxLength": 200}}},
        "Question": {"type": "object", "required": ["id", "kind", "label"], "properties": {
            "id": {"type": "string", "pattern": "^[a-z0-9_]{1,40}$",
                "description": "Form field name and export column."},
            "kind": {"type": "string", "enum": ["text", "choice", "checkbox"]},
            "required": {"type": "boolean", "default": false},
            "label": labels.clone(),
            "options": {"type": "array", "items": {"type": "object",
                "required": ["value", "label"],
                "properties": {"value": {"type": "string"}, "label": labels}}}}},
        "Event": {"type": "object", "properties": event_out},
        "EventInput": {"type": "object", "additionalProperties": false, "properties": event_in},
    });
    for more in [
        json!({
            "Session": {"type": "object", "required": ["key", "title", "starts_at", "ends_at"],
                "properties": {
                "key": {"type": "string", "pattern": "^[a-z0-9_-]{1,40}$"},
                "title": {"type": "object", "propertyNames": lang.clone(),
                    "additionalProperties": {"type": "string"}},
                "starts_at": time.clone(),
                "ends_at": time.clone(),
                "capacity": {"type": ["integer", "null"], "minimum": 1,
                    "description": "null: as many as the event."},
                "room": {"type": "string"},
                "link": {"type": "string", "format": "uri",
                    "description": "Online sessions; only ever shown to registrants."},
                "seats_taken": {"type": "integer", "readOnly": true},
                "speakers": {"type": "array", "items": {"type": "object",
                    "required": ["name"], "properties": {
                    "name": {"type": "string"}, "organisation": {"type": "string"},
                    "bio": {"type": "object", "propertyNames": lang.clone(),
                        "additionalProperties": {"type": "string"}}}}}}},
            "SessionStatus": {"type": "object", "properties": {
                "key": {"type": "string"},
                "status": {"type": "string",
                    "enum": ["pending", "confirmed", "waitlisted", "cancelled", "expired"]}}},
        }),
        json!({
            "Registration": {"type": "object", "properties": {
                "id": {"type": "integer"},
                "name": {"type": "string"},
                "email": {"type": "string", "format": "email"},
                "organization": {"type": "string"},
                "country": {"type": "string", "description": "ISO 3166-1 alpha-2."},
                "language": lang,
                "status": {"type": "string",
                    "enum": ["pending", "confirmed", "waitlisted", "cancelled", "expired"]},
                "registered_at": time,
                "confirmed_at": nullable_time,
                "attended": {"type": "boolean"},
                "attended_minutes": nullable("integer"),
                "attendance_mode": {"type": ["string", "null"],
                    "enum": ["in_person", "online", null],
                    "description": "A hybrid event: in the room or online."},
                "interpretation_language": {"type": ["string", "null"],
                    "description": "The language listened in, among the event's interpretation."},
                "answers": {"type": "object", "additionalProperties": {"type": "string"}},
                "time_zone": nullable("string"),
                "email_delivery": {"type": ["string", "null"],
                    "enum": ["queued", "sending", "sent", "retrying", "failed", null]},
                "sessions": {"type": "array", "items": schema_ref("SessionStatus"),
                    "description": "The chosen sessions, each with its own status."}}},
            "RegistrationPage": {"type": "object", "properties": {
                "page": {"type": "integer"}, "per_page": {"type": "integer"},
                "total": {"type": "integer"},
                "items": {"type": "array", "items": schema_ref("Registration")}}},
        }),
        json!({
            "AttendanceInput": {"type": "object", "required": ["emails"], "properties": {
                "emails": {"type": "array", "items": {"type": "string", "format": "email"}}}},
            "ErasureInput": {"type": "object", "required": ["email"], "additionalProperties": false,
                "properties": {"email": {"type": "string", "format": "email"}}},
            "ErasureResult": {"type": "object", "properties": {
                "erased_registrations": {"type": "integer"}}},
            "AttendanceResult": {"type": "object", "properties": {
                "format": {"type": "string", "enum": ["zoom", "teams", "meet", "csv", "emails"]},
                "rows_read": {"type": "integer"},
                "rows_matched": {"type": "integer"},
                "rows_unmatched": {"type": "integer"},
                "rows_ignored": {"type": "integer",
                    "description": "Rows of people the report says did not attend."},
                "people_marked": {"type": "integer"},
                "people_changed": {"type": "integer",
                    "description": "0 when the same report is uploaded again."},
                "people_unmatched": {"type": "integer"},
                "unmatched": {"type": "array", "items": {"type": "object", "properties": {
                    "name": {"type": "string"}, "email": {"type": "string"},
                    "rows": {"type": "integer"}, "minutes": nullable("integer"),
                    "line": {"type": "integer"}}}}}},
            "ExportRow": {"type": "object", "properties": {
                "id": {"type": "integer"},
                "name": {"type": "string"},
                "email": {"type": "string"},
                "organization": {"type": "string"},
                "country": {"type": "string"},
                "language": {"type": "string"},
                "status": {"type": "string"},
                "registered_at": {"type": "string", "format": "date-time"},
                "confirmed_at": {"type": ["string", "null"], "format": "date-time"},
                "attended": {"type": "boolean"},
                "attended_minutes": nullable("integer"),
                "answers": {"type": "object", "additionalProperties": {"type": "string"}},
                "sessions": {"type": "object", "additionalProperties": {"type": "string"},
                    "description": "Per session key: \"\" (not chosen), \"attended\", or \
                        the choice's state."}}},
            "Dashboard": {"type": "object", "properties": {
                "registrations": {"type": "integer"},
                "pending": {"type": "integer"},
                "confirmed": {"type": "integer"},
                "waitlisted": {"type": "integer"},
                "cancelled": {"type": "integer"},
                "expired": {"type": "integer"},
                "attended": {"type": "integer"},
                "attendance_rate": {"type": ["number", "null"],
                    "description": "Attended confirmed registrations ÷ confirmed, 0 to 1."},
                "per_day": {"type": "array", "items": {"type": "object", "properties": {
                    "date": {"type": "string", "format": "date"},
                    "count": {"type": "integer"}, "total": {"type": "integer"}}}},
                "by_region": breakdown.clone(),
                "by_country": breakdown.clone(),
                "by_language": breakdown.clone(),
                "by_organization": breakdown,
                "events": {"type": "array", "items": {"type": "object", "properties": {
                    "event_id": {"type": "integer"}, "slug": {"type": "string"},
                    "registrations": {"type": "integer"}, "confirmed": {"type": "integer"},
                    "attended": {"type": "integer"},
                    "attendance_rate": {"type": ["number", "null"]}}}},
                "sessions": session_counts,
                "reporting": {"type": "array", "description": "Per region, in the network's \
                    order. A group of 1 to 4 people reads \"fewer_than_5\"; a share is of those \
                    who answered (null when no one did).",
                    "items": {"type": "object", "properties": {
                        "region": {"type": "string"},
                        "registrations": small_count.clone(),
                        "attendees": small_count.clone(),
                        "share_women": small_share.clone(),
                        "share_under_35": small_share,
                        "target_women": {"type": ["integer", "null"]},
                        "target_under_35": {"type": ["integer", "null"]}}}}}},
            "FeedbackResults": {"type": "object", "properties": {
                "responses": {"type": "integer"},
                "anonymous": {"type": "boolean",
                    "description": "Answers are stored without the link to the registration."},
                "questions": {"type": "array", "items": {"type": "object", "properties": {
                    "id": {"type": "string"},
                    "kind": {"type": "string", "enum": ["rating", "choice", "text"]},
                    "label": {"type": "string"},
                    "counts": {"type": "array", "description": "[value, count] pairs.",
                        "items": {"type": "array", "prefixItems": [{"type": "string"},
                            {"type": "integer"}]}},
                    "average": {"type": "number"},
                    "texts": {"type": "array", "items": {"type": "string"}}}}}}},
        }),
        json!({
            "WebhookInput": {"type": "object", "required": ["url", "events"], "properties": {
                "url": {"type": "string", "format": "uri"},
                "events": {"type": "array", "minItems": 1, "items": {"type": "string", "enum": [
                    "registration.created", "registration.confirmed", "registration.cancelled",
                    "attendance.marked", "message.sent"]}},
                "event": {"type": ["string", "null"], "description": "An event slug."}}},
            "MessageInput": {"type": "object", "required": ["audience", "subject", "body"],
                "properties": {
                "audience": {"type": "string", "enum": ["registered", "confirmed", "waitlisted",
                    "attended", "absent"]},
                "subject": {"type": "object", "description": "Language code → subject (up to \
                    200 characters).", "additionalProperties": {"type": "string"}},
                "body": {"type": "object", "description": "Language code → Markdown body. \
                    `{{name}}`, `{{link}}` (the participant's page), `{{certificate}}` and \
                    `{{feedback}}` become each recipient's own.",
                    "additionalProperties": {"type": "string"}},
                "send_at": {"type": ["string", "null"], "format": "date-time",
                    "description": "null: now."}}},
            "Member": {"type": "object", "properties": {
                "id": {"type": "integer"}, "organization": {"type": "string"},
                "country": {"type": "string"}, "region": {"type": "string"},
                "contacts": {"type": "array", "items": {"type": "object", "properties": {
                    "id": {"type": "integer"}, "name": {"type": "string"},
                    "email": {"type": "string"}, "language": lang.clone()}}}}},
            "FollowUpInput": {"type": "object", "properties": {
                "recording": {"type": ["string", "null"], "format": "uri"},
                "materials": {"type": ["string", "null"], "format": "uri"}}},
            "Message": {"type": "object", "properties": {
                "id": {"type": "integer"},
                "audience": {"type": "string"},
                "status": {"type": "string", "enum": ["draft", "scheduled", "sent", "withdrawn"]},
                "recipients": {"type": "integer", "description": "How many it reached; before \
                    it goes, how many it would reach now."},
                "subject": {"type": "object", "additionalProperties": {"type": "string"}},
                "body": {"type": "object", "additionalProperties": {"type": "string"}},
                "missing_languages": {"type": "array", "items": lang.clone(),
                    "description": "Offered languages without a text: their readers get the \
                    event's default language."},
                "send_at": nullable_time.clone(), "sent_at": nullable_time.clone(),
                "delivery": {"type": "object", "description": "Emails per outbox state.",
                    "additionalProperties": {"type": "integer"}},
                "created_at": time.clone(), "created_by": {"type": "string"}}},
            "CreatedWebhook": {"type": "object", "properties": {
                "id": {"type": "integer"},
                "secret": {"type": "string", "description": "`whsec_` and the base64 key."}}},
            "Webhook": {"type": "object", "properties": {
                "id": {"type": "integer"}, "url": {"type": "string"},
                "events": {"type": "array", "items": {"type": "string"}},
                "event_id": nullable("integer"), "active": {"type": "boolean"},
                "disabled_at": {"type": ["string", "null"], "format": "date-time"},
                "disabled_reason": nullable("string"),
                "created_at": {"type": "string", "format": "date-time"}}},
            "Deliveries": {"type": "object", "properties": {
                "webhook": schema_ref("Webhook"),
                "items": {"type": "array", "items": {"type": "object", "properties": {
                    "id": {"type": "integer"},
                    "message_id": {"type": "string", "description": "The `webhook-id` header."},
                    "type": {"type": "string"},
                    "status": {"type": "string",
                        "enum": ["queued", "sending", "retrying", "delivered", "failed"]},
                    "created_at": {"type": "string", "format": "date-time"},
                    "delivered_at": {"type": ["string", "null"], "format": "date-time"},
                    "next_attempt_at": {"type": ["string", "null"], "format": "date-time"},
                    "body": {"type": "string", "description": "The JSON body, as sent."},
                    "attempts": {"type": "array", "items": {"type": "object", "properties": {
                        "attempted_at": {"type": "string", "format": "date-time"},
                        "status_code": nullable("integer"),
                        "error": nullable("string"),
                        "duration_ms": {"type": "integer"}}}}}}}}},
        }),
        json!({
            "NextMeetingInput": {"type": "object", "required": ["slug", "starts_at", "ends_at"],
                "additionalProperties": false, "properties": {
                "slug": {"type": "string", "pattern": "^[a-z0-9-]+$"},
                "starts_at": {"type": "string", "format": "date-time"},
                "ends_at": {"type": "string", "format": "date-time"}}},
            "SessionAttendanceResult": {"type": "object", "properties": {
                "session": {"type": "string"},
                "people_marked": {"type": "integer"},
                "unmatched": {"type": "array", "items": {"type": "string"},
                    "description": "Addresses given that hold no choice of this session."}}}
        }),
    ] {
        if let (Some(map), Value::Object(extra)) = (all.as_object_mut(), more) {
            map.extend(extra);
        }
    }
    // The export's mode and listening language (apart: one `json!` cannot hold more).
    for column in ["attendance_mode", "interpretation_language"] {
        all["ExportRow"]["properties"][column] = nullable("string");
    }
    for by in ["by_attendance_mode", "by_interpretation_language"] {
        all["Dashboard"]["properties"][by] = breakdown.clone();
    }
    all
}

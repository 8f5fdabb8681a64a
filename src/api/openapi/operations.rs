//! The operations of `/api/v1`: the one list the document is built from and the route
//! checks read.

use super::{Input, Operation, Output, Query, op};

pub const OPERATIONS: [Operation; 33] = [
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
         or join link sends updated calendar invites to confirmed participants. A cancelled \
         event stays cancelled: a `status` other than `cancelled` answers 409 \
         `invalid_transition`.",
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
    op(
        "post",
        "/api/v1/events/{slug}/next",
        "createNextMeeting",
        "Create the next meeting of a series",
        "A new draft in the event's series (the event's slug names the series when it has \
         none yet, and the event joins it) with its texts, questions, place, languages and \
         settings copied; the programme is not copied. Needs the new `slug`, `starts_at` and \
         `ends_at`.",
        Input::NextMeeting,
        Output::CreatedEvent,
    ),
    Operation {
        query: Query::Page,
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
    Operation {
        query: Query::Filters,
        ..op(
            "get",
            "/api/v1/events/{slug}/registrations.csv",
            "exportCsv",
            "Attendance export (CSV)",
            "UTF-8 with a byte-order mark. Columns: id, name, email, organization, country, language, \
             status, registered_at, confirmed_at, attended, attended_minutes, attendance_mode, \
             interpretation_language, then one per custom question, then one per session of the \
             programme (`session:<key>`: empty when not chosen, `attended`, or the choice's state). \
             Times in UTC (RFC 3339); cells that could start a formula are neutralised.",
            Input::None,
            Output::Csv,
        )
    },
    Operation {
        query: Query::Filters,
        ..op(
            "get",
            "/api/v1/events/{slug}/registrations.xlsx",
            "exportXlsx",
            "Attendance export (XLSX)",
            "The same columns as the CSV export, as a spreadsheet.",
            Input::None,
            Output::Xlsx,
        )
    },
    op(
        "post",
        "/api/v1/events/{slug}/attendance",
        "markAttendance",
        "Mark attendance",
        "Either JSON `{\"emails\": [...]}` or the raw CSV participant report of a webinar \
         platform (Zoom: `Name (Original Name), User Email, Join Time, Leave Time, Duration \
         (Minutes), Guest`; Teams and Meet reports too), raw or uploaded as `multipart/form-data` \
         in a field named `file`. Matching is by email, letter case ignored; several rows of one \
         person add up their minutes.",
        Input::Attendance,
        Output::AttendanceResult,
    ),
    op(
        "post",
        "/api/v1/events/{slug}/sessions/{key}/attendance",
        "markSessionAttendance",
        "Mark attendance in a session",
        "JSON `{\"emails\": [...]}`: marks the people with these addresses (letter case \
         ignored) as attending the programme's session `key`, and so the event. Addresses \
         without a choice of that session come back in `unmatched`. A key that is not a \
         session of the event answers 422.",
        Input::SessionAttendance,
        Output::SessionAttendanceResult,
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
    Operation {
        query: Query::Filters,
        ..op(
            "get",
            "/api/v1/events/{slug}/registrations.json",
            "exportJson",
            "Attendance export (JSON)",
            "The same fields as the CSV export, typed, with the answers in `answers` and the \
             sessions by key in `sessions`.",
            Input::None,
            Output::JsonExport,
        )
    },
    op(
        "get",
        "/api/v1/events/{slug}/dashboard",
        "eventDashboard",
        "The event's numbers",
        "Counts per state, attendance, registrations per day (in the event's time zone) and \
         breakdowns by region, country, language and organisation.",
        Input::None,
        Output::Dashboard,
    ),
    Operation {
        query: Query::DateRange,
        ..op(
            "get",
            "/api/v1/dashboard",
            "dashboard",
            "Numbers across events",
            "The same numbers over every event the token's organizer manages (or those starting \
             within `from`–`to`), days in UTC, with a line per event and the network's \
             reporting per region.",
            Input::None,
            Output::Dashboard,
        )
    },
    op(
        "get",
        "/api/v1/events/{slug}/feedback",
        "eventFeedback",
        "The event's feedback",
        "Per question: counts per rating (1–5) or option, the mean rating, free-text answers. \
         `?language=` and `?region=` narrow the answers counted.",
        Input::None,
        Output::Feedback,
    ),
    op(
        "get",
        "/api/v1/events/{slug}/feedback.csv",
        "exportFeedbackCsv",
        "Feedback answers (CSV)",
        "UTF-8 with a byte-order mark, one line per respondent, one column per question (its \
         `id`; ratings 1–5, the option's value, free text). Columns before the questions: \
         `registration_id, name, email, submitted_at, language, region`; with anonymous feedback \
         only `language, region`, and the lines are sorted by their content.",
        Input::None,
        Output::Csv,
    ),
    op(
        "get",
        "/api/v1/events/{slug}/certificates.zip",
        "eventCertificates",
        "All certificates of attendance",
        "A ZIP with one PDF per attendee, in each one's language; 409 until the event has ended.",
        Input::None,
        Output::Zip,
    ),
    op(
        "post",
        "/api/v1/webhooks",
        "createWebhook",
        "Register a webhook",
        "A receiver `url` (https; private, loopback and link-local addresses are refused) and \
         the `events` it wants. With `event` (a slug) it hears of that event only; without, of \
         every event the token's organizer manages (all events for an admin). Answers the \
         signing `secret` once. Deliveries are POSTs of `{\"type\", \"timestamp\", \"data\"}` \
         signed as Standard Webhooks describe (`webhook-id`, `webhook-timestamp`, \
         `webhook-signature: v1,<base64 HMAC-SHA256 of id.timestamp.body>`), retried with backoff \
         for a day until the receiver answers 2xx.",
        Input::Webhook,
        Output::CreatedWebhook,
    ),
    op(
        "get",
        "/api/v1/webhooks",
        "listWebhooks",
        "List webhooks",
        "The webhooks the token's organizer registered or that concern their events (all for an \
         admin), without their secrets.",
        Input::None,
        Output::Webhooks,
    ),
    op(
        "get",
        "/api/v1/webhooks/{id}/deliveries",
        "listWebhookDeliveries",
        "A webhook's deliveries",
        "Each delivery with its state, the body sent, and every attempt (time, status code or \
         error, duration).",
        Input::None,
        Output::Deliveries,
    ),
    op(
        "post",
        "/api/v1/webhooks/{id}/deliveries/{delivery}/resend",
        "resendWebhookDelivery",
        "Send a delivery again",
        "Queues the delivery again with a fresh day of retries, and switches a disabled webhook \
         back on.",
        Input::None,
        Output::Accepted,
    ),
    op(
        "get",
        "/api/v1/events/{slug}/messages",
        "listMessages",
        "Messages to registrants",
        "The event's messages, newest first, each with its state and, per outbox state \
         (`queued`, `sent`, `retrying`, `failed`), how many of its emails are there.",
        Input::None,
        Output::Messages,
    ),
    op(
        "post",
        "/api/v1/events/{slug}/messages",
        "createMessage",
        "Write to registrants",
        "`audience` is `registered` (pending, confirmed and waitlisted), `confirmed`, \
         `waitlisted`, `attended` (confirmed and attended) or `absent` (confirmed, not \
         attended). `subject` and `body` (Markdown) are keyed by language; every language with \
         one needs the other, and at least one language is needed. Without `send_at` the \
         message goes at once (the answer's `recipients` is how many it reached); with it, it \
         waits, and can be changed or withdrawn until then. The audience is worked out when it \
         goes; cancelled, expired and erased registrations never get it. Each recipient reads \
         their own language, or the event's default where it is missing.",
        Input::Message,
        Output::CreatedMessage,
    ),
    op(
        "post",
        "/api/v1/events/{slug}/follow-ups",
        "createFollowUps",
        "Write the follow-ups after the event",
        "Writes two drafts, to those who attended (with their certificate link, and the \
         feedback link where the event asks for feedback) and to those absent, with the \
         `recording` and `materials` links given; 422 before the event ended.",
        Input::FollowUp,
        Output::FollowUps,
    ),
    op(
        "get",
        "/api/v1/events/{slug}/messages/{message}",
        "getMessage",
        "Read a message",
        "",
        Input::None,
        Output::Message,
    ),
    op(
        "patch",
        "/api/v1/events/{slug}/messages/{message}",
        "updateMessage",
        "Change a message not sent yet",
        "Takes the whole message again, as `createMessage` does; a `send_at` schedules it. \
         409 once it was sent or withdrawn.",
        Input::Message,
        Output::Message,
    ),
    op(
        "post",
        "/api/v1/events/{slug}/messages/{message}/send",
        "sendMessage",
        "Send a draft or scheduled message now",
        "409 once it was sent or withdrawn.",
        Input::None,
        Output::Message,
    ),
    op(
        "post",
        "/api/v1/events/{slug}/messages/{message}/withdraw",
        "withdrawMessage",
        "Withdraw a message not sent yet",
        "409 once it was sent or withdrawn.",
        Input::None,
        Output::Message,
    ),
    Operation {
        query: Query::Members,
        ..op(
            "get",
            "/api/v1/members",
            "listMembers",
            "The member directory",
            "Member organisations by name, each with its country, region and contacts (name, \
             email, language). Filled by `convene members import FILE` and the admin's member \
             pages.",
            Input::None,
            Output::Members,
        )
    },
    op(
        "post",
        "/api/v1/events/{slug}/invitations",
        "createInvitations",
        "Invite people",
        "`emails` (pasted addresses) and/or `members` (`\"all\"` or organisation ids from \
         `/api/v1/members`, narrowed by `region` or `country`). Each invitee gets, in their \
         language, a personal link that opens the event's form pre-filled; someone invited \
         before is not invited again (`already`). When a pasted address is invalid, nothing is \
         sent and 422 lists each one with its reason; send again with `\"confirm\": true` to \
         invite the others.",
        Input::Invitations,
        Output::InvitationResult,
    ),
    op(
        "get",
        "/api/v1/events/{slug}/invitations",
        "listInvitations",
        "Who was invited",
        "Each invitee with when they were invited and reminded, when they opened their link, \
         and whether they registered.",
        Input::None,
        Output::Invitations,
    ),
    op(
        "post",
        "/api/v1/events/{slug}/invitations/remind",
        "remindInvitations",
        "Remind those not registered",
        "Sends the invitation again to every invitee without a registration.",
        Input::None,
        Output::Reminded,
    ),
];

# Convene: texts of the organizers' pages (/admin) and the API docs page.

## Frame and navigation
admin-nav = Organizer menu
admin-events = Events
admin-users = Accounts
admin-tokens = API tokens
admin-password = Password
admin-api-docs = API documentation
admin-signed-in-as = Signed in as { $email }
admin-sign-out = Sign out
admin-none = Nothing here yet.
admin-back-to-events = Back to all events
admin-create = Create
admin-edit = Edit
admin-actions = Actions
admin-all = All
admin-yes = Yes
admin-no = No
admin-created = Created

## Sign-in and password
admin-sign-in = Sign in
admin-password-field = Password
admin-login-wrong = The email address or the password is not correct.
admin-no-account-yet = No organizer account exists yet. To create the first administrator, run this command on the server; it prints the password once:
admin-login-throttled = { $minutes ->
    [one] Too many failed sign-in attempts. Please try again in 1 minute.
   *[other] Too many failed sign-in attempts. Please try again in { $minutes } minutes.
}
admin-password-current = Current password
admin-password-new = New password
admin-password-repeat = New password, once more
admin-password-rule = At least 10 characters.
admin-password-change = Change password
admin-error-password-wrong = The current password is not correct.
admin-error-password-short = The password must have at least 10 characters.
admin-error-password-mismatch = The two new passwords are not the same.

## Notices after an action
admin-done-created = The event has been created. It is a draft until you publish it.
admin-done-saved = Your changes have been saved.
admin-done-published = The event is published.
admin-done-unpublished = The event is no longer published.
admin-done-cancelled = The event has been cancelled and the participants are being informed.
admin-done-added = The registration has been added.
admin-done-status = The status has been changed and the participant is being informed.
admin-done-resent = The email is being sent again.
admin-done-user = The account has been created.
admin-done-revoked = The token has been revoked.
admin-done-password = Your password has been changed. Your other sessions have been signed out.
admin-problem-no-seat = No seat is free. Raise the capacity first, or cancel another registration.
admin-problem-not-allowed = This change is not possible for this registration.

## Events
admin-event = Event
admin-event-new = New event
admin-event-status-draft = Draft
admin-event-status-published = Published
admin-event-status-cancelled = Cancelled
admin-reg-status-pending = Pending
admin-reg-status-confirmed = Confirmed
admin-reg-status-waitlisted = Waiting list
admin-reg-status-cancelled = Cancelled
admin-reg-status-expired = Expired
admin-attended = Attended
admin-registrations = Registrations
admin-preview = Preview
admin-publish = Publish
admin-unpublish = Unpublish
admin-cancel-event = Cancel the event
admin-cancel-warning = { $count ->
    [0] Cancelling cannot be undone. Nobody is registered: no email will be sent.
    [one] Cancelling cannot be undone. The 1 person registered receives an email with a calendar cancellation.
   *[other] Cancelling cannot be undone. The { $count } people registered receive an email with a calendar cancellation.
}
admin-cancel-confirm = Yes, cancel the event and inform everyone
admin-cancel-keep = No, keep the event
admin-seats-taken = { $taken } of { $capacity } taken
admin-unlimited = Unlimited
admin-opens-now = As soon as it is published
admin-closes-at-start = At the start of the event
admin-translation-missing = translation missing

## Event form
admin-section-basics = Basics
admin-section-registration = Registration
admin-section-place = Place and join link
admin-section-languages = Languages and texts
admin-section-questions = Custom questions
admin-field-slug = Short name in the address
admin-slug-help = Lower-case letters, digits and hyphens, e.g. social-dialogue-2026. It cannot be changed later.
admin-field-timezone = Time zone
admin-field-starts-at = Starts
admin-field-ends-at = Ends
admin-times-help = Dates and times are in the time zone of the event.
admin-field-owner = Managed by
admin-field-capacity = Capacity
admin-capacity-help = Leave empty for unlimited seats.
admin-field-opens = Registration opens
admin-field-closes = Registration closes
admin-field-reminders = Reminders (minutes before the start)
admin-reminders-help = Separated by commas, e.g. 1440, 60 for one day and one hour before.
admin-field-retention = Keep personal data for (months after the event)
admin-retention-help = Empty: the site’s default, { $months } months. Afterwards, participants’ details are anonymised.
admin-field-confirmation = Participants must confirm their email address
admin-field-waitlist = Offer a waiting list when the event is full
admin-field-pending-holds-seat = Keep a seat for people who have not confirmed yet
admin-field-join-url = Join link (webinars)
admin-join-url-help = Only shown to confirmed participants, never on the public page.
admin-field-languages = Languages offered
admin-field-default-language = Default language
admin-field-title = Title
admin-field-description = Description
admin-description-help = Descriptions use Markdown: **bold**, *italic*, lists and links.
admin-questions-help = Each question gets a field on the registration form and a column in the export. Fill in the empty question to add one.
admin-question-new = New question
admin-question-n = Question { $number }
admin-question-id = Field name
admin-question-kind = Kind
admin-question-kind-text = Text
admin-question-kind-choice = Choice from a list
admin-question-kind-checkbox = Checkbox
admin-question-required = Answer required
admin-question-remove = Remove this question
admin-question-label = Label
admin-question-options = Options (for a choice)
admin-question-options-help = Each option has a value (stored and exported) and a label per language. Fill in an empty row to add one.
admin-option-value = Value
admin-error-required = This field is required.
admin-error-invalid = This value is not valid.
admin-error-date = Please enter a date and time, e.g. 2026-03-14 14:00.
admin-error-timezone = Please enter a time zone such as Europe/Brussels.
admin-error-capacity = Please enter a whole number from 1 to 1000000, or leave the field empty.
admin-error-reminders = Please enter numbers of minutes separated by commas.
admin-error-retention = Please enter a whole number of months from 1 to 120, or leave the field empty.
admin-error-slug = Use 2 to 80 lower-case letters, digits and single hyphens.
admin-error-slug-taken = Another event already uses this short name.
admin-error-ends-before-start = The end must be after the start.
admin-error-closes-before-opens = Registration must close after it opens.
admin-error-languages = Offer at least one language.
admin-error-title = Give the event a title in at least one language.
admin-error-join-url = The join link must be a web address starting with http:// or https://.
admin-error-question-id = Use lower-case letters, digits and _ (not a name the form already uses).
admin-error-question-duplicate = Two questions have this field name.
admin-error-question-label = Give the question a label in at least one language.
admin-error-question-options = A choice needs at least one option.
admin-error-text-line = At most { $max } characters, on one line.
admin-error-text-long = At most { $max } characters.
admin-error-visibility = Choose public, unlisted or by invitation.
admin-error-delegates = Please enter a whole number from 1 to 10000, or leave the field empty.
admin-error-join-urls-language = Each link must be for one of the interpretation languages.
admin-error-slug-fixed = The short name of an existing event cannot be changed.

## Registrations
admin-search = Name, email or organisation
admin-filter = Filter
admin-registrations-found = { $count ->
    [one] 1 registration
   *[other] { $count } registrations
}
admin-registered-at = Registered
admin-minutes = { $count } min
admin-status-change = Change
admin-resend = Send the email again
admin-pages = Pages
admin-previous = Previous
admin-next = Next
admin-page-of = Page { $page } of { $pages }
admin-registration-add = Add a registration
admin-registration-add-help = The person receives the same emails as when registering themselves.
admin-registration-consent = The person has agreed that their details are stored for this event.
admin-error-already-registered = This email address is already registered for this event.

## Audit log
admin-audit = Change log
admin-audit-when = When
admin-audit-who = Who
admin-audit-what = What
admin-audit-detail = Details
admin-audit-created = Event created
admin-audit-updated = Event changed
admin-audit-published = Published
admin-audit-unpublished = Unpublished
admin-audit-cancelled = Event cancelled
admin-audit-owner = Handed over
admin-audit-registration_added = Registration added
admin-audit-registration_status = Registration status changed
admin-audit-email_resent = Email sent again

## Accounts
admin-role = Role
admin-role-admin = Administrator (all events and accounts)
admin-role-organizer = Organizer (own events)
admin-user-new = New account
admin-error-user-taken = An account with this email address already exists.

## API tokens
admin-tokens-help = Tokens let scripts use the API on your behalf. Revoke a token as soon as it is no longer needed.
admin-token-name = Name
admin-token-create = Create a token
admin-token-shown-once = Copy this token now: it is shown only once.
admin-token-last-used = Last used
admin-token-never-used = Never
admin-token-revoke = Revoke
admin-token-revoked-at = Revoked on { $when }

## API documentation
api-docs-intro = The same description, for tools:
api-docs-operations = Operations
api-docs-parameters = Parameters
api-docs-required = required
api-docs-request = Request body
api-docs-responses = Responses
api-docs-schemas = Schemas

# Addresses refused by policy (shown on the public form)
error-email-ip-literal = Please use an address with a domain name, such as name@example.org, not an IP address.
error-email-quoted = Please use an address without quotation marks, such as name@example.org.

# Security: demo account, accounts, token lifetimes
admin-demo-banner = The demo account exists, and with it the demo's sign-in. Before real use, remove the demo with “convene demo --remove”.
admin-user-demo = demo
admin-user-active = Active
admin-user-disabled = Disabled
admin-user-disable = Disable
admin-user-enable = Enable
admin-done-user-disabled = The account is disabled: it can no longer sign in or use its API tokens.
admin-done-user-enabled = The account is enabled again.
admin-token-expiry = Expires
admin-token-expiry-never = Never (until revoked)
admin-token-expiry-days = In { $days } days
admin-token-expired-at = Expired on { $when }

# Two-factor sign-in
admin-two-factor = Two-factor sign-in
admin-two-factor-help = After your password, Convene asks for a six-digit code from an authenticator app on your phone, so a stolen password alone does not open the participants' data.
admin-two-factor-on = Two-factor sign-in is on for your account.
admin-two-factor-off = Two-factor sign-in is off for your account.
admin-two-factor-start = Set up two-factor sign-in
admin-two-factor-scan = Scan this code with your authenticator app, or type the secret into it, then enter the six-digit code the app shows.
admin-two-factor-secret = Secret:
admin-two-factor-confirm = Confirm and turn on
admin-two-factor-wrong-code = This code is not correct. Check the time on your phone and try the current code.
admin-two-factor-recovery-codes = Your recovery codes, shown only this once. Keep them somewhere safe: each one signs you in once without your phone.
admin-two-factor-required-notice = An administrator requires two-factor sign-in. Please set it up to continue.
admin-two-factor-require = Two-factor sign-in for all organizers
admin-two-factor-required-on = Required for every organizer.
admin-two-factor-required-off = Not required: each organizer chooses.
admin-two-factor-require-start = Require it
admin-two-factor-require-stop = Stop requiring it
admin-login-code = Code from your authenticator app
admin-login-code-help = Six digits; or one of your recovery codes.
admin-login-code-wrong = This code is not correct.

## Hybrid events and interpretation
admin-field-capacity-in-person = Seats in the room (hybrid)
admin-field-capacity-online = Seats online (hybrid)
admin-hybrid-capacity-help = A hybrid event counts the room and online apart, each with its own waiting list; leave empty for unlimited.
admin-field-interpretation = Interpretation languages
admin-interpretation-help = Language codes separated by commas, for example: fr, en, es. Leave empty without interpretation.
admin-field-join-urls = Join link per language
admin-join-urls-help = One line per language: the code, a space, then the link (fr https://…). Listeners of a language without a line get the join link above.
admin-error-interpretation = Use language codes such as fr, en, es, separated by commas.
admin-error-join-urls = Write one line per interpretation language: its code, a space, then an http(s) link.

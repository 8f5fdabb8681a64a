# Convene: English texts. Every key exists in nl, fr and es too (a test checks).

## Frame
skip-to-content = Skip to content
language = Language
calendar-feed = All events (calendar)
privacy-notice = Privacy notice
imprint = Imprint
back-to-events = Back to the events

## Home
upcoming-events = Upcoming events
no-upcoming-events = There are no upcoming events at the moment.
past-events = Past events
subscribe-calendar = Subscribe to all events in your calendar
download-calendar = Download the calendar
event-cancelled = Cancelled

## Event kinds
kind-webinar = Webinar (online)
kind-in_person = In person
kind-hybrid = Hybrid (in person and online)

## Event page
when = Date and time
when-yours = In your time zone
where = Place
venue = Venue
format = Format
online = Online
seats = Seats
seats-left = { $count ->
    [one] 1 seat left
   *[other] { $count } seats left
}
seats-full-waitlist = Fully booked: you can join the waiting list.
shown-in-language = This text is not available in your language; it is shown in { $language }.
add-to-calendar = Add to your calendar
calendar-file = Calendar file (.ics)

## Registration form
register-title = Register
register-button = Register
form-has-errors = Some fields need your attention. Please check the messages below.
field-name = Full name
field-email = Email address
field-organization = Organisation
field-country = Country
field-language = Language for emails
field-time-zone = Your time zone
field-consent = I agree that my details are stored to manage this event and to send me related emails.
required-fields = Fields marked * are required.
choose = Please choose…

## Validation messages
error-name-required = Please enter your name.
error-name-too-long = Your name may have at most 200 characters.
error-email-required = Please enter your email address.
error-email-invalid = Please enter a valid email address, such as name@example.org.
error-email-too-long = This email address is too long.
error-organization-too-long = The organisation name may have at most 200 characters.
error-country-required = Please choose your country.
error-country-invalid = Please choose a country from the list.
error-language-invalid = Please choose one of the languages offered.
error-consent-required = Please give your consent to register.
error-control-characters = This field contains characters that are not allowed.
error-answer-required = Please answer this question.
error-answer-invalid = Please choose one of the answers offered.

## Registration closed
closed-not-published = Registration for this event is not open.
closed-cancelled = This event has been cancelled.
closed-not-open = Registration has not opened yet.
closed-over = Registration for this event is closed.
closed-full = This event is fully booked.
closed-not-invited = This event is by invitation only, and this address was not invited.

## After registering
thanks-title = Thank you
thanks-confirm = We have sent you an email. Please open the link in it to confirm your email address: your registration counts once you have confirmed.
thanks-registered = We have sent you an email with your registration status and a link to your personal registration page.
thanks-no-email = No email? Check your spam folder, or register again with the same address to have it sent once more.

## Participant page
status = Status
status-pending = Waiting for you to confirm your email address
status-confirmed = Confirmed
status-waitlisted = On the waiting list
status-cancelled = Cancelled
status-expired = Expired (the email address was not confirmed in time)
place-in-line = You are number { $position } on the waiting list.
confirm-explain = Please confirm that this email address is yours.
confirm-button = Confirm my registration
join-link = Join link
join-online = Follow online
join-webinar = Join the webinar
your-registration = Your registration
email-delivery = Last email
delivery-queued = waiting to be sent
delivery-sending = being sent
delivery-sent = sent
delivery-retrying = delayed, will be sent again
delivery-failed = could not be delivered
change-language = Language of your emails
save = Save
cancel-title = Cancel your registration
cancel-link = I can no longer attend
cancel-confirm-question = Do you really want to cancel your registration? Your seat will go to the next person on the waiting list.
cancel-confirm-button = Yes, cancel my registration
cancel-keep = No, keep my registration
event-page = Event page

## Errors
error-title = Something went wrong
error-not-found = This page does not exist, or the link is no longer valid.
error-forbidden = You are not allowed to do this.
error-csrf = This form has expired. Please go back, reload the page and try again.
error-bad-request = The request could not be understood.
error-too-many = Too many attempts. Please wait a minute and try again.
error-unavailable = The service is temporarily unavailable. Please try again in a few minutes.
error-internal = An unexpected error occurred. Please try again later.

## Emails
email-greeting = Dear { $name },
email-footer = This email was sent by { $site } because this address was used to register.
email-contact = Questions? Write to { $contact }.
email-manage-action = View or change your registration
email-confirm-subject = Please confirm your registration: { $event }
email-confirm-body = Thank you for registering for “{ $event }”. Please confirm your email address by opening the link below and pressing the button on that page.
email-confirm-action = Confirm my registration
email-confirm-ignore = If you did not register, you can ignore this email: without confirmation, the registration lapses.
email-confirmed-subject = Registration confirmed: { $event }
email-confirmed-body = Your registration for “{ $event }” is confirmed. The calendar invitation is attached.
email-waitlisted-subject = Waiting list: { $event }
email-waitlisted-body = “{ $event }” is fully booked, so you are on the waiting list. If a seat becomes free, it is yours automatically and we will email you.
email-promoted-subject = A seat is free for you: { $event }
email-promoted-body = Good news: a seat has become free and your registration for “{ $event }” is now confirmed. The calendar invitation is attached.
email-cancelled-subject = Registration cancelled: { $event }
email-cancelled-body = Your registration for “{ $event }” has been cancelled. You are welcome to register again at any time while registration is open.
email-updated-subject = Event changed: { $event }
email-updated-body = The details of “{ $event }” have changed. The updated calendar invitation is attached; opening it updates the entry in your calendar.
email-updated-moved = New date: { $new }. Previous date: { $old }.
email-updated-place = The place or the join link has changed: see the details below.
email-event-cancelled-subject = Event cancelled: { $event }
email-event-cancelled-body = We regret to inform you that “{ $event }” has been cancelled. The attached file removes it from your calendar.
email-reminder-subject = Reminder: { $event }
email-reminder-body = This is a reminder that “{ $event }” starts soon.

## Join link
join-opens-at = The webinar room opens at { $time }.
join-refreshes = This page refreshes itself; you can also come back to the same link later.

## Personal data
your-data = Your data
download-data = Download your data (JSON)
delete-link = Delete my registration and my data
delete-confirm-question = Do you really want to delete your registration and all data about it? This cannot be undone.
delete-confirm-button = Yes, delete everything
deleted-title = Your data has been deleted
deleted-text = Your registration and the data about it have been deleted. You will receive no more emails about this event.

## Times, places, links and lost links
duration-days = { $count ->
    [one] 1 day
   *[other] { $count } days
}
duration-hours = { $count ->
    [one] 1 hour
   *[other] { $count } hours
}
duration-minutes = { $count ->
    [one] 1 minute
   *[other] { $count } minutes
}
join-opens-in = Opens in { $duration }.
map-link = Map (OpenStreetMap)
checkin-code-text = Your check-in code, to show at the entrance, is at this address:
status-event-cancelled = Cancelled: the event will not take place
email-event-cancelled-body-no-invite = We regret to inform you that the event “{ $event }” has been cancelled. Your registration has ended with it; there is nothing you need to do.
delivery-note-sent = We sent you an email on { $time }.
delivery-note-queued = An email to you is on its way.
delivery-note-retrying = Our email to you has been delayed; we will try again shortly.
delivery-note-failed = Our email to you could not be delivered. Please check your email address.
register-again = Register again
resend-title = Send me my link again
resend-explain = Enter the email address you registered with. If it has registrations for coming events, we will send you the link to each of them.
resend-broken-link = This link is incomplete or no longer valid. It may have been cut off or mistyped. We can send you your link again.
resend-button = Send my link
resend-sent = If the address { $email } has registrations for coming events, we have sent it an email with each link. It can take a few minutes to arrive.
resend-check-address = Nothing received? Check the address above for typing errors and look in your spam folder.
thanks-sent-to = We sent it to { $email }. Is this address correct?
thanks-resend-later = We sent an email to this address a few minutes ago. We can send it again from { $time }.
admin-joined-at = Opened the join link: { $time }
register-link = Register now
form-check-again = Please check your details and send the form again.
other-time-zones = Other time zones
home-description = Upcoming events of { $site }: see the programme and register online.

## After the event: certificates of attendance
certificate-heading = Certificate of attendance
certificate-certifies = { $site } certifies that
certificate-attended = attended
certificate-online = Online
certificate-minutes = { $minutes ->
    [one] { $minutes } minute attended
   *[other] { $minutes } minutes attended
}
certificate-verification = Verification code: { $code } — { $url }
certificate-verify-title = Certificate of attendance
certificate-genuine = This certificate is genuine.
certificate-verify-name = Name
certificate-verify-event = Event
certificate-verify-date = Date
certificate-download = Download your certificate of attendance (PDF)

## After the event: feedback
feedback-title = Your feedback
feedback-saved = Thank you: your feedback has been saved. You may change it until feedback closes.
feedback-closed = Feedback for this event is closed.
feedback-anonymous = Your answers are stored without your name.
feedback-invalid = Please choose one of the answers offered.
feedback-send = Send feedback
feedback-back = Back to your registration
feedback-link = Give your feedback on the event
feedback-rating-1 = 1 – poor
feedback-rating-2 = 2 – fair
feedback-rating-3 = 3 – good
feedback-rating-4 = 4 – very good
feedback-rating-5 = 5 – excellent

## Registration form: optional reporting fields
reporting-gender = Gender (optional)
reporting-age_group = Age group (optional)
reporting-why = The network reports to its members and donors how many women and young people take part, per region. Answering is optional; by answering you consent to this use. Only totals of at least five people are shown, and your answer is erased with your other personal data.
reporting-gender-woman = Woman
reporting-gender-man = Man
reporting-gender-other = Other
reporting-gender-undisclosed = I prefer not to say
reporting-age_group-under_25 = Under 25
reporting-age_group-25_34 = 25 to 34
reporting-age_group-35_54 = 35 to 54
reporting-age_group-55_plus = 55 or older
reporting-age_group-undisclosed = I prefer not to say
reporting-invalid = Please choose one of the answers offered, or none.

## Admin dashboard: the network's reporting and feedback
admin-reporting-title = Per region: women and young people
admin-reporting-region = Region
admin-reporting-women = Share of women
admin-reporting-under-35 = Share under 35
admin-reporting-target = Target
admin-reporting-fewer-than-5 = fewer than 5
admin-feedback-title = Feedback
admin-feedback-responses = Responses: { $count }
admin-feedback-filter = Filter
admin-certificates-zip = Certificates (ZIP)
admin-targets = The network's targets per region
admin-targets-help = Whole percentages from 0 to 100; leave a field empty for no target. The dashboards show them beside the actual shares.
admin-targets-saved = The targets have been saved.
admin-targets-invalid = Each target is a whole number from 0 to 100, or empty.

## After the event: the feedback email, export and reporting range
email-feedback-subject = Your feedback on { $event }
email-feedback-body = Thank you for attending “{ $event }”. Please tell us what you thought: it takes a few minutes, and every question may be left blank.
email-feedback-action = Give your feedback
admin-feedback-export = Download the answers (CSV)
certificate-sessions = Sessions attended:
admin-dashboard-from = From
admin-dashboard-to = To
admin-dashboard-range-invalid = Please write dates as YYYY-MM-DD, the first no later than the second.

## Admin event form: feedback questions
admin-section-feedback = Feedback after the event
admin-feedback-help = Questions attendees may answer once the event is over, at their own link. Every question may be left blank.
admin-question-kind-rating = Rating from 1 to 5
admin-feedback-after-hours = Send the feedback link by email, hours after the end
admin-feedback-after-hours-help = From 0 to 1440; leave empty to send no email (the link is still on each attendee's page).
admin-feedback-closes-at = Feedback closes at
admin-feedback-anonymous = Store the answers without the participant's name
admin-error-feedback-hours = Enter a whole number of hours from 0 to 1440, or leave the field empty.
admin-error-collect = “{ $field }” is not a reporting field: choose among gender and age_group.

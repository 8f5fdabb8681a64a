# The organizers' side of programmes and series.

admin-next-meeting = Create the next meeting
admin-next-meeting-help = The new meeting joins the series “{ $series }” as a draft, with this meeting’s texts, questions, place, languages and settings. Its programme starts empty.
admin-next-meeting-create = Create the draft
admin-sessions = Sessions
admin-session = Session
admin-checkin-session = Check in for
admin-checkin-whole-event = The whole event
admin-section-programme = Programme
admin-sessions-help = Optional: sessions with their own time, room or link, speakers and seats. Participants choose among them; choosing none means the whole programme. Sessions may overlap. Removing a session sends its holders a calendar cancellation; moving one sends them an update.
admin-session-new = New session
admin-session-key = Key
admin-session-link = Link (online session)
admin-session-speakers-help = One speaker a line: Name | Organisation.
admin-session-remove = Remove this session
admin-section-series = Series and delegations
admin-series-help = Recurring meetings share a series: lower-case letters, digits and dashes. Leave empty for none.
admin-field-delegates-cap = Delegates per organisation
admin-delegates-cap-help = The most delegates one organisation may register. Leave empty for no limit.
admin-error-session-key = Use 1 to 40 lower-case letters, digits, _ or -, different for each session.
admin-error-session-title = Give the session a title in at least one language.
admin-error-speaker-name = Every speaker needs a name.

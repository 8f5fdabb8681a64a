# The organizers' side of programmes and series.

admin-next-meeting = Create the next meeting
admin-next-meeting-help = The new meeting joins the series “{ $series }” as a draft, with this meeting’s texts, questions, place, languages and settings. Its programme starts empty.
admin-next-meeting-create = Create the draft
admin-sessions = Sessions
admin-session = Session
admin-checkin-session = Check in for
admin-checkin-whole-event = The whole event

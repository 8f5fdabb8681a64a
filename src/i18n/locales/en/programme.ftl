# Programmes (sessions), series and delegations.

email-sessions-changed-subject = Your programme: { $event }
email-sessions-changed-body = Your sessions at “{ $event }” have changed. The attached invitation holds one calendar entry per session in which you have a seat; opening it updates your calendar.
email-sessions-cancelled-subject = Sessions withdrawn: { $event }
email-sessions-cancelled-body = You no longer have a seat in one or more sessions of “{ $event }”. The attached file removes them from your calendar.
email-delegation-subject = Your delegation: { $event }
email-delegation-body = You registered the following people for “{ $event }”. Each of them receives their own emails, in their own language, and must confirm their own address.
email-delegation-waitlisted = Those marked “waiting list” have no seat yet: they get one automatically as soon as a seat is freed.
email-delegation-manage = Until registration closes, you can add, replace or cancel delegates on your page.
programme = Programme
programme-overlaps = Overlaps with another session
programme-speakers = Speakers
programme-room = Room
programme-full = Full: waiting list
programme-seats-left = { $count ->
    [one] 1 seat left
   *[other] { $count } seats left
}
programme-choose = Sessions
programme-choose-help = Choose the sessions you will attend. Choosing none means the whole programme.
programme-your-sessions = Your sessions
programme-change = Change my sessions
error-sessions-unknown = This session does not exist in the programme: { $key }.
series = Series
series-events = Meetings of this series
series-next = Register for the next meeting
series-none = No meetings in this series yet.
delegation = Delegation
delegation-help = As the contact person of your organisation, you may also register delegates. Each delegate receives their own emails.
delegate-name = Name of the delegate
delegate-email = Email address of the delegate
delegate-language = Language of the delegate
delegate-add = Add another delegate
delegate-row = Delegate { $number }
delegate-status = Status
delegate-cancel = Cancel this delegate
delegate-save = Register these delegates
delegates-yours = Your delegates
error-delegate-duplicate = This address appears twice in the delegation.
error-delegate-registered = This address is already registered for this event.
error-delegate-name-required = Please enter the name of the delegate.
error-delegates-too-many = { $count ->
    [one] At most 1 delegate per organisation may register for this event.
   *[other] At most { $count } delegates per organisation may register for this event.
}
delegation-closed = Registration is closed: the delegation can no longer be changed.
programme-back = Back to my registration
programme-manage = My sessions and delegates

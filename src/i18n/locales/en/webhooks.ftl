# Webhooks: refusals of a receiver address, the admin pages, the note to the owner.
webhook-url-invalid = Please enter a full web address, such as https://crm.example.org/hooks.
webhook-url-not-https = The address must start with https://.
webhook-url-credentials = The address must not contain a user name or password.
webhook-url-unresolvable = This host name cannot be found.
webhook-url-forbidden = This address leads to a private, local or link-local network, which webhooks may not reach.
webhook-events-invalid = Please choose at least one of the listed event types.
webhook-event-unknown = None of the events you manage has this identifier.
webhook-disabled-subject = A webhook has been switched off
webhook-disabled-email = Convene could not deliver to { $url } for a whole day and has switched this webhook off.

    Last error: { $reason }

    Once the receiver works again, you can switch the webhook back on and send the failed deliveries again here:
    { $page }
admin-webhooks = Webhooks
admin-webhooks-help = Convene sends a signed POST to these addresses when something happens at your events. Deliveries that fail are retried for a day.
admin-webhook-url = Receiver address (https)
admin-webhook-events = Event types
admin-webhook-scope = Events
admin-webhook-scope-all = All events I manage
admin-webhook-add = Add webhook
admin-webhook-secret-once = This is the signing secret. It is shown only this once: please copy it into the receiving system now.
admin-webhook-active = Active
admin-webhook-disabled = Switched off: { $reason }
admin-webhook-enable = Switch on again
admin-webhook-enabled = The webhook is switched on again.
admin-webhook-deliveries = Deliveries
admin-webhook-type = Type
admin-webhook-attempts = Attempts
admin-webhook-no-answer = no answer
admin-webhook-body = Body sent
admin-webhook-send-again = Send again
admin-webhook-sent-again = The delivery has been queued again.
admin-webhook-none = No deliveries yet.
webhook-status-queued = queued
webhook-status-sending = sending
webhook-status-retrying = will be retried
webhook-status-delivered = delivered
webhook-status-failed = failed

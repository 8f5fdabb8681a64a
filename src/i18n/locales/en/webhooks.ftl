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

# Webhooks: weigeringen van een ontvangstadres, de beheerpagina's, het bericht aan de eigenaar.
webhook-url-invalid = Vul een volledig webadres in, bijvoorbeeld https://crm.example.org/hooks.
webhook-url-not-https = Het adres moet met https:// beginnen.
webhook-url-credentials = Het adres mag geen gebruikersnaam of wachtwoord bevatten.
webhook-url-unresolvable = Deze hostnaam is niet te vinden.
webhook-url-forbidden = Dit adres leidt naar een privé-, lokaal of link-local netwerk, dat webhooks niet mogen bereiken.
webhook-events-invalid = Kies ten minste een van de genoemde soorten gebeurtenissen.
webhook-event-unknown = Geen van de evenementen die u beheert heeft deze code.
webhook-disabled-subject = Een webhook is uitgeschakeld
webhook-disabled-email = Convene kon een hele dag niet leveren aan { $url } en heeft deze webhook uitgeschakeld.

    Laatste fout: { $reason }

    Zodra de ontvanger weer werkt, kunt u de webhook hier weer inschakelen en de mislukte leveringen opnieuw versturen:
    { $page }
admin-webhooks = Webhooks
admin-webhooks-help = Convene stuurt een ondertekende POST naar deze adressen wanneer er iets gebeurt bij uw evenementen. Mislukte leveringen worden een dag lang opnieuw geprobeerd.
admin-webhook-url = Ontvangstadres (https)
admin-webhook-events = Soorten gebeurtenissen
admin-webhook-scope = Evenementen
admin-webhook-scope-all = Alle evenementen die ik beheer
admin-webhook-add = Webhook toevoegen
admin-webhook-secret-once = Dit is het ondertekeningsgeheim. Het wordt alleen nu getoond: kopieer het nu naar het ontvangende systeem.
admin-webhook-active = Actief
admin-webhook-disabled = Uitgeschakeld: { $reason }
admin-webhook-enable = Weer inschakelen
admin-webhook-enabled = De webhook is weer ingeschakeld.
admin-webhook-deliveries = Leveringen
admin-webhook-type = Soort
admin-webhook-attempts = Pogingen
admin-webhook-no-answer = geen antwoord
admin-webhook-body = Verstuurde inhoud
admin-webhook-send-again = Opnieuw versturen
admin-webhook-sent-again = De levering staat opnieuw in de wachtrij.
admin-webhook-none = Nog geen leveringen.
webhook-status-queued = in de wachtrij
webhook-status-sending = wordt verstuurd
webhook-status-retrying = wordt opnieuw geprobeerd
webhook-status-delivered = geleverd
webhook-status-failed = mislukt

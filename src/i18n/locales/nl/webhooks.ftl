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

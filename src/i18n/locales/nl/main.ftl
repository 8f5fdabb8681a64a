# Convene: Nederlandse teksten. Elke sleutel bestaat ook in en, fr en es (een test controleert dat).

## Kader
skip-to-content = Naar de inhoud
language = Taal
calendar-feed = Alle evenementen (agenda)
privacy-notice = Privacyverklaring
imprint = Colofon
back-to-events = Terug naar de evenementen

## Startpagina
upcoming-events = Komende evenementen
no-upcoming-events = Er zijn momenteel geen geplande evenementen.
past-events = Voorbije evenementen
subscribe-calendar = Abonneer u op alle evenementen in uw agenda
download-calendar = Agenda downloaden
event-cancelled = Geannuleerd

## Soorten evenementen
kind-webinar = Webinar (online)
kind-in_person = Fysiek
kind-hybrid = Hybride (fysiek en online)

## Evenementpagina
when = Datum en tijd
when-yours = In uw tijdzone
where = Plaats
venue = Adres
format = Vorm
online = Online
seats = Plaatsen
seats-left = { $count ->
    [one] nog 1 plaats vrij
   *[other] nog { $count } plaatsen vrij
}
seats-full-waitlist = Volzet: u kunt zich op de wachtlijst laten zetten.
shown-in-language = Deze tekst is niet beschikbaar in uw taal; hij wordt weergegeven in de volgende taal: { $language }.
add-to-calendar = Toevoegen aan uw agenda
calendar-file = Agendabestand (.ics)

## Inschrijvingsformulier
register-title = Inschrijven
register-button = Inschrijven
form-has-errors = Sommige velden vragen uw aandacht. Bekijk de meldingen hieronder.
field-name = Volledige naam
field-email = E-mailadres
field-organization = Organisatie
field-country = Land
field-language = Taal van de e-mails
field-time-zone = Uw tijdzone
field-consent = Ik ga ermee akkoord dat mijn gegevens worden bewaard om dit evenement te organiseren en mij e-mails hierover te sturen.
required-fields = Velden met * zijn verplicht.
choose = Maak een keuze…

## Foutmeldingen bij het invullen
error-name-required = Vul uw naam in.
error-name-too-long = Uw naam mag maximaal 200 tekens bevatten.
error-email-required = Vul uw e-mailadres in.
error-email-invalid = Vul een geldig e-mailadres in, bijvoorbeeld naam@example.org.
error-email-too-long = Dit e-mailadres is te lang.
error-organization-too-long = De naam van de organisatie mag maximaal 200 tekens bevatten.
error-country-required = Kies uw land.
error-country-invalid = Kies een land uit de lijst.
error-language-invalid = Kies een van de voorgestelde talen.
error-consent-required = Geef uw toestemming om u in te schrijven.
error-control-characters = Dit veld bevat tekens die niet zijn toegestaan.
error-answer-required = Beantwoord deze vraag.
error-answer-invalid = Kies een van de voorgestelde antwoorden.

## Inschrijvingen gesloten
closed-not-published = De inschrijvingen voor dit evenement zijn niet geopend.
closed-cancelled = Dit evenement is geannuleerd.
closed-not-open = De inschrijvingen zijn nog niet geopend.
closed-over = De inschrijvingen voor dit evenement zijn afgesloten.
closed-full = Dit evenement is volzet.
closed-not-invited = Dit evenement is alleen op uitnodiging, en dit adres werd niet uitgenodigd.

## Na de inschrijving
thanks-title = Bedankt
thanks-confirm = We hebben u een e-mail gestuurd. Open de link in die e-mail om uw e-mailadres te bevestigen: uw inschrijving is pas geldig nadat u het e-mailadres hebt bevestigd.
thanks-registered = We hebben u een e-mail gestuurd met de status van uw inschrijving en een link naar uw persoonlijke inschrijvingspagina.
thanks-no-email = Geen e-mail ontvangen? Kijk in de map met ongewenste e-mail, of schrijf u opnieuw in met hetzelfde adres om de e-mail nog eens te laten versturen.

## Pagina van de deelnemer
status = Status
status-pending = Wacht op de bevestiging van uw e-mailadres
status-confirmed = Bevestigd
status-waitlisted = Op de wachtlijst
status-cancelled = Geannuleerd
status-expired = Verlopen (het e-mailadres werd niet op tijd bevestigd)
place-in-line = U bent nummer { $position } op de wachtlijst.
confirm-explain = Bevestig dat dit e-mailadres van u is.
confirm-button = Mijn inschrijving bevestigen
join-link = Deelnamelink
join-online = Online volgen
join-webinar = Deelnemen aan het webinar
your-registration = Uw inschrijving
email-delivery = Laatste e-mail
delivery-queued = wacht op verzending
delivery-sending = wordt verzonden
delivery-sent = verzonden
delivery-retrying = vertraagd, wordt opnieuw verzonden
delivery-failed = kon niet worden afgeleverd
change-language = Taal van uw e-mails
save = Opslaan
cancel-title = Uw inschrijving annuleren
cancel-link = Ik kan niet meer deelnemen
cancel-confirm-question = Wilt u uw inschrijving echt annuleren? Uw plaats gaat dan naar de volgende persoon op de wachtlijst.
cancel-confirm-button = Ja, mijn inschrijving annuleren
cancel-keep = Nee, mijn inschrijving behouden
event-page = Evenementpagina

## Fouten
error-title = Er is iets misgegaan
error-not-found = Deze pagina bestaat niet, of de link is niet meer geldig.
error-forbidden = U hebt geen toestemming om dit te doen.
error-csrf = Dit formulier is verlopen. Ga terug, laad de pagina opnieuw en probeer het nog eens.
error-bad-request = De aanvraag kon niet worden verwerkt.
error-too-many = Te veel pogingen. Wacht een minuut en probeer het dan opnieuw.
error-unavailable = De dienst is tijdelijk niet beschikbaar. Probeer het over enkele minuten opnieuw.
error-internal = Er is een onverwachte fout opgetreden. Probeer het later opnieuw.

## E-mails
email-greeting = Beste { $name },
email-footer = Deze e-mail werd verstuurd door { $site } omdat dit adres gebruikt werd voor een inschrijving.
email-contact = Vragen? Schrijf naar { $contact }.
email-manage-action = Uw inschrijving bekijken of wijzigen
email-confirm-subject = Bevestig uw inschrijving: { $event }
email-confirm-body = Bedankt voor uw inschrijving voor “{ $event }”. Bevestig uw e-mailadres door de link hieronder te openen en op die pagina op de knop te klikken.
email-confirm-action = Mijn inschrijving bevestigen
email-confirm-ignore = Hebt u zich niet ingeschreven? Dan kunt u deze e-mail negeren: zonder bevestiging vervalt de inschrijving.
email-confirmed-subject = Inschrijving bevestigd: { $event }
email-confirmed-body = Uw inschrijving voor “{ $event }” is bevestigd. De agenda-uitnodiging vindt u in de bijlage.
email-waitlisted-subject = Wachtlijst: { $event }
email-waitlisted-body = Het evenement “{ $event }” is volzet; daarom staat u op de wachtlijst. Komt er een plaats vrij, dan krijgt u die automatisch en sturen wij u een e-mail.
email-promoted-subject = Er is een plaats vrij voor u: { $event }
email-promoted-body = Goed nieuws: er is een plaats vrijgekomen en uw inschrijving voor “{ $event }” is nu bevestigd. De agenda-uitnodiging vindt u in de bijlage.
email-cancelled-subject = Inschrijving geannuleerd: { $event }
email-cancelled-body = Uw inschrijving voor “{ $event }” is geannuleerd. Zolang de inschrijvingen open zijn, kunt u zich op elk moment opnieuw inschrijven.
email-updated-subject = Evenement gewijzigd: { $event }
email-updated-body = De gegevens van “{ $event }” zijn gewijzigd. De bijgewerkte agenda-uitnodiging vindt u in de bijlage; als u ze opent, wordt de afspraak in uw agenda bijgewerkt.
email-updated-moved = Nieuwe datum: { $new }. Vorige datum: { $old }.
email-updated-place = De plaats of de deelnamelink is gewijzigd: zie de gegevens hieronder.
email-event-cancelled-subject = Evenement geannuleerd: { $event }
email-event-cancelled-body = Helaas moeten wij u meedelen dat het evenement “{ $event }” is geannuleerd. Met het bijgevoegde bestand verwijdert u het uit uw agenda.
email-reminder-subject = Herinnering: { $event }
email-reminder-body = Wij herinneren u eraan dat “{ $event }” binnenkort begint.

## Deelnamelink
join-opens-at = De webinarruimte gaat open op { $time }.
join-refreshes = Deze pagina ververst zichzelf; u kunt ook later naar dezelfde link terugkeren.

## Persoonsgegevens
your-data = Uw gegevens
download-data = Uw gegevens downloaden (JSON)
delete-link = Mijn inschrijving en mijn gegevens verwijderen
delete-confirm-question = Wilt u uw inschrijving en alle bijbehorende gegevens echt verwijderen? Dit kan niet ongedaan worden gemaakt.
delete-confirm-button = Ja, alles verwijderen
deleted-title = Uw gegevens zijn verwijderd
deleted-text = Uw inschrijving en de bijbehorende gegevens zijn verwijderd. U ontvangt geen e-mails meer over dit evenement.

## Tijden, plaatsen, links en verloren links
duration-days = { $count ->
    [one] 1 dag
   *[other] { $count } dagen
}
duration-hours = { $count ->
    [one] 1 uur
   *[other] { $count } uur
}
duration-minutes = { $count ->
    [one] 1 minuut
   *[other] { $count } minuten
}
join-opens-in = Gaat open over { $duration }.
map-link = Kaart (OpenStreetMap)
checkin-code-text = Uw aanmeldcode, om bij de ingang te tonen, staat op dit adres:
status-event-cancelled = Geannuleerd: het evenement gaat niet door
email-event-cancelled-body-no-invite = Tot onze spijt moeten wij u meedelen dat het evenement ‘{ $event }’ is geannuleerd. Uw inschrijving vervalt daarmee; u hoeft niets te doen.
delivery-note-sent = Wij hebben u op { $time } een e-mail gestuurd.
delivery-note-queued = Er is een e-mail naar u onderweg.
delivery-note-retrying = Onze e-mail aan u is vertraagd; wij proberen het binnenkort opnieuw.
delivery-note-failed = Onze e-mail kon niet worden bezorgd. Controleer uw e-mailadres.
register-again = Opnieuw inschrijven
resend-title = Stuur mij mijn link opnieuw
resend-explain = Vul het e-mailadres in waarmee u zich hebt ingeschreven. Als er inschrijvingen voor komende evenementen bij horen, sturen wij u de link van elk ervan.
resend-broken-link = Deze link is onvolledig of niet meer geldig. Misschien is hij afgebroken of verkeerd overgenomen. Wij kunnen u uw link opnieuw sturen.
resend-button = Stuur mijn link
resend-sent = Als het adres { $email } inschrijvingen voor komende evenementen heeft, hebben wij er een e-mail met elke link naartoe gestuurd. Het kan enkele minuten duren voor die aankomt.
resend-check-address = Niets ontvangen? Controleer het adres hierboven op tikfouten en kijk in uw spammap.
thanks-sent-to = Wij hebben hem gestuurd naar { $email }. Klopt dit adres?
thanks-resend-later = Wij hebben enkele minuten geleden een e-mail naar dit adres gestuurd. Wij kunnen hem opnieuw sturen vanaf { $time }.
admin-joined-at = Opende de deelnamelink: { $time }
register-link = Nu inschrijven
form-check-again = Controleer uw gegevens en verstuur het formulier opnieuw.
other-time-zones = Andere tijdzones
home-description = Komende evenementen van { $site }: bekijk het programma en schrijf u online in.

# Convene: teksten van de pagina's voor organisatoren (/admin) en van de API-documentatie.

## Kader en navigatie
admin-nav = Menu voor organisatoren
admin-events = Evenementen
admin-users = Accounts
admin-tokens = API-tokens
admin-password = Wachtwoord
admin-api-docs = API-documentatie
admin-signed-in-as = Aangemeld als { $email }
admin-sign-out = Afmelden
admin-none = Hier staat nog niets.
admin-back-to-events = Terug naar alle evenementen
admin-create = Aanmaken
admin-edit = Bewerken
admin-actions = Acties
admin-all = Alle
admin-yes = Ja
admin-no = Nee
admin-created = Aangemaakt

## Aanmelden en wachtwoord
admin-sign-in = Aanmelden
admin-password-field = Wachtwoord
admin-login-wrong = Het e-mailadres of het wachtwoord is niet juist.
admin-no-account-yet = Er bestaat nog geen organisatoraccount. Voer deze opdracht uit op de server om de eerste beheerder aan te maken; het wachtwoord wordt één keer getoond:
admin-login-throttled = { $minutes ->
    [one] Te veel mislukte aanmeldpogingen. Probeer het over 1 minuut opnieuw.
   *[other] Te veel mislukte aanmeldpogingen. Probeer het over { $minutes } minuten opnieuw.
}
admin-password-current = Huidig wachtwoord
admin-password-new = Nieuw wachtwoord
admin-password-repeat = Nieuw wachtwoord, nog een keer
admin-password-rule = Minstens 10 tekens.
admin-password-change = Wachtwoord wijzigen
admin-error-password-wrong = Het huidige wachtwoord is niet juist.
admin-error-password-short = Het wachtwoord moet minstens 10 tekens hebben.
admin-error-password-mismatch = De twee nieuwe wachtwoorden zijn niet gelijk.

## Meldingen na een actie
admin-done-created = Het evenement is aangemaakt. Het blijft een concept tot u het publiceert.
admin-done-saved = Uw wijzigingen zijn opgeslagen.
admin-done-published = Het evenement is gepubliceerd.
admin-done-unpublished = Het evenement is niet langer gepubliceerd.
admin-done-cancelled = Het evenement is geannuleerd en de deelnemers worden op de hoogte gebracht.
admin-done-added = De inschrijving is toegevoegd.
admin-done-status = De status is gewijzigd en de deelnemer wordt op de hoogte gebracht.
admin-done-resent = De e-mail wordt opnieuw verstuurd.
admin-done-user = Het account is aangemaakt.
admin-done-revoked = Het token is ingetrokken.
admin-done-password = Uw wachtwoord is gewijzigd. Uw andere sessies zijn afgemeld.
admin-problem-no-seat = Er is geen plaats vrij. Verhoog eerst de capaciteit of annuleer een andere inschrijving.
admin-problem-not-allowed = Deze wijziging is voor deze inschrijving niet mogelijk.

## Evenementen
admin-event = Evenement
admin-event-new = Nieuw evenement
admin-event-status-draft = Concept
admin-event-status-published = Gepubliceerd
admin-event-status-cancelled = Geannuleerd
admin-reg-status-pending = In afwachting
admin-reg-status-confirmed = Bevestigd
admin-reg-status-waitlisted = Wachtlijst
admin-reg-status-cancelled = Geannuleerd
admin-reg-status-expired = Verlopen
admin-attended = Aanwezig
admin-registrations = Inschrijvingen
admin-preview = Voorbeeld
admin-publish = Publiceren
admin-unpublish = Publicatie intrekken
admin-cancel-event = Het evenement annuleren
admin-cancel-warning = { $count ->
    [0] Annuleren kan niet ongedaan worden gemaakt. Er is niemand ingeschreven: er wordt geen e-mail verstuurd.
    [one] Annuleren kan niet ongedaan worden gemaakt. De ene ingeschreven persoon ontvangt een e-mail met een annulering voor de agenda.
   *[other] Annuleren kan niet ongedaan worden gemaakt. De { $count } ingeschreven personen ontvangen een e-mail met een annulering voor de agenda.
}
admin-cancel-confirm = Ja, het evenement annuleren en iedereen verwittigen
admin-cancel-keep = Nee, het evenement behouden
admin-seats-taken = { $taken } van { $capacity } bezet
admin-unlimited = Onbeperkt
admin-opens-now = Zodra het gepubliceerd is
admin-closes-at-start = Bij het begin van het evenement
admin-translation-missing = vertaling ontbreekt

## Formulier van een evenement
admin-section-basics = Basisgegevens
admin-section-registration = Inschrijving
admin-section-place = Plaats en deelnamelink
admin-section-languages = Talen en teksten
admin-section-questions = Eigen vragen
admin-field-slug = Korte naam in het adres
admin-slug-help = Kleine letters, cijfers en koppeltekens, bv. sociaal-overleg-2026. Deze naam kan later niet meer worden gewijzigd.
admin-field-timezone = Tijdzone
admin-field-starts-at = Begint
admin-field-ends-at = Eindigt
admin-times-help = Datums en uren zijn in de tijdzone van het evenement.
admin-field-owner = Beheerd door
admin-field-capacity = Capaciteit
admin-capacity-help = Laat leeg voor een onbeperkt aantal plaatsen.
admin-field-opens = Inschrijving opent
admin-field-closes = Inschrijving sluit
admin-field-reminders = Herinneringen (minuten voor het begin)
admin-reminders-help = Gescheiden door komma's, bv. 1440, 60 voor een dag en een uur vooraf.
admin-field-retention = Persoonsgegevens bewaren (maanden na het evenement)
admin-retention-help = Leeg: de standaard van de site, { $months } maanden. Daarna worden de gegevens van de deelnemers geanonimiseerd.
admin-field-confirmation = Deelnemers moeten hun e-mailadres bevestigen
admin-field-waitlist = Een wachtlijst aanbieden wanneer het evenement volzet is
admin-field-pending-holds-seat = Een plaats vrijhouden voor wie nog niet bevestigd heeft
admin-field-join-url = Deelnamelink (webinars)
admin-join-url-help = Enkel zichtbaar voor bevestigde deelnemers, nooit op de openbare pagina.
admin-field-languages = Aangeboden talen
admin-field-default-language = Standaardtaal
admin-field-title = Titel
admin-field-description = Beschrijving
admin-description-help = Beschrijvingen gebruiken Markdown: **vet**, *cursief*, lijsten en links.
admin-questions-help = Elke vraag krijgt een veld op het inschrijvingsformulier en een kolom in de export. Vul de lege vraag in om er een toe te voegen.
admin-question-new = Nieuwe vraag
admin-question-n = Vraag { $number }
admin-question-id = Veldnaam
admin-question-kind = Soort
admin-question-kind-text = Tekst
admin-question-kind-choice = Keuze uit een lijst
admin-question-kind-checkbox = Selectievakje
admin-question-required = Antwoord verplicht
admin-question-remove = Deze vraag verwijderen
admin-question-label = Label
admin-question-options = Keuzes (voor een keuzelijst)
admin-question-options-help = Elke keuze heeft een waarde (die bewaard en geëxporteerd wordt) en een label per taal. Vul een lege rij in om er een toe te voegen.
admin-option-value = Waarde
admin-error-required = Dit veld is verplicht.
admin-error-invalid = Deze waarde is niet geldig.
admin-error-date = Geef een datum en een uur op, bv. 2026-03-14 14:00.
admin-error-timezone = Geef een tijdzone op, zoals Europe/Brussels.
admin-error-capacity = Geef een geheel getal van 1 tot 1000000 op, of laat het veld leeg.
admin-error-reminders = Geef aantallen minuten op, gescheiden door komma's.
admin-error-retention = Geef een geheel aantal maanden van 1 tot 120 op, of laat het veld leeg.
admin-error-slug = Gebruik 2 tot 80 kleine letters, cijfers en enkele koppeltekens.
admin-error-slug-taken = Een ander evenement gebruikt deze korte naam al.
admin-error-ends-before-start = Het einde moet na het begin liggen.
admin-error-closes-before-opens = De inschrijving moet sluiten nadat ze geopend is.
admin-error-languages = Bied minstens één taal aan.
admin-error-title = Geef het evenement een titel in minstens één taal.
admin-error-join-url = De deelnamelink moet een webadres zijn dat begint met http:// of https://.
admin-error-question-id = Gebruik kleine letters, cijfers en _ (geen naam die het formulier al gebruikt).
admin-error-question-duplicate = Twee vragen hebben deze veldnaam.
admin-error-question-label = Geef de vraag een label in minstens één taal.
admin-error-question-options = Een keuzelijst heeft minstens één keuze nodig.
admin-error-text-line = Hoogstens { $max } tekens, op één regel.
admin-error-text-long = Hoogstens { $max } tekens.
admin-error-visibility = Kies openbaar, niet vermeld of op uitnodiging.
admin-error-delegates = Geef een geheel getal van 1 tot 10000 op, of laat het veld leeg.
admin-error-join-urls-language = Elke link moet bij een van de tolktalen horen.
admin-error-slug-fixed = De korte naam van een bestaand evenement kan niet worden gewijzigd.

## Inschrijvingen
admin-search = Naam, e-mail of organisatie
admin-filter = Filteren
admin-registrations-found = { $count ->
    [one] 1 inschrijving
   *[other] { $count } inschrijvingen
}
admin-registered-at = Ingeschreven
admin-minutes = { $count } min.
admin-status-change = Wijzigen
admin-resend = De e-mail opnieuw versturen
admin-pages = Pagina's
admin-previous = Vorige
admin-next = Volgende
admin-page-of = Pagina { $page } van { $pages }
admin-registration-add = Een inschrijving toevoegen
admin-registration-add-help = De persoon ontvangt dezelfde e-mails als bij een eigen inschrijving.
admin-registration-consent = De persoon gaat ermee akkoord dat de gegevens voor dit evenement worden bewaard.
admin-error-already-registered = Dit e-mailadres is al ingeschreven voor dit evenement.

## Logboek
admin-audit = Logboek van wijzigingen
admin-audit-when = Wanneer
admin-audit-who = Wie
admin-audit-what = Wat
admin-audit-detail = Details
admin-audit-created = Evenement aangemaakt
admin-audit-updated = Evenement gewijzigd
admin-audit-published = Gepubliceerd
admin-audit-unpublished = Publicatie ingetrokken
admin-audit-cancelled = Evenement geannuleerd
admin-audit-owner = Overgedragen
admin-audit-registration_added = Inschrijving toegevoegd
admin-audit-registration_status = Status van een inschrijving gewijzigd
admin-audit-email_resent = E-mail opnieuw verstuurd

## Accounts
admin-role = Rol
admin-role-admin = Beheerder (alle evenementen en accounts)
admin-role-organizer = Organisator (eigen evenementen)
admin-user-new = Nieuw account
admin-error-user-taken = Er bestaat al een account met dit e-mailadres.

## API-tokens
admin-tokens-help = Met een token kunnen scripts de API in uw naam gebruiken. Trek een token in zodra het niet meer nodig is.
admin-token-name = Naam
admin-token-create = Een token aanmaken
admin-token-shown-once = Kopieer dit token nu: het wordt maar één keer getoond.
admin-token-last-used = Laatst gebruikt
admin-token-never-used = Nooit
admin-token-revoke = Intrekken
admin-token-revoked-at = Ingetrokken op { $when }

## API-documentatie
api-docs-intro = Dezelfde beschrijving, voor tools:
api-docs-operations = Bewerkingen
api-docs-parameters = Parameters
api-docs-required = verplicht
api-docs-request = Inhoud van het verzoek
api-docs-responses = Antwoorden
api-docs-schemas = Schema's

# Addresses refused by policy (shown on the public form)
error-email-ip-literal = Gebruik een adres met een domeinnaam, bijvoorbeeld naam@example.org, geen IP-adres.
error-email-quoted = Gebruik een adres zonder aanhalingstekens, bijvoorbeeld naam@example.org.

# Beveiliging: demo-account, accounts, geldigheid van tokens
admin-demo-banner = Het demo-account bestaat, en daarmee de aanmelding van de demo. Verwijder de demo vóór echt gebruik met “convene demo --remove”.
admin-user-demo = demo
admin-user-active = Actief
admin-user-disabled = Uitgeschakeld
admin-user-disable = Uitschakelen
admin-user-enable = Inschakelen
admin-done-user-disabled = Het account is uitgeschakeld: het kan zich niet meer aanmelden en de API-tokens werken niet meer.
admin-done-user-enabled = Het account is weer ingeschakeld.
admin-token-expiry = Vervalt
admin-token-expiry-never = Nooit (tot intrekking)
admin-token-expiry-days = Over { $days } dagen
admin-token-expired-at = Vervallen op { $when }

# Aanmelden in twee stappen
admin-two-factor = Aanmelden in twee stappen
admin-two-factor-help = Na uw wachtwoord vraagt Convene een code van zes cijfers uit een authenticator-app op uw telefoon, zodat een gestolen wachtwoord alleen de gegevens van deelnemers niet opent.
admin-two-factor-on = Aanmelden in twee stappen staat aan voor uw account.
admin-two-factor-off = Aanmelden in twee stappen staat uit voor uw account.
admin-two-factor-start = Aanmelden in twee stappen instellen
admin-two-factor-scan = Scan deze code met uw authenticator-app, of typ het geheim erin, en vul dan de code van zes cijfers in die de app toont.
admin-two-factor-secret = Geheim:
admin-two-factor-confirm = Bevestigen en inschakelen
admin-two-factor-wrong-code = Deze code is niet juist. Controleer de tijd op uw telefoon en probeer de huidige code.
admin-two-factor-recovery-codes = Uw herstelcodes, alleen nu getoond. Bewaar ze op een veilige plaats: met elke code meldt u zich één keer aan zonder uw telefoon.
admin-two-factor-required-notice = Een beheerder vereist aanmelden in twee stappen. Stel het in om verder te gaan.
admin-two-factor-require = Aanmelden in twee stappen voor alle organisatoren
admin-two-factor-required-on = Vereist voor elke organisator.
admin-two-factor-required-off = Niet vereist: elke organisator kiest zelf.
admin-two-factor-require-start = Vereisen
admin-two-factor-require-stop = Niet langer vereisen
admin-login-code = Code uit uw authenticator-app
admin-login-code-help = Zes cijfers; of een van uw herstelcodes.
admin-login-code-wrong = Deze code is niet juist.

## Hybride evenementen en tolken
admin-field-capacity-in-person = Plaatsen in de zaal (hybride)
admin-field-capacity-online = Plaatsen online (hybride)
admin-hybrid-capacity-help = Een hybride evenement telt de zaal en online apart, elk met een eigen wachtlijst; laat leeg voor onbeperkt.
admin-field-interpretation = Tolktalen
admin-interpretation-help = Taalcodes gescheiden door komma’s, bijvoorbeeld: fr, en, es. Laat leeg zonder tolken.
admin-field-join-urls = Deelnamelink per taal
admin-join-urls-help = Eén regel per taal: de code, een spatie en dan de link (fr https://…). Luisteraars van een taal zonder regel krijgen de deelnamelink hierboven.
admin-error-interpretation = Gebruik taalcodes zoals fr, en, es, gescheiden door komma’s.
admin-error-join-urls = Schrijf één regel per tolktaal: de code, een spatie en dan een http(s)-link.

## Na het evenement: aanwezigheidsattesten
certificate-heading = Aanwezigheidsattest
certificate-certifies = { $site } verklaart dat
certificate-attended = aanwezig was op
certificate-online = Online
certificate-minutes = { $minutes ->
    [one] { $minutes } minuut aanwezig
   *[other] { $minutes } minuten aanwezig
}
certificate-verification = Verificatiecode: { $code } — { $url }
certificate-verify-title = Aanwezigheidsattest
certificate-genuine = Dit attest is echt.
certificate-verify-name = Naam
certificate-verify-event = Evenement
certificate-verify-date = Datum
certificate-download = Download uw aanwezigheidsattest (PDF)

## Na het evenement: feedback
feedback-title = Uw feedback
feedback-saved = Dank u: uw feedback is bewaard. U kunt die wijzigen tot de feedback sluit.
feedback-closed = De feedback voor dit evenement is gesloten.
feedback-anonymous = Uw antwoorden worden zonder uw naam bewaard.
feedback-invalid = Kies een van de aangeboden antwoorden.
feedback-send = Feedback versturen
feedback-back = Terug naar uw inschrijving
feedback-link = Geef uw feedback over het evenement
feedback-rating-1 = 1 – zwak
feedback-rating-2 = 2 – matig
feedback-rating-3 = 3 – goed
feedback-rating-4 = 4 – zeer goed
feedback-rating-5 = 5 – uitstekend

## Inschrijvingsformulier: optionele rapportagevelden
reporting-gender = Gender (optioneel)
reporting-age_group = Leeftijdsgroep (optioneel)
reporting-why = Het netwerk rapporteert aan zijn leden en donoren hoeveel vrouwen en jongeren deelnemen, per regio. Antwoorden is optioneel; door te antwoorden stemt u in met dit gebruik. Alleen totalen van minstens vijf personen worden getoond, en uw antwoord wordt gewist met uw andere persoonsgegevens.
reporting-gender-woman = Vrouw
reporting-gender-man = Man
reporting-gender-other = Anders
reporting-gender-undisclosed = Zeg ik liever niet
reporting-age_group-under_25 = Jonger dan 25
reporting-age_group-25_34 = 25 tot 34
reporting-age_group-35_54 = 35 tot 54
reporting-age_group-55_plus = 55 of ouder
reporting-age_group-undisclosed = Zeg ik liever niet
reporting-invalid = Kies een van de aangeboden antwoorden, of geen.

## Beheerdashboard: rapportage van het netwerk en feedback
admin-reporting-title = Per regio: vrouwen en jongeren
admin-reporting-region = Regio
admin-reporting-women = Aandeel vrouwen
admin-reporting-under-35 = Aandeel jonger dan 35
admin-reporting-target = Doel
admin-reporting-fewer-than-5 = minder dan 5
admin-feedback-title = Feedback
admin-feedback-responses = Antwoorden: { $count }
admin-feedback-filter = Filteren
admin-certificates-zip = Attesten (ZIP)
admin-targets = Doelen van het netwerk per regio
admin-targets-help = Gehele percentages van 0 tot 100; laat een veld leeg als er geen doel is. De dashboards tonen ze naast de werkelijke aandelen.
admin-targets-saved = De doelen zijn bewaard.
admin-targets-invalid = Elk doel is een geheel getal van 0 tot 100, of leeg.

## Na het evenement: de feedbackmail, export en periode van de rapportage
email-feedback-subject = Uw feedback over { $event }
email-feedback-body = Dank u voor uw deelname aan “{ $event }”. Laat ons weten wat u ervan vond: het duurt enkele minuten, en u mag elke vraag leeg laten.
email-feedback-action = Geef uw feedback
admin-feedback-export = De antwoorden downloaden (CSV)
certificate-sessions = Bijgewoonde sessies:
admin-dashboard-from = Van
admin-dashboard-to = Tot en met
admin-dashboard-range-invalid = Schrijf datums als JJJJ-MM-DD, de eerste niet later dan de tweede.

## Formulier van het evenement: feedbackvragen
admin-section-feedback = Feedback na het evenement
admin-feedback-help = Vragen die aanwezigen na afloop via hun eigen link kunnen beantwoorden. Elke vraag mag leeg blijven.
admin-question-kind-rating = Score van 1 tot 5
admin-feedback-after-hours = De feedbacklink mailen, uren na het einde
admin-feedback-after-hours-help = Van 0 tot 1440; laat leeg om geen e-mail te sturen (de link staat nog op de pagina van elke deelnemer).
admin-feedback-closes-at = Feedback sluit op
admin-feedback-anonymous = De antwoorden zonder de naam van de deelnemer bewaren
admin-error-feedback-hours = Vul een geheel aantal uren van 0 tot 1440 in, of laat het veld leeg.
admin-error-collect = “{ $field }” is geen rapportageveld: kies uit gender en age_group.

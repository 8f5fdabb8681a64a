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

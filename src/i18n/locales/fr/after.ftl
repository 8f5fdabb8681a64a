## Après l'événement : attestations de présence
certificate-heading = Attestation de présence
certificate-certifies = { $site } atteste que
certificate-attended = a participé à
certificate-online = En ligne
certificate-minutes = { $minutes ->
    [one] { $minutes } minute de présence
   *[other] { $minutes } minutes de présence
}
certificate-verification = Code de vérification : { $code } — { $url }
certificate-verify-title = Attestation de présence
certificate-genuine = Cette attestation est authentique.
certificate-verify-name = Nom
certificate-verify-event = Événement
certificate-verify-date = Date
certificate-download = Téléchargez votre attestation de présence (PDF)

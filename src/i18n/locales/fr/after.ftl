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

## Après l'événement : avis
feedback-title = Votre avis
feedback-saved = Merci : votre avis a été enregistré. Vous pouvez le modifier jusqu'à la clôture.
feedback-closed = Les avis sur cet événement sont clos.
feedback-anonymous = Vos réponses sont enregistrées sans votre nom.
feedback-invalid = Veuillez choisir l'une des réponses proposées.
feedback-send = Envoyer votre avis
feedback-back = Retour à votre inscription
feedback-link = Donnez votre avis sur l'événement
feedback-rating-1 = 1 – faible
feedback-rating-2 = 2 – passable
feedback-rating-3 = 3 – bien
feedback-rating-4 = 4 – très bien
feedback-rating-5 = 5 – excellent

## Formulaire d'inscription : champs facultatifs pour les rapports
reporting-gender = Genre (facultatif)
reporting-age_group = Tranche d'âge (facultatif)
reporting-why = Le réseau rend compte à ses membres et à ses bailleurs du nombre de femmes et de jeunes qui participent, par région. Répondre est facultatif ; en répondant, vous consentez à cet usage. Seuls des totaux d'au moins cinq personnes sont affichés, et votre réponse est effacée avec vos autres données personnelles.
reporting-gender-woman = Femme
reporting-gender-man = Homme
reporting-gender-other = Autre
reporting-gender-undisclosed = Je préfère ne pas répondre
reporting-age_group-under_25 = Moins de 25 ans
reporting-age_group-25_34 = 25 à 34 ans
reporting-age_group-35_54 = 35 à 54 ans
reporting-age_group-55_plus = 55 ans ou plus
reporting-age_group-undisclosed = Je préfère ne pas répondre
reporting-invalid = Veuillez choisir l'une des réponses proposées, ou aucune.

## Tableau de bord : rapports du réseau et avis
admin-reporting-title = Par région : femmes et jeunes
admin-reporting-region = Région
admin-reporting-women = Part de femmes
admin-reporting-under-35 = Part de moins de 35 ans
admin-reporting-target = Objectif
admin-reporting-fewer-than-5 = moins de 5
admin-feedback-title = Avis
admin-feedback-responses = Réponses : { $count }
admin-feedback-filter = Filtrer
admin-certificates-zip = Attestations (ZIP)
admin-targets = Objectifs du réseau par région
admin-targets-help = Pourcentages entiers de 0 à 100 ; laissez un champ vide s'il n'y a pas d'objectif. Les tableaux de bord les affichent à côté des parts réelles.
admin-targets-saved = Les objectifs ont été enregistrés.
admin-targets-invalid = Chaque objectif est un nombre entier de 0 à 100, ou vide.

## Après l'événement : courriel d'avis, export et période des rapports
email-feedback-subject = Votre avis sur « { $event } »
email-feedback-body = Merci d'avoir participé à « { $event } ». Dites-nous ce que vous en avez pensé : cela prend quelques minutes, et chaque question peut rester sans réponse.
email-feedback-action = Donner votre avis
admin-feedback-export = Télécharger les réponses (CSV)
certificate-sessions = Sessions suivies :
admin-dashboard-from = Du
admin-dashboard-to = Au
admin-dashboard-range-invalid = Veuillez écrire les dates sous la forme AAAA-MM-JJ, la première au plus tard le jour de la seconde.

## Formulaire de l'événement : questions d'avis
admin-section-feedback = Avis après l'événement
admin-feedback-help = Questions auxquelles les participants présents peuvent répondre après l'événement, à leur propre lien. Chaque question peut rester sans réponse.
admin-question-kind-rating = Note de 1 à 5
admin-feedback-after-hours = Envoyer le lien d'avis par courriel, heures après la fin
admin-feedback-after-hours-help = De 0 à 1440 ; laissez vide pour n'envoyer aucun courriel (le lien reste sur la page de chaque participant).
admin-feedback-closes-at = Clôture des avis
admin-feedback-anonymous = Enregistrer les réponses sans le nom du participant
admin-error-feedback-hours = Indiquez un nombre entier d'heures de 0 à 1440, ou laissez le champ vide.
admin-error-collect = « { $field } » n’est pas un champ de rapport : choisissez parmi gender et age_group.

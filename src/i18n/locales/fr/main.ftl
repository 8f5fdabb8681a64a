# Convene : textes en français. Chaque clé existe aussi en en, nl et es (un test le vérifie).

## Cadre
skip-to-content = Aller au contenu
language = Langue
calendar-feed = Tous les événements (agenda)
privacy-notice = Politique de confidentialité
imprint = Mentions légales
back-to-events = Retour aux événements

## Accueil
upcoming-events = Événements à venir
no-upcoming-events = Aucun événement n’est prévu pour le moment.
past-events = Événements passés
subscribe-calendar = S’abonner à tous les événements dans votre agenda
download-calendar = Télécharger l’agenda
event-cancelled = Annulé

## Types d’événements
kind-webinar = Webinaire (en ligne)
kind-in_person = En présentiel
kind-hybrid = Hybride (en présentiel et en ligne)

## Page de l’événement
when = Date et heure
when-yours = Dans votre fuseau horaire
where = Lieu
venue = Adresse
format = Format
online = En ligne
seats = Places
seats-left = { $count ->
    [one] { $count } place restante
   *[other] { $count } places restantes
}
seats-full-waitlist = Complet : vous pouvez vous inscrire sur la liste d’attente.
shown-in-language = Ce texte n’est pas disponible dans votre langue ; il est affiché dans la langue suivante : { $language }.
add-to-calendar = Ajouter à votre agenda
calendar-file = Fichier d’agenda (.ics)

## Formulaire d’inscription
register-title = Inscription
register-button = S’inscrire
form-has-errors = Certains champs doivent être vérifiés. Veuillez consulter les messages ci-dessous.
field-name = Nom complet
field-email = Adresse e-mail
field-organization = Organisation
field-country = Pays
field-language = Langue des e-mails
field-time-zone = Votre fuseau horaire
field-consent = J’accepte que mes données soient conservées pour la gestion de cet événement et pour l’envoi d’e-mails s’y rapportant.
required-fields = Les champs marqués d’un * sont obligatoires.
choose = Veuillez choisir…

## Messages de validation
error-name-required = Veuillez indiquer votre nom.
error-name-too-long = Votre nom ne peut pas dépasser 200 caractères.
error-email-required = Veuillez indiquer votre adresse e-mail.
error-email-invalid = Veuillez indiquer une adresse e-mail valide, par exemple nom@example.org.
error-email-too-long = Cette adresse e-mail est trop longue.
error-organization-too-long = Le nom de l’organisation ne peut pas dépasser 200 caractères.
error-country-required = Veuillez choisir votre pays.
error-country-invalid = Veuillez choisir un pays dans la liste.
error-language-invalid = Veuillez choisir l’une des langues proposées.
error-consent-required = Veuillez donner votre consentement pour vous inscrire.
error-control-characters = Ce champ contient des caractères non autorisés.
error-answer-required = Veuillez répondre à cette question.
error-answer-invalid = Veuillez choisir l’une des réponses proposées.

## Inscriptions fermées
closed-not-published = Les inscriptions à cet événement ne sont pas ouvertes.
closed-cancelled = Cet événement a été annulé.
closed-not-open = Les inscriptions ne sont pas encore ouvertes.
closed-over = Les inscriptions à cet événement sont closes.
closed-full = Cet événement est complet.
closed-not-invited = Cet événement est sur invitation uniquement, et cette adresse n’a pas été invitée.

## Après l’inscription
thanks-title = Merci
thanks-confirm = Nous vous avons envoyé un e-mail. Veuillez ouvrir le lien qu’il contient pour confirmer votre adresse e-mail : votre inscription ne sera valable qu’une fois cette adresse confirmée.
thanks-registered = Nous vous avons envoyé un e-mail indiquant le statut de votre inscription, avec un lien vers votre page d’inscription personnelle.
thanks-no-email = Vous n’avez pas reçu d’e-mail ? Vérifiez votre dossier de courrier indésirable, ou inscrivez-vous à nouveau avec la même adresse pour le recevoir une nouvelle fois.

## Page du participant
status = Statut
status-pending = En attente de la confirmation de votre adresse e-mail
status-confirmed = Confirmée
status-waitlisted = Sur la liste d’attente
status-cancelled = Annulée
status-expired = Expirée (l’adresse e-mail n’a pas été confirmée à temps)
place-in-line = Vous êtes numéro { $position } sur la liste d’attente.
confirm-explain = Veuillez confirmer que cette adresse e-mail est bien la vôtre.
confirm-button = Confirmer mon inscription
join-link = Lien de connexion
join-online = Suivre en ligne
join-webinar = Rejoindre le webinaire
your-registration = Votre inscription
email-delivery = Dernier e-mail
delivery-queued = en attente d’envoi
delivery-sending = en cours d’envoi
delivery-sent = envoyé
delivery-retrying = retardé, sera renvoyé
delivery-failed = n’a pas pu être distribué
change-language = Langue de vos e-mails
save = Enregistrer
cancel-title = Annuler votre inscription
cancel-link = Je ne peux plus participer
cancel-confirm-question = Voulez-vous vraiment annuler votre inscription ? Votre place sera attribuée à la personne suivante sur la liste d’attente.
cancel-confirm-button = Oui, annuler mon inscription
cancel-keep = Non, conserver mon inscription
event-page = Page de l’événement

## Erreurs
error-title = Une erreur s’est produite
error-not-found = Cette page n’existe pas, ou le lien n’est plus valide.
error-forbidden = Vous n’avez pas l’autorisation d’effectuer cette action.
error-csrf = Ce formulaire a expiré. Veuillez revenir en arrière, recharger la page et réessayer.
error-bad-request = La demande n’a pas pu être traitée.
error-too-many = Trop de tentatives. Veuillez patienter une minute, puis réessayer.
error-unavailable = Le service est momentanément indisponible. Veuillez réessayer dans quelques minutes.
error-internal = Une erreur inattendue s’est produite. Veuillez réessayer plus tard.

## E-mails
email-greeting = Bonjour { $name },
email-footer = Cet e-mail vous a été envoyé par { $site }, car cette adresse a été utilisée pour une inscription.
email-contact = Des questions ? Écrivez à { $contact }.
email-manage-action = Consulter ou modifier votre inscription
email-confirm-subject = Veuillez confirmer votre inscription : { $event }
email-confirm-body = Merci de votre inscription à « { $event } ». Veuillez confirmer votre adresse e-mail en ouvrant le lien ci-dessous, puis en cliquant sur le bouton de cette page.
email-confirm-action = Confirmer mon inscription
email-confirm-ignore = Si vous n’êtes pas à l’origine de cette inscription, vous pouvez ignorer cet e-mail : sans confirmation, elle deviendra caduque.
email-confirmed-subject = Inscription confirmée : { $event }
email-confirmed-body = Votre inscription à « { $event } » est confirmée. Vous trouverez en pièce jointe l’invitation pour votre agenda.
email-waitlisted-subject = Liste d’attente : { $event }
email-waitlisted-body = L’événement « { $event } » est complet ; vous figurez donc sur la liste d’attente. Si une place se libère, elle vous sera automatiquement attribuée et nous vous en informerons par e-mail.
email-promoted-subject = Une place s’est libérée pour vous : { $event }
email-promoted-body = Bonne nouvelle : une place s’est libérée et votre inscription à « { $event } » est désormais confirmée. Vous trouverez en pièce jointe l’invitation pour votre agenda.
email-cancelled-subject = Inscription annulée : { $event }
email-cancelled-body = Votre inscription à « { $event } » a été annulée. Vous pouvez vous réinscrire à tout moment tant que les inscriptions sont ouvertes.
email-updated-subject = Événement modifié : { $event }
email-updated-body = Les informations concernant « { $event } » ont changé. Vous trouverez en pièce jointe l’invitation mise à jour ; en l’ouvrant, vous mettrez à jour l’entrée correspondante dans votre agenda.
email-updated-moved = Nouvelle date : { $new }. Date précédente : { $old }.
email-updated-place = Le lieu ou le lien de connexion a changé : consultez les informations ci-dessous.
email-event-cancelled-subject = Événement annulé : { $event }
email-event-cancelled-body = Nous avons le regret de vous informer que l’événement « { $event } » a été annulé. Le fichier joint permet de le retirer de votre agenda.
email-reminder-subject = Rappel : { $event }
email-reminder-body = Nous vous rappelons que l’événement « { $event } » commence bientôt.

## Lien de participation
join-opens-at = La salle du webinaire ouvre le { $time }.
join-refreshes = Cette page s’actualise d’elle-même ; vous pouvez aussi revenir plus tard au même lien.

## Données personnelles
your-data = Vos données
download-data = Télécharger vos données (JSON)
delete-link = Supprimer mon inscription et mes données
delete-confirm-question = Voulez-vous vraiment supprimer votre inscription et toutes les données qui s’y rapportent ? Cette action est irréversible.
delete-confirm-button = Oui, tout supprimer
deleted-title = Vos données ont été supprimées
deleted-text = Votre inscription et les données qui s’y rapportent ont été supprimées. Vous ne recevrez plus d’e-mails concernant cet événement.

## Heures, lieux, liens et liens perdus
duration-days = { $count ->
    [one] { $count } jour
   *[other] { $count } jours
}
duration-hours = { $count ->
    [one] { $count } heure
   *[other] { $count } heures
}
duration-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
join-opens-in = Ouverture dans { $duration }.
map-link = Plan (OpenStreetMap)
checkin-code-text = Votre code d’enregistrement, à présenter à l’entrée, se trouve à cette adresse :
status-event-cancelled = Annulé : l’événement n’aura pas lieu
email-event-cancelled-body-no-invite = Nous avons le regret de vous informer que l’événement « { $event } » a été annulé. Votre inscription prend fin avec lui ; vous n’avez rien à faire.
delivery-note-sent = Nous vous avons envoyé un e-mail le { $time }.
delivery-note-queued = Un e-mail est en cours d’envoi.
delivery-note-retrying = Notre e-mail a été retardé ; nous réessaierons sous peu.
delivery-note-failed = Notre e-mail n’a pas pu vous être remis. Veuillez vérifier votre adresse e-mail.
register-again = S’inscrire à nouveau
resend-title = Recevoir à nouveau mon lien
resend-explain = Indiquez l’adresse e-mail utilisée lors de votre inscription. Si des inscriptions à des événements à venir y sont liées, nous vous enverrons le lien de chacune.
resend-broken-link = Ce lien est incomplet ou n’est plus valide. Il a peut-être été coupé ou mal recopié. Nous pouvons vous envoyer à nouveau votre lien.
resend-button = Envoyer mon lien
resend-sent = Si l’adresse { $email } a des inscriptions à des événements à venir, nous lui avons envoyé un e-mail avec chaque lien. Il peut mettre quelques minutes à arriver.
resend-check-address = Rien reçu ? Vérifiez l’adresse ci-dessus et consultez votre dossier de courrier indésirable.
thanks-sent-to = Nous l’avons envoyé à { $email }. Cette adresse est-elle correcte ?
thanks-resend-later = Nous avons envoyé un e-mail à cette adresse il y a quelques minutes. Nous pourrons le renvoyer à partir du { $time }.
admin-joined-at = A ouvert le lien de connexion : { $time }
register-link = S’inscrire
form-check-again = Veuillez vérifier vos données et renvoyer le formulaire.
other-time-zones = Autres fuseaux horaires
home-description = Prochains événements de { $site } : consultez le programme et inscrivez-vous en ligne.

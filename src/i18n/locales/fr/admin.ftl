# Convene : textes des pages des organisateurs (/admin) et de la documentation de l’API.

## Cadre et navigation
admin-nav = Menu des organisateurs
admin-events = Événements
admin-users = Comptes
admin-tokens = Jetons d’API
admin-password = Mot de passe
admin-api-docs = Documentation de l’API
admin-signed-in-as = Connecté en tant que { $email }
admin-sign-out = Se déconnecter
admin-none = Rien pour l’instant.
admin-back-to-events = Retour à tous les événements
admin-create = Créer
admin-edit = Modifier
admin-actions = Actions
admin-all = Tous
admin-yes = Oui
admin-no = Non
admin-created = Créé le

## Connexion et mot de passe
admin-sign-in = Se connecter
admin-password-field = Mot de passe
admin-login-wrong = L’adresse e-mail ou le mot de passe est incorrect.
admin-no-account-yet = Aucun compte d’organisateur n’existe encore. Pour créer le premier administrateur, exécutez cette commande sur le serveur ; elle affiche le mot de passe une seule fois :
admin-login-throttled = { $minutes ->
    [one] Trop de tentatives de connexion échouées. Veuillez réessayer dans { $minutes } minute.
   *[other] Trop de tentatives de connexion échouées. Veuillez réessayer dans { $minutes } minutes.
}
admin-password-current = Mot de passe actuel
admin-password-new = Nouveau mot de passe
admin-password-repeat = Nouveau mot de passe, une seconde fois
admin-password-rule = Au moins 10 caractères.
admin-password-change = Changer le mot de passe
admin-error-password-wrong = Le mot de passe actuel est incorrect.
admin-error-password-short = Le mot de passe doit comporter au moins 10 caractères.
admin-error-password-mismatch = Les deux nouveaux mots de passe ne sont pas identiques.

## Messages après une action
admin-done-created = L’événement a été créé. Il reste un brouillon jusqu’à ce que vous le publiiez.
admin-done-saved = Vos modifications ont été enregistrées.
admin-done-published = L’événement est publié.
admin-done-unpublished = L’événement n’est plus publié.
admin-done-cancelled = L’événement a été annulé et les participants en sont informés.
admin-done-added = L’inscription a été ajoutée.
admin-done-status = Le statut a été modifié et le participant en est informé.
admin-done-resent = L’e-mail est renvoyé.
admin-done-user = Le compte a été créé.
admin-done-revoked = Le jeton a été révoqué.
admin-done-password = Votre mot de passe a été changé. Vos autres sessions ont été fermées.
admin-problem-no-seat = Aucune place n’est libre. Augmentez d’abord la capacité ou annulez une autre inscription.
admin-problem-not-allowed = Cette modification n’est pas possible pour cette inscription.

## Événements
admin-event = Événement
admin-event-new = Nouvel événement
admin-event-status-draft = Brouillon
admin-event-status-published = Publié
admin-event-status-cancelled = Annulé
admin-reg-status-pending = En attente
admin-reg-status-confirmed = Confirmée
admin-reg-status-waitlisted = Liste d’attente
admin-reg-status-cancelled = Annulée
admin-reg-status-expired = Expirée
admin-attended = Présent
admin-registrations = Inscriptions
admin-preview = Aperçu
admin-publish = Publier
admin-unpublish = Retirer la publication
admin-cancel-event = Annuler l’événement
admin-cancel-warning = { $count ->
    [0] L’annulation est définitive. Personne n’est inscrit : aucun e-mail ne sera envoyé.
    [one] L’annulation est définitive. La personne inscrite reçoit un e-mail avec une annulation pour son agenda.
   *[other] L’annulation est définitive. Les { $count } personnes inscrites reçoivent un e-mail avec une annulation pour leur agenda.
}
admin-cancel-confirm = Oui, annuler l’événement et prévenir tout le monde
admin-cancel-keep = Non, garder l’événement
admin-seats-taken = { $taken } sur { $capacity } occupées
admin-unlimited = Illimité
admin-opens-now = Dès la publication
admin-closes-at-start = Au début de l’événement
admin-translation-missing = traduction manquante

## Formulaire d’un événement
admin-section-basics = Informations de base
admin-section-registration = Inscription
admin-section-place = Lieu et lien de connexion
admin-section-languages = Langues et textes
admin-section-questions = Questions personnalisées
admin-field-slug = Nom court dans l’adresse
admin-slug-help = Lettres minuscules, chiffres et traits d’union, p. ex. dialogue-social-2026. Il ne pourra plus être modifié.
admin-field-timezone = Fuseau horaire
admin-field-starts-at = Début
admin-field-ends-at = Fin
admin-times-help = Les dates et heures sont exprimées dans le fuseau horaire de l’événement.
admin-field-owner = Géré par
admin-field-capacity = Capacité
admin-capacity-help = Laissez vide pour un nombre de places illimité.
admin-field-opens = Ouverture des inscriptions
admin-field-closes = Clôture des inscriptions
admin-field-reminders = Rappels (minutes avant le début)
admin-reminders-help = Séparés par des virgules, p. ex. 1440, 60 pour un jour et une heure avant.
admin-field-retention = Conserver les données personnelles (mois après l’événement)
admin-retention-help = Vide : la valeur par défaut du site, { $months } mois. Ensuite, les données des participants sont anonymisées.
admin-field-confirmation = Les participants doivent confirmer leur adresse e-mail
admin-field-waitlist = Proposer une liste d’attente lorsque l’événement est complet
admin-field-pending-holds-seat = Réserver une place aux personnes qui n’ont pas encore confirmé
admin-field-join-url = Lien de connexion (webinaires)
admin-join-url-help = Visible uniquement par les participants confirmés, jamais sur la page publique.
admin-field-languages = Langues proposées
admin-field-default-language = Langue par défaut
admin-field-title = Titre
admin-field-description = Description
admin-description-help = Les descriptions utilisent Markdown : **gras**, *italique*, listes et liens.
admin-questions-help = Chaque question ajoute un champ au formulaire d’inscription et une colonne à l’export. Remplissez la question vide pour en ajouter une.
admin-question-new = Nouvelle question
admin-question-n = Question { $number }
admin-question-id = Nom du champ
admin-question-kind = Type
admin-question-kind-text = Texte
admin-question-kind-choice = Choix dans une liste
admin-question-kind-checkbox = Case à cocher
admin-question-required = Réponse obligatoire
admin-question-remove = Supprimer cette question
admin-question-label = Libellé
admin-question-options = Options (pour un choix)
admin-question-options-help = Chaque option a une valeur (enregistrée et exportée) et un libellé par langue. Remplissez une ligne vide pour en ajouter une.
admin-option-value = Valeur
admin-error-required = Ce champ est obligatoire.
admin-error-invalid = Cette valeur n’est pas valable.
admin-error-date = Veuillez indiquer une date et une heure, p. ex. 2026-03-14 14:00.
admin-error-timezone = Veuillez indiquer un fuseau horaire comme Europe/Brussels.
admin-error-capacity = Veuillez indiquer un nombre entier de 1 à 1000000, ou laisser le champ vide.
admin-error-reminders = Veuillez indiquer des nombres de minutes séparés par des virgules.
admin-error-retention = Veuillez indiquer un nombre entier de mois de 1 à 120, ou laisser le champ vide.
admin-error-slug = Utilisez de 2 à 80 lettres minuscules, chiffres et traits d’union simples.
admin-error-slug-taken = Un autre événement utilise déjà ce nom court.
admin-error-ends-before-start = La fin doit être postérieure au début.
admin-error-closes-before-opens = La clôture des inscriptions doit suivre leur ouverture.
admin-error-languages = Proposez au moins une langue.
admin-error-title = Donnez un titre à l’événement dans au moins une langue.
admin-error-join-url = Le lien de connexion doit être une adresse web commençant par http:// ou https://.
admin-error-question-id = Utilisez des lettres minuscules, des chiffres et _ (pas un nom que le formulaire utilise déjà).
admin-error-question-duplicate = Deux questions portent ce nom de champ.
admin-error-question-label = Donnez un libellé à la question dans au moins une langue.
admin-error-question-options = Un choix nécessite au moins une option.
admin-error-text-line = Au plus { $max } caractères, sur une seule ligne.
admin-error-text-long = Au plus { $max } caractères.
admin-error-visibility = Choisissez public, non répertorié ou sur invitation.
admin-error-delegates = Veuillez indiquer un nombre entier de 1 à 10000, ou laisser le champ vide.
admin-error-join-urls-language = Chaque lien doit correspondre à l’une des langues d’interprétation.
admin-error-slug-fixed = Le nom court d’un événement existant ne peut pas être modifié.

## Inscriptions
admin-search = Nom, e-mail ou organisation
admin-filter = Filtrer
admin-registrations-found = { $count ->
    [0] Aucune inscription
    [one] { $count } inscription
   *[other] { $count } inscriptions
}
admin-registered-at = Inscrit le
admin-minutes = { $count } min
admin-status-change = Modifier
admin-resend = Renvoyer l’e-mail
admin-pages = Pages
admin-previous = Précédente
admin-next = Suivante
admin-page-of = Page { $page } sur { $pages }
admin-registration-add = Ajouter une inscription
admin-registration-add-help = La personne reçoit les mêmes e-mails que si elle s’était inscrite elle-même.
admin-registration-consent = La personne a accepté que ses données soient conservées pour cet événement.
admin-error-already-registered = Cette adresse e-mail est déjà inscrite à cet événement.

## Journal des modifications
admin-audit = Journal des modifications
admin-audit-when = Quand
admin-audit-who = Qui
admin-audit-what = Quoi
admin-audit-detail = Détails
admin-audit-created = Événement créé
admin-audit-updated = Événement modifié
admin-audit-published = Publié
admin-audit-unpublished = Publication retirée
admin-audit-cancelled = Événement annulé
admin-audit-owner = Transféré
admin-audit-registration_added = Inscription ajoutée
admin-audit-registration_status = Statut d’une inscription modifié
admin-audit-email_resent = E-mail renvoyé

## Comptes
admin-role = Rôle
admin-role-admin = Administrateur (tous les événements et comptes)
admin-role-organizer = Organisateur (ses propres événements)
admin-user-new = Nouveau compte
admin-error-user-taken = Un compte avec cette adresse e-mail existe déjà.

## Jetons d’API
admin-tokens-help = Un jeton permet à des scripts d’utiliser l’API en votre nom. Révoquez un jeton dès qu’il n’est plus nécessaire.
admin-token-name = Nom
admin-token-create = Créer un jeton
admin-token-shown-once = Copiez ce jeton maintenant : il n’est affiché qu’une seule fois.
admin-token-last-used = Dernière utilisation
admin-token-never-used = Jamais
admin-token-revoke = Révoquer
admin-token-revoked-at = Révoqué le { $when }

## Documentation de l’API
api-docs-intro = La même description, pour les outils :
api-docs-operations = Opérations
api-docs-parameters = Paramètres
api-docs-required = obligatoire
api-docs-request = Corps de la requête
api-docs-responses = Réponses
api-docs-schemas = Schémas

# Addresses refused by policy (shown on the public form)
error-email-ip-literal = Veuillez indiquer une adresse avec un nom de domaine, par exemple nom@example.org, et non une adresse IP.
error-email-quoted = Veuillez indiquer une adresse sans guillemets, par exemple nom@example.org.

# Sécurité : compte de démonstration, comptes, durée des jetons
admin-demo-banner = Le compte de démonstration existe, et avec lui l’accès de la démonstration. Avant un usage réel, supprimez la démonstration avec « convene demo --remove ».
admin-user-demo = démonstration
admin-user-active = Actif
admin-user-disabled = Désactivé
admin-user-disable = Désactiver
admin-user-enable = Réactiver
admin-done-user-disabled = Le compte est désactivé : il ne peut plus se connecter ni utiliser ses jetons d’API.
admin-done-user-enabled = Le compte est de nouveau actif.
admin-token-expiry = Expiration
admin-token-expiry-never = Jamais (jusqu’à révocation)
admin-token-expiry-days = Dans { $days } jours
admin-token-expired-at = Expiré le { $when }

# Connexion en deux étapes
admin-two-factor = Connexion en deux étapes
admin-two-factor-help = Après votre mot de passe, Convene demande un code à six chiffres d’une application d’authentification sur votre téléphone : un mot de passe volé ne suffit plus pour accéder aux données des participants.
admin-two-factor-on = La connexion en deux étapes est activée pour votre compte.
admin-two-factor-off = La connexion en deux étapes est désactivée pour votre compte.
admin-two-factor-start = Configurer la connexion en deux étapes
admin-two-factor-scan = Scannez ce code avec votre application d’authentification, ou saisissez-y le secret, puis indiquez le code à six chiffres affiché par l’application.
admin-two-factor-secret = Secret :
admin-two-factor-confirm = Confirmer et activer
admin-two-factor-wrong-code = Ce code est incorrect. Vérifiez l’heure de votre téléphone et essayez le code actuel.
admin-two-factor-recovery-codes = Vos codes de secours, affichés cette seule fois. Conservez-les en lieu sûr : chacun permet une connexion sans votre téléphone.
admin-two-factor-required-notice = Un administrateur exige la connexion en deux étapes. Veuillez la configurer pour continuer.
admin-two-factor-require = Connexion en deux étapes pour tous les organisateurs
admin-two-factor-required-on = Exigée pour chaque organisateur.
admin-two-factor-required-off = Non exigée : chaque organisateur choisit.
admin-two-factor-require-start = L’exiger
admin-two-factor-require-stop = Ne plus l’exiger
admin-login-code = Code de votre application d’authentification
admin-login-code-help = Six chiffres ; ou l’un de vos codes de secours.
admin-login-code-wrong = Ce code est incorrect.

## Événements hybrides et interprétation
admin-field-capacity-in-person = Places dans la salle (hybride)
admin-field-capacity-online = Places en ligne (hybride)
admin-hybrid-capacity-help = Un événement hybride compte la salle et l’en-ligne séparément, chacun avec sa liste d’attente ; laissez vide pour un nombre illimité.
admin-field-interpretation = Langues d’interprétation
admin-interpretation-help = Codes de langue séparés par des virgules, par exemple fr, en, es. Laissez vide sans interprétation.
admin-field-join-urls = Lien de connexion par langue
admin-join-urls-help = Une ligne par langue : le code, une espace, puis le lien (fr https://…). Les auditeurs d’une langue sans ligne reçoivent le lien de connexion ci-dessus.
admin-error-interpretation = Utilisez des codes de langue comme fr, en, es, séparés par des virgules.
admin-error-join-urls = Écrivez une ligne par langue d’interprétation : son code, une espace, puis un lien http(s).

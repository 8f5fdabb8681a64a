# Programmes (sessions), series and delegations.

email-sessions-changed-subject = Votre programme : { $event }
email-sessions-changed-body = Vos sessions de « { $event } » ont changé. L’invitation jointe contient une entrée d’agenda par session dans laquelle vous avez une place ; en l’ouvrant, vous mettrez votre agenda à jour.
email-sessions-cancelled-subject = Sessions retirées : { $event }
email-sessions-cancelled-body = Vous n’avez plus de place dans une ou plusieurs sessions de « { $event } ». Le fichier joint les retire de votre agenda.
email-delegation-subject = Votre délégation : { $event }
email-delegation-body = Vous avez inscrit les personnes suivantes à « { $event } ». Chacune reçoit ses propres courriels, dans sa langue, et doit confirmer sa propre adresse.
email-delegation-waitlisted = Les personnes indiquées « liste d’attente » n’ont pas encore de place : elles en recevront une automatiquement dès qu’une place se libère.
email-delegation-manage = Jusqu’à la clôture des inscriptions, vous pouvez ajouter, remplacer ou annuler des délégués sur votre page.
programme = Programme
programme-overlaps = Se chevauche avec une autre session
programme-speakers = Intervenants
programme-room = Salle
programme-full = Complet : liste d’attente
programme-seats-left = { $count ->
    [0] Plus aucune place
    [one] { $count } place restante
   *[other] { $count } places restantes
}
programme-choose = Sessions
programme-choose-help = Choisissez les sessions auxquelles vous participerez. Si vous n’en choisissez aucune, vous êtes inscrit(e) à tout le programme.
programme-your-sessions = Vos sessions
programme-change = Modifier mes sessions
error-sessions-unknown = Cette session n’existe pas dans le programme : { $key }.
series = Série
series-events = Réunions de cette série
series-next = S’inscrire à la prochaine réunion
series-none = Aucune réunion dans cette série pour le moment.
delegation = Délégation
delegation-help = En tant que personne de contact de votre organisation, vous pouvez aussi inscrire des délégués. Chaque délégué reçoit ses propres courriels.
delegate-name = Nom du délégué
delegate-email = Adresse électronique du délégué
delegate-language = Langue du délégué
delegate-add = Ajouter un autre délégué
delegate-row = Délégué { $number }
delegate-status = Statut
delegate-cancel = Annuler ce délégué
delegate-save = Inscrire ces délégués
delegates-yours = Vos délégués
error-delegate-duplicate = Cette adresse figure deux fois dans la délégation.
error-delegate-registered = Cette adresse est déjà inscrite à cet événement.
error-delegate-name-required = Veuillez indiquer le nom du délégué.
error-delegates-too-many = { $count ->
    [0] Aucun délégué ne peut s’inscrire à cet événement.
    [one] Au plus { $count } délégué par organisation peut s’inscrire à cet événement.
   *[other] Au plus { $count } délégués par organisation peuvent s’inscrire à cet événement.
}
delegation-closed = Les inscriptions sont closes : la délégation ne peut plus être modifiée.
programme-back = Retour à mon inscription
programme-manage = Mes sessions et mes délégués

# The organizers' side of programmes and series.

admin-next-meeting = Créer la prochaine réunion
admin-next-meeting-help = La nouvelle réunion rejoint la série « { $series } » comme brouillon, avec les textes, les questions, le lieu, les langues et les réglages de cette réunion. Son programme commence vide.
admin-next-meeting-create = Créer le brouillon
admin-sessions = Sessions
admin-session = Session
admin-checkin-session = Enregistrer l’arrivée pour
admin-checkin-whole-event = Tout l’événement
admin-section-programme = Programme
admin-sessions-help = Facultatif : des sessions avec leur propre horaire, salle ou lien, intervenants et places. Les participants choisissent parmi elles ; n’en choisir aucune signifie tout le programme. Les sessions peuvent se chevaucher. Retirer une session envoie une annulation d’agenda à ceux qui y ont une place ; la déplacer leur envoie une mise à jour.
admin-session-new = Nouvelle session
admin-session-key = Clé
admin-session-link = Lien (session en ligne)
admin-session-speakers-help = Un intervenant par ligne : Nom | Organisation.
admin-session-remove = Retirer cette session
admin-section-series = Série et délégations
admin-series-help = Les réunions récurrentes partagent une série : lettres minuscules, chiffres et tirets. Laissez vide s’il n’y en a pas.
admin-field-delegates-cap = Délégués par organisation
admin-delegates-cap-help = Le nombre maximal de délégués qu’une organisation peut inscrire. Laissez vide pour ne pas fixer de limite.
admin-error-session-key = Utilisez de 1 à 40 lettres minuscules, chiffres, _ ou -, différents pour chaque session.
admin-error-session-title = Donnez un titre à la session dans au moins une langue.
admin-error-speaker-name = Chaque intervenant doit avoir un nom.

# The organizers' side of programmes and series.

admin-next-meeting = Créer la prochaine réunion
admin-next-meeting-help = La nouvelle réunion rejoint la série « { $series } » comme brouillon, avec les textes, les questions, le lieu, les langues et les réglages de cette réunion. Son programme commence vide.
admin-next-meeting-create = Créer le brouillon
admin-sessions = Sessions
admin-session = Session
admin-checkin-session = Enregistrer l’arrivée pour
admin-checkin-whole-event = Tout l’événement

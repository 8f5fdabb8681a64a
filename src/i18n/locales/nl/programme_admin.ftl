# The organizers' side of programmes and series.

admin-next-meeting = Volgende bijeenkomst aanmaken
admin-next-meeting-help = De nieuwe bijeenkomst komt als concept in de reeks “{ $series }”, met de teksten, vragen, plaats, talen en instellingen van deze bijeenkomst. Het programma begint leeg.
admin-next-meeting-create = Concept aanmaken
admin-sessions = Sessies
admin-session = Sessie
admin-checkin-session = Aanmelden voor
admin-checkin-whole-event = Het hele evenement

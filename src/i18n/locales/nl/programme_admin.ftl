# The organizers' side of programmes and series.

admin-next-meeting = Volgende bijeenkomst aanmaken
admin-next-meeting-help = De nieuwe bijeenkomst komt als concept in de reeks “{ $series }”, met de teksten, vragen, plaats, talen en instellingen van deze bijeenkomst. Het programma begint leeg.
admin-next-meeting-create = Concept aanmaken
admin-sessions = Sessies
admin-session = Sessie
admin-checkin-session = Aanmelden voor
admin-checkin-whole-event = Het hele evenement
admin-section-programme = Programma
admin-sessions-help = Optioneel: sessies met een eigen tijd, zaal of link, sprekers en plaatsen. Deelnemers kiezen eruit; geen keuze betekent het hele programma. Sessies mogen overlappen. Wie een plaats heeft in een sessie die u verwijdert, krijgt een annulering voor de agenda; bij een verplaatste sessie een update.
admin-session-new = Nieuwe sessie
admin-session-key = Sleutel
admin-session-link = Link (online sessie)
admin-session-speakers-help = Eén spreker per regel: Naam | Organisatie.
admin-session-remove = Deze sessie verwijderen
admin-section-series = Reeks en delegaties
admin-series-help = Terugkerende bijeenkomsten delen een reeks: kleine letters, cijfers en streepjes. Laat leeg als er geen is.
admin-field-delegates-cap = Afgevaardigden per organisatie
admin-delegates-cap-help = Het grootste aantal afgevaardigden dat één organisatie mag inschrijven. Laat leeg voor geen limiet.
admin-error-session-key = Gebruik 1 tot 40 kleine letters, cijfers, _ of -, verschillend voor elke sessie.
admin-error-session-title = Geef de sessie een titel in minstens één taal.
admin-error-speaker-name = Elke spreker heeft een naam nodig.

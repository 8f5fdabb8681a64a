# Programmes (sessions), series and delegations.

email-sessions-changed-subject = Uw programma: { $event }
email-sessions-changed-body = Uw sessies voor “{ $event }” zijn gewijzigd. De bijgevoegde uitnodiging bevat één agenda-item per sessie waarin u een plaats hebt; als u ze opent, wordt uw agenda bijgewerkt.
email-sessions-cancelled-subject = Sessies ingetrokken: { $event }
email-sessions-cancelled-body = U hebt geen plaats meer in een of meer sessies van “{ $event }”. Het bijgevoegde bestand verwijdert ze uit uw agenda.
email-delegation-subject = Uw delegatie: { $event }
email-delegation-body = U hebt de volgende personen ingeschreven voor “{ $event }”. Elk van hen ontvangt eigen e-mails, in de eigen taal, en moet het eigen adres bevestigen.
email-delegation-waitlisted = Wie op de wachtlijst staat, heeft nog geen plaats: zodra er een plaats vrijkomt, krijgt die persoon ze automatisch.
email-delegation-manage = Tot de inschrijvingen sluiten, kunt u op uw pagina delegees toevoegen, vervangen of annuleren.
programme = Programma
programme-overlaps = Overlapt met een andere sessie
programme-speakers = Sprekers
programme-room = Zaal
programme-full = Volzet: wachtlijst
programme-seats-left = { $count ->
    [one] Nog 1 plaats
   *[other] Nog { $count } plaatsen
}
programme-choose = Sessies
programme-choose-help = Kies de sessies die u zult bijwonen. Als u er geen kiest, schrijft u zich in voor het hele programma.
programme-your-sessions = Uw sessies
programme-change = Mijn sessies wijzigen
error-sessions-unknown = Deze sessie bestaat niet in het programma: { $key }.
series = Reeks
series-events = Bijeenkomsten van deze reeks
series-next = Inschrijven voor de volgende bijeenkomst
series-none = Nog geen bijeenkomsten in deze reeks.
delegation = Delegatie
delegation-help = Als contactpersoon van uw organisatie kunt u ook delegees inschrijven. Elke delegee ontvangt eigen e-mails.
delegate-name = Naam van de delegee
delegate-email = E-mailadres van de delegee
delegate-language = Taal van de delegee
delegate-add = Nog een delegee toevoegen
delegate-row = Delegee { $number }
delegate-status = Status
delegate-cancel = Deze delegee annuleren
delegate-save = Deze delegees inschrijven
delegates-yours = Uw delegees
error-delegate-duplicate = Dit adres komt twee keer voor in de delegatie.
error-delegate-registered = Dit adres is al ingeschreven voor dit evenement.
error-delegate-name-required = Vul de naam van de delegee in.
error-delegates-too-many = { $count ->
    [one] Per organisatie kan slechts 1 afgevaardigde zich voor dit evenement inschrijven.
   *[other] Per organisatie kunnen hoogstens { $count } afgevaardigden zich voor dit evenement inschrijven.
}
delegation-closed = De inschrijvingen zijn gesloten: de delegatie kan niet meer worden gewijzigd.
programme-back = Terug naar mijn inschrijving
programme-manage = Mijn sessies en delegees

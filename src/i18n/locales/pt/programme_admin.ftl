# The organizers' side of programmes and series.

admin-next-meeting = Criar a próxima reunião
admin-next-meeting-help = A nova reunião entra na série “{ $series }” como rascunho, com os textos, as perguntas, o local, os idiomas e as definições desta reunião. O seu programa começa vazio.
admin-next-meeting-create = Criar o rascunho
admin-sessions = Sessões
admin-session = Sessão
admin-checkin-session = Registar a chegada para
admin-checkin-whole-event = Todo o evento

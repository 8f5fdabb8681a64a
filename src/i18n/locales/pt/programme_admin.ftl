# The organizers' side of programmes and series.

admin-next-meeting = Criar a próxima reunião
admin-next-meeting-help = A nova reunião entra na série “{ $series }” como rascunho, com os textos, as perguntas, o local, os idiomas e as definições desta reunião. O seu programa começa vazio.
admin-next-meeting-create = Criar o rascunho
admin-sessions = Sessões
admin-session = Sessão
admin-checkin-session = Registar a chegada para
admin-checkin-whole-event = Todo o evento
admin-section-programme = Programa
admin-sessions-help = Opcional: sessões com horário, sala ou ligação, oradores e lugares próprios. Os participantes escolhem entre elas; não escolher nenhuma significa todo o programa. As sessões podem sobrepor-se. Retirar uma sessão envia a quem tem lugar nela um cancelamento para o calendário; mudá-la envia uma atualização.
admin-session-new = Nova sessão
admin-session-key = Chave
admin-session-link = Ligação (sessão em linha)
admin-session-speakers-help = Um orador por linha: Nome | Organização.
admin-session-remove = Retirar esta sessão
admin-section-series = Série e delegações
admin-series-help = As reuniões periódicas partilham uma série: letras minúsculas, algarismos e hífenes. Deixe vazio se não houver.
admin-field-delegates-cap = Delegados por organização
admin-delegates-cap-help = O número máximo de delegados que uma organização pode inscrever. Deixe vazio para não haver limite.
admin-error-session-key = Use de 1 a 40 letras minúsculas, algarismos, _ ou -, diferentes para cada sessão.
admin-error-session-title = Informe um título para a sessão em pelo menos um idioma.
admin-error-speaker-name = Cada palestrante precisa de um nome.

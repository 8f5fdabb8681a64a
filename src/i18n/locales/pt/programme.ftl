# Programas (sessões), séries e delegações.

email-sessions-changed-subject = Seu programa: { $event }
email-sessions-changed-body = Suas sessões em “{ $event }” foram alteradas. O convite anexo contém uma entrada de calendário para cada sessão em que há uma vaga reservada para o senhor ou a senhora; ao abri-lo, seu calendário é atualizado.
email-sessions-cancelled-subject = Sessões retiradas: { $event }
email-sessions-cancelled-body = Não há mais vaga reservada em uma ou mais sessões de “{ $event }”. O arquivo anexo as retira do seu calendário.
email-delegation-subject = Sua delegação: { $event }
email-delegation-body = As seguintes pessoas foram inscritas em “{ $event }”. Cada uma recebe seus próprios e-mails, no seu próprio idioma, e deve confirmar o próprio endereço de e-mail.
email-delegation-waitlisted = As pessoas marcadas “lista de espera” ainda não têm vaga: recebem uma automaticamente assim que uma vaga for liberada.
email-delegation-manage = Até o encerramento das inscrições, é possível incluir, substituir ou cancelar delegados na sua página.
programme = Programa
programme-overlaps = Coincide com outra sessão
programme-speakers = Palestrantes
programme-room = Sala
programme-full = Lotada: lista de espera
programme-seats-left = { $count ->
    [0] Sem vagas
    [one] Resta { $count } vaga
   *[other] Restam { $count } vagas
}
programme-choose = Sessões
programme-choose-help = Escolha as sessões de que participará. Não escolher nenhuma significa o programa inteiro.
programme-your-sessions = Suas sessões
programme-change = Alterar minhas sessões
error-sessions-unknown = Esta sessão não existe no programa: { $key }.
series = Série
series-events = Reuniões desta série
series-next = Inscrever-se na próxima reunião
series-none = Ainda não há reuniões nesta série.
delegation = Delegação
delegation-help = Como pessoa de contato da sua organização, é possível inscrever também delegados. Cada delegado recebe seus próprios e-mails.
delegate-name = Nome do delegado
delegate-email = Endereço de e-mail do delegado
delegate-language = Idioma do delegado
delegate-add = Incluir outro delegado
delegate-row = Delegado { $number }
delegate-status = Situação
delegate-cancel = Cancelar este delegado
delegate-save = Inscrever estes delegados
delegates-yours = Seus delegados
error-delegate-duplicate = Este endereço aparece duas vezes na delegação.
error-delegate-registered = Este endereço já está inscrito neste evento.
error-delegate-name-required = Informe o nome do delegado.
error-delegates-too-many = { $count ->
    [0] Nenhum delegado pode inscrever-se neste evento.
    [one] No máximo { $count } delegado por organização pode inscrever-se neste evento.
   *[other] No máximo { $count } delegados por organização podem inscrever-se neste evento.
}
delegation-closed = As inscrições estão encerradas: a delegação não pode mais ser alterada.
programme-back = Voltar à minha inscrição
programme-manage = Minhas sessões e delegados

# Convene: textos em português do Brasil, em registro formal (sem «você»). Cada chave existe
# também em en, nl, fr e es (um teste verifica). Glossário: GLOSSARY.md nesta pasta.

## Moldura
skip-to-content = Ir para o conteúdo
language = Idioma
calendar-feed = Todos os eventos (agenda)
privacy-notice = Aviso de privacidade
imprint = Informações legais
back-to-events = Voltar aos eventos

## Início
upcoming-events = Próximos eventos
no-upcoming-events = No momento, não há eventos programados.
past-events = Eventos anteriores
subscribe-calendar = Assinar todos os eventos na sua agenda
download-calendar = Baixar a agenda
event-cancelled = Cancelado

## Tipos de evento
kind-webinar = Webinário (on-line)
kind-in_person = Presencial
kind-hybrid = Híbrido (presencial e on-line)

## Página do evento
when = Data e horário
when-yours = No seu fuso horário
where = Local
venue = Local do evento
format = Formato
online = On-line
seats = Vagas
seats-left = { $count ->
    [0] Nenhuma vaga disponível
    [one] { $count } vaga disponível
   *[other] { $count } vagas disponíveis
}
seats-full-waitlist = Vagas esgotadas: é possível entrar na lista de espera.
shown-in-language = Este texto não está disponível no seu idioma; ele é exibido em { $language }.
add-to-calendar = Adicionar à agenda
calendar-file = Arquivo de agenda (.ics)

## Formulário de inscrição
register-title = Inscrição
register-button = Inscrever-se
form-has-errors = Alguns campos precisam de atenção. Por favor, verifique as mensagens abaixo.
field-name = Nome completo
field-email = Endereço de e-mail
field-organization = Organização
field-country = País
field-language = Idioma dos e-mails
field-time-zone = Seu fuso horário
field-consent = Concordo que meus dados sejam armazenados para a gestão deste evento e para o envio de e-mails relacionados a ele.
required-fields = Os campos marcados com * são obrigatórios.
choose = Selecione…

## Mensagens de validação
error-name-required = Por favor, informe o nome.
error-name-too-long = O nome pode ter no máximo 200 caracteres.
error-email-required = Por favor, informe o endereço de e-mail.
error-email-invalid = Por favor, informe um endereço de e-mail válido, como nome@exemplo.org.
error-email-too-long = Este endereço de e-mail é longo demais.
error-organization-too-long = O nome da organização pode ter no máximo 200 caracteres.
error-country-required = Por favor, selecione o país.
error-country-invalid = Por favor, selecione um país da lista.
error-language-invalid = Por favor, selecione um dos idiomas oferecidos.
error-consent-required = Para se inscrever, é necessário dar o consentimento.
error-control-characters = Este campo contém caracteres não permitidos.
error-answer-required = Por favor, responda a esta pergunta.
error-answer-invalid = Por favor, selecione uma das respostas oferecidas.

## Inscrições encerradas
closed-not-published = As inscrições para este evento não estão abertas.
closed-cancelled = Este evento foi cancelado.
closed-not-open = As inscrições ainda não foram abertas.
closed-over = As inscrições para este evento estão encerradas.
closed-full = As vagas para este evento estão esgotadas.
closed-not-invited = Este evento é apenas para convidados, e este endereço não foi convidado.

## Após a inscrição
thanks-title = Agradecemos a inscrição
thanks-confirm = Enviamos um e-mail. Por favor, abra o link nele para confirmar o seu endereço de e-mail: a inscrição só vale depois dessa confirmação.
thanks-registered = Enviamos um e-mail com a situação da inscrição e um link para a sua página pessoal de inscrição.
thanks-no-email = Não recebeu o e-mail? Verifique a pasta de spam ou inscreva-se novamente com o mesmo endereço de e-mail para que ele seja reenviado.

## Página do participante
status = Situação
status-pending = Aguardando a confirmação do endereço de e-mail
status-confirmed = Confirmada
status-waitlisted = Na lista de espera
status-cancelled = Cancelada
status-expired = Expirada (o endereço de e-mail não foi confirmado a tempo)
place-in-line = Posição na lista de espera: { $position }.
confirm-explain = Por favor, confirme que este endereço de e-mail é seu.
confirm-button = Confirmar minha inscrição
join-link = Link de acesso
join-online = Acompanhar on-line
join-webinar = Entrar no webinário
your-registration = Sua inscrição
email-delivery = Último e-mail
delivery-queued = aguardando envio
delivery-sending = sendo enviado
delivery-sent = enviado
delivery-retrying = atrasado, será enviado novamente
delivery-failed = não pôde ser entregue
change-language = Idioma dos seus e-mails
save = Salvar
cancel-title = Cancelar a inscrição
cancel-link = Não poderei participar
cancel-confirm-question = Deseja realmente cancelar a inscrição? A sua vaga passará para a próxima pessoa da lista de espera.
cancel-confirm-button = Sim, cancelar minha inscrição
cancel-keep = Não, manter minha inscrição
event-page = Página do evento

## Erros
error-title = Ocorreu um problema
error-not-found = Esta página não existe, ou o link não é mais válido.
error-forbidden = Esta ação não é permitida.
error-csrf = Este formulário expirou. Por favor, volte, recarregue a página e tente novamente.
error-bad-request = Não foi possível compreender a solicitação.
error-too-many = Tentativas demais. Por favor, aguarde um minuto e tente novamente.
error-unavailable = O serviço está temporariamente indisponível. Por favor, tente novamente em alguns minutos.
error-internal = Ocorreu um erro inesperado. Por favor, tente novamente mais tarde.

## E-mails
email-greeting = Prezado(a) { $name },
email-footer = Este e-mail foi enviado por { $site } porque este endereço de e-mail foi usado em uma inscrição.
email-contact = Dúvidas? Escreva para { $contact }.
email-manage-action = Ver ou alterar a inscrição
email-confirm-subject = Por favor, confirme a inscrição: { $event }
email-confirm-body = Agradecemos a inscrição em “{ $event }”. Por favor, confirme o endereço de e-mail abrindo o link abaixo e clicando no botão dessa página.
email-confirm-action = Confirmar minha inscrição
email-confirm-ignore = Caso não tenha feito esta inscrição, basta ignorar este e-mail: sem confirmação, a inscrição perde a validade.
email-confirmed-subject = Inscrição confirmada: { $event }
email-confirmed-body = A inscrição em “{ $event }” está confirmada. O convite para a agenda segue em anexo.
email-waitlisted-subject = Lista de espera: { $event }
email-waitlisted-body = As vagas para “{ $event }” estão esgotadas; por isso, a inscrição está na lista de espera. Se uma vaga for liberada, ela será atribuída automaticamente, e enviaremos um e-mail.
email-promoted-subject = Uma vaga foi liberada: { $event }
email-promoted-body = Boa notícia: uma vaga foi liberada e a inscrição em “{ $event }” agora está confirmada. O convite para a agenda segue em anexo.
email-cancelled-subject = Inscrição cancelada: { $event }
email-cancelled-body = A inscrição em “{ $event }” foi cancelada. É possível se inscrever novamente a qualquer momento enquanto as inscrições estiverem abertas.
email-updated-subject = Evento alterado: { $event }
email-updated-body = As informações de “{ $event }” foram alteradas. O convite atualizado para a agenda segue em anexo; ao abri-lo, o compromisso na agenda é atualizado.
email-updated-moved = Nova data: { $new }. Data anterior: { $old }.
email-updated-place = O local ou o link de acesso foi alterado: veja as informações abaixo.
email-event-cancelled-subject = Evento cancelado: { $event }
email-event-cancelled-body = Lamentamos informar que “{ $event }” foi cancelado. O arquivo em anexo remove o evento da sua agenda.
email-reminder-subject = Lembrete: { $event }
email-reminder-body = Lembramos que “{ $event }” começará em breve.

## Link de acesso
join-opens-at = A sala do webinário abre às { $time }.
join-refreshes = Esta página se atualiza sozinha; também é possível voltar ao mesmo link mais tarde.

## Dados pessoais
your-data = Seus dados
download-data = Baixar seus dados (JSON)
delete-link = Excluir minha inscrição e meus dados
delete-confirm-question = Deseja realmente excluir a inscrição e todos os dados relacionados a ela? Esta ação não pode ser desfeita.
delete-confirm-button = Sim, excluir tudo
deleted-title = Seus dados foram excluídos
deleted-text = A inscrição e os dados relacionados a ela foram excluídos. Nenhum outro e-mail sobre este evento será enviado.

## Horários, locais, links e links perdidos
duration-days = { $count ->
    [one] { $count } dia
   *[other] { $count } dias
}
duration-hours = { $count ->
    [one] { $count } hora
   *[other] { $count } horas
}
duration-minutes = { $count ->
    [one] { $count } minuto
   *[other] { $count } minutos
}
join-opens-in = Abre em { $duration }.
map-link = Mapa (OpenStreetMap)
checkin-code-text = O código de credenciamento, a ser apresentado na entrada, está neste endereço:
status-event-cancelled = Cancelado: o evento não será realizado
email-event-cancelled-body-no-invite = Lamentamos informar que o evento “{ $event }” foi cancelado. Com isso, a inscrição foi encerrada; não é necessária nenhuma providência.
delivery-note-sent = Enviamos um e-mail em { $time }.
delivery-note-queued = Um e-mail está a caminho.
delivery-note-retrying = O envio do nosso e-mail atrasou; tentaremos novamente em breve.
delivery-note-failed = Não foi possível entregar o nosso e-mail. Por favor, verifique o endereço de e-mail.
register-again = Inscrever-se novamente
resend-title = Reenviar meu link
resend-explain = Informe o endereço de e-mail usado na inscrição. Se houver inscrições para eventos futuros, enviaremos o link de cada uma.
resend-broken-link = Este link está incompleto ou não é mais válido. Ele pode ter sido cortado ou digitado errado. Podemos reenviar o link.
resend-button = Enviar meu link
resend-sent = Se o endereço { $email } tiver inscrições para eventos futuros, enviamos para ele um e-mail com cada link. A chegada pode levar alguns minutos.
resend-check-address = Não recebeu nada? Verifique se há erros de digitação no endereço acima e procure na pasta de spam.
thanks-sent-to = Enviamos para { $email }. Este endereço está correto?
thanks-resend-later = Enviamos um e-mail para este endereço há alguns minutos. Poderemos reenviá-lo a partir das { $time }.
admin-joined-at = Abriu o link de acesso: { $time }
register-link = Inscreva-se agora
form-check-again = Por favor, verifique os dados e envie o formulário novamente.
other-time-zones = Outros fusos horários
home-description = Próximos eventos de { $site }: confira a programação e faça a inscrição on-line.

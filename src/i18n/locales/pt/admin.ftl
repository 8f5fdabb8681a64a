# Convene: textos das páginas dos organizadores (/admin) e da página da documentação da API.

## Moldura e navegação
admin-nav = Menu do organizador
admin-events = Eventos
admin-users = Contas
admin-tokens = Tokens da API
admin-password = Senha
admin-api-docs = Documentação da API
admin-signed-in-as = Conectado como { $email }
admin-sign-out = Sair
admin-none = Ainda não há nada aqui.
admin-back-to-events = Voltar a todos os eventos
admin-create = Criar
admin-edit = Editar
admin-actions = Ações
admin-all = Todos
admin-yes = Sim
admin-no = Não
admin-created = Criado em

## Acesso e senha
admin-sign-in = Entrar
admin-password-field = Senha
admin-login-wrong = O endereço de e-mail ou a senha não está correto.
admin-no-account-yet = Ainda não existe nenhuma conta de organizador. Para criar o primeiro administrador, execute este comando no servidor; ele exibe a senha uma única vez:
admin-login-throttled = { $minutes ->
    [one] Tentativas de acesso malsucedidas demais. Por favor, tente novamente em { $minutes } minuto.
   *[other] Tentativas de acesso malsucedidas demais. Por favor, tente novamente em { $minutes } minutos.
}
admin-password-current = Senha atual
admin-password-new = Nova senha
admin-password-repeat = Nova senha, mais uma vez
admin-password-rule = No mínimo 10 caracteres.
admin-password-change = Alterar a senha
admin-error-password-wrong = A senha atual não está correta.
admin-error-password-short = A senha deve ter no mínimo 10 caracteres.
admin-error-password-mismatch = As duas novas senhas não são iguais.

## Avisos após uma ação
admin-done-created = O evento foi criado. Ele fica como rascunho até ser publicado.
admin-done-saved = As alterações foram salvas.
admin-done-published = O evento está publicado.
admin-done-unpublished = O evento foi retirado do ar.
admin-done-cancelled = O evento foi cancelado e os participantes estão sendo avisados.
admin-done-added = A inscrição foi adicionada.
admin-done-status = A situação foi alterada e o participante está sendo avisado.
admin-done-resent = O e-mail está sendo reenviado.
admin-done-user = A conta foi criada.
admin-done-revoked = O token foi revogado.
admin-done-password = A senha foi alterada. As suas outras sessões foram encerradas.
admin-problem-no-seat = Não há vaga disponível. Aumente primeiro o número de vagas ou cancele outra inscrição.
admin-problem-not-allowed = Esta alteração não é possível para esta inscrição.

## Eventos
admin-event = Evento
admin-event-new = Novo evento
admin-event-status-draft = Rascunho
admin-event-status-published = Publicado
admin-event-status-cancelled = Cancelado
admin-reg-status-pending = Pendente
admin-reg-status-confirmed = Confirmada
admin-reg-status-waitlisted = Lista de espera
admin-reg-status-cancelled = Cancelada
admin-reg-status-expired = Expirada
admin-attended = Compareceu
admin-registrations = Inscrições
admin-preview = Pré-visualizar
admin-publish = Publicar
admin-unpublish = Retirar do ar
admin-cancel-event = Cancelar o evento
admin-cancel-warning = { $count ->
    [0] O cancelamento é definitivo. Ninguém está inscrito: nenhum e-mail será enviado.
    [one] O cancelamento é definitivo. A pessoa inscrita receberá um e-mail com o cancelamento para a agenda.
   *[other] O cancelamento é definitivo. As { $count } pessoas inscritas receberão um e-mail com o cancelamento para a agenda.
}
admin-cancel-confirm = Sim, cancelar o evento e avisar a todos
admin-cancel-keep = Não, manter o evento
admin-seats-taken = { $taken } de { $capacity } ocupadas
admin-unlimited = Ilimitado
admin-opens-now = Assim que for publicado
admin-closes-at-start = No início do evento
admin-translation-missing = tradução ausente

## Formulário do evento
admin-section-basics = Informações básicas
admin-section-registration = Inscrição
admin-section-place = Local e link de acesso
admin-section-languages = Idiomas e textos
admin-section-questions = Perguntas personalizadas
admin-field-slug = Nome curto no endereço
admin-slug-help = Letras minúsculas, algarismos e hífens, por exemplo dialogo-social-2026. Não pode ser alterado depois.
admin-field-timezone = Fuso horário
admin-field-starts-at = Início
admin-field-ends-at = Término
admin-times-help = As datas e os horários estão no fuso horário do evento.
admin-field-owner = Gerenciado por
admin-field-capacity = Número de vagas
admin-capacity-help = Deixe em branco para vagas ilimitadas.
admin-field-opens = Abertura das inscrições
admin-field-closes = Encerramento das inscrições
admin-field-reminders = Lembretes (minutos antes do início)
admin-reminders-help = Separados por vírgulas, por exemplo 1440, 60 para um dia e uma hora antes.
admin-field-retention = Conservar os dados pessoais por (meses após o evento)
admin-retention-help = Em branco: o padrão do site, { $months } meses. Depois disso, os dados dos participantes são anonimizados.
admin-field-confirmation = Os participantes devem confirmar o endereço de e-mail
admin-field-waitlist = Oferecer uma lista de espera quando as vagas se esgotarem
admin-field-pending-holds-seat = Reservar a vaga de quem ainda não confirmou
admin-field-join-url = Link de acesso (webinários)
admin-join-url-help = Exibido apenas aos participantes confirmados, nunca na página pública.
admin-field-languages = Idiomas oferecidos
admin-field-default-language = Idioma padrão
admin-field-title = Título
admin-field-description = Descrição
admin-description-help = As descrições usam Markdown: **negrito**, *itálico*, listas e links.
admin-questions-help = Cada pergunta ganha um campo no formulário de inscrição e uma coluna na exportação. Preencha a pergunta em branco para adicionar uma.
admin-question-new = Nova pergunta
admin-question-n = Pergunta { $number }
admin-question-id = Nome do campo
admin-question-kind = Tipo
admin-question-kind-text = Texto
admin-question-kind-choice = Seleção em uma lista
admin-question-kind-checkbox = Caixa de seleção
admin-question-required = Resposta obrigatória
admin-question-remove = Remover esta pergunta
admin-question-label = Rótulo
admin-question-options = Opções (para uma seleção)
admin-question-options-help = Cada opção tem um valor (armazenado e exportado) e um rótulo por idioma. Preencha uma linha em branco para adicionar uma.
admin-option-value = Valor
admin-error-required = Este campo é obrigatório.
admin-error-invalid = Este valor não é válido.
admin-error-date = Por favor, informe uma data e um horário, por exemplo 2026-03-14 14:00.
admin-error-timezone = Por favor, informe um fuso horário como America/Sao_Paulo.
admin-error-capacity = Por favor, informe um número inteiro de 1 a 1000000, ou deixe o campo em branco.
admin-error-reminders = Por favor, informe números de minutos separados por vírgulas.
admin-error-retention = Por favor, informe um número inteiro de meses de 1 a 120, ou deixe o campo em branco.
admin-error-slug = Use de 2 a 80 letras minúsculas, algarismos e hífens simples.
admin-error-slug-taken = Outro evento já usa este nome curto.
admin-error-ends-before-start = O término deve ser posterior ao início.
admin-error-closes-before-opens = O encerramento das inscrições deve ser posterior à abertura.
admin-error-languages = Ofereça pelo menos um idioma.
admin-error-title = Informe um título para o evento em pelo menos um idioma.
admin-error-join-url = O link de acesso deve ser um endereço da web que comece com http:// ou https://.
admin-error-question-id = Use letras minúsculas, algarismos e _ (e não um nome que o formulário já usa).
admin-error-question-duplicate = Duas perguntas têm este nome de campo.
admin-error-question-label = Informe um rótulo para a pergunta em pelo menos um idioma.
admin-error-question-options = Uma seleção precisa de pelo menos uma opção.
admin-error-text-line = No máximo { $max } caracteres, em uma única linha.
admin-error-text-long = No máximo { $max } caracteres.
admin-error-visibility = Escolha público, não listado ou por convite.
admin-error-delegates = Por favor, informe um número inteiro de 1 a 10000, ou deixe o campo em branco.
admin-error-join-urls-language = Cada link deve ser de um dos idiomas de interpretação.
admin-error-slug-fixed = O nome curto de um evento existente não pode ser alterado.

## Inscrições
admin-search = Nome, e-mail ou organização
admin-filter = Filtrar
admin-registrations-found = { $count ->
    [0] Nenhuma inscrição
    [one] { $count } inscrição
   *[other] { $count } inscrições
}
admin-registered-at = Inscrição em
admin-minutes = { $count } min
admin-status-change = Alterar
admin-resend = Reenviar o e-mail
admin-pages = Páginas
admin-previous = Anterior
admin-next = Próxima
admin-page-of = Página { $page } de { $pages }
admin-registration-add = Adicionar uma inscrição
admin-registration-add-help = A pessoa recebe os mesmos e-mails que receberia ao se inscrever.
admin-registration-consent = A pessoa concordou que seus dados sejam armazenados para este evento.
admin-error-already-registered = Este endereço de e-mail já está inscrito neste evento.

## Registro de alterações
admin-audit = Registro de alterações
admin-audit-when = Quando
admin-audit-who = Quem
admin-audit-what = O quê
admin-audit-detail = Detalhes
admin-audit-created = Evento criado
admin-audit-updated = Evento alterado
admin-audit-published = Publicado
admin-audit-unpublished = Retirado do ar
admin-audit-cancelled = Evento cancelado
admin-audit-owner = Transferido
admin-audit-registration_added = Inscrição adicionada
admin-audit-registration_status = Situação da inscrição alterada
admin-audit-email_resent = E-mail reenviado

## Contas
admin-role = Função
admin-role-admin = Administrador (todos os eventos e contas)
admin-role-organizer = Organizador (eventos próprios)
admin-user-new = Nova conta
admin-error-user-taken = Já existe uma conta com este endereço de e-mail.

## Tokens da API
admin-tokens-help = Os tokens permitem que scripts usem a API em seu nome. Revogue um token assim que ele não for mais necessário.
admin-token-name = Nome
admin-token-create = Criar um token
admin-token-shown-once = Copie este token agora: ele é exibido uma única vez.
admin-token-last-used = Último uso
admin-token-never-used = Nunca
admin-token-revoke = Revogar
admin-token-revoked-at = Revogado em { $when }

## Documentação da API
api-docs-intro = A mesma descrição, para ferramentas:
api-docs-operations = Operações
api-docs-parameters = Parâmetros
api-docs-required = obrigatório
api-docs-request = Corpo da solicitação
api-docs-responses = Respostas
api-docs-schemas = Esquemas

# Endereços recusados pela política (exibido no formulário público)
error-email-ip-literal = Por favor, use um endereço com nome de domínio, como nome@exemplo.org, e não um endereço IP.
error-email-quoted = Por favor, use um endereço sem aspas, como nome@exemplo.org.

# Segurança: conta de demonstração, contas, validade dos tokens
admin-demo-banner = A conta de demonstração existe, e com ela o acesso da demonstração. Antes do uso real, remova a demonstração com “convene demo --remove”.
admin-user-demo = demonstração
admin-user-active = Ativa
admin-user-disabled = Desativada
admin-user-disable = Desativar
admin-user-enable = Reativar
admin-done-user-disabled = A conta foi desativada: ela não pode mais entrar nem usar seus tokens da API.
admin-done-user-enabled = A conta foi reativada.
admin-token-expiry = Validade
admin-token-expiry-never = Sem prazo (até ser revogado)
admin-token-expiry-days = Em { $days } dias
admin-token-expired-at = Expirou em { $when }

# Verificação em duas etapas
admin-two-factor = Verificação em duas etapas
admin-two-factor-help = Depois da senha, o Convene pede um código de seis dígitos de um aplicativo autenticador no celular; assim, uma senha roubada não basta para abrir os dados dos participantes.
admin-two-factor-on = A verificação em duas etapas está ativada para a sua conta.
admin-two-factor-off = A verificação em duas etapas está desativada para a sua conta.
admin-two-factor-start = Configurar a verificação em duas etapas
admin-two-factor-scan = Leia este código com o aplicativo autenticador, ou digite nele a chave secreta, e depois informe o código de seis dígitos exibido pelo aplicativo.
admin-two-factor-secret = Chave secreta:
admin-two-factor-confirm = Confirmar e ativar
admin-two-factor-wrong-code = Este código não está correto. Verifique a hora do celular e tente o código atual.
admin-two-factor-recovery-codes = Os seus códigos de recuperação, exibidos apenas desta vez. Guarde-os em local seguro: cada um permite entrar uma vez sem o celular.
admin-two-factor-required-notice = Um administrador exige a verificação em duas etapas. Por favor, configure-a para continuar.
admin-two-factor-require = Verificação em duas etapas para todos os organizadores
admin-two-factor-required-on = Obrigatória para todos os organizadores.
admin-two-factor-required-off = Não obrigatória: cada organizador decide.
admin-two-factor-require-start = Tornar obrigatória
admin-two-factor-require-stop = Deixar de exigir
admin-login-code = Código do aplicativo autenticador
admin-login-code-help = Seis dígitos, ou um dos seus códigos de recuperação.
admin-login-code-wrong = Este código não está correto.

## Eventos híbridos e interpretação
admin-field-capacity-in-person = Vagas na sala (híbrido)
admin-field-capacity-online = Vagas on-line (híbrido)
admin-hybrid-capacity-help = Um evento híbrido conta a sala e a participação on-line separadamente, cada uma com a sua lista de espera; deixe em branco para vagas ilimitadas.
admin-field-interpretation = Idiomas de interpretação
admin-interpretation-help = Códigos de idioma separados por vírgulas, por exemplo: fr, en, es. Deixe em branco sem interpretação.
admin-field-join-urls = Link de acesso por idioma
admin-join-urls-help = Uma linha por idioma: o código, um espaço e o link (fr https://…). Quem escutar um idioma sem linha recebe o link de acesso acima.
admin-error-interpretation = Use códigos de idioma como fr, en, es, separados por vírgulas.
admin-error-join-urls = Escreva uma linha por idioma de interpretação: o código, um espaço e um link http(s).

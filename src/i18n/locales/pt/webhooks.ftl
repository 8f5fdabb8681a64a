# Webhooks: recusas do endereço de um receptor, as páginas de administração, o aviso ao responsável.
webhook-url-invalid = Informe um endereço web completo, como https://crm.example.org/hooks.
webhook-url-not-https = O endereço deve começar com https://.
webhook-url-credentials = O endereço não pode conter nome de usuário nem senha.
webhook-url-unresolvable = Este nome de servidor não foi encontrado.
webhook-url-forbidden = Este endereço leva a uma rede privada, local ou de enlace local, que os webhooks não podem alcançar.
webhook-events-invalid = Escolha pelo menos um dos tipos de evento da lista.
webhook-event-unknown = Nenhum dos eventos que o senhor ou a senhora administra tem este identificador.
webhook-disabled-subject = Um webhook foi desativado
webhook-disabled-email = O Convene não conseguiu entregar a { $url } durante um dia inteiro e desativou este webhook.

    Último erro: { $reason }

    Quando o receptor voltar a funcionar, é possível reativar o webhook e reenviar as entregas que falharam aqui:
    { $page }
admin-webhooks = Webhooks
admin-webhooks-help = O Convene envia um POST assinado a estes endereços quando algo acontece nos seus eventos. As entregas que falham são repetidas durante um dia.
admin-webhook-url = Endereço do receptor (https)
admin-webhook-events = Tipos de evento
admin-webhook-scope = Eventos
admin-webhook-scope-all = Todos os eventos que administro
admin-webhook-add = Incluir webhook
admin-webhook-secret-once = Este é o segredo de assinatura. Ele é mostrado apenas esta vez: copie-o agora para o sistema receptor.
admin-webhook-active = Ativo
admin-webhook-disabled = Desativado: { $reason }
admin-webhook-enable = Reativar
admin-webhook-enabled = O webhook foi reativado.
admin-webhook-deliveries = Entregas
admin-webhook-type = Tipo
admin-webhook-attempts = Tentativas
admin-webhook-no-answer = sem resposta
admin-webhook-body = Corpo enviado
admin-webhook-send-again = Enviar novamente
admin-webhook-sent-again = A entrega foi colocada novamente na fila.
admin-webhook-none = Ainda não há entregas.
webhook-status-queued = na fila
webhook-status-sending = em envio
webhook-status-retrying = será repetida
webhook-status-delivered = entregue
webhook-status-failed = falhou

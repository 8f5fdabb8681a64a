# Webhooks: rechazos de una dirección receptora, las páginas de administración, el aviso al propietario.
webhook-url-invalid = Introduzca una dirección web completa, por ejemplo https://crm.example.org/hooks.
webhook-url-not-https = La dirección debe empezar por https://.
webhook-url-credentials = La dirección no debe contener un nombre de usuario ni una contraseña.
webhook-url-unresolvable = No se encuentra este nombre de host.
webhook-url-forbidden = Esta dirección lleva a una red privada, local o de enlace local, a la que los webhooks no pueden llegar.
webhook-events-invalid = Elija al menos uno de los tipos de evento indicados.
webhook-event-unknown = Ninguno de los eventos que usted gestiona tiene este identificador.
webhook-disabled-subject = Se ha desactivado un webhook
webhook-disabled-email = Convene no pudo entregar a { $url } durante un día entero y ha desactivado este webhook.

    Último error: { $reason }

    Cuando el receptor vuelva a funcionar, puede reactivar el webhook y reenviar las entregas fallidas aquí:
    { $page }
admin-webhooks = Webhooks
admin-webhooks-help = Convene envía un POST firmado a estas direcciones cuando ocurre algo en sus eventos. Las entregas fallidas se reintentan durante un día.
admin-webhook-url = Dirección receptora (https)
admin-webhook-events = Tipos de evento
admin-webhook-scope = Eventos
admin-webhook-scope-all = Todos los eventos que gestiono
admin-webhook-add = Agregar webhook
admin-webhook-secret-once = Este es el secreto de firma. Solo se muestra esta vez: cópielo ahora en el sistema receptor.
admin-webhook-active = Activo
admin-webhook-disabled = Desactivado: { $reason }
admin-webhook-enable = Reactivar
admin-webhook-enabled = El webhook está activo de nuevo.
admin-webhook-deliveries = Entregas
admin-webhook-type = Tipo
admin-webhook-attempts = Intentos
admin-webhook-no-answer = sin respuesta
admin-webhook-body = Cuerpo enviado
admin-webhook-send-again = Reenviar
admin-webhook-sent-again = La entrega está de nuevo en cola.
admin-webhook-none = Todavía no hay entregas.
webhook-status-queued = en cola
webhook-status-sending = enviándose
webhook-status-retrying = se reintentará
webhook-status-delivered = entregada
webhook-status-failed = fallida

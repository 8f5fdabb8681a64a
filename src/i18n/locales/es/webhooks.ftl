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

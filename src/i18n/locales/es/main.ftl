# Convene: textos en español. Cada clave existe también en en, nl y fr (una prueba lo comprueba).

## Marco
skip-to-content = Ir al contenido
language = Idioma
calendar-feed = Todos los eventos (calendario)
privacy-notice = Política de privacidad
imprint = Aviso legal
back-to-events = Volver a los eventos

## Inicio
upcoming-events = Próximos eventos
no-upcoming-events = Por el momento no hay eventos previstos.
past-events = Eventos anteriores
subscribe-calendar = Suscribirse a todos los eventos en su calendario
download-calendar = Descargar el calendario
event-cancelled = Cancelado

## Tipos de evento
kind-webinar = Seminario web (en línea)
kind-in_person = Presencial
kind-hybrid = Híbrido (presencial y en línea)

## Página del evento
when = Fecha y hora
when-yours = En su zona horaria
where = Lugar
venue = Dirección
format = Modalidad
online = En línea
seats = Cupos
seats-left = { $count ->
    [one] queda { $count } cupo
   *[other] quedan { $count } cupos
}
seats-full-waitlist = Completo: puede inscribirse en la lista de espera.
shown-in-language = Este texto no está disponible en su idioma; se muestra en el siguiente idioma: { $language }.
add-to-calendar = Agregar a su calendario
calendar-file = Archivo de calendario (.ics)

## Formulario de inscripción
register-title = Inscripción
register-button = Inscribirse
form-has-errors = Algunos campos requieren su atención. Revise los mensajes que aparecen más abajo.
field-name = Nombre completo
field-email = Dirección de correo electrónico
field-organization = Organización
field-country = País
field-language = Idioma de los correos electrónicos
field-time-zone = Su zona horaria
field-consent = Acepto que mis datos se conserven para gestionar este evento y enviarme correos electrónicos relacionados con él.
required-fields = Los campos marcados con * son obligatorios.
choose = Seleccione…

## Mensajes de validación
error-name-required = Indique su nombre.
error-name-too-long = Su nombre puede tener como máximo 200 caracteres.
error-email-required = Indique su dirección de correo electrónico.
error-email-invalid = Indique una dirección de correo electrónico válida, por ejemplo nombre@example.org.
error-email-too-long = Esta dirección de correo electrónico es demasiado larga.
error-organization-too-long = El nombre de la organización puede tener como máximo 200 caracteres.
error-country-required = Seleccione su país.
error-country-invalid = Seleccione un país de la lista.
error-language-invalid = Seleccione uno de los idiomas propuestos.
error-consent-required = Para inscribirse, debe dar su consentimiento.
error-control-characters = Este campo contiene caracteres no permitidos.
error-answer-required = Responda a esta pregunta.
error-answer-invalid = Seleccione una de las respuestas propuestas.

## Inscripciones cerradas
closed-not-published = Las inscripciones para este evento no están abiertas.
closed-cancelled = Este evento ha sido cancelado.
closed-not-open = Las inscripciones aún no están abiertas.
closed-over = Las inscripciones para este evento están cerradas.
closed-full = Este evento está completo.
closed-not-invited = Este evento es solo con invitación, y esta dirección no fue invitada.

## Después de la inscripción
thanks-title = Gracias
thanks-confirm = Le hemos enviado un correo electrónico. Abra el enlace que contiene para confirmar su dirección de correo electrónico: su inscripción solo será válida una vez que la haya confirmado.
thanks-registered = Le hemos enviado un correo electrónico con el estado de su inscripción y un enlace a su página personal de inscripción.
thanks-no-email = ¿No ha recibido el correo electrónico? Revise su carpeta de correo no deseado o vuelva a inscribirse con la misma dirección para que se lo enviemos de nuevo.

## Página del participante
status = Estado
status-pending = Pendiente de que confirme su dirección de correo electrónico
status-confirmed = Confirmada
status-waitlisted = En lista de espera
status-cancelled = Cancelada
status-expired = Vencida (la dirección de correo electrónico no se confirmó a tiempo)
place-in-line = Ocupa el puesto { $position } en la lista de espera.
confirm-explain = Confirme que esta dirección de correo electrónico es suya.
confirm-button = Confirmar mi inscripción
join-link = Enlace de acceso
join-online = Seguir en línea
join-webinar = Unirse al seminario web
your-registration = Su inscripción
email-delivery = Último correo electrónico
delivery-queued = pendiente de envío
delivery-sending = en proceso de envío
delivery-sent = enviado
delivery-retrying = retrasado, se volverá a enviar
delivery-failed = no se pudo entregar
change-language = Idioma de sus correos electrónicos
save = Guardar
cancel-title = Cancelar su inscripción
cancel-link = Ya no puedo asistir
cancel-confirm-question = ¿Realmente desea cancelar su inscripción? Su cupo pasará a la siguiente persona de la lista de espera.
cancel-confirm-button = Sí, cancelar mi inscripción
cancel-keep = No, mantener mi inscripción
event-page = Página del evento

## Errores
error-title = Se ha producido un error
error-not-found = Esta página no existe o el enlace ya no es válido.
error-forbidden = No tiene permiso para realizar esta acción.
error-csrf = Este formulario ha caducado. Vuelva atrás, recargue la página e inténtelo de nuevo.
error-bad-request = No se pudo procesar la solicitud.
error-too-many = Demasiados intentos. Espere un minuto y vuelva a intentarlo.
error-unavailable = El servicio no está disponible temporalmente. Vuelva a intentarlo dentro de unos minutos.
error-internal = Se ha producido un error inesperado. Vuelva a intentarlo más tarde.

## Correos electrónicos
email-greeting = Estimado/a { $name }:
email-footer = { $site } le ha enviado este correo electrónico porque esta dirección se utilizó para una inscripción.
email-contact = ¿Tiene alguna pregunta? Escriba a { $contact }.
email-manage-action = Ver o modificar su inscripción
email-confirm-subject = Confirme su inscripción: { $event }
email-confirm-body = Gracias por inscribirse en «{ $event }». Confirme su dirección de correo electrónico abriendo el enlace que figura a continuación y haciendo clic en el botón de esa página.
email-confirm-action = Confirmar mi inscripción
email-confirm-ignore = Si usted no se ha inscrito, puede ignorar este correo electrónico: sin confirmación, la inscripción quedará sin efecto.
email-confirmed-subject = Inscripción confirmada: { $event }
email-confirmed-body = Su inscripción en «{ $event }» está confirmada. Encontrará adjunta la invitación para su calendario.
email-waitlisted-subject = Lista de espera: { $event }
email-waitlisted-body = El evento «{ $event }» está completo, por lo que usted figura en la lista de espera. Si se libera un cupo, se le asignará automáticamente y le avisaremos por correo electrónico.
email-promoted-subject = Hay un cupo libre para usted: { $event }
email-promoted-body = Buenas noticias: se liberó un cupo y su inscripción en «{ $event }» ya está confirmada. Encontrará adjunta la invitación para su calendario.
email-cancelled-subject = Inscripción cancelada: { $event }
email-cancelled-body = Su inscripción en «{ $event }» ha sido cancelada. Puede volver a inscribirse en cualquier momento mientras las inscripciones sigan abiertas.
email-updated-subject = Cambios en el evento: { $event }
email-updated-body = Los datos de «{ $event }» han cambiado. Encontrará adjunta la invitación actualizada; al abrirla, se actualizará la entrada correspondiente en su calendario.
email-updated-moved = Nueva fecha: { $new }. Fecha anterior: { $old }.
email-updated-place = El lugar o el enlace de acceso ha cambiado: consulte los datos a continuación.
email-event-cancelled-subject = Evento cancelado: { $event }
email-event-cancelled-body = Lamentamos informarle de que el evento «{ $event }» ha sido cancelado. El archivo adjunto lo eliminará de su calendario.
email-reminder-subject = Recordatorio: { $event }
email-reminder-body = Le recordamos que el evento «{ $event }» comenzará en breve.

## Enlace de acceso
join-opens-at = La sala del seminario web se abre el { $time }.
join-refreshes = Esta página se actualiza sola; también puede volver más tarde al mismo enlace.

## Datos personales
your-data = Sus datos
download-data = Descargar sus datos (JSON)
delete-link = Eliminar mi inscripción y mis datos
delete-confirm-question = ¿Realmente desea eliminar su inscripción y todos los datos relacionados? Esta acción no se puede deshacer.
delete-confirm-button = Sí, eliminar todo
deleted-title = Sus datos han sido eliminados
deleted-text = Su inscripción y los datos relacionados han sido eliminados. No recibirá más correos electrónicos sobre este evento.

## Horas, lugares, enlaces y enlaces perdidos
duration-days = { $count ->
    [one] 1 día
   *[other] { $count } días
}
duration-hours = { $count ->
    [one] 1 hora
   *[other] { $count } horas
}
duration-minutes = { $count ->
    [one] 1 minuto
   *[other] { $count } minutos
}
join-opens-in = Se abre dentro de { $duration }.
map-link = Mapa (OpenStreetMap)
checkin-code-text = Su código de registro, para mostrar en la entrada, está en esta dirección:
status-event-cancelled = Cancelado: el evento no tendrá lugar
email-event-cancelled-body-no-invite = Lamentamos informarle de que el evento «{ $event }» ha sido cancelado. Su inscripción termina con él; no tiene que hacer nada.
delivery-note-sent = Le enviamos un correo electrónico el { $time }.
delivery-note-queued = Hay un correo electrónico en camino.
delivery-note-retrying = Nuestro correo electrónico se ha retrasado; lo intentaremos de nuevo en breve.
delivery-note-failed = No se pudo entregar nuestro correo electrónico. Compruebe su dirección de correo electrónico.
register-again = Inscribirse de nuevo
resend-title = Enviarme de nuevo mi enlace
resend-explain = Indique la dirección de correo electrónico con la que se inscribió. Si tiene inscripciones a eventos próximos, le enviaremos el enlace de cada una.
resend-broken-link = Este enlace está incompleto o ya no es válido. Puede que se haya cortado o copiado mal. Podemos enviarle de nuevo su enlace.
resend-button = Enviar mi enlace
resend-sent = Si la dirección { $email } tiene inscripciones a eventos próximos, le hemos enviado un correo electrónico con cada enlace. Puede tardar unos minutos en llegar.
resend-check-address = ¿No ha recibido nada? Compruebe que la dirección de arriba no tenga errores y mire en su carpeta de correo no deseado.
thanks-sent-to = Lo hemos enviado a { $email }. ¿Es correcta esta dirección?
thanks-resend-later = Enviamos un correo electrónico a esta dirección hace unos minutos. Podemos enviarlo de nuevo a partir del { $time }.
admin-joined-at = Abrió el enlace de acceso: { $time }
register-link = Inscribirse
form-check-again = Compruebe sus datos y vuelva a enviar el formulario.
other-time-zones = Otras zonas horarias
home-description = Próximos eventos de { $site }: consulte el programa e inscríbase en línea.

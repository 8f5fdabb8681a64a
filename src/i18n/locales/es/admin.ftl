# Convene: textos de las páginas de los organizadores (/admin) y de la documentación de la API.

## Marco y navegación
admin-nav = Menú de organizadores
admin-events = Eventos
admin-users = Cuentas
admin-tokens = Tokens de la API
admin-password = Contraseña
admin-api-docs = Documentación de la API
admin-signed-in-as = Sesión iniciada como { $email }
admin-sign-out = Cerrar sesión
admin-none = Todavía no hay nada aquí.
admin-back-to-events = Volver a todos los eventos
admin-create = Crear
admin-edit = Editar
admin-actions = Acciones
admin-all = Todos
admin-yes = Sí
admin-no = No
admin-created = Creado

## Inicio de sesión y contraseña
admin-sign-in = Iniciar sesión
admin-password-field = Contraseña
admin-login-wrong = La dirección de correo electrónico o la contraseña no son correctas.
admin-no-account-yet = Todavía no existe ninguna cuenta de organizador. Para crear el primer administrador, ejecute este comando en el servidor; mostrará la contraseña una sola vez:
admin-login-throttled = { $minutes ->
    [one] Demasiados intentos fallidos de inicio de sesión. Vuelva a intentarlo dentro de 1 minuto.
   *[other] Demasiados intentos fallidos de inicio de sesión. Vuelva a intentarlo dentro de { $minutes } minutos.
}
admin-password-current = Contraseña actual
admin-password-new = Nueva contraseña
admin-password-repeat = Nueva contraseña, otra vez
admin-password-rule = Al menos 10 caracteres.
admin-password-change = Cambiar la contraseña
admin-error-password-wrong = La contraseña actual no es correcta.
admin-error-password-short = La contraseña debe tener al menos 10 caracteres.
admin-error-password-mismatch = Las dos nuevas contraseñas no coinciden.

## Avisos tras una acción
admin-done-created = Se ha creado el evento. Seguirá siendo un borrador hasta que lo publique.
admin-done-saved = Se han guardado sus cambios.
admin-done-published = El evento está publicado.
admin-done-unpublished = El evento ya no está publicado.
admin-done-cancelled = Se ha cancelado el evento y se está informando a los participantes.
admin-done-added = Se agregó la inscripción.
admin-done-status = Se ha cambiado el estado y se está informando al participante.
admin-done-resent = El correo electrónico se está enviando de nuevo.
admin-done-user = Se ha creado la cuenta.
admin-done-revoked = Se ha revocado el token.
admin-done-password = Se ha cambiado su contraseña. Se han cerrado sus demás sesiones.
admin-problem-no-seat = No queda ningún cupo libre. Aumente primero la capacidad o cancele otra inscripción.
admin-problem-not-allowed = Este cambio no es posible para esta inscripción.

## Eventos
admin-event = Evento
admin-event-new = Nuevo evento
admin-event-status-draft = Borrador
admin-event-status-published = Publicado
admin-event-status-cancelled = Cancelado
admin-reg-status-pending = Pendiente
admin-reg-status-confirmed = Confirmada
admin-reg-status-waitlisted = Lista de espera
admin-reg-status-cancelled = Cancelada
admin-reg-status-expired = Caducada
admin-attended = Asistió
admin-registrations = Inscripciones
admin-preview = Vista previa
admin-publish = Publicar
admin-unpublish = Retirar la publicación
admin-cancel-event = Cancelar el evento
admin-cancel-warning = { $count ->
    [0] La cancelación no se puede deshacer. No hay personas inscritas: no se enviará ningún correo electrónico.
    [one] La cancelación no se puede deshacer. La persona inscrita recibirá un correo electrónico con una cancelación para su calendario.
   *[other] La cancelación no se puede deshacer. Las { $count } personas inscritas recibirán un correo electrónico con una cancelación para su calendario.
}
admin-cancel-confirm = Sí, cancelar el evento e informar a todos
admin-cancel-keep = No, mantener el evento
admin-seats-taken = { $taken } de { $capacity } ocupadas
admin-unlimited = Sin límite
admin-opens-now = En cuanto se publique
admin-closes-at-start = Al comienzo del evento
admin-translation-missing = falta la traducción

## Formulario del evento
admin-section-basics = Datos básicos
admin-section-registration = Inscripción
admin-section-place = Lugar y enlace de acceso
admin-section-languages = Idiomas y textos
admin-section-questions = Preguntas propias
admin-field-slug = Nombre corto en la dirección
admin-slug-help = Letras minúsculas, cifras y guiones, p. ej. dialogo-social-2026. No se podrá cambiar más adelante.
admin-field-timezone = Zona horaria
admin-field-starts-at = Comienza
admin-field-ends-at = Termina
admin-times-help = Las fechas y horas están en la zona horaria del evento.
admin-field-owner = Gestionado por
admin-field-capacity = Capacidad
admin-capacity-help = Déjelo vacío para un número ilimitado de cupos.
admin-field-opens = Apertura de la inscripción
admin-field-closes = Cierre de la inscripción
admin-field-reminders = Recordatorios (minutos antes del comienzo)
admin-reminders-help = Separados por comas, p. ej. 1440, 60 para un día y una hora antes.
admin-field-retention = Conservar los datos personales (meses después del evento)
admin-retention-help = Vacío: el valor predeterminado del sitio, { $months } meses. Después, los datos de los participantes se anonimizan.
admin-field-confirmation = Los participantes deben confirmar su dirección de correo electrónico
admin-field-waitlist = Ofrecer una lista de espera cuando el evento esté completo
admin-field-pending-holds-seat = Reservar un cupo a quienes aún no han confirmado
admin-field-join-url = Enlace de acceso (seminarios web)
admin-join-url-help = Solo lo ven los participantes confirmados, nunca aparece en la página pública.
admin-field-languages = Idiomas ofrecidos
admin-field-default-language = Idioma predeterminado
admin-field-title = Título
admin-field-description = Descripción
admin-description-help = Las descripciones admiten Markdown: **negrita**, *cursiva*, listas y enlaces.
admin-questions-help = Cada pregunta agrega un campo al formulario de inscripción y una columna a la exportación. Complete la pregunta vacía para agregar una.
admin-question-new = Nueva pregunta
admin-question-n = Pregunta { $number }
admin-question-id = Nombre del campo
admin-question-kind = Tipo
admin-question-kind-text = Texto
admin-question-kind-choice = Selección de una lista
admin-question-kind-checkbox = Casilla de verificación
admin-question-required = Respuesta obligatoria
admin-question-remove = Eliminar esta pregunta
admin-question-label = Etiqueta
admin-question-options = Opciones (para una selección)
admin-question-options-help = Cada opción tiene un valor (que se guarda y se exporta) y una etiqueta por idioma. Complete una fila vacía para agregar una.
admin-option-value = Valor
admin-error-required = Este campo es obligatorio.
admin-error-invalid = Este valor no es válido.
admin-error-date = Indique una fecha y una hora, p. ej. 2026-03-14 14:00.
admin-error-timezone = Indique una zona horaria como Europe/Brussels.
admin-error-capacity = Indique un número entero de 1 a 1000000, o deje el campo vacío.
admin-error-reminders = Indique cantidades de minutos separadas por comas.
admin-error-retention = Indique un número entero de meses de 1 a 120, o deje el campo vacío.
admin-error-slug = Utilice de 2 a 80 letras minúsculas, cifras y guiones simples.
admin-error-slug-taken = Otro evento ya utiliza este nombre corto.
admin-error-ends-before-start = El final debe ser posterior al comienzo.
admin-error-closes-before-opens = La inscripción debe cerrarse después de abrirse.
admin-error-languages = Ofrezca al menos un idioma.
admin-error-title = Dé al evento un título en al menos un idioma.
admin-error-join-url = El enlace de acceso debe ser una dirección web que comience con http:// o https://.
admin-error-question-id = Utilice letras minúsculas, cifras y _ (no un nombre que el formulario ya utilice).
admin-error-question-duplicate = Dos preguntas tienen este nombre de campo.
admin-error-question-label = Dé a la pregunta una etiqueta en al menos un idioma.
admin-error-question-options = Una selección necesita al menos una opción.
admin-error-text-line = Como máximo { $max } caracteres, en una sola línea.
admin-error-text-long = Como máximo { $max } caracteres.
admin-error-visibility = Seleccione público, no listado o por invitación.
admin-error-delegates = Indique un número entero de 1 a 10000, o deje el campo vacío.
admin-error-join-urls-language = Cada enlace debe ser para uno de los idiomas de interpretación.
admin-error-slug-fixed = El nombre corto de un evento existente no se puede cambiar.

## Inscripciones
admin-search = Nombre, correo electrónico u organización
admin-filter = Filtrar
admin-registrations-found = { $count ->
    [one] 1 inscripción
   *[other] { $count } inscripciones
}
admin-registered-at = Inscripción
admin-minutes = { $count } min
admin-status-change = Cambiar
admin-resend = Volver a enviar el correo electrónico
admin-pages = Páginas
admin-previous = Anterior
admin-next = Siguiente
admin-page-of = Página { $page } de { $pages }
admin-registration-add = Agregar una inscripción
admin-registration-add-help = La persona recibirá los mismos correos electrónicos que si se hubiera inscrito ella misma.
admin-registration-consent = La persona ha aceptado que se conserven sus datos para este evento.
admin-error-already-registered = Esta dirección de correo electrónico ya está inscrita en este evento.

## Registro de cambios
admin-audit = Registro de cambios
admin-audit-when = Cuándo
admin-audit-who = Quién
admin-audit-what = Qué
admin-audit-detail = Detalles
admin-audit-created = Evento creado
admin-audit-updated = Evento modificado
admin-audit-published = Publicado
admin-audit-unpublished = Publicación retirada
admin-audit-cancelled = Evento cancelado
admin-audit-owner = Traspasado
admin-audit-registration_added = Inscripción agregada
admin-audit-registration_status = Estado de una inscripción modificado
admin-audit-email_resent = Correo electrónico reenviado

## Cuentas
admin-role = Función
admin-role-admin = Administrador (todos los eventos y cuentas)
admin-role-organizer = Organizador (eventos propios)
admin-user-new = Nueva cuenta
admin-error-user-taken = Ya existe una cuenta con esta dirección de correo electrónico.

## Tokens de la API
admin-tokens-help = Un token permite que unos scripts utilicen la API en su nombre. Revoque un token en cuanto deje de necesitarlo.
admin-token-name = Nombre
admin-token-create = Crear un token
admin-token-shown-once = Copie este token ahora: solo se muestra una vez.
admin-token-last-used = Último uso
admin-token-never-used = Nunca
admin-token-revoke = Revocar
admin-token-revoked-at = Revocado el { $when }

## Documentación de la API
api-docs-intro = La misma descripción, para herramientas:
api-docs-operations = Operaciones
api-docs-parameters = Parámetros
api-docs-required = obligatorio
api-docs-request = Cuerpo de la solicitud
api-docs-responses = Respuestas
api-docs-schemas = Esquemas

# Addresses refused by policy (shown on the public form)
error-email-ip-literal = Utilice una dirección con un nombre de dominio, por ejemplo nombre@example.org, no una dirección IP.
error-email-quoted = Utilice una dirección sin comillas, por ejemplo nombre@example.org.

# Seguridad: cuenta de demostración, cuentas, vigencia de los tokens
admin-demo-banner = La cuenta de demostración existe, y con ella el acceso de la demostración. Antes de un uso real, elimine la demostración con «convene demo --remove».
admin-user-demo = demostración
admin-user-active = Activa
admin-user-disabled = Desactivada
admin-user-disable = Desactivar
admin-user-enable = Activar
admin-done-user-disabled = La cuenta está desactivada: ya no puede iniciar sesión ni usar sus tokens de API.
admin-done-user-enabled = La cuenta vuelve a estar activa.
admin-token-expiry = Vence
admin-token-expiry-never = Nunca (hasta su revocación)
admin-token-expiry-days = En { $days } días
admin-token-expired-at = Venció el { $when }

# Inicio de sesión en dos pasos
admin-two-factor = Inicio de sesión en dos pasos
admin-two-factor-help = Después de su contraseña, Convene le pide un código de seis cifras de una aplicación de autenticación en su teléfono, de modo que una contraseña robada no basta para abrir los datos de los participantes.
admin-two-factor-on = El inicio de sesión en dos pasos está activado para su cuenta.
admin-two-factor-off = El inicio de sesión en dos pasos está desactivado para su cuenta.
admin-two-factor-start = Configurar el inicio de sesión en dos pasos
admin-two-factor-scan = Escanee este código con su aplicación de autenticación, o escriba en ella el secreto, e indique el código de seis cifras que muestra la aplicación.
admin-two-factor-secret = Secreto:
admin-two-factor-confirm = Confirmar y activar
admin-two-factor-wrong-code = Este código no es correcto. Compruebe la hora de su teléfono y pruebe el código actual.
admin-two-factor-recovery-codes = Sus códigos de recuperación, que solo se muestran esta vez. Guárdelos en un lugar seguro: cada uno le permite iniciar sesión una vez sin su teléfono.
admin-two-factor-required-notice = Un administrador exige el inicio de sesión en dos pasos. Configúrelo para continuar.
admin-two-factor-require = Inicio de sesión en dos pasos para todos los organizadores
admin-two-factor-required-on = Obligatorio para cada organizador.
admin-two-factor-required-off = No obligatorio: cada organizador decide.
admin-two-factor-require-start = Exigirlo
admin-two-factor-require-stop = Dejar de exigirlo
admin-login-code = Código de su aplicación de autenticación
admin-login-code-help = Seis cifras; o uno de sus códigos de recuperación.
admin-login-code-wrong = Este código no es correcto.

## Eventos híbridos e interpretación
admin-field-capacity-in-person = Cupos en la sala (híbrido)
admin-field-capacity-online = Cupos en línea (híbrido)
admin-hybrid-capacity-help = Un evento híbrido cuenta la sala y la participación en línea por separado, cada una con su lista de espera; deje vacío para cupos ilimitados.
admin-field-interpretation = Idiomas de interpretación
admin-interpretation-help = Códigos de idioma separados por comas, por ejemplo: fr, en, es. Deje vacío si no hay interpretación.
admin-field-join-urls = Enlace de acceso por idioma
admin-join-urls-help = Una línea por idioma: el código, un espacio y el enlace (fr https://…). Quienes escuchen un idioma sin línea reciben el enlace de acceso de arriba.
admin-error-interpretation = Use códigos de idioma como fr, en, es, separados por comas.
admin-error-join-urls = Escriba una línea por idioma de interpretación: su código, un espacio y un enlace http(s).

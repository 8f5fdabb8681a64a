# Programmes (sessions), series and delegations.

email-sessions-changed-subject = Su programa: { $event }
email-sessions-changed-body = Sus sesiones de «{ $event }» han cambiado. La invitación adjunta contiene una entrada de calendario por cada sesión en la que tiene cupo; al abrirla, su calendario se actualiza.
email-sessions-cancelled-subject = Sesiones retiradas: { $event }
email-sessions-cancelled-body = Ya no tiene cupo en una o varias sesiones de «{ $event }». El archivo adjunto las retira de su calendario.
email-delegation-subject = Su delegación: { $event }
email-delegation-body = Ha inscrito a las siguientes personas en «{ $event }». Cada una recibe sus propios correos, en su idioma, y debe confirmar su propia dirección.
email-delegation-waitlisted = Las personas marcadas «lista de espera» aún no tienen cupo: la recibirán automáticamente en cuanto se libere uno.
email-delegation-manage = Hasta el cierre de las inscripciones, puede agregar, sustituir o cancelar delegados en su página.
programme = Programa
programme-overlaps = Se solapa con otra sesión
programme-speakers = Ponentes
programme-room = Sala
programme-full = Completo: lista de espera
programme-seats-left = { $count ->
    [one] Queda 1 cupo
   *[other] Quedan { $count } cupos
}
programme-choose = Sesiones
programme-choose-help = Elija las sesiones a las que asistirá. Si no elige ninguna, se inscribe en todo el programa.
programme-your-sessions = Sus sesiones
programme-change = Cambiar mis sesiones
error-sessions-unknown = Esta sesión no existe en el programa: { $key }.
series = Serie
series-events = Reuniones de esta serie
series-next = Inscribirse en la próxima reunión
series-none = Todavía no hay reuniones en esta serie.
delegation = Delegación
delegation-help = Como persona de contacto de su organización, también puede inscribir delegados. Cada delegado recibe sus propios correos.
delegate-name = Nombre del delegado
delegate-email = Correo electrónico del delegado
delegate-language = Idioma del delegado
delegate-add = Agregar otro delegado
delegate-row = Delegado { $number }
delegate-status = Estado
delegate-cancel = Cancelar este delegado
delegate-save = Inscribir a estos delegados
delegates-yours = Sus delegados
error-delegate-duplicate = Esta dirección aparece dos veces en la delegación.
error-delegate-registered = Esta dirección ya está inscrita en este evento.
error-delegate-name-required = Indique el nombre del delegado.
error-delegates-too-many = { $count ->
    [one] Solo 1 delegado por organización puede inscribirse en este evento.
   *[other] Como máximo { $count } delegados por organización pueden inscribirse en este evento.
}
delegation-closed = Las inscripciones están cerradas: la delegación ya no se puede modificar.
programme-back = Volver a mi inscripción
programme-manage = Mis sesiones y delegados

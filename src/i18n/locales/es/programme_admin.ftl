# The organizers' side of programmes and series.

admin-next-meeting = Crear la próxima reunión
admin-next-meeting-help = La nueva reunión se agrega a la serie “{ $series }” como borrador, con los textos, las preguntas, el lugar, los idiomas y la configuración de esta reunión. Su programa empieza vacío.
admin-next-meeting-create = Crear el borrador
admin-sessions = Sesiones
admin-session = Sesión
admin-checkin-session = Registrar la llegada para
admin-checkin-whole-event = Todo el evento
admin-section-programme = Programa
admin-sessions-help = Opcional: sesiones con su propio horario, sala o enlace, ponentes y cupos. Los participantes eligen entre ellas; no elegir ninguna significa todo el programa. Las sesiones pueden superponerse. Quitar una sesión envía a quienes tienen cupo en ella una cancelación para su calendario; moverla les envía una actualización.
admin-session-new = Nueva sesión
admin-session-key = Clave
admin-session-link = Enlace (sesión en línea)
admin-session-speakers-help = Un ponente por línea: Nombre | Organización.
admin-session-remove = Quitar esta sesión
admin-section-series = Serie y delegaciones
admin-series-help = Las reuniones periódicas comparten una serie: letras minúsculas, cifras y guiones. Déjelo vacío si no hay ninguna.
admin-field-delegates-cap = Delegados por organización
admin-delegates-cap-help = La cantidad máxima de delegados que una organización puede inscribir. Déjelo vacío para no fijar límite.
admin-error-session-key = Use de 1 a 40 letras minúsculas, cifras, _ o -, distintos para cada sesión.
admin-error-session-title = Dé a la sesión un título en al menos un idioma.
admin-error-speaker-name = Cada ponente necesita un nombre.

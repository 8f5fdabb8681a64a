# The organizers' side of programmes and series.

admin-next-meeting = Crear la próxima reunión
admin-next-meeting-help = La nueva reunión se agrega a la serie “{ $series }” como borrador, con los textos, las preguntas, el lugar, los idiomas y la configuración de esta reunión. Su programa empieza vacío.
admin-next-meeting-create = Crear el borrador
admin-sessions = Sesiones
admin-session = Sesión
admin-checkin-session = Registrar la llegada para
admin-checkin-whole-event = Todo el evento

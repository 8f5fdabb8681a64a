## Después del evento: certificados de asistencia
certificate-heading = Certificado de asistencia
certificate-certifies = { $site } certifica que
certificate-attended = asistió a
certificate-online = En línea
certificate-minutes = { $minutes ->
    [one] { $minutes } minuto de asistencia
   *[other] { $minutes } minutos de asistencia
}
certificate-verification = Código de verificación: { $code } — { $url }
certificate-verify-title = Certificado de asistencia
certificate-genuine = Este certificado es auténtico.
certificate-verify-name = Nombre
certificate-verify-event = Evento
certificate-verify-date = Fecha
certificate-download = Descargue su certificado de asistencia (PDF)

## Después del evento: opinión
feedback-title = Su opinión
feedback-saved = Gracias: su opinión se ha guardado. Puede modificarla hasta el cierre.
feedback-closed = Las opiniones sobre este evento están cerradas.
feedback-anonymous = Sus respuestas se guardan sin su nombre.
feedback-invalid = Elija una de las respuestas ofrecidas.
feedback-send = Enviar su opinión
feedback-back = Volver a su inscripción
feedback-link = Dé su opinión sobre el evento
feedback-rating-1 = 1 – deficiente
feedback-rating-2 = 2 – regular
feedback-rating-3 = 3 – buena
feedback-rating-4 = 4 – muy buena
feedback-rating-5 = 5 – excelente

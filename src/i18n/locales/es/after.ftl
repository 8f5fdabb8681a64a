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

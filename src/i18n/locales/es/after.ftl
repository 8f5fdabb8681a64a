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

## Formulario de inscripción: campos opcionales para informes
reporting-gender = Género (opcional)
reporting-age_group = Grupo de edad (opcional)
reporting-why = La red informa a sus miembros y donantes de cuántas mujeres y jóvenes participan, por región. Responder es opcional; al responder, usted consiente este uso. Solo se muestran totales de al menos cinco personas, y su respuesta se borra con sus demás datos personales.
reporting-gender-woman = Mujer
reporting-gender-man = Hombre
reporting-gender-other = Otro
reporting-gender-undisclosed = Prefiero no decirlo
reporting-age_group-under_25 = Menos de 25 años
reporting-age_group-25_34 = De 25 a 34 años
reporting-age_group-35_54 = De 35 a 54 años
reporting-age_group-55_plus = 55 años o más
reporting-age_group-undisclosed = Prefiero no decirlo
reporting-invalid = Elija una de las respuestas ofrecidas, o ninguna.

## Panel: informes de la red y opiniones
admin-reporting-title = Por región: mujeres y jóvenes
admin-reporting-region = Región
admin-reporting-women = Proporción de mujeres
admin-reporting-under-35 = Proporción de menores de 35
admin-reporting-target = Meta
admin-reporting-fewer-than-5 = menos de 5
admin-feedback-title = Opiniones
admin-feedback-responses = Respuestas: { $count }
admin-feedback-filter = Filtrar
admin-certificates-zip = Certificados (ZIP)
admin-targets = Metas de la red por región
admin-targets-help = Porcentajes enteros de 0 a 100; deje un campo vacío si no hay meta. Los paneles las muestran junto a las proporciones reales.
admin-targets-saved = Las metas se han guardado.
admin-targets-invalid = Cada meta es un número entero de 0 a 100, o vacía.

## Después del evento: correo de opinión, exportación y período de los informes
email-feedback-subject = Su opinión sobre { $event }
email-feedback-body = Gracias por participar en «{ $event }». Cuéntenos qué le pareció: toma unos minutos, y puede dejar cualquier pregunta sin responder.
email-feedback-action = Dar su opinión
admin-feedback-export = Descargar las respuestas (CSV)
certificate-sessions = Sesiones a las que asistió:
admin-dashboard-from = Desde
admin-dashboard-to = Hasta
admin-dashboard-range-invalid = Escriba las fechas como AAAA-MM-DD, la primera no posterior a la segunda.

## Formulario del evento: preguntas de opinión
admin-section-feedback = Opinión después del evento
admin-feedback-help = Preguntas que los asistentes pueden responder después del evento, en su propio enlace. Cualquier pregunta puede quedar sin respuesta.
admin-question-kind-rating = Calificación de 1 a 5
admin-feedback-after-hours = Enviar el enlace de opinión por correo, horas después del final
admin-feedback-after-hours-help = De 0 a 1440; deje el campo vacío para no enviar correo (el enlace sigue en la página de cada participante).
admin-feedback-closes-at = Cierre de las opiniones
admin-feedback-anonymous = Guardar las respuestas sin el nombre del participante
admin-error-feedback-hours = Indique un número entero de horas de 0 a 1440, o deje el campo vacío.
admin-error-collect = «{ $field }» no es un campo de informe: seleccione entre gender y age_group.

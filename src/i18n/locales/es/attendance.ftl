# Importación de asistencias y regiones del panel.

region-central-africa = África Central
region-west-africa = África Occidental
region-latin-america = América Latina y el Caribe
region-asia = Asia
region-europe = Europa
region-other = Otras

attendance-error-empty = El informe está vacío.
attendance-error-not-text = El archivo no es un informe de texto. Suba el archivo CSV que exporta la plataforma.
attendance-error-no-table = No se encontró ninguna lista de participantes. El informe necesita una fila de encabezado con una columna de correo electrónico (como «User Email» o «Email») y una columna de nombre (como «Name (Original Name)» o «Full Name»).
attendance-error-field-too-long = Línea { $line }: un campo tiene más de { $max } caracteres.
attendance-error-too-many-rows = El informe tiene más de { $max } filas.
attendance-error-malformed = Línea { $line }: el archivo CSV está mal formado.
attendance-error-duration = Línea { $line }: no se puede leer la duración «{ $value }».

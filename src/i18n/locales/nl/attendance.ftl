# Aanwezigheden importeren en de regio's van het dashboard.

region-central-africa = Centraal-Afrika
region-west-africa = West-Afrika
region-latin-america = Latijns-Amerika en het Caribisch gebied
region-asia = Azië
region-europe = Europa
region-other = Andere

attendance-error-empty = Het rapport is leeg.
attendance-error-not-text = Dit bestand is geen tekstrapport. Laad het CSV-bestand op dat het platform exporteert.
attendance-error-no-table = Er is geen lijst van deelnemers gevonden. Het rapport heeft een kopregel nodig met een kolom voor het e-mailadres (zoals “User Email” of “Email”) en een kolom voor de naam (zoals “Name (Original Name)” of “Full Name”).
attendance-error-field-too-long = Regel { $line }: een veld is langer dan { $max } tekens.
attendance-error-too-many-rows = Het rapport heeft meer dan { $max } regels.
attendance-error-malformed = Regel { $line }: het CSV-bestand is onleesbaar.
attendance-error-duration = Regel { $line }: de duur “{ $value }” is onleesbaar.

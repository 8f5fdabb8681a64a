# Import des présences et régions du tableau de bord.

region-central-africa = Afrique centrale
region-west-africa = Afrique de l’Ouest
region-latin-america = Amérique latine et Caraïbes
region-asia = Asie
region-europe = Europe
region-other = Autres

attendance-error-empty = Le rapport est vide.
attendance-error-not-text = Ce fichier n’est pas un rapport texte. Téléversez le fichier CSV exporté par la plateforme.
attendance-error-no-table = Aucune liste de participants n’a été trouvée. Le rapport doit avoir une ligne d’en-tête avec une colonne d’adresse e-mail (comme « User Email » ou « Email ») et une colonne de nom (comme « Name (Original Name) » ou « Full Name »).
attendance-error-field-too-long = Ligne { $line } : un champ dépasse { $max } caractères.
attendance-error-too-many-rows = Le rapport compte plus de { $max } lignes.
attendance-error-malformed = Ligne { $line } : le fichier CSV est mal formé.
attendance-error-duration = Ligne { $line } : la durée « { $value } » est illisible.

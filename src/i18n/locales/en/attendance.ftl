# Attendance imports and the dashboard's regions.

region-central-africa = Central Africa
region-west-africa = West Africa
region-latin-america = Latin America and the Caribbean
region-asia = Asia
region-europe = Europe
region-other = Other

attendance-error-empty = The report is empty.
attendance-error-not-text = The file is not a text report. Upload the CSV file that the platform exports.
attendance-error-no-table = No list of participants was found. The report needs a header row with an email column (such as “User Email” or “Email”) and a name column (such as “Name (Original Name)” or “Full Name”).
attendance-error-field-too-long = Line { $line }: a field is longer than { $max } characters.
attendance-error-too-many-rows = The report has more than { $max } rows.
attendance-error-malformed = Line { $line }: the CSV file is malformed.
attendance-error-duration = Line { $line }: the duration “{ $value }” cannot be read.

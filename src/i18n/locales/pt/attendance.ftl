# Importação de presenças e regiões do painel.

region-central-africa = África Central
region-west-africa = África Ocidental
region-latin-america = América Latina e Caribe
region-asia = Ásia
region-europe = Europa
region-other = Outras

attendance-error-empty = O relatório está vazio.
attendance-error-not-text = O arquivo não é um relatório em texto. Envie o arquivo CSV exportado pela plataforma.
attendance-error-no-table = Nenhuma lista de participantes foi encontrada. O relatório precisa de uma linha de cabeçalho com uma coluna de e-mail (como “User Email” ou “Email”) e uma coluna de nome (como “Name (Original Name)” ou “Full Name”).
attendance-error-field-too-long = Linha { $line }: um campo tem mais de { $max } caracteres.
attendance-error-too-many-rows = O relatório tem mais de { $max } linhas.
attendance-error-malformed = Linha { $line }: o arquivo CSV está malformado.
attendance-error-duration = Linha { $line }: não é possível ler a duração “{ $value }”.

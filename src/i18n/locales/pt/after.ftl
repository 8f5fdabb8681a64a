## Após o evento: certificados de participação
certificate-heading = Certificado de participação
certificate-certifies = { $site } certifica que
certificate-attended = participou de
certificate-online = On-line
certificate-minutes = { $minutes ->
    [one] { $minutes } minuto de participação
   *[other] { $minutes } minutos de participação
}
certificate-verification = Código de verificação: { $code } — { $url }
certificate-verify-title = Certificado de participação
certificate-genuine = Este certificado é autêntico.
certificate-verify-name = Nome
certificate-verify-event = Evento
certificate-verify-date = Data
certificate-download = Baixar o certificado de participação (PDF)

## Após o evento: avaliação
feedback-title = Sua avaliação
feedback-saved = Agradecemos: a avaliação foi salva. Ela pode ser alterada até o encerramento das avaliações.
feedback-closed = As avaliações deste evento estão encerradas.
feedback-anonymous = As respostas são armazenadas sem o seu nome.
feedback-invalid = Por favor, selecione uma das respostas oferecidas.
feedback-send = Enviar a avaliação
feedback-back = Voltar à inscrição
feedback-link = Avaliar o evento
feedback-rating-1 = 1 – ruim
feedback-rating-2 = 2 – regular
feedback-rating-3 = 3 – bom
feedback-rating-4 = 4 – muito bom
feedback-rating-5 = 5 – excelente

## Formulário de inscrição: campos opcionais para relatórios
reporting-gender = Gênero (opcional)
reporting-age_group = Faixa etária (opcional)
reporting-why = A rede informa aos seus membros e financiadores quantas mulheres e quantos jovens participam, por região. A resposta é opcional; ao responder, concorda com esse uso. Somente totais de pelo menos cinco pessoas são exibidos, e a resposta é apagada junto com os demais dados pessoais.
reporting-gender-woman = Mulher
reporting-gender-man = Homem
reporting-gender-other = Outro
reporting-gender-undisclosed = Prefiro não informar
reporting-age_group-under_25 = Menos de 25 anos
reporting-age_group-25_34 = De 25 a 34 anos
reporting-age_group-35_54 = De 35 a 54 anos
reporting-age_group-55_plus = 55 anos ou mais
reporting-age_group-undisclosed = Prefiro não informar
reporting-invalid = Por favor, selecione uma das respostas oferecidas, ou nenhuma.

## Painel do administrador: relatórios da rede e avaliações
admin-reporting-title = Por região: mulheres e jovens
admin-reporting-region = Região
admin-reporting-women = Proporção de mulheres
admin-reporting-under-35 = Proporção com menos de 35 anos
admin-reporting-target = Meta
admin-reporting-fewer-than-5 = menos de 5
admin-feedback-title = Avaliações
admin-feedback-responses = Respostas: { $count }
admin-feedback-filter = Filtrar
admin-certificates-zip = Certificados (ZIP)
admin-targets = Metas da rede por região
admin-targets-help = Porcentagens inteiras de 0 a 100; deixe um campo em branco para não definir meta. Os painéis as exibem ao lado das proporções reais.
admin-targets-saved = As metas foram salvas.
admin-targets-invalid = Cada meta é um número inteiro de 0 a 100, ou fica em branco.

## Após o evento: e-mail de avaliação, exportação e período dos relatórios
email-feedback-subject = Avaliação de { $event }
email-feedback-body = Agradecemos a participação em “{ $event }”. Conte-nos a sua opinião: leva poucos minutos, e qualquer pergunta pode ficar sem resposta.
email-feedback-action = Avaliar o evento
admin-feedback-export = Baixar as respostas (CSV)
certificate-sessions = Sessões com participação:
admin-dashboard-from = De
admin-dashboard-to = Até
admin-dashboard-range-invalid = Escreva as datas no formato AAAA-MM-DD, a primeira não posterior à segunda.

## Formulário do evento: perguntas de avaliação
admin-section-feedback = Avaliação após o evento
admin-feedback-help = Perguntas que os participantes presentes podem responder após o evento, no próprio link. Qualquer pergunta pode ficar sem resposta.
admin-question-kind-rating = Nota de 1 a 5
admin-feedback-after-hours = Enviar o link de avaliação por e-mail, horas após o término
admin-feedback-after-hours-help = De 0 a 1440; deixe em branco para não enviar e-mail (o link continua na página de cada participante).
admin-feedback-closes-at = Encerramento das avaliações
admin-feedback-anonymous = Armazenar as respostas sem o nome do participante
admin-error-feedback-hours = Informe um número inteiro de horas de 0 a 1440, ou deixe o campo em branco.
admin-error-collect = «{ $field }» não é um campo de relatório: escolha entre gender e age_group.

## After the event: certificates of attendance
certificate-heading = Certificate of attendance
certificate-certifies = { $site } certifies that
certificate-attended = attended
certificate-online = Online
certificate-minutes = { $minutes ->
    [one] { $minutes } minute attended
   *[other] { $minutes } minutes attended
}
certificate-verification = Verification code: { $code } — { $url }
certificate-verify-title = Certificate of attendance
certificate-genuine = This certificate is genuine.
certificate-verify-name = Name
certificate-verify-event = Event
certificate-verify-date = Date
certificate-download = Download your certificate of attendance (PDF)

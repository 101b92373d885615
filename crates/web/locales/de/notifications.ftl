# Deutsch — notifications.ftl
# Strings of the capability in src/notifications/ and templates/notifications/.

notifications-none = Keine Benachrichtigungen.
notifications-settings = Wie möchten Sie benachrichtigt werden?
notifications-email = Per E-Mail bei
notifications-email-answers = Antworten, Zusagen, Dankeschön und Anmeldungen zu meinen Veranstaltungen (höchstens eine Mail pro Veranstaltung und Tag)
notifications-email-messages = neuen Nachrichten
notifications-email-requests = neuen Gesuchen in Bereichen, denen ich folge
notifications-follow = Bereiche, denen ich folge
notifications-digest = Zusammenfassung per E-Mail
notifications-digest-off = Keine
notifications-digest-daily = Täglich
notifications-digest-weekly = Wöchentlich
easy-queue-waiting = { $count ->
    [one] 1 Text in Leichter Sprache wartet auf Ihre Prüfung.
   *[other] { $count } Texte in Leichter Sprache warten auf Ihre Prüfung.
}
notifications-notice-board = Jede Woche den Aushang des Quartiers per E-Mail bekommen
invitations-title = Einladungen
invitation-text = { $title } lädt Sie ein, mitzuhelfen: als { $text }.
invitation-accept = Zusagen
invitation-decline = Ablehnen
notice-kind-join-request = Jemand möchte beitreten
notice-kind-join-confirmed = Ihre Anfrage wurde bestätigt
notice-kind-join-declined = Ihre Anfrage wurde abgelehnt
notice-kind-report = Etwas wurde gemeldet
notice-kind-org-proposed = Eine Organisation möchte aufgenommen werden
notice-kind-org-confirmed = Ihre Organisation wurde bestätigt
notice-kind-review-requested = Ein Text in Leichter Sprache wartet auf Prüfung
notice-kind-review-approved = Ihr Text in Leichter Sprache wurde freigegeben
notice-kind-review-changes = Zu Ihrem Text in Leichter Sprache gibt es Rückfragen
mail-notice-join-request-subject = Quartier: Jemand möchte beitreten
mail-notice-join-confirmed-subject = Quartier: Ihre Anfrage wurde bestätigt
mail-notice-join-declined-subject = Quartier: Ihre Anfrage wurde abgelehnt
mail-notice-report-subject = Quartier: Etwas wurde gemeldet
mail-notice-org-proposed-subject = Quartier: Eine Organisation möchte aufgenommen werden
mail-notice-org-confirmed-subject = Quartier: Ihre Organisation wurde bestätigt
mail-notice-review-requested-subject = Quartier: Ein Text in Leichter Sprache wartet auf Prüfung
mail-notice-review-approved-subject = Quartier: Ihr Text in Leichter Sprache wurde freigegeben
mail-notice-review-changes-subject = Quartier: Zu Ihrem Text in Leichter Sprache gibt es Rückfragen
notifications-email-tasks = Arbeit, die auf mich wartet (Beitritte, Meldungen, Organisationen, Texte zum Prüfen)
notice-kind-event-signups = Neue An- oder Abmeldung zu Ihrer Veranstaltung
mail-notice-event-signups-subject = Neue An- oder Abmeldung zu Ihrer Veranstaltung

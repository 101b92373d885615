# Deutsch — notifications.ftl
# Strings of the capability in src/notifications/ and templates/notifications/.

notifications-none = Keine Benachrichtigungen.
notifications-settings = Wie möchten Sie benachrichtigt werden?
notifications-email = Per E-Mail bei
notifications-email-answers = Antworten, Zusagen und Dankeschön
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

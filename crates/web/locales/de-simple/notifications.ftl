# Leichte Sprache — notifications.ftl
# Strings of the capability in src/notifications/ and templates/notifications/.

notifications-none = Es gibt gerade keine Neuigkeiten.
notifications-settings = Wie wollen Sie von Neuigkeiten erfahren?
notifications-email = Ich möchte eine E-Mail bei:
notifications-email-answers = Antworten, Zusagen und Danke·schön
notifications-email-messages = neuen Nachrichten
notifications-email-requests = neuen Bitten um Hilfe in meinen Bereichen
notifications-follow = Diese Bereiche interessieren mich
notifications-digest = Zusammen·fassung per E-Mail
notifications-digest-off = Keine
notifications-digest-daily = Jeden Tag
notifications-digest-weekly = Jede Woche
easy-queue-waiting = { $count ->
    [one] Bitte prüfen Sie 1 Text in Leichter Sprache.
   *[other] Bitte prüfen Sie { $count } Texte in Leichter Sprache.
}
notifications-notice-board = Ich möchte den Aushang vom Quartier jede Woche als E-Mail bekommen
invitations-title = Einladungen
invitation-text =
    { $title } lädt Sie ein.
    Sie sollen mit·helfen.
    Ihre Rolle: { $text }.
invitation-accept = Ja, ich helfe mit
invitation-decline = Nein, danke

# Leichte Sprache — notifications.ftl
# Strings of the capability in src/notifications/ and templates/notifications/.

notifications-none = Es gibt gerade keine Neuigkeiten.
notifications-settings = Wie wollen Sie von Neuigkeiten erfahren?
notifications-email = Ich möchte eine E-Mail bei:
notifications-email-answers =
    Antworten, Zusagen und Danke·schön.
    Und: Jemand meldet sich bei meinem Termin an oder ab.
    Dafür bekomme ich höchstens 1 E-Mail am Tag.
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
notice-kind-join-request = Jemand will mit·machen
notice-kind-join-confirmed = Sie sind jetzt dabei
notice-kind-join-declined = Sie sind nicht dabei
notice-kind-report = Jemand hat etwas gemeldet
notice-kind-org-proposed = Eine Organisation will mit·machen
notice-kind-org-confirmed = Ihre Organisation ist bestätigt
notice-kind-review-requested = Ein Text in Leichter Sprache wartet auf Sie
notice-kind-review-approved = Ihr Text in Leichter Sprache ist gut
notice-kind-review-changes = Ihr Text in Leichter Sprache ist noch nicht gut
mail-notice-join-request-subject = Quartier: Jemand will mit·machen
mail-notice-join-confirmed-subject = Quartier: Sie sind jetzt dabei
mail-notice-join-declined-subject = Quartier: Sie sind nicht dabei
mail-notice-report-subject = Quartier: Jemand hat etwas gemeldet
mail-notice-org-proposed-subject = Quartier: Eine Organisation will mit·machen
mail-notice-org-confirmed-subject = Quartier: Ihre Organisation ist bestätigt
mail-notice-review-requested-subject = Quartier: Ein Text in Leichter Sprache wartet auf Sie
mail-notice-review-approved-subject = Quartier: Ihr Text in Leichter Sprache ist gut
mail-notice-review-changes-subject = Quartier: Ihr Text in Leichter Sprache ist noch nicht gut
notifications-email-tasks = Aufgaben für mich. Zum Beispiel: Jemand will mit·machen.
notice-kind-event-signups = Jemand meldet sich bei Ihrem Termin an oder ab
mail-notice-event-signups-subject = Jemand meldet sich bei Ihrem Termin an oder ab

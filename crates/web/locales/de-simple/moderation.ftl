# Leichte Sprache — moderation.ftl
# Strings of the capability in src/moderation/ and templates/moderation/.

moderation-intro =
    Die Moderation achtet auf die Regeln.
    Hier sehen Sie Einträge und Nachrichten mit einer Meldung.
    Sie sehen hier nur diese Einträge und Nachrichten.
    Jede Entscheidung steht im Protokoll.
    Das Protokoll ist eine Liste mit allen Änderungen.
    Die betroffene Person sieht den Grund für Ihre Entscheidung.
moderation-none = Zurzeit gibt es keine Meldungen.
moderation-kind-message = Nachricht
moderation-reported-by = Meldung von { $name } am { $date }
moderation-open = Eintrag ansehen
moderation-dismiss = Meldung schließen: Alles bleibt sichtbar
err-report-closed = Jemand hat diese Meldung schon bearbeitet.

# Deutsch — moderation.ftl
# Strings of the capability in src/moderation/ and templates/moderation/.

moderation-intro = Hier sehen Sie gemeldete Einträge und Nachrichten – und nur diese. Jede Entscheidung steht im Protokoll; die betroffene Person sieht die Begründung.
moderation-none = Es gibt keine offenen Meldungen.
moderation-kind-message = Nachricht
moderation-reported-by = Gemeldet von { $name } am { $date }
moderation-open = Eintrag öffnen
moderation-dismiss = Meldung schließen, nichts tun
err-report-closed = Diese Meldung wurde schon bearbeitet.

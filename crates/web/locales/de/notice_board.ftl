# Deutsch — notice_board.ftl
# Strings of the capability in src/notice_board/ and templates/notice_board/.

aushang-intro = Wählen Sie die Woche und die Sprache. Dann drucken Sie die Seite mit der Druckfunktion Ihres Browsers. Namen stehen nie auf dem Aushang.
aushang-choose = Woche und Sprache
label-aushang-week = Ein Tag der Woche
label-aushang-lang = Sprache
aushang-lang-standard = Alltagssprache
aushang-lang-easy = Leichte Sprache
aushang-show = Aushang zeigen
aushang-no-office = Es fehlt noch, wie Menschen ohne Internet antworten können. Tragen Sie es in der Verwaltung des Quartiers ein.
aushang-print-hint = Tipp: Drucken Sie in Schwarz-Weiß auf A4. Die Seite ist für großen Druck gemacht.
aushang-sheet-title = Nachbarschaft: Wer hilft? Was ist los?
aushang-week = Woche vom { $from } bis { $to }
aushang-help-none = Zurzeit gibt es keine offenen Gesuche oder Angebote.
aushang-answer = Sie möchten helfen oder brauchen Hilfe? { $office }
aushang-answer-online = Sie möchten helfen oder brauchen Hilfe? Fragen Sie im Nachbarschaftsbüro.
aushang-online = Alles auch im Internet: { $link }
label-aushang-large = Großdruck

# Co-production on the sheet: open votes and meetings.
aushang-projects = Mitmachen in Projekten
aushang-projects-how = Diese Projekte sind offen für alle im Quartier. Abstimmen können Sie auch ohne Internet: beim Treffen des Projekts, oder eine Person aus dem Projekt stimmt für Sie ab.
aushang-votes = Offene Abstimmungen
aushang-vote-until = offen bis { $date }
aushang-meetings = Nächste Treffen

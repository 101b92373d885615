# Leichte Sprache — notice_board.ftl
# Strings of the capability in src/notice_board/ and templates/notice_board/.

aushang-intro =
    Wählen Sie die Woche und die Sprache.
    Dann drucken Sie die Seite.
    Das geht mit den Tasten Strg und P.
    Auf dem Aushang stehen nie Namen.
aushang-choose = Woche und Sprache
label-aushang-week = Ein Tag aus der Woche
label-aushang-lang = Sprache
aushang-lang-standard = Alltags·sprache
aushang-lang-easy = Leichte Sprache
aushang-show = Aushang zeigen
aushang-no-office =
    Wie können Menschen ohne Internet antworten?
    Das fehlt noch.
    Bitte schreiben Sie das bei „Quartier verwalten“.
aushang-print-hint =
    Tipp: Drucken Sie schwarz-weiß auf DIN-A4·Papier.
    Die Schrift auf der Seite ist groß.
aushang-sheet-title = Nachbarschaft: Wer hilft? Was passiert?
aushang-week = Woche vom { $from } bis { $to }
aushang-help-none = Im Moment gibt es keine offenen Bitten und Angebote.
aushang-answer =
    Sie möchten helfen?
    Oder Sie brauchen Hilfe?
    { $office }
aushang-answer-online =
    Sie möchten helfen?
    Oder Sie brauchen Hilfe?
    Fragen Sie im Nachbarschafts·büro.
aushang-online = Alles steht auch im Internet: { $link }
label-aushang-large = Große Schrift

# Co-production on the sheet: open votes and meetings.
aushang-projects = Bei Projekten mit·machen
aushang-projects-how =
    Bei diesen Projekten können alle mit·machen.
    Sie brauchen kein Internet.
    Sie können beim Treffen abstimmen.
    Oder eine Person aus dem Projekt stimmt für Sie ab.
aushang-votes = Hier stimmen wir gerade ab
aushang-vote-until = Sie können bis { $date } abstimmen
aushang-meetings = Die nächsten Treffen

# Leichte Sprache — easy.ftl
# Strings of the capability in src/easy/ and templates/easy/.

easy-edit-title = Text in Leichter Sprache
easy-edit-intro =
    Schreiben Sie hier den Text in Leichter Sprache.
    Die Prüf·hilfe ist ein Computer·programm.
    Die Prüf·hilfe zeigt Ihnen: Diese Stellen sind vielleicht schwer.
    Ist der Text wirklich leicht?
    Das entscheiden erst die Prüferinnen und Prüfer.
    Die Prüferinnen und Prüfer brauchen selbst Leichte Sprache.
easy-review-note = Das haben die Prüferinnen und Prüfer nicht verstanden
easy-standard-text = Text in Alltags·sprache
easy-hints-standard = Prüf·hilfe für diesen Text: { $score } von 100 Punkten
easy-version = Ihr Text in Leichter Sprache
label-easy-body = Text in Leichter Sprache
hint-easy-body =
    Schreiben Sie kurze Sätze.
    Schreiben Sie nur 1 Aussage in jeden Satz.
    Benutzen Sie bekannte Wörter.
    Schreiben Sie Zahlen als Ziffern.
    Zum Beispiel: 3 statt drei.
    Trennen Sie lange Wörter mit einem Binde·strich oder mit einem Medio·punkt.
    Zum Beispiel: Pass-Wort oder Pass·wort.
easy-check = Text prüfen
easy-ask-review = Speichern und prüfen lassen
easy-score =
    Der Text hat { $score } von 100 Punkten.
    Mehr Punkte bedeuten: Der Text ist leichter.
    Der Text hat { $words } Wörter.
easy-queue-title = Texte prüfen
easy-queue-intro =
    Diese Texte in Leichter Sprache warten auf Sie.
    Bitte prüfen Sie die Texte.
    Lesen Sie in Ruhe.
    Verstehen Sie einen Satz nicht?
    Dann sagen Sie uns das.
easy-queue-empty = Im Moment wartet kein Text auf Sie.
easy-review-title = Text prüfen
easy-review-intro =
    Lesen Sie jeden Satz.
    Verstehen Sie einen Satz nicht?
    Dann klicken Sie bei diesem Satz auf das Kästchen.
easy-review-sentences = Die Sätze von dem Text
easy-review-unclear = Diesen Satz verstehe ich nicht
label-review-note = Ihre Nachricht (freiwillig)
hint-review-note = Zum Beispiel: Welches Wort ist schwer?
easy-review-approve = Ich habe alles verstanden
easy-review-send-back = Zurück an die Schreiberin oder den Schreiber
err-review-closed = Jemand hat diesen Text schon geprüft.
err-review-empty =
    Bitte klicken Sie bei einem Satz auf das Kästchen.
    Oder schreiben Sie eine Nachricht.
err-check-too-long =
    Der Text ist zu lang für die Prüf·hilfe.
    Der Text darf höchstens 100.000 Zeichen haben.

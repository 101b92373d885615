# Deutsch — easy.ftl
# Strings of the capability in src/easy/ and templates/easy/.

easy-edit-title = Text in Leichter Sprache
easy-edit-intro = Schreiben Sie hier den Text in Leichter Sprache. Die Prüfhilfe zeigt Stellen, die schwer zu lesen sein können. Ob ein Text wirklich leicht ist, entscheiden aber erst die Prüferinnen und Prüfer aus der Zielgruppe.
easy-review-note = Das haben die Prüfer:innen nicht verstanden
easy-standard-text = Text in Alltagssprache
easy-hints-standard = Prüfhilfe für diesen Text (Lesbarkeit { $score } von 100)
easy-version = Ihre Fassung in Leichter Sprache
label-easy-body = Text in Leichter Sprache
hint-easy-body = Kurze Sätze. Eine Aussage pro Satz. Bekannte Wörter. Zahlen als Ziffern. Lange Wörter mit Bindestrich oder Mediopunkt trennen.
easy-check = Text prüfen
easy-ask-review = Speichern und prüfen lassen
easy-score = Lesbarkeit: { $score } von 100 (je höher, desto leichter). { $words } Wörter.
easy-queue-title = Texte prüfen
easy-queue-intro = Diese Texte in Leichter Sprache warten auf Ihre Prüfung. Lesen Sie in Ruhe. Sagen Sie, welche Sätze Sie nicht verstehen.
easy-queue-empty = Zurzeit wartet kein Text auf Sie.
easy-review-title = Text prüfen
easy-review-intro = Lesen Sie jeden Satz. Haben Sie einen Satz nicht verstanden? Dann setzen Sie dort einen Haken.
easy-review-sentences = Die Sätze des Textes
easy-review-unclear = Diesen Satz verstehe ich nicht
label-review-note = Ihre Anmerkung (freiwillig)
hint-review-note = Zum Beispiel: Welches Wort ist schwer?
easy-review-approve = Ich habe alles verstanden
easy-review-send-back = Zurück an die Schreiberin oder den Schreiber
err-review-closed = Dieser Text wurde schon geprüft.
err-review-empty = Bitte setzen Sie einen Haken bei einem Satz oder schreiben Sie eine Anmerkung.
err-check-too-long = Der Text ist zu lang für die Prüfhilfe (höchstens 100.000 Zeichen).

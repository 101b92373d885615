# Deutsch — inbox.ftl
# Strings of the capability in src/inbox/ and templates/inbox/.

err-too-fast = Sie schreiben sehr schnell hintereinander. Bitte warten Sie eine Minute und senden Sie dann noch einmal.
inbox-title = Nachrichten
inbox-empty = Sie haben noch keine Nachrichten.
inbox-with = Gespräch mit { $name }
inbox-about = Es geht um:
inbox-me = Ich
inbox-send = Senden
inbox-blocked = In diesem Gespräch können keine Nachrichten mehr geschickt werden.
inbox-block = { $name } blockieren
inbox-unblock = Blockierung aufheben
message-hidden = Diese Nachricht wurde von der Moderation ausgeblendet. Begründung: { $reason }
report-message = Nachricht melden
mail-message-from = Nachricht von { $name }
inbox-block-title = Keine Nachrichten mehr von dieser Person?
inbox-block-hint = Wenn Sie jemanden blockieren, kann diese Person Ihnen hier nicht mehr schreiben. Sie können das jederzeit aufheben.
inbox-older = Ältere Nachrichten
inbox-newer = Neuere Nachrichten

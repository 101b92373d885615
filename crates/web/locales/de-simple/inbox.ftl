# Leichte Sprache — inbox.ftl
# Strings of the capability in src/inbox/ and templates/inbox/.

err-too-fast =
    Sie schreiben sehr schnell.
    Bitte warten Sie 1 Minute.
    Dann senden Sie noch einmal.
inbox-title = Nachrichten
inbox-empty = Sie haben noch keine Nachrichten.
inbox-with = Gespräch mit { $name }
inbox-about = Es geht um:
inbox-me = Ich
inbox-send = Schicken
inbox-blocked =
    Dieses Gespräch ist gesperrt.
    Sie können hier keine Nachrichten mehr schicken.
inbox-block = { $name } sperren
inbox-unblock = Sperre aufheben
message-hidden =
    Die Moderation hat diese Nachricht versteckt.
    Der Grund: { $reason }
report-message = Nachricht melden
mail-message-from = Nachricht von { $name }
inbox-block-title = Wollen Sie keine Post mehr von dieser Person?
inbox-block-hint = Dann können Sie die Person blockieren.
    Die Person kann Ihnen dann nicht mehr schreiben.
    Sie können das später wieder ändern.
inbox-older = Nachrichten von früher
inbox-newer = Neuere Nachrichten

# Deutsch — events.ftl
# Strings of the capability in src/events/ and templates/events/.

calendar-public-only = Sie sehen die Termine der Vereine und Einrichtungen. Termine von Nachbarinnen und Nachbarn sehen nur bestätigte Mitglieder des Quartiers.
calendar-list-view = Als Liste zeigen
calendar-month-view = Als Monat zeigen
calendar-mine = Meine Anmeldungen
calendar-months = Monate
calendar-prev-month = Vorheriger Monat
calendar-next-month = Nächster Monat
calendar-today = Heute
calendar-more = { $count ->
    [one] 1 weiterer
   *[other] { $count } weitere
}
calendar-more-rest = { $count ->
    [one] Termin
   *[other] Termine
} am { $day }
calendar-days = Tage
calendar-prev-day = Vorheriger Tag
calendar-next-day = Nächster Tag
calendar-day-none = An diesem Tag sind keine Termine eingetragen.
calendar-day-capped = Hier stehen die ersten { $shown } von { $count } Terminen dieses Tages. Mit den Filtern oben finden Sie die übrigen.
calendar-subscribe = Kalender abonnieren
calendar-subscribe-text = Mit diesem Link erscheinen die Termine der Vereine und Einrichtungen im Kalender Ihres Telefons oder Computers und bleiben dort aktuell.
calendar-subscribe-link = Kalender abonnieren (webcal)
calendar-feed-address = Adresse des Kalenders zum Kopieren
event-edit = Termin bearbeiten
event-cancelled-text = Dieser Termin ist abgesagt.
event-facts = Auf einen Blick
event-when = Wann
event-where = Wo
event-cost = Kosten
event-free-of-charge = Kostenlos
event-organiser = Veranstaltet von
event-places = Plätze
event-taken-of = { $taken } von { $capacity } Plätzen vergeben
event-unlimited = Unbegrenzt
event-add-to-calendar = In meinen Kalender übernehmen (.ics)
event-signup = Anmeldung
event-no-signup = Keine Anmeldung nötig. Kommen Sie einfach vorbei.
event-sign-up = Anmelden
event-join-waiting-list = Auf die Warteliste setzen
event-withdraw = Teilnahme absagen
event-signup-closed = Die Anmeldung ist geschlossen.
event-login-to-sign-up = Melden Sie sich an, um teilzunehmen.
event-members-only = Nur Mitglieder dieses Quartiers können sich anmelden.
event-you-are-in = Sie sind angemeldet.
event-you-wait = Sie stehen auf der Warteliste an Stelle { $position }. Wird ein Platz frei, bekommen Sie ihn und eine Nachricht.
event-on-waiting-list = auf der Warteliste
event-about = Beschreibung
event-more-dates = Weitere Termine
event-organiser-tools = Für die Veranstalter
event-attendees = Teilnehmende
event-attendees-link = Teilnehmende und Warteliste ({ $waiting } warten)
event-cancel = Termin absagen
event-confirmed-count = { $count } angemeldet
event-signed-up-at = Angemeldet am
event-waiting-list = Warteliste
event-nobody-waits = Niemand wartet.
event-message-attendees = Nachricht an die Teilnehmenden
event-message-to = An wen?
event-message-to-confirmed = An alle Angemeldeten
event-message-to-all = An alle Angemeldeten und an die Warteliste
event-message-send = Nachricht senden
event-repeat-once = Einmalig
event-repeat-weekly = Jede Woche am selben Wochentag
event-repeat-monthly = Jeden Monat am selben Tag
label-all-day = Ganztägig
label-end-date = Letzter Tag
hint-event-date = Der Tag des Termins, bei Wiederholungen der erste. Nicht in der Vergangenheit.
hint-end-date = Nur ausfüllen, wenn der Termin über mehrere Tage geht.
hint-time-all-day = Bei ganztägigen Terminen leer lassen.
label-repeat = Wiederholung
label-repeat-until = Wiederholen bis
hint-repeat-until = Höchstens ein Jahr.
label-venue = Ort und Adresse
hint-venue = Zum Beispiel: Gemeindehaus St. Marien, Kirchplatz 3, Saal im Erdgeschoss
label-online-url = Link zur Online-Teilnahme
hint-online-url = Freiwillig. Beginnt mit https://
label-cost = Kosten
hint-cost = Leer lassen, wenn der Termin kostenlos ist.
label-signup-required = Anmeldung nötig
label-capacity = Anzahl der Plätze
hint-capacity = Leer lassen, wenn die Zahl nicht begrenzt ist.
hint-event-message = Die Nachricht geht an das Postfach bei Quartier und – je nach Einstellung – per E-Mail.
label-organisation = Organisation
err-event-place = Bitte geben Sie einen Ort oder einen Link zur Online-Teilnahme an.
err-capacity-taken = Es sind schon mehr Plätze vergeben. Bitte eine größere Zahl eingeben.
err-signup-closed = Für diesen Termin ist keine Anmeldung (mehr) möglich.
mail-event-message-subject = Nachricht zu „{ $title }“
mail-event-message-body = Guten Tag,

    { $from } schreibt zum Termin „{ $title }“:

    { $text }

    Zum Termin: { $link }
event-nobody-yet = Noch niemand ist angemeldet.
event-cancel-confirm-title = „{ $title }“ wirklich absagen?
event-cancel-confirm-text = Alle, die sich angemeldet haben, bekommen Bescheid. Das lässt sich nicht rückgängig machen.
event-cancel-confirm-yes = Ja, Termin absagen

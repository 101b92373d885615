# Leichte Sprache — events.ftl
# Strings of the capability in src/events/ and templates/events/.

calendar-public-only =
    Sie sehen hier die Termine von Vereinen und Einrichtungen.
    Es gibt auch Termine von Nachbarinnen und Nachbarn.
    Diese Termine sehen nur bestätigte Mitglieder vom Quartier.
calendar-list-view = Als Liste zeigen
calendar-month-view = Als Monat zeigen
calendar-mine = Meine Anmeldungen
calendar-months = Monate
calendar-prev-month = Monat davor
calendar-next-month = Nächster Monat
calendar-today = Heute
calendar-more = { $count ->
    [one] Noch 1 Termin
   *[other] Noch { $count } Termine
}
calendar-more-rest = am { $day }
calendar-days = Tage
calendar-prev-day = Tag davor
calendar-next-day = Nächster Tag
calendar-day-none = An diesem Tag gibt es keine Termine.
calendar-day-capped = An diesem Tag gibt es { $count } Termine. Hier stehen nur { $shown } Termine. Oben können Sie eine Art oder einen Verein wählen. Dann finden Sie die anderen Termine.
calendar-subscribe = Termine im eigenen Kalender
calendar-subscribe-text =
    Haben Sie einen Kalender auf dem Telefon oder auf dem Computer?
    Dann können Sie dort die Termine von Vereinen und Einrichtungen sehen.
    Klicken Sie dafür auf den Link.
    Neue Termine kommen dann von selbst in Ihren Kalender.
calendar-subscribe-link = Termine in meinen Kalender holen (webcal)
calendar-feed-address = Kalender·adresse zum Kopieren
event-edit = Termin ändern
event-cancelled-text = Dieser Termin fällt aus.
event-facts = Das Wichtigste
event-when = Wann?
event-where = Wo?
event-cost = Kosten
event-free-of-charge = Kostenlos
event-organiser = Wer lädt ein?
event-places = Plätze
event-taken-of = { $taken } von { $capacity } Plätzen sind vergeben
event-unlimited = Genug Plätze für alle
event-add-to-calendar = In meinen Kalender holen (.ics)
event-signup = Anmeldung
event-no-signup =
    Kommen Sie einfach vorbei.
    Sie brauchen keine Anmeldung.
event-sign-up = Anmelden
event-join-waiting-list = Auf die Warte·liste
event-withdraw = Ich komme doch nicht
event-signup-closed = Die Anmeldung ist zu Ende.
event-login-to-sign-up = Sie möchten mitmachen? Dann melden Sie sich zuerst an.
event-members-only = Nur Mitglieder von diesem Quartier können sich anmelden.
event-you-are-in = Sie sind angemeldet.
event-you-wait =
    Sie sind auf der Warte·liste.
    Sie haben die Nummer { $position }.
    Wird ein Platz frei?
    Dann bekommen Sie den Platz.
    Und Sie bekommen eine Nachricht.
event-on-waiting-list = auf der Warte·liste
event-about = Worum geht es?
event-more-dates = Weitere Termine
event-organiser-tools = Für die Veranstalter
event-attendees = Anmeldungen
event-attendees-link = Anmeldungen und Warte·liste (auf der Warte·liste: { $waiting })
event-cancel = Termin absagen
event-confirmed-count = Angemeldet: { $count }
event-signed-up-at = Angemeldet am
event-waiting-list = Warte·liste
event-nobody-waits = Die Warte·liste ist leer.
event-message-attendees = Nachricht an alle mit Anmeldung
event-message-to = An wen geht die Nachricht?
event-message-to-confirmed = An alle mit Anmeldung
event-message-to-all = An alle mit Anmeldung und an alle auf der Warte·liste
event-message-send = Nachricht schicken
event-repeat-once = Nur 1 Mal
event-repeat-weekly = Jede Woche am gleichen Wochen·tag
event-repeat-monthly = Jeden Monat am gleichen Tag
label-all-day = Den ganzen Tag
label-end-date = Letzter Tag
hint-event-date =
    An diesem Tag ist der Termin.
    Gibt es den Termin öfter? Dann schreiben Sie hier den ersten Tag.
    Das Datum muss heute oder später sein.
hint-end-date =
    Dauert der Termin mehrere Tage?
    Dann schreiben Sie hier den letzten Tag.
hint-time-all-day =
    Dauert der Termin den ganzen Tag?
    Dann lassen Sie die Uhr·zeit leer.
label-repeat = Wie oft gibt es den Termin?
label-repeat-until = Bis wann gibt es den Termin?
hint-repeat-until = Höchstens 1 Jahr.
label-venue = Ort und Adresse
hint-venue = Zum Beispiel: Gemeinde·haus St. Marien, Kirch·platz 3, Saal im Erd·geschoss
label-online-url = Link für die Online-Teilnahme
hint-online-url =
    Das ist freiwillig.
    Der Link muss mit https:// anfangen.
label-cost = Kosten
hint-cost =
    Ist der Termin kostenlos?
    Dann lassen Sie das Feld leer.
label-signup-required = Anmeldung ist nötig
label-capacity = Wie viele Plätze gibt es?
hint-capacity =
    Gibt es genug Plätze für alle?
    Dann lassen Sie das Feld leer.
hint-event-message =
    Die Menschen bekommen die Nachricht bei Quartier.
    Manche Menschen bekommen die Nachricht auch als E-Mail.
    Das stellt jeder Mensch selbst ein.
label-organisation = Organisation
err-event-place =
    Wo ist der Termin?
    Bitte schreiben Sie einen Ort.
    Oder schreiben Sie einen Link für die Online-Teilnahme.
err-capacity-taken =
    Es sind schon mehr Plätze vergeben.
    Bitte schreiben Sie eine größere Zahl.
err-signup-closed = Für diesen Termin ist die Anmeldung zu Ende.
mail-event-message-subject = Nachricht zu „{ $title }“
mail-event-message-body = Guten Tag,

    { $from } schreibt Ihnen etwas zum Termin „{ $title }“:

    { $text }

    Hier finden Sie den Termin: { $link }
event-nobody-yet = Noch niemand hat sich angemeldet.
event-cancel-confirm-title = Wollen Sie „{ $title }“ wirklich absagen?
event-cancel-confirm-text = Alle Angemeldeten bekommen eine Nachricht.
    Sie können das nicht mehr ändern.
event-cancel-confirm-yes = Ja, Termin absagen

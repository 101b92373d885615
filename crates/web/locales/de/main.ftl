# Deutsch (Standard)

skip-to-content = Zum Inhalt springen
demo-banner = Demo-Betrieb: Alle Namen und Texte sind ausgedacht. Bitte keine echten Daten eingeben.
nav-main = Hauptmenü
nav-account = Mein Konto
nav-admin = Betrieb
nav-login = Anmelden
nav-logout = Abmelden
nav-signup = Registrieren
nav-preferences = Anzeige und Sprache
footer-language = Sprache:
footer-about = Quartier ist freie Software für Nachbarschaften. Ihre Adresse wird nie angezeigt.
back-home = Zur Startseite
back-account = Zurück zu „Mein Konto“
save = Speichern
form-has-errors = Bitte prüfen Sie Ihre Eingaben
error-prefix = Fehler:
former-neighbour = Ehemalige Nachbarin / ehemaliger Nachbar

## Fehlerseiten
error-not-found = Seite nicht gefunden
error-not-found-text = Diese Seite gibt es nicht (mehr). Vielleicht hat sich die Adresse geändert.
error-forbidden = Kein Zugang
error-forbidden-text = Diese Seite ist nur für bestimmte Personen sichtbar, zum Beispiel für bestätigte Nachbarinnen und Nachbarn oder die Koordination.
error-login-required = Bitte melden Sie sich an
error-login-required-text = Für diese Seite müssen Sie angemeldet sein.
error-bad-request = Anfrage nicht verstanden
error-bad-request-text = Die Anfrage war unvollständig oder fehlerhaft. Bitte versuchen Sie es noch einmal über das Formular.
error-conflict = Das geht gerade nicht
error-conflict-text = Das wurde schon erledigt oder passt nicht zum aktuellen Stand. Bitte laden Sie die Seite neu.
error-too-many = Zu viele Versuche
error-too-many-text = Bitte warten Sie einige Minuten und versuchen Sie es dann noch einmal.
error-validation = Eingaben prüfen
error-validation-text = Einige Angaben fehlen oder passen nicht.
error-internal = Technischer Fehler
error-internal-text = Bei uns ist etwas schiefgegangen. Ihre Eingaben sind nicht verloren gegangen. Bitte versuchen Sie es später noch einmal.

## Feldfehler
err-email-empty = Bitte geben Sie Ihre E-Mail-Adresse ein.
err-email-invalid = Das ist keine gültige E-Mail-Adresse. Beispiel: name@beispiel.de
err-email-taken = Diese E-Mail-Adresse wird schon verwendet.
err-email-same = Das ist bereits Ihre E-Mail-Adresse.
err-password-empty = Bitte geben Sie Ihr Passwort ein.
err-password-short = Das Passwort muss mindestens 10 Zeichen lang sein.
err-password-long = Das Passwort darf höchstens 200 Zeichen lang sein.
err-password-weak = Dieses Passwort ist zu leicht zu erraten.
err-password-demo = Das Demo-Passwort ist hier nicht erlaubt. Bitte wählen Sie ein eigenes Passwort.
err-too-many-mails = Von hier wurden in der letzten Stunde zu viele E-Mails angefordert. Bitte versuchen Sie es in einer Stunde noch einmal.
err-too-fast = Sie schreiben sehr schnell hintereinander. Bitte warten Sie eine Minute und senden Sie dann noch einmal.
err-current-password = Das aktuelle Passwort stimmt nicht.
err-login-failed = E-Mail-Adresse oder Passwort stimmen nicht.
err-login-throttled = Zu viele Fehlversuche. Bitte warten Sie 15 Minuten oder setzen Sie Ihr Passwort zurück.
err-login-unconfirmed = Bitte bestätigen Sie zuerst Ihre E-Mail-Adresse. Wir haben Ihnen gerade einen neuen Link geschickt.
err-name-short = Der Name muss mindestens 2 Zeichen lang sein.
err-name-long = Der Name darf höchstens 60 Zeichen lang sein.
err-name-invalid = Der Name darf kein @-Zeichen und keinen Zeilenumbruch enthalten.
err-text-short = Dieser Text ist zu kurz.
err-text-control = Der Text enthält unzulässige Steuerzeichen.
err-bio-long = Der Text darf höchstens 1.000 Zeichen lang sein.
err-description-long = Die Beschreibung darf höchstens 2.000 Zeichen lang sein.
err-slug-length = Die Adresse muss 2 bis 40 Zeichen lang sein.
err-slug-chars = Erlaubt sind nur Kleinbuchstaben ohne Umlaute, Ziffern und einzelne Bindestriche.
err-slug-reserved = Diese Adresse ist reserviert. Bitte wählen Sie eine andere.
err-slug-taken = Diese Adresse ist schon vergeben.
err-timezone = Unbekannte Zeitzone. Beispiel: Europe/Berlin
err-setup-token = Der Einrichtungs-Code stimmt nicht oder ist abgelaufen. Starten Sie den Server neu, um einen neuen zu erhalten.
err-code-empty = Bitte geben Sie den Code von Ihrer Einladungskarte ein.
err-code-invalid = Ein Code hat 8 Zeichen, zum Beispiel ACDE-FGHJ.
err-code-throttled = Zu viele Versuche mit Codes. Bitte warten Sie eine Stunde oder fragen Sie die Koordination Ihres Quartiers.
err-code-unknown = Diesen Code kennen wir nicht, oder er wurde schon benutzt.
err-count-range = Bitte eine Zahl von 1 bis 100 eingeben.
err-no-such-account = Zu dieser E-Mail-Adresse gibt es kein Konto.
err-already-member = Sie sind schon Mitglied oder haben schon angefragt.
err-last-coordinator = Ein Quartier braucht mindestens eine Koordinatorin oder einen Koordinator.

## Hinweise nach einer Aktion
notice-saved = Gespeichert.
notice-password-changed = Ihr Passwort wurde geändert. Andere Anmeldungen wurden beendet.
notice-email-changed = Ihre neue E-Mail-Adresse ist jetzt aktiv.
notice-joined = Willkommen! Sie sind jetzt bestätigte Bewohnerin / bestätigter Bewohner.
notice-requested = Ihre Anfrage ist angekommen. Die Koordination meldet sich.
notice-confirmed = Die Person ist jetzt bestätigt.
notice-declined = Die Anfrage wurde abgelehnt.
notice-role-set = Die Rolle wurde geändert.
notice-created = Angelegt. Sie können sich jetzt anmelden.
notice-confirm-sent = Wir haben Ihnen einen Bestätigungs-Link geschickt.
notice-logged-out = Sie sind abgemeldet.
notice-password-reset = Ihr neues Passwort gilt. Bitte melden Sie sich an.
notice-email-confirmed = Ihre E-Mail-Adresse ist bestätigt. Bitte melden Sie sich an.
notice-deleted = Ihr Konto wurde gelöscht.

## Rollen
role-resident = Bewohner:in
role-moderator = Moderation
role-coordinator = Koordination
status-pending = Anfrage wartet auf Bestätigung

## Startseite
home-title = Willkommen bei Quartier
home-lead = Hier helfen sich Nachbarinnen und Nachbarn, Vereine zeigen, was sie tun, und alle erfahren, was im Viertel los ist.
home-my-neighbourhoods = Meine Quartiere
home-all-neighbourhoods = Quartiere auf dieser Seite
home-none-yet = Hier gibt es noch kein Quartier.
members-count = { $count ->
    [one] 1 bestätigte Person
   *[other] { $count } bestätigte Personen
}
setup-needed-title = Einrichtung nötig
setup-needed-text = Diese Quartier-Installation hat noch keinen Betreiber. Beim Start hat der Server einen einmaligen Einrichtungs-Code in die Konsole geschrieben. Mit diesem Code legen Sie das erste Betreiber-Konto an.
setup-start = Einrichtung beginnen

## Einrichtung
setup-title = Erstes Betreiber-Konto anlegen
setup-intro = Geben Sie den Einrichtungs-Code aus der Server-Konsole ein und wählen Sie Ihre Zugangsdaten.
setup-submit = Konto anlegen
label-setup-token = Einrichtungs-Code
hint-setup-token = Steht in der Konsole, in der Sie den Server gestartet haben. Er gilt eine Stunde.

## Registrieren und Anmelden
signup-title = Registrieren
signup-intro = Mit einem Konto können Sie Ihrem Quartier beitreten. Ihre Adresse wird nie angezeigt.
signup-submit = Konto anlegen
signup-have-account = Sie haben schon ein Konto?
signup-check-mail-title = Bitte sehen Sie in Ihr E-Mail-Postfach
signup-check-mail-text = Wir haben eine E-Mail an die angegebene Adresse geschickt. Klicken Sie auf den Link darin, um Ihr Konto zu bestätigen. Der Link gilt drei Tage.
label-display-name = Ihr Name, wie Nachbarn ihn sehen
hint-display-name = Zum Beispiel „Anna S.“ oder Ihr voller Name.
label-email = E-Mail-Adresse
hint-email = Wir schicken Ihnen einen Link zur Bestätigung. Die Adresse ist für andere nicht sichtbar.
label-password = Passwort
label-new-password = Neues Passwort
hint-password = Mindestens 10 Zeichen. Ein Satz, den Sie sich gut merken können, ist ideal.
label-current-password = Aktuelles Passwort
label-new-email = Neue E-Mail-Adresse
login-title = Anmelden
login-submit = Anmelden
login-forgot = Passwort vergessen?
login-no-account = Noch kein Konto?
confirm-title = E-Mail-Adresse bestätigen
confirm-text = Bitte klicken Sie auf die Schaltfläche, um Ihre E-Mail-Adresse zu bestätigen.
confirm-submit = Jetzt bestätigen
token-invalid-title = Link ungültig oder abgelaufen
token-invalid-text = Dieser Link wurde schon benutzt oder ist zu alt. Fordern Sie bitte einen neuen an, zum Beispiel über „Passwort vergessen“ oder indem Sie sich anmelden.
forgot-title = Passwort vergessen
forgot-intro = Geben Sie Ihre E-Mail-Adresse ein. Wir schicken Ihnen einen Link, mit dem Sie ein neues Passwort wählen.
forgot-submit = Link anfordern
forgot-sent-title = Bitte sehen Sie in Ihr E-Mail-Postfach
forgot-sent-text = Wenn es zu dieser Adresse ein Konto gibt, haben wir einen Link geschickt. Er gilt zwei Stunden.
reset-title = Neues Passwort wählen
reset-submit = Passwort speichern

## E-Mails
mail-confirm-subject = Bitte bestätigen Sie Ihre E-Mail-Adresse
mail-confirm-body = Guten Tag,

    bitte bestätigen Sie Ihre E-Mail-Adresse für Quartier mit diesem Link:

    { $link }

    Der Link gilt drei Tage. Wenn Sie sich nicht registriert haben, können Sie diese E-Mail einfach löschen.
mail-exists-subject = Anmeldung bei Quartier
mail-exists-body = Guten Tag,

    jemand wollte mit Ihrer E-Mail-Adresse ein neues Konto anlegen. Sie haben aber schon ein Konto.
    Falls Sie Ihr Passwort vergessen haben, wählen Sie hier ein neues:

    { $link }

    Wenn Sie das nicht waren, müssen Sie nichts tun.
mail-reset-subject = Neues Passwort für Quartier
mail-reset-body = Guten Tag,

    mit diesem Link wählen Sie ein neues Passwort:

    { $link }

    Der Link gilt zwei Stunden. Wenn Sie das nicht angefordert haben, können Sie diese E-Mail löschen.
mail-change-subject = Neue E-Mail-Adresse bestätigen
mail-change-body = Guten Tag,

    bitte bestätigen Sie Ihre neue E-Mail-Adresse für Quartier mit diesem Link:

    { $link }

    Der Link gilt drei Tage.

## Konto
account-title = Mein Konto
account-nav = Kontoeinstellungen
account-export = Meine Daten herunterladen
account-view-profile = Mein Profil ansehen
account-no-neighbourhood = Sie sind noch in keinem Quartier.
account-find-neighbourhood = Quartier finden
profile-edit-title = Mein Profil
profile-privacy = Ihr Profil sehen nur bestätigte Nachbarinnen und Nachbarn – außer Sie machen es öffentlich. Ihre Adresse wird nie gezeigt.
label-bio = Über mich (freiwillig)
hint-bio = Zum Beispiel, was Sie gern tun oder wobei Sie helfen können. Höchstens 1.000 Zeichen.
label-profile-public = Mein Profil darf jede Person sehen, auch ohne Anmeldung
password-title = Passwort ändern
password-submit = Passwort ändern
email-title = E-Mail-Adresse ändern
email-current = Ihre E-Mail-Adresse ist zurzeit { $email }.
email-intro = Wir schicken einen Link an die neue Adresse. Erst wenn Sie ihn anklicken, gilt die neue Adresse.
email-submit = Link an neue Adresse schicken
email-sent-title = Bitte sehen Sie in das neue Postfach
email-sent-text = Wir haben einen Link an die neue Adresse geschickt, sofern sie noch nicht verwendet wird. Bis Sie ihn anklicken, gilt Ihre bisherige Adresse.
email-confirm-title = Neue E-Mail-Adresse bestätigen
email-confirm-text = Klicken Sie auf die Schaltfläche, damit Ihre neue Adresse gilt.
delete-title = Konto löschen
delete-intro = Wenn Sie Ihr Konto löschen, entfernen wir Ihre persönlichen Daten: E-Mail-Adresse, Name, Profil und Mitgliedschaften. Was andere brauchen, zum Beispiel Nachrichten in einem Gespräch, bleibt erhalten und wird „ehemalige Nachbarin / ehemaliger Nachbar“ zugeordnet. Das lässt sich nicht rückgängig machen.
delete-export-first = Möchten Sie vorher Ihre Daten sichern?
delete-submit = Konto endgültig löschen
deleted-title = Ihr Konto ist gelöscht
deleted-text = Ihre persönlichen Daten wurden entfernt. Danke, dass Sie dabei waren.

## Anzeige und Sprache
prefs-title = Anzeige und Sprache
prefs-intro = Diese Einstellungen gelten auf jeder Seite, auch ohne Anmeldung. Mit Konto werden sie gespeichert.
prefs-saved = Ihre Einstellungen sind gespeichert.
prefs-language = Sprache
prefs-text-size = Schriftgröße
prefs-size-normal = Normal
prefs-size-large = Groß
prefs-size-larger = Sehr groß
prefs-contrast = Kontrast
prefs-contrast-normal = Normal
prefs-contrast-high = Hoher Kontrast (Schwarz auf Weiß)

## Quartier
nb-whats-new = Neu im Quartier
nb-nothing-new = Noch gibt es nichts Neues.
nb-joined = seit { $date }
nb-all-members = Alle Nachbarinnen und Nachbarn
nb-together = Gemeinsam im Quartier
nb-together-text = Hier erscheinen bald Hilfe-Anfragen und -Angebote, Veranstaltungen und Vereine aus Ihrem Quartier.
nb-coordination = Koordination
nb-pending-count = { $count ->
    [one] 1 Anfrage wartet auf Bestätigung.
   *[other] { $count } Anfragen warten auf Bestätigung.
}
nb-manage = Quartier verwalten
nb-join-title = Mitmachen
nb-join-login = Um beizutreten, registrieren Sie sich oder melden sich an.
nb-join-text = Wohnen Sie hier? Dann fragen Sie den Beitritt an. Die Koordination bestätigt Sie.
nb-join-request = Beitritt anfragen
nb-pending = Ihre Anfrage wartet auf Bestätigung durch die Koordination.
nb-code-title = Sie haben eine Einladungskarte?
nb-code-text = Geben Sie den Code von der Karte ein. Dann sind Sie sofort bestätigt.
nb-code-submit = Code einlösen
label-code = Code von der Einladungskarte
hint-code = 8 Zeichen, zum Beispiel ACDE-FGHJ. Groß- und Kleinschreibung ist egal.
members-title = Nachbarinnen und Nachbarn
members-privacy = Diese Liste sehen nur bestätigte Nachbarinnen und Nachbarn.

## Verwaltung
manage-title = Quartier verwalten
manage-pending = Beitrittsanfragen
manage-no-pending = Keine offenen Anfragen.
manage-asked-on = angefragt am { $date }
manage-confirm = Bestätigen
manage-decline = Ablehnen
manage-codes = Einladungskarten
manage-codes-text = Drucken Sie Karten mit Einladungscodes, zum Beispiel für den Briefkasten oder die Sprechstunde. Jeder Code gilt einmal.
label-code-count = Anzahl der Karten
hint-code-count = 1 bis 100
manage-codes-create = Karten erstellen
manage-batches = Bisher erstellte Karten
manage-batch-date = Erstellt am
manage-batch-used = Benutzt
manage-batch-print = Drucken
manage-roles = Rollen
manage-role-of = Rolle von { $name }
manage-set-role = Rolle setzen
manage-log = Protokoll
manage-log-empty = Noch keine Einträge.
log-member-confirmed = { $actor } hat { $subject } bestätigt.
log-member-declined = { $actor } hat die Anfrage von { $subject } abgelehnt.
log-role-set = { $actor } hat die Rolle von { $subject } geändert.
log-codes-created = { $actor } hat { $count } Einladungskarten erstellt.
log-joined-with-code = { $subject } ist mit einer Einladungskarte beigetreten.
codes-title = Einladungskarten drucken
codes-print-hint = Drucken Sie diese Seite (Strg+P). Jede Karte passt auf eine halbe DIN-A4-Seite.
codes-card-title = Einladung ins Quartier { $name }
codes-card-text = Machen Sie mit bei Ihrer Nachbarschaft im Internet! Gehen Sie auf diese Seite:
codes-card-code = und geben Sie diesen Code ein:
codes-used = schon benutzt

## Profil
profile-no-bio = Diese Person hat noch nichts über sich geschrieben.
profile-neighbourhoods = Quartiere
profile-edit-link = Profil bearbeiten

## Betrieb
admin-title = Betrieb dieser Installation
admin-intro = Als Betreiber legen Sie Quartiere an und bestimmen ihre erste Koordination. Private Inhalte der Quartiere sehen Sie nicht.
admin-create = Neues Quartier anlegen
admin-create-submit = Quartier anlegen
label-name = Name
label-slug = Adresse (/n/…)
hint-slug = Kleinbuchstaben, Ziffern und Bindestriche, zum Beispiel „lindenviertel“.
label-description = Beschreibung
label-timezone = Zeitzone
hint-timezone = Meist Europe/Berlin.
label-coordinator-email = E-Mail-Adresse der ersten Koordination (freiwillig)
hint-coordinator-email = Die Person braucht schon ein Konto.

## Navigation (Hilfe)
nav-inbox = Nachrichten
nav-notifications = Benachrichtigungen
nav-unread = ungelesen
pager = Seiten
pager-prev = Vorherige Seite
pager-next = Nächste Seite
pager-page = Seite { $page }

## Nachbarschaftshilfe
nb-help = Nachbarschaftshilfe
nb-help-all = Alle Anfragen und Angebote
help-title = Nachbarschaftshilfe
help-new-request = Ich brauche Hilfe
help-new-offer = Ich biete Hilfe an
help-mine = Meine Einträge
help-mine-none = Sie haben noch nichts eingetragen.
help-filter = Auswahl eingrenzen
help-filter-submit = Anzeigen
help-all = Alle
help-none = Zurzeit gibt es keine offenen Einträge.
help-kind-request = Gesuch
help-kind-offer = Angebot
help-kind-requests = Gesuche
help-kind-offers = Angebote
help-kind-request-long = Ich suche Hilfe (Gesuch)
help-kind-offer-long = Ich biete Hilfe an (Angebot)
help-choose = Bitte wählen
help-form-intro = Beschreiben Sie kurz, worum es geht. Ihre Adresse wird nie angezeigt – höchstens die Gegend, die Sie selbst angeben.
help-when = Wann?
help-weekly = jede Woche
help-weekly-from = jede Woche, ab { $date }
help-from-time = ab { $time } Uhr
help-until-time = bis { $time } Uhr
help-no-date = ohne festen Termin
help-urgency-normal = Hat Zeit
help-urgency-soon = Bald
help-urgency-urgent = Dringend
help-visibility-neighbours = Für alle bestätigten Nachbarinnen und Nachbarn sichtbar
help-visibility-coordinators = Nur für die Koordination sichtbar
help-submit = Veröffentlichen
help-status-open = Offen
help-status-arranged = Vereinbart
help-status-done = Erledigt
help-status-withdrawn = Zurückgezogen
help-by = Von
help-on-behalf-of = Für { $name }
help-entered-by = eingetragen von { $name }
help-arranged-with = Vereinbart mit
help-hidden = Dieser Eintrag wurde von der Moderation ausgeblendet. Begründung: { $reason }
help-hidden-short = ausgeblendet
help-answer-request = Ich kann helfen
help-answer-offer = Das möchte ich gern
help-answer-default-request = Hallo, ich kann Ihnen dabei helfen. Wann passt es Ihnen?
help-answer-default-offer = Hallo, ich würde Ihr Angebot gern annehmen. Wann passt es Ihnen?
help-to-conversation = Zum Gespräch
help-answers = Wer sich gemeldet hat
help-no-answers = Noch hat sich niemand gemeldet.
help-accept = Zusagen
help-accepted = zugesagt
help-withdraw = Eintrag zurückziehen
help-done = Als erledigt markieren
help-done-text = Hat alles geklappt? Dann markieren Sie den Eintrag als erledigt.
help-thanks = Dankeschön
help-thanks-submit = Danke sagen
help-no-thanks = Noch kein Dankeschön.
help-suggest-offers = Passende Angebote
help-suggest-requests = Passende Gesuche
help-time-account = Mein Zeitkonto
help-balance = Kontostand: { $hours }
help-bookings = Buchungen
help-hours = Stunden
label-kind = Art
label-category = Bereich
label-title = Kurzer Titel
hint-title = Zum Beispiel „Einkauf am Donnerstag hochtragen“. 3 bis 120 Zeichen.
label-body = Beschreibung (freiwillig)
hint-body = Sie können einfache Formatierung nutzen: **fett**, Listen mit „-“. Höchstens 5.000 Zeichen.
label-date = Datum
hint-date = Freiwillig. Nicht in der Vergangenheit.
label-time-from = Von (Uhrzeit)
label-time-to = Bis (Uhrzeit)
label-weekly = Jede Woche wieder
label-urgency = Wie eilig ist es?
label-area = Gegend (freiwillig)
hint-area = Zum Beispiel „Gartenstraße, oberer Teil“. Bitte keine Hausnummer.
label-visibility = Wer darf den Eintrag sehen?
label-hours = Geschätzte Dauer in Stunden
hint-hours = Für das Zeitkonto, zum Beispiel 1,5.
label-on-behalf = Für wen? (Person ohne Internet)
hint-on-behalf = Nur die Koordination: Name der Person, für die Sie eintragen. Antworten kommen zu Ihnen.
label-answer = Ihre Nachricht (freiwillig)
hint-answer = Nur die Person, die den Eintrag geschrieben hat, liest sie.
label-thanks = Ihr Dankeschön
hint-thanks = Die Person entscheidet, ob es auf ihrem Profil erscheint.
label-reason = Begründung
hint-reason = Was ist das Problem? Mindestens 3 Zeichen.
label-message = Nachricht
label-new-category = Neuer Bereich für Hilfe (freiwillig)

## Bereiche
cat-shopping = Einkaufen
cat-accompanying = Begleitung zu Terminen
cat-technology = Technik
cat-garden = Garten
cat-repairs = Kleine Reparaturen
cat-visits = Besuche und Gespräche
cat-rides = Fahrten
cat-childcare = Kinderbetreuung
cat-language = Sprache und Formulare
cat-pets = Haustiere
cat-other = Sonstiges

## Nachrichten
inbox-title = Nachrichten
inbox-empty = Sie haben noch keine Nachrichten.
inbox-unread = neu
inbox-with = Gespräch mit { $name }
inbox-about = Es geht um:
inbox-me = Ich
inbox-send = Senden
inbox-blocked = In diesem Gespräch können keine Nachrichten mehr geschickt werden.
inbox-block = { $name } blockieren
inbox-unblock = Blockierung aufheben
message-hidden = Diese Nachricht wurde von der Moderation ausgeblendet. Begründung: { $reason }
report-entry = Eintrag melden
report-message = Nachricht melden
report-submit = An die Moderation melden

## Moderation
moderation-title = Moderation
moderation-intro = Hier sehen Sie gemeldete Einträge und Nachrichten – und nur diese. Jede Entscheidung steht im Protokoll; die betroffene Person sieht die Begründung.
moderation-none = Es gibt keine offenen Meldungen.
moderation-open-reports = Meldungen ansehen
moderation-kind-entry = Eintrag
moderation-kind-message = Nachricht
moderation-reported-by = Gemeldet von { $name } am { $date }
moderation-open = Eintrag öffnen
moderation-hide-reason = Begründung für das Ausblenden
moderation-hide = Ausblenden
moderation-dismiss = Meldung schließen, nichts tun

## Benachrichtigungen
notifications-title = Benachrichtigungen
notifications-none = Keine Benachrichtigungen.
notifications-settings = Wie möchten Sie benachrichtigt werden?
notifications-email = Per E-Mail bei
notifications-email-answers = Antworten, Zusagen und Dankeschön
notifications-email-messages = neuen Nachrichten
notifications-email-requests = neuen Gesuchen in Bereichen, denen ich folge
notifications-follow = Bereiche, denen ich folge
notifications-digest = Zusammenfassung per E-Mail
notifications-digest-off = Keine
notifications-digest-daily = Täglich
notifications-digest-weekly = Wöchentlich
notice-kind-answer = Jemand hat sich gemeldet
notice-kind-accepted = Zusage erhalten
notice-kind-message = Neue Nachricht
notice-kind-new-request = Neues Gesuch
notice-kind-thanks = Ein Dankeschön für Sie
notice-kind-hidden = Die Moderation hat etwas von Ihnen ausgeblendet

## Dank
thanks-title = Mein Dankeschön
thanks-intro = Hier sehen Sie, wofür man Ihnen gedankt hat. Sie entscheiden, was auf Ihrem Profil erscheint.
thanks-none = Noch kein Dankeschön.
thanks-show = Auf meinem Profil zeigen
thanks-hide = Nicht mehr zeigen
profile-thanks = Dankeschön von Nachbarn

## Verwaltung (Hilfe)
manage-help = Nachbarschaftshilfe
manage-time-bank = Zeitkonto einschalten: erledigte Hilfe schreibt Stunden gut
manage-custom-categories = Eigene Bereiche:
log-content-hidden = { $actor } hat etwas von { $subject } ausgeblendet
log-report-dismissed = { $actor } hat eine Meldung geschlossen.
log-help-on-behalf = { $actor } hat für eine Person ohne Internet eingetragen
log-time-bank = { $actor } hat das Zeitkonto umgestellt
log-category-added = { $actor } hat einen Bereich hinzugefügt

## Hinweise
notice-posted = Ihr Eintrag ist veröffentlicht.
notice-accepted = Zugesagt. Die Person wurde benachrichtigt.
notice-done = Als erledigt markiert. Danke fürs Mitmachen!
notice-withdrawn = Der Eintrag ist zurückgezogen.
notice-thanked = Ihr Dankeschön ist angekommen.
notice-reported = Danke. Die Moderation sieht sich das an.
notice-blocked = Blockiert. Sie bekommen keine Nachrichten mehr von dieser Person.
notice-unblocked = Die Blockierung ist aufgehoben.
notice-hidden = Ausgeblendet. Die Person sieht die Begründung.
notice-dismissed = Die Meldung ist geschlossen.

## Fehler (Hilfe)
err-kind = Bitte wählen Sie: Gesuch oder Angebot.
err-category = Bitte wählen Sie einen Bereich aus der Liste.
err-title-short = Der Titel muss mindestens 3 Zeichen lang sein.
err-title-long = Der Titel darf höchstens 120 Zeichen lang sein.
err-body-long = Die Beschreibung darf höchstens 5.000 Zeichen lang sein.
err-date = Bitte ein Datum wie 24.12.2026 eingeben.
err-date-past = Das Datum liegt in der Vergangenheit.
err-date-far = Bitte ein Datum innerhalb des nächsten Jahres wählen.
err-time = Bitte eine Uhrzeit wie 14:30 eingeben.
err-time-order = Das Ende muss nach dem Anfang liegen.
err-urgency = Bitte wählen Sie, wie eilig es ist.
err-visibility = Bitte wählen Sie, wer den Eintrag sehen darf.
err-area-long = Die Gegend darf höchstens 80 Zeichen lang sein.
err-on-behalf-long = Der Name darf höchstens 80 Zeichen lang sein.
err-on-behalf-coordinator = Nur die Koordination kann für andere eintragen.
err-hours = Bitte eine Stundenzahl zwischen 0,25 und 24 eingeben.
err-message-empty = Bitte schreiben Sie eine Nachricht.
err-message-long = Die Nachricht darf höchstens 4.000 Zeichen lang sein.
err-reason-short = Bitte nennen Sie einen Grund (mindestens 3 Zeichen).
err-reason-long = Der Grund darf höchstens 500 Zeichen lang sein.
err-own-entry = Auf den eigenen Eintrag können Sie nicht antworten.
err-not-open = Dieser Eintrag ist nicht mehr offen.
err-not-arranged = Das geht erst, wenn eine Zusage vereinbart ist.
err-not-done = Danke sagen geht, sobald die Hilfe erledigt ist.
err-thanked = Für diesen Eintrag wurde schon Danke gesagt.
err-blocked = Zwischen Ihnen und dieser Person sind keine Nachrichten möglich.
err-report-closed = Diese Meldung wurde schon bearbeitet.

## E-Mails (Hilfe)
mail-notice-answer-subject = Jemand hat sich auf Ihren Eintrag gemeldet
mail-notice-accepted-subject = Sie haben eine Zusage
mail-notice-message-subject = Neue Nachricht bei Quartier
mail-notice-new-request-subject = Neues Gesuch in Ihrem Quartier
mail-notice-thanks-subject = Ein Dankeschön für Sie
mail-notice-hidden-subject = Die Moderation hat etwas ausgeblendet
mail-notice-body = Guten Tag,

    es gibt Neues zu „{ $title }“:

    { $link }

    Wie Sie benachrichtigt werden, stellen Sie unter „Benachrichtigungen“ ein.
mail-message-from = Nachricht von { $name }
mail-digest-subject = Ihre Zusammenfassung von Quartier
mail-digest-body = Guten Tag,

    seit der letzten Zusammenfassung gab es { $count } Benachrichtigungen für Sie:

    { $link }
manage-balances = Zeitkonten im Quartier

## Organisationen
orgs-title = Vereine und Organisationen
orgs-all = Alle Vereine und Organisationen
orgs-intro = Vereine, Kirchengemeinden, soziale Dienste, Initiativen, Ämter und Geschäfte im Quartier. Jede Organisation gestaltet ihre Seite selbst.
orgs-propose = Organisation vorschlagen
orgs-none = Noch keine Organisation im Quartier.
orgs-pending = wartet auf Bestätigung
org-propose-intro = Sie werden die erste Administratorin oder der erste Administrator. Die Koordination bestätigt, dass die Organisation zum Quartier gehört. Danach gestalten nur Sie und Ihre Leute die Seite.
org-edit = Seite bearbeiten
org-members = Mitglieder und Rechte
org-about = Über uns
org-contact = Kontakt
org-accessibility = Barrierefreiheit der Räume
org-step-free = Stufenloser Zugang
org-not-step-free = Kein stufenloser Zugang
org-accessible-toilet = Barrierefreie Toilette
org-hearing-loop = Induktionsschleife für Hörgeräte
org-neighbourhoods = Quartiere
org-feed = Neuigkeiten als Feed (Atom) abonnieren
org-news = Neuigkeiten
org-news-new = Neuigkeit schreiben
org-no-news = Noch keine Neuigkeiten.
org-members-only = Nur für Mitglieder sichtbar
org-members-only-short = nur für Mitglieder
org-add-member = Person hinzufügen oder Rolle ändern
org-role = Rolle
org-role-member = Mitglied
org-role-editor = Redaktion
org-role-admin = Administration
org-remove = Entfernen
org-log-intro = Alles, was an Ihrer Seite geändert oder von der Moderation ausgeblendet wurde.
org-log-org-proposed = { $actor } hat die Organisation vorgeschlagen
org-log-org-confirmed = { $actor } hat die Zugehörigkeit zum Quartier bestätigt
org-log-org-edited = { $actor } hat die Seite bearbeitet
org-log-news-hidden = { $actor } (Moderation) hat eine Neuigkeit ausgeblendet
org-log-member-role-set = { $actor } hat eine Rolle vergeben
org-log-member-removed = { $actor } hat eine Person entfernt
org-kind-club = Verein
org-kind-parish = Kirchengemeinde
org-kind-social_service = Sozialer Dienst
org-kind-initiative = Initiative
org-kind-municipal_office = Amt der Stadt oder Gemeinde
org-kind-business = Geschäft
org-kind-political_body = Politisches Gremium
label-org-slug = Adresse der Seite (/o/…)
label-org-kind = Art der Organisation
label-contact = Kontakt
hint-contact = Telefon, E-Mail oder Sprechzeiten – was Sie öffentlich zeigen möchten.
label-opening-hours = Öffnungszeiten
label-website = Webseite
label-social = Soziale Medien oder Blog
hint-link = Eine Adresse, die mit https:// beginnt.
label-news-body = Text
notice-org-proposed = Vorgeschlagen. Sobald die Koordination bestätigt, ist die Seite für alle sichtbar.
err-org-kind = Bitte wählen Sie die Art der Organisation.
err-link = Bitte eine Adresse eingeben, die mit https:// beginnt.
err-short-long = Höchstens 300 Zeichen.
err-news-long = Der Text darf höchstens 20.000 Zeichen lang sein.
err-last-admin = Eine Organisation braucht mindestens eine Administratorin oder einen Administrator.
help-area = Gegend
org-add-neighbourhood = Auch in einem weiteren Quartier aktiv?
org-add-neighbourhood-submit = Zugehörigkeit anfragen
org-log-org-link-requested = { $actor } hat die Aufnahme in ein weiteres Quartier angefragt

## Events and the calendar
calendar-title = Kalender
calendar-public-only = Sie sehen die Termine der Vereine und Einrichtungen. Termine von Nachbarinnen und Nachbarn sehen nur bestätigte Mitglieder des Quartiers.
calendar-list-view = Als Liste zeigen
calendar-month-view = Als Monat zeigen
calendar-mine = Meine Anmeldungen
calendar-months = Monate
calendar-prev-month = Vorheriger Monat
calendar-next-month = Nächster Monat
calendar-none = Zurzeit sind keine Termine eingetragen.
calendar-today = Heute
calendar-subscribe = Kalender abonnieren
calendar-subscribe-text = Mit diesem Link erscheinen die Termine der Vereine und Einrichtungen im Kalender Ihres Telefons oder Computers und bleiben dort aktuell.
calendar-subscribe-link = Kalender abonnieren (webcal)
calendar-feed-address = Adresse des Kalenders zum Kopieren
event-new = Termin eintragen
event-edit = Termin bearbeiten
event-cancelled = Abgesagt
event-cancelled-text = Dieser Termin ist abgesagt.
event-facts = Auf einen Blick
event-when = Wann
event-where = Wo
event-online = Online
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
event-withdraw = Abmelden
event-signup-closed = Die Anmeldung ist geschlossen.
event-login-to-sign-up = Melden Sie sich an, um teilzunehmen.
event-members-only = Nur Mitglieder dieses Quartiers können sich anmelden.
event-you-are-in = Sie sind angemeldet.
event-you-wait = Sie stehen auf der Warteliste an Stelle { $position }. Wird ein Platz frei, bekommen Sie ihn und eine Nachricht.
event-on-waiting-list = auf der Warteliste
event-full = Ausgebucht – Warteliste offen
event-places-free = { $count ->
    [one] Noch 1 Platz frei
   *[other] Noch { $count } Plätze frei
}
event-all-day-on = { $date }, ganztägig
event-when-same-day = { $date }, { $time } Uhr
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
event-cat-culture = Kultur
event-cat-sport = Sport und Bewegung
event-cat-education = Lernen und Bildung
event-cat-social = Begegnung
event-cat-family = Familie und Kinder
event-cat-seniors = Ältere Menschen
event-cat-faith = Glaube
event-cat-politics = Politik und Beteiligung
event-cat-environment = Umwelt und Garten
event-cat-other = Sonstiges
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
nb-events = Nächste Termine
nb-news = Neues aus den Vereinen
org-events = Termine
org-events-feed = Termine abonnieren (iCalendar)
weekday-0 = Montag
weekday-1 = Dienstag
weekday-2 = Mittwoch
weekday-3 = Donnerstag
weekday-4 = Freitag
weekday-5 = Samstag
weekday-6 = Sonntag
month-1 = Januar
month-2 = Februar
month-3 = März
month-4 = April
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = August
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Dezember
err-event-place = Bitte geben Sie einen Ort oder einen Link zur Online-Teilnahme an.
err-capacity = Bitte eine Zahl von 1 bis 10.000 eingeben, oder das Feld leer lassen.
err-capacity-taken = Es sind schon mehr Plätze vergeben. Bitte eine größere Zahl eingeben.
err-cost-long = Höchstens 100 Zeichen.
err-repeat = Bitte wählen Sie, wie sich der Termin wiederholt.
err-repeat-until = Bitte ein Enddatum nach dem ersten Termin eingeben, höchstens ein Jahr später.
err-signup-closed = Für diesen Termin ist keine Anmeldung (mehr) möglich.
notice-signed-up = Sie sind angemeldet.
notice-waiting = Der Termin ist voll. Sie stehen auf der Warteliste.
notice-event-cancelled = Der Termin ist abgesagt. Alle Angemeldeten bekommen eine Nachricht.
notice-sent = Die Nachricht ist verschickt.
notice-kind-event-place = Sie haben einen Platz bekommen
notice-kind-event-message = Nachricht zu einem Termin
notice-kind-event-cancelled = Ein Termin wurde abgesagt
mail-notice-event-place-subject = Ein Platz ist frei geworden – für Sie
mail-notice-event-message-subject = Nachricht zu einem Termin
mail-notice-event-cancelled-subject = Ein Termin wurde abgesagt
mail-event-message-subject = Nachricht zu „{ $title }“
mail-event-message-body = Guten Tag,

    { $from } schreibt zum Termin „{ $title }“:

    { $text }

    Zum Termin: { $link }
org-log-event-created = { $actor } hat einen Termin eingetragen
org-log-event-edited = { $actor } hat einen Termin geändert
org-log-event-cancelled = { $actor } hat einen Termin abgesagt
org-log-event-message = { $actor } hat den Teilnehmenden eines Termins geschrieben
org-log-event-hidden = { $actor } (Moderation) hat einen Termin ausgeblendet

## Groups
groups-title = Gruppen
groups-intro = Gruppen für gemeinsame Interessen und zum voneinander Lernen – zum Beispiel ein Smartphone-Treff oder ein Lauftreff.
groups-all = Alle Gruppen
groups-none = Noch gibt es keine Gruppe. Gründen Sie die erste!
group-new = Gruppe gründen
group-create = Gruppe gründen
group-edit = Gruppe bearbeiten
group-kind-interest = Interessengruppe
group-kind-learning = Lerngruppe
group-kind-interest-long = Interessengruppe: Menschen mit einem gemeinsamen Hobby oder Anliegen
group-kind-learning-long = Lerngruppe: Menschen lernen voneinander, zum Beispiel am Smartphone
group-joining-open = Offen
group-joining-request = Auf Anfrage
group-joining-open-long = Offen: Alle aus dem Quartier können beitreten und mitlesen.
group-joining-request-long = Auf Anfrage: Die Verwaltung der Gruppe bestätigt jede Anfrage. Nur Mitglieder lesen mit.
label-group-name = Name der Gruppe
hint-group-name = Zum Beispiel: Smartphone-Treff Lindenviertel
hint-group-description = Worum geht es? Wann und wo trifft sich die Gruppe?
label-group-kind = Art der Gruppe
label-group-joining = Wer kann beitreten?
group-members-count = { $count ->
    [one] 1 Mitglied
   *[other] { $count } Mitglieder
}
group-you = Sie und diese Gruppe
group-join = Beitreten
group-ask-to-join = Beitritt anfragen
group-you-pending = Sie haben angefragt. Die Verwaltung der Gruppe entscheidet bald.
group-withdraw-request = Anfrage zurückziehen
group-you-member = Sie sind Mitglied.
group-you-admin = Sie verwalten diese Gruppe.
group-leave = Gruppe verlassen
group-board = Pinnwand
group-board-members-only = Die Pinnwand dieser Gruppe lesen nur Mitglieder.
group-new-topic = Neues Thema
group-post-topic = Thema veröffentlichen
group-no-topics = Noch keine Themen.
group-hidden-short = ausgeblendet
group-admin = Verwaltung
group-make-admin = Zur Verwaltung machen
group-make-member = Nur noch Mitglied
group-remove = Entfernen
group-requests = Anfragen
group-confirm = Bestätigen
group-decline = Ablehnen
group-replies = { $count ->
    [one] 1 Antwort
   *[other] { $count } Antworten
}
group-reply = Ihre Antwort
group-send-reply = Antworten
err-group-kind = Bitte wählen Sie die Art der Gruppe.
err-group-joining = Bitte wählen Sie, wer beitreten kann.
err-group-last-admin = Eine Gruppe braucht mindestens eine Person in der Verwaltung.
err-post-long = Der Beitrag darf höchstens 10.000 Zeichen lang sein.
notice-left = Sie haben die Gruppe verlassen.

## Images
label-image = Bild (freiwillig)
hint-image = JPG, PNG, GIF oder WebP, höchstens 10 MB. Ortsangaben und andere versteckte Daten im Bild entfernen wir.
label-image-alt = Was ist auf dem Bild zu sehen?
hint-image-alt = Pflicht, wenn Sie ein Bild hochladen. Für Menschen, die das Bild nicht sehen können. Zum Beispiel: Kinder tanzen beim Straßenfest.
err-image-too-large = Das Bild ist zu groß. Erlaubt sind höchstens 10 MB.
err-image-type = Das ist kein Bild. Erlaubt sind JPG, PNG, GIF und WebP.
err-image-broken = Das Bild lässt sich nicht öffnen. Bitte versuchen Sie eine andere Datei.
err-image-alt = Bitte beschreiben Sie kurz, was auf dem Bild zu sehen ist.

## Leichte Sprache for content, reviewers, notice board
easy-edit-link = Leichte Sprache: Text schreiben oder prüfen lassen
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
easy-hints = Hinweise der Prüfhilfe
easy-score = Lesbarkeit: { $score } von 100 (je höher, desto leichter). { $words } Wörter.
easy-hints-only = Das sind nur Hinweise. Sie können den Text trotzdem speichern.
easy-no-hints = Die Prüfhilfe hat nichts gefunden.
easy-queue-title = Texte prüfen
easy-queue-intro = Diese Texte in Leichter Sprache warten auf Ihre Prüfung. Lesen Sie in Ruhe. Sagen Sie, welche Sätze Sie nicht verstehen.
easy-queue-empty = Zurzeit wartet kein Text auf Sie.
easy-queue-waiting = { $count ->
    [one] 1 Text in Leichter Sprache wartet auf Ihre Prüfung.
   *[other] { $count } Texte in Leichter Sprache warten auf Ihre Prüfung.
}
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
easy-badge-checked = Von Leserinnen und Lesern geprüft
easy-not-yet = Diesen Text gibt es noch nicht in Leichter Sprache. Hier steht der Text in Alltagssprache.
easy-status-draft = Entwurf
easy-status-in-review = Wartet auf Prüfung
easy-status-approved = Von Leserinnen und Lesern geprüft
easy-status-changes-requested = Bitte überarbeiten
easy-kind-help-entry = Hilfe-Eintrag
easy-kind-news = Neuigkeit
easy-kind-event = Termin
easy-kind-organisation = Vorstellung einer Organisation
easy-hint-long-sentence = Langer Satz. Teilen Sie ihn in kurze Sätze:
easy-hint-passive = Passiv. Sagen Sie, wer etwas tut:
easy-hint-subjunctive = Möglichkeitsform. Schreiben Sie direkt:
easy-hint-genitive = Genitiv. Besser mit „von“:
easy-hint-negation = Verneinung. Sagen Sie es positiv, wenn es geht:
easy-hint-long-word = Langes Wort. Trennen Sie es:
easy-hint-abbreviation = Abkürzung. Schreiben Sie das Wort aus:
easy-hint-foreign-word = Fremdwort. Nehmen Sie ein deutsches Wort:
easy-hint-number-word = Zahl als Wort. Schreiben Sie die Ziffer:
easy-hint-special-character = Sonderzeichen. Schreiben Sie es als Wort:
notice-review-requested = Gespeichert. Die Prüferinnen und Prüfer sehen den Text jetzt.
manage-easy = Prüferinnen und Prüfer für Leichte Sprache
manage-easy-intro = Ein Text ist erst dann Leichte Sprache, wenn Menschen aus der Zielgruppe ihn geprüft haben. Hier legen Sie fest, wer Texte aus diesem Quartier prüft.
org-easy-intro = Wer prüft die Texte Ihrer Organisation in Leichter Sprache? Die Person braucht ein Konto bei Quartier.
manage-no-reviewers = Noch niemand prüft Texte.
label-reviewer-email = E-Mail-Adresse der Prüferin oder des Prüfers
hint-reviewer-email = Die Person muss bestätigtes Mitglied dieses Quartiers sein.
hint-reviewer-email-org = Die Person braucht ein Konto bei Quartier.
manage-add-reviewer = Als Prüfer:in eintragen
err-not-a-neighbour = Zu dieser E-Mail-Adresse gibt es kein bestätigtes Mitglied in diesem Quartier.
log-reviewer-added = { $actor } hat { $subject } als Prüfer:in für Leichte Sprache eingetragen.
log-reviewer-removed = { $actor } hat { $subject } als Prüfer:in ausgetragen.
org-log-reviewer-added = { $actor } hat eine Prüferin oder einen Prüfer für Leichte Sprache eingetragen
org-log-reviewer-removed = { $actor } hat eine Prüferin oder einen Prüfer ausgetragen
aushang-title = Aushang zum Ausdrucken
manage-aushang-intro = Viele Menschen im Quartier sind nicht online. Drucken Sie jede Woche einen Aushang mit den offenen Gesuchen und Angeboten (ohne Namen), den Terminen und Neuigkeiten – für den Schaukasten, das Büro oder den Supermarkt.
label-office-contact = So antworten Menschen ohne Internet
hint-office-contact = Steht auf jedem Aushang. Zum Beispiel: Rufen Sie an: 0301 234567 (Mo–Fr 9–12 Uhr) oder kommen Sie in den Nachbarschaftstreff, Lindenplatz 4.
aushang-open = Aushang ansehen und drucken
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
aushang-help = Gesuche und Angebote
aushang-help-none = Zurzeit gibt es keine offenen Gesuche oder Angebote.
aushang-answer = Sie möchten helfen oder brauchen Hilfe? { $office }
aushang-answer-online = Sie möchten helfen oder brauchen Hilfe? Fragen Sie im Nachbarschaftsbüro.
aushang-events = Termine in dieser Woche
aushang-online = Alles auch im Internet: { $link }
notifications-notice-board = Jede Woche den Aushang des Quartiers per E-Mail bekommen
mail-aushang-subject = Der Aushang Ihres Quartiers für diese Woche
mail-aushang-body = Guten Tag,

    das ist los in Ihrem Quartier:

    { $text }
    Abbestellen können Sie unter „Benachrichtigungen“: { $link }
err-check-too-long = Der Text ist zu lang für die Prüfhilfe (höchstens 100.000 Zeichen).
notice-signup-withdrawn = Sie sind abgemeldet. Ihr Platz geht an die nächste Person auf der Warteliste.
event-nobody-yet = Noch niemand ist angemeldet.
easy-check-standard = Text auf leichte Lesbarkeit prüfen
notice-group-created = Die Gruppe ist gegründet. Sie verwalten sie.
notice-group-requested = Sie haben angefragt. Die Verwaltung der Gruppe entscheidet bald.
notice-group-joined = Willkommen in der Gruppe!

# Invitations to help run an organisation
org-invite-intro = Wer noch nicht dabei ist, bekommt eine Einladung und wird erst Mitglied, wenn er oder sie zusagt.
notice-invited = Falls es zu dieser Adresse ein Konto gibt, hat die Person jetzt eine Einladung. Sie wird Mitglied, sobald sie zusagt.
notice-invitation-accepted = Sie helfen jetzt mit. Willkommen!
notice-invitation-declined = Sie haben die Einladung abgelehnt.
invitations-title = Einladungen
invitation-text = { $title } lädt Sie ein, mitzuhelfen: als { $text }.
invitation-accept = Zusagen
invitation-decline = Ablehnen
org-log-member-invited = { $actor } hat eine Person eingeladen
org-log-invitation-accepted = { $actor } hat eine Einladung angenommen
org-log-invitation-declined = { $actor } hat eine Einladung abgelehnt
mail-org-invitation-subject = Einladung: { $title }
mail-org-invitation-body = Guten Tag,

    { $name } lädt Sie ein, bei „{ $title }“ mitzuhelfen, als { $text }.
    Sie werden erst Mitglied, wenn Sie zusagen. Zusagen oder ablehnen können Sie hier:

    { $link }
mail-invitation-accepted-subject = { $name } hilft jetzt bei { $title } mit
mail-invitation-accepted-body = Guten Tag,

    { $name } hat die Einladung zu „{ $title }“ angenommen.

    { $link }
mail-invitation-declined-subject = { $name } hat die Einladung abgelehnt
mail-invitation-declined-body = Guten Tag,

    { $name } hat die Einladung zu „{ $title }“ abgelehnt.

    { $link }

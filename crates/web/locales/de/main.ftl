# Deutsch — main.ftl
# Strings shared by several capabilities and the page frame.

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
save = Speichern
form-has-errors = Bitte prüfen Sie Ihre Eingaben
error-prefix = Fehler:
former-neighbour = Ehemalige Nachbarin / ehemaliger Nachbar
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
error-unavailable = Gerade sehr viel los
error-unavailable-text = Im Moment sind sehr viele Menschen gleichzeitig hier. Bitte versuchen Sie es in ein paar Sekunden noch einmal. Wenn Sie ein Formular abgeschickt haben, laden Sie die Seite neu: Ihr Browser schickt es dann noch einmal.
error-internal = Technischer Fehler
error-internal-text = Bei uns ist etwas schiefgegangen. Ihre Eingaben sind nicht verloren gegangen. Bitte versuchen Sie es später noch einmal.
err-email-empty = Bitte geben Sie Ihre E-Mail-Adresse ein.
err-email-invalid = Das ist keine gültige E-Mail-Adresse. Beispiel: name@beispiel.de
err-email-taken = Diese E-Mail-Adresse wird schon verwendet.
err-password-short = Das Passwort muss mindestens 10 Zeichen lang sein.
err-password-long = Das Passwort darf höchstens 200 Zeichen lang sein.
err-password-weak = Dieses Passwort ist zu leicht zu erraten.
err-password-demo = Das Demo-Passwort ist hier nicht erlaubt. Bitte wählen Sie ein eigenes Passwort.
err-too-many-mails = Von hier wurden in der letzten Stunde zu viele E-Mails angefordert. Bitte versuchen Sie es in einer Stunde noch einmal.
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
err-code-empty = Bitte geben Sie den Code von Ihrer Einladungskarte ein.
err-code-invalid = Ein Code hat 8 Zeichen, zum Beispiel ACDE-FGHJ.
err-count-range = Bitte eine Zahl von 1 bis 100 eingeben.
err-no-such-account = Zu dieser E-Mail-Adresse gibt es kein Konto.
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
status-pending = Anfrage wartet auf Bestätigung
home-my-neighbourhoods = Meine Quartiere
home-all-neighbourhoods = Quartiere auf dieser Seite
home-none-yet = Hier gibt es noch kein Quartier.
members-count = { $count ->
    [one] 1 bestätigte Person
   *[other] { $count } bestätigte Personen
}
label-display-name = Ihr Name, wie Nachbarn ihn sehen
hint-display-name = Zum Beispiel „Anna S.“ oder Ihr voller Name.
label-email = E-Mail-Adresse
label-new-password = Neues Passwort
hint-password = Mindestens 10 Zeichen. Ein Satz, den Sie sich gut merken können, ist ideal.
login-title = Anmelden
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
account-title = Mein Konto
delete-intro = Wenn Sie Ihr Konto löschen, entfernen wir Ihre persönlichen Daten: E-Mail-Adresse, Name, Profil und Mitgliedschaften. Was andere brauchen, zum Beispiel Nachrichten in einem Gespräch, bleibt erhalten und wird „ehemalige Nachbarin / ehemaliger Nachbar“ zugeordnet. Das lässt sich nicht rückgängig machen.
nb-together = Gemeinsam im Quartier
nb-together-text = Hier erscheinen bald Hilfe-Anfragen und -Angebote, Veranstaltungen und Vereine aus Ihrem Quartier.
members-title = Nachbarinnen und Nachbarn
manage-title = Quartier verwalten
manage-confirm = Bestätigen
manage-batch-date = Erstellt am
manage-log = Protokoll
manage-log-empty = Noch keine Einträge.
label-name = Name
hint-slug = Kleinbuchstaben, Ziffern und Bindestriche, zum Beispiel „lindenviertel“.
label-description = Beschreibung
hint-coordinator-email = Die Person braucht schon ein Konto.
nav-inbox = Nachrichten
nav-notifications = Benachrichtigungen
nav-unread = ungelesen
pager = Seiten
pager-prev = Vorherige Seite
pager-next = Nächste Seite
help-new-request = Ich brauche Hilfe
help-new-offer = Ich biete Hilfe an
help-filter = Auswahl eingrenzen
help-filter-submit = Anzeigen
help-all = Alle
help-none = Zurzeit gibt es keine offenen Einträge.
help-kind-request = Gesuch
help-kind-offer = Angebot
help-choose = Bitte wählen
help-submit = Veröffentlichen
help-status-open = Offen
help-status-arranged = Vereinbart
help-status-done = Erledigt
help-status-withdrawn = Zurückgezogen
help-hidden = Dieser Eintrag wurde von der Moderation ausgeblendet. Begründung: { $reason }
help-answer-default-request = Hallo, ich kann Ihnen dabei helfen. Wann passt es Ihnen?
help-answer-default-offer = Hallo, ich würde Ihr Angebot gern annehmen. Wann passt es Ihnen?
help-hours = Stunden
label-category = Bereich
label-title = Kurzer Titel
hint-body = Sie können einfache Formatierung nutzen: **fett**, Listen mit „-“. Höchstens 5.000 Zeichen.
label-date = Datum
label-time-from = Von (Uhrzeit)
label-time-to = Bis (Uhrzeit)
label-reason = Begründung
label-message = Nachricht
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
inbox-unread = neu
report-submit = An die Moderation melden
moderation-title = Moderation
moderation-kind-entry = Eintrag
moderation-hide-reason = Begründung für das Ausblenden
moderation-hide = Ausblenden
notifications-title = Benachrichtigungen
notice-kind-answer = Jemand hat sich gemeldet
notice-kind-accepted = Zusage erhalten
notice-kind-message = Neue Nachricht
notice-kind-new-request = Neues Gesuch
notice-kind-thanks = Ein Dankeschön für Sie
notice-kind-hidden = Die Moderation hat etwas von Ihnen ausgeblendet
thanks-title = Mein Dankeschön
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
err-area-long = Die Gegend darf höchstens 80 Zeichen lang sein.
err-on-behalf-long = Der Name darf höchstens 80 Zeichen lang sein.
err-hours = Bitte eine Stundenzahl zwischen 0,25 und 24 eingeben.
err-message-empty = Bitte schreiben Sie eine Nachricht.
err-message-long = Die Nachricht darf höchstens 4.000 Zeichen lang sein.
err-reason-short = Bitte nennen Sie einen Grund (mindestens 3 Zeichen).
err-reason-long = Der Grund darf höchstens 500 Zeichen lang sein.
err-blocked = Zwischen Ihnen und dieser Person sind keine Nachrichten möglich.
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
mail-digest-subject = Ihre Zusammenfassung von Quartier
mail-digest-body = Guten Tag,

    seit der letzten Zusammenfassung gab es { $count } Benachrichtigungen für Sie:

    { $link }
orgs-title = Vereine und Organisationen
org-about = Über uns
org-accessibility = Barrierefreiheit der Räume
org-step-free = Stufenloser Zugang
org-not-step-free = Kein stufenloser Zugang
org-accessible-toilet = Barrierefreie Toilette
org-hearing-loop = Induktionsschleife für Hörgeräte
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
notice-org-proposed = Vorgeschlagen. Sobald die Koordination bestätigt, ist die Seite für alle sichtbar.
err-org-kind = Bitte wählen Sie die Art der Organisation.
err-link = Bitte eine Adresse eingeben, die mit https:// beginnt.
err-short-long = Höchstens 300 Zeichen.
err-news-long = Der Text darf höchstens 20.000 Zeichen lang sein.
org-log-org-link-requested = { $actor } hat die Aufnahme in ein weiteres Quartier angefragt
calendar-title = Kalender
calendar-none = Zurzeit sind keine Termine eingetragen.
event-new = Termin eintragen
event-cancelled = Abgesagt
event-online = Online
event-full = Ausgebucht – Warteliste offen
event-places-free = { $count ->
    [one] Noch 1 Platz frei
   *[other] Noch { $count } Plätze frei
}
event-all-day-on = { $date }, ganztägig
event-when-same-day = { $date }, { $time } Uhr
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
nb-news = Neues aus den Vereinen
org-events = Termine
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
err-capacity = Bitte eine Zahl von 1 bis 10.000 eingeben, oder das Feld leer lassen.
err-cost-long = Höchstens 100 Zeichen.
err-repeat = Bitte wählen Sie, wie sich der Termin wiederholt.
err-repeat-until = Bitte ein Enddatum nach dem ersten Termin eingeben, höchstens ein Jahr später.
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
org-log-event-created = { $actor } hat einen Termin eingetragen
org-log-event-edited = { $actor } hat einen Termin geändert
org-log-event-cancelled = { $actor } hat einen Termin abgesagt
org-log-event-message = { $actor } hat den Teilnehmenden eines Termins geschrieben
org-log-event-hidden = { $actor } (Moderation) hat einen Termin ausgeblendet
groups-title = Gruppen
groups-intro = Gruppen für gemeinsame Interessen und zum voneinander Lernen – zum Beispiel ein Smartphone-Treff oder ein Lauftreff.
group-kind-interest = Interessengruppe
group-kind-learning = Lerngruppe
group-joining-request = Auf Anfrage
group-remove = Entfernen
err-group-kind = Bitte wählen Sie die Art der Gruppe.
err-group-joining = Bitte wählen Sie, wer beitreten kann.
err-post-long = Der Beitrag darf höchstens 10.000 Zeichen lang sein.
notice-left = Sie haben die Gruppe verlassen.
err-image-too-large = Das Bild ist zu groß. Erlaubt sind höchstens 10 MB.
err-image-type = Das ist kein Bild. Erlaubt sind JPG, PNG, GIF und WebP.
err-image-broken = Das Bild lässt sich nicht öffnen. Bitte versuchen Sie eine andere Datei.
err-image-alt = Bitte beschreiben Sie kurz, was auf dem Bild zu sehen ist.
easy-edit-link = Leichte Sprache: Text schreiben oder prüfen lassen
easy-hints = Hinweise der Prüfhilfe
easy-hints-only = Das sind nur Hinweise. Sie können den Text trotzdem speichern.
easy-no-hints = Die Prüfhilfe hat nichts gefunden.
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
easy-kind-meeting-agenda = Tagesordnung eines Treffens
easy-kind-meeting-minutes = Protokoll eines Treffens
easy-kind-project-proposal = Beschluss oder Vorschlag eines Projekts
easy-kind-org-page = Seite der Website einer Organisation
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
manage-no-reviewers = Noch niemand prüft Texte.
label-reviewer-email = E-Mail-Adresse der Prüferin oder des Prüfers
manage-add-reviewer = Als Prüfer:in eintragen
org-log-reviewer-added = { $actor } hat eine Prüferin oder einen Prüfer für Leichte Sprache eingetragen
org-log-reviewer-removed = { $actor } hat eine Prüferin oder einen Prüfer ausgetragen
aushang-title = Aushang zum Ausdrucken
aushang-help = Gesuche und Angebote
aushang-events = Termine in dieser Woche
mail-aushang-subject = Der Aushang Ihres Quartiers für diese Woche
mail-aushang-body = Guten Tag,

    das ist los in Ihrem Quartier:

    { $text }
    Abbestellen können Sie unter „Benachrichtigungen“: { $link }
notice-signup-withdrawn = Sie sind abgemeldet. Ihr Platz geht an die nächste Person auf der Warteliste.
easy-check-standard = Text auf leichte Lesbarkeit prüfen
notice-group-created = Die Gruppe ist gegründet. Sie verwalten sie.
notice-group-requested = Sie haben angefragt. Die Verwaltung der Gruppe entscheidet bald.
notice-group-joined = Willkommen in der Gruppe!
notice-invited = Falls es zu dieser Adresse ein Konto gibt, hat die Person jetzt eine Einladung. Sie wird Mitglied, sobald sie zusagt.
notice-invitation-accepted = Sie helfen jetzt mit. Willkommen!
notice-invitation-declined = Sie haben die Einladung abgelehnt.
org-log-member-invited = { $actor } hat eine Person eingeladen
org-log-invitation-accepted = { $actor } hat eine Einladung angenommen
org-log-invitation-declined = { $actor } hat eine Einladung abgelehnt
mail-org-invitation-subject = Einladung: { $title }
mail-org-invitation-body = Guten Tag,

    { $name } lädt Sie ein, bei „{ $title }“ mitzuhelfen, als { $text }.
    Sie werden erst Mitglied, wenn Sie zusagen. Zusagen oder ablehnen können Sie hier:

    { $link }
confirm-back = Nein, zurück
nb-menu = Menü für { $name }
nb-menu-help = Hilfe
nb-menu-calendar = Kalender
nb-menu-groups = Gruppen
nb-menu-organisations = Vereine und Organisationen
nb-menu-manage = Verwaltung

# Short labels of the header on a phone (the long ones are shown elsewhere).
demo-banner-short = Demo: Alles ist ausgedacht.
nav-inbox-short = Post
nav-notifications-short = Hinweise
nav-account-short = Konto
nav-preferences-short = Anzeige
nb-menu-home-short = Start
nb-menu-organisations-short = Vereine

## Leichte Sprache everywhere: times, dates, notes, the glossary
easy-clock-hour = { $hour } Uhr
easy-clock-half = halb { $hour }
easy-clock-quarter-past = Viertel nach { $hour }
easy-clock-quarter-to = Viertel vor { $hour }
easy-clock-minutes = { $hour } Uhr { $minute }
easy-datetime = { $date }, um { $time }
easy-when-same-day = Am { $date }. Von { $from } bis { $to }.
easy-when-all-day = Am { $date }. Den ganzen Tag.
easy-when-days = Von { $from } bis { $to }.
easy-when-span = Beginn am { $fromdate } um { $fromtime }, Ende am { $todate } um { $totime }.
easy-time-range = von { $from } bis { $to }
easy-from-time = ab { $time }
easy-until-time = bis { $time }
easy-missing = Noch nicht in Leichter Sprache
glossary-what = Was heißt „{ $term }“?
glossary-coordination = Koordination
glossary-coordination-text = Die Koordination leitet das Quartier: Nachbarinnen und Nachbarn, die neue Mitglieder aufnehmen und darauf achten, dass alles gut läuft.
glossary-moderation = Moderation
glossary-moderation-text = Die Moderation kümmert sich um gemeldete Beiträge und kann verletzende Texte ausblenden.
glossary-timebank = Zeitbank
glossary-timebank-text = In der Zeitbank wird Hilfe in Stunden gezählt: Wer eine Stunde hilft, bekommt eine Stunde gutgeschrieben und kann dafür selbst Hilfe bekommen. Geld spielt keine Rolle.
glossary-ics = Kalenderdatei (.ics)
glossary-ics-text = Eine Datei mit der Endung .ics, die Kalender-Apps auf Handy und Computer lesen können; abonniert, zeigt sie die Termine immer aktuell an.
glossary-easy = Leichte Sprache
glossary-easy-text = Leichte Sprache ist ein besonders einfaches Deutsch mit kurzen Sätzen und erklärten Wörtern; Menschen aus der Zielgruppe prüfen die Texte.
glossary-association = Verein
glossary-association-text = Ein Verein ist ein Zusammenschluss von Menschen mit einem gemeinsamen Ziel, zum Beispiel Sport oder Nachbarschaftsarbeit.
easy-hints-field = Hinweise der Prüfhilfe zu diesem Feld:
easy-hints-at-field = Die Prüfhilfe hat Hinweise zu Ihrem Text. Sie stehen direkt beim Feld.

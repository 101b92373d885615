# Leichte Sprache — main.ftl
# Strings shared by several capabilities and the page frame.

skip-to-content = Direkt zum Inhalt
demo-banner =
    Das ist eine Demo.
    Demo bedeutet: Hier können Sie alles ausprobieren.
    Alle Namen und Texte sind ausgedacht.
    Bitte geben Sie nur ausgedachte Daten ein.
nav-main = Haupt·menü
nav-account = Mein Konto
nav-admin = Betreiber·bereich
nav-login = Anmelden
nav-logout = Abmelden
nav-signup = Konto anlegen
nav-preferences = Anzeige und Sprache
footer-language = Sprache:
footer-about =
    Quartier ist ein Programm für Nachbarschaften.
    Das Programm ist freie Software.
    Das bedeutet: Alle dürfen das Programm benutzen und verändern.
    Wir zeigen Ihre Adresse nie.
back-home = Zur Start·seite
save = Speichern
form-has-errors = Bitte prüfen Sie Ihre Eingaben
error-prefix = Fehler:
former-neighbour = Frühere Nachbarin oder früherer Nachbar
error-not-found = Seite nicht gefunden
error-not-found-text =
    Wir finden diese Seite nicht.
    Vielleicht gibt es die Seite nicht mehr.
    Oder die Seite hat eine neue Adresse.
error-forbidden = Kein Zugang
error-forbidden-text =
    Nur bestimmte Menschen dürfen diese Seite sehen.
    Zum Beispiel: bestätigte Nachbarinnen und Nachbarn.
    Oder die Koordination.
    Die Koordination leitet das Quartier.
error-login-required = Bitte melden Sie sich an
error-login-required-text =
    Sie wollen diese Seite sehen?
    Dann melden Sie sich bitte zuerst an.
error-bad-request = Das haben wir nicht verstanden
error-bad-request-text =
    Etwas hat gefehlt oder war falsch.
    Bitte benutzen Sie noch einmal das Formular.
error-conflict = Das geht gerade nicht
error-conflict-text =
    Vielleicht ist das schon erledigt.
    Oder etwas hat sich inzwischen geändert.
    Bitte laden Sie die Seite neu.
error-too-many = Zu viele Versuche
error-too-many-text =
    Bitte warten Sie ein paar Minuten.
    Dann versuchen Sie es noch einmal.
error-validation = Bitte prüfen Sie Ihre Eingaben
error-validation-text =
    Manche Angaben fehlen.
    Oder manche Angaben stimmen nicht.
error-unavailable = Gerade ist sehr viel los
error-unavailable-text =
    Gerade sind sehr viele Menschen hier.
    Bitte warten Sie ein paar Sekunden.
    Dann versuchen Sie es noch einmal.
error-internal = Technischer Fehler
error-internal-text =
    Bei uns gibt es ein technisches Problem.
    Ihre Eingaben sind noch da.
    Bitte versuchen Sie es später noch einmal.
err-email-empty = Bitte geben Sie Ihre E-Mail·Adresse ein.
err-email-invalid =
    Diese E-Mail·Adresse stimmt so nicht.
    So sieht eine E-Mail·Adresse aus: name@beispiel.de
err-email-taken = Es gibt schon ein Konto mit dieser E-Mail·Adresse.
err-password-short =
    Das Pass·wort ist zu kurz.
    Das Pass·wort muss mindestens 10 Zeichen haben.
    Zeichen sind zum Beispiel Buchstaben und Zahlen.
err-password-long =
    Das Pass·wort ist zu lang.
    Das Pass·wort darf höchstens 200 Zeichen haben.
err-password-weak =
    Dieses Pass·wort ist zu einfach.
    Andere Menschen können das Pass·wort leicht erraten.
    Bitte wählen Sie ein anderes Pass·wort.
err-password-demo =
    Das Demo·Pass·wort ist hier verboten.
    Bitte wählen Sie ein eigenes Pass·wort.
err-too-many-mails =
    Von hier kamen zu viele Anfragen für E-Mails.
    Bitte warten Sie 1 Stunde.
    Dann versuchen Sie es noch einmal.
err-name-short =
    Der Name ist zu kurz.
    Der Name muss mindestens 2 Zeichen haben.
err-name-long =
    Der Name ist zu lang.
    Der Name darf höchstens 60 Zeichen haben.
err-name-invalid =
    Im Namen darf das Zeichen @ nicht vorkommen.
    Der Name muss in 1 Zeile stehen.
err-text-short = Dieser Text ist zu kurz.
err-text-control =
    Im Text sind besondere Zeichen für den Computer.
    Diese Zeichen sind hier verboten.
err-bio-long =
    Der Text ist zu lang.
    Der Text darf höchstens 1000 Zeichen haben.
err-description-long =
    Die Beschreibung ist zu lang.
    Die Beschreibung darf höchstens 2000 Zeichen haben.
err-slug-length = Die Adresse muss 2 bis 40 Zeichen haben.
err-slug-chars =
    Erlaubt sind nur diese Zeichen:
    Kleine Buchstaben von a bis z.
    Zahlen von 0 bis 9.
    Einzelne Binde·striche.
err-slug-reserved =
    Diese Adresse ist gesperrt.
    Bitte wählen Sie eine andere Adresse.
err-slug-taken = Ein anderes Quartier hat schon diese Adresse.
err-timezone =
    Diese Zeit·zone kennen wir nicht.
    Ein Beispiel für eine Zeit·zone: Europe/Berlin
err-code-empty = Bitte geben Sie den Code von Ihrer Einladungs·karte ein.
err-code-invalid =
    Ein Code hat 8 Zeichen.
    Zum Beispiel: ACDE-FGHJ
err-count-range = Bitte geben Sie eine Zahl von 1 bis 100 ein.
err-no-such-account = Mit dieser E-Mail·Adresse gibt es kein Konto.
notice-saved = Gespeichert.
notice-password-changed =
    Sie haben Ihr Pass·wort geändert.
    Auf anderen Geräten sind Sie jetzt abgemeldet.
notice-email-changed = Ihre neue E-Mail·Adresse gilt jetzt.
notice-joined =
    Willkommen!
    Sie sind jetzt bestätigt.
    Sie gehören jetzt zum Quartier.
notice-requested =
    Ihre Anfrage ist angekommen.
    Die Koordination meldet sich bei Ihnen.
notice-confirmed = Die Person ist jetzt bestätigt.
notice-declined = Sie haben die Anfrage abgelehnt.
notice-role-set = Sie haben die Rolle geändert.
notice-created =
    Das Konto ist fertig.
    Sie können sich jetzt anmelden.
notice-confirm-sent =
    Wir haben Ihnen einen Link geschickt.
    Mit dem Link bestätigen Sie Ihre E-Mail·Adresse.
notice-logged-out = Sie sind jetzt abgemeldet.
notice-password-reset =
    Ihr neues Pass·wort gilt jetzt.
    Bitte melden Sie sich an.
notice-email-confirmed =
    Ihre E-Mail·Adresse ist jetzt bestätigt.
    Bitte melden Sie sich an.
notice-deleted = Wir haben Ihr Konto gelöscht.
status-pending = Anfrage wartet auf Bestätigung
home-my-neighbourhoods = Meine Quartiere
home-all-neighbourhoods = Alle Quartiere auf dieser Seite
home-none-yet = Hier gibt es noch kein Quartier.
members-count = { $count ->
    [one] 1 bestätigte Person
   *[other] { $count } bestätigte Personen
}
label-display-name = Ihr Name für die Nachbarn
hint-display-name = Zum Beispiel: „Anna S.“ oder Ihr ganzer Name.
label-email = E-Mail·Adresse
label-new-password = Neues Pass·wort
hint-password =
    Mindestens 10 Zeichen.
    Tipp: Nehmen Sie einen Satz.
    Den Satz können Sie sich gut merken.
login-title = Anmelden
mail-confirm-subject = Bitte bestätigen Sie Ihre E-Mail·Adresse
mail-confirm-body = Guten Tag,

    bitte bestätigen Sie Ihre E-Mail·Adresse für Quartier.
    Klicken Sie dazu auf diesen Link:

    { $link }

    Der Link gilt 3 Tage.
    Sie haben sich nicht bei Quartier angemeldet?
    Dann löschen Sie diese E-Mail einfach.
mail-exists-subject = Anmeldung bei Quartier
mail-exists-body = Guten Tag,

    jemand wollte mit Ihrer E-Mail·Adresse ein neues Konto anlegen.
    Aber Sie haben schon ein Konto.
    Haben Sie Ihr Pass·wort vergessen?
    Dann wählen Sie hier ein neues Pass·wort:

    { $link }

    Das waren nicht Sie?
    Dann müssen Sie nichts tun.
mail-reset-subject = Neues Pass·wort für Quartier
mail-reset-body = Guten Tag,

    mit diesem Link wählen Sie ein neues Pass·wort:

    { $link }

    Der Link gilt 2 Stunden.
    Sie wollen kein neues Pass·wort?
    Dann löschen Sie diese E-Mail einfach.
mail-change-subject = Neue E-Mail·Adresse bestätigen
mail-change-body = Guten Tag,

    bitte bestätigen Sie Ihre neue E-Mail·Adresse für Quartier.
    Klicken Sie dazu auf diesen Link:

    { $link }

    Der Link gilt 3 Tage.
account-title = Mein Konto
delete-intro =
    Sie können Ihr Konto löschen.
    Dann löschen wir Ihre persönlichen Daten.
    Das sind: Ihre E-Mail·Adresse, Ihr Name, Ihr Profil und Ihre Mitglied·schaften.
    Manche Sachen brauchen andere Menschen noch.
    Zum Beispiel: Nachrichten in einem Gespräch.
    Diese Sachen bleiben da.
    Dort steht dann: „Frühere Nachbarin oder früherer Nachbar“.
    Achtung: Danach ist Ihr Konto für immer weg.
nb-together = Gemeinsam im Quartier
nb-together-text =
    Bald finden Sie hier mehr aus Ihrem Quartier.
    Zum Beispiel:
    Wer braucht Hilfe?
    Wer bietet Hilfe an?
    Welche Veranstaltungen gibt es?
    Welche Vereine gibt es?
members-title = Nachbarinnen und Nachbarn
manage-title = Quartier verwalten
manage-confirm = Bestätigen
manage-batch-date = Erstellt am
manage-log = Protokoll: Liste mit allen Änderungen
manage-log-empty = Die Liste ist noch leer.
label-name = Name
hint-slug =
    Das ist die Adresse von dem Quartier im Internet.
    Erlaubt sind kleine Buchstaben, Zahlen und Binde·striche.
    Zum Beispiel: „lindenviertel“
label-description = Beschreibung
hint-coordinator-email = Die Person muss schon ein Konto haben.
nav-inbox = Post von Nachbarn
nav-notifications = Hinweise für Sie
nav-unread = neu
pager = Seiten
pager-prev = Seite zurück
pager-next = Seite weiter
help-new-request = Ich brauche Hilfe
help-new-offer = Ich biete Hilfe an
help-filter = Nur bestimmte Einträge zeigen
help-filter-submit = Anzeigen
help-all = Alle
help-none = Die Liste ist gerade leer.
help-kind-request = Bitte um Hilfe
help-kind-offer = Angebot für Hilfe
help-choose = Bitte wählen Sie
help-submit = Jetzt eintragen
help-status-open = Offen
help-status-arranged = Abgemacht
help-status-done = Erledigt
help-status-withdrawn = Abgesagt
help-hidden =
    Die Moderation hat diesen Eintrag versteckt.
    Die Moderation achtet auf die Regeln.
    Der Grund: { $reason }
help-answer-default-request = Hallo, ich kann Ihnen helfen. Wann passt es Ihnen?
help-answer-default-offer = Hallo, ich möchte Ihr Angebot gern annehmen. Wann passt es Ihnen?
help-hours = Stunden
label-category = Bereich
label-title = Kurzer Titel
hint-body =
    So machen Sie ein Wort fett: **Wort**
    So machen Sie eine Liste: Schreiben Sie „-“ an den Anfang von jeder Zeile.
    Sie können höchstens 5000 Zeichen schreiben.
label-date = Datum
label-time-from = Von (Uhr·zeit)
label-time-to = Bis (Uhr·zeit)
label-reason = Grund
label-message = Nachricht
cat-shopping = Einkaufen
cat-accompanying = Zu Terminen mitgehen
cat-technology = Technik
cat-garden = Garten
cat-repairs = Kleine Reparaturen
cat-visits = Besuche und Gespräche
cat-rides = Fahrten
cat-childcare = Auf Kinder aufpassen
cat-language = Sprache und Formulare
cat-pets = Haus·tiere
cat-other = Anderes
inbox-unread = neu
report-submit = An die Moderation melden
moderation-title = Moderation
moderation-kind-entry = Eintrag
moderation-hide-reason = Grund für das Verstecken
moderation-hide = Verstecken
notifications-title = Neuigkeiten für Sie
notice-kind-answer = Jemand hat sich gemeldet
notice-kind-accepted = Jemand hat Ihnen zugesagt
notice-kind-message = Neue Nachricht
notice-kind-new-request = Neue Bitte um Hilfe
notice-kind-thanks = Ein Danke·schön für Sie
notice-kind-hidden = Die Moderation hat etwas von Ihnen versteckt
thanks-title = Danke·schön für mich
notice-posted =
    Fertig!
    Wir zeigen jetzt Ihren Eintrag.
notice-accepted =
    Sie haben zugesagt.
    Wir haben der Person Bescheid gesagt.
notice-done =
    Der Eintrag ist jetzt erledigt.
    Danke fürs Mitmachen!
notice-withdrawn = Sie haben den Eintrag abgesagt.
notice-thanked = Ihr Danke·schön ist angekommen.
notice-reported =
    Danke für Ihre Meldung.
    Die Moderation sieht sich das an.
notice-blocked =
    Sie haben die Person gesperrt.
    Die Person kann Ihnen jetzt keine Nachrichten mehr schicken.
notice-unblocked = Sie haben die Sperre aufgehoben.
notice-hidden =
    Sie haben es versteckt.
    Die Person sieht den Grund.
notice-dismissed = Sie haben die Meldung geschlossen.
err-category = Bitte wählen Sie einen Bereich aus der Liste.
err-title-short =
    Der Titel ist zu kurz.
    Der Titel muss mindestens 3 Zeichen haben.
err-title-long =
    Der Titel ist zu lang.
    Der Titel darf höchstens 120 Zeichen haben.
err-body-long =
    Die Beschreibung ist zu lang.
    Die Beschreibung darf höchstens 5000 Zeichen haben.
err-date = Bitte schreiben Sie das Datum so: 24.12.2026
err-date-past =
    Das Datum ist schon vorbei.
    Bitte wählen Sie ein Datum ab heute.
err-date-far =
    Das Datum ist zu weit weg.
    Bitte wählen Sie ein Datum in den nächsten 12 Monaten.
err-time = Bitte schreiben Sie die Uhr·zeit so: 14:30
err-time-order =
    Das Ende ist zu früh.
    Das Ende muss nach dem Anfang sein.
err-urgency = Bitte wählen Sie: Wie eilig ist es?
err-area-long =
    Die Gegend ist zu lang.
    Die Gegend darf höchstens 80 Zeichen haben.
err-on-behalf-long =
    Der Name ist zu lang.
    Der Name darf höchstens 80 Zeichen haben.
err-hours =
    Bitte schreiben Sie eine Zahl von 0,25 bis 24.
    0,25 bedeutet: 15 Minuten.
err-message-empty = Bitte schreiben Sie eine Nachricht.
err-message-long =
    Die Nachricht ist zu lang.
    Die Nachricht darf höchstens 4000 Zeichen haben.
err-reason-short =
    Bitte schreiben Sie einen Grund.
    Der Grund muss mindestens 3 Zeichen haben.
err-reason-long =
    Der Grund ist zu lang.
    Der Grund darf höchstens 500 Zeichen haben.
err-blocked = Zwischen Ihnen und dieser Person sind Nachrichten gesperrt.
mail-notice-answer-subject = Jemand hat sich auf Ihren Eintrag gemeldet
mail-notice-accepted-subject = Jemand hat Ihnen zugesagt
mail-notice-message-subject = Neue Nachricht bei Quartier
mail-notice-new-request-subject = Neue Bitte um Hilfe in Ihrem Quartier
mail-notice-thanks-subject = Ein Danke·schön für Sie
mail-notice-hidden-subject = Die Moderation hat etwas versteckt
mail-notice-body = Guten Tag,

    es gibt Neuigkeiten zu „{ $title }“.
    Hier können Sie alles lesen:

    { $link }

    Sie bestimmen selbst: Wann bekommen Sie eine E-Mail?
    Das stellen Sie bei Quartier unter „Neuigkeiten“ ein.
mail-digest-subject = Ihre Zusammen·fassung von Quartier
mail-digest-body = Guten Tag,

    es gibt Neuigkeiten für Sie.
    So viele Neuigkeiten gibt es seit der letzten Zusammen·fassung: { $count }
    Hier können Sie alles lesen:

    { $link }
orgs-title = Vereine und Organisationen
org-about = Über uns
org-accessibility = Barriere·freiheit: So kommen alle Menschen in die Räume
org-step-free = Eingang ohne Stufen
org-not-step-free = Eingang mit Stufen
org-accessible-toilet = Barriere·freie Toilette
org-hearing-loop = Induktions·schleife: Damit hören Menschen mit Hör·gerät besser.
org-log-org-proposed = { $actor } hat die Organisation vorgeschlagen
org-log-org-confirmed = { $actor } hat bestätigt: Die Organisation gehört zum Quartier
org-log-org-edited = { $actor } hat die Seite geändert
org-log-news-hidden = { $actor } von der Moderation hat eine Neuigkeit versteckt
org-log-member-role-set = { $actor } hat einer Person eine Rolle gegeben
org-log-member-removed = { $actor } hat eine Person entfernt
org-kind-club = Verein
org-kind-parish = Kirchen·gemeinde
org-kind-social_service = Sozialer Dienst
org-kind-initiative = Initiative
org-kind-municipal_office = Amt von der Stadt oder Gemeinde
org-kind-business = Geschäft
org-kind-political_body = Gruppe aus der Politik
notice-org-proposed =
    Sie haben die Organisation vorgeschlagen.
    Die Koordination prüft den Vorschlag.
    Danach können alle Menschen die Seite sehen.
err-org-kind = Bitte wählen Sie: Was für eine Organisation ist das?
err-link =
    Bitte geben Sie eine Adresse ein.
    Die Adresse muss mit https:// anfangen.
err-short-long = Hier dürfen höchstens 300 Zeichen stehen.
err-news-long =
    Der Text ist zu lang.
    Der Text darf höchstens 20.000 Zeichen haben.
org-log-org-link-requested = { $actor } hat gefragt: Darf die Organisation in ein weiteres Quartier?
calendar-title = Kalender
calendar-none = Im Moment gibt es keine Termine.
event-new = Termin eintragen
event-cancelled = Abgesagt
event-online = Online
event-full = Alle Plätze sind vergeben. Die Warte·liste ist offen.
event-places-free = { $count ->
    [one] Noch 1 Platz frei
   *[other] Noch { $count } Plätze frei
}
event-all-day-on = { $date }, den ganzen Tag
event-when-same-day = { $date }, { $time } Uhr
event-cat-culture = Kultur
event-cat-sport = Sport und Bewegung
event-cat-education = Lernen
event-cat-social = Menschen treffen
event-cat-family = Familie und Kinder
event-cat-seniors = Ältere Menschen
event-cat-faith = Glaube
event-cat-politics = Politik und Mit·reden
event-cat-environment = Umwelt und Garten
event-cat-other = Anderes
nb-news = Neues von den Vereinen
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
err-capacity =
    Bitte schreiben Sie eine Zahl von 1 bis 10.000.
    Oder lassen Sie das Feld leer.
err-cost-long = Hier dürfen höchstens 100 Zeichen stehen.
err-repeat = Bitte wählen Sie: Wie oft gibt es den Termin?
err-repeat-until =
    Bitte schreiben Sie ein Datum für das Ende.
    Das Datum muss nach dem 1. Termin sein.
    Das Datum darf höchstens 1 Jahr nach dem 1. Termin sein.
notice-signed-up = Sie sind angemeldet.
notice-waiting =
    Der Termin ist voll.
    Sie sind jetzt auf der Warte·liste.
notice-event-cancelled =
    Sie haben den Termin abgesagt.
    Alle mit Anmeldung bekommen eine Nachricht.
notice-sent = Wir haben die Nachricht geschickt.
notice-kind-event-place = Sie haben einen Platz bekommen
notice-kind-event-message = Nachricht zu einem Termin
notice-kind-event-cancelled = Ein Termin fällt aus
mail-notice-event-place-subject = Gute Nachricht: Sie haben einen Platz bekommen
mail-notice-event-message-subject = Nachricht zu einem Termin
mail-notice-event-cancelled-subject = Ein Termin fällt aus
org-log-event-created = { $actor } hat einen Termin eingetragen
org-log-event-edited = { $actor } hat einen Termin geändert
org-log-event-cancelled = { $actor } hat einen Termin abgesagt
org-log-event-message = { $actor } hat eine Nachricht zu einem Termin geschickt
org-log-event-hidden = { $actor } von der Moderation hat einen Termin versteckt
groups-title = Gruppen
groups-intro =
    In einer Gruppe treffen sich Menschen mit dem gleichen Interesse.
    Oder die Menschen lernen etwas voneinander.
    Zum Beispiel in einem Smartphone·Treff.
    Oder in einem Lauf·treff.
group-kind-interest = Interessen·gruppe
group-kind-learning = Lern·gruppe
group-joining-request = Nur mit Anfrage
group-remove = Aus der Gruppe nehmen
err-group-kind = Bitte wählen Sie: Was für eine Gruppe ist das?
err-group-joining = Bitte wählen Sie: Wer kann mitmachen?
err-post-long =
    Der Text ist zu lang.
    Der Text darf höchstens 10.000 Zeichen haben.
notice-left = Sie haben die Gruppe verlassen.
err-image-too-large = Das Bild ist zu groß. Das Bild darf höchstens 10 MB groß sein.
err-image-type = Das ist kein Bild. Erlaubt sind JPG, PNG, GIF und WebP.
err-image-broken = Wir können das Bild nicht öffnen. Bitte nehmen Sie eine andere Datei.
err-image-alt = Bitte schreiben Sie kurz: Was sieht man auf dem Bild?
easy-edit-link = Leichte Sprache: Text schreiben oder prüfen lassen
easy-hints = Hinweise von der Prüf·hilfe
easy-hints-only =
    Das sind nur Hinweise.
    Sie können den Text trotzdem speichern.
easy-no-hints = Die Prüf·hilfe hat nichts gefunden.
easy-badge-checked = Leserinnen und Leser haben diesen Text geprüft
easy-not-yet =
    Diesen Text gibt es noch nicht in Leichter Sprache.
    Hier steht der Text in Alltags·sprache.
easy-status-draft = In Arbeit
easy-status-in-review = Wartet auf die Prüferinnen und Prüfer
easy-status-approved = Leserinnen und Leser haben diesen Text geprüft
easy-status-changes-requested = Bitte ändern Sie den Text
easy-kind-help-entry = Eintrag für Nachbarschafts·hilfe
easy-kind-news = Neuigkeit
easy-kind-event = Termin
easy-kind-organisation = Vorstellung von einer Organisation
easy-kind-meeting-agenda = Plan für ein Treffen
easy-kind-meeting-minutes = Bericht von einem Treffen
easy-kind-project-proposal = Vorschlag oder Beschluss von einem Projekt
easy-kind-org-page = Seite von einem Verein
easy-hint-long-sentence = Langer Satz. Machen Sie mehrere kurze Sätze daraus. Hier:
easy-hint-passive = Passiv. Wer macht etwas? Schreiben Sie das dazu. Hier:
easy-hint-subjunctive = Möglichkeits·form. Schreiben Sie lieber direkt. Hier:
easy-hint-genitive = Genitiv. Schreiben Sie lieber mit „von“. Hier:
easy-hint-negation = Verneinung. Sagen Sie es lieber positiv. Hier:
easy-hint-long-word = Langes Wort. Trennen Sie das Wort mit einem Medio·punkt. Hier:
easy-hint-abbreviation = Abkürzung. Schreiben Sie das ganze Wort. Hier:
easy-hint-foreign-word = Fremd·wort. Nehmen Sie lieber ein deutsches Wort. Hier:
easy-hint-number-word = Zahl als Wort. Schreiben Sie die Zahl als Ziffer. Hier:
easy-hint-special-character = Sonder·zeichen. Schreiben Sie das Zeichen als Wort. Hier:
notice-review-requested =
    Gespeichert.
    Die Prüferinnen und Prüfer sehen den Text jetzt.
manage-easy = Prüferinnen und Prüfer für Leichte Sprache
manage-no-reviewers = Es gibt noch keine Prüferinnen und Prüfer.
label-reviewer-email = E-Mail·Adresse von der Prüferin oder von dem Prüfer
manage-add-reviewer = Als Prüferin oder Prüfer eintragen
org-log-reviewer-added = { $actor } hat eine Prüferin oder einen Prüfer für Leichte Sprache eingetragen
org-log-reviewer-removed = { $actor } hat eine Prüferin oder einen Prüfer ausgetragen
aushang-title = Aushang zum Drucken
aushang-help = Bitten und Angebote für Hilfe
aushang-events = Termine in dieser Woche
mail-aushang-subject = Der Aushang von Ihrem Quartier für diese Woche
mail-aushang-body = Guten Tag,

    das passiert diese Woche in Ihrem Quartier:

    { $text }
    Sie wollen diese E-Mail nicht mehr bekommen?
    Dann gehen Sie auf diese Seite:
    { $link }
    Nehmen Sie dort den Haken beim Aushang weg.
notice-signup-withdrawn = Sie sind jetzt abgemeldet. Ihr Platz geht an die nächste Person auf der Warte·liste.
easy-check-standard = Prüfen: Ist der Text leicht zu lesen?
notice-group-created = Sie haben die Gruppe gegründet. Sie kümmern sich um die Gruppe.
notice-group-requested = Sie haben gefragt: Darf ich mit·machen? Die Verwaltung von der Gruppe antwortet bald.
notice-group-joined = Willkommen in der Gruppe!
notice-invited =
    Gibt es ein Konto mit dieser Adresse?
    Dann hat die Person jetzt eine Einladung.
    Sie ist dabei, wenn sie Ja sagt.
notice-invitation-accepted = Sie helfen jetzt mit. Willkommen!
notice-invitation-declined = Sie haben Nein gesagt.
org-log-member-invited = { $actor } hat eine Person eingeladen
org-log-invitation-accepted = { $actor } hat Ja gesagt
org-log-invitation-declined = { $actor } hat Nein gesagt
mail-org-invitation-subject = Einladung: { $title }
mail-org-invitation-body = Guten Tag,

    { $name } lädt Sie ein.
    Sie sollen bei { $title } mit·helfen.
    Ihre Rolle: { $text }.
    Sie sind erst dabei, wenn Sie Ja sagen.
    Hier sagen Sie Ja oder Nein:

    { $link }
confirm-back = Nein, zurück
nb-menu = Menü für { $name }
nb-menu-help = Hilfe
nb-menu-calendar = Kalender
nb-menu-groups = Gruppen
nb-menu-organisations = Vereine
nb-menu-manage = Verwaltung

# Kurze Wörter oben auf dem Handy.
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
easy-when-span =
    Es beginnt am { $fromdate } um { $fromtime }.
    Es endet am { $todate } um { $totime }.
easy-time-range = Von { $from } bis { $to }
easy-from-time = Ab { $time }
easy-until-time = Bis { $time }
easy-missing = Noch nicht in Leichter Sprache
glossary-what = Was heißt { $term }?
glossary-coordination = Koordination
glossary-coordination-text =
    Die Koordination leitet das Quartier.
    Das sind Menschen aus der Nachbarschaft.
    Sie nehmen neue Mitglieder auf.
    Sie passen auf: Alles soll gut laufen.
glossary-moderation = Moderation
glossary-moderation-text =
    Die Moderation passt auf die Texte auf.
    Manchmal schreibt jemand etwas Böses.
    Dann versteckt die Moderation den Text.
glossary-timebank = Zeit·bank
glossary-timebank-text =
    Bei der Zeit·bank zählen wir Zeit.
    Sie helfen 1 Stunde.
    Dann bekommen Sie dafür 1 Stunde.
    Mit der Stunde bekommen Sie selbst Hilfe.
    Sie bezahlen nur mit Zeit.
glossary-ics = Kalender·datei
glossary-ics-text =
    Eine Kalender·datei endet mit .ics.
    Sie können die Datei in Ihr Handy laden.
    Dann stehen die Termine in Ihrem Kalender.
glossary-easy = Leichte Sprache
glossary-easy-text =
    Leichte Sprache ist einfaches Deutsch.
    Die Sätze sind kurz.
    Wir erklären schwere Wörter.
    Menschen prüfen die Texte.
glossary-association = Verein
glossary-association-text =
    Ein Verein ist eine Gruppe von Menschen.
    Die Menschen haben ein gemeinsames Ziel.
    Zum Beispiel: Sie machen zusammen Sport.
    Oder sie helfen im Stadt·teil.
easy-hints-field = Die Prüf·hilfe hat Hinweise zu diesem Feld:
easy-hints-at-field =
    Die Prüf·hilfe hat Hinweise zu Ihrem Text.
    Die Hinweise stehen direkt beim Text.

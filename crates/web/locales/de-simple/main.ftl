# Deutsch in Leichter Sprache

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
back-account = Zurück zu „Mein Konto“
save = Speichern
form-has-errors = Bitte prüfen Sie Ihre Eingaben
error-prefix = Fehler:
former-neighbour = Frühere Nachbarin oder früherer Nachbar

## Fehlerseiten
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
error-internal = Technischer Fehler
error-internal-text =
    Bei uns gibt es ein technisches Problem.
    Ihre Eingaben sind noch da.
    Bitte versuchen Sie es später noch einmal.

## Feldfehler
err-email-empty = Bitte geben Sie Ihre E-Mail·Adresse ein.
err-email-invalid =
    Diese E-Mail·Adresse stimmt so nicht.
    So sieht eine E-Mail·Adresse aus: name@beispiel.de
err-email-taken = Es gibt schon ein Konto mit dieser E-Mail·Adresse.
err-email-same = Das ist schon Ihre E-Mail·Adresse.
err-password-empty = Bitte geben Sie Ihr Pass·wort ein.
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
err-too-fast =
    Sie schreiben sehr schnell.
    Bitte warten Sie 1 Minute.
    Dann senden Sie noch einmal.
err-current-password = Das jetzige Pass·wort ist falsch.
err-login-failed = Die E-Mail·Adresse oder das Pass·wort ist falsch.
err-login-throttled =
    Sie haben es zu oft falsch versucht.
    Bitte warten Sie 15 Minuten.
    Oder wählen Sie ein neues Pass·wort.
err-login-unconfirmed =
    Bitte bestätigen Sie zuerst Ihre E-Mail·Adresse.
    Wir haben Ihnen gerade eine E-Mail mit einem neuen Link geschickt.
    Bitte klicken Sie auf den Link.
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
err-setup-token =
    Der Einrichtungs·code ist falsch oder zu alt.
    Bitte starten Sie den Server neu.
    Dann bekommen Sie einen neuen Code.
err-code-empty = Bitte geben Sie den Code von Ihrer Einladungs·karte ein.
err-code-invalid =
    Ein Code hat 8 Zeichen.
    Zum Beispiel: ACDE-FGHJ
err-code-throttled =
    Sie haben zu oft einen Code versucht.
    Bitte warten Sie 1 Stunde.
    Oder fragen Sie die Koordination.
    Die Koordination kümmert sich um Ihr Quartier.
err-code-unknown =
    Diesen Code kennen wir nicht.
    Oder jemand hat den Code schon benutzt.
err-count-range = Bitte geben Sie eine Zahl von 1 bis 100 ein.
err-no-such-account = Mit dieser E-Mail·Adresse gibt es kein Konto.
err-already-member =
    Sie sind schon Mitglied.
    Oder Sie haben schon eine Anfrage geschickt.
err-last-coordinator =
    Ein Quartier braucht mindestens 1 Koordinatorin oder 1 Koordinator.
    Die Koordination leitet das Quartier.

## Hinweise nach einer Aktion
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

## Rollen
role-resident = Bewohnerin oder Bewohner
role-moderator = Moderation
role-coordinator = Koordination
status-pending = Anfrage wartet auf Bestätigung

## Startseite
home-title = Willkommen bei Quartier
home-lead =
    Hier helfen sich Nachbarinnen und Nachbarn gegenseitig.
    Vereine zeigen, was sie machen.
    Und alle erfahren, was im Viertel passiert.
home-my-neighbourhoods = Meine Quartiere
home-all-neighbourhoods = Alle Quartiere auf dieser Seite
home-none-yet = Hier gibt es noch kein Quartier.
members-count = { $count ->
    [one] 1 bestätigte Person
   *[other] { $count } bestätigte Personen
}
setup-needed-title = Einrichtung nötig
setup-needed-text =
    Diese Quartier·Seite hat noch keinen Betreiber.
    Der Betreiber kümmert sich um die Technik.
    Der Server hat beim Start einen Code geschrieben.
    Der Server ist der Computer, auf dem Quartier läuft.
    Der Code heißt: Einrichtungs·code.
    Sie finden den Code in der Konsole.
    Die Konsole ist das Fenster mit den Nachrichten vom Server.
    Sie können den Code nur 1 Mal benutzen.
    Mit dem Code legen Sie das erste Konto für den Betreiber an.
setup-start = Jetzt einrichten

## Einrichtung
setup-title = Erstes Konto für den Betreiber anlegen
setup-intro =
    Geben Sie den Einrichtungs·code aus der Server·konsole ein.
    Wählen Sie dann Ihre Zugangs·daten.
    Zugangs·daten sind zum Beispiel Ihre E-Mail·Adresse und Ihr Pass·wort.
setup-submit = Konto anlegen
label-setup-token = Einrichtungs·code
hint-setup-token =
    Der Code steht in der Konsole.
    In dieser Konsole haben Sie den Server gestartet.
    Der Code gilt 1 Stunde.

## Registrieren und Anmelden
signup-title = Neues Konto anlegen
signup-intro =
    Mit einem Konto können Sie bei Ihrem Quartier mitmachen.
    Wir zeigen Ihre Adresse nie.
signup-submit = Konto anlegen
signup-have-account = Sie haben schon ein Konto?
signup-check-mail-title = Bitte sehen Sie in Ihre E-Mails
signup-check-mail-text =
    Wir haben Ihnen eine E-Mail geschickt.
    In der E-Mail ist ein Link.
    Bitte klicken Sie auf den Link.
    So bestätigen Sie Ihr Konto.
    Der Link gilt 3 Tage.
label-display-name = Ihr Name für die Nachbarn
hint-display-name = Zum Beispiel: „Anna S.“ oder Ihr ganzer Name.
label-email = E-Mail·Adresse
hint-email =
    Wir schicken Ihnen einen Link.
    Mit dem Link bestätigen Sie die Adresse.
    Andere Menschen sehen die Adresse nicht.
label-password = Pass·wort
label-new-password = Neues Pass·wort
hint-password =
    Mindestens 10 Zeichen.
    Tipp: Nehmen Sie einen Satz.
    Den Satz können Sie sich gut merken.
label-current-password = Jetziges Pass·wort
label-new-email = Neue E-Mail·Adresse
login-title = Anmelden
login-submit = Anmelden
login-forgot = Pass·wort vergessen?
login-no-account = Sie haben noch kein Konto?
confirm-title = E-Mail·Adresse bestätigen
confirm-text =
    Bitte klicken Sie auf den Knopf.
    So bestätigen Sie Ihre E-Mail·Adresse.
confirm-submit = Jetzt bestätigen
token-invalid-title = Der Link geht nicht mehr
token-invalid-text =
    Jemand hat diesen Link schon benutzt.
    Oder der Link ist zu alt.
    Bitte holen Sie sich einen neuen Link.
    Zum Beispiel so: Klicken Sie auf „Pass·wort vergessen?“.
    Oder melden Sie sich an.
forgot-title = Pass·wort vergessen
forgot-intro =
    Geben Sie Ihre E-Mail·Adresse ein.
    Wir schicken Ihnen dann einen Link.
    Mit dem Link wählen Sie ein neues Pass·wort.
forgot-submit = Link schicken
forgot-sent-title = Bitte sehen Sie in Ihre E-Mails
forgot-sent-text =
    Gibt es ein Konto mit dieser Adresse?
    Dann haben wir einen Link an die Adresse geschickt.
    Der Link gilt 2 Stunden.
reset-title = Neues Pass·wort wählen
reset-submit = Pass·wort speichern

## E-Mails
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

## Konto
account-title = Mein Konto
account-nav = Einstellungen für mein Konto
account-export = Meine Daten herunterladen
account-view-profile = Mein Profil ansehen
account-no-neighbourhood = Sie sind noch in keinem Quartier.
account-find-neighbourhood = Ein Quartier finden
profile-edit-title = Mein Profil
profile-privacy =
    Ihr Profil ist eine Seite mit Informationen über Sie.
    Nur bestätigte Nachbarinnen und Nachbarn sehen Ihr Profil.
    Sie können Ihr Profil aber auch für alle Menschen öffnen.
    Ihre Adresse zeigen wir nie.
label-bio = Über mich (freiwillig)
hint-bio =
    Zum Beispiel: Was machen Sie gern?
    Wobei können Sie helfen?
    Höchstens 1000 Zeichen.
label-profile-public = Alle Menschen dürfen mein Profil sehen, auch ohne Anmeldung
password-title = Pass·wort ändern
password-submit = Pass·wort ändern
email-title = E-Mail·Adresse ändern
email-current = Das ist jetzt Ihre E-Mail·Adresse: { $email }
email-intro =
    Wir schicken einen Link an die neue Adresse.
    Bitte klicken Sie auf den Link.
    Erst dann gilt die neue Adresse.
email-submit = Link an neue Adresse schicken
email-sent-title = Bitte sehen Sie in die E-Mails von der neuen Adresse
email-sent-text =
    Wir haben einen Link an die neue Adresse geschickt.
    Das machen wir nur, wenn die neue Adresse noch frei ist.
    Bitte klicken Sie auf den Link.
    Bis dahin gilt Ihre alte Adresse.
email-confirm-title = Neue E-Mail·Adresse bestätigen
email-confirm-text =
    Bitte klicken Sie auf den Knopf.
    Dann gilt Ihre neue Adresse.
delete-title = Konto löschen
delete-intro =
    Sie können Ihr Konto löschen.
    Dann löschen wir Ihre persönlichen Daten.
    Das sind: Ihre E-Mail·Adresse, Ihr Name, Ihr Profil und Ihre Mitglied·schaften.
    Manche Sachen brauchen andere Menschen noch.
    Zum Beispiel: Nachrichten in einem Gespräch.
    Diese Sachen bleiben da.
    Dort steht dann: „Frühere Nachbarin oder früherer Nachbar“.
    Achtung: Danach ist Ihr Konto für immer weg.
delete-export-first = Wollen Sie vorher Ihre Daten speichern?
delete-submit = Konto für immer löschen
deleted-title = Ihr Konto ist jetzt gelöscht
deleted-text =
    Wir haben Ihre persönlichen Daten gelöscht.
    Danke, dass Sie mitgemacht haben.

## Anzeige und Sprache
prefs-title = Anzeige und Sprache
prefs-intro =
    Diese Einstellungen gelten für jede Seite.
    Das gilt auch ohne Anmeldung.
    Haben Sie ein Konto?
    Dann speichern wir die Einstellungen.
prefs-saved = Wir haben Ihre Einstellungen gespeichert.
prefs-language = Sprache
prefs-text-size = Schrift·größe
prefs-size-normal = Normal
prefs-size-large = Groß
prefs-size-larger = Sehr groß
prefs-contrast = Kontrast
prefs-contrast-normal = Normal
prefs-contrast-high = Hoher Kontrast (Schwarz auf Weiß)

## Quartier
nb-whats-new = Neu im Quartier
nb-nothing-new = Es gibt noch nichts Neues.
nb-joined = seit { $date }
nb-all-members = Alle Nachbarinnen und Nachbarn
nb-together = Gemeinsam im Quartier
nb-together-text =
    Bald finden Sie hier mehr aus Ihrem Quartier.
    Zum Beispiel:
    Wer braucht Hilfe?
    Wer bietet Hilfe an?
    Welche Veranstaltungen gibt es?
    Welche Vereine gibt es?
nb-coordination = Koordination
nb-pending-count = { $count ->
    [one] 1 Anfrage wartet auf Bestätigung.
   *[other] { $count } Anfragen warten auf Bestätigung.
}
nb-manage = Quartier verwalten
nb-join-title = Mitmachen
nb-join-login =
    Sie wollen mitmachen?
    Dann legen Sie ein Konto an.
    Oder melden Sie sich an.
nb-join-text =
    Wohnen Sie hier?
    Dann schicken Sie eine Anfrage.
    Die Koordination prüft die Anfrage.
    Die Koordination leitet das Quartier.
    Dann bestätigt die Koordination Sie.
nb-join-request = Anfrage schicken
nb-pending = Die Koordination muss Ihre Anfrage noch bestätigen.
nb-code-title = Haben Sie eine Einladungs·karte?
nb-code-text =
    Geben Sie den Code von der Karte ein.
    Dann sind Sie sofort bestätigt.
nb-code-submit = Code benutzen
label-code = Code von der Einladungs·karte
hint-code =
    Der Code hat 8 Zeichen.
    Zum Beispiel: ACDE-FGHJ
    Sie können große oder kleine Buchstaben schreiben.
members-title = Nachbarinnen und Nachbarn
members-privacy = Nur bestätigte Nachbarinnen und Nachbarn sehen diese Liste.

## Verwaltung
manage-title = Quartier verwalten
manage-pending = Anfragen zum Mitmachen
manage-no-pending = Es gibt gerade keine Anfragen.
manage-asked-on = Anfrage vom { $date }
manage-confirm = Bestätigen
manage-decline = Ablehnen
manage-codes = Einladungs·karten
manage-codes-text =
    Sie können Karten mit Einladungs·codes drucken.
    Die Karten können Sie zum Beispiel in Brief·kästen werfen.
    Oder Sie verteilen die Karten in Ihrer Sprech·stunde.
    Jeder Code gilt nur 1 Mal.
label-code-count = Wie viele Karten?
hint-code-count = 1 bis 100
manage-codes-create = Karten erstellen
manage-batches = Karten bis jetzt
manage-batch-date = Erstellt am
manage-batch-used = Benutzt
manage-batch-print = Drucken
manage-roles = Rollen: Wer darf was?
manage-role-of = Rolle von { $name }
manage-set-role = Rolle speichern
manage-log = Protokoll: Liste mit allen Änderungen
manage-log-empty = Die Liste ist noch leer.
log-member-confirmed = { $actor } hat { $subject } bestätigt.
log-member-declined = { $actor } hat die Anfrage von { $subject } abgelehnt.
log-role-set = { $actor } hat die Rolle von { $subject } geändert.
log-codes-created = { $count ->
    [one] { $actor } hat 1 Einladungs·karte erstellt.
   *[other] { $actor } hat { $count } Einladungs·karten erstellt.
}
log-joined-with-code =
    { $subject } macht jetzt mit.
    { $subject } hat dafür eine Einladungs·karte benutzt.
codes-title = Einladungs·karten drucken
codes-print-hint =
    Drucken Sie diese Seite.
    Das geht mit den Tasten Strg und P.
    Auf 1 DIN-A4·Blatt passen 2 Karten.
codes-card-title = Einladung ins Quartier { $name }
codes-card-text =
    Machen Sie mit bei Ihrer Nachbarschaft im Internet!
    Gehen Sie auf diese Seite:
codes-card-code = Geben Sie dort diesen Code ein:
codes-used = schon benutzt

## Profil
profile-no-bio = Diese Person hat noch nichts über sich geschrieben.
profile-neighbourhoods = Quartiere
profile-edit-link = Profil ändern

## Betrieb
admin-title = Betreiber·bereich
admin-intro =
    Sie sind Betreiber von dieser Seite.
    Das heißt: Sie kümmern sich um die Technik.
    Sie legen neue Quartiere an.
    Und Sie bestimmen für jedes Quartier die erste Koordination.
    Die Koordination leitet das Quartier.
    Private Inhalte aus den Quartieren sehen Sie nicht.
admin-create = Neues Quartier anlegen
admin-create-submit = Quartier anlegen
label-name = Name
label-slug = Adresse (/n/…)
hint-slug =
    Das ist die Adresse von dem Quartier im Internet.
    Erlaubt sind kleine Buchstaben, Zahlen und Binde·striche.
    Zum Beispiel: „lindenviertel“
label-description = Beschreibung
label-timezone = Zeit·zone
hint-timezone = Meistens: Europe/Berlin
label-coordinator-email = E-Mail·Adresse von der ersten Koordination (freiwillig)
hint-coordinator-email = Die Person muss schon ein Konto haben.

## Navigation (Hilfe)
nav-inbox = Nachrichten
nav-notifications = Neuigkeiten
nav-unread = neu
pager = Seiten
pager-prev = Seite zurück
pager-next = Seite weiter
pager-page = Seite { $page }

## Nachbarschaftshilfe
nb-help = Nachbarschafts·hilfe
nb-help-all = Alle Bitten und Angebote
help-title = Nachbarschafts·hilfe
help-new-request = Ich brauche Hilfe
help-new-offer = Ich biete Hilfe an
help-mine = Meine Einträge
help-mine-none = Ihre Liste ist noch leer.
help-filter = Nur bestimmte Einträge zeigen
help-filter-submit = Anzeigen
help-all = Alle
help-none = Die Liste ist gerade leer.
help-kind-request = Bitte um Hilfe
help-kind-offer = Angebot für Hilfe
help-kind-requests = Bitten um Hilfe
help-kind-offers = Angebote für Hilfe
help-kind-request-long = Ich suche Hilfe
help-kind-offer-long = Ich biete Hilfe an
help-choose = Bitte wählen Sie
help-form-intro =
    Schreiben Sie kurz: Worum geht es?
    Ihre Adresse zeigen wir nie.
    Sie können eine Gegend angeben.
    Zum Beispiel: eine Straße.
    Diese Gegend zeigen wir.
help-when = Wann?
help-weekly = jede Woche
help-weekly-from = jede Woche, ab { $date }
help-from-time = ab { $time } Uhr
help-until-time = bis { $time } Uhr
help-no-date = Termin nach Absprache
help-urgency-normal = Hat Zeit
help-urgency-soon = Bald
help-urgency-urgent = Dringend
help-visibility-neighbours = Alle bestätigten Nachbarinnen und Nachbarn sehen den Eintrag
help-visibility-coordinators = Nur die Koordination sieht den Eintrag
help-submit = Jetzt eintragen
help-status-open = Offen
help-status-arranged = Abgemacht
help-status-done = Erledigt
help-status-withdrawn = Abgesagt
help-by = Von
help-on-behalf-of = Für { $name }
help-entered-by = eingetragen von { $name }
help-arranged-with = Abgemacht mit
help-hidden =
    Die Moderation hat diesen Eintrag versteckt.
    Die Moderation achtet auf die Regeln.
    Der Grund: { $reason }
help-hidden-short = versteckt
help-answer-request = Ich kann helfen
help-answer-offer = Das möchte ich gern
help-answer-default-request = Hallo, ich kann Ihnen helfen. Wann passt es Ihnen?
help-answer-default-offer = Hallo, ich möchte Ihr Angebot gern annehmen. Wann passt es Ihnen?
help-to-conversation = Zum Gespräch
help-answers = Diese Menschen haben sich gemeldet
help-no-answers = Bis jetzt hat sich niemand gemeldet.
help-accept = Zusagen
help-accepted = zugesagt
help-withdraw = Eintrag absagen
help-done = Die Hilfe ist erledigt
help-done-text =
    Hat alles geklappt?
    Dann klicken Sie auf „Die Hilfe ist erledigt“.
help-thanks = Danke·schön
help-thanks-submit = Danke sagen
help-no-thanks = Es gibt noch kein Danke·schön.
help-suggest-offers = Passende Angebote
help-suggest-requests = Passende Bitten um Hilfe
help-time-account = Mein Zeit·konto
help-balance = Stunden auf meinem Zeit·konto: { $hours }
help-bookings = Liste von meinen Stunden
help-hours = Stunden
label-kind = Was möchten Sie?
label-category = Bereich
label-title = Kurzer Titel
hint-title =
    Zum Beispiel: „Einkauf am Donnerstag hoch·tragen“
    Der Titel hat 3 bis 120 Zeichen.
label-body = Beschreibung (freiwillig)
hint-body =
    So machen Sie ein Wort fett: **Wort**
    So machen Sie eine Liste: Schreiben Sie „-“ an den Anfang von jeder Zeile.
    Sie können höchstens 5000 Zeichen schreiben.
label-date = Datum
hint-date =
    Das Datum ist freiwillig.
    Das Datum muss heute oder später sein.
label-time-from = Von (Uhr·zeit)
label-time-to = Bis (Uhr·zeit)
label-weekly = Jede Woche wieder
label-urgency = Wie eilig ist es?
label-area = Gegend (freiwillig)
hint-area =
    Zum Beispiel: „Garten·straße, oberer Teil“
    Bitte schreiben Sie nur die Straße.
    Die Haus·nummer gehört nicht dazu.
label-visibility = Wer darf den Eintrag sehen?
label-hours = Wie viele Stunden dauert es ungefähr?
hint-hours =
    Die Stunden kommen auf das Zeit·konto.
    Zum Beispiel: 1,5
    Das bedeutet: 1 Stunde und 30 Minuten.
label-on-behalf = Für wen? (Person ohne Internet)
hint-on-behalf =
    Das ist nur für die Koordination.
    Schreiben Sie hier den Namen von der Person.
    Für diese Person machen Sie den Eintrag.
    Die Antworten bekommen Sie.
label-answer = Ihre Nachricht (freiwillig)
hint-answer = Nur die Person mit dem Eintrag liest Ihre Nachricht.
label-thanks = Ihr Danke·schön
hint-thanks =
    Die Person entscheidet:
    Kommt das Danke·schön auf ihr Profil?
label-reason = Grund
hint-reason =
    Was ist das Problem?
    Schreiben Sie mindestens 3 Zeichen.
label-message = Nachricht
label-new-category = Neuer Bereich für Hilfe (freiwillig)

## Bereiche
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

## Nachrichten
inbox-title = Nachrichten
inbox-empty = Sie haben noch keine Nachrichten.
inbox-unread = neu
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
report-entry = Eintrag melden
report-message = Nachricht melden
report-submit = An die Moderation melden

## Moderation
moderation-title = Moderation
moderation-intro =
    Die Moderation achtet auf die Regeln.
    Hier sehen Sie Einträge und Nachrichten mit einer Meldung.
    Sie sehen hier nur diese Einträge und Nachrichten.
    Jede Entscheidung steht im Protokoll.
    Das Protokoll ist eine Liste mit allen Änderungen.
    Die betroffene Person sieht den Grund für Ihre Entscheidung.
moderation-none = Zurzeit gibt es keine Meldungen.
moderation-open-reports = Meldungen ansehen
moderation-kind-entry = Eintrag
moderation-kind-message = Nachricht
moderation-reported-by = Meldung von { $name } am { $date }
moderation-open = Eintrag ansehen
moderation-hide-reason = Grund für das Verstecken
moderation-hide = Verstecken
moderation-dismiss = Meldung schließen: Alles bleibt sichtbar

## Benachrichtigungen
notifications-title = Neuigkeiten für Sie
notifications-none = Es gibt gerade keine Neuigkeiten.
notifications-settings = Wie wollen Sie von Neuigkeiten erfahren?
notifications-email = Ich möchte eine E-Mail bei:
notifications-email-answers = Antworten, Zusagen und Danke·schön
notifications-email-messages = neuen Nachrichten
notifications-email-requests = neuen Bitten um Hilfe in meinen Bereichen
notifications-follow = Diese Bereiche interessieren mich
notifications-digest = Zusammen·fassung per E-Mail
notifications-digest-off = Keine
notifications-digest-daily = Jeden Tag
notifications-digest-weekly = Jede Woche
notice-kind-answer = Jemand hat sich gemeldet
notice-kind-accepted = Jemand hat Ihnen zugesagt
notice-kind-message = Neue Nachricht
notice-kind-new-request = Neue Bitte um Hilfe
notice-kind-thanks = Ein Danke·schön für Sie
notice-kind-hidden = Die Moderation hat etwas von Ihnen versteckt

## Dank
thanks-title = Danke·schön für mich
thanks-intro =
    Hier sehen Sie: Dafür haben sich andere Menschen bei Ihnen bedankt.
    Sie entscheiden: Was kommt auf Ihr Profil?
thanks-none = Es gibt noch kein Danke·schön.
thanks-show = Auf meinem Profil zeigen
thanks-hide = Vom Profil nehmen
profile-thanks = Danke·schön von Nachbarinnen und Nachbarn

## Verwaltung (Hilfe)
manage-help = Nachbarschafts·hilfe
manage-time-bank = Zeit·konto einschalten: Für erledigte Hilfe gibt es Stunden
manage-custom-categories = Eigene Bereiche:
log-content-hidden = { $actor } hat etwas von { $subject } versteckt.
log-report-dismissed = { $actor } hat eine Meldung geschlossen.
log-help-on-behalf = { $actor } hat einen Eintrag für eine Person ohne Internet gemacht.
log-time-bank = { $actor } hat die Einstellung für das Zeit·konto geändert.
log-category-added = { $actor } hat einen neuen Bereich angelegt.

## Hinweise
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

## Fehler (Hilfe)
err-kind =
    Bitte wählen Sie:
    Suchen Sie Hilfe?
    Oder bieten Sie Hilfe an?
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
err-visibility = Bitte wählen Sie: Wer darf den Eintrag sehen?
err-area-long =
    Die Gegend ist zu lang.
    Die Gegend darf höchstens 80 Zeichen haben.
err-on-behalf-long =
    Der Name ist zu lang.
    Der Name darf höchstens 80 Zeichen haben.
err-on-behalf-coordinator = Nur die Koordination darf Einträge für andere Menschen machen.
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
err-own-entry =
    Das ist Ihr eigener Eintrag.
    Antworten geht nur bei Einträgen von anderen Menschen.
err-not-open = Dieser Eintrag ist schon abgeschlossen.
err-not-arranged = Das geht erst nach einer Zusage.
err-not-done =
    Danke sagen geht erst nach der Hilfe.
    Die Hilfe muss erledigt sein.
err-thanked = Für diesen Eintrag gibt es schon ein Danke·schön.
err-blocked = Zwischen Ihnen und dieser Person sind Nachrichten gesperrt.
err-report-closed = Jemand hat diese Meldung schon bearbeitet.

## E-Mails (Hilfe)
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
mail-message-from = Nachricht von { $name }
mail-digest-subject = Ihre Zusammen·fassung von Quartier
mail-digest-body = Guten Tag,

    es gibt Neuigkeiten für Sie.
    So viele Neuigkeiten gibt es seit der letzten Zusammen·fassung: { $count }
    Hier können Sie alles lesen:

    { $link }
manage-balances = Zeit·konten im Quartier

## Organisationen
orgs-title = Vereine und Organisationen
orgs-all = Alle Vereine und Organisationen
orgs-intro =
    Hier finden Sie Gruppen aus dem Quartier.
    Zum Beispiel: Vereine, Kirchen·gemeinden, soziale Dienste, Initiativen, Ämter und Geschäfte.
    Eine Initiative ist eine Gruppe von Menschen.
    Die Menschen machen zusammen etwas für das Quartier.
    Jede Organisation macht ihre Seite selbst.
orgs-propose = Organisation vorschlagen
orgs-none = Im Quartier gibt es noch keine Organisation.
orgs-pending = wartet auf Bestätigung
org-propose-intro =
    Sie schlagen eine Organisation vor.
    Dann sind Sie die erste Administratorin oder der erste Administrator.
    Das bedeutet: Sie verwalten die Seite.
    Die Koordination prüft: Gehört die Organisation zum Quartier?
    Dann bestätigt die Koordination die Organisation.
    Danach machen nur Sie und Ihre Leute die Seite.
org-edit = Seite bearbeiten
org-members = Mitglieder und Rechte
org-about = Über uns
org-contact = Kontakt
org-accessibility = Barriere·freiheit: So kommen alle Menschen in die Räume
org-step-free = Eingang ohne Stufen
org-not-step-free = Eingang mit Stufen
org-accessible-toilet = Barriere·freie Toilette
org-hearing-loop = Induktions·schleife: Damit hören Menschen mit Hör·gerät besser.
org-neighbourhoods = Quartiere
org-feed =
    Neuigkeiten als Feed bekommen.
    Ein Feed ist eine Liste mit den neuen Nachrichten.
    Sie lesen den Feed mit einem besonderen Programm.
    Das Format von dem Feed heißt Atom.
org-news = Neuigkeiten
org-news-new = Neuigkeit schreiben
org-no-news = Es gibt noch keine Neuigkeiten.
org-members-only = Nur Mitglieder sehen das.
org-members-only-short = nur für Mitglieder
org-add-member = Person hinzufügen oder Rolle ändern
org-role = Rolle
org-role-member = Mitglied
org-role-editor = Redaktion
org-role-admin = Administration
org-remove = Entfernen
org-log-intro =
    Hier sehen Sie alle Änderungen an Ihrer Seite.
    Und Sie sehen: Was hat die Moderation versteckt?
    Die Moderation achtet auf die Regeln.
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
label-org-slug = Adresse von der Seite (/o/…)
label-org-kind = Was für eine Organisation ist das?
label-contact = Kontakt
hint-contact =
    Zum Beispiel: Telefon, E-Mail oder Sprech·zeiten.
    Alle Menschen können das lesen.
    Schreiben Sie nur, was alle sehen dürfen.
label-opening-hours = Öffnungs·zeiten
label-website = Internet·seite
label-social = Soziale Medien oder Blog
hint-link = Die Adresse muss mit https:// anfangen.
label-news-body = Text
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
err-last-admin =
    Eine Organisation braucht mindestens 1 Administratorin oder 1 Administrator.
    Die Administration verwaltet die Seite.
help-area = Gegend
org-add-neighbourhood = Ist Ihre Organisation auch in einem anderen Quartier aktiv?
org-add-neighbourhood-submit = Anfrage schicken
org-log-org-link-requested = { $actor } hat gefragt: Darf die Organisation in ein weiteres Quartier?

## Termine und Kalender
calendar-title = Kalender
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
calendar-none = Im Moment gibt es keine Termine.
calendar-today = Heute
calendar-subscribe = Termine im eigenen Kalender
calendar-subscribe-text =
    Haben Sie einen Kalender auf dem Telefon oder auf dem Computer?
    Dann können Sie dort die Termine von Vereinen und Einrichtungen sehen.
    Klicken Sie dafür auf den Link.
    Neue Termine kommen dann von selbst in Ihren Kalender.
calendar-subscribe-link = Termine in meinen Kalender holen (webcal)
calendar-feed-address = Kalender·adresse zum Kopieren
event-new = Termin eintragen
event-edit = Termin ändern
event-cancelled = Abgesagt
event-cancelled-text = Dieser Termin fällt aus.
event-facts = Das Wichtigste
event-when = Wann?
event-where = Wo?
event-online = Online
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
event-withdraw = Abmelden
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
event-full = Alle Plätze sind vergeben. Die Warte·liste ist offen.
event-places-free = { $count ->
    [one] Noch 1 Platz frei
   *[other] Noch { $count } Plätze frei
}
event-all-day-on = { $date }, den ganzen Tag
event-when-same-day = { $date }, { $time } Uhr
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
nb-events = Die nächsten Termine
nb-news = Neues von den Vereinen
org-events = Termine
org-events-feed = Termine in den eigenen Kalender holen (iCalendar)
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
err-event-place =
    Wo ist der Termin?
    Bitte schreiben Sie einen Ort.
    Oder schreiben Sie einen Link für die Online-Teilnahme.
err-capacity =
    Bitte schreiben Sie eine Zahl von 1 bis 10.000.
    Oder lassen Sie das Feld leer.
err-capacity-taken =
    Es sind schon mehr Plätze vergeben.
    Bitte schreiben Sie eine größere Zahl.
err-cost-long = Hier dürfen höchstens 100 Zeichen stehen.
err-repeat = Bitte wählen Sie: Wie oft gibt es den Termin?
err-repeat-until =
    Bitte schreiben Sie ein Datum für das Ende.
    Das Datum muss nach dem 1. Termin sein.
    Das Datum darf höchstens 1 Jahr nach dem 1. Termin sein.
err-signup-closed = Für diesen Termin ist die Anmeldung zu Ende.
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
mail-event-message-subject = Nachricht zu „{ $title }“
mail-event-message-body = Guten Tag,

    { $from } schreibt Ihnen etwas zum Termin „{ $title }“:

    { $text }

    Hier finden Sie den Termin: { $link }
org-log-event-created = { $actor } hat einen Termin eingetragen
org-log-event-edited = { $actor } hat einen Termin geändert
org-log-event-cancelled = { $actor } hat einen Termin abgesagt
org-log-event-message = { $actor } hat eine Nachricht zu einem Termin geschickt
org-log-event-hidden = { $actor } von der Moderation hat einen Termin versteckt

## Gruppen
groups-title = Gruppen
groups-intro =
    In einer Gruppe treffen sich Menschen mit dem gleichen Interesse.
    Oder die Menschen lernen etwas voneinander.
    Zum Beispiel in einem Smartphone·Treff.
    Oder in einem Lauf·treff.
groups-all = Alle Gruppen
groups-none =
    Es gibt noch keine Gruppe.
    Sie können die 1. Gruppe gründen.
group-new = Gruppe gründen
group-create = Gruppe gründen
group-edit = Gruppe ändern
group-kind-interest = Interessen·gruppe
group-kind-learning = Lern·gruppe
group-kind-interest-long = Interessen·gruppe: Menschen mit dem gleichen Hobby oder dem gleichen Thema
group-kind-learning-long =
    Lern·gruppe: Die Menschen lernen voneinander.
    Zum Beispiel: Wie benutze ich mein Smartphone?
group-joining-open = Offen
group-joining-request = Nur mit Anfrage
group-joining-open-long =
    Offen: Alle aus dem Quartier können mitmachen.
    Alle aus dem Quartier können die Pinn·wand lesen.
group-joining-request-long =
    Nur mit Anfrage: Sie schicken eine Anfrage.
    Die Verwaltung von der Gruppe prüft jede Anfrage.
    Nur Mitglieder können die Pinn·wand lesen.
label-group-name = Name von der Gruppe
hint-group-name = Zum Beispiel: Smartphone·Treff Lindenviertel
hint-group-description =
    Worum geht es?
    Wann trifft sich die Gruppe?
    Wo trifft sich die Gruppe?
label-group-kind = Was für eine Gruppe ist das?
label-group-joining = Wer kann mitmachen?
group-members-count = { $count ->
    [one] 1 Mitglied
   *[other] { $count } Mitglieder
}
group-you = Sie und diese Gruppe
group-join = Mitmachen
group-ask-to-join = Anfrage schicken
group-you-pending =
    Sie haben eine Anfrage geschickt.
    Die Verwaltung von der Gruppe entscheidet bald.
group-withdraw-request = Anfrage zurück·nehmen
group-you-member = Sie sind Mitglied.
group-you-admin =
    Sie verwalten diese Gruppe.
    Das bedeutet: Sie kümmern sich um die Gruppe.
group-leave = Gruppe verlassen
group-board = Pinn·wand
group-board-members-only = Nur Mitglieder können die Pinn·wand von dieser Gruppe lesen.
group-new-topic = Neues Thema
group-post-topic = Thema an die Pinn·wand hängen
group-no-topics = Es gibt noch keine Themen.
group-hidden-short = versteckt
group-admin = Verwaltung
group-make-admin = Zur Verwaltung machen
group-make-member = Aus der Verwaltung nehmen
group-remove = Aus der Gruppe nehmen
group-requests = Anfragen
group-confirm = Bestätigen
group-decline = Ablehnen
group-replies = { $count ->
    [one] 1 Antwort
   *[other] { $count } Antworten
}
group-reply = Ihre Antwort
group-send-reply = Antwort schicken
err-group-kind = Bitte wählen Sie: Was für eine Gruppe ist das?
err-group-joining = Bitte wählen Sie: Wer kann mitmachen?
err-group-last-admin =
    Eine Gruppe braucht mindestens 1 Person in der Verwaltung.
    Die Verwaltung kümmert sich um die Gruppe.
err-post-long =
    Der Text ist zu lang.
    Der Text darf höchstens 10.000 Zeichen haben.
notice-left = Sie haben die Gruppe verlassen.

## Bilder
label-image = Bild (wenn Sie wollen)
hint-image = Erlaubt sind JPG, PNG, GIF und WebP. Das Bild darf höchstens 10 MB groß sein. Wir löschen versteckte Daten aus dem Bild. Zum Beispiel den Ort von dem Bild.
label-image-alt = Was sieht man auf dem Bild?
hint-image-alt = Das müssen Sie ausfüllen, wenn Sie ein Bild hoch·laden. Manche Menschen können das Bild nicht sehen. Für sie schreiben Sie hier, was auf dem Bild ist. Zum Beispiel: Kinder tanzen beim Straßen·fest.
err-image-too-large = Das Bild ist zu groß. Das Bild darf höchstens 10 MB groß sein.
err-image-type = Das ist kein Bild. Erlaubt sind JPG, PNG, GIF und WebP.
err-image-broken = Wir können das Bild nicht öffnen. Bitte nehmen Sie eine andere Datei.
err-image-alt = Bitte schreiben Sie kurz: Was sieht man auf dem Bild?

## Leichte Sprache für Texte, Prüfer·innen, Aushang
easy-edit-link = Leichte Sprache: Text schreiben oder prüfen lassen
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
easy-hints = Hinweise von der Prüf·hilfe
easy-score =
    Der Text hat { $score } von 100 Punkten.
    Mehr Punkte bedeuten: Der Text ist leichter.
    Der Text hat { $words } Wörter.
easy-hints-only =
    Das sind nur Hinweise.
    Sie können den Text trotzdem speichern.
easy-no-hints = Die Prüf·hilfe hat nichts gefunden.
easy-queue-title = Texte prüfen
easy-queue-intro =
    Diese Texte in Leichter Sprache warten auf Sie.
    Bitte prüfen Sie die Texte.
    Lesen Sie in Ruhe.
    Verstehen Sie einen Satz nicht?
    Dann sagen Sie uns das.
easy-queue-empty = Im Moment wartet kein Text auf Sie.
easy-queue-waiting = { $count ->
    [one] Bitte prüfen Sie 1 Text in Leichter Sprache.
   *[other] Bitte prüfen Sie { $count } Texte in Leichter Sprache.
}
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
manage-easy-intro =
    Ist ein Text wirklich in Leichter Sprache?
    Das prüfen Menschen aus der Ziel·gruppe.
    Ziel·gruppe bedeutet: Diese Menschen brauchen selbst Leichte Sprache.
    Diese Menschen heißen: Prüferinnen und Prüfer.
    Erst nach der Prüfung ist der Text wirklich in Leichter Sprache.
    Hier bestimmen Sie: Wer prüft die Texte aus diesem Quartier?
org-easy-intro =
    Wer prüft die Texte von Ihrer Organisation in Leichter Sprache?
    Die Person braucht ein Konto bei Quartier.
manage-no-reviewers = Es gibt noch keine Prüferinnen und Prüfer.
label-reviewer-email = E-Mail·Adresse von der Prüferin oder von dem Prüfer
hint-reviewer-email = Die Person muss ein bestätigtes Mitglied von diesem Quartier sein.
hint-reviewer-email-org = Die Person braucht ein Konto bei Quartier.
manage-add-reviewer = Als Prüferin oder Prüfer eintragen
err-not-a-neighbour = In diesem Quartier gibt es kein bestätigtes Mitglied mit dieser E-Mail·Adresse.
log-reviewer-added = { $actor } hat { $subject } als Prüferin oder Prüfer für Leichte Sprache eingetragen.
log-reviewer-removed = { $actor } hat { $subject } als Prüferin oder Prüfer ausgetragen.
org-log-reviewer-added = { $actor } hat eine Prüferin oder einen Prüfer für Leichte Sprache eingetragen
org-log-reviewer-removed = { $actor } hat eine Prüferin oder einen Prüfer ausgetragen
aushang-title = Aushang zum Drucken
manage-aushang-intro =
    Viele Menschen im Quartier sind nicht im Internet.
    Für diese Menschen gibt es den Aushang.
    Der Aushang ist 1 Blatt Papier.
    Sie drucken den Aushang jede Woche.
    Dann hängen Sie den Aushang auf.
    Zum Beispiel: im Schau·kasten, im Büro oder im Supermarkt.
    Auf dem Aushang stehen offene Bitten und Angebote für Hilfe.
    Namen stehen nicht auf dem Aushang.
    Auf dem Aushang stehen auch Termine und Neuigkeiten.
label-office-contact = So antworten Menschen ohne Internet
hint-office-contact =
    Das steht auf jedem Aushang.
    Zum Beispiel: Rufen Sie an: 0301 234567.
    Montag bis Freitag von 9 bis 12 Uhr.
    Oder kommen Sie in den Nachbarschafts·treff am Linden·platz 4.
aushang-open = Aushang ansehen und drucken
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
aushang-help = Bitten und Angebote für Hilfe
aushang-help-none = Im Moment gibt es keine offenen Bitten und Angebote.
aushang-answer =
    Sie möchten helfen?
    Oder Sie brauchen Hilfe?
    { $office }
aushang-answer-online =
    Sie möchten helfen?
    Oder Sie brauchen Hilfe?
    Fragen Sie im Nachbarschafts·büro.
aushang-events = Termine in dieser Woche
aushang-online = Alles steht auch im Internet: { $link }
notifications-notice-board = Ich möchte den Aushang vom Quartier jede Woche als E-Mail bekommen
mail-aushang-subject = Der Aushang von Ihrem Quartier für diese Woche
mail-aushang-body = Guten Tag,

    das passiert diese Woche in Ihrem Quartier:

    { $text }
    Sie wollen diese E-Mail nicht mehr bekommen?
    Dann gehen Sie auf diese Seite:
    { $link }
    Nehmen Sie dort den Haken beim Aushang weg.
err-check-too-long =
    Der Text ist zu lang für die Prüf·hilfe.
    Der Text darf höchstens 100.000 Zeichen haben.
notice-signup-withdrawn = Sie sind jetzt abgemeldet. Ihr Platz geht an die nächste Person auf der Warte·liste.
event-nobody-yet = Noch niemand hat sich angemeldet.
easy-check-standard = Prüfen: Ist der Text leicht zu lesen?
notice-group-created = Sie haben die Gruppe gegründet. Sie kümmern sich um die Gruppe.
notice-group-requested = Sie haben gefragt: Darf ich mit·machen? Die Verwaltung von der Gruppe antwortet bald.
notice-group-joined = Willkommen in der Gruppe!

# Invitations to help run an organisation
org-invite-intro =
    Ist die Person noch nicht dabei?
    Dann bekommt sie eine Einladung.
    Sie ist erst dabei, wenn sie Ja sagt.
notice-invited =
    Gibt es ein Konto mit dieser Adresse?
    Dann hat die Person jetzt eine Einladung.
    Sie ist dabei, wenn sie Ja sagt.
notice-invitation-accepted = Sie helfen jetzt mit. Willkommen!
notice-invitation-declined = Sie haben Nein gesagt.
invitations-title = Einladungen
invitation-text =
    { $title } lädt Sie ein.
    Sie sollen mit·helfen.
    Ihre Rolle: { $text }.
invitation-accept = Ja, ich helfe mit
invitation-decline = Nein, danke
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
mail-invitation-accepted-subject = { $name } hilft jetzt bei { $title } mit
mail-invitation-accepted-body = Guten Tag,

    { $name } hat Ja gesagt.
    { $name } hilft jetzt bei { $title } mit.

    { $link }
mail-invitation-declined-subject = { $name } hat Nein gesagt
mail-invitation-declined-body = Guten Tag,

    { $name } hat Nein gesagt.
    Die Einladung war für { $title }.

    { $link }

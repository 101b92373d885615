# Leichte Sprache — neighbourhoods.ftl
# Strings of the capability in src/neighbourhoods/ and templates/neighbourhoods/.

err-code-throttled =
    Sie haben zu oft einen Code versucht.
    Bitte warten Sie 1 Stunde.
    Oder fragen Sie die Koordination.
    Die Koordination kümmert sich um Ihr Quartier.
err-code-unknown =
    Diesen Code kennen wir nicht.
    Oder jemand hat den Code schon benutzt.
err-already-member =
    Sie sind schon Mitglied.
    Oder Sie haben schon eine Anfrage geschickt.
err-last-coordinator =
    Ein Quartier braucht mindestens 1 Koordinatorin oder 1 Koordinator.
    Die Koordination leitet das Quartier.
role-resident = Bewohnerin oder Bewohner
role-moderator = Moderation
role-coordinator = Koordination
home-title = Willkommen bei Quartier
home-lead =
    Hier helfen sich Nachbarinnen und Nachbarn gegenseitig.
    Vereine zeigen, was sie machen.
    Und alle erfahren, was im Viertel passiert.
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
nb-whats-new = Neu im Quartier
nb-nothing-new = Es gibt noch nichts Neues.
nb-joined = seit { $date }
nb-all-members = Alle Nachbarinnen und Nachbarn
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
members-privacy = Nur bestätigte Nachbarinnen und Nachbarn sehen diese Liste.
manage-pending = Anfragen zum Mitmachen
manage-no-pending = Es gibt gerade keine Anfragen.
manage-asked-on = Anfrage vom { $date }
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
manage-batch-used = Benutzt
manage-batch-print = Drucken
manage-roles = Rollen: Wer darf was?
manage-role-of = Rolle von { $name }
manage-set-role = Rolle speichern
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
profile-no-bio = Diese Person hat noch nichts über sich geschrieben.
profile-neighbourhoods = Quartiere
profile-edit-link = Profil ändern
nb-help = Nachbarschafts·hilfe
nb-help-all = Alle Bitten und Angebote
label-new-category = Neuer Bereich für Hilfe (freiwillig)
moderation-open-reports = Meldungen ansehen
profile-thanks = Danke·schön von Nachbarinnen und Nachbarn
manage-help = Nachbarschafts·hilfe
manage-time-bank = Zeit·konto einschalten: Für erledigte Hilfe gibt es Stunden
manage-custom-categories = Eigene Bereiche:
log-content-hidden = { $actor } hat etwas von { $subject } versteckt.
log-report-dismissed = { $actor } hat eine Meldung geschlossen.
log-help-on-behalf = { $actor } hat einen Eintrag für eine Person ohne Internet gemacht.
log-time-bank = { $actor } hat die Einstellung für das Zeit·konto geändert.
log-category-added = { $actor } hat einen neuen Bereich angelegt.
manage-balances = Zeit·konten im Quartier
orgs-all = Alle Vereine und Organisationen
nb-events = Die nächsten Termine
groups-all = Alle Gruppen
manage-easy-intro =
    Ist ein Text wirklich in Leichter Sprache?
    Das prüfen Menschen aus der Ziel·gruppe.
    Ziel·gruppe bedeutet: Diese Menschen brauchen selbst Leichte Sprache.
    Diese Menschen heißen: Prüferinnen und Prüfer.
    Erst nach der Prüfung ist der Text wirklich in Leichter Sprache.
    Hier bestimmen Sie: Wer prüft die Texte aus diesem Quartier?
hint-reviewer-email = Die Person muss ein bestätigtes Mitglied von diesem Quartier sein.
err-not-a-neighbour = In diesem Quartier gibt es kein bestätigtes Mitglied mit dieser E-Mail·Adresse.
log-reviewer-added = { $actor } hat { $subject } als Prüferin oder Prüfer für Leichte Sprache eingetragen.
log-reviewer-removed = { $actor } hat { $subject } als Prüferin oder Prüfer ausgetragen.
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
log-time-bank-on = { $actor } hat das Zeit·konto an·gemacht.
log-time-bank-off = { $actor } hat das Zeit·konto aus·gemacht.
manage-save-help = Hilfe·einstellungen speichern
manage-save-office = Kontakt für den Aushang speichern
nb-for-you = Für Sie
nb-for-you-unread = { $count ->
    [one] Es gibt 1 neuen Hinweis für Sie.
   *[other] Es gibt { $count } neue Hinweise für Sie.
}
nb-for-you-entries = Ihre Anfragen und Angebote
nb-for-you-no-entries = Im Moment ist nichts offen.
nb-for-you-events = Ihre nächsten Termine
nb-for-you-no-events = Sie haben sich für keinen Termin angemeldet.
nb-for-you-waiting = Sie warten auf einen Platz.
nb-for-you-messages = Zu Ihrer Post
manage-sections = Bereiche der Verwaltung
manage-members = Neue Mitglieder und Rollen
manage-overview-intro =
    Hier verwalten Sie das Quartier.
    Jeder Bereich hat eine eigene Seite.
manage-members-about =
    Neue Menschen wollen mitmachen.
    Hier sagen Sie: Ja oder Nein.
    Hier geben Sie Menschen eine Rolle.
manage-codes-about =
    Hier drucken Sie Karten mit einem Code.
    Mit dem Code können Menschen mitmachen.
manage-help-about =
    Hier stellen Sie die Nachbarschafts·hilfe ein.
    Zum Beispiel die Zeit·bank.
manage-easy-about = Hier sagen Sie: Diese Menschen prüfen Texte in Leichter Sprache.
manage-board-about =
    Hier drucken Sie den Aushang.
    Der Aushang ist für Menschen ohne Internet.
manage-log-about =
    Hier steht: Wer hat was gemacht?
    Und wann?
manage-shared-account = Konto vom Quartier
nb-new-title = Das ist neu seit Ihrem letzten Besuch
nb-new-nothing = Es gibt nichts Neues.
nb-count-more-than = mehr als { $count }
nb-new-help = { $count ->
    [one] 1 neue Bitte oder 1 neues Angebot für Hilfe
   *[other] { $count } neue Bitten und Angebote für Hilfe
}
nb-new-events = { $count ->
    [one] 1 neuer Termin
   *[other] { $count } neue Termine
}
nb-new-news = { $count ->
    [one] 1 neue Nachricht von einem Verein
   *[other] { $count } neue Nachrichten von Vereinen
}
nb-new-group-posts = { $count ->
    [one] 1 neuer Text in Ihren Gruppen
   *[other] { $count } neue Texte in Ihren Gruppen
}
nb-my-groups = Ihre Gruppen
nb-my-groups-none = Sie sind in keiner Gruppe.
nb-my-groups-all = Alle Gruppen im Quartier
nb-for-you-unread-messages = { $count ->
    [one] Sie haben 1 neue Nachricht.
   *[other] Sie haben { $count } neue Nachrichten.
}

# Open co-production projects on the neighbourhood page.
nb-projects = Projekte zum Mit·machen
nb-projects-intro =
    In Projekten planen Menschen zusammen.
    Alle im Quartier können mit·machen.
nb-projects-all = Alle Projekte

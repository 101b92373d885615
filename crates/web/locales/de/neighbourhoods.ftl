# Deutsch — neighbourhoods.ftl
# Strings of the capability in src/neighbourhoods/ and templates/neighbourhoods/.

err-code-throttled = Zu viele Versuche mit Codes. Bitte warten Sie eine Stunde oder fragen Sie die Koordination Ihres Quartiers.
err-code-unknown = Diesen Code kennen wir nicht, oder er wurde schon benutzt.
err-already-member = Sie sind schon Mitglied oder haben schon angefragt.
err-last-coordinator = Ein Quartier braucht mindestens eine Koordinatorin oder einen Koordinator.
role-resident = Bewohner:in
role-moderator = Moderation
role-coordinator = Koordination
home-title = Willkommen bei Quartier
home-lead = Hier helfen sich Nachbarinnen und Nachbarn, Vereine zeigen, was sie tun, und alle erfahren, was im Viertel los ist.
setup-needed-title = Einrichtung nötig
setup-needed-text = Diese Quartier-Installation hat noch keinen Betreiber. Beim Start hat der Server einen einmaligen Einrichtungs-Code in die Konsole geschrieben. Mit diesem Code legen Sie das erste Betreiber-Konto an.
setup-start = Einrichtung beginnen
nb-whats-new = Neu im Quartier
nb-nothing-new = Noch gibt es nichts Neues.
nb-joined = seit { $date }
nb-all-members = Alle Nachbarinnen und Nachbarn
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
members-privacy = Diese Liste sehen nur bestätigte Nachbarinnen und Nachbarn.
manage-pending = Beitrittsanfragen
manage-no-pending = Keine offenen Anfragen.
manage-asked-on = angefragt am { $date }
manage-decline = Ablehnen
manage-codes = Einladungskarten
manage-codes-text = Drucken Sie Karten mit Einladungscodes, zum Beispiel für den Briefkasten oder die Sprechstunde. Jeder Code gilt einmal.
label-code-count = Anzahl der Karten
hint-code-count = 1 bis 100
manage-codes-create = Karten erstellen
manage-batches = Bisher erstellte Karten
manage-batch-used = Benutzt
manage-batch-print = Drucken
manage-roles = Rollen
manage-role-of = Rolle von { $name }
manage-set-role = Rolle setzen
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
profile-no-bio = Diese Person hat noch nichts über sich geschrieben.
profile-neighbourhoods = Quartiere
profile-edit-link = Profil bearbeiten
nb-help = Nachbarschaftshilfe
nb-help-all = Alle Anfragen und Angebote
label-new-category = Neuer Bereich für Hilfe (freiwillig)
moderation-open-reports = Meldungen ansehen
profile-thanks = Dankeschön von Nachbarn
manage-help = Nachbarschaftshilfe
manage-time-bank = Zeitkonto einschalten: erledigte Hilfe schreibt Stunden gut
manage-custom-categories = Eigene Bereiche:
log-content-hidden = { $actor } hat etwas von { $subject } ausgeblendet
log-report-dismissed = { $actor } hat eine Meldung geschlossen.
log-help-on-behalf = { $actor } hat für eine Person ohne Internet eingetragen
log-time-bank = { $actor } hat das Zeitkonto umgestellt
log-category-added = { $actor } hat einen Bereich hinzugefügt
manage-balances = Zeitkonten im Quartier
orgs-all = Alle Vereine und Organisationen
nb-events = Nächste Termine
groups-all = Alle Gruppen
manage-easy-intro = Ein Text ist erst dann Leichte Sprache, wenn Menschen aus der Zielgruppe ihn geprüft haben. Hier legen Sie fest, wer Texte aus diesem Quartier prüft.
hint-reviewer-email = Die Person muss bestätigtes Mitglied dieses Quartiers sein.
err-not-a-neighbour = Zu dieser E-Mail-Adresse gibt es kein bestätigtes Mitglied in diesem Quartier.
log-reviewer-added = { $actor } hat { $subject } als Prüfer:in für Leichte Sprache eingetragen.
log-reviewer-removed = { $actor } hat { $subject } als Prüfer:in ausgetragen.
manage-aushang-intro = Viele Menschen im Quartier sind nicht online. Drucken Sie jede Woche einen Aushang mit den offenen Gesuchen und Angeboten (ohne Namen), den Terminen und Neuigkeiten – für den Schaukasten, das Büro oder den Supermarkt.
label-office-contact = So antworten Menschen ohne Internet
hint-office-contact = Steht auf jedem Aushang. Zum Beispiel: Rufen Sie an: 0301 234567 (Mo–Fr 9–12 Uhr) oder kommen Sie in den Nachbarschaftstreff, Lindenplatz 4.
aushang-open = Aushang ansehen und drucken
log-time-bank-on = { $actor } hat das Zeitkonto eingeschaltet
log-time-bank-off = { $actor } hat das Zeitkonto ausgeschaltet
manage-save-help = Einstellungen der Nachbarschaftshilfe speichern
manage-save-office = Kontakt für den Aushang speichern
nb-for-you = Für Sie
nb-for-you-unread = { $count ->
    [one] Eine neue Benachrichtigung
   *[other] { $count } neue Benachrichtigungen
}
nb-for-you-entries = Ihre offenen Anfragen und Angebote
nb-for-you-no-entries = Gerade nichts offen.
nb-for-you-events = Ihre nächsten Termine
nb-for-you-no-events = Sie sind zu keinem Termin angemeldet.
nb-for-you-waiting = auf der Warteliste
nb-for-you-messages = Zu Ihren Nachrichten
manage-sections = Bereiche der Verwaltung
manage-members = Beitrittsanfragen und Rollen
manage-overview-intro = Hier verwalten Sie das Quartier. Jeder Bereich hat eine eigene Seite.
manage-members-about = Anfragen zum Beitritt bestätigen oder ablehnen; Rollen für Moderation und Koordination vergeben.
manage-codes-about = Karten mit Einladungscodes drucken, für den Briefkasten oder die Sprechstunde.
manage-help-about = Zeitkonto ein- und ausschalten, eigene Bereiche anlegen, Zeitkonten ansehen.
manage-easy-about = Festlegen, wer Texte in Leichter Sprache prüft.
manage-board-about = Den wöchentlichen Aushang drucken und den Kontakt für Menschen ohne Internet angeben.
manage-log-about = Nachlesen, wer wann was in der Verwaltung getan hat.
manage-shared-account = Nachbarschaftskonto
nb-new-title = Neu seit Ihrem letzten Besuch
nb-new-nothing = Seit Ihrem letzten Besuch ist nichts Neues dazugekommen.
nb-count-more-than = mehr als { $count }
nb-new-help = { $count ->
    [one] 1 neuer Eintrag in der Nachbarschaftshilfe
   *[other] { $count } neue Einträge in der Nachbarschaftshilfe
}
nb-new-events = { $count ->
    [one] 1 neuer Termin
   *[other] { $count } neue Termine
}
nb-new-news = { $count ->
    [one] 1 neue Nachricht von Organisationen
   *[other] { $count } neue Nachrichten von Organisationen
}
nb-new-group-posts = { $count ->
    [one] 1 neuer Beitrag in Ihren Gruppen
   *[other] { $count } neue Beiträge in Ihren Gruppen
}
nb-my-groups = Ihre Gruppen
nb-my-groups-none = Sie sind noch in keiner Gruppe.
nb-my-groups-all = Alle Gruppen im Quartier
nb-for-you-unread-messages = { $count ->
    [one] Eine Unterhaltung mit ungelesener Nachricht
   *[other] { $count } Unterhaltungen mit ungelesenen Nachrichten
}

# Open co-production projects on the neighbourhood page.
nb-projects = Projekte zum Mitmachen
nb-projects-intro = Hier planen Menschen, die ein Angebot nutzen, es gemeinsam mit den Mitarbeitenden. Alle im Quartier können mitmachen.
nb-projects-all = Alle Projekte

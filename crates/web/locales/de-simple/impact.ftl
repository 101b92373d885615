# Leichte Sprache — impact.ftl
# Strings of the capability in src/impact/ and templates/impact/.

impact-title = Bericht: Was hat das Netz·werk gebracht?
impact-intro =
    Hier sehen Sie Zahlen.
    Die Zahlen zeigen: Das ist im Quartier passiert.
    Die Plattform zählt die Zahlen selbst.
    Sie sehen auch die Zahlen von der Zeit davor.
    Manche Zahlen sind kleiner als 5.
    Dann steht da: weniger als 5.
    So erkennt niemand eine einzelne Person.
impact-period-title = Zeit
impact-period-own = Eigene Zeit wählen
impact-from = Von diesem Tag
impact-to = Bis zu diesem Tag
impact-show = Bericht zeigen
impact-preset-last-month = Letzter Monat
impact-preset-last-quarter = Letzte 3 Monate
impact-preset-last-year = Letztes Jahr
impact-period = { $from } bis { $to }
impact-compared-with = Die Zeit davor: { $period }
impact-download-csv = Als Tabelle herunter·laden (CSV)
impact-download-json = Als Daten abrufen (JSON)
impact-print-hint =
    Sie wollen den Bericht drucken?
    Dann drucken Sie mit dem Browser.
impact-legend-now = Dunkler Balken: { $period }
impact-legend-before = Heller Balken: { $period }
impact-threshold-note =
    Manche Zahlen sind kleiner als 5.
    Dann steht da: weniger als 5.
    Dann gibt es keinen Balken.
impact-chart-title = Bild mit Balken: { $section }
impact-chart-line = { $label }: { $now }. Davor: { $before }.
impact-col-figure = Was wir zählen
impact-col-now = Diese Zeit
impact-col-before = Die Zeit davor
impact-col-change = Unterschied
impact-fewer-than = weniger als { $count }
impact-change-hidden = keine Angabe
impact-section-people = Menschen
impact-section-help = Hilfe unter Nachbarn
impact-section-events = Veranstaltungen
impact-section-organisations = Vereine und Gruppen
impact-section-participation = Mit·bestimmen und Leichte Sprache
impact-metric-members = Mitglieder am Ende
impact-metric-new-members = Neue Mitglieder
impact-metric-help-requests = Bitten um Hilfe
impact-metric-help-answered = Bitten mit Antwort
impact-metric-help-done = Erledigte Bitten um Hilfe
impact-metric-help-hours = Stunden Hilfe
impact-metric-time-credit-hours = Stunden in der Zeit·bank
impact-metric-mentoring-sessions = So oft haben Digital·lotsen geholfen
impact-metric-events = Veranstaltungen
impact-metric-attendance = Anmeldungen
impact-metric-organisations = Vereine am Ende
impact-metric-organisation-news = Nachrichten von Vereinen
impact-metric-organisation-events = Veranstaltungen von Vereinen
impact-metric-groups-active = Gruppen mit Beiträgen
impact-metric-pool-lent = So oft haben Menschen Sachen geliehen
impact-metric-coproduction-decisions = Entscheidungen in Projekten
impact-metric-learnt = So viel haben Menschen in Lern·gruppen gelernt
impact-metric-easy-checked = Geprüfte Texte in Leichter Sprache
impact-metric-notice-board-reach = Menschen am Aus·hang
impact-reach-title = Aus·hang: So viele Menschen haben ihn gelesen
impact-reach-intro =
    Diese Zahl schreiben Sie selbst.
    Wie viele Menschen haben den Aus·hang gelesen?
    Schreiben Sie die Zahl für diese Zeit.
impact-reach-people = Zahl der Menschen
impact-reach-hint = Zum Beispiel: 40
impact-reach-save = Zahl speichern
impact-publish-title = Bericht für alle zeigen
impact-publish-intro =
    Alle können den Bericht dann sehen.
    Der Bericht steht auf der Seite vom Quartier.
    Die Zahlen bleiben dann so.
impact-publish-button = Für alle zeigen
impact-publish-text =
    Sie wollen den Bericht für alle zeigen.
    Der Bericht ist für diese Zeit: { $period }.
    Die Zahlen bleiben dann so.
impact-publish-yes = Ja, für alle zeigen
impact-published-title = Berichte für alle
impact-published-none = Es gibt noch keinen Bericht für alle.
impact-published-on = Für alle da seit: { $date }
impact-summary-title = Das Wichtigste in Leichter Sprache
impact-easy-intro = Der Bericht ist für die Zeit vom { $from } bis zum { $to }.
impact-easy-members = { $count } Menschen sind Mitglied.
impact-easy-help = { $count } Mal haben Nachbarn geholfen.
impact-easy-hours = Das waren { $count } Stunden Hilfe.
impact-easy-events = Es gab { $count } Veranstaltungen.
impact-easy-attendance = { $count } Mal haben sich Menschen angemeldet.
impact-easy-organisations = { $count } Vereine machen mit.
impact-easy-notice-board = { $count } Menschen haben den Aus·hang gelesen.
impact-latest-link = Bericht: { $period }
impact-manage-link = Bericht mit Zahlen
err-impact-end-before-start = Das Ende ist vor dem Anfang.
err-impact-too-long = Die Zeit ist zu lang. Es geht höchstens 3 Jahre.
err-impact-people = Bitte schreiben Sie eine Zahl. Zum Beispiel: 40
err-impact-overlap =
    Für diese Zeit gibt es schon einen Bericht.
    Oder für einen Teil von dieser Zeit.
    Bitte wählen Sie eine andere Zeit.
notice-impact-counted = Die Zahl ist gespeichert.
notice-impact-published = Jetzt können alle den Bericht sehen.

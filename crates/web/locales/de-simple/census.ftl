# Leichte Sprache — census.ftl
# Strings of the capability in src/census/ and templates/census/.

census-title = Liste von allen Vereinen
census-about =
    Hier stehen alle Vereine im Quartier.
    Auch Vereine ohne Platz auf der Plattform.
    Sie sehen: Welche Vereine sind im Internet?
census-intro =
    Hier stehen alle Vereine im Quartier.
    Auch Vereine ohne Platz auf der Plattform.
    Nur Koordinatoren sehen diese Liste.
census-add = Verein ein·tragen
census-edit = Eintrag ändern
census-import = Datei ein·lesen
census-export = Liste als Datei laden
census-statistics = Zahlen
census-search = In der Liste suchen
census-words = Wörter im Namen
census-any = Alle
census-online-filter = Im Internet
census-online-yes = Ist im Internet
census-find = Suchen
census-show-all = Alle zeigen
census-results = Einträge
census-none =
    Die Liste ist noch leer.
    Tragen Sie einen Verein ein.
    Oder lesen Sie eine Datei ein.
census-none-found = Wir finden keinen Eintrag.
census-presence = Im Internet
census-space = Platz hier
census-on-platform = Platz auf der Plattform
census-website = Eigene Internet·seite
census-blog = Blog
census-umbrella-page = Seite beim Dach·verband
census-umbrella-editable-short = Seite beim Dach·verband. Der Verein ändert die Seite selbst.
census-not-online = Nicht im Internet
census-form-intro =
    Sie wissen etwas nicht?
    Dann lassen Sie: unbekannt.
    Sie brauchen nur 2 Dinge: den Namen und die Art.
census-presence-legend = Internet und Mitglieder
census-save = Eintrag speichern
census-choose = Bitte wählen
label-census-name = Name
label-census-kind = Art
label-census-legal-form = Form vom Verein
label-census-members = Mitglieder
label-census-age-profile = Alter von den meisten Mitgliedern
label-census-budget = Geld im Jahr
label-census-founded = Jahr von der Gründung
hint-census-founded =
    Zum Beispiel: 1921.
    Sie wissen es nicht? Dann lassen Sie das Feld leer.
label-census-area = Ort
label-census-under-30 = Es gibt Mitglieder unter 30 Jahren.
label-census-website = Der Verein hat eine eigene Internet·seite.
label-census-website-url = Adresse von der Internet·seite
hint-census-website-url =
    Die Adresse fängt so an: https://
    Sie wissen sie nicht? Dann lassen Sie das Feld leer.
label-census-blog = Der Verein hat einen Blog.
label-census-umbrella-page = Der Verein hat eine Seite beim Dach·verband.
label-census-umbrella-editable = Der Verein ändert diese Seite selbst.
label-census-social = Soziale Medien
label-census-platform = Adresse vom Platz auf dieser Plattform
hint-census-platform =
    Zum Beispiel: buergerverein.
    Der Verein hat hier noch keinen Platz?
    Dann lassen Sie das Feld leer.
census-kind-sports = Sport
census-kind-culture = Kultur und Musik
census-kind-social = Soziales
census-kind-religious = Kirche und Glaube
census-kind-education = Lernen
census-kind-environment = Natur
census-kind-leisure = Freizeit
census-kind-civic = Nachbarn und Quartier
census-kind-youth = Kinder und Jugend
census-kind-other = Anderes
census-legal-registered = Eingetragener Verein
census-legal-unregistered = Nicht eingetragen
census-legal-other = Andere Form
census-legal-unknown = Unbekannt
census-members-under-10 = Weniger als 10
census-members-10-to-49 = 10 bis 49
census-members-50-to-199 = 50 bis 199
census-members-200-plus = 200 oder mehr
census-members-unknown = Unbekannt
census-age-young = Meist jünger als 30
census-age-middle = Meist 30 bis 65
census-age-older = Meist älter als 65
census-age-mixed = Gemischt
census-age-unknown = Unbekannt
census-budget-none = Kein Geld
census-budget-under-1000 = Weniger als 1000 Euro
census-budget-1000-to-9999 = 1000 bis 9999 Euro
census-budget-10000-plus = 10000 Euro oder mehr
census-budget-unknown = Unbekannt
census-area-urban = In der Stadt
census-area-rural = Auf dem Land
census-area-unknown = Unbekannt
census-social-facebook = Facebook
census-social-instagram = Instagram
census-social-whatsapp = WhatsApp
census-social-youtube = YouTube
census-social-mastodon = Mastodon
census-social-x = X. Früher hieß das Twitter.
census-social-tiktok = TikTok
census-social-other = Andere
census-import-intro =
    Sie haben eine Tabelle mit vielen Vereinen?
    Dann lesen Sie die Tabelle als Datei ein.
    Die Datei ist eine CSV-Datei.
    Wir prüfen jede Zeile.
    Ist alles richtig? Dann kommen alle Vereine in die Liste.
    Ist ein Fehler da? Dann ändern wir nichts.
    Wir zeigen Ihnen jeden Fehler.
label-census-file = CSV-Datei
hint-census-file =
    Die Datei ist höchstens 2 MB groß.
    Die Datei hat höchstens 5000 Zeilen.
    In der 1. Zeile stehen die Namen von den Spalten.
census-import-button = Datei prüfen und ein·lesen
census-problems = Fehler in der Datei
census-problem-line = Zeile
census-problem-column = Spalte
census-problem-what = Was ist falsch?
census-whole-file = ganze Datei
census-line = Zeile { $count }
census-columns = Die Spalten
census-columns-intro =
    Diese 2 Spalten brauchen wir: name und kind.
    Die anderen Spalten dürfen fehlen.
    Die Reihen·folge ist egal.
census-column-what = Bedeutung
census-column-values = Werte
census-columns-example = Ein Beispiel:
census-col-yes-no = yes oder no. Auch gut: ja oder nein.
census-col-name = Name vom Verein. Das brauchen wir.
census-col-kind = Art. Das brauchen wir.
census-col-legal-form = Form vom Verein
census-col-members = Zahl von den Mitgliedern
census-col-age-profile = Alter von den meisten Mitgliedern
census-col-members-under-30 = Es gibt Mitglieder unter 30 Jahren.
census-col-budget = Geld im Jahr
census-col-founded = Jahr von der Gründung. Zum Beispiel: 1921.
census-col-area = Ort
census-col-website = Der Verein hat eine eigene Internet·seite.
census-col-website-url = Adresse von der Internet·seite
census-col-social-media = Soziale Medien. Schreiben Sie ein Semikolon dazwischen.
census-col-blog = Der Verein hat einen Blog.
census-col-umbrella-page = Der Verein hat eine Seite beim Dach·verband.
census-col-umbrella-editable = Der Verein ändert diese Seite selbst.
census-col-platform = Adresse vom Platz auf dieser Plattform
err-census-required = Bitte wählen Sie etwas aus.
err-census-choice =
    Diesen Wert kennen wir nicht.
    Nehmen Sie einen Wert aus der Liste.
err-census-yes-no = Bitte schreiben Sie: yes oder no.
err-census-name-short = Der Name braucht mindestens 2 Zeichen.
err-census-name-long = Der Name hat zu viele Zeichen. Es gehen höchstens 120 Zeichen.
err-census-founded =
    Das Jahr stimmt nicht.
    Schreiben Sie eine Jahres·zahl. Zum Beispiel: 1921.
err-census-url =
    Die Adresse stimmt nicht.
    Die Adresse fängt so an: https://
    In der Adresse sind keine Leer·zeichen.
err-census-social =
    Dieses soziale Medium kennen wir nicht.
    Nehmen Sie einen Wert aus der Liste.
err-census-platform =
    Die Adresse stimmt nicht.
    Zum Beispiel: buergerverein.
err-census-platform-unknown = Diese Adresse gibt es auf der Plattform nicht.
err-census-file-missing = Bitte wählen Sie eine CSV-Datei aus.
err-census-file-problems =
    Die Datei hat Fehler.
    Wir haben nichts ein·gelesen.
    Die Fehler stehen unten.
err-census-csv-no-lines = In der Datei steht kein Verein.
err-census-csv-too-big =
    Die Datei ist zu groß.
    Es gehen höchstens 2 MB.
    Teilen Sie die Datei.
err-census-csv-too-many-rows =
    Die Datei hat zu viele Zeilen.
    Es gehen höchstens 5000 Zeilen.
    Teilen Sie die Datei.
err-census-csv-encoding =
    Wir können die Datei nicht lesen.
    Speichern Sie die Datei als: CSV UTF-8.
    Dann versuchen Sie es noch einmal.
err-census-csv-empty =
    Die Datei ist leer.
    Oder in der 1. Zeile stehen keine Spalten.
err-census-csv-malformed =
    Wir können diese Zeile nicht lesen.
    Vielleicht fehlt ein Anführungs·zeichen.
err-census-csv-duplicate-column = Diese Spalte steht 2-mal da.
err-census-csv-unknown-column =
    Diese Spalte kennen wir nicht.
    Die richtigen Spalten stehen unten.
err-census-csv-missing-column =
    Diese Spalte fehlt.
    Wir brauchen die Spalte.
err-census-csv-extra-cells =
    Diese Zeile hat zu viele Zellen.
    Die 1. Zeile hat weniger Spalten.
notice-census-saved = Der Eintrag ist gespeichert.
notice-census-imported =
    Wir haben die Datei ein·gelesen.
    Alle Zeilen sind jetzt in der Liste.

# Zahlen
census-stats-intro =
    Hier sehen Sie Zahlen.
    Wie viele Vereine sind im Internet?
    Sie sehen die Zahlen von heute.
    Und Sie sehen die Zahlen von früheren Jahren.
census-measure-online = Ist im Internet
census-measure-website = Eigene Internet·seite
census-measure-social = Soziale Medien
census-measure-blog = Blog
census-measure-own = Eigener Platz im Internet. Der Verein ändert ihn selbst.
census-all = Alle Vereine
census-by-all = Alle zusammen
census-by-size = Nach Größe
census-by-age = Nach Alter von den Mitgliedern
census-by-area = Stadt oder Land
census-share = { $count } Prozent. Das sind { $from } von { $to }.
census-now = Heute
census-now-text =
    Es gibt { $count } Vereine.
    { $from } Prozent sind im Internet.
    { $to } Prozent haben einen eigenen Platz im Internet.
census-no-data = Es gibt noch keine Einträge.
census-over-years = Die Jahre im Vergleich
census-no-snapshots =
    Es gibt noch keine Zahlen von früheren Jahren.
    Halten Sie die Zahlen von diesem Jahr fest.
label-census-year = Jahr
hint-census-year =
    Wir zählen die Liste so, wie sie jetzt ist.
    Sie zählen ein Jahr 2-mal? Dann gilt das 2. Mal.
census-take-snapshot = Zahlen fest·halten
census-table-now = Die Zahlen von heute
census-table-years = Die Zahlen von den Jahren
census-band = Gruppe
census-count = Anzahl
census-measure-choose = Was wollen Sie sehen?
census-measure = Zahl
census-measure-show = Zeigen
err-census-year = Bitte schreiben Sie ein Jahr. Das Jahr ist nicht in der Zukunft.
notice-census-snapshot = Die Zahlen sind fest·gehalten.

# Wie weit ist ein Verein im Internet?
census-stage = Stufe
census-stage-offline = Nicht im Internet
census-stage-sub-page = Nur eine Seite bei anderen
census-stage-own-space = Eigener Platz im Internet
census-stage-active = Aktiv auf der Plattform
census-progress = So war es in den Jahren
census-progress-intro =
    Hier sehen Sie: Wie weit war der Verein im Internet?
    Es gibt 4 Stufen.
    Stufe 1: Der Verein ist nicht im Internet.
    Stufe 2: Der Verein hat nur eine Seite bei anderen.
    Zum Beispiel bei Facebook.
    Stufe 3: Der Verein hat einen eigenen Platz im Internet.
    Stufe 4: Der Verein schreibt auf der Plattform.
    Zum Beispiel Neuigkeiten oder Termine.
    Die letzte Zeile zeigt: So ist es jetzt.
census-progress-caption = Die Stufe von dem Verein in jedem Jahr
census-progress-year = Jahr
census-progress-change = Was ist anders?
census-progress-now = Jetzt ({ $year })
census-change-first = Das 1. Mal gezählt
census-change-up = Eine Stufe höher
census-change-same = Gleich geblieben
census-change-down = Eine Stufe tiefer
census-progress-stats = So weit sind die Vereine
census-progress-ladder =
    Es gibt 4 Stufen.
    Stufe 1: Der Verein ist nicht im Internet.
    Stufe 2: Der Verein hat nur eine Seite bei anderen.
    Stufe 3: Der Verein hat einen eigenen Platz im Internet.
    Stufe 4: Der Verein schreibt auf der Plattform.
    Wir zählen die Stufen jedes Jahr.
census-progress-desc = So viele Vereine waren in jedem Jahr auf jeder Stufe
census-progress-table = Vereine auf jeder Stufe in jedem Jahr
census-moves =
    Von { $from } bis { $to }:
    { $up ->
        [one] 1 Verein ist eine Stufe höher gekommen.
       *[other] { $up } Vereine sind eine Stufe höher gekommen.
    }
    { $down ->
        [one] 1 Verein ist eine Stufe tiefer gegangen.
       *[other] { $down } Vereine sind eine Stufe tiefer gegangen.
    }

# Brief mit Code
census-invite = Brief drucken
census-letter = Brief mit Einladung
census-letter-on-platform = Dieser Verein hat schon einen Platz auf der Plattform.
census-letter-intro =
    Mit dem Brief laden Sie den Verein ein.
    Der Verein bekommt einen eigenen Platz auf der Plattform.
    Im Brief steht ein Code.
    Der Code gilt 1-mal.
    Der Code gilt 90 Tage.
census-letter-new = Code machen
census-letter-another = Neuen Code machen
census-letter-print = Drucken Sie diese Seite. Den Brief gibt es auch:
census-letter-in-de = auf Deutsch
census-letter-in-easy = in Leichter Sprache
census-letter-in-en = auf Englisch
census-letter-greeting = Hallo an alle von { $name }!
census-letter-body =
    Alle Vereine in { $name } sollen im Internet sein.
    Sie bekommen einen eigenen Platz.
    Dort zeigen Sie Ihre Neuigkeiten und Termine.
    Der Platz gehört Ihnen.
    Nur Sie ändern den Platz.
census-letter-step-1 = Gehen Sie auf: { $link }. Melden Sie sich an.
census-letter-step-2 = Schreiben Sie den Code von unten.
census-letter-step-3 = Prüfen Sie die Angaben zu Ihrem Verein. Dann bestätigen Sie.
census-letter-code = Ihr Code:
census-letter-until = Der Code gilt bis:
census-letter-closing = Sie haben Fragen? Die Koordination von { $name } hilft Ihnen gern.
census-claim = Code aus dem Brief ein·geben
census-claim-intro =
    Sie haben einen Brief mit einem Code?
    Dann schreiben Sie den Code hier.
    Dann bekommen Sie den Platz für Ihren Verein.
label-census-claim-code = Code aus dem Brief
hint-census-claim-code = Zum Beispiel: ACDE-FGHJ.
census-claim-check = Code prüfen
census-claim-confirm = Platz für den Verein bekommen
census-claim-confirm-intro =
    Das wissen wir über Ihren Verein.
    Bitte prüfen Sie alles.
    Dann bestätigen Sie.
label-census-claim-slug = Adresse vom Platz
hint-census-claim-slug = Nur kleine Buchstaben, Zahlen und Binde·striche.
label-census-claim-description = Das sind wir. Das bieten wir an.
label-census-claim-contact = Kontakt
census-claim-button = Bestätigen
err-census-claim-used = Jemand hat den Code schon benutzt.
err-census-claim-expired =
    Der Code gilt nicht mehr.
    Fragen Sie die Koordination nach einem neuen Brief.
notice-census-claimed = Willkommen! Jetzt gehört Ihnen der Platz von Ihrem Verein.
notice-kind-census-claimed = Ein Verein hat seinen Platz bekommen.
mail-notice-census-claimed-subject = Quartier: Ein Verein hat seinen Platz bekommen.

# Leichte Sprache — groups.ftl
# Strings of the capability in src/groups/ and templates/groups/.

groups-none =
    Es gibt noch keine Gruppe.
    Sie können die 1. Gruppe gründen.
group-new = Gruppe gründen
group-create = Gruppe gründen
group-edit = Gruppe ändern
group-kind-interest-long = Interessen·gruppe: Menschen mit dem gleichen Hobby oder dem gleichen Thema
group-kind-learning-long =
    Lern·gruppe: Die Menschen lernen voneinander.
    Zum Beispiel: Wie benutze ich mein Smartphone?
group-joining-open = Offen
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
group-requests = Anfragen
group-confirm = Bestätigen
group-decline = Ablehnen
group-replies = { $count ->
    [one] 1 Antwort
   *[other] { $count } Antworten
}
group-reply = Ihre Antwort
group-send-reply = Antwort schicken
err-group-last-admin =
    Eine Gruppe braucht mindestens 1 Person in der Verwaltung.
    Die Verwaltung kümmert sich um die Gruppe.
group-learning-legend = Nur für Lern·gruppen
label-group-topic = Was lernen Sie?
hint-group-topic = Zum Beispiel: Mit dem Handy telefonieren und sich dabei sehen.
label-group-schedule = Wann und wo treffen Sie sich?
hint-group-schedule = Mit wenigen Worten. Zum Beispiel: Dienstags um 17 Uhr im Café. Jedes Treffen schreiben Sie als Termin von der Gruppe auf.
err-group-topic = Bitte schreiben Sie: Was lernt die Gruppe? Mindestens 3 Zeichen.
err-group-schedule-long = Das ist zu lang. Höchstens 200 Zeichen.
group-learning-topic = Das lernen wir: { $topic }
group-learning-title = Zusammen lernen
group-learning-meetings = Die Treffen von der Gruppe sind die Termine. Die Termine stehen unten.
materials-title = Lern·sachen
materials-none = Noch keine Lern·sachen.
materials-all = Alle Lern·sachen
materials-all-and-add = Alle Lern·sachen. Und selbst etwas dazu·tun.
materials-intro = Hier stehen Sachen zum Lernen. Thema: { $topic }. Zum Beispiel Links oder Hefte.
materials-add = Lern·sache dazu·tun
label-material-title = Name
hint-material-title = Zum Beispiel: Heft „Mein erstes Handy“
label-material-url = Internet·adresse. Das müssen Sie nicht ausfüllen.
hint-material-url = Die Adresse fängt mit https:// an.
label-material-note = Hinweis. Das müssen Sie nicht ausfüllen.
hint-material-note = Zum Beispiel: Das Heft liegt im Schrank im Café.
materials-add-button = Dazu·tun
materials-shared-by = von { $name }
material-remove = Weg·nehmen
material-remove-title = Wollen Sie das weg·nehmen?
material-remove-text = „{ $title }“ steht dann nicht mehr auf der Liste.
material-remove-yes = Ja, weg·nehmen
err-material-url = Die Adresse muss mit https:// oder http:// anfangen. Oder Sie lassen das Feld leer.
err-material-note-long = Der Hinweis ist zu lang. Höchstens 1000 Zeichen.
learnt-title = Wer hat was gelernt?
learnt-none = Noch nichts aufgeschrieben.
learnt-all = Alles, was die Gruppe gelernt hat
learnt-all-and-add = Alles, was die Gruppe gelernt hat. Und selbst etwas auf·schreiben.
learnt-members-only = Nur Mitglieder sehen: Wer hat was gelernt?
learnt-intro = Das haben Mitglieder gelernt. Thema: { $topic }. Nur Mitglieder sehen diese Liste.
learnt-add = Auf·schreiben: Was wurde gelernt?
label-learnt-learner = Wer hat es gelernt?
label-learnt-what = Was wurde gelernt?
hint-learnt-what = Ein Satz. Zum Beispiel: Ich kann jetzt mit meinen Enkeln telefonieren und sie dabei sehen.
label-learnt-meeting = Bei welchem Treffen? Das müssen Sie nicht aus·wählen.
learnt-no-meeting = Nicht bei einem Treffen
learnt-add-button = Auf·schreiben
learnt-table = Das haben Mitglieder gelernt. Das Neue steht oben.
learnt-col-who = Wer
learnt-col-what = Was
learnt-col-when = Wann
learnt-col-actions = Knöpfe
learnt-written-by = auf·geschrieben von { $name }
learnt-remove = Löschen
learnt-remove-title = Wollen Sie das löschen?
learnt-remove-text = „{ $what }“ wird gelöscht.
learnt-remove-yes = Ja, löschen
err-learnt-short = Bitte schreiben Sie: Was wurde gelernt? Mindestens 3 Zeichen.
err-learnt-long = Das ist zu lang. Höchstens 200 Zeichen.
err-learnt-learner = Bitte wählen Sie ein Mitglied von der Gruppe.
err-learnt-meeting = Bitte wählen Sie ein Treffen von der Gruppe. Das Treffen muss schon gewesen sein.
notice-material-added = Die Lern·sache ist jetzt in der Liste.
notice-material-removed = Die Lern·sache ist weg.
notice-learnt-recorded = Es ist auf·geschrieben. Toll!
notice-learnt-removed = Der Eintrag ist gelöscht.
notice-kind-learning-recorded = Eine Lern·gruppe hat auf·geschrieben: Das haben Sie gelernt.
mail-notice-learning-recorded-subject = Quartier: Eine Lern·gruppe hat auf·geschrieben, was Sie gelernt haben.

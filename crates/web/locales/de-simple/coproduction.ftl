# Leichte Sprache — coproduction.ftl
# Strings of the capability in src/coproduction/ and templates/coproduction/.

nb-menu-projects = Projekte
coprod-title = Projekte zum Mit·machen
coprod-intro =
    Hier planen wir etwas zusammen.
    Zum Beispiel ein Café oder einen Treff.
    Die Menschen vom Angebot machen mit.
    Die Mit·arbeiter machen mit.
    Alle haben die gleiche Stimme.
coprod-none = Es gibt noch keine Projekte.
coprod-new = Projekt starten
coprod-new-intro =
    Sie sind die 1. Person im Projekt.
    Sie leiten das Projekt.
    Andere können dazu·kommen.
coprod-start = Projekt jetzt starten
coprod-on-behalf-none = Für mich
coprod-people-count = { $count ->
    [one] 1 Person macht mit
   *[other] { $count } Personen machen mit
}
coprod-joining-open = Offen
coprod-joining-closed = Nur mit Einladung
coprod-joining-open-long =
    Offen.
    Alle im Quartier sehen das Projekt.
    Alle können fragen: Darf ich mit·machen?
coprod-joining-closed-long =
    Nur mit Einladung.
    Nur eingeladene Menschen sehen das Projekt.
    Die Koordination sieht das Projekt auch.
coprod-phase-planning = Planen
coprod-phase-carrying-out = Machen
coprod-phase-checking = Prüfen
coprod-phases = Die 3 Schritte
coprod-phase-now = jetzt
coprod-phase-done = fertig
coprod-phases-hint =
    Alle im Projekt stimmen ab.
    Erst dann kommt der nächste Schritt.
coprod-goal = Unser Ziel
coprod-standing-requested = Ich habe gefragt
coprod-standing-invited = Ich bin eingeladen
coprod-standing-participant = Ich mache mit
coprod-standing-facilitator = Ich leite mit
coprod-role-service-user = Ich nutze das Angebot
coprod-role-relative = Ich gehöre zur Familie
coprod-role-staff = Ich arbeite dort
coprod-role-partner = Ich helfe von außen
coprod-role = Rolle
coprod-ask-to-join = Fragen: Darf ich mit·machen?
coprod-by-invitation =
    Bei diesem Projekt gibt es Einladungen.
    Nur eingeladene Menschen machen mit.
coprod-you-requested =
    Sie haben gefragt.
    Die Leitung antwortet bald.
coprod-you-invited = Sie sind eingeladen.
coprod-accept-invitation = Ja, ich mache mit
coprod-decline-invitation = Nein, ich mache nicht mit
coprod-you-lead = Sie leiten das Projekt mit.
coprod-you-take-part = Sie machen mit.
coprod-save-my-role = Meine Rolle speichern
coprod-users-share = So viele nutzen das Angebot: { $subject }
coprod-leaders-share = So viele in der Leitung nutzen das Angebot: { $subject }
coprod-share = { $count } von { $subject } ({ $name } von 100)
coprod-users-do-not-lead =
    Achtung.
    In der Leitung sind zu wenige Menschen vom Angebot.
    Mindestens die Hälfte soll das Angebot nutzen.
coprod-facilitator = leitet mit
coprod-votes-through = { $name } stimmt für diese Person ab
coprod-change = Ändern
coprod-correct-role = Rolle ändern
coprod-proxy = Wer stimmt für diese Person ab?
coprod-proxy-none = niemand
coprod-proxy-title = Vertretung
coprod-proxy-hint =
    Manche Menschen können nicht im Internet abstimmen.
    Sie sagen: Diese Person stimmt für mich ab.
coprod-proxy-who = Für wen ist die Vertretung?
coprod-save-proxy = Vertretung speichern
coprod-make-facilitator = In die Leitung holen
coprod-make-participant = Aus der Leitung nehmen
coprod-invited = Eingeladen
coprod-requests = Diese Menschen fragen
coprod-accept-request = Ja, mit·machen lassen
coprod-decline-request = Nein, nicht mit·machen lassen
coprod-invite = Einladen
coprod-proposals = Vorschläge
coprod-no-open-proposals = Gerade gibt es keine Abstimmung.
coprod-new-proposal = Einen Vorschlag machen
coprod-propose = Vorschlag zur Abstimmung geben
coprod-decided = Fertige Abstimmungen
coprod-kind-decision = Wir entscheiden etwas
coprod-kind-next-phase = Wir gehen zum nächsten Schritt
coprod-rule-majority = Mehrheit
coprod-rule-two-thirds = 2 Drittel
coprod-rule-consent = Alle sind einverstanden
coprod-rule-majority-text =
    Es gibt mehr Ja als Nein.
    Dann gilt der Vorschlag.
coprod-rule-two-thirds-text =
    Von 3 Stimmen sind mindestens 2 Ja.
    Dann gilt der Vorschlag.
coprod-rule-consent-text =
    Niemand ist dagegen.
    Dann gilt der Vorschlag.
coprod-vote-yes = Ja
coprod-vote-no = Nein
coprod-vote-abstain = Ich sage nichts dazu
coprod-consent-yes = Ich bin einverstanden
coprod-consent-no = Ich bin dagegen
coprod-consent-abstain = Ich halte mich raus
coprod-outcome-passed = Der Vorschlag gilt
coprod-outcome-rejected = Der Vorschlag gilt nicht
coprod-outcome-no-quorum = Zu wenige haben abgestimmt
coprod-open-until = Abstimmung bis { $date }
coprod-proposed-by = Der Vorschlag ist von { $name }
coprod-vote = Abstimmung
coprod-rule = Regel
coprod-quorum = So viele müssen abstimmen
coprod-quorum-value = { $count } von 100 Menschen im Projekt
coprod-closes = Ende
coprod-outcome = Ergebnis
coprod-vote-running =
    Die Abstimmung läuft.
    Jeder Mensch hat 1 Stimme.
coprod-vote-closing =
    Die Abstimmung ist vorbei.
    Gleich gibt es das Ergebnis.
coprod-turnout = { $count } von { $subject } Menschen haben abgestimmt.
coprod-vote-mine = Meine Stimme
coprod-vote-for = Stimme für { $name }
coprod-cast = Stimme abgeben
coprod-record-meeting = Stimmen vom Treffen eintragen
coprod-record-meeting-hint =
    Manche Menschen stimmen beim Treffen ab.
    Hier tragen Sie diese Stimmen ein.
    Auf der Liste steht dann: beim Treffen.
coprod-not-at-meeting = nicht beim Treffen
coprod-record = Stimmen vom Treffen speichern
coprod-record-title = So haben alle abgestimmt
coprod-no-votes = Es gibt noch keine Stimmen.
coprod-who = Wer
coprod-how = Wie
coprod-how-online = selbst im Internet
coprod-how-proxy = { $name } hat für diese Person abgestimmt
coprod-how-meeting = beim Treffen am { $date }
coprod-former-participant = War früher im Projekt
coprod-tasks = Aufgaben
coprod-no-tasks = Es gibt noch keine Aufgaben.
coprod-task-done = fertig
coprod-task-due = bis { $date }
coprod-tick = Fertig
coprod-add-task = Aufgabe geben
coprod-comments = Gespräch
coprod-no-comments = Es gibt noch keine Beiträge.
coprod-post-comment = Beitrag senden
label-coprod-goal = Unser Ziel
hint-coprod-goal =
    Schreiben Sie mit einfachen Worten.
    Was wollen wir zusammen schaffen?
hint-coprod-title = Zum Beispiel: Unser neues Café
label-coprod-joining = Wer kann mit·machen?
label-coprod-my-role = Meine Rolle im Projekt
hint-coprod-role =
    Alle sehen die Rolle.
    Jede Stimme zählt gleich.
label-coprod-invite = Einen Menschen aus dem Quartier einladen
label-coprod-kind = Worum geht es?
hint-coprod-proposal =
    Was wollen Sie?
    Warum wollen Sie das?
label-coprod-rule = Wann gilt der Vorschlag?
label-coprod-quorum = So viele von 100 müssen abstimmen
hint-coprod-quorum =
    Zum Beispiel 50.
    Dann muss die Hälfte abstimmen.
label-coprod-closes-date = Ende der Abstimmung: Tag
hint-coprod-closes = Die Uhr·zeit vom Quartier.
label-coprod-closes-time = Ende der Abstimmung: Uhr·zeit
label-coprod-meeting-on = Tag vom Treffen
label-coprod-task = Was ist zu tun?
label-coprod-assignee = Wer macht das?
label-coprod-due = Bis wann? Das müssen Sie nicht ausfüllen.
label-coprod-proposal = Ihr Vorschlag
label-coprod-comment = Ihr Beitrag
err-coprod-goal-short = Bitte schreiben Sie das Ziel auf.
err-coprod-joining = Bitte wählen Sie: Wer kann mit·machen?
err-coprod-role = Bitte wählen Sie eine Rolle.
err-coprod-rule = Bitte wählen Sie eine Regel.
err-coprod-kind = Bitte wählen Sie: Worum geht es?
err-coprod-choice = Bitte wählen Sie eine Stimme.
err-coprod-quorum = Bitte schreiben Sie eine Zahl von 1 bis 100.
err-coprod-closes-past = Das Ende muss in der Zukunft sein.
err-coprod-closes-far = Eine Abstimmung dauert höchstens 1 Jahr.
err-coprod-meeting-future = Das Treffen muss schon vorbei sein.
err-coprod-meeting-empty = Bitte tragen Sie mindestens 1 Stimme ein.
err-coprod-organisation = Sie leiten diese Organisation nicht.
err-coprod-last-phase = Das Projekt ist schon beim letzten Schritt.
err-coprod-already-in = Dieser Mensch ist schon im Projekt.
err-coprod-last-facilitator = Mindestens 1 Mensch muss das Projekt leiten.
err-coprod-proxy =
    Die Vertretung muss im Projekt sein.
    Die Vertretung muss ein anderer Mensch sein.
err-coprod-voted =
    Diese Stimme ist schon da.
    Jeder Mensch stimmt nur 1 Mal ab.
err-coprod-closed = Die Abstimmung ist schon vorbei.
err-coprod-not-proxy = Sie sind nicht die Vertretung von diesem Menschen.
err-coprod-not-passed = Aufgaben gibt es nur bei Vorschlägen mit Ja.
err-coprod-assignee = Bitte wählen Sie einen Menschen aus dem Projekt.
notice-project-created = Das Projekt hat angefangen.
notice-project-requested = Die Leitung bekommt Ihre Frage.
notice-project-joined = Sie machen jetzt mit.
notice-voted = Wir haben die Stimme gezählt.
notice-kind-project-request = Jemand will bei einem Projekt mit·machen
notice-kind-project-accepted = Sie machen jetzt bei einem Projekt mit
notice-kind-project-declined = Sie machen bei einem Projekt nicht mit
notice-kind-project-invited = Sie sind bei einem Projekt eingeladen
notice-kind-proposal-open = Ein Vorschlag wartet auf Ihre Stimme
notice-kind-proposal-decided = Eine Abstimmung ist fertig
notice-kind-project-task = Sie haben eine Aufgabe bei einem Projekt
mail-notice-project-request-subject = Quartier: Jemand will bei einem Projekt mit·machen
mail-notice-project-accepted-subject = Quartier: Sie machen jetzt bei einem Projekt mit
mail-notice-project-declined-subject = Quartier: Sie machen bei einem Projekt nicht mit
mail-notice-project-invited-subject = Quartier: Sie sind bei einem Projekt eingeladen
mail-notice-proposal-open-subject = Quartier: Ein Vorschlag wartet auf Ihre Stimme
mail-notice-proposal-decided-subject = Quartier: Eine Abstimmung ist fertig
mail-notice-project-task-subject = Quartier: Sie haben eine Aufgabe bei einem Projekt

# The evaluation survey of the checking phase.
survey-title = Umfragen: Ist das Angebot gut?
survey-intro =
    Mit einer Umfrage prüfen wir das Angebot.
    Wir fragen die Menschen vom Angebot.
    Sie antworten hier.
    Oder auf Papier.
    Oder am Telefon.
survey-intro-checking =
    Das Projekt ist beim Schritt Prüfen.
    Jetzt machen wir eine Umfrage.
    Wir fragen: Ist das Angebot gut für Sie?
label-survey-title = Name von der neuen Umfrage
hint-survey-title = Zum Beispiel: Wie finden Sie unser Café?
survey-start = Umfrage anlegen
survey-badge = Umfrage
survey-status-draft = Noch nicht fertig
survey-status-open = Sie können jetzt antworten
survey-status-closed = Fertig
survey-answers-count = { $count ->
    [one] 1 Antwort
   *[other] { $count } Antworten
}
survey-see-results = Ergebnisse ansehen
survey-print = Umfrage auf Papier drucken
survey-type-in = Antworten vom Papier eintragen
survey-draft-intro =
    Die Umfrage ist noch nicht fertig.
    Alle im Projekt können Fragen schreiben.
    Jede Frage braucht auch Leichte Sprache.
survey-questions = Fragen
survey-no-questions = Es gibt noch keine Fragen.
survey-easy-hints = Die Prüf·hilfe hat Hinweise zu der Frage in Leichter Sprache:
survey-other-version = Die andere Sprache
survey-remove-question = Frage löschen
survey-new-question = Neue Frage
label-survey-kind = Wie antworten die Menschen?
survey-kind-smileys3 = Mit 3 Gesichtern
survey-kind-smileys5 = Mit 5 Gesichtern
survey-kind-yes-no = Ja oder Nein
survey-kind-scale = Mit einer Zahl von 1 bis 5
survey-kind-free-text = Mit eigenen Worten
label-survey-question = Die Frage
hint-survey-question = Zum Beispiel: Wie gefällt Ihnen das Essen?
label-survey-easy = Die Frage in Leichter Sprache
hint-survey-easy =
    Schreiben Sie kurz.
    Nehmen Sie bekannte Wörter.
    Zum Beispiel: Schmeckt Ihnen das Essen?
survey-add-question = Frage dazu·tun
survey-open-hint =
    Dann können Sie die Fragen nicht mehr ändern.
    Alle im Projekt bekommen eine Nachricht.
survey-open = Umfrage starten
survey-your-answer = Ihre Antwort
survey-answered =
    Danke!
    Sie haben schon geantwortet.
    Jeder Mensch antwortet nur 1 Mal.
survey-answer-intro =
    Sie müssen nicht alle Fragen beantworten.
    Ihr Name steht nicht bei Ihren Antworten.
survey-send = Antworten schicken
survey-not-for-you = Bei dieser Umfrage antworten nur die Menschen aus dem Projekt.
survey-close-hint =
    Dann kann niemand mehr antworten.
    Alle im Projekt sehen die Ergebnisse.
survey-close = Umfrage beenden
survey-closed-intro = Diese Umfrage ist fertig.
survey-type-in-intro =
    Jemand hat auf Papier geantwortet.
    Oder am Telefon.
    Hier tragen Sie die Antwort ein.
    Bei den Ergebnissen steht dann: Diese Antwort kommt vom Papier.
label-survey-channel = Wie hat die Person geantwortet?
survey-channel-paper = Auf Papier
survey-channel-phone = Am Telefon
survey-type-in-save = Antwort eintragen
survey-print-intro =
    Drucken Sie diese Seite.
    Auf dem Papier stehen nur die Fragen.
    Bei jeder Antwort ist ein Kästchen.
survey-lang-standard = Alltags·sprache
survey-lang-easy = Leichte Sprache
survey-paper-intro =
    Bitte machen Sie bei jeder Frage 1 Kreuz.
    Sie müssen nicht alle Fragen beantworten.
    Ihr Name steht nicht auf dem Blatt.
survey-paper-intro-easy =
    Bitte machen Sie ein Kreuz.
    Machen Sie bei jeder Frage 1 Kreuz.
    Sie müssen nicht alles beantworten.
    Ihr Name steht nicht auf dem Blatt.
survey-paper-return = Bitte geben Sie das Blatt bei der Leitung ab.
survey-paper-return-easy = Bitte geben Sie das Blatt bei der Leitung ab.
survey-results = Ergebnisse
survey-summary =
    Es gibt { $count } Antworten.
    { $name } Antworten kommen von hier.
    { $from } Antworten kommen vom Papier.
    { $to } Antworten kommen vom Telefon.
survey-texts-count = { $count ->
    [one] 1 Antwort mit eigenen Worten. Ohne Namen.
   *[other] { $count } Antworten mit eigenen Worten. Ohne Namen.
}
survey-no-answers = Noch niemand hat diese Frage beantwortet.
survey-description =
    { $count } Menschen haben diese Frage beantwortet.
    Die meisten sagen: { $name }.
    Das sind { $subject } von 100.
    { $from } Antworten kommen vom Papier oder vom Telefon.
survey-typed-paper = vom Papier
survey-typed-phone = vom Telefon
survey-col-answer = Antwort
survey-col-online = Von hier
survey-col-typed = Vom Papier oder Telefon
survey-col-total = Zusammen
survey-col-percent = Von 100
survey-opt-smileys3-1 = schlecht
survey-opt-smileys3-2 = mittel
survey-opt-smileys3-3 = gut
survey-opt-smileys5-1 = sehr schlecht
survey-opt-smileys5-2 = schlecht
survey-opt-smileys5-3 = mittel
survey-opt-smileys5-4 = gut
survey-opt-smileys5-5 = sehr gut
survey-opt-yes-no-1 = Ja
survey-opt-yes-no-2 = Nein
survey-opt-scale-1 = 1 (gar nicht)
survey-opt-scale-2 = 2
survey-opt-scale-3 = 3
survey-opt-scale-4 = 4
survey-opt-scale-5 = 5 (sehr)
err-survey-kind = Bitte wählen Sie: Wie antworten die Menschen?
err-survey-channel = Bitte wählen Sie: Papier oder Telefon.
err-survey-question-short = Bitte schreiben Sie die Frage.
err-survey-question-long = Die Frage ist zu lang. Bitte schreiben Sie kürzer.
err-survey-easy-short = Bitte schreiben Sie die Frage auch in Leichter Sprache.
err-survey-answer = Diese Antwort passt nicht zu der Frage.
err-survey-not-draft =
    Die Umfrage läuft schon.
    Sie können die Fragen nicht mehr ändern.
err-survey-empty =
    Die Umfrage hat noch keine Fragen.
    Bitte schreiben Sie zuerst eine Frage.
err-survey-moved = Jemand anderes hat die Umfrage schon gestartet oder beendet.
err-survey-not-open = Bei dieser Umfrage können Sie jetzt nicht antworten.
err-survey-nothing = Bitte beantworten Sie mindestens 1 Frage.
err-survey-answered =
    Sie haben schon geantwortet.
    Jeder Mensch antwortet nur 1 Mal.
notice-survey-created =
    Die Umfrage ist da.
    Schreiben Sie jetzt die Fragen.
notice-survey-opened =
    Die Umfrage läuft.
    Alle im Projekt wissen es.
notice-survey-closed =
    Die Umfrage ist fertig.
    Sie können die Ergebnisse ansehen.
notice-survey-answered = Danke für Ihre Antworten!
notice-survey-typed-in =
    Die Antwort ist eingetragen.
    Sie können die nächste Antwort eintragen.
notice-kind-survey-open = Eine Umfrage wartet auf Ihre Antwort
notice-kind-survey-closed = Eine Umfrage ist fertig
mail-notice-survey-open-subject = Quartier: Eine Umfrage wartet auf Ihre Antwort
mail-notice-survey-closed-subject = Quartier: Eine Umfrage ist fertig

# The co-production checklist (its page follows).
err-checklist-answer = Bitte wählen Sie: Ja, Zum Teil oder Noch nicht.
err-checklist-note = Das ist zu lang. Bitte schreiben Sie kürzer.
err-checklist-point = Diesen Punkt gibt es nicht.

# The co-production checklist: the ten rules of Think Local Act Personal.
checklist-title = Liste: Machen wir es wirklich zusammen?
checklist-intro =
    Hier stehen 10 Punkte.
    Mit den Punkten prüfen wir: Arbeiten wir wirklich zusammen?
    Alle im Projekt können jeden Punkt beantworten.
    Auch mehrmals.
    Jede Antwort bleibt mit dem Datum in der Liste.
checklist-link = Zur Liste

checklist-now = So ist es jetzt
checklist-not-answered = noch keine Antwort
checklist-your-answer = Ihre Antwort
checklist-answer-yes = Ja
checklist-answer-partly = Zum Teil
checklist-answer-not-yet = Noch nicht
label-checklist-note = Das will ich dazu sagen (wenn Sie wollen)
checklist-save = Antwort speichern
checklist-history = Alle Antworten bis jetzt
checklist-when = Wann
checklist-answer = Antwort
checklist-note = Dazu gesagt
checklist-equal-say = Alle haben die gleiche Stimme
checklist-equal-say-text =
    Alle im Projekt haben die gleiche Stimme.
    Egal ob Nutzer, Angehörige oder Mit·arbeiter.
checklist-from-the-start = Von Anfang an dabei
checklist-from-the-start-text =
    Die Menschen vom Angebot sind von Anfang an dabei.
    Nicht erst am Ende.
checklist-all-tasks = Bei allen Aufgaben mit·reden
checklist-all-tasks-text =
    Sie reden bei allen Aufgaben mit.
    Beim Planen.
    Beim Machen.
    Beim Prüfen.
checklist-shared-goals = Gemeinsame Ziele
checklist-shared-goals-text =
    Wir haben die Ziele zusammen gemacht.
    Alle kennen die Ziele.
checklist-start-small = Klein anfangen
checklist-start-small-text =
    Wir fangen klein an.
    Dann wird das Projekt größer.
    Die Menschen vom Angebot leiten mit.
checklist-mixed-abilities = Alle können mit·machen
checklist-mixed-abilities-text =
    Menschen mit ganz verschiedenen Fähigkeiten machen mit.
    Niemand bleibt draußen.
checklist-staff-support = Mit·arbeiter helfen
checklist-staff-support-text =
    Die Mit·arbeiter helfen beim Mit·machen.
    Sie entscheiden nicht für andere.
checklist-know-what-they-want = Die Nutzer wissen, was sie wollen
checklist-know-what-they-want-text =
    Die Menschen vom Angebot wissen am besten:
    Das brauchen wir.
checklist-know-what-works = Die Nutzer wissen, was hilft
checklist-know-what-works-text =
    Wir prüfen: Was hilft?
    Dabei zählt die Erfahrung von den Nutzern.
checklist-solutions-in-the-group = Lösungen in der Gruppe
checklist-solutions-in-the-group-text =
    Wir suchen Lösungen zusammen.
    Nicht allein.
checklist-point = Punkt
checklist-count = { $count } Mal Ja. { $name } Mal Zum Teil. { $subject } Mal Noch nicht.

# Meetings of a project: calendar events with agenda and minutes.
meeting-title = Treffen
meeting-none = Es gibt noch kein Treffen.
meeting-plan = Ein Treffen planen
meeting-plan-intro =
    Das Treffen steht dann im Kalender.
    So können alle kommen.
    Alle im Projekt bekommen eine Nachricht.
label-meeting-date = Tag
label-meeting-start = Beginn
label-meeting-end = Ende
label-meeting-venue = Ort
label-meeting-agenda = Plan für das Treffen
hint-meeting-agenda =
    Worüber wollen wir sprechen?
    Schreiben Sie jeden Punkt in eine neue Zeile.
label-meeting-minutes = Bericht vom Treffen
meeting-kind = Treffen vom Projekt
meeting-cancelled = Das Treffen fällt aus
meeting-when = Wann
meeting-where = Wo
meeting-in-calendar = Im Kalender ansehen
meeting-agenda = Plan für das Treffen
meeting-minutes = Bericht vom Treffen
meeting-change-agenda = Plan ändern
meeting-save-agenda = Plan speichern
meeting-no-minutes = Es gibt noch keinen Bericht.
meeting-has-minutes = mit Bericht
meeting-minutes-by = Das hat zuletzt { $name } geschrieben.
meeting-write-minutes = Bericht schreiben
meeting-save-minutes = Bericht speichern
err-coprod-agenda-short = Bitte schreiben Sie: Worüber wollen Sie sprechen?
notice-meeting-planned =
    Das Treffen steht im Kalender.
    Alle im Projekt wissen jetzt Bescheid.
notice-kind-meeting-planned = Ihr Projekt plant ein Treffen
mail-notice-meeting-planned-subject = Quartier: Ihr Projekt plant ein Treffen

# Continuing a project as a bigger one.
coprod-kind-continue = Mit einem größeren Projekt weiter·machen
coprod-continues = Dieses Projekt macht weiter mit:
coprod-continued-as = Dieses Projekt geht weiter. Das neue Projekt heißt:
coprod-continue-title = Weiter·machen
coprod-continue-intro =
    Wir fangen klein an.
    Dann wird das Projekt größer.
    Nach dem Prüfen kann ein neues Projekt beginnen.
    Alle aus diesem Projekt machen dann mit.
    Dieses Projekt bleibt da.
    Alles, was wir entschieden haben, bleibt auch da.
coprod-continue-hint =
    Das entscheiden alle im Projekt zusammen.
    Dafür gibt es einen Vorschlag: Mit einem größeren Projekt weiter·machen.
label-coprod-continue-title = Name vom neuen Projekt
label-coprod-continue-goal = Ziel vom neuen Projekt
coprod-continue = Neues Projekt beginnen
err-coprod-continue-phase =
    Das geht erst später.
    Zuerst prüfen wir das Projekt.
err-coprod-continued = Dieses Projekt geht schon weiter.
err-coprod-no-continue-decision =
    Das geht noch nicht.
    Alle im Projekt müssen das zuerst entscheiden.
notice-project-continued =
    Das neue Projekt hat begonnen.
    Alle aus dem alten Projekt machen mit.
notice-kind-project-continued = Ihr Projekt geht weiter
mail-notice-project-continued-subject = Quartier: Ihr Projekt geht weiter
coprod-secret = Geheime Abstimmung
coprod-secret-note =
    Die Abstimmung ist geheim.
    Sie sehen nur: So viele sagen Ja. So viele sagen Nein.
    Niemand sieht: Wer hat was gesagt?
coprod-you-voted = Sie haben abgestimmt.
label-coprod-secret = Geheim abstimmen
hint-coprod-secret =
    Niemand sieht: Wer hat was gesagt?
    Jeder Mensch stimmt nur 1 Mal ab.

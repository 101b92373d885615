# Leichte Sprache — help.ftl
# Strings of the capability in src/help/ and templates/help/.

pager-page = Seite { $page }
help-title = Nachbarschafts·hilfe
help-mine = Meine Einträge
help-mine-none = Ihre Liste ist noch leer.
help-kind-requests = Bitten um Hilfe
help-kind-offers = Angebote für Hilfe
help-kind-request-long = Ich suche Hilfe
help-kind-offer-long = Ich biete Hilfe an
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
help-by = Von
help-on-behalf-of = Für { $name }
help-entered-by = eingetragen von { $name }
help-arranged-with = Abgemacht mit
help-hidden-short = versteckt
help-answer-request = Ich kann helfen
help-answer-offer = Das möchte ich gern
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
label-kind = Was möchten Sie?
hint-title =
    Zum Beispiel: „Einkauf am Donnerstag hoch·tragen“
    Der Titel hat 3 bis 120 Zeichen.
label-body = Beschreibung (freiwillig)
hint-date =
    Das Datum ist freiwillig.
    Das Datum muss heute oder später sein.
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
hint-reason =
    Was ist das Problem?
    Schreiben Sie mindestens 3 Zeichen.
report-entry = Eintrag melden
thanks-intro =
    Hier sehen Sie: Dafür haben sich andere Menschen bei Ihnen bedankt.
    Sie entscheiden: Was kommt auf Ihr Profil?
thanks-none = Es gibt noch kein Danke·schön.
thanks-show = Auf meinem Profil zeigen
thanks-hide = Vom Profil nehmen
err-kind =
    Bitte wählen Sie:
    Suchen Sie Hilfe?
    Oder bieten Sie Hilfe an?
err-visibility = Bitte wählen Sie: Wer darf den Eintrag sehen?
err-on-behalf-coordinator = Nur die Koordination darf Einträge für andere Menschen machen.
err-own-entry =
    Das ist Ihr eigener Eintrag.
    Antworten geht nur bei Einträgen von anderen Menschen.
err-not-open = Dieser Eintrag ist schon abgeschlossen.
err-not-arranged = Das geht erst nach einer Zusage.
err-not-done =
    Danke sagen geht erst nach der Hilfe.
    Die Hilfe muss erledigt sein.
err-thanked = Für diesen Eintrag gibt es schon ein Danke·schön.
help-area = Gegend
help-results = Einträge
help-withdraw-confirm-title = Wollen Sie „{ $title }“ wirklich weg·nehmen?
help-withdraw-confirm-text = Dann sieht niemand mehr den Eintrag.
    Sie können das nicht mehr ändern.
help-withdraw-confirm-yes = Ja, Eintrag weg·nehmen
help-booking-what = Was
help-booking-with = Mit wem
help-shared-account = Konto vom Quartier
help-shared-account-intro =
    Manche Nachbarn sind nicht im Internet.
    Sie bekommen trotzdem Hilfe.
    Die Stunden dafür kommen auf das Konto vom Quartier.
    Ihr eigenes Zeit·konto bleibt gleich.
help-shared-bookings = Liste von den Stunden vom Quartier
help-booking-via-neighbourhood = Für { $name }. Über das Konto vom Quartier.
help-booking-by-for = { $helper } hilft { $name }.

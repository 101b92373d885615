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

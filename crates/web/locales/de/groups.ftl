# Deutsch — groups.ftl
# Strings of the capability in src/groups/ and templates/groups/.

groups-none = Noch gibt es keine Gruppe. Gründen Sie die erste!
group-new = Gruppe gründen
group-create = Gruppe gründen
group-edit = Gruppe bearbeiten
group-kind-interest-long = Interessengruppe: Menschen mit einem gemeinsamen Hobby oder Anliegen
group-kind-learning-long = Lerngruppe: Menschen lernen voneinander, zum Beispiel am Smartphone
group-joining-open = Offen
group-joining-open-long = Offen: Alle aus dem Quartier können beitreten und mitlesen.
group-joining-request-long = Auf Anfrage: Die Verwaltung der Gruppe bestätigt jede Anfrage. Nur Mitglieder lesen mit.
label-group-name = Name der Gruppe
hint-group-name = Zum Beispiel: Smartphone-Treff Lindenviertel
hint-group-description = Worum geht es? Wann und wo trifft sich die Gruppe?
label-group-kind = Art der Gruppe
label-group-joining = Wer kann beitreten?
group-members-count = { $count ->
    [one] 1 Mitglied
   *[other] { $count } Mitglieder
}
group-you = Sie und diese Gruppe
group-join = Beitreten
group-ask-to-join = Beitritt anfragen
group-you-pending = Sie haben angefragt. Die Verwaltung der Gruppe entscheidet bald.
group-withdraw-request = Anfrage zurückziehen
group-you-member = Sie sind Mitglied.
group-you-admin = Sie verwalten diese Gruppe.
group-leave = Gruppe verlassen
group-board = Pinnwand
group-board-members-only = Die Pinnwand dieser Gruppe lesen nur Mitglieder.
group-new-topic = Neues Thema
group-post-topic = Thema veröffentlichen
group-no-topics = Noch keine Themen.
group-hidden-short = ausgeblendet
group-admin = Verwaltung
group-make-admin = Zur Verwaltung machen
group-make-member = Nur noch Mitglied
group-requests = Anfragen
group-confirm = Bestätigen
group-decline = Ablehnen
group-replies = { $count ->
    [one] 1 Antwort
   *[other] { $count } Antworten
}
group-reply = Ihre Antwort
group-send-reply = Antworten
err-group-last-admin = Eine Gruppe braucht mindestens eine Person in der Verwaltung.

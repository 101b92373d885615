# Leichte Sprache — organisations.ftl
# Strings of the capability in src/organisations/ and templates/organisations/.

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
org-contact = Kontakt
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
err-last-admin =
    Eine Organisation braucht mindestens 1 Administratorin oder 1 Administrator.
    Die Administration verwaltet die Seite.
org-add-neighbourhood = Ist Ihre Organisation auch in einem anderen Quartier aktiv?
org-add-neighbourhood-submit = Anfrage schicken
org-events-feed = Termine in den eigenen Kalender holen (iCalendar)
label-image = Bild (wenn Sie wollen)
hint-image = Erlaubt sind JPG, PNG, GIF und WebP. Das Bild darf höchstens 10 MB groß sein. Wir löschen versteckte Daten aus dem Bild. Zum Beispiel den Ort von dem Bild.
label-image-alt = Was sieht man auf dem Bild?
hint-image-alt = Das müssen Sie ausfüllen, wenn Sie ein Bild hoch·laden. Manche Menschen können das Bild nicht sehen. Für sie schreiben Sie hier, was auf dem Bild ist. Zum Beispiel: Kinder tanzen beim Straßen·fest.
org-easy-intro =
    Wer prüft die Texte von Ihrer Organisation in Leichter Sprache?
    Die Person braucht ein Konto bei Quartier.
hint-reviewer-email-org = Die Person braucht ein Konto bei Quartier.
# Invitations to help run an organisation
org-invite-intro =
    Ist die Person noch nicht dabei?
    Dann bekommt sie eine Einladung.
    Sie ist erst dabei, wenn sie Ja sagt.
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
notice-org-confirmed = Die Organisation ist jetzt bestätigt.
    Alle können ihre Seite sehen.
hint-org-slug = Sie müssen hier nichts schreiben.
    Wir machen die Adresse aus dem Namen.

# Das Verzeichnis für alle
dir-title = Vereine in allen Quartieren
dir-intro =
    Hier finden Sie alle Vereine und Gruppen.
    Sie gehören zu einem Quartier.
    Sie können suchen.
    Zum Beispiel nach einem Namen.
    Oder nach einem Angebot.
dir-search = Vereine suchen
dir-words = Welches Wort suchen Sie?
dir-kind = Was für eine Gruppe?
dir-all-kinds = Alle Gruppen
dir-premises = Die Räume
dir-find = Suchen
dir-show-all = Alle zeigen
dir-results = Das haben wir gefunden
dir-none-found = Wir haben nichts gefunden.
dir-in = Im Quartier:
dir-all-neighbourhoods = Vereine in allen Quartieren

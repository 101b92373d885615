# Deutsch — organisations.ftl
# Strings of the capability in src/organisations/ and templates/organisations/.

orgs-intro = Vereine, Kirchengemeinden, soziale Dienste, Initiativen, Ämter und Geschäfte im Quartier. Jede Organisation gestaltet ihre Seite selbst.
orgs-propose = Organisation vorschlagen
orgs-none = Noch keine Organisation im Quartier.
orgs-pending = wartet auf Bestätigung
org-propose-intro = Sie werden die erste Administratorin oder der erste Administrator. Die Koordination bestätigt, dass die Organisation zum Quartier gehört. Danach gestalten nur Sie und Ihre Leute die Seite.
org-edit = Seite bearbeiten
org-members = Mitglieder und Rechte
org-contact = Kontakt
org-neighbourhoods = Quartiere
org-feed = Neuigkeiten als Feed (Atom) abonnieren
org-news = Neuigkeiten
org-news-new = Neuigkeit schreiben
org-no-news = Noch keine Neuigkeiten.
org-members-only = Nur für Mitglieder sichtbar
org-members-only-short = nur für Mitglieder
org-add-member = Person hinzufügen oder Rolle ändern
org-role = Rolle
org-role-member = Mitglied
org-role-editor = Redaktion
org-role-admin = Administration
org-remove = Entfernen
org-log-intro = Alles, was an Ihrer Seite geändert oder von der Moderation ausgeblendet wurde.
label-org-slug = Adresse der Seite (/o/…)
label-org-kind = Art der Organisation
label-contact = Kontakt
hint-contact = Telefon, E-Mail oder Sprechzeiten – was Sie öffentlich zeigen möchten.
label-opening-hours = Öffnungszeiten
label-website = Webseite
label-social = Soziale Medien oder Blog
hint-link = Eine Adresse, die mit https:// beginnt.
label-news-body = Text
err-last-admin = Eine Organisation braucht mindestens eine Administratorin oder einen Administrator.
org-add-neighbourhood = Auch in einem weiteren Quartier aktiv?
org-add-neighbourhood-submit = Zugehörigkeit anfragen
org-events-feed = Termine abonnieren (iCalendar)
label-image = Bild (freiwillig)
hint-image = JPG, PNG, GIF oder WebP, höchstens 10 MB. Ortsangaben und andere versteckte Daten im Bild entfernen wir.
label-image-alt = Was ist auf dem Bild zu sehen?
hint-image-alt = Pflicht, wenn Sie ein Bild hochladen. Für Menschen, die das Bild nicht sehen können. Zum Beispiel: Kinder tanzen beim Straßenfest.
org-easy-intro = Wer prüft die Texte Ihrer Organisation in Leichter Sprache? Die Person braucht ein Konto bei Quartier.
hint-reviewer-email-org = Die Person braucht ein Konto bei Quartier.
# Invitations to help run an organisation
org-invite-intro = Wer noch nicht dabei ist, bekommt eine Einladung und wird erst Mitglied, wenn er oder sie zusagt.
mail-invitation-accepted-subject = { $name } hilft jetzt bei { $title } mit
mail-invitation-accepted-body = Guten Tag,

    { $name } hat die Einladung zu „{ $title }“ angenommen.

    { $link }
mail-invitation-declined-subject = { $name } hat die Einladung abgelehnt
mail-invitation-declined-body = Guten Tag,

    { $name } hat die Einladung zu „{ $title }“ abgelehnt.

    { $link }
notice-org-confirmed = Die Organisation ist jetzt bestätigt. Ihre Seite ist für alle sichtbar.
hint-org-slug = Sie können das Feld leer lassen: Dann machen wir die Adresse aus dem Namen. Sonst Kleinbuchstaben, Ziffern und Bindestriche.

# The public directory of organisations
dir-title = Vereine und Organisationen in allen Quartieren
dir-intro = Alle Vereine, Initiativen, Dienste und Geschäfte, die zu einem Quartier gehören. Suchen Sie nach Namen, Angebot, Art oder Zugänglichkeit.
dir-search = Organisationen suchen
dir-words = Suchbegriff (Name oder Angebot)
dir-kind = Art der Organisation
dir-all-kinds = Alle Arten
dir-premises = Räume
dir-find = Suchen
dir-show-all = Alle zeigen
dir-results = Ergebnisse
dir-none-found = Keine Organisation passt zu Ihrer Suche.
dir-in = Im Quartier:
dir-all-neighbourhoods = Vereine und Organisationen aller Quartiere

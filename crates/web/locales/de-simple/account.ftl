# Leichte Sprache — account.ftl
# Strings of the capability in src/account/ and templates/account/.

back-account = Zurück zu „Mein Konto“
err-email-same = Das ist schon Ihre E-Mail·Adresse.
err-password-empty = Bitte geben Sie Ihr Pass·wort ein.
err-current-password = Das jetzige Pass·wort ist falsch.
err-login-failed = Die E-Mail·Adresse oder das Pass·wort ist falsch.
err-login-throttled =
    Sie haben es zu oft falsch versucht.
    Bitte warten Sie 15 Minuten.
    Oder wählen Sie ein neues Pass·wort.
err-login-unconfirmed =
    Bitte bestätigen Sie zuerst Ihre E-Mail·Adresse.
    Wir haben Ihnen gerade eine E-Mail mit einem neuen Link geschickt.
    Bitte klicken Sie auf den Link.
signup-title = Neues Konto anlegen
signup-intro =
    Mit einem Konto können Sie bei Ihrem Quartier mitmachen.
    Wir zeigen Ihre Adresse nie.
signup-submit = Konto anlegen
signup-have-account = Sie haben schon ein Konto?
signup-check-mail-title = Bitte sehen Sie in Ihre E-Mails
signup-check-mail-text =
    Wir haben Ihnen eine E-Mail geschickt.
    In der E-Mail ist ein Link.
    Bitte klicken Sie auf den Link.
    So bestätigen Sie Ihr Konto.
    Der Link gilt 3 Tage.
hint-email =
    Wir schicken Ihnen einen Link.
    Mit dem Link bestätigen Sie die Adresse.
    Andere Menschen sehen die Adresse nicht.
label-password = Pass·wort
label-current-password = Jetziges Pass·wort
label-new-email = Neue E-Mail·Adresse
login-submit = Anmelden
login-forgot = Pass·wort vergessen?
login-no-account = Sie haben noch kein Konto?
confirm-title = E-Mail·Adresse bestätigen
confirm-text =
    Bitte klicken Sie auf den Knopf.
    So bestätigen Sie Ihre E-Mail·Adresse.
confirm-submit = Jetzt bestätigen
token-invalid-title = Der Link geht nicht mehr
token-invalid-text =
    Jemand hat diesen Link schon benutzt.
    Oder der Link ist zu alt.
    Bitte holen Sie sich einen neuen Link.
    Zum Beispiel so: Klicken Sie auf „Pass·wort vergessen?“.
    Oder melden Sie sich an.
forgot-title = Pass·wort vergessen
forgot-intro =
    Geben Sie Ihre E-Mail·Adresse ein.
    Wir schicken Ihnen dann einen Link.
    Mit dem Link wählen Sie ein neues Pass·wort.
forgot-submit = Link schicken
forgot-sent-title = Bitte sehen Sie in Ihre E-Mails
forgot-sent-text =
    Gibt es ein Konto mit dieser Adresse?
    Dann haben wir einen Link an die Adresse geschickt.
    Der Link gilt 2 Stunden.
reset-title = Neues Pass·wort wählen
reset-submit = Pass·wort speichern
account-nav = Einstellungen für mein Konto
account-export = Meine Daten herunterladen
account-view-profile = Mein Profil ansehen
account-no-neighbourhood = Sie sind noch in keinem Quartier.
account-find-neighbourhood = Ein Quartier finden
profile-edit-title = Mein Profil
profile-privacy =
    Ihr Profil ist eine Seite mit Informationen über Sie.
    Nur bestätigte Nachbarinnen und Nachbarn sehen Ihr Profil.
    Sie können Ihr Profil aber auch für alle Menschen öffnen.
    Ihre Adresse zeigen wir nie.
label-bio = Über mich (freiwillig)
hint-bio =
    Zum Beispiel: Was machen Sie gern?
    Wobei können Sie helfen?
    Höchstens 1000 Zeichen.
label-profile-public = Alle Menschen dürfen mein Profil sehen, auch ohne Anmeldung
password-title = Pass·wort ändern
password-submit = Pass·wort ändern
email-title = E-Mail·Adresse ändern
email-current = Das ist jetzt Ihre E-Mail·Adresse: { $email }
email-intro =
    Wir schicken einen Link an die neue Adresse.
    Bitte klicken Sie auf den Link.
    Erst dann gilt die neue Adresse.
email-submit = Link an neue Adresse schicken
email-sent-title = Bitte sehen Sie in die E-Mails von der neuen Adresse
email-sent-text =
    Wir haben einen Link an die neue Adresse geschickt.
    Das machen wir nur, wenn die neue Adresse noch frei ist.
    Bitte klicken Sie auf den Link.
    Bis dahin gilt Ihre alte Adresse.
email-confirm-title = Neue E-Mail·Adresse bestätigen
email-confirm-text =
    Bitte klicken Sie auf den Knopf.
    Dann gilt Ihre neue Adresse.
delete-title = Konto löschen
delete-export-first = Wollen Sie vorher Ihre Daten speichern?
delete-submit = Konto für immer löschen
deleted-title = Ihr Konto ist jetzt gelöscht
deleted-text =
    Wir haben Ihre persönlichen Daten gelöscht.
    Danke, dass Sie mitgemacht haben.
prefs-title = Anzeige und Sprache
prefs-intro =
    Diese Einstellungen gelten für jede Seite.
    Das gilt auch ohne Anmeldung.
    Haben Sie ein Konto?
    Dann speichern wir die Einstellungen.
prefs-saved = Wir haben Ihre Einstellungen gespeichert.
prefs-language = Sprache
prefs-text-size = Schrift·größe
prefs-size-normal = Normal
prefs-size-large = Groß
prefs-size-larger = Sehr groß
prefs-contrast = Kontrast
prefs-contrast-normal = Normal
prefs-contrast-high = Hoher Kontrast (Schwarz auf Weiß)

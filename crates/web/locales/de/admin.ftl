# Deutsch — admin.ftl
# Strings of the capability in src/admin/ and templates/admin/.

err-setup-token = Der Einrichtungs-Code stimmt nicht oder ist abgelaufen. Starten Sie den Server neu, um einen neuen zu erhalten.
setup-title = Erstes Betreiber-Konto anlegen
setup-intro = Geben Sie den Einrichtungs-Code aus der Server-Konsole ein und wählen Sie Ihre Zugangsdaten.
setup-submit = Konto anlegen
label-setup-token = Einrichtungs-Code
hint-setup-token = Steht in der Konsole, in der Sie den Server gestartet haben. Er gilt eine Stunde.
admin-title = Betrieb dieser Installation
admin-intro = Als Betreiber legen Sie Quartiere an und bestimmen ihre erste Koordination. Private Inhalte der Quartiere sehen Sie nicht.
admin-create = Neues Quartier anlegen
admin-create-submit = Quartier anlegen
label-slug = Adresse (/n/…)
label-timezone = Zeitzone
hint-timezone = Meist Europe/Berlin.
label-coordinator-email = E-Mail-Adresse der ersten Koordination (freiwillig)
notice-nb-created = Das Quartier ist angelegt.

## Eigene Domains von Organisationen
domains-title = Eigene Domains von Organisationen
domains-intro = Eine Organisation kann ihre Website unter ihrem eigenen Namen zeigen, zum Beispiel tafel-nord.de. Tragen Sie den Namen hier erst ein, wenn er im DNS auf diese Instanz zeigt und die Organisation belegt hat, dass er ihr gehört. Unter dem Namen erscheint die Startseite der Organisation; alles andere leitet zur Adresse der Instanz weiter.
domains-list = Eingetragene Namen
domains-none = Noch keine eigenen Domains.
domains-organisation = Organisation
domains-actions = Aktionen
domains-remove = Entfernen
domains-add = Einen Namen eintragen
domains-add-submit = Eintragen
label-host = Domain
hint-host = Nur der Name, etwa tafel-nord.de oder www.tafel-nord.de.
label-domain-organisation = Organisation (Adresse oder Kurzname)
hint-domain-organisation = Zum Beispiel …/o/tafel-nord oder tafel-nord.
err-host = Bitte geben Sie einen Domainnamen wie tafel-nord.de an.
err-host-own = Das ist der Name dieser Instanz selbst.
err-host-taken = Unter diesem Namen erscheint schon eine Organisation.
notice-domain-added = Der Name ist eingetragen. Die Website der Organisation erscheint jetzt darunter.
notice-domain-removed = Der Name ist entfernt.

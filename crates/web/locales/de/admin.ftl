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

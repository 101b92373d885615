# Leichte Sprache — admin.ftl
# Strings of the capability in src/admin/ and templates/admin/.

err-setup-token =
    Der Einrichtungs·code ist falsch oder zu alt.
    Bitte starten Sie den Server neu.
    Dann bekommen Sie einen neuen Code.
setup-title = Erstes Konto für den Betreiber anlegen
setup-intro =
    Geben Sie den Einrichtungs·code aus der Server·konsole ein.
    Wählen Sie dann Ihre Zugangs·daten.
    Zugangs·daten sind zum Beispiel Ihre E-Mail·Adresse und Ihr Pass·wort.
setup-submit = Konto anlegen
label-setup-token = Einrichtungs·code
hint-setup-token =
    Der Code steht in der Konsole.
    In dieser Konsole haben Sie den Server gestartet.
    Der Code gilt 1 Stunde.
admin-title = Betreiber·bereich
admin-intro =
    Sie sind Betreiber von dieser Seite.
    Das heißt: Sie kümmern sich um die Technik.
    Sie legen neue Quartiere an.
    Und Sie bestimmen für jedes Quartier die erste Koordination.
    Die Koordination leitet das Quartier.
    Private Inhalte aus den Quartieren sehen Sie nicht.
admin-create = Neues Quartier anlegen
admin-create-submit = Quartier anlegen
label-slug = Adresse (/n/…)
label-timezone = Zeit·zone
hint-timezone = Meistens: Europe/Berlin
label-coordinator-email = E-Mail·Adresse von der ersten Koordination (freiwillig)
notice-nb-created = Das Quartier ist jetzt da.

## Eigene Namen im Internet für Vereine
domains-title = Eigene Namen im Internet für Vereine
domains-intro = Ein Verein kann seine Seite unter einem eigenen Namen zeigen. Zum Beispiel: tafel-nord.de. Tragen Sie den Namen erst ein, wenn er auf diese Instanz zeigt. Und wenn der Verein gezeigt hat: Der Name gehört ihm.
domains-list = Eingetragene Namen
domains-none = Noch keine eigenen Namen.
domains-organisation = Verein
domains-actions = Was Sie tun können
domains-remove = Entfernen
domains-add = Einen Namen eintragen
domains-add-submit = Eintragen
label-host = Name im Internet
hint-host = Nur der Name. Zum Beispiel: tafel-nord.de
label-domain-organisation = Verein (Adresse oder Kurz·name)
hint-domain-organisation = Zum Beispiel: tafel-nord
err-host = Bitte schreiben Sie einen Namen wie tafel-nord.de.
err-host-own = Das ist der Name von dieser Instanz.
err-host-taken = Unter diesem Namen ist schon ein Verein.
notice-domain-added = Der Name ist eingetragen. Die Seite vom Verein ist jetzt unter dem Namen.
notice-domain-removed = Der Name ist entfernt.

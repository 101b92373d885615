# Leichte Sprache — search.ftl
# Strings of the capability in src/search/ and templates/search/.

search-title = Suchen
search-title-for = Sie suchen: { $words }
search-label = Im Quartier suchen
search-words = Welche Wörter suchen Sie?
search-words-hint =
    Wir suchen in der Hilfe.
    Wir suchen bei den Veranstaltungen.
    Wir suchen bei den Gruppen und Vereinen.
    Der Anfang von einem Wort reicht.
    Zum Beispiel: Gart findet Garten·arbeit.
search-submit = Suchen
search-hint =
    Schreiben Sie ein Wort in das Feld.
    Sie können auch mehrere Wörter schreiben.
    Dann finden Sie nur Sachen mit allen Wörtern.
search-too-short =
    Das Wort ist zu kurz.
    Schreiben Sie ein Wort mit 2 Buchstaben oder mehr.
    Wir suchen nicht nach Wörtern wie: und, der, die.
search-results-for = Das haben wir gefunden: { $words }
search-none =
    Wir haben nichts gefunden.
    Schreiben Sie weniger Wörter.
    Oder schreiben Sie kürzere Wörter.
search-none-here =
    Auf dieser Seite ist nichts für Sie.
    Auf der nächsten Seite suchen wir weiter.
search-kind-help = Hilfe
search-kind-event = Veranstaltung
search-kind-organisation = Verein
search-kind-group = Gruppe
search-kind-news = Neuigkeit
nb-menu-search = Suchen

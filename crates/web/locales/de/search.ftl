# Strings of the capability in src/search/ and templates/search/.

search-title = Suchen
search-title-for = Suche nach „{ $words }“
search-label = Im Quartier suchen
search-words = Suchbegriffe
search-words-hint = Gesucht wird in Hilfe, Veranstaltungen, Gruppen, Organisationen und Neuigkeiten. Wortanfänge genügen: „Gart“ findet „Gartenarbeit“.
search-submit = Suchen
search-hint = Geben Sie ein oder mehrere Wörter ein. Gefunden wird, was alle Wörter enthält.
search-too-short = Bitte geben Sie mindestens ein Wort mit zwei oder mehr Buchstaben ein. Sehr häufige Wörter wie „und“ oder „der“ werden nicht gesucht.
search-results-for = Ergebnisse für „{ $words }“
search-none = Nichts gefunden. Versuchen Sie weniger oder kürzere Wörter.
search-none-here = Auf dieser Seite ist nichts, was Sie sehen dürfen. Auf der nächsten Seite geht die Suche weiter.
search-kind-help = Hilfe
search-kind-event = Veranstaltung
search-kind-organisation = Organisation
search-kind-group = Gruppe
search-kind-news = Neuigkeit
nb-menu-search = Suchen

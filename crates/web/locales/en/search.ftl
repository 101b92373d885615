# Strings of the capability in src/search/ and templates/search/.

search-title = Search
search-title-for = Search for “{ $words }”
search-label = Search the neighbourhood
search-words = Search words
search-words-hint = Searches help, events, groups, organisations and news. The start of a word is enough: “gard” finds “gardening”.
search-submit = Search
search-hint = Type one or more words. You find what contains all of them.
search-too-short = Please type at least one word of two or more letters. Very common words such as “and” or “the” are not searched for.
search-results-for = Results for “{ $words }”
search-none = Nothing found. Try fewer or shorter words.
search-none-here = Nothing on this page is yours to see. The search goes on on the next page.
search-kind-help = Help
search-kind-event = Event
search-kind-organisation = Organisation
search-kind-group = Group
search-kind-news = News
nb-menu-search = Search

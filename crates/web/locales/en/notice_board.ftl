# English — notice_board.ftl
# Strings of the capability in src/notice_board/ and templates/notice_board/.

aushang-intro = Choose the week and the language. Then print the page using your browser’s print function. Names never appear on the notice board.
aushang-choose = Week and language
label-aushang-week = Any day of the week
label-aushang-lang = Language
aushang-lang-standard = Everyday German
aushang-lang-easy = Leichte Sprache
aushang-show = Show notice board
aushang-no-office = It does not yet say how people without internet access can reply. Please add this under “Manage neighbourhood”.
aushang-print-hint = Tip: print in black and white on A4. The page is designed for large print.
aushang-sheet-title = Neighbourhood: Who can help? What’s on?
aushang-week = Week from { $from } to { $to }
aushang-help-none = There are no open requests or offers at the moment.
aushang-answer = Would you like to help, or do you need help? { $office }
aushang-answer-online = Would you like to help, or do you need help? Ask at the neighbourhood office.
aushang-online = Everything is also online: { $link }
label-aushang-large = Large print

# Co-production on the sheet: open votes and meetings.
aushang-projects = Take part in projects
aushang-projects-how = These projects are open to everyone in the neighbourhood. You can vote without the internet too: at the project's meeting, or someone in the project votes for you.
aushang-votes = Open votes
aushang-vote-until = open until { $date }
aushang-meetings = Next meetings

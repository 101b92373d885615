# English — neighbourhoods.ftl
# Strings of the capability in src/neighbourhoods/ and templates/neighbourhoods/.

err-code-throttled = Too many tries with codes. Please wait an hour or ask your neighbourhood's coordinators.
err-code-unknown = We do not recognise this code, or it has already been used.
err-already-member = You are already a member or have already asked to join.
err-last-coordinator = A neighbourhood needs at least one coordinator.
role-resident = Resident
role-moderator = Moderator
role-coordinator = Coordinator
home-title = Welcome to Quartier
home-lead = Here neighbours help each other, local groups show what they do, and everyone finds out what is going on in the area.
setup-needed-title = Setup required
setup-needed-text = This Quartier installation does not have an operator yet. When it started, the server wrote a one-time setup code to the console. Use this code to create the first operator account.
setup-start = Start setup
nb-whats-new = New in the neighbourhood
nb-nothing-new = Nothing new yet.
nb-joined = since { $date }
nb-all-members = All neighbours
nb-coordination = Coordination
nb-pending-count = { $count ->
    [one] 1 request is awaiting confirmation.
   *[other] { $count } requests are awaiting confirmation.
}
nb-manage = Manage neighbourhood
nb-join-title = Join in
nb-join-login = To join, sign up or log in.
nb-join-text = Do you live here? Then ask to join. The coordinators will confirm you.
nb-join-request = Ask to join
nb-pending = Your request is waiting to be confirmed by the coordinators.
nb-code-title = Do you have an invitation card?
nb-code-text = Enter the code from the card. You will be confirmed straight away.
nb-code-submit = Redeem code
label-code = Code from the invitation card
hint-code = 8 characters, for example ACDE-FGHJ. Upper or lower case does not matter.
members-privacy = Only confirmed neighbours can see this list.
manage-pending = Requests to join
manage-no-pending = No open requests.
manage-asked-on = requested on { $date }
manage-decline = Decline
manage-codes = Invitation cards
manage-codes-text = Print cards with invitation codes, for example for letterboxes or your drop-in hours. Each code can be used once.
label-code-count = Number of cards
hint-code-count = 1 to 100
manage-codes-create = Create cards
manage-batches = Cards created so far
manage-batch-used = Used
manage-batch-print = Print
manage-roles = Roles
manage-role-of = Role of { $name }
manage-set-role = Set role
log-member-confirmed = { $actor } confirmed { $subject }.
log-member-declined = { $actor } declined the request from { $subject }.
log-role-set = { $actor } changed the role of { $subject }.
log-codes-created = { $count ->
    [one] { $actor } created 1 invitation card.
   *[other] { $actor } created { $count } invitation cards.
}
log-joined-with-code = { $subject } joined with an invitation card.
codes-title = Print invitation cards
codes-print-hint = Print this page (Ctrl+P). Each card fits on half an A4 page.
codes-card-title = Invitation to the { $name } neighbourhood
codes-card-text = Join your neighbourhood online! Go to this page:
codes-card-code = and enter this code:
codes-used = already used
profile-no-bio = This person has not written anything about themselves yet.
profile-neighbourhoods = Neighbourhoods
profile-edit-link = Edit profile
nb-help = Neighbourly help
nb-help-all = All requests and offers
label-new-category = New help category (optional)
moderation-open-reports = View reports
profile-thanks = Thank-yous from neighbours
manage-help = Neighbourly help
manage-time-bank = Switch on the time bank: completed help is credited in hours
manage-custom-categories = Custom categories:
log-content-hidden = { $actor } hid something posted by { $subject }.
log-report-dismissed = { $actor } closed a report.
log-help-on-behalf = { $actor } posted on behalf of a person without internet access.
log-time-bank = { $actor } changed the time bank setting.
log-category-added = { $actor } added a category.
manage-balances = Time accounts in the neighbourhood
orgs-all = All clubs and organisations
nb-events = Upcoming events
groups-all = All groups
manage-easy-intro = A text only counts as Leichte Sprache (easy-to-read German) once people from the target group have checked it. Here you decide who reviews texts from this neighbourhood.
hint-reviewer-email = The person must be a confirmed member of this neighbourhood.
err-not-a-neighbour = There is no confirmed member of this neighbourhood with this email address.
log-reviewer-added = { $actor } added { $subject } as a reviewer for Leichte Sprache.
log-reviewer-removed = { $actor } removed { $subject } as a reviewer.
manage-aushang-intro = Many people in the neighbourhood are not online. Print a notice board every week with the open requests and offers (without names), events and news – for the display case, the office or the supermarket.
label-office-contact = How people without internet access can reply
hint-office-contact = Shown on every notice board. For example: Call 0301 234567 (Mon–Fri, 9am–12 noon) or come to the neighbourhood centre, Lindenplatz 4.
aushang-open = View and print the notice board
log-time-bank-on = { $actor } switched the time bank on.
log-time-bank-off = { $actor } switched the time bank off.
manage-save-help = Save the help settings
manage-save-office = Save the notice board contact
nb-for-you = For you
nb-for-you-unread = { $count ->
    [one] One new notification
   *[other] { $count } new notifications
}
nb-for-you-entries = Your open requests and offers
nb-for-you-no-entries = Nothing open right now.
nb-for-you-events = Your next events
nb-for-you-no-events = You have not signed up for any event.
nb-for-you-waiting = on the waiting list
nb-for-you-messages = To your messages
manage-sections = Sections of the coordination
manage-members = Requests to join and roles
manage-overview-intro = Here you coordinate the neighbourhood. Each section has a page of its own.
manage-members-about = Confirm or decline requests to join; give the roles of moderation and coordination.
manage-codes-about = Print cards with invitation codes, for letterboxes or the office hour.
manage-help-about = Switch the time bank on or off, add your own categories, see the time accounts.
manage-easy-about = Decide who reviews texts in Leichte Sprache (easy German).
manage-board-about = Print the weekly notice board and give the contact for people without internet.
manage-log-about = Read who did what in the coordination, and when.
manage-shared-account = Neighbourhood account
nb-new-title = New since your last visit
nb-new-nothing = Nothing new since your last visit.
nb-count-more-than = more than { $count }
nb-new-help = { $count ->
    [one] 1 new request or offer of help
   *[other] { $count } new requests and offers of help
}
nb-new-events = { $count ->
    [one] 1 new event
   *[other] { $count } new events
}
nb-new-news = { $count ->
    [one] 1 new post from organisations
   *[other] { $count } new posts from organisations
}
nb-new-group-posts = { $count ->
    [one] 1 new post in your groups
   *[other] { $count } new posts in your groups
}
nb-my-groups = Your groups
nb-my-groups-none = You are not in any group yet.
nb-my-groups-all = All groups in the neighbourhood
nb-for-you-unread-messages = { $count ->
    [one] One conversation with an unread message
   *[other] { $count } conversations with unread messages
}

# Open co-production projects on the neighbourhood page.
nb-projects = Projects to join
nb-projects-intro = Here the people who use a service plan it together with its staff. Everyone in the neighbourhood can take part.
nb-projects-all = All projects

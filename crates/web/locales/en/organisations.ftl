# English — organisations.ftl
# Strings of the capability in src/organisations/ and templates/organisations/.

orgs-intro = Clubs, parishes, social services, community initiatives, council offices and local businesses in the neighbourhood. Each organisation looks after its own page.
orgs-propose = Suggest an organisation
orgs-none = There are no organisations in this neighbourhood yet.
orgs-pending = awaiting confirmation
org-propose-intro = You will become the first administrator. The coordinators confirm that the organisation belongs to the neighbourhood. After that, only you and your team look after the page.
org-edit = Edit page
org-members = Members and permissions
org-contact = Contact
org-neighbourhoods = Neighbourhoods
org-feed = Subscribe to the news as a feed (Atom)
org-news = News
org-news-new = Write a news post
org-no-news = No news yet.
org-members-only = Only visible to members
org-members-only-short = members only
org-add-member = Add a person or change a role
org-role = Role
org-role-member = Member
org-role-editor = Editor
org-role-admin = Administrator
org-remove = Remove
org-log-intro = Everything that has been changed on your page or hidden by the moderators.
label-org-slug = Page address (/o/…)
label-org-kind = Type of organisation
label-contact = Contact
hint-contact = Phone, email or office hours – whatever you would like to show publicly.
label-opening-hours = Opening hours
label-website = Website
label-social = Social media or blog
hint-link = An address starting with https://.
label-news-body = Text
err-last-admin = An organisation needs at least one administrator.
org-add-neighbourhood = Active in another neighbourhood too?
org-add-neighbourhood-submit = Ask to belong
org-events-feed = Subscribe to the events (iCalendar)
label-image = Picture (optional)
hint-image = JPG, PNG, GIF or WebP, at most 10 MB. We remove location data and other hidden data from the picture.
label-image-alt = What does the picture show?
hint-image-alt = Required if you upload a picture. For people who cannot see it. For example: children dancing at the street party.
org-easy-intro = Who reviews your organisation’s texts in Leichte Sprache (easy-to-read German)? The person needs a Quartier account.
hint-reviewer-email-org = The person needs a Quartier account.
# Invitations to help run an organisation
org-invite-intro = People who are not members yet get an invitation and only become members once they accept.
mail-invitation-accepted-subject = { $name } now helps run { $title }
mail-invitation-accepted-body = Hello,

    { $name } accepted the invitation to "{ $title }".

    { $link }
mail-invitation-declined-subject = { $name } declined the invitation
mail-invitation-declined-body = Hello,

    { $name } declined the invitation to "{ $title }".

    { $link }
notice-org-confirmed = The organisation is now confirmed. Its page is visible to everyone.
hint-org-slug = You may leave this empty: the address is then made from the name. Otherwise lower-case letters, digits and hyphens.

# The public directory of organisations
dir-title = Clubs and organisations in every neighbourhood
dir-intro = Every club, initiative, service and business that belongs to a neighbourhood. Search by name, what they offer, type or accessibility.
dir-search = Find an organisation
dir-words = Search words (name or offer)
dir-kind = Type of organisation
dir-all-kinds = All types
dir-premises = Premises
dir-find = Search
dir-show-all = Show all
dir-results = Results
dir-none-found = No organisation matches your search.
dir-in = In the neighbourhood:
dir-all-neighbourhoods = Clubs and organisations of every neighbourhood

# English — main.ftl
# Strings shared by several capabilities and the page frame.

skip-to-content = Skip to content
demo-banner = Demo mode: all names and texts are made up. Please do not enter any real data.
nav-main = Main menu
nav-account = My account
nav-admin = Administration
nav-login = Log in
nav-logout = Log out
nav-signup = Sign up
nav-preferences = Display and language
footer-language = Language:
footer-about = Quartier is free software for neighbourhoods. Your address is never shown.
back-home = Back to the home page
save = Save
form-has-errors = Please check your entries
error-prefix = Error:
former-neighbour = Former neighbour
error-not-found = Page not found
error-not-found-text = This page does not exist (any more). Perhaps the address has changed.
error-forbidden = No access
error-forbidden-text = This page is only visible to certain people, for example confirmed neighbours or the coordinators.
error-login-required = Please log in
error-login-required-text = You need to be logged in to see this page.
error-bad-request = Request not understood
error-bad-request-text = The request was incomplete or invalid. Please try again using the form.
error-conflict = That is not possible right now
error-conflict-text = This has already been done or no longer matches the current state. Please reload the page.
error-too-many = Too many attempts
error-too-many-text = Please wait a few minutes and then try again.
error-validation = Please check your entries
error-validation-text = Some details are missing or not quite right.
error-unavailable = Very busy right now
error-unavailable-text = Very many people are here at the same time. Please try again in a few seconds. If you sent a form, reload the page: your browser sends it again.
error-internal = Technical error
error-internal-text = Something went wrong on our side. Your entries have not been lost. Please try again later.
err-email-empty = Please enter your email address.
err-email-invalid = This is not a valid email address. Example: name@example.com
err-email-taken = This email address is already in use.
err-password-short = The password must be at least 10 characters long.
err-password-long = The password must not be longer than 200 characters.
err-password-weak = This password is too easy to guess.
err-password-demo = The demo password is not allowed here. Please choose your own password.
err-too-many-mails = Too many emails were asked for from here in the last hour. Please try again in an hour.
err-name-short = The name must be at least 2 characters long.
err-name-long = The name must not be longer than 60 characters.
err-name-invalid = The name must not contain an @ sign or a line break.
err-text-short = This text is too short.
err-text-control = The text contains invalid control characters.
err-bio-long = The text must not be longer than 1,000 characters.
err-description-long = The description must not be longer than 2,000 characters.
err-slug-length = The address must be 2 to 40 characters long.
err-slug-chars = Only lower-case letters without accents, digits and single hyphens are allowed.
err-slug-reserved = This address is reserved. Please choose another one.
err-slug-taken = This address is already taken.
err-timezone = Unknown time zone. Example: Europe/Berlin
err-code-empty = Please enter the code from your invitation card.
err-code-invalid = A code has 8 characters, for example ACDE-FGHJ.
err-count-range = Please enter a number from 1 to 100.
err-no-such-account = There is no account with this email address.
notice-saved = Saved.
notice-password-changed = Your password has been changed. You have been logged out everywhere else.
notice-email-changed = Your new email address is now active.
notice-joined = Welcome! You are now a confirmed resident.
notice-requested = Your request has arrived. The coordinators will get back to you.
notice-confirmed = This person is now confirmed.
notice-declined = The request has been declined.
notice-role-set = The role has been changed.
notice-created = Created. You can now log in.
notice-confirm-sent = We have sent you a confirmation link.
notice-logged-out = You have been logged out.
notice-password-reset = Your new password is now active. Please log in.
notice-email-confirmed = Your email address has been confirmed. Please log in.
notice-deleted = Your account has been deleted.
status-pending = Request awaiting confirmation
home-my-neighbourhoods = My neighbourhoods
home-all-neighbourhoods = Neighbourhoods on this site
home-none-yet = There are no neighbourhoods here yet.
members-count = { $count ->
    [one] 1 confirmed member
   *[other] { $count } confirmed members
}
label-display-name = Your name as neighbours will see it
hint-display-name = For example “Anna S.” or your full name.
label-email = Email address
label-new-password = New password
hint-password = At least 10 characters. A sentence that is easy for you to remember is ideal.
login-title = Log in
mail-confirm-subject = Please confirm your email address
mail-confirm-body = Hello,

    please confirm your email address for Quartier using this link:

    { $link }

    The link is valid for three days. If you did not sign up, you can simply delete this email.
mail-exists-subject = Signing in to Quartier
mail-exists-body = Hello,

    someone tried to create a new account with your email address. But you already have an account.
    If you have forgotten your password, you can choose a new one here:

    { $link }

    If this was not you, you do not need to do anything.
mail-reset-subject = New password for Quartier
mail-reset-body = Hello,

    use this link to choose a new password:

    { $link }

    The link is valid for two hours. If you did not request this, you can delete this email.
mail-change-subject = Confirm your new email address
mail-change-body = Hello,

    please confirm your new email address for Quartier using this link:

    { $link }

    The link is valid for three days.
account-title = My account
delete-intro = If you delete your account, we will remove your personal data: email address, name, profile and memberships. Anything other people still need, such as messages in a conversation, will be kept and attributed to “former neighbour”. This cannot be undone.
nb-together = Together in the neighbourhood
nb-together-text = Soon you will find requests and offers of help, events and local groups from your neighbourhood here.
members-title = Neighbours
manage-title = Manage neighbourhood
manage-confirm = Confirm
manage-batch-date = Created on
manage-log = Log
manage-log-empty = No entries yet.
label-name = Name
hint-slug = Lower-case letters, digits and hyphens, for example “lindenviertel”.
label-description = Description
hint-coordinator-email = This person needs to have an account already.
nav-inbox = Messages
nav-notifications = Notifications
nav-unread = unread
pager = Pages
pager-prev = Previous page
pager-next = Next page
help-new-request = I need help
help-new-offer = I can offer help
help-filter = Narrow down
help-filter-submit = Show
help-all = All
help-none = There are no open posts at the moment.
help-kind-request = Request
help-kind-offer = Offer
help-choose = Please choose
help-submit = Publish
help-status-open = Open
help-status-arranged = Arranged
help-status-done = Done
help-status-withdrawn = Withdrawn
help-hidden = This post has been hidden by the moderators. Reason: { $reason }
help-answer-default-request = Hello, I can help you with this. When would suit you?
help-answer-default-offer = Hello, I would be glad to take you up on your offer. When would suit you?
help-hours = Hours
label-category = Category
label-title = Short title
hint-body = You can use simple formatting: **bold**, lists starting with “-”. No more than 5,000 characters.
label-date = Date
label-time-from = From (time)
label-time-to = Until (time)
label-reason = Reason
label-message = Message
cat-shopping = Shopping
cat-accompanying = Company to appointments
cat-technology = Technology
cat-garden = Gardening
cat-repairs = Small repairs
cat-visits = Visits and a chat
cat-rides = Lifts and rides
cat-childcare = Childcare
cat-language = Language and forms
cat-pets = Pets
cat-other = Other
inbox-unread = new
report-submit = Report to the moderators
moderation-title = Moderation
moderation-kind-entry = Post
moderation-hide-reason = Reason for hiding
moderation-hide = Hide
notifications-title = Notifications
notice-kind-answer = Someone has responded
notice-kind-accepted = Your reply has been accepted
notice-kind-message = New message
notice-kind-new-request = New request
notice-kind-thanks = A thank-you for you
notice-kind-hidden = The moderators have hidden something of yours
thanks-title = My thank-yous
notice-posted = Your post has been published.
notice-accepted = Accepted. The person has been notified.
notice-done = Marked as done. Thank you for taking part!
notice-withdrawn = The post has been withdrawn.
notice-thanked = Your thank-you has been delivered.
notice-reported = Thank you. The moderators will take a look.
notice-blocked = Blocked. You will no longer receive messages from this person.
notice-unblocked = The block has been lifted.
notice-hidden = Hidden. The person can see the reason.
notice-dismissed = The report has been closed.
err-category = Please choose a category from the list.
err-title-short = The title must be at least 3 characters long.
err-title-long = The title must not be longer than 120 characters.
err-body-long = The description must not be longer than 5,000 characters.
err-date = Please enter a date such as 2026-12-24.
err-date-past = This date is in the past.
err-date-far = Please choose a date within the next year.
err-time = Please enter a time such as 14:30.
err-time-order = The end must be after the start.
err-urgency = Please choose how urgent it is.
err-area-long = The area must not be longer than 80 characters.
err-on-behalf-long = The name must not be longer than 80 characters.
err-hours = Please enter a number of hours between 0.25 and 24.
err-message-empty = Please write a message.
err-message-long = The message must not be longer than 4,000 characters.
err-reason-short = Please give a reason (at least 3 characters).
err-reason-long = The reason must not be longer than 500 characters.
err-blocked = Messages between you and this person are not possible.
mail-notice-answer-subject = Someone has responded to your post
mail-notice-accepted-subject = Your reply has been accepted
mail-notice-message-subject = New message on Quartier
mail-notice-new-request-subject = New request in your neighbourhood
mail-notice-thanks-subject = A thank-you for you
mail-notice-hidden-subject = The moderators have hidden something
mail-notice-body = Hello,

    there is news about “{ $title }”:

    { $link }

    You can choose how you are notified under “Notifications”.
mail-digest-subject = Your Quartier summary
mail-digest-body = Hello,

    new notifications for you since your last summary: { $count }

    { $link }
orgs-title = Clubs and organisations
org-about = About us
org-accessibility = Accessibility of the premises
org-step-free = Step-free access
org-not-step-free = No step-free access
org-accessible-toilet = Accessible toilet
org-hearing-loop = Hearing loop for hearing aids
org-log-org-proposed = { $actor } suggested the organisation
org-log-org-confirmed = { $actor } confirmed that the organisation belongs to the neighbourhood
org-log-org-edited = { $actor } edited the page
org-log-news-hidden = { $actor } (moderators) hid a news post
org-log-member-role-set = { $actor } gave someone a role
org-log-member-removed = { $actor } removed someone
org-kind-club = Club
org-kind-parish = Parish
org-kind-social_service = Social service
org-kind-initiative = Community initiative
org-kind-municipal_office = Council office
org-kind-business = Local business
org-kind-political_body = Political body
notice-org-proposed = Suggested. As soon as the coordinators confirm it, the page will be visible to everyone.
err-org-kind = Please choose the type of organisation.
err-link = Please enter an address that starts with https://.
err-short-long = No more than 300 characters.
err-news-long = The text must not be longer than 20,000 characters.
org-log-org-link-requested = { $actor } asked to join another neighbourhood
calendar-title = Calendar
calendar-none = There are no events at the moment.
event-new = Add an event
event-cancelled = Cancelled
event-online = Online
event-full = Fully booked – waiting list open
event-places-free = { $count ->
    [one] 1 place left
   *[other] { $count } places left
}
event-all-day-on = { $date }, all day
event-when-same-day = { $date }, { $time }
event-cat-culture = Culture
event-cat-sport = Sport and exercise
event-cat-education = Learning and education
event-cat-social = Getting together
event-cat-family = Families and children
event-cat-seniors = Older people
event-cat-faith = Faith
event-cat-politics = Politics and getting involved
event-cat-environment = Environment and gardening
event-cat-other = Other
nb-news = News from local clubs and organisations
org-events = Events
weekday-0 = Monday
weekday-1 = Tuesday
weekday-2 = Wednesday
weekday-3 = Thursday
weekday-4 = Friday
weekday-5 = Saturday
weekday-6 = Sunday
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
err-capacity = Please enter a number from 1 to 10,000, or leave the field empty.
err-cost-long = No more than 100 characters.
err-repeat = Please choose how the event repeats.
err-repeat-until = Please enter an end date after the first event and no more than one year later.
notice-signed-up = You are signed up.
notice-waiting = The event is full. You are on the waiting list.
notice-event-cancelled = The event has been cancelled. Everyone who signed up will be notified.
notice-sent = Your message has been sent.
notice-kind-event-place = You have been given a place
notice-kind-event-message = Message about an event
notice-kind-event-cancelled = An event has been cancelled
mail-notice-event-place-subject = A place has become free – and it is yours
mail-notice-event-message-subject = Message about an event
mail-notice-event-cancelled-subject = An event has been cancelled
org-log-event-created = { $actor } added an event
org-log-event-edited = { $actor } edited an event
org-log-event-cancelled = { $actor } cancelled an event
org-log-event-message = { $actor } wrote to the participants of an event
org-log-event-hidden = { $actor } (moderators) hid an event
groups-title = Groups
groups-intro = Groups for shared interests and for learning from one another – a smartphone drop-in or a running group, for example.
group-kind-interest = Interest group
group-kind-learning = Learning group
group-joining-request = By request
group-remove = Remove
err-group-kind = Please choose the type of group.
err-group-joining = Please choose who can join.
err-post-long = The post must not be longer than 10,000 characters.
notice-left = You have left the group.
err-image-too-large = The picture is too large. At most 10 MB are allowed.
err-image-type = This is not a picture. JPG, PNG, GIF and WebP are allowed.
err-image-broken = The picture cannot be opened. Please try another file.
err-image-alt = Please describe briefly what the picture shows.
easy-edit-link = Leichte Sprache: write a version or have it checked
easy-hints = Checker hints
easy-hints-only = These are only hints. You can still save the text.
easy-no-hints = The checker found nothing to point out.
easy-badge-checked = Checked by readers
easy-not-yet = This text is not yet available in Leichte Sprache. Here is the text in everyday language.
easy-status-draft = Draft
easy-status-in-review = Awaiting review
easy-status-approved = Checked by readers
easy-status-changes-requested = Please revise
easy-kind-help-entry = Help post
easy-kind-news = News post
easy-kind-event = Event
easy-kind-organisation = Organisation profile
easy-kind-meeting-agenda = Meeting agenda
easy-kind-meeting-minutes = Meeting minutes
easy-kind-project-proposal = Proposal or decision of a project
easy-kind-org-page = Page of an organisation's website
easy-hint-long-sentence = Long sentence. Split it into short sentences:
easy-hint-passive = Passive voice. Say who is doing it:
easy-hint-subjunctive = Subjunctive. Say it directly:
easy-hint-genitive = Genitive. Better with “von”:
easy-hint-negation = Negative. Say it positively if you can:
easy-hint-long-word = Long word. Split it:
easy-hint-abbreviation = Abbreviation. Write the word out in full:
easy-hint-foreign-word = Foreign word. Use a German word instead:
easy-hint-number-word = Number written as a word. Use digits:
easy-hint-special-character = Special character. Write it as a word:
notice-review-requested = Saved. The reviewers can now see the text.
manage-easy = Reviewers for Leichte Sprache
manage-no-reviewers = Nobody reviews texts yet.
label-reviewer-email = Reviewer’s email address
manage-add-reviewer = Add as reviewer
org-log-reviewer-added = { $actor } added a reviewer for Leichte Sprache
org-log-reviewer-removed = { $actor } removed a reviewer
aushang-title = Printable notice board
aushang-help = Requests and offers
aushang-events = Events this week
mail-aushang-subject = Your neighbourhood’s notice board for this week
mail-aushang-body = Hello,

    here is what’s on in your neighbourhood:

    { $text }
    You can unsubscribe under “Notifications”: { $link }
notice-signup-withdrawn = You have cancelled your place. It goes to the next person on the waiting list.
easy-check-standard = Check how easy the text is to read
notice-group-created = The group has been founded. You are its admin.
notice-group-requested = You have asked to join. The group’s admins will decide soon.
notice-group-joined = Welcome to the group!
notice-invited = If there is an account for this address, the person now has an invitation. They become a member once they accept.
notice-invitation-accepted = You are now helping. Welcome!
notice-invitation-declined = You declined the invitation.
org-log-member-invited = { $actor } invited someone
org-log-invitation-accepted = { $actor } accepted an invitation
org-log-invitation-declined = { $actor } declined an invitation
mail-org-invitation-subject = Invitation: { $title }
mail-org-invitation-body = Hello,

    { $name } invites you to help run "{ $title }", as { $text }.
    You only become a member if you accept. Accept or decline here:

    { $link }
confirm-back = No, go back
nb-menu = Menu for { $name }
nb-menu-help = Help
nb-menu-calendar = Calendar
nb-menu-groups = Groups
nb-menu-organisations = Clubs and organisations
nb-menu-manage = Manage

# Short labels of the header on a phone (the long ones are shown elsewhere).
demo-banner-short = Demo: everything is made up.
nav-inbox-short = Inbox
nav-notifications-short = Alerts
nav-account-short = Account
nav-preferences-short = Display
nb-menu-home-short = Home
nb-menu-organisations-short = Clubs

## Leichte Sprache everywhere: times, dates, notes, the glossary (shown in de-simple)
easy-clock-hour = { $hour } o'clock
easy-clock-half = half an hour before { $hour } o'clock
easy-clock-quarter-past = quarter past { $hour }
easy-clock-quarter-to = quarter to { $hour }
easy-clock-minutes = { $hour }:{ $minute }
easy-datetime = { $date }, at { $time }
easy-when-same-day = On { $date }. From { $from } to { $to }.
easy-when-all-day = On { $date }. All day.
easy-when-days = From { $from } to { $to }.
easy-when-span = Starts on { $fromdate } at { $fromtime }. Ends on { $todate } at { $totime }.
easy-time-range = from { $from } to { $to }
easy-from-time = from { $time }
easy-until-time = until { $time }
easy-missing = Not yet in Leichte Sprache
glossary-what = What does “{ $term }” mean?
glossary-coordination = Coordination
glossary-coordination-text = The coordinators run the neighbourhood: neighbours who admit new members and see that things go well.
glossary-moderation = Moderation
glossary-moderation-text = The moderators look after reported posts and can hide hurtful texts.
glossary-timebank = Time bank
glossary-timebank-text = The time bank counts help in hours: help for an hour and an hour is credited to you, to spend on help for yourself. No money changes hands.
glossary-ics = Calendar file (.ics)
glossary-ics-text = A file ending in .ics that calendar apps on phones and computers can read; subscribed, it keeps the events up to date.
glossary-easy = Leichte Sprache
glossary-easy-text = Leichte Sprache (easy language) is a very simple German with short sentences and explained words; people from the target group check the texts.
glossary-association = Association
glossary-association-text = An association (Verein) is a group of people with a shared aim, for example sport or neighbourhood work.
easy-hints-field = Checker hints on this field:
easy-hints-at-field = The checker has hints on your text. They are right at the field.

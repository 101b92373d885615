# English

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
back-account = Back to “My account”
save = Save
form-has-errors = Please check your entries
error-prefix = Error:
former-neighbour = Former neighbour

## Error pages
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
error-internal = Technical error
error-internal-text = Something went wrong on our side. Your entries have not been lost. Please try again later.

## Field errors
err-email-empty = Please enter your email address.
err-email-invalid = This is not a valid email address. Example: name@example.com
err-email-taken = This email address is already in use.
err-email-same = This is already your email address.
err-password-empty = Please enter your password.
err-password-short = The password must be at least 10 characters long.
err-password-long = The password must not be longer than 200 characters.
err-password-weak = This password is too easy to guess.
err-password-demo = The demo password is not allowed here. Please choose your own password.
err-too-many-mails = Too many emails were asked for from here in the last hour. Please try again in an hour.
err-too-fast = You are sending messages very quickly. Please wait a minute, then send again.
err-current-password = The current password is not correct.
err-login-failed = The email address or password is not correct.
err-login-throttled = Too many failed attempts. Please wait 15 minutes or reset your password.
err-login-unconfirmed = Please confirm your email address first. We have just sent you a new link.
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
err-setup-token = The setup code is wrong or has expired. Restart the server to get a new one.
err-code-empty = Please enter the code from your invitation card.
err-code-invalid = A code has 8 characters, for example ACDE-FGHJ.
err-code-throttled = Too many tries with codes. Please wait an hour or ask your neighbourhood's coordinators.
err-code-unknown = We do not recognise this code, or it has already been used.
err-count-range = Please enter a number from 1 to 100.
err-no-such-account = There is no account with this email address.
err-already-member = You are already a member or have already asked to join.
err-last-coordinator = A neighbourhood needs at least one coordinator.

## Notices after an action
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

## Roles
role-resident = Resident
role-moderator = Moderator
role-coordinator = Coordinator
status-pending = Request awaiting confirmation

## Home page
home-title = Welcome to Quartier
home-lead = Here neighbours help each other, local groups show what they do, and everyone finds out what is going on in the area.
home-my-neighbourhoods = My neighbourhoods
home-all-neighbourhoods = Neighbourhoods on this site
home-none-yet = There are no neighbourhoods here yet.
members-count = { $count ->
    [one] 1 confirmed member
   *[other] { $count } confirmed members
}
setup-needed-title = Setup required
setup-needed-text = This Quartier installation does not have an operator yet. When it started, the server wrote a one-time setup code to the console. Use this code to create the first operator account.
setup-start = Start setup

## Setup
setup-title = Create the first operator account
setup-intro = Enter the setup code from the server console and choose your login details.
setup-submit = Create account
label-setup-token = Setup code
hint-setup-token = You will find it in the console where you started the server. It is valid for one hour.

## Sign up and log in
signup-title = Sign up
signup-intro = With an account you can join your neighbourhood. Your address is never shown.
signup-submit = Create account
signup-have-account = Already have an account?
signup-check-mail-title = Please check your inbox
signup-check-mail-text = We have sent an email to the address you gave. Click the link in it to confirm your account. The link is valid for three days.
label-display-name = Your name as neighbours will see it
hint-display-name = For example “Anna S.” or your full name.
label-email = Email address
hint-email = We will send you a link to confirm it. Other people cannot see your address.
label-password = Password
label-new-password = New password
hint-password = At least 10 characters. A sentence that is easy for you to remember is ideal.
label-current-password = Current password
label-new-email = New email address
login-title = Log in
login-submit = Log in
login-forgot = Forgotten your password?
login-no-account = No account yet?
confirm-title = Confirm email address
confirm-text = Please click the button to confirm your email address.
confirm-submit = Confirm now
token-invalid-title = Link invalid or expired
token-invalid-text = This link has already been used or is too old. Please request a new one, for example via “Forgotten your password?” or by logging in.
forgot-title = Forgotten password
forgot-intro = Enter your email address. We will send you a link so you can choose a new password.
forgot-submit = Send link
forgot-sent-title = Please check your inbox
forgot-sent-text = If there is an account with this address, we have sent a link to it. The link is valid for two hours.
reset-title = Choose a new password
reset-submit = Save password

## Emails
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

## Account
account-title = My account
account-nav = Account settings
account-export = Download my data
account-view-profile = View my profile
account-no-neighbourhood = You are not in a neighbourhood yet.
account-find-neighbourhood = Find a neighbourhood
profile-edit-title = My profile
profile-privacy = Only confirmed neighbours can see your profile – unless you make it public. Your address is never shown.
label-bio = About me (optional)
hint-bio = For example, what you like doing or what you can help with. No more than 1,000 characters.
label-profile-public = Anyone may see my profile, even without logging in
password-title = Change password
password-submit = Change password
email-title = Change email address
email-current = Your current email address is { $email }.
email-intro = We will send a link to the new address. The new address only becomes active once you click it.
email-submit = Send link to new address
email-sent-title = Please check the new inbox
email-sent-text = We have sent a link to the new address, provided it is not already in use. Your previous address stays active until you click it.
email-confirm-title = Confirm new email address
email-confirm-text = Click the button to make your new address active.
delete-title = Delete account
delete-intro = If you delete your account, we will remove your personal data: email address, name, profile and memberships. Anything other people still need, such as messages in a conversation, will be kept and attributed to “former neighbour”. This cannot be undone.
delete-export-first = Would you like to save your data first?
delete-submit = Delete account permanently
deleted-title = Your account has been deleted
deleted-text = Your personal data has been removed. Thank you for taking part.

## Display and language
prefs-title = Display and language
prefs-intro = These settings apply to every page, even without logging in. If you have an account, they are saved.
prefs-saved = Your settings have been saved.
prefs-language = Language
prefs-text-size = Text size
prefs-size-normal = Normal
prefs-size-large = Large
prefs-size-larger = Very large
prefs-contrast = Contrast
prefs-contrast-normal = Normal
prefs-contrast-high = High contrast (black on white)

## Neighbourhood
nb-whats-new = New in the neighbourhood
nb-nothing-new = Nothing new yet.
nb-joined = since { $date }
nb-all-members = All neighbours
nb-together = Together in the neighbourhood
nb-together-text = Soon you will find requests and offers of help, events and local groups from your neighbourhood here.
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
members-title = Neighbours
members-privacy = Only confirmed neighbours can see this list.

## Management
manage-title = Manage neighbourhood
manage-pending = Requests to join
manage-no-pending = No open requests.
manage-asked-on = requested on { $date }
manage-confirm = Confirm
manage-decline = Decline
manage-codes = Invitation cards
manage-codes-text = Print cards with invitation codes, for example for letterboxes or your drop-in hours. Each code can be used once.
label-code-count = Number of cards
hint-code-count = 1 to 100
manage-codes-create = Create cards
manage-batches = Cards created so far
manage-batch-date = Created on
manage-batch-used = Used
manage-batch-print = Print
manage-roles = Roles
manage-role-of = Role of { $name }
manage-set-role = Set role
manage-log = Log
manage-log-empty = No entries yet.
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

## Profile
profile-no-bio = This person has not written anything about themselves yet.
profile-neighbourhoods = Neighbourhoods
profile-edit-link = Edit profile

## Administration
admin-title = Running this installation
admin-intro = As the operator, you create neighbourhoods and choose their first coordinator. You cannot see the private content of the neighbourhoods.
admin-create = Create a new neighbourhood
admin-create-submit = Create neighbourhood
label-name = Name
label-slug = Address (/n/…)
hint-slug = Lower-case letters, digits and hyphens, for example “lindenviertel”.
label-description = Description
label-timezone = Time zone
hint-timezone = Usually Europe/Berlin.
label-coordinator-email = Email address of the first coordinator (optional)
hint-coordinator-email = This person needs to have an account already.

## Navigation (help)
nav-inbox = Messages
nav-notifications = Notifications
nav-unread = unread
pager = Pages
pager-prev = Previous page
pager-next = Next page
pager-page = Page { $page }

## Neighbourly help
nb-help = Neighbourly help
nb-help-all = All requests and offers
help-title = Neighbourly help
help-new-request = I need help
help-new-offer = I can offer help
help-mine = My posts
help-mine-none = You have not posted anything yet.
help-filter = Narrow down
help-filter-submit = Show
help-all = All
help-none = There are no open posts at the moment.
help-kind-request = Request
help-kind-offer = Offer
help-kind-requests = Requests
help-kind-offers = Offers
help-kind-request-long = I am looking for help (request)
help-kind-offer-long = I am offering help (offer)
help-choose = Please choose
help-form-intro = Briefly describe what it is about. Your address is never shown – at most the area you enter yourself.
help-when = When?
help-weekly = every week
help-weekly-from = every week, starting { $date }
help-from-time = from { $time }
help-until-time = until { $time }
help-no-date = no fixed date
help-urgency-normal = No rush
help-urgency-soon = Soon
help-urgency-urgent = Urgent
help-visibility-neighbours = Visible to all confirmed neighbours
help-visibility-coordinators = Visible to the coordinators only
help-submit = Publish
help-status-open = Open
help-status-arranged = Arranged
help-status-done = Done
help-status-withdrawn = Withdrawn
help-by = By
help-on-behalf-of = For { $name }
help-entered-by = posted by { $name }
help-arranged-with = Arranged with
help-hidden = This post has been hidden by the moderators. Reason: { $reason }
help-hidden-short = hidden
help-answer-request = I can help
help-answer-offer = Yes, please
help-answer-default-request = Hello, I can help you with this. When would suit you?
help-answer-default-offer = Hello, I would be glad to take you up on your offer. When would suit you?
help-to-conversation = Go to conversation
help-answers = Who has responded
help-no-answers = Nobody has responded yet.
help-accept = Accept
help-accepted = accepted
help-withdraw = Withdraw post
help-done = Mark as done
help-done-text = Did everything work out? Then mark the post as done.
help-thanks = Thank-you
help-thanks-submit = Say thank you
help-no-thanks = No thank-you yet.
help-suggest-offers = Matching offers
help-suggest-requests = Matching requests
help-time-account = My time account
help-balance = Balance: { $hours }
help-bookings = Transactions
help-hours = Hours
label-kind = Type
label-category = Category
label-title = Short title
hint-title = For example “Carry shopping upstairs on Thursday”. 3 to 120 characters.
label-body = Description (optional)
hint-body = You can use simple formatting: **bold**, lists starting with “-”. No more than 5,000 characters.
label-date = Date
hint-date = Optional. Not in the past.
label-time-from = From (time)
label-time-to = Until (time)
label-weekly = Repeat every week
label-urgency = How urgent is it?
label-area = Area (optional)
hint-area = For example “Garden Street, upper end”. Please do not include a house number.
label-visibility = Who may see this post?
label-hours = Estimated time in hours
hint-hours = For the time account, for example 1.5.
label-on-behalf = For whom? (person without internet access)
hint-on-behalf = Coordinators only: the name of the person you are posting for. Replies will come to you.
label-answer = Your message (optional)
hint-answer = Only the person who wrote the post will read it.
label-thanks = Your thank-you
hint-thanks = The person decides whether it appears on their profile.
label-reason = Reason
hint-reason = What is the problem? At least 3 characters.
label-message = Message
label-new-category = New help category (optional)

## Categories
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

## Messages
inbox-title = Messages
inbox-empty = You have no messages yet.
inbox-unread = new
inbox-with = Conversation with { $name }
inbox-about = About:
inbox-me = Me
inbox-send = Send
inbox-blocked = No more messages can be sent in this conversation.
inbox-block = Block { $name }
inbox-unblock = Unblock
message-hidden = This message has been hidden by the moderators. Reason: { $reason }
report-entry = Report post
report-message = Report message
report-submit = Report to the moderators

## Moderation
moderation-title = Moderation
moderation-intro = Here you can see reported posts and messages – and only those. Every decision is recorded in the log, and the person concerned can see the reason.
moderation-none = There are no open reports.
moderation-open-reports = View reports
moderation-kind-entry = Post
moderation-kind-message = Message
moderation-reported-by = Reported by { $name } on { $date }
moderation-open = Open post
moderation-hide-reason = Reason for hiding
moderation-hide = Hide
moderation-dismiss = Close report, take no action

## Notifications
notifications-title = Notifications
notifications-none = No notifications.
notifications-settings = How would you like to be notified?
notifications-email = By email for
notifications-email-answers = replies, acceptances and thank-yous
notifications-email-messages = new messages
notifications-email-requests = new requests in categories I follow
notifications-follow = Categories I follow
notifications-digest = Email summary
notifications-digest-off = None
notifications-digest-daily = Daily
notifications-digest-weekly = Weekly
notice-kind-answer = Someone has responded
notice-kind-accepted = Your reply has been accepted
notice-kind-message = New message
notice-kind-new-request = New request
notice-kind-thanks = A thank-you for you
notice-kind-hidden = The moderators have hidden something of yours

## Thanks
thanks-title = My thank-yous
thanks-intro = Here you can see what people have thanked you for. You decide what appears on your profile.
thanks-none = No thank-yous yet.
thanks-show = Show on my profile
thanks-hide = Stop showing
profile-thanks = Thank-yous from neighbours

## Management (help)
manage-help = Neighbourly help
manage-time-bank = Switch on the time bank: completed help is credited in hours
manage-custom-categories = Custom categories:
log-content-hidden = { $actor } hid something posted by { $subject }.
log-report-dismissed = { $actor } closed a report.
log-help-on-behalf = { $actor } posted on behalf of a person without internet access.
log-time-bank = { $actor } changed the time bank setting.
log-category-added = { $actor } added a category.

## Notices
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

## Errors (help)
err-kind = Please choose: request or offer.
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
err-visibility = Please choose who may see the post.
err-area-long = The area must not be longer than 80 characters.
err-on-behalf-long = The name must not be longer than 80 characters.
err-on-behalf-coordinator = Only coordinators can post on behalf of others.
err-hours = Please enter a number of hours between 0.25 and 24.
err-message-empty = Please write a message.
err-message-long = The message must not be longer than 4,000 characters.
err-reason-short = Please give a reason (at least 3 characters).
err-reason-long = The reason must not be longer than 500 characters.
err-own-entry = You cannot reply to your own post.
err-not-open = This post is no longer open.
err-not-arranged = This is only possible once the help has been arranged.
err-not-done = You can say thank you once the help is done.
err-thanked = Someone has already said thank you for this post.
err-blocked = Messages between you and this person are not possible.
err-report-closed = This report has already been dealt with.

## Emails (help)
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
mail-message-from = Message from { $name }
mail-digest-subject = Your Quartier summary
mail-digest-body = Hello,

    new notifications for you since your last summary: { $count }

    { $link }
manage-balances = Time accounts in the neighbourhood

## Organisationen
orgs-title = Clubs and organisations
orgs-all = All clubs and organisations
orgs-intro = Clubs, parishes, social services, community initiatives, council offices and local businesses in the neighbourhood. Each organisation looks after its own page.
orgs-propose = Suggest an organisation
orgs-none = There are no organisations in this neighbourhood yet.
orgs-pending = awaiting confirmation
org-propose-intro = You will become the first administrator. The coordinators confirm that the organisation belongs to the neighbourhood. After that, only you and your team look after the page.
org-edit = Edit page
org-members = Members and permissions
org-about = About us
org-contact = Contact
org-accessibility = Accessibility of the premises
org-step-free = Step-free access
org-not-step-free = No step-free access
org-accessible-toilet = Accessible toilet
org-hearing-loop = Hearing loop for hearing aids
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
label-org-slug = Page address (/o/…)
label-org-kind = Type of organisation
label-contact = Contact
hint-contact = Phone, email or office hours – whatever you would like to show publicly.
label-opening-hours = Opening hours
label-website = Website
label-social = Social media or blog
hint-link = An address starting with https://.
label-news-body = Text
notice-org-proposed = Suggested. As soon as the coordinators confirm it, the page will be visible to everyone.
err-org-kind = Please choose the type of organisation.
err-link = Please enter an address that starts with https://.
err-short-long = No more than 300 characters.
err-news-long = The text must not be longer than 20,000 characters.
err-last-admin = An organisation needs at least one administrator.
help-area = Area
org-add-neighbourhood = Active in another neighbourhood too?
org-add-neighbourhood-submit = Ask to belong
org-log-org-link-requested = { $actor } asked to join another neighbourhood

## Events and the calendar
calendar-title = Calendar
calendar-public-only = You are seeing the events of clubs and organisations. Events from neighbours are only visible to confirmed members of the neighbourhood.
calendar-list-view = Show as a list
calendar-month-view = Show as a month
calendar-mine = My sign-ups
calendar-months = Months
calendar-prev-month = Previous month
calendar-next-month = Next month
calendar-none = There are no events at the moment.
calendar-today = Today
calendar-subscribe = Subscribe to the calendar
calendar-subscribe-text = With this link, the events of clubs and organisations appear in the calendar on your phone or computer and stay up to date there.
calendar-subscribe-link = Subscribe to the calendar (webcal)
calendar-feed-address = Calendar address to copy
event-new = Add an event
event-edit = Edit event
event-cancelled = Cancelled
event-cancelled-text = This event has been cancelled.
event-facts = At a glance
event-when = When
event-where = Where
event-online = Online
event-cost = Cost
event-free-of-charge = Free
event-organiser = Organised by
event-places = Places
event-taken-of = { $taken } of { $capacity } places taken
event-unlimited = Unlimited
event-add-to-calendar = Add to my calendar (.ics)
event-signup = Signing up
event-no-signup = No need to sign up. Just come along.
event-sign-up = Sign up
event-join-waiting-list = Join the waiting list
event-withdraw = Cancel my sign-up
event-signup-closed = Sign-up is closed.
event-login-to-sign-up = Log in to take part.
event-members-only = Only members of this neighbourhood can sign up.
event-you-are-in = You are signed up.
event-you-wait = You are number { $position } on the waiting list. If a place becomes free, it is yours and we will let you know.
event-on-waiting-list = on the waiting list
event-full = Fully booked – waiting list open
event-places-free = { $count ->
    [one] 1 place left
   *[other] { $count } places left
}
event-all-day-on = { $date }, all day
event-when-same-day = { $date }, { $time }
event-about = Description
event-more-dates = More dates
event-organiser-tools = For the organisers
event-attendees = Participants
event-attendees-link = Participants and waiting list ({ $waiting } waiting)
event-cancel = Cancel event
event-confirmed-count = { $count } signed up
event-signed-up-at = Signed up on
event-waiting-list = Waiting list
event-nobody-waits = Nobody is waiting.
event-message-attendees = Message the participants
event-message-to = Send to
event-message-to-confirmed = Everyone who has signed up
event-message-to-all = Everyone who has signed up and everyone on the waiting list
event-message-send = Send message
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
event-repeat-once = Just once
event-repeat-weekly = Every week on the same day
event-repeat-monthly = Every month on the same date
label-all-day = All day
label-end-date = Last day
hint-event-date = The day of the event, or the first day if it repeats. Not in the past.
hint-end-date = Only fill this in if the event lasts several days.
hint-time-all-day = Leave empty for all-day events.
label-repeat = Repeat
label-repeat-until = Repeat until
hint-repeat-until = One year at most.
label-venue = Venue and address
hint-venue = For example: St Mary’s Parish Hall, 3 Church Square, ground-floor hall
label-online-url = Link for joining online
hint-online-url = Optional. Starts with https://
label-cost = Cost
hint-cost = Leave empty if the event is free.
label-signup-required = Sign-up required
label-capacity = Number of places
hint-capacity = Leave empty if there is no limit.
hint-event-message = The message goes to their Quartier inbox and, depending on their settings, by email.
label-organisation = Organisation
nb-events = Upcoming events
nb-news = News from local clubs and organisations
org-events = Events
org-events-feed = Subscribe to the events (iCalendar)
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
err-event-place = Please enter a place or a link for joining online.
err-capacity = Please enter a number from 1 to 10,000, or leave the field empty.
err-capacity-taken = More places have already been taken. Please enter a larger number.
err-cost-long = No more than 100 characters.
err-repeat = Please choose how the event repeats.
err-repeat-until = Please enter an end date after the first event and no more than one year later.
err-signup-closed = It is not possible to sign up for this event (any more).
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
mail-event-message-subject = Message about “{ $title }”
mail-event-message-body = Hello,

    { $from } has written about the event “{ $title }”:

    { $text }

    View the event: { $link }
org-log-event-created = { $actor } added an event
org-log-event-edited = { $actor } edited an event
org-log-event-cancelled = { $actor } cancelled an event
org-log-event-message = { $actor } wrote to the participants of an event
org-log-event-hidden = { $actor } (moderators) hid an event

## Groups
groups-title = Groups
groups-intro = Groups for shared interests and for learning from one another – a smartphone drop-in or a running group, for example.
groups-all = All groups
groups-none = There are no groups yet. Why not start the first one?
group-new = Start a group
group-create = Start group
group-edit = Edit group
group-kind-interest = Interest group
group-kind-learning = Learning group
group-kind-interest-long = Interest group: people who share a hobby or a cause
group-kind-learning-long = Learning group: people learn from one another, for example how to use a smartphone
group-joining-open = Open
group-joining-request = By request
group-joining-open-long = Open: anyone in the neighbourhood can join and read the board.
group-joining-request-long = By request: the group’s admins confirm each request. Only members can read the board.
label-group-name = Group name
hint-group-name = For example: Lindenviertel smartphone drop-in
hint-group-description = What is the group about? When and where does it meet?
label-group-kind = Type of group
label-group-joining = Who can join?
group-members-count = { $count ->
    [one] 1 member
   *[other] { $count } members
}
group-you = You and this group
group-join = Join
group-ask-to-join = Ask to join
group-you-pending = You have asked to join. The group’s admins will decide soon.
group-withdraw-request = Withdraw request
group-you-member = You are a member.
group-you-admin = You are an admin of this group.
group-leave = Leave group
group-board = Discussion board
group-board-members-only = Only members can read this group’s discussion board.
group-new-topic = New topic
group-post-topic = Post topic
group-no-topics = No topics yet.
group-hidden-short = hidden
group-admin = Admin
group-make-admin = Make admin
group-make-member = Make ordinary member
group-remove = Remove
group-requests = Requests to join
group-confirm = Confirm
group-decline = Decline
group-replies = { $count ->
    [one] 1 reply
   *[other] { $count } replies
}
group-reply = Your reply
group-send-reply = Send reply
err-group-kind = Please choose the type of group.
err-group-joining = Please choose who can join.
err-group-last-admin = A group needs at least one admin.
err-post-long = The post must not be longer than 10,000 characters.
notice-left = You have left the group.

## Images
label-image = Picture (optional)
hint-image = JPG, PNG, GIF or WebP, at most 10 MB. We remove location data and other hidden data from the picture.
label-image-alt = What does the picture show?
hint-image-alt = Required if you upload a picture. For people who cannot see it. For example: children dancing at the street party.
err-image-too-large = The picture is too large. At most 10 MB are allowed.
err-image-type = This is not a picture. JPG, PNG, GIF and WebP are allowed.
err-image-broken = The picture cannot be opened. Please try another file.
err-image-alt = Please describe briefly what the picture shows.

## Leichte Sprache for content, reviewers, notice board
easy-edit-link = Leichte Sprache: write a version or have it checked
easy-edit-title = Text in Leichte Sprache
easy-edit-intro = Write the text in Leichte Sprache (easy-to-read German) here. The checker points out passages that may be hard to read. But only the reviewers from the target group can decide whether a text really is easy to read.
easy-review-note = What the reviewers did not understand
easy-standard-text = Text in everyday language
easy-hints-standard = Checker hints for this text (readability { $score } out of 100)
easy-version = Your version in Leichte Sprache
label-easy-body = Text in Leichte Sprache
hint-easy-body = Short sentences. One statement per sentence. Familiar words. Numbers as digits. Split long words with a hyphen or a middle dot (·).
easy-check = Check text
easy-ask-review = Save and send for review
easy-hints = Checker hints
easy-score = Readability: { $score } out of 100 (the higher, the easier). { $words } words.
easy-hints-only = These are only hints. You can still save the text.
easy-no-hints = The checker found nothing to point out.
easy-queue-title = Review texts
easy-queue-intro = These texts in Leichte Sprache (easy-to-read German) are waiting for you to review them. Take your time reading. Tell us which sentences you do not understand.
easy-queue-empty = There are no texts waiting for you at the moment.
easy-queue-waiting = { $count ->
    [one] 1 text in Leichte Sprache is waiting for your review.
   *[other] { $count } texts in Leichte Sprache are waiting for your review.
}
easy-review-title = Review text
easy-review-intro = Read every sentence. Is there a sentence you did not understand? Then tick the box next to it.
easy-review-sentences = The sentences of the text
easy-review-unclear = I do not understand this sentence
label-review-note = Your comment (optional)
hint-review-note = For example: which word is difficult?
easy-review-approve = I understood everything
easy-review-send-back = Send back to the writer
err-review-closed = This text has already been reviewed.
err-review-empty = Please tick at least one sentence or write a comment.
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
manage-easy-intro = A text only counts as Leichte Sprache (easy-to-read German) once people from the target group have checked it. Here you decide who reviews texts from this neighbourhood.
org-easy-intro = Who reviews your organisation’s texts in Leichte Sprache (easy-to-read German)? The person needs a Quartier account.
manage-no-reviewers = Nobody reviews texts yet.
label-reviewer-email = Reviewer’s email address
hint-reviewer-email = The person must be a confirmed member of this neighbourhood.
hint-reviewer-email-org = The person needs a Quartier account.
manage-add-reviewer = Add as reviewer
err-not-a-neighbour = There is no confirmed member of this neighbourhood with this email address.
log-reviewer-added = { $actor } added { $subject } as a reviewer for Leichte Sprache.
log-reviewer-removed = { $actor } removed { $subject } as a reviewer.
org-log-reviewer-added = { $actor } added a reviewer for Leichte Sprache
org-log-reviewer-removed = { $actor } removed a reviewer
aushang-title = Printable notice board
manage-aushang-intro = Many people in the neighbourhood are not online. Print a notice board every week with the open requests and offers (without names), events and news – for the display case, the office or the supermarket.
label-office-contact = How people without internet access can reply
hint-office-contact = Shown on every notice board. For example: Call 0301 234567 (Mon–Fri, 9am–12 noon) or come to the neighbourhood centre, Lindenplatz 4.
aushang-open = View and print the notice board
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
aushang-help = Requests and offers
aushang-help-none = There are no open requests or offers at the moment.
aushang-answer = Would you like to help, or do you need help? { $office }
aushang-answer-online = Would you like to help, or do you need help? Ask at the neighbourhood office.
aushang-events = Events this week
aushang-online = Everything is also online: { $link }
notifications-notice-board = Receive the neighbourhood’s notice board by email every week
mail-aushang-subject = Your neighbourhood’s notice board for this week
mail-aushang-body = Hello,

    here is what’s on in your neighbourhood:

    { $text }
    You can unsubscribe under “Notifications”: { $link }
err-check-too-long = The text is too long for the checker (at most 100,000 characters).
notice-signup-withdrawn = You have cancelled your place. It goes to the next person on the waiting list.
event-nobody-yet = Nobody has signed up yet.
easy-check-standard = Check how easy the text is to read
notice-group-created = The group has been founded. You are its admin.
notice-group-requested = You have asked to join. The group’s admins will decide soon.
notice-group-joined = Welcome to the group!

# Invitations to help run an organisation
org-invite-intro = People who are not members yet get an invitation and only become members once they accept.
notice-invited = If there is an account for this address, the person now has an invitation. They become a member once they accept.
notice-invitation-accepted = You are now helping. Welcome!
notice-invitation-declined = You declined the invitation.
invitations-title = Invitations
invitation-text = { $title } invites you to help: as { $text }.
invitation-accept = Accept
invitation-decline = Decline
org-log-member-invited = { $actor } invited someone
org-log-invitation-accepted = { $actor } accepted an invitation
org-log-invitation-declined = { $actor } declined an invitation
mail-org-invitation-subject = Invitation: { $title }
mail-org-invitation-body = Hello,

    { $name } invites you to help run "{ $title }", as { $text }.
    You only become a member if you accept. Accept or decline here:

    { $link }
mail-invitation-accepted-subject = { $name } now helps run { $title }
mail-invitation-accepted-body = Hello,

    { $name } accepted the invitation to "{ $title }".

    { $link }
mail-invitation-declined-subject = { $name } declined the invitation
mail-invitation-declined-body = Hello,

    { $name } declined the invitation to "{ $title }".

    { $link }

# English — events.ftl
# Strings of the capability in src/events/ and templates/events/.

calendar-public-only = You are seeing the events of clubs and organisations. Events from neighbours are only visible to confirmed members of the neighbourhood.
calendar-list-view = Show as a list
calendar-month-view = Show as a month
calendar-mine = My sign-ups
calendar-months = Months
calendar-prev-month = Previous month
calendar-next-month = Next month
calendar-today = Today
calendar-more = { $count } more
calendar-more-rest = { $count ->
    [one] event
   *[other] events
} on { $day }
calendar-days = Days
calendar-prev-day = Previous day
calendar-next-day = Next day
calendar-day-none = There are no events on this day.
calendar-day-capped = These are the first { $shown } of { $count } events on this day. Use the filters above to find the others.
calendar-subscribe = Subscribe to the calendar
calendar-subscribe-text = With this link, the events of clubs and organisations appear in the calendar on your phone or computer and stay up to date there.
calendar-subscribe-link = Subscribe to the calendar (webcal)
calendar-feed-address = Calendar address to copy
event-edit = Edit event
event-cancelled-text = This event has been cancelled.
event-facts = At a glance
event-when = When
event-where = Where
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
err-event-place = Please enter a place or a link for joining online.
err-capacity-taken = More places have already been taken. Please enter a larger number.
err-signup-closed = It is not possible to sign up for this event (any more).
mail-event-message-subject = Message about “{ $title }”
mail-event-message-body = Hello,

    { $from } has written about the event “{ $title }”:

    { $text }

    View the event: { $link }
event-nobody-yet = Nobody has signed up yet.
event-cancel-confirm-title = Really cancel “{ $title }”?
event-cancel-confirm-text = Everyone who signed up will be told. This cannot be undone.
event-cancel-confirm-yes = Yes, cancel the event

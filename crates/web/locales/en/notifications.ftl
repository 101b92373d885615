# English — notifications.ftl
# Strings of the capability in src/notifications/ and templates/notifications/.

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
easy-queue-waiting = { $count ->
    [one] 1 text in Leichte Sprache is waiting for your review.
   *[other] { $count } texts in Leichte Sprache are waiting for your review.
}
notifications-notice-board = Receive the neighbourhood’s notice board by email every week
invitations-title = Invitations
invitation-text = { $title } invites you to help: as { $text }.
invitation-accept = Accept
invitation-decline = Decline

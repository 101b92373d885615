# English — notifications.ftl
# Strings of the capability in src/notifications/ and templates/notifications/.

notifications-none = No notifications.
notifications-settings = How would you like to be notified?
notifications-email = By email for
notifications-email-answers = replies, acceptances, thank-yous and sign-ups to my events (at most one mail per event a day)
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
notice-kind-join-request = Someone asks to join
notice-kind-join-confirmed = Your request to join was confirmed
notice-kind-join-declined = Your request to join was declined
notice-kind-report = Something was reported
notice-kind-org-proposed = An organisation asks to be confirmed
notice-kind-org-confirmed = Your organisation was confirmed
notice-kind-review-requested = A text in easy language waits for review
notice-kind-review-approved = Your easy-language text was approved
notice-kind-review-changes = Your easy-language text needs changes
mail-notice-join-request-subject = Quartier: Someone asks to join
mail-notice-join-confirmed-subject = Quartier: Your request to join was confirmed
mail-notice-join-declined-subject = Quartier: Your request to join was declined
mail-notice-report-subject = Quartier: Something was reported
mail-notice-org-proposed-subject = Quartier: An organisation asks to be confirmed
mail-notice-org-confirmed-subject = Quartier: Your organisation was confirmed
mail-notice-review-requested-subject = Quartier: A text in easy language waits for review
mail-notice-review-approved-subject = Quartier: Your easy-language text was approved
mail-notice-review-changes-subject = Quartier: Your easy-language text needs changes
notifications-email-tasks = work waiting for me (requests to join, reports, organisations, texts to review)
notice-kind-event-signups = Someone signed up for your event or withdrew
mail-notice-event-signups-subject = Someone signed up for your event or withdrew

# English — moderation.ftl
# Strings of the capability in src/moderation/ and templates/moderation/.

moderation-intro = Here you can see reported posts and messages – and only those. Every decision is recorded in the log, and the person concerned can see the reason.
moderation-none = There are no open reports.
moderation-kind-message = Message
moderation-reported-by = Reported by { $name } on { $date }
moderation-open = Open post
moderation-dismiss = Close report, take no action
err-report-closed = This report has already been dealt with.

# English — inbox.ftl
# Strings of the capability in src/inbox/ and templates/inbox/.

err-too-fast = You are sending messages very quickly. Please wait a minute, then send again.
inbox-title = Messages
inbox-empty = You have no messages yet.
inbox-with = Conversation with { $name }
inbox-about = About:
inbox-me = Me
inbox-send = Send
inbox-blocked = No more messages can be sent in this conversation.
inbox-block = Block { $name }
inbox-unblock = Unblock
message-hidden = This message has been hidden by the moderators. Reason: { $reason }
report-message = Report message
mail-message-from = Message from { $name }
inbox-block-title = No more messages from this person?
inbox-block-hint = If you block someone, they can no longer write to you here. You can undo this at any time.
inbox-older = Older messages
inbox-newer = Newer messages

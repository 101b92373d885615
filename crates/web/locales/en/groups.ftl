# English — groups.ftl
# Strings of the capability in src/groups/ and templates/groups/.

groups-none = There are no groups yet. Why not start the first one?
group-new = Start a group
group-create = Start group
group-edit = Edit group
group-kind-interest-long = Interest group: people who share a hobby or a cause
group-kind-learning-long = Learning group: people learn from one another, for example how to use a smartphone
group-joining-open = Open
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
group-requests = Requests to join
group-confirm = Confirm
group-decline = Decline
group-replies = { $count ->
    [one] 1 reply
   *[other] { $count } replies
}
group-reply = Your reply
group-send-reply = Send reply
err-group-last-admin = A group needs at least one admin.

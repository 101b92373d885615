//! Who may do what: one pure rule per capability, each with an action
//! enum, reached from the web layer through a guard (`web/src/guards.rs`)
//! or, where a page only shows or hides a button, asked directly. The
//! visibility of content is decided by one rule per kind of content
//! (`help::may_see` for help entries).

use crate::group::{Joining, Standing};
use crate::neighbourhood::{MembershipStatus, Role};
use crate::organisation::OrgRole;

/// What the server knows about the person acting, relative to one neighbourhood.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Actor {
    pub logged_in: bool,
    pub operator: bool,
    /// The membership in the neighbourhood at hand, if any.
    pub membership: Option<(Role, MembershipStatus)>,
}

impl Actor {
    pub fn anonymous() -> Self {
        Self::default()
    }

    pub fn verified(&self) -> bool {
        matches!(self.membership, Some((_, MembershipStatus::Verified)))
    }

    fn role_at_least(&self, r: Role) -> bool {
        matches!(self.membership, Some((role, MembershipStatus::Verified)) if role >= r)
    }
}

/// Actions on a neighbourhood.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NeighbourhoodAction {
    /// See the start page's public part (name, description, how to join).
    ViewPublic,
    /// See what is new inside: members, and later help and events.
    ViewInside,
    /// Ask to join or redeem an invitation code.
    Join,
    /// See and confirm people who asked to join.
    ConfirmMembers,
    /// Print invitation codes.
    IssueCodes,
    /// Make someone moderator or coordinator.
    AssignRoles,
}

/// The permission rule for neighbourhoods. The operator runs the instance
/// but reads no private content: operator status alone grants nothing inside.
pub fn neighbourhood(actor: &Actor, action: NeighbourhoodAction) -> bool {
    use NeighbourhoodAction::*;
    match action {
        ViewPublic => true,
        ViewInside => actor.verified(),
        Join => actor.logged_in && actor.membership.is_none(),
        ConfirmMembers | IssueCodes | AssignRoles => actor.role_at_least(Role::Coordinator),
    }
}

/// Who may print a neighbourhood's notice board: its verified members who
/// coordinate it or administer one of its organisations. Being an
/// organisation's administrator alone is not enough: the board shows what
/// neighbours ask each other for, which only neighbours may read.
pub fn print_notice_board(actor: &Actor, administers_an_organisation_here: bool) -> bool {
    actor.verified() && (neighbourhood(actor, NeighbourhoodAction::ConfirmMembers) || administers_an_organisation_here)
}

/// Whether `viewer` may see the profile of a person.
/// `shares_neighbourhood` is true when both are verified in one neighbourhood.
pub fn view_profile(is_self: bool, profile_public: bool, shares_neighbourhood: bool) -> bool {
    is_self || profile_public || shares_neighbourhood
}

/// Instance-wide actions reserved for operators: create neighbourhoods and
/// appoint their first coordinator.
pub fn administer_instance(actor: &Actor) -> bool {
    actor.logged_in && actor.operator
}

/// Actions on an organisation, by the reader's role in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OrganisationAction {
    /// Read members-only news and pages.
    ReadInternal,
    /// Publish news and events.
    Publish,
    /// Change the profile, manage members and invitations, see the log.
    Administer,
}

/// The permission rule for organisations.
pub fn organisation(role: Option<OrgRole>, action: OrganisationAction) -> bool {
    match action {
        OrganisationAction::ReadInternal => crate::organisation::can_read_internal(role),
        OrganisationAction::Publish => crate::organisation::can_publish(role),
        OrganisationAction::Administer => crate::organisation::can_administer(role),
    }
}

/// Actions in a group, by the reader's standing in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GroupAction {
    ReadBoard,
    Post,
    /// Edit the group, confirm requests, remove members, hold events.
    Administer,
}

/// The permission rule for groups.
pub fn group(joining: Joining, standing: Option<Standing>, action: GroupAction) -> bool {
    match action {
        GroupAction::ReadBoard => crate::group::can_read_board(joining, standing),
        GroupAction::Post => crate::group::can_post(standing),
        GroupAction::Administer => crate::group::can_administer(standing),
    }
}

/// Who holds an event, as far as organising it is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventHolder {
    /// An organisation's event: the reader's role in the organisation.
    Organisation(Option<OrgRole>),
    /// An event inside a neighbourhood: whether the reader wrote it, and
    /// their standing in the group that holds it, if a group does.
    Neighbourhood { is_author: bool, group_standing: Option<Standing> },
}

/// Who organises an event (edits, cancels, sees and writes to the
/// attendees): an organisation's editors and administrators; inside a
/// neighbourhood its author, or an administrator of the group holding it.
pub fn organise_event(holder: EventHolder) -> bool {
    match holder {
        EventHolder::Organisation(role) => organisation(role, OrganisationAction::Publish),
        EventHolder::Neighbourhood { is_author, group_standing } => {
            is_author || crate::group::can_administer(group_standing)
        }
    }
}

/// Who reviews an easy-language version: a reviewer for the neighbourhood
/// or organisation it belongs to, and never its own author.
pub fn review_easy_version(is_author: bool, reviews_for_its_place: bool) -> bool {
    !is_author && reviews_for_its_place
}

#[cfg(test)]
mod tests {
    use super::*;
    use NeighbourhoodAction::*;

    fn member(role: Role, st: MembershipStatus) -> Actor {
        Actor { logged_in: true, operator: false, membership: Some((role, st)) }
    }

    #[test]
    fn only_neighbours_print_the_notice_board() {
        let stranger = Actor { logged_in: true, operator: false, membership: None };
        assert!(!print_notice_board(&stranger, true), "an organisation's admin from outside");
        assert!(!print_notice_board(&member(Role::Resident, MembershipStatus::Pending), true));
        assert!(print_notice_board(&member(Role::Resident, MembershipStatus::Verified), true));
        assert!(!print_notice_board(&member(Role::Resident, MembershipStatus::Verified), false));
        assert!(!print_notice_board(&member(Role::Moderator, MembershipStatus::Verified), false));
        assert!(print_notice_board(&member(Role::Coordinator, MembershipStatus::Verified), false));
    }

    #[test]
    fn operator_reads_nothing_inside() {
        let op = Actor { logged_in: true, operator: true, membership: None };
        assert!(!neighbourhood(&op, ViewInside));
        assert!(!neighbourhood(&op, ConfirmMembers));
        assert!(administer_instance(&op));
    }

    #[test]
    fn pending_members_see_nothing_inside() {
        let p = member(Role::Resident, MembershipStatus::Pending);
        assert!(!neighbourhood(&p, ViewInside));
        assert!(!neighbourhood(&p, Join));
    }

    #[test]
    fn coordinators_manage() {
        let c = member(Role::Coordinator, MembershipStatus::Verified);
        let m = member(Role::Moderator, MembershipStatus::Verified);
        assert!(neighbourhood(&c, IssueCodes));
        assert!(!neighbourhood(&m, IssueCodes));
        assert!(neighbourhood(&m, ViewInside));
    }

    #[test]
    fn coordinator_actions_go_together() {
        // The `Coordinator` guard asks `ConfirmMembers` for every
        // coordinator page; this holds as long as the three agree.
        for role in [Role::Resident, Role::Moderator, Role::Coordinator] {
            for st in [MembershipStatus::Pending, MembershipStatus::Verified] {
                let a = member(role, st);
                assert_eq!(neighbourhood(&a, ConfirmMembers), neighbourhood(&a, IssueCodes));
                assert_eq!(neighbourhood(&a, ConfirmMembers), neighbourhood(&a, AssignRoles));
            }
        }
    }

    #[test]
    fn organisations_by_role() {
        use OrganisationAction::*;
        for (role, internal, publish, administer) in [
            (None, false, false, false),
            (Some(OrgRole::Member), true, false, false),
            (Some(OrgRole::Editor), true, true, false),
            (Some(OrgRole::Admin), true, true, true),
        ] {
            assert_eq!(organisation(role, ReadInternal), internal, "{role:?}");
            assert_eq!(organisation(role, Publish), publish, "{role:?}");
            assert_eq!(organisation(role, Administer), administer, "{role:?}");
        }
    }

    #[test]
    fn groups_by_standing() {
        use GroupAction::*;
        assert!(group(Joining::Open, None, ReadBoard));
        assert!(!group(Joining::ByRequest, Some(Standing::Pending), ReadBoard));
        assert!(group(Joining::ByRequest, Some(Standing::Member), ReadBoard));
        assert!(!group(Joining::Open, None, Post));
        assert!(group(Joining::Open, Some(Standing::Member), Post));
        assert!(!group(Joining::Open, Some(Standing::Member), Administer));
        assert!(group(Joining::ByRequest, Some(Standing::Admin), Administer));
    }

    #[test]
    fn who_organises_an_event() {
        assert!(!organise_event(EventHolder::Organisation(Some(OrgRole::Member))));
        assert!(organise_event(EventHolder::Organisation(Some(OrgRole::Editor))));
        assert!(!organise_event(EventHolder::Organisation(None)));
        let inside = |is_author, group_standing| EventHolder::Neighbourhood { is_author, group_standing };
        assert!(organise_event(inside(true, None)));
        assert!(!organise_event(inside(false, None)));
        assert!(!organise_event(inside(false, Some(Standing::Member))));
        assert!(organise_event(inside(false, Some(Standing::Admin))));
    }

    #[test]
    fn nobody_reviews_their_own_text() {
        assert!(!review_easy_version(true, true));
        assert!(!review_easy_version(false, false));
        assert!(review_easy_version(false, true));
    }
}

//! Who may do what. Every handler, HTML and API alike, asks here; nothing
//! decides permissions elsewhere.

use crate::neighbourhood::{MembershipStatus, Role};

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
}

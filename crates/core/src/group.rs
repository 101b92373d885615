//! Groups of neighbours: interest groups and peer-learning groups, open
//! or by request, with a simple discussion board and their own events.

use crate::validation::{FieldError, text};

/// What a group is for.
pub const KINDS: &[&str] = &["interest", "learning"];

pub fn parse_kind(raw: &str) -> Result<String, FieldError> {
    let t = raw.trim();
    if KINDS.contains(&t) { Ok(t.to_string()) } else { Err(FieldError::new("kind", "err-group-kind")) }
}

crate::tagged! {
    /// Whether anyone inside may join, or an administrator confirms each request.
    pub enum Joining {
        Open = "open",
        ByRequest = "request",
    }
}

impl Joining {
    pub fn parse(raw: &str) -> Result<Self, FieldError> {
        Self::from_tag(raw.trim()).ok_or(FieldError::new("joining", "err-group-joining"))
    }
}

pub fn parse_name(raw: &str) -> Result<String, FieldError> {
    text("name", raw, 3, 80, "err-title-short", "err-title-long")
}

pub fn parse_description(raw: &str) -> Result<String, FieldError> {
    text("description", raw, 0, 5000, "err-text-short", "err-body-long")
}

pub fn parse_topic_title(raw: &str) -> Result<String, FieldError> {
    text("title", raw, 3, 120, "err-title-short", "err-title-long")
}

pub fn parse_post(raw: &str) -> Result<String, FieldError> {
    text("body", raw, 1, 10_000, "err-message-empty", "err-post-long")
}

crate::tagged! {
    /// A person's standing in a group.
    pub enum Standing {
        /// Asked to join, not confirmed yet.
        Pending = "pending",
        Member = "member",
        Admin = "admin",
    }
}

crate::tagged! {
    /// What an administrator does with a member or a request to join.
    pub enum MemberChange {
        /// Remove the member, or decline the request.
        Remove = "remove",
        /// Confirm the request, or make an administrator a plain member again.
        Member = "member",
        Admin = "admin",
    }
}

/// Read the board: open groups to every neighbour, others to members.
pub fn can_read_board(joining: Joining, standing: Option<Standing>) -> bool {
    joining == Joining::Open || matches!(standing, Some(Standing::Member | Standing::Admin))
}

/// Write on the board: members.
pub fn can_post(standing: Option<Standing>) -> bool {
    matches!(standing, Some(Standing::Member | Standing::Admin))
}

/// Edit the group, confirm requests, remove members, hold events: admins.
pub fn can_administer(standing: Option<Standing>) -> bool {
    standing == Some(Standing::Admin)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn boards() {
        assert!(can_read_board(Joining::Open, None));
        assert!(!can_read_board(Joining::ByRequest, None));
        assert!(!can_read_board(Joining::ByRequest, Some(Standing::Pending)));
        assert!(can_read_board(Joining::ByRequest, Some(Standing::Member)));
        assert!(!can_post(Some(Standing::Pending)));
        assert!(can_post(Some(Standing::Admin)));
        assert!(!can_administer(Some(Standing::Member)));
    }

    #[test]
    fn parsing() {
        assert_eq!(Joining::parse("request").unwrap(), Joining::ByRequest);
        assert!(Joining::parse("secret").is_err());
        assert!(parse_kind("learning").is_ok());
        assert!(parse_kind("party").is_err());
        assert!(parse_post("   ").is_err());
    }
}

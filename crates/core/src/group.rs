//! Groups of neighbours: interest groups and peer-learning groups, open
//! or by request, with a simple discussion board and their own events.

use crate::validation::{FieldError, text, web_address};

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

/// The kind of a peer-learning group.
pub const LEARNING: &str = "learning";

/// What a learning group learns together: needed for a learning group,
/// dropped for any other.
pub fn parse_learning_topic(kind: &str, raw: &str) -> Result<String, FieldError> {
    if kind != LEARNING {
        return Ok(String::new());
    }
    text("topic", raw, 3, 120, "err-group-topic", "err-title-long")
}

/// When and where a learning group meets, in a few words (its meetings
/// themselves are its events); dropped for any other group.
pub fn parse_schedule(kind: &str, raw: &str) -> Result<String, FieldError> {
    if kind != LEARNING {
        return Ok(String::new());
    }
    text("schedule", raw, 0, 200, "err-text-short", "err-group-schedule-long")
}

/// A learning material: a title, and a web address or a note (or both).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Material {
    pub title: String,
    pub url: String,
    pub note: String,
}

pub fn parse_material(title: &str, url: &str, note: &str) -> Result<Material, crate::FieldErrors> {
    let mut e = crate::FieldErrors::new();
    let title = e.take(text("title", title, 3, 120, "err-title-short", "err-title-long"));
    let url = e.take(web_address("url", url, "err-material-url"));
    let note = e.take(text("note", note, 0, 1000, "err-text-short", "err-material-note-long"));
    match (title, url, note) {
        (Some(title), Some(url), Some(note)) if e.is_empty() => Ok(Material { title, url, note }),
        _ => Err(e),
    }
}

/// What someone learnt, in a sentence.
pub fn parse_learnt(raw: &str) -> Result<String, FieldError> {
    text("what", raw, 3, 200, "err-learnt-short", "err-learnt-long")
}

/// What a person does with a learning group's materials and records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LearningAction {
    /// Read the shared materials: whoever may read the board.
    SeeMaterials,
    /// Share a material: members.
    AddMaterial,
    /// Take a material off the list: whoever shared it, or an admin.
    RemoveMaterial { shared_it: bool },
    /// Read who learnt what: members only, also in an open group (it is
    /// about people, not the topic).
    SeeLearnt,
    /// Write down what was learnt: members for themselves, admins also
    /// for a member (who may not use the site).
    Record { for_self: bool },
    /// Delete a record: the learner, or an admin.
    RemoveRecord { is_learner: bool },
}

/// The rule for a learning group's materials and records.
pub fn learning(joining: Joining, standing: Option<Standing>, action: LearningAction) -> bool {
    let member = can_post(standing);
    let admin = can_administer(standing);
    match action {
        LearningAction::SeeMaterials => can_read_board(joining, standing),
        LearningAction::AddMaterial | LearningAction::SeeLearnt => member,
        LearningAction::RemoveMaterial { shared_it } => admin || (member && shared_it),
        LearningAction::Record { for_self } => admin || (member && for_self),
        LearningAction::RemoveRecord { is_learner } => admin || (member && is_learner),
    }
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
    fn learning_materials_and_records() {
        use LearningAction::*;
        let (open, closed) = (Joining::Open, Joining::ByRequest);
        let (m, a, p) = (Some(Standing::Member), Some(Standing::Admin), Some(Standing::Pending));
        // Materials are read like the board; who learnt what only inside.
        assert!(learning(open, None, SeeMaterials));
        assert!(!learning(closed, None, SeeMaterials));
        assert!(!learning(open, None, SeeLearnt));
        assert!(!learning(open, p, SeeLearnt));
        assert!(learning(open, m, SeeLearnt));
        assert!(!learning(open, None, AddMaterial));
        assert!(learning(closed, m, AddMaterial));
        assert!(learning(open, m, RemoveMaterial { shared_it: true }));
        assert!(!learning(open, m, RemoveMaterial { shared_it: false }));
        assert!(learning(open, a, RemoveMaterial { shared_it: false }));
        assert!(!learning(open, p, RemoveMaterial { shared_it: true }));
        assert!(learning(open, m, Record { for_self: true }));
        assert!(!learning(open, m, Record { for_self: false }));
        assert!(learning(open, a, Record { for_self: false }));
        assert!(!learning(open, None, Record { for_self: true }));
        assert!(learning(open, m, RemoveRecord { is_learner: true }));
        assert!(!learning(open, m, RemoveRecord { is_learner: false }));
        assert!(learning(open, a, RemoveRecord { is_learner: false }));
    }

    #[test]
    fn a_learning_group_needs_a_topic_and_others_keep_none() {
        assert_eq!(parse_learning_topic("learning", "  ").unwrap_err().key, "err-group-topic");
        assert_eq!(parse_learning_topic("learning", "Videoanrufe").unwrap(), "Videoanrufe");
        assert_eq!(parse_learning_topic("interest", "Videoanrufe").unwrap(), "");
        assert_eq!(parse_schedule("interest", "dienstags").unwrap(), "");
        assert!(parse_schedule("learning", &"x".repeat(201)).is_err());
        let e = parse_material("", "javascript:alert(1)", "").unwrap_err();
        assert_eq!(e.get("title"), Some("err-title-short"));
        assert_eq!(e.get("url"), Some("err-material-url"));
        let ok = parse_material(" Handbuch ", "", "liegt im Treff").unwrap();
        assert_eq!((ok.title.as_str(), ok.url.as_str()), ("Handbuch", ""));
        assert!(parse_learnt("ab").is_err());
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

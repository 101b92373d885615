//! An organisation's space as a small website it controls: pages of its
//! own, its logo and colour, a contact form, requests to join. Only its own
//! administrators and editors change it; nobody above it (a coordinator,
//! an umbrella organisation) can.

use crate::organisation::{OrgRole, can_administer, can_publish};
use crate::validation::{FieldError, text};

crate::tagged! {
    /// What a page of an organisation's site is for. The four kinds every
    /// club needs are offered ready to fill in; a page of the kind
    /// `Contact` carries the contact form, one of the kind `Join` the
    /// request to become a member or volunteer.
    pub enum PageKind {
        About = "about",
        Offer = "offer",
        Join = "join",
        Contact = "contact",
        Custom = "custom",
    }
}

impl PageKind {
    /// The kinds an organisation has at most one page of.
    pub const STANDARD: [PageKind; 4] = [PageKind::About, PageKind::Offer, PageKind::Join, PageKind::Contact];
}

/// What someone wants to do with an organisation's site.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SiteAction {
    /// Write, publish, reorder and delete its pages.
    EditPages,
    /// Choose its logo and colour, read its contact messages, answer
    /// requests to join, export the site, link branches.
    Administer,
    /// Write to the organisation through its contact form: anyone who may
    /// see it, with or without an account.
    Contact,
    /// Ask to become a member or volunteer: someone without a role in it
    /// (the guard asks for a login first).
    AskToJoin,
}

/// The permission rule for an organisation's site: pages are written by
/// its editors and administrators, everything else by its administrators.
/// Only the reader's role in this very organisation counts.
pub fn site(role: Option<OrgRole>, action: SiteAction) -> bool {
    match action {
        SiteAction::EditPages => can_publish(role),
        SiteAction::Administer => can_administer(role),
        SiteAction::Contact => true,
        SiteAction::AskToJoin => role.is_none(),
    }
}

/// Who sees a page of an organisation's site (the one visibility rule for
/// pages: the page itself, the site navigation, the export). A published
/// page of an organisation listed in a directory is public; one of an
/// organisation not yet confirmed anywhere is seen by its members; a
/// draft only by those who write pages.
pub fn may_see_page(published: bool, listed: bool, role: Option<OrgRole>) -> bool {
    (published && (listed || role.is_some())) || site(role, SiteAction::EditPages)
}

pub fn parse_page_title(raw: &str) -> Result<String, FieldError> {
    text("title", raw, 3, 100, "err-title-short", "err-title-long")
}

pub fn parse_page_body(raw: &str) -> Result<String, FieldError> {
    text("body", raw, 0, 20000, "err-text-short", "err-news-long")
}

/// The last part of a page's address: lowercase letters, digits and
/// hyphens, 2 to 40 characters.
pub fn parse_page_slug(raw: &str) -> Result<String, FieldError> {
    let s = raw.trim().to_lowercase();
    if s.len() < 2 || s.len() > 40 {
        return Err(FieldError::new("slug", "err-slug-length"));
    }
    if !s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        || s.starts_with('-')
        || s.ends_with('-')
        || s.contains("--")
    {
        return Err(FieldError::new("slug", "err-slug-chars"));
    }
    Ok(s)
}

/// A page's place in the navigation: 0 to 99, smaller first; empty is 0.
pub fn parse_position(raw: &str) -> Result<i32, FieldError> {
    let t = raw.trim();
    if t.is_empty() {
        return Ok(0);
    }
    t.parse::<i32>().ok().filter(|n| (0..=99).contains(n)).ok_or(FieldError::new("position", "err-page-position"))
}

crate::tagged! {
    /// What someone asks to join an organisation as.
    pub enum JoinKind {
        Member = "member",
        Volunteer = "volunteer",
    }
}

crate::tagged! {
    /// Where a request to join an organisation stands.
    pub enum JoinStatus {
        Pending = "pending",
        Accepted = "accepted",
        Declined = "declined",
    }
}

/// What someone asks to join as, from the form.
pub fn parse_join_kind(raw: &str) -> Result<JoinKind, FieldError> {
    JoinKind::from_tag(raw.trim()).ok_or(FieldError::new("kind", "err-join-kind"))
}

/// A short note with a request to join: at most 500 characters, may be empty.
pub fn parse_join_note(raw: &str) -> Result<String, FieldError> {
    text("note", raw, 0, 500, "err-text-short", "err-join-note-long")
}

/// The name someone writing to an organisation gives.
pub fn parse_sender_name(raw: &str) -> Result<String, FieldError> {
    text("name", raw, 2, 60, "err-name-short", "err-name-long")
}

/// A message to an organisation through its contact form: 10 to 5,000
/// characters.
pub fn parse_contact_message(raw: &str) -> Result<String, FieldError> {
    text("message", raw, 10, 5000, "err-contact-message-short", "err-contact-message-long")
}

#[cfg(test)]
mod tests {
    use super::*;

    const ROLES: [Option<OrgRole>; 4] = [None, Some(OrgRole::Member), Some(OrgRole::Editor), Some(OrgRole::Admin)];

    #[test]
    fn pages_are_written_by_editors_and_administrators_only() {
        let edit: Vec<bool> = ROLES.iter().map(|r| site(*r, SiteAction::EditPages)).collect();
        assert_eq!(edit, [false, false, true, true]);
        let admin: Vec<bool> = ROLES.iter().map(|r| site(*r, SiteAction::Administer)).collect();
        assert_eq!(admin, [false, false, false, true]);
    }

    #[test]
    fn anyone_writes_to_an_organisation_only_outsiders_ask_to_join() {
        assert!(ROLES.iter().all(|r| site(*r, SiteAction::Contact)));
        let join: Vec<bool> = ROLES.iter().map(|r| site(*r, SiteAction::AskToJoin)).collect();
        assert_eq!(join, [true, false, false, false]);
    }

    #[test]
    fn join_fields() {
        assert_eq!(parse_join_kind(" volunteer ").unwrap(), JoinKind::Volunteer);
        assert_eq!(parse_join_kind("admin").unwrap_err().key, "err-join-kind");
        assert_eq!(parse_join_note("").unwrap(), "");
        assert!(parse_join_note(&"x".repeat(500)).is_ok());
        assert_eq!(parse_join_note(&"x".repeat(501)).unwrap_err().key, "err-join-note-long");
    }

    #[test]
    fn contact_fields() {
        assert_eq!(parse_sender_name("  Ada ").unwrap(), "Ada");
        assert_eq!(parse_sender_name("A").unwrap_err().key, "err-name-short");
        assert!(parse_sender_name(&"x".repeat(61)).is_err());
        assert_eq!(parse_contact_message("zu kurz").unwrap_err().key, "err-contact-message-short");
        assert!(parse_contact_message(&"ä".repeat(5000)).is_ok());
        assert_eq!(parse_contact_message(&"ä".repeat(5001)).unwrap_err().key, "err-contact-message-long");
    }

    #[test]
    fn published_pages_of_listed_organisations_are_public_drafts_are_not() {
        for role in ROLES {
            assert!(may_see_page(true, true, role), "{role:?}");
        }
        assert!(!may_see_page(false, true, None));
        assert!(!may_see_page(false, true, Some(OrgRole::Member)));
        assert!(may_see_page(false, true, Some(OrgRole::Editor)));
        // Not confirmed in any neighbourhood yet: its members only.
        assert!(!may_see_page(true, false, None));
        assert!(may_see_page(true, false, Some(OrgRole::Member)));
    }

    #[test]
    fn page_fields() {
        assert_eq!(parse_page_slug(" Ueber-Uns ").unwrap(), "ueber-uns");
        assert!(parse_page_slug("über").is_err());
        assert!(parse_page_slug("a").is_err());
        assert!(parse_page_slug("a--b").is_err());
        assert!(parse_page_slug("../x").is_err());
        assert_eq!(parse_position("").unwrap(), 0);
        assert_eq!(parse_position(" 7 ").unwrap(), 7);
        assert!(parse_position("100").is_err());
        assert!(parse_position("-1").is_err());
        assert!(parse_position("x").is_err());
        assert!(parse_page_title("A").is_err());
        assert_eq!(parse_page_title(" Über uns ").unwrap(), "Über uns");
    }

    #[test]
    fn standard_kinds_are_every_kind_but_custom() {
        assert!(PageKind::ALL.iter().filter(|k| !PageKind::STANDARD.contains(k)).eq([&PageKind::Custom]));
    }
}

//! Organisations own their space: only their own administrators and
//! editors change it. Coordinators confirm that an organisation belongs to
//! a neighbourhood; moderators can hide a single item, on the record.

use crate::validation::{FieldError, text};
use serde::Serialize;

/// What kind of local actor an organisation is.
pub const KINDS: &[&str] =
    &["club", "parish", "social_service", "initiative", "municipal_office", "business", "political_body"];

pub fn parse_kind(raw: &str) -> Result<String, FieldError> {
    let t = raw.trim();
    if KINDS.contains(&t) { Ok(t.to_string()) } else { Err(FieldError::new("kind", "err-org-kind")) }
}

crate::tagged! {
    /// A person's role in an organisation (ordered: more rights later).
    #[derive(PartialOrd, Ord, Serialize)]
    pub enum OrgRole {
        Member = "member",
        Editor = "editor",
        Admin = "admin",
    }
}

crate::tagged! {
    /// Whether a coordinator has confirmed that an organisation belongs to a
    /// neighbourhood.
    pub enum LinkStatus {
        /// Asked for, not confirmed yet.
        Pending = "pending",
        Confirmed = "confirmed",
    }
}

/// Whether an organisation's link to a neighbourhood puts it into that
/// neighbourhood's directory for a reader: a confirmed link makes it public,
/// one that waits for confirmation is shown only to that neighbourhood's
/// coordinators. Both directories ask this (the instance-wide one for a
/// reader who coordinates no neighbourhood in particular).
pub fn listed_in_directory(status: LinkStatus, coordinator: bool) -> bool {
    match status {
        LinkStatus::Confirmed => true,
        LinkStatus::Pending => coordinator,
    }
}

/// A short line of what an organisation offers, for a directory: the first
/// paragraph of its description without Markdown marks, cut at `max`
/// characters on a word.
pub fn offer_line(description: &str, max: usize) -> String {
    let first = description.split("\n\n").map(str::trim).find(|p| !p.is_empty()).unwrap_or("");
    let plain: String = first
        .chars()
        .filter(|c| !matches!(c, '*' | '_' | '#' | '`' | '>'))
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .collect();
    let plain = plain.split_whitespace().collect::<Vec<_>>().join(" ");
    if plain.chars().count() <= max {
        return plain;
    }
    let cut: String = plain.chars().take(max).collect();
    let cut = match cut.rfind(' ') {
        Some(at) if at > 0 => &cut[..at],
        _ => cut.as_str(),
    };
    format!("{}…", cut.trim_end_matches([',', '.', ';', ':']))
}

/// Change the profile and manage members: administrators only.
pub fn can_administer(role: Option<OrgRole>) -> bool {
    role == Some(OrgRole::Admin)
}

/// Publish news: editors and administrators.
pub fn can_publish(role: Option<OrgRole>) -> bool {
    matches!(role, Some(OrgRole::Editor | OrgRole::Admin))
}

/// Read members-only news: every member.
pub fn can_read_internal(role: Option<OrgRole>) -> bool {
    role.is_some()
}

pub fn parse_name(raw: &str) -> Result<String, FieldError> {
    text("name", raw, 2, 100, "err-name-short", "err-name-long")
}

pub fn parse_description(raw: &str) -> Result<String, FieldError> {
    text("description", raw, 0, 5000, "err-text-short", "err-body-long")
}

/// Contact, opening hours: short free text.
pub fn parse_short(field: &'static str, raw: &str) -> Result<String, FieldError> {
    text(field, raw, 0, 300, "err-text-short", "err-short-long")
}

/// A link to the organisation's other presence: http(s) only.
pub fn parse_link(field: &'static str, raw: &str) -> Result<String, FieldError> {
    let t = raw.trim();
    if t.is_empty() {
        return Ok(String::new());
    }
    let ok = (t.starts_with("https://") || t.starts_with("http://"))
        && t.len() <= 300
        && !t.chars().any(|c| c.is_whitespace() || c == '"' || c == '<' || c == '>');
    if ok { Ok(t.to_string()) } else { Err(FieldError::new(field, "err-link")) }
}

pub fn parse_news_title(raw: &str) -> Result<String, FieldError> {
    text("title", raw, 3, 150, "err-title-short", "err-title-long")
}

pub fn parse_news_body(raw: &str) -> Result<String, FieldError> {
    text("body", raw, 1, 20000, "err-message-empty", "err-news-long")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directory_shows_pending_links_only_to_coordinators() {
        assert!(listed_in_directory(LinkStatus::Confirmed, false));
        assert!(listed_in_directory(LinkStatus::Confirmed, true));
        assert!(!listed_in_directory(LinkStatus::Pending, false));
        assert!(listed_in_directory(LinkStatus::Pending, true));
    }

    #[test]
    fn offer_line_is_short_and_plain() {
        assert_eq!(offer_line("Wir **kümmern** uns.\n\nMehr Text.", 80), "Wir kümmern uns.");
        assert_eq!(offer_line("Eins zwei drei vier", 12), "Eins zwei…");
        assert_eq!(offer_line("", 10), "");
    }

    #[test]
    fn roles() {
        assert!(can_administer(Some(OrgRole::Admin)));
        assert!(!can_administer(Some(OrgRole::Editor)));
        assert!(can_publish(Some(OrgRole::Editor)));
        assert!(!can_publish(Some(OrgRole::Member)));
        assert!(!can_publish(None));
        assert!(can_read_internal(Some(OrgRole::Member)));
    }

    #[test]
    fn links() {
        assert_eq!(parse_link("website", " https://verein.example.org ").unwrap(), "https://verein.example.org");
        assert!(parse_link("website", "javascript:alert(1)").is_err());
        assert!(parse_link("website", "").unwrap().is_empty());
    }
}

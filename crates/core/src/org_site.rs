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

crate::tagged! {
    /// The two ends of a link between an umbrella organisation (a city-wide
    /// provider, a *Träger*, an association) and one of its local branches.
    pub enum Side {
        Umbrella = "umbrella",
        Branch = "branch",
    }
}

crate::tagged! {
    /// Where a link between an umbrella and a branch stands: one side asked,
    /// the other has not answered yet; or both agreed.
    pub enum AffiliationStatus {
        Asked = "asked",
        Confirmed = "confirmed",
    }
}

/// What an administrator does with a link between an umbrella and a branch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AffiliationAction {
    /// Ask the other organisation to be linked (as its umbrella or its branch).
    Ask,
    /// Accept or decline what the other side asked.
    Answer,
    /// End a link, or take back one's own question.
    End,
}

/// The rule for links between umbrellas and branches. `role` is the
/// actor's role in the organisation on `my_side`; `asked_by` the side that
/// asked. Only administrators act, each for their own organisation; a link
/// needs both sides' yes, and either side may end it. A link gives the
/// umbrella nothing inside the branch: [`site`] and the organisation rule
/// look only at the actor's own role in the branch, so the umbrella sees,
/// links and reports, and cannot edit or hide what a branch publishes.
pub fn affiliation(
    role: Option<OrgRole>,
    my_side: Side,
    asked_by: Side,
    status: AffiliationStatus,
    action: AffiliationAction,
) -> bool {
    can_administer(role)
        && match action {
            AffiliationAction::Ask => true,
            AffiliationAction::Answer => status == AffiliationStatus::Asked && my_side != asked_by,
            AffiliationAction::End => true,
        }
}

/// A host name an organisation's site is served under, as the operator
/// types it (`tafel-nord.de`, `https://www.tafel-nord.de/`): lowercase,
/// without scheme, port or path; at least two labels of letters, digits and
/// hyphens.
pub fn parse_host(raw: &str) -> Result<String, FieldError> {
    let t = raw.trim().to_lowercase();
    let t = t.strip_prefix("https://").or_else(|| t.strip_prefix("http://")).unwrap_or(&t);
    let host = t.split(['/', '?', '#']).next().unwrap_or("").trim_end_matches('.');
    let label_ok = |l: &str| {
        (1..=63).contains(&l.len())
            && l.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            && !l.starts_with('-')
            && !l.ends_with('-')
    };
    let labels: Vec<&str> = host.split('.').collect();
    if host.len() > 253 || labels.len() < 2 || !labels.iter().all(|l| label_ok(l)) {
        return Err(FieldError::new("host", "err-host"));
    }
    Ok(host.to_string())
}

/// The host part of a `Host` header (`example.org:8080` → `example.org`),
/// lowercase; `None` for anything that is not a plain host name.
pub fn host_of_header(raw: &str) -> Option<String> {
    let h = raw.trim().to_ascii_lowercase();
    let h = match h.rsplit_once(':') {
        Some((name, port)) if port.chars().all(|c| c.is_ascii_digit()) => name.to_string(),
        _ => h,
    };
    parse_host(&h).ok().filter(|p| *p == h.trim_end_matches('.'))
}

/// What the other organisation is to this one, from the form.
pub fn parse_link_role(raw: &str) -> Result<Side, FieldError> {
    Side::from_tag(raw.trim()).ok_or(FieldError::new("role", "err-link-role"))
}

/// Another organisation named in a form: its address on this instance
/// (`https://…/o/<slug>`, `/o/<slug>/…`) or its short name alone, as the
/// short name. Whether it exists is for the store to say.
pub fn parse_org_address(field: &'static str, raw: &str) -> Result<String, FieldError> {
    let t = raw.trim();
    let slug = match t.find("/o/") {
        Some(i) => t[i + 3..].split(['/', '?', '#']).next().unwrap_or(""),
        None => t,
    };
    let slug = slug.trim().to_lowercase();
    let ok = (2..=60).contains(&slug.len())
        && slug.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if ok { Ok(slug) } else { Err(FieldError::new(field, "err-org-address")) }
}

/// What an organisation's colour is used with: as the background of white
/// button text (`--accent-fg`), as text and lines on white cards
/// (`--card`), and as lines and text on the page (`--bg`).
pub const ACCENT_AGAINST: [[u8; 3]; 2] = [[0xff, 0xff, 0xff], [0xfd, 0xfc, 0xf8]];

/// The smallest contrast ratio WCAG 2.2 AA asks of normal text (1.4.3).
pub const MIN_CONTRAST: f64 = 4.5;

/// A colour written `#rrggbb` (or `#rgb`), as its three channels.
pub fn parse_hex(raw: &str) -> Option<[u8; 3]> {
    let h = raw.trim().strip_prefix('#')?;
    if !h.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    let ch = |s: &str| u8::from_str_radix(s, 16).ok();
    match h.len() {
        6 => Some([ch(h.get(0..2)?)?, ch(h.get(2..4)?)?, ch(h.get(4..6)?)?]),
        3 => {
            let d = |i: usize| ch(h.get(i..i + 1)?).map(|v| v * 17);
            Some([d(0)?, d(1)?, d(2)?])
        }
        _ => None,
    }
}

/// The relative luminance of a colour (WCAG 2.2, "relative luminance").
pub fn luminance(rgb: [u8; 3]) -> f64 {
    let lin = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.04045 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) }
    };
    0.2126 * lin(rgb[0]) + 0.7152 * lin(rgb[1]) + 0.0722 * lin(rgb[2])
}

/// The contrast ratio of two colours, from 1 (none) to 21 (black on white).
pub fn contrast_ratio(a: [u8; 3], b: [u8; 3]) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// An organisation's colour as `#rrggbb`, or `None` for the house colour
/// (an empty field). Refused when it is not a colour, or when its contrast
/// with any of [`ACCENT_AGAINST`] is below [`MIN_CONTRAST`].
pub fn parse_accent(raw: &str) -> Result<Option<String>, FieldError> {
    if raw.trim().is_empty() {
        return Ok(None);
    }
    let rgb = parse_hex(raw).ok_or(FieldError::new("accent", "err-colour-format"))?;
    if ACCENT_AGAINST.iter().any(|bg| contrast_ratio(rgb, *bg) < MIN_CONTRAST) {
        return Err(FieldError::new("accent", "err-colour-contrast"));
    }
    Ok(Some(format!("#{:02x}{:02x}{:02x}", rgb[0], rgb[1], rgb[2])))
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
    fn host_names_are_read_plainly() {
        for (raw, host) in [
            ("tafel-nord.de", "tafel-nord.de"),
            (" https://WWW.Tafel-Nord.de/kontakt ", "www.tafel-nord.de"),
            ("http://verein.example.org.", "verein.example.org"),
        ] {
            assert_eq!(parse_host(raw).as_deref(), Ok(host), "{raw}");
        }
        for bad in [
            "",
            "localhost",
            "tafel nord.de",
            "-x.de",
            "x-.de",
            "a..de",
            "<b>.de",
            "ümlaut.de",
            &format!("{}.de", "a".repeat(64)),
        ] {
            assert!(parse_host(bad).is_err(), "{bad}");
        }
        assert_eq!(host_of_header("Tafel-Nord.de:8443").as_deref(), Some("tafel-nord.de"));
        assert_eq!(host_of_header("127.0.0.1:3000").as_deref(), Some("127.0.0.1"));
        assert_eq!(host_of_header("evil.de/x"), None);
        assert_eq!(host_of_header("[::1]:80"), None);
    }

    #[test]
    fn another_organisation_is_named_by_its_address_or_short_name() {
        for ok in ["tafel-nord", " Tafel-Nord ", "https://quartier.example/o/tafel-nord", "/o/tafel-nord/p/about?x=1"] {
            assert_eq!(parse_org_address("other", ok), Ok("tafel-nord".to_string()), "{ok}");
        }
        for bad in ["", "x", "https://example.org/", "/o/", "tafel nord", "<script>", &"a".repeat(61)] {
            assert!(parse_org_address("other", bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn only_administrators_link_organisations_and_the_other_side_answers() {
        use AffiliationAction::*;
        use AffiliationStatus::*;
        for r in ROLES {
            let admin = r == Some(OrgRole::Admin);
            for side in Side::ALL {
                assert_eq!(affiliation(r, side, side, Asked, Ask), admin);
                assert_eq!(affiliation(r, side, side, Confirmed, End), admin);
                // Nobody answers their own question; the other side does, once.
                assert!(!affiliation(r, side, side, Asked, Answer));
                let other = if side == Side::Umbrella { Side::Branch } else { Side::Umbrella };
                assert_eq!(affiliation(r, side, other, Asked, Answer), admin);
                assert!(!affiliation(r, side, other, Confirmed, Answer));
            }
        }
    }

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
    fn contrast_is_computed_as_wcag_says() {
        let black = [0, 0, 0];
        let white = [255, 255, 255];
        assert!((contrast_ratio(black, white) - 21.0).abs() < 1e-9);
        assert!((contrast_ratio(white, white) - 1.0).abs() < 1e-9);
        // #767676 on white is the well-known 4.54:1.
        let grey = parse_hex("#767676").unwrap();
        assert!((contrast_ratio(grey, white) - 4.54).abs() < 0.01);
        assert_eq!(parse_hex("#0B5"), Some([0x00, 0xbb, 0x55]));
        for bad in ["0b5d3b", "#0b5d3", "#ggg", "#0b5d3b00", "#", "", "#ä12"] {
            assert_eq!(parse_hex(bad), None, "{bad}");
        }
    }

    #[test]
    fn an_accent_colour_needs_enough_contrast_with_what_it_is_used_with() {
        assert_eq!(parse_accent("").unwrap(), None, "empty: the house colour");
        assert_eq!(parse_accent(" #0B5D3B ").unwrap().as_deref(), Some("#0b5d3b"));
        assert_eq!(parse_accent("#000").unwrap().as_deref(), Some("#000000"));
        // The house colour passes; light colours do not.
        assert!(parse_accent("#0b5d3b").is_ok());
        for light in ["#ffff00", "#ffffff", "#ff8800", "#6fa8dc"] {
            assert_eq!(parse_accent(light).unwrap_err().key, "err-colour-contrast", "{light}");
        }
        // Just below and just above 4.5:1 against the page background.
        assert!(parse_accent("#777777").is_err());
        assert!(parse_accent("#737373").is_ok());
        assert_eq!(parse_accent("grün").unwrap_err().key, "err-colour-format");
        assert_eq!(parse_accent("rgb(0,0,0)").unwrap_err().key, "err-colour-format");
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

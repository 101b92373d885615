//! Neighbourly help: requests and offers, their categories, times and
//! states, and who may do what with them.

use crate::neighbourhood::{MembershipStatus, Role};
use crate::validation::{FieldError, text};
use chrono::{NaiveDate, NaiveTime};
use serde::Serialize;

crate::tagged! {
    /// Request ("who can …?") or offer ("I can …").
    #[derive(Serialize)]
    pub enum Kind {
        Request = "request",
        Offer = "offer",
    }
}

impl Kind {
    /// Requests are matched with offers and the other way round.
    pub fn opposite(self) -> Self {
        match self {
            Kind::Request => Kind::Offer,
            Kind::Offer => Kind::Request,
        }
    }
}

/// The built-in categories; a coordinator can add more (`custom-<id>`).
pub const CATEGORIES: &[&str] = &[
    "shopping",
    "accompanying",
    "technology",
    "garden",
    "repairs",
    "visits",
    "rides",
    "childcare",
    "language",
    "pets",
    "other",
];

/// A category is a built-in key or `custom-<uuid>`; the store checks that a
/// custom one belongs to the neighbourhood.
pub fn parse_category(raw: &str) -> Result<String, FieldError> {
    let t = raw.trim();
    if CATEGORIES.contains(&t) {
        return Ok(t.to_string());
    }
    if let Some(id) = t.strip_prefix("custom-")
        && uuid::Uuid::parse_str(id).is_ok()
    {
        return Ok(t.to_string());
    }
    Err(FieldError::new("category", "err-category"))
}

crate::tagged! {
    #[derive(Serialize)]
    pub enum Urgency {
        Normal = "normal",
        Soon = "soon",
        Urgent = "urgent",
    }
}

impl Urgency {
    /// From the form: empty is normal.
    pub fn parse(raw: &str) -> Result<Self, FieldError> {
        if raw.is_empty() {
            Ok(Urgency::Normal)
        } else {
            Self::from_tag(raw).ok_or(FieldError::new("urgency", "err-urgency"))
        }
    }
}

crate::tagged! {
    /// Who may see an entry. Verified neighbours is the default.
    #[derive(Serialize)]
    pub enum Visibility {
        Neighbours = "neighbours",
        Coordinators = "coordinators",
    }
}

impl Visibility {
    /// From the form: empty is the default, verified neighbours.
    pub fn parse(raw: &str) -> Result<Self, FieldError> {
        if raw.is_empty() {
            Ok(Visibility::Neighbours)
        } else {
            Self::from_tag(raw).ok_or(FieldError::new("visibility", "err-visibility"))
        }
    }
}

crate::tagged! {
    /// The life of an entry: open → arranged (a helper accepted) → done; or
    /// withdrawn by its author.
    #[derive(Serialize)]
    pub enum Status {
        Open = "open",
        Arranged = "arranged",
        Done = "done",
        Withdrawn = "withdrawn",
    }
}

pub const TITLE_MAX: usize = 120;
pub const BODY_MAX: usize = 5000;

pub fn parse_title(raw: &str) -> Result<String, FieldError> {
    text("title", raw, 3, TITLE_MAX, "err-title-short", "err-title-long")
}

pub fn parse_body(raw: &str) -> Result<String, FieldError> {
    text("body", raw, 0, BODY_MAX, "err-text-short", "err-body-long")
}

/// The street area a person chose to give ("Gartenstraße, oberer Teil"); never an address.
pub fn parse_area(raw: &str) -> Result<String, FieldError> {
    text("area", raw, 0, 80, "err-text-short", "err-area-long")
}

/// The name of an offline resident a coordinator posts for.
pub fn parse_on_behalf(raw: &str) -> Result<String, FieldError> {
    text("on_behalf", raw, 0, 80, "err-text-short", "err-on-behalf-long")
}

/// An optional date, which must not be in the past.
pub fn parse_date(raw: &str, today: NaiveDate) -> Result<Option<NaiveDate>, FieldError> {
    let Some(d) = crate::validation::day("date", raw)? else {
        return Ok(None);
    };
    if d < today {
        return Err(FieldError::new("date", "err-date-past"));
    }
    if d > today + chrono::Duration::days(366) {
        return Err(FieldError::new("date", "err-date-far"));
    }
    Ok(Some(d))
}

/// An optional time of day, `HH:MM`.
pub fn parse_time(field: &'static str, raw: &str) -> Result<Option<NaiveTime>, FieldError> {
    let t = raw.trim();
    if t.is_empty() {
        return Ok(None);
    }
    NaiveTime::parse_from_str(t, "%H:%M").map(Some).map_err(|_| FieldError::new(field, "err-time"))
}

/// Hours credited for done help in a time bank, typed as "1,5" or "1.5".
pub fn parse_hours(raw: &str) -> Result<i32, FieldError> {
    let t = raw.trim().replace(',', ".");
    if t.is_empty() {
        return Ok(60);
    }
    // Whole minutes, at least one: "0,000001" is no help to book.
    match t.parse::<f64>().map(|h| (h * 60.0).round()) {
        Ok(m) if (1.0..=24.0 * 60.0).contains(&m) => Ok(m as i32),
        _ => Err(FieldError::new("hours", "err-hours")),
    }
}

/// A message in a conversation.
pub fn parse_message(raw: &str) -> Result<String, FieldError> {
    text("body", raw, 1, 4000, "err-message-empty", "err-message-long")
}

/// The reason a moderator gives, or a person gives for a report.
pub fn parse_reason(raw: &str) -> Result<String, FieldError> {
    text("reason", raw, 3, 500, "err-reason-short", "err-reason-long")
}

/// A thank-you note.
pub fn parse_thanks(raw: &str) -> Result<String, FieldError> {
    text("note", raw, 1, 500, "err-message-empty", "err-message-long")
}

/// Whether a person with this membership may see an entry.
pub fn can_view(membership: Option<(Role, MembershipStatus)>, is_author: bool, visibility: Visibility) -> bool {
    let Some((role, MembershipStatus::Verified)) = membership else {
        return false;
    };
    match visibility {
        Visibility::Neighbours => true,
        Visibility::Coordinators => is_author || role == Role::Coordinator,
    }
}

/// The one rule for who may see a help entry, wherever it is shown: its
/// page, lists, the notice board and its mail, the review queue, the API.
/// A hidden entry stays visible to its author and to moderators.
pub fn may_see(
    membership: Option<(Role, MembershipStatus)>,
    is_author: bool,
    visibility: Visibility,
    hidden: bool,
) -> bool {
    can_view(membership, is_author, visibility) && (!hidden || is_author || can_moderate(membership))
}

/// Whether a person may act for the author (accept, mark done, withdraw):
/// the author, or a coordinator for an entry posted on someone's behalf.
pub fn acts_for_author(is_author: bool, posted_on_behalf: bool, membership: Option<(Role, MembershipStatus)>) -> bool {
    is_author || (posted_on_behalf && membership == Some((Role::Coordinator, MembershipStatus::Verified)))
}

/// What of other people's entries a reader may see, for queries that count
/// or list in the database: the same answers as [`may_see`] gives for every
/// entry the reader did not write and no moderator hid (a unit test walks
/// them all; lists never show hidden entries).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SeeScope {
    /// Entries for all neighbours.
    pub neighbours: bool,
    /// Entries for the coordinators only.
    pub coordinators_only: bool,
}

pub fn see_scope(membership: Option<(Role, MembershipStatus)>) -> SeeScope {
    SeeScope {
        neighbours: may_see(membership, false, Visibility::Neighbours, false),
        coordinators_only: may_see(membership, false, Visibility::Coordinators, false),
    }
}

crate::tagged! {
    /// Whose account a time-bank booking moves hours from or to: a person's
    /// own, or the neighbourhood's shared account.
    #[derive(Serialize)]
    pub enum Account {
        Person = "person",
        Neighbourhood = "neighbourhood",
    }
}

/// The two sides of a booking when help is done, seen from the entry's author.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Booking {
    /// The author is the one helped and pays; otherwise the author helped and gains.
    pub author_pays: bool,
    /// The account on the author's side.
    pub author_account: Account,
}

/// The person helped pays the helper. Help a coordinator posted for a
/// neighbour who is not online is booked to the neighbourhood's shared
/// account: the coordinator only entered it, so their own balance stays.
pub fn booking(kind: Kind, posted_on_behalf: bool) -> Booking {
    Booking {
        author_pays: kind == Kind::Request,
        author_account: if posted_on_behalf { Account::Neighbourhood } else { Account::Person },
    }
}

/// Moderators and coordinators may hide content, with a reason, on the record.
pub fn can_moderate(membership: Option<(Role, MembershipStatus)>) -> bool {
    matches!(membership, Some((r, MembershipStatus::Verified)) if r >= Role::Moderator)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_see_scope_agrees_with_may_see() {
        let mut ms = vec![None];
        for r in Role::ALL {
            for st in MembershipStatus::ALL {
                ms.push(Some((r, st)));
            }
        }
        for m in ms {
            let s = see_scope(m);
            for v in Visibility::ALL {
                let by_scope = match v {
                    Visibility::Neighbours => s.neighbours,
                    Visibility::Coordinators => s.coordinators_only,
                };
                assert_eq!(by_scope, may_see(m, false, v, false), "{m:?} {v:?}");
            }
        }
    }

    #[test]
    fn help_for_someone_offline_is_booked_to_the_neighbourhood() {
        assert_eq!(booking(Kind::Request, false), Booking { author_pays: true, author_account: Account::Person });
        assert_eq!(booking(Kind::Offer, false), Booking { author_pays: false, author_account: Account::Person });
        assert_eq!(booking(Kind::Request, true), Booking { author_pays: true, author_account: Account::Neighbourhood });
        assert_eq!(booking(Kind::Offer, true).author_account, Account::Neighbourhood);
    }

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn dates() {
        let today = day("2026-11-25");
        assert_eq!(parse_date("", today), Ok(None));
        assert_eq!(parse_date("2026-11-26", today), Ok(Some(day("2026-11-26"))));
        assert_eq!(parse_date("26.11.2026", today), Ok(Some(day("2026-11-26"))));
        assert_eq!(parse_date("2026-11-24", today).map_err(|e| e.key), Err("err-date-past"));
        assert!(parse_date("morgen", today).is_err());
    }

    #[test]
    fn hours() {
        assert_eq!(parse_hours("1,5"), Ok(90));
        assert_eq!(parse_hours(""), Ok(60));
        assert!(parse_hours("0").is_err());
        assert!(parse_hours("-2").is_err());
        assert!(parse_hours("viel").is_err());
    }

    #[test]
    fn visibility_rules() {
        let res = Some((Role::Resident, MembershipStatus::Verified));
        let coord = Some((Role::Coordinator, MembershipStatus::Verified));
        let pending = Some((Role::Resident, MembershipStatus::Pending));
        assert!(can_view(res, false, Visibility::Neighbours));
        assert!(!can_view(res, false, Visibility::Coordinators));
        assert!(can_view(res, true, Visibility::Coordinators));
        assert!(can_view(coord, false, Visibility::Coordinators));
        assert!(!can_view(pending, false, Visibility::Neighbours));
        assert!(!can_view(None, false, Visibility::Neighbours));
        assert!(acts_for_author(false, true, coord));
        assert!(!acts_for_author(false, false, coord));
    }

    #[test]
    fn categories() {
        assert!(parse_category("garden").is_ok());
        assert!(parse_category("custom-0195f1c2-7d3a-7c21-9b1e-0c5d3e1f2a3b").is_ok());
        assert!(parse_category("weapons").is_err());
    }

    #[test]
    fn hours_are_whole_minutes_of_at_least_one() {
        assert_eq!(parse_hours("1,5"), Ok(90));
        assert_eq!(parse_hours(""), Ok(60));
        assert_eq!(parse_hours("0,01"), Ok(1));
        // Found by the fuzzer: more than nothing, but less than half a minute.
        assert!(parse_hours("\n.0000080000000002").is_err());
        assert!(parse_hours("0,001").is_err());
        assert!(parse_hours("24,01").is_err());
        assert!(parse_hours("NaN").is_err());
        assert!(parse_hours("inf").is_err());
    }
}

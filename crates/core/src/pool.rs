//! The shared pool of a neighbourhood's network: rooms, equipment and
//! vehicles that residents and partner organisations lend (a hall on
//! Tuesday evenings, a beamer, a cargo bike), booked by others with the
//! owner's confirmation.

use crate::event::{Occurrence, WhenInput, parse_when};
use crate::validation::{FieldError, FieldErrors, text};
use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;

crate::tagged! {
    /// What is lent.
    pub enum ResourceKind {
        Room = "room",
        Equipment = "equipment",
        Vehicle = "vehicle",
    }
}

crate::tagged! {
    /// Where a booking stands.
    pub enum BookingStatus {
        /// Asked for; the owner has not answered yet.
        Requested = "requested",
        Confirmed = "confirmed",
        Declined = "declined",
        /// Called off by the person who asked, or by the owner after confirming.
        Cancelled = "cancelled",
    }
}

impl ResourceKind {
    pub fn parse(raw: &str) -> Result<Self, FieldError> {
        Self::from_tag(raw.trim()).ok_or(FieldError::new("kind", "err-pool-kind"))
    }
}

/// Who the reader is to the pool, and to one resource in it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Viewer {
    /// A verified member of the neighbourhood.
    pub member: bool,
    /// Lends the resource: the resident who offered it, or an administrator
    /// of the organisation that offers it.
    pub owner: bool,
    /// Asked for the booking at hand.
    pub requester: bool,
}

/// What someone does with the pool.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PoolAction {
    /// See the pool, a resource and when it is booked.
    See,
    /// Offer something of one's own (or of an organisation one runs).
    Offer,
    /// Ask to borrow a resource.
    Book,
    /// Change or withdraw a resource; confirm or decline bookings.
    Decide,
    /// Call off a booking: the person who asked, or the owner.
    Cancel,
}

/// The permission rule for the pool. Only neighbours take part; a resource
/// is the owner's to lend, so only the owner answers requests (not the
/// coordinator); an owner does not book their own things.
pub fn pool(v: Viewer, action: PoolAction) -> bool {
    match action {
        PoolAction::See | PoolAction::Offer => v.member,
        PoolAction::Book => v.member && !v.owner,
        PoolAction::Decide => v.member && v.owner,
        PoolAction::Cancel => v.member && (v.owner || v.requester),
    }
}

/// The name of a resource.
pub fn parse_title(raw: &str) -> Result<String, FieldError> {
    text("title", raw, 3, 120, "err-title-short", "err-title-long")
}

/// What it is, in a few sentences (may stay empty).
pub fn parse_description(raw: &str) -> Result<String, FieldError> {
    text("description", raw, 0, 2000, "err-title-short", "err-body-long")
}

/// Steps, lift, toilet, weight: what someone needs to know (may stay empty).
pub fn parse_accessibility(raw: &str) -> Result<String, FieldError> {
    text("accessibility", raw, 0, 1000, "err-title-short", "err-body-long")
}

/// When it can be borrowed, in the owner's words ("Tuesday evenings").
pub fn parse_availability(raw: &str) -> Result<String, FieldError> {
    text("availability", raw, 3, 300, "err-pool-availability", "err-title-long")
}

/// A note to the owner with a request (may stay empty).
pub fn parse_note(raw: &str) -> Result<String, FieldError> {
    text("note", raw, 0, 1000, "err-title-short", "err-body-long")
}

/// The longest a single booking lasts.
pub const MAX_BOOKING_DAYS: i64 = 14;

/// A booking's time: a day, a start and an end time (the end may fall on a
/// later day, `end_date`), in the neighbourhood's time zone; not in the
/// past and at most two weeks long.
pub fn parse_slot(
    date: &str,
    start_time: &str,
    end_date: &str,
    end_time: &str,
    tz: Tz,
    now: DateTime<Utc>,
) -> Result<Occurrence, FieldErrors> {
    let w = WhenInput { date, start_time, end_date, end_time, all_day: false, repeat: "once", repeat_until: "" };
    let occurrences = parse_when(&w, tz, now, false)?;
    let Some(&(start, end)) = occurrences.first() else {
        return Err(FieldError::new("date", "err-date").into());
    };
    if end - start > Duration::days(MAX_BOOKING_DAYS) {
        return Err(FieldError::new("end_date", "err-pool-too-long").into());
    }
    Ok((start, end))
}

/// Whether two slots share a moment (touching ends do not).
pub fn overlaps(a: Occurrence, b: Occurrence) -> bool {
    a.0 < b.1 && b.0 < a.1
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    const ALL: [PoolAction; 5] =
        [PoolAction::See, PoolAction::Offer, PoolAction::Book, PoolAction::Decide, PoolAction::Cancel];

    fn allowed(v: Viewer) -> Vec<PoolAction> {
        ALL.into_iter().filter(|a| pool(v, *a)).collect()
    }

    #[test]
    fn only_neighbours_take_part_and_only_owners_decide() {
        assert!(allowed(Viewer::default()).is_empty());
        assert!(allowed(Viewer { owner: true, requester: true, member: false }).is_empty());
        let member = Viewer { member: true, ..Viewer::default() };
        assert_eq!(allowed(member), vec![PoolAction::See, PoolAction::Offer, PoolAction::Book]);
        let owner = Viewer { owner: true, ..member };
        assert_eq!(allowed(owner), vec![PoolAction::See, PoolAction::Offer, PoolAction::Decide, PoolAction::Cancel]);
        let requester = Viewer { requester: true, ..member };
        assert_eq!(allowed(requester), vec![PoolAction::See, PoolAction::Offer, PoolAction::Book, PoolAction::Cancel]);
    }

    #[test]
    fn a_slot_is_in_local_time_in_the_future_and_not_too_long() {
        let tz: Tz = chrono_tz::Europe::Berlin;
        let now = Utc.with_ymd_and_hms(2026, 12, 2, 9, 0, 0).single().unwrap_or_default();
        let (s, e) = parse_slot("2026-12-08", "18:00", "", "21:00", tz, now).unwrap_or_default();
        assert_eq!(s, Utc.with_ymd_and_hms(2026, 12, 8, 17, 0, 0).single().unwrap_or_default());
        assert_eq!(e - s, Duration::hours(3));
        let err = |r: Result<Occurrence, FieldErrors>| r.err().and_then(|e| e.0.first().map(|f| (f.field, f.key)));
        assert_eq!(err(parse_slot("2026-12-01", "18:00", "", "21:00", tz, now)), Some(("date", "err-date-past")));
        assert_eq!(err(parse_slot("2026-12-08", "21:00", "", "18:00", tz, now)), Some(("end_time", "err-time-order")));
        assert_eq!(
            err(parse_slot("2026-12-08", "18:00", "2026-12-30", "18:00", tz, now)),
            Some(("end_date", "err-pool-too-long"))
        );
        assert_eq!(err(parse_slot("", "18:00", "", "21:00", tz, now)), Some(("date", "err-date")));
        // A cargo bike over a weekend.
        assert!(parse_slot("2026-12-12", "09:00", "2026-12-13", "18:00", tz, now).is_ok());
    }

    #[test]
    fn slots_that_touch_do_not_overlap() {
        let t = |h| Utc.with_ymd_and_hms(2026, 12, 8, h, 0, 0).single().unwrap_or_default();
        assert!(overlaps((t(10), t(12)), (t(11), t(13))));
        assert!(overlaps((t(10), t(14)), (t(11), t(12))));
        assert!(!overlaps((t(10), t(12)), (t(12), t(13))));
    }
}

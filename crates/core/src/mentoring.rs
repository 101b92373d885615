//! Digital mentoring (*Digitallots:innen*): residents offer themselves as
//! mentors with the topics they can help with; a resident, or an
//! organisation through its administrator, asks for a mentor on one topic;
//! a coordinator pairs them, or the asker picks a mentor who then says yes
//! or no; the pair logs short sessions and closes with a short evaluation.
//!
//! Everything here is pure: the topics and states, who may do what (one
//! rule with its action enum, and the one visibility rule of a pairing),
//! which state allows which step, and parsing what is typed.

use crate::neighbourhood::{MembershipStatus, Role};
use crate::policy::Actor;
use crate::validation::{FieldError, text};
use chrono::NaiveDate;

crate::tagged! {
    /// What a mentor helps with, and what someone asks help with.
    pub enum Topic {
        Smartphone = "smartphone",
        Email = "email",
        VideoCalls = "video_calls",
        Website = "website",
        SocialMedia = "social_media",
        Platform = "platform",
        Safety = "safety",
        Other = "other",
    }
}

crate::tagged! {
    /// Where a request for a mentor stands.
    pub enum Status {
        /// Waiting for a mentor.
        Open = "open",
        /// The asker picked a mentor, who has not answered yet.
        Proposed = "proposed",
        /// Mentor and asker work together.
        Paired = "paired",
        /// Done, with an evaluation.
        Closed = "closed",
    }
}

crate::tagged! {
    /// How helpful the mentoring was, as the evaluation says.
    pub enum Helpful {
        Yes = "yes",
        Partly = "partly",
        No = "no",
    }
}

impl Helpful {
    /// The number stored for it (3 the most helpful).
    pub fn score(self) -> i32 {
        match self {
            Helpful::Yes => 3,
            Helpful::Partly => 2,
            Helpful::No => 1,
        }
    }

    /// A stored number; anything else is no evaluation.
    pub fn from_score(n: i32) -> Option<Helpful> {
        Helpful::ALL.iter().copied().find(|h| h.score() == n)
    }

    pub fn parse(raw: &str) -> Result<Helpful, FieldError> {
        Helpful::from_tag(raw.trim()).ok_or(FieldError::new("helpful", "err-mentoring-helpful"))
    }
}

/// The topics of one offer, in declaration order; stored with commas.
pub fn topics_from_stored(raw: &str) -> Vec<Topic> {
    Topic::ALL.iter().copied().filter(|t| raw.split(',').any(|p| p.trim() == t.tag())).collect()
}

pub fn topics_to_stored(topics: &[Topic]) -> String {
    Topic::ALL.iter().filter(|t| topics.contains(t)).map(|t| t.tag()).collect::<Vec<_>>().join(",")
}

/// The topics ticked in the offer form: at least one, each one known.
pub fn parse_topics(checked: &[&str]) -> Result<Vec<Topic>, FieldError> {
    let mut out = Vec::new();
    for c in checked {
        match Topic::from_tag(c.trim()) {
            Some(t) => out.push(t),
            None => return Err(FieldError::new("topics", "err-mentoring-topic")),
        }
    }
    if out.is_empty() {
        return Err(FieldError::new("topics", "err-mentoring-topics-none"));
    }
    Ok(topics_from_stored(&topics_to_stored(&out)))
}

/// The one topic of a request.
pub fn parse_topic(raw: &str) -> Result<Topic, FieldError> {
    Topic::from_tag(raw.trim()).ok_or(FieldError::new("topic", "err-mentoring-topic"))
}

/// A note (about the mentor, with a request, what is next, an
/// evaluation): may stay empty, at most 1000 characters.
pub fn parse_note(field: &'static str, raw: &str) -> Result<String, FieldError> {
    text(field, raw, 0, 1000, "err-mentoring-note-long", "err-mentoring-note-long")
}

/// What a session was about: 2 to 200 characters.
pub fn parse_session_topic(raw: &str) -> Result<String, FieldError> {
    text("what", raw, 2, 200, "err-mentoring-what-short", "err-mentoring-what-long")
}

/// The day a session was held: given, and not after `today`.
pub fn parse_held_on(raw: &str, today: NaiveDate) -> Result<NaiveDate, FieldError> {
    match crate::validation::day("held_on", raw)? {
        None => Err(FieldError::new("held_on", "err-date")),
        Some(d) if d > today => Err(FieldError::new("held_on", "err-mentoring-date-future")),
        Some(d) => Ok(d),
    }
}

/// Who the reader is to mentoring in a neighbourhood, and to one request.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Viewer {
    /// A verified member of the neighbourhood.
    pub member: bool,
    /// A coordinator of the neighbourhood.
    pub coordinator: bool,
    /// Asked for the mentor (for themselves or their organisation).
    pub asker: bool,
    /// The mentor picked or paired.
    pub mentor: bool,
}

impl Viewer {
    /// The reader as their membership makes them, and as asker or mentor
    /// of the request at hand.
    pub fn of(actor: &Actor, asker: bool, mentor: bool) -> Viewer {
        let (member, coordinator) = match actor.membership {
            Some((role, MembershipStatus::Verified)) => (true, role >= Role::Coordinator),
            _ => (false, false),
        };
        Viewer { member, coordinator, asker, mentor }
    }
}

/// What someone does with mentoring.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MentoringAction {
    /// See the mentors and one's own requests; offer oneself; ask.
    Take,
    /// See every request of the neighbourhood (the coordinators' list).
    Coordinate,
    /// See one request or pairing, its sessions and its evaluation.
    See,
    /// Pair an open request with a mentor.
    Pair,
    /// Pick a mentor for one's own open request.
    Pick,
    /// Say yes or no to being picked.
    Answer,
    /// Log a session, close with an evaluation.
    Work,
}

/// The one visibility rule of a request or pairing: the person who asked,
/// the mentor, and the neighbourhood's coordinators, while they are
/// members. Every place that shows one asks this.
pub fn may_see(v: Viewer) -> bool {
    v.member && (v.coordinator || v.asker || v.mentor)
}

/// The rule: members take part; coordinators see every request and pair;
/// the asker picks; the picked mentor answers; the pair and the
/// coordinators (who stand in for neighbours without internet) log
/// sessions and close. The operator runs the instance and is granted
/// nothing here. Whether the request's state allows the step is
/// [`Status::allows`].
pub fn mentoring(v: Viewer, action: MentoringAction) -> bool {
    use MentoringAction::*;
    match action {
        Take => v.member,
        Coordinate | Pair => v.member && v.coordinator,
        See | Work => may_see(v),
        Pick => v.member && v.asker,
        Answer => v.member && v.mentor,
    }
}

impl Status {
    /// Whether a request in this state allows the step: pairing and
    /// picking while open, answering while proposed, working while paired.
    pub fn allows(self, action: MentoringAction) -> bool {
        use MentoringAction::*;
        match action {
            Take | Coordinate | See => true,
            Pair | Pick => self == Status::Open,
            Answer => self == Status::Proposed,
            Work => self == Status::Paired,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use MentoringAction::*;

    const ALL: [MentoringAction; 7] = [Take, Coordinate, See, Pair, Pick, Answer, Work];

    fn allowed(v: Viewer) -> Vec<MentoringAction> {
        ALL.into_iter().filter(|a| mentoring(v, *a)).collect()
    }

    fn actor(m: Option<(Role, MembershipStatus)>, operator: bool) -> Actor {
        Actor { logged_in: true, operator, membership: m }
    }

    #[test]
    fn each_role_may_do_its_own_steps() {
        let verified = |r| Some((r, MembershipStatus::Verified));
        // Anonymous, a pending member and the operator: nothing.
        assert!(allowed(Viewer::of(&Actor::anonymous(), false, false)).is_empty());
        let pending = actor(Some((Role::Resident, MembershipStatus::Pending)), false);
        assert!(allowed(Viewer::of(&pending, true, true)).is_empty());
        assert!(allowed(Viewer::of(&actor(None, true), false, false)).is_empty());
        // A member takes part but sees no one else's request.
        let member = Viewer::of(&actor(verified(Role::Resident), false), false, false);
        assert_eq!(allowed(member), vec![Take]);
        assert!(!may_see(member));
        // A moderator is a member here, no more.
        assert_eq!(allowed(Viewer::of(&actor(verified(Role::Moderator), false), false, false)), vec![Take]);
        // The asker picks; the mentor answers; both see and work.
        let asker = Viewer { asker: true, ..member };
        assert_eq!(allowed(asker), vec![Take, See, Pick, Work]);
        let mentor = Viewer { mentor: true, ..member };
        assert_eq!(allowed(mentor), vec![Take, See, Answer, Work]);
        // Coordinators see every request, pair, and work for those offline.
        let coord = Viewer::of(&actor(verified(Role::Coordinator), false), false, false);
        assert_eq!(allowed(coord), vec![Take, Coordinate, See, Pair, Work]);
        // Asker and mentor who left the neighbourhood see it no more.
        assert!(!may_see(Viewer { member: false, asker: true, mentor: true, coordinator: true }));
    }

    #[test]
    fn each_state_allows_its_own_steps() {
        let steps = |s: Status| ALL.into_iter().filter(|a| s.allows(*a)).collect::<Vec<_>>();
        assert_eq!(steps(Status::Open), vec![Take, Coordinate, See, Pair, Pick]);
        assert_eq!(steps(Status::Proposed), vec![Take, Coordinate, See, Answer]);
        assert_eq!(steps(Status::Paired), vec![Take, Coordinate, See, Work]);
        assert_eq!(steps(Status::Closed), vec![Take, Coordinate, See]);
    }

    #[test]
    fn topics_round_trip_and_need_one() {
        let t = parse_topics(&["smartphone", "website", "smartphone"]).unwrap_or_default();
        assert_eq!(t, [Topic::Smartphone, Topic::Website]);
        assert_eq!(topics_from_stored(&topics_to_stored(&t)), t);
        assert_eq!(parse_topics(&[]).err().map(|e| e.key), Some("err-mentoring-topics-none"));
        assert_eq!(parse_topics(&["knitting"]).err().map(|e| e.key), Some("err-mentoring-topic"));
        assert_eq!(topics_from_stored("website,unknown, email"), [Topic::Email, Topic::Website]);
        assert_eq!(parse_topic(" email "), Ok(Topic::Email));
        assert!(parse_topic("").is_err());
    }

    #[test]
    fn sessions_are_dated_up_to_today_and_say_what() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 9).unwrap_or_default();
        assert_eq!(parse_held_on("2026-12-09", today), Ok(today));
        assert_eq!(parse_held_on("08.12.2026", today).ok(), today.pred_opt());
        assert_eq!(parse_held_on("", today).err().map(|e| e.key), Some("err-date"));
        assert_eq!(parse_held_on("gestern", today).err().map(|e| e.key), Some("err-date"));
        assert_eq!(parse_held_on("2026-12-10", today).err().map(|e| e.key), Some("err-mentoring-date-future"));
        assert!(parse_session_topic("x").is_err() && parse_session_topic(&"x".repeat(201)).is_err());
        assert_eq!(parse_session_topic("  Fotos aufs Tablet  "), Ok("Fotos aufs Tablet".into()));
        assert!(parse_note("next", "").is_ok() && parse_note("next", &"x".repeat(1001)).is_err());
    }

    #[test]
    fn evaluations_are_one_of_three_and_stored_as_numbers() {
        assert_eq!(Helpful::parse("yes"), Ok(Helpful::Yes));
        assert!(Helpful::parse("").is_err() && Helpful::parse("5").is_err());
        for h in Helpful::ALL {
            assert_eq!(Helpful::from_score(h.score()), Some(h));
        }
        assert_eq!(Helpful::from_score(0), None);
    }
}

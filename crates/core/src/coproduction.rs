//! Co-production: the people who use a service plan it, carry it out and
//! check it together with staff, with the same say. A project has
//! participants (each with one equal vote, whatever their role), three
//! phases that move on only by a decision of the participants, proposals
//! decided by a vote with a visible rule, and tasks that come out of
//! passed proposals.
//!
//! Everything here is pure: who may see and do what, and whether a vote
//! passes.

use crate::validation::{FieldError, day, text};
use chrono::{DateTime, NaiveTime, Utc};
use chrono_tz::Tz;

crate::tagged! {
    /// Who may take part: anyone in the quarter (asking first), or only
    /// those a facilitator invites.
    pub enum Joining {
        Open = "open",
        Closed = "closed",
    }
}

crate::tagged! {
    /// The three phases a project moves through together.
    pub enum Phase {
        Planning = "planning",
        CarryingOut = "carrying_out",
        Checking = "checking",
    }
}

impl Phase {
    /// The phase after this one; checking is the last.
    pub fn next(self) -> Option<Phase> {
        match self {
            Phase::Planning => Some(Phase::CarryingOut),
            Phase::CarryingOut => Some(Phase::Checking),
            Phase::Checking => None,
        }
    }
}

crate::tagged! {
    /// The role a participant takes. Roles are shown, never weighed: every
    /// participant has one vote.
    pub enum PartRole {
        ServiceUser = "service_user",
        Relative = "relative",
        Staff = "staff",
        Partner = "partner",
    }
}

crate::tagged! {
    /// A person's standing in a project.
    pub enum Standing {
        /// Asked to join; a facilitator has not answered yet.
        Requested = "requested",
        /// Invited by a facilitator; has not answered yet.
        Invited = "invited",
        Participant = "participant",
        /// A participant who leads the project (the starter is the first).
        Facilitator = "facilitator",
    }
}

impl Standing {
    /// Takes part: votes, proposes, comments.
    pub fn takes_part(self) -> bool {
        matches!(self, Standing::Participant | Standing::Facilitator)
    }
}

crate::tagged! {
    /// What a proposal is about.
    pub enum ProposalKind {
        /// A decision of the project.
        Decision = "decision",
        /// Move the project to its next phase.
        NextPhase = "next_phase",
        /// Continue the checked project as a bigger new one ("start small,
        /// then grow"); made in the checking phase.
        Continue = "continue",
    }
}

impl ProposalKind {
    /// Whether a proposal of this kind can be made in `phase`: moving on
    /// needs a next phase, continuing is decided after checking.
    pub fn fits(self, phase: Phase) -> bool {
        match self {
            ProposalKind::Decision => true,
            ProposalKind::NextPhase => phase.next().is_some(),
            ProposalKind::Continue => phase == Phase::Checking,
        }
    }
}

/// Whether the participants' decision lets someone taking part continue
/// the project now: it is being checked, a proposal to continue it passed,
/// and it has not been continued yet. Nobody continues it alone.
pub fn may_continue(phase: Phase, continue_passed: bool, continued_already: bool) -> bool {
    phase == Phase::Checking && continue_passed && !continued_already
}

crate::tagged! {
    /// How a vote is decided; shown with every proposal.
    pub enum Rule {
        /// More yes than no; abstentions do not count.
        Majority = "majority",
        /// At least two thirds of the yes and no votes are yes.
        TwoThirds = "two_thirds",
        /// Nobody objects; standing aside is not objecting.
        Consent = "consent",
    }
}

crate::tagged! {
    /// A vote. Under consent the same three read agree, object, stand aside.
    pub enum Choice {
        Yes = "yes",
        No = "no",
        Abstain = "abstain",
    }
}

crate::tagged! {
    /// How a vote reached the record.
    pub enum Channel {
        /// The participant voted on the platform.
        Online = "online",
        /// The participant's named proxy voted for them.
        Proxy = "proxy",
        /// A facilitator recorded it from a meeting.
        Meeting = "meeting",
    }
}

crate::tagged! {
    /// How a proposal was decided.
    pub enum Outcome {
        Passed = "passed",
        Rejected = "rejected",
        /// Too few participants voted.
        NoQuorum = "no_quorum",
    }
}

/// The votes on one proposal and how many participants could vote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Tally {
    pub yes: u32,
    pub no: u32,
    pub abstain: u32,
    /// Participants who may vote.
    pub eligible: u32,
}

impl Tally {
    pub fn add(&mut self, c: Choice) {
        match c {
            Choice::Yes => self.yes += 1,
            Choice::No => self.no += 1,
            Choice::Abstain => self.abstain += 1,
        }
    }

    pub fn voted(&self) -> u32 {
        self.yes + self.no + self.abstain
    }

    /// At least `quorum` percent of those who may vote have voted
    /// (abstaining and standing aside count as voting).
    pub fn quorum_reached(&self, quorum: u8) -> bool {
        u64::from(self.voted()) * 100 >= u64::from(quorum) * u64::from(self.eligible) && self.voted() > 0
    }
}

/// The outcome of a vote once it is closed.
pub fn outcome(rule: Rule, quorum: u8, t: Tally) -> Outcome {
    if !t.quorum_reached(quorum) {
        return Outcome::NoQuorum;
    }
    let (yes, no) = (u64::from(t.yes), u64::from(t.no));
    let passed = match rule {
        Rule::Majority => yes > no,
        Rule::TwoThirds => yes > 0 && yes * 3 >= (yes + no) * 2,
        Rule::Consent => no == 0,
    };
    if passed { Outcome::Passed } else { Outcome::Rejected }
}

/// Who the reader is to one project.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Viewer {
    /// A verified member of the project's quarter.
    pub verified: bool,
    /// A coordinator of the project's quarter.
    pub coordinator: bool,
    pub standing: Option<Standing>,
}

/// The one visibility rule for a project, asked by its page, the list, and
/// before any notification names it: open projects to verified members of
/// the quarter; closed ones to participants, invited persons and the
/// quarter's coordinators.
pub fn may_see(joining: Joining, v: Viewer) -> bool {
    if !v.verified {
        return false;
    }
    match joining {
        Joining::Open => true,
        Joining::Closed => v.coordinator || matches!(v.standing, Some(s) if s.takes_part() || s == Standing::Invited),
    }
}

/// What someone does in a project.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProjectAction {
    /// Ask to take part in an open project.
    RequestToJoin,
    /// Accept or decline one's own invitation.
    AnswerInvitation,
    /// Invite a member of the quarter; accept or decline requests; correct
    /// a participant's role; name a proxy; make someone facilitator.
    Facilitate,
    /// Say which role one takes.
    SetOwnRole,
    /// Make a proposal, comment, vote (for oneself or as a named proxy),
    /// turn a passed proposal into tasks.
    TakePart,
    /// Record the votes given at a meeting.
    RecordMeeting,
    /// Answer an open evaluation survey of the project: in an open project
    /// every verified member of the quarter (the people who use the
    /// service need not take part in the project), in a closed one those
    /// who take part.
    AnswerSurvey,
    /// Type in survey answers given on paper or by phone.
    EnterAnswers,
    /// Answer a point of the co-production checklist.
    AnswerChecklist,
    /// Plan a meeting: a calendar event of the neighbourhood, so only in
    /// an open project (a closed project's meeting would show its name to
    /// every neighbour in the calendar).
    PlanMeeting,
    /// Write a meeting's agenda and minutes.
    WriteMinutes,
    /// Start the continuation the participants decided on
    /// (`may_continue` says whether they did).
    Continue,
}

/// The permission rule for projects. Deciding is never an action of its
/// own: a proposal is decided by the votes when it closes, so neither staff
/// nor a facilitator can decide, close a vote early or move a phase alone.
pub fn project(joining: Joining, v: Viewer, action: ProjectAction) -> bool {
    if !may_see(joining, v) {
        return false;
    }
    use ProjectAction::*;
    match action {
        RequestToJoin => joining == Joining::Open && v.standing.is_none(),
        AnswerInvitation => v.standing == Some(Standing::Invited),
        Facilitate | RecordMeeting | EnterAnswers => v.standing == Some(Standing::Facilitator),
        AnswerSurvey => joining == Joining::Open || v.standing.is_some_and(Standing::takes_part),
        PlanMeeting => joining == Joining::Open && v.standing.is_some_and(Standing::takes_part),
        SetOwnRole | TakePart | AnswerChecklist | WriteMinutes | Continue => {
            v.standing.is_some_and(Standing::takes_part)
        }
    }
}

/// Tick a task off: the person doing it, or a facilitator.
pub fn may_tick(is_assignee: bool, standing: Option<Standing>) -> bool {
    (is_assignee && standing.is_some_and(Standing::takes_part)) || standing == Some(Standing::Facilitator)
}

/// Whether a vote may still be cast: the proposal is undecided and its
/// closing time has not come.
pub fn vote_open(decided: bool, closes_at: DateTime<Utc>, now: DateTime<Utc>) -> bool {
    !decided && now < closes_at
}

/// Who takes part and who leads, by role.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Balance {
    pub participants: u32,
    pub users: u32,
    /// Facilitators.
    pub leaders: u32,
    /// Facilitators who are service users.
    pub leading_users: u32,
}

impl Balance {
    pub fn add(&mut self, role: PartRole, leads: bool) {
        let user = role == PartRole::ServiceUser;
        self.participants += 1;
        self.users += u32::from(user);
        self.leaders += u32::from(leads);
        self.leading_users += u32::from(leads && user);
    }

    /// Share of service users among the participants, in whole percent.
    pub fn users_percent(&self) -> u32 {
        percent(self.users, self.participants)
    }

    /// Share of service users among those who lead, in whole percent.
    pub fn leading_users_percent(&self) -> u32 {
        percent(self.leading_users, self.leaders)
    }

    /// At least half of those who lead are service users: the yardstick
    /// the project page shows to everyone when it is not met.
    pub fn users_lead(&self) -> bool {
        self.leading_users * 2 >= self.leaders
    }
}

fn percent(part: u32, whole: u32) -> u32 {
    if whole == 0 { 0 } else { u32::try_from(u64::from(part) * 100 / u64::from(whole)).unwrap_or(100) }
}

pub fn parse_title(raw: &str) -> Result<String, FieldError> {
    text("title", raw, 3, 120, "err-title-short", "err-title-long")
}

/// The shared goal, in plain words.
pub fn parse_goal(raw: &str) -> Result<String, FieldError> {
    text("goal", raw, 10, 2000, "err-coprod-goal-short", "err-body-long")
}

pub fn parse_body(raw: &str) -> Result<String, FieldError> {
    text("body", raw, 1, 10_000, "err-message-empty", "err-post-long")
}

pub fn parse_task(raw: &str) -> Result<String, FieldError> {
    text("what", raw, 3, 300, "err-title-short", "err-title-long")
}

impl Joining {
    pub fn parse(raw: &str) -> Result<Self, FieldError> {
        Self::from_tag(raw.trim()).ok_or(FieldError::new("joining", "err-coprod-joining"))
    }
}

impl PartRole {
    pub fn parse(raw: &str) -> Result<Self, FieldError> {
        Self::from_tag(raw.trim()).ok_or(FieldError::new("role", "err-coprod-role"))
    }
}

impl Rule {
    pub fn parse(raw: &str) -> Result<Self, FieldError> {
        Self::from_tag(raw.trim()).ok_or(FieldError::new("rule", "err-coprod-rule"))
    }
}

impl ProposalKind {
    pub fn parse(raw: &str) -> Result<Self, FieldError> {
        Self::from_tag(raw.trim()).ok_or(FieldError::new("kind", "err-coprod-kind"))
    }
}

impl Choice {
    pub fn parse(raw: &str) -> Result<Self, FieldError> {
        Self::from_tag(raw.trim()).ok_or(FieldError::new("choice", "err-coprod-choice"))
    }
}

/// The quorum in whole percent of the participants, 1 to 100.
pub fn parse_quorum(raw: &str) -> Result<u8, FieldError> {
    match raw.trim().trim_end_matches('%').trim().parse::<u8>() {
        Ok(q) if (1..=100).contains(&q) => Ok(q),
        _ => Err(FieldError::new("quorum", "err-coprod-quorum")),
    }
}

/// The closing time of a vote, typed as a local date and time in the
/// quarter's time zone; it must lie after `now` and within a year.
pub fn parse_closes(date: &str, time: &str, tz: Tz, now: DateTime<Utc>) -> Result<DateTime<Utc>, FieldError> {
    let d = day("closes_date", date)?.ok_or(FieldError::new("closes_date", "err-date"))?;
    let t = match time.trim() {
        "" => NaiveTime::from_hms_opt(18, 0, 0).unwrap_or(NaiveTime::MIN),
        t => NaiveTime::parse_from_str(t, "%H:%M").map_err(|_| FieldError::new("closes_time", "err-time"))?,
    };
    let at = crate::event::local_to_utc(tz, d.and_time(t));
    if at <= now {
        return Err(FieldError::new("closes_date", "err-coprod-closes-past"));
    }
    if at > now + chrono::Duration::days(366) {
        return Err(FieldError::new("closes_date", "err-coprod-closes-far"));
    }
    Ok(at)
}

/// The day of a meeting whose votes a facilitator records: not in the future.
pub fn parse_meeting_day(raw: &str, tz: Tz, now: DateTime<Utc>) -> Result<chrono::NaiveDate, FieldError> {
    let d = day("meeting_on", raw)?.ok_or(FieldError::new("meeting_on", "err-date"))?;
    if d > now.with_timezone(&tz).date_naive() {
        return Err(FieldError::new("meeting_on", "err-coprod-meeting-future"));
    }
    Ok(d)
}

/// When a meeting takes place: a day and two clock times in the quarter's
/// time zone, after `now`, within a year, the end after the start.
pub fn parse_meeting_when(
    date: &str,
    start: &str,
    end: &str,
    tz: Tz,
    now: DateTime<Utc>,
) -> Result<(DateTime<Utc>, DateTime<Utc>), crate::FieldErrors> {
    let mut e = crate::FieldErrors::new();
    let d = match day("date", date) {
        Ok(Some(d)) => Some(d),
        Ok(None) => {
            e.push(FieldError::new("date", "err-date"));
            None
        }
        Err(x) => {
            e.push(x);
            None
        }
    };
    let clock = |field: &'static str, raw: &str| {
        NaiveTime::parse_from_str(raw.trim(), "%H:%M").map_err(|_| FieldError::new(field, "err-time"))
    };
    let s = e.take(clock("start_time", start));
    let t = e.take(clock("end_time", end));
    let (Some(d), Some(s), Some(t)) = (d, s, t) else {
        return Err(e);
    };
    let from = crate::event::local_to_utc(tz, d.and_time(s));
    let to = crate::event::local_to_utc(tz, d.and_time(t));
    if to <= from {
        return Err(FieldError::new("end_time", "err-time-order").into());
    }
    if from <= now {
        return Err(FieldError::new("date", "err-date-past").into());
    }
    if from > now + chrono::Duration::days(366) {
        return Err(FieldError::new("date", "err-date-far").into());
    }
    Ok((from, to))
}

/// A meeting's agenda: what the participants will talk about.
pub fn parse_agenda(raw: &str) -> Result<String, FieldError> {
    text("agenda", raw, 3, 10_000, "err-coprod-agenda-short", "err-post-long")
}

/// A meeting's minutes: what was said and decided (empty until written).
pub fn parse_minutes(raw: &str) -> Result<String, FieldError> {
    text("minutes", raw, 0, 20_000, "err-text-short", "err-post-long")
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn t(yes: u32, no: u32, abstain: u32, eligible: u32) -> Tally {
        Tally { yes, no, abstain, eligible }
    }

    #[test]
    fn rules() {
        assert_eq!(outcome(Rule::Majority, 50, t(3, 2, 0, 10)), Outcome::Passed);
        assert_eq!(outcome(Rule::Majority, 50, t(2, 2, 1, 10)), Outcome::Rejected);
        assert_eq!(outcome(Rule::Majority, 60, t(3, 2, 0, 10)), Outcome::NoQuorum);
        assert_eq!(outcome(Rule::TwoThirds, 50, t(4, 2, 0, 6)), Outcome::Passed);
        assert_eq!(outcome(Rule::TwoThirds, 50, t(3, 2, 0, 6)), Outcome::Rejected);
        assert_eq!(outcome(Rule::TwoThirds, 10, t(0, 0, 3, 6)), Outcome::Rejected);
        assert_eq!(outcome(Rule::Consent, 50, t(3, 0, 2, 6)), Outcome::Passed);
        assert_eq!(outcome(Rule::Consent, 50, t(5, 1, 0, 6)), Outcome::Rejected);
        // Nobody voted: never passed, whatever the quorum.
        assert_eq!(outcome(Rule::Consent, 1, t(0, 0, 0, 0)), Outcome::NoQuorum);
        assert_eq!(outcome(Rule::Consent, 1, t(0, 0, 0, 5)), Outcome::NoQuorum);
    }

    #[test]
    fn seeing_and_doing() {
        let member = Viewer { verified: true, ..Viewer::default() };
        let outsider = Viewer::default();
        let coordinator = Viewer { verified: true, coordinator: true, standing: None };
        let invited = Viewer { standing: Some(Standing::Invited), ..member };
        let requested = Viewer { standing: Some(Standing::Requested), ..member };
        let part = Viewer { standing: Some(Standing::Participant), ..member };
        let lead = Viewer { standing: Some(Standing::Facilitator), ..member };
        assert!(may_see(Joining::Open, member));
        assert!(!may_see(Joining::Open, outsider));
        assert!(!may_see(Joining::Closed, member));
        assert!(!may_see(Joining::Closed, requested));
        for v in [coordinator, invited, part, lead] {
            assert!(may_see(Joining::Closed, v));
        }
        // A participant who is no longer a verified member sees nothing.
        assert!(!may_see(Joining::Closed, Viewer { verified: false, ..lead }));

        use ProjectAction::*;
        assert!(project(Joining::Open, member, RequestToJoin));
        assert!(!project(Joining::Closed, member, RequestToJoin));
        assert!(!project(Joining::Open, part, RequestToJoin));
        assert!(project(Joining::Closed, invited, AnswerInvitation));
        assert!(!project(Joining::Closed, invited, TakePart));
        assert!(!project(Joining::Open, requested, TakePart));
        assert!(project(Joining::Open, part, TakePart));
        assert!(!project(Joining::Open, part, Facilitate));
        assert!(!project(Joining::Open, part, RecordMeeting));
        assert!(project(Joining::Open, lead, Facilitate));
        assert!(project(Joining::Open, lead, RecordMeeting));
        // A coordinator sees a closed project but takes no part in it.
        assert!(!project(Joining::Closed, coordinator, TakePart));
        assert!(!project(Joining::Closed, coordinator, Facilitate));
        // Surveys: anyone who sees an open project answers; in a closed one
        // those taking part; only those who lead type in paper answers.
        assert!(project(Joining::Open, member, AnswerSurvey));
        assert!(!project(Joining::Open, outsider, AnswerSurvey));
        assert!(!project(Joining::Closed, coordinator, AnswerSurvey));
        assert!(!project(Joining::Closed, invited, AnswerSurvey));
        assert!(project(Joining::Closed, part, AnswerSurvey));
        assert!(!project(Joining::Open, part, EnterAnswers));
        assert!(project(Joining::Closed, lead, EnterAnswers));
        // The checklist: everyone taking part answers, nobody else.
        assert!(project(Joining::Open, part, AnswerChecklist));
        assert!(project(Joining::Closed, lead, AnswerChecklist));
        assert!(!project(Joining::Open, member, AnswerChecklist));
        assert!(!project(Joining::Closed, coordinator, AnswerChecklist));
        assert!(!project(Joining::Open, requested, AnswerChecklist));
        // Meetings: everyone taking part plans them in an open project
        // (they are calendar events of the quarter) and writes minutes.
        assert!(project(Joining::Open, part, PlanMeeting));
        assert!(!project(Joining::Closed, lead, PlanMeeting));
        assert!(!project(Joining::Open, member, PlanMeeting));
        assert!(project(Joining::Closed, part, WriteMinutes));
        assert!(!project(Joining::Closed, coordinator, WriteMinutes));
        assert!(!project(Joining::Open, member, WriteMinutes));

        assert!(may_tick(true, Some(Standing::Participant)));
        assert!(!may_tick(false, Some(Standing::Participant)));
        assert!(may_tick(false, Some(Standing::Facilitator)));
        assert!(!may_tick(true, Some(Standing::Requested)));
    }

    #[test]
    fn a_meeting_lies_ahead_and_ends_after_it_starts() {
        let tz = chrono_tz::Europe::Berlin;
        let now = DateTime::parse_from_rfc3339("2026-12-09T10:00:00Z").unwrap().with_timezone(&Utc);
        let (from, to) = parse_meeting_when("2026-12-10", "18:00", "19:30", tz, now).unwrap();
        assert_eq!(from.to_rfc3339(), "2026-12-10T17:00:00+00:00");
        assert_eq!((to - from).num_minutes(), 90);
        let field = |r: Result<_, crate::FieldErrors>| r.unwrap_err().0[0].field;
        assert_eq!(field(parse_meeting_when("2026-12-08", "18:00", "19:00", tz, now)), "date");
        assert_eq!(field(parse_meeting_when("2028-12-10", "18:00", "19:00", tz, now)), "date");
        assert_eq!(field(parse_meeting_when("2026-12-10", "19:00", "18:00", tz, now)), "end_time");
        assert_eq!(field(parse_meeting_when("2026-12-10", "abends", "19:00", tz, now)), "start_time");
        assert_eq!(field(parse_meeting_when("", "18:00", "19:00", tz, now)), "date");
        assert!(parse_agenda("  ").is_err());
        assert_eq!(parse_minutes(" ").unwrap(), "");
    }

    #[test]
    fn a_project_is_continued_only_by_the_participants_decision() {
        assert!(ProposalKind::Decision.fits(Phase::Planning));
        assert!(!ProposalKind::NextPhase.fits(Phase::Checking));
        assert!(!ProposalKind::Continue.fits(Phase::CarryingOut));
        assert!(ProposalKind::Continue.fits(Phase::Checking));
        assert!(may_continue(Phase::Checking, true, false));
        assert!(!may_continue(Phase::Checking, false, false), "no decision, no continuation");
        assert!(!may_continue(Phase::Checking, true, true), "once");
        assert!(!may_continue(Phase::Planning, true, false));
        let coordinator = Viewer { verified: true, coordinator: true, standing: None };
        assert!(!project(Joining::Open, coordinator, ProjectAction::Continue));
        let part = Viewer { verified: true, coordinator: false, standing: Some(Standing::Participant) };
        assert!(project(Joining::Closed, part, ProjectAction::Continue));
    }

    #[test]
    fn phases_move_forward_only() {
        assert_eq!(Phase::Planning.next(), Some(Phase::CarryingOut));
        assert_eq!(Phase::CarryingOut.next(), Some(Phase::Checking));
        assert_eq!(Phase::Checking.next(), None);
    }

    #[test]
    fn balance() {
        let mut b = Balance::default();
        b.add(PartRole::Staff, true);
        b.add(PartRole::ServiceUser, false);
        b.add(PartRole::ServiceUser, false);
        b.add(PartRole::Relative, false);
        assert_eq!(b.users_percent(), 50);
        assert_eq!(b.leading_users_percent(), 0);
        assert!(!b.users_lead());
        b.add(PartRole::ServiceUser, true);
        assert_eq!(b.leading_users_percent(), 50);
        assert!(b.users_lead());
        assert!(Balance::default().users_lead());
        assert_eq!(Balance::default().users_percent(), 0);
    }

    #[test]
    fn parsing() {
        assert_eq!(parse_quorum("50").unwrap(), 50);
        assert_eq!(parse_quorum(" 100 % ").unwrap(), 100);
        for bad in ["0", "101", "", "half", "-5", "300"] {
            assert!(parse_quorum(bad).is_err(), "{bad}");
        }
        let tz: Tz = "Europe/Berlin".parse().unwrap();
        let now = DateTime::parse_from_rfc3339("2026-12-02T10:00:00Z").unwrap().with_timezone(&Utc);
        let at = parse_closes("2026-12-09", "18:00", tz, now).unwrap();
        assert_eq!(at.to_rfc3339(), "2026-12-09T17:00:00+00:00");
        assert_eq!(parse_closes("2026-12-01", "18:00", tz, now).unwrap_err().key, "err-coprod-closes-past");
        assert_eq!(parse_closes("2028-12-01", "18:00", tz, now).unwrap_err().key, "err-coprod-closes-far");
        assert_eq!(parse_closes("2026-12-09", "25:00", tz, now).unwrap_err().field, "closes_time");
        assert_eq!(parse_closes("", "", tz, now).unwrap_err().field, "closes_date");
        assert!(parse_meeting_day("2026-12-02", tz, now).is_ok());
        assert!(parse_meeting_day("2026-12-03", tz, now).is_err());
        assert!(Rule::parse("veto").is_err());
        assert_eq!(Choice::parse("abstain").unwrap(), Choice::Abstain);
        assert!(parse_goal("kurz").is_err());
    }

    fn rule() -> impl Strategy<Value = Rule> {
        prop_oneof![Just(Rule::Majority), Just(Rule::TwoThirds), Just(Rule::Consent)]
    }

    proptest! {
        /// Consent passes exactly when nobody objects and the quorum is reached.
        #[test]
        fn consent_is_no_objection(yes in 0u32..50, no in 0u32..50, abstain in 0u32..50, extra in 0u32..50, q in 1u8..=100) {
            let t = t(yes, no, abstain, yes + no + abstain + extra);
            prop_assert_eq!(outcome(Rule::Consent, q, t) == Outcome::Passed, no == 0 && t.quorum_reached(q));
        }

        /// One more yes (from someone who had not voted) never turns a
        /// passed proposal into a rejected one, under any rule.
        #[test]
        fn a_yes_never_hurts(r in rule(), yes in 0u32..50, no in 0u32..50, abstain in 0u32..50, extra in 1u32..50, q in 1u8..=100) {
            let before = t(yes, no, abstain, yes + no + abstain + extra);
            let after = Tally { yes: yes + 1, ..before };
            if outcome(r, q, before) == Outcome::Passed {
                prop_assert_eq!(outcome(r, q, after), Outcome::Passed);
            }
            // Nor does it lose a quorum.
            prop_assert!(!before.quorum_reached(q) || after.quorum_reached(q));
        }

        /// Each rule asks at least as much as the one before it: what
        /// passes by consent or two thirds also passes by majority.
        #[test]
        fn rules_are_ordered(yes in 0u32..50, no in 0u32..50, abstain in 0u32..50, extra in 0u32..50, q in 1u8..=100) {
            let t = t(yes, no, abstain, yes + no + abstain + extra);
            if outcome(Rule::TwoThirds, q, t) == Outcome::Passed {
                prop_assert_eq!(outcome(Rule::Majority, q, t), Outcome::Passed);
            }
        }
    }
}

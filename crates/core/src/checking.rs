//! Checking whether a co-production project works: the evaluation survey
//! the participants write and the people who use the service answer (on
//! the platform, on paper or by phone), and how its answers are counted.
//! Pure: kinds, states, parsing and the count.

use crate::validation::{FieldError, text};

crate::tagged! {
    /// What kind of answer a question asks for.
    pub enum QuestionKind {
        /// Three faces: bad, so-so, good (1–3).
        Smileys3 = "smileys3",
        /// Five faces, very bad to very good (1–5).
        Smileys5 = "smileys5",
        /// Yes (1) or no (2).
        YesNo = "yes_no",
        /// A number from 1 to 5.
        Scale = "scale",
        /// Words of one's own.
        FreeText = "free_text",
    }
}

impl QuestionKind {
    /// The values a person can tick, in the order shown; none for free text.
    pub fn options(self) -> &'static [u8] {
        match self {
            QuestionKind::Smileys3 => &[1, 2, 3],
            QuestionKind::Smileys5 | QuestionKind::Scale => &[1, 2, 3, 4, 5],
            QuestionKind::YesNo => &[1, 2],
            QuestionKind::FreeText => &[],
        }
    }

    pub fn parse(raw: &str) -> Result<Self, FieldError> {
        Self::from_tag(raw.trim()).ok_or(FieldError::new("kind", "err-survey-kind"))
    }
}

crate::tagged! {
    /// Where a survey stands. Participants write it (draft), open it for
    /// answers and close it; answers come only while it is open.
    pub enum SurveyStatus {
        Draft = "draft",
        Open = "open",
        Closed = "closed",
    }
}

impl SurveyStatus {
    /// The status a participant may move the survey to from this one.
    pub fn next(self) -> Option<SurveyStatus> {
        match self {
            SurveyStatus::Draft => Some(SurveyStatus::Open),
            SurveyStatus::Open => Some(SurveyStatus::Closed),
            SurveyStatus::Closed => None,
        }
    }
}

crate::tagged! {
    /// How an answer reached the record; the results say so.
    pub enum AnswerChannel {
        /// The person answered on the platform.
        Online = "online",
        /// Typed in by a facilitator from a paper form.
        Paper = "paper",
        /// Typed in by a facilitator from a phone call.
        Phone = "phone",
    }
}

impl AnswerChannel {
    /// Typed in for someone else.
    pub fn typed_in(self) -> bool {
        self != AnswerChannel::Online
    }

    /// What a facilitator may type in: paper or phone.
    pub fn parse_typed(raw: &str) -> Result<Self, FieldError> {
        Self::from_tag(raw.trim()).filter(|c| c.typed_in()).ok_or(FieldError::new("channel", "err-survey-channel"))
    }
}

crate::tagged! {
    /// The ten points of the co-production checklist, after the ten rules
    /// of the Think Local Act Personal partnership.
    pub enum ChecklistPoint {
        /// Everyone has an equal say.
        EqualSay = "equal_say",
        /// People are involved from the start.
        FromTheStart = "from_the_start",
        /// People have a say in all tasks.
        AllTasks = "all_tasks",
        /// The goals are shared.
        SharedGoals = "shared_goals",
        /// Start small; the people who use the service lead.
        StartSmall = "start_small",
        /// People of mixed abilities take part.
        MixedAbilities = "mixed_abilities",
        /// Staff support participation.
        StaffSupport = "staff_support",
        /// The people who use the service know what they want.
        KnowWhatTheyWant = "know_what_they_want",
        /// They know what works.
        KnowWhatWorks = "know_what_works",
        /// Solutions are found in the group.
        SolutionsInTheGroup = "solutions_in_the_group",
    }
}

crate::tagged! {
    /// How far a point of the checklist is met.
    pub enum ChecklistAnswer {
        Yes = "yes",
        Partly = "partly",
        NotYet = "not_yet",
    }
}

impl ChecklistPoint {
    pub fn parse(raw: &str) -> Result<Self, FieldError> {
        Self::from_tag(raw.trim()).ok_or(FieldError::new("point", "err-checklist-point"))
    }
}

impl ChecklistAnswer {
    pub fn parse(raw: &str) -> Result<Self, FieldError> {
        Self::from_tag(raw.trim()).ok_or(FieldError::new("answer", "err-checklist-answer"))
    }
}

/// A note to an answer of the checklist: optional, at most 1,000 characters.
pub fn parse_checklist_note(raw: &str) -> Result<String, FieldError> {
    text("note", raw, 0, 1000, "err-checklist-note", "err-checklist-note")
}

/// What the participants say about one point now: each person's newest
/// answer, counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PointCount {
    pub yes: u32,
    pub partly: u32,
    pub not_yet: u32,
}

impl PointCount {
    pub fn total(&self) -> u32 {
        self.yes + self.partly + self.not_yet
    }
}

/// The checklist now, from its record newest first: for each point (in the
/// order of [`ChecklistPoint::ALL`]) each person's newest answer counted
/// once. Answers whose author was erased (`None`) stay in the history but
/// no longer count as anyone's current answer.
pub fn checklist_now<A: PartialEq + Copy>(
    newest_first: impl IntoIterator<Item = (ChecklistPoint, Option<A>, ChecklistAnswer)>,
) -> Vec<(ChecklistPoint, PointCount)> {
    let mut seen: Vec<(ChecklistPoint, A)> = Vec::new();
    let mut out: Vec<(ChecklistPoint, PointCount)> =
        ChecklistPoint::ALL.iter().map(|p| (*p, PointCount::default())).collect();
    for (point, author, answer) in newest_first {
        let Some(author) = author else { continue };
        if seen.iter().any(|(p, a)| *p == point && *a == author) {
            continue;
        }
        seen.push((point, author));
        if let Some((_, c)) = out.iter_mut().find(|(p, _)| *p == point) {
            match answer {
                ChecklistAnswer::Yes => c.yes += 1,
                ChecklistAnswer::Partly => c.partly += 1,
                ChecklistAnswer::NotYet => c.not_yet += 1,
            }
        }
    }
    out
}

/// One answer to one question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    Pick(u8),
    Text(String),
}

/// A survey's title.
pub fn parse_survey_title(raw: &str) -> Result<String, FieldError> {
    text("title", raw, 3, 120, "err-title-short", "err-title-long")
}

/// A question, in everyday words.
pub fn parse_question(raw: &str) -> Result<String, FieldError> {
    text("text", raw, 3, 300, "err-survey-question-short", "err-survey-question-long")
}

/// The same question in easy language; every question has one.
pub fn parse_easy_question(raw: &str) -> Result<String, FieldError> {
    text("easy_text", raw, 3, 300, "err-survey-easy-short", "err-survey-question-long")
}

/// The answer to one question as typed or ticked; empty is no answer
/// (nobody has to answer every question). `field` names the question's
/// field for the message.
pub fn parse_answer(kind: QuestionKind, field: &'static str, raw: &str) -> Result<Option<Answer>, FieldError> {
    let t = raw.trim();
    if t.is_empty() {
        return Ok(None);
    }
    if kind == QuestionKind::FreeText {
        return text(field, t, 1, 2000, "err-survey-answer", "err-body-long").map(|s| Some(Answer::Text(s)));
    }
    match t.parse::<u8>() {
        Ok(v) if kind.options().contains(&v) => Ok(Some(Answer::Pick(v))),
        _ => Err(FieldError::new(field, "err-survey-answer")),
    }
}

/// How often each value of a question was ticked, by channel.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Count {
    /// (value, online, typed in) in the order of [`QuestionKind::options`].
    pub rows: Vec<(u8, u32, u32)>,
}

impl Count {
    pub fn new(kind: QuestionKind) -> Self {
        Count { rows: kind.options().iter().map(|v| (*v, 0, 0)).collect() }
    }

    /// Count one ticked value; a value the question does not offer is left out.
    pub fn add(&mut self, value: u8, channel: AnswerChannel) {
        if let Some(r) = self.rows.iter_mut().find(|r| r.0 == value) {
            if channel.typed_in() { r.2 += 1 } else { r.1 += 1 }
        }
    }

    pub fn total(&self) -> u32 {
        self.rows.iter().map(|r| r.1 + r.2).sum()
    }

    /// The value ticked most often (the first of equals), if any was.
    pub fn most(&self) -> Option<u8> {
        let mut best: Option<(u8, u32)> = None;
        for r in &self.rows {
            let n = r.1 + r.2;
            if n > 0 && best.is_none_or(|b| n > b.1) {
                best = Some((r.0, n));
            }
        }
        best.map(|b| b.0)
    }

    /// The share of `value` among all ticks, in whole percent.
    pub fn percent(&self, value: u8) -> u32 {
        let total = self.total();
        let n = self.rows.iter().find(|r| r.0 == value).map(|r| r.1 + r.2).unwrap_or(0);
        (n * 100).checked_div(total).unwrap_or(0)
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn answers_are_parsed_by_kind() {
        assert_eq!(parse_answer(QuestionKind::Smileys3, "q", "3").unwrap(), Some(Answer::Pick(3)));
        assert!(parse_answer(QuestionKind::Smileys3, "q", "4").is_err());
        assert_eq!(parse_answer(QuestionKind::YesNo, "q", " ").unwrap(), None);
        assert!(parse_answer(QuestionKind::YesNo, "q", "0").is_err());
        assert!(parse_answer(QuestionKind::Scale, "q", "five").is_err());
        assert_eq!(parse_answer(QuestionKind::Scale, "q", "5").unwrap(), Some(Answer::Pick(5)));
        assert_eq!(
            parse_answer(QuestionKind::FreeText, "q", " Mehr Kuchen ").unwrap(),
            Some(Answer::Text("Mehr Kuchen".into()))
        );
        assert_eq!(parse_answer(QuestionKind::FreeText, "q", &"x".repeat(2001)).unwrap_err().field, "q");
        assert!(QuestionKind::parse("stars").is_err());
        assert!(AnswerChannel::parse_typed("online").is_err());
        assert_eq!(AnswerChannel::parse_typed("phone").unwrap(), AnswerChannel::Phone);
        assert!(parse_easy_question("").is_err());
        assert_eq!(ChecklistPoint::ALL.len(), 10);
        assert!(ChecklistPoint::parse("nonsense").is_err());
        assert_eq!(ChecklistAnswer::parse(" partly ").unwrap(), ChecklistAnswer::Partly);
        assert_eq!(parse_checklist_note("  ").unwrap(), "");
        assert!(parse_checklist_note(&"x".repeat(1001)).is_err());
    }

    #[test]
    fn the_checklist_counts_each_persons_newest_answer() {
        use ChecklistAnswer::*;
        use ChecklistPoint::*;
        // Newest first: Rita said partly, then changed to yes.
        let record = [
            (EqualSay, Some(1), Yes),
            (EqualSay, Some(2), NotYet),
            (EqualSay, Some(1), Partly),
            (SharedGoals, None, Yes),
            (SharedGoals, Some(2), Partly),
        ];
        let now = checklist_now(record);
        assert_eq!(now.len(), 10);
        assert_eq!(now[0], (EqualSay, PointCount { yes: 1, partly: 0, not_yet: 1 }));
        let goals = now.iter().find(|(p, _)| *p == SharedGoals).unwrap().1;
        assert_eq!(goals, PointCount { yes: 0, partly: 1, not_yet: 0 });
        assert_eq!(goals.total(), 1);
        assert_eq!(now.iter().find(|(p, _)| *p == AllTasks).unwrap().1.total(), 0);
    }

    #[test]
    fn a_survey_moves_forward_only() {
        assert_eq!(SurveyStatus::Draft.next(), Some(SurveyStatus::Open));
        assert_eq!(SurveyStatus::Open.next(), Some(SurveyStatus::Closed));
        assert_eq!(SurveyStatus::Closed.next(), None);
    }

    #[test]
    fn counting() {
        let mut c = Count::new(QuestionKind::Smileys3);
        c.add(3, AnswerChannel::Online);
        c.add(3, AnswerChannel::Paper);
        c.add(1, AnswerChannel::Phone);
        c.add(9, AnswerChannel::Online);
        assert_eq!(c.rows, vec![(1, 0, 1), (2, 0, 0), (3, 1, 1)]);
        assert_eq!(c.total(), 3);
        assert_eq!(c.most(), Some(3));
        assert_eq!(c.percent(3), 66);
        assert_eq!(Count::new(QuestionKind::YesNo).most(), None);
        assert_eq!(Count::new(QuestionKind::YesNo).percent(1), 0);
    }

    proptest! {
        /// Every tick of an offered value is counted once, in its channel.
        #[test]
        fn every_tick_counts_once(ticks in proptest::collection::vec((1u8..=5, 0usize..3), 0..60)) {
            let mut c = Count::new(QuestionKind::Scale);
            for (v, ch) in &ticks {
                c.add(*v, AnswerChannel::ALL[*ch]);
            }
            prop_assert_eq!(c.total() as usize, ticks.len());
            let typed = ticks.iter().filter(|(_, ch)| *ch > 0).count() as u32;
            prop_assert_eq!(c.rows.iter().map(|r| r.2).sum::<u32>(), typed);
            prop_assert!(c.rows.iter().map(|r| c.percent(r.0)).sum::<u32>() <= 100);
        }
    }
}

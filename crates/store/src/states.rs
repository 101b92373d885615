//! Stored states and kinds, typed: the one place where the strings in the
//! database become the enums of `quartier_core` (declared with
//! `quartier_core::tagged!`). Code outside the store compares enums, never
//! strings.
//!
//! The columns stay plain strings (core must not depend on SeaORM, and the
//! orphan rule keeps us from implementing SeaORM's traits for core's types
//! here), so each entity gets small accessor methods. A value the enum does
//! not know (a hand-edited row, a row written by a newer version) must not
//! panic: each accessor says which value it falls back to and why; the
//! fallback is always the one that grants least.

use crate::entity::{
    easy_version, event_signup, group, group_member, help_entry, membership, notification_setting, org_affiliation,
    org_join_request, org_page, organisation_member, organisation_neighbourhood, project, project_participant,
    project_proposal, project_vote, time_ledger,
};
use crate::notifications::Digest;
use quartier_core::coproduction::{
    Channel, Choice, Joining as CoJoining, Outcome, PartRole, Phase, ProposalKind, Rule, Standing as CoStanding,
};
use quartier_core::easy::{ContentKind, EasyStatus};
use quartier_core::event::SignupStatus;
use quartier_core::group::{Joining, Standing};
use quartier_core::help::{Account, Kind, Status, Urgency, Visibility};
use quartier_core::neighbourhood::{MembershipStatus, Role};
use quartier_core::organisation::{LinkStatus, OrgRole};
use uuid::Uuid;

impl org_affiliation::Model {
    /// Unknown: the umbrella asked, so a branch's yes is still needed.
    pub fn asked_by(&self) -> quartier_core::org_site::Side {
        quartier_core::org_site::Side::from_tag(&self.asked_by).unwrap_or(quartier_core::org_site::Side::Umbrella)
    }

    /// Unknown: asked, which links nothing yet.
    pub fn status(&self) -> quartier_core::org_site::AffiliationStatus {
        quartier_core::org_site::AffiliationStatus::from_tag(&self.status)
            .unwrap_or(quartier_core::org_site::AffiliationStatus::Asked)
    }
}

impl org_join_request::Model {
    /// Unknown: a member, the kind that asks for nothing more.
    pub fn kind(&self) -> quartier_core::org_site::JoinKind {
        quartier_core::org_site::JoinKind::from_tag(&self.kind).unwrap_or(quartier_core::org_site::JoinKind::Member)
    }

    /// Unknown: declined, so nobody is let in by a row that cannot be read.
    pub fn status(&self) -> quartier_core::org_site::JoinStatus {
        quartier_core::org_site::JoinStatus::from_tag(&self.status)
            .unwrap_or(quartier_core::org_site::JoinStatus::Declined)
    }
}

impl org_page::Model {
    /// Unknown: a page of its own, which carries no form.
    pub fn kind(&self) -> quartier_core::org_site::PageKind {
        quartier_core::org_site::PageKind::from_tag(&self.kind).unwrap_or(quartier_core::org_site::PageKind::Custom)
    }
}

impl membership::Model {
    /// Unknown: resident, the role with the fewest rights.
    pub fn role(&self) -> Role {
        Role::from_tag(&self.role).unwrap_or(Role::Resident)
    }

    /// Unknown: pending, so nobody is treated as verified by accident.
    pub fn status(&self) -> MembershipStatus {
        MembershipStatus::from_tag(&self.status).unwrap_or(MembershipStatus::Pending)
    }
}

impl group::Model {
    /// Unknown: by request, so nobody gets in without an administrator.
    pub fn joining(&self) -> Joining {
        Joining::from_tag(&self.joining).unwrap_or(Joining::ByRequest)
    }
}

impl group_member::Model {
    /// Unknown: no standing at all (`None`), as if the row were missing.
    pub fn standing(&self) -> Option<Standing> {
        Standing::from_tag(&self.standing)
    }
}

impl organisation_member::Model {
    /// Unknown: no role at all (`None`), as if the row were missing.
    pub fn role(&self) -> Option<OrgRole> {
        OrgRole::from_tag(&self.role)
    }
}

impl organisation_neighbourhood::Model {
    /// Unknown: pending, so an organisation is not shown as belonging to a
    /// neighbourhood no coordinator confirmed.
    pub fn status(&self) -> LinkStatus {
        LinkStatus::from_tag(&self.status).unwrap_or(LinkStatus::Pending)
    }
}

impl help_entry::Model {
    /// Unknown: request (requests and offers have the same rights; this is
    /// what the suggestions always assumed).
    pub fn kind(&self) -> Kind {
        Kind::from_tag(&self.kind).unwrap_or(Kind::Request)
    }

    /// Unknown: withdrawn, a state in which nobody can answer, accept or thank.
    pub fn status(&self) -> Status {
        Status::from_tag(&self.status).unwrap_or(Status::Withdrawn)
    }

    /// Unknown: coordinators only, the narrower audience.
    pub fn visibility(&self) -> Visibility {
        Visibility::from_tag(&self.visibility).unwrap_or(Visibility::Coordinators)
    }

    /// Unknown: normal, which shows no urgency label.
    pub fn urgency(&self) -> Urgency {
        Urgency::from_tag(&self.urgency).unwrap_or(Urgency::Normal)
    }
}

impl event_signup::Model {
    /// Unknown: waiting, so nobody holds a place or gets the attendees'
    /// messages by accident.
    pub fn status(&self) -> SignupStatus {
        SignupStatus::from_tag(&self.status).unwrap_or(SignupStatus::Waiting)
    }
}

impl notification_setting::Model {
    /// Unknown: off; nobody gets mail they did not ask for.
    pub fn digest(&self) -> Digest {
        Digest::from_tag(&self.digest).unwrap_or(Digest::Off)
    }
}

impl easy_version::Model {
    /// Unknown: draft, neither shown as approved nor offered for review.
    pub fn status(&self) -> EasyStatus {
        EasyStatus::from_tag(&self.status).unwrap_or(EasyStatus::Draft)
    }

    /// Unknown: `None`; there is no content to show it with, so it is treated
    /// as not found.
    pub fn content_kind(&self) -> Option<ContentKind> {
        ContentKind::from_tag(&self.content_kind)
    }
}

impl time_ledger::Model {
    /// Unknown: a person's account; no person has a neighbourhood's id, so
    /// the hours show in no one's balance rather than in the wrong one.
    pub fn from_account(&self) -> Account {
        Account::from_tag(&self.from_account).unwrap_or(Account::Person)
    }

    /// Unknown: as for `from_account`.
    pub fn to_account(&self) -> Account {
        Account::from_tag(&self.to_account).unwrap_or(Account::Person)
    }

    /// What this booking does to the account `(kind, id)`, in minutes:
    /// gained (positive) or given (negative), nothing if it is not a side.
    pub fn minutes_for(&self, kind: Account, id: Uuid) -> i64 {
        let m = i64::from(self.minutes);
        let gains = self.to_account() == kind && self.to_id == id;
        let gives = self.from_account() == kind && self.from_id == id;
        (if gains { m } else { 0 }) - (if gives { m } else { 0 })
    }
}

impl project::Model {
    /// Unknown: closed, so nobody outside sees or joins it by accident.
    pub fn joining(&self) -> CoJoining {
        CoJoining::from_tag(&self.joining).unwrap_or(CoJoining::Closed)
    }

    /// Unknown: checking, the last phase, from which no proposal moves on.
    pub fn phase(&self) -> Phase {
        Phase::from_tag(&self.phase).unwrap_or(Phase::Checking)
    }
}

impl project_participant::Model {
    /// Unknown: no standing at all (`None`), as if the row were missing.
    pub fn standing(&self) -> Option<CoStanding> {
        CoStanding::from_tag(&self.standing)
    }

    /// Unknown: partner. Roles weigh nothing in a vote; partner claims
    /// neither a user's nor staff's view, so the shares shown stay honest.
    pub fn role(&self) -> PartRole {
        PartRole::from_tag(&self.role).unwrap_or(PartRole::Partner)
    }
}

impl project_proposal::Model {
    /// Unknown: consent, the rule that asks most (one objection stops it).
    pub fn rule(&self) -> Rule {
        Rule::from_tag(&self.rule).unwrap_or(Rule::Consent)
    }

    /// Unknown: `None`, treated as a plain decision that moves no phase.
    pub fn kind(&self) -> Option<ProposalKind> {
        ProposalKind::from_tag(&self.kind)
    }

    /// Unknown: checking, from which no phase follows.
    pub fn phase(&self) -> Phase {
        Phase::from_tag(&self.phase).unwrap_or(Phase::Checking)
    }

    /// Unknown or not decided yet: `None`.
    pub fn outcome(&self) -> Option<Outcome> {
        self.outcome.as_deref().and_then(Outcome::from_tag)
    }

    /// Out of range: 100, everyone must vote.
    pub fn quorum(&self) -> u8 {
        u8::try_from(self.quorum).ok().filter(|q| (1..=100).contains(q)).unwrap_or(100)
    }
}

impl project_vote::Model {
    /// Unknown: `None`, the vote is not counted.
    pub fn choice(&self) -> Option<Choice> {
        Choice::from_tag(&self.choice)
    }

    /// Unknown: meeting, which the record shows as not cast online.
    pub fn channel(&self) -> Channel {
        Channel::from_tag(&self.channel).unwrap_or(Channel::Meeting)
    }
}

impl crate::entity::network_partner::Model {
    /// Unknown: other, the kind that says least.
    pub fn kind(&self) -> quartier_core::network::PartnerKind {
        quartier_core::network::PartnerKind::from_tag(&self.kind).unwrap_or(quartier_core::network::PartnerKind::Other)
    }
}

impl crate::entity::network_measure::Model {
    /// Unknown: other, the activity that says least.
    pub fn activity(&self) -> quartier_core::network::Activity {
        quartier_core::network::Activity::from_tag(&self.activity).unwrap_or(quartier_core::network::Activity::Other)
    }
}

impl crate::entity::network_funding::Model {
    /// Unknown: other, the kind that says least.
    pub fn kind(&self) -> quartier_core::network::FundingKind {
        quartier_core::network::FundingKind::from_tag(&self.kind).unwrap_or(quartier_core::network::FundingKind::Other)
    }
}

impl crate::entity::project_survey::Model {
    /// Unknown: closed, so no answer comes in and nothing more is written.
    pub fn status(&self) -> quartier_core::checking::SurveyStatus {
        quartier_core::checking::SurveyStatus::from_tag(&self.status)
            .unwrap_or(quartier_core::checking::SurveyStatus::Closed)
    }
}

impl crate::entity::project_survey_question::Model {
    /// Unknown: free text, which shows what was written and counts nothing.
    pub fn kind(&self) -> quartier_core::checking::QuestionKind {
        quartier_core::checking::QuestionKind::from_tag(&self.kind)
            .unwrap_or(quartier_core::checking::QuestionKind::FreeText)
    }
}

impl crate::entity::project_survey_response::Model {
    /// Unknown: paper, so the results never claim a person answered online.
    pub fn channel(&self) -> quartier_core::checking::AnswerChannel {
        quartier_core::checking::AnswerChannel::from_tag(&self.channel)
            .unwrap_or(quartier_core::checking::AnswerChannel::Paper)
    }
}

impl crate::entity::project_checklist_answer::Model {
    /// Unknown: `None`, left out of the checklist.
    pub fn point(&self) -> Option<quartier_core::checking::ChecklistPoint> {
        quartier_core::checking::ChecklistPoint::from_tag(&self.point)
    }

    /// Unknown: not yet, which claims nothing is met.
    pub fn answer(&self) -> quartier_core::checking::ChecklistAnswer {
        quartier_core::checking::ChecklistAnswer::from_tag(&self.answer)
            .unwrap_or(quartier_core::checking::ChecklistAnswer::NotYet)
    }
}

impl crate::entity::pool_resource::Model {
    /// Unknown: equipment, the kind that promises least.
    pub fn kind(&self) -> quartier_core::pool::ResourceKind {
        quartier_core::pool::ResourceKind::from_tag(&self.kind).unwrap_or(quartier_core::pool::ResourceKind::Equipment)
    }
}

impl crate::entity::pool_booking::Model {
    /// Unknown: cancelled, the status that holds nothing.
    pub fn status(&self) -> quartier_core::pool::BookingStatus {
        quartier_core::pool::BookingStatus::from_tag(&self.status)
            .unwrap_or(quartier_core::pool::BookingStatus::Cancelled)
    }
}

impl crate::entity::network_canvas::Model {
    /// Unknown: internal, the visibility that shows least.
    pub fn visibility(&self) -> quartier_core::network::CanvasVisibility {
        quartier_core::network::CanvasVisibility::from_tag(&self.visibility)
            .unwrap_or(quartier_core::network::CanvasVisibility::Internal)
    }
}

impl crate::entity::mentor::Model {
    /// Unknown tags are left out: an offer never claims a topic it cannot name.
    pub fn topics(&self) -> Vec<quartier_core::mentoring::Topic> {
        quartier_core::mentoring::topics_from_stored(&self.topics)
    }
}

impl crate::entity::mentoring::Model {
    /// Unknown: closed, from which nothing more can be done.
    pub fn status(&self) -> quartier_core::mentoring::Status {
        quartier_core::mentoring::Status::from_tag(&self.status).unwrap_or(quartier_core::mentoring::Status::Closed)
    }

    /// Unknown: other, which names nothing it does not know.
    pub fn topic(&self) -> quartier_core::mentoring::Topic {
        quartier_core::mentoring::Topic::from_tag(&self.topic).unwrap_or(quartier_core::mentoring::Topic::Other)
    }

    /// The evaluation, once closed; a number it does not know is none.
    pub fn helpful(&self) -> Option<quartier_core::mentoring::Helpful> {
        self.helpful.and_then(quartier_core::mentoring::Helpful::from_score)
    }
}

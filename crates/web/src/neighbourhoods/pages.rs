//! The pages of this capability: one typed struct per template in `templates/neighbourhoods/`.

use crate::ctx::Ctx;
use crate::views::{EventCard, MembershipRow, NbCard, NbView, PersonRef, PersonRow};
use askama::Template;
use quartier_core::FieldErrors;

#[derive(Template)]
#[template(path = "neighbourhoods/home.html")]
pub struct HomePage {
    pub ctx: Ctx,
    pub needs_setup: bool,
    pub neighbourhoods: Vec<NbCard>,
    pub mine: Vec<MembershipRow>,
}

#[derive(Template)]
#[template(path = "neighbourhoods/neighbourhood.html")]
pub struct NeighbourhoodPage {
    pub ctx: Ctx,
    pub n: NbView,
    pub notice: Option<String>,
    pub member_count: u64,
    pub inside: bool,
    pub pending: bool,
    pub can_manage: bool,
    pub pending_count: u64,
    /// For coordinators: how many things in the network need attention
    /// (`Store::network_attention`, one statement), as a sentence; empty
    /// when none.
    pub network_attention: String,
    pub newest: Vec<PersonRow>,
    pub errors: FieldErrors,
    pub code: String,
    /// Newest open entries.
    pub help: Vec<HelpRow>,
    pub can_moderate: bool,
    /// Newest confirmed organisations.
    pub orgs: Vec<OrgLink>,
    /// Open co-production projects anyone may join (inside only).
    pub projects: Vec<ProjectLink>,
    pub events: Vec<EventCard>,
    /// Public news of its organisations.
    pub news: Vec<NewsRow>,
    /// For a verified member: what concerns them, at a glance.
    pub for_you: Option<ForYou>,
    /// The latest published impact report, for anyone.
    pub latest_report: Option<crate::views::LinkRow>,
    /// The network's business model canvas, once published, for anyone.
    pub published_canvas: Option<crate::views::LinkRow>,
}

/// What concerns the reader in this neighbourhood.
pub struct ForYou {
    /// Their requests and offers that are open or arranged (as author or helper).
    pub entries: Vec<HelpRow>,
    /// Events they signed up for, coming up.
    pub events: Vec<MyEventRow>,
    /// Unread notifications.
    pub unread: u64,
    /// Conversations with a message not read yet.
    pub unread_messages: u64,
    /// What arrived since the visit before; `None` on the first visit.
    pub new: Option<Vec<NewRow>>,
    /// Groups the reader belongs to here, a few.
    pub groups: Vec<GroupLink>,
}

/// "3 new events", and where to see them.
pub struct NewRow {
    pub text: String,
    pub link: String,
}

/// A group the reader belongs to.
pub struct GroupLink {
    pub id: String,
    pub name: String,
}

/// An event the reader signed up for.
pub struct MyEventRow {
    pub id: String,
    pub title: String,
    pub when: String,
    /// On the waiting list rather than with a place.
    pub waiting: bool,
    /// For readers of Leichte Sprache: no easy version yet.
    pub easy_missing: bool,
}

/// An open help entry on the neighbourhood's page.
pub struct HelpRow {
    pub id: String,
    /// Request or offer, as a label.
    pub kind: String,
    pub title: String,
    /// For readers of Leichte Sprache: no easy version yet.
    pub easy_missing: bool,
}

/// A link to an organisation.
/// A project anyone in the quarter may join.
pub struct ProjectLink {
    pub id: String,
    pub title: String,
    pub phase: String,
}

pub struct OrgLink {
    pub slug: String,
    pub name: String,
}

/// A news post of one of the neighbourhood's organisations.
pub struct NewsRow {
    pub org_slug: String,
    /// Post id.
    pub id: String,
    pub title: String,
    pub org_name: String,
    pub date: String,
    /// For readers of Leichte Sprache: no easy version yet.
    pub easy_missing: bool,
}

#[derive(Template)]
#[template(path = "neighbourhoods/members.html")]
pub struct MembersPage {
    pub ctx: Ctx,
    pub n: NbView,
    pub members: Vec<PersonRow>,
    pub pager: crate::page::Pager,
}

pub struct BatchRow {
    pub id: String,
    pub created: String,
    pub total: usize,
    pub used: usize,
}

#[derive(Template)]
#[template(path = "neighbourhoods/manage.html")]
pub struct ManagePage {
    pub ctx: Ctx,
    pub n: NbView,
    /// Which section this page shows (`overview`, `members`, …).
    pub section: &'static str,
    pub title: String,
    pub sections: Vec<SectionLink>,
    /// On the overview: how many wait to be confirmed.
    pub pending_count: u64,
    pub notice: Option<String>,
    pub errors: FieldErrors,
    pub count: String,
    pub pending: Vec<PersonRow>,
    pub members: Vec<PersonRow>,
    pub pager: crate::page::Pager,
    pub batches: Vec<BatchRow>,
    pub log: Vec<LogRow>,
    pub time_bank: bool,
    pub custom_categories: Vec<String>,
    /// Every time account that is not zero.
    pub balances: Vec<BalanceRow>,
    /// Easy-language reviewers.
    pub reviewers: Vec<PersonRef>,
    pub office_contact: String,
}

/// A section of the coordinators' pages in their menu.
pub struct SectionLink {
    pub href: String,
    pub title: String,
    pub about: String,
    pub current: bool,
}

/// An entry of the neighbourhood's log.
pub struct LogRow {
    pub when: String,
    /// What happened, as a sentence.
    pub what: String,
}

/// A time account that is not zero.
pub struct BalanceRow {
    pub name: String,
    /// The neighbourhood's shared account (help for neighbours not online).
    pub shared: bool,
    /// Hours, as "1,5 h".
    pub balance: String,
}

#[derive(Template)]
#[template(path = "neighbourhoods/codes.html")]
pub struct CodesPage {
    pub ctx: Ctx,
    pub n: NbView,
    pub base_url: String,
    pub codes: Vec<CodeRow>,
}

/// An invitation code of a printed batch.
pub struct CodeRow {
    pub code: String,
    /// Already redeemed.
    pub used: bool,
}

#[derive(Template)]
#[template(path = "neighbourhoods/profile.html")]
pub struct ProfilePage {
    pub ctx: Ctx,
    pub name: String,
    pub initials: String,
    pub bio: String,
    pub is_self: bool,
    /// Where the person is a verified member, with their role.
    pub neighbourhoods: Vec<MembershipRow>,
    /// Thank-you notes the person chose to show.
    pub thanks: Vec<ProfileThanks>,
}

/// A thank-you note on a profile.
pub struct ProfileThanks {
    /// Who wrote it.
    pub from: String,
    pub note: String,
}

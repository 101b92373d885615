//! The pages of this capability: one typed struct per template in `templates/organisations/`.

use crate::ctx::Ctx;
use crate::views::{Choice, EasyView, EventCard, NbView, PersonRef};
use askama::Template;
use quartier_core::FieldErrors;

#[derive(Template)]
#[template(path = "organisations/organisations.html")]
pub struct OrganisationsPage {
    pub ctx: Ctx,
    pub n: NbView,
    pub notice: Option<String>,
    pub orgs: Vec<OrgRow>,
    pub pager: crate::page::Pager,
    pub form: DirectoryForm,
}

#[derive(Template)]
#[template(path = "organisations/directory.html")]
pub struct DirectoryPage {
    pub ctx: Ctx,
    pub orgs: Vec<OrgRow>,
    pub pager: crate::page::Pager,
    pub form: DirectoryForm,
}

/// A directory's search form, as the reader left it.
pub struct DirectoryForm {
    /// Where it is sent (the directory itself).
    pub action: String,
    pub text: String,
    /// The kind chosen, or empty for every kind.
    pub kind: String,
    pub kinds: Vec<Choice>,
    pub step_free: bool,
    pub accessible_toilet: bool,
    pub hearing_loop: bool,
    /// Something narrows the list.
    pub filtered: bool,
}

/// An organisation as listed in a directory.
pub struct OrgRow {
    pub slug: String,
    pub name: String,
    /// Kind, as a label.
    pub kind: String,
    /// A short line of what it offers, or empty.
    pub offer: String,
    pub step_free: bool,
    pub accessible_toilet: bool,
    pub hearing_loop: bool,
    /// The neighbourhoods it belongs to (instance-wide directory only).
    pub neighbourhoods: Vec<Choice>,
    /// Waiting for a coordinator to confirm it here.
    pub pending: bool,
    /// Where the reader confirms it, if they may; else empty.
    pub confirm: String,
}

#[derive(Template)]
#[template(path = "organisations/org_form.html")]
pub struct OrgFormPage {
    pub ctx: Ctx,
    pub action: String,
    pub editing: bool,
    pub errors: FieldErrors,
    pub kinds: Vec<Choice>,
    pub name: String,
    pub slug: String,
    pub kind: String,
    pub description: String,
    pub contact: String,
    pub opening_hours: String,
    pub step_free: bool,
    pub accessible_toilet: bool,
    pub hearing_loop: bool,
    pub website: String,
    pub social: String,
}

#[derive(Template)]
#[template(path = "organisations/org.html")]
pub struct OrgPage {
    pub ctx: Ctx,
    pub notice: Option<String>,
    pub o: quartier_store::entity::organisation::Model,
    pub kind: String,
    pub description_html: String,
    pub admin: bool,
    pub editor: bool,
    /// The neighbourhoods it belongs to or asked to join.
    pub links: Vec<NbLink>,
    /// Neighbourhoods an administrator can still ask to join, by slug.
    pub other_neighbourhoods: Vec<Choice>,
    pub news: Vec<NewsItem>,
    pub events: Vec<EventCard>,
    pub errors: FieldErrors,
    /// What an editor typed into the news form, kept after an error.
    pub news_title: String,
    pub news_body: String,
    pub news_alt: String,
    pub news_members_only: bool,
    pub easy: Option<EasyView>,
    /// The navigation of its own website.
    pub nav: crate::views::SiteNav,
    /// The umbrellas it belongs to and its first local branches.
    pub umbrellas: Vec<crate::views::LinkRow>,
    pub branches: Vec<crate::views::LinkRow>,
}

/// A neighbourhood an organisation belongs to or asked to join.
pub struct NbLink {
    pub slug: String,
    pub name: String,
    /// Confirmed by the neighbourhood's coordinators.
    pub confirmed: bool,
}

/// A news post as listed on the organisation's page.
pub struct NewsItem {
    pub id: String,
    pub title: String,
    pub date: String,
    pub members_only: bool,
    pub html: String,
    pub hidden_reason: String,
    /// Image id, or empty.
    pub image: String,
    pub image_alt: String,
    /// For readers of Leichte Sprache: no easy version yet.
    pub easy_missing: bool,
}

#[derive(Template)]
#[template(path = "organisations/news.html")]
pub struct NewsPage {
    pub ctx: Ctx,
    pub notice: Option<String>,
    pub slug: String,
    pub org_name: String,
    pub id: String,
    pub title: String,
    pub date: String,
    pub members_only: bool,
    pub body_html: String,
    pub hidden_reason: String,
    pub moderator: bool,
    pub image: String,
    pub image_alt: String,
    pub editor: bool,
    pub easy: Option<EasyView>,
}

#[derive(Template)]
#[template(path = "organisations/org_members.html")]
pub struct OrgMembersPage {
    pub ctx: Ctx,
    pub notice: Option<String>,
    pub slug: String,
    pub org_name: String,
    pub members: Vec<OrgMemberRow>,
    pub errors: FieldErrors,
    pub email: String,
    /// Easy-language reviewers.
    pub reviewers: Vec<PersonRef>,
}

/// A member of an organisation.
pub struct OrgMemberRow {
    /// User id.
    pub id: String,
    pub name: String,
    /// `member`, `editor` or `admin`.
    pub role: String,
}

#[derive(Template)]
#[template(path = "organisations/org_log.html")]
pub struct OrgLogPage {
    pub ctx: Ctx,
    pub slug: String,
    pub org_name: String,
    pub entries: Vec<OrgLogRow>,
}

/// An entry of an organisation's log.
pub struct OrgLogRow {
    pub when: String,
    /// What happened and who did it, as a sentence.
    pub what: String,
    /// More about it, or empty.
    pub detail: String,
}

//! The pages of this capability: one typed struct per template in `templates/sites/`.

use crate::ctx::Ctx;
use crate::page::Pager;
use crate::views::SiteNav;
use askama::Template;
use quartier_core::FieldErrors;

#[derive(Template)]
#[template(path = "sites/page.html")]
pub struct SitePage {
    pub ctx: Ctx,
    pub notice: Option<String>,
    pub nav: SiteNav,
    pub title: String,
    pub body_html: String,
    pub draft: bool,
    /// Where an editor changes it, or empty.
    pub edit: String,
    /// The form this kind of page carries (contact, join): where, and
    /// its label; empty for the others.
    pub form_href: String,
    pub form_label: String,
    /// For readers of Leichte Sprache: the page's easy version, or that
    /// there is none yet.
    pub easy: Option<crate::views::EasyView>,
    /// Where its writers write the easy version, or empty.
    pub easy_edit: String,
}

#[derive(Template)]
#[template(path = "sites/manage.html")]
pub struct ManagePage {
    pub ctx: Ctx,
    pub notice: Option<String>,
    pub nav: SiteNav,
    pub slug: String,
    pub org_name: String,
    pub pages: Vec<PageRow>,
    /// Standard pages not written yet: where to start each.
    pub missing: Vec<NewLink>,
    /// The reader administers the organisation: links to its messages.
    pub admin: bool,
    /// Host names the site is also served under (administrators).
    pub domains: Vec<String>,
}

/// A page as listed for its editors.
pub struct PageRow {
    pub id: String,
    pub title: String,
    pub href: String,
    pub position: i32,
    pub published: bool,
    /// Its kind, in words.
    pub kind: String,
}

/// A link that starts a page of a standard kind.
pub struct NewLink {
    pub href: String,
    pub label: String,
}

#[derive(Template)]
#[template(path = "sites/page_form.html")]
pub struct PageFormPage {
    pub ctx: Ctx,
    pub slug: String,
    pub org_name: String,
    pub action: String,
    /// Editing a page that exists (it may be deleted).
    pub editing: bool,
    /// Where the delete button posts, when editing.
    pub delete: String,
    pub errors: FieldErrors,
    /// What the page is for, in words.
    pub kind_label: String,
    pub kind: String,
    pub title: String,
    pub page_slug: String,
    pub body: String,
    pub position: String,
    pub published: bool,
}

#[derive(Template)]
#[template(path = "sites/contact.html")]
pub struct ContactPage {
    pub ctx: Ctx,
    pub notice: Option<String>,
    pub nav: SiteNav,
    pub slug: String,
    pub org_name: String,
    pub errors: FieldErrors,
    pub sender_name: String,
    pub email: String,
    pub message: String,
}

#[derive(Template)]
#[template(path = "sites/messages.html")]
pub struct MessagesPage {
    pub ctx: Ctx,
    pub notice: Option<String>,
    pub nav: SiteNav,
    pub slug: String,
    pub org_name: String,
    pub messages: Vec<MessageRow>,
    pub pager: Pager,
}

/// A message through the contact form, as its administrators read it.
pub struct MessageRow {
    pub id: String,
    pub when: String,
    pub name: String,
    pub email: String,
    pub body: String,
}

#[derive(Template)]
#[template(path = "sites/join.html")]
pub struct JoinPage {
    pub ctx: Ctx,
    pub notice: Option<String>,
    pub nav: SiteNav,
    pub slug: String,
    pub org_name: String,
    /// The reader has no role in the organisation (`SiteAction::AskToJoin`).
    pub may_ask: bool,
    /// The reader's earlier request still waits.
    pub waiting: bool,
    pub errors: FieldErrors,
    pub volunteer: bool,
    pub note: String,
}

#[derive(Template)]
#[template(path = "sites/requests.html")]
pub struct RequestsPage {
    pub ctx: Ctx,
    pub notice: Option<String>,
    pub nav: SiteNav,
    pub slug: String,
    pub org_name: String,
    pub requests: Vec<RequestRow>,
    pub pager: Pager,
}

/// A request to join as its administrators see it.
pub struct RequestRow {
    pub id: String,
    pub name: String,
    /// As a member or a volunteer, in words.
    pub kind: String,
    pub note: String,
    pub when: String,
}

#[derive(Template)]
#[template(path = "sites/look.html")]
pub struct LookPage {
    pub ctx: Ctx,
    pub notice: Option<String>,
    pub nav: SiteNav,
    pub slug: String,
    pub org_name: String,
    pub errors: FieldErrors,
    /// The logo there is (an image id), or empty.
    pub logo: String,
    pub logo_alt: String,
    pub accent: String,
    pub image_alt: String,
}

#[derive(Template)]
#[template(path = "sites/branches.html")]
pub struct BranchesPage {
    pub ctx: Ctx,
    pub notice: Option<String>,
    pub nav: SiteNav,
    pub slug: String,
    pub org_name: String,
    /// The reader administers the umbrella: members and pages are shown.
    pub admin: bool,
    pub branches: Vec<BranchRow>,
    pub pager: Pager,
}

/// A branch and its figures, as its umbrella lists it.
pub struct BranchRow {
    pub name: String,
    pub href: String,
    pub members: u64,
    pub news_year: u64,
    pub events_ahead: u64,
    pub pages: u64,
}

#[derive(Template)]
#[template(path = "sites/links.html")]
pub struct LinksPage {
    pub ctx: Ctx,
    pub notice: Option<String>,
    pub nav: SiteNav,
    pub slug: String,
    pub org_name: String,
    /// Questions the other side asked, for this organisation to answer.
    pub waiting_us: Vec<LinkRow>,
    /// Questions this organisation asked, not answered yet.
    pub waiting_them: Vec<LinkRow>,
    pub umbrellas: Vec<LinkRow>,
    pub branches: Vec<OwnBranchRow>,
    pub pager: Pager,
    pub errors: FieldErrors,
    pub other: String,
    /// The form asks to join an umbrella (else: to link a branch).
    pub as_umbrella: bool,
}

/// A link with another organisation, as the administrators manage it.
pub struct LinkRow {
    pub id: String,
    pub name: String,
    pub href: String,
    /// What the other organisation is to this one, in words.
    pub role: String,
    pub since: String,
}

/// A branch on its umbrella's page of links: the link, to end it, and the
/// figures.
pub struct OwnBranchRow {
    pub id: String,
    pub row: BranchRow,
}

/// A page of the exported site: no instance around it, links relative.
#[derive(Template)]
#[template(path = "sites/export.html")]
pub struct ExportPage {
    pub ctx: Ctx,
    pub org_name: String,
    pub title: String,
    pub body_html: String,
    pub nav: Vec<ExportLink>,
    /// The logo's file name in the export, or empty.
    pub logo: String,
    pub logo_alt: String,
    pub form_href: String,
    pub form_label: String,
    /// When the export was made, as a date.
    pub generated: String,
    /// The live site's address.
    pub live: String,
}

#[derive(Clone)]
pub struct ExportLink {
    pub href: String,
    pub label: String,
    pub current: bool,
}

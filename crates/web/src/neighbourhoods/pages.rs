//! The pages of this capability: one typed struct per template in `templates/neighbourhoods/`.

use crate::ctx::Ctx;
use crate::views::{EventCard, NbCard, NbView, PersonRow};
use askama::Template;
use quartier_core::FieldErrors;

#[derive(Template)]
#[template(path = "neighbourhoods/home.html")]
pub struct HomePage {
    pub ctx: Ctx,
    pub needs_setup: bool,
    pub neighbourhoods: Vec<NbCard>,
    /// (slug, name, status message id)
    pub mine: Vec<(String, String, String)>,
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
    pub pending_count: usize,
    pub newest: Vec<PersonRow>,
    pub errors: FieldErrors,
    pub code: String,
    /// Newest open entries: (id, kind label, title).
    pub help: Vec<(String, String, String)>,
    pub can_moderate: bool,
    /// Newest confirmed organisations: (slug, name).
    pub orgs: Vec<(String, String)>,
    pub events: Vec<EventCard>,
    /// Public news of its organisations: (org slug, post id, title, org name, date).
    pub news: Vec<(String, String, String, String, String)>,
}

#[derive(Template)]
#[template(path = "neighbourhoods/members.html")]
pub struct MembersPage {
    pub ctx: Ctx,
    pub n: NbView,
    pub members: Vec<PersonRow>,
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
    pub notice: Option<String>,
    pub errors: FieldErrors,
    pub count: String,
    pub pending: Vec<PersonRow>,
    pub members: Vec<PersonRow>,
    pub batches: Vec<BatchRow>,
    pub log: Vec<(String, String)>,
    pub time_bank: bool,
    pub custom_categories: Vec<String>,
    /// (name, balance) of every time account that is not zero.
    pub balances: Vec<(String, String)>,
    /// Easy-language reviewers: (user id, name).
    pub reviewers: Vec<(String, String)>,
    pub office_contact: String,
}

#[derive(Template)]
#[template(path = "neighbourhoods/codes.html")]
pub struct CodesPage {
    pub ctx: Ctx,
    pub n: NbView,
    pub base_url: String,
    /// (code, used)
    pub codes: Vec<(String, bool)>,
}

#[derive(Template)]
#[template(path = "neighbourhoods/profile.html")]
pub struct ProfilePage {
    pub ctx: Ctx,
    pub name: String,
    pub initials: String,
    pub bio: String,
    pub is_self: bool,
    pub neighbourhoods: Vec<(String, String, String)>,
    /// (from, note) the person chose to show.
    pub thanks: Vec<(String, String)>,
}

//! The pages of this capability: one typed struct per template in `templates/admin/`.

use crate::ctx::Ctx;
use crate::views::NbCard;
use askama::Template;
use quartier_core::FieldErrors;

#[derive(Template)]
#[template(path = "admin/setup.html")]
pub struct SetupPage {
    pub ctx: Ctx,
    pub errors: FieldErrors,
    pub email: String,
    pub display_name: String,
}

#[derive(Template)]
#[template(path = "admin/admin.html")]
pub struct AdminPage {
    pub ctx: Ctx,
    pub notice: Option<String>,
    pub errors: FieldErrors,
    pub neighbourhoods: Vec<NbCard>,
    pub name: String,
    pub slug: String,
    pub description: String,
    pub timezone: String,
    pub coordinator_email: String,
}

#[derive(Template)]
#[template(path = "admin/domains.html")]
pub struct DomainsPage {
    pub ctx: Ctx,
    pub notice: Option<String>,
    pub errors: FieldErrors,
    pub domains: Vec<DomainRow>,
    pub host: String,
    pub organisation: String,
}

/// A host name and the organisation whose site it serves.
pub struct DomainRow {
    pub host: String,
    pub org_name: String,
    pub org_href: String,
}

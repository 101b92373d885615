//! The pages of this capability: one typed struct per template in `templates/moderation/`.

use crate::ctx::Ctx;
use crate::views::NbView;
use askama::Template;

pub struct ReportRow {
    pub id: String,
    pub kind: String,
    pub reporter: String,
    pub author: String,
    pub reason: String,
    pub content: String,
    pub link: String,
    pub when: String,
}

#[derive(Template)]
#[template(path = "moderation/moderation.html")]
pub struct ModerationPage {
    pub ctx: Ctx,
    pub n: NbView,
    pub notice: Option<String>,
    pub reports: Vec<ReportRow>,
}

//! The pages of this capability: one typed struct per template in `templates/search/`.

use crate::ctx::Ctx;
use crate::views::NbView;
use askama::Template;

#[derive(Template)]
#[template(path = "search/search.html")]
pub struct SearchPage {
    pub ctx: Ctx,
    pub n: NbView,
    /// What was typed, as it is shown in the box again.
    pub q: String,
    /// Something was typed, but no word long enough to search for.
    pub too_short: bool,
    /// A search ran (the results list is shown, maybe empty).
    pub searched: bool,
    pub results: Vec<ResultRow>,
    pub pager: crate::page::Pager,
}

/// One thing found.
pub struct ResultRow {
    /// Message id of its kind.
    pub kind: &'static str,
    pub title: String,
    pub link: String,
    pub excerpt: String,
    pub date: String,
}

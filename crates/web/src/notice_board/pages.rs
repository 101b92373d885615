//! The pages of this capability: one typed struct per template in `templates/notice_board/`.

use crate::ctx::Ctx;
use askama::Template;

/// One item on the printed notice board.
pub struct AushangItem {
    /// Kind of help, place of an event, or the organisation of news.
    pub label: String,
    pub title: String,
    pub when: String,
    pub text: String,
    /// The text as printed: in Leichte Sprache one sentence a line.
    pub lines: Vec<String>,
}

#[derive(Template)]
#[template(path = "notice_board/aushang.html")]
pub struct AushangPage {
    /// The reader's context, for the page around the sheet.
    pub ctx: Ctx,
    /// The sheet's own language (standard or easy).
    pub sheet: crate::i18n::Words,
    pub slug: String,
    pub name: String,
    pub week: String,
    pub week_label: String,
    pub easy: bool,
    /// Large print.
    pub large: bool,
    pub office: String,
    /// The neighbourhood's address, for those who are online.
    pub base_url: String,
    pub help: Vec<AushangItem>,
    pub events: Vec<AushangItem>,
    pub news: Vec<AushangItem>,
    /// Open votes and meetings of the quarter's open projects.
    pub votes: Vec<AushangItem>,
    pub meetings: Vec<AushangItem>,
}

//! The pages of this capability: one typed struct per template in `templates/easy/`.

use crate::ctx::Ctx;
use crate::views::HintView;
use askama::Template;
use quartier_core::FieldErrors;

#[derive(Template)]
#[template(path = "easy/easy_edit.html")]
pub struct EasyEditPage {
    pub ctx: Ctx,
    pub notice: Option<String>,
    pub kind: String,
    pub id: String,
    pub link: String,
    pub standard_title: String,
    pub standard_html: String,
    pub standard_hints: Vec<HintView>,
    pub standard_score: String,
    pub status_label: String,
    pub approved: bool,
    pub review_note: String,
    pub title: String,
    pub body: String,
    /// The checker's hints on the easy text, shown at its field.
    pub easy_hints: Vec<HintView>,
    /// The checker's hints on the easy title, shown at its field.
    pub easy_title_hints: Vec<HintView>,
    pub easy_score: String,
    pub easy_words: usize,
    pub checked: bool,
    pub errors: FieldErrors,
}

#[derive(Template)]
#[template(path = "easy/easy_queue.html")]
pub struct EasyQueuePage {
    pub ctx: Ctx,
    pub notice: Option<String>,
    pub items: Vec<QueueRow>,
}

/// An easy-language text waiting for review.
pub struct QueueRow {
    /// Id of the easy version.
    pub id: String,
    pub title: String,
    /// What kind of content it belongs to, as a label.
    pub kind: String,
}

#[derive(Template)]
#[template(path = "easy/easy_review.html")]
pub struct EasyReviewPage {
    pub ctx: Ctx,
    pub id: String,
    pub title: String,
    pub sentences: Vec<String>,
    pub open: bool,
    pub errors: FieldErrors,
}

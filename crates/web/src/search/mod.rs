//! Finding things by words in one neighbourhood: help entries, events,
//! groups, organisations and their news, in one list, newest first.
//!
//! The words go through `core::search` (the tokenizer the index was built
//! with), the store reads the matching documents from its inverted index
//! (`store::search`), and every document found is shown only if the reader
//! may see it by its kind's own rule (`content::visible_found`). A plain
//! GET form: it works without JavaScript, and a search is a link.

mod handlers;
mod pages;

pub use handlers::*;

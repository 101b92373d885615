//! Markdown rendering lives in `quartier_core::markdown`, where it is pure and
//! fuzzed; this module keeps the web layer's `crate::markdown::to_html` paths.

pub use quartier_core::markdown::*;

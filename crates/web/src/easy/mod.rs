//! Leichte Sprache for content: one mechanism for every kind of content.
//! Authors write an easy-language version beside the standard one, with
//! the checker's hints; reviewers from the target group approve it or say
//! which sentence they did not understand; readers who chose Leichte
//! Sprache see it where it exists.

pub mod api;
mod handlers;
mod pages;

pub use handlers::*;

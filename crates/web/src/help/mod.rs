//! Neighbourly help: browse, post, answer, accept, done, thanks.
//! Only verified neighbours see any of it.

mod handlers;
mod pages;

pub use handlers::*;

//! The bell: what happened, and how a person wants to hear about it.

mod handlers;
mod pages;

pub use handlers::*;

//! A person's conversations. Only its two people see a conversation.

mod handlers;
mod pages;

pub use handlers::*;

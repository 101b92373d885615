//! Moderators see reports and hide content with a reason. The author sees
//! that it was hidden and why; every action is on the neighbourhood's log.

mod handlers;
mod pages;

pub use handlers::*;

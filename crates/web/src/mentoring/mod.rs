//! Digital mentoring (*Digitallots:innen*) in a neighbourhood: residents
//! offer themselves as mentors with the topics they help with; a resident,
//! or an organisation through its administrator, asks for a mentor; a
//! coordinator pairs them, or the asker picks a mentor who says yes or no;
//! the pair logs short sessions and closes with a short evaluation. Who may
//! do what is `core::mentoring::mentoring`, who sees a request
//! `core::mentoring::may_see`, both asked through the guards in
//! `handlers.rs`. Whoever waits hears of it: the coordinators of a new
//! request, the mentor of being picked or paired, the asker of the answer.
//! The sessions count in the impact report.

mod handlers;
mod pages;

pub use handlers::*;

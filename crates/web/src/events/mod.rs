//! Events and the quarter's calendar. An organisation's events are public
//! in every neighbourhood it is confirmed in; a resident's event lives
//! inside its neighbourhood, like help. People sign up, a waiting list fills
//! free places in order, the organiser sees the list and writes to it.

mod handlers;
mod pages;

pub use handlers::*;

//! The printed notice board (*Aushang*): for a chosen week, the quarter's
//! open help offers and requests (without names), events and news on one
//! or two A4 pages, in large print, in standard or easy language, with how
//! to answer by phone or at the office. For the many neighbours who are
//! not online. Also sent weekly by mail to those who ask for it.

mod handlers;
mod pages;

pub use handlers::*;

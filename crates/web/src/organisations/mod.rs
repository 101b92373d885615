//! Organisations own their space: profile, news, members, their own log.
//! Only their administrators and editors change it; coordinators only
//! confirm that it belongs to the neighbourhood; moderators hide a single
//! news item with a reason the organisation reads on its log.

mod handlers;
mod pages;

pub use handlers::*;

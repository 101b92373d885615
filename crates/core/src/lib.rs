//! Domain types and rules of Quartier. No I/O lives here: every type that
//! enters the system from a form or an API body is parsed into one of these
//! newtypes, whose constructor rejects bad values with a message key that the
//! web layer translates.

pub mod account;
pub mod census;
pub mod checking;
pub mod coproduction;
pub mod easy;
pub mod easy_language;
pub mod event;
pub mod feeds;
pub mod group;
pub mod help;
pub mod impact;
pub mod invite;
pub mod locale;
pub mod markdown;
pub mod mentoring;
pub mod neighbourhood;
pub mod network;
pub mod org_site;
pub mod organisation;
pub mod policy;
pub mod pool;
pub mod search;
pub mod tagged;
pub mod validation;

pub use validation::{FieldError, FieldErrors};

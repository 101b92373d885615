//! The census of a quarter's nonprofits, also of those not on the
//! platform: what they are and how they are online. Coordinators keep it
//! (a form, a CSV import that writes every line or none, the file back
//! out); the operator may read it. Who may do what is one rule,
//! `core::census::census`, asked by the guards `CensusReader` and
//! `CensusKeeper` here.

mod claims;
mod handlers;
mod pages;
mod statistics;

pub use claims::{claim_code, claim_confirm, claim_form, invite, letter};
pub use handlers::*;
pub use statistics::{snapshot, snapshot_year_end, statistics};

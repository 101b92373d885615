//! The impact report (*Wirkungsbericht*): what happened in a neighbourhood
//! during a period, counted from the platform's own data and compared with
//! the period before, with the one typed number (people reached through
//! the printed notice board). Coordinators and the operator see it for any
//! period and download it (printable page, CSV, JSON); a coordinator
//! publishes a period's figures on the neighbourhood's page. Every figure
//! passes `core::impact::Shown` on its way out, so counts below 5 read
//! "fewer than 5" everywhere, and differences never undo that.

mod handlers;
mod pages;
mod report;

pub use handlers::*;

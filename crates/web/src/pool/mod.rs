//! The shared pool of a neighbourhood: rooms, equipment and vehicles that
//! residents and organisations lend to the network, booked by neighbours
//! with the owner's confirmation. Who may see and do what is one rule,
//! `core::pool::pool`, asked through the guard in `access.rs`. Requests
//! reach the owners as notifications, answers reach those who asked.

mod access;
mod handlers;
mod pages;

pub use access::PoolAccess;
pub use handlers::*;

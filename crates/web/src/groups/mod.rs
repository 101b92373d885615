//! Groups of neighbours: interest and peer-learning groups with members,
//! a simple discussion board and their own events. Everything happens
//! inside the neighbourhood: only verified neighbours see groups at all.

mod handlers;
mod pages;

pub use handlers::*;

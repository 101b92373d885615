//! Groups of neighbours: interest and peer-learning groups with members,
//! a simple discussion board and their own events. A learning group also
//! has a topic, says when it meets, shares learning materials and keeps a
//! record of who learnt what (`learning.rs`). Everything happens
//! inside the neighbourhood: only verified neighbours see groups at all.

mod handlers;
mod learning;
mod pages;

pub use handlers::*;
pub use learning::{add_material, learnt, materials, record, remove_learnt, remove_material};

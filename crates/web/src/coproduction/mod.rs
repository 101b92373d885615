//! Co-production: projects in which the people who use a service plan it,
//! carry it out and check it together with staff, with the same say. A
//! project has participants with their roles, three phases that move on
//! only by a passed proposal, proposals decided by a vote with a visible
//! rule (also through a named proxy or at a recorded meeting), and tasks
//! out of passed proposals. Who may see a project is one rule,
//! `core::coproduction::may_see`, asked by the guard here, the list and
//! before any notification names a project.

mod access;
mod checklist;
mod handlers;
mod meetings;
mod pages;
mod surveys;

pub use access::{ProjectAccess, ProjectReader, settle_due};
pub use checklist::*;
pub use handlers::*;
pub use meetings::*;
pub use surveys::*;

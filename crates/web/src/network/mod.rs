//! The network's business model: a coordinator keeps the partners of the
//! neighbourhood's network (organisations on the platform and outside
//! ones), what the network does and what pays for it. Administrators of a
//! partner organisation read the pages shared with partners. Who may see
//! and do what is one rule, `core::network::network`, asked by the guards
//! in `access.rs`. Funding sources warn before they end (`warnings.rs`,
//! run by the worker); what needs a coordinator's attention is counted in
//! one statement (`Store::network_attention`). The business model canvas
//! (`canvas.rs`) is kept in versions; who may read and comment on it is
//! `core::network::canvas`, asked by the guards `CanvasReader`,
//! `CanvasCommenter` and `CanvasEditor`.

mod access;
mod canvas;
mod funding;
mod gains;
mod handlers;
mod measures;
mod pages;
mod warnings;

pub use access::{CanvasCommenter, CanvasEditor, CanvasReader, NetworkAccess, NetworkCoordinator, NetworkReader};
pub use canvas::{
    canvas, canvas_comment, canvas_edit, canvas_history, canvas_print, canvas_save, canvas_version, canvas_visibility,
};
pub use funding::{funding, funding_create, funding_edit, funding_new, funding_update, runway};
pub use gains::{balance, partner, save_gains};
pub use handlers::*;
pub use measures::{measure_create, measure_edit, measure_new, measure_update, measures};
pub use warnings::warn_funding_ending;

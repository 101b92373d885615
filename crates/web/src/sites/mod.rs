//! An organisation's space as a small website it controls: pages of its
//! own (about us, what we offer, join us, contact, and pages it adds) with
//! a navigation of their own. Only the organisation's editors and
//! administrators change them (`org_site::site`); who reads a page is
//! `org_site::may_see_page`. Anyone who may see the organisation writes
//! to it through its contact form (`contact.rs`); its administrators read
//! the messages. Someone logged in asks to become a member or volunteer
//! (`join.rs`); its administrators answer, and the person hears the outcome.
//! Its administrators choose its logo and colour (`look.rs`), and link it
//! with its umbrella or its local branches (`links.rs`), and take the
//! whole site along as static files (`export.rs`).

mod contact;
mod export;
mod handlers;
mod join;
mod links;
mod look;
mod pages;

pub use contact::*;
pub use export::*;
pub use handlers::*;
pub use join::*;
pub use links::*;
pub use look::*;

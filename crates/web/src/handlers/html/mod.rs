//! HTML pages, one module per capability.

pub mod account;
pub mod admin;
pub mod auth;
pub mod home;
pub mod manage;
pub mod neighbourhood;
pub mod ops;
pub mod prefs;
pub mod setup;

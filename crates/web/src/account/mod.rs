//! Accounts: sign up, confirm, log in and out, reset a password (`auth`);
//! profile, password, e-mail, export and deletion (`settings`); display and
//! language (`preferences`); the account in the JSON API (`api`).

pub mod api;
pub mod auth;
mod pages;
pub mod preferences;
pub mod settings;

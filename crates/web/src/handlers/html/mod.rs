//! HTML pages, one module per capability.

pub mod account;
pub mod admin;
pub mod aushang;
pub mod auth;
pub mod easy;
pub mod events;
pub mod groups;
pub mod help;
pub mod home;
pub mod inbox;
pub mod manage;
pub mod moderation;
pub mod neighbourhood;
pub mod notifications;
pub mod ops;
pub mod organisations;
pub mod prefs;
pub mod setup;

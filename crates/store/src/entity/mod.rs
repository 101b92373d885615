//! One SeaORM entity per table. Relations are expressed by queries in the
//! capability modules; the entities stay flat.

pub mod audit_log;
pub mod block;
pub mod conversation;
pub mod easy_reviewer;
pub mod easy_version;
pub mod email_token;
pub mod event;
pub mod event_signup;
pub mod group;
pub mod group_member;
pub mod group_post;
pub mod help_category;
pub mod help_entry;
pub mod image;
pub mod invite_code;
pub mod job;
pub mod login_throttle;
pub mod membership;
pub mod message;
pub mod neighbourhood;
pub mod news_post;
pub mod notification;
pub mod notification_setting;
pub mod organisation;
pub mod organisation_invitation;
pub mod organisation_member;
pub mod organisation_neighbourhood;
pub mod report;
pub mod session;
pub mod setup_token;
pub mod thanks;
pub mod time_ledger;
pub mod user;

//! One SeaORM entity per table. Relations are expressed by queries in the
//! capability modules; the entities stay flat.

pub mod audit_log;
pub mod email_token;
pub mod invite_code;
pub mod login_throttle;
pub mod membership;
pub mod neighbourhood;
pub mod session;
pub mod setup_token;
pub mod user;

//! Bounded work per page (issue #13): indexes for lookups that read a whole
//! table so far.
//!
//! - `organisation_neighbourhoods(neighbourhood_id, status)`: a
//!   neighbourhood's confirmed (or waiting) organisations, asked by the start
//!   page, the calendar and the organisations list; the pair index starts
//!   with the organisation and does not help.
//! - `organisation_members(user_id)`: a person's organisations (the pair
//!   index starts with the organisation).
//! - `thanks(to_id)`: the thanks a person received.
//! - `time_ledger(neighbourhood_id)`: a neighbourhood's time bank.

use super::columns::*;
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

const INDEXES: &[IndexSpec] = &[
    ("organisation_neighbourhoods_neighbourhood", "organisation_neighbourhoods", &["neighbourhood_id", "status"]),
    ("organisation_members_user", "organisation_members", &["user_id"]),
    ("thanks_to", "thanks", &["to_id"]),
    ("time_ledger_neighbourhood", "time_ledger", &["neighbourhood_id"]),
];

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        create_indexes(m, INDEXES).await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        drop_indexes(m, INDEXES).await
    }
}

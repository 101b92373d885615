//! Indexes for reads that the plan check of the bounded-work test found
//! scanning a whole table, and for a person's own lists:
//!
//! - `users(is_operator)`: whether the instance has an operator yet, asked by
//!   the instance's start page.
//! - `easy_reviewers(neighbourhood_id)`, `easy_reviewers(organisation_id)`: the
//!   reviewers of a neighbourhood or an organisation.
//! - `help_entries(helper_id)`: the help a person has taken on.
//! - `time_ledger(from_id)`, `time_ledger(to_id)`: a person's time account.
//! - `thanks(from_id)`: the thanks a person gave.

use super::columns::*;
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

const INDEXES: &[IndexSpec] = &[
    ("users_operator", "users", &["is_operator"]),
    ("easy_reviewers_neighbourhood", "easy_reviewers", &["neighbourhood_id"]),
    ("easy_reviewers_organisation", "easy_reviewers", &["organisation_id"]),
    ("help_entries_helper", "help_entries", &["helper_id"]),
    ("time_ledger_from", "time_ledger", &["from_id"]),
    ("time_ledger_to", "time_ledger", &["to_id"]),
    ("thanks_from", "thanks", &["from_id"]),
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

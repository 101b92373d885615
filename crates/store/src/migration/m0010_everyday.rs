//! Everyday use (issue #12):
//!
//! - The time bank gets accounts that are not a person: each side of a
//!   booking says whose account it is (`person`, or `neighbourhood` for the
//!   quarter's shared account, whose id is then the neighbourhood's id).
//!   Help a coordinator posted for a neighbour who is not online is booked
//!   there instead of to the coordinator. Existing rows are all between
//!   people and keep meaning exactly that.
//! - Each membership remembers when the person last looked at the
//!   neighbourhood's start page, and since when things count as new (the
//!   visit before), so the page can say what arrived in between.

use super::columns::*;
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite adds one column at a time.
        for col in [s("from_account").default("person").to_owned(), s("to_account").default("person").to_owned()] {
            m.alter_table(Table::alter().table("time_ledger").add_column(col).to_owned()).await?;
        }
        for col in [ts_null("last_seen_at"), ts_null("new_since")] {
            m.alter_table(Table::alter().table("memberships").add_column(col).to_owned()).await?;
        }
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for col in ["from_account", "to_account"] {
            m.alter_table(Table::alter().table("time_ledger").drop_column(col).to_owned()).await?;
        }
        for col in ["last_seen_at", "new_since"] {
            m.alter_table(Table::alter().table("memberships").drop_column(col).to_owned()).await?;
        }
        Ok(())
    }
}

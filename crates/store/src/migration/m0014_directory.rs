//! The directory of organisations reads them by name across the whole
//! instance: `organisations(lower(name), id)` is its sort key, so a page
//! walks the index instead of sorting every organisation. (An expression
//! index; both SQLite and PostgreSQL take the same statement.)

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.get_connection()
            .execute_unprepared("CREATE INDEX organisations_by_name ON organisations (lower(name), id)")
            .await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.get_connection().execute_unprepared("DROP INDEX organisations_by_name").await?;
        Ok(())
    }
}

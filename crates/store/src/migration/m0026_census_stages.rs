//! Each census entry's stage (offline, sub-page, own space, active) in
//! each year a snapshot was taken, so that the census shows every
//! organisation's progress over the years, not only the counts.

use super::columns::*;
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        use ForeignKeyAction::Cascade;
        m.create_table(
            Table::create()
                .table("census_entry_stages")
                .col(uuid_pk("id"))
                .col(uuid("entry_id"))
                .col(uuid("neighbourhood_id"))
                .col(ColumnDef::new("year").integer().not_null())
                .col(s("stage"))
                .col(ts("taken_at"))
                .foreign_key(&mut fk("census_entry_stages", "entry_id", "census_entries", Cascade))
                .foreign_key(&mut fk("census_entry_stages", "neighbourhood_id", "neighbourhoods", Cascade))
                .to_owned(),
        )
        .await?;
        // One stage per entry and year; an entry's history is read along it,
        // and the moves between two years join on it.
        m.create_index(
            idx("census_entry_stages_entry", "census_entry_stages", &["entry_id", "year"]).unique().to_owned(),
        )
        .await?;
        // The statistics count stages per year of a neighbourhood.
        m.create_index(idx("census_entry_stages_year", "census_entry_stages", &["neighbourhood_id", "year", "stage"]))
            .await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table("census_entry_stages").to_owned()).await?;
        Ok(())
    }
}

//! Events by when they were added, per neighbourhood and per organisation:
//! the start page counts the events added since a neighbour's last visit.
//! Through the indexes by start time that count walked every upcoming
//! event of the quarter (about 50 ms in the city's largest); through these
//! it reads only what is new.

use super::columns::idx;
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_index(idx("events_neighbourhood_created", "events", &["neighbourhood_id", "created_at"])).await?;
        m.create_index(idx("events_organisation_created", "events", &["organisation_id", "created_at"])).await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for name in ["events_neighbourhood_created", "events_organisation_created"] {
            m.drop_index(Index::drop().name(name).table("events").to_owned()).await?;
        }
        Ok(())
    }
}

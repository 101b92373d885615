//! The network's business model canvas: one per neighbourhood, who may
//! read it, every saved version (nothing is overwritten) with a snapshot
//! of the figures it showed, and the comments made on each version.

use super::columns::*;
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        use ForeignKeyAction::{Cascade, SetNull};
        m.create_table(
            Table::create()
                .table("network_canvases")
                .col(ColumnDef::new("neighbourhood_id").uuid().not_null().primary_key())
                .col(s("visibility"))
                .col(ts("updated_at"))
                .foreign_key(&mut fk("network_canvases", "neighbourhood_id", "neighbourhoods", Cascade))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("network_canvas_versions")
                .col(uuid_pk("id"))
                .col(uuid("neighbourhood_id"))
                .col(ColumnDef::new("number").integer().not_null())
                .col(txt("social_value"))
                .col(txt("target_groups"))
                .col(txt("channels"))
                .col(txt("resources"))
                .col(txt("costs_note"))
                .col(txt("revenues_note"))
                .col(s("note"))
                // The figures the canvas showed when saved, as JSON.
                .col(txt("figures"))
                .col(uuid_null("created_by"))
                .col(ts("created_at"))
                .foreign_key(&mut fk("network_canvas_versions", "neighbourhood_id", "neighbourhoods", Cascade))
                .foreign_key(&mut fk("network_canvas_versions", "created_by", "users", SetNull))
                .to_owned(),
        )
        .await?;
        // A number is given once per canvas; the newest is found along it.
        m.create_index(
            idx("network_canvas_versions_number", "network_canvas_versions", &["neighbourhood_id", "number"])
                .unique()
                .to_owned(),
        )
        .await?;
        // The history, newest first (ids are time-ordered).
        m.create_index(idx("network_canvas_versions_history", "network_canvas_versions", &["neighbourhood_id", "id"]))
            .await?;
        m.create_index(idx("network_canvas_versions_author", "network_canvas_versions", &["created_by"])).await?;
        m.create_table(
            Table::create()
                .table("network_canvas_comments")
                .col(uuid_pk("id"))
                .col(uuid("version_id"))
                .col(uuid_null("author_id"))
                .col(txt("body"))
                .col(ts("created_at"))
                .foreign_key(&mut fk("network_canvas_comments", "version_id", "network_canvas_versions", Cascade))
                .foreign_key(&mut fk("network_canvas_comments", "author_id", "users", SetNull))
                .to_owned(),
        )
        .await?;
        m.create_index(idx("network_canvas_comments_version", "network_canvas_comments", &["version_id", "id"]))
            .await?;
        m.create_index(idx("network_canvas_comments_author", "network_canvas_comments", &["author_id"])).await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for t in ["network_canvas_comments", "network_canvas_versions", "network_canvases"] {
            m.drop_table(Table::drop().table(t).to_owned()).await?;
        }
        Ok(())
    }
}

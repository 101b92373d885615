//! Uploaded images, and an optional image with alt text on news posts.

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
                .table("images")
                .col(uuid_pk("id"))
                .col(uuid_null("organisation_id"))
                .col(uuid_null("uploaded_by"))
                .col(s("content_type"))
                .col(ColumnDef::new("width").integer().not_null())
                .col(ColumnDef::new("height").integer().not_null())
                .col(boolean("members_only"))
                .col(ColumnDef::new("bytes").var_binary(u32::MAX).not_null())
                .col(ts("created_at"))
                .foreign_key(&mut fk("images", "organisation_id", "organisations", Cascade))
                .foreign_key(&mut fk("images", "uploaded_by", "users", SetNull))
                .to_owned(),
        )
        .await?;
        m.alter_table(Table::alter().table("news_posts").add_column(uuid_null("image_id")).to_owned()).await?;
        m.alter_table(
            Table::alter()
                .table("news_posts")
                .add_column(ColumnDef::new("image_alt").string().not_null().default(""))
                .to_owned(),
        )
        .await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(Table::alter().table("news_posts").drop_column("image_alt").to_owned()).await?;
        m.alter_table(Table::alter().table("news_posts").drop_column("image_id").to_owned()).await?;
        m.drop_table(Table::drop().table("images").to_owned()).await?;
        Ok(())
    }
}

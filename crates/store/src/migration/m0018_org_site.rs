//! An organisation's own website: its pages (about us, what we offer, join
//! us, contact, and pages it adds), written by its editors.

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
                .table("org_pages")
                .col(uuid_pk("id"))
                .col(uuid("organisation_id"))
                .col(s("kind"))
                .col(s("slug"))
                .col(s("title"))
                .col(txt("body"))
                .col(ColumnDef::new("position").integer().not_null())
                .col(boolean("published"))
                .col(uuid_null("author_id"))
                .col(ts("created_at"))
                .col(ts("updated_at"))
                .foreign_key(&mut fk("org_pages", "organisation_id", "organisations", Cascade))
                .foreign_key(&mut fk("org_pages", "author_id", "users", SetNull))
                .to_owned(),
        )
        .await?;
        // One address per page of an organisation; the navigation reads the
        // organisation's pages in their order along the second index.
        m.create_index(idx("org_pages_slug", "org_pages", &["organisation_id", "slug"]).unique().to_owned()).await?;
        m.create_index(idx("org_pages_order", "org_pages", &["organisation_id", "position", "title", "id"])).await?;
        m.create_index(idx("org_pages_author", "org_pages", &["author_id"])).await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for t in ["org_pages"] {
            m.drop_table(Table::drop().table(t).to_owned()).await?;
        }
        Ok(())
    }
}

//! Organisations, the neighbourhoods they belong to, their members, news.

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
                .table("organisations")
                .col(ColumnDef::new("id").uuid().not_null().primary_key())
                .col(s("slug").unique_key())
                .col(s("name"))
                .col(s("kind"))
                .col(txt("description"))
                .col(txt("contact"))
                .col(txt("opening_hours"))
                .col(boolean("step_free"))
                .col(boolean("accessible_toilet"))
                .col(boolean("hearing_loop"))
                .col(s("website"))
                .col(s("social"))
                .col(ColumnDef::new("proposed_by").uuid().null())
                .col(ts("created_at"))
                .col(ts("updated_at"))
                .foreign_key(&mut fk("organisations", "proposed_by", "users", SetNull))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("organisation_neighbourhoods")
                .col(ColumnDef::new("id").uuid().not_null().primary_key())
                .col(uuid("organisation_id"))
                .col(uuid("neighbourhood_id"))
                .col(s("status"))
                .col(ColumnDef::new("confirmed_by").uuid().null())
                .col(ts("created_at"))
                .foreign_key(&mut fk("organisation_neighbourhoods", "organisation_id", "organisations", Cascade))
                .foreign_key(&mut fk("organisation_neighbourhoods", "neighbourhood_id", "neighbourhoods", Cascade))
                .foreign_key(&mut fk("organisation_neighbourhoods", "confirmed_by", "users", SetNull))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("organisation_neighbourhoods_pair")
                .table("organisation_neighbourhoods")
                .col("organisation_id")
                .col("neighbourhood_id")
                .unique()
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("organisation_members")
                .col(ColumnDef::new("id").uuid().not_null().primary_key())
                .col(uuid("organisation_id"))
                .col(uuid("user_id"))
                .col(s("role"))
                .col(ts("created_at"))
                .foreign_key(&mut fk("organisation_members", "organisation_id", "organisations", Cascade))
                .foreign_key(&mut fk("organisation_members", "user_id", "users", Cascade))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("organisation_members_pair")
                .table("organisation_members")
                .col("organisation_id")
                .col("user_id")
                .unique()
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("news_posts")
                .col(ColumnDef::new("id").uuid().not_null().primary_key())
                .col(uuid("organisation_id"))
                .col(ColumnDef::new("author_id").uuid().null())
                .col(s("title"))
                .col(txt("body"))
                .col(boolean("members_only"))
                .col(ColumnDef::new("hidden_reason").string().null())
                .col(ts("created_at"))
                .col(ts("updated_at"))
                .foreign_key(&mut fk("news_posts", "organisation_id", "organisations", Cascade))
                .foreign_key(&mut fk("news_posts", "author_id", "users", SetNull))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("news_posts_org")
                .table("news_posts")
                .col("organisation_id")
                .col("created_at")
                .to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter().table("audit_log").add_column(ColumnDef::new("organisation_id").uuid().null()).to_owned(),
        )
        .await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(Table::alter().table("audit_log").drop_column("organisation_id").to_owned()).await?;
        for t in ["news_posts", "organisation_members", "organisation_neighbourhoods", "organisations"] {
            m.drop_table(Table::drop().table(t).to_owned()).await?;
        }
        Ok(())
    }
}

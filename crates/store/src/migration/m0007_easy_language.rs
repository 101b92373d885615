//! Easy-language versions of content, their reviewers; the contact for
//! answering the printed notice board; its weekly mail.

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
                .table("easy_versions")
                .col(uuid_pk("id"))
                .col(s("content_kind"))
                .col(uuid("content_id"))
                .col(uuid_null("neighbourhood_id"))
                .col(uuid_null("organisation_id"))
                .col(s("title"))
                .col(txt("body"))
                .col(uuid_null("author_id"))
                .col(s("status"))
                .col(txt("review_note"))
                .col(uuid_null("reviewed_by"))
                .col(ts_null("reviewed_at"))
                .col(ts("created_at"))
                .col(ts("updated_at"))
                .foreign_key(&mut fk("easy_versions", "neighbourhood_id", "neighbourhoods", Cascade))
                .foreign_key(&mut fk("easy_versions", "organisation_id", "organisations", Cascade))
                .foreign_key(&mut fk("easy_versions", "author_id", "users", SetNull))
                .foreign_key(&mut fk("easy_versions", "reviewed_by", "users", SetNull))
                .to_owned(),
        )
        .await?;
        m.create_index(
            idx("easy_versions_content", "easy_versions", &["content_kind", "content_id"]).unique().to_owned(),
        )
        .await?;
        m.create_index(idx("easy_versions_queue", "easy_versions", &["status", "neighbourhood_id"])).await?;
        m.create_table(
            Table::create()
                .table("easy_reviewers")
                .col(uuid_pk("id"))
                .col(uuid("user_id"))
                .col(uuid_null("neighbourhood_id"))
                .col(uuid_null("organisation_id"))
                .col(uuid_null("appointed_by"))
                .col(ts("created_at"))
                .foreign_key(&mut fk("easy_reviewers", "user_id", "users", Cascade))
                .foreign_key(&mut fk("easy_reviewers", "neighbourhood_id", "neighbourhoods", Cascade))
                .foreign_key(&mut fk("easy_reviewers", "organisation_id", "organisations", Cascade))
                .foreign_key(&mut fk("easy_reviewers", "appointed_by", "users", SetNull))
                .to_owned(),
        )
        .await?;
        m.create_index(idx("easy_reviewers_user", "easy_reviewers", &["user_id"])).await?;
        m.alter_table(
            Table::alter()
                .table("neighbourhoods")
                .add_column(ColumnDef::new("office_contact").string().not_null().default(""))
                .to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table("notification_settings")
                .add_column(ColumnDef::new("notice_board_mail").boolean().not_null().default(false))
                .to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table("notification_settings")
                .add_column(ColumnDef::new("last_notice_board_at").timestamp_with_time_zone().null())
                .to_owned(),
        )
        .await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(Table::alter().table("notification_settings").drop_column("last_notice_board_at").to_owned())
            .await?;
        m.alter_table(Table::alter().table("notification_settings").drop_column("notice_board_mail").to_owned())
            .await?;
        m.alter_table(Table::alter().table("neighbourhoods").drop_column("office_contact").to_owned()).await?;
        for t in ["easy_reviewers", "easy_versions"] {
            m.drop_table(Table::drop().table(t).to_owned()).await?;
        }
        Ok(())
    }
}

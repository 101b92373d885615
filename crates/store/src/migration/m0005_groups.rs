//! Groups of neighbours, their members and discussion board; group events.

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
                .table("groups")
                .col(uuid_pk("id"))
                .col(uuid("neighbourhood_id"))
                .col(s("name"))
                .col(txt("description"))
                .col(s("kind"))
                .col(s("joining"))
                .col(uuid_null("created_by"))
                .col(s_null("hidden_reason"))
                .col(ts("created_at"))
                .col(ts("updated_at"))
                .foreign_key(&mut fk("groups", "neighbourhood_id", "neighbourhoods", Cascade))
                .foreign_key(&mut fk("groups", "created_by", "users", SetNull))
                .to_owned(),
        )
        .await?;
        m.create_index(idx("groups_neighbourhood", "groups", &["neighbourhood_id", "name"])).await?;
        m.create_table(
            Table::create()
                .table("group_members")
                .col(uuid_pk("id"))
                .col(uuid("group_id"))
                .col(uuid("user_id"))
                .col(s("standing"))
                .col(ts("created_at"))
                .foreign_key(&mut fk("group_members", "group_id", "groups", Cascade))
                .foreign_key(&mut fk("group_members", "user_id", "users", Cascade))
                .to_owned(),
        )
        .await?;
        m.create_index(idx("group_members_pair", "group_members", &["group_id", "user_id"]).unique().to_owned())
            .await?;
        m.create_index(idx("group_members_user", "group_members", &["user_id"])).await?;
        m.create_table(
            Table::create()
                .table("group_posts")
                .col(uuid_pk("id"))
                .col(uuid("group_id"))
                .col(uuid_null("topic_id"))
                .col(uuid_null("author_id"))
                .col(s("title"))
                .col(txt("body"))
                .col(s_null("hidden_reason"))
                .col(ts("created_at"))
                .col(ts("last_activity_at"))
                .col(uuid("last_post_id"))
                .foreign_key(&mut fk("group_posts", "group_id", "groups", Cascade))
                .foreign_key(&mut fk("group_posts", "topic_id", "group_posts", Cascade))
                .foreign_key(&mut fk("group_posts", "author_id", "users", SetNull))
                .to_owned(),
        )
        .await?;
        m.create_index(idx("group_posts_board", "group_posts", &["group_id", "topic_id", "last_post_id"])).await?;
        m.create_index(idx("group_posts_topic", "group_posts", &["topic_id", "id"])).await?;
        m.alter_table(Table::alter().table("events").add_column(uuid_null("group_id")).to_owned()).await?;
        m.create_index(idx("events_group", "events", &["group_id", "starts_at"])).await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_index(Index::drop().name("events_group").table("events").to_owned()).await?;
        m.alter_table(Table::alter().table("events").drop_column("group_id").to_owned()).await?;
        for t in ["group_posts", "group_members", "groups"] {
            m.drop_table(Table::drop().table(t).to_owned()).await?;
        }
        Ok(())
    }
}

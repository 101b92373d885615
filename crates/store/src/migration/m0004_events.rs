//! Events, their sign-ups and waiting lists; notifications about events.

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
                .table("events")
                .col(uuid_pk("id"))
                .col(uuid_null("neighbourhood_id"))
                .col(uuid_null("organisation_id"))
                .col(uuid_null("series_id"))
                .col(uuid_null("author_id"))
                .col(s("title"))
                .col(txt("description"))
                .col(s("category"))
                .col(ts("starts_at"))
                .col(ts("ends_at"))
                .col(boolean("all_day"))
                .col(s("venue"))
                .col(s("online_url"))
                .col(boolean("step_free"))
                .col(boolean("accessible_toilet"))
                .col(boolean("hearing_loop"))
                .col(s("cost"))
                .col(ColumnDef::new("capacity").integer().null())
                .col(boolean("signup_required"))
                .col(ColumnDef::new("taken").integer().not_null())
                .col(boolean("cancelled"))
                .col(s_null("hidden_reason"))
                .col(ts("created_at"))
                .col(ts("updated_at"))
                .foreign_key(&mut fk("events", "neighbourhood_id", "neighbourhoods", Cascade))
                .foreign_key(&mut fk("events", "organisation_id", "organisations", Cascade))
                .foreign_key(&mut fk("events", "author_id", "users", SetNull))
                .to_owned(),
        )
        .await?;
        m.create_index(idx("events_neighbourhood", "events", &["neighbourhood_id", "starts_at"])).await?;
        m.create_index(idx("events_organisation", "events", &["organisation_id", "starts_at"])).await?;
        m.create_index(idx("events_series", "events", &["series_id"])).await?;
        // The calendar reads a time window across many organisations.
        m.create_index(idx("events_starts", "events", &["starts_at"])).await?;
        m.create_table(
            Table::create()
                .table("event_signups")
                .col(uuid_pk("id"))
                .col(uuid("event_id"))
                .col(uuid("user_id"))
                .col(s("status"))
                .col(ts("created_at"))
                .foreign_key(&mut fk("event_signups", "event_id", "events", Cascade))
                .foreign_key(&mut fk("event_signups", "user_id", "users", Cascade))
                .to_owned(),
        )
        .await?;
        m.create_index(idx("event_signups_pair", "event_signups", &["event_id", "user_id"]).unique().to_owned())
            .await?;
        m.create_index(idx("event_signups_user", "event_signups", &["user_id"])).await?;
        m.alter_table(Table::alter().table("notifications").add_column(uuid_null("event_id")).to_owned()).await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(Table::alter().table("notifications").drop_column("event_id").to_owned()).await?;
        for t in ["event_signups", "events"] {
            m.drop_table(Table::drop().table(t).to_owned()).await?;
        }
        Ok(())
    }
}

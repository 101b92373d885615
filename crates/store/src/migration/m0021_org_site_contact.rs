//! An organisation's website, continued: messages through its contact
//! form, requests to become a member or volunteer, its logo and colour.

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
                .table("org_messages")
                .col(uuid_pk("id"))
                .col(uuid("organisation_id"))
                .col(uuid_null("sender_id"))
                .col(s("sender_name"))
                .col(s("sender_email"))
                .col(txt("body"))
                .col(ts("created_at"))
                .foreign_key(&mut fk("org_messages", "organisation_id", "organisations", Cascade))
                .foreign_key(&mut fk("org_messages", "sender_id", "users", SetNull))
                .to_owned(),
        )
        .await?;
        // The administrators read an organisation's messages newest first
        // (ids are time-ordered); export and erasure find a sender's.
        m.create_index(idx("org_messages_org", "org_messages", &["organisation_id", "id"])).await?;
        m.create_index(idx("org_messages_sender", "org_messages", &["sender_id"])).await?;
        m.create_index(idx("org_messages_email", "org_messages", &["sender_email"])).await?;
        m.create_table(
            Table::create()
                .table("org_join_requests")
                .col(uuid_pk("id"))
                .col(uuid("organisation_id"))
                .col(uuid("user_id"))
                .col(s("kind"))
                .col(txt("note"))
                .col(s("status"))
                .col(uuid_null("decided_by"))
                .col(ts("created_at"))
                .col(ts_null("decided_at"))
                .foreign_key(&mut fk("org_join_requests", "organisation_id", "organisations", Cascade))
                .foreign_key(&mut fk("org_join_requests", "user_id", "users", Cascade))
                .foreign_key(&mut fk("org_join_requests", "decided_by", "users", SetNull))
                .to_owned(),
        )
        .await?;
        // The requests waiting for an organisation's administrators, oldest
        // first; a person's own request; who decided.
        m.create_index(idx("org_join_requests_waiting", "org_join_requests", &["organisation_id", "status", "id"]))
            .await?;
        m.create_index(idx("org_join_requests_user", "org_join_requests", &["user_id", "organisation_id"])).await?;
        m.create_index(idx("org_join_requests_decider", "org_join_requests", &["decided_by"])).await?;
        m.create_table(
            Table::create()
                .table("org_site_looks")
                .col(ColumnDef::new("organisation_id").uuid().not_null().primary_key())
                .col(uuid_null("logo_image_id"))
                .col(s("logo_alt"))
                .col(s("accent"))
                .col(ts("updated_at"))
                .foreign_key(&mut fk("org_site_looks", "organisation_id", "organisations", Cascade))
                .foreign_key(&mut fk("org_site_looks", "logo_image_id", "images", SetNull))
                .to_owned(),
        )
        .await?;
        m.create_index(idx("org_site_looks_logo", "org_site_looks", &["logo_image_id"])).await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for t in ["org_site_looks", "org_join_requests", "org_messages"] {
            m.drop_table(Table::drop().table(t).to_owned()).await?;
        }
        Ok(())
    }
}

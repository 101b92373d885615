//! Accounts, sessions, neighbourhoods, memberships, invitation codes.

use super::columns::*;
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table("users")
                .col(uuid_pk("id"))
                .col(s("email").unique_key())
                .col(ts_null("email_confirmed_at"))
                .col(s("password_hash"))
                .col(s("display_name"))
                .col(ColumnDef::new("bio").text().not_null())
                .col(ColumnDef::new("profile_public").boolean().not_null())
                .col(s("locale"))
                .col(s("text_size"))
                .col(s("contrast"))
                .col(ColumnDef::new("is_operator").boolean().not_null())
                .col(ts("created_at"))
                .col(ts_null("deleted_at"))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("sessions")
                .col(str_pk("id"))
                .col(ColumnDef::new("user_id").uuid().not_null())
                .col(ts("created_at"))
                .col(ts("last_seen_at"))
                .foreign_key(&mut fk("sessions", "user_id", "users", ForeignKeyAction::Cascade))
                .to_owned(),
        )
        .await?;
        m.create_index(Index::create().name("sessions_user").table("sessions").col("user_id").to_owned()).await?;
        m.create_table(
            Table::create()
                .table("email_tokens")
                .col(str_pk("id"))
                .col(ColumnDef::new("user_id").uuid().not_null())
                .col(s("purpose"))
                .col(ColumnDef::new("new_email").string().null())
                .col(ts("created_at"))
                .col(ts("expires_at"))
                .col(ts_null("used_at"))
                .foreign_key(&mut fk("email_tokens", "user_id", "users", ForeignKeyAction::Cascade))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("neighbourhoods")
                .col(uuid_pk("id"))
                .col(s("slug").unique_key())
                .col(s("name"))
                .col(ColumnDef::new("description").text().not_null())
                .col(s("timezone"))
                .col(ts("created_at"))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("memberships")
                .col(uuid_pk("id"))
                .col(ColumnDef::new("user_id").uuid().not_null())
                .col(ColumnDef::new("neighbourhood_id").uuid().not_null())
                .col(s("role"))
                .col(s("status"))
                .col(ts("created_at"))
                .col(ts_null("verified_at"))
                .col(ColumnDef::new("verified_by").uuid().null())
                .col(ColumnDef::new("via_code").boolean().not_null())
                .foreign_key(&mut fk("memberships", "user_id", "users", ForeignKeyAction::Cascade))
                .foreign_key(&mut fk("memberships", "neighbourhood_id", "neighbourhoods", ForeignKeyAction::Cascade))
                .foreign_key(&mut fk("memberships", "verified_by", "users", ForeignKeyAction::SetNull))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("memberships_user_neighbourhood")
                .table("memberships")
                .col("user_id")
                .col("neighbourhood_id")
                .unique()
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("memberships_neighbourhood_status")
                .table("memberships")
                .col("neighbourhood_id")
                .col("status")
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("invite_codes")
                .col(uuid_pk("id"))
                .col(ColumnDef::new("neighbourhood_id").uuid().not_null())
                .col(ColumnDef::new("batch_id").uuid().not_null())
                .col(s("code").unique_key())
                .col(ColumnDef::new("created_by").uuid().null())
                .col(ts("created_at"))
                .col(ColumnDef::new("used_by").uuid().null())
                .col(ts_null("used_at"))
                .foreign_key(&mut fk("invite_codes", "neighbourhood_id", "neighbourhoods", ForeignKeyAction::Cascade))
                .foreign_key(&mut fk("invite_codes", "created_by", "users", ForeignKeyAction::SetNull))
                .foreign_key(&mut fk("invite_codes", "used_by", "users", ForeignKeyAction::SetNull))
                .to_owned(),
        )
        .await?;
        m.create_index(Index::create().name("invite_codes_batch").table("invite_codes").col("batch_id").to_owned())
            .await?;
        m.create_table(
            Table::create()
                .table("login_throttle")
                .col(str_pk("key"))
                .col(ts("window_start"))
                .col(ColumnDef::new("failures").integer().not_null())
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("setup_tokens")
                .col(str_pk("id"))
                .col(ts("created_at"))
                .col(ts("expires_at"))
                .col(ts_null("used_at"))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("audit_log")
                .col(uuid_pk("id"))
                .col(ColumnDef::new("neighbourhood_id").uuid().null())
                .col(ColumnDef::new("actor_id").uuid().null())
                .col(s("action"))
                .col(ColumnDef::new("subject_id").uuid().null())
                .col(ColumnDef::new("detail").text().not_null())
                .col(ts("created_at"))
                .foreign_key(&mut fk("audit_log", "neighbourhood_id", "neighbourhoods", ForeignKeyAction::Cascade))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("audit_log_neighbourhood")
                .table("audit_log")
                .col("neighbourhood_id")
                .col("created_at")
                .to_owned(),
        )
        .await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for t in [
            "audit_log",
            "setup_tokens",
            "login_throttle",
            "invite_codes",
            "memberships",
            "neighbourhoods",
            "email_tokens",
            "sessions",
            "users",
        ] {
            m.drop_table(Table::drop().table(t).to_owned()).await?;
        }
        Ok(())
    }
}

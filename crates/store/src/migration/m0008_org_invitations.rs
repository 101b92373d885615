//! Invitations to help run an organisation: nobody becomes an
//! organisation's administrator or editor without saying yes.

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
                .table("organisation_invitations")
                .col(uuid_pk("id"))
                .col(uuid("organisation_id"))
                .col(uuid("user_id"))
                .col(s("role"))
                .col(uuid_null("invited_by"))
                .col(ts("created_at"))
                .foreign_key(&mut fk("organisation_invitations", "organisation_id", "organisations", Cascade))
                .foreign_key(&mut fk("organisation_invitations", "user_id", "users", Cascade))
                .foreign_key(&mut fk("organisation_invitations", "invited_by", "users", SetNull))
                .to_owned(),
        )
        .await?;
        m.create_index(
            idx("organisation_invitations_one", "organisation_invitations", &["organisation_id", "user_id"])
                .unique()
                .to_owned(),
        )
        .await?;
        m.create_index(idx("organisation_invitations_user", "organisation_invitations", &["user_id"])).await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table("organisation_invitations").to_owned()).await?;
        Ok(())
    }
}

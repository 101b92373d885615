//! Power stays local: links between an umbrella organisation and its local
//! branches, each agreed by both sides; and the host names under which an
//! organisation's site is served, enabled by the operator.

use super::columns::*;
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        use ForeignKeyAction::Cascade;
        m.create_table(
            Table::create()
                .table("org_affiliations")
                .col(uuid_pk("id"))
                .col(uuid("umbrella_id"))
                .col(uuid("branch_id"))
                .col(s("asked_by"))
                .col(s("status"))
                .col(ts("created_at"))
                .col(ts_null("confirmed_at"))
                .foreign_key(&mut fk("org_affiliations", "umbrella_id", "organisations", Cascade))
                .foreign_key(&mut fk("org_affiliations", "branch_id", "organisations", Cascade))
                .to_owned(),
        )
        .await?;
        // One link per pair; an umbrella's branches and a branch's
        // umbrellas are read along these, paged by id.
        m.create_index(
            idx("org_affiliations_pair", "org_affiliations", &["umbrella_id", "branch_id"]).unique().to_owned(),
        )
        .await?;
        m.create_index(idx("org_affiliations_umbrella", "org_affiliations", &["umbrella_id", "status", "id"])).await?;
        m.create_index(idx("org_affiliations_branch", "org_affiliations", &["branch_id", "status", "id"])).await?;
        m.create_table(
            Table::create()
                .table("org_domains")
                .col(str_pk("host"))
                .col(uuid("organisation_id"))
                .col(ts("created_at"))
                .foreign_key(&mut fk("org_domains", "organisation_id", "organisations", Cascade))
                .to_owned(),
        )
        .await?;
        m.create_index(idx("org_domains_org", "org_domains", &["organisation_id"])).await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for t in ["org_domains", "org_affiliations"] {
            m.drop_table(Table::drop().table(t).to_owned()).await?;
        }
        Ok(())
    }
}

//! The impact report and the shared pool: the people reached through the
//! printed notice board as the coordinator counted them, published reports
//! as frozen snapshots, the resources partners and residents lend to the
//! network with their bookings, and the indexes the report's counts read
//! along (each count is a range of one index, never a scan).

use super::columns::*;
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// Indexes on existing tables, for the report's counts by period.
const INDEXES: [(&str, &str, &[&str]); 8] = [
    ("memberships_verified_at", "memberships", &["neighbourhood_id", "status", "verified_at"]),
    ("help_entries_created", "help_entries", &["neighbourhood_id", "kind", "created_at"]),
    ("help_entries_settled", "help_entries", &["neighbourhood_id", "status", "updated_at"]),
    ("time_ledger_booked", "time_ledger", &["neighbourhood_id", "created_at"]),
    ("group_posts_created", "group_posts", &["group_id", "created_at"]),
    ("project_proposals_decided", "project_proposals", &["project_id", "decided_at"]),
    ("easy_versions_reviewed_nb", "easy_versions", &["neighbourhood_id", "status", "reviewed_at"]),
    ("easy_versions_reviewed_org", "easy_versions", &["organisation_id", "status", "reviewed_at"]),
];

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        use ForeignKeyAction::{Cascade, SetNull};
        let date = |name: &'static str| ColumnDef::new(name).date().not_null().to_owned();
        m.create_table(
            Table::create()
                .table("impact_notice_counts")
                .col(uuid_pk("id"))
                .col(uuid("neighbourhood_id"))
                .col(date("period_from"))
                .col(date("period_to"))
                .col(ColumnDef::new("people").big_integer().not_null())
                .col(uuid_null("entered_by"))
                .col(ts("created_at"))
                .col(ts("updated_at"))
                .foreign_key(&mut fk("impact_notice_counts", "neighbourhood_id", "neighbourhoods", Cascade))
                .foreign_key(&mut fk("impact_notice_counts", "entered_by", "users", SetNull))
                .to_owned(),
        )
        .await?;
        m.create_index(
            idx(
                "impact_notice_counts_period",
                "impact_notice_counts",
                &["neighbourhood_id", "period_from", "period_to"],
            )
            .unique()
            .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("impact_reports")
                .col(uuid_pk("id"))
                .col(uuid("neighbourhood_id"))
                .col(date("period_from"))
                .col(date("period_to"))
                .col(txt("figures"))
                .col(uuid_null("published_by"))
                .col(ts("published_at"))
                .foreign_key(&mut fk("impact_reports", "neighbourhood_id", "neighbourhoods", Cascade))
                .foreign_key(&mut fk("impact_reports", "published_by", "users", SetNull))
                .to_owned(),
        )
        .await?;
        m.create_index(idx("impact_reports_latest", "impact_reports", &["neighbourhood_id", "period_to", "id"]))
            .await?;
        m.create_table(
            Table::create()
                .table("pool_resources")
                .col(uuid_pk("id"))
                .col(uuid("neighbourhood_id"))
                .col(uuid_null("owner_id"))
                .col(uuid_null("organisation_id"))
                .col(s("kind"))
                .col(s("title"))
                .col(txt("description"))
                .col(txt("accessibility"))
                .col(txt("availability"))
                .col(boolean("withdrawn"))
                .col(uuid_null("created_by"))
                .col(ts("created_at"))
                .col(ts("updated_at"))
                .foreign_key(&mut fk("pool_resources", "neighbourhood_id", "neighbourhoods", Cascade))
                .foreign_key(&mut fk("pool_resources", "owner_id", "users", Cascade))
                .foreign_key(&mut fk("pool_resources", "organisation_id", "organisations", Cascade))
                .foreign_key(&mut fk("pool_resources", "created_by", "users", SetNull))
                .to_owned(),
        )
        .await?;
        m.create_index(idx("pool_resources_neighbourhood", "pool_resources", &["neighbourhood_id", "withdrawn", "id"]))
            .await?;
        m.create_index(idx("pool_resources_owner", "pool_resources", &["owner_id"])).await?;
        m.create_index(idx("pool_resources_organisation", "pool_resources", &["organisation_id"])).await?;
        m.create_table(
            Table::create()
                .table("pool_bookings")
                .col(uuid_pk("id"))
                .col(uuid("resource_id"))
                .col(uuid_null("requester_id"))
                .col(ts("starts_at"))
                .col(ts("ends_at"))
                .col(s("status"))
                .col(txt("note"))
                .col(uuid_null("decided_by"))
                .col(ts_null("decided_at"))
                .col(ts("created_at"))
                .foreign_key(&mut fk("pool_bookings", "resource_id", "pool_resources", Cascade))
                .foreign_key(&mut fk("pool_bookings", "requester_id", "users", SetNull))
                .foreign_key(&mut fk("pool_bookings", "decided_by", "users", SetNull))
                .to_owned(),
        )
        .await?;
        m.create_index(idx("pool_bookings_calendar", "pool_bookings", &["resource_id", "starts_at", "id"])).await?;
        m.create_index(idx("pool_bookings_status", "pool_bookings", &["resource_id", "status", "starts_at"])).await?;
        m.create_index(idx("pool_bookings_requester", "pool_bookings", &["requester_id"])).await?;
        m.create_index(idx("pool_bookings_decider", "pool_bookings", &["decided_by"])).await?;
        for (name, table, cols) in INDEXES {
            m.create_index(idx(name, table, cols)).await?;
        }
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for (name, table, _) in INDEXES {
            m.drop_index(Index::drop().name(name).table(table).to_owned()).await?;
        }
        for t in ["pool_bookings", "pool_resources", "impact_reports", "impact_notice_counts"] {
            m.drop_table(Table::drop().table(t).to_owned()).await?;
        }
        Ok(())
    }
}

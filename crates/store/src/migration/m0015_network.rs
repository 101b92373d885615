//! The network's business model: partners (with their gains and pains),
//! measures with their yearly cost, funding sources with the measures that
//! depend on them, and the warnings sent before a source ends. Money is
//! integer cents with a currency code.

use super::columns::*;
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

fn cents(name: &'static str) -> ColumnDef {
    ColumnDef::new(name).big_integer().not_null().to_owned()
}

fn cents_null(name: &'static str) -> ColumnDef {
    ColumnDef::new(name).big_integer().null().to_owned()
}

fn day(name: &'static str) -> ColumnDef {
    ColumnDef::new(name).date().not_null().to_owned()
}

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        use ForeignKeyAction::{Cascade, SetNull};
        m.create_table(
            Table::create()
                .table("network_partners")
                .col(uuid_pk("id"))
                .col(uuid("neighbourhood_id"))
                .col(uuid_null("organisation_id"))
                .col(s("name"))
                .col(s("kind"))
                .col(s("contact"))
                .col(txt("role"))
                // Gains and pains: what the partner brings, expects and gets.
                .col(ColumnDef::new("brings_hours").integer().null())
                .col(cents_null("brings_cents"))
                .col(s("brings_currency"))
                .col(txt("brings_rooms"))
                .col(txt("brings_reach"))
                .col(txt("expects"))
                .col(txt("gets"))
                // How much the partner gets out of the network, 0 (nothing) to 4 (very much).
                .col(ColumnDef::new("gets_rating").integer().null())
                .col(ts_null("gains_updated_at"))
                .col(uuid_null("gains_updated_by"))
                .col(ts("created_at"))
                .col(ts("updated_at"))
                .foreign_key(&mut fk("network_partners", "neighbourhood_id", "neighbourhoods", Cascade))
                .foreign_key(&mut fk("network_partners", "organisation_id", "organisations", SetNull))
                .foreign_key(&mut fk("network_partners", "gains_updated_by", "users", SetNull))
                .to_owned(),
        )
        .await?;
        // An organisation is a partner of a network once; its administrators
        // are found along this index.
        m.create_index(
            idx("network_partners_org", "network_partners", &["neighbourhood_id", "organisation_id"])
                .unique()
                .to_owned(),
        )
        .await?;
        m.create_index(idx("network_partners_by_org", "network_partners", &["organisation_id"])).await?;
        m.create_index(idx("network_partners_updated_by", "network_partners", &["gains_updated_by"])).await?;
        m.get_connection()
            .execute_unprepared(
                "CREATE INDEX network_partners_by_name ON network_partners (neighbourhood_id, lower(name), id)",
            )
            .await?;
        m.create_table(
            Table::create()
                .table("network_measures")
                .col(uuid_pk("id"))
                .col(uuid("neighbourhood_id"))
                .col(s("name"))
                .col(txt("description"))
                .col(s("activity"))
                .col(cents("cost_cents"))
                .col(s("currency"))
                .col(ts("created_at"))
                .col(ts("updated_at"))
                .foreign_key(&mut fk("network_measures", "neighbourhood_id", "neighbourhoods", Cascade))
                .to_owned(),
        )
        .await?;
        m.get_connection()
            .execute_unprepared(
                "CREATE INDEX network_measures_by_name ON network_measures (neighbourhood_id, lower(name), id)",
            )
            .await?;
        m.create_table(
            Table::create()
                .table("network_funding")
                .col(uuid_pk("id"))
                .col(uuid("neighbourhood_id"))
                .col(uuid_null("funder_id"))
                .col(s("name"))
                .col(s("kind"))
                .col(cents("amount_cents"))
                .col(s("currency"))
                .col(day("starts_on"))
                .col(day("ends_on"))
                .col(txt("conditions"))
                .col(ts("created_at"))
                .col(ts("updated_at"))
                .foreign_key(&mut fk("network_funding", "neighbourhood_id", "neighbourhoods", Cascade))
                .foreign_key(&mut fk("network_funding", "funder_id", "network_partners", SetNull))
                .to_owned(),
        )
        .await?;
        m.create_index(idx("network_funding_ends", "network_funding", &["neighbourhood_id", "ends_on", "id"])).await?;
        // The worker looks for sources ending soon across the instance.
        m.create_index(idx("network_funding_due", "network_funding", &["ends_on"])).await?;
        m.create_index(idx("network_funding_funder", "network_funding", &["funder_id"])).await?;
        m.create_table(
            Table::create()
                .table("network_funding_measures")
                .col(uuid("funding_id"))
                .col(uuid("measure_id"))
                .primary_key(Index::create().col("funding_id").col("measure_id"))
                .foreign_key(&mut fk("network_funding_measures", "funding_id", "network_funding", Cascade))
                .foreign_key(&mut fk("network_funding_measures", "measure_id", "network_measures", Cascade))
                .to_owned(),
        )
        .await?;
        m.create_index(idx("network_funding_measures_measure", "network_funding_measures", &["measure_id"])).await?;
        m.create_table(
            Table::create()
                .table("network_warnings")
                .col(uuid_pk("id"))
                .col(uuid("funding_id"))
                .col(ColumnDef::new("months").integer().not_null())
                .col(day("ends_on"))
                .col(ts("sent_at"))
                .foreign_key(&mut fk("network_warnings", "funding_id", "network_funding", Cascade))
                .to_owned(),
        )
        .await?;
        // Each warning once per source, threshold and end date, also when
        // two workers look at the same time.
        m.create_index(
            idx("network_warnings_once", "network_warnings", &["funding_id", "months", "ends_on"]).unique().to_owned(),
        )
        .await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for t in
            ["network_warnings", "network_funding_measures", "network_funding", "network_measures", "network_partners"]
        {
            m.drop_table(Table::drop().table(t).to_owned()).await?;
        }
        Ok(())
    }
}

//! The census of a quarter's nonprofits (also those not on the platform),
//! its yearly snapshots, claim codes on printed letters, and digital
//! mentoring: mentors' offers, pairings and their sessions.

use super::columns::*;
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

fn int(name: &'static str) -> ColumnDef {
    ColumnDef::new(name).integer().not_null().to_owned()
}

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        use ForeignKeyAction::{Cascade, SetNull};
        m.create_table(
            Table::create()
                .table("census_entries")
                .col(uuid_pk("id"))
                .col(uuid("neighbourhood_id"))
                .col(s("name"))
                // Lower-case name: the list's sort key.
                .col(s("sort_name"))
                .col(s("kind"))
                .col(s("legal_form"))
                .col(s("size_band"))
                .col(s("age_profile"))
                .col(boolean("under_30"))
                .col(s("budget_band"))
                .col(ColumnDef::new("founded").integer().null())
                .col(s("area"))
                .col(boolean("website"))
                .col(s("website_url"))
                .col(s("social_media"))
                .col(boolean("blog"))
                .col(boolean("umbrella_page"))
                .col(boolean("umbrella_editable"))
                .col(uuid_null("organisation_id"))
                // Derived from the presence in one place (core), for GROUP BY.
                .col(boolean("online"))
                .col(boolean("has_social"))
                .col(boolean("own_presence"))
                .col(ts("created_at"))
                .col(ts("updated_at"))
                .foreign_key(&mut fk("census_entries", "neighbourhood_id", "neighbourhoods", Cascade))
                .foreign_key(&mut fk("census_entries", "organisation_id", "organisations", SetNull))
                .to_owned(),
        )
        .await?;
        m.create_index(idx("census_entries_by_name", "census_entries", &["neighbourhood_id", "sort_name", "id"]))
            .await?;
        m.create_index(idx(
            "census_entries_by_kind",
            "census_entries",
            &["neighbourhood_id", "kind", "sort_name", "id"],
        ))
        .await?;
        m.create_index(idx("census_entries_organisation", "census_entries", &["organisation_id"])).await?;
        m.create_table(
            Table::create()
                .table("census_snapshots")
                .col(uuid_pk("id"))
                .col(uuid("neighbourhood_id"))
                .col(int("year"))
                .col(s("dimension"))
                .col(s("bucket"))
                .col(int("total"))
                .col(int("online"))
                .col(int("website"))
                .col(int("social"))
                .col(int("blog"))
                .col(int("own_presence"))
                .col(ts("taken_at"))
                .foreign_key(&mut fk("census_snapshots", "neighbourhood_id", "neighbourhoods", Cascade))
                .to_owned(),
        )
        .await?;
        m.create_index(
            idx("census_snapshots_line", "census_snapshots", &["neighbourhood_id", "year", "dimension", "bucket"])
                .unique()
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("census_claims")
                .col(uuid_pk("id"))
                .col(uuid("entry_id"))
                .col(uuid("neighbourhood_id"))
                .col(s("code"))
                .col(ts("expires_at"))
                .col(uuid_null("created_by"))
                .col(ts("created_at"))
                .col(uuid_null("used_by"))
                .col(ts_null("used_at"))
                .col(uuid_null("organisation_id"))
                .foreign_key(&mut fk("census_claims", "entry_id", "census_entries", Cascade))
                .foreign_key(&mut fk("census_claims", "neighbourhood_id", "neighbourhoods", Cascade))
                .foreign_key(&mut fk("census_claims", "created_by", "users", SetNull))
                .foreign_key(&mut fk("census_claims", "used_by", "users", SetNull))
                .foreign_key(&mut fk("census_claims", "organisation_id", "organisations", SetNull))
                .to_owned(),
        )
        .await?;
        m.create_index(idx("census_claims_code", "census_claims", &["code"]).unique().to_owned()).await?;
        m.create_index(idx("census_claims_entry", "census_claims", &["entry_id", "id"])).await?;
        m.create_index(idx("census_claims_created_by", "census_claims", &["created_by"])).await?;
        m.create_index(idx("census_claims_used_by", "census_claims", &["used_by"])).await?;
        m.create_table(
            Table::create()
                .table("mentors")
                .col(uuid_pk("id"))
                .col(uuid("neighbourhood_id"))
                .col(uuid("user_id"))
                .col(s("topics"))
                .col(txt("note"))
                .col(boolean("active"))
                .col(ts("created_at"))
                .foreign_key(&mut fk("mentors", "neighbourhood_id", "neighbourhoods", Cascade))
                .foreign_key(&mut fk("mentors", "user_id", "users", Cascade))
                .to_owned(),
        )
        .await?;
        m.create_index(idx("mentors_person", "mentors", &["neighbourhood_id", "user_id"]).unique().to_owned()).await?;
        m.create_index(idx("mentors_list", "mentors", &["neighbourhood_id", "active", "id"])).await?;
        m.create_index(idx("mentors_user", "mentors", &["user_id"])).await?;
        m.create_table(
            Table::create()
                .table("mentorings")
                .col(uuid_pk("id"))
                .col(uuid("neighbourhood_id"))
                .col(uuid_null("asker_id"))
                .col(uuid_null("organisation_id"))
                .col(uuid_null("mentor_id"))
                .col(s("topic"))
                .col(txt("note"))
                .col(s("status"))
                .col(uuid_null("paired_by"))
                .col(ColumnDef::new("helpful").integer().null())
                .col(txt("evaluation"))
                .col(ts("created_at"))
                .col(ts_null("paired_at"))
                .col(ts_null("closed_at"))
                .foreign_key(&mut fk("mentorings", "neighbourhood_id", "neighbourhoods", Cascade))
                .foreign_key(&mut fk("mentorings", "asker_id", "users", SetNull))
                .foreign_key(&mut fk("mentorings", "organisation_id", "organisations", SetNull))
                .foreign_key(&mut fk("mentorings", "mentor_id", "users", SetNull))
                .foreign_key(&mut fk("mentorings", "paired_by", "users", SetNull))
                .to_owned(),
        )
        .await?;
        m.create_index(idx("mentorings_list", "mentorings", &["neighbourhood_id", "status", "id"])).await?;
        m.create_index(idx("mentorings_asker", "mentorings", &["asker_id", "id"])).await?;
        m.create_index(idx("mentorings_mentor", "mentorings", &["mentor_id", "id"])).await?;
        m.create_index(idx("mentorings_paired_by", "mentorings", &["paired_by"])).await?;
        m.create_table(
            Table::create()
                .table("mentoring_sessions")
                .col(uuid_pk("id"))
                .col(uuid("mentoring_id"))
                .col(uuid("neighbourhood_id"))
                .col(ColumnDef::new("held_on").date().not_null())
                .col(s("topic"))
                .col(txt("next_steps"))
                .col(uuid_null("logged_by"))
                .col(ts("created_at"))
                .foreign_key(&mut fk("mentoring_sessions", "mentoring_id", "mentorings", Cascade))
                .foreign_key(&mut fk("mentoring_sessions", "neighbourhood_id", "neighbourhoods", Cascade))
                .foreign_key(&mut fk("mentoring_sessions", "logged_by", "users", SetNull))
                .to_owned(),
        )
        .await?;
        m.create_index(idx("mentoring_sessions_pair", "mentoring_sessions", &["mentoring_id", "held_on", "id"]))
            .await?;
        // Sessions of a quarter in a period, for the impact report.
        m.create_index(idx("mentoring_sessions_period", "mentoring_sessions", &["neighbourhood_id", "held_on"]))
            .await?;
        m.create_index(idx("mentoring_sessions_logged_by", "mentoring_sessions", &["logged_by"])).await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for t in ["mentoring_sessions", "mentorings", "mentors", "census_claims", "census_snapshots", "census_entries"]
        {
            m.drop_table(Table::drop().table(t).to_owned()).await?;
        }
        Ok(())
    }
}

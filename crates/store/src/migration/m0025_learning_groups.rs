//! Peer-learning groups: a learning group's topic and when it meets, its
//! shared list of learning materials, and the record of who learnt what.

use super::columns::*;
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        use ForeignKeyAction::{Cascade, SetNull};
        // Existing groups get empty values: an interest group has neither.
        for col in ["topic", "schedule"] {
            m.alter_table(
                Table::alter()
                    .table("groups")
                    .add_column(ColumnDef::new(col).string().not_null().default(""))
                    .to_owned(),
            )
            .await?;
        }
        m.create_table(
            Table::create()
                .table("learning_materials")
                .col(uuid_pk("id"))
                .col(uuid("group_id"))
                .col(s("title"))
                .col(s("url"))
                .col(txt("note"))
                .col(uuid_null("added_by"))
                .col(ts("created_at"))
                .foreign_key(&mut fk("learning_materials", "group_id", "groups", Cascade))
                .foreign_key(&mut fk("learning_materials", "added_by", "users", SetNull))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("learning_records")
                .col(uuid_pk("id"))
                .col(uuid("group_id"))
                .col(uuid("learner_id"))
                .col(s("what"))
                .col(uuid_null("event_id"))
                .col(uuid_null("recorded_by"))
                .col(ts("created_at"))
                .foreign_key(&mut fk("learning_records", "group_id", "groups", Cascade))
                // What a person learnt is about them: it goes with them.
                .foreign_key(&mut fk("learning_records", "learner_id", "users", Cascade))
                .foreign_key(&mut fk("learning_records", "event_id", "events", SetNull))
                .foreign_key(&mut fk("learning_records", "recorded_by", "users", SetNull))
                .to_owned(),
        )
        .await?;
        create_indexes(m, INDEXES).await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        drop_indexes(m, INDEXES).await?;
        for t in ["learning_records", "learning_materials"] {
            m.drop_table(Table::drop().table(t).to_owned()).await?;
        }
        for col in ["schedule", "topic"] {
            m.alter_table(Table::alter().table("groups").drop_column(col).to_owned()).await?;
        }
        Ok(())
    }
}

/// Lists newest first by (time-ordered) id within a group; the other keys
/// serve the personal-data export and erasure, and deleting an event.
const INDEXES: &[IndexSpec] = &[
    ("learning_materials_group", "learning_materials", &["group_id", "id"]),
    ("learning_materials_added_by", "learning_materials", &["added_by"]),
    ("learning_records_group", "learning_records", &["group_id", "id"]),
    ("learning_records_learner", "learning_records", &["learner_id"]),
    ("learning_records_event", "learning_records", &["event_id"]),
    ("learning_records_recorded_by", "learning_records", &["recorded_by"]),
];

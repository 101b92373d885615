//! The search's inverted index: `search_terms(neighbourhood_id, term,
//! doc_at, doc_id, kind)`, keyed in that order so a prefix of a term in one
//! neighbourhood is a range of the primary key, newest document first
//! within each term; a second index by `(kind, doc_id)` finds a document's
//! terms to replace or remove them. The term column compares by code point
//! on both backends (SQLite's binary collation, PostgreSQL's "C"), so a
//! prefix is the range `prefix <= term < core::search::prefix_upper(prefix)`.
//!
//! Existing content is indexed here, in batches of a thousand documents,
//! with the same tokenizer the store uses on every write.

use super::columns::{idx, s, ts, uuid};
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        let mut term = s("term");
        if m.get_database_backend() == sea_orm::DbBackend::Postgres {
            term.extra("COLLATE \"C\"");
        }
        m.create_table(
            Table::create()
                .table("search_terms")
                .col(uuid("neighbourhood_id"))
                .col(term)
                .col(ts("doc_at"))
                .col(uuid("doc_id"))
                .col(s("kind"))
                .primary_key(
                    Index::create().col("neighbourhood_id").col("term").col("doc_at").col("doc_id").col("kind"),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(idx("search_terms_by_doc", "search_terms", &["kind", "doc_id"])).await?;
        crate::search::backfill(m.get_connection()).await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table("search_terms").to_owned()).await?;
        Ok(())
    }
}

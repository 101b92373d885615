//! One migration set for SQLite and PostgreSQL.

use sea_orm_migration::prelude::*;

mod columns;
mod m0001_foundation;
mod m0002_help;
mod m0003_organisations;
mod m0004_events;
mod m0005_groups;
mod m0006_images;
mod m0007_easy_language;
mod m0008_org_invitations;
mod m0009_waiting_work;
mod m0010_everyday;
mod m0011_bounded_work;
mod m0012_plan_indexes;
mod m0013_coproduction;
mod m0014_directory;
mod m0015_network;
mod m0016_impact;
mod m0017_coproduction_checking;
mod m0018_org_site;
mod m0019_census;
mod m0020_search;
mod m0021_org_site_contact;
mod m0022_network_canvas;
mod m0023_secret_votes;
mod m0024_umbrellas_domains;
mod m0025_learning_groups;
mod m0026_census_stages;
mod m0027_content_version;
mod m0028_events_by_creation;

pub struct Migrator;

#[sea_orm_migration::async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Atomic::boxed(m0001_foundation::Migration),
            Atomic::boxed(m0002_help::Migration),
            Atomic::boxed(m0003_organisations::Migration),
            Atomic::boxed(m0004_events::Migration),
            Atomic::boxed(m0005_groups::Migration),
            Atomic::boxed(m0006_images::Migration),
            Atomic::boxed(m0007_easy_language::Migration),
            Atomic::boxed(m0008_org_invitations::Migration),
            Atomic::boxed(m0009_waiting_work::Migration),
            Atomic::boxed(m0010_everyday::Migration),
            Atomic::boxed(m0011_bounded_work::Migration),
            Atomic::boxed(m0012_plan_indexes::Migration),
            Atomic::boxed(m0013_coproduction::Migration),
            Atomic::boxed(m0014_directory::Migration),
            Atomic::boxed(m0015_network::Migration),
            Atomic::boxed(m0016_impact::Migration),
            Atomic::boxed(m0017_coproduction_checking::Migration),
            Atomic::boxed(m0018_org_site::Migration),
            Atomic::boxed(m0019_census::Migration),
            Atomic::boxed(m0020_search::Migration),
            Atomic::boxed(m0021_org_site_contact::Migration),
            Atomic::boxed(m0022_network_canvas::Migration),
            Atomic::boxed(m0023_secret_votes::Migration),
            Atomic::boxed(m0024_umbrellas_domains::Migration),
            Atomic::boxed(m0025_learning_groups::Migration),
            Atomic::boxed(m0026_census_stages::Migration),
            Atomic::boxed(m0027_content_version::Migration),
            Atomic::boxed(m0028_events_by_creation::Migration),
        ]
    }
}

/// Runs a migration and its entry in `seaql_migrations` in one transaction,
/// on SQLite too. sea-orm-migration does that only on PostgreSQL by default;
/// on SQLite a process killed halfway through a migration (an upgrade cut
/// short by a restart, the OOM killer, a power cut) left the tables it had
/// created without the record, and every later start failed with "table …
/// already exists". SQLite's DDL is transactional, so now the migration is
/// either all there or not at all and simply runs again.
struct Atomic<M>(M);

impl<M: MigrationTrait + 'static> Atomic<M> {
    fn boxed(m: M) -> Box<dyn MigrationTrait> {
        Box::new(Atomic(m))
    }
}

impl<M: MigrationName> MigrationName for Atomic<M> {
    fn name(&self) -> &str {
        self.0.name()
    }
}

#[sea_orm_migration::async_trait::async_trait]
impl<M: MigrationTrait> MigrationTrait for Atomic<M> {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        self.0.up(manager).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        self.0.down(manager).await
    }

    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;
    use crate::Store;

    /// Creates a table, then fails: what a kill halfway through looks like.
    #[derive(DeriveMigrationName)]
    struct CreatesThenFails;

    #[sea_orm_migration::async_trait::async_trait]
    impl MigrationTrait for CreatesThenFails {
        async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
            m.create_table(Table::create().table("half_done").col(ColumnDef::new("id").integer()).to_owned()).await?;
            Err(DbErr::Migration("cut short".into()))
        }
    }

    struct Failing;

    #[sea_orm_migration::async_trait::async_trait]
    impl MigratorTrait for Failing {
        fn migrations() -> Vec<Box<dyn MigrationTrait>> {
            vec![Atomic::boxed(CreatesThenFails)]
        }
    }

    #[tokio::test]
    async fn a_migration_cut_short_leaves_nothing_behind() {
        let dir = tempfile::tempdir().unwrap();
        let db = crate::testing::fresh_database(dir.path()).await.unwrap();
        let store = Store::connect(db.url()).await.unwrap();
        assert!(Failing::up(store.db(), None).await.is_err());
        assert!(!store.table_names().await.unwrap().contains(&"half_done".to_string()));
        assert!(Failing::get_applied_migrations(store.db()).await.unwrap().is_empty());
        // The real migrations all run this way.
        assert!(Migrator::migrations().iter().all(|m| m.use_transaction() == Some(true)));
        store.close().await.unwrap();
    }
}

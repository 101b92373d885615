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

pub struct Migrator;

#[sea_orm_migration::async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m0001_foundation::Migration),
            Box::new(m0002_help::Migration),
            Box::new(m0003_organisations::Migration),
            Box::new(m0004_events::Migration),
            Box::new(m0005_groups::Migration),
            Box::new(m0006_images::Migration),
            Box::new(m0007_easy_language::Migration),
            Box::new(m0008_org_invitations::Migration),
        ]
    }
}

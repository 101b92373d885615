//! One migration set for SQLite and PostgreSQL.

use sea_orm_migration::prelude::*;

mod m0001_foundation;

pub struct Migrator;

#[sea_orm_migration::async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![Box::new(m0001_foundation::Migration)]
    }
}

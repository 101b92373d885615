//! Column and key shorthands shared by the migrations. They only build
//! statements; each migration still says exactly what it creates.

use sea_orm_migration::prelude::*;

pub fn uuid_pk(name: &'static str) -> ColumnDef {
    ColumnDef::new(name).uuid().not_null().primary_key().to_owned()
}
pub fn str_pk(name: &'static str) -> ColumnDef {
    ColumnDef::new(name).string().not_null().primary_key().to_owned()
}
pub fn uuid(name: &'static str) -> ColumnDef {
    ColumnDef::new(name).uuid().not_null().to_owned()
}
pub fn uuid_null(name: &'static str) -> ColumnDef {
    ColumnDef::new(name).uuid().null().to_owned()
}
pub fn ts(name: &'static str) -> ColumnDef {
    ColumnDef::new(name).timestamp_with_time_zone().not_null().to_owned()
}
pub fn ts_null(name: &'static str) -> ColumnDef {
    ColumnDef::new(name).timestamp_with_time_zone().null().to_owned()
}
pub fn s(name: &'static str) -> ColumnDef {
    ColumnDef::new(name).string().not_null().to_owned()
}
pub fn s_null(name: &'static str) -> ColumnDef {
    ColumnDef::new(name).string().null().to_owned()
}
pub fn txt(name: &'static str) -> ColumnDef {
    ColumnDef::new(name).text().not_null().to_owned()
}
pub fn boolean(name: &'static str) -> ColumnDef {
    ColumnDef::new(name).boolean().not_null().to_owned()
}
pub fn fk(
    table: &'static str,
    col: &'static str,
    to: &'static str,
    on_delete: ForeignKeyAction,
) -> ForeignKeyCreateStatement {
    ForeignKey::create().from(table, col).to(to, "id").on_delete(on_delete).to_owned()
}
pub fn idx(name: &'static str, table: &'static str, cols: &[&'static str]) -> IndexCreateStatement {
    let mut i = Index::create().name(name).table(table).to_owned();
    for c in cols {
        i.col(*c);
    }
    i
}

/// An index to add: its name, its table and its columns.
pub type IndexSpec = (&'static str, &'static str, &'static [&'static str]);

/// Create every index of a migration that only adds indexes.
pub async fn create_indexes(m: &SchemaManager<'_>, specs: &[IndexSpec]) -> Result<(), DbErr> {
    for (name, table, cols) in specs {
        m.create_index(idx(name, table, cols)).await?;
    }
    Ok(())
}

/// Drop them again, for the migration's `down`.
pub async fn drop_indexes(m: &SchemaManager<'_>, specs: &[IndexSpec]) -> Result<(), DbErr> {
    for (name, table, _) in specs {
        m.drop_index(Index::drop().name(*name).table(*table).to_owned()).await?;
    }
    Ok(())
}

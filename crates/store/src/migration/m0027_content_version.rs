//! A version per neighbourhood that every write to what its start page
//! shows bumps, so that app servers can keep the page's shared blocks in
//! memory and still never show them stale: the version comes with the
//! neighbourhood row each request reads anyway.
//!
//! The bump is a trigger in the database, not a call in each store
//! function: a write from any path (a page, the command line, an import, a
//! second server, a cascade) is counted, and a new store function cannot
//! forget it. On PostgreSQL inserts and deletes bump once per statement
//! (transition tables), so a bulk load does not update the neighbourhood
//! once per row; SQLite only has row triggers.

use sea_orm::DbBackend;
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// How a row of a watched table names the neighbourhoods it concerns.
#[derive(Clone, Copy)]
enum Via {
    /// A column holding the neighbourhood's id.
    Nb(&'static str),
    /// A column holding an organisation's id: every neighbourhood it is linked to.
    Org(&'static str),
    /// A column holding a person's id: every neighbourhood they belong to.
    Member(&'static str),
}

/// A table whose writes change a start page.
struct Watched {
    table: &'static str,
    via: &'static [Via],
    insert_delete: bool,
    /// Updates count only when one of these columns changes (`None`: any update).
    update_of: Option<&'static [&'static str]>,
}

const WATCHED: &[Watched] = &[
    // Member count and newest members; a start-page visit (`last_seen_at`)
    // is not a change.
    Watched {
        table: "memberships",
        via: &[Via::Nb("neighbourhood_id")],
        insert_delete: true,
        update_of: Some(&["status", "role", "verified_at", "created_at"]),
    },
    // Names of the newest members.
    Watched {
        table: "users",
        via: &[Via::Member("id")],
        insert_delete: false,
        update_of: Some(&["display_name", "deleted_at"]),
    },
    Watched { table: "help_entries", via: &[Via::Nb("neighbourhood_id")], insert_delete: true, update_of: None },
    Watched {
        table: "events",
        via: &[Via::Nb("neighbourhood_id"), Via::Org("organisation_id")],
        insert_delete: true,
        update_of: None,
    },
    Watched { table: "news_posts", via: &[Via::Org("organisation_id")], insert_delete: true, update_of: None },
    Watched { table: "organisations", via: &[Via::Org("id")], insert_delete: true, update_of: None },
    Watched {
        table: "organisation_neighbourhoods",
        via: &[Via::Nb("neighbourhood_id")],
        insert_delete: true,
        update_of: None,
    },
    Watched { table: "impact_reports", via: &[Via::Nb("neighbourhood_id")], insert_delete: true, update_of: None },
    Watched { table: "network_canvases", via: &[Via::Nb("neighbourhood_id")], insert_delete: true, update_of: None },
    Watched { table: "projects", via: &[Via::Nb("neighbourhood_id")], insert_delete: true, update_of: None },
];

const BUMP: &str = "UPDATE neighbourhoods SET content_version = content_version + 1 WHERE";

/// The neighbourhoods of one row (`r` is `NEW` or `OLD`).
fn of_row(via: &[Via], r: &str) -> Vec<String> {
    via.iter()
        .map(|v| match v {
            Via::Nb(c) => format!("id = {r}.{c}"),
            Via::Org(c) => {
                format!(
                    "id IN (SELECT neighbourhood_id FROM organisation_neighbourhoods WHERE organisation_id = {r}.{c})"
                )
            }
            Via::Member(c) => format!("id IN (SELECT neighbourhood_id FROM memberships WHERE user_id = {r}.{c})"),
        })
        .collect()
}

/// The neighbourhoods of every row of a transition table `t`.
fn of_rows(via: &[Via], t: &str) -> Vec<String> {
    via.iter()
        .map(|v| match v {
            Via::Nb(c) => format!("id IN (SELECT {c} FROM {t})"),
            Via::Org(c) => format!(
                "id IN (SELECT l.neighbourhood_id FROM organisation_neighbourhoods l JOIN {t} r ON l.organisation_id = r.{c})"
            ),
            Via::Member(c) => {
                format!("id IN (SELECT m.neighbourhood_id FROM memberships m JOIN {t} r ON m.user_id = r.{c})")
            }
        })
        .collect()
}

fn changed(cols: &[&str], distinct: &str) -> String {
    cols.iter().map(|c| format!("OLD.{c} {distinct} NEW.{c}")).collect::<Vec<_>>().join(" OR ")
}

fn sqlite(w: &Watched) -> Vec<String> {
    let t = w.table;
    let trigger = |op: &str, when: String, rows: Vec<String>| {
        format!(
            "CREATE TRIGGER nbv_{t}_{} AFTER {op} ON {t} FOR EACH ROW {when} BEGIN {BUMP} {}; END",
            op.to_lowercase(),
            rows.join(" OR ")
        )
    };
    let mut out = Vec::new();
    if w.insert_delete {
        out.push(trigger("INSERT", String::new(), of_row(w.via, "NEW")));
        out.push(trigger("DELETE", String::new(), of_row(w.via, "OLD")));
    }
    let when = w.update_of.map(|cols| format!("WHEN {}", changed(cols, "IS NOT"))).unwrap_or_default();
    let mut rows = of_row(w.via, "OLD");
    rows.extend(of_row(w.via, "NEW"));
    out.push(trigger("UPDATE", when, rows));
    out
}

fn postgres(w: &Watched) -> Vec<String> {
    let t = w.table;
    let function = |name: &str, rows: Vec<String>| {
        format!(
            "CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN {BUMP} {}; RETURN NULL; END $$",
            rows.join(" OR ")
        )
    };
    let mut out = Vec::new();
    if w.insert_delete {
        for (op, table) in [("INSERT", "NEW"), ("DELETE", "OLD")] {
            let name = format!("nbv_{t}_{}", op.to_lowercase());
            let rows_name = format!("{}_rows", table.to_lowercase());
            out.push(function(&name, of_rows(w.via, &rows_name)));
            out.push(format!(
                "CREATE TRIGGER {name} AFTER {op} ON {t} REFERENCING {table} TABLE AS {rows_name} \
                 FOR EACH STATEMENT EXECUTE FUNCTION {name}()"
            ));
        }
    }
    let name = format!("nbv_{t}_update");
    match w.update_of {
        // A column list rules out transition tables: one row at a time,
        // and only when a column that shows changed.
        Some(cols) => {
            let mut rows = of_row(w.via, "OLD");
            rows.extend(of_row(w.via, "NEW"));
            out.push(function(&name, rows));
            out.push(format!(
                "CREATE TRIGGER {name} AFTER UPDATE ON {t} FOR EACH ROW WHEN ({}) EXECUTE FUNCTION {name}()",
                changed(cols, "IS DISTINCT FROM")
            ));
        }
        None => {
            let mut rows = of_rows(w.via, "old_rows");
            rows.extend(of_rows(w.via, "new_rows"));
            out.push(function(&name, rows));
            out.push(format!(
                "CREATE TRIGGER {name} AFTER UPDATE ON {t} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows \
                 FOR EACH STATEMENT EXECUTE FUNCTION {name}()"
            ));
        }
    }
    out
}

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table("neighbourhoods")
                .add_column(ColumnDef::new("content_version").big_integer().not_null().default(0))
                .to_owned(),
        )
        .await?;
        let db = m.get_connection();
        for w in WATCHED {
            let statements = match m.get_database_backend() {
                DbBackend::Postgres => postgres(w),
                _ => sqlite(w),
            };
            for s in statements {
                db.execute_unprepared(&s).await?;
            }
        }
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        let db = m.get_connection();
        let pg = m.get_database_backend() == DbBackend::Postgres;
        for w in WATCHED {
            for op in ["insert", "delete", "update"] {
                let name = format!("nbv_{}_{op}", w.table);
                if pg {
                    db.execute_unprepared(&format!("DROP TRIGGER IF EXISTS {name} ON {}", w.table)).await?;
                    db.execute_unprepared(&format!("DROP FUNCTION IF EXISTS {name}()")).await?;
                } else {
                    db.execute_unprepared(&format!("DROP TRIGGER IF EXISTS {name}")).await?;
                }
            }
        }
        m.alter_table(Table::alter().table("neighbourhoods").drop_column("content_version").to_owned()).await?;
        Ok(())
    }
}

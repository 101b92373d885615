//! Paging by key. A page starts right after (or, going back, right before)
//! a row of the page next to it, named by that row's id: the database finds
//! the row by its primary key and reads on along an index from its sort
//! key, so the five-hundredth page costs what the first costs. (OFFSET reads
//! and throws away every row before the page.)

use crate::Result;
use sea_orm::sea_query::{Expr, Order};
use sea_orm::{DatabaseConnection, DbBackend, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Select, Value};
use uuid::Uuid;

/// Where a page starts. From the query string: `after=<id>` (the next page,
/// after the last row shown) or `before=<id>` (the page before, ending just
/// before the first row shown); anything else is the first page.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Cursor {
    #[default]
    First,
    After(Uuid),
    Before(Uuid),
}

impl Cursor {
    /// Read a cursor from the `after` and `before` parameters; an id that
    /// does not parse is the first page (a stale or mangled link still
    /// shows something sensible).
    pub fn from_query(after: &str, before: &str) -> Cursor {
        if let Ok(id) = Uuid::parse_str(after.trim()) {
            Cursor::After(id)
        } else if let Ok(id) = Uuid::parse_str(before.trim()) {
            Cursor::Before(id)
        } else {
            Cursor::First
        }
    }
}

/// One page of a list and the rows that start its neighbours.
#[derive(Debug, Clone)]
pub struct Page<T> {
    pub items: Vec<T>,
    /// `after=` this id for the next page, if there is one.
    pub next: Option<Uuid>,
    /// `before=` this id for the page before, if there is one.
    pub prev: Option<Uuid>,
}

impl<T> Page<T> {
    pub fn map<U>(self, f: impl FnMut(T) -> U) -> Page<U> {
        Page { items: self.items.into_iter().map(f).collect(), next: self.next, prev: self.prev }
    }
}

/// How a list is sorted: SQL for its sort key (a row value ending in the
/// id, e.g. `"t"."last_at", "t"."id"`), the same key read from the table by
/// id for the cursor (`SELECT last_at, id FROM t WHERE id = ?`), and the
/// direction (every part of the key runs the same way). A key of the id
/// alone leaves `cursor_row` empty.
pub(crate) struct Keyset {
    pub key: &'static [&'static str],
    pub cursor_row: &'static str,
    pub descending: bool,
}

impl Keyset {
    /// One page of `q` sorted by this key, starting at `cursor`. `id` reads
    /// a row's id.
    pub(crate) async fn page<E: EntityTrait>(
        &self,
        db: &DatabaseConnection,
        q: Select<E>,
        cursor: Cursor,
        size: u64,
        id: impl Fn(&E::Model) -> Uuid,
    ) -> Result<Page<E::Model>> {
        let key = self.key.join(", ");
        // Going back reads the rows before the cursor in reverse order.
        let backwards = matches!(cursor, Cursor::Before(_));
        let mut q = match cursor {
            Cursor::First => q,
            Cursor::After(c) | Cursor::Before(c) => {
                let later = self.descending != backwards;
                let op = if later { "<" } else { ">" };
                // sea-query numbers PostgreSQL's placeholders only.
                let ph = if db.get_database_backend() == DbBackend::Postgres { "$1" } else { "?" };
                // A key of the id alone needs no lookup of the cursor's row.
                let start =
                    if self.cursor_row.is_empty() { ph.to_string() } else { format!("({} {ph})", self.cursor_row) };
                q.filter(Expr::cust_with_values(format!("({key}) {op} {start}"), [Value::from(c)]))
            }
        };
        let order = if self.descending != backwards { Order::Desc } else { Order::Asc };
        for k in self.key {
            q = q.order_by(Expr::cust(*k), order.clone());
        }
        let mut rows = q.limit(size + 1).all(db).await?;
        let more = rows.len() as u64 > size;
        rows.truncate(size as usize);
        if backwards {
            rows.reverse();
        }
        let first = rows.first().map(&id);
        let last = rows.last().map(&id);
        let (next, prev) = match cursor {
            Cursor::First => (last.filter(|_| more), None),
            Cursor::After(_) => (last.filter(|_| more), first),
            Cursor::Before(_) => (last, first.filter(|_| more)),
        };
        Ok(Page { items: rows, next, prev })
    }
}

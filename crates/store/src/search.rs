//! The search's inverted index (`search_terms`) and its one query.
//!
//! Every write of a document that can be found (help entries, events,
//! groups, organisations, their news) replaces its terms in the same
//! transaction ([`Store::index_document`]); hiding, withdrawing or erasing
//! it removes them. An organisation's documents (its profile, news and
//! events) are indexed in every neighbourhood it belongs to, so a search
//! reads one neighbourhood's terms only. Who may see a found document is
//! not the index's business: the web layer asks each kind's own rule.

use crate::entity::{event, group, help_entry, news_post, organisation, organisation_neighbourhood, search_term};
use crate::{Result, Store};
use chrono::{DateTime, Utc};
use quartier_core::help::Status;
use quartier_core::search::{DocKind, document_terms, prefix_upper};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbBackend, DbErr, EntityTrait, QueryFilter, QuerySelect, Statement, TransactionTrait,
    Value,
};
use std::collections::HashMap;
use uuid::Uuid;

/// A document found: what kind, which, and its time (the sort key).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub kind: DocKind,
    pub id: Uuid,
    pub at: DateTime<Utc>,
}

/// Where a page of results starts: right after this (time, id) in the
/// order newest first. Written into links as `<unix seconds>_<id>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SearchKey {
    pub at: DateTime<Utc>,
    pub id: Uuid,
}

impl SearchKey {
    pub fn of(h: &Hit) -> Self {
        SearchKey { at: h.at, id: h.id }
    }

    /// From a link; anything that does not parse is the first page.
    pub fn parse(raw: &str) -> Option<Self> {
        let (secs, id) = raw.trim().split_once('_')?;
        let at = DateTime::from_timestamp(secs.parse().ok()?, 0)?;
        Some(SearchKey { at, id: Uuid::parse_str(id).ok()? })
    }
}

impl std::fmt::Display for SearchKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}_{}", self.at.timestamp(), self.id)
    }
}

/// The index rows of one document.
fn rows_of(kind: DocKind, id: Uuid, at: DateTime<Utc>, nbs: &[Uuid], parts: &[&str]) -> Vec<search_term::Model> {
    let terms = document_terms(parts);
    let mut out = Vec::with_capacity(terms.len() * nbs.len());
    for n in nbs {
        for t in &terms {
            out.push(search_term::Model {
                neighbourhood_id: *n,
                term: t.clone(),
                doc_at: at,
                doc_id: id,
                kind: kind.tag().to_string(),
            });
        }
    }
    out
}

/// Insert index rows in as few statements as the databases allow.
async fn put_rows(c: &impl ConnectionTrait, rows: Vec<search_term::Model>) -> Result<(), DbErr> {
    // Five values a row; SQLite takes 32,766 values per statement.
    const PER: usize = 6000;
    let mut it = rows.into_iter().map(search_term::ActiveModel::from).peekable();
    while it.peek().is_some() {
        let chunk: Vec<_> = it.by_ref().take(PER).collect();
        search_term::Entity::insert_many(chunk).exec_without_returning(c).await?;
    }
    Ok(())
}

/// The texts a kind of document is found by.
fn entry_parts(e: &help_entry::Model) -> [&str; 2] {
    [&e.title, &e.body]
}
fn event_parts(e: &event::Model) -> [&str; 3] {
    [&e.title, &e.description, &e.venue]
}
fn group_parts(g: &group::Model) -> [&str; 2] {
    [&g.name, &g.description]
}
fn news_parts(p: &news_post::Model) -> [&str; 2] {
    [&p.title, &p.body]
}
fn org_parts(o: &organisation::Model) -> [&str; 2] {
    [&o.name, &o.description]
}

/// Whether a help entry can be found: not hidden, not withdrawn.
fn entry_findable(e: &help_entry::Model) -> bool {
    e.hidden_reason.is_none() && e.status != Status::Withdrawn.tag()
}

/// The neighbourhoods of some organisations (any link, confirmed or not).
pub(crate) async fn neighbourhoods_of_orgs(
    c: &impl ConnectionTrait,
    orgs: &[Uuid],
) -> Result<HashMap<Uuid, Vec<Uuid>>, DbErr> {
    let mut out: HashMap<Uuid, Vec<Uuid>> = HashMap::new();
    if orgs.is_empty() {
        return Ok(out);
    }
    let links = organisation_neighbourhood::Entity::find()
        .filter(organisation_neighbourhood::Column::OrganisationId.is_in(orgs.to_vec()))
        .all(c)
        .await?;
    for l in links {
        out.entry(l.organisation_id).or_default().push(l.neighbourhood_id);
    }
    Ok(out)
}

/// Where an event is found: its neighbourhood, or its organisation's.
fn event_neighbourhoods(e: &event::Model, org_nbs: &HashMap<Uuid, Vec<Uuid>>) -> Vec<Uuid> {
    match e.organisation_id {
        Some(o) => org_nbs.get(&o).cloned().unwrap_or_default(),
        None => e.neighbourhood_id.into_iter().collect(),
    }
}

/// How many terms a word of a query may stand for to be looked up term by
/// term (see [`Store::search`]).
const TERMS_PER_WORD: usize = 32;

/// `col` within the range of terms `word` is a prefix of.
fn range(q: &mut Sql, col: &str, word: &str) -> String {
    let mut r = format!("{col} >= {}", q.bind(word));
    if let Some(upper) = prefix_upper(word) {
        r.push_str(&format!(" AND {col} < {}", q.bind(upper)));
    }
    r
}

/// A statement with its placeholders numbered for the backend.
struct Sql {
    text: String,
    values: Vec<Value>,
    postgres: bool,
}

impl Sql {
    fn new(backend: DbBackend) -> Self {
        Sql { text: String::new(), values: Vec::new(), postgres: backend == DbBackend::Postgres }
    }

    /// Each of `values` bound, as a list for `IN (…)`.
    fn bind_list(&mut self, values: &[String]) -> String {
        values.iter().map(|v| self.bind(v.as_str())).collect::<Vec<_>>().join(", ")
    }

    /// ` AND` the documents after `k`, newest first (columns of the table
    /// named by the prefix `t`, e.g. `"a."`).
    fn after_key(&mut self, t: &str, k: SearchKey) -> String {
        let (at, at_again, id) = (self.bind(k.at), self.bind(k.at), self.bind(k.id));
        format!(" AND ({t}doc_at < {at} OR ({t}doc_at = {at_again} AND {t}doc_id < {id}))")
    }

    fn bind(&mut self, v: impl Into<Value>) -> String {
        self.values.push(v.into());
        if self.postgres { format!("${}", self.values.len()) } else { "?".into() }
    }
}

impl Store {
    /// Replace the terms of one document with those of `parts`, in each
    /// of `neighbourhoods` (none: the document is only removed). Call it
    /// with the transaction that writes the document.
    #[allow(clippy::too_many_arguments)]
    pub async fn index_document(
        &self,
        c: &impl ConnectionTrait,
        kind: DocKind,
        id: Uuid,
        at: DateTime<Utc>,
        neighbourhoods: &[Uuid],
        parts: &[&str],
    ) -> Result<()> {
        self.unindex(c, kind, &[id]).await?;
        put_rows(c, rows_of(kind, id, at, neighbourhoods, parts)).await?;
        Ok(())
    }

    /// Remove documents from the index.
    pub async fn unindex(&self, c: &impl ConnectionTrait, kind: DocKind, ids: &[Uuid]) -> Result<()> {
        if ids.is_empty() {
            return Ok(());
        }
        search_term::Entity::delete_many()
            .filter(search_term::Column::Kind.eq(kind.tag()))
            .filter(search_term::Column::DocId.is_in(ids.to_vec()))
            .exec(c)
            .await?;
        Ok(())
    }

    pub(crate) async fn index_entry(&self, c: &impl ConnectionTrait, e: &help_entry::Model) -> Result<()> {
        let nbs = if entry_findable(e) { vec![e.neighbourhood_id] } else { vec![] };
        self.index_document(c, DocKind::Help, e.id, e.created_at, &nbs, &entry_parts(e)).await
    }

    pub(crate) async fn index_event(&self, c: &impl ConnectionTrait, e: &event::Model) -> Result<()> {
        let org_nbs = neighbourhoods_of_orgs(c, &e.organisation_id.into_iter().collect::<Vec<_>>()).await?;
        let nbs = if e.hidden_reason.is_none() { event_neighbourhoods(e, &org_nbs) } else { vec![] };
        self.index_document(c, DocKind::Event, e.id, e.starts_at, &nbs, &event_parts(e)).await
    }

    pub(crate) async fn index_group(&self, c: &impl ConnectionTrait, g: &group::Model) -> Result<()> {
        let nbs = if g.hidden_reason.is_none() { vec![g.neighbourhood_id] } else { vec![] };
        self.index_document(c, DocKind::Group, g.id, g.created_at, &nbs, &group_parts(g)).await
    }

    pub(crate) async fn index_news(&self, c: &impl ConnectionTrait, p: &news_post::Model) -> Result<()> {
        let nbs = if p.hidden_reason.is_none() {
            neighbourhoods_of_orgs(c, &[p.organisation_id]).await?.remove(&p.organisation_id).unwrap_or_default()
        } else {
            vec![]
        };
        self.index_document(c, DocKind::News, p.id, p.created_at, &nbs, &news_parts(p)).await
    }

    /// An organisation and everything it published, in every neighbourhood
    /// it belongs to: after it was created, changed, or linked to a
    /// further neighbourhood.
    pub(crate) async fn index_organisation(&self, c: &impl ConnectionTrait, org: Uuid) -> Result<()> {
        let Some(o) = organisation::Entity::find_by_id(org).one(c).await? else {
            return Ok(());
        };
        let nbs = neighbourhoods_of_orgs(c, &[org]).await?.remove(&org).unwrap_or_default();
        self.index_document(c, DocKind::Organisation, o.id, o.created_at, &nbs, &org_parts(&o)).await?;
        let news = news_post::Entity::find().filter(news_post::Column::OrganisationId.eq(org)).all(c).await?;
        let events = event::Entity::find().filter(event::Column::OrganisationId.eq(org)).all(c).await?;
        self.unindex(c, DocKind::News, &news.iter().map(|p| p.id).collect::<Vec<_>>()).await?;
        self.unindex(c, DocKind::Event, &events.iter().map(|e| e.id).collect::<Vec<_>>()).await?;
        let mut rows = Vec::new();
        for p in news.iter().filter(|p| p.hidden_reason.is_none()) {
            rows.extend(rows_of(DocKind::News, p.id, p.created_at, &nbs, &news_parts(p)));
        }
        for e in events.iter().filter(|e| e.hidden_reason.is_none()) {
            rows.extend(rows_of(DocKind::Event, e.id, e.starts_at, &nbs, &event_parts(e)));
        }
        put_rows(c, rows).await?;
        Ok(())
    }

    /// The documents of neighbourhood `n` that match every word of a query
    /// (each word a prefix of one of their terms), newest first, starting
    /// after `after`, at most `window` of them. Words are bound as values,
    /// never spliced in.
    ///
    /// One word: one statement that reads the word's range of the primary
    /// key. Several: first the terms each word stands for (one statement,
    /// a seek per term), then one word's postings are walked newest first
    /// and each document is looked up under the other words' terms by key.
    /// The walk starts from the word with the fewest terms; with a single
    /// term it follows the key's order and stops after `window` hits, so
    /// two frequent words that often go together cost a handful of seeks,
    /// not a grouping of every posting of both.
    pub async fn search(&self, n: Uuid, words: &[String], after: Option<SearchKey>, window: u64) -> Result<Vec<Hit>> {
        if words.is_empty() {
            return Ok(Vec::new());
        }
        let terms = if words.len() > 1 { self.terms_of(n, words).await? } else { vec![None; words.len()] };
        if terms.iter().any(|t| t.as_ref().is_some_and(Vec::is_empty)) {
            return Ok(Vec::new());
        }
        let over: Vec<usize> = (0..words.len()).filter(|&i| terms[i].is_none()).collect();
        let mut q = Sql::new(self.db_backend());
        if words.len() == 1 || over.len() > 1 {
            self.search_grouped(&mut q, n, words, after, window);
        } else {
            // The word to walk: one read as a range if there is one, else the
            // one with the fewest terms (then the longest).
            let driver = over.first().copied().unwrap_or_else(|| {
                (0..words.len())
                    .min_by_key(|&i| {
                        (terms[i].as_ref().map_or(usize::MAX, Vec::len), std::cmp::Reverse(words[i].chars().count()))
                    })
                    .unwrap_or(0)
            });
            let nb = q.bind(n);
            let (cond, single) = match &terms[driver] {
                Some(t) if t.len() == 1 => (format!("a.term = {}", q.bind(t[0].as_str())), true),
                Some(t) => (format!("a.term IN ({})", q.bind_list(t)), false),
                None => (range(&mut q, "a.term", &words[driver]), false),
            };
            let mut text = format!(
                "SELECT a.kind, a.doc_id, a.doc_at FROM search_terms a WHERE a.neighbourhood_id = {nb} AND {cond}"
            );
            if let Some(k) = after {
                text.push_str(&q.after_key("a.", k));
            }
            for (i, t) in terms.iter().enumerate() {
                let Some(t) = t.as_ref().filter(|_| i != driver) else { continue };
                let nb = q.bind(n);
                let list = q.bind_list(t);
                text.push_str(&format!(
                    " AND EXISTS (SELECT 1 FROM search_terms b WHERE b.neighbourhood_id = {nb} AND b.term IN ({list}) \
                     AND b.doc_at = a.doc_at AND b.doc_id = a.doc_id AND b.kind = a.kind)"
                ));
            }
            // Under one term a document appears once; under several it may
            // appear under each.
            if !single {
                text.push_str(" GROUP BY a.doc_at, a.doc_id, a.kind");
            }
            text.push_str(&format!(" ORDER BY a.doc_at DESC, a.doc_id DESC LIMIT {window}"));
            q.text = text;
        }
        let rows = self.db().query_all_raw(Statement::from_sql_and_values(self.db_backend(), q.text, q.values)).await?;
        let mut out = Vec::with_capacity(rows.len());
        for r in rows {
            let kind: String = r.try_get("", "kind")?;
            let Some(kind) = DocKind::from_tag(&kind) else { continue };
            out.push(Hit { kind, id: r.try_get("", "doc_id")?, at: r.try_get("", "doc_at")? });
        }
        Ok(out)
    }

    /// The terms of `n` each word is a prefix of, in one statement (a seek
    /// per term); `None` for a word that stands for more than
    /// [`TERMS_PER_WORD`] terms (a short prefix), which is read as a range.
    async fn terms_of(&self, n: Uuid, words: &[String]) -> Result<Vec<Option<Vec<String>>>> {
        let mut q = Sql::new(self.db_backend());
        let mut ctes = Vec::new();
        let mut selects = Vec::new();
        for (i, w) in words.iter().enumerate() {
            let upper = |q: &mut Sql| prefix_upper(w).map(|u| format!(" AND term < {}", q.bind(u))).unwrap_or_default();
            let (nb, lo, hi) = (q.bind(n), q.bind(w.as_str()), upper(&mut q));
            let first =
                format!("SELECT MIN(term) FROM search_terms WHERE neighbourhood_id = {nb} AND term >= {lo}{hi}");
            let (nb, hi) = (q.bind(n), upper(&mut q));
            let next =
                format!("SELECT MIN(term) FROM search_terms WHERE neighbourhood_id = {nb} AND term > w{i}.term{hi}");
            ctes.push(format!(
                "w{i}(term, k) AS (SELECT ({first}), 0 UNION ALL SELECT ({next}), k + 1 FROM w{i} \
                 WHERE w{i}.term IS NOT NULL AND k < {TERMS_PER_WORD})"
            ));
            selects.push(format!("SELECT {i} AS w, term FROM w{i} WHERE term IS NOT NULL"));
        }
        q.text = format!("WITH RECURSIVE {} {}", ctes.join(", "), selects.join(" UNION ALL "));
        let rows = self.db().query_all_raw(Statement::from_sql_and_values(self.db_backend(), q.text, q.values)).await?;
        let mut out = vec![Some(Vec::new()); words.len()];
        for r in rows {
            let w: i32 = r.try_get("", "w")?;
            let term: String = r.try_get("", "term")?;
            if let Some(Some(t)) = usize::try_from(w).ok().and_then(|w| out.get_mut(w)) {
                t.push(term);
            }
        }
        for t in &mut out {
            if t.as_ref().is_some_and(|t| t.len() > TERMS_PER_WORD) {
                *t = None;
            }
        }
        Ok(out)
    }

    /// Every word's range at once, documents grouped and kept when every
    /// word matched: for one word, and for several short prefixes.
    fn search_grouped(&self, q: &mut Sql, n: Uuid, words: &[String], after: Option<SearchKey>, window: u64) {
        let nb = q.bind(n);
        // No word is a prefix of another (`Query::parse`), so a term
        // matches at most one word: the word's number tells them apart.
        let ranges: Vec<String> = words.iter().map(|w| range(q, "term", w)).collect();
        let mut text = format!(
            "SELECT kind, doc_id, doc_at FROM search_terms WHERE neighbourhood_id = {nb} AND ({})",
            ranges.iter().map(|r| format!("({r})")).collect::<Vec<_>>().join(" OR ")
        );
        if let Some(k) = after {
            text.push_str(&q.after_key("", k));
        }
        text.push_str(" GROUP BY kind, doc_id, doc_at");
        if words.len() > 1 {
            // The ranges again, bound anew.
            let mut which = String::from("CASE");
            for (i, w) in words.iter().enumerate() {
                which.push_str(&format!(" WHEN {} THEN {i}", range(q, "term", w)));
            }
            text.push_str(&format!(" HAVING COUNT(DISTINCT {which} END) = {}", words.len()));
        }
        text.push_str(&format!(" ORDER BY doc_at DESC, doc_id DESC LIMIT {window}"));
        q.text = text;
    }

    /// Build the whole index anew from the documents, in one transaction
    /// (after a restore from an old backup, or when the tokenizer changed).
    pub async fn rebuild_search_index(&self) -> Result<()> {
        let txn = self.db().begin().await?;
        search_term::Entity::delete_many().exec(&txn).await?;
        backfill(&txn).await?;
        txn.commit().await?;
        Ok(())
    }

    /// How many terms the index holds for a document (for tests and checks).
    pub async fn indexed_terms(&self, kind: DocKind, id: Uuid) -> Result<Vec<(Uuid, String)>> {
        let rows = search_term::Entity::find()
            .filter(search_term::Column::Kind.eq(kind.tag()))
            .filter(search_term::Column::DocId.eq(id))
            .limit(10_000)
            .all(self.db())
            .await?;
        Ok(rows.into_iter().map(|r| (r.neighbourhood_id, r.term)).collect())
    }
}

/// Index rows for documents written in bulk (the demo data): no deletes,
/// the documents are new.
pub(crate) struct Bulk {
    rows: Vec<search_term::Model>,
}

impl Bulk {
    pub(crate) fn new() -> Self {
        Bulk { rows: Vec::new() }
    }

    pub(crate) fn entry(&mut self, e: &help_entry::Model) {
        if entry_findable(e) {
            self.rows.extend(rows_of(DocKind::Help, e.id, e.created_at, &[e.neighbourhood_id], &entry_parts(e)));
        }
    }

    pub(crate) fn event(&mut self, e: &event::Model, org_nbs: &HashMap<Uuid, Vec<Uuid>>) {
        if e.hidden_reason.is_none() {
            let nbs = event_neighbourhoods(e, org_nbs);
            self.rows.extend(rows_of(DocKind::Event, e.id, e.starts_at, &nbs, &event_parts(e)));
        }
    }

    pub(crate) fn group(&mut self, g: &group::Model) {
        if g.hidden_reason.is_none() {
            self.rows.extend(rows_of(DocKind::Group, g.id, g.created_at, &[g.neighbourhood_id], &group_parts(g)));
        }
    }

    pub(crate) fn news(&mut self, p: &news_post::Model, nbs: &[Uuid]) {
        if p.hidden_reason.is_none() {
            self.rows.extend(rows_of(DocKind::News, p.id, p.created_at, nbs, &news_parts(p)));
        }
    }

    pub(crate) fn organisation(&mut self, o: &organisation::Model, nbs: &[Uuid]) {
        self.rows.extend(rows_of(DocKind::Organisation, o.id, o.created_at, nbs, &org_parts(o)));
    }

    /// Write what was collected.
    pub(crate) async fn write(self, c: &impl ConnectionTrait) -> Result<(), DbErr> {
        put_rows(c, self.rows).await
    }

    /// Write what was collected once it is large, to keep memory small.
    pub(crate) async fn write_if_large(&mut self, c: &impl ConnectionTrait) -> Result<(), DbErr> {
        if self.rows.len() >= 60_000 {
            put_rows(c, std::mem::take(&mut self.rows)).await?;
        }
        Ok(())
    }
}

/// Index what exists already (the migration that adds the index): every
/// kind read by id in batches of a thousand, each batch's terms written
/// in a few statements. Reads name their columns, so later migrations
/// that add columns do not change what this one reads.
pub(crate) async fn backfill(c: &impl ConnectionTrait) -> Result<(), DbErr> {
    use sea_orm::sea_query::{Alias, Expr, ExprTrait, Order, Query};
    let backend = c.get_database_backend();
    // Every organisation's neighbourhoods: a few thousand rows in a city.
    let mut org_nbs: HashMap<Uuid, Vec<Uuid>> = HashMap::new();
    let links = c
        .query_all_raw(backend.build(
            Query::select().columns(["organisation_id", "neighbourhood_id"]).from("organisation_neighbourhoods"),
        ))
        .await?;
    for l in links {
        org_nbs.entry(l.try_get("", "organisation_id")?).or_default().push(l.try_get("", "neighbourhood_id")?);
    }
    // Where each kind is read from.
    struct Source {
        kind: DocKind,
        table: &'static str,
        at: &'static str,
        texts: &'static [&'static str],
        hidden: bool,
    }
    let sources = [
        Source {
            kind: DocKind::Help,
            table: "help_entries",
            at: "created_at",
            texts: &["title", "body"],
            hidden: true,
        },
        Source {
            kind: DocKind::Event,
            table: "events",
            at: "starts_at",
            texts: &["title", "description", "venue"],
            hidden: true,
        },
        Source {
            kind: DocKind::Group,
            table: "groups",
            at: "created_at",
            texts: &["name", "description"],
            hidden: true,
        },
        Source { kind: DocKind::News, table: "news_posts", at: "created_at", texts: &["title", "body"], hidden: true },
        Source {
            kind: DocKind::Organisation,
            table: "organisations",
            at: "created_at",
            texts: &["name", "description"],
            hidden: false,
        },
    ];
    for s in sources {
        let mut last: Option<Uuid> = None;
        loop {
            let mut q = Query::select();
            q.from(Alias::new(s.table)).column("id").expr_as(Expr::col(Alias::new(s.at)), "doc_at");
            for t in s.texts {
                q.column(Alias::new(*t));
            }
            match s.kind {
                DocKind::Help => {
                    q.columns(["neighbourhood_id"]).and_where(Expr::col("status").ne(Status::Withdrawn.tag()));
                }
                DocKind::Event => {
                    q.columns(["neighbourhood_id", "organisation_id"]);
                }
                DocKind::Group => {
                    q.columns(["neighbourhood_id"]);
                }
                DocKind::News => {
                    q.columns(["organisation_id"]);
                }
                DocKind::Organisation => {}
            }
            if s.hidden {
                q.and_where(Expr::col("hidden_reason").is_null());
            }
            if let Some(l) = last {
                q.and_where(Expr::col("id").gt(l));
            }
            q.order_by("id", Order::Asc).limit(1000);
            let batch = c.query_all_raw(backend.build(&q)).await?;
            if batch.is_empty() {
                break;
            }
            let mut rows = Vec::new();
            for r in &batch {
                let id: Uuid = r.try_get("", "id")?;
                let at: DateTime<Utc> = r.try_get("", "doc_at")?;
                let mut texts = Vec::new();
                for t in s.texts {
                    texts.push(r.try_get::<String>("", t)?);
                }
                let nbs: Vec<Uuid> = match s.kind {
                    DocKind::Help | DocKind::Group => vec![r.try_get("", "neighbourhood_id")?],
                    DocKind::Event => match r.try_get::<Option<Uuid>>("", "organisation_id")? {
                        Some(o) => org_nbs.get(&o).cloned().unwrap_or_default(),
                        None => r.try_get::<Option<Uuid>>("", "neighbourhood_id")?.into_iter().collect(),
                    },
                    DocKind::News => {
                        org_nbs.get(&r.try_get::<Uuid>("", "organisation_id")?).cloned().unwrap_or_default()
                    }
                    DocKind::Organisation => org_nbs.get(&id).cloned().unwrap_or_default(),
                };
                let parts: Vec<&str> = texts.iter().map(String::as_str).collect();
                rows.extend(rows_of(s.kind, id, at, &nbs, &parts));
                last = Some(id);
            }
            put_rows(c, rows).await?;
            if batch.len() < 1000 {
                break;
            }
        }
    }
    Ok(())
}

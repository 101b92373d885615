//! The census of a quarter's nonprofits: entries (also of organisations not
//! on the platform), an import that writes all lines or none, the file
//! back out, counts by size, age profile and area in one GROUP BY, and the
//! yearly snapshots of those counts. The rules live in
//! `quartier_core::census`.

use crate::entity::{census_claim, census_entry, census_entry_stage, census_snapshot, organisation};
use crate::paging::{Cursor, Keyset, Page};
use crate::{Result, Store, StoreError, new_id};
use chrono::{DateTime, Utc};
use quartier_core::census::{
    AgeProfile, Area, BudgetBand, Cell, Counts, Dimension, Entry, Kind, LegalForm, Presence, SizeBand, SocialSet, Stage,
};
use sea_orm::{
    ActiveModelTrait,
    ActiveValue::Set,
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, TransactionTrait,
    sea_query::{Expr, ExprTrait, LikeExpr},
};
use std::collections::{HashMap, HashSet};
use uuid::Uuid;

/// How far back an organisation's news and events count for the stage
/// "active": twelve months.
pub const ACTIVE_DAYS: i64 = 365;

/// How many entries a page of the census shows.
pub const CENSUS_PAGE: u64 = 50;

/// What the census list is narrowed to, already parsed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CensusFilter {
    /// Words in the name.
    pub text: Option<String>,
    pub kind: Option<Kind>,
    pub area: Option<Area>,
    pub size: Option<SizeBand>,
    /// Online (`Some(true)`) or not online at all (`Some(false)`).
    pub online: Option<bool>,
}

/// An entry with the address of its space on this platform, if any.
#[derive(Debug, Clone)]
pub struct CensusRow {
    pub e: census_entry::Model,
    pub platform: Option<String>,
}

impl CensusRow {
    /// The entry as core knows it.
    pub fn entry(&self) -> Entry {
        self.e.entry(self.platform.clone())
    }
}

impl census_entry::Model {
    /// Unknown: other, which claims nothing.
    pub fn kind(&self) -> Kind {
        Kind::from_tag(&self.kind).unwrap_or(Kind::Other)
    }
    /// Unknown values of the bands read as unknown.
    pub fn legal_form(&self) -> LegalForm {
        LegalForm::from_tag(&self.legal_form).unwrap_or(LegalForm::Unknown)
    }
    pub fn size(&self) -> SizeBand {
        SizeBand::from_tag(&self.size_band).unwrap_or(SizeBand::Unknown)
    }
    pub fn age(&self) -> AgeProfile {
        AgeProfile::from_tag(&self.age_profile).unwrap_or(AgeProfile::Unknown)
    }
    pub fn budget(&self) -> BudgetBand {
        BudgetBand::from_tag(&self.budget_band).unwrap_or(BudgetBand::Unknown)
    }
    pub fn area(&self) -> Area {
        Area::from_tag(&self.area).unwrap_or(Area::Unknown)
    }
    pub fn presence(&self) -> Presence {
        Presence {
            website: self.website,
            website_url: self.website_url.clone(),
            social: SocialSet::from_stored(&self.social_media),
            blog: self.blog,
            umbrella_page: self.umbrella_page,
            umbrella_editable: self.umbrella_editable,
            on_platform: self.organisation_id.is_some(),
        }
    }
    /// The entry as core knows it; `platform` is its space's address.
    pub fn entry(&self, platform: Option<String>) -> Entry {
        Entry {
            name: self.name.clone(),
            kind: self.kind(),
            legal_form: self.legal_form(),
            size: self.size(),
            age: self.age(),
            under_30: self.under_30,
            budget: self.budget(),
            founded: self.founded,
            area: self.area(),
            presence: self.presence(),
            platform: platform.filter(|_| self.organisation_id.is_some()),
        }
    }
}

/// The stored row of an entry: the one place an entry becomes columns.
fn active(
    n: Uuid,
    e: &Entry,
    org: Option<Uuid>,
    id: Uuid,
    now: chrono::DateTime<chrono::Utc>,
) -> census_entry::ActiveModel {
    let p = Presence { on_platform: org.is_some(), ..e.presence.clone() };
    census_entry::ActiveModel {
        id: Set(id),
        neighbourhood_id: Set(n),
        name: Set(e.name.clone()),
        sort_name: Set(e.name.to_lowercase()),
        kind: Set(e.kind.tag().into()),
        legal_form: Set(e.legal_form.tag().into()),
        size_band: Set(e.size.tag().into()),
        age_profile: Set(e.age.tag().into()),
        under_30: Set(e.under_30),
        budget_band: Set(e.budget.tag().into()),
        founded: Set(e.founded),
        area: Set(e.area.tag().into()),
        website: Set(p.website),
        website_url: Set(p.website_url.clone()),
        social_media: Set(p.social.tags()),
        blog: Set(p.blog),
        umbrella_page: Set(p.umbrella_page),
        umbrella_editable: Set(p.umbrella_editable),
        organisation_id: Set(org),
        online: Set(p.online()),
        has_social: Set(!p.social.is_empty()),
        own_presence: Set(p.own_editable()),
        created_at: Set(now),
        updated_at: Set(now),
    }
}

/// One line of the census counted by bands: size, age profile, area, then
/// total, online, website, social media, blog, own presence.
type CellRow = (String, String, String, i64, i64, i64, i64, i64, i64);

/// Lines written per statement on import (well under SQLite's limit of
/// bound values).
const IMPORT_CHUNK: usize = 200;

impl Store {
    /// The organisations with these addresses (one query), by address.
    pub async fn organisations_by_slugs(&self, slugs: &[String]) -> Result<HashMap<String, Uuid>> {
        if slugs.is_empty() {
            return Ok(HashMap::new());
        }
        Ok(organisation::Entity::find()
            .select_only()
            .column(organisation::Column::Slug)
            .column(organisation::Column::Id)
            .filter(organisation::Column::Slug.is_in(slugs.to_vec()))
            .into_tuple::<(String, Uuid)>()
            .all(self.db())
            .await?
            .into_iter()
            .collect())
    }

    /// Add an entry; `org` is its space on this platform, if any.
    pub async fn add_census_entry(&self, n: Uuid, e: &Entry, org: Option<Uuid>) -> Result<census_entry::Model> {
        Ok(active(n, e, org, new_id(), self.now()).insert(self.db()).await?)
    }

    /// Change an entry of the neighbourhood `n`.
    pub async fn update_census_entry(&self, n: Uuid, id: Uuid, e: &Entry, org: Option<Uuid>) -> Result<()> {
        let old = self.census_entry(n, id).await?;
        let mut a = active(n, e, org, id, self.now());
        a.created_at = Set(old.created_at);
        a.update(self.db()).await?;
        Ok(())
    }

    /// One entry of the neighbourhood `n`.
    pub async fn census_entry(&self, n: Uuid, id: Uuid) -> Result<census_entry::Model> {
        census_entry::Entity::find_by_id(id)
            .filter(census_entry::Column::NeighbourhoodId.eq(n))
            .one(self.db())
            .await?
            .ok_or(StoreError::NotFound)
    }

    /// One entry with its space's address.
    pub async fn census_row(&self, n: Uuid, id: Uuid) -> Result<CensusRow> {
        let e = self.census_entry(n, id).await?;
        let platform = match e.organisation_id {
            Some(o) => organisation::Entity::find_by_id(o).one(self.db()).await?.map(|o| o.slug),
            None => None,
        };
        Ok(CensusRow { e, platform })
    }

    /// The addresses of the spaces of these entries (one query).
    async fn platforms_of(&self, entries: Vec<census_entry::Model>) -> Result<Vec<CensusRow>> {
        let ids: Vec<Uuid> = entries.iter().filter_map(|e| e.organisation_id).collect();
        let slugs: HashMap<Uuid, String> = if ids.is_empty() {
            HashMap::new()
        } else {
            organisation::Entity::find()
                .select_only()
                .column(organisation::Column::Id)
                .column(organisation::Column::Slug)
                .filter(organisation::Column::Id.is_in(ids))
                .into_tuple::<(Uuid, String)>()
                .all(self.db())
                .await?
                .into_iter()
                .collect()
        };
        Ok(entries
            .into_iter()
            .map(|e| {
                let platform = e.organisation_id.and_then(|o| slugs.get(&o).cloned());
                CensusRow { e, platform }
            })
            .collect())
    }

    /// A page of the census by name, narrowed by `f`: two queries.
    pub async fn census_page(&self, n: Uuid, f: &CensusFilter, cursor: Cursor) -> Result<Page<CensusRow>> {
        const BY_NAME: Keyset = Keyset {
            key: &["\"census_entries\".\"sort_name\"", "\"census_entries\".\"id\""],
            cursor_row: "SELECT sort_name, id FROM census_entries WHERE id =",
            descending: false,
        };
        let mut q = census_entry::Entity::find().filter(census_entry::Column::NeighbourhoodId.eq(n));
        if let Some(text) = f.text.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
            let escaped = text.to_lowercase().replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
            q = q.filter(
                Expr::col((census_entry::Entity, census_entry::Column::SortName))
                    .like(LikeExpr::new(format!("%{escaped}%")).escape('\\')),
            );
        }
        if let Some(k) = f.kind {
            q = q.filter(census_entry::Column::Kind.eq(k.tag()));
        }
        if let Some(a) = f.area {
            q = q.filter(census_entry::Column::Area.eq(a.tag()));
        }
        if let Some(s) = f.size {
            q = q.filter(census_entry::Column::SizeBand.eq(s.tag()));
        }
        if let Some(o) = f.online {
            q = q.filter(census_entry::Column::Online.eq(o));
        }
        let page = BY_NAME.page(self.db(), q, cursor, CENSUS_PAGE, |e| e.id).await?;
        let rows = self.platforms_of(page.items).await?;
        Ok(Page { items: rows, next: page.next, prev: page.prev })
    }

    /// Import entries: all in one transaction, so either every line is in
    /// the census or none is. `orgs` are the spaces of the entries, in order.
    pub async fn import_census(&self, n: Uuid, entries: &[(Entry, Option<Uuid>)]) -> Result<usize> {
        let now = self.now();
        let txn = self.db().begin().await?;
        for chunk in entries.chunks(IMPORT_CHUNK) {
            let rows: Vec<census_entry::ActiveModel> =
                chunk.iter().map(|(e, org)| active(n, e, *org, new_id(), now)).collect();
            census_entry::Entity::insert_many(rows).exec(&txn).await?;
        }
        txn.commit().await?;
        Ok(entries.len())
    }

    /// The whole census of a neighbourhood by name, with the spaces'
    /// addresses, for the CSV file: two queries.
    pub async fn census_all(&self, n: Uuid) -> Result<Vec<CensusRow>> {
        let entries = census_entry::Entity::find()
            .filter(census_entry::Column::NeighbourhoodId.eq(n))
            .order_by_asc(census_entry::Column::SortName)
            .order_by_asc(census_entry::Column::Id)
            .all(self.db())
            .await?;
        self.platforms_of(entries).await
    }

    /// The census counted by size, age profile and area together: one
    /// GROUP BY, at most one line per combination of bands.
    pub async fn census_cells(&self, n: Uuid) -> Result<Vec<Cell>> {
        self.census_cells_on(self.db(), n).await
    }

    async fn census_cells_on<C: ConnectionTrait>(&self, db: &C, n: Uuid) -> Result<Vec<Cell>> {
        let sum =
            |c: census_entry::Column| Expr::case(Expr::col((census_entry::Entity, c)).eq(true), 1).finally(0).sum();
        let rows: Vec<CellRow> = census_entry::Entity::find()
            .select_only()
            .column(census_entry::Column::SizeBand)
            .column(census_entry::Column::AgeProfile)
            .column(census_entry::Column::Area)
            .column_as(census_entry::Column::Id.count(), "total")
            .column_as(sum(census_entry::Column::Online), "online")
            .column_as(sum(census_entry::Column::Website), "website")
            .column_as(sum(census_entry::Column::HasSocial), "social")
            .column_as(sum(census_entry::Column::Blog), "blog")
            .column_as(sum(census_entry::Column::OwnPresence), "own")
            .filter(census_entry::Column::NeighbourhoodId.eq(n))
            .group_by(census_entry::Column::SizeBand)
            .group_by(census_entry::Column::AgeProfile)
            .group_by(census_entry::Column::Area)
            .into_tuple()
            .all(db)
            .await?;
        let u = |x: i64| u64::try_from(x).unwrap_or(0);
        Ok(rows
            .into_iter()
            .map(|(size, age, area, total, online, website, social, blog, own)| Cell {
                size: SizeBand::from_tag(&size).unwrap_or(SizeBand::Unknown),
                age: AgeProfile::from_tag(&age).unwrap_or(AgeProfile::Unknown),
                area: Area::from_tag(&area).unwrap_or(Area::Unknown),
                counts: Counts {
                    total: u(total),
                    online: u(online),
                    website: u(website),
                    social: u(social),
                    blog: u(blog),
                    own: u(own),
                },
            })
            .collect())
    }

    /// Take the snapshot of `year`: the census as it is now, counted and
    /// rolled up, replacing an earlier snapshot of that year. One
    /// transaction, a fixed number of statements.
    pub async fn take_census_snapshot(&self, n: Uuid, year: i32) -> Result<()> {
        let now = self.now();
        let txn = self.db().begin().await?;
        let cells = self.census_cells_on(&txn, n).await?;
        census_snapshot::Entity::delete_many()
            .filter(census_snapshot::Column::NeighbourhoodId.eq(n))
            .filter(census_snapshot::Column::Year.eq(year))
            .exec(&txn)
            .await?;
        let i = |x: u64| i32::try_from(x).unwrap_or(i32::MAX);
        let rows: Vec<census_snapshot::ActiveModel> = quartier_core::census::roll_up(&cells)
            .into_iter()
            .map(|l| census_snapshot::ActiveModel {
                id: Set(new_id()),
                neighbourhood_id: Set(n),
                year: Set(year),
                dimension: Set(l.dimension.tag().into()),
                bucket: Set(l.bucket.into()),
                total: Set(i(l.counts.total)),
                online: Set(i(l.counts.online)),
                website: Set(i(l.counts.website)),
                social: Set(i(l.counts.social)),
                blog: Set(i(l.counts.blog)),
                own_presence: Set(i(l.counts.own)),
                taken_at: Set(now),
            })
            .collect();
        census_snapshot::Entity::insert_many(rows).exec(&txn).await?;
        // Each entry's stage in that year, replacing the year's earlier ones.
        let entries =
            census_entry::Entity::find().filter(census_entry::Column::NeighbourhoodId.eq(n)).all(&txn).await?;
        let stages = stages_at(&txn, &entries, now).await?;
        census_entry_stage::Entity::delete_many()
            .filter(census_entry_stage::Column::NeighbourhoodId.eq(n))
            .filter(census_entry_stage::Column::Year.eq(year))
            .exec(&txn)
            .await?;
        for chunk in entries.chunks(IMPORT_CHUNK) {
            let rows: Vec<census_entry_stage::ActiveModel> = chunk
                .iter()
                .map(|e| census_entry_stage::ActiveModel {
                    id: Set(new_id()),
                    entry_id: Set(e.id),
                    neighbourhood_id: Set(n),
                    year: Set(year),
                    stage: Set(stages.get(&e.id).copied().unwrap_or(Stage::Offline).tag().into()),
                    taken_at: Set(now),
                })
                .collect();
            census_entry_stage::Entity::insert_many(rows).exec(&txn).await?;
        }
        txn.commit().await?;
        Ok(())
    }

    /// The neighbourhoods that keep a census and have no snapshot of
    /// `year` yet, each with the time its first entry was made (so that a
    /// census begun in the new year is not taken for the old one): the
    /// ones the worker snapshots when a new year begins (one query).
    pub async fn censuses_without_snapshot(&self, year: i32) -> Result<Vec<(Uuid, DateTime<Utc>)>> {
        let done = sea_orm::sea_query::Query::select()
            .column(census_snapshot::Column::NeighbourhoodId)
            .from(census_snapshot::Entity)
            .and_where(census_snapshot::Column::Year.eq(year))
            .to_owned();
        Ok(census_entry::Entity::find()
            .select_only()
            .column(census_entry::Column::NeighbourhoodId)
            .column_as(census_entry::Column::CreatedAt.min(), "first")
            .filter(census_entry::Column::NeighbourhoodId.not_in_subquery(done))
            .group_by(census_entry::Column::NeighbourhoodId)
            .into_tuple()
            .all(self.db())
            .await?)
    }

    /// Every snapshot line of a neighbourhood, oldest year first (one
    /// query; a line per band and year).
    pub async fn census_snapshots(&self, n: Uuid) -> Result<Vec<census_snapshot::Model>> {
        Ok(census_snapshot::Entity::find()
            .filter(census_snapshot::Column::NeighbourhoodId.eq(n))
            .order_by_asc(census_snapshot::Column::Year)
            .order_by_asc(census_snapshot::Column::Dimension)
            .order_by_asc(census_snapshot::Column::Bucket)
            .all(self.db())
            .await?)
    }

    /// The stages of one entry in the years recorded, oldest first (one
    /// query).
    pub async fn census_stages_of(&self, n: Uuid, entry: Uuid) -> Result<Vec<(i32, Stage)>> {
        let rows: Vec<(i32, String)> = census_entry_stage::Entity::find()
            .select_only()
            .column(census_entry_stage::Column::Year)
            .column(census_entry_stage::Column::Stage)
            .filter(census_entry_stage::Column::EntryId.eq(entry))
            .filter(census_entry_stage::Column::NeighbourhoodId.eq(n))
            .order_by_asc(census_entry_stage::Column::Year)
            .into_tuple()
            .all(self.db())
            .await?;
        Ok(rows.into_iter().map(|(y, s)| (y, stage_of(&s))).collect())
    }

    /// How many entries were at each stage in each year recorded, oldest
    /// year first, stages from the lowest (one GROUP BY; stages nobody was
    /// at are missing).
    pub async fn census_stage_counts(&self, n: Uuid) -> Result<Vec<(i32, Stage, u64)>> {
        let rows: Vec<(i32, String, i64)> = census_entry_stage::Entity::find()
            .select_only()
            .column(census_entry_stage::Column::Year)
            .column(census_entry_stage::Column::Stage)
            .column_as(census_entry_stage::Column::Id.count(), "n")
            .filter(census_entry_stage::Column::NeighbourhoodId.eq(n))
            .group_by(census_entry_stage::Column::Year)
            .group_by(census_entry_stage::Column::Stage)
            .into_tuple()
            .all(self.db())
            .await?;
        let mut out: Vec<(i32, Stage, u64)> =
            rows.into_iter().map(|(y, s, c)| (y, stage_of(&s), u64::try_from(c).unwrap_or(0))).collect();
        out.sort_by_key(|(y, s, _)| (*y, *s));
        Ok(out)
    }

    /// How many entries recorded in both `from` and `to` went from one
    /// stage to another: (stage in `from`, stage in `to`, how many). One
    /// statement, the years' rows joined by entry.
    pub async fn census_stage_moves(&self, n: Uuid, from: i32, to: i32) -> Result<Vec<(Stage, Stage, u64)>> {
        use sea_orm::sea_query::{Alias, JoinType, Query};
        let (a, b) = (Alias::new("a"), Alias::new("b"));
        let col = |t: &Alias, c: census_entry_stage::Column| Expr::col((t.clone(), c));
        let mut q = Query::select();
        q.expr_as(col(&a, census_entry_stage::Column::Stage), Alias::new("before"))
            .expr_as(col(&b, census_entry_stage::Column::Stage), Alias::new("after"))
            .expr_as(Expr::col((a.clone(), census_entry_stage::Column::Id)).count(), Alias::new("n"))
            .from_as(census_entry_stage::Entity, a.clone())
            .join_as(
                JoinType::InnerJoin,
                census_entry_stage::Entity,
                b.clone(),
                Expr::col((b.clone(), census_entry_stage::Column::EntryId))
                    .equals((a.clone(), census_entry_stage::Column::EntryId))
                    .and(col(&b, census_entry_stage::Column::Year).eq(to)),
            )
            .and_where(col(&a, census_entry_stage::Column::NeighbourhoodId).eq(n))
            .and_where(col(&a, census_entry_stage::Column::Year).eq(from))
            .group_by_col((a.clone(), census_entry_stage::Column::Stage))
            .group_by_col((b.clone(), census_entry_stage::Column::Stage));
        let rows = self.db().query_all_raw(self.db_backend().build(&q)).await?;
        let mut out = Vec::with_capacity(rows.len());
        for r in rows {
            let before: String = r.try_get("", "before")?;
            let after: String = r.try_get("", "after")?;
            let count: i64 = r.try_get("", "n")?;
            out.push((stage_of(&before), stage_of(&after), u64::try_from(count).unwrap_or(0)));
        }
        Ok(out)
    }

    /// The stage of each of these entries now, by entry: at most two
    /// grouped statements (the news and the events of those with a space
    /// here), whatever their number.
    pub async fn census_stages_now<E: std::borrow::Borrow<census_entry::Model>>(
        &self,
        entries: &[E],
    ) -> Result<HashMap<Uuid, Stage>> {
        stages_at(self.db(), entries, self.now()).await
    }
}

/// A stored stage; unknown (a newer version) reads as offline, the lowest.
fn stage_of(tag: &str) -> Stage {
    Stage::from_tag(tag).unwrap_or(Stage::Offline)
}

/// The spaces among `orgs` active at `at`: public news or events in the
/// twelve months before (events also ahead). Two grouped statements.
async fn active_at<C: ConnectionTrait>(db: &C, orgs: &[Uuid], at: DateTime<Utc>) -> Result<HashSet<Uuid>> {
    let since = at - chrono::Duration::days(ACTIVE_DAYS);
    let mut active: HashSet<Uuid> = crate::activity::public_news(db, orgs, since, at).await?.into_keys().collect();
    active.extend(crate::activity::events_from(db, orgs, since).await?.into_keys());
    Ok(active)
}

/// The stage of each entry at `at` (core's rule on the stored presence and
/// the activity of its space here).
async fn stages_at<C: ConnectionTrait, E: std::borrow::Borrow<census_entry::Model>>(
    db: &C,
    entries: &[E],
    at: DateTime<Utc>,
) -> Result<HashMap<Uuid, Stage>> {
    let mut orgs: Vec<Uuid> = entries.iter().filter_map(|e| e.borrow().organisation_id).collect();
    orgs.sort();
    orgs.dedup();
    let active = active_at(db, &orgs, at).await?;
    Ok(entries
        .iter()
        .map(|e| {
            let e = e.borrow();
            let busy = e.organisation_id.is_some_and(|o| active.contains(&o));
            (e.id, quartier_core::census::stage(&e.presence(), busy))
        })
        .collect())
}

impl census_snapshot::Model {
    /// Unknown: `None`, the line is left out.
    pub fn dimension(&self) -> Option<Dimension> {
        Dimension::from_tag(&self.dimension)
    }

    pub fn counts(&self) -> Counts {
        let u = |x: i32| u64::try_from(x).unwrap_or(0);
        Counts {
            total: u(self.total),
            online: u(self.online),
            website: u(self.website),
            social: u(self.social),
            blog: u(self.blog),
            own: u(self.own_presence),
        }
    }
}

impl Store {
    /// The claim codes a person printed or used, for their export.
    pub(crate) async fn export_census_claims(&self, user_id: Uuid) -> Result<serde_json::Value> {
        use crate::entity::census_claim;
        let rows = census_claim::Entity::find()
            .filter(
                sea_orm::Condition::any()
                    .add(census_claim::Column::CreatedBy.eq(user_id))
                    .add(census_claim::Column::UsedBy.eq(user_id)),
            )
            .all(self.db())
            .await?;
        Ok(serde_json::Value::Array(
            rows.iter()
                .map(|c| {
                    serde_json::json!({
                        "printed_by_me": c.created_by == Some(user_id),
                        "claimed_by_me": c.used_by == Some(user_id),
                        "organisation": c.organisation_id,
                        "created_at": c.created_at.to_rfc3339(),
                        "used_at": c.used_at.map(|t| t.to_rfc3339()),
                    })
                })
                .collect(),
        ))
    }

    /// Erasure: the claim stays (the organisation it made stays), the
    /// person is no longer named on it.
    pub(crate) async fn erase_census_claims<C: ConnectionTrait>(&self, txn: &C, user_id: Uuid) -> Result<()> {
        use crate::entity::census_claim;
        let none = || Expr::value(Option::<Uuid>::None);
        census_claim::Entity::update_many()
            .col_expr(census_claim::Column::CreatedBy, none())
            .filter(census_claim::Column::CreatedBy.eq(user_id))
            .exec(txn)
            .await?;
        census_claim::Entity::update_many()
            .col_expr(census_claim::Column::UsedBy, none())
            .filter(census_claim::Column::UsedBy.eq(user_id))
            .exec(txn)
            .await?;
        Ok(())
    }
}

/// What a claim of a census entry creates: the organisation's profile as
/// its new administrator confirmed it, and its address.
#[derive(Debug, Clone)]
pub struct Claim {
    pub slug: quartier_core::neighbourhood::Slug,
    pub profile: crate::organisations::OrgProfile,
}

/// Why a claim code did not work.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClaimRefused {
    Unknown,
    Used,
    Expired,
}

impl Store {
    /// Print a claim code for an entry not on the platform: a new random
    /// code, valid for `core::census::CLAIM_DAYS`.
    pub async fn create_census_claim(&self, n: Uuid, entry: Uuid, by: Uuid) -> Result<census_claim::Model> {
        let e = self.census_entry(n, entry).await?;
        if e.organisation_id.is_some() {
            return Err(StoreError::Invalid("already on the platform"));
        }
        let now = self.now();
        // A clash of random codes is unlikely; try again a few times.
        for _ in 0..5 {
            let bytes: [u8; quartier_core::invite::CODE_LEN] = rand::random();
            let code = quartier_core::invite::code_from_bytes(&bytes);
            let r = census_claim::ActiveModel {
                id: Set(new_id()),
                entry_id: Set(entry),
                neighbourhood_id: Set(n),
                code: Set(code),
                expires_at: Set(now + chrono::Duration::days(quartier_core::census::CLAIM_DAYS)),
                created_by: Set(Some(by)),
                created_at: Set(now),
                used_by: Set(None),
                used_at: Set(None),
                organisation_id: Set(None),
            }
            .insert(self.db())
            .await;
            match r {
                Ok(m) => return Ok(m),
                Err(e) => match StoreError::conflict_on(e, "code") {
                    StoreError::Conflict(_) => continue,
                    other => return Err(other),
                },
            }
        }
        Err(StoreError::Conflict("code"))
    }

    /// The newest claim code of an entry that can still be used.
    pub async fn census_claim_for(&self, n: Uuid, entry: Uuid) -> Result<Option<census_claim::Model>> {
        Ok(census_claim::Entity::find()
            .filter(census_claim::Column::EntryId.eq(entry))
            .filter(census_claim::Column::NeighbourhoodId.eq(n))
            .filter(census_claim::Column::UsedAt.is_null())
            .filter(census_claim::Column::ExpiresAt.gt(self.now()))
            .order_by_desc(census_claim::Column::Id)
            .one(self.db())
            .await?)
    }

    /// A claim code with its entry, if the code exists.
    pub async fn census_claim_by_code(&self, code: &str) -> Result<Option<(census_claim::Model, census_entry::Model)>> {
        let Some(c) = census_claim::Entity::find().filter(census_claim::Column::Code.eq(code)).one(self.db()).await?
        else {
            return Ok(None);
        };
        let e = census_entry::Entity::find_by_id(c.entry_id).one(self.db()).await?;
        Ok(e.map(|e| (c, e)))
    }

    /// Claim an entry with its code: in one transaction the code is used
    /// (a conditional write, so of two claims at once one wins), the
    /// organisation is created with the claimant as its administrator and
    /// a confirmed link to the quarter (its coordinators invited it), and
    /// the entry is linked to it.
    pub async fn claim_census_entry(
        &self,
        code: &str,
        user: Uuid,
        claim: Claim,
    ) -> Result<std::result::Result<organisation::Model, ClaimRefused>> {
        use crate::entity::{organisation_member, organisation_neighbourhood};
        use quartier_core::organisation::{LinkStatus, OrgRole};
        let Some((c, e)) = self.census_claim_by_code(code).await? else { return Ok(Err(ClaimRefused::Unknown)) };
        let now = self.now();
        match quartier_core::census::claim_state(c.used_at.is_some(), c.expires_at, now) {
            quartier_core::census::ClaimState::Used => return Ok(Err(ClaimRefused::Used)),
            quartier_core::census::ClaimState::Expired => return Ok(Err(ClaimRefused::Expired)),
            quartier_core::census::ClaimState::Usable => {}
        }
        let txn = self.db().begin().await?;
        let used = census_claim::Entity::update_many()
            .col_expr(census_claim::Column::UsedBy, Expr::value(user))
            .col_expr(census_claim::Column::UsedAt, Expr::value(now))
            .filter(census_claim::Column::Id.eq(c.id))
            .filter(census_claim::Column::UsedAt.is_null())
            .filter(census_claim::Column::ExpiresAt.gt(now))
            .exec(&txn)
            .await?;
        if used.rows_affected != 1 {
            return Ok(Err(ClaimRefused::Used));
        }
        let p = claim.profile;
        let org = organisation::ActiveModel {
            id: Set(new_id()),
            slug: Set(claim.slug.as_str().to_string()),
            name: Set(p.name),
            kind: Set(p.kind),
            description: Set(p.description),
            contact: Set(p.contact),
            opening_hours: Set(p.opening_hours),
            step_free: Set(p.step_free),
            accessible_toilet: Set(p.accessible_toilet),
            hearing_loop: Set(p.hearing_loop),
            website: Set(p.website),
            social: Set(p.social),
            proposed_by: Set(Some(user)),
            created_at: Set(now),
            updated_at: Set(now),
        }
        .insert(&txn)
        .await
        .map_err(|e| StoreError::conflict_on(e, "slug"))?;
        organisation_neighbourhood::ActiveModel {
            id: Set(new_id()),
            organisation_id: Set(org.id),
            neighbourhood_id: Set(c.neighbourhood_id),
            status: Set(LinkStatus::Confirmed.tag().into()),
            confirmed_by: Set(c.created_by),
            created_at: Set(now),
        }
        .insert(&txn)
        .await?;
        organisation_member::ActiveModel {
            id: Set(new_id()),
            organisation_id: Set(org.id),
            user_id: Set(user),
            role: Set(OrgRole::Admin.tag().into()),
            created_at: Set(now),
        }
        .insert(&txn)
        .await?;
        census_claim::Entity::update_many()
            .col_expr(census_claim::Column::OrganisationId, Expr::value(org.id))
            .filter(census_claim::Column::Id.eq(c.id))
            .exec(&txn)
            .await?;
        let mut entry = e.entry(Some(org.slug.clone()));
        entry.presence.on_platform = true;
        let mut a = active(e.neighbourhood_id, &entry, Some(org.id), e.id, now);
        a.created_at = Set(e.created_at);
        a.update(&txn).await?;
        txn.commit().await?;
        Ok(Ok(org))
    }
}

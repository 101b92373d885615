//! The network's business model: its partners, what it does (measures)
//! and what pays for it (funding sources). The rules (who may see and do
//! what, how a runway is computed) live in `quartier_core::network`; this
//! module keeps the record.

use crate::entity::{
    network_funding, network_funding_measure, network_measure, network_partner, network_warning, organisation,
    organisation_member, organisation_neighbourhood,
};
use crate::paging::{Cursor, Keyset, Page};
use crate::{Result, Store, StoreError, new_id};
use chrono::{Datelike, NaiveDate};
use quartier_core::network::{Activity, FundingKind, PartnerKind};
use quartier_core::organisation::{LinkStatus, OrgRole};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, TransactionTrait,
};
use serde_json::{Value, json};
use uuid::Uuid;

/// How many partners a page of the list shows.
pub const PARTNERS_PAGE: u64 = 50;
/// How many organisations of a neighbourhood the partner form offers.
const LINKABLE_LIMIT: u64 = 500;
/// How many measures and funding sources a page of their list shows.
pub const MEASURES_PAGE: u64 = 50;
pub const FUNDING_PAGE: u64 = 50;
/// At most this many measures and sources go into one runway or form.
pub const NETWORK_LIMIT: u64 = 500;

/// A measure as typed by a coordinator, already parsed.
#[derive(Debug, Clone)]
pub struct NewMeasure {
    pub name: String,
    pub description: String,
    pub activity: Activity,
    /// Cost per year.
    pub cost_cents: i64,
    pub currency: String,
}

/// A funding source as typed by a coordinator, already parsed.
#[derive(Debug, Clone)]
pub struct NewFunding {
    pub name: String,
    pub kind: FundingKind,
    /// The partner that gives the money, if it is one.
    pub funder: Option<Uuid>,
    pub amount_cents: i64,
    pub currency: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub conditions: String,
    /// The measures that depend on it.
    pub measures: Vec<Uuid>,
}

/// A partner's gains and pains, already parsed.
#[derive(Debug, Clone, Default)]
pub struct Gains {
    pub hours: Option<i32>,
    pub cents: Option<i64>,
    pub currency: String,
    pub rooms: String,
    pub reach: String,
    pub expects: String,
    pub gets: String,
    pub gets_rating: Option<u8>,
}

/// What needs a coordinator's attention in a network, counted in one
/// statement: funding ending soon, partners whose gains and pains are old,
/// and measures whose platform activity has been quiet.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Attention {
    pub funding_ending: u64,
    pub partners_stale: u64,
    pub measures_idle: u64,
    /// The activities that had something happen in the window.
    pub active: Vec<Activity>,
}

impl Attention {
    pub fn total(&self) -> u64 {
        self.funding_ending + self.partners_stale + self.measures_idle
    }
}

/// Everything a runway needs: the measures, the sources and which source
/// pays for which measure (three queries).
#[derive(Debug, Clone, Default)]
pub struct Runway {
    pub measures: Vec<network_measure::Model>,
    pub sources: Vec<network_funding::Model>,
    pub links: Vec<network_funding_measure::Model>,
}

impl Runway {
    /// The end days of the sources a measure depends on.
    pub fn ends_of(&self, measure: Uuid) -> Vec<NaiveDate> {
        self.links
            .iter()
            .filter(|l| l.measure_id == measure)
            .filter_map(|l| self.sources.iter().find(|s| s.id == l.funding_id))
            .map(|s| s.ends_on)
            .collect()
    }

    /// The measures that depend on a source.
    pub fn measures_of(&self, source: Uuid) -> Vec<&network_measure::Model> {
        self.links
            .iter()
            .filter(|l| l.funding_id == source)
            .filter_map(|l| self.measures.iter().find(|m| m.id == l.measure_id))
            .collect()
    }
}

/// A partner as typed by a coordinator, already parsed.
#[derive(Debug, Clone)]
pub struct NewPartner {
    pub name: String,
    pub kind: PartnerKind,
    /// The organisation on the platform it is, if any.
    pub organisation: Option<Uuid>,
    pub contact: String,
    pub role: String,
}

impl Store {
    /// Add a partner to a neighbourhood's network. An organisation is a
    /// partner once (`Conflict("organisation")`).
    pub async fn create_partner(&self, n: Uuid, p: NewPartner) -> Result<network_partner::Model> {
        let t = self.now();
        network_partner::ActiveModel {
            id: Set(new_id()),
            neighbourhood_id: Set(n),
            organisation_id: Set(p.organisation),
            name: Set(p.name),
            kind: Set(p.kind.tag().into()),
            contact: Set(p.contact),
            role: Set(p.role),
            brings_hours: Set(None),
            brings_cents: Set(None),
            brings_currency: Set("EUR".into()),
            brings_rooms: Set(String::new()),
            brings_reach: Set(String::new()),
            expects: Set(String::new()),
            gets: Set(String::new()),
            gets_rating: Set(None),
            gains_updated_at: Set(None),
            gains_updated_by: Set(None),
            created_at: Set(t),
            updated_at: Set(t),
        }
        .insert(self.db())
        .await
        .map_err(|e| StoreError::conflict_on(e, "organisation"))
    }

    /// Change what the coordinator keeps about a partner (not its gains
    /// and pains).
    pub async fn update_partner(&self, n: Uuid, id: Uuid, p: NewPartner) -> Result<()> {
        let found = self.partner_in(n, id).await?;
        let mut a: network_partner::ActiveModel = found.into();
        a.name = Set(p.name);
        a.kind = Set(p.kind.tag().into());
        a.organisation_id = Set(p.organisation);
        a.contact = Set(p.contact);
        a.role = Set(p.role);
        a.updated_at = Set(self.now());
        a.update(self.db()).await.map_err(|e| StoreError::conflict_on(e, "organisation"))?;
        Ok(())
    }

    /// A partner of a neighbourhood's network.
    pub async fn partner_in(&self, n: Uuid, id: Uuid) -> Result<network_partner::Model> {
        network_partner::Entity::find_by_id(id)
            .filter(network_partner::Column::NeighbourhoodId.eq(n))
            .one(self.db())
            .await?
            .ok_or(StoreError::NotFound)
    }

    /// The partners of a network by name, a page at a time.
    pub async fn partners_page(&self, n: Uuid, cursor: Cursor) -> Result<Page<network_partner::Model>> {
        const BY_NAME: Keyset = Keyset {
            key: &["lower(\"network_partners\".\"name\")", "\"network_partners\".\"id\""],
            cursor_row: "SELECT lower(name), id FROM network_partners WHERE id =",
            descending: false,
        };
        let q = network_partner::Entity::find().filter(network_partner::Column::NeighbourhoodId.eq(n));
        BY_NAME.page(self.db(), q, cursor, PARTNERS_PAGE, |p| p.id).await
    }

    /// The partners of a network that are organisations `user` administers
    /// (two queries).
    pub async fn partners_administered(&self, n: Uuid, user: Uuid) -> Result<Vec<network_partner::Model>> {
        let orgs: Vec<Uuid> = organisation_member::Entity::find()
            .select_only()
            .column(organisation_member::Column::OrganisationId)
            .filter(organisation_member::Column::UserId.eq(user))
            .filter(organisation_member::Column::Role.eq(OrgRole::Admin.tag()))
            .into_tuple()
            .all(self.db())
            .await?;
        if orgs.is_empty() {
            return Ok(Vec::new());
        }
        Ok(network_partner::Entity::find()
            .filter(network_partner::Column::NeighbourhoodId.eq(n))
            .filter(network_partner::Column::OrganisationId.is_in(orgs))
            .all(self.db())
            .await?)
    }

    /// The organisations confirmed in a neighbourhood, by name, that a
    /// coordinator may name as a partner (two queries).
    pub async fn linkable_organisations(&self, n: Uuid) -> Result<Vec<organisation::Model>> {
        let ids: Vec<Uuid> = organisation_neighbourhood::Entity::find()
            .select_only()
            .column(organisation_neighbourhood::Column::OrganisationId)
            .filter(organisation_neighbourhood::Column::NeighbourhoodId.eq(n))
            .filter(organisation_neighbourhood::Column::Status.eq(LinkStatus::Confirmed.tag()))
            .limit(LINKABLE_LIMIT)
            .into_tuple()
            .all(self.db())
            .await?;
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        Ok(organisation::Entity::find()
            .filter(organisation::Column::Id.is_in(ids))
            .order_by_asc(organisation::Column::Name)
            .all(self.db())
            .await?)
    }

    /// Add a measure to the network.
    pub async fn create_measure(&self, n: Uuid, m: NewMeasure) -> Result<network_measure::Model> {
        let t = self.now();
        Ok(network_measure::ActiveModel {
            id: Set(new_id()),
            neighbourhood_id: Set(n),
            name: Set(m.name),
            description: Set(m.description),
            activity: Set(m.activity.tag().into()),
            cost_cents: Set(m.cost_cents),
            currency: Set(m.currency),
            created_at: Set(t),
            updated_at: Set(t),
        }
        .insert(self.db())
        .await?)
    }

    pub async fn update_measure(&self, n: Uuid, id: Uuid, m: NewMeasure) -> Result<()> {
        let mut a: network_measure::ActiveModel = self.measure_in(n, id).await?.into();
        a.name = Set(m.name);
        a.description = Set(m.description);
        a.activity = Set(m.activity.tag().into());
        a.cost_cents = Set(m.cost_cents);
        a.currency = Set(m.currency);
        a.updated_at = Set(self.now());
        a.update(self.db()).await?;
        Ok(())
    }

    pub async fn measure_in(&self, n: Uuid, id: Uuid) -> Result<network_measure::Model> {
        network_measure::Entity::find_by_id(id)
            .filter(network_measure::Column::NeighbourhoodId.eq(n))
            .one(self.db())
            .await?
            .ok_or(StoreError::NotFound)
    }

    /// The measures of a network by name, a page at a time.
    pub async fn measures_page(&self, n: Uuid, cursor: Cursor) -> Result<Page<network_measure::Model>> {
        const BY_NAME: Keyset = Keyset {
            key: &["lower(\"network_measures\".\"name\")", "\"network_measures\".\"id\""],
            cursor_row: "SELECT lower(name), id FROM network_measures WHERE id =",
            descending: false,
        };
        let q = network_measure::Entity::find().filter(network_measure::Column::NeighbourhoodId.eq(n));
        BY_NAME.page(self.db(), q, cursor, MEASURES_PAGE, |m| m.id).await
    }

    /// The measures of a network by name, for a form or a runway.
    pub async fn all_measures(&self, n: Uuid) -> Result<Vec<network_measure::Model>> {
        Ok(network_measure::Entity::find()
            .filter(network_measure::Column::NeighbourhoodId.eq(n))
            .order_by_asc(sea_orm::sea_query::Expr::cust("lower(\"network_measures\".\"name\")"))
            .order_by_asc(network_measure::Column::Id)
            .limit(NETWORK_LIMIT)
            .all(self.db())
            .await?)
    }

    /// Which of `ids` are measures of the network `n`; `Invalid("measures")`
    /// when one is not (deleted, or of another network).
    async fn check_measures<C: ConnectionTrait>(&self, db: &C, n: Uuid, ids: &[Uuid]) -> Result<()> {
        if ids.is_empty() {
            return Ok(());
        }
        let found = network_measure::Entity::find()
            .filter(network_measure::Column::NeighbourhoodId.eq(n))
            .filter(network_measure::Column::Id.is_in(ids.to_vec()))
            .count(db)
            .await?;
        if found as usize == ids.len() { Ok(()) } else { Err(StoreError::Invalid("measures")) }
    }

    /// A funder must be a partner of the same network.
    async fn check_funder<C: ConnectionTrait>(&self, db: &C, n: Uuid, funder: Option<Uuid>) -> Result<()> {
        let Some(f) = funder else { return Ok(()) };
        let found = network_partner::Entity::find_by_id(f)
            .filter(network_partner::Column::NeighbourhoodId.eq(n))
            .count(db)
            .await?;
        if found == 1 { Ok(()) } else { Err(StoreError::Invalid("funder")) }
    }

    /// Add a funding source and the measures that depend on it, all or
    /// nothing.
    pub async fn create_funding(&self, n: Uuid, f: NewFunding) -> Result<network_funding::Model> {
        let mut ids = f.measures.clone();
        ids.sort();
        ids.dedup();
        let t = self.now();
        let txn = self.db().begin().await?;
        self.check_measures(&txn, n, &ids).await?;
        self.check_funder(&txn, n, f.funder).await?;
        let row = network_funding::ActiveModel {
            id: Set(new_id()),
            neighbourhood_id: Set(n),
            funder_id: Set(f.funder),
            name: Set(f.name),
            kind: Set(f.kind.tag().into()),
            amount_cents: Set(f.amount_cents),
            currency: Set(f.currency),
            starts_on: Set(f.starts_on),
            ends_on: Set(f.ends_on),
            conditions: Set(f.conditions),
            created_at: Set(t),
            updated_at: Set(t),
        }
        .insert(&txn)
        .await?;
        link_measures(&txn, row.id, &ids).await?;
        txn.commit().await?;
        Ok(row)
    }

    /// Change a funding source and the measures that depend on it, all or
    /// nothing.
    pub async fn update_funding(&self, n: Uuid, id: Uuid, f: NewFunding) -> Result<()> {
        let mut ids = f.measures.clone();
        ids.sort();
        ids.dedup();
        let txn = self.db().begin().await?;
        let found = network_funding::Entity::find_by_id(id)
            .filter(network_funding::Column::NeighbourhoodId.eq(n))
            .one(&txn)
            .await?
            .ok_or(StoreError::NotFound)?;
        self.check_measures(&txn, n, &ids).await?;
        self.check_funder(&txn, n, f.funder).await?;
        let mut a: network_funding::ActiveModel = found.into();
        a.name = Set(f.name);
        a.kind = Set(f.kind.tag().into());
        a.funder_id = Set(f.funder);
        a.amount_cents = Set(f.amount_cents);
        a.currency = Set(f.currency);
        a.starts_on = Set(f.starts_on);
        a.ends_on = Set(f.ends_on);
        a.conditions = Set(f.conditions);
        a.updated_at = Set(self.now());
        a.update(&txn).await?;
        network_funding_measure::Entity::delete_many()
            .filter(network_funding_measure::Column::FundingId.eq(id))
            .exec(&txn)
            .await?;
        link_measures(&txn, id, &ids).await?;
        txn.commit().await?;
        Ok(())
    }

    pub async fn funding_in(&self, n: Uuid, id: Uuid) -> Result<network_funding::Model> {
        network_funding::Entity::find_by_id(id)
            .filter(network_funding::Column::NeighbourhoodId.eq(n))
            .one(self.db())
            .await?
            .ok_or(StoreError::NotFound)
    }

    /// The measures that depend on the given sources (one query).
    pub async fn funding_links(&self, sources: &[Uuid]) -> Result<Vec<network_funding_measure::Model>> {
        if sources.is_empty() {
            return Ok(Vec::new());
        }
        Ok(network_funding_measure::Entity::find()
            .filter(network_funding_measure::Column::FundingId.is_in(sources.to_vec()))
            .all(self.db())
            .await?)
    }

    /// The funding sources of a network, the one ending first first, a
    /// page at a time.
    pub async fn funding_page(&self, n: Uuid, cursor: Cursor) -> Result<Page<network_funding::Model>> {
        const BY_END: Keyset = Keyset {
            key: &["\"network_funding\".\"ends_on\"", "\"network_funding\".\"id\""],
            cursor_row: "SELECT ends_on, id FROM network_funding WHERE id =",
            descending: false,
        };
        let q = network_funding::Entity::find().filter(network_funding::Column::NeighbourhoodId.eq(n));
        BY_END.page(self.db(), q, cursor, FUNDING_PAGE, |f| f.id).await
    }

    /// The measures, sources and links of a network (three queries).
    pub async fn runway(&self, n: Uuid) -> Result<Runway> {
        let measures = self.all_measures(n).await?;
        let sources = network_funding::Entity::find()
            .filter(network_funding::Column::NeighbourhoodId.eq(n))
            .order_by_asc(network_funding::Column::EndsOn)
            .order_by_asc(network_funding::Column::Id)
            .limit(NETWORK_LIMIT)
            .all(self.db())
            .await?;
        let ids: Vec<Uuid> = sources.iter().map(|s| s.id).collect();
        let links = self.funding_links(&ids).await?;
        Ok(Runway { measures, sources, links })
    }

    /// The networks with a source that ends between `from` and `to`
    /// (both included), across the instance.
    pub async fn networks_with_funding_ending(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<Uuid>> {
        let mut ids: Vec<Uuid> = network_funding::Entity::find()
            .select_only()
            .column(network_funding::Column::NeighbourhoodId)
            .filter(network_funding::Column::EndsOn.gte(from))
            .filter(network_funding::Column::EndsOn.lte(to))
            .into_tuple()
            .all(self.db())
            .await?;
        ids.sort();
        ids.dedup();
        Ok(ids)
    }

    /// Take the one place for a warning about a source (per threshold and
    /// end date): true for the one caller that may send it.
    pub async fn claim_funding_warning(&self, funding: Uuid, months: u32, ends_on: NaiveDate) -> Result<bool> {
        let r = network_warning::ActiveModel {
            id: Set(new_id()),
            funding_id: Set(funding),
            months: Set(i32::try_from(months).unwrap_or(i32::MAX)),
            ends_on: Set(ends_on),
            sent_at: Set(self.now()),
        }
        .insert(self.db())
        .await;
        match r.map_err(|e| StoreError::conflict_on(e, "warning")) {
            Ok(_) => Ok(true),
            Err(StoreError::Conflict(_)) => Ok(false),
            Err(e) => Err(e),
        }
    }

    /// The administrators of the given organisations (one query).
    pub async fn admins_of_organisations(&self, orgs: &[Uuid]) -> Result<Vec<Uuid>> {
        if orgs.is_empty() {
            return Ok(Vec::new());
        }
        Ok(organisation_member::Entity::find()
            .select_only()
            .column(organisation_member::Column::UserId)
            .filter(organisation_member::Column::OrganisationId.is_in(orgs.to_vec()))
            .filter(organisation_member::Column::Role.eq(OrgRole::Admin.tag()))
            .into_tuple()
            .all(self.db())
            .await?)
    }

    /// Write a partner's gains and pains; who wrote them and when is kept.
    pub async fn save_gains(&self, n: Uuid, partner: Uuid, by: Uuid, g: Gains) -> Result<()> {
        let mut a: network_partner::ActiveModel = self.partner_in(n, partner).await?.into();
        a.brings_hours = Set(g.hours);
        a.brings_cents = Set(g.cents);
        a.brings_currency = Set(g.currency);
        a.brings_rooms = Set(g.rooms);
        a.brings_reach = Set(g.reach);
        a.expects = Set(g.expects);
        a.gets = Set(g.gets);
        a.gets_rating = Set(g.gets_rating.map(i32::from));
        a.gains_updated_at = Set(Some(self.now()));
        a.gains_updated_by = Set(Some(by));
        a.update(self.db()).await?;
        Ok(())
    }

    /// What needs attention in the network `n` (one statement), by the
    /// window's rules (`core::network::Window`): sources ending soon,
    /// partners whose gains and pains (or, never written, whose entry) are
    /// old, measures whose activity has been quiet.
    pub async fn network_attention(&self, n: Uuid, w: &quartier_core::network::Window) -> Result<Attention> {
        let (today, ends_by, stale_before, quiet_since) = (w.today, w.ends_by, w.stale_before, w.quiet_since);
        use crate::entity::{event, group, group_post, help_entry, project};
        use sea_orm::QueryTrait;
        use sea_orm::sea_query::{Alias, Condition, Expr, Query, SimpleExpr, SubQueryStatement};
        let sub = |q: sea_orm::sea_query::SelectStatement| {
            SimpleExpr::SubQuery(None, Box::new(SubQueryStatement::SelectStatement(q)))
        };
        let funding = network_funding::Entity::find()
            .select_only()
            .column_as(network_funding::Column::Id.count(), "n")
            .filter(network_funding::Column::NeighbourhoodId.eq(n))
            .filter(network_funding::Column::EndsOn.gte(today))
            .filter(network_funding::Column::EndsOn.lte(ends_by))
            .into_query();
        let partners = network_partner::Entity::find()
            .select_only()
            .column_as(network_partner::Column::Id.count(), "n")
            .filter(network_partner::Column::NeighbourhoodId.eq(n))
            .filter(
                Condition::any().add(network_partner::Column::GainsUpdatedAt.lt(stale_before)).add(
                    Condition::all()
                        .add(network_partner::Column::GainsUpdatedAt.is_null())
                        .add(network_partner::Column::CreatedAt.lt(stale_before)),
                ),
            )
            .into_query();
        let help = help_entry::Entity::find()
            .select_only()
            .column(help_entry::Column::Id)
            .filter(help_entry::Column::NeighbourhoodId.eq(n))
            .filter(help_entry::Column::CreatedAt.gte(quiet_since))
            .limit(1)
            .into_query();
        let events = event::Entity::find()
            .select_only()
            .column(event::Column::Id)
            .filter(event::Column::NeighbourhoodId.eq(n))
            .filter(event::Column::StartsAt.gte(quiet_since))
            .filter(event::Column::StartsAt.lte(self.now()))
            .limit(1)
            .into_query();
        let groups_here = group::Entity::find()
            .select_only()
            .column(group::Column::Id)
            .filter(group::Column::NeighbourhoodId.eq(n))
            .into_query();
        let groups = group_post::Entity::find()
            .select_only()
            .column(group_post::Column::Id)
            .filter(group_post::Column::GroupId.in_subquery(groups_here))
            .filter(group_post::Column::LastActivityAt.gte(quiet_since))
            .limit(1)
            .into_query();
        let projects = project::Entity::find()
            .select_only()
            .column(project::Column::Id)
            .filter(project::Column::NeighbourhoodId.eq(n))
            .filter(project::Column::UpdatedAt.gte(quiet_since))
            .limit(1)
            .into_query();
        let kinds = [Activity::Help, Activity::Events, Activity::Groups, Activity::Coproduction];
        let mut q = Query::select();
        q.expr_as(sub(funding), Alias::new("funding"));
        q.expr_as(sub(partners), Alias::new("partners"));
        for (kind, happened) in kinds.iter().zip([help, events, groups, projects]) {
            q.expr_as(Expr::exists(happened), Alias::new(format!("active_{}", kind.tag())));
            let measures = network_measure::Entity::find()
                .select_only()
                .column_as(network_measure::Column::Id.count(), "n")
                .filter(network_measure::Column::NeighbourhoodId.eq(n))
                .filter(network_measure::Column::Activity.eq(kind.tag()))
                .into_query();
            q.expr_as(sub(measures), Alias::new(format!("measures_{}", kind.tag())));
        }
        let row = self.db().query_one(&q).await?.ok_or(StoreError::NotFound)?;
        let count = |c: &str| row.try_get::<i64>("", c).map(|v| u64::try_from(v).unwrap_or(0));
        let mut a =
            Attention { funding_ending: count("funding")?, partners_stale: count("partners")?, ..Default::default() };
        for kind in kinds {
            let col = format!("active_{}", kind.tag());
            let active = row.try_get::<bool>("", &col).or_else(|_| row.try_get::<i64>("", &col).map(|v| v != 0))?;
            if active {
                a.active.push(kind);
            }
        }
        for kind in kinds {
            if quartier_core::network::quiet(kind, &a.active) {
                a.measures_idle += count(&format!("measures_{}", kind.tag()))?;
            }
        }
        Ok(a)
    }

    /// Measures by id (one query).
    pub async fn measures_by_ids(&self, ids: &[Uuid]) -> Result<Vec<network_measure::Model>> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        Ok(network_measure::Entity::find()
            .filter(network_measure::Column::Id.is_in(ids.to_vec()))
            .all(self.db())
            .await?)
    }

    /// The partners of a network by name, for a form or the balance view.
    pub async fn all_partners(&self, n: Uuid) -> Result<Vec<network_partner::Model>> {
        Ok(network_partner::Entity::find()
            .filter(network_partner::Column::NeighbourhoodId.eq(n))
            .order_by_asc(sea_orm::sea_query::Expr::cust("lower(\"network_partners\".\"name\")"))
            .order_by_asc(network_partner::Column::Id)
            .limit(NETWORK_LIMIT)
            .all(self.db())
            .await?)
    }

    /// Partners by id (one query).
    pub async fn partners_by_ids(&self, ids: &[Uuid]) -> Result<Vec<network_partner::Model>> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        Ok(network_partner::Entity::find()
            .filter(network_partner::Column::Id.is_in(ids.to_vec()))
            .all(self.db())
            .await?)
    }

    /// The demo quarter's network: two outside partners with their gains
    /// and pains, two measures, and funding of which one source ends in a
    /// few months.
    pub(crate) async fn seed_demo_network(&self, n: Uuid, coord: Uuid) -> Result<()> {
        let outside = |name: &str, kind, contact: &str, role: &str| NewPartner {
            name: name.into(),
            kind,
            organisation: None,
            contact: contact.into(),
            role: role.into(),
        };
        let office = self
            .create_partner(
                n,
                outside(
                    "Stadtteilbüro Lindenviertel",
                    PartnerKind::Municipal,
                    "Frau Yilmaz",
                    "Berät und stellt den Saal.",
                ),
            )
            .await?;
        let bakery = self
            .create_partner(
                n,
                outside("Bäckerei Korn", PartnerKind::Business, "Herr Korn", "Spendet Kuchen für das Café."),
            )
            .await?;
        let gains = |hours, cents, rating, expects: &str, gets: &str| Gains {
            hours,
            cents,
            currency: "EUR".into(),
            rooms: String::new(),
            reach: String::new(),
            expects: expects.into(),
            gets: gets.into(),
            gets_rating: Some(rating),
        };
        self.save_gains(
            n,
            office.id,
            coord,
            gains(Some(20), None, 3, "Kontakt zu älteren Menschen.", "Viele Gespräche."),
        )
        .await?;
        self.save_gains(n, bakery.id, coord, gains(Some(2), Some(50_000), 1, "Neue Kundschaft.", "Bisher wenig."))
            .await?;
        let measure = |name: &str, activity, cost_cents| NewMeasure {
            name: name.into(),
            description: String::new(),
            activity,
            cost_cents,
            currency: "EUR".into(),
        };
        let afternoon = self.create_measure(n, measure("Seniorennachmittag", Activity::Events, 360_000)).await?;
        let shopping = self.create_measure(n, measure("Einkaufshilfe", Activity::Help, 120_000)).await?;
        let today = self.now().date_naive();
        let month_end = |months: u32| {
            today
                .with_day(1)
                .and_then(|d| d.checked_add_months(chrono::Months::new(months + 1)))
                .and_then(|d| d.pred_opt())
                .unwrap_or(today)
        };
        let start = today.checked_sub_months(chrono::Months::new(8)).unwrap_or(today);
        let source = |name: &str, kind, amount_cents, ends_on, measures| NewFunding {
            name: name.into(),
            kind,
            funder: None,
            amount_cents,
            currency: "EUR".into(),
            starts_on: start,
            ends_on,
            conditions: String::new(),
            measures,
        };
        self.create_funding(
            n,
            source(
                "Stiftung Nachbarschaft",
                FundingKind::Foundation,
                600_000,
                month_end(4),
                vec![afternoon.id, shopping.id],
            ),
        )
        .await?;
        self.create_funding(n, source("Spenden", FundingKind::Donations, 150_000, month_end(14), vec![shopping.id]))
            .await?;
        Ok(())
    }

    /// What the person wrote for the network (the gains and pains they
    /// last wrote for a partner).
    pub(crate) async fn export_network(&self, user: Uuid) -> Result<Value> {
        let written = network_partner::Entity::find()
            .filter(network_partner::Column::GainsUpdatedBy.eq(user))
            .all(self.db())
            .await?;
        Ok(Value::Array(
            written
                .iter()
                .map(|p| {
                    json!({
                        "partner": p.name,
                        "brings_hours_per_month": p.brings_hours,
                        "brings_cents": p.brings_cents,
                        "currency": p.brings_currency,
                        "brings_rooms": p.brings_rooms,
                        "brings_reach": p.brings_reach,
                        "expects": p.expects,
                        "gets": p.gets,
                        "updated_at": p.gains_updated_at.map(|t| t.to_rfc3339()),
                    })
                })
                .collect(),
        ))
    }

    /// Erasure: the gains and pains stay with the partner (they are the
    /// organisation's); the link to the person who wrote them goes.
    pub(crate) async fn erase_network<C: ConnectionTrait>(&self, db: &C, user: Uuid) -> Result<()> {
        network_partner::Entity::update_many()
            .col_expr(network_partner::Column::GainsUpdatedBy, sea_orm::sea_query::Expr::value(Option::<Uuid>::None))
            .filter(network_partner::Column::GainsUpdatedBy.eq(user))
            .exec(db)
            .await?;
        Ok(())
    }
}

async fn link_measures<C: ConnectionTrait>(db: &C, funding: Uuid, measures: &[Uuid]) -> Result<()> {
    if measures.is_empty() {
        return Ok(());
    }
    network_funding_measure::Entity::insert_many(
        measures.iter().map(|m| network_funding_measure::ActiveModel { funding_id: Set(funding), measure_id: Set(*m) }),
    )
    .exec(db)
    .await?;
    Ok(())
}

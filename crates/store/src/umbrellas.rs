//! Umbrella organisations and their local branches: links that one side
//! asks for and the other confirms. A link lets the umbrella list its
//! branches and read their figures; it gives it no say over them (the rule
//! is `core::org_site::affiliation`).

use crate::entity::{org_affiliation, org_domain, org_page, organisation, organisation_member};
use crate::paging::{Cursor, Keyset, Page};
use crate::{Result, Store, StoreError, new_id};
use chrono::{DateTime, Duration, Utc};
use quartier_core::org_site::{AffiliationStatus, Side};
use sea_orm::sea_query::{Condition, Expr, ExprTrait, Query};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use std::collections::HashMap;
use uuid::Uuid;

/// Branches shown on one page of an umbrella's list.
pub const BRANCHES_PAGE: u64 = 30;

/// The most questions waiting, and the most umbrellas, an organisation's
/// page of links lists at once; more than a handful is rare.
pub const LINKS_SHOWN: u64 = 50;

/// A branch's figures as its umbrella reads them: members, news of the
/// last twelve months that everyone may read, events ahead, pages of its
/// site.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct BranchFigures {
    pub members: u64,
    pub news_year: u64,
    pub events_ahead: u64,
    pub pages: u64,
}

/// The organisations linked to one, as its page names them: the umbrellas
/// it belongs to and its first branches, listed ones only, by name.
#[derive(Debug, Clone, Default)]
pub struct Family {
    pub umbrellas: Vec<organisation::Model>,
    pub branches: Vec<organisation::Model>,
    /// More branches than `branches` holds.
    pub more_branches: bool,
}

impl Store {
    /// One side asks for a link: `Conflict("self")` for an organisation
    /// and itself, `Conflict("linked")` when the two are linked (or asked)
    /// already, either way round.
    pub async fn ask_affiliation(
        &self,
        umbrella: Uuid,
        branch: Uuid,
        asked_by: Side,
    ) -> Result<org_affiliation::Model> {
        if umbrella == branch {
            return Err(StoreError::Conflict("self"));
        }
        let existing = org_affiliation::Entity::find()
            .filter(
                Condition::any()
                    .add(
                        Condition::all()
                            .add(org_affiliation::Column::UmbrellaId.eq(umbrella))
                            .add(org_affiliation::Column::BranchId.eq(branch)),
                    )
                    .add(
                        Condition::all()
                            .add(org_affiliation::Column::UmbrellaId.eq(branch))
                            .add(org_affiliation::Column::BranchId.eq(umbrella)),
                    ),
            )
            .one(self.db())
            .await?;
        if existing.is_some() {
            return Err(StoreError::Conflict("linked"));
        }
        org_affiliation::ActiveModel {
            id: Set(new_id()),
            umbrella_id: Set(umbrella),
            branch_id: Set(branch),
            asked_by: Set(asked_by.tag().into()),
            status: Set(AffiliationStatus::Asked.tag().into()),
            created_at: Set(self.now()),
            confirmed_at: Set(None),
        }
        .insert(self.db())
        .await
        .map_err(|e| StoreError::conflict_on(e, "linked"))
    }

    /// A link that `org` is one side of.
    pub async fn affiliation_of(&self, org: Uuid, id: Uuid) -> Result<org_affiliation::Model> {
        org_affiliation::Entity::find_by_id(id)
            .filter(
                Condition::any()
                    .add(org_affiliation::Column::UmbrellaId.eq(org))
                    .add(org_affiliation::Column::BranchId.eq(org)),
            )
            .one(self.db())
            .await?
            .ok_or(StoreError::NotFound)
    }

    /// Confirm a link that was asked for; of two answers at once one
    /// confirms, the other gets `NotFound`.
    pub async fn confirm_affiliation(&self, id: Uuid) -> Result<()> {
        let r = org_affiliation::Entity::update_many()
            .col_expr(org_affiliation::Column::Status, Expr::value(AffiliationStatus::Confirmed.tag()))
            .col_expr(org_affiliation::Column::ConfirmedAt, Expr::value(Some(self.now())))
            .filter(org_affiliation::Column::Id.eq(id))
            .filter(org_affiliation::Column::Status.eq(AffiliationStatus::Asked.tag()))
            .exec(self.db())
            .await?;
        if r.rows_affected == 0 {
            return Err(StoreError::NotFound);
        }
        Ok(())
    }

    /// End a link, or decline or take back a question: the row goes.
    pub async fn end_affiliation(&self, id: Uuid) -> Result<()> {
        let r = org_affiliation::Entity::delete_by_id(id).exec(self.db()).await?;
        if r.rows_affected == 0 {
            return Err(StoreError::NotFound);
        }
        Ok(())
    }

    /// One page of the links where `org` is on `side`, in `status`, in the
    /// order they were made.
    pub async fn affiliations(
        &self,
        org: Uuid,
        side: Side,
        status: AffiliationStatus,
        cursor: Cursor,
        size: u64,
    ) -> Result<Page<org_affiliation::Model>> {
        const ORDER: Keyset = Keyset { key: &["\"org_affiliations\".\"id\""], cursor_row: "", descending: false };
        let mine = match side {
            Side::Umbrella => org_affiliation::Column::UmbrellaId,
            Side::Branch => org_affiliation::Column::BranchId,
        };
        let q = org_affiliation::Entity::find()
            .filter(mine.eq(org))
            .filter(org_affiliation::Column::Status.eq(status.tag()));
        ORDER.page(self.db(), q, cursor, size, |a| a.id).await
    }

    /// The umbrellas `org` belongs to and its first branches, both confirmed
    /// and listed in some neighbourhood: two statements.
    pub async fn family(&self, org: Uuid, branches_shown: usize) -> Result<Family> {
        let links = org_affiliation::Entity::find()
            .filter(org_affiliation::Column::Status.eq(AffiliationStatus::Confirmed.tag()))
            .filter(
                Condition::any()
                    .add(org_affiliation::Column::UmbrellaId.eq(org))
                    .add(org_affiliation::Column::BranchId.eq(org)),
            )
            .order_by_asc(org_affiliation::Column::Id)
            .limit(LINKS_SHOWN + branches_shown as u64 + 1)
            .all(self.db())
            .await?;
        if links.is_empty() {
            return Ok(Family::default());
        }
        let ids: Vec<Uuid> =
            links.iter().map(|l| if l.umbrella_id == org { l.branch_id } else { l.umbrella_id }).collect();
        let orgs = self.listed_organisations(&ids).await?;
        let mut family = Family::default();
        for o in orgs {
            if links.iter().any(|l| l.branch_id == org && l.umbrella_id == o.id) {
                family.umbrellas.push(o);
            } else if family.branches.len() < branches_shown {
                family.branches.push(o);
            } else {
                family.more_branches = true;
            }
        }
        Ok(family)
    }

    /// Those of `ids` that are confirmed in some neighbourhood (and so
    /// listed for everyone), by name: one statement.
    pub async fn listed_organisations(&self, ids: &[Uuid]) -> Result<Vec<organisation::Model>> {
        use crate::entity::organisation_neighbourhood as on;
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        // Correlated, so each candidate is looked up along the link's index.
        let confirmed = Query::select()
            .expr(Expr::val(1))
            .from(on::Entity)
            .and_where(
                Expr::col((on::Entity, on::Column::OrganisationId))
                    .equals((organisation::Entity, organisation::Column::Id)),
            )
            .and_where(
                Expr::col((on::Entity, on::Column::Status))
                    .eq(quartier_core::organisation::LinkStatus::Confirmed.tag()),
            )
            .to_owned();
        Ok(organisation::Entity::find()
            .filter(organisation::Column::Id.is_in(ids.to_vec()))
            .filter(Expr::exists(confirmed))
            .order_by_asc(organisation::Column::Name)
            .all(self.db())
            .await?)
    }

    /// The figures of some branches, in four grouped statements whatever
    /// their number.
    pub async fn branch_figures(&self, branches: &[Uuid], now: DateTime<Utc>) -> Result<HashMap<Uuid, BranchFigures>> {
        let mut out: HashMap<Uuid, BranchFigures> = branches.iter().map(|b| (*b, BranchFigures::default())).collect();
        if branches.is_empty() {
            return Ok(out);
        }
        let ids = branches.to_vec();
        let n = |x: i64| u64::try_from(x).unwrap_or(0);
        let members: Vec<(Uuid, i64)> = organisation_member::Entity::find()
            .select_only()
            .column(organisation_member::Column::OrganisationId)
            .column_as(organisation_member::Column::Id.count(), "n")
            .filter(organisation_member::Column::OrganisationId.is_in(ids.clone()))
            .group_by(organisation_member::Column::OrganisationId)
            .into_tuple()
            .all(self.db())
            .await?;
        for (o, c) in members {
            out.entry(o).or_default().members = n(c);
        }
        // Public news of the last twelve months, and events ahead.
        for (o, c) in crate::activity::public_news(self.db(), &ids, now - Duration::days(365), now).await? {
            out.entry(o).or_default().news_year = c;
        }
        for (o, c) in crate::activity::events_from(self.db(), &ids, now).await? {
            out.entry(o).or_default().events_ahead = c;
        }
        let pages: Vec<(Uuid, i64)> = org_page::Entity::find()
            .select_only()
            .column(org_page::Column::OrganisationId)
            .column_as(org_page::Column::Id.count(), "n")
            .filter(org_page::Column::OrganisationId.is_in(ids))
            .filter(org_page::Column::Published.eq(true))
            .group_by(org_page::Column::OrganisationId)
            .into_tuple()
            .all(self.db())
            .await?;
        for (o, c) in pages {
            out.entry(o).or_default().pages = n(c);
        }
        Ok(out)
    }
}

/// The most host names the operator's list shows; an instance serves a
/// handful of organisations' own domains.
pub const DOMAINS_SHOWN: u64 = 500;

impl Store {
    /// Serve an organisation's site under `host` (already parsed);
    /// `Conflict("host")` when the name serves another already.
    pub async fn add_org_domain(&self, host: &str, org: Uuid) -> Result<()> {
        org_domain::ActiveModel { host: Set(host.to_string()), organisation_id: Set(org), created_at: Set(self.now()) }
            .insert(self.db())
            .await
            .map_err(|e| StoreError::conflict_on(e, "host"))?;
        Ok(())
    }

    /// Stop serving a site under `host`; `NotFound` if it served none.
    pub async fn remove_org_domain(&self, host: &str) -> Result<()> {
        let r = org_domain::Entity::delete_by_id(host.to_string()).exec(self.db()).await?;
        if r.rows_affected == 0 {
            return Err(StoreError::NotFound);
        }
        Ok(())
    }

    /// Every host name and the organisation it serves, by host.
    pub async fn org_domains(&self) -> Result<Vec<(org_domain::Model, Option<organisation::Model>)>> {
        Ok(org_domain::Entity::find()
            .find_also_related(organisation::Entity)
            .order_by_asc(org_domain::Column::Host)
            .limit(DOMAINS_SHOWN)
            .all(self.db())
            .await?)
    }

    /// The host names an organisation's site is served under.
    pub async fn domains_of(&self, org: Uuid) -> Result<Vec<String>> {
        Ok(org_domain::Entity::find()
            .select_only()
            .column(org_domain::Column::Host)
            .filter(org_domain::Column::OrganisationId.eq(org))
            .order_by_asc(org_domain::Column::Host)
            .into_tuple()
            .all(self.db())
            .await?)
    }

    /// The short name of the organisation whose site `host` serves, if any:
    /// one statement.
    pub async fn org_slug_for_host(&self, host: &str) -> Result<Option<String>> {
        Ok(org_domain::Entity::find_by_id(host.to_string())
            .find_also_related(organisation::Entity)
            .one(self.db())
            .await?
            .and_then(|(_, o)| o)
            .map(|o| o.slug))
    }
}

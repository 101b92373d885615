//! Neighbourhoods and the memberships of people in them.

use crate::entity::{membership, neighbourhood, user};
use crate::paging::{Cursor, Keyset, Page};
use crate::{Result, Store, StoreError, new_id};
use quartier_core::neighbourhood::{MembershipStatus, Role, Slug};
use sea_orm::sea_query::{Expr, ExprTrait, IntoCondition};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, JoinType, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect, TransactionTrait,
};
use uuid::Uuid;

/// A membership's person, to join in the same statement.
fn membership_user() -> sea_orm::RelationDef {
    membership::Entity::belongs_to(user::Entity).from(membership::Column::UserId).to(user::Column::Id).into()
}

/// How many members a page of a members list shows.
pub const MEMBERS_PAGE: u64 = 50;

/// A member as listed to neighbours and coordinators.
#[derive(Debug, Clone)]
pub struct Member {
    pub membership: membership::Model,
    pub user: user::Model,
}

impl Member {
    pub fn role(&self) -> Role {
        self.membership.role()
    }
}

/// The role and status of a membership row.
pub fn membership_state(m: &membership::Model) -> (Role, MembershipStatus) {
    (m.role(), m.status())
}

impl Store {
    pub async fn create_neighbourhood(
        &self,
        slug: &Slug,
        name: &str,
        description: &str,
        tz: &str,
    ) -> Result<neighbourhood::Model> {
        neighbourhood::ActiveModel {
            id: Set(new_id()),
            slug: Set(slug.as_str().to_string()),
            name: Set(name.to_string()),
            description: Set(description.to_string()),
            timezone: Set(tz.to_string()),
            created_at: Set(self.now()),
            time_bank: Set(false),
            office_contact: Set(String::new()),
            content_version: Set(0),
        }
        .insert(self.db())
        .await
        .map_err(|e| StoreError::conflict_on(e, "slug"))
    }

    pub async fn neighbourhood_by_slug(&self, slug: &str) -> Result<neighbourhood::Model> {
        neighbourhood::Entity::find()
            .filter(neighbourhood::Column::Slug.eq(slug))
            .one(self.db())
            .await?
            .ok_or(StoreError::NotFound)
    }

    /// A neighbourhood and the reader's membership in it, in one statement:
    /// every page inside a neighbourhood starts with both.
    pub async fn neighbourhood_with_membership(
        &self,
        slug: &str,
        reader: Option<Uuid>,
    ) -> Result<(neighbourhood::Model, Option<membership::Model>)> {
        let q = neighbourhood::Entity::find().filter(neighbourhood::Column::Slug.eq(slug));
        let Some(reader) = reader else {
            return Ok((q.one(self.db()).await?.ok_or(StoreError::NotFound)?, None));
        };
        let readers_row = membership::Entity::belongs_to(neighbourhood::Entity)
            .from(membership::Column::NeighbourhoodId)
            .to(neighbourhood::Column::Id)
            .on_condition(move |m, _| Expr::col((m, membership::Column::UserId)).eq(reader).into_condition())
            .into();
        let (n, m) = q
            .select_also(membership::Entity)
            .join_rev(JoinType::LeftJoin, readers_row)
            .one(self.db())
            .await?
            .ok_or(StoreError::NotFound)?;
        Ok((n, m))
    }

    pub async fn neighbourhood_by_id(&self, id: Uuid) -> Result<neighbourhood::Model> {
        neighbourhood::Entity::find_by_id(id).one(self.db()).await?.ok_or(StoreError::NotFound)
    }

    /// How people answer the printed notice board (phone, office hours).
    pub async fn set_office_contact(&self, n: Uuid, contact: &str) -> Result<()> {
        neighbourhood::Entity::update_many()
            .col_expr(neighbourhood::Column::OfficeContact, sea_orm::sea_query::Expr::value(contact))
            .filter(neighbourhood::Column::Id.eq(n))
            .exec(self.db())
            .await?;
        Ok(())
    }

    /// Several neighbourhoods at once, for lists (one query).
    pub async fn neighbourhoods_by_ids(&self, ids: &[Uuid]) -> Result<Vec<neighbourhood::Model>> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        Ok(neighbourhood::Entity::find().filter(neighbourhood::Column::Id.is_in(ids.to_vec())).all(self.db()).await?)
    }

    pub async fn neighbourhoods(&self) -> Result<Vec<neighbourhood::Model>> {
        Ok(neighbourhood::Entity::find().order_by_asc(neighbourhood::Column::Name).all(self.db()).await?)
    }

    pub async fn membership(&self, user_id: Uuid, neighbourhood_id: Uuid) -> Result<Option<membership::Model>> {
        Ok(membership::Entity::find()
            .filter(membership::Column::UserId.eq(user_id))
            .filter(membership::Column::NeighbourhoodId.eq(neighbourhood_id))
            .one(self.db())
            .await?)
    }

    /// A person's memberships in several neighbourhoods, in one query.
    pub async fn memberships_in(&self, user_id: Uuid, neighbourhoods: &[Uuid]) -> Result<Vec<membership::Model>> {
        if neighbourhoods.is_empty() {
            return Ok(Vec::new());
        }
        Ok(membership::Entity::find()
            .filter(membership::Column::UserId.eq(user_id))
            .filter(membership::Column::NeighbourhoodId.is_in(neighbourhoods.to_vec()))
            .all(self.db())
            .await?)
    }

    /// All memberships of a person, with their neighbourhoods.
    pub async fn memberships_of(&self, user_id: Uuid) -> Result<Vec<(membership::Model, neighbourhood::Model)>> {
        let of_nb = membership::Entity::belongs_to(neighbourhood::Entity)
            .from(membership::Column::NeighbourhoodId)
            .to(neighbourhood::Column::Id);
        Ok(membership::Entity::find()
            .select_also(neighbourhood::Entity)
            .join(JoinType::InnerJoin, of_nb.into())
            .filter(membership::Column::UserId.eq(user_id))
            .order_by_asc(membership::Column::CreatedAt)
            .all(self.db())
            .await?
            .into_iter()
            .filter_map(|(m, n)| n.map(|n| (m, n)))
            .collect())
    }

    /// Ask to join. A second request is a conflict, not a second row.
    pub async fn request_membership(&self, user_id: Uuid, neighbourhood_id: Uuid) -> Result<membership::Model> {
        membership::ActiveModel {
            id: Set(new_id()),
            user_id: Set(user_id),
            neighbourhood_id: Set(neighbourhood_id),
            role: Set(Role::Resident.tag().into()),
            status: Set(MembershipStatus::Pending.tag().into()),
            created_at: Set(self.now()),
            verified_at: Set(None),
            verified_by: Set(None),
            via_code: Set(false),
            last_seen_at: Set(None),
            new_since: Set(None),
        }
        .insert(self.db())
        .await
        .map_err(|e| StoreError::conflict_on(e, "membership"))
    }

    /// Add someone directly with a role and verified (operator tools, demo).
    pub async fn add_verified_member(
        &self,
        user_id: Uuid,
        neighbourhood_id: Uuid,
        role: Role,
        by: Option<Uuid>,
    ) -> Result<()> {
        let t = self.now();
        match self.membership(user_id, neighbourhood_id).await? {
            Some(m) => {
                let mut a: membership::ActiveModel = m.into();
                a.role = Set(role.tag().into());
                a.status = Set(MembershipStatus::Verified.tag().into());
                a.verified_at = Set(Some(t));
                a.verified_by = Set(by);
                a.update(self.db()).await?;
            }
            None => {
                membership::ActiveModel {
                    id: Set(new_id()),
                    user_id: Set(user_id),
                    neighbourhood_id: Set(neighbourhood_id),
                    role: Set(role.tag().into()),
                    status: Set(MembershipStatus::Verified.tag().into()),
                    created_at: Set(t),
                    verified_at: Set(Some(t)),
                    verified_by: Set(by),
                    via_code: Set(false),
                    last_seen_at: Set(None),
                    new_since: Set(None),
                }
                .insert(self.db())
                .await?;
            }
        }
        Ok(())
    }

    /// A coordinator confirms a pending membership of their neighbourhood.
    pub async fn confirm_membership(
        &self,
        neighbourhood_id: Uuid,
        membership_id: Uuid,
        by: Uuid,
    ) -> Result<membership::Model> {
        let txn = self.db().begin().await?;
        let m = membership::Entity::find_by_id(membership_id)
            .filter(membership::Column::NeighbourhoodId.eq(neighbourhood_id))
            .one(&txn)
            .await?
            .ok_or(StoreError::NotFound)?;
        if m.status() == MembershipStatus::Verified {
            return Err(StoreError::Invalid("already verified"));
        }
        let mut a: membership::ActiveModel = m.into();
        a.status = Set(MembershipStatus::Verified.tag().into());
        a.verified_at = Set(Some(self.now()));
        a.verified_by = Set(Some(by));
        let m = a.update(&txn).await?;
        txn.commit().await?;
        Ok(m)
    }

    /// A coordinator declines a pending request: the row goes away, so the
    /// person can ask again later.
    pub async fn decline_membership(&self, neighbourhood_id: Uuid, membership_id: Uuid) -> Result<()> {
        let r = membership::Entity::delete_many()
            .filter(membership::Column::Id.eq(membership_id))
            .filter(membership::Column::NeighbourhoodId.eq(neighbourhood_id))
            .filter(membership::Column::Status.eq(MembershipStatus::Pending.tag()))
            .exec(self.db())
            .await?;
        if r.rows_affected == 0 {
            return Err(StoreError::NotFound);
        }
        Ok(())
    }

    /// Change the role of a verified member.
    pub async fn set_role(&self, neighbourhood_id: Uuid, membership_id: Uuid, role: Role) -> Result<()> {
        let m = membership::Entity::find_by_id(membership_id)
            .filter(membership::Column::NeighbourhoodId.eq(neighbourhood_id))
            .filter(membership::Column::Status.eq(MembershipStatus::Verified.tag()))
            .one(self.db())
            .await?
            .ok_or(StoreError::NotFound)?;
        if m.role() == Role::Coordinator && role != Role::Coordinator {
            let coordinators = membership::Entity::find()
                .filter(membership::Column::NeighbourhoodId.eq(neighbourhood_id))
                .filter(membership::Column::Role.eq(Role::Coordinator.tag()))
                .count(self.db())
                .await?;
            if coordinators <= 1 {
                return Err(StoreError::Invalid("last coordinator"));
            }
        }
        let mut a: membership::ActiveModel = m.into();
        a.role = Set(role.tag().into());
        a.update(self.db()).await?;
        Ok(())
    }

    /// How many people wait to be confirmed, counted, not loaded.
    pub async fn count_pending(&self, neighbourhood_id: Uuid) -> Result<u64> {
        Ok(membership::Entity::find()
            .filter(membership::Column::NeighbourhoodId.eq(neighbourhood_id))
            .filter(membership::Column::Status.eq(MembershipStatus::Pending.tag()))
            .count(self.db())
            .await?)
    }

    /// People waiting to be confirmed, those who asked first first, a page
    /// at a time (the cursor names a membership).
    pub async fn pending_members(&self, neighbourhood_id: Uuid, cursor: Cursor) -> Result<Page<Member>> {
        const OLDEST: Keyset = Keyset {
            key: &["\"memberships\".\"created_at\"", "\"memberships\".\"id\""],
            cursor_row: "SELECT created_at, id FROM memberships WHERE id =",
            descending: false,
        };
        let q = membership::Entity::find()
            .filter(membership::Column::NeighbourhoodId.eq(neighbourhood_id))
            .filter(membership::Column::Status.eq(MembershipStatus::Pending.tag()));
        let page = OLDEST.page(self.db(), q, cursor, MEMBERS_PAGE, |m| m.id).await?;
        self.with_people(page).await
    }

    /// The verified members by name, a page at a time (the cursor names a
    /// person).
    pub async fn verified_members(&self, neighbourhood_id: Uuid, cursor: Cursor) -> Result<Page<Member>> {
        const BY_NAME: Keyset = Keyset {
            key: &["lower(\"users\".\"display_name\")", "\"users\".\"id\""],
            cursor_row: "SELECT lower(display_name), id FROM users WHERE id =",
            descending: false,
        };
        let q = membership::Entity::find()
            .join(JoinType::InnerJoin, membership_user())
            .filter(membership::Column::NeighbourhoodId.eq(neighbourhood_id))
            .filter(membership::Column::Status.eq(MembershipStatus::Verified.tag()));
        let page = BY_NAME.page(self.db(), q, cursor, MEMBERS_PAGE, |m| m.user_id).await?;
        self.with_people(page).await
    }

    /// The people of a page of memberships, in one query.
    async fn with_people(&self, page: Page<membership::Model>) -> Result<Page<Member>> {
        let ids: Vec<Uuid> = page.items.iter().map(|m| m.user_id).collect();
        let users = self.users_by_ids(&ids).await?;
        let items = page
            .items
            .into_iter()
            .filter_map(|m| {
                let user = users.iter().find(|u| u.id == m.user_id)?.clone();
                Some(Member { membership: m, user })
            })
            .collect();
        Ok(Page { items, next: page.next, prev: page.prev })
    }

    /// One membership of a neighbourhood with its person (e.g. whose role
    /// a coordinator changes).
    pub async fn member_by_membership(&self, neighbourhood_id: Uuid, membership_id: Uuid) -> Result<Member> {
        let m = membership::Entity::find_by_id(membership_id)
            .filter(membership::Column::NeighbourhoodId.eq(neighbourhood_id))
            .one(self.db())
            .await?
            .ok_or(StoreError::NotFound)?;
        let user = user::Entity::find_by_id(m.user_id).one(self.db()).await?.ok_or(StoreError::NotFound)?;
        Ok(Member { membership: m, user })
    }

    /// The newest verified neighbours, for the start page.
    pub async fn newest_members(&self, neighbourhood_id: Uuid, limit: u64) -> Result<Vec<Member>> {
        Ok(membership::Entity::find()
            .filter(membership::Column::NeighbourhoodId.eq(neighbourhood_id))
            .filter(membership::Column::Status.eq(MembershipStatus::Verified.tag()))
            .order_by_desc(membership::Column::VerifiedAt)
            .order_by_desc(membership::Column::Id)
            .select_also(user::Entity)
            .join(JoinType::InnerJoin, membership_user())
            .limit(limit)
            .all(self.db())
            .await?
            .into_iter()
            .filter_map(|(m, u)| Some(Member { membership: m, user: u? }))
            .collect())
    }

    /// The ids of the verified members of a neighbourhood with at least
    /// `role` (coordinators, or moderators and coordinators), to tell them
    /// what waits for them.
    pub async fn people_with_role(&self, neighbourhood_id: Uuid, role: Role) -> Result<Vec<Uuid>> {
        Ok(self.staff(neighbourhood_id, role).await?.into_iter().map(|(u, _)| u).collect())
    }

    /// Verified members with at least `role`, each with their own role, so a
    /// caller can ask a visibility rule per person before telling them.
    pub async fn staff(&self, neighbourhood_id: Uuid, role: Role) -> Result<Vec<(Uuid, Role)>> {
        let wanted: Vec<&str> = Role::ALL.iter().filter(|r| **r >= role).map(|r| r.tag()).collect();
        Ok(membership::Entity::find()
            .filter(membership::Column::NeighbourhoodId.eq(neighbourhood_id))
            .filter(membership::Column::Status.eq(MembershipStatus::Verified.tag()))
            .filter(membership::Column::Role.is_in(wanted))
            .all(self.db())
            .await?
            .into_iter()
            .map(|m| (m.user_id, m.role()))
            .collect())
    }

    /// Verified members of every neighbourhood, counted in one statement.
    pub async fn member_counts(&self) -> Result<std::collections::HashMap<Uuid, u64>> {
        let rows: Vec<(Uuid, i64)> = membership::Entity::find()
            .select_only()
            .column(membership::Column::NeighbourhoodId)
            .column_as(Expr::col(membership::Column::Id).count(), "n")
            .filter(membership::Column::Status.eq(MembershipStatus::Verified.tag()))
            .group_by(membership::Column::NeighbourhoodId)
            .into_tuple()
            .all(self.db())
            .await?;
        Ok(rows.into_iter().map(|(n, c)| (n, u64::try_from(c).unwrap_or(0))).collect())
    }

    pub async fn count_members(&self, neighbourhood_id: Uuid) -> Result<u64> {
        Ok(membership::Entity::find()
            .filter(membership::Column::NeighbourhoodId.eq(neighbourhood_id))
            .filter(membership::Column::Status.eq(MembershipStatus::Verified.tag()))
            .count(self.db())
            .await?)
    }

    /// Whether two people are both verified in at least one neighbourhood.
    pub async fn share_neighbourhood(&self, a: Uuid, b: Uuid) -> Result<bool> {
        let verified = MembershipStatus::Verified.tag();
        let mine: Vec<Uuid> = membership::Entity::find()
            .filter(membership::Column::UserId.eq(a))
            .filter(membership::Column::Status.eq(verified))
            .all(self.db())
            .await?
            .into_iter()
            .map(|m| m.neighbourhood_id)
            .collect();
        if mine.is_empty() {
            return Ok(false);
        }
        Ok(membership::Entity::find()
            .filter(membership::Column::UserId.eq(b))
            .filter(membership::Column::Status.eq(verified))
            .filter(membership::Column::NeighbourhoodId.is_in(mine))
            .count(self.db())
            .await?
            > 0)
    }
}

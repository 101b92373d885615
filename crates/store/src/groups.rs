//! Groups of neighbours, their members and their discussion board.

use crate::entity::{group, group_member, group_post, user};
use crate::paging::{Cursor, Keyset, Page};
use crate::{Result, Store, StoreError, new_id};
use quartier_core::group::Standing;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
    TransactionTrait, sea_query::Expr,
};
use uuid::Uuid;

/// How many groups a page of a neighbourhood's list shows.
pub const GROUPS_PAGE: u64 = 50;

/// A group's profile, already parsed.
#[derive(Debug, Clone, Default)]
pub struct GroupProfile {
    pub name: String,
    pub description: String,
    pub kind: String,
    pub joining: String,
    /// A learning group's topic and when it meets (empty otherwise).
    pub topic: String,
    pub schedule: String,
}

impl Store {
    /// Found a group; its founder is its first administrator.
    pub async fn create_group(&self, n: Uuid, founder: Uuid, p: GroupProfile) -> Result<group::Model> {
        let t = self.now();
        let txn = self.db().begin().await?;
        let g = group::ActiveModel {
            id: Set(new_id()),
            neighbourhood_id: Set(n),
            name: Set(p.name),
            description: Set(p.description),
            kind: Set(p.kind),
            joining: Set(p.joining),
            topic: Set(p.topic),
            schedule: Set(p.schedule),
            created_by: Set(Some(founder)),
            hidden_reason: Set(None),
            created_at: Set(t),
            updated_at: Set(t),
        }
        .insert(&txn)
        .await?;
        self.index_group(&txn, &g).await?;
        group_member::ActiveModel {
            id: Set(new_id()),
            group_id: Set(g.id),
            user_id: Set(founder),
            standing: Set(Standing::Admin.tag().into()),
            created_at: Set(t),
        }
        .insert(&txn)
        .await?;
        txn.commit().await?;
        Ok(g)
    }

    pub async fn update_group(&self, id: Uuid, p: GroupProfile) -> Result<()> {
        let g = group::Entity::find_by_id(id).one(self.db()).await?.ok_or(StoreError::NotFound)?;
        let mut a: group::ActiveModel = g.into();
        a.name = Set(p.name);
        a.description = Set(p.description);
        a.kind = Set(p.kind);
        a.joining = Set(p.joining);
        a.topic = Set(p.topic);
        a.schedule = Set(p.schedule);
        a.updated_at = Set(self.now());
        let txn = self.db().begin().await?;
        let g = a.update(&txn).await?;
        self.index_group(&txn, &g).await?;
        txn.commit().await?;
        Ok(())
    }

    /// Groups of a neighbourhood by id, in one query (what a search found).
    pub async fn groups_by_ids(&self, n: Uuid, ids: &[Uuid]) -> Result<Vec<group::Model>> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        Ok(group::Entity::find()
            .filter(group::Column::NeighbourhoodId.eq(n))
            .filter(group::Column::Id.is_in(ids.to_vec()))
            .all(self.db())
            .await?)
    }

    /// A group of a neighbourhood.
    pub async fn group_in(&self, n: Uuid, id: Uuid) -> Result<group::Model> {
        group::Entity::find_by_id(id)
            .filter(group::Column::NeighbourhoodId.eq(n))
            .one(self.db())
            .await?
            .ok_or(StoreError::NotFound)
    }

    /// The groups of a neighbourhood, by name, with their member counts, a
    /// page at a time (the cursor names a group).
    pub async fn groups_in(&self, n: Uuid, cursor: Cursor) -> Result<Page<(group::Model, u64)>> {
        const BY_NAME: Keyset = Keyset {
            key: &["lower(\"groups\".\"name\")", "\"groups\".\"id\""],
            cursor_row: "SELECT lower(name), id FROM \"groups\" WHERE id =",
            descending: false,
        };
        let q = group::Entity::find()
            .filter(group::Column::NeighbourhoodId.eq(n))
            .filter(group::Column::HiddenReason.is_null());
        let page = BY_NAME.page(self.db(), q, cursor, GROUPS_PAGE, |g| g.id).await?;
        let (next, prev) = (page.next, page.prev);
        let groups = page.items;
        // Members counted for all groups at once.
        let ids: Vec<Uuid> = groups.iter().map(|g| g.id).collect();
        let counts: Vec<(Uuid, i64)> = if ids.is_empty() {
            Vec::new()
        } else {
            group_member::Entity::find()
                .select_only()
                .column(group_member::Column::GroupId)
                .column_as(group_member::Column::Id.count(), "n")
                .filter(group_member::Column::GroupId.is_in(ids))
                .filter(group_member::Column::Standing.ne(Standing::Pending.tag()))
                .group_by(group_member::Column::GroupId)
                .into_tuple()
                .all(self.db())
                .await?
        };
        let counts: std::collections::HashMap<Uuid, i64> = counts.into_iter().collect();
        let items = groups
            .into_iter()
            .map(|g| {
                let n = counts.get(&g.id).copied().unwrap_or(0);
                (g, u64::try_from(n).unwrap_or(0))
            })
            .collect();
        Ok(Page { items, next, prev })
    }

    /// A person's standing in several groups, in one query.
    pub async fn group_standings_of(
        &self,
        user: Uuid,
        groups: &[Uuid],
    ) -> Result<std::collections::HashMap<Uuid, Standing>> {
        if groups.is_empty() {
            return Ok(Default::default());
        }
        Ok(group_member::Entity::find()
            .filter(group_member::Column::UserId.eq(user))
            .filter(group_member::Column::GroupId.is_in(groups.to_vec()))
            .all(self.db())
            .await?
            .into_iter()
            .filter_map(|m| m.standing().map(|s| (m.group_id, s)))
            .collect())
    }

    pub async fn group_standing(&self, group: Uuid, user: Uuid) -> Result<Option<Standing>> {
        Ok(group_member::Entity::find()
            .filter(group_member::Column::GroupId.eq(group))
            .filter(group_member::Column::UserId.eq(user))
            .one(self.db())
            .await?
            .and_then(|m| m.standing()))
    }

    /// Join an open group, or ask to join one by request. Joining twice
    /// keeps the standing one has.
    pub async fn join_group(&self, group: Uuid, user: Uuid, open: bool) -> Result<Standing> {
        if let Some(s) = self.group_standing(group, user).await? {
            return Ok(s);
        }
        let standing = if open { Standing::Member } else { Standing::Pending };
        group_member::ActiveModel {
            id: Set(new_id()),
            group_id: Set(group),
            user_id: Set(user),
            standing: Set(standing.tag().into()),
            created_at: Set(self.now()),
        }
        .insert(self.db())
        .await
        .map_err(|e| StoreError::conflict_on(e, "member"))?;
        Ok(standing)
    }

    /// Set a member's standing (confirm a request, make an administrator).
    /// The last administrator cannot step down.
    pub async fn set_group_standing(&self, group: Uuid, user: Uuid, standing: Standing) -> Result<()> {
        let m = group_member::Entity::find()
            .filter(group_member::Column::GroupId.eq(group))
            .filter(group_member::Column::UserId.eq(user))
            .one(self.db())
            .await?
            .ok_or(StoreError::NotFound)?;
        if m.standing() == Some(Standing::Admin) && standing != Standing::Admin && self.group_admins(group).await? <= 1
        {
            return Err(StoreError::Invalid("last admin"));
        }
        let mut a: group_member::ActiveModel = m.into();
        a.standing = Set(standing.tag().into());
        a.update(self.db()).await?;
        Ok(())
    }

    /// Leave, be removed, or have a request declined.
    pub async fn leave_group(&self, group: Uuid, user: Uuid) -> Result<()> {
        if self.group_standing(group, user).await? == Some(Standing::Admin) && self.group_admins(group).await? <= 1 {
            return Err(StoreError::Invalid("last admin"));
        }
        group_member::Entity::delete_many()
            .filter(group_member::Column::GroupId.eq(group))
            .filter(group_member::Column::UserId.eq(user))
            .exec(self.db())
            .await?;
        Ok(())
    }

    async fn group_admins(&self, group: Uuid) -> Result<u64> {
        Ok(group_member::Entity::find()
            .filter(group_member::Column::GroupId.eq(group))
            .filter(group_member::Column::Standing.eq(Standing::Admin.tag()))
            .count(self.db())
            .await?)
    }

    /// Members and requests, oldest first.
    pub async fn group_members(&self, group: Uuid) -> Result<Vec<(group_member::Model, user::Model)>> {
        let rows = group_member::Entity::find()
            .filter(group_member::Column::GroupId.eq(group))
            .order_by_asc(group_member::Column::Id)
            .all(self.db())
            .await?;
        let ids: Vec<Uuid> = rows.iter().map(|r| r.user_id).collect();
        let users = self.users_by_ids(&ids).await?;
        Ok(rows.into_iter().filter_map(|r| users.iter().find(|u| u.id == r.user_id).cloned().map(|u| (r, u))).collect())
    }

    /// Open a topic on the board.
    pub async fn create_topic(&self, group: Uuid, author: Uuid, title: &str, body: &str) -> Result<group_post::Model> {
        let t = self.now();
        let id = new_id();
        Ok(group_post::ActiveModel {
            id: Set(id),
            group_id: Set(group),
            topic_id: Set(None),
            author_id: Set(Some(author)),
            title: Set(title.to_string()),
            body: Set(body.to_string()),
            hidden_reason: Set(None),
            created_at: Set(t),
            last_activity_at: Set(t),
            last_post_id: Set(id),
        }
        .insert(self.db())
        .await?)
    }

    /// Answer a topic; the topic moves to the top of the board.
    pub async fn reply(&self, group: Uuid, topic: Uuid, author: Uuid, body: &str) -> Result<group_post::Model> {
        let t = self.now();
        let id = new_id();
        let txn = self.db().begin().await?;
        let r = group_post::Entity::update_many()
            .col_expr(group_post::Column::LastActivityAt, Expr::value(t))
            .col_expr(group_post::Column::LastPostId, Expr::value(id))
            .filter(group_post::Column::Id.eq(topic))
            .filter(group_post::Column::GroupId.eq(group))
            .filter(group_post::Column::TopicId.is_null())
            .exec(&txn)
            .await?;
        if r.rows_affected == 0 {
            return Err(StoreError::NotFound);
        }
        let p = group_post::ActiveModel {
            id: Set(id),
            group_id: Set(group),
            topic_id: Set(Some(topic)),
            author_id: Set(Some(author)),
            title: Set(String::new()),
            body: Set(body.to_string()),
            hidden_reason: Set(None),
            created_at: Set(t),
            last_activity_at: Set(t),
            last_post_id: Set(id),
        }
        .insert(&txn)
        .await?;
        txn.commit().await?;
        Ok(p)
    }

    /// The board: topics with their reply counts, most recently active first.
    pub async fn topics(&self, group: Uuid, limit: u64) -> Result<Vec<(group_post::Model, u64)>> {
        let topics = group_post::Entity::find()
            .filter(group_post::Column::GroupId.eq(group))
            .filter(group_post::Column::TopicId.is_null())
            .order_by_desc(group_post::Column::LastPostId)
            .limit(limit)
            .all(self.db())
            .await?;
        let mut out = Vec::with_capacity(topics.len());
        for t in topics {
            let replies =
                group_post::Entity::find().filter(group_post::Column::TopicId.eq(t.id)).count(self.db()).await?;
            out.push((t, replies));
        }
        Ok(out)
    }

    /// A topic and its replies in order.
    pub async fn topic(&self, group: Uuid, id: Uuid) -> Result<(group_post::Model, Vec<group_post::Model>)> {
        let t = group_post::Entity::find_by_id(id)
            .filter(group_post::Column::GroupId.eq(group))
            .filter(group_post::Column::TopicId.is_null())
            .one(self.db())
            .await?
            .ok_or(StoreError::NotFound)?;
        let replies = group_post::Entity::find()
            .filter(group_post::Column::TopicId.eq(id))
            .order_by_asc(group_post::Column::Id)
            .limit(1000)
            .all(self.db())
            .await?;
        Ok((t, replies))
    }

    pub async fn group_post(&self, group: Uuid, id: Uuid) -> Result<group_post::Model> {
        group_post::Entity::find_by_id(id)
            .filter(group_post::Column::GroupId.eq(group))
            .one(self.db())
            .await?
            .ok_or(StoreError::NotFound)
    }

    pub async fn hide_group_post(&self, id: Uuid, reason: &str) -> Result<()> {
        group_post::Entity::update_many()
            .col_expr(group_post::Column::HiddenReason, Expr::value(reason))
            .filter(group_post::Column::Id.eq(id))
            .exec(self.db())
            .await?;
        Ok(())
    }
}

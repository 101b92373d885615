//! Invitation codes: a coordinator prints a sheet of single-use codes as
//! postcards; a person who types one becomes a verified resident.

use crate::entity::{invite_code, membership};
use crate::{Result, Store, StoreError, new_id};
use quartier_core::invite::{CODE_LEN, code_from_bytes};
use quartier_core::neighbourhood::{MembershipStatus, Role};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, TransactionTrait,
    sea_query::Expr,
};
use uuid::Uuid;

impl Store {
    /// Create `count` fresh codes in one batch and return the batch id.
    pub async fn create_invite_batch(&self, neighbourhood_id: Uuid, count: u32, by: Uuid) -> Result<Uuid> {
        let batch = new_id();
        let txn = self.db().begin().await?;
        let t = self.now();
        for _ in 0..count {
            let bytes: [u8; CODE_LEN] = rand::random();
            invite_code::ActiveModel {
                id: Set(new_id()),
                neighbourhood_id: Set(neighbourhood_id),
                batch_id: Set(batch),
                code: Set(code_from_bytes(&bytes)),
                created_by: Set(Some(by)),
                created_at: Set(t),
                used_by: Set(None),
                used_at: Set(None),
            }
            .insert(&txn)
            .await
            .map_err(|e| StoreError::conflict_on(e, "code"))?;
        }
        txn.commit().await?;
        Ok(batch)
    }

    pub async fn invite_batch(&self, neighbourhood_id: Uuid, batch: Uuid) -> Result<Vec<invite_code::Model>> {
        Ok(invite_code::Entity::find()
            .filter(invite_code::Column::NeighbourhoodId.eq(neighbourhood_id))
            .filter(invite_code::Column::BatchId.eq(batch))
            .order_by_asc(invite_code::Column::Id)
            .all(self.db())
            .await?)
    }

    /// Batches of a neighbourhood, newest first: (batch, created, total, used).
    pub async fn invite_batches(
        &self,
        neighbourhood_id: Uuid,
    ) -> Result<Vec<(Uuid, chrono::DateTime<chrono::Utc>, usize, usize)>> {
        let codes = invite_code::Entity::find()
            .filter(invite_code::Column::NeighbourhoodId.eq(neighbourhood_id))
            .order_by_desc(invite_code::Column::CreatedAt)
            .all(self.db())
            .await?;
        let mut out: Vec<(Uuid, chrono::DateTime<chrono::Utc>, usize, usize)> = Vec::new();
        for c in codes {
            match out.iter_mut().find(|b| b.0 == c.batch_id) {
                Some(b) => {
                    b.2 += 1;
                    b.3 += usize::from(c.used_at.is_some());
                }
                None => out.push((c.batch_id, c.created_at, 1, usize::from(c.used_at.is_some()))),
            }
        }
        Ok(out)
    }

    /// Redeem a code for a neighbourhood: the code is used exactly once, and
    /// the person becomes a verified resident (their pending request, if
    /// any, is confirmed).
    pub async fn redeem_invite(&self, neighbourhood_id: Uuid, code: &str, user_id: Uuid) -> Result<()> {
        let txn = self.db().begin().await?;
        let t = self.now();
        let r = invite_code::Entity::update_many()
            .col_expr(invite_code::Column::UsedBy, Expr::value(user_id))
            .col_expr(invite_code::Column::UsedAt, Expr::value(t))
            .filter(invite_code::Column::Code.eq(code))
            .filter(invite_code::Column::NeighbourhoodId.eq(neighbourhood_id))
            .filter(invite_code::Column::UsedAt.is_null())
            .exec(&txn)
            .await?;
        if r.rows_affected != 1 {
            return Err(StoreError::NotFound);
        }
        let existing = membership::Entity::find()
            .filter(membership::Column::UserId.eq(user_id))
            .filter(membership::Column::NeighbourhoodId.eq(neighbourhood_id))
            .one(&txn)
            .await?;
        match existing {
            Some(m) if m.status == MembershipStatus::Verified.tag() => {
                return Err(StoreError::Invalid("already verified"));
            }
            Some(m) => {
                let mut a: membership::ActiveModel = m.into();
                a.status = Set(MembershipStatus::Verified.tag().into());
                a.verified_at = Set(Some(t));
                a.via_code = Set(true);
                a.update(&txn).await?;
            }
            None => {
                membership::ActiveModel {
                    id: Set(new_id()),
                    user_id: Set(user_id),
                    neighbourhood_id: Set(neighbourhood_id),
                    role: Set(Role::Resident.tag().into()),
                    status: Set(MembershipStatus::Verified.tag().into()),
                    created_at: Set(t),
                    verified_at: Set(Some(t)),
                    verified_by: Set(None),
                    via_code: Set(true),
                    last_seen_at: Set(None),
                    new_since: Set(None),
                }
                .insert(&txn)
                .await?;
            }
        }
        txn.commit().await?;
        Ok(())
    }
}

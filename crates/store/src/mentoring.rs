//! Digital mentoring: residents offer themselves as mentors with the
//! topics they can help with, residents and organisations ask for one, a
//! coordinator (or the asker, with the mentor's yes) pairs them, the pair
//! logs short sessions and closes with an evaluation. The rules live in
//! `quartier_core::mentoring`.

use crate::entity::{mentor, mentoring, mentoring_session};
use crate::{Result, Store};
use sea_orm::{ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, sea_query::Expr};
use serde_json::{Value, json};
use uuid::Uuid;

impl Store {
    /// A person's offers, pairings and the sessions they logged, for their export.
    pub(crate) async fn export_mentoring(&self, user_id: Uuid) -> Result<Value> {
        let db = self.db();
        let offers = mentor::Entity::find().filter(mentor::Column::UserId.eq(user_id)).all(db).await?;
        let pairs = mentoring::Entity::find()
            .filter(
                Condition::any()
                    .add(mentoring::Column::AskerId.eq(user_id))
                    .add(mentoring::Column::MentorId.eq(user_id))
                    .add(mentoring::Column::PairedBy.eq(user_id)),
            )
            .all(db)
            .await?;
        let sessions =
            mentoring_session::Entity::find().filter(mentoring_session::Column::LoggedBy.eq(user_id)).all(db).await?;
        Ok(json!({
            "offers": offers.iter().map(|m| json!({"topics": m.topics, "note": m.note, "active": m.active, "since": m.created_at.to_rfc3339()})).collect::<Vec<_>>(),
            "pairings": pairs.iter().map(|p| json!({"topic": p.topic, "note": p.note, "status": p.status, "asked_by_me": p.asker_id == Some(user_id), "mentor_is_me": p.mentor_id == Some(user_id), "paired_by_me": p.paired_by == Some(user_id), "helpful": p.helpful, "evaluation": p.evaluation, "at": p.created_at.to_rfc3339()})).collect::<Vec<_>>(),
            "sessions_logged": sessions.iter().map(|s| json!({"held_on": s.held_on.to_string(), "topic": s.topic, "next_steps": s.next_steps})).collect::<Vec<_>>(),
        }))
    }

    /// Erasure: the offer goes; pairings and sessions stay for the other
    /// person and the counts, without naming this one.
    pub(crate) async fn erase_mentoring<C: ConnectionTrait>(&self, txn: &C, user_id: Uuid) -> Result<()> {
        mentor::Entity::delete_many().filter(mentor::Column::UserId.eq(user_id)).exec(txn).await?;
        let none = || Expr::value(Option::<Uuid>::None);
        for col in [mentoring::Column::AskerId, mentoring::Column::MentorId, mentoring::Column::PairedBy] {
            mentoring::Entity::update_many().col_expr(col, none()).filter(col.eq(user_id)).exec(txn).await?;
        }
        mentoring_session::Entity::update_many()
            .col_expr(mentoring_session::Column::LoggedBy, none())
            .filter(mentoring_session::Column::LoggedBy.eq(user_id))
            .exec(txn)
            .await?;
        Ok(())
    }
}

//! Private conversations between two people, usually about a help entry.
//! Only the two see it; a moderator sees a single message only when it was
//! reported.

use crate::entity::{block, conversation, message};
use crate::paging::{Cursor, Keyset, Page};
use crate::{Result, Store, StoreError, new_id};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect, TransactionTrait, sea_query::Expr,
};
use uuid::Uuid;

pub const INBOX_PAGE: u64 = 25;

impl conversation::Model {
    pub fn has(&self, user: Uuid) -> bool {
        self.a_id == user || self.b_id == user
    }
    pub fn other(&self, user: Uuid) -> Uuid {
        if self.a_id == user { self.b_id } else { self.a_id }
    }
    /// Unread for `user`: a message came after they last looked.
    pub fn unread_for(&self, user: Uuid) -> bool {
        let read = if self.a_id == user { self.a_read_at } else { self.b_read_at };
        read.is_none_or(|r| self.last_message_at > r)
    }
}

/// Messages on one page of a conversation.
pub const MESSAGES_PAGE: u64 = 50;

impl Store {
    /// The conversation of `starter` with `other` about an entry, started if new.
    pub async fn conversation_for(
        &self,
        neighbourhood_id: Uuid,
        entry_id: Option<Uuid>,
        starter: Uuid,
        other: Uuid,
    ) -> Result<(conversation::Model, bool)> {
        if starter == other {
            return Err(StoreError::Invalid("with oneself"));
        }
        if self.blocked_between(starter, other).await? {
            return Err(StoreError::Invalid("blocked"));
        }
        let existing = conversation::Entity::find()
            .filter(conversation::Column::NeighbourhoodId.eq(neighbourhood_id))
            .filter(match entry_id {
                Some(e) => conversation::Column::EntryId.eq(e),
                None => conversation::Column::EntryId.is_null(),
            })
            .filter(
                Condition::any()
                    .add(
                        Condition::all()
                            .add(conversation::Column::AId.eq(starter))
                            .add(conversation::Column::BId.eq(other)),
                    )
                    .add(
                        Condition::all()
                            .add(conversation::Column::AId.eq(other))
                            .add(conversation::Column::BId.eq(starter)),
                    ),
            )
            .one(self.db())
            .await?;
        if let Some(c) = existing {
            return Ok((c, false));
        }
        let t = self.now();
        let c = conversation::ActiveModel {
            id: Set(new_id()),
            neighbourhood_id: Set(neighbourhood_id),
            entry_id: Set(entry_id),
            a_id: Set(starter),
            b_id: Set(other),
            created_at: Set(t),
            last_message_at: Set(t),
            a_read_at: Set(Some(t)),
            b_read_at: Set(None),
        }
        .insert(self.db())
        .await;
        match c {
            Ok(c) => Ok((c, true)),
            // Started twice at once: the other request won; use its conversation.
            Err(e) => match e.sql_err() {
                Some(sea_orm::SqlErr::UniqueConstraintViolation(_)) => {
                    let again = conversation::Entity::find()
                        .filter(conversation::Column::EntryId.eq(entry_id))
                        .filter(conversation::Column::AId.eq(starter))
                        .one(self.db())
                        .await?
                        .ok_or(StoreError::NotFound)?;
                    Ok((again, false))
                }
                _ => Err(e.into()),
            },
        }
    }

    /// A conversation, only for one of its two people.
    pub async fn conversation_of(&self, id: Uuid, user: Uuid) -> Result<conversation::Model> {
        match conversation::Entity::find_by_id(id).one(self.db()).await? {
            Some(c) if c.has(user) => Ok(c),
            _ => Err(StoreError::NotFound),
        }
    }

    pub async fn conversations_about(&self, entry_id: Uuid) -> Result<Vec<conversation::Model>> {
        Ok(conversation::Entity::find()
            .filter(conversation::Column::EntryId.eq(entry_id))
            .order_by_asc(conversation::Column::CreatedAt)
            .all(self.db())
            .await?)
    }

    /// A conversation's messages a page at a time, the newest page first:
    /// `After` goes to older messages, `Before` back to newer ones. The
    /// page's messages are in the order they were written.
    pub async fn messages_page(
        &self,
        conversation_id: Uuid,
        cursor: crate::paging::Cursor,
    ) -> Result<crate::paging::Page<message::Model>> {
        const NEWEST: crate::paging::Keyset =
            crate::paging::Keyset { key: &["\"messages\".\"id\""], cursor_row: "", descending: true };
        let q = message::Entity::find().filter(message::Column::ConversationId.eq(conversation_id));
        let mut page = NEWEST.page(self.db(), q, cursor, MESSAGES_PAGE, |m| m.id).await?;
        page.items.reverse();
        Ok(page)
    }

    pub async fn messages(&self, conversation_id: Uuid) -> Result<Vec<message::Model>> {
        Ok(message::Entity::find()
            .filter(message::Column::ConversationId.eq(conversation_id))
            .order_by_asc(message::Column::Id)
            .limit(1000)
            .all(self.db())
            .await?)
    }

    pub async fn message(&self, id: Uuid) -> Result<message::Model> {
        message::Entity::find_by_id(id).one(self.db()).await?.ok_or(StoreError::NotFound)
    }

    /// Several messages at once, for lists (one query, whatever their number).
    pub async fn messages_by_ids(&self, ids: &[Uuid]) -> Result<Vec<message::Model>> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        Ok(message::Entity::find().filter(message::Column::Id.is_in(ids.to_vec())).all(self.db()).await?)
    }

    /// Post a message; refused when either side blocked the other.
    pub async fn send_message(&self, c: &conversation::Model, author: Uuid, body: &str) -> Result<message::Model> {
        if !c.has(author) {
            return Err(StoreError::NotFound);
        }
        if self.blocked_between(c.a_id, c.b_id).await? {
            return Err(StoreError::Invalid("blocked"));
        }
        let t = self.now();
        let txn = self.db().begin().await?;
        let m = message::ActiveModel {
            id: Set(new_id()),
            conversation_id: Set(c.id),
            author_id: Set(author),
            body: Set(body.to_string()),
            hidden_reason: Set(None),
            created_at: Set(t),
        }
        .insert(&txn)
        .await?;
        let read_col = if c.a_id == author { conversation::Column::AReadAt } else { conversation::Column::BReadAt };
        conversation::Entity::update_many()
            .col_expr(conversation::Column::LastMessageAt, Expr::value(t))
            .col_expr(read_col, Expr::value(t))
            .filter(conversation::Column::Id.eq(c.id))
            .exec(&txn)
            .await?;
        txn.commit().await?;
        Ok(m)
    }

    /// How many of a person's conversations have a message they have not
    /// read (the rule of `unread_for`, counted by the database).
    pub async fn count_unread_conversations(&self, user: Uuid) -> Result<u64> {
        Ok(conversation::Entity::find().filter(unread_by(user)).count(self.db()).await?)
    }

    pub async fn mark_read(&self, c: &conversation::Model, user: Uuid) -> Result<()> {
        let col = if c.a_id == user { conversation::Column::AReadAt } else { conversation::Column::BReadAt };
        conversation::Entity::update_many()
            .col_expr(col, Expr::value(self.now()))
            .filter(conversation::Column::Id.eq(c.id))
            .exec(self.db())
            .await?;
        Ok(())
    }

    /// A person's conversations, most recent first, one page at a time.
    pub async fn inbox(&self, user: Uuid, cursor: Cursor) -> Result<Page<conversation::Model>> {
        const RECENT: Keyset = Keyset {
            key: &["\"conversations\".\"last_message_at\"", "\"conversations\".\"id\""],
            cursor_row: "SELECT last_message_at, id FROM conversations WHERE id =",
            descending: true,
        };
        let q = conversation::Entity::find()
            .filter(Condition::any().add(conversation::Column::AId.eq(user)).add(conversation::Column::BId.eq(user)));
        RECENT.page(self.db(), q, cursor, INBOX_PAGE, |c| c.id).await
    }

    pub async fn block(&self, blocker: Uuid, blocked: Uuid) -> Result<()> {
        let r = block::ActiveModel {
            id: Set(new_id()),
            blocker_id: Set(blocker),
            blocked_id: Set(blocked),
            created_at: Set(self.now()),
        }
        .insert(self.db())
        .await;
        match r {
            Ok(_) => Ok(()),
            Err(e) => match StoreError::conflict_on(e, "block") {
                StoreError::Conflict(_) => Ok(()),
                other => Err(other),
            },
        }
    }

    pub async fn unblock(&self, blocker: Uuid, blocked: Uuid) -> Result<()> {
        block::Entity::delete_many()
            .filter(block::Column::BlockerId.eq(blocker))
            .filter(block::Column::BlockedId.eq(blocked))
            .exec(self.db())
            .await?;
        Ok(())
    }

    pub async fn has_blocked(&self, blocker: Uuid, blocked: Uuid) -> Result<bool> {
        Ok(block::Entity::find()
            .filter(block::Column::BlockerId.eq(blocker))
            .filter(block::Column::BlockedId.eq(blocked))
            .count(self.db())
            .await?
            > 0)
    }

    pub async fn blocked_between(&self, a: Uuid, b: Uuid) -> Result<bool> {
        Ok(self.has_blocked(a, b).await? || self.has_blocked(b, a).await?)
    }

    pub async fn hide_message(&self, id: Uuid, reason: &str) -> Result<()> {
        message::Entity::update_many()
            .col_expr(message::Column::HiddenReason, Expr::value(reason))
            .filter(message::Column::Id.eq(id))
            .exec(self.db())
            .await?;
        Ok(())
    }
}

/// The conversations of `user` with a message they have not read.
pub(crate) fn unread_by(user: Uuid) -> Condition {
    use conversation::Column as C;
    let unread = |me: C, read: C| {
        Condition::all().add(me.eq(user)).add(
            Condition::any()
                .add(read.is_null())
                .add(sea_orm::sea_query::ExprTrait::gt(Expr::col(C::LastMessageAt), Expr::col(read))),
        )
    };
    Condition::any().add(unread(C::AId, C::AReadAt)).add(unread(C::BId, C::BReadAt))
}

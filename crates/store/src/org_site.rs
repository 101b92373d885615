//! An organisation's own website: its pages.

use crate::entity::{image, org_join_request, org_message, org_page, org_site_look, organisation_member, user};
use crate::paging::{Cursor, Keyset, Page};
use crate::{Result, Store, StoreError, new_id};
use quartier_core::org_site::PageKind;
use quartier_core::org_site::{JoinKind, JoinStatus};
use quartier_core::organisation::OrgRole;
use sea_orm::sea_query::OnConflict;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, TransactionTrait, sea_query::Expr,
};
use serde_json::{Value, json};
use uuid::Uuid;

/// The most pages an organisation's site has; the navigation reads them
/// all at once.
pub const MAX_PAGES: u64 = 50;

/// A page as its editor sent it, already parsed.
#[derive(Debug, Clone)]
pub struct PageInput {
    pub kind: PageKind,
    pub slug: String,
    pub title: String,
    pub body: String,
    pub position: i32,
    pub published: bool,
}

/// A message through an organisation's contact form, already parsed.
#[derive(Debug, Clone)]
pub struct NewOrgMessage {
    /// The account it comes from, if the sender is logged in.
    pub sender: Option<Uuid>,
    pub name: String,
    pub email: String,
    pub body: String,
}

/// Requests to join shown on one page.
pub const REQUESTS_PAGE: u64 = 20;

/// Messages shown on one page of an organisation's inbox.
pub const MESSAGES_PAGE: u64 = 20;

impl Store {
    /// Every page of an organisation in the order of its navigation,
    /// drafts included (the caller asks `org_site::may_see_page`).
    pub async fn org_pages(&self, org: Uuid) -> Result<Vec<org_page::Model>> {
        Ok(org_page::Entity::find()
            .filter(org_page::Column::OrganisationId.eq(org))
            .order_by_asc(org_page::Column::Position)
            .order_by_asc(org_page::Column::Title)
            .order_by_asc(org_page::Column::Id)
            .limit(MAX_PAGES)
            .all(self.db())
            .await?)
    }

    /// One page by its address.
    pub async fn org_page(&self, org: Uuid, slug: &str) -> Result<org_page::Model> {
        org_page::Entity::find()
            .filter(org_page::Column::OrganisationId.eq(org))
            .filter(org_page::Column::Slug.eq(slug))
            .one(self.db())
            .await?
            .ok_or(StoreError::NotFound)
    }

    /// One page by id, only if it belongs to `org`.
    pub async fn org_page_by_id(&self, org: Uuid, id: Uuid) -> Result<org_page::Model> {
        org_page::Entity::find_by_id(id)
            .filter(org_page::Column::OrganisationId.eq(org))
            .one(self.db())
            .await?
            .ok_or(StoreError::NotFound)
    }

    /// Add a page. `Conflict("slug")` when the address is taken,
    /// `Conflict("kind")` when the organisation already has a page of that
    /// standard kind, `Invalid` when it has [`MAX_PAGES`] already.
    pub async fn create_org_page(&self, org: Uuid, author: Uuid, p: PageInput) -> Result<org_page::Model> {
        let existing = self.org_pages(org).await?;
        if existing.len() as u64 >= MAX_PAGES {
            return Err(StoreError::Invalid("too many pages"));
        }
        if p.kind != PageKind::Custom && existing.iter().any(|e| e.kind() == p.kind) {
            return Err(StoreError::Conflict("kind"));
        }
        let t = self.now();
        org_page::ActiveModel {
            id: Set(new_id()),
            organisation_id: Set(org),
            kind: Set(p.kind.tag().into()),
            slug: Set(p.slug),
            title: Set(p.title),
            body: Set(p.body),
            position: Set(p.position),
            published: Set(p.published),
            author_id: Set(Some(author)),
            created_at: Set(t),
            updated_at: Set(t),
        }
        .insert(self.db())
        .await
        .map_err(|e| StoreError::conflict_on(e, "slug"))
    }

    /// Change a page; its kind stays. `Conflict("slug")` when the new
    /// address is taken.
    pub async fn update_org_page(&self, org: Uuid, id: Uuid, p: PageInput) -> Result<org_page::Model> {
        let page = self.org_page_by_id(org, id).await?;
        let mut a: org_page::ActiveModel = page.into();
        a.slug = Set(p.slug);
        a.title = Set(p.title);
        a.body = Set(p.body);
        a.position = Set(p.position);
        a.published = Set(p.published);
        a.updated_at = Set(self.now());
        a.update(self.db()).await.map_err(|e| StoreError::conflict_on(e, "slug"))
    }

    pub async fn delete_org_page(&self, org: Uuid, id: Uuid) -> Result<()> {
        let r = org_page::Entity::delete_many()
            .filter(org_page::Column::Id.eq(id))
            .filter(org_page::Column::OrganisationId.eq(org))
            .exec(self.db())
            .await?;
        if r.rows_affected == 0 { Err(StoreError::NotFound) } else { Ok(()) }
    }

    /// Keep a message sent through an organisation's contact form.
    pub async fn save_org_message(&self, org: Uuid, m: NewOrgMessage) -> Result<org_message::Model> {
        Ok(org_message::ActiveModel {
            id: Set(new_id()),
            organisation_id: Set(org),
            sender_id: Set(m.sender),
            sender_name: Set(m.name),
            sender_email: Set(m.email),
            body: Set(m.body),
            created_at: Set(self.now()),
        }
        .insert(self.db())
        .await?)
    }

    /// One page of the messages to an organisation, newest first.
    pub async fn org_messages(&self, org: Uuid, cursor: Cursor) -> Result<Page<org_message::Model>> {
        const NEWEST: Keyset = Keyset { key: &["\"org_messages\".\"id\""], cursor_row: "", descending: true };
        let q = org_message::Entity::find().filter(org_message::Column::OrganisationId.eq(org));
        NEWEST.page(self.db(), q, cursor, MESSAGES_PAGE, |m| m.id).await
    }

    /// Ask to join an organisation. `Conflict("member")` for someone who
    /// belongs to it already, `Conflict("pending")` while an earlier
    /// request still waits.
    pub async fn ask_to_join(
        &self,
        org: Uuid,
        user: Uuid,
        kind: JoinKind,
        note: &str,
    ) -> Result<org_join_request::Model> {
        if self.org_role(org, user).await?.is_some() {
            return Err(StoreError::Conflict("member"));
        }
        if self.pending_join_request(org, user).await?.is_some() {
            return Err(StoreError::Conflict("pending"));
        }
        Ok(org_join_request::ActiveModel {
            id: Set(new_id()),
            organisation_id: Set(org),
            user_id: Set(user),
            kind: Set(kind.tag().into()),
            note: Set(note.to_string()),
            status: Set(JoinStatus::Pending.tag().into()),
            decided_by: Set(None),
            created_at: Set(self.now()),
            decided_at: Set(None),
        }
        .insert(self.db())
        .await?)
    }

    /// A person's request to join that still waits.
    pub async fn pending_join_request(&self, org: Uuid, user: Uuid) -> Result<Option<org_join_request::Model>> {
        Ok(org_join_request::Entity::find()
            .filter(org_join_request::Column::UserId.eq(user))
            .filter(org_join_request::Column::OrganisationId.eq(org))
            .filter(org_join_request::Column::Status.eq(JoinStatus::Pending.tag()))
            .one(self.db())
            .await?)
    }

    /// One page of the requests waiting for an organisation's
    /// administrators, oldest first.
    pub async fn waiting_join_requests(&self, org: Uuid, cursor: Cursor) -> Result<Page<org_join_request::Model>> {
        const OLDEST: Keyset = Keyset { key: &["\"org_join_requests\".\"id\""], cursor_row: "", descending: false };
        let q = org_join_request::Entity::find()
            .filter(org_join_request::Column::OrganisationId.eq(org))
            .filter(org_join_request::Column::Status.eq(JoinStatus::Pending.tag()));
        OLDEST.page(self.db(), q, cursor, REQUESTS_PAGE, |r| r.id).await
    }

    /// Accept or decline a waiting request. The decision's first statement
    /// claims the request, so of two administrators answering at once one
    /// decides; the other gets `NotFound`. An accepted person becomes a
    /// member (one who already belongs keeps their role).
    pub async fn decide_join_request(
        &self,
        org: Uuid,
        id: Uuid,
        accept: bool,
        by: Uuid,
    ) -> Result<org_join_request::Model> {
        let status = if accept { JoinStatus::Accepted } else { JoinStatus::Declined };
        let now = self.now();
        let txn = self.db().begin().await?;
        let r = org_join_request::Entity::update_many()
            .col_expr(org_join_request::Column::Status, Expr::value(status.tag()))
            .col_expr(org_join_request::Column::DecidedBy, Expr::value(Some(by)))
            .col_expr(org_join_request::Column::DecidedAt, Expr::value(Some(now)))
            .filter(org_join_request::Column::Id.eq(id))
            .filter(org_join_request::Column::OrganisationId.eq(org))
            .filter(org_join_request::Column::Status.eq(JoinStatus::Pending.tag()))
            .exec(&txn)
            .await?;
        if r.rows_affected == 0 {
            return Err(StoreError::NotFound);
        }
        let req = org_join_request::Entity::find_by_id(id).one(&txn).await?.ok_or(StoreError::NotFound)?;
        if accept {
            let member = organisation_member::Entity::find()
                .filter(organisation_member::Column::OrganisationId.eq(org))
                .filter(organisation_member::Column::UserId.eq(req.user_id))
                .one(&txn)
                .await?;
            if member.is_none() {
                organisation_member::ActiveModel {
                    id: Set(new_id()),
                    organisation_id: Set(org),
                    user_id: Set(req.user_id),
                    role: Set(OrgRole::Member.tag().into()),
                    created_at: Set(now),
                }
                .insert(&txn)
                .await?;
            }
        }
        txn.commit().await?;
        Ok(req)
    }

    /// Pages by id, for the easy-language mechanism's rules.
    pub async fn org_pages_by_ids(&self, ids: &[Uuid]) -> Result<Vec<org_page::Model>> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        Ok(org_page::Entity::find().filter(org_page::Column::Id.is_in(ids.to_vec())).all(self.db()).await?)
    }

    /// An organisation's logo and colour, if it chose any.
    pub async fn org_look(&self, org: Uuid) -> Result<Option<org_site_look::Model>> {
        Ok(org_site_look::Entity::find_by_id(org).one(self.db()).await?)
    }

    /// Keep an organisation's logo (a public image of its own, with its
    /// alternative text) and colour (`#rrggbb`, or empty for the house
    /// colour). `NotFound` when the logo is not an image of this
    /// organisation.
    pub async fn save_org_look(&self, org: Uuid, logo: Option<Uuid>, alt: &str, accent: &str) -> Result<()> {
        if let Some(id) = logo {
            let img = image::Entity::find_by_id(id).one(self.db()).await?.ok_or(StoreError::NotFound)?;
            if img.organisation_id != Some(org) {
                return Err(StoreError::NotFound);
            }
        }
        let row = org_site_look::ActiveModel {
            organisation_id: Set(org),
            logo_image_id: Set(logo),
            logo_alt: Set(alt.to_string()),
            accent: Set(accent.to_string()),
            updated_at: Set(self.now()),
        };
        org_site_look::Entity::insert(row)
            .on_conflict(
                OnConflict::column(org_site_look::Column::OrganisationId)
                    .update_columns([
                        org_site_look::Column::LogoImageId,
                        org_site_look::Column::LogoAlt,
                        org_site_look::Column::Accent,
                        org_site_look::Column::UpdatedAt,
                    ])
                    .to_owned(),
            )
            .exec(self.db())
            .await?;
        Ok(())
    }

    /// The ids of an organisation's administrators: those told of what
    /// waits for the organisation.
    pub async fn org_admin_ids(&self, org: Uuid) -> Result<Vec<Uuid>> {
        Ok(organisation_member::Entity::find()
            .select_only()
            .column(organisation_member::Column::UserId)
            .filter(organisation_member::Column::OrganisationId.eq(org))
            .filter(organisation_member::Column::Role.eq(OrgRole::Admin.tag()))
            .into_tuple()
            .all(self.db())
            .await?)
    }

    /// What a person wrote for organisations' sites, and wrote to them
    /// (from their account or their address).
    pub(crate) async fn export_org_site(&self, user_id: Uuid) -> Result<Value> {
        let email = user::Entity::find_by_id(user_id).one(self.db()).await?.map(|u| u.email).unwrap_or_default();
        let messages: Vec<Value> = org_message::Entity::find()
            .filter(
                sea_orm::Condition::any()
                    .add(org_message::Column::SenderId.eq(user_id))
                    .add(org_message::Column::SenderEmail.eq(email)),
            )
            .order_by_asc(org_message::Column::Id)
            .all(self.db())
            .await?
            .into_iter()
            .map(|m| json!({"organisation": m.organisation_id, "name": m.sender_name, "email": m.sender_email, "body": m.body, "at": m.created_at.to_rfc3339()}))
            .collect();
        let pages: Vec<Value> = org_page::Entity::find()
            .filter(org_page::Column::AuthorId.eq(user_id))
            .all(self.db())
            .await?
            .into_iter()
            .map(|p| json!({"organisation": p.organisation_id, "title": p.title, "slug": p.slug, "body": p.body, "published": p.published, "at": p.created_at.to_rfc3339()}))
            .collect();
        let requests: Vec<Value> = org_join_request::Entity::find()
            .filter(org_join_request::Column::UserId.eq(user_id))
            .order_by_asc(org_join_request::Column::Id)
            .all(self.db())
            .await?
            .into_iter()
            .map(|r| json!({"organisation": r.organisation_id, "as": r.kind, "note": r.note, "status": r.status, "at": r.created_at.to_rfc3339()}))
            .collect();
        Ok(json!({ "pages": pages, "messages_sent": messages, "join_requests": requests }))
    }

    /// Pages stay with the organisation that owns them, without their
    /// author; messages the person sent (from the account or its address)
    /// are deleted.
    pub(crate) async fn erase_org_site<C: ConnectionTrait>(&self, txn: &C, user_id: Uuid, email: &str) -> Result<()> {
        org_message::Entity::delete_many()
            .filter(
                sea_orm::Condition::any()
                    .add(org_message::Column::SenderId.eq(user_id))
                    .add(org_message::Column::SenderEmail.eq(email)),
            )
            .exec(txn)
            .await?;
        org_join_request::Entity::delete_many().filter(org_join_request::Column::UserId.eq(user_id)).exec(txn).await?;
        org_join_request::Entity::update_many()
            .col_expr(org_join_request::Column::DecidedBy, Expr::value(Option::<Uuid>::None))
            .filter(org_join_request::Column::DecidedBy.eq(user_id))
            .exec(txn)
            .await?;
        org_page::Entity::update_many()
            .col_expr(org_page::Column::AuthorId, Expr::value(Option::<Uuid>::None))
            .filter(org_page::Column::AuthorId.eq(user_id))
            .exec(txn)
            .await?;
        Ok(())
    }
}

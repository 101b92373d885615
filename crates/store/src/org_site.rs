//! An organisation's own website: its pages.

use crate::entity::org_page;
use crate::{Result, Store, StoreError, new_id};
use quartier_core::org_site::PageKind;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, sea_query::Expr,
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

    /// What a person wrote for organisations' sites.
    pub(crate) async fn export_org_site(&self, user_id: Uuid) -> Result<Value> {
        let pages: Vec<Value> = org_page::Entity::find()
            .filter(org_page::Column::AuthorId.eq(user_id))
            .all(self.db())
            .await?
            .into_iter()
            .map(|p| json!({"organisation": p.organisation_id, "title": p.title, "slug": p.slug, "body": p.body, "published": p.published, "at": p.created_at.to_rfc3339()}))
            .collect();
        Ok(json!({ "pages": pages }))
    }

    /// Pages stay with the organisation that owns them, without their author.
    pub(crate) async fn erase_org_site<C: ConnectionTrait>(&self, txn: &C, user_id: Uuid) -> Result<()> {
        org_page::Entity::update_many()
            .col_expr(org_page::Column::AuthorId, Expr::value(Option::<Uuid>::None))
            .filter(org_page::Column::AuthorId.eq(user_id))
            .exec(txn)
            .await?;
        Ok(())
    }
}

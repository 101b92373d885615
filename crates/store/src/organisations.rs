//! Organisations, their neighbourhoods, members and news.

use crate::entity::{
    image, neighbourhood, news_post, organisation, organisation_invitation, organisation_member,
    organisation_neighbourhood, user,
};
use crate::paging::{Cursor, Keyset, Page};
use crate::{Result, Store, StoreError, new_id};
use quartier_core::neighbourhood::Slug;
use quartier_core::organisation::{LinkStatus, OrgRole};
use sea_orm::{
    ActiveModelTrait,
    ActiveValue::Set,
    ColumnTrait, EntityTrait, JoinType, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, TransactionTrait,
    sea_query::{Condition, Expr, ExprTrait, Func, LikeExpr},
};
use uuid::Uuid;

/// How many organisations a page of a neighbourhood's list shows.
pub const ORGS_PAGE: u64 = 50;

/// What a directory of organisations is narrowed to, already parsed: words
/// in the name or description, a kind from `organisation::KINDS`, and
/// features of the premises that must all be there.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DirectoryFilter {
    pub text: Option<String>,
    pub kind: Option<String>,
    pub step_free: bool,
    pub accessible_toilet: bool,
    pub hearing_loop: bool,
}

/// The profile of an organisation, already parsed.
#[derive(Debug, Clone, Default)]
pub struct OrgProfile {
    pub name: String,
    pub kind: String,
    pub description: String,
    pub contact: String,
    pub opening_hours: String,
    pub step_free: bool,
    pub accessible_toilet: bool,
    pub hearing_loop: bool,
    pub website: String,
    pub social: String,
}

impl Store {
    /// Propose an organisation for a neighbourhood; the proposer becomes its
    /// first administrator. A coordinator still has to confirm the link.
    pub async fn propose_organisation(
        &self,
        n: Uuid,
        proposer: Uuid,
        slug: &Slug,
        p: OrgProfile,
    ) -> Result<organisation::Model> {
        let txn = self.db().begin().await?;
        let t = self.now();
        let org = organisation::ActiveModel {
            id: Set(new_id()),
            slug: Set(slug.as_str().to_string()),
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
            proposed_by: Set(Some(proposer)),
            created_at: Set(t),
            updated_at: Set(t),
        }
        .insert(&txn)
        .await
        .map_err(|e| StoreError::conflict_on(e, "slug"))?;
        organisation_neighbourhood::ActiveModel {
            id: Set(new_id()),
            organisation_id: Set(org.id),
            neighbourhood_id: Set(n),
            status: Set(LinkStatus::Pending.tag().into()),
            confirmed_by: Set(None),
            created_at: Set(t),
        }
        .insert(&txn)
        .await?;
        organisation_member::ActiveModel {
            id: Set(new_id()),
            organisation_id: Set(org.id),
            user_id: Set(proposer),
            role: Set(OrgRole::Admin.tag().into()),
            created_at: Set(t),
        }
        .insert(&txn)
        .await?;
        self.index_organisation(&txn, org.id).await?;
        txn.commit().await?;
        Ok(org)
    }

    pub async fn organisation_by_slug(&self, slug: &str) -> Result<organisation::Model> {
        organisation::Entity::find()
            .filter(organisation::Column::Slug.eq(slug))
            .one(self.db())
            .await?
            .ok_or(StoreError::NotFound)
    }

    pub async fn organisation_by_id(&self, id: Uuid) -> Result<organisation::Model> {
        organisation::Entity::find_by_id(id).one(self.db()).await?.ok_or(StoreError::NotFound)
    }

    /// The neighbourhoods an organisation belongs to, with the link's status.
    pub async fn organisation_links(
        &self,
        org: Uuid,
    ) -> Result<Vec<(organisation_neighbourhood::Model, neighbourhood::Model)>> {
        // Each link with its neighbourhood, in one statement.
        let of_nb = organisation_neighbourhood::Entity::belongs_to(neighbourhood::Entity)
            .from(organisation_neighbourhood::Column::NeighbourhoodId)
            .to(neighbourhood::Column::Id);
        Ok(organisation_neighbourhood::Entity::find()
            .select_also(neighbourhood::Entity)
            .join(JoinType::InnerJoin, of_nb.into())
            .filter(organisation_neighbourhood::Column::OrganisationId.eq(org))
            .order_by_asc(organisation_neighbourhood::Column::CreatedAt)
            .all(self.db())
            .await?
            .into_iter()
            .filter_map(|(l, n)| n.map(|n| (l, n)))
            .collect())
    }

    /// Whether the organisation is confirmed in at least one neighbourhood.
    pub async fn organisation_confirmed(&self, org: Uuid) -> Result<bool> {
        Ok(organisation_neighbourhood::Entity::find()
            .filter(organisation_neighbourhood::Column::OrganisationId.eq(org))
            .filter(organisation_neighbourhood::Column::Status.eq(LinkStatus::Confirmed.tag()))
            .count(self.db())
            .await?
            > 0)
    }

    /// The confirmed organisations of a neighbourhood by name, a page at a
    /// time (the cursor names an organisation).
    pub async fn organisations_in(&self, n: Uuid, cursor: Cursor) -> Result<Page<organisation::Model>> {
        self.directory(Some(n), &DirectoryFilter::default(), cursor).await
    }

    /// A directory of organisations by name, a page at a time: those with a
    /// confirmed link to the neighbourhood `n`, or to any neighbourhood
    /// (`None`), narrowed by `f`. Which links count is the rule
    /// `organisation::listed_in_directory` for a reader who is no
    /// coordinator; a coordinator's waiting ones come from
    /// `pending_organisations`.
    pub async fn directory(
        &self,
        n: Option<Uuid>,
        f: &DirectoryFilter,
        cursor: Cursor,
    ) -> Result<Page<organisation::Model>> {
        const BY_NAME: Keyset = Keyset {
            key: &["lower(\"organisations\".\"name\")", "\"organisations\".\"id\""],
            cursor_row: "SELECT lower(name), id FROM organisations WHERE id =",
            descending: false,
        };
        let public: Vec<&str> = LinkStatus::ALL
            .iter()
            .filter(|s| quartier_core::organisation::listed_in_directory(**s, false))
            .map(|s| s.tag())
            .collect();
        let mut q = organisation::Entity::find();
        q = match n {
            // Along the neighbourhood's links (an organisation links to a
            // neighbourhood once).
            Some(n) => q
                .join(
                    JoinType::InnerJoin,
                    sea_orm::RelationDef::from(
                        organisation_neighbourhood::Entity::belongs_to(organisation::Entity)
                            .from(organisation_neighbourhood::Column::OrganisationId)
                            .to(organisation::Column::Id),
                    )
                    .rev(),
                )
                .filter(organisation_neighbourhood::Column::NeighbourhoodId.eq(n))
                .filter(organisation_neighbourhood::Column::Status.is_in(public)),
            // Each organisation once, however many neighbourhoods it is in:
            // along the name index, asking each for one public link.
            None => q.filter(Expr::exists(
                sea_orm::sea_query::Query::select()
                    .expr(Expr::val(1))
                    .from(organisation_neighbourhood::Entity)
                    .and_where(
                        Expr::col((
                            organisation_neighbourhood::Entity,
                            organisation_neighbourhood::Column::OrganisationId,
                        ))
                        .equals((organisation::Entity, organisation::Column::Id)),
                    )
                    .and_where(
                        Expr::col((organisation_neighbourhood::Entity, organisation_neighbourhood::Column::Status))
                            .is_in(public),
                    )
                    .to_owned(),
            )),
        };
        if let Some(text) = f.text.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
            // Case-insensitive over name and description; the user's `%` and
            // `_` are taken literally.
            let escaped = text.to_lowercase().replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
            let pattern = format!("%{escaped}%");
            let lower = |c: organisation::Column| Expr::expr(Func::lower(Expr::col((organisation::Entity, c))));
            q = q.filter(
                Condition::any()
                    .add(lower(organisation::Column::Name).like(LikeExpr::new(pattern.clone()).escape('\\')))
                    .add(lower(organisation::Column::Description).like(LikeExpr::new(pattern).escape('\\'))),
            );
        }
        if let Some(kind) = &f.kind {
            q = q.filter(organisation::Column::Kind.eq(kind.as_str()));
        }
        if f.step_free {
            q = q.filter(organisation::Column::StepFree.eq(true));
        }
        if f.accessible_toilet {
            q = q.filter(organisation::Column::AccessibleToilet.eq(true));
        }
        if f.hearing_loop {
            q = q.filter(organisation::Column::HearingLoop.eq(true));
        }
        BY_NAME.page(self.db(), q, cursor, ORGS_PAGE, |o| o.id).await
    }

    /// The neighbourhoods each of the given organisations is confirmed in,
    /// by name (one statement, for a page of the instance-wide directory).
    pub async fn directory_neighbourhoods(&self, orgs: &[Uuid]) -> Result<Vec<(Uuid, neighbourhood::Model)>> {
        if orgs.is_empty() {
            return Ok(Vec::new());
        }
        let of_nb = organisation_neighbourhood::Entity::belongs_to(neighbourhood::Entity)
            .from(organisation_neighbourhood::Column::NeighbourhoodId)
            .to(neighbourhood::Column::Id);
        let public: Vec<&str> = LinkStatus::ALL
            .iter()
            .filter(|s| quartier_core::organisation::listed_in_directory(**s, false))
            .map(|s| s.tag())
            .collect();
        Ok(organisation_neighbourhood::Entity::find()
            .select_also(neighbourhood::Entity)
            .join(JoinType::InnerJoin, of_nb.into())
            .filter(organisation_neighbourhood::Column::OrganisationId.is_in(orgs.iter().copied()))
            .filter(organisation_neighbourhood::Column::Status.is_in(public))
            .order_by_asc(neighbourhood::Column::Name)
            .all(self.db())
            .await?
            .into_iter()
            .filter_map(|(l, n)| n.map(|n| (l.organisation_id, n)))
            .collect())
    }

    /// Organisations that wait for a neighbourhood's confirmation, the
    /// oldest request first (at most a page; each confirmed makes room).
    pub async fn pending_organisations(&self, n: Uuid) -> Result<Vec<organisation::Model>> {
        let links = organisation_neighbourhood::Entity::find()
            .filter(organisation_neighbourhood::Column::NeighbourhoodId.eq(n))
            .filter(organisation_neighbourhood::Column::Status.eq(LinkStatus::Pending.tag()))
            .order_by_asc(organisation_neighbourhood::Column::CreatedAt)
            .limit(ORGS_PAGE)
            .all(self.db())
            .await?;
        let ids: Vec<Uuid> = links.iter().map(|l| l.organisation_id).collect();
        let orgs = self.organisations_by_ids(&ids).await?;
        Ok(ids.iter().filter_map(|id| orgs.iter().find(|o| o.id == *id).cloned()).collect())
    }

    /// Organisations confirmed most recently in a neighbourhood (one statement).
    pub async fn newest_organisations(&self, n: Uuid, limit: u64) -> Result<Vec<organisation::Model>> {
        let link_of_org = organisation_neighbourhood::Entity::belongs_to(organisation::Entity)
            .from(organisation_neighbourhood::Column::OrganisationId)
            .to(organisation::Column::Id);
        Ok(organisation::Entity::find()
            .join_rev(JoinType::InnerJoin, link_of_org.into())
            .filter(organisation_neighbourhood::Column::NeighbourhoodId.eq(n))
            .filter(organisation_neighbourhood::Column::Status.eq(LinkStatus::Confirmed.tag()))
            .order_by_desc(organisation_neighbourhood::Column::CreatedAt)
            .limit(limit)
            .all(self.db())
            .await?)
    }

    /// Public news of the organisations confirmed in a neighbourhood,
    /// newest first, each with its organisation (one statement).
    pub async fn neighbourhood_news(
        &self,
        n: Uuid,
        limit: u64,
    ) -> Result<Vec<(news_post::Model, organisation::Model)>> {
        let post_of_org = news_post::Entity::belongs_to(organisation::Entity)
            .from(news_post::Column::OrganisationId)
            .to(organisation::Column::Id);
        Ok(news_post::Entity::find()
            .select_also(organisation::Entity)
            .join(JoinType::InnerJoin, post_of_org.into())
            .filter(news_post::Column::OrganisationId.in_subquery(crate::events::confirmed_orgs(n)))
            .filter(news_post::Column::MembersOnly.eq(false))
            .filter(news_post::Column::HiddenReason.is_null())
            .order_by_desc(news_post::Column::Id)
            .limit(limit)
            .all(self.db())
            .await?
            .into_iter()
            .filter_map(|(p, o)| o.map(|o| (p, o)))
            .collect())
    }

    /// An organisation asks to belong to a further neighbourhood; that
    /// neighbourhood's coordinators confirm it.
    pub async fn request_organisation_link(&self, org: Uuid, n: Uuid) -> Result<()> {
        let txn = self.db().begin().await?;
        organisation_neighbourhood::ActiveModel {
            id: Set(new_id()),
            organisation_id: Set(org),
            neighbourhood_id: Set(n),
            status: Set(LinkStatus::Pending.tag().into()),
            confirmed_by: Set(None),
            created_at: Set(self.now()),
        }
        .insert(&txn)
        .await
        .map_err(|e| StoreError::conflict_on(e, "link"))?;
        // Its profile, news and events are found there too.
        self.index_organisation(&txn, org).await?;
        txn.commit().await?;
        Ok(())
    }

    /// A coordinator confirms that an organisation belongs to their neighbourhood.
    pub async fn confirm_organisation(&self, n: Uuid, org: Uuid, by: Uuid) -> Result<()> {
        let r = organisation_neighbourhood::Entity::update_many()
            .col_expr(organisation_neighbourhood::Column::Status, Expr::value(LinkStatus::Confirmed.tag()))
            .col_expr(organisation_neighbourhood::Column::ConfirmedBy, Expr::value(by))
            .filter(organisation_neighbourhood::Column::OrganisationId.eq(org))
            .filter(organisation_neighbourhood::Column::NeighbourhoodId.eq(n))
            .filter(organisation_neighbourhood::Column::Status.eq(LinkStatus::Pending.tag()))
            .exec(self.db())
            .await?;
        if r.rows_affected == 1 { Ok(()) } else { Err(StoreError::NotFound) }
    }

    pub async fn update_organisation(&self, org: Uuid, p: OrgProfile) -> Result<()> {
        let o = organisation::Entity::find_by_id(org).one(self.db()).await?.ok_or(StoreError::NotFound)?;
        let mut a: organisation::ActiveModel = o.into();
        a.name = Set(p.name);
        a.kind = Set(p.kind);
        a.description = Set(p.description);
        a.contact = Set(p.contact);
        a.opening_hours = Set(p.opening_hours);
        a.step_free = Set(p.step_free);
        a.accessible_toilet = Set(p.accessible_toilet);
        a.hearing_loop = Set(p.hearing_loop);
        a.website = Set(p.website);
        a.social = Set(p.social);
        a.updated_at = Set(self.now());
        let txn = self.db().begin().await?;
        a.update(&txn).await?;
        self.index_organisation(&txn, org).await?;
        txn.commit().await?;
        Ok(())
    }

    pub async fn org_role(&self, org: Uuid, user: Uuid) -> Result<Option<OrgRole>> {
        Ok(organisation_member::Entity::find()
            .filter(organisation_member::Column::OrganisationId.eq(org))
            .filter(organisation_member::Column::UserId.eq(user))
            .one(self.db())
            .await?
            .and_then(|m| m.role()))
    }

    /// The organisation's people with their accounts, in one statement.
    pub async fn org_members(&self, org: Uuid) -> Result<Vec<(organisation_member::Model, user::Model)>> {
        let of_user = organisation_member::Entity::belongs_to(user::Entity)
            .from(organisation_member::Column::UserId)
            .to(user::Column::Id);
        Ok(organisation_member::Entity::find()
            .select_also(user::Entity)
            .join(JoinType::InnerJoin, of_user.into())
            .filter(organisation_member::Column::OrganisationId.eq(org))
            .order_by_asc(organisation_member::Column::CreatedAt)
            .all(self.db())
            .await?
            .into_iter()
            .filter_map(|(m, u)| u.map(|u| (m, u)))
            .collect())
    }

    /// Add a person or change their role.
    pub async fn set_org_member(&self, org: Uuid, user: Uuid, role: OrgRole) -> Result<()> {
        let existing = organisation_member::Entity::find()
            .filter(organisation_member::Column::OrganisationId.eq(org))
            .filter(organisation_member::Column::UserId.eq(user))
            .one(self.db())
            .await?;
        match existing {
            Some(m) => {
                if m.role == OrgRole::Admin.tag() && role != OrgRole::Admin && self.org_admin_count(org).await? <= 1 {
                    return Err(StoreError::Invalid("last admin"));
                }
                let mut a: organisation_member::ActiveModel = m.into();
                a.role = Set(role.tag().into());
                a.update(self.db()).await?;
            }
            None => {
                organisation_member::ActiveModel {
                    id: Set(new_id()),
                    organisation_id: Set(org),
                    user_id: Set(user),
                    role: Set(role.tag().into()),
                    created_at: Set(self.now()),
                }
                .insert(self.db())
                .await?;
            }
        }
        Ok(())
    }

    /// Invite a person to help run an organisation in `role`; a second
    /// invitation replaces the first. Members are not invited again.
    pub async fn invite_to_org(&self, org: Uuid, user: Uuid, role: OrgRole, by: Uuid) -> Result<bool> {
        if self.org_role(org, user).await?.is_some() {
            return Ok(false);
        }
        let txn = self.db().begin().await?;
        organisation_invitation::Entity::delete_many()
            .filter(organisation_invitation::Column::OrganisationId.eq(org))
            .filter(organisation_invitation::Column::UserId.eq(user))
            .exec(&txn)
            .await?;
        organisation_invitation::ActiveModel {
            id: Set(new_id()),
            organisation_id: Set(org),
            user_id: Set(user),
            role: Set(role.tag().into()),
            invited_by: Set(Some(by)),
            created_at: Set(self.now()),
        }
        .insert(&txn)
        .await?;
        txn.commit().await?;
        Ok(true)
    }

    /// A person's open invitations with their organisations, newest first.
    pub async fn org_invitations_for(
        &self,
        user: Uuid,
    ) -> Result<Vec<(organisation_invitation::Model, organisation::Model)>> {
        let invitations = organisation_invitation::Entity::find()
            .filter(organisation_invitation::Column::UserId.eq(user))
            .order_by_desc(organisation_invitation::Column::Id)
            .limit(50)
            .all(self.db())
            .await?;
        let ids: Vec<Uuid> = invitations.iter().map(|i| i.organisation_id).collect();
        let orgs = self.organisations_by_ids(&ids).await?;
        Ok(invitations
            .into_iter()
            .filter_map(|i| orgs.iter().find(|o| o.id == i.organisation_id).cloned().map(|o| (i, o)))
            .collect())
    }

    /// Answer an invitation: it is gone either way; with `accept` the person
    /// becomes a member in the invited role. `None` when there was none.
    pub async fn answer_org_invitation(
        &self,
        org: Uuid,
        user: Uuid,
        accept: bool,
    ) -> Result<Option<organisation_invitation::Model>> {
        let Some(inv) = organisation_invitation::Entity::find()
            .filter(organisation_invitation::Column::OrganisationId.eq(org))
            .filter(organisation_invitation::Column::UserId.eq(user))
            .one(self.db())
            .await?
        else {
            return Ok(None);
        };
        // Deleting first decides a double answer: only one of them finds the row.
        let gone = organisation_invitation::Entity::delete_by_id(inv.id).exec(self.db()).await?;
        if gone.rows_affected == 0 {
            return Ok(None);
        }
        if accept {
            let role = OrgRole::from_tag(&inv.role).unwrap_or(OrgRole::Editor);
            self.set_org_member(org, user, role).await?;
        }
        Ok(Some(inv))
    }

    pub async fn remove_org_member(&self, org: Uuid, user: Uuid) -> Result<()> {
        if self.org_role(org, user).await? == Some(OrgRole::Admin) && self.org_admin_count(org).await? <= 1 {
            return Err(StoreError::Invalid("last admin"));
        }
        organisation_member::Entity::delete_many()
            .filter(organisation_member::Column::OrganisationId.eq(org))
            .filter(organisation_member::Column::UserId.eq(user))
            .exec(self.db())
            .await?;
        Ok(())
    }

    async fn org_admin_count(&self, org: Uuid) -> Result<u64> {
        Ok(organisation_member::Entity::find()
            .filter(organisation_member::Column::OrganisationId.eq(org))
            .filter(organisation_member::Column::Role.eq(OrgRole::Admin.tag()))
            .count(self.db())
            .await?)
    }

    pub async fn post_news(
        &self,
        org: Uuid,
        author: Uuid,
        title: &str,
        body: &str,
        members_only: bool,
    ) -> Result<news_post::Model> {
        let t = self.now();
        let txn = self.db().begin().await?;
        let p = news_post::ActiveModel {
            id: Set(new_id()),
            organisation_id: Set(org),
            author_id: Set(Some(author)),
            title: Set(title.to_string()),
            body: Set(body.to_string()),
            members_only: Set(members_only),
            hidden_reason: Set(None),
            image_id: Set(None),
            image_alt: Set(String::new()),
            created_at: Set(t),
            updated_at: Set(t),
        }
        .insert(&txn)
        .await?;
        self.index_news(&txn, &p).await?;
        txn.commit().await?;
        Ok(p)
    }

    /// Keep a re-encoded image of an organisation; returns its id.
    #[allow(clippy::too_many_arguments)]
    pub async fn save_image(
        &self,
        org: Uuid,
        by: Uuid,
        content_type: &str,
        width: u32,
        height: u32,
        members_only: bool,
        bytes: Vec<u8>,
    ) -> Result<Uuid> {
        let id = new_id();
        image::ActiveModel {
            id: Set(id),
            organisation_id: Set(Some(org)),
            uploaded_by: Set(Some(by)),
            content_type: Set(content_type.to_string()),
            width: Set(i32::try_from(width).unwrap_or(i32::MAX)),
            height: Set(i32::try_from(height).unwrap_or(i32::MAX)),
            members_only: Set(members_only),
            bytes: Set(bytes),
            created_at: Set(self.now()),
        }
        .insert(self.db())
        .await?;
        Ok(id)
    }

    pub async fn image_by_id(&self, id: Uuid) -> Result<image::Model> {
        image::Entity::find_by_id(id).one(self.db()).await?.ok_or(StoreError::NotFound)
    }

    /// Put an image with its alternative text on a news post.
    pub async fn set_news_image(&self, news: Uuid, image: Uuid, alt: &str) -> Result<()> {
        news_post::Entity::update_many()
            .col_expr(news_post::Column::ImageId, Expr::value(image))
            .col_expr(news_post::Column::ImageAlt, Expr::value(alt))
            .filter(news_post::Column::Id.eq(news))
            .exec(self.db())
            .await?;
        Ok(())
    }

    /// News of an organisation, newest first. Members-only and hidden posts
    /// only when asked for.
    pub async fn news_of(&self, org: Uuid, internal: bool, hidden: bool, limit: u64) -> Result<Vec<news_post::Model>> {
        let mut q = news_post::Entity::find().filter(news_post::Column::OrganisationId.eq(org));
        if !internal {
            q = q.filter(news_post::Column::MembersOnly.eq(false));
        }
        if !hidden {
            q = q.filter(news_post::Column::HiddenReason.is_null());
        }
        Ok(q.order_by_desc(news_post::Column::Id).limit(limit).all(self.db()).await?)
    }

    /// News posts by id, in one query.
    pub async fn news_by_ids(&self, ids: &[Uuid]) -> Result<Vec<news_post::Model>> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        Ok(news_post::Entity::find().filter(news_post::Column::Id.is_in(ids.to_vec())).all(self.db()).await?)
    }

    /// A person's roles in several organisations, in one query.
    pub async fn org_roles_of(&self, user: Uuid, orgs: &[Uuid]) -> Result<std::collections::HashMap<Uuid, OrgRole>> {
        if orgs.is_empty() {
            return Ok(Default::default());
        }
        Ok(organisation_member::Entity::find()
            .filter(organisation_member::Column::UserId.eq(user))
            .filter(organisation_member::Column::OrganisationId.is_in(orgs.to_vec()))
            .all(self.db())
            .await?
            .into_iter()
            .filter_map(|m| m.role().map(|r| (m.organisation_id, r)))
            .collect())
    }

    /// Which of these organisations some neighbourhood has confirmed
    /// (`organisation_confirmed` for a list, in one query).
    pub async fn confirmed_among(&self, orgs: &[Uuid]) -> Result<std::collections::HashSet<Uuid>> {
        if orgs.is_empty() {
            return Ok(Default::default());
        }
        Ok(organisation_neighbourhood::Entity::find()
            .filter(organisation_neighbourhood::Column::OrganisationId.is_in(orgs.to_vec()))
            .filter(organisation_neighbourhood::Column::Status.eq(LinkStatus::Confirmed.tag()))
            .all(self.db())
            .await?
            .into_iter()
            .map(|l| l.organisation_id)
            .collect())
    }

    pub async fn news_by_id(&self, id: Uuid) -> Result<news_post::Model> {
        news_post::Entity::find_by_id(id).one(self.db()).await?.ok_or(StoreError::NotFound)
    }

    pub async fn news_post(&self, org: Uuid, id: Uuid) -> Result<news_post::Model> {
        news_post::Entity::find_by_id(id)
            .filter(news_post::Column::OrganisationId.eq(org))
            .one(self.db())
            .await?
            .ok_or(StoreError::NotFound)
    }

    /// Hide a news post (moderation); nobody finds it by words any more.
    pub async fn hide_news(&self, id: Uuid, reason: &str) -> Result<()> {
        let txn = self.db().begin().await?;
        news_post::Entity::update_many()
            .col_expr(news_post::Column::HiddenReason, Expr::value(reason))
            .filter(news_post::Column::Id.eq(id))
            .exec(&txn)
            .await?;
        self.unindex(&txn, quartier_core::search::DocKind::News, &[id]).await?;
        txn.commit().await?;
        Ok(())
    }

    /// Organisations a person belongs to, with their role.
    pub async fn organisations_of(&self, user: Uuid) -> Result<Vec<(organisation::Model, String)>> {
        let ms = organisation_member::Entity::find()
            .filter(organisation_member::Column::UserId.eq(user))
            .all(self.db())
            .await?;
        let mut out = Vec::new();
        for m in ms {
            if let Some(o) = organisation::Entity::find_by_id(m.organisation_id).one(self.db()).await? {
                out.push((o, m.role));
            }
        }
        Ok(out)
    }
}

//! The network's business model canvas: one per neighbourhood, saved as
//! numbered versions that are never changed (each keeps the figures it
//! showed as JSON), who may read it, and comments on each version. The
//! rule of who may read, comment and edit is `core::network::canvas`.

use crate::entity::{network_canvas, network_canvas_comment, network_canvas_version};
use crate::paging::{Cursor, Keyset, Page};
use crate::{Result, Store, StoreError, new_id};
use quartier_core::network::CanvasVisibility;
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, TransactionTrait,
};
use serde_json::{Value, json};
use uuid::Uuid;

/// How many versions a page of the history shows.
pub const HISTORY_PAGE: u64 = 30;
/// The most comments shown on one version (the newest).
pub const COMMENTS_LIMIT: u64 = 200;

/// The text blocks of a canvas as typed by a coordinator, already parsed.
#[derive(Debug, Clone, Default)]
pub struct CanvasText {
    pub social_value: String,
    pub target_groups: String,
    pub channels: String,
    pub resources: String,
    pub costs_note: String,
    pub revenues_note: String,
    /// What changed, in a few words.
    pub note: String,
}

impl Store {
    /// The canvas of a neighbourhood, if one was ever saved.
    pub async fn canvas(&self, n: Uuid) -> Result<Option<network_canvas::Model>> {
        Ok(network_canvas::Entity::find_by_id(n).one(self.db()).await?)
    }

    /// Save a new version of the canvas, numbered after the newest one;
    /// the first save makes the canvas, internal. `figures` is the
    /// snapshot of the live figures as JSON. Writing the canvas row first
    /// is the lock on both backends, so two saves never take one number.
    pub async fn save_canvas(
        &self,
        n: Uuid,
        by: Uuid,
        text: CanvasText,
        figures: String,
    ) -> Result<network_canvas_version::Model> {
        let t = self.now();
        let txn = self.db().begin().await?;
        network_canvas::Entity::insert(network_canvas::ActiveModel {
            neighbourhood_id: Set(n),
            visibility: Set(CanvasVisibility::Internal.tag().into()),
            updated_at: Set(t),
        })
        .on_conflict(
            OnConflict::column(network_canvas::Column::NeighbourhoodId)
                .update_column(network_canvas::Column::UpdatedAt)
                .to_owned(),
        )
        .exec_without_returning(&txn)
        .await?;
        let last: Option<i32> = network_canvas_version::Entity::find()
            .select_only()
            .column_as(network_canvas_version::Column::Number.max(), "last")
            .filter(network_canvas_version::Column::NeighbourhoodId.eq(n))
            .into_tuple()
            .one(&txn)
            .await?
            .flatten();
        let row = network_canvas_version::ActiveModel {
            id: Set(new_id()),
            neighbourhood_id: Set(n),
            number: Set(last.unwrap_or(0).saturating_add(1)),
            social_value: Set(text.social_value),
            target_groups: Set(text.target_groups),
            channels: Set(text.channels),
            resources: Set(text.resources),
            costs_note: Set(text.costs_note),
            revenues_note: Set(text.revenues_note),
            note: Set(text.note),
            figures: Set(figures),
            created_by: Set(Some(by)),
            created_at: Set(t),
        }
        .insert(&txn)
        .await
        .map_err(|e| StoreError::conflict_on(e, "number"))?;
        txn.commit().await?;
        Ok(row)
    }

    /// Who may read the canvas from now on; the visibility it had before
    /// (`NotFound` while there is no canvas).
    pub async fn set_canvas_visibility(&self, n: Uuid, v: CanvasVisibility) -> Result<CanvasVisibility> {
        let found = self.canvas(n).await?.ok_or(StoreError::NotFound)?;
        let before = found.visibility();
        let mut a: network_canvas::ActiveModel = found.into();
        a.visibility = Set(v.tag().into());
        a.updated_at = Set(self.now());
        a.update(self.db()).await?;
        Ok(before)
    }

    /// The newest version of a neighbourhood's canvas.
    pub async fn latest_canvas_version(&self, n: Uuid) -> Result<Option<network_canvas_version::Model>> {
        Ok(network_canvas_version::Entity::find()
            .filter(network_canvas_version::Column::NeighbourhoodId.eq(n))
            .order_by_desc(network_canvas_version::Column::Number)
            .limit(1)
            .one(self.db())
            .await?)
    }

    /// One version of a neighbourhood's canvas by its number.
    pub async fn canvas_version(&self, n: Uuid, number: i32) -> Result<network_canvas_version::Model> {
        network_canvas_version::Entity::find()
            .filter(network_canvas_version::Column::NeighbourhoodId.eq(n))
            .filter(network_canvas_version::Column::Number.eq(number))
            .one(self.db())
            .await?
            .ok_or(StoreError::NotFound)
    }

    /// The versions of a canvas, newest first, a page at a time.
    pub async fn canvas_history(&self, n: Uuid, cursor: Cursor) -> Result<Page<network_canvas_version::Model>> {
        const NEWEST: Keyset =
            Keyset { key: &["\"network_canvas_versions\".\"id\""], cursor_row: "", descending: true };
        let q = network_canvas_version::Entity::find().filter(network_canvas_version::Column::NeighbourhoodId.eq(n));
        NEWEST.page(self.db(), q, cursor, HISTORY_PAGE, |v| v.id).await
    }

    /// Comment on a version of the canvas.
    pub async fn comment_canvas(
        &self,
        version: Uuid,
        author: Uuid,
        body: String,
    ) -> Result<network_canvas_comment::Model> {
        Ok(network_canvas_comment::ActiveModel {
            id: Set(new_id()),
            version_id: Set(version),
            author_id: Set(Some(author)),
            body: Set(body),
            created_at: Set(self.now()),
        }
        .insert(self.db())
        .await?)
    }

    /// The comments on a version, oldest first (at most the newest
    /// [`COMMENTS_LIMIT`]).
    pub async fn canvas_comments(&self, version: Uuid) -> Result<Vec<network_canvas_comment::Model>> {
        let mut rows = network_canvas_comment::Entity::find()
            .filter(network_canvas_comment::Column::VersionId.eq(version))
            .order_by_desc(network_canvas_comment::Column::Id)
            .limit(COMMENTS_LIMIT)
            .all(self.db())
            .await?;
        rows.reverse();
        Ok(rows)
    }

    /// The demo quarter's canvas: two versions, the second shared with
    /// partners, each with the figures of the demo network.
    pub(crate) async fn seed_demo_canvas(&self, n: Uuid, coord: Uuid) -> Result<()> {
        let r = self.runway(n).await?;
        let partners = self.all_partners(n).await?;
        // The layout the canvas pages read (`web::network::canvas::Figures`).
        let figures = json!({
            "measures": r.measures.iter().map(|m| json!({"name": m.name, "activity": m.activity, "cost_cents": m.cost_cents, "currency": m.currency})).collect::<Vec<_>>(),
            "funding": r.sources.iter().map(|s| json!({"name": s.name, "kind": s.kind, "amount_cents": s.amount_cents, "currency": s.currency, "ends_on": s.ends_on})).collect::<Vec<_>>(),
            "partners": partners.iter().map(|p| json!({"name": p.name, "kind": p.kind})).collect::<Vec<_>>(),
        })
        .to_string();
        let first = CanvasText {
            social_value: "Niemand im Lindenviertel bleibt allein.".into(),
            target_groups: "Ältere Menschen, die allein leben.".into(),
            note: "Erste Fassung".into(),
            ..Default::default()
        };
        self.save_canvas(n, coord, first, figures.clone()).await?;
        let second = CanvasText {
            social_value: "Niemand im Lindenviertel bleibt allein.\nNachbarn helfen einander im Alltag.".into(),
            target_groups: "Ältere Menschen, die allein leben.\nFamilien, die neu im Viertel sind.".into(),
            channels: "Aushang im Café, Telefonkette, Besuche zu Hause.".into(),
            resources: "Der Saal im Stadtteilbüro, 20 Ehrenamtliche, ein Lastenrad.".into(),
            costs_note: "Die Miete für den Saal steigt 2027.".into(),
            revenues_note: "Spenden beim Sommerfest; ein Antrag bei der Stadt ist gestellt.".into(),
            note: "Familien und Wege ergänzt".into(),
        };
        self.save_canvas(n, coord, second, figures).await?;
        self.set_canvas_visibility(n, CanvasVisibility::Shared).await?;
        Ok(())
    }

    /// What the person wrote on canvases: the versions they saved and
    /// their comments.
    pub(crate) async fn export_canvas(&self, user: Uuid) -> Result<Value> {
        let versions = network_canvas_version::Entity::find()
            .filter(network_canvas_version::Column::CreatedBy.eq(user))
            .all(self.db())
            .await?;
        let comments = network_canvas_comment::Entity::find()
            .filter(network_canvas_comment::Column::AuthorId.eq(user))
            .all(self.db())
            .await?;
        Ok(json!({
            "versions_saved": versions.iter().map(|v| json!({"neighbourhood": v.neighbourhood_id, "number": v.number, "note": v.note, "at": v.created_at.to_rfc3339()})).collect::<Vec<_>>(),
            "comments": comments.iter().map(|c| json!({"version": c.version_id, "body": c.body, "at": c.created_at.to_rfc3339()})).collect::<Vec<_>>(),
        }))
    }

    /// Erasure: versions and comments stay with the network (they are its
    /// record); the link to the person goes, a comment's author is then
    /// shown as a former participant.
    pub(crate) async fn erase_canvas<C: ConnectionTrait>(&self, db: &C, user: Uuid) -> Result<()> {
        network_canvas_version::Entity::update_many()
            .col_expr(network_canvas_version::Column::CreatedBy, Expr::value(Option::<Uuid>::None))
            .filter(network_canvas_version::Column::CreatedBy.eq(user))
            .exec(db)
            .await?;
        network_canvas_comment::Entity::update_many()
            .col_expr(network_canvas_comment::Column::AuthorId, Expr::value(Option::<Uuid>::None))
            .filter(network_canvas_comment::Column::AuthorId.eq(user))
            .exec(db)
            .await?;
        Ok(())
    }
}

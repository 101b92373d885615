//! Peer-learning groups: the materials their members share and the record
//! of who learnt what, perhaps at which of the group's meetings (its
//! events). The rules live in `quartier_core::group::learning`.

use crate::entity::{event, learning_material, learning_record};
use crate::paging::{Cursor, Keyset, Page};
use crate::{Result, Store, StoreError, new_id};
use chrono::{DateTime, Utc};
use quartier_core::group::Material;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, sea_query::Expr,
};
use serde_json::{Value, json};
use uuid::Uuid;

/// Materials or records on one page of their list.
pub const LEARNING_PAGE: u64 = 30;
/// The newest materials and records the group's own page shows.
pub const SHOWN_ON_GROUP: u64 = 5;
/// Past meetings offered when writing down what was learnt.
pub const MEETINGS_OFFERED: u64 = 20;

/// What was learnt, as written down.
#[derive(Debug, Clone)]
pub struct Learnt {
    pub learner: Uuid,
    pub what: String,
    /// One of the group's meetings, already checked to be the group's.
    pub meeting: Option<Uuid>,
}

impl Store {
    /// Share a material with a group.
    pub async fn add_material(&self, group: Uuid, by: Uuid, m: Material) -> Result<learning_material::Model> {
        Ok(learning_material::ActiveModel {
            id: Set(new_id()),
            group_id: Set(group),
            title: Set(m.title),
            url: Set(m.url),
            note: Set(m.note),
            added_by: Set(Some(by)),
            created_at: Set(self.now()),
        }
        .insert(self.db())
        .await?)
    }

    /// A group's materials, newest first, a page at a time (one query).
    pub async fn materials(&self, group: Uuid, cursor: Cursor, size: u64) -> Result<Page<learning_material::Model>> {
        const NEWEST: Keyset = Keyset { key: &["\"learning_materials\".\"id\""], cursor_row: "", descending: true };
        let q = learning_material::Entity::find().filter(learning_material::Column::GroupId.eq(group));
        NEWEST.page(self.db(), q, cursor, size, |m| m.id).await
    }

    /// A material of this group.
    pub async fn material_in(&self, group: Uuid, id: Uuid) -> Result<learning_material::Model> {
        learning_material::Entity::find_by_id(id)
            .filter(learning_material::Column::GroupId.eq(group))
            .one(self.db())
            .await?
            .ok_or(StoreError::NotFound)
    }

    pub async fn remove_material(&self, id: Uuid) -> Result<()> {
        learning_material::Entity::delete_by_id(id).exec(self.db()).await?;
        Ok(())
    }

    /// Write down what someone learnt in a group.
    pub async fn record_learning(&self, group: Uuid, by: Uuid, l: Learnt) -> Result<learning_record::Model> {
        Ok(learning_record::ActiveModel {
            id: Set(new_id()),
            group_id: Set(group),
            learner_id: Set(l.learner),
            what: Set(l.what),
            event_id: Set(l.meeting),
            recorded_by: Set(Some(by)),
            created_at: Set(self.now()),
        }
        .insert(self.db())
        .await?)
    }

    /// Who learnt what in a group, newest first, a page at a time (one
    /// query).
    pub async fn learnt(&self, group: Uuid, cursor: Cursor, size: u64) -> Result<Page<learning_record::Model>> {
        const NEWEST: Keyset = Keyset { key: &["\"learning_records\".\"id\""], cursor_row: "", descending: true };
        let q = learning_record::Entity::find().filter(learning_record::Column::GroupId.eq(group));
        NEWEST.page(self.db(), q, cursor, size, |r| r.id).await
    }

    /// A record of this group.
    pub async fn learnt_in(&self, group: Uuid, id: Uuid) -> Result<learning_record::Model> {
        learning_record::Entity::find_by_id(id)
            .filter(learning_record::Column::GroupId.eq(group))
            .one(self.db())
            .await?
            .ok_or(StoreError::NotFound)
    }

    pub async fn remove_learnt(&self, id: Uuid) -> Result<()> {
        learning_record::Entity::delete_by_id(id).exec(self.db()).await?;
        Ok(())
    }

    /// The group's meetings that have begun, latest first: what a record
    /// can name (one query along `events_group`).
    pub async fn past_group_meetings(&self, group: Uuid, now: DateTime<Utc>, limit: u64) -> Result<Vec<event::Model>> {
        Ok(event::Entity::find()
            .filter(event::Column::GroupId.eq(group))
            .filter(event::Column::StartsAt.lte(now))
            .filter(event::Column::HiddenReason.is_null())
            .order_by_desc(event::Column::StartsAt)
            .limit(limit)
            .all(self.db())
            .await?)
    }

    /// What a person shared and learnt, for their export.
    pub(crate) async fn export_learning(&self, user_id: Uuid) -> Result<Value> {
        let db = self.db();
        let shared = learning_material::Entity::find()
            .filter(learning_material::Column::AddedBy.eq(user_id))
            .order_by_asc(learning_material::Column::Id)
            .all(db)
            .await?;
        let learnt = learning_record::Entity::find()
            .filter(learning_record::Column::LearnerId.eq(user_id))
            .order_by_asc(learning_record::Column::Id)
            .all(db)
            .await?;
        let recorded = learning_record::Entity::find()
            .filter(learning_record::Column::RecordedBy.eq(user_id))
            .filter(learning_record::Column::LearnerId.ne(user_id))
            .order_by_asc(learning_record::Column::Id)
            .all(db)
            .await?;
        let at = |t: &DateTime<Utc>| t.to_rfc3339();
        Ok(json!({
            "materials_shared": shared.iter().map(|m| json!({"group": m.group_id, "title": m.title, "url": m.url, "note": m.note, "at": at(&m.created_at)})).collect::<Vec<_>>(),
            "learnt": learnt.iter().map(|r| json!({"group": r.group_id, "what": r.what, "recorded_by_me": r.recorded_by == Some(user_id), "at": at(&r.created_at)})).collect::<Vec<_>>(),
            "recorded_for_others": recorded.iter().map(|r| json!({"group": r.group_id, "what": r.what, "at": at(&r.created_at)})).collect::<Vec<_>>(),
        }))
    }

    /// Erasure: what the person learnt goes (it is about them, and the
    /// learner key cascades too); what they shared stays for the group
    /// without their name, and so do records they wrote for others.
    pub(crate) async fn erase_learning<C: ConnectionTrait>(&self, txn: &C, user_id: Uuid) -> Result<()> {
        learning_record::Entity::delete_many().filter(learning_record::Column::LearnerId.eq(user_id)).exec(txn).await?;
        let none = || Expr::value(Option::<Uuid>::None);
        learning_record::Entity::update_many()
            .col_expr(learning_record::Column::RecordedBy, none())
            .filter(learning_record::Column::RecordedBy.eq(user_id))
            .exec(txn)
            .await?;
        learning_material::Entity::update_many()
            .col_expr(learning_material::Column::AddedBy, none())
            .filter(learning_material::Column::AddedBy.eq(user_id))
            .exec(txn)
            .await?;
        Ok(())
    }
}

impl Store {
    /// The demo quarter's learning group: club volunteers learn to keep
    /// their own web space, with meetings held and to come, shared
    /// materials, and what three of them learnt.
    pub(crate) async fn seed_demo_learning(&self, n: Uuid, helga: Uuid, anna: Uuid, ben: Uuid) -> Result<()> {
        use crate::events::{EventDetails, Holder};
        use chrono::{Duration, NaiveTime};
        use quartier_core::event::local_to_utc;
        use quartier_core::group::Standing;
        let g = self
            .create_group(
                n,
                helga,
                crate::groups::GroupProfile {
                    name: "Lerngruppe Vereinswebsite".into(),
                    description:
                        "Wer für einen Verein im Viertel schreibt, lernt hier von den anderen: Neuigkeiten mit \
                                  Bild, Termine, Seiten in Leichter Sprache. Keine Vorkenntnisse nötig."
                            .into(),
                    kind: quartier_core::group::LEARNING.into(),
                    joining: "open".into(),
                    topic: "Die Website unseres Vereins selbst pflegen".into(),
                    schedule: "Alle zwei Wochen montags um 18 Uhr im Nachbarschaftstreff".into(),
                },
            )
            .await?;
        for u in [anna, ben] {
            self.join_group(g.id, u, true).await?;
        }
        self.set_group_standing(g.id, ben, Standing::Admin).await?;
        let tz = quartier_core::event::chrono_tz::Europe::Berlin;
        let today = self.now().with_timezone(&tz).date_naive();
        let six = NaiveTime::from_hms_opt(18, 0, 0).unwrap_or(NaiveTime::MIN);
        let half_past_seven = NaiveTime::from_hms_opt(19, 30, 0).unwrap_or(NaiveTime::MIN);
        // Every other week, three held and three to come.
        let times: Vec<_> = (-3..3)
            .map(|k: i64| {
                let d = today + Duration::days(14 * k + 4);
                (local_to_utc(tz, d.and_time(six)), local_to_utc(tz, d.and_time(half_past_seven)))
            })
            .collect();
        let details = EventDetails {
            title: "Treffen der Lerngruppe Vereinswebsite".into(),
            description:
                "Bringen Sie Ihren Laptop oder Ihr Tablet mit, wenn Sie eins haben. Es gibt auch zwei Leihgeräte."
                    .into(),
            category: "education".into(),
            venue: "Nachbarschaftstreff, Lindenplatz 4 (Erdgeschoss)".into(),
            step_free: true,
            ..Default::default()
        };
        let meetings = self.create_event(Holder::Group(g.id, n), helga, &details, &times).await?;
        let first = meetings.first().map(|e| e.id);
        for (by, title, url, note) in [
            (helga, "Anleitung: Eine Neuigkeit mit Bild veröffentlichen", "", "Ausgedruckt im Ordner im Treff."),
            (ben, "Leichte Sprache: die wichtigsten Regeln", "https://www.leichte-sprache.org/", ""),
            (anna, "Checkliste: Bevor wir einen Termin eintragen", "", "Ort, Uhrzeit, barrierefrei? Kosten?"),
        ] {
            let m = quartier_core::group::Material { title: title.into(), url: url.into(), note: note.into() };
            self.add_material(g.id, by, m).await?;
        }
        for (learner, by, what) in [
            (helga, helga, "Ich kann jetzt eine Neuigkeit mit Bild veröffentlichen."),
            (ben, helga, "Ben legt Seiten in Leichter Sprache an und lässt sie prüfen."),
            (anna, anna, "Ich trage Termine als Serie ein."),
        ] {
            self.record_learning(g.id, by, Learnt { learner, what: what.into(), meeting: first }).await?;
        }
        Ok(())
    }
}

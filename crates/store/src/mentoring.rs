//! Digital mentoring: residents offer themselves as mentors with the
//! topics they can help with, residents and organisations ask for one, a
//! coordinator (or the asker, with the mentor's yes) pairs them, the pair
//! logs short sessions and closes with an evaluation. The rules live in
//! `quartier_core::mentoring`.

use crate::entity::{mentor, mentoring, mentoring_session};
use crate::paging::{Cursor, Keyset, Page};
use crate::{Result, Store, StoreError, new_id};
use chrono::NaiveDate;
use quartier_core::mentoring::{Helpful, Status, Topic, topics_to_stored};
use sea_orm::sea_query::SimpleExpr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, sea_query::Expr,
};
use serde_json::{Value, json};
use uuid::Uuid;

/// Mentors on one page of the list.
const MENTORS_PAGE: u64 = 30;
/// Requests on one page of the coordinators' list.
const REQUESTS_PAGE: u64 = 30;
/// Sessions on one page of a pairing.
const SESSIONS_PAGE: u64 = 20;
/// A person's own requests and pairings shown at once, newest first.
pub const MINE_SHOWN: u64 = 50;
/// Mentors offered to choose from when pairing or picking.
pub const CHOICES_SHOWN: u64 = 200;

/// What someone offers as a mentor.
#[derive(Debug, Clone)]
pub struct Offer {
    pub topics: Vec<Topic>,
    pub note: String,
    /// Offered now; a paused offer is kept but not shown.
    pub active: bool,
}

/// A request for a mentor.
#[derive(Debug, Clone)]
pub struct Ask {
    pub asker: Uuid,
    /// Asked on behalf of this organisation (the asker administers it).
    pub organisation: Option<Uuid>,
    pub topic: Topic,
    pub note: String,
}

/// A session as logged.
#[derive(Debug, Clone)]
pub struct NewSession {
    pub held_on: NaiveDate,
    pub topic: String,
    pub next_steps: String,
}

impl Store {
    /// Offer oneself as a mentor in `n`, or change or pause the offer.
    pub async fn offer_mentoring(&self, n: Uuid, user: Uuid, o: Offer) -> Result<mentor::Model> {
        match self.mentor_offer(n, user).await? {
            Some(m) => {
                let mut a: mentor::ActiveModel = m.into();
                a.topics = Set(topics_to_stored(&o.topics));
                a.note = Set(o.note);
                a.active = Set(o.active);
                Ok(a.update(self.db()).await?)
            }
            None => Ok(mentor::ActiveModel {
                id: Set(new_id()),
                neighbourhood_id: Set(n),
                user_id: Set(user),
                topics: Set(topics_to_stored(&o.topics)),
                note: Set(o.note),
                active: Set(o.active),
                created_at: Set(self.now()),
            }
            .insert(self.db())
            .await
            .map_err(|e| StoreError::conflict_on(e, "mentor"))?),
        }
    }

    /// A person's offer in a neighbourhood, paused or not.
    pub async fn mentor_offer(&self, n: Uuid, user: Uuid) -> Result<Option<mentor::Model>> {
        Ok(mentor::Entity::find()
            .filter(mentor::Column::NeighbourhoodId.eq(n))
            .filter(mentor::Column::UserId.eq(user))
            .one(self.db())
            .await?)
    }

    fn active_mentors(n: Uuid) -> sea_orm::Select<mentor::Entity> {
        mentor::Entity::find().filter(mentor::Column::NeighbourhoodId.eq(n)).filter(mentor::Column::Active.eq(true))
    }

    /// The mentors who offer help in `n` now, a page at a time, in the
    /// order they offered.
    pub async fn mentors_page(&self, n: Uuid, cursor: Cursor) -> Result<Page<mentor::Model>> {
        const BY_ID: Keyset = Keyset { key: &["\"mentors\".\"id\""], cursor_row: "", descending: false };
        BY_ID.page(self.db(), Self::active_mentors(n), cursor, MENTORS_PAGE, |m| m.id).await
    }

    /// The mentors to choose from when pairing or picking (at most
    /// [`CHOICES_SHOWN`], in the order they offered).
    pub async fn mentor_choices(&self, n: Uuid) -> Result<Vec<mentor::Model>> {
        Ok(Self::active_mentors(n).order_by_asc(mentor::Column::Id).limit(CHOICES_SHOWN).all(self.db()).await?)
    }

    /// Ask for a mentor; the request waits for one, open.
    pub async fn ask_for_mentor(&self, n: Uuid, a: Ask) -> Result<mentoring::Model> {
        Ok(mentoring::ActiveModel {
            id: Set(new_id()),
            neighbourhood_id: Set(n),
            asker_id: Set(Some(a.asker)),
            organisation_id: Set(a.organisation),
            mentor_id: Set(None),
            topic: Set(a.topic.tag().into()),
            note: Set(a.note),
            status: Set(Status::Open.tag().into()),
            paired_by: Set(None),
            helpful: Set(None),
            evaluation: Set(String::new()),
            created_at: Set(self.now()),
            paired_at: Set(None),
            closed_at: Set(None),
        }
        .insert(self.db())
        .await?)
    }

    /// One request of the neighbourhood `n`.
    pub async fn mentoring_in(&self, n: Uuid, id: Uuid) -> Result<mentoring::Model> {
        mentoring::Entity::find_by_id(id)
            .filter(mentoring::Column::NeighbourhoodId.eq(n))
            .one(self.db())
            .await?
            .ok_or(StoreError::NotFound)
    }

    /// The requests of `n` in one state, a page at a time: those that
    /// wait longest first while open or proposed, the newest first after.
    pub async fn mentorings_page(&self, n: Uuid, status: Status, cursor: Cursor) -> Result<Page<mentoring::Model>> {
        const OLDEST: Keyset = Keyset { key: &["\"mentorings\".\"id\""], cursor_row: "", descending: false };
        const NEWEST: Keyset = Keyset { key: &["\"mentorings\".\"id\""], cursor_row: "", descending: true };
        let q = mentoring::Entity::find()
            .filter(mentoring::Column::NeighbourhoodId.eq(n))
            .filter(mentoring::Column::Status.eq(status.tag()));
        let key = if matches!(status, Status::Open | Status::Proposed) { OLDEST } else { NEWEST };
        key.page(self.db(), q, cursor, REQUESTS_PAGE, |m| m.id).await
    }

    /// How many requests of `n` wait for a mentor (one count along an index).
    pub async fn mentorings_open(&self, n: Uuid) -> Result<u64> {
        Ok(mentoring::Entity::find()
            .filter(mentoring::Column::NeighbourhoodId.eq(n))
            .filter(mentoring::Column::Status.eq(Status::Open.tag()))
            .count(self.db())
            .await?)
    }

    /// The requests of `n` a person asked for or mentors, newest first (at
    /// most [`MINE_SHOWN`]).
    pub async fn mentorings_of(&self, n: Uuid, person: Uuid) -> Result<Vec<mentoring::Model>> {
        Ok(mentoring::Entity::find()
            .filter(mentoring::Column::NeighbourhoodId.eq(n))
            .filter(
                Condition::any().add(mentoring::Column::AskerId.eq(person)).add(mentoring::Column::MentorId.eq(person)),
            )
            .order_by_desc(mentoring::Column::Id)
            .limit(MINE_SHOWN)
            .all(self.db())
            .await?)
    }

    /// Move a request from one of `from` to `to` with a conditional write,
    /// so of two answers or pairings at once one wins and the other
    /// changes nothing (`Invalid("moved on")`).
    async fn move_mentoring(
        &self,
        id: Uuid,
        from: &[Status],
        to: Status,
        set: Vec<(mentoring::Column, SimpleExpr)>,
    ) -> Result<()> {
        let mut u = mentoring::Entity::update_many()
            .col_expr(mentoring::Column::Status, Expr::value(to.tag()))
            .filter(mentoring::Column::Id.eq(id))
            .filter(mentoring::Column::Status.is_in(from.iter().map(|s| s.tag())));
        for (c, v) in set {
            u = u.col_expr(c, v);
        }
        if u.exec(self.db()).await?.rows_affected != 1 {
            return Err(StoreError::Invalid("moved on"));
        }
        Ok(())
    }

    /// A coordinator pairs an open request with a mentor.
    pub async fn pair_mentoring(&self, id: Uuid, mentor: Uuid, by: Uuid) -> Result<()> {
        let now = self.now();
        let set = vec![
            (mentoring::Column::MentorId, Expr::value(Some(mentor))),
            (mentoring::Column::PairedBy, Expr::value(Some(by))),
            (mentoring::Column::PairedAt, Expr::value(Some(now))),
        ];
        self.move_mentoring(id, &[Status::Open], Status::Paired, set).await
    }

    /// The asker picks a mentor for their open request; the mentor still
    /// has to say yes.
    pub async fn pick_mentor(&self, id: Uuid, mentor: Uuid) -> Result<()> {
        let set = vec![(mentoring::Column::MentorId, Expr::value(Some(mentor)))];
        self.move_mentoring(id, &[Status::Open], Status::Proposed, set).await
    }

    /// The picked mentor says yes (paired) or no (open again, without them).
    pub async fn answer_mentoring(&self, id: Uuid, accept: bool) -> Result<()> {
        if accept {
            let set = vec![(mentoring::Column::PairedAt, Expr::value(Some(self.now())))];
            self.move_mentoring(id, &[Status::Proposed], Status::Paired, set).await
        } else {
            let set = vec![(mentoring::Column::MentorId, Expr::value(Option::<Uuid>::None))];
            self.move_mentoring(id, &[Status::Proposed], Status::Open, set).await
        }
    }

    /// Close a pairing with its evaluation.
    pub async fn close_mentoring(&self, id: Uuid, helpful: Helpful, evaluation: &str) -> Result<()> {
        let set = vec![
            (mentoring::Column::Helpful, Expr::value(Some(helpful.score()))),
            (mentoring::Column::Evaluation, Expr::value(evaluation.to_string())),
            (mentoring::Column::ClosedAt, Expr::value(Some(self.now()))),
        ];
        self.move_mentoring(id, &[Status::Paired], Status::Closed, set).await
    }

    /// Log a session of a pairing.
    pub async fn log_mentoring_session(
        &self,
        m: &mentoring::Model,
        by: Uuid,
        s: NewSession,
    ) -> Result<mentoring_session::Model> {
        Ok(mentoring_session::ActiveModel {
            id: Set(new_id()),
            mentoring_id: Set(m.id),
            neighbourhood_id: Set(m.neighbourhood_id),
            held_on: Set(s.held_on),
            topic: Set(s.topic),
            next_steps: Set(s.next_steps),
            logged_by: Set(Some(by)),
            created_at: Set(self.now()),
        }
        .insert(self.db())
        .await?)
    }

    /// The sessions of a pairing, the latest first, a page at a time.
    pub async fn mentoring_sessions(&self, mentoring: Uuid, cursor: Cursor) -> Result<Page<mentoring_session::Model>> {
        const LATEST: Keyset = Keyset {
            key: &["\"mentoring_sessions\".\"held_on\"", "\"mentoring_sessions\".\"id\""],
            cursor_row: "SELECT held_on, id FROM mentoring_sessions WHERE id =",
            descending: true,
        };
        let q = mentoring_session::Entity::find().filter(mentoring_session::Column::MentoringId.eq(mentoring));
        LATEST.page(self.db(), q, cursor, SESSIONS_PAGE, |s| s.id).await
    }

    /// The demo quarter's mentoring: Anna helps with phones and video
    /// calls, Ben with websites; Ben mentors the Bürgerverein (asked for by
    /// Helga, paired by the coordinator) and has met them once; Klaus waits
    /// for help with his smartphone.
    pub(crate) async fn seed_demo_mentoring(
        &self,
        n: Uuid,
        coord: Uuid,
        anna: Uuid,
        ben: Uuid,
        helga: Uuid,
        klaus: Uuid,
    ) -> Result<()> {
        let club = self.organisation_by_slug("buergerverein-lindenviertel").await?.id;
        let offer = |topics: &[Topic], note: &str| Offer { topics: topics.to_vec(), note: note.into(), active: true };
        let anna_offers = offer(
            &[Topic::Smartphone, Topic::VideoCalls, Topic::Email],
            "Dienstags nachmittags im Nachbarschaftstreff, gern auch bei Ihnen zu Hause.",
        );
        self.offer_mentoring(n, anna, anna_offers).await?;
        let ben_offers = offer(
            &[Topic::Website, Topic::SocialMedia, Topic::Platform],
            "Ich baue Websites beruflich und helfe Vereinen gern am Wochenende.",
        );
        self.offer_mentoring(n, ben, ben_offers).await?;
        let ask = Ask {
            asker: helga,
            organisation: Some(club),
            topic: Topic::Platform,
            note: "Wir möchten unsere Termine selbst hier eintragen und eine eigene Seite haben.".into(),
        };
        let club_asks = self.ask_for_mentor(n, ask).await?;
        self.pair_mentoring(club_asks.id, ben, coord).await?;
        let m = self.mentoring_in(n, club_asks.id).await?;
        let session = NewSession {
            held_on: self.now().date_naive() - chrono::Duration::days(3),
            topic: "Die Vereinsseite angelegt und das Logo hochgeladen".into(),
            next_steps: "Nächstes Mal: die Termine für das Straßenfest eintragen.".into(),
        };
        self.log_mentoring_session(&m, ben, session).await?;
        let ask = Ask {
            asker: klaus,
            organisation: None,
            topic: Topic::Smartphone,
            note: "Ich möchte Fotos an meine Enkel schicken.".into(),
        };
        self.ask_for_mentor(n, ask).await?;
        Ok(())
    }

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

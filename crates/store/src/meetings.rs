//! The meetings of a co-production project. A meeting is a calendar event
//! of the project's neighbourhood (so it shows in the calendar, its feeds
//! and on the notice board like every other event) with a row of its own
//! that names the project and keeps the agenda and, afterwards, the
//! minutes. The rules (who plans, who writes) live in
//! `quartier_core::coproduction`.

use crate::entity::{event, project, project_meeting};
use crate::events::{EventDetails, Holder};
use crate::{Result, Store, StoreError};
use chrono::{DateTime, Utc};
use quartier_core::coproduction::Joining;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, QueryTrait,
};
use std::collections::HashMap;
use uuid::Uuid;

/// A meeting to plan: when and where, and what it is about.
#[derive(Debug, Clone)]
pub struct NewMeeting {
    pub title: String,
    pub venue: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub agenda: String,
    /// The meeting's own page, for the event's description.
    pub link: String,
}

/// A meeting with the calendar event it is.
#[derive(Debug, Clone)]
pub struct Meeting {
    pub m: project_meeting::Model,
    pub event: event::Model,
}

impl Store {
    /// Plan a meeting of `p`: a calendar event of its neighbourhood, held
    /// by the person who plans it, and the meeting's row naming the event.
    pub async fn plan_meeting(&self, p: &project::Model, by: Uuid, id: Uuid, new: NewMeeting) -> Result<Meeting> {
        let details = EventDetails {
            title: new.title,
            description: new.link,
            category: "social".into(),
            all_day: false,
            venue: new.venue,
            online_url: String::new(),
            step_free: false,
            accessible_toilet: false,
            hearing_loop: false,
            cost: String::new(),
            capacity: None,
            signup_required: false,
        };
        let event = self
            .create_event(Holder::Neighbourhood(p.neighbourhood_id), by, &details, &[(new.starts_at, new.ends_at)])
            .await?
            .into_iter()
            .next()
            .ok_or(StoreError::Invalid("no occurrence"))?;
        let now = self.now();
        let m = project_meeting::ActiveModel {
            id: Set(id),
            project_id: Set(p.id),
            event_id: Set(event.id),
            agenda: Set(new.agenda),
            minutes: Set(String::new()),
            created_by: Set(Some(by)),
            minutes_by: Set(None),
            created_at: Set(now),
            updated_at: Set(now),
        }
        .insert(self.db())
        .await?;
        Ok(Meeting { m, event })
    }

    /// The meetings of a project, the next first and then the past ones
    /// newest first (two queries; the newest `limit`).
    pub async fn meetings_of(&self, project: Uuid, limit: u64) -> Result<Vec<Meeting>> {
        let rows = project_meeting::Entity::find()
            .filter(project_meeting::Column::ProjectId.eq(project))
            .order_by_desc(project_meeting::Column::Id)
            .limit(limit)
            .all(self.db())
            .await?;
        self.with_events(rows).await
    }

    async fn with_events(&self, rows: Vec<project_meeting::Model>) -> Result<Vec<Meeting>> {
        let ids: Vec<Uuid> = rows.iter().map(|m| m.event_id).collect();
        let mut events: HashMap<Uuid, event::Model> =
            self.events_by_ids(&ids).await?.into_iter().map(|e| (e.id, e)).collect();
        let mut out: Vec<Meeting> =
            rows.into_iter().filter_map(|m| Some(Meeting { event: events.remove(&m.event_id)?, m })).collect();
        let now = self.now();
        out.sort_by(|a, b| {
            let (ua, ub) = (a.event.ends_at >= now, b.event.ends_at >= now);
            ub.cmp(&ua).then_with(|| {
                if ua { a.event.starts_at.cmp(&b.event.starts_at) } else { b.event.starts_at.cmp(&a.event.starts_at) }
            })
        });
        Ok(out)
    }

    /// A meeting of a project (another project's meeting is not found).
    pub async fn meeting_in(&self, project: Uuid, id: Uuid) -> Result<Meeting> {
        let m = project_meeting::Entity::find_by_id(id)
            .filter(project_meeting::Column::ProjectId.eq(project))
            .one(self.db())
            .await?
            .ok_or(StoreError::NotFound)?;
        let event = self.event_by_id(m.event_id).await?;
        Ok(Meeting { m, event })
    }

    /// Several meetings by id, for the easy-language mechanism's rule.
    pub async fn meetings_by_ids(&self, ids: &[Uuid]) -> Result<Vec<project_meeting::Model>> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        Ok(project_meeting::Entity::find()
            .filter(project_meeting::Column::Id.is_in(ids.to_vec()))
            .all(self.db())
            .await?)
    }

    /// The proposals of the open projects of a neighbourhood that are open
    /// for votes, closing soonest first, with their projects: for the
    /// printed notice board (two queries).
    pub async fn open_votes_in(
        &self,
        n: Uuid,
        limit: u64,
    ) -> Result<Vec<(project::Model, crate::entity::project_proposal::Model)>> {
        use crate::entity::project_proposal;
        let open_projects = project::Entity::find()
            .select_only()
            .column(project::Column::Id)
            .filter(project::Column::NeighbourhoodId.eq(n))
            .filter(project::Column::Joining.eq(Joining::Open.tag()))
            .into_query();
        let proposals = project_proposal::Entity::find()
            .filter(project_proposal::Column::Outcome.is_null())
            .filter(project_proposal::Column::ClosesAt.gt(self.now()))
            .filter(project_proposal::Column::ProjectId.in_subquery(open_projects))
            .order_by_asc(project_proposal::Column::ClosesAt)
            .order_by_asc(project_proposal::Column::Id)
            .limit(limit)
            .all(self.db())
            .await?;
        let ids: Vec<Uuid> = proposals.iter().map(|p| p.project_id).collect();
        let projects: HashMap<Uuid, project::Model> =
            self.projects_by_ids(&ids).await?.into_iter().map(|p| (p.id, p)).collect();
        Ok(proposals.into_iter().filter_map(|pr| Some((projects.get(&pr.project_id)?.clone(), pr))).collect())
    }

    /// The newest open projects of a neighbourhood, which anyone there may
    /// ask to join (one query).
    pub async fn open_projects_in(&self, n: Uuid, limit: u64) -> Result<Vec<project::Model>> {
        Ok(project::Entity::find()
            .filter(project::Column::NeighbourhoodId.eq(n))
            .filter(project::Column::Joining.eq(Joining::Open.tag()))
            .order_by_desc(project::Column::Id)
            .limit(limit)
            .all(self.db())
            .await?)
    }

    /// Several projects by id (one query).
    pub async fn projects_by_ids(&self, ids: &[Uuid]) -> Result<Vec<project::Model>> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        Ok(project::Entity::find().filter(project::Column::Id.is_in(ids.to_vec())).all(self.db()).await?)
    }

    /// Proposals by their ids, for the easy-language rules (one query).
    pub async fn proposals_by_ids(&self, ids: &[Uuid]) -> Result<Vec<crate::entity::project_proposal::Model>> {
        use crate::entity::project_proposal;
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        Ok(project_proposal::Entity::find()
            .filter(project_proposal::Column::Id.is_in(ids.to_vec()))
            .all(self.db())
            .await?)
    }

    /// Write the agenda.
    pub async fn write_agenda(&self, id: Uuid, agenda: &str) -> Result<()> {
        let m = project_meeting::Entity::find_by_id(id).one(self.db()).await?.ok_or(StoreError::NotFound)?;
        let mut a: project_meeting::ActiveModel = m.into();
        a.agenda = Set(agenda.to_string());
        a.updated_at = Set(self.now());
        a.update(self.db()).await?;
        Ok(())
    }

    /// Write the minutes; the record names who wrote them last.
    pub async fn write_minutes(&self, id: Uuid, by: Uuid, minutes: &str) -> Result<()> {
        let m = project_meeting::Entity::find_by_id(id).one(self.db()).await?.ok_or(StoreError::NotFound)?;
        let mut a: project_meeting::ActiveModel = m.into();
        a.minutes = Set(minutes.to_string());
        a.minutes_by = Set(Some(by));
        a.updated_at = Set(self.now());
        a.update(self.db()).await?;
        Ok(())
    }

    /// The next meetings of the open projects of a neighbourhood, soonest
    /// first, with their projects: for the printed notice board, so people
    /// who are not online can come (three queries).
    pub async fn upcoming_open_meetings(
        &self,
        n: Uuid,
        from: DateTime<Utc>,
        limit: u64,
    ) -> Result<Vec<(project::Model, event::Model)>> {
        let open_projects = project::Entity::find()
            .select_only()
            .column(project::Column::Id)
            .filter(project::Column::NeighbourhoodId.eq(n))
            .filter(project::Column::Joining.eq(Joining::Open.tag()))
            .into_query();
        let meeting_events = project_meeting::Entity::find()
            .select_only()
            .column(project_meeting::Column::EventId)
            .filter(project_meeting::Column::ProjectId.in_subquery(open_projects))
            .into_query();
        let events = event::Entity::find()
            .filter(event::Column::Id.in_subquery(meeting_events))
            .filter(event::Column::NeighbourhoodId.eq(n))
            .filter(event::Column::StartsAt.gte(from))
            .filter(event::Column::Cancelled.eq(false))
            .filter(event::Column::HiddenReason.is_null())
            .order_by_asc(event::Column::StartsAt)
            .order_by_asc(event::Column::Id)
            .limit(limit)
            .all(self.db())
            .await?;
        let ids: Vec<Uuid> = events.iter().map(|e| e.id).collect();
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let meetings =
            project_meeting::Entity::find().filter(project_meeting::Column::EventId.is_in(ids)).all(self.db()).await?;
        let pids: Vec<Uuid> = meetings.iter().map(|m| m.project_id).collect();
        let projects: HashMap<Uuid, project::Model> = project::Entity::find()
            .filter(project::Column::Id.is_in(pids))
            .all(self.db())
            .await?
            .into_iter()
            .map(|p| (p.id, p))
            .collect();
        Ok(events
            .into_iter()
            .filter_map(|e| {
                let m = meetings.iter().find(|m| m.event_id == e.id)?;
                Some((projects.get(&m.project_id)?.clone(), e))
            })
            .collect())
    }
}

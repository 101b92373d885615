//! In-app notifications (the bell) and each person's e-mail settings.

use crate::entity::{notification, notification_setting};
use crate::{Result, Store, new_id};
use chrono::{DateTime, Duration, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect, sea_query::Expr,
};
use uuid::Uuid;

/// Notifications on one page of the list.
pub const NOTIFICATIONS_PAGE: u64 = 50;

quartier_core::tagged! {
    /// What happened.
    pub enum NoticeKind {
        /// Someone answered my entry.
        Answer = "answer",
        /// I was accepted as helper (or as the person helped).
        Accepted = "accepted",
        /// A new message in one of my conversations.
        Message = "message",
        /// A new request in a category I follow.
        NewRequest = "new_request",
        /// Someone thanked me.
        Thanks = "thanks",
        /// A moderator hid something of mine.
        Hidden = "hidden",
        /// A place at an event became mine (from the waiting list).
        EventPlace = "event_place",
        /// The organiser of an event I signed up for wrote to the attendees.
        EventMessage = "event_message",
        /// An event I signed up for was cancelled.
        EventCancelled = "event_cancelled",
        /// Someone signed up for an event I organise, withdrew, or moved
        /// up from the waiting list.
        EventSignups = "event_signups",
        /// Someone asks to join a neighbourhood I coordinate.
        JoinRequest = "join_request",
        /// My request to join was confirmed.
        JoinConfirmed = "join_confirmed",
        /// My request to join was declined.
        JoinDeclined = "join_declined",
        /// Something was reported in a neighbourhood I moderate.
        Report = "report",
        /// An organisation was proposed in a neighbourhood I coordinate.
        OrgProposed = "org_proposed",
        /// An organisation I run was confirmed in a neighbourhood.
        OrgConfirmed = "org_confirmed",
        /// An easy-language text waits for my review.
        ReviewRequested = "review_requested",
        /// A reviewer approved my easy-language text.
        ReviewApproved = "review_approved",
        /// A reviewer did not understand parts of my easy-language text.
        ReviewChanges = "review_changes",
        /// Someone asks to take part in a project I facilitate.
        ProjectRequest = "project_request",
        /// My request to take part in a project was accepted.
        ProjectAccepted = "project_accepted",
        /// My request to take part in a project was declined.
        ProjectDeclined = "project_declined",
        /// A facilitator invited me to take part in a project.
        ProjectInvited = "project_invited",
        /// A proposal in my project is open for my vote.
        ProposalOpen = "proposal_open",
        /// A proposal in my project was decided.
        ProposalDecided = "proposal_decided",
        /// A task in a project was given to me.
        ProjectTask = "project_task",
        /// An organisation of the census claimed its space with a letter's code.
        CensusClaimed = "census_claimed",
        /// A funding source of a network I coordinate (or fund) ends soon
        /// and a measure has no other money.
        FundingEnding = "funding_ending",
        /// A survey of my project is open for answers.
        SurveyOpen = "survey_open",
        /// A survey of my project was closed: its results are there.
        SurveyClosed = "survey_closed",
        /// Someone asks to borrow something I lend to the pool.
        PoolRequest = "pool_request",
        /// The owner confirmed what I asked to borrow.
        PoolConfirmed = "pool_confirmed",
        /// The owner declined what I asked to borrow (or withdrew it).
        PoolDeclined = "pool_declined",
        /// A booking was called off by the other side.
        PoolCancelled = "pool_cancelled",
        /// A meeting of my project was planned.
        MeetingPlanned = "meeting_planned",
        /// A project I take part in was continued as a bigger one, with me in it.
        ProjectContinued = "project_continued",
        /// Someone wrote to an organisation I administer through its
        /// contact form.
        OrgMessage = "org_message",
        /// Someone asks to become a member or volunteer of an organisation
        /// I administer.
        OrgJoinRequest = "org_join_request",
        /// My request to join an organisation was accepted.
        OrgJoinAccepted = "org_join_accepted",
        /// My request to join an organisation was declined.
        OrgJoinDeclined = "org_join_declined",
        /// Another organisation asks to be linked with one I administer, as
        /// its umbrella or its branch.
        OrgLinkAsked = "org_link_asked",
        /// A link my organisation asked for was confirmed.
        OrgLinkConfirmed = "org_link_confirmed",
        /// A link of my organisation was declined or ended by the other side.
        OrgLinkEnded = "org_link_ended",
        /// Someone commented on the canvas of a network I coordinate.
        CanvasComment = "canvas_comment",
        /// The canvas of a network my organisation is a partner of was
        /// shared with partners, or a new version of it was saved.
        CanvasShared = "canvas_shared",
        /// Someone asks for a digital mentor in a neighbourhood I coordinate.
        MentoringRequest = "mentoring_request",
        /// Someone picked me as their digital mentor and waits for my answer.
        MentoringPicked = "mentoring_picked",
        /// A coordinator paired me with a mentor, or with someone to mentor.
        MentoringPaired = "mentoring_paired",
        /// The mentor I picked said yes.
        MentoringAccepted = "mentoring_accepted",
        /// The mentor I picked cannot help this time.
        MentoringDeclined = "mentoring_declined",
        /// A mentoring I take part in was closed.
        MentoringClosed = "mentoring_closed",
        /// An admin of a learning group wrote down something I learnt.
        LearningRecorded = "learning_recorded",
    }
}

quartier_core::tagged! {
    /// How often a person gets a digest of their notifications by mail.
    pub enum Digest {
        Off = "off",
        Daily = "daily",
        Weekly = "weekly",
    }
}

/// A weekly notice board is due a week after the last one (or at once).
fn notice_board_due(now: DateTime<Utc>) -> Condition {
    use notification_setting::Column as C;
    Condition::all().add(C::NoticeBoardMail.eq(true)).add(
        Condition::any().add(C::LastNoticeBoardAt.is_null()).add(C::LastNoticeBoardAt.lte(now - Duration::days(7))),
    )
}

/// A digest is due a day or a week after the last one; one never sent
/// starts its first period.
fn digest_due(now: DateTime<Utc>) -> Condition {
    use notification_setting::Column as C;
    let after = |tag: &str, days: i64| {
        Condition::all()
            .add(C::Digest.eq(tag))
            .add(Condition::any().add(C::LastDigestAt.is_null()).add(C::LastDigestAt.lte(now - Duration::days(days))))
    };
    Condition::any().add(after(Digest::Daily.tag(), 1)).add(after(Digest::Weekly.tag(), 7))
}

/// Defaults: mails for answers and messages, no digest, no categories.
pub fn default_settings(user: Uuid) -> notification_setting::Model {
    notification_setting::Model {
        user_id: user,
        email_answers: true,
        email_messages: true,
        email_new_requests: false,
        digest: Digest::Off.tag().into(),
        followed_categories: String::new(),
        last_digest_at: None,
        notice_board_mail: false,
        last_notice_board_at: None,
        email_tasks: true,
    }
}

/// What a notification is about: an entry, a conversation, an event, or a
/// subject with the link to act on it.
#[derive(Clone, Copy, Default)]
struct About<'a> {
    entry: Option<Uuid>,
    conversation: Option<Uuid>,
    event: Option<Uuid>,
    subject: &'a str,
    link: &'a str,
}

fn row(user: Uuid, kind: NoticeKind, about: About<'_>, at: chrono::DateTime<chrono::Utc>) -> notification::ActiveModel {
    notification::ActiveModel {
        id: Set(new_id()),
        user_id: Set(user),
        kind: Set(kind.tag().into()),
        entry_id: Set(about.entry),
        conversation_id: Set(about.conversation),
        event_id: Set(about.event),
        subject: Set(about.subject.to_string()),
        link: Set(about.link.to_string()),
        created_at: Set(at),
        read_at: Set(None),
    }
}

impl Store {
    pub async fn notify(
        &self,
        user: Uuid,
        kind: NoticeKind,
        entry_id: Option<Uuid>,
        conversation_id: Option<Uuid>,
    ) -> Result<()> {
        let about = About { entry: entry_id, conversation: conversation_id, ..About::default() };
        row(user, kind, about, self.now()).insert(self.db()).await?;
        Ok(())
    }

    /// Notify several people of one thing that waits for them (or of its
    /// outcome), named by `subject`, to be acted on at `link`. One insert
    /// for all of them.
    pub async fn notify_about(&self, users: &[Uuid], kind: NoticeKind, subject: &str, link: &str) -> Result<()> {
        if users.is_empty() {
            return Ok(());
        }
        let now = self.now();
        let about = About { subject, link, ..About::default() };
        let rows = users.iter().map(|u| row(*u, kind, about, now));
        notification::Entity::insert_many(rows).exec(self.db()).await?;
        Ok(())
    }

    /// A notification about an event.
    pub async fn notify_event(&self, user: Uuid, kind: NoticeKind, event_id: Uuid) -> Result<()> {
        row(user, kind, About { event: Some(event_id), ..About::default() }, self.now()).insert(self.db()).await?;
        Ok(())
    }

    /// Every notification of one kind, for tests and the operator's checks.
    pub async fn notifications_of_kind(&self, kind: NoticeKind) -> Result<Vec<notification::Model>> {
        Ok(notification::Entity::find().filter(notification::Column::Kind.eq(kind.tag())).all(self.db()).await?)
    }

    pub async fn unread_notifications(&self, user: Uuid) -> Result<u64> {
        Ok(notification::Entity::find()
            .filter(notification::Column::UserId.eq(user))
            .filter(notification::Column::ReadAt.is_null())
            .count(self.db())
            .await?)
    }

    pub async fn notifications(&self, user: Uuid, limit: u64) -> Result<Vec<notification::Model>> {
        Ok(notification::Entity::find()
            .filter(notification::Column::UserId.eq(user))
            .order_by_desc(notification::Column::Id)
            .limit(limit)
            .all(self.db())
            .await?)
    }

    /// A person's notifications, newest first, a page at a time (by key,
    /// so the hundredth page costs what the first does).
    pub async fn notifications_page(
        &self,
        user: Uuid,
        cursor: crate::paging::Cursor,
    ) -> Result<crate::paging::Page<notification::Model>> {
        const NEWEST: crate::paging::Keyset =
            crate::paging::Keyset { key: &["\"notifications\".\"id\""], cursor_row: "", descending: true };
        let q = notification::Entity::find().filter(notification::Column::UserId.eq(user));
        NEWEST.page(self.db(), q, cursor, NOTIFICATIONS_PAGE, |n| n.id).await
    }

    pub async fn mark_notifications_read(&self, user: Uuid) -> Result<()> {
        notification::Entity::update_many()
            .col_expr(notification::Column::ReadAt, Expr::value(self.now()))
            .filter(notification::Column::UserId.eq(user))
            .filter(notification::Column::ReadAt.is_null())
            .exec(self.db())
            .await?;
        Ok(())
    }

    pub async fn notification_settings(&self, user: Uuid) -> Result<notification_setting::Model> {
        Ok(notification_setting::Entity::find_by_id(user)
            .one(self.db())
            .await?
            .unwrap_or_else(|| default_settings(user)))
    }

    /// The settings of several people at once (one query; defaults for
    /// those who never saved any), in the order of `users`.
    pub async fn notification_settings_of(&self, users: &[Uuid]) -> Result<Vec<notification_setting::Model>> {
        if users.is_empty() {
            return Ok(Vec::new());
        }
        let saved = notification_setting::Entity::find()
            .filter(notification_setting::Column::UserId.is_in(users.to_vec()))
            .all(self.db())
            .await?;
        Ok(users
            .iter()
            .map(|u| saved.iter().find(|s| s.user_id == *u).cloned().unwrap_or_else(|| default_settings(*u)))
            .collect())
    }

    pub async fn save_notification_settings(&self, s: notification_setting::Model) -> Result<()> {
        let exists = notification_setting::Entity::find_by_id(s.user_id).one(self.db()).await?.is_some();
        let a = notification_setting::ActiveModel {
            user_id: Set(s.user_id),
            email_answers: Set(s.email_answers),
            email_messages: Set(s.email_messages),
            email_new_requests: Set(s.email_new_requests),
            digest: Set(s.digest),
            followed_categories: Set(s.followed_categories),
            last_digest_at: Set(s.last_digest_at),
            notice_board_mail: Set(s.notice_board_mail),
            last_notice_board_at: Set(s.last_notice_board_at),
            email_tasks: Set(s.email_tasks),
        };
        if exists {
            a.update(self.db()).await?;
        } else {
            a.insert(self.db()).await?;
        }
        Ok(())
    }

    /// People who follow a category (for new-request notices).
    pub async fn followers_of(&self, category: &str) -> Result<Vec<notification_setting::Model>> {
        let all = notification_setting::Entity::find()
            .filter(notification_setting::Column::FollowedCategories.contains(category))
            .all(self.db())
            .await?;
        Ok(all.into_iter().filter(|s| s.followed_categories.split(',').any(|c| c == category)).collect())
    }

    /// Whose weekly notice board is due at `now`, chosen in SQL.
    pub async fn due_notice_boards(&self, now: DateTime<Utc>) -> Result<Vec<notification_setting::Model>> {
        Ok(notification_setting::Entity::find().filter(notice_board_due(now)).all(self.db()).await?)
    }

    /// Take `user`'s notice board for this week (see `claim`).
    pub async fn claim_notice_board(&self, user: Uuid, now: DateTime<Utc>) -> Result<bool> {
        self.claim(user, notification_setting::Column::LastNoticeBoardAt, notice_board_due(now), now).await
    }

    /// Whose digest is due at `now` (or has never started), chosen in SQL.
    pub async fn due_digests(&self, now: DateTime<Utc>) -> Result<Vec<notification_setting::Model>> {
        Ok(notification_setting::Entity::find().filter(digest_due(now)).all(self.db()).await?)
    }

    /// Take `user`'s digest for this period (see `claim`).
    pub async fn claim_digest(&self, user: Uuid, now: DateTime<Utc>) -> Result<bool> {
        self.claim(user, notification_setting::Column::LastDigestAt, digest_due(now), now).await
    }

    /// Set `user`'s `last` column to `now` in one update that succeeds only
    /// while `due` still holds, so of several app servers exactly one gets
    /// it. Only that column is written.
    async fn claim(
        &self,
        user: Uuid,
        last: notification_setting::Column,
        due: Condition,
        now: DateTime<Utc>,
    ) -> Result<bool> {
        let r = notification_setting::Entity::update_many()
            .col_expr(last, Expr::value(now))
            .filter(notification_setting::Column::UserId.eq(user))
            .filter(due)
            .exec(self.db())
            .await?;
        Ok(r.rows_affected == 1)
    }

    /// How many notifications `user` got after `since`.
    pub async fn count_notifications_since(&self, user: Uuid, since: DateTime<Utc>) -> Result<u64> {
        Ok(notification::Entity::find()
            .filter(notification::Column::UserId.eq(user))
            .filter(notification::Column::CreatedAt.gt(since))
            .count(self.db())
            .await?)
    }
}

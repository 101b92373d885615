//! Everything the platform holds about a person: export it as one file,
//! erase it on request. Every table is listed in [`TABLES`]; a test fails
//! when the schema has a table this list does not know, so each new
//! capability has to say how its data is exported and erased.

use crate::entity::{
    audit_log, block, conversation, easy_reviewer, easy_version, email_token, event, event_signup, group, group_member,
    group_post, help_entry, image, invite_code, job, membership, message, neighbourhood, news_post, notification,
    notification_setting, organisation, organisation_invitation, organisation_member, organisation_neighbourhood,
    report, search_term, session, thanks, time_ledger, user,
};
use crate::{Result, Store, StoreError};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, EntityTrait, QueryFilter, QueryOrder, TransactionTrait,
    sea_query::Expr,
};
use serde_json::{Value, json};
use uuid::Uuid;

/// How a table relates to people.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Handling {
    /// Holds a person's data: `export` is the key in the export file,
    /// `erase` says what erasure does to it.
    Personal { export: &'static str, erase: &'static str },
    /// Holds no personal data; the reason says why.
    NotPersonal(&'static str),
}

/// Every table of the schema and how it is handled.
pub const TABLES: &[(&str, Handling)] = &[
    ("users", Handling::Personal { export: "account", erase: "anonymised: shown as former neighbour" }),
    ("sessions", Handling::Personal { export: "sessions", erase: "deleted" }),
    ("email_tokens", Handling::Personal { export: "email_tokens", erase: "deleted" }),
    ("memberships", Handling::Personal { export: "memberships", erase: "deleted" }),
    ("invite_codes", Handling::Personal { export: "invite_codes_used", erase: "link to the person removed" }),
    ("audit_log", Handling::Personal { export: "audit_log", erase: "kept; the actor is the anonymised account" }),
    (
        "help_entries",
        Handling::Personal {
            export: "help_entries",
            erase: "open ones withdrawn, street area and on-behalf name removed; kept for those who answered",
        },
    ),
    (
        "conversations",
        Handling::Personal {
            export: "conversations",
            erase: "kept for the other person; shown with a former neighbour",
        },
    ),
    (
        "messages",
        Handling::Personal {
            export: "conversations",
            erase: "kept for the other person; author shown as former neighbour",
        },
    ),
    ("blocks", Handling::Personal { export: "blocks", erase: "deleted" }),
    ("reports", Handling::Personal { export: "reports", erase: "kept on the moderation record; reporter anonymised" }),
    (
        "thanks",
        Handling::Personal {
            export: "thanks",
            erase: "notes to the person deleted; notes from them kept for the helper",
        },
    ),
    ("time_ledger", Handling::Personal { export: "time_account", erase: "kept: the ledger never loses an hour" }),
    ("notifications", Handling::Personal { export: "notifications", erase: "deleted" }),
    ("notification_settings", Handling::Personal { export: "notification_settings", erase: "deleted" }),
    ("jobs", Handling::Personal { export: "pending_mails", erase: "mails not yet sent to the person deleted" }),
    (
        "organisations",
        Handling::Personal { export: "organisations", erase: "kept: the organisation owns it; proposer link removed" },
    ),
    ("organisation_neighbourhoods", Handling::Personal { export: "organisations", erase: "confirming person removed" }),
    ("organisation_members", Handling::Personal { export: "organisations", erase: "deleted" }),
    (
        "organisation_invitations",
        Handling::Personal {
            export: "organisation_invitations",
            erase: "the person's invitations deleted; those they sent lose the sender",
        },
    ),
    (
        "news_posts",
        Handling::Personal { export: "news_posts", erase: "kept: the organisation owns it; author link removed" },
    ),
    (
        "events",
        Handling::Personal {
            export: "events",
            erase: "a resident's upcoming events cancelled; all kept without the author link",
        },
    ),
    ("event_signups", Handling::Personal { export: "event_signups", erase: "withdrawn; the waiting list moves up" }),
    ("groups", Handling::Personal { export: "groups", erase: "kept for its members; founder link removed" }),
    ("group_members", Handling::Personal { export: "groups", erase: "deleted" }),
    (
        "group_posts",
        Handling::Personal { export: "group_posts", erase: "kept for the group; author shown as former neighbour" },
    ),
    (
        "images",
        Handling::Personal {
            export: "images",
            erase: "kept: the organisation owns it; uploader link removed (re-encoding already dropped metadata)",
        },
    ),
    (
        "easy_versions",
        Handling::Personal {
            export: "easy_versions",
            erase: "kept with the content they belong to; author and reviewer links removed",
        },
    ),
    ("easy_reviewers", Handling::Personal { export: "easy_reviewer_for", erase: "deleted" }),
    (
        "org_pages",
        Handling::Personal { export: "org_site", erase: "kept: the organisation owns it; author link removed" },
    ),
    (
        "org_messages",
        Handling::Personal {
            export: "org_site",
            erase: "messages the person sent to organisations (from the account or its address) deleted",
        },
    ),
    (
        "org_join_requests",
        Handling::Personal {
            export: "org_site",
            erase: "the person's requests deleted; requests they decided lose the link to them",
        },
    ),
    ("org_affiliations", Handling::NotPersonal("links between organisations; who asked is in the audit log")),
    ("org_domains", Handling::NotPersonal("host names of organisations' sites")),
    ("help_categories", Handling::NotPersonal("category names chosen by coordinators")),
    (
        "org_site_looks",
        Handling::NotPersonal("an organisation's logo and colour; the logo's uploader is kept with the image"),
    ),
    ("neighbourhoods", Handling::NotPersonal("describes places, not people")),
    (
        "search_terms",
        Handling::NotPersonal(
            "derived words of the documents, rebuilt from them; nothing to export; erased with the documents \
             (a person's help entries leave it on erasure)",
        ),
    ),
    (
        "projects",
        Handling::Personal { export: "coproduction", erase: "kept for the participants; starter link removed" },
    ),
    ("project_participants", Handling::Personal { export: "coproduction", erase: "deleted; named as proxy: removed" }),
    (
        "project_proposals",
        Handling::Personal { export: "coproduction", erase: "kept on the record; author shown as former participant" },
    ),
    (
        "project_votes",
        Handling::Personal {
            export: "coproduction",
            erase: "kept for the decision's tally; voter and caster shown as former participant",
        },
    ),
    (
        "project_comments",
        Handling::Personal { export: "coproduction", erase: "kept; author shown as former participant" },
    ),
    ("project_tasks", Handling::Personal { export: "coproduction", erase: "kept; the person doing it removed" }),
    ("census_entries", Handling::NotPersonal("describes organisations; no person is recorded")),
    ("census_snapshots", Handling::NotPersonal("counts of organisations per year")),
    ("census_entry_stages", Handling::NotPersonal("an organisation's stage online per year")),
    (
        "census_claims",
        Handling::Personal { export: "census_claims", erase: "kept; printer and claimant links removed" },
    ),
    (
        "learning_materials",
        Handling::Personal { export: "learning", erase: "kept for the group; who shared it removed" },
    ),
    (
        "learning_records",
        Handling::Personal {
            export: "learning",
            erase: "what the person learnt deleted; records they wrote for others lose the link to them",
        },
    ),
    ("mentors", Handling::Personal { export: "mentoring", erase: "deleted" }),
    (
        "mentorings",
        Handling::Personal { export: "mentoring", erase: "kept for the other person; this one no longer named" },
    ),
    (
        "mentoring_sessions",
        Handling::Personal { export: "mentoring", erase: "kept for the pair and the counts; logger link removed" },
    ),
    (
        "impact_notice_counts",
        Handling::Personal { export: "impact", erase: "kept for the quarter's report; who entered it removed" },
    ),
    ("impact_reports", Handling::Personal { export: "impact", erase: "kept as published; who published it removed" }),
    (
        "pool_resources",
        Handling::Personal { export: "pool", erase: "a person's own resources deleted with their bookings" },
    ),
    (
        "pool_bookings",
        Handling::Personal { export: "pool", erase: "kept for the owner's calendar; requester and answerer removed" },
    ),
    (
        "network_partners",
        Handling::Personal {
            export: "network",
            erase: "kept: the partner's record; link to who last wrote its gains and pains removed",
        },
    ),
    ("network_canvases", Handling::NotPersonal("who may read a network's canvas")),
    (
        "network_canvas_versions",
        Handling::Personal { export: "network_canvas", erase: "kept as the network's record; who saved it removed" },
    ),
    (
        "network_canvas_comments",
        Handling::Personal {
            export: "network_canvas",
            erase: "kept for the network; author removed, shown as former participant",
        },
    ),
    ("network_measures", Handling::NotPersonal("what a network does, kept by its coordinators")),
    ("network_funding", Handling::NotPersonal("a network's funding sources, kept by its coordinators")),
    ("network_funding_measures", Handling::NotPersonal("which measure depends on which funding source")),
    ("network_warnings", Handling::NotPersonal("when a warning about a funding source was sent")),
    (
        "project_surveys",
        Handling::Personal { export: "coproduction_checking", erase: "kept for the participants; author link removed" },
    ),
    ("project_survey_questions", Handling::NotPersonal("questions of a survey; the survey names its author")),
    (
        "project_survey_responses",
        Handling::Personal {
            export: "coproduction_checking",
            erase: "kept in the counts; the person and who typed it in removed",
        },
    ),
    (
        "project_survey_answers",
        Handling::Personal {
            export: "coproduction_checking",
            erase: "ticked values kept in the counts; the person's own free-text answers deleted",
        },
    ),
    (
        "project_checklist_answers",
        Handling::Personal { export: "coproduction_checking", erase: "kept on the project's record; author removed" },
    ),
    (
        "project_meetings",
        Handling::Personal {
            export: "coproduction_checking",
            erase: "kept for the participants; who added it and who wrote the minutes removed",
        },
    ),
    ("login_throttle", Handling::NotPersonal("keys are hashes that expire within the hour")),
    ("setup_tokens", Handling::NotPersonal("instance set-up, before any person exists")),
];

fn ts(t: &chrono::DateTime<chrono::Utc>) -> String {
    t.to_rfc3339()
}

impl Store {
    /// One JSON document with everything about the person.
    pub async fn export_personal_data(&self, user_id: Uuid) -> Result<Value> {
        let u = self.live_user(user_id).await?;
        let db = self.db();
        let memberships = membership::Entity::find().filter(membership::Column::UserId.eq(user_id)).all(db).await?;
        let mut ms = Vec::new();
        for m in memberships {
            let n = neighbourhood::Entity::find_by_id(m.neighbourhood_id).one(db).await?;
            ms.push(json!({
                "neighbourhood": n.map(|n| n.name),
                "role": m.role,
                "status": m.status,
                "requested_at": ts(&m.created_at),
                "verified_at": m.verified_at.as_ref().map(ts),
                "via_code": m.via_code,
                "start_page_last_seen_at": m.last_seen_at.as_ref().map(ts),
            }));
        }
        let sessions: Vec<Value> = session::Entity::find()
            .filter(session::Column::UserId.eq(user_id))
            .all(db)
            .await?
            .iter()
            .map(|s| json!({"started_at": ts(&s.created_at), "last_seen_at": ts(&s.last_seen_at)}))
            .collect();
        let tokens: Vec<Value> = email_token::Entity::find()
            .filter(email_token::Column::UserId.eq(user_id))
            .all(db)
            .await?
            .iter()
            .map(|t| json!({"purpose": t.purpose, "new_email": t.new_email, "created_at": ts(&t.created_at), "expires_at": ts(&t.expires_at), "used_at": t.used_at.as_ref().map(ts)}))
            .collect();
        let codes: Vec<Value> = invite_code::Entity::find()
            .filter(invite_code::Column::UsedBy.eq(user_id))
            .all(db)
            .await?
            .iter()
            .map(|c| json!({"code": c.code, "used_at": c.used_at.as_ref().map(ts)}))
            .collect();
        let audit: Vec<Value> = audit_log::Entity::find()
            .filter(Condition::any().add(audit_log::Column::ActorId.eq(user_id)).add(audit_log::Column::SubjectId.eq(user_id)))
            .order_by_asc(audit_log::Column::Id)
            .all(db)
            .await?
            .iter()
            .map(|a| json!({"action": a.action, "by_me": a.actor_id == Some(user_id), "detail": a.detail, "at": ts(&a.created_at)}))
            .collect();
        let entries: Vec<Value> = help_entry::Entity::find()
            .filter(help_entry::Column::AuthorId.eq(user_id))
            .order_by_asc(help_entry::Column::Id)
            .all(db)
            .await?
            .iter()
            .map(|e| json!({"kind": e.kind, "category": e.category, "title": e.title, "body": e.body, "date": e.on_date.map(|d| d.to_string()), "area": e.area, "on_behalf": e.on_behalf, "status": e.status, "created_at": ts(&e.created_at)}))
            .collect();
        let mut convs = Vec::new();
        for c in conversation::Entity::find()
            .filter(
                Condition::any().add(conversation::Column::AId.eq(user_id)).add(conversation::Column::BId.eq(user_id)),
            )
            .all(db)
            .await?
        {
            let mine: Vec<Value> = message::Entity::find()
                .filter(message::Column::ConversationId.eq(c.id))
                .filter(message::Column::AuthorId.eq(user_id))
                .order_by_asc(message::Column::Id)
                .all(db)
                .await?
                .iter()
                .map(|m| json!({"body": m.body, "at": ts(&m.created_at)}))
                .collect();
            convs.push(
                json!({"id": c.id, "about_entry": c.entry_id, "started_at": ts(&c.created_at), "my_messages": mine}),
            );
        }
        let blocks: Vec<Value> = block::Entity::find()
            .filter(block::Column::BlockerId.eq(user_id))
            .all(db)
            .await?
            .iter()
            .map(|b| json!({"blocked": b.blocked_id, "at": ts(&b.created_at)}))
            .collect();
        let reports: Vec<Value> = report::Entity::find()
            .filter(report::Column::ReporterId.eq(user_id))
            .all(db)
            .await?
            .iter()
            .map(|r| json!({"reason": r.reason, "status": r.status, "at": ts(&r.created_at)}))
            .collect();
        let thanks_rows: Vec<Value> = thanks::Entity::find()
            .filter(Condition::any().add(thanks::Column::FromId.eq(user_id)).add(thanks::Column::ToId.eq(user_id)))
            .all(db)
            .await?
            .iter()
            .map(|t| json!({"given": t.from_id == user_id, "note": t.note, "shown": t.shown, "at": ts(&t.created_at)}))
            .collect();
        // The person's own account; bookings of the neighbourhood's shared
        // account name them only where they were the other side.
        let person = quartier_core::help::Account::Person;
        let ledger: Vec<Value> = time_ledger::Entity::find()
            .filter(
                Condition::any()
                    .add(time_ledger::Column::FromId.eq(user_id))
                    .add(time_ledger::Column::ToId.eq(user_id)),
            )
            .all(db)
            .await?
            .iter()
            .map(|l| json!({"minutes": l.minutes_for(person, user_id), "entry": l.entry_id, "at": ts(&l.created_at)}))
            .collect();
        let notes: Vec<Value> = notification::Entity::find()
            .filter(notification::Column::UserId.eq(user_id))
            .all(db)
            .await?
            .iter()
            .map(|n| json!({"kind": n.kind, "about": n.subject, "link": n.link, "at": ts(&n.created_at), "read": n.read_at.is_some()}))
            .collect();
        let settings = notification_setting::Entity::find_by_id(user_id).one(db).await?.map(|s| {
            json!({"email_answers": s.email_answers, "email_messages": s.email_messages, "email_new_requests": s.email_new_requests, "email_tasks": s.email_tasks, "digest": s.digest, "followed_categories": s.followed_categories})
        });
        let mails: Vec<Value> = job::Entity::find()
            .filter(job::Column::DoneAt.is_null())
            .filter(job::Column::Payload.contains(format!("\"{}\"", u.email)))
            .all(db)
            .await?
            .iter()
            .map(|j| json!({"kind": j.name, "queued_at": ts(&j.created_at)}))
            .collect();
        let mut orgs = Vec::new();
        for m in
            organisation_member::Entity::find().filter(organisation_member::Column::UserId.eq(user_id)).all(db).await?
        {
            let o = organisation::Entity::find_by_id(m.organisation_id).one(db).await?;
            orgs.push(json!({"organisation": o.map(|o| o.name), "role": m.role, "since": ts(&m.created_at)}));
        }
        let news: Vec<Value> = news_post::Entity::find()
            .filter(news_post::Column::AuthorId.eq(user_id))
            .all(db)
            .await?
            .iter()
            .map(|n| json!({"title": n.title, "body": n.body, "members_only": n.members_only, "at": ts(&n.created_at)}))
            .collect();
        let events: Vec<Value> = event::Entity::find()
            .filter(event::Column::AuthorId.eq(user_id))
            .order_by_asc(event::Column::StartsAt)
            .all(db)
            .await?
            .iter()
            .map(|e| json!({"title": e.title, "description": e.description, "starts_at": ts(&e.starts_at), "ends_at": ts(&e.ends_at), "venue": e.venue, "organisation": e.organisation_id, "cancelled": e.cancelled}))
            .collect();
        let mut signups = Vec::new();
        for s in event_signup::Entity::find().filter(event_signup::Column::UserId.eq(user_id)).all(db).await? {
            let e = event::Entity::find_by_id(s.event_id).one(db).await?;
            signups.push(json!({"event": e.as_ref().map(|e| e.title.clone()), "starts_at": e.as_ref().map(|e| ts(&e.starts_at)), "status": s.status, "at": ts(&s.created_at)}));
        }
        let mut groups = Vec::new();
        for m in group_member::Entity::find().filter(group_member::Column::UserId.eq(user_id)).all(db).await? {
            let g = group::Entity::find_by_id(m.group_id).one(db).await?;
            groups.push(json!({"group": g.map(|g| g.name), "standing": m.standing, "since": ts(&m.created_at)}));
        }
        let group_posts: Vec<Value> = group_post::Entity::find()
            .filter(group_post::Column::AuthorId.eq(user_id))
            .order_by_asc(group_post::Column::Id)
            .all(db)
            .await?
            .iter()
            .map(|p| json!({"title": p.title, "body": p.body, "at": ts(&p.created_at)}))
            .collect();
        let images: Vec<Value> = image::Entity::find()
            .filter(image::Column::UploadedBy.eq(user_id))
            .all(db)
            .await?
            .iter()
            .map(|i| json!({"id": i.id, "organisation": i.organisation_id, "content_type": i.content_type, "at": ts(&i.created_at)}))
            .collect();
        let easy: Vec<Value> = easy_version::Entity::find()
            .filter(
                Condition::any()
                    .add(easy_version::Column::AuthorId.eq(user_id))
                    .add(easy_version::Column::ReviewedBy.eq(user_id)),
            )
            .all(db)
            .await?
            .iter()
            .map(|v| json!({"kind": v.content_kind, "title": v.title, "body": v.body, "written_by_me": v.author_id == Some(user_id), "status": v.status, "review_note": v.review_note}))
            .collect();
        let invitations: Vec<Value> = organisation_invitation::Entity::find()
            .filter(
                sea_orm::Condition::any()
                    .add(organisation_invitation::Column::UserId.eq(user_id))
                    .add(organisation_invitation::Column::InvitedBy.eq(user_id)),
            )
            .all(db)
            .await?
            .iter()
            .map(|i| json!({"organisation": i.organisation_id, "role": i.role, "to_me": i.user_id == user_id, "sent_by_me": i.invited_by == Some(user_id), "at": ts(&i.created_at)}))
            .collect();
        let reviewer_for: Vec<Value> = easy_reviewer::Entity::find()
            .filter(easy_reviewer::Column::UserId.eq(user_id))
            .all(db)
            .await?
            .iter()
            .map(|r| json!({"neighbourhood": r.neighbourhood_id, "organisation": r.organisation_id, "since": ts(&r.created_at)}))
            .collect();
        let coproduction = self.export_coproduction(user_id).await?;
        let census_claims = self.export_census_claims(user_id).await?;
        let mentoring = self.export_mentoring(user_id).await?;
        let learning = self.export_learning(user_id).await?;
        let impact = self.export_impact(user_id).await?;
        let pool = self.export_pool(user_id).await?;
        let network = self.export_network(user_id).await?;
        let network_canvas = self.export_canvas(user_id).await?;
        let coproduction_checking = self.export_checking(user_id).await?;
        let org_site = self.export_org_site(user_id).await?;
        Ok(json!({
            "format": "quartier-personal-data/1",
            "impact": impact,
            "pool": pool,
            "coproduction": coproduction,
            "census_claims": census_claims,
            "mentoring": mentoring,
            "network": network,
            "network_canvas": network_canvas,
            "coproduction_checking": coproduction_checking,
            "org_site": org_site,
            "easy_versions": easy,
            "easy_reviewer_for": reviewer_for,
            "organisation_invitations": invitations,
            "images": images,
            "groups": groups,
            "learning": learning,
            "group_posts": group_posts,
            "events": events,
            "event_signups": signups,
            "organisations": orgs,
            "news_posts": news,
            "help_entries": entries,
            "conversations": convs,
            "blocks": blocks,
            "reports": reports,
            "thanks": thanks_rows,
            "time_account": ledger,
            "notifications": notes,
            "notification_settings": settings,
            "pending_mails": mails,
            "exported_at": ts(&self.now()),
            "account": {
                "id": u.id,
                "email": u.email,
                "email_confirmed_at": u.email_confirmed_at.as_ref().map(ts),
                "display_name": u.display_name,
                "bio": u.bio,
                "profile_public": u.profile_public,
                "preferences": {"locale": u.locale, "text_size": u.text_size, "contrast": u.contrast},
                "operator": u.is_operator,
                "created_at": ts(&u.created_at),
            },
            "memberships": ms,
            "sessions": sessions,
            "email_tokens": tokens,
            "invite_codes_used": codes,
            "audit_log": audit,
        }))
    }

    /// Erase a person. The account row stays as an anonymous stub so that
    /// what others need (a thread, a log entry) still has an author, shown
    /// as "former neighbour".
    pub async fn erase_person(&self, user_id: Uuid) -> Result<()> {
        let u = self.live_user(user_id).await?;
        // Withdrawing one by one lets each waiting list move up in order.
        for s in event_signup::Entity::find().filter(event_signup::Column::UserId.eq(user_id)).all(self.db()).await? {
            match self.withdraw_signup(s.event_id, user_id).await {
                Ok(_) | Err(StoreError::NotFound) => {}
                Err(e) => return Err(e),
            }
        }
        let txn = self.db().begin().await?;
        easy_reviewer::Entity::delete_many().filter(easy_reviewer::Column::UserId.eq(user_id)).exec(&txn).await?;
        easy_version::Entity::update_many()
            .col_expr(easy_version::Column::AuthorId, Expr::value(Option::<Uuid>::None))
            .filter(easy_version::Column::AuthorId.eq(user_id))
            .exec(&txn)
            .await?;
        easy_version::Entity::update_many()
            .col_expr(easy_version::Column::ReviewedBy, Expr::value(Option::<Uuid>::None))
            .filter(easy_version::Column::ReviewedBy.eq(user_id))
            .exec(&txn)
            .await?;
        image::Entity::update_many()
            .col_expr(image::Column::UploadedBy, Expr::value(Option::<Uuid>::None))
            .filter(image::Column::UploadedBy.eq(user_id))
            .exec(&txn)
            .await?;
        group_member::Entity::delete_many().filter(group_member::Column::UserId.eq(user_id)).exec(&txn).await?;
        group::Entity::update_many()
            .col_expr(group::Column::CreatedBy, Expr::value(Option::<Uuid>::None))
            .filter(group::Column::CreatedBy.eq(user_id))
            .exec(&txn)
            .await?;
        group_post::Entity::update_many()
            .col_expr(group_post::Column::AuthorId, Expr::value(Option::<Uuid>::None))
            .filter(group_post::Column::AuthorId.eq(user_id))
            .exec(&txn)
            .await?;
        event::Entity::update_many()
            .col_expr(event::Column::Cancelled, Expr::value(true))
            .filter(event::Column::AuthorId.eq(user_id))
            .filter(event::Column::NeighbourhoodId.is_not_null())
            .filter(event::Column::StartsAt.gt(self.now()))
            .exec(&txn)
            .await?;
        event::Entity::update_many()
            .col_expr(event::Column::AuthorId, Expr::value(Option::<Uuid>::None))
            .filter(event::Column::AuthorId.eq(user_id))
            .exec(&txn)
            .await?;
        session::Entity::delete_many().filter(session::Column::UserId.eq(user_id)).exec(&txn).await?;
        email_token::Entity::delete_many().filter(email_token::Column::UserId.eq(user_id)).exec(&txn).await?;
        membership::Entity::delete_many().filter(membership::Column::UserId.eq(user_id)).exec(&txn).await?;
        invite_code::Entity::update_many()
            .col_expr(invite_code::Column::UsedBy, Expr::value(Option::<Uuid>::None))
            .filter(invite_code::Column::UsedBy.eq(user_id))
            .exec(&txn)
            .await?;
        help_entry::Entity::update_many()
            .col_expr(help_entry::Column::Status, Expr::value("withdrawn"))
            .filter(help_entry::Column::AuthorId.eq(user_id))
            .filter(help_entry::Column::Status.is_in(["open", "arranged"]))
            .exec(&txn)
            .await?;
        // A former neighbour's requests and offers are no longer found by words.
        search_term::Entity::delete_many()
            .filter(search_term::Column::Kind.eq(quartier_core::search::DocKind::Help.tag()))
            .filter(
                search_term::Column::DocId.in_subquery(
                    sea_orm::sea_query::Query::select()
                        .column(help_entry::Column::Id)
                        .from(help_entry::Entity)
                        .and_where(help_entry::Column::AuthorId.eq(user_id))
                        .to_owned(),
                ),
            )
            .exec(&txn)
            .await?;
        help_entry::Entity::update_many()
            .col_expr(help_entry::Column::Area, Expr::value(""))
            .col_expr(help_entry::Column::OnBehalf, Expr::value(Option::<String>::None))
            .filter(help_entry::Column::AuthorId.eq(user_id))
            .exec(&txn)
            .await?;
        block::Entity::delete_many()
            .filter(
                Condition::any().add(block::Column::BlockerId.eq(user_id)).add(block::Column::BlockedId.eq(user_id)),
            )
            .exec(&txn)
            .await?;
        thanks::Entity::delete_many().filter(thanks::Column::ToId.eq(user_id)).exec(&txn).await?;
        notification::Entity::delete_many().filter(notification::Column::UserId.eq(user_id)).exec(&txn).await?;
        notification_setting::Entity::delete_many()
            .filter(notification_setting::Column::UserId.eq(user_id))
            .exec(&txn)
            .await?;
        job::Entity::delete_many()
            .filter(job::Column::DoneAt.is_null())
            .filter(job::Column::Payload.contains(format!("\"{}\"", u.email)))
            .exec(&txn)
            .await?;
        organisation_member::Entity::delete_many()
            .filter(organisation_member::Column::UserId.eq(user_id))
            .exec(&txn)
            .await?;
        organisation_invitation::Entity::delete_many()
            .filter(organisation_invitation::Column::UserId.eq(user_id))
            .exec(&txn)
            .await?;
        organisation_invitation::Entity::update_many()
            .col_expr(organisation_invitation::Column::InvitedBy, Expr::value(Option::<Uuid>::None))
            .filter(organisation_invitation::Column::InvitedBy.eq(user_id))
            .exec(&txn)
            .await?;
        organisation::Entity::update_many()
            .col_expr(organisation::Column::ProposedBy, Expr::value(Option::<Uuid>::None))
            .filter(organisation::Column::ProposedBy.eq(user_id))
            .exec(&txn)
            .await?;
        organisation_neighbourhood::Entity::update_many()
            .col_expr(organisation_neighbourhood::Column::ConfirmedBy, Expr::value(Option::<Uuid>::None))
            .filter(organisation_neighbourhood::Column::ConfirmedBy.eq(user_id))
            .exec(&txn)
            .await?;
        news_post::Entity::update_many()
            .col_expr(news_post::Column::AuthorId, Expr::value(Option::<Uuid>::None))
            .filter(news_post::Column::AuthorId.eq(user_id))
            .exec(&txn)
            .await?;
        self.erase_checking(&txn, user_id).await?;
        self.erase_coproduction(&txn, user_id).await?;
        self.erase_census_claims(&txn, user_id).await?;
        self.erase_mentoring(&txn, user_id).await?;
        self.erase_learning(&txn, user_id).await?;
        self.erase_impact(&txn, user_id).await?;
        self.erase_pool(&txn, user_id).await?;
        self.erase_network(&txn, user_id).await?;
        self.erase_canvas(&txn, user_id).await?;
        self.erase_org_site(&txn, user_id, &u.email).await?;
        let mut a: user::ActiveModel = u.into();
        a.email = Set(format!("erased-{user_id}@invalid"));
        a.email_confirmed_at = Set(None);
        a.password_hash = Set(String::new());
        a.display_name = Set(String::new());
        a.bio = Set(String::new());
        a.profile_public = Set(false);
        a.is_operator = Set(false);
        a.deleted_at = Set(Some(self.now()));
        a.update(&txn).await.map_err(StoreError::Db)?;
        txn.commit().await?;
        Ok(())
    }
}

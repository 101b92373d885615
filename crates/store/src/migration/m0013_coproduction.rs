//! Co-production projects: participants with their roles, proposals with
//! their votes and comments, tasks out of passed proposals.

use super::columns::*;
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        use ForeignKeyAction::{Cascade, SetNull};
        m.create_table(
            Table::create()
                .table("projects")
                .col(uuid_pk("id"))
                .col(uuid("neighbourhood_id"))
                .col(uuid_null("organisation_id"))
                .col(s("title"))
                .col(txt("goal"))
                .col(s("joining"))
                .col(s("phase"))
                .col(uuid_null("created_by"))
                .col(ts("created_at"))
                .col(ts("updated_at"))
                .foreign_key(&mut fk("projects", "neighbourhood_id", "neighbourhoods", Cascade))
                .foreign_key(&mut fk("projects", "organisation_id", "organisations", SetNull))
                .foreign_key(&mut fk("projects", "created_by", "users", SetNull))
                .to_owned(),
        )
        .await?;
        m.create_index(idx("projects_neighbourhood", "projects", &["neighbourhood_id", "id"])).await?;
        m.create_table(
            Table::create()
                .table("project_participants")
                .col(uuid_pk("id"))
                .col(uuid("project_id"))
                .col(uuid("user_id"))
                .col(s("standing"))
                .col(s("role"))
                .col(uuid_null("proxy_id"))
                .col(uuid_null("invited_by"))
                .col(ts("created_at"))
                .foreign_key(&mut fk("project_participants", "project_id", "projects", Cascade))
                .foreign_key(&mut fk("project_participants", "user_id", "users", Cascade))
                .foreign_key(&mut fk("project_participants", "proxy_id", "users", SetNull))
                .foreign_key(&mut fk("project_participants", "invited_by", "users", SetNull))
                .to_owned(),
        )
        .await?;
        m.create_index(
            idx("project_participants_pair", "project_participants", &["project_id", "user_id"]).unique().to_owned(),
        )
        .await?;
        m.create_index(idx("project_participants_user", "project_participants", &["user_id"])).await?;
        m.create_table(
            Table::create()
                .table("project_proposals")
                .col(uuid_pk("id"))
                .col(uuid("project_id"))
                .col(uuid_null("author_id"))
                .col(s("phase"))
                .col(s("kind"))
                .col(s("title"))
                .col(txt("body"))
                .col(s("rule"))
                .col(ColumnDef::new("quorum").integer().not_null())
                .col(ts("closes_at"))
                .col(s_null("outcome"))
                .col(ColumnDef::new("eligible").integer().not_null())
                .col(ts_null("decided_at"))
                .col(ts("created_at"))
                .foreign_key(&mut fk("project_proposals", "project_id", "projects", Cascade))
                .foreign_key(&mut fk("project_proposals", "author_id", "users", SetNull))
                .to_owned(),
        )
        .await?;
        m.create_index(idx("project_proposals_project", "project_proposals", &["project_id", "id"])).await?;
        // The undecided ones whose time has come, found without a scan.
        m.create_index(idx("project_proposals_due", "project_proposals", &["project_id", "outcome", "closes_at"]))
            .await?;
        m.create_table(
            Table::create()
                .table("project_votes")
                .col(uuid_pk("id"))
                .col(uuid("proposal_id"))
                .col(uuid_null("voter_id"))
                .col(uuid_null("cast_by"))
                .col(s("choice"))
                .col(s("channel"))
                .col(ColumnDef::new("meeting_on").date().null())
                .col(ts("created_at"))
                .foreign_key(&mut fk("project_votes", "proposal_id", "project_proposals", Cascade))
                .foreign_key(&mut fk("project_votes", "voter_id", "users", SetNull))
                .foreign_key(&mut fk("project_votes", "cast_by", "users", SetNull))
                .to_owned(),
        )
        .await?;
        // One vote per participant and proposal, also when two arrive at once.
        m.create_index(idx("project_votes_pair", "project_votes", &["proposal_id", "voter_id"]).unique().to_owned())
            .await?;
        m.create_index(idx("project_votes_voter", "project_votes", &["voter_id"])).await?;
        m.create_table(
            Table::create()
                .table("project_comments")
                .col(uuid_pk("id"))
                .col(uuid("proposal_id"))
                .col(uuid_null("author_id"))
                .col(txt("body"))
                .col(ts("created_at"))
                .foreign_key(&mut fk("project_comments", "proposal_id", "project_proposals", Cascade))
                .foreign_key(&mut fk("project_comments", "author_id", "users", SetNull))
                .to_owned(),
        )
        .await?;
        m.create_index(idx("project_comments_proposal", "project_comments", &["proposal_id", "id"])).await?;
        m.create_table(
            Table::create()
                .table("project_tasks")
                .col(uuid_pk("id"))
                .col(uuid("project_id"))
                .col(uuid("proposal_id"))
                .col(uuid_null("assignee_id"))
                .col(s("what"))
                .col(ColumnDef::new("due_on").date().null())
                .col(ts_null("done_at"))
                .col(uuid_null("created_by"))
                .col(ts("created_at"))
                .foreign_key(&mut fk("project_tasks", "project_id", "projects", Cascade))
                .foreign_key(&mut fk("project_tasks", "proposal_id", "project_proposals", Cascade))
                .foreign_key(&mut fk("project_tasks", "assignee_id", "users", SetNull))
                .foreign_key(&mut fk("project_tasks", "created_by", "users", SetNull))
                .to_owned(),
        )
        .await?;
        m.create_index(idx("project_tasks_project", "project_tasks", &["project_id", "id"])).await?;
        m.create_index(idx("project_tasks_assignee", "project_tasks", &["assignee_id"])).await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for t in [
            "project_tasks",
            "project_comments",
            "project_votes",
            "project_proposals",
            "project_participants",
            "projects",
        ] {
            m.drop_table(Table::drop().table(t).to_owned()).await?;
        }
        Ok(())
    }
}

//! Co-production, checking and growing: evaluation surveys with their
//! questions and answers, the co-production checklist answered over time,
//! a project's meetings (calendar events with agenda and minutes), and the
//! link from a continued project to the one it grew out of.

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
                .table("project_surveys")
                .col(uuid_pk("id"))
                .col(uuid("project_id"))
                .col(s("title"))
                .col(s("status"))
                .col(uuid_null("created_by"))
                .col(ts("created_at"))
                .col(ts_null("opened_at"))
                .col(ts_null("closed_at"))
                .foreign_key(&mut fk("project_surveys", "project_id", "projects", Cascade))
                .foreign_key(&mut fk("project_surveys", "created_by", "users", SetNull))
                .to_owned(),
        )
        .await?;
        m.create_index(idx("project_surveys_project", "project_surveys", &["project_id", "id"])).await?;
        m.create_index(idx("project_surveys_creator", "project_surveys", &["created_by"])).await?;
        m.create_table(
            Table::create()
                .table("project_survey_questions")
                .col(uuid_pk("id"))
                .col(uuid("survey_id"))
                .col(s("kind"))
                .col(txt("text"))
                .col(txt("easy_text"))
                .col(ts("created_at"))
                .foreign_key(&mut fk("project_survey_questions", "survey_id", "project_surveys", Cascade))
                .to_owned(),
        )
        .await?;
        m.create_index(idx("project_survey_questions_survey", "project_survey_questions", &["survey_id", "id"]))
            .await?;
        m.create_table(
            Table::create()
                .table("project_survey_responses")
                .col(uuid_pk("id"))
                .col(uuid("survey_id"))
                // The person who answered online; none for answers typed in
                // from paper or phone, and after erasure.
                .col(uuid_null("respondent_id"))
                .col(s("channel"))
                .col(uuid_null("entered_by"))
                .col(ts("created_at"))
                .foreign_key(&mut fk("project_survey_responses", "survey_id", "project_surveys", Cascade))
                .foreign_key(&mut fk("project_survey_responses", "respondent_id", "users", SetNull))
                .foreign_key(&mut fk("project_survey_responses", "entered_by", "users", SetNull))
                .to_owned(),
        )
        .await?;
        // One answer per person and survey, also when two arrive at once.
        m.create_index(
            idx("project_survey_responses_pair", "project_survey_responses", &["survey_id", "respondent_id"])
                .unique()
                .to_owned(),
        )
        .await?;
        m.create_index(idx("project_survey_responses_survey", "project_survey_responses", &["survey_id", "id"]))
            .await?;
        m.create_index(idx("project_survey_responses_respondent", "project_survey_responses", &["respondent_id"]))
            .await?;
        m.create_index(idx("project_survey_responses_enterer", "project_survey_responses", &["entered_by"])).await?;
        m.create_table(
            Table::create()
                .table("project_survey_answers")
                .col(uuid_pk("id"))
                .col(uuid("response_id"))
                .col(uuid("question_id"))
                .col(ColumnDef::new("value").integer().null())
                .col(ColumnDef::new("text").text().null())
                .foreign_key(&mut fk("project_survey_answers", "response_id", "project_survey_responses", Cascade))
                .foreign_key(&mut fk("project_survey_answers", "question_id", "project_survey_questions", Cascade))
                .to_owned(),
        )
        .await?;
        m.create_index(idx("project_survey_answers_question", "project_survey_answers", &["question_id", "id"]))
            .await?;
        m.create_index(idx("project_survey_answers_response", "project_survey_answers", &["response_id"])).await?;
        m.create_table(
            Table::create()
                .table("project_checklist_answers")
                .col(uuid_pk("id"))
                .col(uuid("project_id"))
                .col(s("point"))
                .col(s("answer"))
                .col(txt("note"))
                .col(uuid_null("author_id"))
                .col(ts("created_at"))
                .foreign_key(&mut fk("project_checklist_answers", "project_id", "projects", Cascade))
                .foreign_key(&mut fk("project_checklist_answers", "author_id", "users", SetNull))
                .to_owned(),
        )
        .await?;
        m.create_index(idx("project_checklist_answers_project", "project_checklist_answers", &["project_id", "id"]))
            .await?;
        m.create_index(idx("project_checklist_answers_author", "project_checklist_answers", &["author_id"])).await?;
        m.create_table(
            Table::create()
                .table("project_meetings")
                .col(uuid_pk("id"))
                .col(uuid("project_id"))
                .col(uuid("event_id"))
                .col(txt("agenda"))
                .col(txt("minutes"))
                .col(uuid_null("created_by"))
                .col(uuid_null("minutes_by"))
                .col(ts("created_at"))
                .col(ts("updated_at"))
                .foreign_key(&mut fk("project_meetings", "project_id", "projects", Cascade))
                .foreign_key(&mut fk("project_meetings", "event_id", "events", Cascade))
                .foreign_key(&mut fk("project_meetings", "created_by", "users", SetNull))
                .foreign_key(&mut fk("project_meetings", "minutes_by", "users", SetNull))
                .to_owned(),
        )
        .await?;
        m.create_index(idx("project_meetings_project", "project_meetings", &["project_id", "id"])).await?;
        m.create_index(idx("project_meetings_event", "project_meetings", &["event_id"]).unique().to_owned()).await?;
        m.create_index(idx("project_meetings_creator", "project_meetings", &["created_by"])).await?;
        m.create_index(idx("project_meetings_minutes_by", "project_meetings", &["minutes_by"])).await?;
        // A project continued as a bigger one names the one it grew out of.
        m.alter_table(
            Table::alter().table("projects").add_column(ColumnDef::new("continues_id").uuid().null()).to_owned(),
        )
        .await?;
        m.create_index(idx("projects_continues", "projects", &["continues_id"])).await?;
        // The worker's minute looks for undecided proposals whose time has
        // come across all projects.
        m.create_index(idx("project_proposals_closing", "project_proposals", &["outcome", "closes_at"])).await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_index(Index::drop().name("project_proposals_closing").table("project_proposals").to_owned()).await?;
        m.drop_index(Index::drop().name("projects_continues").table("projects").to_owned()).await?;
        m.alter_table(Table::alter().table("projects").drop_column("continues_id").to_owned()).await?;
        for t in [
            "project_meetings",
            "project_checklist_answers",
            "project_survey_answers",
            "project_survey_responses",
            "project_survey_questions",
            "project_surveys",
        ] {
            m.drop_table(Table::drop().table(t).to_owned()).await?;
        }
        Ok(())
    }
}

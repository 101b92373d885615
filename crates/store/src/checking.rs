//! Checking a co-production project: evaluation surveys, their questions,
//! and the answers given online or typed in from paper or phone. The rules
//! (kinds, states, how answers are counted) live in
//! `quartier_core::checking`; this module keeps the record.

use crate::entity::{
    project_checklist_answer, project_meeting, project_survey, project_survey_answer, project_survey_question,
    project_survey_response,
};
use crate::{Result, Store, StoreError, new_id};
use quartier_core::checking::{Answer, AnswerChannel, ChecklistAnswer, ChecklistPoint, QuestionKind, SurveyStatus};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, TransactionTrait, sea_query::Expr,
};
use serde_json::{Value, json};
use std::collections::HashMap;
use uuid::Uuid;

/// One response to record: whose (online) or typed in by whom, and the
/// answers by question.
#[derive(Debug, Clone)]
pub struct NewResponse {
    /// The person answering online; none for typed-in answers.
    pub respondent: Option<Uuid>,
    pub channel: AnswerChannel,
    pub entered_by: Uuid,
    pub answers: Vec<(Uuid, Answer)>,
}

/// Everything the results of a survey need, in three queries.
pub struct SurveyRecord {
    pub questions: Vec<project_survey_question::Model>,
    pub responses: Vec<project_survey_response::Model>,
    pub answers: Vec<project_survey_answer::Model>,
}

impl Store {
    /// Participants start a survey as a draft.
    pub async fn create_survey(&self, project: Uuid, by: Uuid, title: &str) -> Result<project_survey::Model> {
        Ok(project_survey::ActiveModel {
            id: Set(new_id()),
            project_id: Set(project),
            title: Set(title.to_string()),
            status: Set(SurveyStatus::Draft.tag().into()),
            created_by: Set(Some(by)),
            created_at: Set(self.now()),
            opened_at: Set(None),
            closed_at: Set(None),
        }
        .insert(self.db())
        .await?)
    }

    /// The surveys of a project, newest first.
    pub async fn surveys_of(&self, project: Uuid, limit: u64) -> Result<Vec<project_survey::Model>> {
        Ok(project_survey::Entity::find()
            .filter(project_survey::Column::ProjectId.eq(project))
            .order_by_desc(project_survey::Column::Id)
            .limit(limit)
            .all(self.db())
            .await?)
    }

    /// A survey of a project (another project's survey is not found).
    pub async fn survey_in(&self, project: Uuid, id: Uuid) -> Result<project_survey::Model> {
        project_survey::Entity::find_by_id(id)
            .filter(project_survey::Column::ProjectId.eq(project))
            .one(self.db())
            .await?
            .ok_or(StoreError::NotFound)
    }

    /// The questions of a survey, in the order they were written.
    pub async fn survey_questions(&self, survey: Uuid) -> Result<Vec<project_survey_question::Model>> {
        Ok(project_survey_question::Entity::find()
            .filter(project_survey_question::Column::SurveyId.eq(survey))
            .order_by_asc(project_survey_question::Column::Id)
            .limit(200)
            .all(self.db())
            .await?)
    }

    /// Add a question while the survey is a draft (`Invalid("not draft")`
    /// once it is open).
    pub async fn add_survey_question(
        &self,
        survey: Uuid,
        kind: QuestionKind,
        text: &str,
        easy_text: &str,
    ) -> Result<project_survey_question::Model> {
        let txn = self.db().begin().await?;
        // The write first: it locks the survey's row against opening meanwhile.
        let draft = project_survey::Entity::update_many()
            .col_expr(project_survey::Column::Status, Expr::value(SurveyStatus::Draft.tag()))
            .filter(project_survey::Column::Id.eq(survey))
            .filter(project_survey::Column::Status.eq(SurveyStatus::Draft.tag()))
            .exec(&txn)
            .await?
            .rows_affected
            == 1;
        if !draft {
            return Err(StoreError::Invalid("not draft"));
        }
        let q = project_survey_question::ActiveModel {
            id: Set(new_id()),
            survey_id: Set(survey),
            kind: Set(kind.tag().into()),
            text: Set(text.to_string()),
            easy_text: Set(easy_text.to_string()),
            created_at: Set(self.now()),
        }
        .insert(&txn)
        .await?;
        txn.commit().await?;
        Ok(q)
    }

    /// Remove a question while the survey is a draft.
    pub async fn remove_survey_question(&self, survey: Uuid, question: Uuid) -> Result<()> {
        let draft = project_survey::Entity::find_by_id(survey)
            .filter(project_survey::Column::Status.eq(SurveyStatus::Draft.tag()))
            .count(self.db())
            .await?
            > 0;
        if !draft {
            return Err(StoreError::Invalid("not draft"));
        }
        let gone = project_survey_question::Entity::delete_many()
            .filter(project_survey_question::Column::Id.eq(question))
            .filter(project_survey_question::Column::SurveyId.eq(survey))
            .exec(self.db())
            .await?
            .rows_affected;
        if gone == 0 { Err(StoreError::NotFound) } else { Ok(()) }
    }

    /// Open a draft (it needs a question: `Invalid("empty")`) or close an
    /// open survey. The move is a conditional write from `from`, so of two
    /// at once one moves it and the other gets `Invalid("moved")`.
    pub async fn move_survey(&self, survey: Uuid, from: SurveyStatus, to: SurveyStatus) -> Result<()> {
        if from.next() != Some(to) {
            return Err(StoreError::Invalid("moved"));
        }
        if to == SurveyStatus::Open {
            let questions = project_survey_question::Entity::find()
                .filter(project_survey_question::Column::SurveyId.eq(survey))
                .count(self.db())
                .await?;
            if questions == 0 {
                return Err(StoreError::Invalid("empty"));
            }
        }
        let stamp =
            if to == SurveyStatus::Open { project_survey::Column::OpenedAt } else { project_survey::Column::ClosedAt };
        let moved = project_survey::Entity::update_many()
            .col_expr(project_survey::Column::Status, Expr::value(to.tag()))
            .col_expr(stamp, Expr::value(self.now()))
            .filter(project_survey::Column::Id.eq(survey))
            .filter(project_survey::Column::Status.eq(from.tag()))
            .exec(self.db())
            .await?
            .rows_affected;
        if moved == 1 { Ok(()) } else { Err(StoreError::Invalid("moved")) }
    }

    /// Record one response while the survey is open (`Invalid("closed")`
    /// otherwise). A second online response of the same person is a
    /// `Conflict`, also when both arrive at once (the unique key decides);
    /// answers to questions of another survey are `Invalid("question")`.
    pub async fn answer_survey(&self, survey: Uuid, r: NewResponse) -> Result<project_survey_response::Model> {
        if r.answers.is_empty() {
            return Err(StoreError::Invalid("empty"));
        }
        let questions: Vec<Uuid> = project_survey_question::Entity::find()
            .select_only()
            .column(project_survey_question::Column::Id)
            .filter(project_survey_question::Column::SurveyId.eq(survey))
            .into_tuple()
            .all(self.db())
            .await?;
        if r.answers.iter().any(|(q, _)| !questions.contains(q)) {
            return Err(StoreError::Invalid("question"));
        }
        let now = self.now();
        let txn = self.db().begin().await?;
        // A write on the survey's row first: closing waits for us, and we
        // see whether it is open.
        let open = project_survey::Entity::update_many()
            .col_expr(project_survey::Column::Status, Expr::value(SurveyStatus::Open.tag()))
            .filter(project_survey::Column::Id.eq(survey))
            .filter(project_survey::Column::Status.eq(SurveyStatus::Open.tag()))
            .exec(&txn)
            .await?
            .rows_affected
            == 1;
        if !open {
            return Err(StoreError::Invalid("closed"));
        }
        let resp = project_survey_response::ActiveModel {
            id: Set(new_id()),
            survey_id: Set(survey),
            respondent_id: Set(r.respondent),
            channel: Set(r.channel.tag().into()),
            entered_by: Set(Some(r.entered_by)),
            created_at: Set(now),
        }
        .insert(&txn)
        .await
        .map_err(|e| StoreError::conflict_on(e, "response"))?;
        let rows: Vec<project_survey_answer::ActiveModel> = r
            .answers
            .into_iter()
            .map(|(q, a)| {
                let (value, text) = match a {
                    Answer::Pick(v) => (Some(i32::from(v)), None),
                    Answer::Text(t) => (None, Some(t)),
                };
                project_survey_answer::ActiveModel {
                    id: Set(new_id()),
                    response_id: Set(resp.id),
                    question_id: Set(q),
                    value: Set(value),
                    text: Set(text),
                }
            })
            .collect();
        project_survey_answer::Entity::insert_many(rows).exec(&txn).await?;
        txn.commit().await?;
        Ok(resp)
    }

    /// Whether `user` has answered `survey` online.
    pub async fn has_answered(&self, survey: Uuid, user: Uuid) -> Result<bool> {
        Ok(project_survey_response::Entity::find()
            .filter(project_survey_response::Column::SurveyId.eq(survey))
            .filter(project_survey_response::Column::RespondentId.eq(user))
            .count(self.db())
            .await?
            > 0)
    }

    /// The number of responses to each of `surveys` (one query).
    pub async fn survey_response_counts(&self, surveys: &[Uuid]) -> Result<HashMap<Uuid, u64>> {
        if surveys.is_empty() {
            return Ok(HashMap::new());
        }
        let rows: Vec<(Uuid, i64)> = project_survey_response::Entity::find()
            .select_only()
            .column(project_survey_response::Column::SurveyId)
            .column_as(project_survey_response::Column::Id.count(), "n")
            .filter(project_survey_response::Column::SurveyId.is_in(surveys.to_vec()))
            .group_by(project_survey_response::Column::SurveyId)
            .into_tuple()
            .all(self.db())
            .await?;
        Ok(rows.into_iter().map(|(s, n)| (s, u64::try_from(n).unwrap_or(0))).collect())
    }

    /// A survey's questions, responses and answers (three queries).
    pub async fn survey_record(&self, survey: Uuid) -> Result<SurveyRecord> {
        let questions = self.survey_questions(survey).await?;
        let responses = project_survey_response::Entity::find()
            .filter(project_survey_response::Column::SurveyId.eq(survey))
            .order_by_asc(project_survey_response::Column::Id)
            .all(self.db())
            .await?;
        let ids: Vec<Uuid> = questions.iter().map(|q| q.id).collect();
        let answers = if ids.is_empty() {
            Vec::new()
        } else {
            project_survey_answer::Entity::find()
                .filter(project_survey_answer::Column::QuestionId.is_in(ids))
                .order_by_asc(project_survey_answer::Column::Id)
                .all(self.db())
                .await?
        };
        Ok(SurveyRecord { questions, responses, answers })
    }

    /// Record one participant's answer to a point of the checklist; the
    /// earlier answers stay, so the record shows how it changed.
    pub async fn answer_checklist(
        &self,
        project: Uuid,
        author: Uuid,
        point: ChecklistPoint,
        answer: ChecklistAnswer,
        note: &str,
    ) -> Result<project_checklist_answer::Model> {
        Ok(project_checklist_answer::ActiveModel {
            id: Set(new_id()),
            project_id: Set(project),
            point: Set(point.tag().into()),
            answer: Set(answer.tag().into()),
            note: Set(note.to_string()),
            author_id: Set(Some(author)),
            created_at: Set(self.now()),
        }
        .insert(self.db())
        .await?)
    }

    /// The checklist's record of a project, newest first (one query; the
    /// newest `limit` answers).
    pub async fn checklist_of(&self, project: Uuid, limit: u64) -> Result<Vec<project_checklist_answer::Model>> {
        Ok(project_checklist_answer::Entity::find()
            .filter(project_checklist_answer::Column::ProjectId.eq(project))
            .order_by_desc(project_checklist_answer::Column::Id)
            .limit(limit)
            .all(self.db())
            .await?)
    }

    /// A person's surveys and answers, for the export.
    pub(crate) async fn export_checking(&self, user_id: Uuid) -> Result<Value> {
        let db = self.db();
        let surveys =
            project_survey::Entity::find().filter(project_survey::Column::CreatedBy.eq(user_id)).all(db).await?;
        let responses = project_survey_response::Entity::find()
            .filter(
                sea_orm::Condition::any()
                    .add(project_survey_response::Column::RespondentId.eq(user_id))
                    .add(project_survey_response::Column::EnteredBy.eq(user_id)),
            )
            .all(db)
            .await?;
        let mine: Vec<Uuid> = responses.iter().filter(|r| r.respondent_id == Some(user_id)).map(|r| r.id).collect();
        let answers = if mine.is_empty() {
            Vec::new()
        } else {
            project_survey_answer::Entity::find()
                .filter(project_survey_answer::Column::ResponseId.is_in(mine))
                .all(db)
                .await?
        };
        let checklist = project_checklist_answer::Entity::find()
            .filter(project_checklist_answer::Column::AuthorId.eq(user_id))
            .all(db)
            .await?;
        let meetings = project_meeting::Entity::find()
            .filter(
                sea_orm::Condition::any()
                    .add(project_meeting::Column::CreatedBy.eq(user_id))
                    .add(project_meeting::Column::MinutesBy.eq(user_id)),
            )
            .all(db)
            .await?;
        Ok(json!({
            "checklist_answers": checklist.iter().map(|c| json!({"project": c.project_id, "point": c.point, "answer": c.answer, "note": c.note, "at": c.created_at.to_rfc3339()})).collect::<Vec<_>>(),
            "meetings": meetings.iter().map(|m| json!({"project": m.project_id, "event": m.event_id, "agenda": m.agenda, "minutes": m.minutes})).collect::<Vec<_>>(),
            "surveys_started": surveys.iter().map(|s| json!({"title": s.title, "status": s.status, "at": s.created_at.to_rfc3339()})).collect::<Vec<_>>(),
            "survey_responses": responses.iter().map(|r| json!({"survey": r.survey_id, "channel": r.channel, "mine": r.respondent_id == Some(user_id), "typed_in_by_me": r.respondent_id != Some(user_id), "at": r.created_at.to_rfc3339()})).collect::<Vec<_>>(),
            "survey_answers": answers.iter().map(|a| json!({"question": a.question_id, "value": a.value, "text": a.text})).collect::<Vec<_>>(),
        }))
    }

    /// Erase a person's part in surveys inside the erasure's transaction:
    /// their answers stay in the counts without them (free text too: it was
    /// shown without a name all along), the links to them go.
    pub(crate) async fn erase_checking<C: ConnectionTrait>(&self, txn: &C, user_id: Uuid) -> Result<()> {
        let none = || Expr::value(Option::<Uuid>::None);
        // Their own words go; what they ticked stays in the counts.
        let own: Vec<Uuid> = project_survey_response::Entity::find()
            .select_only()
            .column(project_survey_response::Column::Id)
            .filter(project_survey_response::Column::RespondentId.eq(user_id))
            .into_tuple()
            .all(txn)
            .await?;
        if !own.is_empty() {
            project_survey_answer::Entity::delete_many()
                .filter(project_survey_answer::Column::ResponseId.is_in(own))
                .filter(project_survey_answer::Column::Text.is_not_null())
                .exec(txn)
                .await?;
        }
        project_survey::Entity::update_many()
            .col_expr(project_survey::Column::CreatedBy, none())
            .filter(project_survey::Column::CreatedBy.eq(user_id))
            .exec(txn)
            .await?;
        project_survey_response::Entity::update_many()
            .col_expr(project_survey_response::Column::RespondentId, none())
            .filter(project_survey_response::Column::RespondentId.eq(user_id))
            .exec(txn)
            .await?;
        project_survey_response::Entity::update_many()
            .col_expr(project_survey_response::Column::EnteredBy, none())
            .filter(project_survey_response::Column::EnteredBy.eq(user_id))
            .exec(txn)
            .await?;
        project_checklist_answer::Entity::update_many()
            .col_expr(project_checklist_answer::Column::AuthorId, none())
            .filter(project_checklist_answer::Column::AuthorId.eq(user_id))
            .exec(txn)
            .await?;
        project_meeting::Entity::update_many()
            .col_expr(project_meeting::Column::CreatedBy, none())
            .filter(project_meeting::Column::CreatedBy.eq(user_id))
            .exec(txn)
            .await?;
        project_meeting::Entity::update_many()
            .col_expr(project_meeting::Column::MinutesBy, none())
            .filter(project_meeting::Column::MinutesBy.eq(user_id))
            .exec(txn)
            .await?;
        Ok(())
    }
}

//! The demo quarter's co-production project: a repair café the Bürgerverein
//! plans with the people who will use it, so that every part of the
//! capability has something to show — participants in all roles, a
//! decision on the record (in easy language too), an open vote, tasks, a
//! comment, checklist answers and the next meeting in the calendar.

use crate::coproduction::{Ballot, NewProject, NewProposal, ParticipantChange};
use crate::easy::Scope;
use crate::entity::project_proposal;
use crate::meetings::NewMeeting;
use crate::{Result, Store};
use chrono::{Datelike, Duration, NaiveTime};
use quartier_core::checking::{ChecklistAnswer, ChecklistPoint};
use quartier_core::coproduction::{Channel, Choice, Joining, PartRole, ProposalKind, Rule, Standing};
use quartier_core::event::local_to_utc;
use sea_orm::prelude::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use uuid::Uuid;

/// Who takes part in the demo project.
pub(super) struct Cast {
    pub coord: Uuid,
    pub anna: Uuid,
    pub ben: Uuid,
    /// Helga, who runs the Bürgerverein.
    pub helga: Uuid,
}

impl Store {
    pub(super) async fn seed_demo_coproduction(&self, n: Uuid, slug: &str, c: Cast) -> Result<()> {
        let club = self.organisation_by_slug("buergerverein-lindenviertel").await?;
        let p = self
            .create_project(
                n,
                c.helga,
                NewProject {
                    title: "Ein Reparatur-Café im Nachbarschaftstreff".into(),
                    goal: "Wir wollen ein Reparatur-Café, das zu den Menschen im Viertel passt: \
                           Kaputte Dinge werden gemeinsam repariert, statt sie wegzuwerfen. \
                           Wer Hilfe braucht, plant von Anfang an mit."
                        .into(),
                    joining: Joining::Open,
                    organisation: Some(club.id),
                    role: PartRole::Staff,
                },
            )
            .await?;
        // Half of those taking part use the service; Anna facilitates too.
        self.add_to_project(p.id, c.anna, Standing::Participant, PartRole::ServiceUser, Some(c.helga)).await?;
        self.add_to_project(p.id, c.ben, Standing::Participant, PartRole::ServiceUser, Some(c.helga)).await?;
        self.add_to_project(p.id, c.coord, Standing::Participant, PartRole::Partner, Some(c.helga)).await?;
        self.change_participant(p.id, c.anna, ParticipantChange::Standing(Standing::Facilitator)).await?;

        let now = self.now();
        let decided = self
            .create_proposal(
                &p,
                c.anna,
                NewProposal {
                    kind: ProposalKind::Decision,
                    title: "Das Reparatur-Café ist jeden ersten Samstag im Monat".into(),
                    body: "Samstags haben auch Berufstätige Zeit, und der Nachbarschaftstreff ist frei. \
                           Wir beginnen um 10 Uhr und hören um 13 Uhr auf."
                        .into(),
                    rule: Rule::Majority,
                    quorum: 50,
                    closes_at: now + Duration::days(7),
                    secret: false,
                },
            )
            .await?;
        let vote = |voter: Uuid, cast_by: Uuid, choice: Choice, channel: Channel| Ballot {
            voter,
            cast_by,
            choice,
            channel,
            meeting_on: (channel == Channel::Meeting).then(|| now.date_naive()),
        };
        self.cast_vote(decided.id, vote(c.anna, c.anna, Choice::Yes, Channel::Online)).await?;
        self.cast_vote(decided.id, vote(c.ben, c.ben, Choice::Yes, Channel::Online)).await?;
        self.cast_vote(decided.id, vote(c.helga, c.helga, Choice::Abstain, Channel::Online)).await?;
        // The coordinator was at the planning meeting; Anna recorded it.
        self.cast_vote(decided.id, vote(c.coord, c.anna, Choice::Yes, Channel::Meeting)).await?;
        self.add_project_comment(
            decided.id,
            c.ben,
            "Samstag passt gut. Dann kann ich meinen alten Toaster mitbringen.",
        )
        .await?;
        // The demo starts after that vote closed: its record is settled.
        project_proposal::Entity::update_many()
            .col_expr(project_proposal::Column::ClosesAt, Expr::value(now - Duration::days(1)))
            .filter(project_proposal::Column::Id.eq(decided.id))
            .exec(self.db())
            .await?;
        self.settle_project(p.id).await?;
        let decided = self.proposal_in(p.id, decided.id).await?;
        let due = now.date_naive() + Duration::days(10);
        self.create_project_task(&decided, c.ben, "Werkzeug-Liste schreiben", Some(due), c.anna).await?;
        let asked = self
            .create_project_task(&decided, c.helga, "Nachbarschaftstreff für Samstage reservieren", None, c.anna)
            .await?;
        self.tick_project_task(asked.id).await?;
        let easy = self
            .save_easy_version(
                quartier_core::easy::ContentKind::ProjectProposal,
                decided.id,
                Scope { neighbourhood: Some(n), organisation: None },
                c.anna,
                "Das Reparatur·café ist am Samstag",
                "Das Reparatur·café ist einmal im Monat.\nEs ist immer am ersten Samstag.\nEs beginnt um 10 Uhr.\nEs endet um 13 Uhr.",
                true,
            )
            .await?;
        self.review_easy_version(easy.id, c.coord, true, "").await?;

        let open = self
            .create_proposal(
                &p,
                c.ben,
                NewProposal {
                    kind: ProposalKind::Decision,
                    title: "Kaffee und Kuchen gegen eine Spende".into(),
                    body: "Wer mag, gibt etwas in die Spendendose. Wer nichts geben kann, bekommt trotzdem Kaffee."
                        .into(),
                    rule: Rule::Consent,
                    quorum: 50,
                    closes_at: now + Duration::days(6),
                    secret: false,
                },
            )
            .await?;
        self.cast_vote(open.id, vote(c.ben, c.ben, Choice::Yes, Channel::Online)).await?;

        for (who, point, answer, note) in [
            (c.anna, ChecklistPoint::EqualSay, ChecklistAnswer::Yes, "Jede Stimme zählt gleich."),
            (c.ben, ChecklistPoint::FromTheStart, ChecklistAnswer::Partly, "Die erste Idee kam vom Verein."),
            (c.helga, ChecklistPoint::StaffSupport, ChecklistAnswer::Yes, ""),
        ] {
            self.answer_checklist(p.id, who, point, answer, note).await?;
        }

        // The next planning meeting: a Thursday afternoon in the calendar.
        let tz = quartier_core::event::chrono_tz::Europe::Berlin;
        let today = now.with_timezone(&tz).date_naive();
        let thursday = today + Duration::days(i64::from((9 - today.weekday().num_days_from_monday()) % 7 + 1));
        let at =
            |h: u32| local_to_utc(tz, thursday.and_time(NaiveTime::from_hms_opt(h, 0, 0).unwrap_or(NaiveTime::MIN)));
        let id = crate::new_id();
        let path = format!("/n/{slug}/projects/{}/meetings/{id}", p.id);
        self.plan_meeting(
            &p,
            c.anna,
            id,
            NewMeeting {
                title: "Planungstreffen Reparatur-Café".into(),
                venue: "Nachbarschaftstreff, Lindenplatz 4 (Erdgeschoss)".into(),
                starts_at: at(17),
                ends_at: at(18),
                agenda: "1. Welche Werkzeuge haben wir?\n2. Wer repariert was?\n3. Kaffee und Kuchen".into(),
                link: format!("[{}]({path})", p.title),
            },
        )
        .await?;
        Ok(())
    }
}

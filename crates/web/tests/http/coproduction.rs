//! Co-production: start a project, join by request and by invitation,
//! roles and the share of service users, propose, vote (also through a
//! proxy and at a meeting), decide by the store's clock, move a phase only
//! by a passed proposal, tasks, and who hears what.

use crate::helpers::*;
use quartier_store::notifications::NoticeKind;
use uuid::Uuid;

async fn kinds_for(app: &TestApp, user: Uuid) -> Vec<String> {
    app.store.notifications(user, 100).await.unwrap().into_iter().map(|n| n.kind).collect()
}

#[tokio::test]
async fn a_project_from_start_to_a_decided_phase() {
    let app = TestApp::new().await;
    let w = app.world().await;
    // Mo works at the day centre and starts the project.
    let mo = app.client_for(w.moderator).await;
    let r = app
        .post_form(
            &mo,
            "/n/nord/projects",
            &[("title", "Ca"), ("goal", "Café"), ("joining", "open"), ("role", "staff")],
        )
        .await;
    assert_eq!(r.status(), 422);
    let p = Page::from(r).await;
    assert!(!p.text("#e-title").is_empty());
    assert!(p.text("#e-goal").contains("Ziel"));
    assert_eq!(p.attr("#f-title", "value").as_deref(), Some("Ca"));
    // An organisation the starter does not administer is refused by its field.
    let r = app
        .post_form(
            &mo,
            "/n/nord/projects",
            &[
                ("title", "Unser Mittagstisch"),
                ("goal", "Ein Mittagstisch, den wir zusammen planen."),
                ("joining", "open"),
                ("role", "staff"),
                ("organisation", &w.org.to_string()),
            ],
        )
        .await;
    assert_eq!(r.status(), 422);
    assert!(!Page::from(r).await.text("#e-organisation").is_empty());
    let r = app
        .post_form(
            &mo,
            "/n/nord/projects",
            &[
                ("title", "Unser Mittagstisch"),
                ("goal", "Ein Mittagstisch, den wir zusammen planen."),
                ("joining", "open"),
                ("role", "staff"),
            ],
        )
        .await;
    assert_eq!(r.status(), 303);
    let base = location(&r).split('?').next().unwrap().to_string();
    let list = app.get_page(&app.client_for(w.editor).await, "/n/nord/projects").await;
    assert!(list.text("main").contains("Unser Mittagstisch"));

    // Rita asks to take part as a service user; Mo hears of it and lets her in.
    let rita = app.client_for(w.resident).await;
    let r = app.post_form(&rita, &format!("{base}/join"), &[("role", "service_user")]).await;
    assert!(location(&r).contains("notice-project-requested"));
    assert!(kinds_for(&app, w.moderator).await.contains(&NoticeKind::ProjectRequest.tag().to_string()));
    let p = app.get_page(&mo, &base).await;
    assert!(p.text("main").contains("Anfragen"));
    let r = app.post_form(&mo, &format!("{base}/people/{}", w.resident), &[("change", "accept")]).await;
    assert_eq!(r.status(), 303);
    assert!(kinds_for(&app, w.resident).await.contains(&NoticeKind::ProjectAccepted.tag().to_string()));

    // Rena is invited, hears of it, and accepts on the page.
    let r = app.post_form(&mo, &format!("{base}/invite"), &[("person", w.reviewer.to_string())]).await;
    assert_eq!(r.status(), 303);
    assert!(kinds_for(&app, w.reviewer).await.contains(&NoticeKind::ProjectInvited.tag().to_string()));
    let rena = app.client_for(w.reviewer).await;
    let p = app.get_page(&rena, &base).await;
    assert!(p.text("main").contains("eingeladen"));
    let r =
        app.post_form(&rena, &format!("{base}/invitation"), &[("answer", "accept"), ("role", "service_user")]).await;
    assert!(location(&r).contains("notice-project-joined"));
    // Inviting her again changes nothing.
    let r = app.post_form(&mo, &format!("{base}/invite"), &[("person", w.reviewer.to_string())]).await;
    assert_eq!(r.status(), 409);

    // Two of three are service users; nobody who leads is one, and the
    // page says so to everyone.
    let p = app.get_page(&rita, &base).await;
    assert!(p.text("#people-h").contains("3 Personen"));
    assert!(p.text("main").contains("2 von 3 (66 %)"));
    assert!(p.text("#balance-warning").contains("Weniger als die Hälfte"));
    // Mo makes Rita a leader: now half of those who lead are users.
    app.post_form(&mo, &format!("{base}/people/{}", w.resident), &[("change", "facilitator")]).await;
    let p = app.get_page(&rita, &base).await;
    assert_eq!(p.count("#balance-warning"), 0);
    assert!(p.text("main").contains("1 von 2 (50 %)"));

    // Proposals: bad input keeps what was typed.
    let bad = [
        ("kind", "next_phase"),
        ("title", "Weiter zum Umsetzen"),
        ("body", "Wir haben genug geplant."),
        ("rule", "consent"),
        ("quorum", "200"),
        ("closes_date", "2020-01-01"),
        ("closes_time", "18:00"),
    ];
    let r = app.post_form(&rita, &format!("{base}/proposals"), &bad).await;
    assert_eq!(r.status(), 422);
    let p = Page::from(r).await;
    assert!(p.text("#e-quorum").contains("1 bis 100"));
    assert!(p.text("#e-closes_date").contains("Zukunft"));
    assert_eq!(p.attr("#f-title", "value").as_deref(), Some("Weiter zum Umsetzen"));
    let closes = (app.store.now() + chrono::Duration::days(7)).format("%Y-%m-%d").to_string();
    let good = [
        ("kind", "next_phase"),
        ("title", "Weiter zum Umsetzen"),
        ("body", "Wir haben genug geplant."),
        ("rule", "consent"),
        ("quorum", "50"),
        ("closes_date", closes.as_str()),
        ("closes_time", "18:00"),
    ];
    let r = app.post_form(&rita, &format!("{base}/proposals"), &good).await;
    assert_eq!(r.status(), 303);
    let proposal = location(&r).split('?').next().unwrap().to_string();
    // Everyone else taking part hears that it waits for their vote.
    for who in [w.moderator, w.reviewer] {
        assert!(kinds_for(&app, who).await.contains(&NoticeKind::ProposalOpen.tag().to_string()));
    }
    let p = app.get_page(&rita, &proposal).await;
    assert!(p.text("#vote-h + dl").contains("niemand Einspruch"), "the rule is shown");

    // One equal vote each; a second is refused and changes nothing.
    let r = app.post_form(&rita, &format!("{proposal}/vote"), &[("choice", "yes")]).await;
    assert_eq!(r.status(), 303);
    let r = app.post_form(&rita, &format!("{proposal}/vote"), &[("choice", "no")]).await;
    assert_eq!(r.status(), 409);
    // A proxy vote needs a named proxy.
    let r = app
        .post_form(&rita, &format!("{proposal}/vote"), &[("choice", "yes"), ("voter", &w.reviewer.to_string())])
        .await;
    assert_eq!(r.status(), 409);
    // The facilitator names it in the one proxy form below the list;
    // a made-up person or proxy changes nothing.
    let p = app.get_page(&mo, &base).await;
    assert_eq!(p.count("#proxy-form select"), 2);
    assert_eq!(p.count("#people-h ~ ul.people select[name=proxy]"), 0);
    let r = app.post_form(&mo, &format!("{base}/proxies"), &[("user", "nobody"), ("proxy", "")]).await;
    assert_eq!(r.status(), 400);
    let stranger = uuid::Uuid::now_v7().to_string();
    let r = app
        .post_form(&mo, &format!("{base}/proxies"), &[("user", &w.reviewer.to_string()), ("proxy", &stranger)])
        .await;
    assert_eq!(r.status(), 409);
    let r = app
        .post_form(
            &rena,
            &format!("{base}/proxies"),
            &[("user", &w.reviewer.to_string()), ("proxy", &w.resident.to_string())],
        )
        .await;
    assert_eq!(r.status(), 403, "only a facilitator names proxies");
    let r = app
        .post_form(
            &mo,
            &format!("{base}/proxies"),
            &[("user", &w.reviewer.to_string()), ("proxy", &w.resident.to_string())],
        )
        .await;
    assert_eq!(r.status(), 303);
    let r = app
        .post_form(&rita, &format!("{proposal}/vote"), &[("choice", "abstain"), ("voter", &w.reviewer.to_string())])
        .await;
    assert_eq!(r.status(), 303);
    let r = app.post_form(&rena, &format!("{proposal}/vote"), &[("choice", "no")]).await;
    assert_eq!(r.status(), 409, "Rena's vote is already on the record through Rita");
    // Mo records a meeting: his own vote, given there.
    let today = app.store.now().format("%Y-%m-%d").to_string();
    let r = app
        .post_form(
            &mo,
            &format!("{proposal}/meeting"),
            &[("meeting_on", today.as_str()), (&format!("v-{}", w.moderator), "yes")],
        )
        .await;
    assert_eq!(r.status(), 303);
    let p = app.get_page(&rena, &proposal).await;
    let record = p.text("#record-h + table");
    assert!(record.contains("über Rita Resident"), "{record}");
    assert!(record.contains("beim Treffen am"), "{record}");
    // A comment on it.
    let r = app.post_form(&rena, &format!("{proposal}/comments"), &[("body", "   ")]).await;
    assert_eq!(r.status(), 422);
    app.post_form(&rena, &format!("{proposal}/comments"), &[("body", "Einverstanden, los geht's.")]).await;
    assert!(app.get_page(&rita, &proposal).await.text("main").contains("los geht"));

    // The phase moves only when the vote closes: nobody may move it before.
    assert!(app.get_page(&rita, &base).await.text("[aria-current=step]").contains("Planen"));
    app.store.clock().advance(chrono::Duration::days(8));
    // A week on, everyone logs in again.
    let (rita, rena) = (app.client_for(w.resident).await, app.client_for(w.reviewer).await);
    let r = app.post_form(&rena, &format!("{proposal}/vote"), &[("choice", "yes")]).await;
    assert_eq!(r.status(), 409, "too late");
    let p = app.get_page(&rita, &base).await;
    assert!(p.text("[aria-current=step]").contains("Umsetzen"));
    let p = app.get_page(&rita, &proposal).await;
    assert!(p.text("#outcome").contains("Angenommen"));
    for who in [w.moderator, w.resident, w.reviewer] {
        let kinds = kinds_for(&app, who).await;
        assert_eq!(kinds.iter().filter(|k| *k == NoticeKind::ProposalDecided.tag()).count(), 1, "{who}");
    }

    // A task out of the passed proposal; Rena hears of it and ticks it off.
    let r = app
        .post_form(
            &rita,
            &format!("{proposal}/tasks"),
            &[("what", "Tische besorgen"), ("assignee", &w.reviewer.to_string())],
        )
        .await;
    assert_eq!(r.status(), 303);
    assert!(kinds_for(&app, w.reviewer).await.contains(&NoticeKind::ProjectTask.tag().to_string()));
    let task =
        app.store.project_tasks(Uuid::parse_str(base.rsplit('/').next().unwrap()).unwrap(), 10).await.unwrap()[0].id;
    let r = app.post(&app.client_for(w.editor).await, &format!("{base}/tasks/{task}/done")).await;
    assert_eq!(r.status(), 403, "someone outside the project");
    let r = app.post(&rena, &format!("{base}/tasks/{task}/done")).await;
    assert_eq!(r.status(), 303);
    assert!(
        app.store.project_tasks(Uuid::parse_str(base.rsplit('/').next().unwrap()).unwrap(), 10).await.unwrap()[0]
            .done_at
            .is_some()
    );
}

#[tokio::test]
async fn a_closed_project_is_known_only_to_those_its_rule_lets_in() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let (project, _) =
        app.project_in(w.nord, w.resident, "Geheimes Atelier", quartier_core::coproduction::Joining::Closed).await;
    let path = format!("/n/nord/projects/{project}");
    for (who, sees) in [(w.resident, true), (w.coordinator, true), (w.editor, false), (w.moderator, false)] {
        let c = app.client_for(who).await;
        assert_eq!(app.get(&c, &path).await.status() == 200, sees, "{who}");
        let list = app.get_page(&c, "/n/nord/projects").await;
        assert_eq!(list.text("main").contains("Geheimes Atelier"), sees, "{who}");
    }
    // Nobody asks to join a closed project; the coordinator sees but takes no part.
    let ed = app.client_for(w.editor).await;
    assert_eq!(app.post_form(&ed, &format!("{path}/join"), &[("role", "staff")]).await.status(), 404);
    let carla = app.client_for(w.coordinator).await;
    assert_eq!(app.post_form(&carla, &format!("{path}/join"), &[("role", "staff")]).await.status(), 403);
}

#[tokio::test]
async fn a_closed_vote_is_decided_and_told_once_even_when_nobody_looks() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let rita = app.client_for(w.resident).await;
    let proposal = format!("/n/nord/projects/{}/proposals/{}", w.project, w.proposal);
    assert_eq!(app.post_form(&rita, &format!("{proposal}/vote"), &[("choice", "yes")]).await.status(), 303);
    app.store.clock().advance(chrono::Duration::days(8));
    // The worker's minute: decided, and the participants told, once.
    quartier_web::coproduction::settle_due(&app.state).await.unwrap();
    quartier_web::coproduction::settle_due(&app.state).await.unwrap();
    let decided = kinds_for(&app, w.resident).await;
    assert_eq!(decided.iter().filter(|k| *k == NoticeKind::ProposalDecided.tag()).count(), 1);
    // A look afterwards decides nothing again.
    let rita = app.client_for(w.resident).await;
    assert!(app.get_page(&rita, &proposal).await.text("#outcome").contains("Angenommen"));
    let decided = kinds_for(&app, w.resident).await;
    assert_eq!(decided.iter().filter(|k| *k == NoticeKind::ProposalDecided.tag()).count(), 1);
}

#[tokio::test]
async fn a_survey_is_written_answered_once_typed_in_from_paper_and_its_results_shown() {
    use quartier_core::coproduction::{Joining, PartRole, Standing};
    let app = TestApp::new().await;
    let w = app.world().await;
    let base = format!("/n/nord/projects/{}", w.project);
    // Rena takes part; Rita leads.
    app.store.add_to_project(w.project, w.reviewer, Standing::Participant, PartRole::ServiceUser, None).await.unwrap();
    let rita = app.client_for(w.resident).await;
    let rena = app.client_for(w.reviewer).await;
    let edda = app.client_for(w.editor).await;

    // A survey needs a title; the message sits next to the field.
    let r = app.post_form(&rita, &format!("{base}/surveys"), &[("survey_title", "W")]).await;
    assert_eq!(r.status(), 422);
    let p = Page::from(r).await;
    assert!(!p.text("#e-survey_title").is_empty());
    assert_eq!(p.attr("#f-survey_title", "value").as_deref(), Some("W"));
    // Someone outside the project writes no survey.
    assert_eq!(
        app.post_form(&edda, &format!("{base}/surveys"), &[("survey_title", "Unsere Umfrage")]).await.status(),
        403
    );
    let r = app.post_form(&rita, &format!("{base}/surveys"), &[("survey_title", "Wie war der Winter?")]).await;
    assert_eq!(r.status(), 303);
    let survey = location(&r).split('?').next().unwrap().to_string();

    // An empty survey is not opened.
    let r = app.post_form(&rena, &format!("{survey}/status"), &[("to", "open")]).await;
    assert_eq!(r.status(), 422);
    assert!(Page::from(r).await.text("#e-text").contains("ohne Fragen"));
    // Every question has an easy version.
    let r = app
        .post_form(
            &rena,
            &format!("{survey}/questions"),
            &[("kind", "smileys5"), ("text", "Wie gefällt Ihnen der Raum?")],
        )
        .await;
    assert_eq!(r.status(), 422);
    let p = Page::from(r).await;
    assert!(p.text("#e-easy_text").contains("Leichter Sprache"));
    assert_eq!(p.attr("#f-text", "value").as_deref(), Some("Wie gefällt Ihnen der Raum?"));
    for (kind, text, easy) in [
        ("smileys5", "Wie gefällt Ihnen der Raum?", "Ist der Raum schön?"),
        ("yes_no", "Würden Sie wiederkommen?", "Kommen Sie wieder?"),
        ("free_text", "Was wünschen Sie sich?", "Was wollen Sie?"),
    ] {
        let r = app
            .post_form(&rena, &format!("{survey}/questions"), &[("kind", kind), ("text", text), ("easy_text", easy)])
            .await;
        assert_eq!(r.status(), 303, "{kind}");
    }
    let sid = Uuid::parse_str(survey.rsplit('/').next().unwrap()).unwrap();
    let questions = app.store.survey_questions(sid).await.unwrap();
    let (room, again, wish) = (questions[0].id, questions[1].id, questions[2].id);
    let r = app.post_form(&rena, &format!("{survey}/status"), &[("to", "open")]).await;
    assert_eq!(r.status(), 303);
    assert!(kinds_for(&app, w.resident).await.contains(&NoticeKind::SurveyOpen.tag().to_string()));
    // Open: the questions stay as they are.
    let r = app
        .post_form(
            &rena,
            &format!("{survey}/questions"),
            &[("kind", "yes_no"), ("text", "Noch eine?"), ("easy_text", "Noch eine?")],
        )
        .await;
    assert_eq!(r.status(), 409);

    // Rena answers: a value the question does not offer, then nothing, then well.
    let r = app.post_form(&rena, &format!("{survey}/answers"), &[(format!("q-{room}"), "9")]).await;
    assert_eq!(r.status(), 422);
    assert!(!Page::from(r).await.text(&format!("#e-q-{room}")).is_empty());
    let r = app.post_form(&rena, &format!("{survey}/answers"), &[(format!("q-{room}"), "")]).await;
    assert_eq!(r.status(), 422);
    assert!(Page::from(r).await.text("#e-answers").contains("mindestens eine"));
    let answer = [
        (format!("q-{room}"), "5"),
        (format!("q-{again}"), "1"),
        (format!("q-{wish}"), "Mehr Licht im Flur, sagt Rena"),
    ];
    assert_eq!(app.post_form(&rena, &format!("{survey}/answers"), &answer).await.status(), 303);
    // Once per person.
    assert_eq!(app.post_form(&rena, &format!("{survey}/answers"), &answer).await.status(), 409);
    assert!(app.get_page(&rena, &survey).await.text("#answered").contains("beantwortet"));
    // A neighbour who uses the service answers an open project's survey,
    // but the results are for those taking part.
    assert_eq!(app.post_form(&edda, &format!("{survey}/answers"), &[(format!("q-{room}"), "2")]).await.status(), 303);
    assert_eq!(app.get(&edda, &format!("{survey}/results")).await.status(), 403);

    // Only those who lead type in answers from paper or phone.
    assert_eq!(app.get(&rena, &format!("{survey}/enter")).await.status(), 403);
    assert_eq!(
        app.post_form(&rena, &format!("{survey}/enter"), &[("channel", "paper"), (&format!("q-{room}"), "1")])
            .await
            .status(),
        403
    );
    let r =
        app.post_form(&rita, &format!("{survey}/enter"), &[("channel", "online"), (&format!("q-{room}"), "1")]).await;
    assert_eq!(r.status(), 422);
    assert!(!Page::from(r).await.text("#e-channel").is_empty());
    let paper = [
        ("channel", "paper".to_string()),
        (&format!("q-{room}"), "1".into()),
        (&format!("q-{wish}"), "Eine Rampe".into()),
    ];
    let r = app.post_form(&rita, &format!("{survey}/enter"), &paper).await;
    assert_eq!(r.status(), 303);
    let r =
        app.post_form(&rita, &format!("{survey}/enter"), &[("channel", "phone"), (&format!("q-{again}"), "2")]).await;
    assert_eq!(r.status(), 303);

    // The results: counted by channel, as a chart, a table and in words;
    // free text without names, typed-in answers marked.
    let p = app.get_page(&rena, &format!("{survey}/results")).await;
    assert!(
        p.text("#summary").contains("4 Antworten: 2 auf der Plattform, 1 von Papier, 1 am Telefon"),
        "{}",
        p.text("#summary")
    );
    assert_eq!(p.count("svg.chart[role=img]"), 2);
    assert!(p.text(&format!("#d-{room}")).contains("3 Personen"), "{}", p.text(&format!("#d-{room}")));
    let table = p.text(&format!("section[aria-labelledby=r-{room}] table"));
    assert!(table.contains("sehr gut"), "{table}");
    let texts = p.text(&format!("section[aria-labelledby=r-{wish}] .free-texts"));
    assert!(texts.contains("Mehr Licht") && texts.contains("Eine Rampe") && texts.contains("von Papier"), "{texts}");
    assert!(!texts.contains("Rena Prüferin"));

    // The paper version: boxes to tick, in easy language on request.
    let p = app.get_page(&rita, &format!("{survey}/print?lang=easy")).await;
    assert!(p.text(".paper-survey").contains("Ist der Raum schön?"));
    assert_eq!(p.count(".paper-survey .tick-boxes .box"), 5 + 2);
    assert_eq!(p.count(".paper-survey .write-lines"), 1);

    // Closing: the results are there for everyone taking part; no more answers.
    assert_eq!(app.post_form(&rena, &format!("{survey}/status"), &[("to", "closed")]).await.status(), 303);
    assert!(kinds_for(&app, w.resident).await.contains(&NoticeKind::SurveyClosed.tag().to_string()));
    let carla = app.client_for(w.moderator).await;
    assert_eq!(app.post_form(&carla, &format!("{survey}/answers"), &[(format!("q-{room}"), "2")]).await.status(), 409);
    assert_eq!(app.post_form(&rita, &format!("{survey}/enter"), &paper).await.status(), 409);

    // A closed project's survey: not known outside, not answered or read
    // by the coordinator who only watches over it.
    let (closed, _) = app.project_in(w.nord, w.resident, "Geschlossene Runde", Joining::Closed).await;
    let other = app.survey_in(closed, w.resident).await;
    let path = format!("/n/nord/projects/{closed}/surveys/{other}");
    assert_eq!(app.get(&edda, &path).await.status(), 404);
    assert_eq!(app.post_form(&edda, &format!("{path}/answers"), &[("x", "")]).await.status(), 404);
    let coordinator = app.client_for(w.coordinator).await;
    assert_eq!(app.post_form(&coordinator, &format!("{path}/answers"), &[("x", "")]).await.status(), 403);
    assert_eq!(app.get(&coordinator, &format!("{path}/results")).await.status(), 403);
    // Another project's survey is not found under this one.
    assert_eq!(app.get(&rita, &format!("{base}/surveys/{other}")).await.status(), 404);
}

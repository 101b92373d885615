//! Co-production, checking and growing: the checklist of the ten rules
//! answered over time, meetings that are calendar events with agenda and
//! minutes, continuing a project as a bigger one, and what the printed
//! notice board shows of projects.

use crate::helpers::*;
use quartier_core::coproduction::{PartRole, Standing};

#[tokio::test]
async fn the_checklist_is_answered_by_those_taking_part_and_keeps_its_history() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let base = format!("/n/nord/projects/{}", w.project);
    app.store.add_to_project(w.project, w.reviewer, Standing::Participant, PartRole::ServiceUser, None).await.unwrap();
    let rita = app.client_for(w.resident).await;
    let rena = app.client_for(w.reviewer).await;
    let edda = app.client_for(w.editor).await;

    // The project page links to it; the page shows all ten points.
    let p = app.get_page(&rita, &base).await;
    assert_eq!(p.attr("#checklist-link", "href").as_deref(), Some(format!("{base}/checklist").as_str()));
    let p = app.get_page(&rita, &format!("{base}/checklist")).await;
    assert_eq!(p.count("ol.checklist > li"), 10);
    assert_eq!(p.count("#checklist-now tbody tr"), 10);
    assert!(p.text("#p-equal_say").contains("noch keine Antwort"));

    // No choice: the message sits at that point's form, the note is kept.
    let r = app
        .post_form(
            &rita,
            &format!("{base}/checklist"),
            &[("point", "equal_say"), ("answer", ""), ("note", "Mal sehen")],
        )
        .await;
    assert_eq!(r.status(), 422);
    let p = Page::from(r).await;
    assert!(p.text("#e-answer-equal_say").contains("Noch nicht"));
    assert_eq!(p.text("#n-equal_say"), "Mal sehen");
    let r = app
        .post_form(
            &rita,
            &format!("{base}/checklist"),
            &[("point", "equal_say"), ("answer", "yes"), ("note", &"x".repeat(1001))],
        )
        .await;
    assert_eq!(r.status(), 422);
    assert!(!Page::from(r).await.text("#e-note-equal_say").is_empty());
    // A point that is not on the list changes nothing.
    let r = app.post_form(&rita, &format!("{base}/checklist"), &[("point", "be_nice"), ("answer", "yes")]).await;
    assert_eq!(r.status(), 400);
    assert!(app.store.checklist_of(w.project, 10).await.unwrap().is_empty());

    // Rita says partly, then changes her mind; Rena says not yet.
    for (who, answer, note) in
        [(&rita, "partly", "Noch nicht ganz."), (&rena, "not_yet", ""), (&rita, "yes", "Jetzt ja.")]
    {
        let r = app
            .post_form(who, &format!("{base}/checklist"), &[("point", "equal_say"), ("answer", answer), ("note", note)])
            .await;
        assert_eq!(r.status(), 303);
        assert!(location(&r).contains("notice-saved"));
    }
    let p = app.get_page(&rena, &format!("{base}/checklist")).await;
    // Now: each person's newest answer counted.
    assert!(
        p.text("#p-equal_say .checklist-now").contains("1 Ja, 0 teilweise, 1 noch nicht"),
        "{}",
        p.text("#p-equal_say")
    );
    assert_eq!(p.texts("#now-equal_say td"), vec!["1", "0", "1"]);
    // Rena's own answer is preselected.
    assert_eq!(p.attr("#a-equal_say-not_yet", "checked").as_deref(), Some(""));
    // The history keeps every answer with its date and author.
    let history = p.text("#p-equal_say .checklist-history");
    assert_eq!(p.count("#p-equal_say .checklist-history tbody tr"), 3);
    assert!(history.contains("Noch nicht ganz.") && history.contains("Jetzt ja."), "{history}");
    assert!(history.contains("Rita Resident") && history.contains("Rena"), "{history}");

    // A neighbour who does not take part reads it in an open project but
    // does not answer; the form is not shown to her.
    let p = app.get_page(&edda, &format!("{base}/checklist")).await;
    assert_eq!(p.count("form[action$='/checklist']"), 0);
    let r = app.post_form(&edda, &format!("{base}/checklist"), &[("point", "equal_say"), ("answer", "yes")]).await;
    assert_eq!(r.status(), 403);
    // A closed project's checklist is not known outside.
    let (closed, _) =
        app.project_in(w.nord, w.resident, "Geschlossene Runde", quartier_core::coproduction::Joining::Closed).await;
    assert_eq!(app.get(&edda, &format!("/n/nord/projects/{closed}/checklist")).await.status(), 404);
    assert_eq!(app.store.checklist_of(w.project, 10).await.unwrap().len(), 3);
}

#[tokio::test]
async fn a_meeting_is_a_calendar_event_with_agenda_minutes_and_their_easy_versions() {
    use quartier_store::notifications::NoticeKind;
    let app = TestApp::new().await;
    let w = app.world().await;
    let base = format!("/n/nord/projects/{}", w.project);
    app.store.add_to_project(w.project, w.reviewer, Standing::Participant, PartRole::ServiceUser, None).await.unwrap();
    let rita = app.client_for(w.resident).await;
    let rena = app.client_for(w.reviewer).await;
    let edda = app.client_for(w.editor).await;

    // Everyone taking part plans meetings; the project page links there.
    assert!(app.get_page(&rita, &base).await.attr("#plan-meeting", "href").is_some());
    assert_eq!(app.get_page(&edda, &base).await.count("#plan-meeting"), 0);
    assert_eq!(app.get(&edda, &format!("{base}/meetings/new")).await.status(), 403);
    assert_eq!(app.get(&rita, &format!("{base}/meetings/new")).await.status(), 200);

    // Bad input: the messages next to the fields, what was typed kept.
    let yesterday = (app.store.now() - chrono::Duration::days(1)).format("%Y-%m-%d").to_string();
    let r = app
        .post_form(
            &rita,
            &format!("{base}/meetings"),
            &[
                ("title", "Planungstreffen"),
                ("date", yesterday.as_str()),
                ("start_time", "18:00"),
                ("end_time", "19:00"),
                ("venue", "Tageszentrum"),
                ("agenda", ""),
            ],
        )
        .await;
    assert_eq!(r.status(), 422);
    let p = Page::from(r).await;
    assert!(!p.text("#e-date").is_empty());
    assert!(!p.text("#e-agenda").is_empty());
    assert_eq!(p.attr("#f-title", "value").as_deref(), Some("Planungstreffen"));
    let day = (app.store.now() + chrono::Duration::days(6)).format("%Y-%m-%d").to_string();
    let r = app
        .post_form(
            &rita,
            &format!("{base}/meetings"),
            &[
                ("title", "Planungstreffen"),
                ("date", day.as_str()),
                ("start_time", "19:00"),
                ("end_time", "18:00"),
                ("venue", "Tageszentrum"),
                ("agenda", "1. Öffnungszeiten"),
            ],
        )
        .await;
    assert_eq!(r.status(), 422);
    assert!(!Page::from(r).await.text("#e-end_time").is_empty());
    let good = [
        ("title", "Planungstreffen"),
        ("date", day.as_str()),
        ("start_time", "18:00"),
        ("end_time", "19:30"),
        ("venue", "Tageszentrum, Raum 2"),
        ("agenda", "1. Öffnungszeiten\n2. Wer backt Kuchen?"),
    ];
    let r = app.post_form(&rita, &format!("{base}/meetings"), &good).await;
    assert_eq!(r.status(), 303);
    assert!(location(&r).contains("notice-meeting-planned"));
    let meeting = location(&r).split('?').next().unwrap().to_string();
    let mid = uuid::Uuid::parse_str(meeting.rsplit('/').next().unwrap()).unwrap();

    // Rena, taking part, hears of it; Edda, who does not, does not.
    let kinds = |u| {
        let app = &app;
        async move { app.store.notifications(u, 100).await.unwrap().into_iter().map(|n| n.kind).collect::<Vec<_>>() }
    };
    assert!(kinds(w.reviewer).await.contains(&NoticeKind::MeetingPlanned.tag().to_string()));
    assert!(!kinds(w.editor).await.contains(&NoticeKind::MeetingPlanned.tag().to_string()));
    assert!(!kinds(w.resident).await.contains(&NoticeKind::MeetingPlanned.tag().to_string()));

    // It is an event of the quarter's calendar, and the project lists it.
    let p = app.get_page(&edda, &meeting).await;
    assert!(p.text("#agenda").contains("Wer backt Kuchen?"));
    assert!(p.text("#meeting-facts").contains("Tageszentrum, Raum 2"));
    let event = p.attr("#calendar-link", "href").unwrap();
    let e = app.get_page(&edda, &event).await;
    assert!(e.text("main").contains("Planungstreffen"));
    assert!(app.get_page(&edda, "/n/nord/calendar").await.text("main").contains("Planungstreffen"));
    assert!(app.get_page(&edda, &base).await.text("#meetings").contains("Planungstreffen"));
    // Only those taking part write; the message sits next to the field.
    let r = app.post_form(&edda, &meeting, &[("part", "minutes"), ("minutes", "Gesagt.")]).await;
    assert_eq!(r.status(), 403);
    let r = app.post_form(&rena, &meeting, &[("part", "agenda"), ("agenda", " ")]).await;
    assert_eq!(r.status(), 422);
    assert!(!Page::from(r).await.text("#e-agenda").is_empty());
    let r =
        app.post_form(&rena, &meeting, &[("part", "minutes"), ("minutes", "Wir öffnen dienstags. Rita backt.")]).await;
    assert_eq!(r.status(), 303);
    let p = app.get_page(&edda, &meeting).await;
    assert!(p.text("#minutes").contains("Rita backt"));
    assert!(p.text("#minutes-h ~ .meta").contains("Rena"), "{}", p.text("main"));

    // The minutes get an easy version through the one mechanism: written
    // by someone taking part, checked by a reader of the quarter.
    assert_eq!(app.get(&edda, &format!("/easy/meeting_minutes/{mid}")).await.status(), 403);
    assert_eq!(app.get(&rita, &format!("/easy/meeting_minutes/{mid}")).await.status(), 200);
    let r = app
        .post_form(
            &rita,
            &format!("/easy/meeting_minutes/{mid}"),
            &[
                ("title", "Bericht vom Treffen"),
                ("body", "Das Café ist am Dienstag offen.\nRita backt Kuchen."),
                ("action", "review"),
            ],
        )
        .await;
    assert_eq!(r.status(), 303, "{}", location(&r));
    let v = app.store.easy_version("meeting_minutes", mid).await.unwrap().unwrap();
    let mo = app.client_for(w.moderator).await;
    assert!(app.get_page(&mo, "/easy/reviews").await.text("main").contains("Bericht vom Treffen"));
    let r = app.post_form(&mo, &format!("/easy/reviews/{}", v.id), &[("decision", "approve")]).await;
    assert_eq!(r.status(), 303);
    let r = app.post_form(&edda, "/preferences/language", &[("locale", "de-simple"), ("back", "/")]).await;
    assert_eq!(r.status(), 303);
    let p = app.get_page(&edda, &meeting).await;
    assert!(p.text("#minutes-easy").contains("Rita backt Kuchen."));
    // The agenda has none yet, and the page says so.
    assert!(!p.text("section[aria-labelledby=agenda-h] .notice").is_empty());

    // A closed project plans no meetings: they would show in the calendar.
    let (closed, _) =
        app.project_in(w.nord, w.resident, "Geschlossene Runde", quartier_core::coproduction::Joining::Closed).await;
    assert_eq!(app.get(&rita, &format!("/n/nord/projects/{closed}/meetings/new")).await.status(), 403);
    assert_eq!(app.post_form(&rita, &format!("/n/nord/projects/{closed}/meetings"), &good).await.status(), 403);
    // Another project's meeting is not found under this one.
    assert_eq!(app.get(&rita, &format!("/n/nord/projects/{closed}/meetings/{mid}")).await.status(), 404);
}

/// Both take part and pass a proposal of `kind` in `project` through the
/// store, a week passes, and it is decided.
async fn pass(
    app: &TestApp,
    nord: uuid::Uuid,
    project: uuid::Uuid,
    voters: &[uuid::Uuid],
    kind: quartier_core::coproduction::ProposalKind,
) {
    use quartier_core::coproduction::{Channel, Choice, Rule};
    let s = &app.store;
    let p = s.project_in(nord, project).await.unwrap();
    let pr = s
        .create_proposal(
            &p,
            voters[0],
            quartier_store::coproduction::NewProposal {
                kind,
                title: "Weiter".into(),
                body: "Los.".into(),
                rule: Rule::Majority,
                quorum: 50,
                closes_at: s.now() + chrono::Duration::days(7),
                secret: false,
            },
        )
        .await
        .unwrap();
    for v in voters {
        let b = quartier_store::coproduction::Ballot {
            voter: *v,
            cast_by: *v,
            choice: Choice::Yes,
            channel: Channel::Online,
            meeting_on: None,
        };
        s.cast_vote(pr.id, b).await.unwrap();
    }
    s.clock().advance(chrono::Duration::days(8));
    s.settle_project(project).await.unwrap();
}

#[tokio::test]
async fn a_checked_project_is_continued_as_a_bigger_one_by_the_participants_decision() {
    use quartier_core::coproduction::ProposalKind;
    use quartier_store::notifications::NoticeKind;
    let app = TestApp::new().await;
    let w = app.world().await;
    let base = format!("/n/nord/projects/{}", w.project);
    app.store.add_to_project(w.project, w.reviewer, Standing::Participant, PartRole::ServiceUser, None).await.unwrap();
    let voters = [w.resident, w.reviewer];
    let good = [("title", "Unser Café, jetzt jeden Tag"), ("goal", "Das Café öffnet an allen Wochentagen.")];

    // Nobody continues a project the participants did not decide to continue.
    let rita = app.client_for(w.resident).await;
    assert_eq!(app.post_form(&rita, &format!("{base}/continue"), &good).await.status(), 409);
    // Continuing is proposed only once the project is being checked.
    let closes = (app.store.now() + chrono::Duration::days(7)).format("%Y-%m-%d").to_string();
    let proposal = [
        ("kind", "continue"),
        ("title", "Größer weitermachen"),
        ("body", "Jeden Tag statt zweimal die Woche."),
        ("rule", "majority"),
        ("quorum", "50"),
        ("closes_date", closes.as_str()),
        ("closes_time", "18:00"),
    ];
    let r = app.post_form(&rita, &format!("{base}/proposals"), &proposal).await;
    assert_eq!(r.status(), 422);
    assert!(Page::from(r).await.text("main").contains("erst, wenn das Projekt geprüft wird"));
    assert_eq!(app.get_page(&rita, &base).await.count("#k-continue"), 0);

    // Planning, carrying out, checking: each moved by a passed proposal.
    pass(&app, w.nord, w.project, &voters, ProposalKind::NextPhase).await;
    pass(&app, w.nord, w.project, &voters, ProposalKind::NextPhase).await;
    let rita = app.client_for(w.resident).await;
    let p = app.get_page(&rita, &base).await;
    assert!(p.text("[aria-current=step]").contains("Prüfen"));
    assert_eq!(p.count("#k-continue"), 1);
    assert_eq!(p.count("#continue-form"), 0, "not before the participants decide");
    assert!(!p.text("#continue-h + p + .hint").is_empty());
    pass(&app, w.nord, w.project, &voters, ProposalKind::Continue).await;
    let (rita, rena, edda) =
        (app.client_for(w.resident).await, app.client_for(w.reviewer).await, app.client_for(w.editor).await);
    assert_eq!(app.get_page(&rita, &base).await.count("#continue-form"), 1);

    // Someone who does not take part does not continue it.
    assert_eq!(app.post_form(&edda, &format!("{base}/continue"), &good).await.status(), 403);
    // Bad input: the messages next to the fields, what was typed kept.
    let r = app.post_form(&rena, &format!("{base}/continue"), &[("title", "Ca"), ("goal", "Mehr Café")]).await;
    assert_eq!(r.status(), 422);
    let p = Page::from(r).await;
    assert!(!p.text("#e-continue_title").is_empty());
    assert!(!p.text("#e-continue_goal").is_empty());
    assert_eq!(p.text("#f-continue_goal"), "Mehr Café");

    let r = app.post_form(&rena, &format!("{base}/continue"), &good).await;
    assert_eq!(r.status(), 303);
    assert!(location(&r).contains("notice-project-continued"));
    let next = location(&r).split('?').next().unwrap().to_string();
    // Both pages show the link; the new one starts with planning and the
    // same people, the old one keeps its record.
    let p = app.get_page(&rita, &next).await;
    assert!(p.text("#continues").contains("Unser Café"));
    assert_eq!(p.attr("#continues a", "href").as_deref(), Some(base.as_str()));
    assert!(p.text("[aria-current=step]").contains("Planen"));
    assert!(p.text("#people-h").contains("2 Personen"), "{}", p.text("#people-h"));
    assert!(p.text("main").contains("Sie leiten"), "Rita leads again");
    let p = app.get_page(&edda, &base).await;
    assert!(p.text("#continued-as").contains("jetzt jeden Tag"));
    assert_eq!(p.count("a[href*='/proposals/']"), 4, "its decisions stay on the record");
    assert_eq!(p.count("#continue-h"), 0);
    // Rita hears of it; once only.
    let kinds: Vec<String> =
        app.store.notifications(w.resident, 100).await.unwrap().into_iter().map(|n| n.kind).collect();
    assert!(kinds.contains(&NoticeKind::ProjectContinued.tag().to_string()));
    assert_eq!(app.post_form(&rita, &format!("{base}/continue"), &good).await.status(), 409);
}

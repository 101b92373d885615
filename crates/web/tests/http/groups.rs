//! Groups: found, join by request, board with topics and replies, events
//! of their own, moderation of a single post; a learning group's topic,
//! materials and record of who learnt what.

use crate::helpers::*;

#[tokio::test]
async fn found_join_by_request_discuss_and_hold_an_event() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let mo = app.client_for(w.moderator).await;
    // Bad input first: nothing is created, the form keeps what was typed.
    let r = mo
        .post(app.url("/n/nord/groups"))
        .form(&[("name", "S"), ("description", "Wir üben."), ("kind", "party"), ("joining", "open")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    let p = Page::from(r).await;
    assert!(p.text("#e-name").contains("mindestens 3"));
    assert!(p.text(".error-summary").contains("Art der Gruppe"));
    assert_eq!(p.text("#f-description"), "Wir üben.");
    let r = mo
        .post(app.url("/n/nord/groups"))
        .form(&[
            ("name", "Smartphone-Treff"),
            ("description", "Wir helfen uns **gegenseitig**."),
            ("kind", "learning"),
            ("joining", "request"),
            ("topic", "WhatsApp und Videoanrufe"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let path = location(&r).split('?').next().unwrap().to_string();
    let list = Page::from(mo.get(app.url("/n/nord/groups")).send().await.unwrap()).await;
    assert!(list.text("main").contains("Smartphone-Treff"));
    assert!(list.text("main").contains("Lerngruppe"));

    // Rita asks to join; she cannot read or write the board until confirmed.
    let rita = app.client_for(w.resident).await;
    let r = rita.post(app.url(&format!("{path}/join"))).send().await.unwrap();
    assert!(location(&r).contains("notice-group-requested"));
    let p = Page::from(rita.get(app.url(&path)).send().await.unwrap()).await;
    assert!(p.text("main").contains("nur Mitglieder"));
    let r = rita
        .post(app.url(&format!("{path}/topics")))
        .form(&[("title", "Hallo"), ("body", "Test")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    let p = Page::from(mo.get(app.url(&path)).send().await.unwrap()).await;
    assert!(p.text("main").contains("Anfragen"));
    assert!(p.text("main").contains("Rita Resident"));
    let r = mo
        .post(app.url(&format!("{path}/members/{}", w.resident)))
        .form(&[("standing", "member")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    // Rita, now a member, opens a topic; Mo answers; the board counts it.
    let r = rita.post(app.url(&format!("{path}/topics"))).form(&[("title", ""), ("body", "")]).send().await.unwrap();
    assert_eq!(r.status(), 422);
    let p = Page::from(r).await;
    assert!(p.text("#e-title").contains("mindestens 3"));
    let r = rita
        .post(app.url(&format!("{path}/topics")))
        .form(&[("title", "WhatsApp einrichten"), ("body", "Wer kann mir zeigen, wie das geht?")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let topic = location(&r).split('?').next().unwrap().to_string();
    let r = mo.post(app.url(&topic)).form(&[("body", "Ich zeige es Ihnen am Donnerstag.")]).send().await.unwrap();
    assert_eq!(r.status(), 303);
    let t = Page::from(rita.get(app.url(&topic)).send().await.unwrap()).await;
    assert_eq!(t.count("ol.messages > li"), 2);
    assert!(t.text("main").contains("Donnerstag"));
    let g = Page::from(rita.get(app.url(&path)).send().await.unwrap()).await;
    assert!(g.text("main").contains("1 Antwort"));

    // Only administrators hold the group's events; members see them.
    let ev = [
        ("title", "Übungsstunde"),
        ("category", "education"),
        ("date", &*(quartier_store::testing::test_start() + chrono::Duration::days(4)).format("%Y-%m-%d").to_string()),
        ("start_time", "15:00"),
        ("end_time", "16:00"),
        ("venue", "Nachbarschaftstreff"),
    ]
    .iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect::<Vec<_>>();
    assert_eq!(rita.post(app.url(&format!("{path}/events"))).form(&ev).send().await.unwrap().status(), 403);
    let r = mo.post(app.url(&format!("{path}/events"))).form(&ev).send().await.unwrap();
    assert_eq!(r.status(), 303);
    let event = location(&r).split('?').next().unwrap().to_string();
    assert!(Page::from(rita.get(app.url(&path)).send().await.unwrap()).await.text("main").contains("Übungsstunde"));
    // Inside the neighbourhood: in its calendar for members, not in the public one.
    assert!(
        Page::from(rita.get(app.url("/n/nord/calendar")).send().await.unwrap())
            .await
            .text("main")
            .contains("Übungsstunde")
    );
    assert!(
        !Page::from(app.client().get(app.url("/n/nord/calendar")).send().await.unwrap())
            .await
            .text("main")
            .contains("Übungsstunde")
    );
    assert_eq!(mo.get(app.url(&format!("{event}/edit"))).send().await.unwrap().status(), 200, "group admin organises");
    assert_eq!(rita.get(app.url(&format!("{event}/edit"))).send().await.unwrap().status(), 403);

    // The last administrator cannot leave; a member can.
    assert_eq!(mo.post(app.url(&format!("{path}/leave"))).send().await.unwrap().status(), 409);
    assert!(location(&rita.post(app.url(&format!("{path}/leave"))).send().await.unwrap()).contains("notice-left"));
    // Outside the neighbourhood, groups do not exist.
    let otto = app.client_for(w.other).await;
    assert_eq!(otto.get(app.url(&path)).send().await.unwrap().status(), 403);
    assert_eq!(otto.get(app.url(&path.replace("/nord/", "/sued/"))).send().await.unwrap().status(), 404);
}

#[tokio::test]
async fn a_moderator_hides_one_post_and_the_thread_keeps_its_place() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let rita = app.client_for(w.resident).await;
    let path = format!("/n/nord/groups/{}/topics/{}", w.group, w.topic);
    rita.post(app.url(&path)).form(&[("body", "Kauft billige Uhren bei mir!")]).send().await.unwrap();
    let (_, replies) = app.store.topic(w.group, w.topic).await.unwrap();
    let post = replies[0].id;
    let hide = format!("/n/nord/groups/{}/posts/{post}/hide", w.group);
    assert_eq!(rita.post(app.url(&hide)).form(&[("reason", "Werbung")]).send().await.unwrap().status(), 403);
    let mo = app.client_for(w.moderator).await;
    assert_eq!(mo.post(app.url(&hide)).form(&[("reason", "x")]).send().await.unwrap().status(), 422);
    assert_eq!(mo.post(app.url(&hide)).form(&[("reason", "Werbung")]).send().await.unwrap().status(), 303);
    let t = Page::from(rita.get(app.url(&path)).send().await.unwrap()).await;
    assert_eq!(t.count("ol.messages > li"), 2);
    assert!(!t.text("main").contains("billige Uhren"));
    assert!(t.text("main").contains("Werbung"));
    let log =
        Page::from(app.client_for(w.coordinator).await.get(app.url("/n/nord/manage/log")).send().await.unwrap()).await;
    assert!(log.text("main").contains("Lauftreff: Werbung"));
}

#[tokio::test]
async fn a_learning_group_shares_materials_and_writes_down_who_learnt_what() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let mo = app.client_for(w.moderator).await;
    // A learning group needs its topic; the form says so and keeps the rest.
    let group =
        [("name", "Smartphone-Treff"), ("description", "Wir üben."), ("kind", "learning"), ("joining", "request")];
    let r = mo.post(app.url("/n/nord/groups")).form(&group).send().await.unwrap();
    assert_eq!(r.status(), 422);
    let p = Page::from(r).await;
    assert!(p.text("#e-topic").contains("Lerngruppe lernt"), "{}", p.text("main"));
    assert_eq!(p.attr("#f-name", "value").as_deref(), Some("Smartphone-Treff"));
    let mut with_topic = group.to_vec();
    with_topic.extend([("topic", "Videoanrufe mit dem Smartphone"), ("schedule", "Dienstags 17 Uhr im Treff")]);
    let r = mo.post(app.url("/n/nord/groups")).form(&with_topic).send().await.unwrap();
    assert_eq!(r.status(), 303);
    let path = location(&r).split('?').next().unwrap().to_string();
    let g = app.get_page(&mo, &path).await;
    assert!(g.text("main").contains("Videoanrufe mit dem Smartphone"));
    assert!(g.text("main").contains("Dienstags 17 Uhr im Treff"));
    let list = app.get_page(&mo, "/n/nord/groups").await;
    assert!(list.text("main").contains("Lernthema: Videoanrufe mit dem Smartphone"));

    // Rita asks to join: until she is confirmed, materials and records are closed.
    let rita = app.client_for(w.resident).await;
    rita.post(app.url(&format!("{path}/join"))).send().await.unwrap();
    assert_eq!(app.get(&rita, &format!("{path}/materials")).await.status(), 403);
    assert_eq!(app.get(&rita, &format!("{path}/learnt")).await.status(), 403);
    let r = mo
        .post(app.url(&format!("{path}/members/{}", w.resident)))
        .form(&[("standing", "member")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);

    // A material: bad input is named next to its field, and the note is kept.
    let r = rita
        .post(app.url(&format!("{path}/materials")))
        .form(&[("title", ""), ("url", "javascript:alert(1)"), ("note", "liegt im Schrank")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    let p = Page::from(r).await;
    assert!(p.text("#e-title").contains("mindestens 3"));
    assert!(p.text("#e-url").contains("https://"));
    assert_eq!(p.text("#f-note"), "liegt im Schrank");
    let r = rita
        .post(app.url(&format!("{path}/materials")))
        .form(&[("title", "Heft: Mein erstes Smartphone"), ("url", "https://example.org/heft.pdf"), ("note", "")])
        .send()
        .await
        .unwrap();
    assert!(location(&r).contains("notice-material-added"));
    let m = app.get_page(&mo, &format!("{path}/materials")).await;
    assert_eq!(m.attr("main ul.rows a", "href").as_deref(), Some("https://example.org/heft.pdf"));
    assert!(m.text("main").contains("Rita Resident"));
    assert!(app.get_page(&mo, &path).await.text("main").contains("Heft: Mein erstes Smartphone"));
    // Interest groups have none of this.
    let interest = format!("/n/nord/groups/{}", w.group);
    assert_eq!(app.get(&rita, &format!("{interest}/materials")).await.status(), 404);

    // A meeting of the group, then it has taken place.
    let day = (quartier_store::testing::test_start() + chrono::Duration::days(2)).format("%Y-%m-%d").to_string();
    let ev = [
        ("title", "Übungsstunde"),
        ("category", "education"),
        ("date", day.as_str()),
        ("start_time", "17:00"),
        ("end_time", "18:00"),
        ("venue", "Nachbarschaftstreff"),
    ];
    let r = mo.post(app.url(&format!("{path}/events"))).form(&ev).send().await.unwrap();
    assert_eq!(r.status(), 303);
    let meeting = location(&r).split('?').next().unwrap().trim_start_matches("/e/").to_string();
    app.store.clock().advance(chrono::Duration::days(3));
    // Idle sessions have ended meanwhile: both log in again.
    let (mo, rita) = (app.client_for(w.moderator).await, app.client_for(w.resident).await);

    // Rita writes down what she learnt at it; she cannot write for others.
    let form = app.get_page(&rita, &format!("{path}/learnt")).await;
    assert!(form.text("#f-meeting").contains("Übungsstunde"));
    assert_eq!(form.count("#f-learner"), 0, "members write for themselves only");
    let r = rita
        .post(app.url(&format!("{path}/learnt")))
        .form(&[("what", "ab"), ("meeting", &uuid::Uuid::nil().to_string())])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    let p = Page::from(r).await;
    assert!(p.text("#e-what").contains("mindestens 3"));
    assert!(p.text("#e-meeting").contains("Treffen"));
    let r = rita
        .post(app.url(&format!("{path}/learnt")))
        .form(&[("what", "Ich kann jetzt einen Videoanruf machen."), ("meeting", meeting.as_str())])
        .send()
        .await
        .unwrap();
    assert!(location(&r).contains("notice-learnt-recorded"));
    let r = rita
        .post(app.url(&format!("{path}/learnt")))
        .form(&[("what", "Mo kann Fotos schicken."), ("learner", &w.moderator.to_string())])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);

    // The admin writes down for Rita, who hears of it.
    let r = mo
        .post(app.url(&format!("{path}/learnt")))
        .form(&[("what", "Rita kann Fotos verschicken."), ("learner", &w.resident.to_string())])
        .send()
        .await
        .unwrap();
    assert!(location(&r).contains("notice-learnt-recorded"));
    let bell = app.get_page(&rita, "/notifications").await;
    assert!(bell.text("main").contains("Lerngruppe hat aufgeschrieben"), "{}", bell.text("main"));
    let l = app.get_page(&rita, &format!("{path}/learnt")).await;
    assert_eq!(l.count("main tbody tr"), 2);
    assert!(l.text("main tbody").contains("Übungsstunde"));
    assert!(l.text("main tbody").contains("aufgeschrieben von Mo"));
    // A neighbour outside the group reads neither.
    let editor = app.client_for(w.editor).await;
    assert_eq!(app.get(&editor, &format!("{path}/learnt")).await.status(), 403);
    assert!(!app.get_page(&editor, &path).await.text("main").contains("Videoanruf machen"));

    // Rita deletes her own entry after a confirmation; not the material she did not share.
    let id = uuid::Uuid::parse_str(path.rsplit('/').next().unwrap()).unwrap();
    let record = app
        .store
        .learnt(id, Default::default(), 10)
        .await
        .unwrap()
        .items
        .into_iter()
        .find(|r| r.what.contains("Videoanruf"))
        .unwrap();
    let remove = format!("{path}/learnt/{}/remove", record.id);
    let confirm = Page::from(rita.post(app.url(&remove)).form(&[("x", "")]).send().await.unwrap()).await;
    assert!(confirm.text("main").contains("Videoanruf"));
    let r = rita.post(app.url(&remove)).form(&[("confirm", "yes")]).send().await.unwrap();
    assert!(location(&r).contains("notice-learnt-removed"));
    assert_eq!(app.get_page(&rita, &format!("{path}/learnt")).await.count("main tbody tr"), 1);

    // What was learnt counts in the quarter's impact report.
    let (from, to) = (quartier_store::testing::test_start(), app.store.now() + chrono::Duration::hours(1));
    let period = quartier_core::impact::Period { from: from.date_naive(), to: to.date_naive() };
    let figures = app.store.impact_figures(w.nord, period, (from, to)).await.unwrap();
    assert_eq!(figures.get(quartier_core::impact::Metric::Learnt), 1);
}

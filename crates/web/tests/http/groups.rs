//! Groups: found, join by request, board with topics and replies, events
//! of their own, moderation of a single post.

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

//! Nobody waits unnoticed: whatever waits for a person reaches them as a
//! notification (and a mail, by their settings), and the person who asked
//! hears the outcome.

use crate::helpers::*;
use quartier_store::notifications::NoticeKind;
use uuid::Uuid;

/// The kinds and links of a person's notifications, newest first.
async fn told(app: &TestApp, who: Uuid) -> Vec<(String, String, String)> {
    app.store.notifications(who, 100).await.unwrap().into_iter().map(|n| (n.kind, n.subject, n.link)).collect()
}

fn has(notes: &[(String, String, String)], kind: NoticeKind, link: &str) -> bool {
    notes.iter().any(|(k, _, l)| k == kind.tag() && l == link)
}

#[tokio::test]
async fn a_request_to_join_reaches_the_coordinator_and_the_answer_the_person() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let nina = app.user("nina@example.org", "Nina Neu", false).await;
    let c = app.client_for(nina).await;
    assert_eq!(c.post(app.url("/n/nord/join")).send().await.unwrap().status(), 303);

    // The coordinator is told, with a link to where the request waits, and by mail.
    let notes = told(&app, w.coordinator).await;
    assert!(has(&notes, NoticeKind::JoinRequest, "/n/nord/manage/members"), "{notes:?}");
    assert!(notes.iter().any(|(_, s, _)| s == "Nina Neu"));
    assert!(told(&app, w.moderator).await.is_empty(), "only coordinators confirm");
    let mail = app.mail_to("coord@example.org").await;
    assert!(mail.contains("/n/nord/manage"), "{mail}");
    let carla = app.client_for(w.coordinator).await;
    let page = Page::from(carla.get(app.url("/notifications")).send().await.unwrap()).await;
    assert_eq!(page.attr("a[href='/n/nord/manage/members']", "href").as_deref(), Some("/n/nord/manage/members"));
    assert!(page.text("main").contains("Nina Neu"));
    // The coordination's overview counts the four requests waiting (Nina and
    // three of the world) and links to them; each section is a page of its own.
    let manage = app.get_page(&carla, "/n/nord/manage").await;
    assert!(manage.text("a[href='/n/nord/manage/members']").contains('4'), "{}", manage.text("main"));
    assert_eq!(manage.count("ul.sections a"), 6);
    let members = app.get_page(&carla, "/n/nord/manage/members").await;
    assert!(members.text("main").contains("Nina Neu"));
    assert_eq!(members.attr("nav.toc a[aria-current='page']", "href").as_deref(), Some("/n/nord/manage/members"));
    // The quarter's menu marks the coordination as the section one is in.
    assert_eq!(members.attr("nav.nb-menu a[href='/n/nord/manage']", "aria-current").as_deref(), Some("true"));
    assert_eq!(members.count("nav.nb-menu a[aria-current]"), 1);

    // Confirmed: Nina hears it.
    let m = app.store.membership(nina, w.nord).await.unwrap().unwrap();
    let r = carla.post(app.url(&format!("/n/nord/manage/members/{}/confirm", m.id))).send().await.unwrap();
    assert_eq!(r.status(), 303);
    assert!(has(&told(&app, nina).await, NoticeKind::JoinConfirmed, "/n/nord"));

    // Declined: the other person waiting hears that too.
    let r = carla.post(app.url(&format!("/n/nord/manage/members/{}/decline", w.pending_b))).send().await.unwrap();
    assert_eq!(r.status(), 303);
    let declined = app.store.notifications_of_kind(NoticeKind::JoinDeclined).await.unwrap();
    assert_eq!(declined.len(), 1);
}

#[tokio::test]
async fn a_report_reaches_the_moderators_and_a_proposed_organisation_the_coordinator() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let edda = app.client_for(w.editor).await;
    let r = edda
        .post(app.url(&format!("/n/nord/help/{}/report", w.entry)))
        .form(&[("reason", "Das ist Werbung.")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    for who in [w.moderator, w.coordinator] {
        assert!(has(&told(&app, who).await, NoticeKind::Report, "/n/nord/moderation"), "{who}");
    }
    assert!(told(&app, w.resident).await.iter().all(|(k, _, _)| k != NoticeKind::Report.tag()));

    // A resident proposes a club; the coordinator is told, the resident hears the outcome.
    let rita = app.client_for(w.resident).await;
    let form = [
        ("name", "Kleingartenverein Sonnenschein"),
        ("slug", "sonnenschein"),
        ("kind", "club"),
        ("description", "Wir gärtnern gemeinsam."),
    ];
    assert_eq!(rita.post(app.url("/n/nord/organisations")).form(&form).send().await.unwrap().status(), 303);
    assert!(has(&told(&app, w.coordinator).await, NoticeKind::OrgProposed, "/n/nord/organisations"));
    let id = app.store.organisation_by_slug("sonnenschein").await.unwrap().id;
    let carla = app.client_for(w.coordinator).await;
    let r = carla.post(app.url(&format!("/n/nord/organisations/{id}/confirm"))).send().await.unwrap();
    assert_eq!(r.status(), 303);
    assert!(has(&told(&app, w.resident).await, NoticeKind::OrgConfirmed, "/o/sonnenschein"));
}

#[tokio::test]
async fn a_text_to_review_reaches_the_reviewers_and_the_verdict_its_author() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let rita = app.client_for(w.resident).await;
    let easy = "Wir helfen im Quartier.\nSie können mit·machen.";
    let r = rita
        .post(app.url(&format!("/easy/help_entry/{}", w.entry)))
        .form(&[("title", "Hilfe beim Einkaufen"), ("body", easy), ("action", "review")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303, "{}", location(&r));
    // Both reviewers of Nord hear that a text waits, not which one.
    for who in [w.moderator, w.reviewer] {
        let notes = told(&app, who).await;
        assert!(has(&notes, NoticeKind::ReviewRequested, "/easy/reviews"), "{notes:?}");
        assert!(notes.iter().all(|(_, s, _)| !s.contains("Einkaufen")));
    }
    let v = app.store.easy_version("help_entry", w.entry).await.unwrap().unwrap();
    let rena = app.client_for(w.reviewer).await;
    let r =
        rena.post(app.url(&format!("/easy/reviews/{}", v.id))).form(&[("decision", "approve")]).send().await.unwrap();
    assert_eq!(r.status(), 303);
    let link = format!("/easy/help_entry/{}", w.entry);
    assert!(has(&told(&app, w.resident).await, NoticeKind::ReviewApproved, &link));
}

#[tokio::test]
async fn mail_for_waiting_work_can_be_turned_off() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let carla = app.client_for(w.coordinator).await;
    // The settings form without the box ticked.
    let r = carla.post(app.url("/notifications/settings")).form(&[("digest", "off")]).send().await.unwrap();
    assert_eq!(r.status(), 303);
    assert!(!app.store.notification_settings(w.coordinator).await.unwrap().email_tasks);
    let nina = app.user("nina@example.org", "Nina Neu", false).await;
    let c = app.client_for(nina).await;
    assert_eq!(c.post(app.url("/n/nord/join")).send().await.unwrap().status(), 303);
    app.drain_jobs().await;
    assert!(has(&told(&app, w.coordinator).await, NoticeKind::JoinRequest, "/n/nord/manage/members"));
    let mails = std::fs::read_dir(&app.outbox).map(|d| d.count()).unwrap_or(0);
    assert_eq!(mails, 0, "the bell, but no mail");
}

/// Mails in the outbox to `to` that link to `path`, once the queue is drained.
async fn mails_linking(app: &TestApp, to: &str, path: &str) -> usize {
    app.drain_jobs().await;
    let mut n = 0;
    let mut rd = tokio::fs::read_dir(&app.outbox).await.unwrap();
    while let Ok(Some(e)) = rd.next_entry().await {
        let text = decode_qp(&tokio::fs::read_to_string(e.path()).await.unwrap_or_default());
        if text.contains(&format!("To: {to}")) && text.contains(path) {
            n += 1;
        }
    }
    n
}

#[tokio::test]
async fn organisers_hear_of_sign_ups_and_people_of_their_place() {
    let app = TestApp::new().await;
    let w = app.world().await;
    // A group event: Carla wrote it; Rita (who founded the group) and Mo
    // administer the group, so all three organise it.
    app.store.join_group(w.group, w.moderator, true).await.unwrap();
    app.store.set_group_standing(w.group, w.moderator, quartier_core::group::Standing::Admin).await.unwrap();
    let details = quartier_store::events::EventDetails {
        title: "Lauf um den See".into(),
        category: "sport".into(),
        capacity: Some(1),
        signup_required: true,
        ..Default::default()
    };
    let t = app.store.now() + chrono::Duration::days(4);
    let holder = quartier_store::events::Holder::Group(w.group, w.nord);
    let e = app.store.create_event(holder, w.coordinator, &details, &[(t, t + chrono::Duration::hours(1))]).await;
    let id = e.unwrap()[0].id;
    let attendees = format!("/e/{id}/attendees");

    // Edda takes the one place: every organiser is told, with the participant list as link.
    let edda = app.client_for(w.editor).await;
    assert!(location(&app.post(&edda, &format!("/e/{id}/signup")).await).contains("notice-signed-up"));
    for o in [w.coordinator, w.resident, w.moderator] {
        let notes = told(&app, o).await;
        assert!(has(&notes, NoticeKind::EventSignups, &attendees), "{notes:?}");
        assert!(notes.iter().any(|(_, s, _)| s == "Lauf um den See"));
    }
    assert!(told(&app, w.editor).await.is_empty(), "Edda's own outcome is on the page, not in the bell");
    // Signing up again changes nothing and tells nobody again.
    app.post(&edda, &format!("/e/{id}/signup")).await;
    assert_eq!(told(&app, w.coordinator).await.len(), 1);
    // Rena waits; Edda withdraws; Rena moves up and hears it.
    let rena = app.client_for(w.reviewer).await;
    assert!(location(&app.post(&rena, &format!("/e/{id}/signup")).await).contains("notice-waiting"));
    app.post(&edda, &format!("/e/{id}/signup/cancel")).await;
    assert!(has(&told(&app, w.reviewer).await, NoticeKind::EventPlace, ""));
    assert!(app.get_page(&rena, &format!("/e/{id}")).await.text("main").contains("Sie sind angemeldet"));
    assert_eq!(told(&app, w.coordinator).await.len(), 3, "signed up, waiting, withdrawn with a move up");
    // The bell links to the list of who comes.
    let carla = app.client_for(w.coordinator).await;
    let bell = app.get_page(&carla, "/notifications").await;
    assert!(bell.text("main").contains("Neue An- oder Abmeldung"));
    assert_eq!(bell.attr(&format!("a[href='{attendees}']"), "href"), Some(attendees.clone()));
    assert_eq!(app.get(&carla, &attendees).await.status(), 200);

    // Mail: one a day per event and organiser, however many changes.
    assert_eq!(mails_linking(&app, "coord@example.org", &attendees).await, 1);
    assert_eq!(mails_linking(&app, "res@example.org", &attendees).await, 1);
    app.store.clock().advance(chrono::Duration::hours(25));
    let edda = app.client_for(w.editor).await; // a day later: a new session
    app.post(&edda, &format!("/e/{id}/signup")).await;
    assert_eq!(mails_linking(&app, "coord@example.org", &attendees).await, 2, "the next day, the next mail");
    // Whoever turned mails for replies off is told in the bell only.
    let mut s = app.store.notification_settings(w.moderator).await.unwrap();
    s.email_answers = false;
    app.store.save_notification_settings(s).await.unwrap();
    app.store.clock().advance(chrono::Duration::hours(25));
    let edda = app.client_for(w.editor).await;
    app.post(&edda, &format!("/e/{id}/signup/cancel")).await;
    assert_eq!(mails_linking(&app, "mod@example.org", &attendees).await, 2, "day one and two, not three");
    assert_eq!(told(&app, w.moderator).await.iter().filter(|(k, ..)| k == "event_signups").count(), 5);

    // An organisation's event: its administrator and editor are told, an
    // invited editor who has not answered is not.
    let mo = app.client_for(w.moderator).await;
    app.post(&mo, &format!("/e/{}/signup", w.event)).await;
    let link = format!("/e/{}/attendees", w.event);
    assert!(has(&told(&app, w.resident).await, NoticeKind::EventSignups, &link));
    assert!(has(&told(&app, w.editor).await, NoticeKind::EventSignups, &link));
    assert!(!has(&told(&app, w.moderator).await, NoticeKind::EventSignups, &link));
}

/// A long list of notifications is paged by key: fifty on a page, the
/// newest first, and the older ones a link away.
#[tokio::test]
async fn notifications_come_a_page_at_a_time() {
    use quartier_store::notifications::{NOTIFICATIONS_PAGE, NoticeKind};
    let app = TestApp::new().await;
    let w = app.world().await;
    for i in 0..(NOTIFICATIONS_PAGE + 7) {
        app.store
            .notify_about(&[w.resident], NoticeKind::ProposalOpen, &format!("Vorschlag-{i:03}"), "/n/nord")
            .await
            .unwrap();
        app.store.clock().advance(chrono::Duration::seconds(1));
    }
    let rita = app.client_for(w.resident).await;
    let p = app.get_page(&rita, "/notifications").await;
    let rows = p.count("main ul.rows > li");
    assert!(rows as u64 >= NOTIFICATIONS_PAGE && rows as u64 <= NOTIFICATIONS_PAGE + 2, "{rows}");
    let first = p.text("main ul.rows");
    assert!(first.contains(&format!("Vorschlag-{:03}", NOTIFICATIONS_PAGE + 6)) && !first.contains("Vorschlag-000"));
    let next = p.attr("nav.pager a[rel=next]", "href").unwrap();
    let older = app.get_page(&rita, &next).await;
    assert!(older.text("main ul.rows").contains("Vorschlag-000"));
    assert!(older.attr("nav.pager a[rel=prev]", "href").is_some());
    // A mangled cursor shows the first page.
    let odd = app.get_page(&rita, "/notifications?after=kaputt").await;
    assert!(odd.text("main ul.rows").contains(&format!("Vorschlag-{:03}", NOTIFICATIONS_PAGE + 6)));
}

/// A long conversation shows its newest fifty messages in the order they
/// were written, with the older ones (and back) a link away.
#[tokio::test]
async fn a_long_conversation_comes_a_page_at_a_time() {
    use quartier_store::conversations::MESSAGES_PAGE;
    let app = TestApp::new().await;
    let w = app.world().await;
    let c = app.store.conversation_of(w.conversation, w.resident).await.unwrap();
    for i in 0..(MESSAGES_PAGE + 5) {
        app.store.send_message(&c, w.resident, &format!("Nachricht-{i:03}")).await.unwrap();
        app.store.clock().advance(chrono::Duration::seconds(1));
    }
    let rita = app.client_for(w.resident).await;
    let path = format!("/inbox/{}", w.conversation);
    let p = app.get_page(&rita, &path).await;
    assert_eq!(p.count("ol.messages > li") as u64, MESSAGES_PAGE);
    let texts = p.texts("ol.messages > li");
    let last = format!("Nachricht-{:03}", MESSAGES_PAGE + 4);
    assert!(texts.last().unwrap().contains(&last), "the newest is at the end: {texts:?}");
    assert!(!p.text("ol.messages").contains("Nachricht-000"));
    let older = p.attr("a[rel=next]", "href").unwrap();
    let o = app.get_page(&rita, &older).await;
    assert!(o.text("ol.messages").contains("Nachricht-000"));
    let newer = o.attr("a[rel=prev]", "href").unwrap();
    assert!(app.get_page(&rita, &newer).await.text("ol.messages").contains(&last));
    // Someone else's conversation stays closed, whatever the cursor.
    let edda = app.client_for(w.editor).await;
    assert_eq!(app.get(&edda, &older).await.status(), 404);
}

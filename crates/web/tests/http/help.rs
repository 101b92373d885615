//! Neighbourly help end to end: post, answer, chat, accept, done, thanks;
//! time bank, posting for offline residents, moderation, blocking, expiry.

use crate::helpers::*;

fn request_form(title: &str) -> Vec<(&'static str, String)> {
    vec![
        ("kind", "request".into()),
        ("category", "shopping".into()),
        ("title", title.into()),
        ("body", "Die Tasche ist **schwer**. <script>x</script>".into()),
        ("date", String::new()),
        ("time_from", "10:00".into()),
        ("time_to", "12:00".into()),
        ("urgency", "soon".into()),
        ("visibility", "neighbours".into()),
        ("area", "Gartenstraße".into()),
    ]
}

async fn post(app: &TestApp, c: &reqwest::Client, form: &[(&str, String)]) -> reqwest::Response {
    c.post(app.url("/n/nord/help")).form(form).send().await.unwrap()
}

fn id_from(loc: &str) -> String {
    loc.split('/').nth(4).unwrap().split('?').next().unwrap().to_string()
}

#[tokio::test]
async fn post_answer_chat_accept_done_and_thank() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let anna = app.client_for(w.resident).await;
    let ben = app.client_for(w.coordinator).await;
    let r = post(&app, &anna, &request_form("Wer trägt meinen Einkauf hoch?")).await;
    assert_eq!(r.status(), 303);
    let id = id_from(&location(&r));
    let entry = Page::from(anna.get(app.url(&format!("/n/nord/help/{id}"))).send().await.unwrap()).await;
    assert_eq!(entry.text("h1"), "Wer trägt meinen Einkauf hoch?");
    assert!(entry.0.html().contains("<strong>schwer</strong>"));
    assert!(!entry.0.html().contains("<script>x"));

    // Ben finds it in the list, filtered by category, and answers.
    let list = Page::from(ben.get(app.url("/n/nord/help?category=shopping&kind=request")).send().await.unwrap()).await;
    assert!(list.texts(".entry h3").iter().any(|t| t.contains("Wer trägt")));
    let list = Page::from(ben.get(app.url("/n/nord/help?category=garden")).send().await.unwrap()).await;
    assert!(!list.texts(".entry h3").iter().any(|t| t.contains("Wer trägt")));
    let r = ben
        .post(app.url(&format!("/n/nord/help/{id}/answer")))
        .form(&[("body", "Ich komme um 11.")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let conv = location(&r);
    assert!(conv.starts_with("/inbox/"));

    // Anna sees the bell, the inbox marks it unread, and she replies.
    let home = Page::from(anna.get(app.url("/")).send().await.unwrap()).await;
    assert!(home.text(".bell .count").starts_with('1'));
    let inbox = Page::from(anna.get(app.url("/inbox")).send().await.unwrap()).await;
    assert!(inbox.texts("li.unread").iter().any(|t| t.contains("Carla")));
    let chat = Page::from(anna.get(app.url(&conv)).send().await.unwrap()).await;
    assert!(chat.text(".messages").contains("Ich komme um 11."));
    let r = anna.post(app.url(&conv)).form(&[("body", "Danke, bis dann!")]).send().await.unwrap();
    assert_eq!(r.status(), 303);
    let r = anna.post(app.url(&conv)).form(&[("body", "   ")]).send().await.unwrap();
    assert_eq!(r.status(), 422);
    let inbox = Page::from(anna.get(app.url("/inbox")).send().await.unwrap()).await;
    assert!(!inbox.texts("li.unread").iter().any(|t| t.contains("Carla")));
    // Nobody else reads the conversation.
    let other = app.client_for(w.moderator).await;
    assert_eq!(other.get(app.url(&conv)).send().await.unwrap().status(), 404);

    // Anna accepts Ben; the entry is arranged and leaves the open list.
    let r = anna
        .post(app.url(&format!("/n/nord/help/{id}/accept")))
        .form(&[("partner", w.coordinator.to_string())])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let r = anna
        .post(app.url(&format!("/n/nord/help/{id}/accept")))
        .form(&[("partner", w.coordinator.to_string())])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 409, "accepting twice");
    let list = Page::from(ben.get(app.url("/n/nord/help")).send().await.unwrap()).await;
    assert!(!list.texts(".entry h3").iter().any(|t| t.contains("Wer trägt")));
    // Thanks only after done.
    let r = anna.post(app.url(&format!("/n/nord/help/{id}/thanks"))).form(&[("note", "Danke!")]).send().await.unwrap();
    assert_eq!(r.status(), 409);
    let r = ben.post(app.url(&format!("/n/nord/help/{id}/done"))).send().await.unwrap();
    assert_eq!(r.status(), 303, "the helper may mark it done");
    let r = anna
        .post(app.url(&format!("/n/nord/help/{id}/thanks")))
        .form(&[("note", "Tausend Dank, Carla!")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let r = anna.post(app.url(&format!("/n/nord/help/{id}/thanks"))).form(&[("note", "Nochmal")]).send().await.unwrap();
    assert_eq!(r.status(), 409);

    // The thanks shows on Ben's profile only once he agrees.
    let profile = app.url(&format!("/u/{}", w.coordinator));
    assert!(!Page::from(anna.get(&profile).send().await.unwrap()).await.text("main").contains("Tausend Dank"));
    let thanks = Page::from(ben.get(app.url("/account/thanks")).send().await.unwrap()).await;
    let action = thanks.attr("form[action^='/account/thanks/']", "action").unwrap();
    ben.post(app.url(&action)).form(&[("shown", "yes")]).send().await.unwrap();
    assert!(Page::from(anna.get(&profile).send().await.unwrap()).await.text("main").contains("Tausend Dank"));

    // Mails went out through the queue.
    app.drain_jobs().await;
    assert!(app.mail_to("res@example.org").await.contains("/inbox/"));
}

#[tokio::test]
async fn bad_entries_are_explained_and_change_nothing() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let c = app.client_for(w.resident).await;
    let long = "x".repeat(100_000);
    let mut f = request_form("");
    f.push(("date", "2020-01-01".into()));
    f.retain(|(k, v)| *k != "date" || !v.is_empty());
    f.iter_mut().for_each(|(k, v)| {
        if *k == "body" {
            *v = long.clone();
        }
        if *k == "category" {
            *v = "waffen".into();
        }
        if *k == "time_to" {
            *v = "09:00".into();
        }
    });
    let r = post(&app, &c, &f).await;
    assert_eq!(r.status(), 422);
    let p = Page::from(r).await;
    assert!(p.text("#e-title").contains("3 Zeichen"));
    assert!(p.text("#e-category").contains("Bereich"));
    assert!(p.text("#e-date").contains("Vergangenheit"));
    assert!(p.text("#e-body").contains("5.000"));
    assert!(p.text("#e-time_to").contains("nach dem Anfang"));
    // Only the coordinator may post for someone else.
    let mut f = request_form("Für Frau Müller");
    f.push(("on_behalf", "Frau Müller".into()));
    assert_eq!(post(&app, &c, &f).await.status(), 422);
    let open = app.store.open_entries(w.nord, w.resident, false, &Default::default()).await.unwrap().items;
    assert_eq!(open.len(), 2, "only the two of the world");
    // Answering one's own entry.
    let r = c.post(app.url(&format!("/n/nord/help/{}/answer", w.entry))).form(&[("body", "")]).send().await.unwrap();
    assert_eq!(r.status(), 409);
}

#[tokio::test]
async fn two_accepts_at_the_same_moment_leave_one_helper() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let s = &app.store;
    let c2 = s.conversation_for(w.nord, Some(w.entry), w.coordinator, w.resident).await.unwrap();
    let _ = c2;
    let mut tasks = Vec::new();
    for partner in [w.moderator, w.coordinator, w.moderator, w.coordinator] {
        let c = app.client_for(w.resident).await;
        let url = app.url(&format!("/n/nord/help/{}/accept", w.entry));
        tasks.push(tokio::spawn(async move {
            c.post(url).form(&[("partner", partner.to_string())]).send().await.unwrap().status().as_u16()
        }));
    }
    let mut st = Vec::new();
    for t in tasks {
        st.push(t.await.unwrap());
    }
    assert_eq!(st.iter().filter(|s| **s == 303).count(), 1, "{st:?}");
    assert!(st.iter().all(|s| *s == 303 || *s == 409), "{st:?}");
}

#[tokio::test]
async fn time_bank_moves_the_hours_once() {
    let app = TestApp::new().await;
    let nord = app.nord().await;
    let (coordinator, moderator) = (app.coordinator_of(nord).await, app.moderator_in(nord).await);
    let resident = app.resident_in(nord).await;
    let coord = app.client_for(coordinator).await;
    app.post_form(&coord, "/n/nord/manage/help", &[("time_bank", "yes")]).await;
    let anna = app.client_for(resident).await;
    let mut f = request_form("Fenster putzen");
    f.push(("hours", "1,5".into()));
    let id = id_from(&location(&post(&app, &anna, &f).await));
    let mo = app.client_for(moderator).await;
    app.post_form(&mo, &format!("/n/nord/help/{id}/answer"), &[("body", "")]).await;
    app.post_form(&anna, &format!("/n/nord/help/{id}/accept"), &[("partner", moderator.to_string())]).await;
    redirected(&app.post(&anna, &format!("/n/nord/help/{id}/done")).await);
    assert_eq!(app.post(&mo, &format!("/n/nord/help/{id}/done")).await.status(), 409);
    assert_eq!(app.store.time_account(nord, resident).await.unwrap().0, -90);
    assert_eq!(app.store.time_account(nord, moderator).await.unwrap().0, 90);
    let mine = app.get_page(&mo, "/n/nord/help/mine").await;
    assert!(mine.text(".balance").contains("1,5 h"));
    // The booking says what the help was and with whom.
    let booking = mine.text("section[aria-labelledby=time-h] tbody");
    assert!(booking.contains("Fenster putzen") && booking.contains("Rita Resident"), "{booking}");
    // The coordinator sees every account.
    let manage = app.get_page(&coord, "/n/nord/manage/help").await;
    assert!(manage.text("main").contains("-1,5 h"));
}

#[tokio::test]
async fn coordinator_posts_for_an_offline_resident() {
    let app = TestApp::new().await;
    let nord = app.nord().await;
    let (coordinator, resident) = (app.coordinator_of(nord).await, app.resident_in(nord).await);
    let coord = app.client_for(coordinator).await;
    let mut f = request_form("Begleitung zum Arzt");
    f.push(("on_behalf", "Frau Gertrud M.".into()));
    let id = id_from(&redirected(&post(&app, &coord, &f).await));
    let anna = app.client_for(resident).await;
    let p = app.get_page(&anna, &format!("/n/nord/help/{id}")).await;
    assert!(p.text(".facts").contains("Für Frau Gertrud M."));
    assert!(p.text(".facts").contains("eingetragen von Carla"));
    let conv = location(&app.post_form(&anna, &format!("/n/nord/help/{id}/answer"), &[("body", "")]).await);
    // The answer reaches the coordinator, who arranges it.
    assert_eq!(app.get(&coord, &conv).await.status(), 200);
    redirected(
        &app.post_form(&coord, &format!("/n/nord/help/{id}/accept"), &[("partner", resident.to_string())]).await,
    );
}

#[tokio::test]
async fn help_for_an_offline_neighbour_is_booked_to_the_neighbourhood_account() {
    let app = TestApp::new().await;
    let nord = app.nord().await;
    let (coordinator, resident) = (app.coordinator_of(nord).await, app.resident_in(nord).await);
    let coord = app.client_for(coordinator).await;
    app.post_form(&coord, "/n/nord/manage/help", &[("time_bank", "yes")]).await;
    // Carla enters a request for Frau Gertrud M., who is not online.
    let mut f = request_form("Begleitung zum Arzt");
    f.push(("on_behalf", "Frau Gertrud M.".into()));
    f.push(("hours", "2".into()));
    let id = id_from(&redirected(&post(&app, &coord, &f).await));
    // Rita offers to go; Carla arranges it and marks it done.
    let rita = app.client_for(resident).await;
    app.post_form(&rita, &format!("/n/nord/help/{id}/answer"), &[("body", "")]).await;
    app.post_form(&coord, &format!("/n/nord/help/{id}/accept"), &[("partner", resident.to_string())]).await;
    redirected(&app.post(&coord, &format!("/n/nord/help/{id}/done")).await);
    // The hours leave the neighbourhood's account, not Carla's own.
    assert_eq!(app.store.time_account(nord, coordinator).await.unwrap().0, 0);
    assert_eq!(app.store.time_account(nord, resident).await.unwrap().0, 120);
    assert_eq!(app.store.neighbourhood_account(nord).await.unwrap().0, -120);
    let all: i64 = app.store.time_balances(nord).await.unwrap().iter().map(|(_, _, m)| m).sum();
    assert_eq!(all, 0, "every account together still sums to zero");
    // Rita's booking names the neighbour, via the neighbourhood account.
    let mine = app.get_page(&rita, "/n/nord/help/mine").await;
    assert!(mine.text(".balance").contains("2 h"));
    let line = mine.text("section[aria-labelledby=time-h] tbody");
    assert!(line.contains("für Frau Gertrud M., über das Nachbarschaftskonto"), "{line}");
    assert!(line.contains("Begleitung zum Arzt"), "{line}");
    assert_eq!(mine.count("#shared"), 0, "only coordinators keep the shared account");
    // Carla's own account is untouched; the shared one shows the booking.
    let hers = app.get_page(&coord, "/n/nord/help/mine").await;
    assert!(hers.text("section[aria-labelledby=time-h] .balance").contains("0 h"));
    assert_eq!(hers.count("section[aria-labelledby=time-h] tbody tr"), 0);
    assert!(hers.text("#shared .balance").contains("-2 h"));
    let shared = hers.text("#shared tbody");
    assert!(shared.contains("Rita Resident für Frau Gertrud M.") && shared.contains("-2 h"), "{shared}");
    // The coordinators' page lists it with the people's accounts.
    let manage = app.get_page(&coord, "/n/nord/manage/help").await;
    let balances = manage.text("section[aria-labelledby=manage-h] table");
    assert!(balances.contains("Nachbarschaftskonto") && balances.contains("-2 h"), "{balances}");
    assert!(!balances.contains("Carla"), "{balances}");
    // Other languages say it in their own words.
    app.post_form(&rita, "/preferences", &[("locale", "en")]).await;
    let en = app.get_page(&rita, "/n/nord/help/mine").await;
    assert!(en.text("tbody").contains("for Frau Gertrud M., via the neighbourhood account"));
    // The personal data: Rita's export has her two hours; Carla's none.
    let rita_data = app.store.export_personal_data(resident).await.unwrap();
    assert_eq!(rita_data["time_account"][0]["minutes"], 120);
    let carla_data = app.store.export_personal_data(coordinator).await.unwrap();
    assert_eq!(carla_data["time_account"].as_array().map(Vec::len), Some(0));
    // Erasing Rita keeps the ledger whole.
    app.store.erase_person(resident).await.unwrap();
    assert_eq!(app.store.neighbourhood_account(nord).await.unwrap().0, -120);
}

#[tokio::test]
async fn outsiders_see_nothing() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let url = app.url(&format!("/n/nord/help/{}", w.entry));
    assert_eq!(app.client_for(w.other).await.get(&url).send().await.unwrap().status(), 403);
    assert_eq!(app.client_for(w.unverified).await.get(&url).send().await.unwrap().status(), 403);
    assert_eq!(app.client_for(w.operator).await.get(&url).send().await.unwrap().status(), 403);
    // Coordinators-only entries: the coordinator yes, other neighbours no.
    let anna = app.client_for(w.resident).await;
    let mut f = request_form("Nur für die Koordination");
    f.iter_mut().for_each(|(k, v)| {
        if *k == "visibility" {
            *v = "coordinators".into();
        }
    });
    let id = id_from(&location(&post(&app, &anna, &f).await));
    let u = app.url(&format!("/n/nord/help/{id}"));
    assert_eq!(app.client_for(w.moderator).await.get(&u).send().await.unwrap().status(), 404);
    assert_eq!(app.client_for(w.coordinator).await.get(&u).send().await.unwrap().status(), 200);
    assert_eq!(anna.get(&u).send().await.unwrap().status(), 200);
}

#[tokio::test]
async fn moderators_hide_with_a_reason_the_author_sees() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let mo = app.client_for(w.moderator).await;
    let p = Page::from(mo.get(app.url("/n/nord/moderation")).send().await.unwrap()).await;
    assert!(p.text("main").contains("Einkauf hochtragen"));
    let r = mo
        .post(app.url(&format!("/n/nord/moderation/{}/hide", w.report)))
        .form(&[("reason", "")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    let r = mo
        .post(app.url(&format!("/n/nord/moderation/{}/hide", w.report)))
        .form(&[("reason", "Werbung für ein Geschäft")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    // Gone from the list; the author sees why.
    let list = Page::from(app.client_for(w.coordinator).await.get(app.url("/n/nord/help")).send().await.unwrap()).await;
    assert!(!list.text("main").contains("Einkauf hochtragen"));
    let anna = app.client_for(w.resident).await;
    let p = Page::from(anna.get(app.url(&format!("/n/nord/help/{}", w.entry))).send().await.unwrap()).await;
    assert!(p.text(".warning").contains("Werbung für ein Geschäft"));
    // On the log the coordinator reads.
    let log =
        Page::from(app.client_for(w.coordinator).await.get(app.url("/n/nord/manage/log")).send().await.unwrap()).await;
    assert!(log.text("main").contains("Werbung für ein Geschäft"));
    // A reported message is visible to moderators, and only that one.
    let r = anna
        .post(app.url(&format!("/inbox/{}/messages/{}/report", w.conversation, w.message)))
        .form(&[("reason", "Unfreundlich")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let p =
        Page::from(app.client_for(w.coordinator).await.get(app.url("/n/nord/moderation")).send().await.unwrap()).await;
    assert!(p.text("main").contains("Ich kann helfen."));
}

#[tokio::test]
async fn a_block_stops_messages_both_ways() {
    let app = TestApp::new().await;
    let nord = app.nord().await;
    let (resident, moderator) = (app.resident_in(nord).await, app.moderator_in(nord).await);
    let entry = app.entry_by(nord, resident, "Einkauf hochtragen").await;
    let (conversation, _) = app.conversation_about(nord, entry, moderator, resident, "Ich kann helfen.").await;
    let anna = app.client_for(resident).await;
    let mo = app.client_for(moderator).await;
    let conv = app.url(&format!("/inbox/{conversation}"));
    assert_eq!(anna.post(format!("{conv}/block")).send().await.unwrap().status(), 303);
    assert_eq!(mo.post(&conv).form(&[("body", "Hallo?")]).send().await.unwrap().status(), 409);
    assert_eq!(anna.post(&conv).form(&[("body", "Hallo?")]).send().await.unwrap().status(), 409);
    assert_eq!(anna.post(format!("{conv}/unblock")).send().await.unwrap().status(), 303);
    assert_eq!(mo.post(&conv).form(&[("body", "Hallo!")]).send().await.unwrap().status(), 303);
}

#[tokio::test]
async fn expired_entries_leave_the_lists_but_stay_in_the_history() {
    let app = TestApp::new().await;
    let nord = app.nord().await;
    let resident = app.resident_in(nord).await;
    let entry = app.entry_by(nord, resident, "Einkauf hochtragen").await;
    use quartier_store::entity::help_entry;
    use quartier_store::sea_orm::{ActiveModelTrait, ActiveValue::Set, EntityTrait};
    let e = help_entry::Entity::find_by_id(entry).one(app.store.db()).await.unwrap().unwrap();
    let mut a: help_entry::ActiveModel = e.into();
    a.expires_at = Set(app.store.now() - chrono::Duration::days(1));
    a.update(app.store.db()).await.unwrap();
    let anna = app.client_for(resident).await;
    let list = app.get_page(&anna, "/n/nord/help").await;
    assert!(!list.text("main").contains("Einkauf hochtragen"));
    let mine = app.get_page(&anna, "/n/nord/help/mine").await;
    assert!(mine.text("main").contains("Einkauf hochtragen"));
}

#[tokio::test]
async fn followers_of_a_category_hear_of_new_requests() {
    let app = TestApp::new().await;
    let nord = app.nord().await;
    let (moderator, resident) = (app.moderator_in(nord).await, app.resident_in(nord).await);
    let mo = app.client_for(moderator).await;
    let settings = [("email_answers", "yes"), ("email_new_requests", "yes"), ("category", "garden"), ("digest", "off")];
    redirected(&app.post_form(&mo, "/notifications/settings", &settings).await);
    let anna = app.client_for(resident).await;
    let mut f = request_form("Hecke schneiden");
    f.iter_mut().for_each(|(k, v)| {
        if *k == "category" {
            *v = "garden".into();
        }
    });
    post(&app, &anna, &f).await;
    let n = app.get_page(&mo, "/notifications").await;
    assert!(n.text("main").contains("Hecke schneiden"));
    app.drain_jobs().await;
    assert!(app.mail_to("mod@example.org").await.contains("Hecke schneiden"));
}

#[tokio::test]
async fn a_daily_digest_counts_what_happened() {
    let app = TestApp::new().await;
    let moderator = app.moderator_in(app.nord().await).await;
    let mo = app.client_for(moderator).await;
    app.post_form(&mo, "/notifications/settings", &[("digest", "daily")]).await;
    // The first run starts the period; nothing is due yet.
    assert_eq!(quartier_web::worker::schedule_digests(&app.state).await.unwrap(), 0);
    // A day later, with something new, one digest goes out.
    let mut s = app.store.notification_settings(moderator).await.unwrap();
    s.last_digest_at = Some(app.store.now() - chrono::Duration::days(2));
    app.store.save_notification_settings(s).await.unwrap();
    app.store.notify(moderator, quartier_store::notifications::NoticeKind::Message, None, None).await.unwrap();
    assert_eq!(quartier_web::worker::schedule_digests(&app.state).await.unwrap(), 1);
    assert_eq!(quartier_web::worker::schedule_digests(&app.state).await.unwrap(), 0, "not twice");
    app.drain_jobs().await;
    assert!(app.mail_to("mod@example.org").await.contains("/notifications"));
}

#[tokio::test]
async fn withdrawing_an_entry_asks_first() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let rita = app.client_for(w.resident).await;
    let path = format!("/n/nord/help/{}/withdraw", w.entry2);
    let r = rita.post(app.url(&path)).form(&[("x", "")]).send().await.unwrap();
    assert_eq!(r.status(), 200);
    let ask = Page::from(r).await;
    assert_eq!(ask.attr("form.confirm", "action").as_deref(), Some(path.as_str()));
    assert_eq!(ask.attr("form.confirm a", "href"), Some(format!("/n/nord/help/{}", w.entry2)));
    assert_eq!(app.store.entry_by_id(w.entry2).await.unwrap().status, "open", "nothing happened yet");
    let r = rita.post(app.url(&path)).form(&[("confirm", "yes")]).send().await.unwrap();
    assert_eq!(redirected(&r), "/n/nord/help?notice=notice-withdrawn");
    assert_eq!(app.store.entry_by_id(w.entry2).await.unwrap().status, "withdrawn");
}

/// Lists are paged by key: following "next" to the end and "previous" back
/// to the start shows every entry once, newest first, filters kept; a
/// mangled cursor shows the first page; the inbox pages the same way.
#[tokio::test]
async fn lists_page_by_key_forwards_and_back() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let resident = app.client_for(w.resident).await;
    let mut made = Vec::new();
    for i in 0..45 {
        let m = app
            .member(
                w.nord,
                &format!("p{i}@example.org"),
                &format!("Person {i}"),
                quartier_core::neighbourhood::Role::Resident,
            )
            .await;
        let e = app.entry_by(w.nord, m, &format!("Bitte Nummer {i}")).await;
        app.conversation_about(w.nord, e, w.resident, m, "Ich komme.").await;
        made.push(format!("Bitte Nummer {i}"));
    }
    made.reverse();
    // Forwards.
    let mut path = "/n/nord/help?kind=&category=".to_string();
    let mut seen = Vec::new();
    let mut pages = Vec::new();
    loop {
        let p = app.get_page(&resident, &path).await;
        seen.extend(p.texts(".cards h3 a"));
        pages.push(path.clone());
        match p.attr("a[rel=next]", "href") {
            Some(next) => path = next,
            None => break,
        }
        assert!(pages.len() < 10, "the pages never end");
    }
    // The world's own two entries are the oldest.
    assert_eq!(seen.len(), 47);
    seen.truncate(45);
    assert_eq!(seen, made);
    assert_eq!(pages.len(), 3);
    assert!(pages[1].contains("kind=&category=&date=&after="), "filters kept: {}", pages[1]);
    // Back from the last page to the first.
    let mut back = Vec::new();
    let mut path = pages[2].clone();
    loop {
        let p = app.get_page(&resident, &path).await;
        let mut titles = p.texts(".cards h3 a");
        titles.extend(back);
        back = titles;
        match p.attr("a[rel=prev]", "href") {
            Some(prev) => path = prev,
            None => break,
        }
    }
    back.truncate(45);
    assert_eq!(back, made);
    // A cursor that is no id is the first page.
    let first = app.get_page(&resident, "/n/nord/help?after=nonsense").await;
    assert_eq!(first.texts(".cards h3 a"), made[..20]);
    assert!(first.attr("a[rel=prev]", "href").is_none());
    // The inbox: 45 conversations, 25 to a page, most recent first.
    let one = app.get_page(&resident, "/inbox").await;
    let next = one.attr("a[rel=next]", "href").expect("a second page");
    let two = app.get_page(&resident, &next).await;
    assert_eq!(one.count("main li a[href^='/inbox/']"), 25);
    // The 45 and the world's own.
    assert_eq!(one.count("main li a[href^='/inbox/']") + two.count("main li a[href^='/inbox/']"), 46);
    assert!(two.attr("a[rel=next]", "href").is_none());
    let prev = two.attr("a[rel=prev]", "href").expect("a way back");
    let again = app.get_page(&resident, &prev).await;
    assert_eq!(again.texts("main li a[href^='/inbox/']"), one.texts("main li a[href^='/inbox/']"));
    // The neighbours, by name, fifty to a page (some with small letters).
    for name in ["anton", "Zora", "bea", "Xaver", "emil"] {
        app.member(w.nord, &format!("{name}@example.org"), name, quartier_core::neighbourhood::Role::Resident).await;
    }
    let one = app.get_page(&resident, "/n/nord/members").await;
    let two = app.get_page(&resident, &one.attr("a[rel=next]", "href").expect("a second page")).await;
    let mut names = one.texts(".people li a");
    assert_eq!(names.len(), 50);
    names.extend(two.texts(".people li a"));
    let all = app.store.count_members(w.nord).await.unwrap() as usize;
    assert_eq!(names.len(), all);
    let mut sorted = names.clone();
    sorted.sort_by_key(|n| n.to_lowercase());
    assert_eq!(names, sorted);
}

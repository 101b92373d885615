//! Digital mentoring: neighbours offer themselves as mentors, others ask;
//! the coordinator pairs them, or the asker picks a mentor who says yes or
//! no; the pair logs sessions and closes with an evaluation. Everyone who
//! waits hears of it; nobody else sees a pairing.

use crate::helpers::*;
use chrono::Duration;
use quartier_core::impact::{Metric, Period};

async fn kinds(app: &TestApp, user: uuid::Uuid) -> Vec<String> {
    app.store.notifications(user, 20).await.unwrap().into_iter().map(|n| n.kind).collect()
}

/// A day `days` from the test clock, as the date field takes it.
fn day(app: &TestApp, days: i64) -> String {
    (app.store.now() + Duration::days(days)).with_timezone(&chrono_tz::Europe::Berlin).format("%Y-%m-%d").to_string()
}

/// `who` offers help with `topics`.
async fn offer(app: &TestApp, who: &reqwest::Client, topics: &[&str]) {
    let mut f: Vec<(String, String)> = topics.iter().map(|t| (format!("topic_{t}"), "yes".to_string())).collect();
    f.push(("note".into(), "Dienstags im Treff.".into()));
    f.push(("active".into(), "yes".into()));
    let r = app.post_form(who, "/n/nord/mentoring/offer", &f).await;
    assert_eq!(r.status(), 303);
    assert!(location(&r).ends_with("notice=notice-mentoring-offered"));
}

/// `who` asks for help with `topic`; the pairing's address.
async fn ask(app: &TestApp, who: &reqwest::Client, topic: &str) -> String {
    let r = app.post_form(who, "/n/nord/mentoring/ask", &[("topic", topic), ("note", "Fotos an die Enkel")]).await;
    assert_eq!(r.status(), 303);
    location(&r).split('?').next().unwrap().to_string()
}

#[tokio::test]
async fn offer_ask_pair_log_and_close() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let rita = app.client_for(w.resident).await;
    let edda = app.client_for(w.editor).await;
    let carla = app.client_for(w.coordinator).await;
    let mo = app.client_for(w.moderator).await;

    // Offering needs a topic; the note has a limit; both are told at their field.
    let long = "x".repeat(1001);
    let r = app.post_form(&edda, "/n/nord/mentoring/offer", &[("note", long.as_str()), ("active", "yes")]).await;
    assert_eq!(r.status(), 422);
    let p = Page::from(r).await;
    assert!(p.text("#e-topics").contains("mindestens ein Thema"));
    assert!(!p.text("#e-note").is_empty());
    let r = app.post_form(&edda, "/n/nord/mentoring/offer", &[("topic_knitting", "yes")]).await;
    assert_eq!(r.status(), 422);
    offer(&app, &edda, &["website", "platform"]).await;
    let list = app.get_page(&mo, "/n/nord/mentoring").await;
    assert!(list.text(".mentors").contains("Edda Redaktion"), "{}", list.text("main"));
    assert!(list.text(".mentors").contains("Auftritt auf dieser Plattform"));
    // The form shows the offer as it stands; a paused offer leaves the list.
    let form = app.get_page(&edda, "/n/nord/mentoring/offer").await;
    assert!(form.attr("#f-topic_website", "checked").is_some());
    assert!(form.attr("#f-topic_email", "checked").is_none());
    let r = app.post_form(&edda, "/n/nord/mentoring/offer", &[("topic_website", "yes"), ("active", "")]).await;
    assert_eq!(r.status(), 303);
    assert!(!app.get_page(&mo, "/n/nord/mentoring").await.text("main").contains("Edda Redaktion"));
    assert!(app.get_page(&edda, "/n/nord/mentoring").await.text("main").contains("ruht"));
    offer(&app, &edda, &["website", "platform"]).await;

    // Asking: a topic from the list, and only for one's own organisation.
    let r = app.post_form(&rita, "/n/nord/mentoring/ask", &[("topic", "knitting")]).await;
    assert_eq!(r.status(), 422);
    assert!(!Page::from(r).await.text("#e-topic").is_empty());
    let r = app
        .post_form(
            &rita,
            "/n/nord/mentoring/ask",
            &[("topic", "platform"), ("organisation", &w.org_pending.to_string())],
        )
        .await;
    assert_eq!(r.status(), 422);
    let p = Page::from(r).await;
    assert!(!p.text("#e-organisation").is_empty());
    assert_eq!(p.attr("#f-topic option[selected]", "value").as_deref(), Some("platform"));
    // Rita asks for the Bürgerverein she runs; the coordinator hears of it.
    let r = app
        .post_form(
            &rita,
            "/n/nord/mentoring/ask",
            &[("topic", "platform"), ("organisation", &w.org.to_string()), ("note", "Termine selbst eintragen")],
        )
        .await;
    assert_eq!(r.status(), 303);
    let pairing = location(&r).split('?').next().unwrap().to_string();
    assert!(location(&r).ends_with("notice=notice-mentoring-asked"));
    assert!(kinds(&app, w.coordinator).await.contains(&"mentoring_request".to_string()));
    let p = app.get_page(&rita, &pairing).await;
    assert!(p.text("main").contains("Bürgerverein Nord"));
    assert!(p.text(".status").contains("wartet auf Hilfe"));
    // Another member does not learn it exists.
    assert_eq!(app.get(&mo, &pairing).await.status(), 404);

    // The coordinator finds it among the open requests and pairs it: only
    // with someone who offers help.
    let open = app.get_page(&carla, "/n/nord/mentoring/requests").await;
    assert!(open.text(".requests").contains("Rita Resident"), "{}", open.text("main"));
    assert!(app.get_page(&carla, "/n/nord/mentoring").await.text("main").contains("1 Anfrage wartet"));
    let p = app.get_page(&carla, &pairing).await;
    assert_eq!(p.count("#f-mentor option"), 2, "{}", p.text("#f-mentor"));
    let r = app.post_form(&carla, &format!("{pairing}/pair"), &[("mentor", w.moderator.to_string())]).await;
    assert_eq!(r.status(), 422);
    assert!(!Page::from(r).await.text("#e-mentor").is_empty());
    let r = app.post_form(&carla, &format!("{pairing}/pair"), &[("mentor", w.editor.to_string())]).await;
    assert_eq!(r.status(), 303);
    assert!(location(&r).ends_with("notice=notice-mentoring-paired"));
    assert!(kinds(&app, w.editor).await.contains(&"mentoring_paired".to_string()));
    assert!(kinds(&app, w.resident).await.contains(&"mentoring_paired".to_string()));
    // Paired once: a second pairing is a conflict, not a change.
    let r = app.post_form(&carla, &format!("{pairing}/pair"), &[("mentor", w.editor.to_string())]).await;
    assert_eq!(r.status(), 409);
    let mine = app.get_page(&edda, "/n/nord/mentoring").await;
    assert!(mine.text("#mine-h + ul").contains("Auftritt auf dieser Plattform"));

    // The mentor logs a session: a date not in the future, and what it was about.
    let session =
        |d: String, what: &'static str| vec![("held_on", d), ("what", what.into()), ("next", "Termine".into())];
    let r = app.post_form(&edda, &format!("{pairing}/sessions"), &session(day(&app, 1), "Logo hochgeladen")).await;
    assert_eq!(r.status(), 422);
    let p = Page::from(r).await;
    assert!(p.text("#e-held_on").contains("Zukunft"));
    assert_eq!(p.attr("#f-what", "value").as_deref(), Some("Logo hochgeladen"));
    let r = app.post_form(&edda, &format!("{pairing}/sessions"), &session("gestern".into(), "")).await;
    assert_eq!(r.status(), 422);
    let p = Page::from(r).await;
    assert!(!p.text("#e-held_on").is_empty() && !p.text("#e-what").is_empty());
    let r = app.post_form(&edda, &format!("{pairing}/sessions"), &session(day(&app, 0), "Logo hochgeladen")).await;
    assert_eq!(r.status(), 303);
    let r = app.post_form(&rita, &format!("{pairing}/sessions"), &session(day(&app, -7), "Seite angelegt")).await;
    assert_eq!(r.status(), 303);
    let p = app.get_page(&rita, &pairing).await;
    assert_eq!(p.texts(".sessions li strong").len(), 2);
    assert!(p.text(".sessions li").contains("Logo hochgeladen"), "latest first");
    assert!(p.text(".sessions").contains("Eingetragen von Edda Redaktion"));

    // The sessions count in the impact report.
    let from = app.store.now() - Duration::days(10);
    let bounds = (from, app.store.now() + Duration::days(1));
    let period = Period { from: from.date_naive(), to: bounds.1.date_naive() };
    let held = app.store.impact_figures(w.nord, period, bounds).await.unwrap().get(Metric::MentoringSessions);
    assert_eq!(held, 2);
    let short = Period { from: app.store.now().date_naive() - Duration::days(1), to: bounds.1.date_naive() };
    assert_eq!(app.store.impact_figures(w.nord, short, bounds).await.unwrap().get(Metric::MentoringSessions), 1);

    // Closing needs an answer, asks first, and keeps the evaluation through it.
    let r = app.post_form(&rita, &format!("{pairing}/close"), &[("evaluation", "Sehr geduldig.")]).await;
    assert_eq!(r.status(), 422);
    let p = Page::from(r).await;
    assert!(!p.text("#e-helpful").is_empty());
    assert_eq!(p.text("#f-evaluation"), "Sehr geduldig.");
    let close = [("helpful", "yes"), ("evaluation", "Sehr geduldig.")];
    let r = app.post_form(&rita, &format!("{pairing}/close"), &close).await;
    assert_eq!(r.status(), 200);
    let ask_first = Page::from(r).await;
    assert_eq!(ask_first.attr("form.confirm input[name=evaluation]", "value").as_deref(), Some("Sehr geduldig."));
    assert_eq!(app.store.mentoring_in(w.nord, id_of(&pairing)).await.unwrap().status, "paired");
    let r = app
        .post_form(
            &rita,
            &format!("{pairing}/close"),
            &[("helpful", "yes"), ("evaluation", "Sehr geduldig."), ("confirm", "yes")],
        )
        .await;
    assert_eq!(r.status(), 303);
    assert!(kinds(&app, w.editor).await.contains(&"mentoring_closed".to_string()));
    let p = app.get_page(&edda, &pairing).await;
    assert!(p.text(".helpful").contains("Ja, sehr"));
    assert!(p.text("main").contains("Sehr geduldig."));
    assert_eq!(p.count("#f-what"), 0, "no more sessions");
    let r = app.post_form(&edda, &format!("{pairing}/sessions"), &session(day(&app, 0), "Noch was")).await;
    assert_eq!(r.status(), 409);
    let closed = app.get_page(&carla, "/n/nord/mentoring/requests?status=closed").await;
    assert!(closed.text(".requests").contains("Rita Resident"));
    app.drain_jobs().await;
}

fn id_of(pairing: &str) -> uuid::Uuid {
    pairing.rsplit('/').next().unwrap().parse().unwrap()
}

#[tokio::test]
async fn the_asker_picks_and_the_mentor_says_yes_or_no() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let rita = app.client_for(w.resident).await;
    let edda = app.client_for(w.editor).await;
    let rena = app.client_for(w.reviewer).await;
    let carla = app.client_for(w.coordinator).await;
    offer(&app, &edda, &["smartphone"]).await;
    offer(&app, &rena, &["smartphone", "email"]).await;
    offer(&app, &rita, &["website"]).await;
    let pairing = ask(&app, &rita, "smartphone").await;
    // Rita does not pick herself, nor someone who offers nothing.
    let p = app.get_page(&rita, &pairing).await;
    assert!(!p.text("#f-mentor").contains("Rita Resident"));
    for wrong in [w.resident.to_string(), w.moderator.to_string(), "jemand".into()] {
        let r = app.post_form(&rita, &format!("{pairing}/pick"), &[("mentor", wrong)]).await;
        assert_eq!(r.status(), 422);
        assert!(!Page::from(r).await.text("#e-mentor").is_empty());
    }
    let r = app.post_form(&rita, &format!("{pairing}/pick"), &[("mentor", w.editor.to_string())]).await;
    assert_eq!(r.status(), 303);
    assert!(location(&r).ends_with("notice=notice-mentoring-picked"));
    assert!(kinds(&app, w.editor).await.contains(&"mentoring_picked".to_string()));
    // The picked mentor sees it and answers; nobody else answers for her.
    let p = app.get_page(&edda, &pairing).await;
    assert_eq!(p.count("button[name=answer]"), 2);
    assert_eq!(app.get(&rena, &pairing).await.status(), 404);
    assert_eq!(app.post_form(&rita, &format!("{pairing}/answer"), &[("answer", "yes")]).await.status(), 403);
    assert_eq!(app.post_form(&carla, &format!("{pairing}/answer"), &[("answer", "yes")]).await.status(), 403);
    assert_eq!(app.post_form(&edda, &format!("{pairing}/answer"), &[("answer", "vielleicht")]).await.status(), 400);
    // While it waits for her, nobody pairs it over her head.
    assert_eq!(
        app.post_form(&carla, &format!("{pairing}/pair"), &[("mentor", w.reviewer.to_string())]).await.status(),
        409
    );
    // She says no: Rita hears it, the coordinators see it waiting again,
    // and Edda no longer sees it.
    let r = app.post_form(&edda, &format!("{pairing}/answer"), &[("answer", "no")]).await;
    assert_eq!(r.status(), 303);
    assert!(kinds(&app, w.resident).await.contains(&"mentoring_declined".to_string()));
    assert_eq!(kinds(&app, w.coordinator).await.iter().filter(|k| *k == "mentoring_request").count(), 2);
    assert_eq!(app.get(&edda, &pairing).await.status(), 404);
    assert!(app.get_page(&rita, &pairing).await.text(".status").contains("wartet auf Hilfe"));
    // Rita asks Rena, who says yes.
    let r = app.post_form(&rita, &format!("{pairing}/pick"), &[("mentor", w.reviewer.to_string())]).await;
    assert_eq!(r.status(), 303);
    let r = app.post_form(&rena, &format!("{pairing}/answer"), &[("answer", "yes")]).await;
    assert_eq!(r.status(), 303);
    assert!(location(&r).ends_with("notice=notice-mentoring-accepted"));
    assert!(kinds(&app, w.resident).await.contains(&"mentoring_accepted".to_string()));
    let p = app.get_page(&rita, &pairing).await;
    assert!(p.text(".mentor").contains("Rena Prüferin"));
    assert!(p.text(".status").contains("läuft"));
    // A second answer changes nothing.
    assert_eq!(app.post_form(&rena, &format!("{pairing}/answer"), &[("answer", "no")]).await.status(), 409);
    app.drain_jobs().await;
}

#[tokio::test]
async fn every_role_sees_only_what_is_theirs() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let rita = app.client_for(w.resident).await;
    let edda = app.client_for(w.editor).await;
    offer(&app, &edda, &["email"]).await;
    let pairing = ask(&app, &rita, "email").await;
    let carla = app.client_for(w.coordinator).await;
    let r = app.post_form(&carla, &format!("{pairing}/pair"), &[("mentor", w.editor.to_string())]).await;
    assert_eq!(r.status(), 303);
    let anonymous = app.client();
    let uwe = app.client_for(w.unverified).await;
    let otto = app.client_for(w.other).await;
    let olga = app.client_for(w.operator).await;
    let mo = app.client_for(w.moderator).await;
    let rena = app.client_for(w.reviewer).await;
    let status = |r: reqwest::Response| r.status().as_u16();
    for path in ["/n/nord/mentoring", "/n/nord/mentoring/ask", pairing.as_str()] {
        assert!(location(&app.get(&anonymous, path).await).starts_with("/login?next="), "{path}");
        // Not verified here, or from another quarter, or the operator: refused.
        for c in [&uwe, &otto, &olga] {
            assert_eq!(status(app.get(c, path).await), 403, "{path}");
        }
    }
    // Members take part, but a pairing is the pair's and the coordinators'.
    for c in [&mo, &rena] {
        assert_eq!(status(app.get(c, "/n/nord/mentoring").await), 200);
        assert_eq!(status(app.get(c, "/n/nord/mentoring/requests").await), 403);
        assert_eq!(status(app.get(c, &pairing).await), 404);
        assert_eq!(status(app.post_form(c, &format!("{pairing}/sessions"), &[("what", "x")]).await), 404);
        assert!(!app.get_page(c, "/n/nord/mentoring").await.text("main").contains("Rita Resident"));
    }
    for c in [&rita, &edda, &carla] {
        assert_eq!(status(app.get(c, &pairing).await), 200);
    }
    assert_eq!(status(app.get(&carla, "/n/nord/mentoring/requests?status=paired").await), 200);
    // The coordinator stands in for the pair: logs a session for them.
    let r = app
        .post_form(
            &carla,
            &format!("{pairing}/sessions"),
            &[("held_on", day(&app, 0)), ("what", "Am Telefon geholfen".into())],
        )
        .await;
    assert_eq!(r.status(), 303);
    // The neighbourhood page leads there.
    let home = app.get_page(&mo, "/n/nord").await;
    assert_eq!(home.attr("#mentoring-h ~ p a", "href").as_deref(), Some("/n/nord/mentoring"));
    app.drain_jobs().await;
}

#[tokio::test]
async fn bad_input_is_told_never_a_server_error() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let rita = app.client_for(w.resident).await;
    let carla = app.client_for(w.coordinator).await;
    let pairing = ask(&app, &rita, "safety").await;
    // Ids that are not ids, states that do not exist, cursors that are garbage.
    assert_eq!(app.get(&rita, "/n/nord/mentoring/keine-id").await.status(), 404);
    assert_eq!(app.get(&rita, &format!("/n/nord/mentoring/{}", uuid::Uuid::nil())).await.status(), 404);
    assert_eq!(app.get(&carla, "/n/nord/mentoring/requests?status=weg&after=xyz").await.status(), 200);
    assert_eq!(app.get(&rita, &format!("{pairing}?after=%00")).await.status(), 200);
    assert_eq!(app.get(&rita, "/n/nord/mentoring/ask?topic=%3Cscript%3E").await.status(), 200);
    assert_eq!(app.post_form(&carla, &format!("{pairing}/pair"), &[("mentor", "' OR 1=1")]).await.status(), 422);
    // Logging before a pairing is too early; closing too.
    assert_eq!(app.post_form(&rita, &format!("{pairing}/sessions"), &[("what", "x")]).await.status(), 409);
    assert_eq!(app.post_form(&rita, &format!("{pairing}/close"), &[("helpful", "yes")]).await.status(), 409);
    // Too much text is told at its field, in the reader's language.
    app.post_form(&rita, "/preferences/language", &[("locale", "en"), ("back", "/")]).await;
    let long = "x".repeat(1001);
    let r = app.post_form(&rita, "/n/nord/mentoring/ask", &[("topic", "email"), ("note", long.as_str())]).await;
    assert_eq!(r.status(), 422);
    assert!(Page::from(r).await.text("#e-note").contains("1,000 characters"));
    let r = app.post_form(&rita, "/n/nord/mentoring/offer", &[("active", "yes")]).await;
    assert!(Page::from(r).await.text("#e-topics").contains("at least one topic"));
    app.post_form(&rita, "/preferences/language", &[("locale", "de-simple"), ("back", "/")]).await;
    let r = app.post_form(&rita, "/n/nord/mentoring/offer", &[("active", "yes")]).await;
    assert!(Page::from(r).await.text("#e-topics").contains("mindestens 1 Thema"));
}

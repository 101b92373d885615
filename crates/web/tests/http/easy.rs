//! Leichte Sprache for content: write a version with the checker's hints,
//! have it reviewed by readers, show it to readers of Leichte Sprache; the
//! checker for other tools; the printed notice board and its weekly mail.

use crate::helpers::*;

async fn simple_reader(app: &TestApp, user: uuid::Uuid) -> reqwest::Client {
    let c = app.client_for(user).await;
    let r =
        c.post(app.url("/preferences/language")).form(&[("locale", "de-simple"), ("back", "/")]).send().await.unwrap();
    assert_eq!(r.status(), 303);
    c
}

#[tokio::test]
async fn write_check_review_and_read_an_easy_version() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let rita = app.client_for(w.resident).await; // administrator of the Bürgerverein
    let page = format!("/easy/organisation/{}", w.org);
    // The editor shows the standard text and the checker's hints on it.
    let p = Page::from(rita.get(app.url(&page)).send().await.unwrap()).await;
    assert!(p.text("main").contains("Wir kümmern uns um den Stadtteil."));
    // "Check" gives hints and stores nothing.
    let draft = "Der Antrag wird vom Vorstand geprüft. Wir würden uns freuen.";
    let r = rita
        .post(app.url(&page))
        .form(&[("title", "Bürger·verein"), ("body", draft), ("action", "check")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let p = Page::from(r).await;
    let hints = p.text(".hints");
    assert!(hints.contains("Passiv") && hints.contains("wird vom Vorstand geprüft"), "{hints}");
    assert!(hints.contains("Möglichkeitsform"));
    assert_eq!(p.text("#f-body"), draft);
    assert!(app.store.easy_version("organisation", w.org).await.unwrap().is_none());
    // Others cannot write it.
    let mo = app.client_for(w.moderator).await;
    assert_eq!(mo.get(app.url(&page)).send().await.unwrap().status(), 403);
    // Readers of Leichte Sprache see a note until there is a version.
    let reader = simple_reader(&app, w.coordinator).await;
    assert!(
        Page::from(reader.get(app.url("/o/buergerverein")).send().await.unwrap())
            .await
            .text("main")
            .contains("noch nicht")
    );

    // Save and ask for a review: the organisation's reviewer sees it.
    let easy = "Wir sind der Bürger·verein.\nWir helfen im Stadt·teil.\nSie können mit·machen.";
    let r = rita
        .post(app.url(&page))
        .form(&[("title", "Bürger·verein"), ("body", easy), ("action", "review")])
        .send()
        .await
        .unwrap();
    assert!(location(&r).contains("notice-review-requested"));
    assert_eq!(mo.get(app.url("/easy/reviews")).send().await.unwrap().status(), 200, "a reviewer of Nord");
    let q = Page::from(mo.get(app.url("/easy/reviews")).send().await.unwrap()).await;
    assert!(!q.text("main").contains("Bürger·verein"), "not a reviewer of the organisation yet");
    let r = rita
        .post(app.url("/o/buergerverein/reviewers"))
        .form(&[("reviewer_email", "mod@example.org")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let q = Page::from(mo.get(app.url("/easy/reviews")).send().await.unwrap()).await;
    assert!(q.text("main").contains("Bürger·verein"));
    let v = app.store.easy_version("organisation", w.org).await.unwrap().unwrap();
    let review = format!("/easy/reviews/{}", v.id);
    let calm = Page::from(mo.get(app.url(&review)).send().await.unwrap()).await;
    assert_eq!(calm.count("ol.sentences > li"), 3);
    // Nothing chosen and no note: a message, nothing changes.
    assert_eq!(mo.post(app.url(&review)).form(&[("decision", "changes")]).send().await.unwrap().status(), 422);
    // The reviewer did not understand the third sentence.
    let r = mo.post(app.url(&review)).form(&[("decision", "changes"), ("unclear", "2")]).send().await.unwrap();
    assert_eq!(r.status(), 303);
    let p = Page::from(rita.get(app.url(&page)).send().await.unwrap()).await;
    assert!(p.text("main").contains("Sie können mit·machen."));
    assert!(p.text("main").contains("Bitte überarbeiten"));
    // Revised, reviewed again, approved: readers see it with the badge.
    let easy2 = "Wir sind der Bürger·verein.\nWir helfen im Stadt·teil.\nMachen Sie mit!";
    rita.post(app.url(&page))
        .form(&[("title", "Bürger·verein"), ("body", easy2), ("action", "review")])
        .send()
        .await
        .unwrap();
    assert_eq!(mo.post(app.url(&review)).form(&[("decision", "approve")]).send().await.unwrap().status(), 303);
    assert_eq!(mo.post(app.url(&review)).form(&[("decision", "approve")]).send().await.unwrap().status(), 409, "once");
    let shown = Page::from(reader.get(app.url("/o/buergerverein")).send().await.unwrap()).await;
    assert!(shown.text(".easy").contains("Machen Sie mit!"));
    assert!(shown.text(".easy").contains("geprüft"));
    // Other readers keep the standard page.
    assert!(
        !Page::from(rita.get(app.url("/o/buergerverein")).send().await.unwrap())
            .await
            .text("main")
            .contains("Machen Sie mit!")
    );
    // One sentence a line.
    assert!(shown.0.html().contains("Wir sind der Bürger·verein.<br>"), "{}", shown.text(".easy"));
    // Edited after approval: readers get the standard text and the note
    // until it is checked again (only approved versions reach readers).
    rita.post(app.url(&page))
        .form(&[("title", "Bürger·verein"), ("body", "Wir sind der Bürger·verein."), ("action", "save")])
        .send()
        .await
        .unwrap();
    let shown = Page::from(reader.get(app.url("/o/buergerverein")).send().await.unwrap()).await;
    assert_eq!(shown.count(".easy"), 0);
    assert!(shown.text("main").contains("noch nicht in Leichter Sprache"));
}

#[tokio::test]
async fn readers_of_leichte_sprache_get_easy_versions_notes_and_easy_dates_in_lists() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let reader = simple_reader(&app, w.coordinator).await;
    // A version still in review is not shown: the list marks the entry.
    let list = Page::from(reader.get(app.url("/n/nord/help")).send().await.unwrap()).await;
    let card = list.texts(".entry").into_iter().find(|t| t.contains("Einkauf hochtragen")).expect("the entry");
    assert!(card.contains("Noch nicht in Leichter Sprache"), "{card}");
    let start = Page::from(reader.get(app.url("/n/nord")).send().await.unwrap()).await;
    assert!(start.text("main").contains("Einkauf hochtragen"));
    assert!(start.count(".easy-missing") > 0);
    // Approved: the easy title replaces the original in the list and on the start page.
    app.store.review_easy_version(w.easy, w.moderator, true, "").await.unwrap();
    let list = Page::from(reader.get(app.url("/n/nord/help")).send().await.unwrap()).await;
    let titles = list.texts(".entry h3");
    assert!(titles.iter().any(|t| t == "Einkauf"), "{titles:?}");
    assert!(!titles.iter().any(|t| t.contains("Einkauf hochtragen")), "{titles:?}");
    let card = list.texts(".entry").into_iter().find(|t| t.contains("Einkauf") && !t.contains("Rasen")).unwrap();
    assert!(!card.contains("Noch nicht"), "{card}");
    assert!(list.texts(".entry").iter().any(|t| t.contains("Rasen mähen") && t.contains("Noch nicht")));
    let start = Page::from(reader.get(app.url("/n/nord")).send().await.unwrap()).await;
    let help = start.text("#soon-h + ul");
    assert!(help.contains("Einkauf") && !help.contains("Einkauf hochtragen"), "{help}");
    // Readers of the standard language keep the original, without markers.
    let carla_de = app.client_for(w.resident).await;
    let list = Page::from(carla_de.get(app.url("/n/nord/help")).send().await.unwrap()).await;
    assert!(list.texts(".entry h3").iter().any(|t| t.contains("Einkauf hochtragen")));
    assert_eq!(list.count(".easy-missing"), 0);

    // Dates in an easy form: Wednesday a week on, 12:00 to 13:30 in Berlin.
    let s = &app.store;
    let from = s.now() + chrono::Duration::days(7) + chrono::Duration::hours(2);
    let details = quartier_store::events::EventDetails {
        title: "Mittags·tisch".into(),
        description: "Wir essen zusammen. Jeder bringt etwas mit!".into(),
        category: "education".into(),
        venue: "Bürgerhaus".into(),
        ..Default::default()
    };
    let ev = s
        .create_event(
            quartier_store::events::Holder::Neighbourhood(w.nord),
            w.resident,
            &details,
            &[(from, from + chrono::Duration::minutes(90))],
        )
        .await
        .unwrap()[0]
        .id;
    let cal = Page::from(reader.get(app.url("/n/nord/calendar")).send().await.unwrap()).await;
    let card = cal.texts(".event").into_iter().find(|t| t.contains("Mittags·tisch")).expect("the event");
    assert!(card.contains("Am Mittwoch, 16. Dezember. Von 12 Uhr bis halb 2."), "{card}");
    assert!(card.contains("Noch nicht in Leichter Sprache"), "{card}");
    let page = Page::from(reader.get(app.url(&format!("/e/{ev}"))).send().await.unwrap()).await;
    assert!(page.text("main").contains("Am Mittwoch, 16. Dezember. Von 12 Uhr bis halb 2."));
    assert!(page.text("main").contains("noch nicht in Leichter Sprache"));
    // Its approved easy version: in the calendar and, one sentence a line, on its page.
    let scope = quartier_store::easy::Scope { neighbourhood: Some(w.nord), organisation: None };
    let v = s
        .save_easy_version(
            "event",
            ev,
            scope,
            w.resident,
            "Essen am Mittag",
            "Wir essen zusammen. Alle bringen etwas mit!",
            true,
        )
        .await
        .unwrap();
    s.review_easy_version(v.id, w.moderator, true, "").await.unwrap();
    let cal = Page::from(reader.get(app.url("/n/nord/calendar")).send().await.unwrap()).await;
    assert!(cal.texts(".event h3").iter().any(|t| t == "Essen am Mittag"));
    let page = Page::from(reader.get(app.url(&format!("/e/{ev}"))).send().await.unwrap()).await;
    assert!(page.0.html().contains("Wir essen zusammen.<br>"), "{}", page.text(".easy"));
    // The printed sheet in Leichte Sprache: the easy version, the easy date.
    let sheet =
        Page::from(reader.get(app.url("/n/nord/aushang?lang=easy&week=2026-12-16")).send().await.unwrap()).await;
    let sheet = sheet.text(".aushang");
    assert!(sheet.contains("Essen am Mittag") && sheet.contains("Von 12 Uhr bis halb 2."), "{sheet}");
    // Explained terms, without JavaScript.
    assert!(cal.text("details.glossary summary").contains("Kalender·datei"));
    assert!(
        Page::from(reader.get(app.url("/n/nord/manage")).send().await.unwrap())
            .await
            .text("details.glossary")
            .contains("Koordination")
    );
    assert_eq!(
        Page::from(carla_de.get(app.url("/n/nord/calendar")).send().await.unwrap()).await.count("details.glossary"),
        0
    );
}

#[tokio::test]
async fn the_checker_looks_at_the_title_and_shows_hints_at_their_field() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let rita = app.client_for(w.resident).await;
    let page = format!("/easy/organisation/{}", w.org);
    let r = rita
        .post(app.url(&page))
        .form(&[("title", "Das Fest unseres Vereins"), ("body", "Der Antrag wird geprüft."), ("action", "check")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let p = Page::from(r).await;
    let title = p.text("#c-title");
    assert!(title.contains("unseres Vereins") && title.contains("von unserem Verein"), "{title}");
    assert!(p.text("#c-body").contains("Passiv"));
    assert!(!p.text("#c-title").contains("Passiv"));
    let described = p.0.select(&scraper::Selector::parse("#f-title").unwrap()).next().unwrap();
    assert!(described.value().attr("aria-describedby").unwrap_or_default().contains("c-title"));
    // Hints sit in the fields, before the buttons.
    let html = p.0.html();
    let (hints, buttons) = (html.find("id=\"c-body\""), html.find("value=\"check\""));
    assert!(hints.is_some() && buttons.is_some() && hints < buttons, "{hints:?} {buttons:?}");
}

#[tokio::test]
async fn the_help_and_event_forms_show_the_checkers_hints_at_the_text() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let rita = app.client_for(w.resident).await;
    let hard = "Der Antrag wird vom Vorstand geprüft.";
    for (path, field, fields) in [
        ("/n/nord/help", "body", vec![("kind", "request"), ("title", "Einkauf"), ("body", hard)]),
        ("/n/nord/events", "description", vec![("title", "Fest"), ("description", hard)]),
    ] {
        let mut form = fields;
        form.push(("action", "check"));
        let r = rita.post(app.url(path)).form(&form).send().await.unwrap();
        assert_eq!(r.status(), 200, "{path}");
        let p = Page::from(r).await;
        assert!(p.text(&format!("#c-{field}")).contains("Passiv"), "{path}");
        // The status at the top leads to them; they stand before the buttons.
        assert_eq!(p.attr("p.notice a", "href").as_deref(), Some(format!("#c-{field}").as_str()), "{path}");
        let html = p.0.html();
        let (hints, buttons) = (html.find(&format!("id=\"c-{field}\"")), html.find("value=\"check\""));
        assert!(hints.is_some() && buttons.is_some() && hints < buttons, "{path}: {hints:?} {buttons:?}");
    }
}

#[tokio::test]
async fn the_checker_is_offered_to_other_tools() {
    let app = TestApp::new().await;
    let r = app
        .client()
        .post(app.url("/api/v1/easy-language/check"))
        .json(&serde_json::json!({"text": "Das Fest wird vom Verein organisiert. Wir treffen uns um drei Uhr."}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let v: serde_json::Value = r.json().await.unwrap();
    assert_eq!(v["sentences"].as_array().unwrap().len(), 2);
    let kinds: Vec<String> = v["sentences"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["hints"].as_array().unwrap().iter().map(|h| h["kind"].as_str().unwrap().to_string()))
        .collect();
    assert!(kinds.contains(&"passive".to_string()) && kinds.contains(&"number_word".to_string()), "{kinds:?}");
    assert!(v["flesch_amstad"].is_number());
    let r = app
        .client()
        .post(app.url("/api/v1/easy-language/check"))
        .json(&serde_json::json!({"nope": 1}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 400);
    assert!(r.headers()["content-type"].to_str().unwrap().starts_with("application/problem+json"));
    let long = "Wort ".repeat(30_000);
    let r = app
        .client()
        .post(app.url("/api/v1/easy-language/check"))
        .json(&serde_json::json!({"text": long}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
}

#[tokio::test]
async fn the_notice_board_prints_without_names_in_both_languages_and_comes_by_mail() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let carla = app.client_for(w.coordinator).await;
    let r = carla
        .post(app.url("/n/nord/manage/office"))
        .form(&[("office_contact", "Rufen Sie an: 030 123456")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let p = Page::from(carla.get(app.url("/n/nord/aushang")).send().await.unwrap()).await;
    let sheet = p.text(".aushang");
    assert!(sheet.contains("Einkauf hochtragen"), "{sheet}");
    assert!(sheet.contains("030 123456"));
    assert!(sheet.contains("Smartphone-Treff"), "this week's events: {sheet}");
    assert!(!sheet.contains("Rita"), "no names on the notice board");
    // In Leichte Sprache, the easy version of an entry replaces it.
    app.store.review_easy_version(w.easy, w.moderator, true, "").await.unwrap();
    let p = Page::from(carla.get(app.url("/n/nord/aushang?lang=easy")).send().await.unwrap()).await;
    assert!(p.text(".aushang").contains("Ich brauche Hilfe."));
    // An organisation's administrator may print too; a moderator may not.
    assert_eq!(app.client_for(w.resident).await.get(app.url("/n/nord/aushang")).send().await.unwrap().status(), 200);
    assert_eq!(app.client_for(w.moderator).await.get(app.url("/n/nord/aushang")).send().await.unwrap().status(), 403);
    // The weekly mail, for those who ask for it.
    let mo = app.client_for(w.moderator).await;
    let r = mo
        .post(app.url("/notifications/settings"))
        .form(&[("email_answers", "yes"), ("notice_board_mail", "yes"), ("digest", "off")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    assert_eq!(quartier_web::worker::schedule_notice_boards(&app.state).await.unwrap(), 1);
    assert_eq!(quartier_web::worker::schedule_notice_boards(&app.state).await.unwrap(), 0, "once a week");
    let mail = decode_qp(&app.mail_to("mod@example.org").await);
    assert!(mail.contains("Einkauf hochtragen"), "{mail}");
    assert!(!mail.contains("Rita"));
}

#[tokio::test]
async fn the_checker_helps_while_writing_the_standard_text_and_saves_nothing() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let rita = app.client_for(w.resident).await;
    let before = app.store.open_entries(w.nord, w.resident, true, &Default::default()).await.unwrap().items.len();
    let r = rita
        .post(app.url("/n/nord/help"))
        .form(&[
            ("kind", "request"),
            ("category", "shopping"),
            ("title", "Einkauf"),
            ("body", "Die Getränkekisten würden von mir bezahlt."),
            ("action", "check"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let p = Page::from(r).await;
    assert!(p.text(".hints").contains("Möglichkeitsform"), "{}", p.text("main"));
    assert_eq!(p.text("#f-body"), "Die Getränkekisten würden von mir bezahlt.");
    assert_eq!(
        app.store.open_entries(w.nord, w.resident, true, &Default::default()).await.unwrap().items.len(),
        before
    );
    let r = rita
        .post(app.url("/o/buergerverein/events"))
        .form(&[("title", "Fest"), ("description", "Das Fest wird vom Verein organisiert."), ("action", "check")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert!(Page::from(r).await.text(".hints").contains("Passiv"));
}

#[tokio::test]
async fn a_coordinator_appoints_a_verified_neighbour_as_reviewer() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let carla = app.client_for(w.coordinator).await;
    let r = carla
        .post(app.url("/n/nord/manage/reviewers"))
        .form(&[("reviewer_email", "other@example.org")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422, "not a neighbour of Nord");
    assert!(Page::from(r).await.text("#e-reviewer_email").contains("kein bestätigtes Mitglied"));
    let r = carla
        .post(app.url("/n/nord/manage/reviewers"))
        .form(&[("reviewer_email", "res@example.org")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let scope = quartier_store::easy::Scope { neighbourhood: Some(w.nord), organisation: None };
    assert_eq!(app.store.reviewers(scope).await.unwrap().len(), 3, "the moderator, the reviewer of the world and Rita");
    // Nobody reviews their own text: Rita wrote the waiting one.
    let rita = app.client_for(w.resident).await;
    assert_eq!(rita.get(app.url(&format!("/easy/reviews/{}", w.easy))).send().await.unwrap().status(), 403);
}

#[tokio::test]
async fn the_notice_board_shows_only_current_requests_with_lists_as_items_and_large_print() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let carla = app.client_for(w.coordinator).await;
    // Thursday of this week (the clock stands on Wednesday, 9 December 2026).
    let mut e = new_entry(w.nord, w.resident, "Hilfe am Donnerstag");
    e.on_date = chrono::NaiveDate::from_ymd_opt(2026, 12, 10);
    e.body = "Bitte mitbringen:\n- Leiter\n- Bohrmaschine".into();
    app.store.create_entry(e).await.unwrap();
    let this_week = Page::from(carla.get(app.url("/n/nord/aushang")).send().await.unwrap()).await;
    let sheet = this_week.text(".aushang");
    assert!(sheet.contains("Hilfe am Donnerstag"), "{sheet}");
    assert!(sheet.contains("Bitte mitbringen: Leiter · Bohrmaschine"), "{sheet}");
    assert!(!sheet.contains("- Leiter"));
    // Next week's sheet: the day has passed.
    let next = Page::from(carla.get(app.url("/n/nord/aushang?week=2026-12-14")).send().await.unwrap()).await;
    assert!(!next.text(".aushang").contains("Hilfe am Donnerstag"));
    assert!(next.text(".aushang").contains("Einkauf hochtragen"), "requests without a date stay");
    // Large print.
    let large = Page::from(carla.get(app.url("/n/nord/aushang?size=large")).send().await.unwrap()).await;
    assert_eq!(large.count("article.aushang.aushang-large"), 1);
    assert_eq!(this_week.count("article.aushang-large"), 0);
}

/// The number of waiting texts on the notifications page is what the queue
/// shows: a text whose content the reviewer may not see is counted nowhere.
#[tokio::test]
async fn the_waiting_count_asks_the_same_rule_as_the_queue() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let s = &app.store;
    let nord = quartier_store::easy::Scope { neighbourhood: Some(w.nord), organisation: None };
    let mut e = new_entry(w.nord, w.resident, "Nur für die Koordination");
    e.visibility = quartier_core::help::Visibility::Coordinators;
    let hidden = s.create_entry(e).await.unwrap().id;
    s.save_easy_version("help_entry", hidden, nord, w.resident, "Geheim", "Nur für euch.", true).await.unwrap();
    // Rena reviews for Nord as a resident: she sees the world's text, not this one.
    let rena = app.client_for(w.reviewer).await;
    let queue = Page::from(rena.get(app.url("/easy/reviews")).send().await.unwrap()).await;
    assert_eq!(queue.count("main ul.rows li"), 1);
    assert!(!queue.text("main").contains("Geheim"));
    let notes = Page::from(rena.get(app.url("/notifications")).send().await.unwrap()).await;
    assert!(notes.text("main").contains("1 Text in Leichter Sprache wartet"), "{}", notes.text("main"));
    // The coordinator, made a reviewer too, sees and counts both.
    s.add_reviewer(w.coordinator, nord, w.coordinator).await.unwrap();
    let carla = app.client_for(w.coordinator).await;
    let queue = Page::from(carla.get(app.url("/easy/reviews")).send().await.unwrap()).await;
    assert_eq!(queue.count("main ul.rows li"), 2);
    let notes = Page::from(carla.get(app.url("/notifications")).send().await.unwrap()).await;
    assert!(notes.text("main").contains("2 Texte in Leichter Sprache warten"), "{}", notes.text("main"));
}

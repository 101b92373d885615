//! The holes a probe of the running demo found, each kept shut by a test:
//! derived views that skipped the content's own visibility rule, login
//! guesses in parallel, an open redirect, unlimited mails and messages,
//! timing that told which addresses have accounts, private calendar files
//! cached publicly, and dates that overflowed.

use crate::helpers::*;
use quartier_core::help::Visibility;
use quartier_core::organisation::OrgRole;

/// A request only coordinators may see, with an easy version waiting for
/// review in the neighbourhood's scope.
async fn private_request(app: &TestApp, w: &World) -> (uuid::Uuid, uuid::Uuid) {
    let mut e = new_entry(w.nord, w.resident, "Begleitung zur Augenärztin");
    e.visibility = Visibility::Coordinators;
    let entry = app.store.create_entry(e).await.unwrap().id;
    let scope = quartier_store::easy::Scope { neighbourhood: Some(w.nord), organisation: None };
    let easy = app
        .store
        .save_easy_version("help_entry", entry, scope, w.resident, "Zur Ärztin", "Ich brauche Begleitung.", true)
        .await
        .unwrap()
        .id;
    (entry, easy)
}

#[tokio::test]
async fn a_help_entry_is_seen_in_no_derived_view_by_anyone_its_own_rule_keeps_out() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let (entry, easy) = private_request(&app, &w).await;
    let scope = quartier_store::easy::Scope { neighbourhood: Some(w.nord), organisation: None };
    // Both the moderator (already) and the coordinator review for Nord.
    app.store.add_reviewer(w.coordinator, scope, w.coordinator).await.unwrap();
    // An administrator of Nord's club who is no neighbour in Nord.
    app.store.set_org_member(w.org, w.other, OrgRole::Admin).await.unwrap();
    let secret = "Augenärztin";
    let body = |r: reqwest::Response| async move { (r.status().as_u16(), r.text().await.unwrap()) };

    // Who the rule lets in: the author and the coordinator.
    for (who, sees) in [(w.resident, true), (w.coordinator, true), (w.moderator, false), (w.other, false)] {
        let c = app.client_for(who).await;
        let (status, page) = body(c.get(app.url(&format!("/n/nord/help/{entry}"))).send().await.unwrap()).await;
        assert_eq!(status == 200, sees, "entry page for {who}: {status}");
        let (_, list) = body(c.get(app.url("/n/nord/help")).send().await.unwrap()).await;
        assert_eq!(list.contains(secret), sees, "help list for {who}");
        if !sees {
            assert!(!page.contains(secret));
        }
    }

    // The review queue and the review page ask the same rule.
    let mo = app.client_for(w.moderator).await;
    let (status, queue) = body(mo.get(app.url("/easy/reviews")).send().await.unwrap()).await;
    assert_eq!(status, 200);
    assert!(!queue.contains("Zur Ärztin"), "the moderator's queue leaks the private request");
    assert_eq!(mo.get(app.url(&format!("/easy/reviews/{easy}"))).send().await.unwrap().status(), 404);
    let r = mo.post(app.url(&format!("/easy/reviews/{easy}"))).form(&[("decision", "approve")]).send().await.unwrap();
    assert_eq!(r.status(), 404, "nor can it be approved unseen");
    let carla = app.client_for(w.coordinator).await;
    let (_, queue) = body(carla.get(app.url("/easy/reviews")).send().await.unwrap()).await;
    assert!(queue.contains("Zur Ärztin"), "the coordinator may see it, so reviews it");
    assert_eq!(carla.get(app.url(&format!("/easy/reviews/{easy}"))).send().await.unwrap().status(), 200);

    // The notice board: never for someone who is not a neighbour, and never
    // with an entry meant for coordinators only.
    let otto = app.client_for(w.other).await;
    let (status, sheet) = body(otto.get(app.url("/n/nord/aushang")).send().await.unwrap()).await;
    assert_eq!(status, 403, "an outside organisation administrator may not print Nord's board");
    assert!(!sheet.contains(secret));
    for who in [w.coordinator, w.resident] {
        let (status, sheet) =
            body(app.client_for(who).await.get(app.url("/n/nord/aushang")).send().await.unwrap()).await;
        assert_eq!(status, 200);
        assert!(sheet.contains("Einkauf hochtragen"), "open help for all neighbours is printed");
        assert!(!sheet.contains(secret), "the board prints only what all neighbours may see");
    }
    // ... and its weekly mail, even to the coordinator and the author.
    for who in [&carla, &app.client_for(w.resident).await] {
        let r = who
            .post(app.url("/notifications/settings"))
            .form(&[("notice_board_mail", "yes"), ("digest", "off")])
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 303);
    }
    assert_eq!(quartier_web::worker::schedule_notice_boards(&app.state).await.unwrap(), 2);
    for to in ["coord@example.org", "res@example.org"] {
        let mail = decode_qp(&app.mail_to(to).await);
        assert!(mail.contains("Einkauf hochtragen"), "{mail}");
        assert!(!mail.contains(secret), "weekly board mail to {to}");
    }
}

#[tokio::test]
async fn guesses_sent_in_parallel_are_counted_before_any_password_is_checked() {
    let app = TestApp::new().await;
    app.world().await;
    let tries = (0..30).map(|i| {
        let c = app.client();
        let url = app.url("/login");
        tokio::spawn(async move {
            let r = c
                .post(url)
                .form(&[("email", "res@example.org"), ("password", &*format!("falsch-{i}"))])
                .send()
                .await
                .unwrap();
            r.text().await.unwrap()
        })
    });
    let (mut checked, mut throttled) = (0, 0);
    for t in tries {
        let page = t.await.unwrap();
        if page.contains("Zu viele Fehlversuche") {
            throttled += 1;
        } else if page.contains("stimmen nicht") {
            checked += 1;
        }
    }
    assert_eq!(checked, 5, "only the limit of guesses is checked");
    assert_eq!(throttled, 25);
    // The right password is refused too until the window is over ...
    let r = app.client().post(app.url("/login")).form(&[("email", "res@example.org"), ("password", PASSWORD)]);
    assert!(r.send().await.unwrap().text().await.unwrap().contains("Zu viele Fehlversuche"));
    // ... and accepted after it.
    app.store.clock().advance(chrono::Duration::minutes(16));
    let r = app.client().post(app.url("/login")).form(&[("email", "res@example.org"), ("password", PASSWORD)]);
    assert_eq!(r.send().await.unwrap().status(), 303);
}

#[tokio::test]
async fn checks_of_the_current_password_are_throttled_in_parallel_too() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let rita = app.client_for(w.resident).await;
    for path in ["/account/password", "/account/email", "/account/delete"] {
        app.store.clear_failures(&format!("current:{}", w.resident)).await.unwrap();
        let tries = (0..12).map(|i| {
            let (c, url) = (rita.clone(), app.url(path));
            tokio::spawn(async move {
                let f = [
                    ("current_password", format!("falsch-{i}")),
                    ("password", "ein ganz neues Passwort".to_string()),
                    ("email", format!("neu{i}@example.org")),
                ];
                c.post(url).form(&f).send().await.unwrap().text().await.unwrap()
            })
        });
        let mut checked = 0;
        for t in tries {
            if t.await.unwrap().contains("Das aktuelle Passwort stimmt nicht") {
                checked += 1;
            }
        }
        assert_eq!(checked, 5, "{path}: only the limit of guesses is checked");
    }
    assert!(app.store.user_by_id(w.resident).await.unwrap().is_some(), "the account is still there");
}

#[tokio::test]
async fn after_login_only_a_path_of_this_site_is_followed() {
    let app = TestApp::new().await;
    app.world().await;
    // What is not a path of this site is dropped: the resident then lands
    // where she would anyway, in her one neighbourhood.
    for (next, to) in [
        ("/account", "/account"),
        ("/\t/evil.example/x", "/n/nord"),
        ("//evil.example", "/n/nord"),
        ("/\\evil.example", "/n/nord"),
        ("https://evil.example", "/n/nord"),
        ("/ /evil.example", "/n/nord"),
    ] {
        let r = app
            .client()
            .post(app.url("/login"))
            .form(&[("email", "res@example.org"), ("password", PASSWORD), ("next", next)])
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 303);
        assert_eq!(location(&r), to, "next={next:?}");
    }
}

async fn outbox_count(app: &TestApp, to: &str) -> usize {
    app.drain_jobs().await;
    let mut n = 0;
    if let Ok(rd) = std::fs::read_dir(&app.outbox) {
        for e in rd.flatten() {
            if decode_qp(&std::fs::read_to_string(e.path()).unwrap_or_default()).contains(&format!("To: {to}")) {
                n += 1;
            }
        }
    }
    n
}

#[tokio::test]
async fn mails_are_limited_per_recipient_and_per_client() {
    let app = TestApp::new().await;
    app.world().await;
    // 48 reset requests for one address: three mails, the same answer each time.
    for _ in 0..48 {
        let r = app.client().post(app.url("/password/forgot")).form(&[("email", "res@example.org")]).send().await;
        let r = r.unwrap();
        if r.status() == 429 {
            break;
        }
        assert_eq!(r.status(), 200);
    }
    assert_eq!(outbox_count(&app, "res@example.org").await, 3);
    // Ten sign-ups with a taken address: no more than three mails either.
    for _ in 0..10 {
        let f = [("email", "coord@example.org"), ("display_name", "Noch Jemand"), ("password", "ein gutes Passwort")];
        let _ = app.client().post(app.url("/signup")).form(&f).send().await.unwrap();
    }
    assert!(outbox_count(&app, "coord@example.org").await <= 3);
    // One client asking for mails to ever new addresses is stopped with a
    // message next to the field, 429 and when to come back.
    let mut refused = None;
    for i in 0..40 {
        let r = app.client().post(app.url("/password/forgot")).form(&[("email", &*format!("x{i}@example.org"))]).send();
        let r = r.await.unwrap();
        if r.status() == 429 {
            refused = Some(r);
            break;
        }
    }
    let r = refused.expect("the client is limited");
    assert!(r.headers().get("retry-after").is_some());
    assert!(Page::from(r).await.text("#e-email").contains("zu viele E-Mails"));
}

#[tokio::test]
async fn forgot_password_does_the_same_work_for_known_and_unknown_addresses() {
    let app = TestApp::new().await;
    app.world().await;
    let jobs_after = |email: &'static str| {
        let app = &app;
        async move {
            let before = app.store.pending_jobs().await.unwrap();
            let r = app.client().post(app.url("/password/forgot")).form(&[("email", email)]).send().await.unwrap();
            assert_eq!(r.status(), 200);
            let page = r.text().await.unwrap();
            (app.store.pending_jobs().await.unwrap() - before, page)
        }
    };
    let (known, known_page) = jobs_after("res@example.org").await;
    let (unknown, unknown_page) = jobs_after("niemand@example.org").await;
    assert_eq!((known, unknown), (1, 1), "one queued job either way; the worker looks the account up");
    let strip = |p: &str| p.replace("res@example.org", "").replace("niemand@example.org", "");
    assert_eq!(strip(&known_page), strip(&unknown_page));
    let mail = app.mail_to("res@example.org").await;
    assert!(mail.contains("/password/reset?token="));
    assert_eq!(outbox_count(&app, "niemand@example.org").await, 0);
}

#[tokio::test]
async fn messages_are_limited_per_sender() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let mo = app.client_for(w.moderator).await;
    let url = app.url(&format!("/inbox/{}", w.conversation));
    let sends = (0..40).map(|i| {
        let (c, url) = (mo.clone(), url.clone());
        tokio::spawn(async move { c.post(url).form(&[("body", format!("Nachricht {i}"))]).send().await.unwrap() })
    });
    let (mut sent, mut refused) = (0, 0);
    for s in sends {
        let r = s.await.unwrap();
        match r.status().as_u16() {
            303 => sent += 1,
            429 => {
                assert!(r.headers().get("retry-after").is_some());
                let p = Page::from(r).await;
                assert!(p.text("#e-body").contains("warten Sie eine Minute"));
                assert!(p.text("#f-body").starts_with("Nachricht"), "what was typed is kept");
                refused += 1;
            }
            s => panic!("unexpected {s}"),
        }
    }
    assert_eq!((sent, refused), (10, 30));
    assert_eq!(app.store.messages(w.conversation).await.unwrap().len(), 11, "the first message and ten more");
    // A minute later the sender may write again.
    app.store.clock().advance(chrono::Duration::minutes(2));
    assert_eq!(mo.post(url).form(&[("body", "Wieder da")]).send().await.unwrap().status(), 303);
}

#[tokio::test]
async fn a_private_calendar_file_is_never_cached_by_others() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let rita = app.client_for(w.resident).await;
    let r = rita.get(app.url(&format!("/e/{}/event.ics", w.nb_event))).send().await.unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(r.headers()["cache-control"], "private, no-store");
    let r = app.client().get(app.url(&format!("/e/{}/event.ics", w.event))).send().await.unwrap();
    assert_eq!(r.status(), 200);
    assert!(r.headers()["cache-control"].to_str().unwrap().starts_with("public"));
    let r = app.client().get(app.url(&format!("/e/{}/event.ics", w.nb_event))).send().await.unwrap();
    assert_ne!(r.status(), 200, "a neighbourhood's own event is not for strangers");
}

#[tokio::test]
async fn extreme_dates_are_answered_never_panicked_on() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let carla = app.client_for(w.coordinator).await;
    for week in ["+262143-12-31", "-262143-01-01", "262142-12-31", "0000-01-01", "2026-02-30", "x"] {
        let r = carla.get(app.url("/n/nord/aushang")).query(&[("week", week)]).send().await.unwrap();
        assert_eq!(r.status(), 200, "week={week}");
    }
    for month in ["+262143-12", "262143-12", "-1-01"] {
        let r = carla.get(app.url("/n/nord/calendar")).query(&[("view", "month"), ("month", month)]).send().await;
        assert_eq!(r.unwrap().status(), 200, "month={month}");
    }
    for day in ["+262143-12-31", "262142-12-31", "-262143-01-01", "2200-12-31", "1900-01-01", "2026-02-30", "x"] {
        let r = carla.get(app.url("/n/nord/calendar")).query(&[("day", day)]).send().await;
        assert_eq!(r.unwrap().status(), 200, "day={day}");
    }
    let rita = app.client_for(w.resident).await;
    for date in ["+262143-12-31", "262143-12-31", "31.12.262143"] {
        let f = [("title", "Fest"), ("category", "culture"), ("date", date), ("start_time", "10:00")];
        let r = rita.post(app.url("/o/buergerverein/events")).form(&f).send().await.unwrap();
        assert_eq!(r.status(), 422, "event date={date}");
        let f = [("kind", "request"), ("category", "shopping"), ("title", "Einkauf"), ("date", date)];
        let r = rita.post(app.url("/n/nord/help")).form(&f).send().await.unwrap();
        assert_eq!(r.status(), 422, "help date={date}");
        let r = rita.get(app.url("/n/nord/help")).query(&[("date", date)]).send().await.unwrap();
        assert!(r.status() == 200 || r.status() == 422, "help filter date={date}: {}", r.status());
    }
}

/// For each kind of content and each visibility, every place that shows
/// content is walked as each role: what the content's own rule keeps from
/// a person appears nowhere for them.
#[tokio::test]
async fn every_place_that_shows_content_asks_the_contents_own_rule() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let s = &app.store;
    s.post_news(w.org, w.resident, "Kassenbericht-Intern", "Nur für Mitglieder.", true).await.unwrap();
    let members_news = s.news_of(w.org, true, true, 10).await.unwrap()[0].id;
    s.post_news(w.org, w.resident, "Frühjahrsputz-Offen", "Alle sind eingeladen.", false).await.unwrap();
    let details = quartier_store::events::EventDetails {
        title: "Hofflohmarkt-Nachbarn".into(),
        category: "culture".into(),
        venue: "Hof".into(),
        ..Default::default()
    };
    let soon = s.now() + chrono::Duration::days(1);
    let nb_event = s
        .create_event(
            quartier_store::events::Holder::Neighbourhood(w.nord),
            w.resident,
            &details,
            &[(soon, soon + chrono::Duration::hours(2))],
        )
        .await
        .unwrap()[0]
        .id;
    let mut e = new_entry(w.nord, w.resident, "Rezept-Abholung-Geheim");
    e.visibility = Visibility::Coordinators;
    let secret = s.create_entry(e).await.unwrap().id;
    // Reported by the coordinator: the report's page and its notice are
    // places that show the entry too.
    let r = app
        .client_for(w.coordinator)
        .await
        .post(app.url(&format!("/n/nord/help/{secret}/report")))
        .form(&[("reason", "Bitte ansehen")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);

    // Co-production: an open project and a closed one to which the
    // neighbour is invited; a notification names the closed one.
    let open_project =
        app.project_in(w.nord, w.editor, "Reparatur-Offen", quartier_core::coproduction::Joining::Open).await;
    let closed =
        app.project_in(w.nord, w.resident, "Werkstatt-Geschlossen", quartier_core::coproduction::Joining::Closed).await;
    let r = app
        .client_for(w.resident)
        .await
        .post(app.url(&format!("/n/nord/projects/{}/invite", closed.0)))
        .form(&[("person", w.reviewer.to_string())])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);

    // A meeting of the closed project, written straight into the store
    // (the pages plan none there): its page names the project.
    let closed_meeting = {
        let p = s.project_in(w.nord, closed.0).await.unwrap();
        let at = s.now() + chrono::Duration::days(3);
        let new = quartier_store::meetings::NewMeeting {
            title: "Treffen".into(),
            venue: String::new(),
            starts_at: at,
            ends_at: at + chrono::Duration::hours(1),
            agenda: "Punkte".into(),
            link: String::new(),
        };
        s.plan_meeting(&p, w.resident, quartier_store::new_id(), new).await.unwrap().m.id
    };

    // An organisation that waits for the coordinator's confirmation: only
    // she (and its own administrator) may find it, in no public directory.
    let waiting = quartier_store::organisations::OrgProfile {
        name: "Wartender-Verein-Geheim".into(),
        kind: "club".into(),
        ..Default::default()
    };
    let slug = quartier_core::neighbourhood::Slug::parse("wartender-verein").unwrap();
    s.propose_organisation(w.nord, w.editor, &slug, waiting).await.unwrap();

    // (marker, who may see it) — roles by name below.
    let rules: [(&str, &[&str]); 7] = [
        ("Wartender-Verein-Geheim", &["editor", "coordinator"]),
        ("Reparatur-Offen", &["neighbour", "resident", "editor", "moderator", "coordinator"]),
        ("Werkstatt-Geschlossen", &["neighbour", "resident", "coordinator"]),
        ("Kassenbericht-Intern", &["resident", "editor"]),
        (
            "Frühjahrsputz-Offen",
            &["anonymous", "outsider", "neighbour", "resident", "editor", "moderator", "coordinator"],
        ),
        ("Hofflohmarkt-Nachbarn", &["neighbour", "resident", "editor", "moderator", "coordinator"]),
        ("Rezept-Abholung-Geheim", &["resident", "coordinator"]),
    ];
    let places = [
        "/n/nord".to_string(),
        "/n/nord/help".into(),
        "/n/nord/calendar".into(),
        "/n/nord/calendar?view=month".into(),
        "/n/nord/calendar.ics".into(),
        "/n/nord/aushang".into(),
        "/n/nord/organisations".into(),
        "/n/nord/organisations?q=geheim".into(),
        "/organisations".into(),
        "/organisations?q=geheim".into(),
        "/n/nord/search?q=geheim".into(),
        "/n/nord/search?q=kassenbericht".into(),
        "/n/nord/search?q=offen".into(),
        "/n/nord/search?q=hofflohmarkt".into(),
        "/o/buergerverein".into(),
        "/o/buergerverein/feed.atom".into(),
        "/o/buergerverein/events.ics".into(),
        format!("/o/buergerverein/news/{members_news}"),
        format!("/e/{nb_event}"),
        format!("/e/{nb_event}/event.ics"),
        "/api/v1/neighbourhoods/nord".into(),
        "/notifications".into(),
        "/easy/reviews".into(),
        "/n/nord/moderation".into(),
        "/n/nord/projects".into(),
        format!("/n/nord/projects/{}", open_project.0),
        format!("/n/nord/projects/{}", closed.0),
        format!("/n/nord/projects/{}/proposals/{}", closed.0, closed.1),
        format!("/n/nord/projects/{}/checklist", closed.0),
        format!("/n/nord/projects/{}/meetings/{closed_meeting}", closed.0),
    ];
    // A sheet on a wall and public feeds show only what everybody in the
    // quarter may see, whoever prints or fetches them.
    let public_only = |place: &str| place.ends_with(".atom") || place.ends_with("calendar.ics");
    walk(&app, &w, &places, &rules, |place, marker| public_only(place) && marker != "Frühjahrsputz-Offen").await;
}

#[tokio::test]
async fn invitation_codes_cannot_be_guessed_in_bulk() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let uwe = app.client_for(w.unverified).await;
    let tries = (0..40).map(|i| {
        let (c, url) = (uwe.clone(), app.url("/n/nord/code"));
        tokio::spawn(async move {
            let a = quartier_core::invite::ALPHABET;
            let code = format!("QQQQ-{}{}WX", a[i % a.len()] as char, a[(i / a.len()) % a.len()] as char);
            c.post(url).form(&[("code", code)]).send().await.unwrap().status().as_u16()
        })
    });
    let (mut checked, mut throttled) = (0, 0);
    for t in tries {
        match t.await.unwrap() {
            422 => checked += 1,
            429 => throttled += 1,
            s => panic!("unexpected {s}"),
        }
    }
    assert_eq!((checked, throttled), (10, 30), "ten guesses an hour per person, however they are sent");
    // A right code is refused too until the hour is over; then it works.
    let code = app.store.invite_batch(w.nord, w.batch).await.unwrap()[0].code.clone();
    let r = uwe.post(app.url("/n/nord/code")).form(&[("code", &code)]).send().await.unwrap();
    assert_eq!(r.status(), 429);
    assert!(Page::from(r).await.text("#e-code").contains("Zu viele Versuche"));
    app.store.clock().advance(chrono::Duration::minutes(61));
    let r = uwe.post(app.url("/n/nord/code")).form(&[("code", &code)]).send().await.unwrap();
    assert_eq!(r.status(), 303);
}

/// The canvas's text reaches nobody its rule keeps out, on any page that
/// could show it: the canvas, its history, an old version, its print page,
/// the neighbourhood's page, the notice board, search and the bell.
#[tokio::test]
async fn a_canvas_is_seen_in_no_view_by_anyone_its_own_rule_keeps_out() {
    use quartier_core::network::CanvasVisibility;
    let app = TestApp::new().await;
    let w = app.world().await;
    let secret = "Geheimplan Rosengarten";
    let text = quartier_store::canvas::CanvasText { social_value: secret.into(), ..Default::default() };
    app.store.save_canvas(w.nord, w.coordinator, text.clone(), "{}".into()).await.unwrap();
    app.store.save_canvas(w.nord, w.coordinator, text, "{}".into()).await.unwrap();
    let pages = [
        "/n/nord/network/canvas",
        "/n/nord/network/canvas/history",
        "/n/nord/network/canvas/versions/1",
        "/n/nord/network/canvas/print",
        "/n/nord",
        "/n/nord/aushang",
        "/n/nord/search?q=geheimplan",
        "/notifications",
    ];
    // (who, sees it when internal, when shared, when published)
    let readers = [
        ("anonymous", None, false, false, true),
        ("member", Some(w.reviewer), false, false, true),
        ("editor of the partner", Some(w.editor), false, false, true),
        ("administrator elsewhere", Some(w.outsider), false, false, true),
        ("operator", Some(w.operator), false, false, true),
        ("partner administrator", Some(w.resident), false, true, true),
        ("coordinator", Some(w.coordinator), true, true, true),
    ];
    for (i, vis) in
        [CanvasVisibility::Internal, CanvasVisibility::Shared, CanvasVisibility::Published].iter().enumerate()
    {
        app.store.set_canvas_visibility(w.nord, *vis).await.unwrap();
        for (name, who, internal, shared, published) in readers {
            let may = [internal, shared, published][i];
            let c = match who {
                Some(u) => app.client_for(u).await,
                None => app.client(),
            };
            let mut seen = false;
            for p in pages {
                let r = app.get(&c, p).await;
                assert!(r.status().as_u16() < 500, "{name} on {p}");
                seen |= r.text().await.unwrap().contains(secret);
            }
            assert_eq!(seen, may, "{name}, {vis:?}");
        }
    }
}

/// The shared pool and the coordination's own pages (census, network,
/// impact) walked like the content above: what neighbours lend is seen by
/// the quarter's verified members; the note of an open request only by the
/// owner and the person who asked; a census entry only by the coordinator
/// (the operator, who is no role here, reads it only on its own pages).
#[tokio::test]
async fn the_pool_and_the_coordinations_pages_show_nothing_their_rules_keep_out() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let rita = app.client_for(w.resident).await;
    let r = rita
        .post(app.url("/n/nord/pool"))
        .form(&[("kind", "vehicle"), ("title", "Lastenrad-Pool"), ("availability", "am Wochenende"), ("lender", "me")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let bike = location(&r).split('?').next().unwrap().to_string();
    let date = (app.store.now() + chrono::Duration::days(2))
        .with_timezone(&chrono_tz::Europe::Berlin)
        .format("%Y-%m-%d")
        .to_string();
    let r = app
        .client_for(w.moderator)
        .await
        .post(app.url(&format!("{bike}/bookings")))
        .form(&[
            ("date", date.as_str()),
            ("start_time", "10:00"),
            ("end_date", date.as_str()),
            ("end_time", "12:00"),
            ("note", "Geheimnotiz-Anfrage"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let e = quartier_core::census::parse_entry(
        &quartier_core::census::RawEntry {
            name: "Zensus-Verein-Intern".into(),
            kind: "culture".into(),
            ..Default::default()
        },
        2026,
    )
    .unwrap();
    app.store.add_census_entry(w.nord, &e, None).await.unwrap();
    let entry = app.store.census_all(w.nord).await.unwrap()[0].e.id;

    let rules: [(&str, &[&str]); 3] = [
        ("Lastenrad-Pool", &["neighbour", "resident", "editor", "moderator", "coordinator"]),
        ("Geheimnotiz-Anfrage", &["resident", "moderator"]),
        ("Zensus-Verein-Intern", &["coordinator"]),
    ];
    let places = [
        "/n/nord".to_string(),
        "/n/nord/pool".into(),
        bike.clone(),
        format!("{bike}?week={date}"),
        "/n/nord/search?q=lastenrad".into(),
        "/n/nord/search?q=zensus".into(),
        "/n/nord/aushang".into(),
        "/notifications".into(),
        "/api/v1/neighbourhoods/nord".into(),
        "/n/nord/census".into(),
        "/n/nord/census/statistics".into(),
        format!("/n/nord/census/{entry}"),
        "/n/nord/network".into(),
        "/n/nord/network/partners".into(),
        "/n/nord/network/balance".into(),
        "/n/nord/impact".into(),
        "/n/nord/impact.csv".into(),
        "/organisations?q=zensus".into(),
        "/n/nord/organisations?q=zensus".into(),
    ];
    walk(&app, &w, &places, &rules, |_, _| false).await;
}

/// Every place fetched as each of seven roles: a marker may show only to
/// the roles its rule names, and not where `withheld(place, marker)`; each
/// marker shows to someone it is meant for; nothing answers with a 5xx.
async fn walk(
    app: &TestApp,
    w: &World,
    places: &[String],
    rules: &[(&str, &[&str])],
    withheld: impl Fn(&str, &str) -> bool,
) {
    let roles = [
        ("anonymous", None),
        ("outsider", Some(w.outsider)),
        ("neighbour", Some(w.reviewer)),
        ("resident", Some(w.resident)),
        ("editor", Some(w.editor)),
        ("moderator", Some(w.moderator)),
        ("coordinator", Some(w.coordinator)),
    ];
    let mut leaks = Vec::new();
    let mut shown = std::collections::BTreeSet::new();
    for (role, who) in roles {
        let client = match who {
            Some(id) => app.client_for(id).await,
            None => app.client(),
        };
        for place in places {
            let r = client.get(app.url(place)).send().await.unwrap();
            let status = r.status();
            assert!(!status.is_server_error(), "{place} as {role}: {status}");
            let body = r.text().await.unwrap();
            for (marker, allowed) in rules {
                if body.contains(marker) {
                    if allowed.contains(&role) && !withheld(place, marker) {
                        shown.insert(*marker);
                    } else {
                        leaks.push(format!("{marker} shown to {role} at {place}"));
                    }
                }
            }
        }
    }
    assert!(leaks.is_empty(), "content shown where its own rule forbids it:\n{}", leaks.join("\n"));
    assert_eq!(shown.len(), rules.len(), "every piece is shown to someone it is meant for: {shown:?}");
}

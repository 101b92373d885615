//! The network's business model canvas: kept in versions by the
//! coordinators, read and commented on by the administrators of partner
//! organisations once shared, read by anyone once published, printed on
//! one A4 landscape page.

use crate::helpers::*;

const CANVAS: &str = "/n/nord/network/canvas";

async fn kinds_for(app: &TestApp, user: uuid::Uuid) -> Vec<String> {
    app.store.notifications(user, 100).await.unwrap().into_iter().map(|n| n.kind).collect()
}

async fn save(app: &TestApp, c: &reqwest::Client, value: &str, note: &str) {
    let r = app
        .post_form(
            c,
            CANVAS,
            &[
                ("social_value", value),
                ("target_groups", "Ältere Menschen allein zu Hause"),
                ("channels", "Aushang, Café, Telefonkette"),
                ("resources", "Saal, Ehrenamtliche"),
                ("costs_note", "Miete steigt 2027."),
                ("revenues_note", "Spenden beim Sommerfest."),
                ("note", note),
            ],
        )
        .await;
    assert_eq!(redirected(&r), format!("{CANVAS}?notice=notice-canvas-saved"));
}

async fn visibility(app: &TestApp, c: &reqwest::Client, v: &str) {
    let r = app.post_form(c, &format!("{CANVAS}/visibility"), &[("visibility", v)]).await;
    assert_eq!(redirected(&r), format!("{CANVAS}?notice=notice-canvas-visibility"));
}

/// The answer each reader gets on every page of the canvas: 200, 403, or
/// `l` for the login page.
async fn readers_get(app: &TestApp, who: &[(&str, &reqwest::Client)], expect: &[char]) {
    let pages =
        [CANVAS.to_string(), format!("{CANVAS}/history"), format!("{CANVAS}/versions/1"), format!("{CANVAS}/print")];
    for ((name, c), want) in who.iter().zip(expect) {
        for p in &pages {
            let r = app.get(c, p).await;
            let got = match r.status().as_u16() {
                200 => 'o',
                403 => 'f',
                303 if location(&r).starts_with("/login") => 'l',
                s => panic!("{name} {p}: {s}"),
            };
            assert_eq!(got, *want, "{name} on {p}");
        }
    }
}

#[tokio::test]
async fn who_reads_and_comments_follows_the_visibility() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let carla = app.client_for(w.coordinator).await;
    let anonymous = app.client();
    let rita = app.client_for(w.resident).await; // administers the Bürgerverein, a partner
    let member = app.client_for(w.reviewer).await; // a neighbour in Nord
    let editor = app.client_for(w.editor).await; // edits for the partner, does not administer it
    let outsider = app.client_for(w.outsider).await; // administers a club that is no partner
    // No canvas yet: the coordinator is invited to start one.
    let p = app.get_page(&carla, CANVAS).await;
    assert_eq!(p.count(&format!("a[href='{CANVAS}/edit']")), 1);
    assert_eq!(app.get(&rita, CANVAS).await.status(), 403);
    assert_eq!(app.get(&carla, &format!("{CANVAS}/print")).await.status(), 404);
    save(&app, &carla, "Niemand im Viertel bleibt allein.", "Erste Fassung").await;
    let who = [
        ("anonymous", &anonymous),
        ("member", &member),
        ("editor", &editor),
        ("outsider", &outsider),
        ("partner admin", &rita),
        ("coordinator", &carla),
    ];
    // Internal: the coordinators only; the network's overview offers it to them alone.
    readers_get(&app, &who, &['l', 'f', 'f', 'f', 'f', 'o']).await;
    let link = format!("main a[href='{CANVAS}']");
    assert_eq!(app.get_page(&carla, "/n/nord/network").await.count(&link), 1);
    assert_eq!(app.get_page(&rita, "/n/nord/network").await.count(&link), 0);
    // Shared: the partner's administrator too.
    visibility(&app, &carla, "shared").await;
    readers_get(&app, &who, &['l', 'f', 'f', 'f', 'o', 'o']).await;
    assert_eq!(app.get_page(&rita, "/n/nord/network").await.count(&link), 1);
    let p = app.get_page(&rita, CANVAS).await;
    assert!(p.text("#b-social_value").contains("Niemand im Viertel bleibt allein."));
    assert_eq!(p.count("form[action$='/versions/1/comments#comments']"), 1);
    assert_eq!(p.count(&format!("a[href='{CANVAS}/edit']")), 0);
    assert_eq!(p.count(&format!("form[action='{CANVAS}/visibility']")), 0);
    // Published: anyone reads; only coordinators and partners comment.
    visibility(&app, &carla, "published").await;
    readers_get(&app, &who, &['o', 'o', 'o', 'o', 'o', 'o']).await;
    let p = app.get_page(&anonymous, CANVAS).await;
    assert!(p.text("#b-target_groups").contains("Ältere Menschen"));
    assert_eq!(p.count("form[action$='/comments#comments']"), 0);
    assert_eq!(p.count("#comments"), 0);
    let comment = format!("{CANVAS}/versions/1/comments");
    assert!(location(&app.post_form(&anonymous, &comment, &[("body", "Hallo")]).await).starts_with("/login"));
    for c in [&member, &outsider, &editor] {
        assert_eq!(app.post_form(c, &comment, &[("body", "Hallo")]).await.status(), 403);
    }
    let r = app.post_form(&rita, &comment, &[("body", "Gut so.")]).await;
    assert_eq!(redirected(&r), format!("{CANVAS}/versions/1?notice=notice-canvas-commented#comments"));
    // The neighbourhood's page links the published canvas, for anyone.
    let nb = app.get_page(&anonymous, "/n/nord").await;
    assert_eq!(nb.count(&format!(".canvas-published a[href='{CANVAS}']")), 1);
    // Only coordinators write and say who reads.
    for c in [&rita, &member] {
        assert_eq!(app.get(c, &format!("{CANVAS}/edit")).await.status(), 403);
        assert_eq!(app.post_form(c, CANVAS, &[("social_value", "Meins")]).await.status(), 403);
        assert_eq!(
            app.post_form(c, &format!("{CANVAS}/visibility"), &[("visibility", "internal")]).await.status(),
            403
        );
    }
    let r = app.post_form(&carla, &format!("{CANVAS}/visibility"), &[("visibility", "everyone")]).await;
    assert_eq!(r.status(), 422);
    assert!(!Page::from(r).await.text("#e-visibility").is_empty());
    // Back to internal: gone from the neighbourhood's page and from others.
    visibility(&app, &carla, "internal").await;
    readers_get(&app, &who, &['l', 'f', 'f', 'f', 'f', 'o']).await;
    assert_eq!(app.get_page(&anonymous, "/n/nord").await.count(".canvas-published"), 0);
    // Another neighbourhood's coordinator has no say here.
    let sued = app.store.neighbourhood_by_slug("sued").await.unwrap().id;
    let theirs = app
        .member(sued, "koordination-sued@example.org", "Sina", quartier_core::neighbourhood::Role::Coordinator)
        .await;
    let c = app.client_for(theirs).await;
    assert_eq!(app.get(&c, CANVAS).await.status(), 403);
}

#[tokio::test]
async fn bad_input_is_shown_next_to_its_field_and_kept() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let carla = app.client_for(w.coordinator).await;
    let long = "x".repeat(2001);
    let r = app
        .post_form(
            &carla,
            CANVAS,
            &[("social_value", "  "), ("target_groups", long.as_str()), ("channels", "Aushang im Café")],
        )
        .await;
    assert_eq!(r.status(), 422);
    let p = Page::from(r).await;
    assert!(p.text("#e-social_value").contains("Nutzen"));
    assert!(!p.text("#e-target_groups").is_empty());
    assert_eq!(p.text("#f-channels"), "Aushang im Café");
    assert_eq!(p.text("#f-target_groups"), long);
    assert!(app.store.latest_canvas_version(w.nord).await.unwrap().is_none());
    // A comment that is empty or too long.
    save(&app, &carla, "Gemeinsam statt einsam.", "").await;
    let comment = format!("{CANVAS}/versions/1/comments");
    let r = app.post_form(&carla, &comment, &[("body", " ")]).await;
    assert_eq!(r.status(), 422);
    assert!(!Page::from(r).await.text("#e-body").is_empty());
    let r = app.post_form(&carla, &comment, &[("body", long.as_str())]).await;
    assert_eq!(r.status(), 422);
    let p = Page::from(r).await;
    assert!(!p.text("#e-body").is_empty());
    assert_eq!(p.text("#f-body"), long);
    // A version that does not exist, and one that is no number.
    assert_eq!(app.get(&carla, &format!("{CANVAS}/versions/9")).await.status(), 404);
    let r = app.get(&carla, &format!("{CANVAS}/versions/zwei")).await;
    assert!(r.status().is_client_error(), "{}", r.status());
    let r = app.post_form(&carla, &format!("{CANVAS}/versions/9/comments"), &[("body", "Hallo")]).await;
    assert_eq!(r.status(), 404);
}

#[tokio::test]
async fn versions_keep_their_figures_and_comments_and_tell_who_needs_to_know() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let carla = app.client_for(w.coordinator).await;
    let rita = app.client_for(w.resident).await;
    let m = app.store.measure_in(w.nord, w.measure).await.unwrap();
    save(&app, &carla, "Gemeinsam statt einsam.", "Erste Fassung").await;
    let first = app.get_page(&carla, CANVAS).await;
    assert!(first.text("#b-measures").contains(&m.name));
    assert!(first.text("#b-partners").contains("Bürgerverein"));
    // The measure costs more now: the live canvas shows it, version 1 as it was.
    let mut changed = quartier_store::network::NewMeasure {
        name: m.name.clone(),
        description: String::new(),
        activity: quartier_core::network::Activity::Help,
        cost_cents: 777_700,
        currency: "EUR".into(),
    };
    app.store.update_measure(w.nord, m.id, changed.clone()).await.unwrap();
    assert!(app.get_page(&carla, CANVAS).await.text("#b-costs_note").contains("7.777,00 EUR"));
    let old = app.get_page(&carla, &format!("{CANVAS}/versions/1")).await;
    assert!(!old.text("#b-costs_note").contains("7.777,00 EUR"));
    assert!(old.text("#b-costs_note").contains(&quartier_core::network::format_cents(m.cost_cents, "EUR", true)));
    app.store.clock().advance(chrono::Duration::hours(2));
    save(&app, &carla, "Gemeinsam statt einsam, auch im Winter.", "Winter ergänzt").await;
    let history = app.get_page(&carla, &format!("{CANVAS}/history")).await;
    assert_eq!(history.count("tbody tr"), 2);
    assert!(history.texts("tbody tr")[0].contains("Winter ergänzt"));
    assert_eq!(history.count(&format!("a[href='{CANVAS}/versions/1']")), 1);
    let v1 = app.get_page(&carla, &format!("{CANVAS}/versions/1")).await;
    assert_eq!(v1.text("#b-social_value .cb-text"), "Gemeinsam statt einsam.");
    assert!(app.get_page(&carla, CANVAS).await.text("#b-social_value").contains("Winter"));
    // Nobody heard of an internal canvas; sharing tells the partner's administrators.
    app.drain_jobs().await;
    assert!(kinds_for(&app, w.resident).await.is_empty());
    visibility(&app, &carla, "shared").await;
    app.drain_jobs().await;
    assert_eq!(kinds_for(&app, w.resident).await, ["canvas_shared"]);
    let n = app.store.notifications(w.resident, 1).await.unwrap();
    assert_eq!(n[0].link, CANVAS);
    // A new version while shared tells them again; others never hear of it.
    changed.cost_cents = 100;
    app.store.update_measure(w.nord, m.id, changed).await.unwrap();
    save(&app, &carla, "Gemeinsam statt einsam.", "Kürzer").await;
    app.drain_jobs().await;
    assert_eq!(kinds_for(&app, w.resident).await, ["canvas_shared", "canvas_shared"]);
    for who in [w.editor, w.outsider, w.reviewer, w.moderator] {
        assert!(kinds_for(&app, who).await.is_empty(), "{who}");
    }
    assert!(kinds_for(&app, w.coordinator).await.is_empty());
    // Rita comments on version 2; the coordinators hear of it.
    let r = app.post_form(&rita, &format!("{CANVAS}/versions/2/comments"), &[("body", "Und im Sommer?")]).await;
    assert_eq!(redirected(&r), format!("{CANVAS}/versions/2?notice=notice-canvas-commented#comments"));
    app.drain_jobs().await;
    assert_eq!(kinds_for(&app, w.coordinator).await, ["canvas_comment"]);
    let n = app.store.notifications(w.coordinator, 1).await.unwrap();
    assert_eq!(n[0].link, format!("{CANVAS}/versions/2"));
    let v2 = app.get_page(&rita, &format!("{CANVAS}/versions/2?notice=notice-canvas-commented")).await;
    assert!(!v2.text(".notice").is_empty());
    assert_eq!(v2.count("#comments li"), 1);
    assert!(v2.text("#comments li").contains("Und im Sommer?"));
    // The newest version has comments of its own.
    assert_eq!(app.get_page(&rita, CANVAS).await.count("#comments li"), 0);
    // Erased, Rita is a former participant; her comment stays.
    app.store.erase_person(w.resident).await.unwrap();
    let v2 = app.get_page(&carla, &format!("{CANVAS}/versions/2")).await;
    assert!(v2.text("#comments li").contains("Ehemalige Teilnehmerin"));
    assert!(v2.text("#comments li").contains("Und im Sommer?"));
}

#[tokio::test]
async fn the_print_page_holds_every_block_on_one_landscape_sheet() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let carla = app.client_for(w.coordinator).await;
    save(&app, &carla, "Gemeinsam statt einsam.", "").await;
    let p = app.get_page(&carla, &format!("{CANVAS}/print")).await;
    assert_eq!(p.count(".canvas-sheet .canvas-grid"), 1);
    for block in [
        "partners",
        "measures",
        "social_value",
        "channels",
        "target_groups",
        "resources",
        "costs_note",
        "revenues_note",
    ] {
        assert_eq!(p.count(&format!(".canvas-sheet #b-{block} h3")), 1, "{block}");
    }
    assert!(p.text("#b-revenues_note").contains("Spenden beim Sommerfest."));
    assert_eq!(p.count("script"), 0);
    let css = app.get(&carla, "/static/style.css").await.text().await.unwrap();
    assert!(css.contains("@page canvas { size: A4 landscape;"));
    assert!(css.contains(".canvas-sheet { page: canvas;"));
}

//! Joining a neighbourhood: by request and coordinator, or with a code.

use crate::helpers::*;

#[tokio::test]
async fn join_with_a_printed_code() {
    let app = TestApp::new().await;
    let nord = app.nord().await;
    app.sued().await;
    let coord = app.client_for(app.coordinator_of(nord).await).await;
    // The coordinator prints a sheet of codes.
    let r = app.post_form(&coord, "/n/nord/manage/codes", &[("count", "0")]).await;
    assert_eq!(r.status(), 422);
    let r = app.post_form(&coord, "/n/nord/manage/codes", &[("count", "4")]).await;
    let sheet = app.get_page(&coord, &redirected(&r)).await;
    let codes = sheet.texts(".postcard-code");
    assert_eq!(codes.len(), 4);

    // A new neighbour types the code, sloppily.
    let id = app.user("neu@example.org", "Nils Neu", false).await;
    let c = app.client_for(id).await;
    let p = app.get_page(&c, "/n/nord").await;
    assert_eq!(p.count("#f-code"), 1);
    assert_eq!(p.count(".people"), 0, "nothing inside before verification");
    let r = app.post_form(&c, "/n/nord/code", &[("code", "zzzz")]).await;
    assert_eq!(r.status(), 422);
    let sloppy = codes[0].to_lowercase().replace('-', " ");
    let r = app.post_form(&c, "/n/nord/code", &[("code", sloppy.as_str())]).await;
    let p = app.get_page(&c, &redirected(&r)).await;
    assert!(p.text(".notice").contains("Willkommen"));
    assert!(p.text(".people").contains("Nils Neu"));

    // The code works once; the next person gets a clear message.
    let id2 = app.user("zwei@example.org", "Zora", false).await;
    let c2 = app.client_for(id2).await;
    let r = app.post_form(&c2, "/n/nord/code", &[("code", codes[0].as_str())]).await;
    assert_eq!(r.status(), 422);
    assert!(Page::from(r).await.text("#e-code").contains("schon benutzt"));
    // A code of one neighbourhood does not open another.
    let r = app.post_form(&c2, "/n/sued/code", &[("code", codes[1].as_str())]).await;
    assert_eq!(r.status(), 422);
}

#[tokio::test]
async fn two_people_racing_for_one_code_leave_one_winner() {
    let app = TestApp::new().await;
    let nord = app.nord().await;
    let coordinator = app.coordinator_of(nord).await;
    let batch = app.store.create_invite_batch(nord, 3, coordinator).await.unwrap();
    let code = app.store.invite_batch(nord, batch).await.unwrap()[0].code.clone();
    let mut tasks = Vec::new();
    for i in 0..4 {
        let id = app.user(&format!("race{i}@example.org"), "Renner", false).await;
        let c = app.client_for(id).await;
        let url = app.url("/n/nord/code");
        let code = code.clone();
        tasks.push(tokio::spawn(async move {
            c.post(url).form(&[("code", code.as_str())]).send().await.unwrap().status().as_u16()
        }));
    }
    let mut statuses = Vec::new();
    for t in tasks {
        statuses.push(t.await.unwrap());
    }
    assert_eq!(statuses.iter().filter(|s| **s == 303).count(), 1, "{statuses:?}");
    assert!(statuses.iter().all(|s| *s == 303 || *s == 422), "{statuses:?}");
}

#[tokio::test]
async fn ask_to_join_and_be_confirmed_by_the_coordinator() {
    let app = TestApp::new().await;
    let nord = app.nord().await;
    let coordinator = app.coordinator_of(nord).await;
    let other = app.other_coordinator_of(app.sued().await).await;
    let pending = app.pending_in(nord, "pa@example.org", "Paula Wartend").await;
    let id = app.user("frieda@example.org", "Frieda Fragt", false).await;
    let c = app.client_for(id).await;
    redirected(&app.post(&c, "/n/nord/join").await);
    let p = app.get_page(&c, "/n/nord").await;
    assert!(p.text("main").contains("wartet auf Bestätigung"));
    assert_eq!(app.get(&c, "/n/nord/members").await.status(), 403);

    let coord = app.client_for(coordinator).await;
    let p = app.get_page(&coord, "/n/nord/manage/members").await;
    assert!(p.text("main").contains("Frieda Fragt"));
    let m = app.store.membership(id, nord).await.unwrap().unwrap();
    redirected(&app.post(&coord, &format!("/n/nord/manage/members/{}/confirm", m.id)).await);
    assert_eq!(app.get(&c, "/n/nord/members").await.status(), 200);
    // It is on the log.
    let p = app.get_page(&coord, "/n/nord/manage/log").await;
    assert!(p.text("main").contains("hat Frieda Fragt bestätigt"));

    // A coordinator of another neighbourhood cannot confirm here.
    let other = app.client_for(other).await;
    let r = app.post(&other, &format!("/n/nord/manage/members/{pending}/confirm")).await;
    assert_eq!(r.status(), 403);
}

#[tokio::test]
async fn roles_are_given_and_the_last_coordinator_stays() {
    let app = TestApp::new().await;
    let nord = app.nord().await;
    let coordinator = app.coordinator_of(nord).await;
    let resident = app.resident_in(nord).await;
    let coord = app.client_for(coordinator).await;
    let own = app.store.membership(coordinator, nord).await.unwrap().unwrap();
    let r = app.post_form(&coord, &format!("/n/nord/manage/members/{}/role", own.id), &[("role", "resident")]).await;
    assert_eq!(r.status(), 409);
    let res = app.store.membership(resident, nord).await.unwrap().unwrap();
    let r = app.post_form(&coord, &format!("/n/nord/manage/members/{}/role", res.id), &[("role", "moderator")]).await;
    redirected(&r);
    assert_eq!(app.store.membership(resident, nord).await.unwrap().unwrap().role, "moderator");
    let r = app.post_form(&coord, &format!("/n/nord/manage/members/{}/role", res.id), &[("role", "king")]).await;
    assert_eq!(r.status(), 400);
}

#[tokio::test]
async fn profiles_are_for_neighbours_unless_public() {
    let app = TestApp::new().await;
    let nord = app.nord().await;
    let resident = app.resident_in(nord).await;
    let moderator = app.moderator_in(nord).await;
    let other = app.other_coordinator_of(app.sued().await).await;
    let path = format!("/u/{resident}");
    assert_eq!(app.get(&app.client(), &path).await.status(), 404);
    assert_eq!(app.get(&app.client_for(other).await, &path).await.status(), 404);
    let p = app.get_page(&app.client_for(moderator).await, &path).await;
    assert_eq!(p.text("h1"), "Rita Resident");
    assert_eq!(p.text(".avatar"), "RR");
    let c = app.client_for(resident).await;
    app.post_form(
        &c,
        "/account/profile",
        &[("display_name", "Rita R."), ("bio", "Ich gieße Blumen."), ("public", "yes")],
    )
    .await;
    let p = app.get_page(&app.client(), &path).await;
    assert_eq!(p.text("h1"), "Rita R.");
    assert!(p.text(".bio").contains("Blumen"));
}

#[tokio::test]
async fn operator_creates_a_neighbourhood_with_its_coordinator() {
    let app = TestApp::new().await;
    let nord = app.nord().await;
    let resident = app.resident_in(nord).await;
    let op = app.client_for(app.operator().await).await;
    let form = |slug: &str| {
        vec![
            ("name", "Westend".to_string()),
            ("slug", slug.to_string()),
            ("description", "Am Fluss.".into()),
            ("timezone", "Europe/Berlin".into()),
            ("coordinator_email", "res@example.org".into()),
        ]
    };
    let r = app.post_form(&op, "/admin/neighbourhoods", &form("admin")).await;
    assert_eq!(r.status(), 422);
    assert!(Page::from(r).await.text("#e-slug").contains("reserviert"));
    let r = app.post_form(&op, "/admin/neighbourhoods", &form("nord")).await;
    assert_eq!(r.status(), 422);
    assert!(Page::from(r).await.text("#e-slug").contains("vergeben"));
    redirected(&app.post_form(&op, "/admin/neighbourhoods", &form("westend")).await);
    let n = app.store.neighbourhood_by_slug("westend").await.unwrap();
    assert_eq!(app.store.membership(resident, n.id).await.unwrap().unwrap().role, "coordinator");
    // The operator reads nothing inside a neighbourhood.
    assert_eq!(app.get(&op, "/n/nord/members").await.status(), 403);
}

#[tokio::test]
async fn after_login_a_resident_lands_in_their_neighbourhood_and_finds_its_menu() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let login = |email: &'static str| {
        let c = app.client();
        let url = app.url("/login");
        async move { c.post(url).form(&[("email", email), ("password", PASSWORD), ("next", "/")]).send().await.unwrap() }
    };
    // One neighbourhood: straight into it.
    assert_eq!(location(&login("res@example.org").await), "/n/nord");
    // None yet (the operator): the list to choose from.
    assert_eq!(location(&login("op@example.org").await), "/");
    // Where the person wanted to go still wins.
    let c = app.client();
    let r = c
        .post(app.url("/login"))
        .form(&[("email", "res@example.org"), ("password", PASSWORD), ("next", "/account")])
        .send()
        .await
        .unwrap();
    assert_eq!(location(&r), "/account");

    // Inside, every page carries the neighbourhood's menu; "manage" for coordinators only.
    let rita = app.client_for(w.resident).await;
    let p = app.get_page(&rita, "/n/nord/help").await;
    assert_eq!(p.count("nav.nb-menu a[href='/n/nord/calendar']"), 1);
    assert_eq!(p.attr("nav.nb-menu a[aria-current=page]", "href").as_deref(), Some("/n/nord/help"));
    assert_eq!(p.count("nav.nb-menu a[href='/n/nord/manage']"), 0);
    let carla = app.client_for(w.coordinator).await;
    let p = app.get_page(&carla, "/n/nord/calendar").await;
    assert_eq!(p.count("nav.nb-menu a[href='/n/nord/manage']"), 1);
    // A visitor sees what is public only.
    let p = app.get_page(&app.client(), "/n/nord").await;
    assert_eq!(p.count("nav.nb-menu a[href='/n/nord/calendar']"), 1);
    assert_eq!(p.count("nav.nb-menu a[href='/n/nord/help']"), 0);
}

#[tokio::test]
async fn the_start_page_shows_a_member_what_concerns_them() {
    let app = TestApp::new().await;
    let w = app.world().await;
    app.store.sign_up(w.event, w.resident).await.unwrap();
    let rita = app.client_for(w.resident).await;
    let p = app.get_page(&rita, "/n/nord").await;
    let mine = p.text("section[aria-labelledby=you-h]");
    assert!(mine.contains("Für Sie"), "{mine}");
    assert_eq!(p.count(&format!("section[aria-labelledby=you-h] a[href='/n/nord/help/{}']", w.entry)), 1);
    assert_eq!(p.count(&format!("section[aria-labelledby=you-h] a[href='/e/{}']", w.event)), 1);
    // Not for visitors, and only one's own things.
    assert_eq!(app.get_page(&app.client(), "/n/nord").await.count("section[aria-labelledby=you-h]"), 0);
    let edda = app.client_for(w.editor).await;
    let p = app.get_page(&edda, "/n/nord").await;
    assert_eq!(p.count(&format!("section[aria-labelledby=you-h] a[href='/n/nord/help/{}']", w.entry)), 0);
}

/// The lines of "new since your last visit" on the start page, or `None`
/// when the card has no such part (the first visit).
async fn new_since(app: &TestApp, who: uuid::Uuid) -> Option<Vec<(String, String)>> {
    let c = app.client_for(who).await;
    let p = app.get_page(&c, "/n/nord").await;
    if p.count("#new-since-h") == 0 {
        return None;
    }
    let sel = scraper::Selector::parse(".new-since a").unwrap();
    let links = p.0.select(&sel);
    Some(links.map(|a| (a.text().collect(), a.value().attr("href").unwrap_or_default().to_string())).collect())
}

#[tokio::test]
async fn the_start_page_says_what_is_new_since_the_last_visit_and_names_my_groups() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let s = &app.store;
    // First visits: nothing counts as new yet.
    assert_eq!(new_since(&app, w.resident).await, None);
    assert_eq!(new_since(&app, w.coordinator).await, None);
    // Rita's groups are on her card, with a link to all groups.
    let rita = app.client_for(w.resident).await;
    let home = app.get_page(&rita, "/n/nord").await;
    assert_eq!(home.texts(".my-groups a"), vec!["Lauftreff".to_string()]);
    assert_eq!(home.attr(".my-groups a", "href"), Some(format!("/n/nord/groups/{}", w.group)));
    assert_eq!(
        home.attr("section[aria-labelledby=you-h] a[href='/n/nord/groups']", "href").as_deref(),
        Some("/n/nord/groups")
    );
    let carla = app.client_for(w.coordinator).await;
    assert!(app.get_page(&carla, "/n/nord").await.text("section[aria-labelledby=you-h]").contains("keiner Gruppe"));

    // Two hours later, things arrive.
    s.clock().advance(chrono::Duration::hours(2));
    s.create_entry(new_entry(w.nord, w.moderator, "Blumen gießen")).await.unwrap();
    let mut only_coord = new_entry(w.nord, w.resident, "Nur für die Koordination");
    only_coord.visibility = quartier_core::help::Visibility::Coordinators;
    s.create_entry(only_coord).await.unwrap();
    let hidden = s.create_entry(new_entry(w.nord, w.moderator, "Verborgen")).await.unwrap();
    s.hide_entry(hidden.id, "Werbung").await.unwrap();
    let details = quartier_store::events::EventDetails {
        title: "Hoffest".into(),
        category: "social".into(),
        ..Default::default()
    };
    let t = s.now() + chrono::Duration::days(2);
    // A weekly series counts once.
    let weekly: Vec<_> = (0..3)
        .map(|i| (t + chrono::Duration::weeks(i), t + chrono::Duration::weeks(i) + chrono::Duration::hours(2)))
        .collect();
    s.create_event(quartier_store::events::Holder::Neighbourhood(w.nord), w.coordinator, &details, &weekly)
        .await
        .unwrap();
    s.post_news(w.org, w.editor, "Neue Bänke", "Im Park.", false).await.unwrap();
    s.post_news(w.org, w.editor, "Nur für Mitglieder", "Intern.", true).await.unwrap();
    s.join_group(w.group, w.moderator, true).await.unwrap();
    s.set_group_standing(w.group, w.moderator, quartier_core::group::Standing::Member).await.unwrap();
    s.create_topic(w.group, w.moderator, "Neue Strecke", "Am Fluss entlang?").await.unwrap();
    s.clock().advance(chrono::Duration::hours(2));

    // Rita: one entry (not her own, not the coordinators' one, not the
    // hidden one), one event, one public news post, one post in her group.
    let lines = new_since(&app, w.resident).await.unwrap();
    assert_eq!(
        lines,
        vec![
            ("1 neuer Eintrag in der Nachbarschaftshilfe".to_string(), "/n/nord/help".to_string()),
            ("1 neuer Termin".to_string(), "/n/nord/calendar".to_string()),
            ("1 neue Nachricht von Organisationen".to_string(), "/n/nord#news-h".to_string()),
            ("1 neuer Beitrag in Ihren Gruppen".to_string(), "/n/nord/groups".to_string()),
        ]
    );
    // A reload a few minutes later is the same visit and still says so.
    s.clock().advance(chrono::Duration::minutes(5));
    assert_eq!(new_since(&app, w.resident).await.unwrap(), lines);
    // Carla sees the coordinators' entry too, but not her own event; she is in no group.
    let hers = new_since(&app, w.coordinator).await.unwrap();
    assert_eq!(hers[0].0, "2 neue Einträge in der Nachbarschaftshilfe");
    assert_eq!(hers.len(), 2, "{hers:?}");
    assert!(hers[1].0.contains("Nachricht"));

    // The next visit, hours later, starts from this one: nothing new.
    s.clock().advance(chrono::Duration::hours(3));
    assert_eq!(new_since(&app, w.resident).await, Some(vec![]));
    let rita = app.client_for(w.resident).await;
    assert!(app.get_page(&rita, "/n/nord").await.text("section[aria-labelledby=you-h]").contains("nichts Neues"));

    // After a busy while, counting stops at a hundred: the page says "more
    // than 99", and the work stays bounded however much arrived.
    s.clock().advance(chrono::Duration::hours(3));
    for i in 0..quartier_store::start_page::NEW_COUNTED + 1 {
        s.create_entry(new_entry(w.nord, w.moderator, &format!("Bitte {i}"))).await.unwrap();
    }
    s.clock().advance(chrono::Duration::hours(2));
    let lines = new_since(&app, w.resident).await.unwrap();
    assert_eq!(lines[0].0, "mehr als 99 neue Einträge in der Nachbarschaftshilfe");
}

#[tokio::test]
async fn the_start_page_counts_conversations_with_unread_messages() {
    let app = TestApp::new().await;
    let w = app.world().await;
    // The world's moderator answered Rita's request; she has not read it.
    let rita = app.client_for(w.resident).await;
    let link = |p: &Page| p.text("main a[href='/inbox']");
    assert!(link(&app.get_page(&rita, "/n/nord").await).contains("Eine Unterhaltung mit ungelesener Nachricht"));
    // Reading it clears the count; the link stays.
    app.get_page(&rita, &format!("/inbox/{}", w.conversation)).await;
    assert_eq!(link(&app.get_page(&rita, "/n/nord").await), "Zu Ihren Nachrichten");
    // The moderator wrote it, so it is read for them.
    let mo = app.client_for(w.moderator).await;
    assert_eq!(link(&app.get_page(&mo, "/n/nord").await), "Zu Ihren Nachrichten");
}

/// The start page's shared blocks are kept in each server's memory
/// (`quartier_web::cache`): a write on one server must show on the other's
/// next request, for each audience, and time passing must show within
/// `CACHE_TTL` even when nothing was written.
#[tokio::test]
async fn a_start_page_kept_by_one_server_shows_a_write_on_the_other_at_once() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let other = app.second_server(|_| {}).await;
    let rita = app.client_for(w.resident).await;
    let coordinator = app.client_for(w.coordinator).await;
    let anon = app.client();
    let page = |c: &reqwest::Client, base: &str| {
        let r = c.get(format!("{base}/n/nord")).send();
        async move { Page::from(r.await.unwrap()).await.0.html() }
    };
    // The other server reads the page for each audience, twice: kept.
    for _ in 0..2 {
        assert!(!page(&rita, &other).await.contains("Kürbissuppe"));
        assert!(!page(&coordinator, &other).await.contains("Kürbissuppe"));
        assert!(!page(&anon, &other).await.contains("Herbstfest"));
    }
    // A neighbour asks for help on this server.
    let r = app
        .post_form(
            &rita,
            "/n/nord/help",
            &[("kind", "request"), ("category", "shopping"), ("title", "Kürbissuppe kochen"), ("body", "Wer hilft?")],
        )
        .await;
    assert_eq!(r.status(), 303);
    assert!(page(&rita, &other).await.contains("Kürbissuppe kochen"), "a neighbour sees it at once");
    assert!(page(&coordinator, &other).await.contains("Kürbissuppe kochen"), "so does the coordinator");
    // The club's public news, written by any path, reaches visitors at once.
    app.store.post_news(w.org, w.editor, "Herbstfest im Hof", "Mit Musik.", false).await.unwrap();
    assert!(page(&anon, &other).await.contains("Herbstfest im Hof"));
    // Time passing is no write: the club's events leave the page once
    // they are over (in three days), within the bound.
    let event = format!("/e/{}", w.event);
    assert!(page(&anon, &other).await.contains(&event), "the club's event comes up");
    app.store.clock().advance(chrono::Duration::days(4));
    assert!(!page(&anon, &other).await.contains(&event), "over, and not shown from memory");
}

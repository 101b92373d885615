//! An organisation's site under its own domain: the operator maps the name,
//! the name serves the organisation's page at `/` and its site as it is,
//! and sends everything else to the instance's own address.

use crate::helpers::*;

async fn get_on(app: &TestApp, c: &reqwest::Client, host: &str, path: &str) -> reqwest::Response {
    c.get(app.url(path)).header("host", host).send().await.unwrap()
}

#[tokio::test]
async fn the_operator_maps_a_name_and_it_serves_the_site() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let op = app.client_for(w.operator).await;
    let anon = app.client();
    // Before: the name shows the instance, like any name it does not know.
    let r = get_on(&app, &anon, "verein-nord.example", "/").await;
    assert_eq!(r.status(), 200);
    assert_ne!(Page::from(r).await.text("h1"), "Bürgerverein Nord");
    // Bad input, next to its field, what was typed kept.
    for (host, org, field) in [
        ("nicht gültig", "buergerverein", "host"),
        ("127.0.0.1", "buergerverein", "host"),
        ("verein-nord.example", "gibt-es-nicht", "organisation"),
        ("verein-nord.example", "", "organisation"),
    ] {
        let r = app.post_form(&op, "/admin/domains", &[("host", host), ("organisation", org)]).await;
        assert_eq!(r.status(), 422, "{host} {org}");
        let page = Page::from(r).await;
        assert_eq!(page.count(&format!("#e-{field}")), 1, "{host} {org}");
        assert_eq!(page.attr("#f-host", "value").unwrap_or_default(), host);
    }
    let r = app
        .post_form(
            &op,
            "/admin/domains",
            &[("host", "https://Verein-Nord.example/"), ("organisation", "https://x/o/buergerverein")],
        )
        .await;
    assert_eq!(redirected(&r), "/admin/domains?notice=notice-domain-added");
    // The TLS proxy may fetch a certificate for a mapped name only.
    let ask = |d: &str| format!("/.well-known/quartier/tls-allowed?domain={d}");
    assert_eq!(app.get(&anon, &ask("verein-nord.example")).await.status(), 200);
    for other in ["andere.example", "", "nicht%20g%C3%BCltig", "127.0.0.1"] {
        assert_eq!(app.get(&anon, &ask(other)).await.status(), 404, "{other}");
    }
    let list = app.get_page(&op, "/admin/domains").await;
    assert_eq!(list.texts("tbody th"), vec!["verein-nord.example".to_string()]);
    let r =
        app.post_form(&op, "/admin/domains", &[("host", "verein-nord.example"), ("organisation", "suedchor")]).await;
    assert_eq!(r.status(), 422, "one organisation per name");
    // The name serves the organisation's page at its root, with a port too.
    let page = Page::from(get_on(&app, &anon, "Verein-Nord.example:443", "/").await).await;
    assert_eq!(page.text("h1"), "Bürgerverein Nord");
    for path in ["/o/buergerverein/contact", "/o/buergerverein/feed.atom", "/static/style.css", "/login", "/healthz"] {
        assert_eq!(get_on(&app, &anon, "verein-nord.example", path).await.status(), 200, "{path}");
    }
    // The rest of the instance lives at its own address.
    let r = get_on(&app, &anon, "verein-nord.example", "/n/nord?x=1").await;
    assert_eq!(r.status(), 303);
    assert_eq!(location(&r), app.url("/n/nord?x=1"));
    let r = get_on(&app, &anon, "verein-nord.example", "/o/suedchor").await;
    assert_eq!(location(&r), app.url("/o/suedchor"));
    // The club's administrator sees the name on the site's page; the log says who.
    let rita = app.client_for(w.resident).await;
    let manage = app.get_page(&rita, "/o/buergerverein/site").await;
    assert!(manage.texts("main li").iter().any(|t| t == "verein-nord.example"));
    let log = app.get_page(&rita, "/o/buergerverein/log").await;
    assert!(log.text("main").contains("verein-nord.example"));
    // Removed: the name shows the instance again, at once on this server.
    let r = app.post_form(&op, "/admin/domains/remove", &[("host", "verein-nord.example")]).await;
    assert_eq!(redirected(&r), "/admin/domains?notice=notice-domain-removed");
    let page = Page::from(get_on(&app, &anon, "verein-nord.example", "/").await).await;
    assert_ne!(page.text("h1"), "Bürgerverein Nord");
    let r = app.post_form(&op, "/admin/domains/remove", &[("host", "verein-nord.example")]).await;
    assert_eq!(r.status(), 404);
    assert_eq!(app.get(&anon, &ask("verein-nord.example")).await.status(), 404);
    // Nobody but the operator maps names.
    for c in [&rita, &app.client_for(w.coordinator).await] {
        let r = app.post_form(c, "/admin/domains", &[("host", "x.example"), ("organisation", "buergerverein")]).await;
        assert_eq!(r.status(), 403);
    }
}

#[tokio::test]
async fn the_instance_itself_costs_no_lookup() {
    let app = TestApp::new().await;
    let w = app.world().await;
    app.store.add_org_domain("verein-nord.example", w.org).await.unwrap();
    let anon = app.client();
    assert!(app.statements_for(&anon, "/static/style.css").await.is_empty());
    // A foreign name is read once, then remembered.
    let first = anon.get(app.url("/healthz")).header("host", "verein-nord.example");
    assert_eq!(first.send().await.unwrap().status(), 200);
    let again = app.statements_for_on(&anon, "/healthz", "verein-nord.example").await;
    assert!(again.is_empty(), "{again:?}");
}

/// The cache of host names is per server: a name mapped or removed on one
/// server reaches the other within the cache's bound (here shortened to a
/// second; `DOMAIN_TTL` in production), and the one that made the change
/// sees it at once.
#[tokio::test]
async fn a_change_on_one_server_reaches_the_other_within_the_bound() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let ttl = std::time::Duration::from_secs(1);
    let other =
        app.second_server(|s| s.domains = std::sync::Arc::new(quartier_web::domains::DomainCache::with_ttl(ttl))).await;
    let anon = app.client();
    let h1_on = |base: String| {
        let anon = anon.clone();
        async move {
            let r = anon.get(format!("{base}/")).header("host", "verein-nord.example").send().await.unwrap();
            Page::from(r).await.text("h1")
        }
    };
    // The other server reads the name before it is mapped, and remembers that.
    assert_ne!(h1_on(other.clone()).await, "Bürgerverein Nord");
    let op = app.client_for(w.operator).await;
    let r = app
        .post_form(&op, "/admin/domains", &[("host", "verein-nord.example"), ("organisation", "buergerverein")])
        .await;
    assert_eq!(redirected(&r), "/admin/domains?notice=notice-domain-added");
    assert_eq!(h1_on(app.base.clone()).await, "Bürgerverein Nord", "at once where it was made");
    let t0 = std::time::Instant::now();
    while h1_on(other.clone()).await != "Bürgerverein Nord" {
        assert!(t0.elapsed() < ttl + std::time::Duration::from_millis(500), "not seen within the bound");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    // And removed again.
    let r = app.post_form(&op, "/admin/domains/remove", &[("host", "verein-nord.example")]).await;
    assert_eq!(redirected(&r), "/admin/domains?notice=notice-domain-removed");
    let t0 = std::time::Instant::now();
    while h1_on(other.clone()).await == "Bürgerverein Nord" {
        assert!(t0.elapsed() < ttl + std::time::Duration::from_millis(500), "removal not seen within the bound");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

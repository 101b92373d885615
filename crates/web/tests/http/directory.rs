//! The public directory of organisations (issue #16): anyone finds the
//! quarter's organisations without an account, by words, kind and the
//! accessibility of their premises, per neighbourhood and instance-wide.

use crate::helpers::*;
use quartier_core::neighbourhood::Slug;
use quartier_store::organisations::OrgProfile;
use uuid::Uuid;

/// An organisation proposed in `n` by `by` and, if `confirm_by` is given,
/// confirmed there.
async fn org(app: &TestApp, n: Uuid, by: Uuid, confirm_by: Option<Uuid>, slug: &str, p: OrgProfile) -> Uuid {
    let id = app.store.propose_organisation(n, by, &Slug::parse(slug).unwrap(), p).await.unwrap().id;
    if let Some(c) = confirm_by {
        app.store.confirm_organisation(n, id, c).await.unwrap();
    }
    id
}

fn profile(name: &str, kind: &str, description: &str) -> OrgProfile {
    OrgProfile { name: name.into(), kind: kind.into(), description: description.into(), ..Default::default() }
}

/// The slugs of the organisations a directory page lists.
fn listed(page: &Page) -> Vec<String> {
    let s = scraper::Selector::parse("ul.directory > li > a").unwrap();
    page.0.select(&s).filter_map(|a| a.value().attr("href")).map(|h| h.trim_start_matches("/o/").to_string()).collect()
}

/// Tafel (step-free, in Nord), Chorgemeinschaft (toilet and hearing loop,
/// in Nord) and Sportverein (step-free, in Süd), all confirmed.
async fn some_organisations(app: &TestApp, w: &World) {
    let sued = app.store.neighbourhood_by_slug("sued").await.unwrap().id;
    let tafel = OrgProfile {
        step_free: true,
        ..profile("Tafel Nord", "social_service", "Lebensmittel für alle, jeden Dienstag.")
    };
    org(app, w.nord, w.resident, Some(w.coordinator), "tafel", tafel).await;
    let chor = OrgProfile {
        accessible_toilet: true,
        hearing_loop: true,
        ..profile("Chorgemeinschaft", "club", "Wir singen 100% gern. **Neue Stimmen** willkommen.")
    };
    org(app, w.nord, w.resident, Some(w.coordinator), "chorgemeinschaft", chor).await;
    let sport = OrgProfile { step_free: true, ..profile("Sportverein Süd", "club", "Fußball und Gymnastik.") };
    org(app, sued, w.outsider, Some(w.other), "sportverein", sport).await;
}

#[tokio::test]
async fn anyone_reads_a_neighbourhoods_directory_and_only_coordinators_see_what_waits() {
    let app = TestApp::new().await;
    let w = app.world().await;
    some_organisations(&app, &w).await;
    let anonymous = app.client();
    let r = app.get(&anonymous, "/n/nord/organisations").await;
    assert_eq!(r.status(), 200);
    let page = Page::from(r).await;
    assert_eq!(listed(&page), ["buergerverein", "chorgemeinschaft", "tafel"]);
    // What it offers, its kind and its premises, and no way to propose one.
    let text = page.text("ul.directory");
    assert!(text.contains("Lebensmittel für alle"), "{text}");
    assert!(text.contains("Wir singen 100% gern. Neue Stimmen willkommen."), "{text}");
    assert!(text.contains("Soziale") || text.contains("Verein"), "{text}");
    assert!(text.contains("Induktionsschleife"), "{text}");
    assert_eq!(page.count("a[href='/n/nord/organisations/new']"), 0);
    assert_eq!(page.count("a[href='/organisations']"), 1, "links to the instance-wide directory");
    // The menu of a neighbourhood leads there for anyone.
    let start = app.get_page(&anonymous, "/n/nord").await;
    assert_eq!(start.count("nav a[href='/n/nord/organisations']"), 1);

    // The club that waits: not for residents, first for the coordinator.
    let resident = app.client_for(w.resident).await;
    let page = app.get_page(&resident, "/n/nord/organisations").await;
    assert!(!listed(&page).contains(&"chor".to_string()));
    assert_eq!(page.count("a[href='/n/nord/organisations/new']"), 1, "members may propose");
    let coordinator = app.client_for(w.coordinator).await;
    let page = app.get_page(&coordinator, "/n/nord/organisations").await;
    assert_eq!(listed(&page).first().map(String::as_str), Some("chor"));
    assert_eq!(page.count(&format!("form[action='/n/nord/organisations/{}/confirm']", w.org_pending)), 1);
    // Nor does it show in the instance-wide directory, even to the coordinator.
    for c in [&anonymous, &resident, &coordinator] {
        let all = app.get_page(c, "/organisations").await;
        assert!(!listed(&all).contains(&"chor".to_string()));
    }
    // Nor for a neighbourhood's directory, even filtered to match it.
    let page = app.get_page(&anonymous, "/n/nord/organisations?q=b%C3%BCrgerverein").await;
    assert_eq!(listed(&page), ["buergerverein"]);
}

#[tokio::test]
async fn a_directory_is_searched_and_filtered_and_shows_the_filter_back() {
    let app = TestApp::new().await;
    let w = app.world().await;
    some_organisations(&app, &w).await;
    let c = app.client();
    let found = |path: &'static str| {
        let (app, c) = (&app, &c);
        async move {
            let r = app.get(c, path).await;
            assert_eq!(r.status(), 200, "{path}");
            listed(&Page::from(r).await)
        }
    };
    // Words in the name or the description, whatever their case.
    assert_eq!(found("/n/nord/organisations?q=LEBENSMITTEL").await, ["tafel"]);
    assert_eq!(found("/n/nord/organisations?q=tafel").await, ["tafel"]);
    // (The club in Süd has the same name as Nord's; by name, then in any order.)
    let mut clubs = found("/organisations?q=verein").await;
    assert_eq!(clubs.pop().as_deref(), Some("sportverein"));
    clubs.sort();
    assert_eq!(clubs, ["buergerverein", "suedchor"]);
    // `%` and `_` are just characters.
    assert_eq!(found("/organisations?q=100%25").await, ["chorgemeinschaft"]);
    assert!(found("/organisations?q=_").await.is_empty());
    // Each filter, and filters together.
    assert_eq!(found("/n/nord/organisations?kind=club").await, ["buergerverein", "chorgemeinschaft"]);
    assert_eq!(found("/n/nord/organisations?step_free=yes").await, ["tafel"]);
    assert_eq!(found("/n/nord/organisations?accessible_toilet=yes").await, ["chorgemeinschaft"]);
    assert_eq!(found("/n/nord/organisations?hearing_loop=yes").await, ["chorgemeinschaft"]);
    assert_eq!(found("/organisations?kind=club&step_free=yes").await, ["sportverein"]);
    assert_eq!(found("/organisations?kind=parish").await, Vec::<String>::new());
    // The form shows what was asked.
    let page = app.get_page(&c, "/organisations?q=Chor&kind=club&hearing_loop=yes").await;
    assert_eq!(page.attr("#f-q", "value").as_deref(), Some("Chor"));
    assert_eq!(page.attr("#f-kind option[selected]", "value").as_deref(), Some("club"));
    assert_eq!(page.count("#f-hearing_loop[checked]"), 1);
    assert_eq!(page.count("#f-step_free[checked]"), 0);
    // The instance-wide directory names each one's neighbourhood.
    let page = app.get_page(&c, "/organisations?q=sport").await;
    assert_eq!(page.attr("ul.directory a[href^='/n/']", "href").as_deref(), Some("/n/sued"));
    // The instance's start page leads there.
    assert_eq!(app.get_page(&c, "/").await.count("a[href='/organisations']"), 1);
}

#[tokio::test]
async fn bad_parameters_are_ignored_never_an_error() {
    let app = TestApp::new().await;
    let w = app.world().await;
    some_organisations(&app, &w).await;
    let c = app.client();
    let long = "x".repeat(5000);
    for path in [
        "/organisations?kind=spaceship".to_string(),
        "/organisations?kind=".to_string(),
        "/organisations?step_free=maybe&hearing_loop=1".to_string(),
        "/organisations?after=not-an-id&before=%00".to_string(),
        format!("/organisations?after={}", Uuid::new_v4()),
        format!("/organisations?q={long}"),
        "/organisations?q=%27%3B%20DROP%20TABLE%20organisations%3B--".to_string(),
        "/n/nord/organisations?kind=spaceship".to_string(),
        "/n/nord/organisations?kind=club&kind=parish".to_string(),
    ] {
        let r = app.get(&c, &path).await;
        assert!(r.status().as_u16() < 500, "{path}: {}", r.status());
    }
    // An unknown kind is no filter at all.
    let all = listed(&app.get_page(&c, "/organisations").await);
    assert_eq!(listed(&app.get_page(&c, "/organisations?kind=spaceship").await), all);
    assert_eq!(listed(&app.get_page(&c, "/organisations?step_free=maybe").await), all);
    // A neighbourhood that does not exist.
    assert_eq!(app.get(&c, "/n/nirgendwo/organisations").await.status(), 404);
}

#[tokio::test]
async fn paging_keeps_the_filter() {
    let app = TestApp::new().await;
    let w = app.world().await;
    // More step-free clubs than a page holds, and clubs without a step-free entrance between them.
    for i in 0..55 {
        let p = OrgProfile { step_free: true, ..profile(&format!("Verein {i:02}"), "club", "") };
        org(&app, w.nord, w.resident, Some(w.coordinator), &format!("verein-{i:02}"), p).await;
        let p = profile(&format!("Verein {i:02} b"), "club", "");
        org(&app, w.nord, w.resident, Some(w.coordinator), &format!("verein-{i:02}-b"), p).await;
    }
    let c = app.client();
    for base in ["/organisations", "/n/nord/organisations"] {
        let first = app.get_page(&c, &format!("{base}?q=verein&step_free=yes")).await;
        let mut seen = listed(&first);
        assert_eq!(seen.len(), 50);
        let next = first.attr("a[rel=next]", "href").unwrap();
        assert!(next.starts_with(&format!("{base}?q=verein&step_free=yes&after=")), "{next}");
        let second = app.get_page(&c, &next).await;
        assert_eq!(second.attr("#f-q", "value").as_deref(), Some("verein"));
        assert_eq!(second.count("#f-step_free[checked]"), 1);
        seen.extend(listed(&second));
        let expected: Vec<String> = (0..55).map(|i| format!("verein-{i:02}")).collect();
        assert_eq!(seen, expected, "{base}");
        assert_eq!(second.count("a[rel=next]"), 0);
        let prev = second.attr("a[rel=prev]", "href").unwrap();
        assert!(prev.contains("step_free=yes&before="), "{prev}");
        assert_eq!(listed(&app.get_page(&c, &prev).await).len(), 50);
    }
}

#[tokio::test]
async fn an_organisations_page_announces_its_feed() {
    let app = TestApp::new().await;
    let _w = app.world().await;
    let page = app.get_page(&app.client(), "/o/buergerverein").await;
    assert_eq!(
        page.attr("head link[rel=alternate][type='application/atom+xml']", "href").as_deref(),
        Some("/o/buergerverein/feed.atom")
    );
}

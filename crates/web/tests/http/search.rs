//! Finding things by words in one neighbourhood: every result asked its
//! kind's own rule, nothing hidden found, nothing of another neighbourhood,
//! paged by key.

use crate::helpers::*;
use quartier_store::events::{EventDetails, Holder};
use quartier_store::sea_orm::{ColumnTrait, EntityTrait, QueryFilter, sea_query::Expr};

/// The links of the results a search page shows.
fn found(page: &Page) -> Vec<String> {
    let s = scraper::Selector::parse("ol.search-results > li > a").unwrap();
    page.0.select(&s).filter_map(|a| a.value().attr("href")).map(str::to_string).collect()
}

async fn search(app: &TestApp, c: &reqwest::Client, q: &str) -> Page {
    let r = app.get(c, &format!("/n/nord/search?q={}", urlencode(q))).await;
    assert_eq!(r.status(), 200, "{q}");
    Page::from(r).await
}

fn urlencode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[tokio::test]
async fn each_reader_finds_what_they_may_see_and_nothing_hidden() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let s = &app.store;
    let anonymous = app.client();
    let resident = app.client_for(w.resident).await;
    let sued = s.neighbourhood_by_slug("sued").await.unwrap().id;

    // A neighbour's request: residents find it by words, umlauts folded.
    let mut e = new_entry(w.nord, w.moderator, "Wer hilft beim Fensterputzen?");
    e.body = "Frau Müller in der Gartenstraße braucht eine Leiter.".into();
    let request = s.create_entry(e).await.unwrap().id;
    let link = format!("/n/nord/help/{request}");
    for q in ["fensterputzen", "Fenster", "mueller leiter", "gartenstrasse", "GARTENSTR"] {
        assert_eq!(found(&search(&app, &resident, q).await), [link.as_str()], "{q}");
    }
    let page = search(&app, &resident, "leiter").await;
    assert!(page.text("ol.search-results").contains("Leiter"), "an excerpt of the text");
    assert!(found(&search(&app, &resident, "fenster garten hund").await).is_empty(), "every word must match");
    // Not for anonymous visitors, nor for a neighbour still waiting.
    assert!(found(&search(&app, &anonymous, "fensterputzen").await).is_empty());
    let unverified = app.client_for(w.unverified).await;
    assert!(found(&search(&app, &unverified, "fensterputzen").await).is_empty());
    // Another neighbourhood's request is not found in Nord.
    let theirs = app.entry_by(sued, w.other, "Fensterputzen im Süden").await;
    assert_eq!(found(&search(&app, &resident, "fensterputzen").await), [link.as_str()]);
    assert!(!found(&search(&app, &resident, "suden").await).iter().any(|l| l.contains(&theirs.to_string())));

    // Members-only news of the club: for its members, not for anyone else.
    let internal = s.post_news(w.org, w.resident, "Vorstandssitzung", "Nur intern.", true).await.unwrap().id;
    let public = s.post_news(w.org, w.resident, "Flohmarkt im Hof", "Alle sind eingeladen.", false).await.unwrap().id;
    assert_eq!(
        found(&search(&app, &resident, "vorstandssitzung").await),
        [format!("/o/buergerverein/news/{internal}")]
    );
    assert!(found(&search(&app, &anonymous, "vorstandssitzung").await).is_empty());
    let moderator = app.client_for(w.moderator).await;
    assert!(found(&search(&app, &moderator, "vorstandssitzung").await).is_empty());
    assert_eq!(found(&search(&app, &anonymous, "flohmarkt").await), [format!("/o/buergerverein/news/{public}")]);

    // The club's public event and the club itself: anyone finds them.
    let details = EventDetails { title: "Laternenumzug".into(), category: "culture".into(), ..Default::default() };
    let soon = s.now() + chrono::Duration::days(3);
    let when = [(soon, soon + chrono::Duration::hours(2))];
    let event = s.create_event(Holder::Organisation(w.org), w.resident, &details, &when).await.unwrap()[0].id;
    assert_eq!(found(&search(&app, &anonymous, "laternen").await), [format!("/e/{event}")]);
    assert!(found(&search(&app, &anonymous, "bürgerverein").await).contains(&"/o/buergerverein".to_string()));
    // A residents' event inside Nord: not for anonymous visitors.
    let inside = EventDetails { title: "Hofkonzert".into(), category: "culture".into(), ..Default::default() };
    let nb_event = s.create_event(Holder::Neighbourhood(w.nord), w.resident, &inside, &when).await.unwrap()[0].id;
    assert!(found(&search(&app, &resident, "hofkonzert").await).contains(&format!("/e/{nb_event}")));
    assert!(found(&search(&app, &anonymous, "hofkonzert").await).is_empty());

    // Groups live inside; a hidden one is found by nobody.
    let group = s
        .create_group(
            w.nord,
            w.resident,
            quartier_store::groups::GroupProfile {
                name: "Skatrunde".into(),
                description: "Jeden Freitag Karten spielen.".into(),
                kind: "interest".into(),
                joining: "open".into(),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    let glink = format!("/n/nord/groups/{}", group.id);
    assert_eq!(found(&search(&app, &moderator, "skat karten").await), [glink.as_str()]);
    assert!(found(&search(&app, &anonymous, "skatrunde").await).is_empty());
    use quartier_store::entity::group;
    group::Entity::update_many()
        .col_expr(group::Column::HiddenReason, Expr::value("Werbung"))
        .filter(group::Column::Id.eq(group.id))
        .exec(s.db())
        .await
        .unwrap();
    assert!(found(&search(&app, &resident, "skatrunde").await).is_empty(), "not even for its founder");

    // A removed item: hidden by a moderator, found by nobody, not its author.
    s.hide_entry(request, "Werbung").await.unwrap();
    assert!(found(&search(&app, &moderator, "fensterputzen").await).is_empty());
    assert!(found(&search(&app, &resident, "fensterputzen").await).is_empty());
    s.hide_event(event, "Werbung").await.unwrap();
    assert!(found(&search(&app, &resident, "laternenumzug").await).is_empty());
}

#[tokio::test]
async fn the_form_hints_pages_by_key_and_escapes_what_it_shows() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let resident = app.client_for(w.resident).await;
    // No words: the form and a hint, no search run.
    for q in ["", "a", "und der", "  "] {
        let page = search(&app, &resident, q).await;
        assert_eq!(page.count("form[role=search] input[name=q]"), 1, "{q:?}");
        assert_eq!(page.count("ol.search-results"), 0, "{q:?}");
        assert_eq!(page.count("#search-hint"), 1, "{q:?}");
    }
    let queries = app.queries_for(&resident, "/n/nord/search?q=a").await;
    let searching = app.queries_for(&resident, "/n/nord/search?q=kuchen").await;
    assert!(queries < searching, "a hint runs no search: {queries} vs {searching}");
    // Over-long input and SQL are just words.
    let long = "kuchen ".repeat(400);
    assert_eq!(app.get(&resident, &format!("/n/nord/search?q={}", urlencode(&long))).await.status(), 200);
    let page = search(&app, &resident, "'; DROP TABLE search_terms; --").await;
    assert!(found(&page).is_empty());
    // The start page and the menu lead here.
    let start = app.get_page(&resident, "/n/nord").await;
    assert_eq!(start.attr("form[role=search]", "action").as_deref(), Some("/n/nord/search"));
    assert!(start.count("nav.nb-menu a[href='/n/nord/search']") == 1);

    // 25 matches: 20, then 5 after the key of the last shown.
    let mut ids = Vec::new();
    for i in 0..25 {
        ids.push(app.entry_by(w.nord, w.moderator, &format!("Kuchen backen {i}")).await);
        app.store.clock().advance(chrono::Duration::seconds(1));
    }
    let first = search(&app, &resident, "kuchen").await;
    let shown = found(&first);
    assert_eq!(shown.len(), 20);
    assert_eq!(shown[0], format!("/n/nord/help/{}", ids[24]), "newest first");
    let next = first.attr("a[rel=next]", "href").expect("a next page");
    assert!(next.contains("after="), "{next}");
    let second = Page::from(app.get(&resident, &next).await).await;
    let rest = found(&second);
    assert_eq!(rest.len(), 5);
    assert_eq!(rest[4], format!("/n/nord/help/{}", ids[0]));
    assert!(second.attr("a[rel=next]", "href").is_none());
    // A mangled key is the first page.
    let again = Page::from(app.get(&resident, "/n/nord/search?q=kuchen&after=nonsense").await).await;
    assert_eq!(found(&again), shown);

    // What people wrote is text, never markup.
    let mut e = new_entry(w.nord, w.moderator, "<img src=x onerror=alert(1)> Torte");
    e.body = "<script>alert(2)</script> Torte mit Sahne".into();
    app.store.create_entry(e).await.unwrap();
    let r = app.get(&resident, "/n/nord/search?q=torte").await;
    let html = r.text().await.unwrap();
    assert!(!html.contains("<img src=x") && !html.contains("<script>alert"), "escaped");
    assert!(html.contains("&lt;img src=x") || html.contains("&#60;img src=x"), "shown as text");
}

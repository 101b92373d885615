//! The impact report through the real server: figures counted from what
//! happened, small counts hidden everywhere they go, the notice board's
//! count, publishing and the published report for anyone.

use crate::helpers::*;
use chrono::{TimeZone, Utc};
use quartier_core::neighbourhood::Role;
use quartier_store::events::{EventDetails, Holder};
use uuid::Uuid;

/// `count` help requests by `author`, answered by `helper` and done, at
/// the store's current time.
async fn help_done(app: &TestApp, n: Uuid, author: Uuid, helper: Uuid, count: usize) {
    for i in 0..count {
        let e = app.entry_by(n, author, &format!("Einkauf {i}")).await;
        app.store.accept(e, helper).await.unwrap();
        app.store.mark_done(e).await.unwrap();
    }
}

fn at(y: i32, m: u32, d: u32) -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, 10, 0, 0).single().unwrap()
}

/// The row of the report's table labelled `label`: (now, before, change).
fn row(p: &Page, label: &str) -> (String, String, String) {
    let sel = scraper::Selector::parse(".impact-table tbody tr").unwrap();
    let td = scraper::Selector::parse("td").unwrap();
    let th = scraper::Selector::parse("th").unwrap();
    for tr in p.0.select(&sel) {
        let name: String = tr.select(&th).next().map(|t| t.text().collect()).unwrap_or_default();
        if name.trim() == label {
            let cells: Vec<String> = tr.select(&td).map(|t| t.text().collect::<String>().trim().to_string()).collect();
            return (cells[0].clone(), cells[1].clone(), cells[2].clone());
        }
    }
    panic!("no row {label}");
}

#[tokio::test]
async fn a_coordinator_reads_real_numbers_and_small_ones_stay_hidden() {
    let app = TestApp::new().await;
    let nord = app.nord().await;
    // October: three requests done. November: seven, and three events
    // with six sign-ups.
    app.store.clock().set(at(2026, 10, 5));
    let coord = app.coordinator_of(nord).await;
    let rita = app.resident_in(nord).await;
    let helper = app.member(nord, "hans@example.org", "Hans Helfer", Role::Resident).await;
    app.store.set_time_bank(nord, true).await.unwrap();
    help_done(&app, nord, rita, helper, 3).await;
    app.store.clock().set(at(2026, 11, 10));
    help_done(&app, nord, rita, helper, 7).await;
    let details = EventDetails {
        title: "Kaffee".into(),
        category: "culture".into(),
        signup_required: true,
        ..Default::default()
    };
    let mut people = Vec::new();
    for i in 0..6 {
        people.push(app.member(nord, &format!("p{i}@example.org"), &format!("Nachbar {i}"), Role::Resident).await);
    }
    for d in [12, 19, 26] {
        let when = [(at(2026, 11, d), at(2026, 11, d) + chrono::Duration::hours(2))];
        let e = app.store.create_event(Holder::Neighbourhood(nord), coord, &details, &when).await.unwrap()[0].id;
        for p in people.iter().take(2) {
            app.store.sign_up(e, *p).await.unwrap();
        }
    }
    app.store.clock().set(quartier_store::testing::test_start());

    let c = app.client_for(coord).await;
    let page = app.get_page(&c, "/n/nord/impact?preset=last_month").await;
    assert_eq!(app.get(&c, "/n/nord/impact").await.status(), 200, "last month without a choice");
    assert!(page.text("h2.impact-period").contains("01.11.2026 bis 30.11.2026"), "{}", page.text("h2.impact-period"));
    assert_eq!(row(&page, "Erledigte Hilfegesuche"), ("7".into(), "weniger als 5".into(), "nicht gezeigt".into()));
    assert_eq!(row(&page, "Stunden geleisteter Hilfe").0, "7");
    assert_eq!(row(&page, "Stunden in der Zeitbank").0, "7");
    assert_eq!(row(&page, "Hilfegesuche").0, "7");
    assert_eq!(row(&page, "Davon beantwortet").0, "7");
    assert_eq!(row(&page, "Veranstaltungen").0, "weniger als 5");
    assert_eq!(row(&page, "Anmeldungen zu Veranstaltungen").0, "6");
    // Nine members at the end of November, all new in it; three in October.
    assert_eq!(
        row(&page, "Bestätigte Mitglieder (am Ende)"),
        ("9".into(), "weniger als 5".into(), "nicht gezeigt".into())
    );
    // Each chart has its title and text alternative, and draws no bar for
    // a hidden figure.
    assert_eq!(page.count("svg.impact-chart[role=img] title"), 5);
    assert!(page.text("#chart-help-d").contains("Erledigte Hilfegesuche: 7 (davor weniger als 5)"));

    // The CSV and the JSON say the same, and never the hidden 3.
    let r = app.get(&c, "/n/nord/impact.csv?from=2026-11-01&to=2026-11-30").await;
    assert_eq!(r.status(), 200);
    assert!(r.headers()["content-type"].to_str().unwrap().starts_with("text/csv"));
    let csv = r.text().await.unwrap();
    let line = csv.lines().find(|l| l.starts_with("help_done,")).unwrap();
    assert_eq!(line, "help_done,\"Erledigte Hilfegesuche\",2026-11-01,2026-11-30,7,2026-10-02,2026-10-31,<5,");
    let r = app.get(&c, "/api/v1/neighbourhoods/nord/impact?from=2026-11-01&to=2026-11-30").await;
    assert_eq!(r.status(), 200);
    let v: serde_json::Value = r.json().await.unwrap();
    let done = v["figures"].as_array().unwrap().iter().find(|f| f["metric"] == "help_done").unwrap();
    assert_eq!(done["now"]["value"], 7);
    assert_eq!(done["before"]["fewer_than"], 5);
    assert!(done["change"].is_null());
    assert!(!v.to_string().contains("\"value\":3"), "{v}");

    // A longer period compares with one of the same length: October and
    // November together against August and September.
    let page = app.get_page(&c, "/n/nord/impact?from=2026-10-01&to=2026-11-30").await;
    assert_eq!(row(&page, "Erledigte Hilfegesuche"), ("10".into(), "weniger als 5".into(), "nicht gezeigt".into()));
}

#[tokio::test]
async fn bad_periods_and_counts_are_told_by_their_field() {
    let app = TestApp::new().await;
    let nord = app.nord().await;
    let coord = app.client_for(app.coordinator_of(nord).await).await;
    let r = app.get(&coord, "/n/nord/impact?from=2026-11-30&to=2026-11-01").await;
    assert_eq!(r.status(), 422);
    let p = Page::from(r).await;
    assert!(p.text("#e-to").contains("Das Ende liegt vor dem Anfang."));
    assert_eq!(p.attr("#f-from", "value").as_deref(), Some("2026-11-30"));
    let r = app.get(&coord, "/n/nord/impact?from=gestern&to=").await;
    assert_eq!(r.status(), 422);
    assert_eq!(app.get(&coord, "/n/nord/impact.csv?from=x&to=y").await.status(), 422);
    let r = app.get(&coord, "/api/v1/neighbourhoods/nord/impact?from=2026-11-30&to=2026-11-01").await;
    assert_eq!(r.status(), 422);
    assert!(r.headers()["content-type"].to_str().unwrap().starts_with("application/problem+json"));
    let form = [("from", "2026-11-01"), ("to", "2026-11-30"), ("people", "viele")];
    let r = app.post_form(&coord, "/n/nord/impact/notice-board", &form).await;
    assert_eq!(r.status(), 422);
    let p = Page::from(r).await;
    assert!(!p.text("#e-people").is_empty());
    assert_eq!(p.attr("#f-people", "value").as_deref(), Some("viele"));
    let form = [("from", "2026-11-30"), ("to", "2026-11-01"), ("people", "12")];
    assert_eq!(app.post_form(&coord, "/n/nord/impact/notice-board", &form).await.status(), 422);
    let r = app.post_form(&coord, "/n/nord/impact/publish?from=2026-11-30&to=2026-11-01", &[("confirm", "yes")]).await;
    assert_eq!(r.status(), 422);
}

#[tokio::test]
async fn the_notice_board_count_is_the_one_typed_number() {
    let app = TestApp::new().await;
    let nord = app.nord().await;
    let coord = app.client_for(app.coordinator_of(nord).await).await;
    for (from, to, people) in [("2026-11-01", "2026-11-30", "40"), ("2026-10-01", "2026-10-31", "3")] {
        let r = app
            .post_form(&coord, "/n/nord/impact/notice-board", &[("from", from), ("to", to), ("people", people)])
            .await;
        assert_eq!(r.status(), 303);
        assert!(redirected(&r).contains("notice=notice-impact-counted"));
    }
    // A second count for the same period replaces the first.
    let form = [("from", "2026-11-01"), ("to", "2026-11-30"), ("people", "45")];
    app.post_form(&coord, "/n/nord/impact/notice-board", &form).await;
    let page = app.get_page(&coord, "/n/nord/impact?from=2026-11-01&to=2026-11-30").await;
    let label = "Über den Aushang erreichte Menschen (gezählt)";
    assert_eq!(row(&page, label), ("45".into(), "weniger als 5".into(), "nicht gezeigt".into()));
    assert_eq!(page.attr("#f-people", "value").as_deref(), Some("45"));
    // A quarter adds up the months inside it.
    let page = app.get_page(&coord, "/n/nord/impact?from=2026-10-01&to=2026-12-31").await;
    assert_eq!(row(&page, label).0, "48");
}

#[tokio::test]
async fn a_published_report_is_for_everyone_and_frozen() {
    let app = TestApp::new().await;
    let nord = app.nord().await;
    app.store.clock().set(at(2026, 11, 3));
    let coord_id = app.coordinator_of(nord).await;
    let rita = app.resident_in(nord).await;
    let helper = app.member(nord, "hans@example.org", "Hans Helfer", Role::Resident).await;
    help_done(&app, nord, rita, helper, 5).await;
    app.store.clock().set(quartier_store::testing::test_start());
    let coord = app.client_for(coord_id).await;
    let anonymous = app.client();
    // Nothing published yet: the quarter's page has no link.
    assert_eq!(app.get_page(&anonymous, "/n/nord").await.count(".impact-latest"), 0);

    // Publishing asks first.
    let path = "/n/nord/impact/publish?from=2026-11-01&to=2026-11-30";
    let r = app.post_form(&coord, path, &[("confirm", "")]).await;
    assert_eq!(r.status(), 200);
    assert!(Page::from(r).await.text("h1").contains("Bericht veröffentlichen"));
    let r = app.post_form(&coord, path, &[("confirm", "yes")]).await;
    assert_eq!(r.status(), 303);
    let report = redirected(&r);
    assert!(report.contains("notice=notice-impact-published"), "{report}");

    // Anyone reads it from the quarter's page.
    let start = app.get_page(&anonymous, "/n/nord").await;
    let link = start.attr(".impact-latest a", "href").unwrap();
    let page = app.get_page(&anonymous, &link).await;
    assert_eq!(row(&page, "Erledigte Hilfegesuche").0, "5");
    assert!(page.texts(".impact-summary p").iter().any(|l| l == "5 Mal haben Nachbarn einander geholfen."));
    assert!(page.texts(".impact-summary p").iter().any(|l| l == "weniger als 5 Menschen sind bestätigte Mitglieder."));

    // Frozen: what happens later does not change it.
    app.store.clock().set(at(2026, 11, 20));
    help_done(&app, nord, rita, helper, 2).await;
    app.store.clock().set(quartier_store::testing::test_start());
    let page = app.get_page(&anonymous, &link).await;
    assert_eq!(row(&page, "Erledigte Hilfegesuche").0, "5");
    assert_eq!(row(&app.get_page(&coord, "/n/nord/impact?preset=last_month").await, "Erledigte Hilfegesuche").0, "7");

    // The same period again replaces it; an overlapping one is refused, so
    // two published reports never differ by a hidden count.
    let r = app.post_form(&coord, path, &[("confirm", "yes")]).await;
    assert_eq!(r.status(), 303);
    let page = app.get_page(&anonymous, &link).await;
    assert_eq!(row(&page, "Erledigte Hilfegesuche").0, "7");
    let overlapping = "/n/nord/impact/publish?from=2026-11-15&to=2026-12-05";
    assert_eq!(app.post_form(&coord, overlapping, &[("confirm", "yes")]).await.status(), 409);
    let next = "/n/nord/impact/publish?from=2026-12-01&to=2026-12-05";
    assert_eq!(app.post_form(&coord, next, &[("confirm", "yes")]).await.status(), 303);

    // A report of another quarter is not found here.
    app.sued().await;
    let id = link.rsplit('/').next().unwrap();
    assert_eq!(app.get(&anonymous, &format!("/n/sued/impact/reports/{id}")).await.status(), 404);
}

#[tokio::test]
async fn who_sees_the_report_before_it_is_published() {
    let app = TestApp::new().await;
    let nord = app.nord().await;
    let coord = app.client_for(app.coordinator_of(nord).await).await;
    let resident = app.client_for(app.resident_in(nord).await).await;
    let moderator = app.client_for(app.moderator_in(nord).await).await;
    let operator = app.client_for(app.operator().await).await;
    let anonymous = app.client();
    let path = "/n/nord/impact?preset=last_quarter";
    assert_eq!(app.get(&coord, path).await.status(), 200);
    assert_eq!(app.get(&operator, path).await.status(), 200);
    assert_eq!(app.get(&resident, path).await.status(), 403);
    assert_eq!(app.get(&moderator, path).await.status(), 403);
    let r = app.get(&anonymous, path).await;
    assert!(r.status() == 303 && location(&r).starts_with("/login?next="), "{}", r.status());
    // The operator reads, but neither counts nor publishes.
    let page = app.get_page(&operator, path).await;
    assert_eq!(page.count("form[action^='/n/nord/impact/publish']"), 0);
    let form = [("from", "2026-11-01"), ("to", "2026-11-30"), ("people", "12")];
    assert_eq!(app.post_form(&operator, "/n/nord/impact/notice-board", &form).await.status(), 403);
}

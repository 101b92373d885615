//! The network's business model: partners kept by the coordinators, read
//! by the administrators of partner organisations.

use crate::helpers::*;
use quartier_core::network::PartnerKind;
use quartier_store::network::{NewFunding, NewMeasure, NewPartner};

fn outside(name: &str) -> NewPartner {
    NewPartner {
        name: name.into(),
        kind: PartnerKind::Business,
        organisation: None,
        contact: String::new(),
        role: String::new(),
    }
}

#[tokio::test]
async fn a_coordinator_keeps_the_partners_and_partner_admins_read_them() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let carla = app.client_for(w.coordinator).await;
    // Bad input: the message next to its field, what was typed kept.
    let r = app
        .post_form(&carla, "/n/nord/network/partners", &[("name", "S"), ("kind", "king"), ("contact", "Frau Yilmaz")])
        .await;
    assert_eq!(r.status(), 422);
    let p = Page::from(r).await;
    assert!(!p.text("#e-name").is_empty());
    assert!(!p.text("#e-kind").is_empty());
    assert_eq!(p.attr("#f-contact", "value").as_deref(), Some("Frau Yilmaz"));
    // An organisation not confirmed in the quarter is refused by its field.
    let r = app
        .post_form(
            &carla,
            "/n/nord/network/partners",
            &[("name", "Chor"), ("kind", "nonprofit"), ("organisation", &w.org_pending.to_string())],
        )
        .await;
    assert_eq!(r.status(), 422);
    assert!(!Page::from(r).await.text("#e-organisation").is_empty());
    let r = app
        .post_form(&carla, "/n/nord/network/partners", &[("kind", "nonprofit"), ("organisation", "not-an-id")])
        .await;
    assert_eq!(r.status(), 422);
    // The Bürgerverein is a partner already.
    let r = app
        .post_form(&carla, "/n/nord/network/partners", &[("kind", "nonprofit"), ("organisation", &w.org.to_string())])
        .await;
    assert_eq!(r.status(), 422);
    assert!(Page::from(r).await.text("#e-organisation").contains("schon"));
    // An outside partner: the district office.
    let r = app
        .post_form(
            &carla,
            "/n/nord/network/partners",
            &[
                ("name", "Stadtteilbüro Nord"),
                ("kind", "municipal"),
                ("contact", "Frau Yilmaz"),
                ("role", "Stellt den Saal und berät."),
            ],
        )
        .await;
    assert_eq!(redirected(&r), "/n/nord/network/partners?notice=notice-partner-added");
    let list = app.get_page(&carla, "/n/nord/network/partners?notice=notice-partner-added").await;
    assert!(!list.text(".notice").is_empty());
    let names = list.texts("tbody th");
    assert_eq!(names.len(), 2);
    assert!(names[0].starts_with("Bürgerverein Nord"), "{names:?}");
    assert!(names[1].starts_with("Stadtteilbüro Nord"));
    assert!(list.text("tbody").contains("Kommunale Stelle"));
    assert!(list.text("tbody").contains("Frau Yilmaz"));
    // Edit it; the organisation may be taken away and given again.
    let office = app
        .store
        .partners_page(w.nord, quartier_store::paging::Cursor::First)
        .await
        .unwrap()
        .items
        .into_iter()
        .find(|p| p.name == "Stadtteilbüro Nord")
        .unwrap();
    let edit = format!("/n/nord/network/partners/{}/edit", office.id);
    let form = app.get_page(&carla, &edit).await;
    assert_eq!(form.attr("#f-name", "value").as_deref(), Some("Stadtteilbüro Nord"));
    let r = app.post_form(&carla, &edit, &[("name", ""), ("kind", "municipal")]).await;
    assert_eq!(r.status(), 422);
    let r = app
        .post_form(&carla, &edit, &[("name", "Stadtteilbüro"), ("kind", "municipal"), ("role", "Saal und Beratung.")])
        .await;
    assert_eq!(redirected(&r), "/n/nord/network/partners?notice=notice-saved");
    let saved = app.store.partner_in(w.nord, office.id).await.unwrap();
    assert_eq!(saved.name, "Stadtteilbüro");
    assert_eq!(saved.kind(), PartnerKind::Municipal);
    assert_eq!(saved.contact, "");
    // A partner of another neighbourhood is not found here.
    let sued = app.store.neighbourhood_by_slug("sued").await.unwrap().id;
    let theirs = app.store.create_partner(sued, outside("Bäckerei Süd")).await.unwrap();
    let r = app.get(&carla, &format!("/n/nord/network/partners/{}/edit", theirs.id)).await;
    assert_eq!(r.status(), 404);

    // Rita administers the Bürgerverein: she reads the shared pages.
    let rita = app.client_for(w.resident).await;
    let overview = app.get_page(&rita, "/n/nord/network").await;
    assert!(overview.text("main").contains("Bürgerverein Nord"));
    let list = app.get_page(&rita, "/n/nord/network/partners").await;
    assert_eq!(list.count("tbody tr"), 2);
    assert_eq!(list.count("a[href$='/edit']"), 0);
    assert_eq!(app.get(&rita, "/n/nord/network/partners/new").await.status(), 403);
    let r = app.post_form(&rita, "/n/nord/network/partners", &[("name", "Mein Laden"), ("kind", "business")]).await;
    assert_eq!(r.status(), 403);
    // An editor of the club, a neighbour and the administrator of a club
    // elsewhere see nothing of it; a visitor is asked to log in.
    for who in [w.editor, w.reviewer, w.outsider, w.operator] {
        let c = app.client_for(who).await;
        assert_eq!(app.get(&c, "/n/nord/network").await.status(), 403);
        assert_eq!(app.get(&c, "/n/nord/network/partners").await.status(), 403);
    }
    let r = app.get(&app.client(), "/n/nord/network").await;
    assert!(r.status() == 401 || location(&r).starts_with("/login?next="), "{}", r.status());
}

#[tokio::test]
async fn partners_are_paged_by_name() {
    let app = TestApp::new().await;
    let w = app.world().await;
    for i in 0..60 {
        app.store.create_partner(w.nord, outside(&format!("Laden {i:02}"))).await.unwrap();
    }
    let carla = app.client_for(w.coordinator).await;
    let first = app.get_page(&carla, "/n/nord/network/partners").await;
    assert_eq!(first.count("tbody tr"), 50);
    assert!(first.text("tbody th").starts_with("Bürgerverein"));
    let next = first.attr("a[rel=next]", "href").unwrap();
    let second = app.get_page(&carla, &next.replace("&#38;", "&")).await;
    assert_eq!(second.count("tbody tr"), 11);
    assert!(second.texts("tbody th").last().unwrap().starts_with("Laden 59"));
    assert!(second.attr("a[rel=prev]", "href").is_some());
    assert!(second.attr("a[rel=next]", "href").is_none());
}

#[tokio::test]
async fn measures_and_funding_with_the_runway_month_by_month() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let carla = app.client_for(w.coordinator).await;
    // A measure: bad cost and activity are refused next to their fields.
    let r = app
        .post_form(&carla, "/n/nord/network/measures", &[("name", "Café"), ("activity", "party"), ("cost", "-3")])
        .await;
    assert_eq!(r.status(), 422);
    let p = Page::from(r).await;
    assert!(!p.text("#e-activity").is_empty());
    assert!(p.text("#e-cost").contains("negativ"));
    assert_eq!(p.attr("#f-name", "value").as_deref(), Some("Café"));
    for (name, activity) in [("Mittagstisch", "help"), ("Lauftreff", "groups")] {
        let r = app
            .post_form(
                &carla,
                "/n/nord/network/measures",
                &[("name", name), ("activity", activity), ("cost", "1.200,50"), ("currency", "")],
            )
            .await;
        assert_eq!(redirected(&r), "/n/nord/network/measures?notice=notice-measure-added");
    }
    let measures: Vec<_> =
        app.store.all_measures(w.nord).await.unwrap().into_iter().filter(|m| m.id != w.measure).collect();
    assert_eq!(measures.len(), 2);
    assert_eq!((measures[1].cost_cents, measures[1].currency.as_str()), (120_050, "EUR"));
    let list = app.get_page(&carla, "/n/nord/network/measures").await;
    assert!(list.text("tbody").contains("1.200,50 EUR"));
    let (cafe, lauf) = (measures[1].id, measures[0].id);
    // Funding: an end before the start, a negative amount and a measure
    // that does not exist change nothing and say why.
    let r = app
        .post_form(
            &carla,
            "/n/nord/network/funding",
            &[
                ("name", "Quartiersfonds"),
                ("kind", "municipal"),
                ("amount", "12.000"),
                ("starts_on", "2027-01-01"),
                ("ends_on", "2026-12-31"),
                ("measure", &cafe.to_string()),
            ],
        )
        .await;
    assert_eq!(r.status(), 422);
    let p = Page::from(r).await;
    assert!(p.text("#e-ends_on").contains("Beginn"));
    assert_eq!(p.attr(&format!("#m-{cafe}"), "checked").as_deref(), Some(""));
    let r = app
        .post_form(
            &carla,
            "/n/nord/network/funding",
            &[
                ("name", "Quartiersfonds"),
                ("kind", "municipal"),
                ("amount", "-1"),
                ("starts_on", "2026-01-01"),
                ("ends_on", "2027-06-30"),
            ],
        )
        .await;
    assert_eq!(r.status(), 422);
    let gone = uuid::Uuid::now_v7().to_string();
    let r = app
        .post_form(
            &carla,
            "/n/nord/network/funding",
            &[
                ("name", "Quartiersfonds"),
                ("kind", "municipal"),
                ("amount", "12.000"),
                ("starts_on", "2026-01-01"),
                ("ends_on", "2027-06-30"),
                ("measure", &gone),
            ],
        )
        .await;
    assert_eq!(r.status(), 422);
    assert!(!Page::from(r).await.text("#e-measures").is_empty());
    assert_eq!(app.store.runway(w.nord).await.unwrap().sources.len(), 1, "only the world's own");
    // Two sources: the fund pays both until June 2027, donations the café
    // until the end of 2027.
    let fund = [
        ("name", "Quartiersfonds"),
        ("kind", "municipal"),
        ("funder", &w.partner.to_string()),
        ("amount", "12.000"),
        ("starts_on", "2026-01-01"),
        ("ends_on", "2027-06-30"),
        ("conditions", "Jährlicher Bericht."),
        ("measure", &cafe.to_string()),
        ("measure", &lauf.to_string()),
    ];
    let r = app.post_form(&carla, "/n/nord/network/funding", &fund).await;
    assert_eq!(redirected(&r), "/n/nord/network/funding?notice=notice-funding-added");
    let r = app
        .post_form(
            &carla,
            "/n/nord/network/funding",
            &[
                ("name", "Spenden"),
                ("kind", "donations"),
                ("amount", "2.000"),
                ("starts_on", "01.01.2026"),
                ("ends_on", "31.12.2027"),
                ("measure", &cafe.to_string()),
            ],
        )
        .await;
    assert_eq!(r.status(), 303);
    let list = app.get_page(&carla, "/n/nord/network/funding").await;
    let rows = list.texts("tbody tr");
    assert!(rows[0].contains("Quartiersfonds") && rows[0].contains("Lauftreff") && rows[0].contains("Mittagstisch"));
    assert!(rows[0].contains("Bürgerverein Nord"), "the funder is named");
    // The runway, from December 2026: the Lauftreff loses its money in July 2027.
    let runway = app.get_page(&carla, "/n/nord/network/runway").await;
    assert_eq!(runway.count("svg[role=img] title"), 1);
    let text = runway.text("#runway-text");
    assert!(text.contains("Lauftreff: Geld bis 30.06.2027"), "{text}");
    assert!(text.contains("Mittagstisch: Geld bis 31.12.2027"), "{text}");
    let months = runway.texts("#runway-months tbody tr");
    assert_eq!(months.len(), 24);
    assert!(months[0].starts_with("Dezember 2026"));
    assert!(months[7].starts_with("Juli 2027") && months[7].contains("Lauftreff"), "{}", months[7]);
    assert!(!months[7].contains("Mittagstisch"));
    assert!(months[13].starts_with("Januar 2028") && months[13].contains("Mittagstisch"));
    // Rita, who administers the funding partner, reads it too; she cannot change it.
    let rita = app.client_for(w.resident).await;
    assert_eq!(app.get(&rita, "/n/nord/network/runway").await.status(), 200);
    assert_eq!(app.get(&rita, "/n/nord/network/funding").await.status(), 200);
    assert_eq!(app.get(&rita, "/n/nord/network/funding/new").await.status(), 403);
}

async fn kinds_for(app: &TestApp, user: uuid::Uuid) -> Vec<String> {
    app.store.notifications(user, 100).await.unwrap().into_iter().map(|n| n.kind).collect()
}

fn at(s: &str) -> chrono::DateTime<chrono::Utc> {
    chrono::DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&chrono::Utc)
}

fn day(s: &str) -> chrono::NaiveDate {
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn measure(name: &str) -> NewMeasure {
    NewMeasure {
        name: name.into(),
        description: String::new(),
        activity: quartier_core::network::Activity::Help,
        cost_cents: 100_000,
        currency: "EUR".into(),
    }
}

fn source(name: &str, funder: Option<uuid::Uuid>, ends_on: &str, measures: Vec<uuid::Uuid>) -> NewFunding {
    NewFunding {
        name: name.into(),
        kind: quartier_core::network::FundingKind::Foundation,
        funder,
        amount_cents: 1_000_000,
        currency: "EUR".into(),
        starts_on: day("2026-01-01"),
        ends_on: day(ends_on),
        conditions: String::new(),
        measures,
    }
}

#[tokio::test]
async fn warnings_go_out_six_and_three_months_before_money_ends_once_each() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let s = &app.store;
    let warn = || quartier_web::network::warn_funding_ending(&app.state);
    let cafe = s.create_measure(w.nord, measure("Café")).await.unwrap().id;
    s.create_funding(w.nord, source("Stiftung", Some(w.partner), "2027-06-30", vec![cafe])).await.unwrap();
    // The walk group has a second source that runs longer: no warning for it.
    let walk = s.create_measure(w.nord, measure("Lauftreff")).await.unwrap().id;
    s.create_funding(w.nord, source("Kurzer Topf", None, "2027-03-31", vec![walk])).await.unwrap();
    s.create_funding(w.nord, source("Langer Topf", None, "2028-01-31", vec![walk])).await.unwrap();
    // 9 December 2026: more than six months before the end of June.
    assert_eq!(warn().await.unwrap(), 0);
    s.clock().set(at("2026-12-29T22:59:00Z"));
    assert_eq!(warn().await.unwrap(), 0, "still 29 December in Berlin");
    s.clock().set(at("2026-12-29T23:00:00Z"));
    assert_eq!(warn().await.unwrap(), 1, "30 December in Berlin: six months before");
    assert_eq!(warn().await.unwrap(), 0, "once");
    app.drain_jobs().await;
    // The coordinator and the administrator of the funding partner hear it.
    for who in [w.coordinator, w.resident] {
        assert_eq!(kinds_for(&app, who).await, ["funding_ending"], "{who}");
    }
    for who in [w.editor, w.moderator, w.outsider] {
        assert!(kinds_for(&app, who).await.is_empty());
    }
    let n = app.store.notifications(w.coordinator, 10).await.unwrap();
    assert_eq!(n[0].link, "/n/nord/network/runway");
    assert_eq!(n[0].subject, "Stiftung");
    // Three months before, once more; and then not again.
    s.clock().set(at("2027-03-15T09:00:00Z"));
    assert_eq!(warn().await.unwrap(), 0);
    s.clock().set(at("2027-03-30T09:00:00Z"));
    assert_eq!(warn().await.unwrap(), 1);
    assert_eq!(warn().await.unwrap(), 0);
    // Another source for the café that runs longer: nothing at the end.
    s.create_funding(w.nord, source("Spenden", None, "2028-12-31", vec![cafe])).await.unwrap();
    s.clock().set(at("2027-07-02T09:00:00Z"));
    assert_eq!(warn().await.unwrap(), 0);
    app.drain_jobs().await;
    assert_eq!(kinds_for(&app, w.coordinator).await.len(), 2);
}

#[tokio::test]
async fn a_partner_writes_its_own_gains_and_pains_and_the_balance_shows_them() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let carla = app.client_for(w.coordinator).await;
    let rita = app.client_for(w.resident).await;
    let page = format!("/n/nord/network/partners/{}", w.partner);
    let gains = format!("{page}/gains");
    // The coordinator reads the Bürgerverein's part but cannot write it.
    let p = app.get_page(&carla, &page).await;
    assert_eq!(p.count(&format!("form[action='{gains}']")), 0);
    let r = app.post_form(&carla, &gains, &[("hours", "99"), ("rating", "4")]).await;
    assert_eq!(r.status(), 403);
    // Rita, its administrator, writes it; bad input is refused by its field.
    let p = app.get_page(&rita, &page).await;
    assert_eq!(p.count(&format!("form[action='{gains}']")), 1);
    let r =
        app.post_form(&rita, &gains, &[("hours", "viele"), ("money", "-5"), ("rating", "7"), ("rooms", "Saal")]).await;
    assert_eq!(r.status(), 422);
    let p = Page::from(r).await;
    assert!(!p.text("#e-hours").is_empty());
    assert!(!p.text("#e-money").is_empty());
    assert!(!p.text("#e-rating").is_empty());
    assert_eq!(p.text("#f-rooms"), "Saal");
    assert!(app.store.partner_in(w.nord, w.partner).await.unwrap().gains_updated_at.is_none());
    let r = app
        .post_form(
            &rita,
            &gains,
            &[("hours", "40"), ("rooms", "Saal dienstags"), ("expects", "Junge Mitglieder."), ("rating", "0")],
        )
        .await;
    assert_eq!(redirected(&r), format!("{page}?notice=notice-saved"));
    let saved = app.store.partner_in(w.nord, w.partner).await.unwrap();
    assert_eq!((saved.brings_hours, saved.gets_rating), (Some(40), Some(0)));
    assert_eq!(saved.gains_updated_by, Some(w.resident));
    assert!(saved.gains_updated_at.is_some());
    assert!(app.get_page(&carla, &page).await.text("#gains-updated").contains("Rita Resident"));
    // An outside partner: the coordinator records its part, and the page says so.
    let office = app
        .store
        .create_partner(
            w.nord,
            NewPartner {
                name: "Stadtteilbüro".into(),
                kind: PartnerKind::Municipal,
                organisation: None,
                contact: String::new(),
                role: String::new(),
            },
        )
        .await
        .unwrap();
    let office_page = format!("/n/nord/network/partners/{}", office.id);
    let p = app.get_page(&carla, &office_page).await;
    assert!(p.text("main").contains("nicht auf der Plattform"));
    let r = app
        .post_form(&carla, &format!("{office_page}/gains"), &[("hours", "4"), ("money", "5.000"), ("rating", "4")])
        .await;
    assert_eq!(r.status(), 303);
    let r = app.post_form(&rita, &format!("{office_page}/gains"), &[("hours", "1")]).await;
    assert_eq!(r.status(), 403);
    // The balance: the Bürgerverein gives much and gets little.
    let b = app.get_page(&rita, "/n/nord/network/balance").await;
    assert!(b.text("#balance-summary").contains("Bürgerverein Nord"), "{}", b.text("#balance-summary"));
    assert!(!b.text("#balance-summary").contains("Stadtteilbüro"));
    assert_eq!(b.count("svg[role=img] desc"), 1);
    let rows = b.texts("#balance-table tbody tr");
    assert!(rows[0].contains("Bürgerverein Nord") && rows[0].contains("100 %") && rows[0].contains("0 %"));
    assert!(rows[1].contains("Stadtteilbüro") && rows[1].contains("5.000,00 EUR"));
    // Erasure keeps the partner's part and drops who wrote it.
    let export = app.store.export_personal_data(w.resident).await.unwrap();
    assert_eq!(export["network"].as_array().unwrap().len(), 1);
    app.store.erase_person(w.resident).await.unwrap();
    let kept = app.store.partner_in(w.nord, w.partner).await.unwrap();
    assert_eq!((kept.brings_hours, kept.gains_updated_by), (Some(40), None));
}

#[tokio::test]
async fn what_needs_attention_reaches_the_coordinator_on_the_overview_and_the_start_page() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let carla = app.client_for(w.coordinator).await;
    let p = app.get_page(&carla, "/n/nord/network").await;
    assert_eq!(p.count("#attention li"), 0, "{}", p.text("#attention"));
    assert_eq!(app.get_page(&carla, "/n/nord").await.count("a[href='/n/nord/network#attention']"), 0);
    // A year and a month later: the Bürgerverein's part is old, nothing
    // new in the help, and the fund ends within six months.
    app.store.clock().advance(chrono::Duration::days(400));
    let soon = app.store.now().date_naive() + chrono::Duration::days(100);
    let f = app.store.funding_in(w.nord, w.funding).await.unwrap();
    app.store
        .update_funding(
            w.nord,
            f.id,
            NewFunding {
                name: f.name.clone(),
                kind: f.kind(),
                funder: None,
                amount_cents: f.amount_cents,
                currency: f.currency.clone(),
                starts_on: f.starts_on,
                ends_on: soon,
                conditions: String::new(),
                measures: vec![w.measure],
            },
        )
        .await
        .unwrap();
    let carla = app.client_for(w.coordinator).await;
    let p = app.get_page(&carla, "/n/nord/network").await;
    let lines = p.texts("#attention li");
    assert_eq!(lines.len(), 3, "{lines:?}");
    assert!(lines[0].contains("Quartiersfonds"));
    assert!(lines[1].contains("Bürgerverein Nord"));
    assert!(lines[2].contains("Nachbarschaftscafé") && lines[2].contains("Nachbarschaftshilfe"));
    let start = app.get_page(&carla, "/n/nord").await;
    assert!(start.text("a[href='/n/nord/network#attention']").starts_with("3 Sachen"));
    // Neighbours and partners do not see it.
    let rita = app.client_for(w.resident).await;
    assert_eq!(app.get_page(&rita, "/n/nord").await.count("a[href='/n/nord/network#attention']"), 0);
    assert_eq!(app.get_page(&rita, "/n/nord/network").await.count("#attention"), 0);
}

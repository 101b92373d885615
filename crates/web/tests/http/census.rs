//! The census of a quarter's nonprofits: who may read and keep it, the
//! form with its errors by the fields, the CSV import that changes nothing
//! until every line is good, the file back out, and each organisation's
//! progress over the years.

use crate::helpers::*;
use reqwest::multipart::{Form, Part};

async fn upload(app: &TestApp, c: &reqwest::Client, bytes: Vec<u8>) -> reqwest::Response {
    let part = Part::bytes(bytes).file_name("verzeichnis.csv").mime_str("text/csv").unwrap();
    c.post(app.url("/n/nord/census/import")).multipart(Form::new().part("file", part)).send().await.unwrap()
}

async fn names(app: &TestApp, c: &reqwest::Client, path: &str) -> Vec<String> {
    app.get_page(c, path).await.texts("tbody th[scope=row]")
}

#[tokio::test]
async fn only_coordinators_keep_the_census_and_the_operator_only_reads_it() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let e = quartier_core::census::parse_entry(
        &quartier_core::census::RawEntry { name: "Seniorenchor".into(), kind: "culture".into(), ..Default::default() },
        2026,
    )
    .unwrap();
    app.store.add_census_entry(w.nord, &e, None).await.unwrap();
    let entry = app.store.census_all(w.nord).await.unwrap()[0].e.id;
    for (who, read, keep) in [
        (w.coordinator, 200, 200),
        (w.operator, 200, 403),
        (w.resident, 403, 403),
        (w.moderator, 403, 403),
        (w.editor, 403, 403),
        // A coordinator of another quarter.
        (w.other, 403, 403),
        (w.unverified, 403, 403),
    ] {
        let c = app.client_for(who).await;
        assert_eq!(app.get(&c, "/n/nord/census").await.status(), read, "{who}");
        assert_eq!(app.get(&c, "/n/nord/census/export.csv").await.status(), read, "{who}");
        assert_eq!(app.get(&c, "/n/nord/census/new").await.status(), keep, "{who}");
        assert_eq!(app.get(&c, &format!("/n/nord/census/{entry}")).await.status(), keep, "{who}");
        let r = app.post_form(&c, "/n/nord/census", &[("name", "Schachclub"), ("kind", "leisure")]).await;
        assert_eq!(r.status(), if keep == 200 { 303 } else { 403 }, "{who}");
    }
    let r = app.get(&app.client(), "/n/nord/census").await;
    assert!(location(&r).starts_with("/login"));
    // Another quarter's entry is not found through this one.
    let c = app.client_for(w.other).await;
    assert_eq!(app.get(&c, &format!("/n/sued/census/{entry}")).await.status(), 404);
}

#[tokio::test]
async fn the_form_shows_errors_by_their_fields_and_keeps_what_was_typed() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let c = app.client_for(w.coordinator).await;
    let r = app
        .post_form(
            &c,
            "/n/nord/census",
            &[
                ("name", "T"),
                ("kind", ""),
                ("founded", "3000"),
                ("website_url", "javascript:alert(1)"),
                ("platform", "gibt-es-nicht"),
                ("social_instagram", "yes"),
            ],
        )
        .await;
    assert_eq!(r.status(), 422);
    let p = Page::from(r).await;
    for field in ["name", "kind", "founded", "website_url"] {
        assert!(!p.text(&format!("#e-{field}")).is_empty(), "{field}");
    }
    assert_eq!(p.attr("#f-founded", "value").as_deref(), Some("3000"));
    assert!(p.attr("#f-social_instagram", "checked").is_some());
    // A space that does not exist is named by its field once the rest is good.
    let r = app
        .post_form(&c, "/n/nord/census", &[("name", "Turnverein"), ("kind", "sports"), ("platform", "gibt-es-nicht")])
        .await;
    assert_eq!(r.status(), 422);
    assert!(Page::from(r).await.text("#e-platform").contains("keinen Auftritt"));
    let r = app
        .post_form(
            &c,
            "/n/nord/census",
            &[
                ("name", "Turnverein 1890"),
                ("kind", "sports"),
                ("members", "50_to_199"),
                ("area", "urban"),
                ("social_facebook", "yes"),
                ("platform", "buergerverein"),
            ],
        )
        .await;
    assert_eq!(r.status(), 303);
    assert!(location(&r).contains("notice-census-saved"));
    let p = app.get_page(&c, "/n/nord/census").await;
    assert_eq!(p.texts("tbody th[scope=row]"), ["Turnverein 1890"]);
    assert!(p.text("tbody td:nth-last-child(2)").contains("Facebook"));
    assert_eq!(p.attr("tbody td a[href^='/o/']", "href").as_deref(), Some("/o/buergerverein"));
    // Changed: the link to the space goes.
    let id = app.store.census_all(w.nord).await.unwrap()[0].e.id;
    let form = app.get_page(&c, &format!("/n/nord/census/{id}")).await;
    assert_eq!(form.attr("#f-platform", "value").as_deref(), Some("buergerverein"));
    let r =
        app.post_form(&c, &format!("/n/nord/census/{id}"), &[("name", "Turnverein 1890"), ("kind", "sports")]).await;
    assert_eq!(r.status(), 303);
    let row = &app.store.census_all(w.nord).await.unwrap()[0];
    assert!(row.e.organisation_id.is_none() && !row.e.online);
}

#[tokio::test]
async fn a_bad_file_changes_nothing_and_names_every_line_then_a_good_one_goes_in_whole() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let c = app.client_for(w.coordinator).await;
    // No file at all.
    let r = c.post(app.url("/n/nord/census/import")).multipart(Form::new().text("x", "")).send().await.unwrap();
    assert_eq!(r.status(), 422);
    assert!(!Page::from(r).await.text("#e-file").is_empty());
    // Two bad lines among good ones: each named, nothing imported.
    let bad = "name,kind,members,founded,platform\n\
               Chor,culture,10_to_49,1980,\n\
               X,rowing,many,1980,\n\
               Turnverein,sports,,3000,\n\
               Lesekreis,education,,,gibt-es-nicht\n";
    let r = upload(&app, &c, bad.as_bytes().to_vec()).await;
    assert_eq!(r.status(), 422);
    let p = Page::from(r).await;
    let rows = p.texts("#import-problems tbody tr");
    assert_eq!(rows.len(), 4, "{rows:?}");
    assert!(rows[0].starts_with("Zeile 3") && rows[0].contains("name"));
    assert!(rows[3].starts_with("Zeile 4") && rows[3].contains("founded"));
    // Once every line reads well, a space that does not exist is named too.
    let r = upload(&app, &c, b"name,kind,platform\nChor,culture,\nLesekreis,education,gibt-es-nicht\n".to_vec()).await;
    assert_eq!(r.status(), 422);
    let rows = Page::from(r).await.texts("#import-problems tbody tr");
    assert!(rows.len() == 1 && rows[0].starts_with("Zeile 3") && rows[0].contains("platform"), "{rows:?}");
    assert!(app.store.census_all(w.nord).await.unwrap().is_empty());
    // Wrong encoding, a missing column, a huge file: a clear 422 each.
    let r = upload(&app, &c, b"name,kind\nM\xfcnchner Kreis,culture\n".to_vec()).await;
    assert_eq!(r.status(), 422);
    assert!(Page::from(r).await.text("#import-problems").contains("UTF-8"));
    let r = upload(&app, &c, b"name,members\nChor,10_to_49\n".to_vec()).await;
    assert_eq!(r.status(), 422);
    assert!(Page::from(r).await.text("#import-problems").contains("kind"));
    let r = upload(&app, &c, vec![b'a'; 3 * 1024 * 1024]).await;
    assert_eq!(r.status(), 422);
    assert!(Page::from(r).await.text("#import-problems").contains("2 MB"));
    let mut many = String::from("name,kind\n");
    for i in 0..100_000 {
        many.push_str(&format!("V{i},sports\n"));
    }
    let r = upload(&app, &c, many.into_bytes()).await;
    assert_eq!(r.status(), 422);
    assert!(app.store.census_all(w.nord).await.unwrap().is_empty());

    // The good file, with a formula in a cell and a semicolon list.
    let good = "\u{feff}name;kind;members;age_profile;area;website;website_url;social_media;umbrella_page;umbrella_editable;platform\n\
                \"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\";civic;under_10;older;rural;no;;;yes;no;\n\
                Bürgerverein Nord;civic;50_to_199;mixed;urban;yes;https://buergerverein.example;facebook,instagram;no;no;buergerverein\n";
    let r = upload(&app, &c, good.as_bytes().to_vec()).await;
    assert_eq!(r.status(), 303);
    assert!(location(&r).contains("notice-census-imported"));
    assert_eq!(names(&app, &c, "/n/nord/census").await.len(), 2);
    assert_eq!(names(&app, &c, "/n/nord/census?online=no").await.len(), 0);
    assert_eq!(names(&app, &c, "/n/nord/census?area=rural").await.len(), 1);

    // Out again: the same columns, the formula neutralised.
    let r = app.get(&c, "/n/nord/census/export.csv").await;
    assert_eq!(r.status(), 200);
    assert!(r.headers()["content-type"].to_str().unwrap().starts_with("text/csv"));
    assert!(r.headers()["content-disposition"].to_str().unwrap().contains("attachment"));
    let text = r.text().await.unwrap();
    let header = text.trim_start_matches('\u{feff}').lines().next().unwrap().to_string();
    assert_eq!(header, quartier_core::census::COLUMNS.join(","));
    assert!(text.contains("\"'=HYPERLINK("), "{text}");
    assert!(!text.contains("\n=") && !text.contains(",="));

    // And in again, into another quarter: the same census.
    let other = app.client_for(w.other).await;
    let part = Part::bytes(text.clone().into_bytes()).file_name("c.csv");
    let r =
        other.post(app.url("/n/sued/census/import")).multipart(Form::new().part("file", part)).send().await.unwrap();
    assert_eq!(r.status(), 303);
    let sued = app.store.neighbourhood_by_slug("sued").await.unwrap().id;
    let back = app.get(&other, "/n/sued/census/export.csv").await.text().await.unwrap();
    assert_eq!(back, text);
    let first = &app.store.census_all(sued).await.unwrap()[0];
    assert!(first.e.name.starts_with("=HYPERLINK("));
}

#[tokio::test]
async fn a_snapshot_a_year_and_the_statistics_compare_the_years() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let c = app.client_for(w.coordinator).await;
    let file = "name,kind,members,age_profile,area,website,social_media,umbrella_page,umbrella_editable\n\
                Chor,culture,under_10,older,rural,no,,yes,no\n\
                Turnverein,sports,200_plus,mixed,urban,yes,facebook,no,no\n\
                Heimatverein,civic,under_10,older,rural,no,,no,no\n";
    assert_eq!(upload(&app, &c, file.as_bytes().to_vec()).await.status(), 303);
    let r = app.post_form(&c, "/n/nord/census/snapshots", &[("year", "2025")]).await;
    assert_eq!(r.status(), 303);
    assert!(location(&r).contains("notice-census-snapshot"));
    // A year in the future is refused by its field.
    let r = app.post_form(&c, "/n/nord/census/snapshots", &[("year", "2999")]).await;
    assert_eq!(r.status(), 422);
    assert!(!Page::from(r).await.text("#e-year").is_empty());
    let more = "name,kind,blog\nLesekreis,education,yes\n";
    assert_eq!(upload(&app, &c, more.as_bytes().to_vec()).await.status(), 303);
    let year = app.store.now().format("%Y").to_string();
    assert_eq!(app.post_form(&c, "/n/nord/census/snapshots", &[("year", year.as_str())]).await.status(), 303);
    let p = app.get_page(&c, "/n/nord/census/statistics").await;
    // Today: 3 of 4 online (the sub-page, the website, the blog).
    assert!(p.text("#now-h + p").contains("4"), "{}", p.text("main"));
    assert!(p.text("main").contains("75 %"));
    // Five charts of the measures, and the progress of the stages.
    assert_eq!(p.count("svg.chart"), 6);
    assert_eq!(p.count("svg.chart title"), 6);
    // Over the years: 2025 and this year, side by side.
    let head = p.texts("#years-h ~ div table thead th");
    assert!(head.contains(&"2025".to_string()) && head.contains(&year), "{head:?}");
    assert!(p.text("#years-h ~ p").contains("2025: 67 %"), "{}", p.text("#years-h ~ p"));
    // Another measure, broken down.
    let p = app.get_page(&c, "/n/nord/census/statistics?measure=website").await;
    assert!(p.text("#by-area-h ~ p").contains("Städtisch: 100 %"));
    // The operator reads, but takes no snapshot; a resident does neither.
    let op = app.client_for(w.operator).await;
    assert_eq!(app.get(&op, "/n/nord/census/statistics").await.status(), 200);
    assert_eq!(app.post_form(&op, "/n/nord/census/snapshots", &[("year", "2025")]).await.status(), 403);
    let res = app.client_for(w.resident).await;
    assert_eq!(app.get(&res, "/n/nord/census/statistics").await.status(), 403);
}

#[tokio::test]
async fn a_claim_letter_brings_an_organisation_in_once() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let c = app.client_for(w.coordinator).await;
    let file = "name,kind,legal_form,website_url\nSchachfreunde Nord,leisure,registered,https://schach.example\n";
    assert_eq!(upload(&app, &c, file.as_bytes().to_vec()).await.status(), 303);
    let entry = app.store.census_all(w.nord).await.unwrap()[0].e.id;
    // Only a coordinator prints a letter; the operator may not.
    let op = app.client_for(w.operator).await;
    assert_eq!(app.post(&op, &format!("/n/nord/census/{entry}/invite")).await.status(), 403);
    let r = app.post(&c, &format!("/n/nord/census/{entry}/invite")).await;
    assert_eq!(r.status(), 303);
    let p = app.get_page(&c, &format!("/n/nord/census/{entry}/letter")).await;
    let code = p.text(".letter-code strong");
    assert_eq!(code.len(), 9, "{code}");
    assert!(p.text(".letter").contains("Schachfreunde Nord"));
    let easy = app.get_page(&c, &format!("/n/nord/census/{entry}/letter?lang=easy")).await;
    assert_eq!(easy.attr(".letter", "lang").as_deref(), Some("de-simple"));

    // A neighbour claims: the data comes pre-filled.
    let rena = app.client_for(w.reviewer).await;
    assert_eq!(app.get(&app.client(), "/claim").await.status(), 303);
    let r = app.post_form(&rena, "/claim", &[("code", code.to_lowercase())]).await;
    assert_eq!(r.status(), 200);
    let form = Page::from(r).await;
    assert_eq!(form.attr("#f-name", "value").as_deref(), Some("Schachfreunde Nord"));
    assert_eq!(form.attr("#f-slug", "value").as_deref(), Some("schachfreunde-nord"));
    assert_eq!(form.attr("#f-website", "value").as_deref(), Some("https://schach.example"));
    let r = app
        .post_form(
            &rena,
            "/claim/confirm",
            &[
                ("code", code.as_str()),
                ("name", "Schachfreunde Nord"),
                ("slug", "schachfreunde-nord"),
                ("kind", "club"),
                ("description", "Wir spielen jeden Freitag."),
                ("website", "https://schach.example"),
                ("contact", ""),
            ],
        )
        .await;
    assert_eq!(r.status(), 303, "{}", r.text().await.unwrap());
    assert!(location(&r).starts_with("/o/schachfreunde-nord"));
    let o = app.store.organisation_by_slug("schachfreunde-nord").await.unwrap();
    assert_eq!(app.store.org_role(o.id, w.reviewer).await.unwrap(), Some(quartier_core::organisation::OrgRole::Admin));
    let row = &app.store.census_all(w.nord).await.unwrap()[0];
    assert_eq!(row.e.organisation_id, Some(o.id));
    assert!(row.e.online && row.e.own_presence);
    // The coordinator hears of it.
    let kinds: Vec<String> =
        app.store.notifications(w.coordinator, 10).await.unwrap().into_iter().map(|n| n.kind).collect();
    assert!(kinds.contains(&"census_claimed".to_string()), "{kinds:?}");
    // The code works once.
    let r = app.post_form(&rena, "/claim", &[("code", code.as_str())]).await;
    assert_eq!(r.status(), 422);
    assert!(Page::from(r).await.text("#e-code").contains("schon benutzt"));
}

#[tokio::test]
async fn claim_codes_expire_and_guessing_is_throttled() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let c = app.client_for(w.coordinator).await;
    assert_eq!(upload(&app, &c, b"name,kind\nChor,culture\n".to_vec()).await.status(), 303);
    let entry = app.store.census_all(w.nord).await.unwrap()[0].e.id;
    let claim = app.store.create_census_claim(w.nord, entry, w.coordinator).await.unwrap();
    app.store.clock().advance(chrono::Duration::days(quartier_core::census::CLAIM_DAYS + 1));
    let rena = app.client_for(w.reviewer).await;
    let r = app.post_form(&rena, "/claim", &[("code", claim.code.as_str())]).await;
    assert_eq!(r.status(), 422);
    assert!(Page::from(r).await.text("#e-code").contains("abgelaufen"));
    // Wrong guesses: after ten in an hour, even the right code is refused.
    let mut statuses = Vec::new();
    for i in 0..12 {
        let guess = format!("ACDE-{:04}", ["FGHJ", "KMNP", "QRTU", "VWXY"][i % 4]);
        statuses.push(app.post_form(&rena, "/claim", &[("code", guess)]).await.status().as_u16());
    }
    assert!(statuses.ends_with(&[429, 429, 429]), "{statuses:?}");
    let fresh = app.store.create_census_claim(w.nord, entry, w.coordinator).await.unwrap();
    assert_eq!(app.post_form(&rena, "/claim", &[("code", fresh.code.as_str())]).await.status(), 429);
}

/// At the turn of the year the worker keeps the census as it stood as the
/// snapshot of the year that ended, once per quarter; a census begun in
/// the new year is not taken for the old one, and nothing happens in the
/// rest of the year.
#[tokio::test]
async fn the_worker_snapshots_each_census_when_the_year_turns() {
    use chrono::TimeZone;
    let app = TestApp::new().await;
    let w = app.world().await;
    let entry = |name: &str| {
        quartier_core::census::parse_entry(
            &quartier_core::census::RawEntry { name: name.into(), kind: "culture".into(), ..Default::default() },
            2026,
        )
        .unwrap()
    };
    app.store.add_census_entry(w.nord, &entry("Seniorenchor"), None).await.unwrap();
    let year_end = || quartier_web::census::snapshot_year_end(&app.state);
    // December: nothing yet.
    assert_eq!(year_end().await.unwrap(), 0);
    // New Year's morning in Berlin (still New Year's Eve in UTC before 1 am).
    let clock = app.store.clock();
    clock.set(chrono::Utc.with_ymd_and_hms(2026, 12, 31, 23, 30, 0).unwrap());
    let west = app.neighbourhood("west", "Westviertel").await;
    clock.set(chrono::Utc.with_ymd_and_hms(2027, 1, 1, 8, 0, 0).unwrap());
    app.store.add_census_entry(west, &entry("Neujahrsverein"), None).await.unwrap();
    assert_eq!(year_end().await.unwrap(), 1);
    let years: Vec<i32> = app.store.census_snapshots(w.nord).await.unwrap().iter().map(|s| s.year).collect();
    assert!(!years.is_empty() && years.iter().all(|y| *y == 2026), "{years:?}");
    assert!(app.store.census_snapshots(west).await.unwrap().is_empty(), "begun in the new year");
    // Once: the next minute, and the next day, find it done.
    assert_eq!(year_end().await.unwrap(), 0);
    clock.set(chrono::Utc.with_ymd_and_hms(2027, 1, 2, 8, 0, 0).unwrap());
    assert_eq!(year_end().await.unwrap(), 0);
    // The statistics show the year.
    let carla = app.client_for(w.coordinator).await;
    assert!(app.get_page(&carla, "/n/nord/census/statistics").await.text("main").contains("2026"));
    // In spring nothing is looked at.
    clock.set(chrono::Utc.with_ymd_and_hms(2027, 4, 1, 8, 0, 0).unwrap());
    assert_eq!(year_end().await.unwrap(), 0);
}

#[tokio::test]
async fn each_organisation_shows_its_progress_over_the_years() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let c = app.client_for(w.coordinator).await;
    // December 2026: a choir offline, a sports club on Facebook only, the
    // Bürgerverein with a sub-page of its umbrella that it edits itself.
    let file = "name,kind,social_media,umbrella_page,umbrella_editable\n\
                Chor,culture,,no,no\n\
                Turnverein,sports,facebook,no,no\n\
                Bürgerverein Nord,civic,,yes,yes\n";
    assert_eq!(upload(&app, &c, file.as_bytes().to_vec()).await.status(), 303);
    let all = app.store.census_all(w.nord).await.unwrap();
    let id = |name: &str| all.iter().find(|r| r.e.name == name).unwrap().e.id;
    let (turnverein, verein) = (id("Turnverein"), id("Bürgerverein Nord"));
    assert_eq!(app.post_form(&c, "/n/nord/census/snapshots", &[("year", "2026")]).await.status(), 303);
    let p = app.get_page(&c, "/n/nord/census/statistics").await;
    assert_eq!(p.texts("#progress-table tbody th"), ["2026"]);
    // One year only: nobody has moved yet.
    assert_eq!(p.count("#moves"), 0);

    // A year and a month later (the club's news of December 2026 is older
    // than twelve months): the Turnverein has a website, the Bürgerverein
    // its space here.
    app.store.clock().advance(chrono::Duration::days(400));
    // (The session of a year ago has long expired.)
    let c = app.client_for(w.coordinator).await;
    let r = app
        .post_form(
            &c,
            &format!("/n/nord/census/{turnverein}"),
            &[("name", "Turnverein"), ("kind", "sports"), ("social_facebook", "yes"), ("website", "yes")],
        )
        .await;
    assert!(location(&r).contains("notice-census-saved"));
    let r = app
        .post_form(
            &c,
            &format!("/n/nord/census/{verein}"),
            &[
                ("name", "Bürgerverein Nord"),
                ("kind", "civic"),
                ("umbrella_page", "yes"),
                ("umbrella_editable", "yes"),
                ("platform", "buergerverein"),
            ],
        )
        .await;
    assert_eq!(r.status(), 303);
    // Its space has published nothing for a year: an own space, not active.
    let p = app.get_page(&c, &format!("/n/nord/census/{verein}")).await;
    assert_eq!(p.texts("#progress tbody th").last().map(String::as_str), Some("Jetzt (2028)"));
    assert_eq!(p.texts("#progress tbody td").last().map(String::as_str), Some("gleich geblieben"));
    assert!(p.texts("#progress tbody td").contains(&"Eigener Auftritt".to_string()));
    // The club writes news everyone may read: active now, and in 2027's snapshot.
    app.store.post_news(w.org, w.resident, "Frühjahrsputz", "Wir treffen uns am Lindenplatz.", false).await.unwrap();
    assert_eq!(app.post_form(&c, "/n/nord/census/snapshots", &[("year", "2027")]).await.status(), 303);

    let p = app.get_page(&c, &format!("/n/nord/census/{verein}")).await;
    assert_eq!(p.text("#progress caption"), "Die Stufe der Organisation in jedem Jahr mit Schnappschuss und jetzt");
    assert_eq!(p.count("#progress thead th[scope=col]"), 3);
    assert_eq!(p.texts("#progress tbody th"), ["2026", "2027", "Jetzt (2028)"]);
    assert_eq!(
        p.texts("#progress tbody td"),
        [
            "Eigener Auftritt",
            "erstmals erfasst",
            "Aktiv auf der Plattform",
            "aufgestiegen",
            "Aktiv auf der Plattform",
            "gleich geblieben"
        ]
    );
    // The list shows each entry's stage now.
    let list = app.get_page(&c, "/n/nord/census").await;
    let rows = list.texts("tbody tr");
    assert!(
        rows.iter().any(|r| r.starts_with("Bürgerverein Nord") && r.ends_with("Aktiv auf der Plattform")),
        "{rows:?}"
    );
    assert!(rows.iter().any(|r| r.starts_with("Chor") && r.ends_with("Offline")), "{rows:?}");
    // The statistics: the stages per year, a chart with its table, and who moved.
    let p = app.get_page(&c, "/n/nord/census/statistics").await;
    assert_eq!(p.texts("#progress-table tbody th"), ["2026", "2027"]);
    assert_eq!(p.texts("#progress-table tbody tr:nth-child(2) td"), ["1", "0", "1", "1", "3"]);
    assert_eq!(
        p.texts("#progress-table thead th")[1..5],
        ["Offline", "Unterseite oder nur soziale Medien", "Eigener Auftritt", "Aktiv auf der Plattform"]
    );
    assert_eq!(
        p.text("#moves"),
        "Von 2026 bis 2027 sind 2 Organisationen eine Stufe aufgestiegen, 0 sind abgestiegen."
    );
    assert_eq!(p.text("#progress-t"), "Fortschritt");
    assert!(p.text("#progress-d").contains("2027: Offline 1"), "{}", p.text("#progress-d"));
    // In English too.
    let r = app.post_form(&c, "/preferences/language", &[("locale", "en"), ("back", "/")]).await;
    assert_eq!(r.status(), 303);
    let p = app.get_page(&c, "/n/nord/census/statistics").await;
    assert_eq!(p.text("#moves"), "From 2026 to 2027, 2 organisations moved up a stage, 0 moved down.");
    // Only the quarter's coordinators see an entry's progress.
    for who in [w.resident, w.moderator, w.editor] {
        let other = app.client_for(who).await;
        assert_eq!(app.get(&other, &format!("/n/nord/census/{verein}")).await.status(), 403, "{who}");
        assert_eq!(app.get(&other, "/n/nord/census/statistics").await.status(), 403, "{who}");
    }
    let sued = app.client_for(w.other).await;
    assert_eq!(app.get(&sued, &format!("/n/sued/census/{verein}")).await.status(), 404);
}

//! The shared pool: a resident lends a room, a neighbour asks for it, the
//! owner confirms; times already taken are refused; each side hears of the
//! other's step; only the owner answers.

use crate::helpers::*;
use chrono::Duration;

/// A day `days` ahead of the test clock, as a date field takes it.
fn day(app: &TestApp, days: i64) -> String {
    (app.store.now() + Duration::days(days)).with_timezone(&chrono_tz::Europe::Berlin).format("%Y-%m-%d").to_string()
}

async fn kinds(app: &TestApp, user: uuid::Uuid) -> Vec<String> {
    app.store.notifications(user, 20).await.unwrap().into_iter().map(|n| n.kind).collect()
}

#[tokio::test]
async fn lend_ask_confirm_and_call_off() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let rita = app.client_for(w.resident).await;
    let mo = app.client_for(w.moderator).await;
    let edda = app.client_for(w.editor).await;
    let carla = app.client_for(w.coordinator).await;

    // Offering needs a name and when it can be borrowed; the form keeps what was typed.
    let r = app.post_form(&rita, "/n/nord/pool", &[("kind", "room"), ("title", "Sa"), ("availability", "")]).await;
    assert_eq!(r.status(), 422);
    let p = Page::from(r).await;
    assert!(!p.text("#e-title").is_empty());
    assert!(!p.text("#e-availability").is_empty());
    assert_eq!(p.attr("#f-title", "value").as_deref(), Some("Sa"));
    // Lending for an organisation one does not run is refused at the field.
    let r = app
        .post_form(
            &mo,
            "/n/nord/pool",
            &[("kind", "room"), ("title", "Saal"), ("availability", "immer"), ("lender", &w.org.to_string())],
        )
        .await;
    assert_eq!(r.status(), 422);
    assert!(!Page::from(r).await.text("#e-lender").is_empty());
    let r = app
        .post_form(
            &rita,
            "/n/nord/pool",
            &[
                ("kind", "room"),
                ("title", "Saal im Gemeindehaus"),
                ("availability", "dienstags ab 18 Uhr"),
                ("accessibility", "Eine Stufe am Eingang, Rampe vorhanden."),
                ("lender", "me"),
            ],
        )
        .await;
    assert_eq!(r.status(), 303);
    let room = location(&r).split('?').next().unwrap().to_string();
    assert!(room.starts_with("/n/nord/pool/"));
    let list = app.get_page(&edda, "/n/nord/pool").await;
    assert!(list.text("main table").contains("Saal im Gemeindehaus"));
    assert!(list.text("main table").contains("Rita Resident"));

    // Asking: a time in the past and an end before the start are told at the field.
    let ask = |d: String, from: &'static str, to: &'static str| {
        vec![("date", d), ("start_time", from.to_string()), ("end_time", to.to_string()), ("note", "Chorprobe".into())]
    };
    let r = app.post_form(&mo, &format!("{room}/bookings"), &ask(day(&app, -1), "18:00", "21:00")).await;
    assert_eq!(r.status(), 422);
    assert!(!Page::from(r).await.text("#e-date").is_empty());
    let r = app.post_form(&mo, &format!("{room}/bookings"), &ask(day(&app, 6), "21:00", "18:00")).await;
    assert_eq!(r.status(), 422);
    assert!(!Page::from(r).await.text("#e-end_time").is_empty());
    // The owner does not book her own room.
    assert_eq!(
        app.post_form(&rita, &format!("{room}/bookings"), &ask(day(&app, 6), "18:00", "21:00")).await.status(),
        403
    );
    let r = app.post_form(&mo, &format!("{room}/bookings"), &ask(day(&app, 6), "18:00", "21:00")).await;
    assert_eq!(r.status(), 303);
    assert!(location(&r).ends_with("notice=notice-pool-requested"));
    assert!(kinds(&app, w.resident).await.contains(&"pool_request".to_string()));

    // An open request: the owner sees who asks and why; others see nothing of it.
    let owner_view = app.get_page(&rita, &room).await;
    assert!(owner_view.text("main table").contains("Mo Moderation"));
    assert!(owner_view.text("main table").contains("Chorprobe"));
    let booking = owner_view.attr("#bookings tbody tr", "id").unwrap().trim_start_matches("b-").to_string();
    let others = app.get_page(&edda, &room).await;
    assert_eq!(others.count("#bookings tbody tr"), 0);
    assert!(!others.text("main").contains("Mo Moderation"));

    // Only the owner answers; the coordinator and the person who asked do not.
    let answer = |a: &'static str| vec![("answer", a)];
    let b = format!("{room}/bookings/{booking}");
    assert_eq!(app.post_form(&carla, &b, &answer("confirm")).await.status(), 403);
    assert_eq!(app.post_form(&mo, &b, &answer("confirm")).await.status(), 403);
    let r = app.post_form(&rita, &b, &answer("confirm")).await;
    assert_eq!(r.status(), 303);
    assert!(kinds(&app, w.moderator).await.contains(&"pool_confirmed".to_string()));
    // A second answer to the same request is a conflict, not a change.
    assert_eq!(app.post_form(&rita, &b, &answer("decline")).await.status(), 409);

    // Confirmed: everyone sees the time as taken, not who took it.
    let others = app.get_page(&edda, &room).await;
    assert_eq!(others.count("#bookings tbody tr"), 1);
    assert!(!others.text("main").contains("Mo Moderation"));
    // The same evening overlapping is refused at the field; right after is fine.
    let r = app.post_form(&edda, &format!("{room}/bookings"), &ask(day(&app, 6), "20:00", "22:00")).await;
    assert_eq!(r.status(), 422);
    assert!(Page::from(r).await.text("#e-date").contains("schon vergeben"));
    let r = app.post_form(&edda, &format!("{room}/bookings"), &ask(day(&app, 6), "21:00", "22:00")).await;
    assert_eq!(r.status(), 303);

    // The person who asked calls it off; the owner hears of it.
    let r = app.post_form(&mo, &b, &answer("cancel")).await;
    assert_eq!(r.status(), 303);
    assert!(kinds(&app, w.resident).await.contains(&"pool_cancelled".to_string()));
    // Its own requests are on the pool page for the one who asked.
    let mine = app.get_page(&edda, "/n/nord/pool").await;
    assert!(mine.text("#mine-h + ul").contains("Saal im Gemeindehaus"));

    // Withdrawing asks first, then declines the open request and tells the editor.
    let r = app.post_form(&rita, &format!("{room}/withdraw"), &[("x", "")]).await;
    assert_eq!(r.status(), 200);
    let r = app.post_form(&rita, &format!("{room}/withdraw"), &[("confirm", "yes")]).await;
    assert_eq!(r.status(), 303);
    assert!(kinds(&app, w.editor).await.contains(&"pool_declined".to_string()));
    assert!(!app.get_page(&edda, "/n/nord/pool").await.text("main table").contains("Saal im Gemeindehaus"));
    let gone = app.get_page(&edda, &room).await;
    assert_eq!(gone.count("#book-h"), 0);
    assert_eq!(
        app.post_form(&edda, &format!("{room}/bookings"), &ask(day(&app, 8), "18:00", "21:00")).await.status(),
        409
    );
}

#[tokio::test]
async fn an_organisation_lends_through_its_administrators() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let rita = app.client_for(w.resident).await;
    let mo = app.client_for(w.moderator).await;
    let r = app
        .post_form(
            &rita,
            "/n/nord/pool",
            &[
                ("kind", "vehicle"),
                ("title", "Lastenrad"),
                ("availability", "nach Absprache"),
                ("lender", &w.org.to_string()),
            ],
        )
        .await;
    assert_eq!(r.status(), 303);
    let bike = location(&r).split('?').next().unwrap().to_string();
    assert!(app.get_page(&mo, &bike).await.text("main dl").contains("Bürgerverein Nord"));
    // Over a weekend is fine; three weeks is not.
    let r = app
        .post_form(
            &mo,
            &format!("{bike}/bookings"),
            &[
                ("date", day(&app, 3)),
                ("start_time", "09:00".into()),
                ("end_date", day(&app, 24)),
                ("end_time", "18:00".into()),
            ],
        )
        .await;
    assert_eq!(r.status(), 422);
    assert!(!Page::from(r).await.text("#e-end_date").is_empty());
    let r = app
        .post_form(
            &mo,
            &format!("{bike}/bookings"),
            &[
                ("date", day(&app, 3)),
                ("start_time", "09:00".into()),
                ("end_date", day(&app, 4)),
                ("end_time", "18:00".into()),
            ],
        )
        .await;
    assert_eq!(r.status(), 303);
    // The club's administrator hears of it and answers for the club.
    assert!(kinds(&app, w.resident).await.contains(&"pool_request".to_string()));
    let page = app.get_page(&rita, &bike).await;
    let booking = page.attr("#bookings tbody tr", "id").unwrap().trim_start_matches("b-").to_string();
    let r = app.post_form(&rita, &format!("{bike}/bookings/{booking}"), &[("answer", "confirm")]).await;
    assert_eq!(r.status(), 303);
    // What was lent counts for the impact report.
    let from = app.store.now();
    let bounds = (from, from + Duration::days(30));
    let days = quartier_core::impact::Period { from: from.date_naive(), to: bounds.1.date_naive() };
    let lent = quartier_core::impact::Metric::PoolLent;
    assert_eq!(app.store.impact_figures(w.nord, days, bounds).await.unwrap().get(lent), 1);
    let west = app.neighbourhood("west", "Westviertel").await;
    assert_eq!(app.store.impact_figures(west, days, bounds).await.unwrap().get(lent), 0);
}

/// A week of a resource's calendar: what is taken each day (confirmed
/// times for everyone, an open request only for the owner and the person
/// who asked), the next week a link away, and a free day one click from
/// the form.
#[tokio::test]
async fn a_week_calendar_shows_what_is_taken_and_offers_the_free_days() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let rita = app.client_for(w.resident).await;
    let mo = app.client_for(w.moderator).await;
    let edda = app.client_for(w.editor).await;
    let r = app
        .post_form(
            &rita,
            "/n/nord/pool",
            &[("kind", "equipment"), ("title", "Beamer"), ("availability", "abends"), ("lender", "me")],
        )
        .await;
    assert_eq!(r.status(), 303);
    let beamer = location(&r).split('?').next().unwrap().to_string();
    let ask = |client, date: String, from: &'static str, to: &'static str| {
        let path = format!("{beamer}/bookings");
        let app = &app;
        async move {
            app.post_form(
                client,
                &path,
                &[("date", date.clone()), ("start_time", from.into()), ("end_date", date), ("end_time", to.into())],
            )
            .await
        }
    };
    assert_eq!(ask(&mo, day(&app, 1), "18:00", "21:00").await.status(), 303);
    assert_eq!(ask(&edda, day(&app, 2), "10:00", "12:00").await.status(), 303);
    // Rita confirms Mo's evening; Edda's morning stays a request.
    let page = app.get_page(&rita, &beamer).await;
    let first = page.attr("#bookings tbody tr", "id").unwrap().trim_start_matches("b-").to_string();
    let r = app.post_form(&rita, &format!("{beamer}/bookings/{first}"), &[("answer", "confirm")]).await;
    assert_eq!(r.status(), 303);

    let row = |p: &Page, d: String| p.text(&format!("#d-{d}"));
    let p = app.get_page(&mo, &beamer).await;
    assert_eq!(p.count("#week tbody tr"), 7);
    assert!(row(&p, day(&app, 1)).contains("18:00–21:00"), "{}", p.text("#week"));
    // Mo does not see Edda's open request; Edda and the owner do.
    assert!(!row(&p, day(&app, 2)).contains("10:00"), "{}", p.text("#week"));
    assert!(row(&app.get_page(&edda, &beamer).await, day(&app, 2)).contains("10:00–12:00 (angefragt)"));
    assert!(row(&app.get_page(&rita, &beamer).await, day(&app, 2)).contains("10:00–12:00 (angefragt)"));

    // A free day leads to the form with that day filled in.
    let free = day(&app, 3);
    let link = p.attr(&format!("#d-{free} a"), "href").unwrap();
    let form = app.get_page(&mo, &link.replace("&amp;", "&")).await;
    assert_eq!(form.attr("#f-date", "value"), Some(free));
    // The next week is a link away; nonsense in the address shows this week.
    let next = p.attr("#week-h ~ .pager a[rel=next]", "href").unwrap();
    let later = app.get_page(&mo, &next).await;
    assert!(!later.text("#week").contains("18:00–21:00"));
    let odd = app.get_page(&mo, &format!("{beamer}?week=gestern&date=morgen")).await;
    assert!(odd.text("#week").contains("18:00–21:00"));
    assert_eq!(odd.attr("#f-date", "value").unwrap_or_default(), "");
}

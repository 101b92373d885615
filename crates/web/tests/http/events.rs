//! Events and the quarter's calendar: publish, sign up, waiting list,
//! messages to attendees, feeds that parse, summer time, bad input.

use crate::helpers::*;
use icalendar::{Calendar, Component, DatePerhapsTime, EventLike};

fn event_form(date: &str) -> Vec<(&'static str, String)> {
    vec![
        ("title", "Erzählcafé".into()),
        ("category", "social".into()),
        ("description", "Wir erzählen von **früher**.".into()),
        ("date", date.into()),
        ("start_time", "15:00".into()),
        ("end_time", "17:00".into()),
        ("end_date", String::new()),
        ("repeat", "once".into()),
        ("repeat_until", String::new()),
        ("venue", "Bürgerhaus, Saal 1".into()),
        ("online_url", String::new()),
        ("step_free", "yes".into()),
        ("hearing_loop", "yes".into()),
        ("cost", String::new()),
        ("capacity", "1".into()),
        ("signup_required", "yes".into()),
    ]
}

fn set(form: &mut [(&'static str, String)], key: &str, value: &str) {
    for (k, v) in form.iter_mut() {
        if *k == key {
            *v = value.into();
        }
    }
}

fn in_days(d: i64) -> String {
    (quartier_store::testing::test_start() + chrono::Duration::days(d)).format("%Y-%m-%d").to_string()
}

fn parse_ics(text: &str) -> Calendar {
    text.parse::<Calendar>().unwrap_or_else(|e| panic!("not iCalendar: {e}\n{text}"))
}

fn utc_starts(cal: &Calendar) -> Vec<chrono::DateTime<chrono::Utc>> {
    cal.events()
        .filter_map(|e| match e.get_start() {
            Some(DatePerhapsTime::DateTime(icalendar::CalendarDateTime::Utc(t))) => Some(t),
            _ => None,
        })
        .collect()
}

#[tokio::test]
async fn bad_event_input_gets_messages_next_to_the_fields_and_changes_nothing() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let rita = app.client_for(w.resident).await;
    let before = app.store.count_events().await.unwrap();
    let cases: Vec<(&str, &str, &str, &str)> = vec![
        ("end_time", "14:00", "end_time", "Ende"),
        ("capacity", "0", "capacity", "1 bis 10.000"),
        ("capacity", "-5", "capacity", "1 bis 10.000"),
        ("capacity", "viele", "capacity", "1 bis 10.000"),
        ("date", "2020-01-01", "date", "Vergangenheit"),
        ("date", "31.02.2027", "date", "Datum"),
        ("venue", "", "venue", "Ort"),
        ("category", "party", "category", "Liste"),
        ("online_url", "javascript:alert(1)", "online_url", "https://"),
    ];
    for (field, value, error_field, words) in cases {
        let mut f = event_form(&in_days(5));
        set(&mut f, field, value);
        let r = rita.post(app.url("/o/buergerverein/events")).form(&f).send().await.unwrap();
        assert_eq!(r.status(), 422, "{field}={value}");
        let p = Page::from(r).await;
        assert!(p.text(&format!("#e-{error_field}")).contains(words), "{field}={value}: {}", p.text("main"));
        assert_eq!(p.attr("#f-title", "value").as_deref(), Some("Erzählcafé"), "what was typed stays");
    }
    let mut f = event_form(&in_days(5));
    set(&mut f, "repeat", "weekly");
    let p = Page::from(rita.post(app.url("/n/nord/events")).form(&f).send().await.unwrap()).await;
    assert!(p.text("#e-repeat_until").contains("Enddatum"));
    assert_eq!(app.store.count_events().await.unwrap(), before);
}

#[tokio::test]
async fn publish_sign_up_wait_move_up_and_write_to_attendees() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let rita = app.client_for(w.resident).await; // administrator of the Bürgerverein
    let r = rita.post(app.url("/o/buergerverein/events")).form(&event_form(&in_days(5))).send().await.unwrap();
    assert_eq!(r.status(), 303);
    let at = location(&r);
    let path = at.split('?').next().unwrap().to_string();
    // Public: on the organisation's page, the neighbourhood's calendar and start page, for anyone.
    let anon = app.client();
    let page = Page::from(anon.get(app.url(&path)).send().await.unwrap()).await;
    assert_eq!(page.text("h1"), "Erzählcafé");
    assert!(page.text(".facts").contains("15:00–17:00"));
    assert!(page.text(".facts").contains("Stufenloser Zugang"));
    assert!(page.text("main").contains("Melden Sie sich an"));
    assert!(
        Page::from(anon.get(app.url("/o/buergerverein")).send().await.unwrap())
            .await
            .text("main")
            .contains("Erzählcafé")
    );
    assert!(
        Page::from(anon.get(app.url("/n/nord/calendar")).send().await.unwrap())
            .await
            .text("main")
            .contains("Erzählcafé")
    );
    assert!(Page::from(anon.get(app.url("/n/nord")).send().await.unwrap()).await.text("main").contains("Erzählcafé"));

    // Mo takes the one place, Carla waits, Olga waits behind her.
    let mo = app.client_for(w.moderator).await;
    let carla = app.client_for(w.coordinator).await;
    let olga = app.client_for(w.operator).await;
    let r = mo.post(app.url(&format!("{path}/signup"))).send().await.unwrap();
    assert!(location(&r).contains("notice-signed-up"));
    let r = carla.post(app.url(&format!("{path}/signup"))).send().await.unwrap();
    assert!(location(&r).contains("notice-waiting"));
    olga.post(app.url(&format!("{path}/signup"))).send().await.unwrap();
    let p = Page::from(carla.get(app.url(&path)).send().await.unwrap()).await;
    assert!(p.text("main").contains("Warteliste an Stelle 1"), "{}", p.text("main"));
    let p = Page::from(olga.get(app.url(&path)).send().await.unwrap()).await;
    assert!(p.text("main").contains("Stelle 2"));
    // The organiser sees who comes and who waits; others cannot.
    let p = Page::from(rita.get(app.url(&format!("{path}/attendees"))).send().await.unwrap()).await;
    assert!(p.text("table").contains("Mo Moderation"));
    assert_eq!(p.texts("ol li").len(), 2);
    assert!(p.texts("ol li")[0].contains("Carla"));
    assert_eq!(mo.get(app.url(&format!("{path}/attendees"))).send().await.unwrap().status(), 403);

    // Mo withdraws: Carla moves up and is told, by the bell and by mail.
    mo.post(app.url(&format!("{path}/signup/cancel"))).send().await.unwrap();
    let p = Page::from(carla.get(app.url(&path)).send().await.unwrap()).await;
    assert!(p.text("main").contains("Sie sind angemeldet"));
    let bell = Page::from(carla.get(app.url("/notifications")).send().await.unwrap()).await;
    assert!(bell.text("main").contains("Platz bekommen"));
    let mail = app.mail_to("coord@example.org").await;
    assert!(mail.contains("Platz"), "{mail}");

    // A message to the attendees reaches Carla with its text; Olga only if chosen.
    let r = rita
        .post(app.url(&format!("{path}/attendees/message")))
        .form(&[("message", ""), ("to", "confirmed")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    let r = rita
        .post(app.url(&format!("{path}/attendees/message")))
        .form(&[("message", "Bitte bringen Sie Fotos mit."), ("to", "confirmed")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let mails = app.mails_to("coord@example.org", 2).await;
    assert!(mails.iter().any(|m| decode_qp(m).contains("Bitte bringen Sie Fotos mit.")));
    let bell = Page::from(olga.get(app.url("/notifications")).send().await.unwrap()).await;
    assert!(!bell.text("main").contains("Nachricht zu einem Termin"));

    // More places move the waiting list up.
    let mut f = event_form(&in_days(5));
    set(&mut f, "capacity", "3");
    assert_eq!(rita.post(app.url(&format!("{path}/edit"))).form(&f).send().await.unwrap().status(), 303);
    assert!(
        Page::from(olga.get(app.url(&path)).send().await.unwrap()).await.text("main").contains("Sie sind angemeldet")
    );
    // Fewer places than taken is refused with a message.
    set(&mut f, "capacity", "1");
    let r = rita.post(app.url(&format!("{path}/edit"))).form(&f).send().await.unwrap();
    assert_eq!(r.status(), 422);
    assert!(Page::from(r).await.text("#e-capacity").contains("mehr Plätze"));

    // Cancelling asks first; nothing happens until it is confirmed.
    let r = rita.post(app.url(&format!("{path}/cancel"))).form(&[("x", "")]).send().await.unwrap();
    assert_eq!(r.status(), 200);
    let ask = Page::from(r).await;
    assert_eq!(ask.attr("form.confirm input[name=confirm]", "value").as_deref(), Some("yes"));
    assert_eq!(ask.attr("form.confirm", "action"), Some(format!("{path}/cancel")));
    let id: uuid::Uuid = path.trim_start_matches("/e/").parse().unwrap();
    assert!(!app.store.event_by_id(id).await.unwrap().cancelled);
    // Cancelled: everyone signed up is told; sign-ups are closed.
    let r = rita.post(app.url(&format!("{path}/cancel"))).form(&[("confirm", "yes")]).send().await.unwrap();
    assert_eq!(r.status(), 303);
    let bell = Page::from(olga.get(app.url("/notifications")).send().await.unwrap()).await;
    assert!(bell.text("main").contains("abgesagt"));
    let r = mo.post(app.url(&format!("{path}/signup"))).send().await.unwrap();
    assert_eq!(r.status(), 409);
    // The organisation's log has it all.
    let log = Page::from(rita.get(app.url("/o/buergerverein/log")).send().await.unwrap()).await;
    assert!(log.text("main").contains("Termin eingetragen"));
    assert!(log.text("main").contains("abgesagt"));
}

#[tokio::test]
async fn two_people_taking_the_last_place_at_once() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let rita = app.client_for(w.resident).await;
    let r = rita.post(app.url("/o/buergerverein/events")).form(&event_form(&in_days(5))).send().await.unwrap();
    let path = location(&r).split('?').next().unwrap().to_string();
    let mut people = Vec::new();
    for i in 0..8 {
        let id = app.user(&format!("p{i}@example.org"), &format!("Person {i}"), false).await;
        people.push(app.client_for(id).await);
    }
    let mut tasks = Vec::new();
    for c in people {
        let url = app.url(&format!("{path}/signup"));
        tasks.push(tokio::spawn(async move { location(&c.post(url).send().await.unwrap()) }));
    }
    let mut confirmed = 0;
    for t in tasks {
        if t.await.unwrap().contains("notice-signed-up") {
            confirmed += 1;
        }
    }
    assert_eq!(confirmed, 1);
}

#[tokio::test]
async fn a_signup_for_a_past_event_is_refused() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let past = app.store.now() - chrono::Duration::days(1);
    let d = quartier_store::events::EventDetails {
        title: "Gestern".into(),
        category: "social".into(),
        venue: "Hof".into(),
        signup_required: true,
        ..Default::default()
    };
    let e = app
        .store
        .create_event(
            quartier_store::events::Holder::Organisation(w.org),
            w.resident,
            &d,
            &[(past, past + chrono::Duration::hours(1))],
        )
        .await
        .unwrap();
    let mo = app.client_for(w.moderator).await;
    let r = mo.post(app.url(&format!("/e/{}/signup", e[0].id))).send().await.unwrap();
    assert_eq!(r.status(), 409);
    assert!(Page::from(r).await.text("main").contains("keine Anmeldung"));
    assert!(app.store.signups(e[0].id).await.unwrap().is_empty());
}

#[tokio::test]
async fn residents_events_stay_inside_the_neighbourhood() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let rita = app.client_for(w.resident).await;
    let mut f = event_form(&in_days(4));
    set(&mut f, "title", "Hofflohmarkt bei uns");
    let r = rita.post(app.url("/n/nord/events")).form(&f).send().await.unwrap();
    assert_eq!(r.status(), 303);
    let path = location(&r).split('?').next().unwrap().to_string();
    let mo = app.client_for(w.moderator).await;
    assert!(
        Page::from(mo.get(app.url("/n/nord/calendar")).send().await.unwrap())
            .await
            .text("main")
            .contains("Hofflohmarkt")
    );
    assert_eq!(mo.get(app.url(&path)).send().await.unwrap().status(), 200);
    // Not for people outside, and not in the public feed.
    let anon = app.client();
    assert!(
        !Page::from(anon.get(app.url("/n/nord/calendar")).send().await.unwrap())
            .await
            .text("main")
            .contains("Hofflohmarkt")
    );
    assert!(
        !anon.get(app.url("/n/nord/calendar.ics")).send().await.unwrap().text().await.unwrap().contains("Hofflohmarkt")
    );
    assert_eq!(anon.get(app.url(&path)).send().await.unwrap().status(), 303, "login first");
    let otto = app.client_for(w.other).await;
    assert_eq!(otto.get(app.url(&path)).send().await.unwrap().status(), 403);
    assert_eq!(otto.get(app.url(&format!("/e/{}", w.nb_event))).send().await.unwrap().status(), 403);
    assert_eq!(mo.get(app.url(&format!("/e/{}", w.nb_event))).send().await.unwrap().status(), 200);
    assert_eq!(otto.post(app.url(&format!("{path}/signup"))).send().await.unwrap().status(), 403);
    // Only its author organises it; a moderator hides it with a reason.
    assert_eq!(mo.get(app.url(&format!("{path}/edit"))).send().await.unwrap().status(), 403);
    assert_eq!(rita.get(app.url(&format!("{path}/edit"))).send().await.unwrap().status(), 200);
    let r = mo.post(app.url(&format!("{path}/hide"))).form(&[("reason", "Werbung")]).send().await.unwrap();
    assert_eq!(r.status(), 303);
    assert!(
        !Page::from(mo.get(app.url("/n/nord/calendar")).send().await.unwrap())
            .await
            .text("main")
            .contains("Hofflohmarkt")
    );
    let own = Page::from(rita.get(app.url(&path)).send().await.unwrap()).await;
    assert!(own.text("main").contains("Werbung"));
    let carla = app.client_for(w.coordinator).await;
    assert_eq!(carla.get(app.url(&path)).send().await.unwrap().status(), 200, "coordinators moderate too");
    let res = app.client_for(app.user("r2@example.org", "Rolf", false).await).await;
    assert!(res.get(app.url(&path)).send().await.unwrap().status() != 200);
}

#[tokio::test]
async fn feeds_parse_and_keep_local_time_across_summer_time() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let rita = app.client_for(w.resident).await;
    // Weekly at 19:00 Berlin time over the change to summer time (28 March 2027)
    // and monthly over the change back (31 October 2027).
    let mut f = event_form("2027-03-18");
    set(&mut f, "title", "Smartphone-Sprechstunde");
    set(&mut f, "start_time", "19:00");
    set(&mut f, "end_time", "20:00");
    set(&mut f, "repeat", "weekly");
    set(&mut f, "repeat_until", "2027-04-01");
    let r = rita.post(app.url("/o/buergerverein/events")).form(&f).send().await.unwrap();
    assert_eq!(r.status(), 303, "{}", Page::from(r).await.text(".error-summary"));
    let mut f = event_form("2027-10-20");
    set(&mut f, "title", "Laternenbasteln");
    set(&mut f, "start_time", "16:00");
    set(&mut f, "end_time", "18:00");
    set(&mut f, "repeat", "monthly");
    set(&mut f, "repeat_until", "2027-11-30");
    assert_eq!(rita.post(app.url("/o/buergerverein/events")).form(&f).send().await.unwrap().status(), 303);
    let mut f = event_form("2027-05-01");
    set(&mut f, "title", "Maifest");
    set(&mut f, "start_time", "");
    set(&mut f, "end_time", "");
    f.push(("all_day", "yes".into()));
    assert_eq!(rita.post(app.url("/o/buergerverein/events")).form(&f).send().await.unwrap().status(), 303);

    for url in ["/n/nord/calendar.ics", "/o/buergerverein/events.ics"] {
        let r = app.client().get(app.url(url)).send().await.unwrap();
        assert_eq!(r.status(), 200);
        assert!(r.headers()["content-type"].to_str().unwrap().starts_with("text/calendar"));
        let text = r.text().await.unwrap();
        assert!(text.contains("\r\n"), "lines end with CRLF");
        assert!(text.lines().all(|l| l.len() <= 75), "long lines are folded");
        let cal = parse_ics(&text);
        let starts = utc_starts(&cal);
        let at = |y, m, d, h| chrono::TimeZone::with_ymd_and_hms(&chrono::Utc, y, m, d, h, 0, 0).unwrap();
        // 19:00 CET is 18:00 UTC; 19:00 CEST is 17:00 UTC.
        assert!(starts.contains(&at(2027, 3, 25, 18)), "{starts:?}");
        assert!(starts.contains(&at(2027, 4, 1, 17)), "{starts:?}");
        // 16:00 CEST is 14:00 UTC; 16:00 CET is 15:00 UTC.
        assert!(starts.contains(&at(2027, 10, 20, 14)));
        assert!(starts.contains(&at(2027, 11, 20, 15)));
        let maifest = cal.events().find(|e| e.get_summary() == Some("Maifest")).unwrap();
        assert!(matches!(maifest.get_start(), Some(DatePerhapsTime::Date(d)) if d.to_string() == "2027-05-01"));
        assert!(cal.events().all(|e| e.get_uid().is_some() && e.get_timestamp().is_some()));
    }
    // One event as a file.
    let id = app.store.calendar(w.nord, &Default::default()).await.unwrap()[0].id;
    let r = app.client().get(app.url(&format!("/e/{id}/event.ics"))).send().await.unwrap();
    assert_eq!(parse_ics(&r.text().await.unwrap()).events().count(), 1);
    // The month view puts the weekly meeting on its days.
    let p =
        Page::from(app.client().get(app.url("/n/nord/calendar?view=month&month=2027-03")).send().await.unwrap()).await;
    assert_eq!(p.text("caption"), "März 2027");
    assert_eq!(p.count("table.month a"), 3, "18 and 25 March, 1 April in the last week");
    // Filters: a category with nothing in it.
    let p = Page::from(app.client().get(app.url("/n/nord/calendar?category=faith")).send().await.unwrap()).await;
    assert!(p.text("main").contains("keine Termine"));
    let p = Page::from(app.client().get(app.url("/n/nord/calendar?step_free=yes")).send().await.unwrap()).await;
    assert!(p.text("main").contains("Maifest"));
}

#[tokio::test]
async fn line_breaks_in_text_cannot_add_lines_to_the_feeds() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let rita = app.client_for(w.resident).await;
    // A title is one line in the form, but a request can carry anything; a
    // description from a browser has CRLF line breaks.
    let mut f = event_form(&in_days(5));
    set(&mut f, "title", "Flohmarkt\r\nBEGIN:VEVENT\r\nSUMMARY:Gefälscht\rURL:javascript:alert(1)");
    set(&mut f, "description", "Erste Zeile\r\nZweite Zeile\rDritte");
    set(&mut f, "venue", "Hof\r\nLOCATION:anderswo");
    let r = rita.post(app.url("/o/buergerverein/events")).form(&f).send().await.unwrap();
    assert_eq!(r.status(), 303, "{}", Page::from(r).await.text(".error-summary"));
    let event = r.headers()["location"].to_str().unwrap().split('?').next().unwrap().to_string();
    for url in [format!("{event}/event.ics"), "/n/nord/calendar.ics".into(), "/o/buergerverein/events.ics".into()] {
        let text = app.client().get(app.url(&url)).send().await.unwrap().text().await.unwrap();
        assert!(!text.replace("\r\n", "").contains(['\r', '\n']), "{url}: a bare CR or LF\n{text:?}");
        let unfolded = text.replace("\r\n ", "");
        for l in unfolded.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(!l.starts_with("SUMMARY:Gefälscht") && !l.starts_with("URL:javascript"), "{url}: {l}");
        }
        let cal = parse_ics(&text);
        let e = cal.events().find(|e| e.get_url().is_some_and(|u| u.ends_with(&event))).expect(&url);
        assert!(!cal.events().any(|e| e.get_summary() == Some("Gefälscht")), "{url}");
        assert_eq!(e.get_description(), Some("Erste Zeile\nZweite Zeile\nDritte"), "{url}");
        assert_eq!(e.get_location(), Some("Hof\nLOCATION:anderswo"), "{url}");
    }
}

/// The text of the month grid's cell for a day ("Freitag, 12. März 2027"),
/// its events' titles and its "n more" link (text and address).
fn month_cell(p: &Page, label: &str) -> (Vec<String>, Option<(String, String)>) {
    let td = scraper::Selector::parse("table.month td").unwrap();
    let hidden = scraper::Selector::parse(".visually-hidden").unwrap();
    let titles = scraper::Selector::parse("ul a").unwrap();
    let more = scraper::Selector::parse("p.more a").unwrap();
    let cell =
        p.0.select(&td)
            .find(|c| c.select(&hidden).next().is_some_and(|h| h.text().collect::<String>() == label))
            .unwrap_or_else(|| panic!("no cell for {label}"));
    let events = cell.select(&titles).map(|a| a.text().collect::<String>()).collect();
    let link = cell.select(&more).next().map(|a| {
        (a.text().collect::<String>().trim().to_string(), a.value().attr("href").unwrap_or_default().to_string())
    });
    (events, link)
}

#[tokio::test]
async fn a_busy_day_in_the_month_shows_its_first_events_and_links_to_the_rest() {
    use chrono::TimeZone;
    use quartier_store::events::{EventDetails, Holder};
    let app = TestApp::new().await;
    let w = app.world().await;
    let s = &app.store;
    // Berlin local time in March 2027 (CET, UTC+1) as UTC.
    let at = |d, h, m| chrono::Utc.with_ymd_and_hms(2027, 3, d, h, m, 0).unwrap() - chrono::Duration::hours(1);
    let add = |holder, title: &str, start: chrono::DateTime<chrono::Utc>| {
        let d = EventDetails { title: title.into(), category: "social".into(), ..Default::default() };
        async move { s.create_event(holder, w.resident, &d, &[(start, start + chrono::Duration::hours(1))]).await }
    };
    let club = Holder::Organisation(w.org);
    // Friday 12 March: half past midnight local time is still the 11th in
    // UTC, and belongs to the 12th; half past eleven on the 11th does not.
    add(club, "Nachtwanderung", at(12, 0, 30)).await.unwrap();
    add(club, "Spätlese", at(11, 23, 30)).await.unwrap();
    for (i, h) in [9, 10, 11, 12, 13].into_iter().enumerate() {
        add(club, &format!("Kurs {}", i + 1), at(12, h, 0)).await.unwrap();
    }
    // A neighbour's event, for members only, early in the day.
    add(Holder::Neighbourhood(w.nord), "Hofcafé", at(12, 8, 0)).await.unwrap();
    // A hidden event, for nobody's calendar.
    let hidden = add(club, "Versteckt", at(12, 7, 0)).await.unwrap()[0].id;
    s.hide_event(hidden, "Spam").await.unwrap();
    // Thursday 18 March: two events, fewer than the grid shows.
    add(club, "Chor", at(18, 18, 0)).await.unwrap();
    add(club, "Lesung", at(18, 19, 0)).await.unwrap();
    // Summer time begins on Sunday 28 March (a day of 23 hours): half past
    // midnight on the 29th (CEST, UTC+2) is still the 28th in UTC.
    let summer = |d, h, m| chrono::Utc.with_ymd_and_hms(2027, 3, d, h, m, 0).unwrap() - chrono::Duration::hours(2);
    add(club, "Osterfeuer", summer(28, 23, 30)).await.unwrap();
    add(club, "Frühschicht", summer(29, 0, 30)).await.unwrap();
    assert_eq!(quartier_web::events::MONTH_DAY_EVENTS, 3);

    // Anyone: the club's six events on the 12th; three shown, three more.
    let anon = app.client();
    let p = app.get_page(&anon, "/n/nord/calendar?view=month&month=2027-03").await;
    let (events, more) = month_cell(&p, "Freitag, 12. März 2027");
    assert_eq!(events, ["Nachtwanderung", "Kurs 1", "Kurs 2"]);
    let (text, href) = more.expect("a link to the rest of the day");
    assert_eq!(text, "3 weitere Termine am Freitag, 12. März 2027");
    assert_eq!(href, "/n/nord/calendar?day=2027-03-12");
    assert_eq!(p.text("table.month p.more .visually-hidden"), "Termine am Freitag, 12. März 2027");
    assert_eq!(month_cell(&p, "Donnerstag, 11. März 2027"), (vec!["Spätlese".to_string()], None));
    // Under the cap: every event, no link.
    assert_eq!(month_cell(&p, "Donnerstag, 18. März 2027"), (vec!["Chor".to_string(), "Lesung".into()], None));
    assert_eq!(p.count("table.month p.more"), 1);
    assert_eq!(month_cell(&p, "Sonntag, 28. März 2027"), (vec!["Osterfeuer".to_string()], None));
    assert_eq!(month_cell(&p, "Montag, 29. März 2027"), (vec!["Frühschicht".to_string()], None));
    // The link leads to every event that begins that day (as the grid
    // counts them: not the one still running from the night before), and
    // to nothing hidden.
    let day = app.get_page(&anon, &href).await;
    let titles = day.texts("article.event h3");
    assert_eq!(titles, ["Nachtwanderung", "Kurs 1", "Kurs 2", "Kurs 3", "Kurs 4", "Kurs 5"]);
    assert_eq!(day.texts("main h2")[0], "Freitag, 12. März 2027");
    assert!(day.text("title").contains("Freitag, 12. März 2027"));
    assert_eq!(day.attr("a[rel=next]", "href").as_deref(), Some("/n/nord/calendar?day=2027-03-13"));
    let next = app.get_page(&anon, "/n/nord/calendar?day=2027-03-13").await;
    assert_eq!(next.count("article.event"), 0);
    assert!(next.text("main").contains("An diesem Tag sind keine Termine eingetragen."));

    // A member also sees the neighbour's event, and it counts.
    let resident = app.client_for(w.resident).await;
    let p = app.get_page(&resident, "/n/nord/calendar?view=month&month=2027-03").await;
    let (events, more) = month_cell(&p, "Freitag, 12. März 2027");
    assert_eq!(events, ["Nachtwanderung", "Hofcafé", "Kurs 1"]);
    assert_eq!(more.unwrap().0, "4 weitere Termine am Freitag, 12. März 2027");
    let day = app.get_page(&resident, "/n/nord/calendar?day=2027-03-12").await;
    assert_eq!(day.count("article.event"), 7);
    assert!(!day.text("main").contains("Versteckt"));

    // Filters go along to the day, and are counted there too.
    let f = format!("/n/nord/calendar?view=month&month=2027-03&organisation={}", w.org);
    let p = app.get_page(&anon, &f).await;
    let (_, more) = month_cell(&p, "Freitag, 12. März 2027");
    assert_eq!(more.unwrap().1, format!("/n/nord/calendar?day=2027-03-12&organisation={}", w.org));
    let p = app.get_page(&anon, "/n/nord/calendar?view=month&month=2027-03&category=culture").await;
    assert_eq!(p.count("table.month p.more"), 0);
    assert_eq!(p.count("table.month ul a"), 0);

    // One more: the sentence is whole for a screen reader in each language.
    let r = app.post_form(&resident, "/preferences/language", &[("locale", "en"), ("back", "/")]).await;
    assert_eq!(r.status(), 303);
    let p = app.get_page(&resident, "/n/nord/calendar?view=month&month=2027-03").await;
    let (_, more) = month_cell(&p, "Friday, 12 March 2027");
    assert_eq!(more.unwrap().0, "4 more events on Friday, 12 March 2027");
    let r = app.post_form(&resident, "/preferences/language", &[("locale", "de-simple"), ("back", "/")]).await;
    assert_eq!(r.status(), 303);
    let p = app.get_page(&resident, "/n/nord/calendar?view=month&month=2027-03").await;
    let (_, more) = month_cell(&p, "Freitag, 12. März 2027");
    assert_eq!(more.unwrap().0, "Noch 4 Termine am Freitag, 12. März 2027");
}

#[tokio::test]
async fn a_day_busier_than_a_page_says_how_many_events_it_leaves_out() {
    use chrono::TimeZone;
    use quartier_store::events::{EventDetails, Holder};
    let app = TestApp::new().await;
    let w = app.world().await;
    let cap = quartier_web::events::LIST_EVENTS;
    // A fair with one more stand every five minutes than a page shows, from
    // eight in the morning (Berlin, CET).
    let eight = chrono::Utc.with_ymd_and_hms(2027, 3, 12, 7, 0, 0).unwrap();
    let times: Vec<_> = (0..=cap)
        .map(|i| {
            let start = eight + chrono::Duration::minutes(5 * i64::try_from(i).unwrap());
            (start, start + chrono::Duration::minutes(30))
        })
        .collect();
    let d = EventDetails { title: "Markt".into(), category: "social".into(), ..Default::default() };
    app.store.create_event(Holder::Organisation(w.org), w.resident, &d, &times).await.unwrap();
    let anon = app.client();
    let day = app.get_page(&anon, "/n/nord/calendar?day=2027-03-12").await;
    assert_eq!(day.count("article.event"), usize::try_from(cap).unwrap());
    assert_eq!(
        day.text("main section p.notice"),
        format!(
            "Hier stehen die ersten {cap} von {} Terminen dieses Tages. Mit den Filtern oben finden Sie die übrigen.",
            cap + 1
        )
    );
    // A day within the page says nothing of the kind.
    let other = app.get_page(&anon, "/n/nord/calendar?day=2027-03-13").await;
    assert_eq!(other.count("main section p.notice"), 0);
}

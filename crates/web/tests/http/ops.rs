//! Health, headers, CSRF, problem documents, and the personal-data registry.

use crate::helpers::*;

#[tokio::test]
async fn health_and_readiness() {
    let app = TestApp::new().await;
    let c = app.client();
    assert_eq!(c.get(app.url("/healthz")).send().await.unwrap().text().await.unwrap(), "ok");
    assert_eq!(c.get(app.url("/readyz")).send().await.unwrap().status(), 200);
    let txt = c.get(app.url("/.well-known/security.txt")).send().await.unwrap().text().await.unwrap();
    assert!(txt.contains("Contact:") && txt.contains("Expires:"));
}

#[tokio::test]
async fn every_page_has_the_security_headers() {
    let app = TestApp::new().await;
    let r = app.client().get(app.url("/login")).send().await.unwrap();
    let h = r.headers();
    let csp = h["content-security-policy"].to_str().unwrap();
    assert!(
        csp.contains("frame-ancestors 'none'") && csp.contains("script-src 'self'") && !csp.contains("unsafe-inline")
    );
    assert_eq!(h["x-content-type-options"], "nosniff");
    assert_eq!(h["referrer-policy"], "same-origin");
    assert_eq!(h["x-frame-options"], "DENY");
}

#[tokio::test]
async fn cross_site_posts_are_refused() {
    let app = TestApp::new().await;
    let nord = app.nord().await;
    let coordinator = app.coordinator_of(nord).await;
    app.store.create_invite_batch(nord, 3, coordinator).await.unwrap();
    let c = app.client_for(coordinator).await;
    let r = c
        .post(app.url("/n/nord/manage/codes"))
        .header("sec-fetch-site", "cross-site")
        .header("origin", "https://evil.example")
        .form(&[("count", "5")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    assert!(r.headers()["content-type"].to_str().unwrap().starts_with("text/html"));
    assert_eq!(app.store.invite_batches(nord).await.unwrap().len(), 1);
    // Same-origin requests pass.
    let r = c
        .post(app.url("/n/nord/manage/codes"))
        .header("sec-fetch-site", "same-origin")
        .form(&[("count", "5")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
}

#[tokio::test]
async fn errors_are_pages_in_the_readers_language_or_problem_documents() {
    let app = TestApp::new().await;
    let c = app.client();
    let r = c.get(app.url("/gibt-es-nicht")).send().await.unwrap();
    assert_eq!(r.status(), 404);
    assert_eq!(Page::from(r).await.text("h1"), "Seite nicht gefunden");
    let r = c.get(app.url("/gibt-es-nicht")).header("accept-language", "en").send().await.unwrap();
    assert_eq!(Page::from(r).await.text("h1"), "Page not found");
    let r = c.get(app.url("/u/keine-uuid")).send().await.unwrap();
    assert_eq!(r.status(), 404);
    let r = c.get(app.url("/signup")).send().await.unwrap();
    assert_eq!(r.status(), 200);
    let r = c.delete(app.url("/signup")).send().await.unwrap();
    assert_eq!(r.status(), 405);

    let r = c.get(app.url("/api/v1/me")).send().await.unwrap();
    assert_eq!(r.status(), 401);
    assert_eq!(r.headers()["content-type"], "application/problem+json");
    let body: serde_json::Value = r.json().await.unwrap();
    assert_eq!(body["status"], 401);
    let r = c.get(app.url("/api/v1/neighbourhoods/nirgendwo")).send().await.unwrap();
    assert_eq!(r.status(), 404);
    assert_eq!(r.headers()["content-type"], "application/problem+json");
}

#[tokio::test]
async fn every_table_is_known_to_export_and_erasure() {
    let app = TestApp::new().await;
    let tables = app.store.table_names().await.unwrap();
    let known: Vec<&str> = quartier_store::personal_data::TABLES.iter().map(|(t, _)| *t).collect();
    for t in &tables {
        assert!(
            known.contains(&t.as_str()),
            "table {t} holds data that export and erasure do not know: add it to personal_data::TABLES"
        );
    }
    for k in known {
        assert!(tables.iter().any(|t| t == k), "personal_data::TABLES names {k}, which does not exist");
    }
}

#[tokio::test]
async fn api_lists_neighbourhoods_and_guards_members() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let list: serde_json::Value =
        app.client().get(app.url("/api/v1/neighbourhoods")).send().await.unwrap().json().await.unwrap();
    assert_eq!(list["items"].as_array().unwrap().len(), 2);
    let r =
        app.client_for(w.unverified).await.get(app.url("/api/v1/neighbourhoods/nord/members")).send().await.unwrap();
    assert_eq!(r.status(), 403);
    let m: serde_json::Value = app
        .client_for(w.resident)
        .await
        .get(app.url("/api/v1/neighbourhoods/nord/members"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(m["items"].as_array().unwrap().len(), 5, "coordinator, moderator, resident, editor, reviewer");
}

/// One request more than the server takes at once is answered 503 with
/// `Retry-After` straight away (in every language, since it comes before the
/// reader's context), and the server takes requests again by itself once the
/// held one ends.
#[tokio::test]
async fn one_request_too_many_is_shed_with_retry_after_and_the_server_recovers() {
    use tokio::io::AsyncWriteExt;
    let app = TestApp::with(|c| c.max_in_flight = 1).await;
    // A form whose body never comes holds the only place.
    let host = app.base.trim_start_matches("http://").to_string();
    let mut held = tokio::net::TcpStream::connect(&host).await.unwrap();
    let head = format!(
        "POST /login HTTP/1.1\r\nHost: {host}\r\nOrigin: {}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\nemail=",
        app.base
    );
    held.write_all(head.as_bytes()).await.unwrap();
    let c = app.client();
    let mut shed = None;
    for _ in 0..50 {
        let r = c.get(app.url("/login")).send().await.unwrap();
        if r.status() == 503 {
            shed = Some(r);
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    let r = shed.expect("the second request is shed while the first holds the only place");
    assert_eq!(r.headers()["retry-after"], "5");
    assert!(r.headers().contains_key("content-security-policy"), "the security headers still apply");
    let body = r.text().await.unwrap();
    assert!(body.contains("Gerade sehr viel los") && body.contains("Very busy right now"), "{body}");
    // The API is shed the same way: never a 500.
    let api = c.get(app.url("/api/v1/neighbourhoods")).send().await.unwrap();
    assert_eq!(api.status(), 503);
    // Health checks still answer, so a proxy keeps the server in rotation.
    assert_eq!(c.get(app.url("/healthz")).send().await.unwrap().status(), 200);
    assert_eq!(c.get(app.url("/readyz")).send().await.unwrap().status(), 200);
    drop(held);
    let mut ok = false;
    for _ in 0..50 {
        if c.get(app.url("/login")).send().await.unwrap().status() == 200 {
            ok = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert!(ok, "the server recovers by itself when the held request ends");
}

/// A page for nobody in particular carries an ETag and is answered 304 when
/// the reader already holds it; a logged-in person's page is never stored.
/// The style sheet and logo have content-named addresses that browsers may
/// keep for a year; their plain names still work, briefly cached.
#[tokio::test]
async fn anonymous_pages_revalidate_and_assets_are_immutable() {
    let app = TestApp::new().await;
    let n = app.nord().await;
    let resident = app.resident_in(n).await;
    let anon = app.client();
    let r = anon.get(app.url("/n/nord")).send().await.unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(r.headers()["cache-control"], "private, no-cache");
    let tag = r.headers()["etag"].clone();
    assert!(tag.to_str().unwrap().starts_with("W/\""));
    let page = r.text().await.unwrap();
    let again = anon.get(app.url("/n/nord")).header("if-none-match", tag.clone()).send().await.unwrap();
    assert_eq!(again.status(), 304);
    assert_eq!(again.headers()["etag"], tag);
    assert!(again.text().await.unwrap().is_empty());
    // Another version is sent whole.
    let other = anon.get(app.url("/n/nord")).header("if-none-match", "W/\"0\"").send().await.unwrap();
    assert_eq!(other.status(), 200);

    let member = app.client_for(resident).await;
    let mine = member.get(app.url("/n/nord")).send().await.unwrap();
    assert_eq!(mine.headers()["cache-control"], "no-store");
    assert!(!mine.headers().contains_key("etag"));
    // A form post is never answered from a cache.
    let login = anon.post(app.url("/login")).form(&[("email", "x@example.org"), ("password", "falsch")]);
    assert!(!login.send().await.unwrap().headers().contains_key("etag"));

    let style = page
        .split("<link rel=\"stylesheet\" href=\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .expect("the page links its style sheet")
        .to_string();
    assert!(style.starts_with("/static/style.") && style.ends_with(".css") && style != "/static/style.css", "{style}");
    let css = anon.get(app.url(&style)).send().await.unwrap();
    assert_eq!(css.headers()["cache-control"], "public, max-age=31536000, immutable");
    let body = css.text().await.unwrap();
    let plain = anon.get(app.url("/static/style.css")).send().await.unwrap();
    assert_eq!(plain.headers()["cache-control"], "public, max-age=300");
    assert_eq!(plain.text().await.unwrap(), body);
    // Another version's name (an app server mid-upgrade) still gets a style sheet.
    let old = anon.get(app.url("/static/style.000000000000.css")).send().await.unwrap();
    assert_eq!(old.headers()["cache-control"], "public, max-age=300");
    assert!(page.contains("<img src=\"/static/logo."));
    for bad in ["/static/style.a.b.css", "/static/other.css", "/static/style.svg"] {
        assert_eq!(anon.get(app.url(bad)).send().await.unwrap().status(), 404, "{bad}");
    }
}

/// Two app servers run the same schedulers on one database: each due digest
/// and each weekly notice board is claimed by exactly one of them. Runs on
/// PostgreSQL too.
#[tokio::test]
async fn two_servers_never_send_the_same_digest_or_notice_board_twice() {
    use quartier_core::neighbourhood::Role;
    use quartier_web::worker::{schedule_digests, schedule_notice_boards};
    let app = TestApp::new().await;
    let w = app.world().await;
    let other = quartier_web::AppState::new(app.store.clone(), (*app.state.config).clone()).unwrap();
    let people = 12;
    let mut emails = Vec::new();
    for i in 0..people {
        let email = format!("nachbar{i}@example.org");
        let id = app.member(w.nord, &email, &format!("Nachbar {i}"), Role::Resident).await;
        let mut s = app.store.notification_settings(id).await.unwrap();
        s.digest = "daily".into();
        s.notice_board_mail = true;
        s.last_digest_at = Some(app.store.now() - chrono::Duration::days(2));
        app.store.save_notification_settings(s).await.unwrap();
        app.store.notify(id, quartier_store::notifications::NoticeKind::Message, None, None).await.unwrap();
        emails.push(email);
    }
    let (a, b) = tokio::join!(schedule_digests(&app.state), schedule_digests(&other));
    assert_eq!(a.unwrap() + b.unwrap(), people, "each digest once");
    let (a, b) = tokio::join!(schedule_notice_boards(&app.state), schedule_notice_boards(&other));
    assert_eq!(a.unwrap() + b.unwrap(), people, "each notice board once");
    let (a, b) = tokio::join!(schedule_notice_boards(&app.state), schedule_notice_boards(&other));
    assert_eq!(a.unwrap() + b.unwrap(), 0, "not again within the week");
    app.drain_jobs().await;
    for email in &emails {
        let mails = app.mails_to(email, 2).await;
        assert_eq!(mails.len(), 2, "{email}: one digest and one notice board");
        assert!(mails.iter().any(|m| m.contains("Einkauf hochtragen")), "the sheet holds the quarter's help");
    }
}

//! Sign up, confirm, log in and out, reset, change password and e-mail,
//! export and delete.

use crate::helpers::*;

async fn signup(app: &TestApp, c: &reqwest::Client, email: &str) -> reqwest::Response {
    c.post(app.url("/signup"))
        .form(&[("display_name", "Nora Neu"), ("email", email), ("password", "lange genug 123")])
        .send()
        .await
        .unwrap()
}

async fn login(app: &TestApp, c: &reqwest::Client, email: &str, pw: &str) -> reqwest::Response {
    c.post(app.url("/login")).form(&[("email", email), ("password", pw), ("next", "/account")]).send().await.unwrap()
}

#[tokio::test]
async fn sign_up_confirm_log_in_and_out() {
    let app = TestApp::new().await;
    let c = app.client();
    let r = signup(&app, &c, "Nora@Example.org").await;
    assert_eq!(r.status(), 200);
    assert!(Page::from(r).await.text("h1").contains("Postfach"));
    let first = app.mails_to("nora@example.org", 1).await.remove(0);

    // Not confirmed yet: the login is refused with a hint, and a new link goes out.
    let r = login(&app, &c, "nora@example.org", "lange genug 123").await;
    assert_eq!(r.status(), 422);
    assert!(Page::from(r).await.text("#e-email").contains("bestätigen"));

    // The new link replaces the first one.
    let mail = app.mails_to("nora@example.org", 2).await.into_iter().find(|m| *m != first).unwrap();
    let link = link_in(&mail, &app.base);
    let old = link_in(&first, &app.base);
    let old_page = Page::from(c.get(&old).send().await.unwrap()).await;
    assert!(old_page.text("h1").contains("ungültig"));
    assert!(link.contains("/confirm?token="));
    // Following the link shows a button; only the POST confirms.
    let page = Page::from(c.get(&link).send().await.unwrap()).await;
    let token = page.attr("input[name=token]", "value").unwrap();
    let r = c.post(app.url("/confirm")).form(&[("token", token.as_str())]).send().await.unwrap();
    assert_eq!(r.status(), 303);
    // The token works once.
    let r = c.post(app.url("/confirm")).form(&[("token", token.as_str())]).send().await.unwrap();
    assert!(Page::from(r).await.text("h1").contains("ungültig"));

    let r = login(&app, &c, "nora@example.org", "lange genug 123").await;
    assert_eq!(r.status(), 303);
    assert_eq!(location(&r), "/account");
    let set_cookie = r.headers().get("set-cookie").unwrap().to_str().unwrap().to_string();
    assert!(set_cookie.contains("HttpOnly") && set_cookie.contains("SameSite=Lax"), "{set_cookie}");
    let page = Page::from(c.get(app.url("/account")).send().await.unwrap()).await;
    assert_eq!(page.text("h1"), "Mein Konto");

    let r = c.post(app.url("/logout")).send().await.unwrap();
    assert_eq!(r.status(), 303);
    let r = c.get(app.url("/account")).send().await.unwrap();
    assert_eq!(r.status(), 303);
    assert!(location(&r).starts_with("/login?next="));
}

#[tokio::test]
async fn logout_ends_the_session_on_the_server() {
    let app = TestApp::new().await;
    let id = app.user("sam@example.org", "Sam", false).await;
    let token = app.store.create_session(id).await.unwrap();
    let c = app.client();
    let cookie = format!("quartier_session={token}");
    let r = c.post(app.url("/logout")).header("cookie", &cookie).send().await.unwrap();
    assert_eq!(r.status(), 303);
    // The old cookie is worthless afterwards.
    let r = c.get(app.url("/account")).header("cookie", &cookie).send().await.unwrap();
    assert_eq!(r.status(), 303);
}

#[tokio::test]
async fn known_and_unknown_addresses_get_the_same_answer() {
    let app = TestApp::new().await;
    app.user("taken@example.org", "Tina", false).await;
    let c = app.client();
    let a = Page::from(signup(&app, &c, "taken@example.org").await).await.text("main");
    let b = Page::from(signup(&app, &c, "fresh@example.org").await).await.text("main");
    assert_eq!(a, b);
    // The owner of the taken address hears about it by mail.
    assert!(app.mail_to("taken@example.org").await.contains("/password/forgot"));

    let wrong_pw = Page::from(login(&app, &c, "taken@example.org", "falsch falsch").await).await.text("#e-password");
    let unknown = Page::from(login(&app, &c, "nobody@example.org", "falsch falsch").await).await.text("#e-password");
    assert_eq!(wrong_pw, unknown);

    let r1 = c.post(app.url("/password/forgot")).form(&[("email", "taken@example.org")]).send().await.unwrap();
    let r2 = c.post(app.url("/password/forgot")).form(&[("email", "nobody@example.org")]).send().await.unwrap();
    assert_eq!(Page::from(r1).await.text("main"), Page::from(r2).await.text("main"));
}

#[tokio::test]
async fn bad_input_is_explained_next_to_the_field_and_kept() {
    let app = TestApp::new().await;
    let c = app.client();
    let long = "x".repeat(100_000);
    let r = c
        .post(app.url("/signup"))
        .form(&[("display_name", long.as_str()), ("email", "kein-at"), ("password", "kurz")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    let p = Page::from(r).await;
    assert!(p.text("#e-display_name").contains("60"));
    assert!(p.text("#e-email").contains("gültige"));
    assert!(p.text("#e-password").contains("10"));
    assert_eq!(p.attr("#f-email", "value").as_deref(), Some("kein-at"));
    assert_eq!(p.attr("#f-email", "aria-invalid").as_deref(), Some("true"));
    assert!(p.attr("#f-email", "aria-describedby").unwrap().contains("e-email"));
    // The password is never echoed back.
    assert_eq!(p.attr("#f-password", "value").as_deref(), Some(""));

    // A body that is not a form at all is a clear 400 page, not a 500.
    let r = c.post(app.url("/signup")).header("content-type", "application/json").body("{").send().await.unwrap();
    assert_eq!(r.status(), 400);
    assert!(Page::from(r).await.text("h1").contains("nicht verstanden"));
}

#[tokio::test]
async fn demo_password_is_refused_outside_demo_mode() {
    let app = TestApp::new().await;
    let c = app.client();
    let r = c
        .post(app.url("/signup"))
        .form(&[("display_name", "Demo"), ("email", "d@example.org"), ("password", "quartier-demo")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    assert!(Page::from(r).await.text("#e-password").contains("Demo"));

    // Even an account that has it (e.g. restored from a demo) cannot log in with it.
    let hash = quartier_store::passwords::hash("quartier-demo").unwrap();
    let id = app.user("x@example.org", "X", false).await;
    app.store.set_password_hash(id, hash).await.unwrap();
    let r = login(&app, &c, "x@example.org", "quartier-demo").await;
    assert_eq!(r.status(), 422);
}

#[tokio::test]
async fn demo_mode_shows_a_banner_and_accepts_the_demo_logins() {
    let app = TestApp::with(|c| c.demo = true).await;
    app.store.seed_demo().await.unwrap();
    let c = app.client();
    let p = Page::from(c.get(app.url("/")).send().await.unwrap()).await;
    assert!(p.text(".demo-banner").contains("Demo"));
    for (email, _, _) in quartier_store::demo::DEMO_ACCOUNTS {
        let r = login(&app, &app.client(), email, "quartier-demo").await;
        assert_eq!(r.status(), 303, "{email}");
    }
}

#[tokio::test]
async fn login_throttle_cannot_lock_out_the_real_person() {
    let app = TestApp::with(|c| c.trust_proxy = true).await;
    app.user("victim@example.org", "Vicky", false).await;
    let c = app.client();
    for _ in 0..5 {
        let r = c
            .post(app.url("/login"))
            .header("x-forwarded-for", "203.0.113.9")
            .form(&[("email", "victim@example.org"), ("password", "geraten geraten")])
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 422);
    }
    // The attacker's address is now throttled, even with the right password …
    let r = c
        .post(app.url("/login"))
        .header("x-forwarded-for", "203.0.113.9")
        .form(&[("email", "victim@example.org"), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    assert!(Page::from(r).await.text("#e-password").contains("15 Minuten"));
    // … while the real person, elsewhere, logs in as usual.
    let r = c
        .post(app.url("/login"))
        .header("x-forwarded-for", "198.51.100.7")
        .form(&[("email", "victim@example.org"), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
}

#[tokio::test]
async fn reset_a_forgotten_password() {
    let app = TestApp::new().await;
    let id = app.user("rosa@example.org", "Rosa", false).await;
    let old_session = app.client_for(id).await;
    let c = app.client();
    c.post(app.url("/password/forgot")).form(&[("email", "rosa@example.org")]).send().await.unwrap();
    let link = link_in(&app.mail_to("rosa@example.org").await, &app.base);
    let p = Page::from(c.get(&link).send().await.unwrap()).await;
    let token = p.attr("input[name=token]", "value").unwrap();
    let r = c
        .post(app.url("/password/reset"))
        .form(&[("token", token.as_str()), ("password", "kurz")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    let r = c
        .post(app.url("/password/reset"))
        .form(&[("token", token.as_str()), ("password", "ganz neues Passwort")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    assert_eq!(login(&app, &c, "rosa@example.org", PASSWORD).await.status(), 422);
    assert_eq!(login(&app, &c, "rosa@example.org", "ganz neues Passwort").await.status(), 303);
    // Sessions from before the reset have ended.
    assert_eq!(old_session.get(app.url("/account")).send().await.unwrap().status(), 303);
}

#[tokio::test]
async fn change_password_and_email_need_the_current_password() {
    let app = TestApp::new().await;
    let id = app.user("eva@example.org", "Eva", false).await;
    let c = app.client_for(id).await;
    let other = app.client_for(id).await;
    let r = c
        .post(app.url("/account/password"))
        .form(&[("current_password", "falsch falsch"), ("password", "noch ein Passwort")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    let r = c
        .post(app.url("/account/password"))
        .form(&[("current_password", PASSWORD), ("password", "noch ein Passwort")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    // This session stays, the other one ends.
    assert_eq!(c.get(app.url("/account")).send().await.unwrap().status(), 200);
    assert_eq!(other.get(app.url("/account")).send().await.unwrap().status(), 303);

    let r = c
        .post(app.url("/account/email"))
        .form(&[("email", "eva.neu@example.org"), ("current_password", PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422, "old password no longer valid");
    let r = c
        .post(app.url("/account/email"))
        .form(&[("email", "eva.neu@example.org"), ("current_password", "noch ein Passwort")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let link = link_in(&app.mail_to("eva.neu@example.org").await, &app.base);
    let token = Page::from(c.get(&link).send().await.unwrap()).await.attr("input[name=token]", "value").unwrap();
    let r = c.post(app.url("/account/email/confirm")).form(&[("token", token.as_str())]).send().await.unwrap();
    assert_eq!(r.status(), 303);
    let me: serde_json::Value = c.get(app.url("/api/v1/me")).send().await.unwrap().json().await.unwrap();
    assert_eq!(me["email"], "eva.neu@example.org");
}

#[tokio::test]
async fn export_then_delete_the_account() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let c = app.client_for(w.resident).await;
    let r = c.get(app.url("/account/export")).send().await.unwrap();
    assert_eq!(r.status(), 200);
    assert!(r.headers()["content-disposition"].to_str().unwrap().contains("attachment"));
    let data: serde_json::Value = r.json().await.unwrap();
    assert_eq!(data["account"]["email"], "res@example.org");
    assert_eq!(data["memberships"][0]["neighbourhood"], "Nordviertel");
    // Every personal table has its section in the export.
    for (table, handling) in quartier_store::personal_data::TABLES {
        if let quartier_store::personal_data::Handling::Personal { export, .. } = handling {
            assert!(data.get(*export).is_some(), "{table} missing from export");
        }
    }

    let r = c.post(app.url("/account/delete")).form(&[("current_password", "falsch falsch")]).send().await.unwrap();
    assert_eq!(r.status(), 422);
    let r = c.post(app.url("/account/delete")).form(&[("current_password", PASSWORD)]).send().await.unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(c.get(app.url("/account")).send().await.unwrap().status(), 303);
    assert_eq!(login(&app, &app.client(), "res@example.org", PASSWORD).await.status(), 422);
    let coord = app.client_for(w.coordinator).await;
    assert_eq!(coord.get(app.url(&format!("/u/{}", w.resident))).send().await.unwrap().status(), 404);
    let members = Page::from(coord.get(app.url("/n/nord/members")).send().await.unwrap()).await;
    assert!(!members.text("main").contains("Rita"));
    // The address can be used again.
    let u = app.store.user_by_id(w.resident).await.unwrap().unwrap();
    assert!(u.deleted_at.is_some() && u.display_name.is_empty() && !u.email.contains("res@"));
}

#[tokio::test]
async fn preferences_hold_without_an_account_and_follow_the_account() {
    let app = TestApp::new().await;
    let c = app.client();
    let r = c
        .post(app.url("/preferences"))
        .form(&[("locale", "en"), ("text_size", "larger"), ("contrast", "high")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let p = Page::from(c.get(app.url("/")).send().await.unwrap()).await;
    assert_eq!(p.attr("html", "lang").as_deref(), Some("en"));
    assert_eq!(p.attr("html", "class").as_deref(), Some("text-larger contrast-high"));
    assert_eq!(p.text("h1"), "Welcome to Quartier");

    let r = c
        .post(app.url("/preferences/language"))
        .form(&[("locale", "de-simple"), ("back", "/login")])
        .send()
        .await
        .unwrap();
    assert_eq!(location(&r), "/login");
    let p = Page::from(c.get(app.url("/login")).send().await.unwrap()).await;
    assert_eq!(p.attr("html", "lang").as_deref(), Some("de"));
    assert_eq!(p.attr("button[value=de-simple]", "aria-pressed").as_deref(), Some("true"));
    // An open redirect is not possible through "back".
    let r = c
        .post(app.url("/preferences/language"))
        .form(&[("locale", "en"), ("back", "//evil.example")])
        .send()
        .await
        .unwrap();
    assert_eq!(location(&r), "/");

    // Logged in, the choice is stored with the account.
    let id = app.user("pia@example.org", "Pia", false).await;
    let c = app.client_for(id).await;
    c.post(app.url("/preferences"))
        .form(&[("locale", "en"), ("text_size", "large"), ("contrast", "normal")])
        .send()
        .await
        .unwrap();
    let fresh = app.client_for(id).await;
    let p = Page::from(fresh.get(app.url("/account")).send().await.unwrap()).await;
    assert_eq!(p.attr("html", "class").as_deref(), Some("text-large contrast-normal"));
    assert_eq!(p.text("h1"), "My account");
}

#[tokio::test]
async fn first_operator_is_created_with_the_setup_token() {
    let app = TestApp::new().await;
    let c = app.client();
    let p = Page::from(c.get(app.url("/")).send().await.unwrap()).await;
    assert!(p.count("a[href='/setup']") == 1);
    let token = app.store.issue_setup_token(chrono::Duration::minutes(5)).await.unwrap();
    let form = |t: &str| {
        vec![
            ("token", t.to_string()),
            ("display_name", "Olaf".into()),
            ("email", "olaf@example.org".into()),
            ("password", "sehr geheim 42".into()),
        ]
    };
    let r = c.post(app.url("/setup")).form(&form("falsch")).send().await.unwrap();
    assert_eq!(r.status(), 422);
    let r = c.post(app.url("/setup")).form(&form(&token)).send().await.unwrap();
    assert_eq!(r.status(), 303);
    assert!(app.store.operator_exists().await.unwrap());
    // Afterwards the set-up page is gone, token or not.
    assert_eq!(c.get(app.url("/setup")).send().await.unwrap().status(), 404);
    assert_eq!(c.post(app.url("/setup")).form(&form(&token)).send().await.unwrap().status(), 404);
    let r = c
        .post(app.url("/login"))
        .form(&[("email", "olaf@example.org"), ("password", "sehr geheim 42")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    assert_eq!(c.get(app.url("/admin")).send().await.unwrap().status(), 200);
}

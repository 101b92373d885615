//! Two `quartier serve` processes on one database, as a city runs them
//! behind a reverse proxy: a login on one is valid on the other, failed
//! logins count across both, and a queued job (a mail) runs exactly once.
//! On PostgreSQL when `QUARTIER_TEST_POSTGRES_URL` names a server (as in
//! CI), else on one SQLite file shared by both processes.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use quartier_core::account::Email;
use quartier_core::locale::Preferences;
use quartier_store::accounts::NewUser;
use reqwest::header::ORIGIN;
use reqwest::redirect::Policy;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use tokio::process::{Child, Command};

const PASSWORD: &str = "ein gutes Passwort";

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// One app server with its own port and outbox, on the shared database.
struct Server {
    url: String,
    outbox: PathBuf,
    _child: Child,
}

async fn start(dir: &Path, name: &str, database_url: &str) -> Server {
    let port = free_port();
    let url = format!("http://127.0.0.1:{port}");
    let home = dir.join(name);
    std::fs::create_dir_all(&home).unwrap();
    let mut c = Command::new(env!("CARGO_BIN_EXE_quartier"));
    for (k, _) in std::env::vars_os() {
        if k.to_string_lossy().starts_with("QUARTIER_") {
            c.env_remove(k);
        }
    }
    let log = std::fs::File::create(home.join("server.log")).unwrap();
    let child = c
        .current_dir(&home)
        .env("QUARTIER_DATABASE_URL", database_url)
        .env("QUARTIER_MAIL__OUTBOX_DIR", home.join("outbox"))
        .env("QUARTIER_PUBLIC_URL", &url)
        .env("QUARTIER_LOG", "warn")
        .args(["serve", "--bind", &format!("127.0.0.1:{port}")])
        .stdin(std::process::Stdio::null())
        .stdout(log.try_clone().unwrap())
        .stderr(log)
        .kill_on_drop(true)
        .spawn()
        .unwrap();
    let t0 = Instant::now();
    while reqwest::get(format!("{url}/readyz")).await.map(|r| r.status()).ok() != Some(reqwest::StatusCode::OK) {
        let log = std::fs::read_to_string(home.join("server.log")).unwrap_or_default();
        assert!(t0.elapsed() < Duration::from_secs(60), "{name} did not get ready:\n{log}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    Server { url, outbox: home.join("outbox"), _child: child }
}

fn browser() -> reqwest::Client {
    reqwest::Client::builder().redirect(Policy::none()).build().unwrap()
}

async fn log_in(s: &Server, email: &str, password: &str) -> reqwest::Response {
    browser()
        .post(format!("{}/login", s.url))
        .header(ORIGIN, &s.url)
        .form(&[("email", email), ("password", password), ("next", "/account")])
        .send()
        .await
        .unwrap()
}

fn mails_in(outbox: &Path) -> usize {
    std::fs::read_dir(outbox)
        .map(|d| d.flatten().filter(|e| e.path().extension().is_some_and(|x| x == "eml")).count())
        .unwrap_or(0)
}

#[tokio::test]
async fn two_app_servers_share_sessions_throttling_and_jobs() {
    let dir = tempfile::tempdir().unwrap();
    let (store, _db) = quartier_store::testing::test_store(dir.path()).await.unwrap();
    for email in ["anna@example.org", "ben@example.org"] {
        store
            .create_user(NewUser {
                email: &Email::parse(email).unwrap(),
                password_hash: quartier_store::passwords::hash(PASSWORD).unwrap(),
                display_name: "Anna",
                prefs: Preferences::default(),
                operator: false,
                confirmed: true,
            })
            .await
            .unwrap();
    }
    let a = start(dir.path(), "a", store.url()).await;
    let b = start(dir.path(), "b", store.url()).await;

    // A login on one server is valid on the other; logging out on the
    // other ends it on both.
    let r = log_in(&a, "anna@example.org", PASSWORD).await;
    assert_eq!(r.status(), 303);
    let cookie = r.headers()["set-cookie"].to_str().unwrap().split(';').next().unwrap().to_string();
    let account = |s: &Server| browser().get(format!("{}/account", s.url)).header("cookie", cookie.clone()).send();
    assert_eq!(account(&b).await.unwrap().status(), 200, "the session made on a is valid on b");
    let out = browser()
        .post(format!("{}/logout", b.url))
        .header(ORIGIN, &b.url)
        .header("cookie", cookie.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(out.status(), 303);
    assert_eq!(account(&a).await.unwrap().status(), 303, "logged out on b, so on a too");

    // Failed logins count across both: five wrong passwords, spread over
    // the two, and the sixth try is refused even with the right one.
    for i in 0..5 {
        let s = if i % 2 == 0 { &a } else { &b };
        assert_eq!(log_in(s, "ben@example.org", "falsch falsch").await.status(), 422);
    }
    let refused = log_in(&a, "ben@example.org", PASSWORD).await;
    assert_eq!(refused.status(), 422);
    assert!(refused.text().await.unwrap().contains("Zu viele Fehlversuche"), "throttled across both servers");

    // A job queued on one server runs exactly once, on whichever takes it.
    let forgot = browser()
        .post(format!("{}/password/forgot", a.url))
        .header(ORIGIN, &a.url)
        .form(&[("email", "anna@example.org")])
        .send()
        .await
        .unwrap();
    assert_eq!(forgot.status(), 200);
    let t0 = Instant::now();
    while mails_in(&a.outbox) + mails_in(&b.outbox) == 0 {
        assert!(t0.elapsed() < Duration::from_secs(30), "the reset mail was never sent");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    // Both workers poll every two seconds: give the other one its turns.
    tokio::time::sleep(Duration::from_secs(5)).await;
    assert_eq!(mails_in(&a.outbox) + mails_in(&b.outbox), 1, "the job ran exactly once");
    assert_eq!(store.pending_jobs().await.unwrap(), 0);
}

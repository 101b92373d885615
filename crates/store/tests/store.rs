//! Store tests. They run on SQLite, and on PostgreSQL when
//! QUARTIER_TEST_POSTGRES_URL is set; each test has a database of its own.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use quartier_core::account::Email;
use quartier_core::locale::Preferences;
use quartier_core::neighbourhood::{Role, Slug};
use quartier_store::accounts::NewUser;
use quartier_store::tokens::Purpose;
use quartier_store::{Store, StoreError};
use uuid::Uuid;

async fn store() -> (Store, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    (quartier_store::testing::fresh_store(dir.path()).await.unwrap(), dir)
}

async fn user(s: &Store, email: &str) -> Uuid {
    s.create_user(NewUser {
        email: &Email::parse(email).unwrap(),
        password_hash: "x".into(),
        display_name: "Name",
        prefs: Preferences::default(),
        operator: false,
        confirmed: true,
    })
    .await
    .unwrap()
    .id
}

#[tokio::test]
async fn emails_are_unique() {
    let (s, _d) = store().await;
    user(&s, "a@example.org").await;
    let again = s
        .create_user(NewUser {
            email: &Email::parse("A@example.org").unwrap(),
            password_hash: "x".into(),
            display_name: "Other",
            prefs: Preferences::default(),
            operator: false,
            confirmed: false,
        })
        .await;
    assert!(matches!(again, Err(StoreError::Conflict("email"))));
}

#[tokio::test]
async fn tokens_work_once_even_when_raced() {
    let (s, _d) = store().await;
    let id = user(&s, "t@example.org").await;
    let token = s.issue_token(id, Purpose::Reset, None).await.unwrap();
    assert!(s.peek_token(&token, Purpose::Confirm).await.unwrap().is_none(), "wrong purpose");
    let mut tasks = Vec::new();
    for _ in 0..6 {
        let (s, t) = (s.clone(), token.clone());
        tasks.push(tokio::spawn(async move { s.consume_token(&t, Purpose::Reset).await.unwrap().is_some() }));
    }
    let mut wins = 0;
    for t in tasks {
        wins += usize::from(t.await.unwrap());
    }
    assert_eq!(wins, 1);
    // A new token replaces the old ones.
    let t1 = s.issue_token(id, Purpose::Confirm, None).await.unwrap();
    let t2 = s.issue_token(id, Purpose::Confirm, None).await.unwrap();
    assert!(s.peek_token(&t1, Purpose::Confirm).await.unwrap().is_none());
    assert!(s.peek_token(&t2, Purpose::Confirm).await.unwrap().is_some());
}

#[tokio::test]
async fn sessions_expire_when_idle() {
    let (s, _d) = store().await;
    let id = user(&s, "s@example.org").await;
    let token = s.create_session(id).await.unwrap();
    let limits = quartier_store::sessions::SessionLimits::default();
    assert!(s.session_user(&token, limits).await.unwrap().is_some());
    let strict = quartier_store::sessions::SessionLimits {
        idle: chrono::Duration::seconds(-1),
        absolute: chrono::Duration::days(1),
    };
    assert!(s.session_user(&token, strict).await.unwrap().is_none());
    // Expired sessions are gone for good.
    assert!(s.session_user(&token, limits).await.unwrap().is_none());
}

#[tokio::test]
async fn throttle_counts_within_a_window() {
    let (s, _d) = store().await;
    let w = chrono::Duration::minutes(15);
    for _ in 0..3 {
        s.record_failure("k", w).await.unwrap();
    }
    assert!(s.throttled("k", 3, w).await.unwrap());
    assert!(!s.throttled("k", 4, w).await.unwrap());
    assert!(!s.throttled("k", 3, chrono::Duration::seconds(-1)).await.unwrap(), "window over");
    s.clear_failures("k").await.unwrap();
    assert!(!s.throttled("k", 1, w).await.unwrap());
}

#[tokio::test]
async fn invitation_codes_are_single_use_and_scoped() {
    let (s, _d) = store().await;
    let coord = user(&s, "c@example.org").await;
    let a = s.create_neighbourhood(&Slug::parse("a-dorf").unwrap(), "A", "", "Europe/Berlin").await.unwrap();
    let b = s.create_neighbourhood(&Slug::parse("b-dorf").unwrap(), "B", "", "Europe/Berlin").await.unwrap();
    let batch = s.create_invite_batch(a.id, 5, coord).await.unwrap();
    let codes = s.invite_batch(a.id, batch).await.unwrap();
    assert_eq!(codes.len(), 5);
    let p = user(&s, "p@example.org").await;
    assert!(matches!(s.redeem_invite(b.id, &codes[0].code, p).await, Err(StoreError::NotFound)));
    s.redeem_invite(a.id, &codes[0].code, p).await.unwrap();
    let m = s.membership(p, a.id).await.unwrap().unwrap();
    assert_eq!((m.status.as_str(), m.via_code), ("verified", true));
    let q = user(&s, "q@example.org").await;
    assert!(matches!(s.redeem_invite(a.id, &codes[0].code, q).await, Err(StoreError::NotFound)));
    let batches = s.invite_batches(a.id).await.unwrap();
    assert_eq!((batches[0].2, batches[0].3), (5, 1));
}

#[tokio::test]
async fn the_last_coordinator_cannot_step_down() {
    let (s, _d) = store().await;
    let n = s.create_neighbourhood(&Slug::parse("dorf").unwrap(), "Dorf", "", "Europe/Berlin").await.unwrap();
    let c = user(&s, "c@example.org").await;
    s.add_verified_member(c, n.id, Role::Coordinator, None).await.unwrap();
    let m = s.membership(c, n.id).await.unwrap().unwrap();
    assert!(matches!(s.set_role(n.id, m.id, Role::Resident).await, Err(StoreError::Invalid(_))));
    let d = user(&s, "d@example.org").await;
    s.add_verified_member(d, n.id, Role::Coordinator, None).await.unwrap();
    s.set_role(n.id, m.id, Role::Resident).await.unwrap();
}

#[tokio::test]
async fn erasure_removes_personal_data_and_keeps_a_stub() {
    let (s, _d) = store().await;
    let n = s.create_neighbourhood(&Slug::parse("dorf").unwrap(), "Dorf", "", "Europe/Berlin").await.unwrap();
    let id = user(&s, "e@example.org").await;
    s.add_verified_member(id, n.id, Role::Resident, None).await.unwrap();
    s.create_session(id).await.unwrap();
    s.issue_token(id, Purpose::Reset, None).await.unwrap();
    s.audit(Some(n.id), Some(id), "joined_with_code", Some(id), "").await.unwrap();
    let export = s.export_personal_data(id).await.unwrap();
    assert_eq!(export["account"]["email"], "e@example.org");
    assert_eq!(export["sessions"].as_array().unwrap().len(), 1);
    s.erase_person(id).await.unwrap();
    let u = s.user_by_id(id).await.unwrap().unwrap();
    assert!(u.deleted_at.is_some());
    assert!(u.email.ends_with("@invalid") && u.display_name.is_empty() && u.password_hash.is_empty());
    assert!(s.membership(id, n.id).await.unwrap().is_none());
    assert!(s.export_personal_data(id).await.is_err());
    // The address is free again.
    user(&s, "e@example.org").await;
    // The log keeps its entry.
    assert_eq!(s.audit_entries(n.id, 10).await.unwrap().len(), 1);
}

#[tokio::test]
async fn backup_and_restore_round_trip() {
    let (s, dir) = store().await;
    user(&s, "b@example.org").await;
    if s.backend() == quartier_store::Backend::Postgres
        && std::process::Command::new("pg_dump").arg("--version").output().is_err()
    {
        return;
    }
    let file = dir.path().join("backup.db");
    s.backup_to(&file).await.unwrap();
    assert!(s.backup_to(&file).await.is_err(), "never overwrites");
    user(&s, "after@example.org").await;
    let url = s.url().to_string();
    s.close().await.unwrap();
    quartier_store::backup::restore(&url, &file).await.unwrap();
    let s = Store::connect(&url).await.unwrap();
    assert!(s.user_by_email(&Email::parse("b@example.org").unwrap()).await.unwrap().is_some());
    assert!(s.user_by_email(&Email::parse("after@example.org").unwrap()).await.unwrap().is_none());
    // Something that is not a backup is refused and changes nothing.
    let junk = dir.path().join("junk.db");
    std::fs::write(&junk, b"not a database").unwrap();
    assert!(quartier_store::backup::restore(&url, &junk).await.is_err());
}

#[tokio::test]
async fn demo_data_is_idempotent_and_scale_data_is_large() {
    let (s, _d) = store().await;
    s.seed_demo().await.unwrap();
    s.seed_demo().await.unwrap();
    let n = s.neighbourhood_by_slug(quartier_store::demo::DEMO_SLUG).await.unwrap();
    assert!(s.count_members(n.id).await.unwrap() >= 10);
    assert!(s.pending_members(n.id).await.unwrap().len() >= 2);
    let people = s.seed_scale(2).await.unwrap();
    assert!(people >= 600);
}

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

/// The test's directory and database, both gone when this is dropped.
struct Fixture {
    dir: tempfile::TempDir,
    _db: quartier_store::testing::TestDatabase,
}

impl Fixture {
    fn path(&self) -> &std::path::Path {
        self.dir.path()
    }
}

async fn store() -> (Store, Fixture) {
    let dir = tempfile::tempdir().unwrap();
    let (store, db) = quartier_store::testing::test_store(dir.path()).await.unwrap();
    (store, Fixture { dir, _db: db })
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
async fn sqlite_plans_never_depend_on_bound_values() {
    let (s, _d) = store().await;
    assert!(
        s.plans_ignore_bound_values().await.unwrap(),
        "the bundled SQLite lacks SQLITE_ENABLE_QPSG: is .cargo/config.toml's LIBSQLITE3_FLAGS overridden?"
    );
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
    for i in 0..3 {
        assert!(s.reserve_attempt("k", 3, w).await.unwrap(), "attempt {i} is within the limit");
    }
    assert!(!s.reserve_attempt("k", 3, w).await.unwrap(), "the fourth is over");
    s.release_attempt("k").await.unwrap();
    s.release_attempt("k").await.unwrap();
    assert!(s.reserve_attempt("k", 3, w).await.unwrap(), "released places can be taken again");
    // A window that is over starts a new one.
    s.clock().advance(chrono::Duration::minutes(16));
    assert!(s.reserve_attempt("k", 1, w).await.unwrap(), "window over");
    assert!(!s.reserve_attempt("k", 1, w).await.unwrap());
    s.clear_failures("k").await.unwrap();
    assert!(s.reserve_attempt("k", 1, w).await.unwrap());
}

#[tokio::test]
async fn parallel_attempts_cannot_share_a_place() {
    let (s, _d) = store().await;
    let w = chrono::Duration::minutes(15);
    let tries = (0..30).map(|_| {
        let s = s.clone();
        tokio::spawn(async move { s.reserve_attempt("race", 5, w).await.unwrap() })
    });
    let mut allowed = 0;
    for t in tries {
        if t.await.unwrap() {
            allowed += 1;
        }
    }
    assert_eq!(allowed, 5, "exactly the limit gets through, however the attempts interleave");
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
    // A place at an event, with someone waiting behind it.
    let host = user(&s, "h@example.org").await;
    let ev = s
        .create_event(quartier_store::events::Holder::Neighbourhood(n.id), host, &details(Some(1)), &[soon(2)])
        .await
        .unwrap();
    s.sign_up(ev[0].id, id).await.unwrap();
    s.sign_up(ev[0].id, host).await.unwrap();
    let export = s.export_personal_data(id).await.unwrap();
    assert_eq!(export["account"]["email"], "e@example.org");
    assert_eq!(export["sessions"].as_array().unwrap().len(), 1);
    assert_eq!(export["event_signups"].as_array().unwrap().len(), 1);
    s.erase_person(id).await.unwrap();
    assert_eq!(
        s.signup_of(ev[0].id, host).await.unwrap(),
        Some(quartier_store::events::Signup::Confirmed),
        "the waiting list moves up"
    );
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
    if s.backend() == quartier_store::Backend::Sqlite {
        // Nothing is left under a temporary name, and a damaged backup (here:
        // one page overwritten) is refused before the live database is touched.
        assert!(!dir.path().join("backup.db.partial").exists());
        let mut bytes = std::fs::read(&file).unwrap();
        let page = 4096;
        assert!(bytes.len() > 3 * page);
        bytes[2 * page..3 * page].fill(0x55);
        let damaged = dir.path().join("damaged.db");
        std::fs::write(&damaged, &bytes).unwrap();
        let e = quartier_store::backup::restore(&url, &damaged).await.unwrap_err();
        assert!(e.to_string().contains("not a sound"), "{e}");
        assert!(s.user_by_email(&Email::parse("b@example.org").unwrap()).await.unwrap().is_some());
    }
}

#[tokio::test]
async fn demo_data_is_idempotent_and_lived_in() {
    let (s, _d) = store().await;
    s.seed_demo().await.unwrap();
    s.seed_demo().await.unwrap();
    let n = s.neighbourhood_by_slug(quartier_store::demo::DEMO_SLUG).await.unwrap();
    assert!(s.count_members(n.id).await.unwrap() >= 10);
    assert!(s.pending_members(n.id, quartier_store::paging::Cursor::First).await.unwrap().items.len() >= 2);
    // The demo quarter has help going on.
    let open = s.open_entries(n.id, Uuid::nil(), true, &Default::default()).await.unwrap().items;
    assert!(open.len() >= 4);
    // And a co-production project with a decision on the record (checked
    // in easy language), an open vote and the next meeting.
    let projects = s.projects_in(n.id, 10).await.unwrap();
    assert_eq!(projects.len(), 1);
    let proposals = s.proposals_of(projects[0].0.id, 10).await.unwrap();
    assert_eq!(proposals.iter().filter(|p| p.outcome.as_deref() == Some("passed")).count(), 1);
    assert_eq!(proposals.iter().filter(|p| p.outcome.is_none()).count(), 1);
    let decided = proposals.iter().find(|p| p.outcome.is_some()).unwrap();
    let easy = s.easy_version("project_proposal", decided.id).await.unwrap().unwrap();
    assert_eq!(easy.status, "approved");
    assert_eq!(s.meetings_of(projects[0].0.id, 10).await.unwrap().len(), 1);
    // The census has three years of snapshots, with entries moving up.
    let counts = s.census_stage_counts(n.id).await.unwrap();
    let years: std::collections::BTreeSet<i32> = counts.iter().map(|(y, _, _)| *y).collect();
    assert_eq!(years.len(), 3);
    let last = *years.iter().last().unwrap();
    let moves = quartier_core::census::moves(&s.census_stage_moves(n.id, last - 1, last).await.unwrap());
    assert!(moves.up >= 3, "{moves:?}");
    assert!(counts.contains(&(last, quartier_core::census::Stage::Active, 2)), "{counts:?}");
    // The Bürgerverein is a branch of the city's association, and says so.
    let club = s.organisation_by_slug("buergerverein-lindenviertel").await.unwrap();
    let family = s.family(club.id, 10).await.unwrap();
    assert_eq!(family.umbrellas.iter().map(|o| o.slug.as_str()).collect::<Vec<_>>(), ["stadtverband-buergervereine"]);
    // Digital mentors: two offer help, one request waits, one pairing has met.
    use quartier_core::mentoring::Status;
    use quartier_store::paging::Cursor;
    assert_eq!(s.mentors_page(n.id, Cursor::First).await.unwrap().items.len(), 2);
    assert_eq!(s.mentorings_page(n.id, Status::Open, Cursor::First).await.unwrap().items.len(), 1);
    let paired = s.mentorings_page(n.id, Status::Paired, Cursor::First).await.unwrap().items;
    assert_eq!(paired.len(), 1);
    assert!(paired[0].organisation_id.is_some(), "asked for the Bürgerverein");
    assert_eq!(s.mentoring_sessions(paired[0].id, Cursor::First).await.unwrap().items.len(), 1);
}

fn entry(n: Uuid, author: Uuid, kind: quartier_core::help::Kind, minutes: i32) -> quartier_store::help::NewEntry {
    quartier_store::help::NewEntry {
        neighbourhood_id: n,
        author_id: author,
        kind,
        category: "other".into(),
        title: "Hilfe".into(),
        body: String::new(),
        on_date: None,
        time_from: None,
        time_to: None,
        weekly: false,
        urgency: "normal".into(),
        visibility: quartier_core::help::Visibility::Neighbours,
        area: String::new(),
        on_behalf: None,
        minutes,
    }
}

#[tokio::test]
async fn accept_is_exclusive_and_done_books_once() {
    let (s, _d) = store().await;
    let n = s.create_neighbourhood(&Slug::parse("dorf").unwrap(), "Dorf", "", "Europe/Berlin").await.unwrap();
    s.set_time_bank(n.id, true).await.unwrap();
    let (a, b, c) = (user(&s, "a@example.org").await, user(&s, "b@example.org").await, user(&s, "c@example.org").await);
    let e = s.create_entry(entry(n.id, a, quartier_core::help::Kind::Offer, 45)).await.unwrap();
    assert!(s.mark_done(e.id).await.is_err(), "not arranged yet");
    let (r1, r2) = tokio::join!(s.accept(e.id, b), s.accept(e.id, c));
    assert!(r1.is_ok() ^ r2.is_ok(), "exactly one accept wins");
    let partner = if r1.is_ok() { b } else { c };
    s.mark_done(e.id).await.unwrap();
    assert!(s.mark_done(e.id).await.is_err());
    // An offer: the person helped pays the author.
    assert_eq!(s.time_account(n.id, a).await.unwrap().0, 45);
    assert_eq!(s.time_account(n.id, partner).await.unwrap().0, -45);
}

#[tokio::test]
async fn failed_jobs_wait_longer_each_time_and_are_not_lost() {
    let (s, _d) = store().await;
    let id = s.enqueue("mail", &serde_json::json!({"to": "x@example.org"})).await.unwrap();
    let j = s.claim_job().await.unwrap().unwrap();
    assert_eq!((j.id, j.attempts), (id, 1));
    assert!(s.claim_job().await.unwrap().is_none(), "a claimed job is not handed out twice");
    s.fail_job(&j, "connection refused").await.unwrap();
    let after = s.job(id).await.unwrap().unwrap();
    assert!(after.run_at > s.now(), "retried later");
    assert_eq!(after.last_error.as_deref(), Some("connection refused"));
    assert!(s.claim_job().await.unwrap().is_none(), "not due yet");
    assert_eq!(s.pending_jobs().await.unwrap(), 1, "still there");
    s.complete_job(id).await.unwrap();
    assert_eq!(s.pending_jobs().await.unwrap(), 0);
}

mod ledger {
    use super::*;
    use proptest::prelude::*;

    #[derive(Debug, Clone)]
    enum Step {
        Post { author: usize, offer: bool, behalf: bool, minutes: i32 },
        Accept { entry: usize, partner: usize },
        Done { entry: usize },
        Withdraw { entry: usize },
    }

    fn step() -> impl Strategy<Value = Step> {
        prop_oneof![
            (0..4usize, any::<bool>(), any::<bool>(), 15..300i32)
                .prop_map(|(author, offer, behalf, minutes)| { Step::Post { author, offer, behalf, minutes } }),
            (0..8usize, 0..4usize).prop_map(|(entry, partner)| Step::Accept { entry, partner }),
            (0..8usize).prop_map(|entry| Step::Done { entry }),
            (0..8usize).prop_map(|entry| Step::Withdraw { entry }),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(12))]
        /// Whatever happens, the time bank never loses or creates an hour:
        /// balances (the people's and the neighbourhood's shared account,
        /// which pays and gains for help posted for someone not online) sum
        /// to zero and match what was done.
        #[test]
        fn the_time_bank_always_balances(steps in proptest::collection::vec(step(), 1..30)) {
            let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
            rt.block_on(async {
                let (s, _d) = store().await;
                let n = s.create_neighbourhood(&Slug::parse("dorf").unwrap(), "Dorf", "", "Europe/Berlin").await.unwrap();
                s.set_time_bank(n.id, true).await.unwrap();
                let mut people = Vec::new();
                for i in 0..4 {
                    people.push(user(&s, &format!("p{i}@example.org")).await);
                }
                let mut entries: Vec<(Uuid, usize, bool, bool, i32)> = Vec::new();
                let mut partner: std::collections::HashMap<Uuid, usize> = Default::default();
                let mut expected = [0i64; 5]; // four people, then the neighbourhood
                for st in steps {
                    match st {
                        Step::Post { author, offer, behalf, minutes } => {
                            let kind = if offer { quartier_core::help::Kind::Offer } else { quartier_core::help::Kind::Request };
                            let mut new = entry(n.id, people[author], kind, minutes);
                            new.on_behalf = behalf.then(|| "Frau M.".to_string());
                            let e = s.create_entry(new).await.unwrap();
                            entries.push((e.id, author, offer, behalf, minutes));
                        }
                        Step::Accept { entry: i, partner: p } => {
                            if let Some((id, author, ..)) = entries.get(i).copied()
                                && p != author
                                && s.accept(id, people[p]).await.is_ok()
                            {
                                partner.insert(id, p);
                            }
                        }
                        Step::Done { entry: i } => {
                            if let Some((id, author, offer, behalf, minutes)) = entries.get(i).copied()
                                && s.mark_done(id).await.is_ok()
                            {
                                let p = partner[&id];
                                let author = if behalf { 4 } else { author };
                                let (from, to) = if offer { (p, author) } else { (author, p) };
                                expected[from] -= i64::from(minutes);
                                expected[to] += i64::from(minutes);
                            }
                        }
                        Step::Withdraw { entry: i } => {
                            if let Some((id, ..)) = entries.get(i).copied() {
                                let _ = s.withdraw(id).await;
                            }
                        }
                    }
                }
                let mut sum = 0;
                for (i, p) in people.iter().enumerate() {
                    let (balance, _) = s.time_account(n.id, *p).await.unwrap();
                    assert_eq!(balance, expected[i]);
                    sum += balance;
                }
                let (shared, _) = s.neighbourhood_account(n.id).await.unwrap();
                assert_eq!(shared, expected[4]);
                assert_eq!(sum + shared, 0);
                let all: i64 = s.time_balances(n.id).await.unwrap().iter().map(|(_, _, m)| m).sum();
                assert_eq!(all, 0);
            });
        }
    }
}

fn details(capacity: Option<i32>) -> quartier_store::events::EventDetails {
    quartier_store::events::EventDetails {
        title: "Smartphone-Treff".into(),
        category: "education".into(),
        venue: "Gemeindehaus".into(),
        step_free: true,
        capacity,
        signup_required: true,
        ..Default::default()
    }
}

fn soon(days: i64) -> (chrono::DateTime<chrono::Utc>, chrono::DateTime<chrono::Utc>) {
    let s = quartier_store::testing::test_start() + chrono::Duration::days(days);
    (s, s + chrono::Duration::hours(2))
}

#[tokio::test]
async fn the_last_place_goes_to_one_person_and_the_waiting_list_moves_up_in_order() {
    use quartier_store::events::{Holder, Signup};
    let (s, _d) = store().await;
    let n = s.create_neighbourhood(&Slug::parse("dorf").unwrap(), "Dorf", "", "Europe/Berlin").await.unwrap();
    let org_author = user(&s, "o@example.org").await;
    let e = s.create_event(Holder::Neighbourhood(n.id), org_author, &details(Some(1)), &[soon(3)]).await.unwrap();
    let e = &e[0];
    let mut people = Vec::new();
    for i in 0..6 {
        people.push(user(&s, &format!("p{i}@example.org")).await);
    }
    // Everyone at once: exactly one place.
    let mut tasks = Vec::new();
    for p in &people {
        let (s, p, id) = (s.clone(), *p, e.id);
        tasks.push(tokio::spawn(async move { s.sign_up(id, p).await.unwrap() }));
    }
    let mut confirmed = 0;
    for t in tasks {
        if t.await.unwrap() == Signup::Confirmed {
            confirmed += 1;
        }
    }
    assert_eq!(confirmed, 1);
    assert_eq!(s.event_by_id(e.id).await.unwrap().taken, 1);
    let list = s.signups(e.id).await.unwrap();
    let holder = list[0].0.user_id;
    let first_waiting = list[1].0.user_id;
    assert_eq!(s.signup_of(e.id, first_waiting).await.unwrap(), Some(Signup::Waiting(1)));
    // Signing up twice changes nothing.
    assert_eq!(s.sign_up(e.id, first_waiting).await.unwrap(), Signup::Waiting(1));
    // The holder withdraws: the first on the waiting list moves up.
    assert_eq!(s.withdraw_signup(e.id, holder).await.unwrap(), vec![first_waiting]);
    assert_eq!(s.signup_of(e.id, first_waiting).await.unwrap(), Some(Signup::Confirmed));
    assert_eq!(s.event_by_id(e.id).await.unwrap().taken, 1);
    // A larger capacity moves two more up; a smaller one than taken is refused.
    let (a, b) = soon(3);
    let promoted = s.update_event(e.id, &details(Some(3)), a, b).await.unwrap();
    assert_eq!(promoted.len(), 2);
    assert_eq!(s.event_by_id(e.id).await.unwrap().taken, 3);
    assert!(matches!(s.update_event(e.id, &details(Some(2)), a, b).await, Err(StoreError::Invalid(_))));
    // Past events take no sign-ups.
    let past = s.create_event(Holder::Neighbourhood(n.id), org_author, &details(None), &[soon(-1)]).await.unwrap();
    assert!(matches!(s.sign_up(past[0].id, people[0]).await, Err(StoreError::Invalid(_))));
}

#[tokio::test]
async fn the_calendar_shows_residents_events_inside_and_organisations_events_to_all() {
    use quartier_store::events::{CalendarFilter, Holder};
    let (s, _d) = store().await;
    let n = s.create_neighbourhood(&Slug::parse("dorf").unwrap(), "Dorf", "", "Europe/Berlin").await.unwrap();
    let other = s.create_neighbourhood(&Slug::parse("stadt").unwrap(), "Stadt", "", "Europe/Berlin").await.unwrap();
    let a = user(&s, "a@example.org").await;
    let o = s
        .propose_organisation(
            n.id,
            a,
            &Slug::parse("chor").unwrap(),
            quartier_store::organisations::OrgProfile {
                name: "Chor".into(),
                kind: "club".into(),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    let mut music = details(None);
    music.category = "culture".into();
    music.step_free = false;
    s.create_event(Holder::Organisation(o.id), a, &music, &[soon(2), soon(9)]).await.unwrap();
    s.create_event(Holder::Neighbourhood(n.id), a, &details(None), &[soon(3)]).await.unwrap();
    s.create_event(Holder::Neighbourhood(other.id), a, &details(None), &[soon(3)]).await.unwrap();
    let all = CalendarFilter { from: Some(s.now()), ..Default::default() };
    // Not confirmed yet: only the resident's event.
    assert_eq!(s.calendar(n.id, &all).await.unwrap().len(), 1);
    s.confirm_organisation(n.id, o.id, a).await.unwrap();
    let events = s.calendar(n.id, &all).await.unwrap();
    assert_eq!(events.len(), 3);
    assert!(events.windows(2).all(|w| w[0].starts_at <= w[1].starts_at));
    assert_eq!(events[0].series_id, events[2].series_id);
    let public = CalendarFilter { public_only: true, ..all.clone() };
    assert_eq!(s.calendar(n.id, &public).await.unwrap().len(), 2);
    let culture = CalendarFilter { category: Some("culture".into()), ..all.clone() };
    assert_eq!(s.calendar(n.id, &culture).await.unwrap().len(), 2);
    let step_free = CalendarFilter { step_free: true, ..all.clone() };
    assert_eq!(s.calendar(n.id, &step_free).await.unwrap().len(), 1);
    let by_org = CalendarFilter { organisation: Some(o.id), ..all.clone() };
    assert_eq!(s.calendar(n.id, &by_org).await.unwrap().len(), 2);
    // A hidden event leaves the calendar.
    s.hide_event(events[1].id, "Werbung").await.unwrap();
    assert_eq!(s.calendar(n.id, &all).await.unwrap().len(), 2);
    assert_eq!(s.calendar(other.id, &all).await.unwrap().len(), 1);
}

#[tokio::test]
async fn groups_by_request_keep_their_board_to_members_and_an_administrator() {
    use quartier_core::group::Standing;
    let (s, _d) = store().await;
    let n = s.create_neighbourhood(&Slug::parse("dorf").unwrap(), "Dorf", "", "Europe/Berlin").await.unwrap();
    let founder = user(&s, "f@example.org").await;
    let p = user(&s, "p@example.org").await;
    let g = s
        .create_group(
            n.id,
            founder,
            quartier_store::groups::GroupProfile {
                name: "Smartphone-Treff".into(),
                kind: "learning".into(),
                joining: "request".into(),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(s.join_group(g.id, p, false).await.unwrap(), Standing::Pending);
    assert_eq!(s.join_group(g.id, p, false).await.unwrap(), Standing::Pending, "asking twice changes nothing");
    assert_eq!(
        s.groups_in(n.id, quartier_store::paging::Cursor::First).await.unwrap().items[0].1,
        1,
        "requests do not count as members"
    );
    s.set_group_standing(g.id, p, Standing::Member).await.unwrap();
    assert!(matches!(s.leave_group(g.id, founder).await, Err(StoreError::Invalid(_))), "last administrator");
    let topic = s.create_topic(g.id, p, "WhatsApp einrichten", "Wer kann helfen?").await.unwrap();
    let other = s.create_topic(g.id, founder, "Termine", "Donnerstags um drei.").await.unwrap();
    s.reply(g.id, topic.id, founder, "Ich zeige es Ihnen.").await.unwrap();
    let board = s.topics(g.id, 10).await.unwrap();
    assert_eq!(board[0].0.id, topic.id, "the answered topic moves up");
    assert_eq!(board[0].1, 1);
    assert!(matches!(s.reply(g.id, Uuid::now_v7(), p, "x").await, Err(StoreError::NotFound)));
    let reply = s.topic(g.id, topic.id).await.unwrap().1[0].id;
    assert!(matches!(s.reply(g.id, reply, p, "x").await, Err(StoreError::NotFound)), "no replies to replies");
    let _ = other;
    // Erasure keeps the board for the group without the author.
    s.erase_person(p).await.unwrap();
    let (t, _) = s.topic(g.id, topic.id).await.unwrap();
    assert_eq!(t.author_id, None);
    assert_eq!(s.group_standing(g.id, p).await.unwrap(), None);
}

#[tokio::test]
async fn an_easy_version_loses_its_approval_when_edited_and_reaches_only_its_reviewers() {
    use quartier_store::easy::Scope;
    let (s, _d) = store().await;
    let a = s.create_neighbourhood(&Slug::parse("a-dorf").unwrap(), "A", "", "Europe/Berlin").await.unwrap();
    let b = s.create_neighbourhood(&Slug::parse("b-dorf").unwrap(), "B", "", "Europe/Berlin").await.unwrap();
    let author = user(&s, "w@example.org").await;
    let reviewer = user(&s, "r@example.org").await;
    let content = Uuid::now_v7();
    let scope = Scope { neighbourhood: Some(a.id), organisation: None };
    s.add_reviewer(reviewer, scope, author).await.unwrap();
    s.add_reviewer(reviewer, scope, author).await.unwrap();
    assert_eq!(s.reviewers(scope).await.unwrap().len(), 1, "once");
    let v = s.save_easy_version("event", content, scope, author, "Fest", "Wir feiern.", true).await.unwrap();
    assert_eq!(s.review_queue(&[a.id], &[]).await.unwrap().len(), 1);
    assert!(s.review_queue(&[b.id], &[]).await.unwrap().is_empty());
    s.review_easy_version(v.id, reviewer, true, "").await.unwrap();
    assert!(matches!(s.review_easy_version(v.id, reviewer, true, "").await, Err(StoreError::Invalid(_))));
    // Saving the same text keeps the approval; a changed text loses it.
    let same = s.save_easy_version("event", content, scope, author, "Fest", "Wir feiern.", false).await.unwrap();
    assert_eq!(same.status, "approved");
    let changed =
        s.save_easy_version("event", content, scope, author, "Fest", "Wir feiern zusammen.", false).await.unwrap();
    assert_eq!((changed.status.as_str(), changed.reviewed_by), ("draft", None));
    // Erasing the reviewer keeps the text.
    s.erase_person(reviewer).await.unwrap();
    assert!(s.reviewers(scope).await.unwrap().is_empty());
    assert!(s.easy_version("event", content).await.unwrap().is_some());
}

/// The plan check of the bounded-work test finds a read of a whole table
/// and lets a lookup by index pass, on either backend.
#[tokio::test]
async fn full_scans_are_found_in_query_plans() {
    use quartier_store::sea_orm::{Statement, Value};
    let (s, _f) = store().await;
    let id = user(&s, "plan@example.org").await;
    let backend = s.db().get_database_backend();
    let p = if s.backend() == quartier_store::Backend::Postgres { "$1" } else { "?" };
    let by_name = Statement::from_sql_and_values(
        backend,
        format!("SELECT id FROM users WHERE display_name = {p}"),
        [Value::from("x")],
    );
    let by_id =
        Statement::from_sql_and_values(backend, format!("SELECT id FROM users WHERE id = {p}"), [Value::from(id)]);
    let scans = s.full_scans(&by_name).await.unwrap();
    assert_eq!(scans.len(), 1, "{scans:?}");
    assert!(s.full_scans(&by_id).await.unwrap().is_empty());
    // Writes are not asked.
    let write = Statement::from_string(backend, "DELETE FROM users WHERE display_name = 'x'");
    assert!(s.full_scans(&write).await.unwrap().is_empty());
}

/// The benchmark generator at a tiny scale: every headline count as asked,
/// the first neighbourhood the largest, its people able to log in, and a
/// second run leaves what is there.
#[tokio::test]
async fn synthetic_data_has_the_sizes_asked_for() {
    use quartier_store::demo::scale::{PASSWORD, Scale, Sizes, slug};
    use quartier_store::entity::{event, help_entry, message, organisation, user};
    use quartier_store::sea_orm::{EntityTrait, PaginatorTrait};
    let (s, _d) = store().await;
    let scale = Scale {
        neighbourhoods: 3,
        total: Sizes { people: 60, organisations: 6, entries: 300, events: 60, messages: 2_405 },
        largest: Sizes { people: 30, organisations: 3, entries: 150, events: 30, messages: 2_205 },
    };
    let ticked = std::sync::atomic::AtomicU64::new(0);
    let tick = |n| {
        ticked.fetch_add(n, std::sync::atomic::Ordering::Relaxed);
    };
    assert_eq!(s.seed_synthetic(&scale, &tick).await.unwrap(), 60);
    assert_eq!(ticked.into_inner(), scale.rows());
    let db = s.db();
    assert_eq!(user::Entity::find().count(db).await.unwrap(), 60);
    assert_eq!(organisation::Entity::find().count(db).await.unwrap(), 6);
    assert_eq!(help_entry::Entity::find().count(db).await.unwrap(), 300);
    assert_eq!(event::Entity::find().count(db).await.unwrap(), 60);
    assert_eq!(message::Entity::find().count(db).await.unwrap(), 2_405);
    let mut members = Vec::new();
    for i in 0..3 {
        let n = s.neighbourhood_by_slug(&slug(i)).await.unwrap();
        members.push(s.count_members(n.id).await.unwrap());
    }
    assert!(members[0] > members[1] && members[0] > members[2], "{members:?}");
    let big = s.neighbourhood_by_slug(&slug(0)).await.unwrap();
    let open = s.open_entries(big.id, Uuid::nil(), true, &Default::default()).await.unwrap().items;
    assert!(!open.is_empty());
    let r1 = s.user_by_email(&Email::parse("r1@bench-0000.example.org").unwrap()).await.unwrap().unwrap();
    assert!(quartier_store::passwords::verify(&r1.password_hash, PASSWORD));
    assert!(s.count_unread_conversations(r1.id).await.unwrap() > 0);
    // The largest quarter keeps a census: ten years of counts and stages.
    let stages = s.census_stage_counts(big.id).await.unwrap();
    let years: std::collections::BTreeSet<i32> = stages.iter().map(|(y, _, _)| *y).collect();
    assert_eq!(years.len(), 10);
    assert_eq!(stages.iter().filter(|(y, _, _)| y == years.first().unwrap()).map(|(_, _, n)| n).sum::<u64>(), 50);
    assert_eq!(s.census_snapshots(big.id).await.unwrap().iter().filter(|l| l.dimension == "all").count(), 10);

    assert_eq!(s.seed_synthetic(&scale, &|_| ()).await.unwrap(), 0);
    assert_eq!(user::Entity::find().count(db).await.unwrap(), 60);
}

#[test]
fn the_city_adds_up_and_its_first_neighbourhood_is_the_largest() {
    use quartier_store::demo::scale::Scale;
    for scale in [Scale::CITY, Scale::VILLAGE, Scale::numbered(20)] {
        let parts: Vec<_> = (0..scale.neighbourhoods).map(|i| scale.sizes_of(i)).collect();
        let sum = |f: fn(&quartier_store::demo::scale::Sizes) -> u64| parts.iter().map(f).sum::<u64>();
        assert_eq!(sum(|s| s.people), scale.total.people);
        assert_eq!(sum(|s| s.entries), scale.total.entries);
        assert_eq!(sum(|s| s.events), scale.total.events);
        assert_eq!(sum(|s| s.organisations), scale.total.organisations);
        assert_eq!(sum(|s| s.messages), scale.total.messages);
        for p in &parts[1..] {
            assert!(p.people < parts[0].people && p.entries <= parts[0].entries && p.events <= parts[0].events);
        }
    }
    assert_eq!(Scale::parse("city"), Some(Scale::CITY));
    assert_eq!(Scale::parse("7").map(|s| s.neighbourhoods), Some(7));
    assert_eq!(Scale::parse("0"), None);
}

mod coproduction {
    use super::*;
    use quartier_core::coproduction::{
        Channel, Choice, Joining, Outcome, PartRole, Phase, ProposalKind, Rule, Standing,
    };
    use quartier_store::coproduction::{Ballot, NewProject, NewProposal, ParticipantChange};

    fn proposal(kind: ProposalKind, rule: Rule, quorum: u8, s: &Store) -> NewProposal {
        NewProposal {
            kind,
            title: "Weiter zur Umsetzung".into(),
            body: "Wir haben genug geplant.".into(),
            rule,
            quorum,
            closes_at: s.now() + chrono::Duration::days(7),
            secret: false,
        }
    }

    fn ballot(voter: Uuid, choice: Choice) -> Ballot {
        Ballot { voter, cast_by: voter, choice, channel: Channel::Online, meeting_on: None }
    }

    #[tokio::test]
    async fn participants_vote_once_and_a_passed_proposal_moves_the_phase_once() {
        let (s, _d) = store().await;
        let n = s.create_neighbourhood(&Slug::parse("dorf").unwrap(), "Dorf", "", "Europe/Berlin").await.unwrap();
        let staff = user(&s, "staff@example.org").await;
        let ulla = user(&s, "ulla@example.org").await;
        let rolf = user(&s, "rolf@example.org").await;
        let p = s
            .create_project(
                n.id,
                staff,
                NewProject {
                    title: "Unser Café".into(),
                    goal: "Ein Café im Tageszentrum, das wir selbst führen.".into(),
                    joining: Joining::Open,
                    organisation: None,
                    role: PartRole::Staff,
                },
            )
            .await
            .unwrap();
        assert_eq!(p.phase(), Phase::Planning);
        assert_eq!(s.project_members(p.id, true).await.unwrap(), vec![staff], "the starter leads");
        // Ulla asks, Rolf is invited; each answer counts once.
        s.add_to_project(p.id, ulla, Standing::Requested, PartRole::ServiceUser, None).await.unwrap();
        assert!(matches!(
            s.add_to_project(p.id, ulla, Standing::Requested, PartRole::ServiceUser, None).await,
            Err(StoreError::Conflict(_))
        ));
        s.answer_project(p.id, ulla, Standing::Requested, true, None).await.unwrap();
        assert!(matches!(
            s.answer_project(p.id, ulla, Standing::Requested, false, None).await,
            Err(StoreError::NotFound)
        ));
        s.add_to_project(p.id, rolf, Standing::Invited, PartRole::Partner, Some(staff)).await.unwrap();
        s.answer_project(p.id, rolf, Standing::Invited, true, Some(PartRole::Relative)).await.unwrap();
        let rolf_row = s.project_participant(p.id, rolf).await.unwrap().unwrap();
        assert_eq!((rolf_row.standing(), rolf_row.role()), (Some(Standing::Participant), PartRole::Relative));
        assert_eq!(s.projects_in(n.id, 10).await.unwrap()[0].1, 3);
        // The last facilitator stays one; a proxy must take part.
        assert!(matches!(
            s.change_participant(p.id, staff, ParticipantChange::Standing(Standing::Participant)).await,
            Err(StoreError::Invalid(_))
        ));
        assert!(matches!(
            s.change_participant(p.id, rolf, ParticipantChange::Proxy(Some(Uuid::now_v7()))).await,
            Err(StoreError::Invalid(_))
        ));
        s.change_participant(p.id, rolf, ParticipantChange::Proxy(Some(ulla))).await.unwrap();

        let pr = s.create_proposal(&p, ulla, proposal(ProposalKind::NextPhase, Rule::Majority, 50, &s)).await.unwrap();
        // Two votes for one person at once: exactly one is recorded.
        let (a, b) =
            tokio::join!(s.cast_vote(pr.id, ballot(ulla, Choice::Yes)), s.cast_vote(pr.id, ballot(ulla, Choice::Yes)));
        assert_eq!(u8::from(a.is_ok()) + u8::from(b.is_ok()), 1);
        assert!([a, b].into_iter().any(|r| matches!(r, Err(StoreError::Conflict(_)))));
        // Ulla votes for Rolf as his proxy.
        s.cast_vote(
            pr.id,
            Ballot { voter: rolf, cast_by: ulla, choice: Choice::Yes, channel: Channel::Proxy, meeting_on: None },
        )
        .await
        .unwrap();
        assert!(s.settle_project(p.id).await.unwrap().is_empty(), "nothing is due before the closing time");
        s.clock().advance(chrono::Duration::days(8));
        assert!(matches!(s.cast_vote(pr.id, ballot(staff, Choice::No)).await, Err(StoreError::Invalid("closed"))));
        // Two readers at once: one decides.
        let (x, y) = tokio::join!(s.settle_project(p.id), s.settle_project(p.id));
        let decided: Vec<_> = x.unwrap().into_iter().chain(y.unwrap()).collect();
        assert_eq!(decided.len(), 1);
        assert_eq!(decided[0].moved_to, Some(Phase::CarryingOut), "{:?}", decided[0]);
        let pr = s.proposal_in(p.id, pr.id).await.unwrap();
        assert_eq!((pr.outcome(), pr.eligible), (Some(Outcome::Passed), 3));
        assert_eq!(s.project_in(n.id, p.id).await.unwrap().phase(), Phase::CarryingOut);
        assert!(s.settle_project(p.id).await.unwrap().is_empty());

        // Tasks come out of passed proposals only, for people taking part.
        let t = s.create_project_task(&pr, rolf, "Kaffeemaschine kaufen", None, staff).await.unwrap();
        assert!(matches!(
            s.create_project_task(&pr, Uuid::now_v7(), "x x x", None, staff).await,
            Err(StoreError::Invalid(_))
        ));
        s.tick_project_task(t.id).await.unwrap();
        assert!(s.project_task(p.id, t.id).await.unwrap().done_at.is_some());
        let no = s
            .create_proposal(
                &s.project_in(n.id, p.id).await.unwrap(),
                ulla,
                proposal(ProposalKind::Decision, Rule::Consent, 100, &s),
            )
            .await
            .unwrap();
        s.clock().advance(chrono::Duration::days(8));
        let d = s.settle_project(p.id).await.unwrap();
        assert_eq!(d[0].outcome, Outcome::NoQuorum);
        assert!(matches!(
            s.create_project_task(&d[0].proposal, rolf, "x x x", None, staff).await,
            Err(StoreError::Invalid(_))
        ));
        let _ = no;

        // Erasure: Rolf's vote stays on the record, as a former participant's.
        let export = s.export_personal_data(rolf).await.unwrap();
        assert_eq!(export["coproduction"]["votes"].as_array().unwrap().len(), 1);
        assert_eq!(export["coproduction"]["tasks"].as_array().unwrap().len(), 1);
        s.erase_person(rolf).await.unwrap();
        let votes = s.votes_on(pr.id).await.unwrap();
        assert_eq!(votes.len(), 2);
        assert!(votes.iter().any(|v| v.voter_id.is_none() && v.cast_by == Some(ulla)));
        assert!(s.project_participant(p.id, rolf).await.unwrap().is_none());
        assert_eq!(s.project_task(p.id, t.id).await.unwrap().assignee_id, None);
        // Ulla's erasure removes her as the caster too.
        s.erase_person(ulla).await.unwrap();
        assert!(s.votes_on(pr.id).await.unwrap().iter().all(|v| v.voter_id.is_none() && v.cast_by.is_none()));
    }

    #[tokio::test]
    async fn a_survey_is_answered_once_per_person_only_while_open_and_erasure_keeps_the_counts() {
        use quartier_core::checking::{Answer, AnswerChannel, QuestionKind, SurveyStatus};
        use quartier_store::checking::NewResponse;
        let (s, _d) = store().await;
        let n = s.create_neighbourhood(&Slug::parse("dorf").unwrap(), "Dorf", "", "Europe/Berlin").await.unwrap();
        let staff = user(&s, "staff@example.org").await;
        let ulla = user(&s, "ulla@example.org").await;
        let p = s
            .create_project(
                n.id,
                staff,
                NewProject {
                    title: "Unser Café".into(),
                    goal: "Ein Café im Tageszentrum, das wir selbst führen.".into(),
                    joining: Joining::Open,
                    organisation: None,
                    role: PartRole::Staff,
                },
            )
            .await
            .unwrap();
        let survey = s.create_survey(p.id, staff, "Wie war es?").await.unwrap();
        assert_eq!(survey.status(), SurveyStatus::Draft);
        // Nothing to open yet; no answers to a draft.
        assert!(matches!(
            s.move_survey(survey.id, SurveyStatus::Draft, SurveyStatus::Open).await,
            Err(StoreError::Invalid("empty"))
        ));
        let face =
            s.add_survey_question(survey.id, QuestionKind::Smileys3, "Wie war es?", "War es gut?").await.unwrap();
        let words =
            s.add_survey_question(survey.id, QuestionKind::FreeText, "Was fehlt?", "Was fehlt noch?").await.unwrap();
        let online = |who: Uuid, v: u8, t: &str| NewResponse {
            respondent: Some(who),
            channel: AnswerChannel::Online,
            entered_by: who,
            answers: vec![(face.id, Answer::Pick(v)), (words.id, Answer::Text(t.into()))],
        };
        assert!(matches!(s.answer_survey(survey.id, online(ulla, 3, "x")).await, Err(StoreError::Invalid("closed"))));
        // Two at once: one opens it.
        let (a, b) = tokio::join!(
            s.move_survey(survey.id, SurveyStatus::Draft, SurveyStatus::Open),
            s.move_survey(survey.id, SurveyStatus::Draft, SurveyStatus::Open)
        );
        assert_eq!(u8::from(a.is_ok()) + u8::from(b.is_ok()), 1);
        assert!(matches!(
            s.add_survey_question(survey.id, QuestionKind::YesNo, "Noch was?", "Noch was?").await,
            Err(StoreError::Invalid("not draft"))
        ));
        // One answer per person, also when two arrive at once.
        let (a, b) = tokio::join!(
            s.answer_survey(survey.id, online(ulla, 3, "Kuchen")),
            s.answer_survey(survey.id, online(ulla, 3, "Kuchen"))
        );
        assert_eq!(u8::from(a.is_ok()) + u8::from(b.is_ok()), 1);
        assert!([a, b].into_iter().any(|r| matches!(r, Err(StoreError::Conflict(_)))));
        // Typed in from paper: no person, any number of them.
        for _ in 0..2 {
            let paper = NewResponse {
                respondent: None,
                channel: AnswerChannel::Paper,
                entered_by: staff,
                answers: vec![(face.id, Answer::Pick(1))],
            };
            s.answer_survey(survey.id, paper).await.unwrap();
        }
        // An answer to another survey's question changes nothing.
        let other = s.create_survey(p.id, staff, "Andere").await.unwrap();
        let stray = NewResponse {
            respondent: Some(staff),
            channel: AnswerChannel::Online,
            entered_by: staff,
            answers: vec![(face.id, Answer::Pick(1))],
        };
        assert!(matches!(s.answer_survey(other.id, stray).await, Err(StoreError::Invalid("question"))));
        assert!(s.has_answered(survey.id, ulla).await.unwrap());
        assert_eq!(s.survey_response_counts(&[survey.id, other.id]).await.unwrap().get(&survey.id), Some(&3));
        s.move_survey(survey.id, SurveyStatus::Open, SurveyStatus::Closed).await.unwrap();
        assert!(matches!(s.answer_survey(survey.id, online(staff, 2, "x")).await, Err(StoreError::Invalid("closed"))));

        // Erasure: Ulla's tick stays in the count, her own words and her name go.
        let export = s.export_personal_data(ulla).await.unwrap();
        assert_eq!(export["coproduction_checking"]["survey_answers"].as_array().unwrap().len(), 2);
        s.erase_person(ulla).await.unwrap();
        let rec = s.survey_record(survey.id).await.unwrap();
        assert_eq!(rec.responses.len(), 3);
        assert!(rec.responses.iter().all(|r| r.respondent_id.is_none()));
        assert_eq!(rec.answers.iter().filter(|a| a.value == Some(3)).count(), 1);
        assert!(rec.answers.iter().all(|a| a.text.is_none()));
        s.erase_person(staff).await.unwrap();
        let rec = s.survey_record(survey.id).await.unwrap();
        assert!(rec.responses.iter().all(|r| r.entered_by.is_none()));
        assert_eq!(s.survey_in(p.id, survey.id).await.unwrap().created_by, None);
    }
}

#[tokio::test]
async fn the_directory_lists_confirmed_organisations_once_by_words_kind_and_premises() {
    use quartier_store::organisations::{DirectoryFilter, OrgProfile};
    use quartier_store::paging::Cursor;
    let (s, _d) = store().await;
    let dorf = s.create_neighbourhood(&Slug::parse("dorf").unwrap(), "Dorf", "", "Europe/Berlin").await.unwrap().id;
    let stadt = s.create_neighbourhood(&Slug::parse("stadt").unwrap(), "Stadt", "", "Europe/Berlin").await.unwrap().id;
    let a = user(&s, "a@example.org").await;
    let org = |slug: &'static str, name: &'static str, kind: &'static str, description: &'static str, step_free| {
        let s = &s;
        async move {
            let p = OrgProfile {
                name: name.into(),
                kind: kind.into(),
                description: description.into(),
                step_free,
                ..Default::default()
            };
            s.propose_organisation(dorf, a, &Slug::parse(slug).unwrap(), p).await.unwrap().id
        }
    };
    let chor = org("chor", "Chor", "club", "Wir singen zu 100%.", false).await;
    let tafel = org("tafel", "Tafel", "social_service", "Lebensmittel", true).await;
    let waiting = org("wartet", "Wartet", "club", "", true).await;
    s.confirm_organisation(dorf, chor, a).await.unwrap();
    s.confirm_organisation(dorf, tafel, a).await.unwrap();
    // The choir belongs to both places; the waiting club to none yet.
    s.request_organisation_link(chor, stadt).await.unwrap();
    s.confirm_organisation(stadt, chor, a).await.unwrap();
    let names = |p: quartier_store::paging::Page<quartier_store::entity::organisation::Model>| {
        p.items.into_iter().map(|o| o.name).collect::<Vec<_>>()
    };
    let all = DirectoryFilter::default();
    assert_eq!(names(s.directory(None, &all, Cursor::First).await.unwrap()), ["Chor", "Tafel"]);
    assert_eq!(names(s.directory(Some(stadt), &all, Cursor::First).await.unwrap()), ["Chor"]);
    let f = |text: &str| DirectoryFilter { text: Some(text.into()), ..Default::default() };
    assert_eq!(names(s.directory(None, &f("LEBENSMITTEL"), Cursor::First).await.unwrap()), ["Tafel"]);
    assert_eq!(names(s.directory(None, &f("100%"), Cursor::First).await.unwrap()), ["Chor"]);
    assert!(s.directory(None, &f("%"), Cursor::First).await.unwrap().items.len() == 1, "a % is a character");
    let club = DirectoryFilter { kind: Some("club".into()), ..Default::default() };
    assert_eq!(names(s.directory(Some(dorf), &club, Cursor::First).await.unwrap()), ["Chor"]);
    let step_free = DirectoryFilter { step_free: true, ..Default::default() };
    assert_eq!(names(s.directory(None, &step_free, Cursor::First).await.unwrap()), ["Tafel"]);
    // Each organisation's neighbourhoods, by name.
    let links = s.directory_neighbourhoods(&[chor, tafel, waiting]).await.unwrap();
    let of = |o: Uuid| links.iter().filter(|(id, _)| *id == o).map(|(_, n)| n.name.clone()).collect::<Vec<_>>();
    assert_eq!(of(chor), ["Dorf", "Stadt"]);
    assert_eq!(of(tafel), ["Dorf"]);
    assert!(of(waiting).is_empty());
}

mod search {
    use super::*;
    use quartier_core::search::{DocKind, Query};
    use quartier_store::events::Holder;
    use quartier_store::organisations::OrgProfile;
    use quartier_store::search::{Hit, SearchKey};

    async fn find(s: &Store, n: Uuid, q: &str) -> Vec<Hit> {
        s.search(n, &Query::parse(q).words, None, 100).await.unwrap()
    }

    async fn finds(s: &Store, n: Uuid, q: &str, id: Uuid) -> bool {
        find(s, n, q).await.iter().any(|h| h.id == id)
    }

    fn help(n: Uuid, author: Uuid, title: &str, body: &str) -> quartier_store::help::NewEntry {
        let mut e = entry(n, author, quartier_core::help::Kind::Request, 30);
        e.title = title.into();
        e.body = body.into();
        e
    }

    #[tokio::test]
    async fn help_is_found_by_folded_prefixes_of_every_word_in_its_own_neighbourhood() {
        let (s, _d) = store().await;
        let n = s.create_neighbourhood(&Slug::parse("dorf").unwrap(), "Dorf", "", "Europe/Berlin").await.unwrap();
        let other = s.create_neighbourhood(&Slug::parse("stadt").unwrap(), "Stadt", "", "Europe/Berlin").await.unwrap();
        let a = user(&s, "a@example.org").await;
        let e = s
            .create_entry(help(n.id, a, "Einkauf in der Lindenstraße", "Frau Müller braucht Milch und Brot."))
            .await
            .unwrap();
        let hits = find(&s, n.id, "Lindenstrasse").await;
        assert_eq!(hits, [Hit { kind: DocKind::Help, id: e.id, at: e.created_at }]);
        for q in ["Müller", "mueller", "muller", "MÜLL", "einka", "lindenstr", "einkauf milch", "brot MILCH"] {
            assert!(finds(&s, n.id, q, e.id).await, "{q}");
        }
        for q in ["einkauf garten", "garten", "xyz", "und"] {
            assert!(!finds(&s, n.id, q, e.id).await, "{q}");
        }
        assert!(find(&s, other.id, "einkauf").await.is_empty(), "another neighbourhood's");
        // Withdrawn: no longer found.
        s.withdraw(e.id).await.unwrap();
        assert!(find(&s, n.id, "einkauf").await.is_empty());
        // Hidden: no longer found.
        let e2 = s.create_entry(help(n.id, a, "Rasen mähen", "")).await.unwrap();
        assert!(finds(&s, n.id, "rasen", e2.id).await);
        s.hide_entry(e2.id, "spam").await.unwrap();
        assert!(find(&s, n.id, "rasen").await.is_empty());
        assert!(s.indexed_terms(DocKind::Help, e2.id).await.unwrap().is_empty());
    }

    #[tokio::test]
    async fn events_groups_organisations_and_news_are_indexed_on_every_write() {
        let (s, _d) = store().await;
        let n = s.create_neighbourhood(&Slug::parse("dorf").unwrap(), "Dorf", "", "Europe/Berlin").await.unwrap();
        let other = s.create_neighbourhood(&Slug::parse("stadt").unwrap(), "Stadt", "", "Europe/Berlin").await.unwrap();
        let a = user(&s, "a@example.org").await;
        // An event, edited: old words gone, new ones found.
        let ev = s.create_event(Holder::Neighbourhood(n.id), a, &details(None), &[soon(2)]).await.unwrap();
        let ev = &ev[0];
        assert!(finds(&s, n.id, "smartphone treff", ev.id).await);
        assert!(finds(&s, n.id, "gemeindehaus", ev.id).await, "the venue too");
        let mut d = details(None);
        d.title = "Tablet-Sprechstunde".into();
        s.update_event(ev.id, &d, soon(3).0, soon(3).1).await.unwrap();
        assert!(!finds(&s, n.id, "smartphone", ev.id).await);
        let hits = find(&s, n.id, "tablet").await;
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].at, soon(3).0, "an event is sorted by its start");
        s.hide_event(ev.id, "Werbung").await.unwrap();
        assert!(find(&s, n.id, "tablet").await.is_empty());
        // A group, renamed.
        let g = s
            .create_group(
                n.id,
                a,
                quartier_store::groups::GroupProfile {
                    name: "Strickkreis".into(),
                    description: "Wolle und Tee".into(),
                    kind: "interest".into(),
                    joining: "open".into(),
                    ..Default::default()
                },
            )
            .await
            .unwrap();
        assert!(finds(&s, n.id, "strick wolle", g.id).await);
        s.update_group(
            g.id,
            quartier_store::groups::GroupProfile {
                name: "Häkelrunde".into(),
                description: "Wolle und Tee".into(),
                kind: "interest".into(),
                joining: "open".into(),
                ..Default::default()
            },
        )
        .await
        .unwrap();
        assert!(!finds(&s, n.id, "strick", g.id).await);
        assert!(finds(&s, n.id, "hakel", g.id).await);
        // An organisation and its news and events: in each of its neighbourhoods.
        let profile = |name: &str| OrgProfile {
            name: name.into(),
            kind: "club".into(),
            description: "Wir singen dienstags.".into(),
            ..Default::default()
        };
        let o =
            s.propose_organisation(n.id, a, &Slug::parse("chor").unwrap(), profile("Gemischter Chor")).await.unwrap();
        let news = s.post_news(o.id, a, "Sommerkonzert", "Im Park, bei jedem Wetter.", false).await.unwrap();
        let oe = s.create_event(Holder::Organisation(o.id), a, &details(None), &[soon(5)]).await.unwrap();
        assert!(finds(&s, n.id, "chor", o.id).await);
        assert!(finds(&s, n.id, "sommerkonzert", news.id).await);
        assert!(finds(&s, n.id, "smartphone", oe[0].id).await);
        assert!(find(&s, other.id, "chor").await.is_empty());
        s.request_organisation_link(o.id, other.id).await.unwrap();
        assert!(finds(&s, other.id, "chor", o.id).await);
        assert!(!finds(&s, other.id, "konzert park", news.id).await, "a prefix, not a part");
        assert!(finds(&s, other.id, "sommerk park", news.id).await);
        assert!(finds(&s, other.id, "smartphone", oe[0].id).await);
        s.update_organisation(o.id, profile("Kammerchor")).await.unwrap();
        assert!(!finds(&s, n.id, "gemischter", o.id).await);
        assert!(finds(&s, other.id, "kammerchor", o.id).await);
        assert!(finds(&s, other.id, "sommerkonzert", news.id).await, "news stay found");
        s.hide_news(news.id, "Werbung").await.unwrap();
        assert!(find(&s, n.id, "sommerkonzert").await.is_empty());
        // Rebuilding the index from the documents finds the same.
        let before = find(&s, other.id, "wir").await;
        s.rebuild_search_index().await.unwrap();
        assert_eq!(find(&s, other.id, "wir").await, before);
        assert!(find(&s, n.id, "sommerkonzert").await.is_empty(), "hidden stays out");
        assert!(finds(&s, n.id, "hakel", g.id).await);
    }

    #[tokio::test]
    async fn results_are_newest_first_and_paged_by_key() {
        let (s, _d) = store().await;
        let n = s.create_neighbourhood(&Slug::parse("dorf").unwrap(), "Dorf", "", "Europe/Berlin").await.unwrap();
        let a = user(&s, "a@example.org").await;
        let mut ids = Vec::new();
        for i in 0..7 {
            ids.push(s.create_entry(help(n.id, a, &format!("Fahrrad {i}"), "Bitte helfen")).await.unwrap().id);
            if i % 2 == 0 {
                s.clock().advance(chrono::Duration::seconds(5));
            }
        }
        let words = Query::parse("fahrrad bitte").words;
        let all = s.search(n.id, &words, None, 100).await.unwrap();
        assert_eq!(all.len(), 7);
        assert!(all.windows(2).all(|w| (w[0].at, w[0].id) > (w[1].at, w[1].id)), "newest first");
        let mut paged = Vec::new();
        let mut after = None;
        loop {
            let page = s.search(n.id, &words, after, 3).await.unwrap();
            paged.extend(page.iter().copied());
            if page.len() < 3 {
                break;
            }
            let key = SearchKey::of(page.last().unwrap());
            // The key goes through a link and back.
            after = SearchKey::parse(&key.to_string());
            assert_eq!(after, Some(key));
        }
        assert_eq!(paged, all);
        assert_eq!(SearchKey::parse("nonsense"), None);
    }

    #[tokio::test]
    async fn an_erased_persons_help_is_no_longer_found() {
        let (s, _d) = store().await;
        let n = s.create_neighbourhood(&Slug::parse("dorf").unwrap(), "Dorf", "", "Europe/Berlin").await.unwrap();
        let a = user(&s, "a@example.org").await;
        let b = user(&s, "b@example.org").await;
        s.create_entry(help(n.id, a, "Hecke schneiden", "")).await.unwrap();
        let kept = s.create_entry(help(n.id, b, "Hecke gießen", "")).await.unwrap();
        assert_eq!(find(&s, n.id, "hecke").await.len(), 2);
        s.erase_person(a).await.unwrap();
        let left = find(&s, n.id, "hecke").await;
        assert_eq!(left.len(), 1);
        assert_eq!(left[0].id, kept.id);
    }

    #[tokio::test]
    async fn synthetic_data_is_found_by_words() {
        use quartier_store::demo::scale::{Scale, Sizes, slug};
        let (s, _d) = store().await;
        let scale = Scale {
            neighbourhoods: 2,
            total: Sizes { people: 40, organisations: 4, entries: 100, events: 40, messages: 20 },
            largest: Sizes { people: 20, organisations: 2, entries: 50, events: 20, messages: 10 },
        };
        s.seed_synthetic(&scale, &|_| ()).await.unwrap();
        let big = s.neighbourhood_by_slug(&slug(0)).await.unwrap();
        let kinds = |hits: Vec<Hit>| hits.iter().map(|h| h.kind).collect::<std::collections::HashSet<_>>();
        assert!(kinds(find(&s, big.id, "beschreibung").await).contains(&DocKind::Help));
        assert!(kinds(find(&s, big.id, "willkommen").await).contains(&DocKind::Event));
        assert!(kinds(find(&s, big.id, "strassenfest").await).contains(&DocKind::Organisation));
        assert!(kinds(find(&s, big.id, "kaffee kuchen").await).contains(&DocKind::News));
        assert!(kinds(find(&s, big.id, "herzlich willkommen").await).contains(&DocKind::Group));
    }
}

mod census {
    use super::*;
    use quartier_core::census::{Dimension, RawEntry, parse_entry};

    fn entry(name: &str, size: &str, area: &str, website: &str, social: &str) -> quartier_core::census::Entry {
        let raw = RawEntry {
            name: name.into(),
            kind: "culture".into(),
            members: size.into(),
            area: area.into(),
            website: website.into(),
            social_media: social.into(),
            ..RawEntry::default()
        };
        parse_entry(&raw, 2026).unwrap()
    }

    #[tokio::test]
    async fn an_import_writes_every_line_or_none() {
        let (s, _d) = store().await;
        let n = s.create_neighbourhood(&Slug::parse("dorf").unwrap(), "Dorf", "", "Europe/Berlin").await.unwrap().id;
        let mut lines: Vec<_> = (0..450).map(|i| (entry(&format!("Verein {i}"), "", "", "", ""), None)).collect();
        // The last line names a space that does not exist: the database refuses it.
        lines.push((entry("Kaputt", "", "", "", ""), Some(Uuid::now_v7())));
        assert!(s.import_census(n, &lines).await.is_err());
        assert!(s.census_all(n).await.unwrap().is_empty());
        lines.pop();
        assert_eq!(s.import_census(n, &lines).await.unwrap(), 450);
        assert_eq!(s.census_all(n).await.unwrap().len(), 450);
    }

    #[tokio::test]
    async fn counts_and_snapshots_roll_up_by_band_and_year() {
        let (s, _d) = store().await;
        let n = s.create_neighbourhood(&Slug::parse("dorf").unwrap(), "Dorf", "", "Europe/Berlin").await.unwrap().id;
        let lines = vec![
            (entry("Chor", "under_10", "rural", "no", ""), None),
            (entry("Turnverein", "200_plus", "urban", "yes", "facebook"), None),
            (entry("Schützen", "under_10", "rural", "no", "instagram"), None),
        ];
        s.import_census(n, &lines).await.unwrap();
        s.take_census_snapshot(n, 2025).await.unwrap();
        s.import_census(n, &[(entry("Blog-Verein", "10_to_49", "urban", "yes", ""), None)]).await.unwrap();
        s.take_census_snapshot(n, 2026).await.unwrap();
        // Taken again: replaced, not doubled.
        s.take_census_snapshot(n, 2026).await.unwrap();
        let snaps = s.census_snapshots(n).await.unwrap();
        let all = |year: i32| {
            snaps.iter().find(|l| l.year == year && l.dimension() == Some(Dimension::All)).unwrap().counts()
        };
        assert_eq!((all(2025).total, all(2025).online, all(2025).website, all(2025).social), (3, 2, 1, 2));
        assert_eq!((all(2026).total, all(2026).online, all(2026).website), (4, 3, 2));
        let rural_2025 = snaps.iter().find(|l| l.year == 2025 && l.bucket == "rural").unwrap().counts();
        assert_eq!((rural_2025.total, rural_2025.online), (2, 1));
        assert_eq!(snaps.iter().filter(|l| l.year == 2026).count(), 1 + 5 + 5 + 3);
    }

    #[tokio::test]
    async fn a_snapshot_records_each_entrys_stage_and_the_moves_between_years() {
        use quartier_core::census::Stage;
        let (mut s, _d) = store().await;
        let log = s.log_statements();
        let n = s.create_neighbourhood(&Slug::parse("dorf").unwrap(), "Dorf", "", "Europe/Berlin").await.unwrap().id;
        let admin = user(&s, "admin@example.org").await;
        let p = quartier_store::organisations::OrgProfile {
            name: "Chor".into(),
            kind: "club".into(),
            description: "Wir singen.".into(),
            ..Default::default()
        };
        let chor = s.propose_organisation(n, admin, &Slug::parse("chor").unwrap(), p).await.unwrap().id;
        // 250 offline entries (two inserts of stages), one on social media
        // only, one with a website, one with a space here.
        let mut lines: Vec<_> = (0..250).map(|i| (entry(&format!("Verein {i}"), "", "", "", ""), None)).collect();
        lines.push((entry("Schützen", "", "", "", "instagram"), None));
        lines.push((entry("Turnverein", "", "", "yes", ""), None));
        lines.push((entry("Chor", "", "", "", ""), Some(chor)));
        s.import_census(n, &lines).await.unwrap();
        let all = s.census_all(n).await.unwrap();
        let id = |name: &str| all.iter().find(|r| r.e.name == name).unwrap().e.id;
        let (schuetzen, chor_entry) = (id("Schützen"), id("Chor"));
        log.take();
        s.take_census_snapshot(n, 2025).await.unwrap();
        // A fixed number of statements: one insert of stages per 200
        // entries, one look at news and one at events for all spaces.
        let ran = log.take();
        let count = |what: &str| ran.iter().filter(|q| q.contains(what)).count();
        assert_eq!(count("INSERT INTO \"census_entry_stages\""), 2, "{ran:#?}");
        assert_eq!((count("FROM \"news_posts\""), count("FROM \"events\"")), (1, 1), "{ran:#?}");
        assert!(ran.len() <= 12, "{ran:#?}");
        // Members-only news does not make a space active; public news does.
        s.post_news(chor, admin, "Probe", "Nur für Mitglieder.", true).await.unwrap();
        let row = s.census_entry(n, chor_entry).await.unwrap();
        assert_eq!(s.census_stages_now(&[&row]).await.unwrap()[&chor_entry], Stage::OwnSpace);
        s.post_news(chor, admin, "Konzert", "Im Park.", false).await.unwrap();
        assert_eq!(s.census_stages_now(&[&row]).await.unwrap()[&chor_entry], Stage::Active);
        // The Schützen make a website; taken twice: replaced, not doubled.
        let mut e = s.census_row(n, schuetzen).await.unwrap().entry();
        e.presence.website = true;
        s.update_census_entry(n, schuetzen, &e, None).await.unwrap();
        s.take_census_snapshot(n, 2026).await.unwrap();
        s.take_census_snapshot(n, 2026).await.unwrap();
        assert_eq!(s.census_stages_of(n, schuetzen).await.unwrap(), [(2025, Stage::SubPage), (2026, Stage::OwnSpace)]);
        assert_eq!(s.census_stages_of(n, chor_entry).await.unwrap(), [(2025, Stage::OwnSpace), (2026, Stage::Active)]);
        let counts = s.census_stage_counts(n).await.unwrap();
        assert_eq!(
            counts,
            [
                (2025, Stage::Offline, 250),
                (2025, Stage::SubPage, 1),
                (2025, Stage::OwnSpace, 2),
                (2026, Stage::Offline, 250),
                (2026, Stage::OwnSpace, 2),
                (2026, Stage::Active, 1),
            ]
        );
        let moves = quartier_core::census::moves(&s.census_stage_moves(n, 2025, 2026).await.unwrap());
        assert_eq!((moves.up, moves.same, moves.down), (2, 251, 0));
        // A year later the news is older than twelve months: no longer active.
        s.clock().advance(chrono::Duration::days(400));
        let row = s.census_entry(n, chor_entry).await.unwrap();
        assert_eq!(s.census_stages_now(&[&row]).await.unwrap()[&chor_entry], Stage::OwnSpace);
        s.take_census_snapshot(n, 2027).await.unwrap();
        let moves = quartier_core::census::moves(&s.census_stage_moves(n, 2026, 2027).await.unwrap());
        assert_eq!((moves.up, moves.down), (0, 1));
        // An event in the last twelve months makes it active again.
        let d = quartier_store::events::EventDetails {
            title: "Sommerkonzert".into(),
            category: "culture".into(),
            ..Default::default()
        };
        let start = s.now() - chrono::Duration::days(30);
        s.create_event(quartier_store::events::Holder::Organisation(chor), admin, &d, &[(start, start)]).await.unwrap();
        assert_eq!(s.census_stages_now(&[&row]).await.unwrap()[&chor_entry], Stage::Active);
        // Another quarter's stages are its own.
        let other = s.create_neighbourhood(&Slug::parse("stadt").unwrap(), "Stadt", "", "Europe/Berlin").await.unwrap();
        assert!(s.census_stages_of(other.id, chor_entry).await.unwrap().is_empty());
        assert!(s.census_stage_counts(other.id).await.unwrap().is_empty());
    }
}

mod impact {
    use super::*;
    use chrono::TimeZone;
    use quartier_core::impact::{Metric, Period};

    fn day(s: &str) -> chrono::NaiveDate {
        s.parse().unwrap()
    }

    fn at(y: i32, m: u32, d: u32) -> chrono::DateTime<chrono::Utc> {
        chrono::Utc.with_ymd_and_hms(y, m, d, 10, 0, 0).single().unwrap()
    }

    fn bounds(p: Period) -> (chrono::DateTime<chrono::Utc>, chrono::DateTime<chrono::Utc>) {
        p.bounds(quartier_core::impact::zone("Europe/Berlin"))
    }

    #[tokio::test]
    async fn the_figures_are_counted_by_period_in_the_neighbourhoods_time() {
        let (s, _f) = store().await;
        let n = s.create_neighbourhood(&Slug::parse("nord").unwrap(), "Nord", "", "Europe/Berlin").await.unwrap().id;
        let other = s.create_neighbourhood(&Slug::parse("sued").unwrap(), "Süd", "", "Europe/Berlin").await.unwrap().id;
        s.set_time_bank(n, true).await.unwrap();
        s.clock().set(at(2026, 11, 2));
        let author = user(&s, "a@example.org").await;
        let helper = user(&s, "h@example.org").await;
        s.add_verified_member(author, n, Role::Resident, None).await.unwrap();
        s.add_verified_member(helper, n, Role::Resident, None).await.unwrap();
        s.add_verified_member(helper, other, Role::Resident, None).await.unwrap();
        for minutes in [30, 60, 90] {
            let e = s.create_entry(entry(n, author, quartier_core::help::Kind::Request, minutes)).await.unwrap();
            s.accept(e.id, helper).await.unwrap();
            s.mark_done(e.id).await.unwrap();
        }
        // An open request in Nord, and one done in Süd, the day after.
        s.create_entry(entry(n, author, quartier_core::help::Kind::Request, 60)).await.unwrap();
        let e = s.create_entry(entry(other, helper, quartier_core::help::Kind::Request, 60)).await.unwrap();
        s.accept(e.id, author).await.unwrap();
        s.mark_done(e.id).await.unwrap();
        // 30 November, 23:30 in Berlin is still November there.
        s.clock().set(chrono::Utc.with_ymd_and_hms(2026, 11, 30, 22, 30, 0).single().unwrap());
        let late = s.create_entry(entry(n, author, quartier_core::help::Kind::Request, 60)).await.unwrap();
        s.accept(late.id, helper).await.unwrap();
        s.mark_done(late.id).await.unwrap();
        s.clock().set(at(2026, 12, 1));
        let december = s.create_entry(entry(n, author, quartier_core::help::Kind::Request, 60)).await.unwrap();
        s.accept(december.id, helper).await.unwrap();
        s.mark_done(december.id).await.unwrap();
        let nov = Period { from: day("2026-11-01"), to: day("2026-11-30") };
        s.set_notice_reach(n, nov, 40, author).await.unwrap();
        s.set_notice_reach(n, nov, 42, author).await.unwrap();
        s.set_notice_reach(n, Period { from: day("2026-11-01"), to: day("2026-11-15") }, 7, author).await.unwrap();
        s.set_notice_reach(n, Period { from: day("2026-10-20"), to: day("2026-11-15") }, 100, author).await.unwrap();
        assert_eq!(s.notice_reach(n, nov).await.unwrap(), Some(42));

        let f = s.impact_figures(n, nov, bounds(nov)).await.unwrap();
        assert_eq!(f.get(Metric::Members), 2);
        assert_eq!(f.get(Metric::NewMembers), 2);
        assert_eq!(f.get(Metric::HelpRequests), 5);
        assert_eq!(f.get(Metric::HelpAnswered), 4);
        assert_eq!(f.get(Metric::HelpDone), 4);
        // 30 + 60 + 90 + 60 minutes: four hours, in the ledger too.
        assert_eq!(f.get(Metric::HelpHours), 4);
        assert_eq!(f.get(Metric::TimeCredits), 4);
        // Counts whose period lies inside the report's add up.
        assert_eq!(f.get(Metric::NoticeBoard), 49);
        let before = s.impact_figures(n, nov.previous(), bounds(nov.previous())).await.unwrap();
        assert_eq!(before.get(Metric::Members), 0);
        assert_eq!(before.get(Metric::HelpDone), 0);
        let dec = Period { from: day("2026-12-01"), to: day("2026-12-31") };
        assert_eq!(s.impact_figures(n, dec, bounds(dec)).await.unwrap().get(Metric::HelpDone), 1);
        assert_eq!(s.impact_figures(other, nov, bounds(nov)).await.unwrap().get(Metric::HelpDone), 1);
    }

    #[tokio::test]
    async fn published_reports_do_not_overlap_and_lose_their_publisher_on_erasure() {
        let (s, _f) = store().await;
        let n = s.create_neighbourhood(&Slug::parse("nord").unwrap(), "Nord", "", "Europe/Berlin").await.unwrap().id;
        let coord = user(&s, "c@example.org").await;
        let nov = Period { from: day("2026-11-01"), to: day("2026-11-30") };
        let first = s.publish_impact(n, nov, "{\"a\":1}", coord).await.unwrap();
        // The same period again replaces the figures.
        let again = s.publish_impact(n, nov, "{\"a\":2}", coord).await.unwrap();
        assert_eq!(first.id, again.id);
        assert_eq!(s.impact_report(n, first.id).await.unwrap().figures, "{\"a\":2}");
        for (from, to) in [("2026-11-15", "2026-12-15"), ("2026-10-01", "2026-12-31"), ("2026-11-10", "2026-11-11")] {
            let p = Period { from: day(from), to: day(to) };
            assert!(matches!(s.publish_impact(n, p, "{}", coord).await, Err(StoreError::Conflict(_))), "{from}");
        }
        let dec = Period { from: day("2026-12-01"), to: day("2026-12-31") };
        let latest = s.publish_impact(n, dec, "{}", coord).await.unwrap();
        assert_eq!(s.latest_impact_report(n).await.unwrap().unwrap().id, latest.id);
        assert_eq!(s.impact_reports(n, 10).await.unwrap().len(), 2);
        s.set_notice_reach(n, nov, 3, coord).await.unwrap();
        let export = s.export_personal_data(coord).await.unwrap();
        assert_eq!(export["impact"]["reports_published"].as_array().unwrap().len(), 2);
        assert_eq!(export["impact"]["notice_board_counts_entered"].as_array().unwrap().len(), 1);
        s.erase_person(coord).await.unwrap();
        let kept = s.impact_report(n, latest.id).await.unwrap();
        assert_eq!(kept.published_by, None);
        assert_eq!(s.notice_reach(n, nov).await.unwrap(), Some(3));
    }
}

mod network {
    use super::*;
    use quartier_core::network::PartnerKind;
    use quartier_store::network::NewPartner;
    use quartier_store::organisations::OrgProfile;
    use quartier_store::paging::Cursor;

    fn partner(name: &str, organisation: Option<Uuid>) -> NewPartner {
        NewPartner {
            name: name.into(),
            kind: PartnerKind::Nonprofit,
            organisation,
            contact: "Frau Yilmaz".into(),
            role: "Stellt den Saal.".into(),
        }
    }

    #[tokio::test]
    async fn an_organisation_is_a_partner_once_and_its_administrators_are_found() {
        let (s, _d) = store().await;
        let dorf = s.create_neighbourhood(&Slug::parse("dorf").unwrap(), "Dorf", "", "Europe/Berlin").await.unwrap().id;
        let stadt =
            s.create_neighbourhood(&Slug::parse("stadt").unwrap(), "Stadt", "", "Europe/Berlin").await.unwrap().id;
        let admin = user(&s, "admin@example.org").await;
        let other = user(&s, "other@example.org").await;
        let p = OrgProfile { name: "Chor".into(), kind: "club".into(), ..Default::default() };
        let chor = s.propose_organisation(dorf, admin, &Slug::parse("chor").unwrap(), p).await.unwrap().id;
        s.confirm_organisation(dorf, chor, admin).await.unwrap();
        assert_eq!(s.linkable_organisations(dorf).await.unwrap().len(), 1);
        assert!(s.linkable_organisations(stadt).await.unwrap().is_empty());
        let linked = s.create_partner(dorf, partner("Chor", Some(chor))).await.unwrap();
        assert!(matches!(
            s.create_partner(dorf, partner("Chor again", Some(chor))).await,
            Err(StoreError::Conflict("organisation"))
        ));
        // Another network may have it too; outside partners need no organisation.
        s.create_partner(stadt, partner("Chor", Some(chor))).await.unwrap();
        s.create_partner(dorf, partner("amt", None)).await.unwrap();
        s.create_partner(dorf, partner("Bäckerei", None)).await.unwrap();
        let mine = s.partners_administered(dorf, admin).await.unwrap();
        assert_eq!(mine.iter().map(|p| p.id).collect::<Vec<_>>(), [linked.id]);
        assert!(s.partners_administered(dorf, other).await.unwrap().is_empty());
        // By name, whatever the case.
        let page = s.partners_page(dorf, Cursor::First).await.unwrap();
        let names: Vec<_> = page.items.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["amt", "Bäckerei", "Chor"]);
        let mut changed = partner("Chor Dorf", None);
        changed.kind = PartnerKind::Other;
        s.update_partner(dorf, linked.id, changed).await.unwrap();
        let p = s.partner_in(dorf, linked.id).await.unwrap();
        assert_eq!((p.name.as_str(), p.kind(), p.organisation_id), ("Chor Dorf", PartnerKind::Other, None));
        assert!(matches!(s.partner_in(stadt, linked.id).await, Err(StoreError::NotFound)));
    }
}

#[tokio::test]
async fn an_organisations_pages_keep_their_order_addresses_and_kinds_and_outlive_their_author() {
    use quartier_core::org_site::PageKind;
    use quartier_store::org_site::PageInput;
    let (s, _d) = store().await;
    let dorf = s.create_neighbourhood(&Slug::parse("dorf").unwrap(), "Dorf", "", "Europe/Berlin").await.unwrap().id;
    let a = user(&s, "a@example.org").await;
    let p =
        quartier_store::organisations::OrgProfile { name: "Chor".into(), kind: "club".into(), ..Default::default() };
    let org = s.propose_organisation(dorf, a, &Slug::parse("chor").unwrap(), p).await.unwrap().id;
    let page = |kind, slug: &str, title: &str, position| PageInput {
        kind,
        slug: slug.into(),
        title: title.into(),
        body: "Text".into(),
        position,
        published: true,
    };
    s.create_org_page(org, a, page(PageKind::Contact, "kontakt", "Kontakt", 9)).await.unwrap();
    s.create_org_page(org, a, page(PageKind::About, "ueber-uns", "Über uns", 1)).await.unwrap();
    let proben = s.create_org_page(org, a, page(PageKind::Custom, "proben", "Proben", 1)).await.unwrap();
    let order: Vec<String> = s.org_pages(org).await.unwrap().into_iter().map(|p| p.slug).collect();
    assert_eq!(order, ["proben", "ueber-uns", "kontakt"]);
    assert!(matches!(
        s.create_org_page(org, a, page(PageKind::Custom, "kontakt", "Noch einmal", 2)).await,
        Err(StoreError::Conflict("slug"))
    ));
    assert!(matches!(
        s.create_org_page(org, a, page(PageKind::About, "wir", "Wir", 2)).await,
        Err(StoreError::Conflict("kind"))
    ));
    // Pages of its own may be many, up to the limit.
    s.create_org_page(org, a, page(PageKind::Custom, "termine", "Termine", 3)).await.unwrap();
    assert!(matches!(
        s.update_org_page(org, proben.id, page(PageKind::Custom, "termine", "Proben", 1)).await,
        Err(StoreError::Conflict("slug"))
    ));
    let moved = s.update_org_page(org, proben.id, page(PageKind::Custom, "probenplan", "Probenplan", 5)).await.unwrap();
    assert_eq!(s.org_page(org, "probenplan").await.unwrap().id, moved.id);
    assert_eq!(moved.kind(), PageKind::Custom);
    // The export names them; erasure keeps them for the club, without the author.
    let export = s.export_personal_data(a).await.unwrap();
    assert_eq!(export["org_site"]["pages"].as_array().unwrap().len(), 4);
    s.erase_person(a).await.unwrap();
    let kept = s.org_pages(org).await.unwrap();
    assert_eq!(kept.len(), 4);
    assert!(kept.iter().all(|p| p.author_id.is_none()));
    s.delete_org_page(org, moved.id).await.unwrap();
    assert!(matches!(s.delete_org_page(org, moved.id).await, Err(StoreError::NotFound)));
}

/// An organisation in "dorf" with `admin` as its administrator; its id.
async fn club_of(s: &Store, admin: Uuid, slug: &str) -> Uuid {
    let n = match s.neighbourhood_by_slug("dorf").await {
        Ok(n) => n.id,
        Err(_) => s.create_neighbourhood(&Slug::parse("dorf").unwrap(), "Dorf", "", "Europe/Berlin").await.unwrap().id,
    };
    let p = quartier_store::organisations::OrgProfile { name: slug.into(), kind: "club".into(), ..Default::default() };
    let o = s.propose_organisation(n, admin, &Slug::parse(slug).unwrap(), p).await.unwrap().id;
    s.confirm_organisation(n, o, admin).await.unwrap();
    o
}

#[tokio::test]
async fn contact_messages_reach_their_organisation_page_by_page_and_leave_with_their_sender() {
    use quartier_store::org_site::{MESSAGES_PAGE, NewOrgMessage};
    use quartier_store::paging::Cursor;
    let (s, _d) = store().await;
    let admin = user(&s, "admin@example.org").await;
    let sender = user(&s, "sender@example.org").await;
    let org = club_of(&s, admin, "chor").await;
    let other = club_of(&s, admin, "tafel").await;
    assert_eq!(s.org_admin_ids(org).await.unwrap(), [admin]);
    let msg = |from: Option<Uuid>, email: &str, body: String| NewOrgMessage {
        sender: from,
        name: "Sam".into(),
        email: email.into(),
        body,
    };
    // From the account, from its address without an account, from someone else.
    s.save_org_message(org, msg(Some(sender), "sender@example.org", "Erste Nachricht".into())).await.unwrap();
    s.save_org_message(org, msg(None, "sender@example.org", "Zweite Nachricht".into())).await.unwrap();
    for i in 0..MESSAGES_PAGE {
        s.save_org_message(org, msg(None, "fremd@example.org", format!("Nachricht {i}"))).await.unwrap();
    }
    s.save_org_message(other, msg(None, "fremd@example.org", "Anderswo".into())).await.unwrap();
    let first = s.org_messages(org, Cursor::First).await.unwrap();
    assert_eq!(first.items.len() as u64, MESSAGES_PAGE);
    assert_eq!(first.items[0].body, format!("Nachricht {}", MESSAGES_PAGE - 1), "newest first");
    let next = s.org_messages(org, Cursor::After(first.next.unwrap())).await.unwrap();
    let bodies: Vec<_> = next.items.iter().map(|m| m.body.as_str()).collect();
    assert_eq!(bodies, ["Zweite Nachricht", "Erste Nachricht"]);
    // The export has both of the sender's messages; erasure deletes them.
    let export = s.export_personal_data(sender).await.unwrap();
    assert_eq!(export["org_site"]["messages_sent"].as_array().unwrap().len(), 2);
    s.erase_person(sender).await.unwrap();
    let left = s.org_messages(org, Cursor::First).await.unwrap();
    assert!(left.items.iter().all(|m| m.sender_email == "fremd@example.org"));
    assert_eq!(s.org_messages(other, Cursor::First).await.unwrap().items.len(), 1);
}

#[tokio::test]
async fn a_request_to_join_is_decided_once_and_makes_a_member() {
    use quartier_core::org_site::{JoinKind, JoinStatus};
    use quartier_core::organisation::OrgRole;
    use quartier_store::paging::Cursor;
    let (s, _d) = store().await;
    let admin = user(&s, "admin@example.org").await;
    let ann = user(&s, "ann@example.org").await;
    let ben = user(&s, "ben@example.org").await;
    let org = club_of(&s, admin, "chor").await;
    assert!(matches!(s.ask_to_join(org, admin, JoinKind::Member, "").await, Err(StoreError::Conflict("member"))));
    let a = s.ask_to_join(org, ann, JoinKind::Volunteer, "Gern").await.unwrap();
    assert!(matches!(s.ask_to_join(org, ann, JoinKind::Member, "").await, Err(StoreError::Conflict("pending"))));
    let b = s.ask_to_join(org, ben, JoinKind::Member, "").await.unwrap();
    let waiting = s.waiting_join_requests(org, Cursor::First).await.unwrap();
    assert_eq!(waiting.items.iter().map(|r| r.user_id).collect::<Vec<_>>(), [ann, ben], "oldest first");
    assert_eq!(waiting.items[0].kind(), JoinKind::Volunteer);
    let decided = s.decide_join_request(org, a.id, true, admin).await.unwrap();
    assert_eq!(decided.user_id, ann);
    assert!(matches!(s.decide_join_request(org, a.id, false, admin).await, Err(StoreError::NotFound)));
    assert_eq!(s.org_role(org, ann).await.unwrap(), Some(OrgRole::Member));
    s.decide_join_request(org, b.id, false, admin).await.unwrap();
    assert_eq!(s.org_role(org, ben).await.unwrap(), None);
    assert!(s.waiting_join_requests(org, Cursor::First).await.unwrap().items.is_empty());
    assert!(s.pending_join_request(org, ben).await.unwrap().is_none());
    // Ben may ask again after a no; the export has both his requests.
    s.ask_to_join(org, ben, JoinKind::Member, "Noch einmal").await.unwrap();
    let export = s.export_personal_data(ben).await.unwrap();
    let asked = export["org_site"]["join_requests"].as_array().unwrap();
    assert_eq!(asked.len(), 2);
    assert!(asked.iter().any(|r| r["status"] == JoinStatus::Declined.tag()));
    // Erasure deletes Ben's requests; the administrator's decisions lose him.
    s.erase_person(ben).await.unwrap();
    assert!(s.waiting_join_requests(org, Cursor::First).await.unwrap().items.is_empty());
    s.erase_person(admin).await.unwrap();
    assert_eq!(s.org_role(org, ann).await.unwrap(), Some(OrgRole::Member));
}

#[tokio::test]
async fn an_organisations_look_is_one_row_and_takes_only_its_own_images() {
    let (s, _d) = store().await;
    let admin = user(&s, "admin@example.org").await;
    let org = club_of(&s, admin, "chor").await;
    let other = club_of(&s, admin, "tafel").await;
    assert!(s.org_look(org).await.unwrap().is_none());
    let img = s.save_image(org, admin, "image/png", 1, 1, false, vec![1, 2, 3]).await.unwrap();
    let theirs = s.save_image(other, admin, "image/png", 1, 1, false, vec![1, 2, 3]).await.unwrap();
    s.save_org_look(org, Some(img), "Logo", "#0b5d3b").await.unwrap();
    s.save_org_look(org, Some(img), "Logo: Noten", "#000000").await.unwrap();
    let look = s.org_look(org).await.unwrap().unwrap();
    assert_eq!((look.logo_alt.as_str(), look.accent.as_str()), ("Logo: Noten", "#000000"));
    assert!(matches!(s.save_org_look(org, Some(theirs), "Fremd", "").await, Err(StoreError::NotFound)));
    assert_eq!(s.org_look(org).await.unwrap().unwrap().logo_image_id, Some(img));
    assert!(s.org_look(other).await.unwrap().is_none());
}

mod canvas {
    use super::*;
    use quartier_core::network::CanvasVisibility;
    use quartier_store::canvas::CanvasText;
    use quartier_store::paging::Cursor;

    fn text(value: &str, note: &str) -> CanvasText {
        CanvasText { social_value: value.into(), note: note.into(), ..Default::default() }
    }

    #[tokio::test]
    async fn every_save_is_a_new_version_and_erasure_keeps_them_without_the_person() {
        let (s, _d) = store().await;
        let dorf = s.create_neighbourhood(&Slug::parse("dorf").unwrap(), "Dorf", "", "Europe/Berlin").await.unwrap().id;
        let stadt =
            s.create_neighbourhood(&Slug::parse("stadt").unwrap(), "Stadt", "", "Europe/Berlin").await.unwrap().id;
        let carla = user(&s, "carla@example.org").await;
        let rita = user(&s, "rita@example.org").await;
        assert!(s.canvas(dorf).await.unwrap().is_none());
        assert!(s.latest_canvas_version(dorf).await.unwrap().is_none());
        // Nothing to make visible before the first save.
        assert!(matches!(s.set_canvas_visibility(dorf, CanvasVisibility::Shared).await, Err(StoreError::NotFound)));
        let first = s.save_canvas(dorf, carla, text("Niemand ist allein.", ""), "{}".into()).await.unwrap();
        assert_eq!(first.number, 1);
        assert_eq!(s.canvas(dorf).await.unwrap().unwrap().visibility(), CanvasVisibility::Internal);
        s.clock().advance(chrono::Duration::days(1));
        let second =
            s.save_canvas(dorf, carla, text("Niemand ist allein im Dorf.", "Dorf"), "{\"x\":1}".into()).await.unwrap();
        assert_eq!(second.number, 2);
        // Another canvas counts on its own.
        assert_eq!(s.save_canvas(stadt, carla, text("Stadt", ""), "{}".into()).await.unwrap().number, 1);
        // Nothing was overwritten.
        assert_eq!(s.canvas_version(dorf, 1).await.unwrap().social_value, "Niemand ist allein.");
        assert_eq!(s.canvas_version(dorf, 2).await.unwrap().figures, "{\"x\":1}");
        assert_eq!(s.latest_canvas_version(dorf).await.unwrap().unwrap().id, second.id);
        assert!(matches!(s.canvas_version(dorf, 3).await, Err(StoreError::NotFound)));
        let history = s.canvas_history(dorf, Cursor::First).await.unwrap();
        assert_eq!(history.items.iter().map(|v| v.number).collect::<Vec<_>>(), [2, 1]);
        // Who may read it; what it was before.
        assert_eq!(s.set_canvas_visibility(dorf, CanvasVisibility::Shared).await.unwrap(), CanvasVisibility::Internal);
        assert_eq!(s.set_canvas_visibility(dorf, CanvasVisibility::Published).await.unwrap(), CanvasVisibility::Shared);
        assert_eq!(s.canvas(dorf).await.unwrap().unwrap().visibility(), CanvasVisibility::Published);
        assert_eq!(s.canvas(stadt).await.unwrap().unwrap().visibility(), CanvasVisibility::Internal);
        // Comments belong to the version they were made on, oldest first.
        s.comment_canvas(first.id, rita, "Zu eng.".into()).await.unwrap();
        s.comment_canvas(second.id, rita, "Besser.".into()).await.unwrap();
        s.comment_canvas(second.id, carla, "Danke.".into()).await.unwrap();
        let on_second: Vec<_> = s.canvas_comments(second.id).await.unwrap().into_iter().map(|c| c.body).collect();
        assert_eq!(on_second, ["Besser.", "Danke."]);
        assert_eq!(s.canvas_comments(first.id).await.unwrap().len(), 1);
        // Export and erasure.
        let export = s.export_personal_data(rita).await.unwrap();
        assert_eq!(export["network_canvas"]["comments"].as_array().unwrap().len(), 2);
        let export = s.export_personal_data(carla).await.unwrap();
        assert_eq!(export["network_canvas"]["versions_saved"].as_array().unwrap().len(), 3);
        s.erase_person(rita).await.unwrap();
        s.erase_person(carla).await.unwrap();
        let kept = s.canvas_comments(second.id).await.unwrap();
        assert_eq!(kept.len(), 2);
        assert!(kept.iter().all(|c| c.author_id.is_none()));
        let v = s.canvas_version(dorf, 2).await.unwrap();
        assert_eq!((v.created_by, v.social_value.as_str()), (None, "Niemand ist allein im Dorf."));
    }
}

#[tokio::test]
async fn every_write_a_start_page_shows_bumps_its_neighbourhoods_version_and_nothing_else_does() {
    use quartier_store::events::Holder;
    use quartier_store::organisations::OrgProfile;
    let (s, _d) = store().await;
    let n = s.create_neighbourhood(&Slug::parse("dorf").unwrap(), "Dorf", "", "Europe/Berlin").await.unwrap();
    s.create_neighbourhood(&Slug::parse("stadt").unwrap(), "Stadt", "", "Europe/Berlin").await.unwrap();
    let version = |slug: &'static str| {
        let s = s.clone();
        async move { s.neighbourhood_by_slug(slug).await.unwrap().content_version }
    };
    // Each step must move the version of `dorf` on, and leave `stadt` alone.
    let mut last = version("dorf").await;
    let stadt = version("stadt").await;
    macro_rules! bumps {
        ($what:expr, $step:expr) => {{
            let out = $step;
            let now = version("dorf").await;
            assert!(now > last, "{} must bump the version ({last} → {now})", $what);
            last = now;
            out
        }};
    }
    let a = user(&s, "a@example.org").await;
    let m = bumps!("asking to join", s.request_membership(a, n.id).await.unwrap());
    bumps!("a confirmed member", s.confirm_membership(n.id, m.id, a).await.unwrap());
    bumps!("a new name", s.set_profile(a, "Anna", "", false).await.unwrap());
    let e = bumps!("a help entry", s.create_entry(entry(n.id, a, quartier_core::help::Kind::Offer, 30)).await.unwrap());
    let ev = bumps!(
        "an event of the neighbourhood",
        s.create_event(Holder::Neighbourhood(n.id), a, &details(Some(5)), &[soon(2)]).await.unwrap()
    );
    bumps!("a sign-up (places left)", s.sign_up(ev[0].id, a).await.unwrap());
    let profile = OrgProfile { name: "Chor".into(), kind: "club".into(), ..Default::default() };
    let o = bumps!(
        "a proposed organisation",
        s.propose_organisation(n.id, a, &Slug::parse("chor").unwrap(), profile).await.unwrap()
    );
    bumps!("a confirmed organisation", s.confirm_organisation(n.id, o.id, a).await.unwrap());
    bumps!("its news", s.post_news(o.id, a, "Konzert", "Im Park.", false).await.unwrap());
    bumps!("its event", s.create_event(Holder::Organisation(o.id), a, &details(None), &[soon(3)]).await.unwrap());
    assert_eq!(version("stadt").await, stadt, "another neighbourhood's start page did not change");
    // Reading, and a visit noted, change nothing on the page.
    let member = s.membership(a, n.id).await.unwrap().unwrap();
    s.visit_start_page(&member).await.unwrap();
    s.start_blocks(n.id, quartier_store::start_page::Audience::Coordinator).await.unwrap();
    assert_eq!(version("dorf").await, last, "a visit is not a change");
    let _ = e;
}

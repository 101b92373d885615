//! Durability drills against the real `quartier` binary and a real SQLite file.
//!
//! 1. `sigkill_under_write_load_loses_no_acknowledged_write`: residents post
//!    help entries and messages over HTTP from several concurrent writers; at a
//!    random moment the server is killed with SIGKILL. With the server down,
//!    the database file is opened directly: `PRAGMA integrity_check` must say
//!    `ok`, `PRAGMA foreign_key_check` must find nothing, and every write whose
//!    answer (a 303) came back, in this round or any before, must be there.
//!    Then the server is started again on the same file and must serve: it is
//!    ready, and the newest acknowledged entry is shown to its author. This
//!    repeats `QUARTIER_DURABILITY_KILLS` times (default 100);
//!    `QUARTIER_DURABILITY_SEED` replays a run's random delays.
//! 2. `backup_under_load_restores_to_a_working_instance`: `quartier backup`
//!    runs while the writers keep writing; the copy is brought back with
//!    `quartier restore` into a fresh directory, passes the integrity check,
//!    holds every write acknowledged before the backup began, and a server
//!    started on it is ready, lets a resident log in, shows the data and takes
//!    new writes.
//!
//! Both take minutes, not seconds, so they are `#[ignore]`d: `cargo test
//! --workspace` lists them as "ignored" with the reason, which is plainer than
//! an environment switch whose "skipped" message the test harness would
//! swallow. `.ci/durability.sh` and `.ci/backup-drill.sh` build and run them
//! (`cargo test -p quartier --test durability -- --ignored …`).
//!
//! The session cookies live in the database, so residents log in once and
//! stay logged in across every kill; a round costs one restart of the binary.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use quartier_store::Store;
use quartier_store::sea_orm::{ConnectionTrait, DbBackend, Statement};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use reqwest::header::{LOCATION, ORIGIN};
use reqwest::redirect::Policy;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::process::{Child, Command};
use uuid::Uuid;

const SLUG: &str = "lindenviertel";
const DEMO_PASSWORD: &str = "quartier-demo";
/// Backups killed on purpose in the backup drill.
const BACKUP_KILLS: usize = 20;

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// `quartier` with the settings of one instance and none of the caller's
/// QUARTIER_* variables (the binary refuses unknown ones).
fn quartier(dir: &Path, url: &str) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_quartier"));
    for (k, _) in std::env::vars_os() {
        if k.to_string_lossy().starts_with("QUARTIER_") {
            c.env_remove(k);
        }
    }
    c.current_dir(dir)
        .env("QUARTIER_DATABASE_URL", db_url(dir))
        .env("QUARTIER_MAIL__OUTBOX_DIR", dir.join("outbox"))
        .env("QUARTIER_PUBLIC_URL", url)
        .env("QUARTIER_LOG", "warn")
        .kill_on_drop(true);
    c
}

fn db_url(dir: &Path) -> String {
    db_url_of(&dir.join("q.db"))
}

fn db_url_of(file: &Path) -> String {
    format!("sqlite://{}", file.display())
}

/// One `quartier serve --demo` on a fixed loopback port, restartable.
struct Server {
    dir: PathBuf,
    port: u16,
    child: Option<Child>,
}

impl Server {
    fn new(dir: &Path) -> Self {
        Self { dir: dir.to_path_buf(), port: free_port(), child: None }
    }

    fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    fn log_path(&self) -> PathBuf {
        self.dir.join("server.log")
    }

    fn log_tail(&self) -> String {
        let log = std::fs::read_to_string(self.log_path()).unwrap_or_default();
        let lines: Vec<&str> = log.lines().collect();
        lines[lines.len().saturating_sub(30)..].join("\n")
    }

    /// Start and wait for `/healthz`; the time that took.
    async fn start(&mut self) -> Result<Duration, String> {
        assert!(self.child.is_none(), "server already running");
        let log = std::fs::OpenOptions::new().create(true).append(true).open(self.log_path()).unwrap();
        let t0 = Instant::now();
        let mut child = quartier(&self.dir, &self.url())
            .args(["serve", "--demo", "--bind", &format!("127.0.0.1:{}", self.port)])
            .stdin(std::process::Stdio::null())
            .stdout(log.try_clone().unwrap())
            .stderr(log)
            .spawn()
            .unwrap();
        let probe = reqwest::Client::builder().pool_max_idle_per_host(0).build().unwrap();
        let health = format!("{}/healthz", self.url());
        loop {
            if let Some(status) = child.try_wait().unwrap() {
                return Err(format!("quartier exited during start-up ({status}):\n{}", self.log_tail()));
            }
            if probe.get(&health).send().await.is_ok_and(|r| r.status() == 200) {
                break;
            }
            if t0.elapsed() > Duration::from_secs(60) {
                return Err(format!("no /healthz within 60 s:\n{}", self.log_tail()));
            }
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        self.child = Some(child);
        Ok(t0.elapsed())
    }

    /// SIGKILL, and wait until the process is gone.
    async fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            child.start_kill().unwrap();
            child.wait().await.unwrap();
        }
    }
}

/// A resident's browser: cookie jar, no redirects followed, no kept-alive
/// connections (each request finds out afresh whether the server is up).
fn browser() -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(Policy::none())
        .pool_max_idle_per_host(0)
        .timeout(Duration::from_secs(30))
        .build()
        .unwrap()
}

async fn log_in(url: &str, email: &str) -> reqwest::Client {
    let c = browser();
    let r = c
        .post(format!("{url}/login"))
        .header(ORIGIN, url)
        .form(&[("email", email), ("password", DEMO_PASSWORD), ("next", "")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303, "login of {email}");
    c
}

fn entry_form(title: &str, kind: &str) -> Vec<(&'static str, String)> {
    vec![
        ("kind", kind.into()),
        ("category", "shopping".into()),
        ("title", title.into()),
        ("body", "Geschrieben vom Dauertest.".into()),
        ("date", String::new()),
        ("time_from", "10:00".into()),
        ("time_to", "12:00".into()),
        ("urgency", "soon".into()),
        ("visibility", "neighbours".into()),
        ("area", "Gartenstraße".into()),
    ]
}

/// Post a help entry; its id once the server has acknowledged it.
async fn post_entry(c: &reqwest::Client, url: &str, title: &str, kind: &str) -> Result<Uuid, String> {
    let r = c
        .post(format!("{url}/n/{SLUG}/help"))
        .header(ORIGIN, url)
        .form(&entry_form(title, kind))
        .send()
        .await
        .map_err(|e| format!("cut: {e}"))?;
    if r.status() != 303 {
        return Err(format!("answered {} to a new entry", r.status()));
    }
    let loc = r.headers().get(LOCATION).and_then(|l| l.to_str().ok()).unwrap_or_default();
    // /n/<slug>/help/<id>?notice=…
    loc.split('/')
        .nth(4)
        .and_then(|s| s.split('?').next())
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| format!("no entry id in Location {loc:?}"))
}

/// Everything the server acknowledged, over all rounds.
#[derive(Default, Clone)]
struct Acked {
    entries: HashMap<Uuid, String>,
    messages: HashSet<String>,
    /// The newest acknowledged entry and who wrote it (index into the clients).
    newest: Option<(Uuid, String, usize)>,
}

#[derive(Clone, Copy)]
enum Write {
    Entry(&'static str),
    Message(Uuid),
}

struct Outcome {
    acked: usize,
    /// When a request failed without an answer (the kill cut it off), and
    /// what it wrote.
    cut_at: Option<Instant>,
    cut: Option<String>,
    /// An answer that was neither an acknowledgement nor a cut.
    wrong: Option<String>,
}

/// Write until told to stop or until the server stops answering.
async fn writer(
    c: reqwest::Client,
    who: usize,
    url: String,
    what: Write,
    tag: String,
    stop: Arc<AtomicBool>,
    acked: Arc<Mutex<Acked>>,
) -> Outcome {
    let mut out = Outcome { acked: 0, cut_at: None, cut: None, wrong: None };
    let mut n = 0u32;
    while !stop.load(Ordering::Relaxed) {
        n += 1;
        let text = format!("Dauertest {tag}-{n}");
        let result = match what {
            Write::Entry(kind) => post_entry(&c, &url, &text, kind).await.map(Some),
            Write::Message(conv) => {
                match c.post(format!("{url}/inbox/{conv}")).header(ORIGIN, &url).form(&[("body", &text)]).send().await {
                    Ok(r) if r.status() == 303 => Ok(None),
                    // The per-sender limit refused it: nothing was written,
                    // nothing acknowledged; wait a little and go on.
                    Ok(r) if r.status() == 429 => {
                        tokio::time::sleep(Duration::from_millis(50)).await;
                        continue;
                    }
                    Ok(r) => Err(format!("answered {} to a message", r.status())),
                    Err(e) => Err(format!("cut: {e}")),
                }
            }
        };
        match result {
            Ok(id) => {
                out.acked += 1;
                let mut a = acked.lock().unwrap();
                match id {
                    Some(id) => {
                        a.entries.insert(id, text.clone());
                        a.newest = Some((id, text, who));
                    }
                    None => {
                        a.messages.insert(text);
                    }
                }
            }
            Err(e) if e.starts_with("cut: ") => {
                out.cut_at = Some(Instant::now());
                out.cut = Some(text);
                break;
            }
            Err(e) => {
                out.wrong = Some(format!("{tag}: {e}"));
                break;
            }
        }
    }
    out
}

/// What the database file holds, read with the server down.
struct OnDisk {
    entries: HashMap<Uuid, String>,
    titles: HashSet<String>,
    bodies: HashSet<String>,
}

/// With the server down: open the file, run SQLite's own checks and read
/// what is there.
async fn read_database(dir: &Path) -> Result<OnDisk, String> {
    read_database_at(&db_url(dir)).await
}

async fn read_database_at(url: &str) -> Result<OnDisk, String> {
    let store = Store::connect(url).await.map_err(|e| format!("open: {e}"))?;
    let result = read_open_database(&store).await;
    store.close().await.map_err(|e| format!("close: {e}"))?;
    result
}

fn sql(s: &str) -> Statement {
    Statement::from_string(DbBackend::Sqlite, s.to_string())
}

async fn read_open_database(store: &Store) -> Result<OnDisk, String> {
    let db = store.db();
    store.integrity_check().await.map_err(|e| e.to_string())?;
    let rows = db.query_all_raw(sql("PRAGMA foreign_key_check")).await.map_err(|e| e.to_string())?;
    if !rows.is_empty() {
        return Err(format!("foreign_key_check found {} rows", rows.len()));
    }
    let mut entries = HashMap::new();
    for r in db.query_all_raw(sql("SELECT id, title FROM help_entries")).await.map_err(|e| e.to_string())? {
        let id: Uuid = r.try_get("", "id").map_err(|e| e.to_string())?;
        let title: String = r.try_get("", "title").map_err(|e| e.to_string())?;
        entries.insert(id, title);
    }
    let titles = entries.values().cloned().collect();
    let mut bodies = HashSet::new();
    for r in db.query_all_raw(sql("SELECT body FROM messages")).await.map_err(|e| e.to_string())? {
        bodies.insert(r.try_get::<String>("", "body").map_err(|e| e.to_string())?);
    }
    Ok(OnDisk { entries, titles, bodies })
}

/// The acknowledged writes that are not on disk as they were acknowledged.
fn lost(disk: &OnDisk, acked: &Acked) -> Vec<String> {
    let mut lost = Vec::new();
    for (id, title) in &acked.entries {
        if disk.entries.get(id) != Some(title) {
            lost.push(format!("entry {id} ({title})"));
        }
    }
    for m in &acked.messages {
        if !disk.bodies.contains(m) {
            lost.push(format!("message {m:?}"));
        }
    }
    lost.sort();
    lost
}

/// Integrity checks pass and every acknowledged write is there; how many were.
async fn check_database(dir: &Path, acked: &Acked) -> Result<usize, String> {
    let disk = read_database(dir).await?;
    let lost = lost(&disk, acked);
    if lost.is_empty() {
        Ok(acked.entries.len() + acked.messages.len())
    } else {
        Err(format!("{} acknowledged writes lost, e.g. {:?}", lost.len(), &lost[..lost.len().min(5)]))
    }
}

/// The server answers again: ready, and the newest acknowledged entry is on
/// its page for its author.
async fn check_serves(url: &str, clients: &[reqwest::Client], acked: &Acked) -> Result<(), String> {
    let r = clients[0].get(format!("{url}/readyz")).send().await.map_err(|e| e.to_string())?;
    if r.status() != 200 {
        return Err(format!("/readyz answered {}", r.status()));
    }
    if let Some((id, title, who)) = &acked.newest {
        let r = clients[*who].get(format!("{url}/n/{SLUG}/help/{id}")).send().await.map_err(|e| e.to_string())?;
        let status = r.status();
        let page = r.text().await.map_err(|e| e.to_string())?;
        if status != 200 || !page.contains(title.as_str()) {
            return Err(format!("entry page {id} answered {status}, title shown: {}", page.contains(title.as_str())));
        }
    }
    Ok(())
}

/// Log in the demo residents and open a conversation between Anna and Ben.
async fn residents(url: &str) -> (Vec<reqwest::Client>, Uuid) {
    let anna = log_in(url, "anna@example.org").await;
    let ben = log_in(url, "ben@example.org").await;
    let verein = log_in(url, "verein@example.org").await;
    let first = post_entry(&anna, url, "Dauertest: wer hilft beim Tragen?", "request").await.unwrap();
    let r = ben
        .post(format!("{url}/n/{SLUG}/help/{first}/answer"))
        .header(ORIGIN, url)
        .form(&[("body", "Ich helfe gern.")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let loc = r.headers()[LOCATION].to_str().unwrap().to_string();
    let conv = loc.strip_prefix("/inbox/").unwrap().parse().unwrap();
    (vec![anna, ben, verein], conv)
}

/// The writers: (client index, what they write). Seven at once, on three
/// accounts, into two tables and one shared conversation row.
fn writers(conv: Uuid) -> Vec<(usize, Write)> {
    vec![
        (0, Write::Entry("request")),
        (0, Write::Entry("request")),
        (1, Write::Entry("offer")),
        (1, Write::Entry("offer")),
        (2, Write::Entry("request")),
        (0, Write::Message(conv)),
        (1, Write::Message(conv)),
    ]
}

fn spawn_writers(
    clients: &[reqwest::Client],
    url: &str,
    conv: Uuid,
    round: usize,
    stop: &Arc<AtomicBool>,
    acked: &Arc<Mutex<Acked>>,
) -> Vec<tokio::task::JoinHandle<Outcome>> {
    writers(conv)
        .into_iter()
        .enumerate()
        .map(|(w, (who, what))| {
            tokio::spawn(writer(
                clients[who].clone(),
                who,
                url.to_string(),
                what,
                format!("r{round}w{w}"),
                stop.clone(),
                acked.clone(),
            ))
        })
        .collect()
}

fn env_number(name: &str) -> Option<u64> {
    std::env::var(name).ok().map(|v| v.trim().parse().unwrap_or_else(|_| panic!("{name}: not a number: {v}")))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "durability drill, minutes long: run .ci/durability.sh (QUARTIER_DURABILITY_KILLS=N for more kills)"]
async fn sigkill_under_write_load_loses_no_acknowledged_write() {
    let kills = env_number("QUARTIER_DURABILITY_KILLS").unwrap_or(100) as usize;
    let seed = env_number("QUARTIER_DURABILITY_SEED").unwrap_or_else(rand::random);
    let mut rng = StdRng::seed_from_u64(seed);
    println!("durability: {kills} kills under write load, seed {seed} (QUARTIER_DURABILITY_SEED replays it)");
    let started = Instant::now();
    let dir = tempfile::tempdir().unwrap();
    let mut server = Server::new(dir.path());
    let first_start = server.start().await.unwrap();
    let url = server.url();
    println!("durability: first start (demo data) took {} ms", first_start.as_millis());
    let (clients, conv) = residents(&url).await;
    let acked = Arc::new(Mutex::new(Acked::default()));

    let (mut passed, mut failed) = (0usize, 0usize);
    let mut restarts = Vec::new();
    let mut checked = 0usize;
    let (mut cut_writes, mut cut_but_kept) = (0usize, 0usize);
    for round in 1..=kills {
        let stop = Arc::new(AtomicBool::new(false));
        let handles = spawn_writers(&clients, &url, conv, round, &stop, &acked);
        let load_ms = rng.random_range(20..1000);
        tokio::time::sleep(Duration::from_millis(load_ms)).await;
        let killed_at = Instant::now();
        server.kill().await;
        stop.store(true, Ordering::Relaxed);

        let mut problems = Vec::new();
        let mut acked_now = 0;
        let mut cut = Vec::new();
        for h in handles {
            let o = h.await.unwrap();
            acked_now += o.acked;
            if let Some(w) = o.wrong {
                problems.push(w);
            }
            if o.cut_at.is_some_and(|t| t < killed_at) {
                problems.push("a request failed before the kill".into());
            }
            cut.extend(o.cut);
        }
        let snapshot = std::mem::take(&mut *acked.lock().unwrap());
        match read_database(dir.path()).await {
            Ok(disk) => {
                let lost = lost(&disk, &snapshot);
                if lost.is_empty() {
                    checked += snapshot.entries.len() + snapshot.messages.len();
                } else {
                    problems.push(format!(
                        "{} acknowledged writes lost, e.g. {:?}",
                        lost.len(),
                        &lost[..lost.len().min(5)]
                    ));
                }
                cut_writes += cut.len();
                cut_but_kept += cut.iter().filter(|t| disk.titles.contains(*t) || disk.bodies.contains(*t)).count();
            }
            Err(e) => problems.push(e),
        }
        let restarted = server.start().await;
        let serves = match &restarted {
            Ok(took) => {
                restarts.push(*took);
                check_serves(&url, &clients, &snapshot).await
            }
            Err(e) => Err(e.clone()),
        };
        if let Err(e) = serves {
            problems.push(e);
        }
        *acked.lock().unwrap() = snapshot;

        if problems.is_empty() {
            passed += 1;
        } else {
            failed += 1;
            println!("durability: round {round} FAILED after {load_ms} ms of load: {}", problems.join("; "));
            println!("server log:\n{}", server.log_tail());
        }
        if round % 10 == 0 || round == kills {
            let a = acked.lock().unwrap();
            println!(
                "durability: round {round}/{kills}: {acked_now} writes acknowledged in the last round; \
                 {} entries and {} messages so far, {:.0} s",
                a.entries.len(),
                a.messages.len(),
                started.elapsed().as_secs_f64()
            );
        }
        if restarted.is_err() {
            println!("durability: the server does not start again; stopping after round {round}");
            failed += kills - round;
            break;
        }
    }
    server.kill().await;

    // The check itself must notice a write that is not there as acknowledged.
    let mut a = acked.lock().unwrap().clone();
    let control = if let Some((id, title, _)) = a.newest.clone() {
        let store = Store::connect(&db_url(dir.path())).await.unwrap();
        store
            .db()
            .execute_raw(sql(&format!("UPDATE help_entries SET title = 'verändert' WHERE title = '{title}'")))
            .await
            .unwrap();
        store.close().await.unwrap();
        a.entries.insert(id, title);
        check_database(dir.path(), &a).await.is_err()
    } else {
        false
    };

    restarts.sort();
    let ms = |d: Duration| d.as_millis();
    println!(
        "durability: {kills} kills; {} acknowledged writes ({} help entries, {} messages), each re-checked after \
         every later kill ({checked} checks); {cut_writes} writes were in flight at a kill, {cut_but_kept} of \
         them committed anyway; the check notices a changed write: {control}",
        a.entries.len() + a.messages.len(),
        a.entries.len(),
        a.messages.len(),
    );
    println!(
        "durability: restart to /healthz min {} / median {} / max {} ms; elapsed {:.1} s",
        restarts.first().map_or(0, |d| ms(*d)),
        restarts.get(restarts.len() / 2).map_or(0, |d| ms(*d)),
        restarts.last().map_or(0, |d| ms(*d)),
        started.elapsed().as_secs_f64()
    );
    if !control {
        failed += 1;
    }
    println!("durability: {passed} passed, {failed} failed");
    assert_eq!(failed, 0, "acknowledged writes lost, database damaged or no restart after a kill");
}

/// How many migrations a database has recorded (none when there is no file
/// or no table yet).
async fn applied_migrations(dir: &Path) -> usize {
    let Ok(store) = Store::connect(&db_url(dir)).await else { return 0 };
    let n = store.db().query_all_raw(sql("SELECT version FROM seaql_migrations")).await.map_or(0, |rows| rows.len());
    store.close().await.unwrap();
    n
}

/// A kill while the schema is being created or upgraded (the first start,
/// or the first start of a new version) must leave a database that the next
/// start brings up to date.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "durability drill: run .ci/durability.sh"]
async fn sigkill_during_migration_leaves_a_database_that_starts() {
    let kills = (env_number("QUARTIER_DURABILITY_KILLS").unwrap_or(100) as usize / 5).max(1);
    let seed = env_number("QUARTIER_DURABILITY_SEED").unwrap_or_else(rand::random);
    let mut rng = StdRng::seed_from_u64(seed);
    let started = Instant::now();
    let url = "http://127.0.0.1:9";

    // How long a whole migration of a new database takes.
    let dir = tempfile::tempdir().unwrap();
    let t0 = Instant::now();
    let out = quartier(dir.path(), url).arg("migrate").output().await.unwrap();
    assert!(out.status.success(), "migrate: {}", String::from_utf8_lossy(&out.stderr));
    let full = t0.elapsed();
    let migrations = applied_migrations(dir.path()).await;
    println!("migration kills: {kills} kills, seed {seed}; migrating a new database takes {} ms", full.as_millis());

    let (mut passed, mut failed, mut halfway) = (0usize, 0usize, 0usize);
    for round in 1..=kills {
        let dir = tempfile::tempdir().unwrap();
        let mut child = quartier(dir.path(), url)
            .arg("migrate")
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        let delay = rng.random_range(0..=full.as_millis() as u64);
        tokio::time::sleep(Duration::from_millis(delay)).await;
        child.start_kill().unwrap();
        child.wait().await.unwrap();
        let applied = applied_migrations(dir.path()).await;
        if applied < migrations {
            halfway += 1;
        }
        let out = quartier(dir.path(), url).arg("migrate").output().await.unwrap();
        let checked =
            if out.status.success() { read_database(dir.path()).await.map(|_| ()) } else { Err(String::new()) };
        match checked {
            Ok(()) => passed += 1,
            Err(e) => {
                failed += 1;
                println!(
                    "migration kills: round {round} FAILED (killed after {delay} ms, {applied} of {migrations} \
                     migrations recorded): {}{e}",
                    String::from_utf8_lossy(&out.stderr).lines().next().unwrap_or_default()
                );
            }
        }
    }
    println!(
        "migration kills: {halfway} of {kills} kills landed before the schema was complete; elapsed {:.1} s",
        started.elapsed().as_secs_f64()
    );
    println!("migration kills: {passed} passed, {failed} failed");
    assert_eq!(failed, 0, "a kill during a migration left a database that does not start");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "backup drill: run .ci/backup-drill.sh"]
async fn backup_under_load_restores_to_a_working_instance() {
    let started = Instant::now();
    let live = tempfile::tempdir().unwrap();
    let mut server = Server::new(live.path());
    server.start().await.unwrap();
    let url = server.url();
    let (clients, conv) = residents(&url).await;
    let acked = Arc::new(Mutex::new(Acked::default()));
    let stop = Arc::new(AtomicBool::new(false));
    let handles = spawn_writers(&clients, &url, conv, 0, &stop, &acked);

    // Let the load build up, then back up while it goes on.
    tokio::time::sleep(Duration::from_secs(2)).await;
    let file = live.path().join("backup.db");
    let before = acked.lock().unwrap().clone();
    let before_n = before.entries.len() + before.messages.len();
    let t0 = Instant::now();
    let out = quartier(live.path(), &url).arg("backup").arg(&file).output().await.unwrap();
    let backup_took = t0.elapsed();
    assert!(out.status.success(), "backup: {}", String::from_utf8_lossy(&out.stderr));
    let during = {
        let a = acked.lock().unwrap();
        a.entries.len() + a.messages.len() - before_n
    };
    println!(
        "backup drill: backup of {} KiB under load took {} ms; {before_n} writes acknowledged before it, {during} \
         while it ran",
        std::fs::metadata(&file).unwrap().len() / 1024,
        backup_took.as_millis()
    );

    // Backups killed at random moments, still under load: none may leave a
    // file under its own name that is not a whole, sound backup. The delays
    // span the time one more backup takes now.
    let t0 = Instant::now();
    let out = quartier(live.path(), &url).arg("backup").arg(live.path().join("again.db")).output().await.unwrap();
    assert!(out.status.success(), "backup: {}", String::from_utf8_lossy(&out.stderr));
    let backup_took = t0.elapsed();
    let seed = env_number("QUARTIER_DURABILITY_SEED").unwrap_or_else(rand::random);
    let mut rng = StdRng::seed_from_u64(seed);
    let (mut cut_short, mut finished) = (0, 0);
    for i in 0..BACKUP_KILLS {
        let target = live.path().join(format!("cut-{i}.db"));
        let before = acked.lock().unwrap().clone();
        let mut child = quartier(live.path(), &url)
            .arg("backup")
            .arg(&target)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        tokio::time::sleep(Duration::from_millis(rng.random_range(0..=backup_took.as_millis() as u64))).await;
        child.start_kill().unwrap();
        child.wait().await.unwrap();
        if target.exists() {
            // Whole: sound, and with every write acknowledged before it began.
            let disk =
                read_database_at(&db_url_of(&target)).await.unwrap_or_else(|e| panic!("{}: {e}", target.display()));
            let lost = lost(&disk, &before);
            assert!(lost.is_empty(), "{} misses {} acknowledged writes", target.display(), lost.len());
            finished += 1;
        } else if live.path().join(format!("cut-{i}.db.partial")).exists() {
            cut_short += 1;
        }
    }
    println!(
        "backup drill: {BACKUP_KILLS} backups killed at random moments (seed {seed}): {cut_short} cut short mid-copy \
         left only FILE.partial, {finished} had finished and are sound, none left a damaged FILE"
    );

    tokio::time::sleep(Duration::from_millis(500)).await;
    stop.store(true, Ordering::Relaxed);
    for h in handles {
        let o = h.await.unwrap();
        assert!(o.wrong.is_none() && o.cut_at.is_none(), "a write failed under load: {:?}", o.wrong);
    }
    server.kill().await;
    assert!(during > 0, "no write was acknowledged while the backup ran; not under load");

    // Restore into a fresh directory and start there.
    let fresh = tempfile::tempdir().unwrap();
    let mut restored = Server::new(fresh.path());
    let t0 = Instant::now();
    let out = quartier(fresh.path(), &restored.url()).arg("restore").arg(&file).output().await.unwrap();
    assert!(out.status.success(), "restore: {}", String::from_utf8_lossy(&out.stderr));
    println!("backup drill: restore took {} ms", t0.elapsed().as_millis());
    let found = check_database(fresh.path(), &before).await.unwrap();
    println!("backup drill: integrity_check ok; all {found} writes acknowledged before the backup are in it");

    let start_took = restored.start().await.unwrap();
    let url = restored.url();
    let r = browser().get(format!("{url}/readyz")).send().await.unwrap();
    assert_eq!(r.status(), 200, "/readyz of the restored instance");
    // Log in afresh (the restored instance knows the accounts) and read data.
    let anna = log_in(&url, "anna@example.org").await;
    let (id, title) = before.entries.iter().next().map(|(i, t)| (*i, t.clone())).unwrap();
    let page = anna.get(format!("{url}/n/{SLUG}/help/{id}")).send().await.unwrap();
    assert_eq!(page.status(), 200);
    assert!(page.text().await.unwrap().contains(&title));
    let list = anna.get(format!("{url}/n/{SLUG}/help")).send().await.unwrap();
    assert_eq!(list.status(), 200);
    assert!(list.text().await.unwrap().contains("Dauertest"));
    // And it takes new writes.
    let new = post_entry(&anna, &url, "Nach der Wiederherstellung", "offer").await.unwrap();
    let page = anna.get(format!("{url}/n/{SLUG}/help/{new}")).send().await.unwrap();
    assert_eq!(page.status(), 200);
    restored.kill().await;
    let mut after = Acked::default();
    after.entries.insert(new, "Nach der Wiederherstellung".into());
    check_database(fresh.path(), &after).await.unwrap();
    println!(
        "backup drill: restored instance started in {} ms, ready, log-in, pages and new writes work; elapsed {:.1} s",
        start_took.as_millis(),
        started.elapsed().as_secs_f64()
    );
    println!("backup drill: 1 passed, 0 failed");
}

//! `TestApp` spawns the real application and gives logged-in clients for
//! every role.

use quartier_core::account::Email;
use quartier_core::locale::Preferences;
use quartier_core::neighbourhood::{Role, Slug};
use quartier_store::Store;
use quartier_store::accounts::NewUser;
use quartier_store::events::Holder;
use quartier_web::AppState;
use quartier_web::config::Config;
use reqwest::redirect::Policy;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;
use uuid::Uuid;

pub const PASSWORD: &str = "ein gutes Passwort";

pub struct TestApp {
    pub base: String,
    pub state: AppState,
    pub store: Store,
    pub outbox: PathBuf,
    /// Every statement the server (and the test's own store) runs.
    pub statements: quartier_store::StatementLog,
    _dir: tempfile::TempDir,
    _db: quartier_store::testing::TestDatabase,
}

/// The people and places of a small world, one per role.
pub struct World {
    pub nord: Uuid,
    pub operator: Uuid,
    pub coordinator: Uuid,
    pub moderator: Uuid,
    pub resident: Uuid,
    pub unverified: Uuid,
    pub other: Uuid,
    /// Memberships waiting in "nord", for confirm and decline.
    pub pending_a: Uuid,
    pub pending_b: Uuid,
    pub batch: Uuid,
    /// An open request by the resident, answered by the moderator.
    pub entry: Uuid,
    /// A second open request by the resident (for withdrawing).
    pub entry2: Uuid,
    pub conversation: Uuid,
    /// A message by the moderator in that conversation.
    pub message: Uuid,
    /// An open report about `entry`.
    pub report: Uuid,
    /// A club in "nord" (slug `buergerverein`), administered by the resident.
    pub org: Uuid,
    /// Another club, still waiting for the coordinator.
    pub org_pending: Uuid,
    /// A public news post of the club.
    pub news: Uuid,
    /// Events of the Bürgerverein (public, sign-up, 10 places).
    pub event: Uuid,
    pub event2: Uuid,
    /// The resident's own event inside Nord.
    pub nb_event: Uuid,
    /// An easy-language version of `entry`, waiting for review by the moderator.
    pub easy: Uuid,
    /// A members-only image of the Bürgerverein.
    pub image: Uuid,
    /// A group in Nord by request, run by the resident, with one topic.
    pub group: Uuid,
    pub topic: Uuid,
    /// A neighbour in Nord who edits for the Bürgerverein.
    pub editor: Uuid,
    /// A neighbour in Süd who administers a club there (not in Nord).
    pub outsider: Uuid,
    /// A neighbour in Nord who reviews easy-language texts for Nord.
    pub reviewer: Uuid,
    /// An open co-production project in Nord led by the resident, with a
    /// proposal open for votes.
    pub project: Uuid,
    pub proposal: Uuid,
    /// A published impact report of Nord (November 2026).
    pub impact_report: Uuid,
    /// The Bürgerverein as a partner of Nord's network; a measure of the
    /// network and a funding source it depends on.
    pub partner: Uuid,
    pub measure: Uuid,
    pub funding: Uuid,
    /// An open evaluation survey of that project, with a question of
    /// three faces and one for free text.
    pub survey: Uuid,
}

/// Serve the real application on `listener` in the background.
fn serve(listener: tokio::net::TcpListener, state: AppState) {
    tokio::spawn(async move {
        let app = quartier_web::app(state).into_make_service_with_connect_info::<std::net::SocketAddr>();
        axum::serve(listener, app).await.unwrap();
    });
}

impl TestApp {
    /// A second app server on the same database, with its own process
    /// state (caches) as `f` leaves it; its base address.
    pub async fn second_server(&self, f: impl FnOnce(&mut AppState)) -> String {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let mut state = AppState::new(self.store.clone(), (*self.state.config).clone()).unwrap();
        f(&mut state);
        serve(listener, state);
        format!("http://{addr}")
    }

    pub async fn new() -> Self {
        Self::with(|_| {}).await
    }

    pub async fn with(f: impl FnOnce(&mut Config)) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let (mut store, db) = quartier_store::testing::test_store(dir.path()).await.unwrap();
        let statements = store.log_statements();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let mut config = Config { database_url: store.url().to_string(), bind: addr, ..Config::default() };
        config.mail.outbox_dir = dir.path().join("outbox");
        f(&mut config);
        let state = AppState::new(store.clone(), config.clone()).unwrap();
        let app_state = state.clone();
        serve(listener, state);
        TestApp {
            base: format!("http://{addr}"),
            state: app_state,
            store,
            outbox: config.mail.outbox_dir.clone(),
            statements,
            _dir: dir,
            _db: db,
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// A browser without a session that does not follow redirects.
    pub fn client(&self) -> reqwest::Client {
        reqwest::Client::builder().cookie_store(true).redirect(Policy::none()).build().unwrap()
    }

    /// A client logged in as `user` (a fresh session of its own).
    pub async fn client_for(&self, user: Uuid) -> reqwest::Client {
        let token = self.store.create_session(user).await.unwrap();
        let jar = Arc::new(reqwest::cookie::Jar::default());
        jar.add_cookie_str(&format!("quartier_session={token}; Path=/"), &self.base.parse().unwrap());
        reqwest::Client::builder().cookie_provider(jar).redirect(Policy::none()).build().unwrap()
    }

    pub async fn user(&self, email: &str, name: &str, operator: bool) -> Uuid {
        // Hashing is slow on purpose; every test user has the same password,
        // so one hash (with its salt) serves them all.
        static HASH: std::sync::OnceLock<String> = std::sync::OnceLock::new();
        let hash = HASH.get_or_init(|| quartier_store::passwords::hash(PASSWORD).unwrap()).clone();
        self.store
            .create_user(NewUser {
                email: &Email::parse(email).unwrap(),
                password_hash: hash,
                display_name: name,
                prefs: Preferences::default(),
                operator,
                confirmed: true,
            })
            .await
            .unwrap()
            .id
    }

    pub async fn neighbourhood(&self, slug: &str, name: &str) -> Uuid {
        self.store
            .create_neighbourhood(&Slug::parse(slug).unwrap(), name, "Ein Quartier.", "Europe/Berlin")
            .await
            .unwrap()
            .id
    }

    /// "nord" (Nordviertel), the neighbourhood most tests play in.
    pub async fn nord(&self) -> Uuid {
        self.neighbourhood("nord", "Nordviertel").await
    }

    /// "sued" (Südviertel), a neighbourhood next door.
    pub async fn sued(&self) -> Uuid {
        self.neighbourhood("sued", "Südviertel").await
    }

    /// A new person who is a verified member of `n` with `role`.
    pub async fn member(&self, n: Uuid, email: &str, name: &str, role: Role) -> Uuid {
        let id = self.user(email, name, false).await;
        self.store.add_verified_member(id, n, role, None).await.unwrap();
        id
    }

    /// The world's coordinator (Carla Koordination, coord@example.org), of `n`.
    pub async fn coordinator_of(&self, n: Uuid) -> Uuid {
        self.member(n, "coord@example.org", "Carla Koordination", Role::Coordinator).await
    }

    /// The world's moderator (Mo Moderation, mod@example.org), in `n`.
    pub async fn moderator_in(&self, n: Uuid) -> Uuid {
        self.member(n, "mod@example.org", "Mo Moderation", Role::Moderator).await
    }

    /// The world's resident (Rita Resident, res@example.org), in `n`.
    pub async fn resident_in(&self, n: Uuid) -> Uuid {
        self.member(n, "res@example.org", "Rita Resident", Role::Resident).await
    }

    /// The world's operator (Olga Operator, op@example.org).
    pub async fn operator(&self) -> Uuid {
        self.user("op@example.org", "Olga Operator", true).await
    }

    /// The world's "other" (Otto Süd, other@example.org): coordinator of `n`,
    /// a neighbourhood that is not Nord.
    pub async fn other_coordinator_of(&self, n: Uuid) -> Uuid {
        self.member(n, "other@example.org", "Otto Süd", Role::Coordinator).await
    }

    /// A new person who asked to join `n`; the pending membership's id.
    pub async fn pending_in(&self, n: Uuid, email: &str, name: &str) -> Uuid {
        let id = self.user(email, name, false).await;
        self.store.request_membership(id, n).await.unwrap().id
    }

    /// An open request (`new_entry`) by `author` in `n`.
    pub async fn entry_by(&self, n: Uuid, author: Uuid, title: &str) -> Uuid {
        self.store.create_entry(new_entry(n, author, title)).await.unwrap().id
    }

    /// A conversation about `entry` between `helper` and its author, with
    /// one message by the helper: (conversation, message).
    pub async fn conversation_about(
        &self,
        n: Uuid,
        entry: Uuid,
        helper: Uuid,
        author: Uuid,
        text: &str,
    ) -> (Uuid, Uuid) {
        let (c, _) = self.store.conversation_for(n, Some(entry), helper, author).await.unwrap();
        let message = self.store.send_message(&c, helper, text).await.unwrap().id;
        (c.id, message)
    }

    /// What `c` gets for `path`, parsed.
    pub async fn get_page(&self, c: &reqwest::Client, path: &str) -> Page {
        Page::from(self.get(c, path).await).await
    }

    /// What `c` gets for `path`.
    pub async fn get(&self, c: &reqwest::Client, path: &str) -> reqwest::Response {
        c.get(self.url(path)).send().await.unwrap()
    }

    /// The statements the server runs to answer `c`'s GET of `path`
    /// (which must succeed). Nothing else may use the store meanwhile.
    pub async fn statements_for(&self, c: &reqwest::Client, path: &str) -> Vec<String> {
        self.statements.take();
        let r = self.get(c, path).await;
        assert!(r.status().is_success(), "{path}: {}", r.status());
        // The body is read, so the handler is done.
        r.bytes().await.unwrap();
        self.statements.take()
    }

    /// The same, for a request under another host name.
    pub async fn statements_for_on(&self, c: &reqwest::Client, path: &str, host: &str) -> Vec<String> {
        self.statements.take();
        let r = c.get(self.url(path)).header("host", host).send().await.unwrap();
        assert!(r.status().is_success(), "{path}: {}", r.status());
        r.bytes().await.unwrap();
        self.statements.take()
    }

    /// The statements with their values, to ask the database for their plans.
    pub async fn full_statements_for(
        &self,
        c: &reqwest::Client,
        path: &str,
    ) -> Vec<quartier_store::sea_orm::Statement> {
        self.statements.take();
        let r = self.get(c, path).await;
        assert!(r.status().is_success(), "{path}: {}", r.status());
        r.bytes().await.unwrap();
        self.statements.take_statements()
    }

    /// How many statements the server runs to answer `c`'s GET of `path`.
    pub async fn queries_for(&self, c: &reqwest::Client, path: &str) -> usize {
        self.statements_for(c, path).await.len()
    }

    /// `c` presses a button without fields at `path`.
    pub async fn post(&self, c: &reqwest::Client, path: &str) -> reqwest::Response {
        c.post(self.url(path)).send().await.unwrap()
    }

    /// `c` sends the form `fields` to `path`.
    pub async fn post_form<K: serde::Serialize, V: serde::Serialize>(
        &self,
        c: &reqwest::Client,
        path: &str,
        fields: &[(K, V)],
    ) -> reqwest::Response {
        c.post(self.url(path)).form(fields).send().await.unwrap()
    }

    /// Two neighbourhoods and one person per role.
    pub async fn world(&self) -> World {
        let nord = self.neighbourhood("nord", "Nordviertel").await;
        let sued = self.neighbourhood("sued", "Südviertel").await;
        let operator = self.user("op@example.org", "Olga Operator", true).await;
        let coordinator = self.user("coord@example.org", "Carla Koordination", false).await;
        let moderator = self.user("mod@example.org", "Mo Moderation", false).await;
        let resident = self.user("res@example.org", "Rita Resident", false).await;
        let unverified = self.user("unv@example.org", "Uwe Unbestätigt", false).await;
        let other = self.user("other@example.org", "Otto Süd", false).await;
        let pa = self.user("pa@example.org", "Paula Wartend", false).await;
        let pb = self.user("pb@example.org", "Peter Wartend", false).await;
        let s = &self.store;
        s.add_verified_member(coordinator, nord, Role::Coordinator, None).await.unwrap();
        s.add_verified_member(moderator, nord, Role::Moderator, None).await.unwrap();
        s.add_verified_member(resident, nord, Role::Resident, None).await.unwrap();
        s.request_membership(unverified, nord).await.unwrap();
        s.add_verified_member(other, sued, Role::Coordinator, None).await.unwrap();
        let pending_a = s.request_membership(pa, nord).await.unwrap().id;
        let pending_b = s.request_membership(pb, nord).await.unwrap().id;
        let batch = s.create_invite_batch(nord, 3, coordinator).await.unwrap();
        let entry = s.create_entry(new_entry(nord, resident, "Einkauf hochtragen")).await.unwrap().id;
        let entry2 = s.create_entry(new_entry(nord, resident, "Rasen mähen")).await.unwrap().id;
        let (c, _) = s.conversation_for(nord, Some(entry), moderator, resident).await.unwrap();
        let message = s.send_message(&c, moderator, "Ich kann helfen.").await.unwrap().id;
        let report =
            s.report(nord, resident, quartier_store::moderation::Reported::Entry(entry), "Test").await.unwrap().id;
        let profile = || quartier_store::organisations::OrgProfile {
            name: "Bürgerverein Nord".into(),
            kind: "club".into(),
            description: "Wir kümmern uns um den Stadtteil.".into(),
            ..Default::default()
        };
        let org =
            s.propose_organisation(nord, resident, &Slug::parse("buergerverein").unwrap(), profile()).await.unwrap().id;
        s.confirm_organisation(nord, org, coordinator).await.unwrap();
        let org_pending =
            s.propose_organisation(nord, moderator, &Slug::parse("chor").unwrap(), profile()).await.unwrap().id;
        let news = s.post_news(org, resident, "Sommerfest", "Am **Samstag** im Hof.", false).await.unwrap().id;
        // The moderator is invited to edit for the club and has not answered yet.
        s.invite_to_org(org, moderator, quartier_core::organisation::OrgRole::Editor, resident).await.unwrap();
        let details = quartier_store::events::EventDetails {
            title: "Smartphone-Treff".into(),
            category: "education".into(),
            venue: "Bürgerhaus, Saal 1".into(),
            step_free: true,
            capacity: Some(10),
            signup_required: true,
            ..Default::default()
        };
        let soon = s.now() + chrono::Duration::days(3);
        let when = [(soon, soon + chrono::Duration::hours(2))];
        let event = s.create_event(Holder::Organisation(org), resident, &details, &when).await.unwrap()[0].id;
        let event2 = s.create_event(Holder::Organisation(org), resident, &details, &when).await.unwrap()[0].id;
        let nb_event = s.create_event(Holder::Neighbourhood(nord), resident, &details, &when).await.unwrap()[0].id;
        let group = s
            .create_group(
                nord,
                resident,
                quartier_store::groups::GroupProfile {
                    name: "Lauftreff".into(),
                    kind: "interest".into(),
                    joining: "request".into(),
                    ..Default::default()
                },
            )
            .await
            .unwrap()
            .id;
        let topic = s.create_topic(group, resident, "Strecke am Sonntag", "Wer läuft mit?").await.unwrap().id;
        let image = s.save_image(org, resident, "image/png", 1, 1, true, vec![0x89, b'P', b'N', b'G']).await.unwrap();
        let nord_scope = quartier_store::easy::Scope { neighbourhood: Some(nord), organisation: None };
        s.add_reviewer(moderator, nord_scope, coordinator).await.unwrap();
        let easy = s
            .save_easy_version("help_entry", entry, nord_scope, resident, "Einkauf", "Ich brauche Hilfe.", true)
            .await
            .unwrap()
            .id;
        let editor = self.user("ed@example.org", "Edda Redaktion", false).await;
        s.add_verified_member(editor, nord, Role::Resident, None).await.unwrap();
        s.set_org_member(org, editor, quartier_core::organisation::OrgRole::Editor).await.unwrap();
        let outsider = self.user("out@example.org", "Oskar Südchor", false).await;
        s.add_verified_member(outsider, sued, Role::Resident, None).await.unwrap();
        let sued_org =
            s.propose_organisation(sued, outsider, &Slug::parse("suedchor").unwrap(), profile()).await.unwrap().id;
        s.confirm_organisation(sued, sued_org, other).await.unwrap();
        let reviewer = self.user("rev@example.org", "Rena Prüferin", false).await;
        s.add_verified_member(reviewer, nord, Role::Resident, None).await.unwrap();
        s.add_reviewer(reviewer, nord_scope, coordinator).await.unwrap();
        let (project, proposal) =
            self.project_in(nord, resident, "Unser Café", quartier_core::coproduction::Joining::Open).await;
        let november = quartier_core::impact::Period::parse("2026-11-01", "2026-11-30").unwrap();
        let impact_report = s.publish_impact(nord, november, "{}", coordinator).await.unwrap().id;
        let partner = s
            .create_partner(
                nord,
                quartier_store::network::NewPartner {
                    name: "Bürgerverein Nord".into(),
                    kind: quartier_core::network::PartnerKind::Nonprofit,
                    organisation: Some(org),
                    contact: "Rita Resident".into(),
                    role: "Trägt das Nachbarschaftscafé.".into(),
                },
            )
            .await
            .unwrap()
            .id;
        let measure = s
            .create_measure(
                nord,
                quartier_store::network::NewMeasure {
                    name: "Nachbarschaftscafé".into(),
                    description: String::new(),
                    activity: quartier_core::network::Activity::Help,
                    cost_cents: 360_000,
                    currency: "EUR".into(),
                },
            )
            .await
            .unwrap()
            .id;
        let funding = s
            .create_funding(
                nord,
                quartier_store::network::NewFunding {
                    name: "Quartiersfonds".into(),
                    kind: quartier_core::network::FundingKind::Municipal,
                    funder: None,
                    amount_cents: 1_200_000,
                    currency: "EUR".into(),
                    starts_on: chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
                    ends_on: chrono::NaiveDate::from_ymd_opt(2028, 12, 31).unwrap(),
                    conditions: String::new(),
                    measures: vec![measure],
                },
            )
            .await
            .unwrap()
            .id;
        let survey = self.survey_in(project, resident).await;
        World {
            impact_report,
            partner,
            measure,
            funding,
            project,
            proposal,
            survey,
            editor,
            outsider,
            reviewer,
            easy,
            image,
            group,
            topic,
            event,
            event2,
            nb_event,
            org,
            org_pending,
            news,
            entry,
            entry2,
            conversation: c.id,
            message,
            report,
            nord,
            operator,
            coordinator,
            moderator,
            resident,
            unverified,
            other,
            pending_a,
            pending_b,
            batch,
        }
    }

    /// A co-production project in `n` started by `starter` (a staff member),
    /// with one proposal open for a week.
    pub async fn project_in(
        &self,
        n: Uuid,
        starter: Uuid,
        title: &str,
        joining: quartier_core::coproduction::Joining,
    ) -> (Uuid, Uuid) {
        use quartier_core::coproduction::{PartRole, ProposalKind, Rule};
        let s = &self.store;
        let p = s
            .create_project(
                n,
                starter,
                quartier_store::coproduction::NewProject {
                    title: title.into(),
                    goal: "Ein Café im Tageszentrum, das wir selbst führen.".into(),
                    joining,
                    organisation: None,
                    role: PartRole::Staff,
                },
            )
            .await
            .unwrap();
        let pr = s
            .create_proposal(
                &p,
                starter,
                quartier_store::coproduction::NewProposal {
                    kind: ProposalKind::Decision,
                    title: "Öffnungszeiten".into(),
                    body: "Dienstag und Donnerstag, 14 bis 17 Uhr.".into(),
                    rule: Rule::Majority,
                    quorum: 50,
                    closes_at: s.now() + chrono::Duration::days(7),
                    secret: false,
                },
            )
            .await
            .unwrap();
        (p.id, pr.id)
    }

    /// An open survey in `project` written by `by`: three faces, free text.
    pub async fn survey_in(&self, project: Uuid, by: Uuid) -> Uuid {
        use quartier_core::checking::{QuestionKind, SurveyStatus};
        let s = &self.store;
        let survey = s.create_survey(project, by, "Wie gefällt Ihnen das Café?").await.unwrap();
        s.add_survey_question(
            survey.id,
            QuestionKind::Smileys3,
            "Wie gefällt Ihnen der Kaffee?",
            "Schmeckt der Kaffee?",
        )
        .await
        .unwrap();
        s.add_survey_question(survey.id, QuestionKind::FreeText, "Was sollen wir ändern?", "Was soll anders sein?")
            .await
            .unwrap();
        s.move_survey(survey.id, SurveyStatus::Draft, SurveyStatus::Open).await.unwrap();
        survey.id
    }

    /// All mails to `to` once there are at least `n`, waiting up to five seconds.
    pub async fn mails_to(&self, to: &str, n: usize) -> Vec<String> {
        for _ in 0..100 {
            quartier_web::worker::drain(&self.state).await.unwrap();
            let mut found = Vec::new();
            if let Ok(mut rd) = tokio::fs::read_dir(&self.outbox).await {
                while let Ok(Some(e)) = rd.next_entry().await {
                    let text = decode_qp(&tokio::fs::read_to_string(e.path()).await.unwrap_or_default());
                    if text.contains(&format!("To: {to}")) {
                        found.push(text);
                    }
                }
            }
            if found.len() >= n {
                return found;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("fewer than {n} mails to {to}");
    }

    /// Run every due job; fail when one is left behind.
    pub async fn drain_jobs(&self) {
        quartier_web::worker::drain(&self.state).await.unwrap();
        assert_eq!(self.store.pending_jobs().await.unwrap(), 0, "a job was left behind");
    }

    /// The newest mail to `to`, waiting up to five seconds for it.
    pub async fn mail_to(&self, to: &str) -> String {
        for _ in 0..100 {
            quartier_web::worker::drain(&self.state).await.unwrap();
            if let Ok(mut rd) = tokio::fs::read_dir(&self.outbox).await {
                let mut found: Vec<(std::time::SystemTime, String)> = Vec::new();
                while let Ok(Some(e)) = rd.next_entry().await {
                    let p = e.path();
                    if p.extension().is_some_and(|x| x == "eml") {
                        let text = tokio::fs::read_to_string(&p).await.unwrap_or_default();
                        let text = decode_qp(&text);
                        if text.contains(&format!("To: {to}")) {
                            let t = e.metadata().await.unwrap().modified().unwrap();
                            found.push((t, text));
                        }
                    }
                }
                found.sort_by_key(|f| f.0);
                if let Some((_, t)) = found.pop() {
                    return t;
                }
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let files: Vec<String> = std::fs::read_dir(&self.outbox)
            .map(|rd| {
                rd.filter_map(|e| e.ok()).map(|e| std::fs::read_to_string(e.path()).unwrap_or_default()).collect()
            })
            .unwrap_or_default();
        panic!("no mail to {to} in {}: {files:?}", self.outbox.display());
    }
}

/// The first link in a mail that starts with the app's address.
pub fn link_in(mail: &str, base: &str) -> String {
    let start = mail.find(base).expect("link in mail");
    mail[start..].split_whitespace().next().unwrap().to_string()
}

/// Assert that `r` sends the browser on (303 See Other); where to.
#[track_caller]
pub fn redirected(r: &reqwest::Response) -> String {
    assert_eq!(r.status(), 303, "expected a redirect, got {} for {}", r.status(), r.url());
    location(r)
}

pub fn location(r: &reqwest::Response) -> String {
    r.headers().get("location").map(|v| v.to_str().unwrap().to_string()).unwrap_or_default()
}

/// Parsed HTML with a CSS-selector helper.
pub struct Page(pub scraper::Html);

impl Page {
    pub async fn from(r: reqwest::Response) -> Self {
        Page(scraper::Html::parse_document(&r.text().await.unwrap()))
    }

    pub fn texts(&self, sel: &str) -> Vec<String> {
        let s = scraper::Selector::parse(sel).unwrap();
        self.0.select(&s).map(|e| e.text().collect::<String>().trim().to_string()).collect()
    }

    pub fn text(&self, sel: &str) -> String {
        self.texts(sel).into_iter().next().unwrap_or_default()
    }

    pub fn attr(&self, sel: &str, attr: &str) -> Option<String> {
        let s = scraper::Selector::parse(sel).unwrap();
        self.0.select(&s).next().and_then(|e| e.value().attr(attr)).map(str::to_string)
    }

    pub fn count(&self, sel: &str) -> usize {
        let s = scraper::Selector::parse(sel).unwrap();
        self.0.select(&s).count()
    }
}

/// Undo quoted-printable (soft line breaks and =XX) so tests read mails as sent.
pub fn decode_qp(s: &str) -> String {
    let s = s.replace("=\r\n", "").replace("=\n", "");
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'='
            && i + 2 < b.len()
            && let Ok(v) = u8::from_str_radix(std::str::from_utf8(&b[i + 1..i + 3]).unwrap_or("zz"), 16)
        {
            out.push(v);
            i += 3;
            continue;
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// A plain open request for tests.
pub fn new_entry(n: Uuid, author: Uuid, title: &str) -> quartier_store::help::NewEntry {
    quartier_store::help::NewEntry {
        neighbourhood_id: n,
        author_id: author,
        kind: quartier_core::help::Kind::Request,
        category: "shopping".into(),
        title: title.into(),
        body: String::new(),
        on_date: None,
        time_from: None,
        time_to: None,
        weekly: false,
        urgency: "normal".into(),
        visibility: quartier_core::help::Visibility::Neighbours,
        area: String::new(),
        on_behalf: None,
        minutes: 60,
    }
}

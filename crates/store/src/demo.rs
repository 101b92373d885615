//! A realistic German demo quarter, and larger synthetic data for benchmarks.
//!
//! The demo accounts are fixed so that guides and tests can name them; all
//! share the demo password, which the server accepts only in demo mode.

use crate::accounts::NewUser;
use crate::entity::{membership, user};
use crate::help::NewEntry;
use crate::{Result, Store, StoreError, new_id, passwords};
use quartier_core::account::{DEMO_PASSWORD, Email};
use quartier_core::locale::Preferences;
use quartier_core::neighbourhood::{MembershipStatus, Role, Slug};
use sea_orm::{ActiveValue::Set, EntityTrait};
use uuid::Uuid;

pub const DEMO_SLUG: &str = "lindenviertel";
pub const DEMO_OTHER_SLUG: &str = "am-muehlbach";

/// The fixed demo logins: (e-mail, name, what they are).
pub const DEMO_ACCOUNTS: &[(&str, &str, &str)] = &[
    ("admin@example.org", "Betrieb Quartier", "operator"),
    ("koordination@example.org", "Petra Lehmann", "coordinator of the Lindenviertel"),
    ("anna@example.org", "Anna Schneider", "verified resident"),
    ("ben@example.org", "Ben Yılmaz", "verified resident"),
    ("verein@example.org", "Helga Brandt", "resident, chairs the Bürgerverein"),
];

const RESIDENTS: &[&str] = &[
    "Gertrud Hoffmann",
    "Klaus Wagner",
    "Fatma Demir",
    "Jonas Becker",
    "Marie Schulz",
    "Erich Krüger",
    "Sabine Wolf",
    "Luca Romano",
    "Irina Petrova",
    "Hans-Peter Weber",
    "Aylin Kaya",
    "Thomas Richter",
    "Ingrid Zimmermann",
    "Mohammed Al-Hassan",
    "Lena Fischer",
    "Wolfgang Braun",
];

fn err(e: String) -> StoreError {
    StoreError::Other(e)
}

impl Store {
    /// Whether the demo data is there already.
    pub async fn demo_seeded(&self) -> Result<bool> {
        Ok(self.neighbourhood_by_slug(DEMO_SLUG).await.is_ok())
    }

    /// Fill the demo quarter. Idempotent: does nothing when it exists.
    pub async fn seed_demo(&self) -> Result<()> {
        if self.demo_seeded().await? {
            return Ok(());
        }
        let hash = tokio::task::spawn_blocking(|| passwords::hash(DEMO_PASSWORD))
            .await
            .map_err(|e| err(e.to_string()))?
            .map_err(err)?;
        let linden = self
            .create_neighbourhood(
                &Slug::parse(DEMO_SLUG).map_err(|e| err(e.to_string()))?,
                "Lindenviertel",
                "Das Lindenviertel liegt zwischen Bahnhof und Stadtpark: Altbauten, ein Wochenmarkt am Lindenplatz, \
                 die Grundschule an der Gartenstraße und viele Menschen, die sich gegenseitig helfen. \
                 Hier fragen und bieten Nachbarinnen und Nachbarn kleine Hilfe an und erfahren, was im Viertel los ist.",
                "Europe/Berlin",
            )
            .await?;
        let muehlbach = self
            .create_neighbourhood(
                &Slug::parse(DEMO_OTHER_SLUG).map_err(|e| err(e.to_string()))?,
                "Am Mühlbach",
                "Das Dorf am Mühlbach hat 1.800 Einwohnerinnen und Einwohner, einen Dorfladen und eine Freiwillige Feuerwehr.",
                "Europe/Berlin",
            )
            .await?;
        let mut ids = Vec::new();
        for (email, name, _) in DEMO_ACCOUNTS {
            let e = Email::parse(email).map_err(|e| err(e.to_string()))?;
            let u = self
                .create_user(NewUser {
                    email: &e,
                    password_hash: hash.clone(),
                    display_name: name,
                    prefs: Preferences::default(),
                    operator: *email == "admin@example.org",
                    confirmed: true,
                })
                .await?;
            ids.push(u.id);
        }
        let (coord, anna, ben, verein) = (ids[1], ids[2], ids[3], ids[4]);
        self.add_verified_member(coord, linden.id, Role::Coordinator, None).await?;
        for id in [anna, ben, verein] {
            self.add_verified_member(id, linden.id, Role::Resident, Some(coord)).await?;
        }
        self.set_profile(
            anna,
            "Anna Schneider",
            "Ich wohne seit 30 Jahren in der Gartenstraße und gieße gern Blumen für Nachbarn im Urlaub.",
            false,
        )
        .await?;
        self.set_profile(verein, "Helga Brandt", "Vorsitzende des Bürgervereins Lindenviertel e. V.", true).await?;
        for (i, name) in RESIDENTS.iter().enumerate() {
            let local: String = name
                .to_lowercase()
                .chars()
                .map(|c| match c {
                    'ä' => 'a',
                    'ö' => 'o',
                    'ü' => 'u',
                    'ı' => 'i',
                    c if c.is_ascii_alphanumeric() => c,
                    _ => '.',
                })
                .collect();
            let e = Email::parse(&format!("{local}@example.org")).map_err(|e| err(e.to_string()))?;
            let u = self
                .create_user(NewUser {
                    email: &e,
                    password_hash: hash.clone(),
                    display_name: name,
                    prefs: Preferences::default(),
                    operator: false,
                    confirmed: true,
                })
                .await?;
            match i % 6 {
                // A few wait for the coordinator.
                0 => {
                    self.request_membership(u.id, linden.id).await?;
                }
                5 => self.add_verified_member(u.id, muehlbach.id, Role::Resident, None).await?,
                3 => self.add_verified_member(u.id, linden.id, Role::Moderator, Some(coord)).await?,
                _ => self.add_verified_member(u.id, linden.id, Role::Resident, Some(coord)).await?,
            }
        }
        if let Some(mm) = self.verified_members(muehlbach.id, crate::paging::Cursor::First).await?.items.first() {
            self.set_role(muehlbach.id, mm.membership.id, Role::Coordinator).await?;
        }
        self.create_invite_batch(linden.id, 8, coord).await?;
        self.audit(Some(linden.id), Some(coord), "invite_codes_created", None, "8").await?;
        self.seed_demo_help(linden.id, coord, anna, ben, verein).await?;
        self.seed_demo_organisations(linden.id, coord, verein, ben).await
    }

    /// The Bürgerverein (run by the demo club account) and the parish.
    async fn seed_demo_organisations(&self, n: Uuid, coord: Uuid, verein: Uuid, ben: Uuid) -> Result<()> {
        use crate::organisations::OrgProfile;
        let slug = |s: &str| Slug::parse(s).map_err(|e| err(e.to_string()));
        let club = self
            .propose_organisation(
                n,
                verein,
                &slug("buergerverein-lindenviertel")?,
                OrgProfile {
                    name: "Bürgerverein Lindenviertel e. V.".into(),
                    kind: "club".into(),
                    description: "Seit 1952 setzen wir uns für ein lebenswertes Lindenviertel ein: Straßenfest, Seniorennachmittag, \
                                  Patenschaften für Baumscheiben und ein offenes Ohr für alle, die neu hierherziehen."
                        .into(),
                    contact: "Sprechstunde donnerstags 16–18 Uhr im Nachbarschaftstreff, Lindenplatz 4".into(),
                    opening_hours: "Donnerstag 16–18 Uhr".into(),
                    step_free: true,
                    accessible_toilet: true,
                    hearing_loop: false,
                    website: String::new(),
                    social: String::new(),
                },
            )
            .await?;
        self.confirm_organisation(n, club.id, coord).await?;
        self.set_org_member(club.id, ben, quartier_core::organisation::OrgRole::Editor).await?;
        self.post_news(club.id, verein, "Straßenfest am Lindenplatz", "Am **14. Juni** feiern wir wieder: Flohmarkt, Kuchen, Musik. Wer einen Stand möchte, meldet sich in der Sprechstunde.", false)
            .await?;
        self.post_news(
            club.id,
            verein,
            "Einladung zur Mitgliederversammlung",
            "Die Versammlung ist am 3. März um 19 Uhr im Nachbarschaftstreff.",
            true,
        )
        .await?;
        let parish = self
            .propose_organisation(
                n,
                coord,
                &slug("st-marien")?,
                OrgProfile {
                    name: "Kirchengemeinde St. Marien".into(),
                    kind: "parish".into(),
                    description: "Offene Kirche, Mittagstisch am Mittwoch und ein Besuchsdienst für ältere Menschen."
                        .into(),
                    contact: "Gemeindebüro: Di und Fr 9–12 Uhr".into(),
                    opening_hours: String::new(),
                    step_free: false,
                    accessible_toilet: false,
                    hearing_loop: true,
                    website: String::new(),
                    social: String::new(),
                },
            )
            .await?;
        self.confirm_organisation(n, parish.id, coord).await?;
        self.seed_demo_events(club.id, parish.id, verein, coord).await
    }

    /// A weekly smartphone meet-up with few places, a street party and the
    /// parish's lunch, all in the coming weeks.
    async fn seed_demo_events(&self, club: Uuid, parish: Uuid, verein: Uuid, coord: Uuid) -> Result<()> {
        use crate::events::{EventDetails, Holder};
        use chrono::{Datelike, Duration, NaiveTime};
        use quartier_core::event::local_to_utc;
        let tz = quartier_core::event::chrono_tz::Europe::Berlin;
        let today = self.now().with_timezone(&tz).date_naive();
        let next = |weekday: u32| {
            today + Duration::days(i64::from((6 + weekday - today.weekday().num_days_from_monday()) % 7 + 1))
        };
        let at = |d: chrono::NaiveDate, h: u32, m: u32| {
            local_to_utc(tz, d.and_time(NaiveTime::from_hms_opt(h, m, 0).unwrap_or(NaiveTime::MIN)))
        };
        let thursday = next(3);
        let weekly: Vec<_> = (0..8)
            .map(|w| {
                let d = thursday + Duration::weeks(w);
                (at(d, 15, 0), at(d, 16, 30))
            })
            .collect();
        self.create_event(
            Holder::Organisation(club),
            verein,
            &EventDetails {
                title: "Smartphone-Treff".into(),
                description: "Fragen zum Handy? Jugendliche aus dem Viertel helfen – in Ruhe und ohne Fachwörter. Bringen Sie Ihr Gerät und das Ladekabel mit.".into(),
                category: "education".into(),
                venue: "Nachbarschaftstreff, Lindenplatz 4 (Erdgeschoss)".into(),
                step_free: true,
                accessible_toilet: true,
                capacity: Some(8),
                signup_required: true,
                ..Default::default()
            },
            &weekly,
        )
        .await?;
        let party = next(5) + Duration::weeks(2);
        self.create_event(
            Holder::Organisation(club),
            verein,
            &EventDetails {
                title: "Straßenfest am Lindenplatz".into(),
                description: "Flohmarkt, Kuchen, Musik. Wer einen Stand möchte, meldet sich in der Sprechstunde."
                    .into(),
                category: "culture".into(),
                all_day: true,
                venue: "Lindenplatz".into(),
                step_free: true,
                ..Default::default()
            },
            &[(at(party, 0, 0), at(party + Duration::days(1), 0, 0))],
        )
        .await?;
        let wednesday = next(2);
        let lunch: Vec<_> = (0..6)
            .map(|w| {
                let d = wednesday + Duration::weeks(w);
                (at(d, 12, 0), at(d, 13, 30))
            })
            .collect();
        self.create_event(
            Holder::Organisation(parish),
            coord,
            &EventDetails {
                title: "Mittagstisch".into(),
                description: "Ein warmes Essen in Gesellschaft. Wer nicht zahlen kann, isst trotzdem mit.".into(),
                category: "seniors".into(),
                venue: "Gemeindehaus St. Marien, Kirchplatz 3".into(),
                hearing_loop: true,
                cost: "3 Euro".into(),
                ..Default::default()
            },
            &lunch,
        )
        .await?;
        Ok(())
    }

    /// Requests and offers that make the demo quarter look lived in.
    async fn seed_demo_help(&self, n: Uuid, coord: Uuid, anna: Uuid, ben: Uuid, verein: Uuid) -> Result<()> {
        use quartier_core::help::{Kind, Visibility};
        let today = self.now().date_naive();
        let e = |author: Uuid, kind: Kind, category: &str, title: &str, body: &str, days: Option<i64>, area: &str| {
            NewEntry {
                neighbourhood_id: n,
                author_id: author,
                kind,
                category: category.into(),
                title: title.into(),
                body: body.into(),
                on_date: days.map(|d| today + chrono::Duration::days(d)),
                time_from: None,
                time_to: None,
                weekly: false,
                urgency: "normal".into(),
                visibility: Visibility::Neighbours,
                area: area.into(),
                on_behalf: None,
                minutes: 60,
            }
        };
        let shopping = self
            .create_entry(e(
                anna,
                Kind::Request,
                "shopping",
                "Wer trägt mir am Donnerstag den Einkauf in den 3. Stock?",
                "Ich komme gegen 11 Uhr vom Wochenmarkt. Zwei Taschen, nicht zu schwer.",
                Some(2),
                "Gartenstraße",
            ))
            .await?;
        self.create_entry(e(
            ben,
            Kind::Offer,
            "technology",
            "Hilfe mit Smartphone und Tablet",
            "Ich erkläre gern WhatsApp, Fotos und Online-Banking – in Ruhe und so oft wie nötig. Am liebsten abends.",
            None,
            "Lindenplatz",
        ))
        .await?;
        self.create_entry(e(
            verein,
            Kind::Offer,
            "visits",
            "Besuchsdienst des Bürgervereins",
            "Wir besuchen Sie gern zu Hause, zum Reden, Vorlesen oder Spazierengehen.",
            None,
            "",
        ))
        .await?;
        let mut behalf = e(
            coord,
            Kind::Request,
            "accompanying",
            "Begleitung zur Augenärztin",
            "Frau M. braucht am Dienstag Begleitung, der Termin ist um 9:30 Uhr. Bitte im Quartiersbüro melden.",
            Some(5),
            "Bahnhofstraße",
        );
        behalf.on_behalf = Some("Frau Gertrud M.".into());
        self.create_entry(behalf).await?;
        self.create_entry(e(anna, Kind::Request, "garden", "Hecke schneiden im Hinterhof", "", None, "Gartenstraße"))
            .await?;
        let (c, _) = self.conversation_for(n, Some(shopping.id), ben, anna).await?;
        self.send_message(&c, ben, "Hallo Anna, ich kann am Donnerstag helfen. Passt 11 Uhr am Markt?").await?;
        Ok(())
    }

    /// Synthetic data for benchmarks: `n` neighbourhoods with 300 to 3,000
    /// verified residents each. All share one password hash to keep this fast.
    pub async fn seed_scale(&self, n: u32) -> Result<u64> {
        let hash = tokio::task::spawn_blocking(|| passwords::hash("benchmark-password"))
            .await
            .map_err(|e| err(e.to_string()))?
            .map_err(err)?;
        let mut total = 0u64;
        for i in 0..n {
            let slug = format!("bench-{i:04}");
            let nb = match self.neighbourhood_by_slug(&slug).await {
                Ok(_) => continue,
                Err(_) => {
                    self.create_neighbourhood(
                        &Slug::parse(&slug).map_err(|e| err(e.to_string()))?,
                        &format!("Quartier {}", i + 1),
                        "Ein erzeugtes Quartier für Lastmessungen.",
                        "Europe/Berlin",
                    )
                    .await?
                }
            };
            // The first neighbourhood is the big one the benchmarks measure.
            let size = if i == 0 { 5000 } else { 300 + (u64::from(i) * 7919 % 2700) };
            let t = self.now();
            let mut users = Vec::new();
            let mut members = Vec::new();
            for j in 0..size {
                let id = new_id();
                users.push(user::ActiveModel {
                    id: Set(id),
                    email: Set(format!("r{j}@{slug}.example.org")),
                    email_confirmed_at: Set(Some(t)),
                    password_hash: Set(hash.clone()),
                    display_name: Set(format!("{} {}", RESIDENTS[(j as usize) % RESIDENTS.len()], j)),
                    bio: Set(String::new()),
                    profile_public: Set(false),
                    locale: Set("de".into()),
                    text_size: Set("normal".into()),
                    contrast: Set("normal".into()),
                    is_operator: Set(false),
                    created_at: Set(t),
                    deleted_at: Set(None),
                });
                members.push(membership::ActiveModel {
                    id: Set(new_id()),
                    user_id: Set(id),
                    neighbourhood_id: Set(nb.id),
                    role: Set(if j == 0 { Role::Coordinator } else { Role::Resident }.tag().into()),
                    status: Set(MembershipStatus::Verified.tag().into()),
                    created_at: Set(t),
                    verified_at: Set(Some(t)),
                    verified_by: Set(None),
                    via_code: Set(false),
                    last_seen_at: Set(None),
                    new_since: Set(None),
                });
            }
            for chunk in users.chunks(500) {
                user::Entity::insert_many(chunk.to_vec()).exec(self.db()).await?;
            }
            for chunk in members.chunks(500) {
                membership::Entity::insert_many(chunk.to_vec()).exec(self.db()).await?;
            }
            if i == 0 {
                let ids: Vec<Uuid> = users.iter().filter_map(|u| u.id.clone().try_as_ref().copied()).collect();
                self.seed_scale_help(nb.id, &ids).await?;
                self.seed_scale_events(nb.id, &ids).await?;
            }
            total += size;
        }
        Ok(total)
    }
}

impl Store {
    /// 200 organisations with 20,000 events over two months back and ten
    /// ahead, for the calendar benchmarks. The first is `bench-verein-000`.
    async fn seed_scale_events(&self, n: Uuid, people: &[Uuid]) -> Result<()> {
        use crate::entity::{event, organisation, organisation_neighbourhood};
        let t = self.now();
        let mut orgs = Vec::new();
        let mut links = Vec::new();
        for k in 0..200usize {
            let id = crate::new_id();
            orgs.push(organisation::ActiveModel {
                id: Set(id),
                slug: Set(format!("bench-verein-{k:03}")),
                name: Set(format!("Verein Nummer {k}")),
                kind: Set("club".into()),
                description: Set("Ein erzeugter Verein mit einer kurzen Beschreibung seiner Arbeit im Quartier.".into()),
                contact: Set("Sprechstunde dienstags".into()),
                opening_hours: Set(String::new()),
                step_free: Set(k % 2 == 0),
                accessible_toilet: Set(false),
                hearing_loop: Set(k % 5 == 0),
                website: Set(String::new()),
                social: Set(String::new()),
                proposed_by: Set(Some(people[k % people.len()])),
                created_at: Set(t),
                updated_at: Set(t),
            });
            links.push(organisation_neighbourhood::ActiveModel {
                id: Set(crate::new_id()),
                organisation_id: Set(id),
                neighbourhood_id: Set(n),
                status: Set("confirmed".into()),
                confirmed_by: Set(None),
                created_at: Set(t),
            });
        }
        let ids: Vec<Uuid> = orgs.iter().filter_map(|o| o.id.clone().try_as_ref().copied()).collect();
        organisation::Entity::insert_many(orgs).exec(self.db()).await?;
        organisation_neighbourhood::Entity::insert_many(links).exec(self.db()).await?;
        let mut rows = Vec::with_capacity(500);
        for k in 0..20_000usize {
            let start = t + chrono::Duration::minutes((k as i64 - 3_300) * 26);
            rows.push(event::ActiveModel {
                id: Set(crate::new_id()),
                neighbourhood_id: Set(None),
                organisation_id: Set(Some(ids[k % ids.len()])),
                group_id: Set(None),
                series_id: Set(None),
                author_id: Set(None),
                title: Set(format!("Veranstaltung {k}: Treffen, Kurs oder Fest")),
                description: Set("Eine kurze Beschreibung.".into()),
                category: Set(quartier_core::event::CATEGORIES[k % quartier_core::event::CATEGORIES.len()].into()),
                starts_at: Set(start),
                ends_at: Set(start + chrono::Duration::hours(2)),
                all_day: Set(false),
                venue: Set("Bürgerhaus".into()),
                online_url: Set(String::new()),
                step_free: Set(k % 2 == 0),
                accessible_toilet: Set(false),
                hearing_loop: Set(k % 5 == 0),
                cost: Set(String::new()),
                capacity: Set(Some(20)),
                signup_required: Set(k % 4 == 0),
                taken: Set(0),
                cancelled: Set(false),
                hidden_reason: Set(None),
                created_at: Set(t),
                updated_at: Set(t),
            });
            if rows.len() == 500 {
                event::Entity::insert_many(std::mem::take(&mut rows)).exec(self.db()).await?;
            }
        }
        if !rows.is_empty() {
            event::Entity::insert_many(rows).exec(self.db()).await?;
        }
        Ok(())
    }

    /// 50,000 past and open entries among the residents, and 200
    /// conversations for the second resident (`r1@…`), for the benchmarks.
    async fn seed_scale_help(&self, n: Uuid, people: &[Uuid]) -> Result<()> {
        use crate::entity::{conversation, help_entry, message};
        use quartier_core::help::CATEGORIES;
        let t = self.now();
        let mut rows = Vec::with_capacity(1000);
        for k in 0..50_000usize {
            let author = people[k * 7 % people.len()];
            let open = k % 10 == 0;
            let created = t - chrono::Duration::minutes((50_000 - k) as i64 * 10);
            rows.push(help_entry::ActiveModel {
                id: Set(crate::new_id()),
                neighbourhood_id: Set(n),
                author_id: Set(author),
                kind: Set(if k % 3 == 0 { "offer" } else { "request" }.into()),
                category: Set(CATEGORIES[k % CATEGORIES.len()].into()),
                title: Set(format!("Hilfe Nummer {k}: Einkauf, Begleitung oder Garten")),
                body: Set("Eine kurze Beschreibung mit ein paar Sätzen, wie sie Nachbarn schreiben.".into()),
                on_date: Set(None),
                time_from: Set(None),
                time_to: Set(None),
                weekly: Set(false),
                urgency: Set("normal".into()),
                visibility: Set("neighbours".into()),
                area: Set(String::new()),
                on_behalf: Set(None),
                minutes: Set(60),
                status: Set(if open { "open" } else { "done" }.into()),
                helper_id: Set(if open { None } else { Some(people[(k * 7 + 1) % people.len()]) }),
                hidden_reason: Set(None),
                created_at: Set(created),
                updated_at: Set(created),
                expires_at: Set(if open {
                    t + chrono::Duration::days(30)
                } else {
                    created + chrono::Duration::days(30)
                }),
            });
            if rows.len() == 500 {
                help_entry::Entity::insert_many(std::mem::take(&mut rows)).exec(self.db()).await?;
            }
        }
        if !rows.is_empty() {
            help_entry::Entity::insert_many(rows).exec(self.db()).await?;
        }
        let me = people[1];
        let mut convs = Vec::new();
        let mut msgs = Vec::new();
        for k in 0..200usize {
            let other = people[(k + 2) % people.len()];
            let id = crate::new_id();
            let at = t - chrono::Duration::minutes(k as i64);
            convs.push(conversation::ActiveModel {
                id: Set(id),
                neighbourhood_id: Set(n),
                entry_id: Set(None),
                a_id: Set(other),
                b_id: Set(me),
                created_at: Set(at),
                last_message_at: Set(at),
                a_read_at: Set(Some(at)),
                b_read_at: Set(None),
            });
            for m in 0..5 {
                msgs.push(message::ActiveModel {
                    id: Set(crate::new_id()),
                    conversation_id: Set(id),
                    author_id: Set(if m % 2 == 0 { other } else { me }),
                    body: Set("Hallo, passt es morgen um zehn?".into()),
                    hidden_reason: Set(None),
                    created_at: Set(at),
                });
            }
        }
        for c in convs.chunks(200) {
            conversation::Entity::insert_many(c.to_vec()).exec(self.db()).await?;
        }
        for c in msgs.chunks(500) {
            message::Entity::insert_many(c.to_vec()).exec(self.db()).await?;
        }
        Ok(())
    }
}

//! A realistic German demo quarter, and larger synthetic data for benchmarks.
//!
//! The demo accounts are fixed so that guides and tests can name them; all
//! share the demo password, which the server accepts only in demo mode.
//! Synthetic data for benchmarks (a village, a city) is in [`scale`].

mod coproduction;
pub mod scale;

use crate::accounts::NewUser;
use crate::help::NewEntry;
use crate::{Result, Store, StoreError, passwords};
use quartier_core::account::{DEMO_PASSWORD, Email};
use quartier_core::locale::Preferences;
use quartier_core::neighbourhood::{Role, Slug};
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
        let mut residents = Vec::new();
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
            residents.push(u.id);
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
        self.seed_demo_organisations(linden.id, coord, verein, ben).await?;
        self.seed_demo_network(linden.id, coord).await?;
        self.seed_demo_canvas(linden.id, coord).await?;
        self.seed_demo_pool(linden.id, anna, ben, verein).await?;
        // Klaus Wagner, a verified resident, waits for a mentor.
        let klaus = residents.get(1).copied().ok_or_else(|| err("no residents".into()))?;
        self.seed_demo_mentoring(linden.id, coord, anna, ben, verein, klaus).await?;
        self.seed_demo_learning(linden.id, verein, anna, ben).await?;
        self.seed_demo_census(linden.id).await?;
        let cast = coproduction::Cast { coord, anna, ben, helga: verein };
        self.seed_demo_coproduction(linden.id, DEMO_SLUG, cast).await
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
        // The city's association of citizens' clubs, with the Bürgerverein
        // as a local branch that agreed to it (and still runs its own space).
        let umbrella = self
            .propose_organisation(
                n,
                coord,
                &slug("stadtverband-buergervereine")?,
                OrgProfile {
                    name: "Stadtverband der Bürgervereine".into(),
                    kind: "club".into(),
                    description: "Der Zusammenschluss der Bürgervereine der Stadt: gemeinsame Versicherung, \
                                  Fortbildungen für Vorstände und eine Stimme gegenüber der Stadtverwaltung."
                        .into(),
                    ..Default::default()
                },
            )
            .await?;
        self.confirm_organisation(n, umbrella.id, coord).await?;
        let link = self.ask_affiliation(umbrella.id, club.id, quartier_core::org_site::Side::Umbrella).await?;
        self.confirm_affiliation(link.id).await?;
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

    /// The census of the quarter's nonprofits with three years of
    /// snapshots: each year's presence is written, then that year's
    /// snapshot taken (counts and every entry's stage), so the statistics
    /// show progress and one entry that fell back.
    async fn seed_demo_census(&self, n: Uuid) -> Result<()> {
        use chrono::Datelike;
        use quartier_core::census::{RawEntry, parse_entry};
        // Name, kind, legal form, members, age; then each year's presence
        // (oldest first): website, social media, blog, umbrella's sub-page,
        // editable, space here.
        type Year = (&'static str, &'static str, &'static str, &'static str, &'static str, &'static str);
        const OFF: Year = ("no", "", "no", "no", "no", "");
        type Demo = (&'static str, &'static str, &'static str, &'static str, &'static str, [Year; 3]);
        const ENTRIES: &[Demo] = &[
            (
                "Bürgerverein Lindenviertel e. V.",
                "civic",
                "registered",
                "50_to_199",
                "older",
                [
                    ("no", "", "no", "yes", "no", ""),
                    ("no", "", "no", "yes", "yes", ""),
                    ("no", "", "no", "yes", "yes", "buergerverein-lindenviertel"),
                ],
            ),
            (
                "Kirchengemeinde St. Marien",
                "religious",
                "other",
                "200_plus",
                "older",
                [
                    ("yes", "", "no", "no", "no", ""),
                    ("yes", "", "no", "no", "no", ""),
                    ("yes", "", "no", "no", "no", "st-marien"),
                ],
            ),
            (
                "Sportfreunde Lindenviertel 1908",
                "sports",
                "registered",
                "200_plus",
                "mixed",
                [
                    ("no", "facebook", "no", "no", "no", ""),
                    ("yes", "facebook", "no", "no", "no", ""),
                    ("yes", "facebook,instagram", "no", "no", "no", ""),
                ],
            ),
            (
                "Kleingartenanlage Am Stadtpark",
                "leisure",
                "registered",
                "50_to_199",
                "older",
                [OFF, OFF, ("no", "whatsapp", "no", "no", "no", "")],
            ),
            ("Seniorentreff Lindenplatz", "social", "unregistered", "10_to_49", "older", [OFF, OFF, OFF]),
            (
                "Jugendtreff Gartenstraße",
                "youth",
                "other",
                "10_to_49",
                "young",
                [
                    ("no", "instagram,tiktok", "no", "no", "no", ""),
                    ("no", "instagram,tiktok", "yes", "no", "no", ""),
                    ("no", "instagram,tiktok", "yes", "no", "no", ""),
                ],
            ),
            (
                "Förderverein Grundschule Gartenstraße",
                "education",
                "registered",
                "50_to_199",
                "middle",
                [
                    ("no", "", "no", "yes", "no", ""),
                    ("no", "", "no", "yes", "no", ""),
                    ("yes", "", "no", "no", "no", ""),
                ],
            ),
            (
                "Chor Lindenklang",
                "culture",
                "registered",
                "10_to_49",
                "older",
                // The website lapsed; only the Facebook page is left.
                [
                    ("yes", "facebook", "no", "no", "no", ""),
                    ("no", "facebook", "no", "no", "no", ""),
                    ("no", "facebook", "no", "no", "no", ""),
                ],
            ),
            (
                "Nachbarschaftshilfe Lindenviertel",
                "social",
                "unregistered",
                "under_10",
                "mixed",
                [OFF, ("no", "whatsapp", "no", "no", "no", ""), ("no", "whatsapp", "no", "no", "no", "")],
            ),
        ];
        let this_year = self.now().year();
        let entry = |e: &Demo, y: usize| {
            let (website, social, blog, umbrella, editable, platform) = e.5[y];
            let raw = RawEntry {
                name: e.0.into(),
                kind: e.1.into(),
                legal_form: e.2.into(),
                members: e.3.into(),
                age_profile: e.4.into(),
                area: "urban".into(),
                website: website.into(),
                social_media: social.into(),
                blog: blog.into(),
                umbrella_page: umbrella.into(),
                umbrella_editable: editable.into(),
                platform: platform.into(),
                ..RawEntry::default()
            };
            parse_entry(&raw, this_year).map_err(|_| err(format!("demo census entry {}", e.0)))
        };
        let slugs: Vec<String> = ["buergerverein-lindenviertel", "st-marien"].map(String::from).to_vec();
        let orgs = self.organisations_by_slugs(&slugs).await?;
        let space = |e: &quartier_core::census::Entry| e.platform.as_ref().and_then(|s| orgs.get(s).copied());
        let mut ids = Vec::new();
        for e in ENTRIES {
            let first = entry(e, 0)?;
            ids.push(self.add_census_entry(n, &first, space(&first)).await?.id);
        }
        for (y, year) in (this_year - 3..this_year).enumerate() {
            if y > 0 {
                for (e, id) in ENTRIES.iter().zip(&ids) {
                    let then = entry(e, y)?;
                    self.update_census_entry(n, *id, &then, space(&then)).await?;
                }
            }
            self.take_census_snapshot(n, year).await?;
        }
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
}

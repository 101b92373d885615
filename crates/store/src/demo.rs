//! A realistic German demo quarter, and larger synthetic data for benchmarks.
//!
//! The demo accounts are fixed so that guides and tests can name them; all
//! share the demo password, which the server accepts only in demo mode.

use crate::accounts::NewUser;
use crate::entity::{membership, user};
use crate::{Result, Store, StoreError, new_id, now, passwords};
use quartier_core::account::{DEMO_PASSWORD, Email};
use quartier_core::locale::Preferences;
use quartier_core::neighbourhood::{MembershipStatus, Role, Slug};
use sea_orm::{ActiveValue::Set, EntityTrait};

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
        if let Some(mm) = self.verified_members(muehlbach.id, 1).await?.first() {
            self.set_role(muehlbach.id, mm.membership.id, Role::Coordinator).await?;
        }
        self.create_invite_batch(linden.id, 8, coord).await?;
        self.audit(Some(linden.id), Some(coord), "invite_codes_created", None, "8").await?;
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
            let size = 300 + (u64::from(i) * 7919 % 2700);
            let t = now();
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
                });
            }
            for chunk in users.chunks(500) {
                user::Entity::insert_many(chunk.to_vec()).exec(self.db()).await?;
            }
            for chunk in members.chunks(500) {
                membership::Entity::insert_many(chunk.to_vec()).exec(self.db()).await?;
            }
            total += size;
        }
        Ok(total)
    }
}

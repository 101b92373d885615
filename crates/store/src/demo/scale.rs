//! Synthetic data for benchmarks: a village, a city, or N neighbourhoods.
//!
//! Everything is written with multi-row INSERTs inside one transaction per
//! neighbourhood, never a round trip per row, so a city of 100,000 people
//! and 3.5 million rows takes minutes on SQLite and PostgreSQL alike. All
//! accounts share one password hash (`benchmark-password`), made once.
//! Neighbourhoods are `bench-0000`, `bench-0001`, …; the first is the
//! largest, the worst case to measure. Its people log in as
//! `r1@bench-0000.example.org` (a resident with 200 conversations),
//! `r0@…` (its coordinator) and `r2@…` (a moderator). It also holds the
//! co-production project of the decision-page benchmark: 200 participants
//! (r1 among them), 1,000 proposals and 20,000 votes.
//!
//! Dates come from the store's clock: people joined over the past three
//! years, help entries spread over the past two (the newest are open),
//! events from half a year back to a year ahead.

use crate::entity::{
    conversation, event, event_signup, group, group_member, group_post, help_entry, membership, message, neighbourhood,
    news_post, notification, organisation, organisation_member, organisation_neighbourhood, project,
    project_participant, project_proposal, project_vote, thanks, time_ledger, user,
};
use crate::search::{Bulk, neighbourhoods_of_orgs};
use crate::{Result, Store, StoreError, passwords};
use chrono::{DateTime, Duration, Utc};
use quartier_core::neighbourhood::{MembershipStatus, Role};
use sea_orm::{ActiveModelTrait, ConnectionTrait, EntityTrait, IntoActiveModel, Iterable, TransactionTrait};
use std::collections::HashMap;
use uuid::Uuid;

/// The password of every synthetic account.
pub const PASSWORD: &str = "benchmark-password";

/// What one neighbourhood holds, or all of them together.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Sizes {
    pub people: u64,
    pub organisations: u64,
    pub entries: u64,
    pub events: u64,
    /// Messages, ten to a conversation.
    pub messages: u64,
}

impl Sizes {
    /// The rows a progress bar counts (the headline tables).
    pub fn rows(&self) -> u64 {
        self.people + self.organisations + self.entries + self.events + self.messages
    }
}

/// How much to generate: `total` over all neighbourhoods, of which the first
/// (the largest) holds `largest`; the rest share the remainder unevenly.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Scale {
    pub neighbourhoods: u32,
    pub total: Sizes,
    pub largest: Sizes,
}

/// The largest neighbourhood of the city and of `--scale N`.
const LARGEST: Sizes = Sizes { people: 5_000, organisations: 200, entries: 50_000, events: 20_000, messages: 100_000 };

impl Scale {
    /// 100 neighbourhoods, 100,000 people, 2,000 organisations, 1,000,000
    /// help entries, 200,000 events and 2,000,000 messages.
    pub const CITY: Scale = Scale {
        neighbourhoods: 100,
        total: Sizes {
            people: 100_000,
            organisations: 2_000,
            entries: 1_000_000,
            events: 200_000,
            messages: 2_000_000,
        },
        largest: LARGEST,
    };

    /// One village of 300 people with a few years of small help.
    pub const VILLAGE: Scale = Scale {
        neighbourhoods: 1,
        total: Sizes { people: 300, organisations: 12, entries: 1_200, events: 400, messages: 3_000 },
        largest: Sizes { people: 300, organisations: 12, entries: 1_200, events: 400, messages: 3_000 },
    };

    /// `n` neighbourhoods as the benchmarks had them before the city: the
    /// first large (5,000 residents, 50,000 entries, 200 organisations,
    /// 20,000 events, 200 conversations), the others 300 to 3,000 people
    /// and nothing else.
    pub fn numbered(n: u32) -> Scale {
        let largest = Sizes { messages: 2_000, ..LARGEST };
        let rest: u64 = (1..n).map(weight).sum();
        Scale { neighbourhoods: n, total: Sizes { people: largest.people + rest, ..largest }, largest }
    }

    /// `city`, `village` or a number of neighbourhoods.
    pub fn parse(s: &str) -> Option<Scale> {
        match s {
            "city" => Some(Scale::CITY),
            "village" => Some(Scale::VILLAGE),
            n => n.parse().ok().filter(|n| *n > 0).map(Scale::numbered),
        }
    }

    /// What neighbourhood `i` holds.
    pub fn sizes_of(&self, i: u32) -> Sizes {
        if i == 0 {
            return self.largest;
        }
        let all: u64 = (1..self.neighbourhoods).map(weight).sum();
        let before: u64 = (1..i).map(weight).sum();
        let upto = before + weight(i);
        // Cumulative rounding: the parts add up to the total exactly.
        let part = |total: u64, largest: u64| {
            let rest = u128::from(total.saturating_sub(largest));
            let at = |w: u64| (rest * u128::from(w) / u128::from(all.max(1))) as u64;
            at(upto) - at(before)
        };
        let (t, l) = (self.total, self.largest);
        Sizes {
            people: part(t.people, l.people),
            organisations: part(t.organisations, l.organisations),
            entries: part(t.entries, l.entries),
            events: part(t.events, l.events),
            messages: part(t.messages, l.messages),
        }
    }

    /// The rows a progress bar counts for the whole run.
    pub fn rows(&self) -> u64 {
        self.total.rows()
    }
}

/// How much neighbourhood `i > 0` gets of the rest, between 300 and 2,999.
fn weight(i: u32) -> u64 {
    300 + (u64::from(i) * 7919 % 2700)
}

/// The slug of neighbourhood `i`.
pub fn slug(i: u32) -> String {
    format!("bench-{i:04}")
}

const FIRST_NAMES: &[&str] = &[
    "Gertrud",
    "Klaus",
    "Fatma",
    "Jonas",
    "Marie",
    "Erich",
    "Sabine",
    "Luca",
    "Irina",
    "Hans-Peter",
    "Aylin",
    "Thomas",
    "Ingrid",
    "Mohammed",
    "Lena",
    "Wolfgang",
    "Olga",
    "Emre",
    "Heike",
    "Paul",
];
const LAST_NAMES: &[&str] = &[
    "Hoffmann",
    "Wagner",
    "Demir",
    "Becker",
    "Schulz",
    "Krüger",
    "Wolf",
    "Romano",
    "Petrova",
    "Weber",
    "Kaya",
    "Richter",
    "Zimmermann",
    "Al-Hassan",
    "Fischer",
    "Braun",
    "Nowak",
];
const STREETS: &[&str] =
    &["Gartenstraße", "Lindenplatz", "Bahnhofstraße", "Kirchweg", "Am Stadtpark", "Mühlenweg", "Schulstraße"];
const REQUESTS: &[&str] = &[
    "Wer trägt mir den Einkauf in den dritten Stock?",
    "Begleitung zur Ärztin am Vormittag gesucht",
    "Mein Drucker druckt nicht mehr",
    "Hecke schneiden im Hinterhof",
    "Wer gießt meine Blumen im Urlaub?",
    "Hilfe beim Ausfüllen eines Antrags",
];
const OFFERS: &[&str] = &[
    "Ich helfe gern mit Smartphone und Tablet",
    "Einkaufen für Nachbarn, dienstags und freitags",
    "Vorlesen und Gesellschaft am Nachmittag",
    "Kleine Reparaturen im Haushalt",
    "Fahrdienst zum Wochenmarkt",
];
const MESSAGES: &[&str] = &[
    "Hallo, ich kann helfen. Passt es morgen um zehn?",
    "Das wäre wunderbar, vielen Dank!",
    "Ich klingle dann unten bei Ihnen.",
    "Bis morgen, schönen Abend noch.",
    "Hat alles geklappt? Sagen Sie Bescheid, wenn Sie noch etwas brauchen.",
];

/// A v7 id whose time is `at`, so ids sort like the rows' own times.
fn id_at(at: DateTime<Utc>) -> Uuid {
    let millis = u64::try_from(at.timestamp_millis()).unwrap_or(0);
    uuid::Builder::from_unix_timestamp_millis(millis, &rand::random()).into_uuid()
}

/// Insert `rows` in as few statements as the databases allow (SQLite takes
/// 32,766 values per statement, PostgreSQL 65,535).
async fn put<M, A>(c: &impl ConnectionTrait, rows: Vec<M>) -> Result<u64>
where
    M: IntoActiveModel<A>,
    A: ActiveModelTrait,
{
    let columns = <A::Entity as EntityTrait>::Column::iter().count().max(1);
    let per = (30_000 / columns).max(1);
    let n = rows.len() as u64;
    let mut it = rows.into_iter().map(IntoActiveModel::into_active_model).peekable();
    while it.peek().is_some() {
        let chunk: Vec<A> = it.by_ref().take(per).collect();
        <A::Entity as EntityTrait>::insert_many(chunk).exec_without_returning(c).await?;
    }
    Ok(n)
}

/// The people of one neighbourhood, as the later tables need them.
struct People {
    ids: Vec<Uuid>,
}

impl People {
    fn at(&self, k: u64) -> Uuid {
        self.ids[(k % self.ids.len() as u64) as usize]
    }
}

impl Store {
    /// Generate `scale`, calling `progress` with the number of headline rows
    /// (people, organisations, entries, events, messages) written so far
    /// since the last call. Neighbourhoods that exist already are left as
    /// they are. Returns the number of people created.
    pub async fn seed_synthetic(&self, scale: &Scale, progress: &(dyn Fn(u64) + Sync)) -> Result<u64> {
        let hash = tokio::task::spawn_blocking(|| passwords::hash(PASSWORD))
            .await
            .map_err(|e| StoreError::Other(e.to_string()))?
            .map_err(StoreError::Other)?;
        let mut people = 0;
        let mut previous: Option<Uuid> = None;
        for i in 0..scale.neighbourhoods {
            let sizes = scale.sizes_of(i);
            if let Ok(nb) = self.neighbourhood_by_slug(&slug(i)).await {
                previous = Some(nb.id);
                progress(sizes.rows());
                continue;
            }
            let txn = self.db().begin().await?;
            let id = self.fill_neighbourhood(&txn, i, sizes, &hash, previous, progress).await?;
            txn.commit().await?;
            previous = Some(id);
            people += sizes.people;
        }
        Ok(people)
    }

    async fn fill_neighbourhood(
        &self,
        c: &impl ConnectionTrait,
        i: u32,
        sizes: Sizes,
        hash: &str,
        previous: Option<Uuid>,
        progress: &(dyn Fn(u64) + Sync),
    ) -> Result<Uuid> {
        let t = self.now();
        let slug = slug(i);
        let n = neighbourhood::Model {
            id: id_at(t - Duration::days(1200)),
            slug: slug.clone(),
            name: format!("Quartier {}", i + 1),
            description: "Ein erzeugtes Quartier für Lastmessungen: Altbauten, ein Markt, eine Schule und viele Menschen, die sich gegenseitig helfen.".into(),
            timezone: "Europe/Berlin".into(),
            created_at: t - Duration::days(1200),
            time_bank: i.is_multiple_of(2),
            office_contact: "Quartiersbüro, Marktplatz 1, dienstags 10–12 Uhr".into(),
            content_version: 0,
        };
        let nid = n.id;
        put(c, vec![n]).await?;
        let people = self.synthetic_people(c, nid, &slug, sizes.people, hash, t).await?;
        progress(sizes.people);
        if people.ids.len() < 2 {
            progress(sizes.rows() - sizes.people);
            return Ok(nid);
        }
        let orgs = self.synthetic_organisations(c, nid, &slug, sizes.organisations, &people, previous, t).await?;
        progress(sizes.organisations);
        let groups = self.synthetic_groups(c, nid, &people, t).await?;
        let entries = self.synthetic_help(c, nid, sizes.entries, &people, t).await?;
        progress(sizes.entries);
        self.synthetic_events(c, nid, sizes.events, &people, &orgs, &groups, t).await?;
        progress(sizes.events);
        self.synthetic_conversations(c, nid, sizes.messages, &people, &entries, t).await?;
        progress(sizes.messages);
        if i == 0 {
            self.synthetic_coproduction(c, nid, &people, t).await?;
            self.synthetic_census(c, nid, sizes, t).await?;
        }
        Ok(nid)
    }

    /// A census of up to 10,000 nonprofits with ten yearly snapshots: the
    /// counts of each year and every entry's stage in it, each entry
    /// climbing the ladder at its own pace.
    async fn synthetic_census(
        &self,
        c: &impl ConnectionTrait,
        nid: Uuid,
        sizes: Sizes,
        t: DateTime<Utc>,
    ) -> Result<()> {
        use crate::entity::{census_entry, census_entry_stage, census_snapshot};
        use chrono::Datelike;
        use quartier_core::census::{
            AgeProfile, Area, BudgetBand, Cell, Counts, Kind, LegalForm, Presence, SizeBand, SocialSet, Stage, roll_up,
        };
        const YEARS: i32 = 10;
        let count = (sizes.organisations * 5).clamp(50, 10_000);
        fn pick<T: Copy>(all: &[T], k: u64) -> T {
            all[(k % all.len() as u64) as usize]
        }
        let areas = [Area::Urban.tag(), Area::Rural.tag()];
        // Offline, an umbrella's page, a website, a website and a blog.
        let presence = |level: u64, k: u64| Presence {
            website: level >= 2,
            website_url: if level >= 2 { format!("https://verein-{k}.example") } else { String::new() },
            social: SocialSet::default(),
            blog: level >= 3,
            umbrella_page: level == 1,
            umbrella_editable: false,
            on_platform: false,
        };
        let level = |k: u64, year: i32| ((u64::try_from(year).unwrap_or(0) + k % 7) / 3).min(3);
        let this_year = t.year();
        let mut entries = Vec::new();
        for k in 0..count {
            let p = presence(level(k, YEARS), k);
            let name = format!("Verein {k}");
            entries.push(census_entry::Model {
                id: id_at(t - Duration::days(3650 - (k % 3000) as i64)),
                neighbourhood_id: nid,
                sort_name: name.to_lowercase(),
                name,
                kind: pick(&Kind::ALL, k).tag().into(),
                legal_form: pick(&LegalForm::ALL, k / 3).tag().into(),
                size_band: pick(&SizeBand::ALL, k).tag().into(),
                age_profile: pick(&AgeProfile::ALL, k / 5).tag().into(),
                under_30: k % 4 == 0,
                budget_band: pick(&BudgetBand::ALL, k / 7).tag().into(),
                founded: Some(1900 + (k % 120) as i32),
                area: areas[(k % 2) as usize].into(),
                website: p.website,
                website_url: p.website_url.clone(),
                social_media: String::new(),
                blog: p.blog,
                umbrella_page: p.umbrella_page,
                umbrella_editable: p.umbrella_editable,
                organisation_id: None,
                online: p.online(),
                has_social: false,
                own_presence: p.own_editable(),
                created_at: t - Duration::days(3650),
                updated_at: t,
            });
        }
        let mut stages = Vec::new();
        let mut lines = Vec::new();
        for y in 0..YEARS {
            let year = this_year - YEARS + y;
            let taken = t - Duration::days(i64::from(YEARS - y) * 365);
            let mut cells: HashMap<(String, String, String), Counts> = HashMap::new();
            for (k, e) in entries.iter().enumerate() {
                let k = k as u64;
                let l = level(k, y);
                let cell = cells.entry((e.size_band.clone(), e.age_profile.clone(), e.area.clone())).or_default();
                cell.add(&Counts::one(&presence(l, k)));
                let stage = [Stage::Offline, Stage::SubPage, Stage::OwnSpace, Stage::Active][l as usize];
                stages.push(census_entry_stage::Model {
                    id: id_at(taken),
                    entry_id: e.id,
                    neighbourhood_id: nid,
                    year,
                    stage: stage.tag().into(),
                    taken_at: taken,
                });
            }
            let cells: Vec<Cell> = cells
                .into_iter()
                .map(|((size, age, area), counts)| Cell {
                    size: SizeBand::from_tag(&size).unwrap_or(SizeBand::Unknown),
                    age: AgeProfile::from_tag(&age).unwrap_or(AgeProfile::Unknown),
                    area: Area::from_tag(&area).unwrap_or(Area::Unknown),
                    counts,
                })
                .collect();
            let i = |x: u64| i32::try_from(x).unwrap_or(i32::MAX);
            for l in roll_up(&cells) {
                lines.push(census_snapshot::Model {
                    id: id_at(taken),
                    neighbourhood_id: nid,
                    year,
                    dimension: l.dimension.tag().into(),
                    bucket: l.bucket.into(),
                    total: i(l.counts.total),
                    online: i(l.counts.online),
                    website: i(l.counts.website),
                    social: i(l.counts.social),
                    blog: i(l.counts.blog),
                    own_presence: i(l.counts.own),
                    taken_at: taken,
                });
            }
        }
        put(c, entries).await?;
        put(c, stages).await?;
        put(c, lines).await?;
        Ok(())
    }

    /// One co-production project of up to 200 participants (half of them
    /// service users) with 1,000 proposals over the past 200 days, the
    /// newest five still open, and 20 votes on each.
    async fn synthetic_coproduction(
        &self,
        c: &impl ConnectionTrait,
        nid: Uuid,
        people: &People,
        t: DateTime<Utc>,
    ) -> Result<()> {
        const PROPOSALS: u64 = 1_000;
        const VOTES: u64 = 20;
        let size = (people.ids.len() as u64).min(200);
        let started = t - Duration::days(210);
        let pid = id_at(started);
        put(
            c,
            vec![project::Model {
                id: pid,
                neighbourhood_id: nid,
                organisation_id: None,
                title: "Gemeinsam geplant: das Stadtteilcafé".into(),
                goal: "Ein Café, das die Menschen im Viertel selbst planen, führen und prüfen.".into(),
                joining: "open".into(),
                phase: "carrying_out".into(),
                created_by: Some(people.at(0)),
                created_at: started,
                updated_at: started,
                continues_id: None,
            }],
        )
        .await?;
        let roles = ["service_user", "relative", "service_user", "staff", "service_user", "partner"];
        let participants = (0..size)
            .map(|k| project_participant::Model {
                id: id_at(started),
                project_id: pid,
                user_id: people.at(k),
                standing: if k % 50 == 0 { "facilitator" } else { "participant" }.into(),
                role: roles[(k % 6) as usize].into(),
                proxy_id: None,
                invited_by: None,
                created_at: started,
            })
            .collect();
        put(c, participants).await?;
        let (mut proposals, mut votes) = (Vec::new(), Vec::new());
        for k in 0..PROPOSALS {
            let created = started + Duration::minutes((k * 200 * 24 * 60 / PROPOSALS) as i64);
            let open = k + 5 >= PROPOSALS;
            let closes = if open { t + Duration::days(7) } else { created + Duration::days(7) };
            let id = id_at(created);
            proposals.push(project_proposal::Model {
                id,
                project_id: pid,
                author_id: Some(people.at(k % size)),
                phase: "carrying_out".into(),
                kind: "decision".into(),
                title: format!("Vorschlag {}: {}", k + 1, REQUESTS[(k % REQUESTS.len() as u64) as usize]),
                body: "Wir probieren es vier Wochen lang aus und schauen dann, ob es passt.".into(),
                rule: ["majority", "two_thirds", "consent"][(k % 3) as usize].into(),
                quorum: 10,
                closes_at: closes,
                outcome: (!open).then(|| if k % 4 == 3 { "rejected" } else { "passed" }.into()),
                eligible: if open { 0 } else { size as i32 },
                decided_at: (!open).then_some(closes),
                created_at: created,
                secret: k % 10 == 0,
            });
            // Voters k, k + 1, …: distinct within a proposal.
            for v in 0..VOTES.min(size) {
                votes.push(project_vote::Model {
                    id: id_at(created),
                    proposal_id: id,
                    voter_id: Some(people.at((k + v) % size)),
                    cast_by: Some(people.at((k + v) % size)),
                    choice: ["yes", "yes", "no", "abstain"][((k + v) % 4) as usize].into(),
                    channel: if v % 10 == 9 { "meeting" } else { "online" }.into(),
                    meeting_on: (v % 10 == 9).then(|| created.date_naive()),
                    created_at: created,
                });
            }
        }
        put(c, proposals).await?;
        put(c, votes).await?;
        Ok(())
    }

    /// Residents `r0@<slug>.example.org` … : r0 coordinates, r2 moderates,
    /// every hundredth waits to be confirmed.
    async fn synthetic_people(
        &self,
        c: &impl ConnectionTrait,
        nid: Uuid,
        slug: &str,
        count: u64,
        hash: &str,
        t: DateTime<Utc>,
    ) -> Result<People> {
        let mut users = Vec::with_capacity(count as usize);
        let mut members = Vec::with_capacity(count as usize);
        let mut people = People { ids: Vec::new() };
        for j in 0..count {
            // Joined over the past three years, the first the longest ago.
            let joined = t - Duration::minutes(((count - j) * 3 * 365 * 24 * 60 / count.max(1)) as i64);
            let id = id_at(joined);
            let ju = j as usize;
            users.push(user::Model {
                id,
                email: format!("r{j}@{slug}.example.org"),
                email_confirmed_at: Some(joined),
                password_hash: hash.to_string(),
                display_name: format!(
                    "{} {} {j}",
                    FIRST_NAMES[ju % FIRST_NAMES.len()],
                    LAST_NAMES[(ju / FIRST_NAMES.len()) % LAST_NAMES.len()]
                ),
                bio: if j.is_multiple_of(5) {
                    "Ich wohne gern hier und helfe, wo ich kann.".into()
                } else {
                    String::new()
                },
                profile_public: j.is_multiple_of(7),
                locale: if j % 10 == 9 { "de-simple" } else { "de" }.into(),
                text_size: if j.is_multiple_of(8) { "large" } else { "normal" }.into(),
                contrast: "normal".into(),
                is_operator: false,
                created_at: joined,
                deleted_at: None,
            });
            let pending = j % 100 == 99;
            let role = match j {
                0 => Role::Coordinator,
                2 => Role::Moderator,
                _ => Role::Resident,
            };
            members.push(membership::Model {
                id: id_at(joined),
                user_id: id,
                neighbourhood_id: nid,
                role: role.tag().into(),
                status: if pending { MembershipStatus::Pending } else { MembershipStatus::Verified }.tag().into(),
                created_at: joined,
                verified_at: (!pending).then_some(joined),
                verified_by: None,
                via_code: j.is_multiple_of(4),
                last_seen_at: (!pending).then(|| t - Duration::hours((j % 200) as i64)),
                new_since: (!pending).then(|| t - Duration::days(1 + (j % 14) as i64)),
            });
            if !pending {
                people.ids.push(id);
            }
        }
        put(c, users).await?;
        put(c, members).await?;
        Ok(people)
    }

    /// Organisations `<slug>-verein-000` …, confirmed here (every fourth also
    /// in the neighbourhood before), every tenth still proposed; each with
    /// an administrator, an editor, members and news. Returns the
    /// confirmed ones.
    #[allow(clippy::too_many_arguments)]
    async fn synthetic_organisations(
        &self,
        c: &impl ConnectionTrait,
        nid: Uuid,
        slug: &str,
        count: u64,
        people: &People,
        previous: Option<Uuid>,
        t: DateTime<Utc>,
    ) -> Result<Vec<Uuid>> {
        const KINDS: &[&str] = &["club", "parish", "service", "initiative", "office", "business"];
        let (mut orgs, mut links, mut members, mut news) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        let mut confirmed = Vec::new();
        let coordinator = people.ids[0];
        for k in 0..count {
            let created = t - Duration::days(900 - (k % 800) as i64);
            let id = id_at(created);
            let admin = people.at(k * 5 + 1);
            orgs.push(organisation::Model {
                id,
                slug: format!("{slug}-verein-{k:03}"),
                name: format!("{} Nummer {k}", ["Bürgerverein", "Sportverein", "Kirchengemeinde", "Initiative"][(k % 4) as usize]),
                kind: KINDS[(k % KINDS.len() as u64) as usize].into(),
                description: "Wir treffen uns jede Woche, feiern ein Straßenfest im Sommer und haben ein offenes Ohr für alle, die neu ins Viertel ziehen.".into(),
                contact: "Sprechstunde dienstags 16–18 Uhr im Nachbarschaftstreff".into(),
                opening_hours: if k.is_multiple_of(3) { "Dienstag 16–18 Uhr".into() } else { String::new() },
                step_free: k.is_multiple_of(2),
                accessible_toilet: k.is_multiple_of(3),
                hearing_loop: k.is_multiple_of(5),
                website: String::new(),
                social: String::new(),
                proposed_by: Some(admin),
                created_at: created,
                updated_at: created,
            });
            let proposed = k % 10 == 9;
            links.push(organisation_neighbourhood::Model {
                id: id_at(created),
                organisation_id: id,
                neighbourhood_id: nid,
                status: if proposed { "pending" } else { "confirmed" }.into(),
                confirmed_by: (!proposed).then_some(coordinator),
                created_at: created,
            });
            if let Some(p) = previous.filter(|_| k.is_multiple_of(4) && !proposed) {
                links.push(organisation_neighbourhood::Model {
                    id: id_at(created),
                    organisation_id: id,
                    neighbourhood_id: p,
                    status: "confirmed".into(),
                    confirmed_by: None,
                    created_at: created,
                });
            }
            if !proposed {
                confirmed.push(id);
            }
            // Five people of consecutive indexes: distinct while there are five.
            for m in 0..5.min(people.ids.len() as u64) {
                let role = match m {
                    0 => "admin",
                    1 => "editor",
                    _ => "member",
                };
                members.push(organisation_member::Model {
                    id: id_at(created),
                    organisation_id: id,
                    user_id: people.at(k * 5 + 1 + m),
                    role: role.into(),
                    created_at: created,
                });
            }
            for p in 0..3 {
                let at = t - Duration::days((p * 40 + k % 30) as i64);
                news.push(news_post::Model {
                    id: id_at(at),
                    organisation_id: id,
                    author_id: Some(admin),
                    title: ["Einladung zur Mitgliederversammlung", "Rückblick auf das Sommerfest", "Neue Sprechzeiten"]
                        [p as usize]
                        .into(),
                    body: "Liebe Nachbarinnen und Nachbarn, wir laden herzlich ein. **Kaffee und Kuchen** gibt es wie immer.".into(),
                    members_only: p == 2,
                    hidden_reason: None,
                    image_id: None,
                    image_alt: String::new(),
                    created_at: at,
                    updated_at: at,
                });
            }
        }
        // Found by words in every neighbourhood they belong to.
        let mut index = Bulk::new();
        let mut org_nbs: HashMap<Uuid, Vec<Uuid>> = HashMap::new();
        for l in &links {
            org_nbs.entry(l.organisation_id).or_default().push(l.neighbourhood_id);
        }
        let none = Vec::new();
        for o in &orgs {
            index.organisation(o, org_nbs.get(&o.id).unwrap_or(&none));
        }
        for p in &news {
            index.news(p, org_nbs.get(&p.organisation_id).unwrap_or(&none));
        }
        index.write(c).await?;
        put(c, orgs).await?;
        put(c, links).await?;
        put(c, members).await?;
        put(c, news).await?;
        Ok(confirmed)
    }

    /// One group for every fifty people, with ten members and four topics
    /// of three replies each.
    async fn synthetic_groups(
        &self,
        c: &impl ConnectionTrait,
        nid: Uuid,
        people: &People,
        t: DateTime<Utc>,
    ) -> Result<Vec<Uuid>> {
        let p = people.ids.len() as u64;
        let count = (p / 50).max(1);
        let (mut groups, mut members, mut posts) = (Vec::new(), Vec::new(), Vec::new());
        for g in 0..count {
            let created = t - Duration::days(700 - (g % 600) as i64);
            let id = id_at(created);
            groups.push(group::Model {
                id,
                neighbourhood_id: nid,
                name: format!(
                    "{} {g}",
                    ["Strickkreis", "Lauftreff", "Deutsch lernen", "Gartengruppe"][(g % 4) as usize]
                ),
                description: "Wir treffen uns regelmäßig. Neue sind herzlich willkommen.".into(),
                kind: if g % 4 == 2 { "learning" } else { "interest" }.into(),
                joining: if g.is_multiple_of(3) { "request" } else { "open" }.into(),
                topic: if g % 4 == 2 { "Deutsch im Alltag" } else { "" }.into(),
                schedule: if g % 4 == 2 { "Dienstags 17 Uhr im Treff" } else { "" }.into(),
                created_by: Some(people.at(g)),
                hidden_reason: None,
                created_at: created,
                updated_at: created,
            });
            // Members g, g + count, g + 2·count, …: distinct within a group.
            let mut who = Vec::new();
            for m in 0..10.min(p) {
                let user = people.at(g + m * count);
                who.push(user);
                members.push(group_member::Model {
                    id: id_at(created),
                    group_id: id,
                    user_id: user,
                    standing: match m {
                        0 => "admin",
                        9 => "pending",
                        _ => "member",
                    }
                    .into(),
                    created_at: created,
                });
            }
            for topic in 0..4u64 {
                let opened = t - Duration::days((topic * 20 + g % 10 + 4) as i64);
                let topic_id = id_at(opened);
                let mut replies = Vec::new();
                for r in 1..=3u64 {
                    let at = opened + Duration::days(r as i64);
                    replies.push(group_post::Model {
                        id: id_at(at),
                        group_id: id,
                        topic_id: Some(topic_id),
                        author_id: Some(who[(r as usize) % who.len()]),
                        title: String::new(),
                        body: "Gute Idee, ich bin dabei.".into(),
                        hidden_reason: None,
                        created_at: at,
                        last_activity_at: at,
                        last_post_id: Uuid::nil(),
                    });
                }
                for r in &mut replies {
                    r.last_post_id = r.id;
                }
                let last = replies.last().map(|r| (r.id, r.created_at)).unwrap_or((topic_id, opened));
                posts.push(group_post::Model {
                    id: topic_id,
                    group_id: id,
                    topic_id: None,
                    author_id: Some(who[0]),
                    title: format!("Treffen im {}", ["Januar", "Februar", "März", "April"][topic as usize]),
                    body: "Wann passt es euch? Ich schlage Dienstag um 18 Uhr vor.".into(),
                    hidden_reason: None,
                    created_at: opened,
                    last_activity_at: last.1,
                    last_post_id: last.0,
                });
                posts.extend(replies);
            }
        }
        let ids = groups.iter().map(|g| g.id).collect();
        let mut index = Bulk::new();
        groups.iter().for_each(|g| index.group(g));
        index.write(c).await?;
        put(c, groups).await?;
        put(c, members).await?;
        put(c, posts).await?;
        Ok(ids)
    }

    /// Help entries over the past two years: the newest tenth open, older
    /// ones done (with thanks and, in a time bank, a ledger row), arranged
    /// or withdrawn. Returns (id, author, created) of each.
    async fn synthetic_help(
        &self,
        c: &impl ConnectionTrait,
        nid: Uuid,
        count: u64,
        people: &People,
        t: DateTime<Utc>,
    ) -> Result<Vec<(Uuid, u64, DateTime<Utc>)>> {
        use quartier_core::help::CATEGORIES;
        let p = people.ids.len() as u64;
        let (mut rows, mut thanks, mut ledger, mut notes) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        let mut out = Vec::with_capacity(count as usize);
        let span = 2 * 365 * 24 * 60;
        for k in 0..count {
            let created = t - Duration::minutes(((count - k) * span / count.max(1)) as i64);
            let id = id_at(created);
            let author = k * 7 % p;
            let helper = people.at(author + 1 + k % (p - 1));
            let recent = k * 10 >= count * 9;
            let status = match (recent, k % 10) {
                (true, 3) => "arranged",
                (true, _) => "open",
                (false, 3) => "withdrawn",
                (false, 6) => "arranged",
                _ => "done",
            };
            let offer = k.is_multiple_of(3);
            let titles = if offer { OFFERS } else { REQUESTS };
            let minutes = [30, 60, 90, 120][(k % 4) as usize];
            rows.push(help_entry::Model {
                id,
                neighbourhood_id: nid,
                author_id: people.at(author),
                kind: if offer { "offer" } else { "request" }.into(),
                category: CATEGORIES[(k % CATEGORIES.len() as u64) as usize].into(),
                title: format!("{} ({k})", titles[(k % titles.len() as u64) as usize]),
                body:
                    "Eine kurze Beschreibung mit ein paar Sätzen, wie sie Nachbarn schreiben. Am liebsten vormittags."
                        .into(),
                on_date: (!offer && k.is_multiple_of(2)).then(|| (created + Duration::days(3)).date_naive()),
                time_from: None,
                time_to: None,
                weekly: offer && k.is_multiple_of(5),
                urgency: match k % 20 {
                    0 => "urgent",
                    1 | 2 => "soon",
                    _ => "normal",
                }
                .into(),
                visibility: if k.is_multiple_of(25) { "coordinators" } else { "neighbours" }.into(),
                area: STREETS[(k % STREETS.len() as u64) as usize].into(),
                on_behalf: (k.is_multiple_of(50)).then(|| "Frau M. aus der Gartenstraße".into()),
                minutes,
                status: status.into(),
                helper_id: matches!(status, "arranged" | "done").then_some(helper),
                hidden_reason: None,
                created_at: created,
                updated_at: created,
                expires_at: if status == "open" {
                    t + Duration::days(1 + (k % 60) as i64)
                } else {
                    created + Duration::days(30)
                },
            });
            if status == "done" {
                let (from, to) = if offer { (helper, people.at(author)) } else { (people.at(author), helper) };
                let at = (created + Duration::days(4)).min(t);
                if k.is_multiple_of(3) {
                    thanks.push(thanks::Model {
                        id: id_at(at),
                        entry_id: id,
                        from_id: from,
                        to_id: to,
                        note: "Vielen Dank für die schnelle Hilfe!".into(),
                        shown: k.is_multiple_of(2),
                        created_at: at,
                    });
                    notes.push(notification::Model {
                        id: id_at(at),
                        user_id: to,
                        kind: "thanks".into(),
                        entry_id: Some(id),
                        conversation_id: None,
                        event_id: None,
                        subject: String::new(),
                        link: String::new(),
                        created_at: at,
                        read_at: Some(at),
                    });
                }
                if k.is_multiple_of(2) {
                    // Hours move from the person helped to the helper.
                    ledger.push(time_ledger::Model {
                        id: id_at(at),
                        neighbourhood_id: nid,
                        entry_id: id,
                        from_id: to,
                        to_id: from,
                        from_account: "person".into(),
                        to_account: "person".into(),
                        minutes,
                        created_at: at,
                    });
                }
            }
            out.push((id, author, created));
        }
        let mut index = Bulk::new();
        for e in &rows {
            index.entry(e);
            index.write_if_large(c).await?;
        }
        index.write(c).await?;
        put(c, rows).await?;
        put(c, thanks).await?;
        put(c, ledger).await?;
        put(c, notes).await?;
        Ok(out)
    }

    /// Events from half a year back to a year ahead: mostly the
    /// organisations', some residents' and groups'. Every fourth takes
    /// sign-ups and has a few.
    #[allow(clippy::too_many_arguments)]
    async fn synthetic_events(
        &self,
        c: &impl ConnectionTrait,
        nid: Uuid,
        count: u64,
        people: &People,
        orgs: &[Uuid],
        groups: &[Uuid],
        t: DateTime<Utc>,
    ) -> Result<()> {
        use quartier_core::event::CATEGORIES;
        let (mut rows, mut signups) = (Vec::new(), Vec::new());
        let first = t.date_naive() - Duration::days(180);
        for k in 0..count {
            let day = first + Duration::days((k * 545 / count.max(1)) as i64);
            let start =
                day.and_hms_opt(8 + (k % 12) as u32, [0, 30][(k % 2) as usize], 0).unwrap_or_default().and_utc();
            let created = (start - Duration::days(30)).min(t);
            let id = id_at(created);
            let author = people.at(k * 11);
            let (org, group, inside) = match k % 10 {
                8 => (None, None, Some(nid)),
                9 if !groups.is_empty() => (None, Some(groups[(k as usize) % groups.len()]), Some(nid)),
                _ if !orgs.is_empty() => (Some(orgs[(k as usize) % orgs.len()]), None, None),
                _ => (None, None, Some(nid)),
            };
            let signup = k.is_multiple_of(4);
            let taken = if signup { k % 5 } else { 0 };
            for s in 0..taken {
                signups.push(event_signup::Model {
                    id: id_at(created),
                    event_id: id,
                    user_id: people.at(k * 11 + 1 + s),
                    status: "confirmed".into(),
                    created_at: created,
                });
            }
            rows.push(event::Model {
                id,
                neighbourhood_id: inside,
                organisation_id: org,
                group_id: group,
                series_id: None,
                author_id: Some(author),
                title: format!(
                    "{} ({k})",
                    [
                        "Smartphone-Treff",
                        "Mittagstisch",
                        "Lesung in der Bücherei",
                        "Lauftreff",
                        "Repair-Café",
                        "Chorprobe"
                    ][(k % 6) as usize]
                ),
                description: "Alle sind willkommen. Bitte bringen Sie gute Laune mit.".into(),
                category: CATEGORIES[(k % CATEGORIES.len() as u64) as usize].into(),
                starts_at: start,
                ends_at: start + Duration::minutes(90),
                all_day: false,
                venue: "Nachbarschaftstreff, Lindenplatz 4".into(),
                online_url: String::new(),
                step_free: k.is_multiple_of(2),
                accessible_toilet: k.is_multiple_of(3),
                hearing_loop: k.is_multiple_of(5),
                cost: if k.is_multiple_of(7) { "3 Euro".into() } else { String::new() },
                capacity: signup.then_some(12),
                signup_required: signup,
                taken: taken as i32,
                cancelled: k.is_multiple_of(97),
                hidden_reason: None,
                created_at: created,
                updated_at: created,
            });
        }
        let org_nbs = neighbourhoods_of_orgs(c, orgs).await?;
        let mut index = Bulk::new();
        for e in &rows {
            index.event(e, &org_nbs);
            index.write_if_large(c).await?;
        }
        index.write(c).await?;
        put(c, rows).await?;
        put(c, signups).await?;
        Ok(())
    }

    /// `count` messages, ten to a conversation: the first 200
    /// conversations are r1's (its inbox, some unread), the others answer
    /// help entries. Each conversation leaves a notification.
    async fn synthetic_conversations(
        &self,
        c: &impl ConnectionTrait,
        nid: Uuid,
        count: u64,
        people: &People,
        entries: &[(Uuid, u64, DateTime<Utc>)],
        t: DateTime<Utc>,
    ) -> Result<()> {
        let p = people.ids.len() as u64;
        let me = people.ids[1];
        let (mut convs, mut msgs, mut notes) = (Vec::new(), Vec::new(), Vec::new());
        let conversations = count.div_ceil(10);
        for k in 0..conversations {
            let in_this = if k + 1 == conversations { count - k * 10 } else { 10 };
            // (entry, starter, other, first message)
            let (entry, a, b, start) =
                match entries.get(((k.saturating_sub(200)) % entries.len().max(1) as u64) as usize) {
                    Some(&(e, author, created)) if k >= 200 => {
                        // The (k-200)/len-th answer to this entry: a distinct starter each time.
                        let round = (k - 200) / entries.len() as u64;
                        let starter = people.at(author + 1 + round % (p - 1));
                        (Some(e), starter, people.at(author), created + Duration::hours(1))
                    }
                    _ => (None, people.at(2 + k % (p - 1)), me, t - Duration::hours((k * 7 + 3) as i64)),
                };
            let start = start.min(t);
            let id = id_at(start);
            let mut last = start;
            for m in 0..in_this {
                let at = (start + Duration::minutes((m * 45) as i64)).min(t);
                last = at;
                msgs.push(message::Model {
                    id: id_at(at),
                    conversation_id: id,
                    author_id: if m.is_multiple_of(2) { a } else { b },
                    body: MESSAGES[(m % MESSAGES.len() as u64) as usize].into(),
                    hidden_reason: None,
                    created_at: at,
                });
            }
            let unread = entry.is_none() && k.is_multiple_of(3);
            convs.push(conversation::Model {
                id,
                neighbourhood_id: nid,
                entry_id: entry,
                a_id: a,
                b_id: b,
                created_at: start,
                last_message_at: last,
                a_read_at: Some(last),
                b_read_at: (!unread).then_some(last),
            });
            notes.push(notification::Model {
                id: id_at(last),
                user_id: b,
                kind: "message".into(),
                entry_id: None,
                conversation_id: Some(id),
                event_id: None,
                subject: String::new(),
                link: String::new(),
                created_at: last,
                read_at: (!unread).then_some(last),
            });
        }
        put(c, convs).await?;
        put(c, msgs).await?;
        put(c, notes).await?;
        Ok(())
    }
}

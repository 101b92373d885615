//! The census of a quarter's nonprofits, also of those not on the platform:
//! what they are (kind, legal form, size, age of members, budget, founded,
//! urban or rural) and how they are online (own website, social media,
//! blog, a sub-page under an umbrella organisation's site, a space on this
//! platform, or nothing). Coordinators keep it; statistics over the years
//! use the measures of the Norwegian study of local voluntary organisations
//! (share online, with an own website, with social media, with a blog,
//! with an own presence they can edit themselves), broken down by size,
//! age profile and urban or rural. Each organisation's progress over the
//! years is a ladder of stages ([`Stage`]: offline, sub-page, own space,
//! active), recorded with every yearly snapshot.
//!
//! Everything here is pure: the stored kinds and bands, who may do what,
//! parsing one entry (from the form or a CSV line: the same rules), the CSV
//! file in and out, the roll-up of counts for the statistics, and the
//! stage of a presence with the steps between years.

use crate::neighbourhood::{MembershipStatus, Role};
use crate::policy::Actor;
use crate::validation::{FieldError, text};

crate::tagged! {
    /// What an organisation mainly does.
    pub enum Kind {
        Sports = "sports",
        Culture = "culture",
        Social = "social",
        Religious = "religious",
        Education = "education",
        Environment = "environment",
        Leisure = "leisure",
        Civic = "civic",
        Youth = "youth",
        Other = "other",
    }
}

crate::tagged! {
    /// Registered club (*eingetragener Verein*) or not.
    pub enum LegalForm {
        Registered = "registered",
        Unregistered = "unregistered",
        Other = "other",
        Unknown = "unknown",
    }
}

crate::tagged! {
    /// How many members, in bands.
    pub enum SizeBand {
        Under10 = "under_10",
        From10 = "10_to_49",
        From50 = "50_to_199",
        From200 = "200_plus",
        Unknown = "unknown",
    }
}

crate::tagged! {
    /// How old most members are.
    pub enum AgeProfile {
        /// Most members are under 30.
        Young = "young",
        /// Most members are between 30 and 65.
        Middle = "middle",
        /// Most members are over 65.
        Older = "older",
        /// No age group has most members.
        Mixed = "mixed",
        Unknown = "unknown",
    }
}

crate::tagged! {
    /// The yearly budget, in bands (euros).
    pub enum BudgetBand {
        NoBudget = "none",
        Under1000 = "under_1000",
        Under10000 = "1000_to_9999",
        From10000 = "10000_plus",
        Unknown = "unknown",
    }
}

crate::tagged! {
    /// Where the organisation works.
    pub enum Area {
        Urban = "urban",
        Rural = "rural",
        Unknown = "unknown",
    }
}

crate::tagged! {
    /// A social medium an organisation uses.
    pub enum Social {
        Facebook = "facebook",
        Instagram = "instagram",
        Whatsapp = "whatsapp",
        Youtube = "youtube",
        Mastodon = "mastodon",
        X = "x",
        Tiktok = "tiktok",
        Other = "other",
    }
}

/// The social media of one organisation: a set, kept in declaration order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SocialSet(Vec<Social>);

impl SocialSet {
    pub fn new(items: impl IntoIterator<Item = Social>) -> Self {
        let mut v: Vec<Social> = Vec::new();
        for s in items {
            if !v.contains(&s) {
                v.push(s);
            }
        }
        v.sort_by_key(|s| Social::ALL.iter().position(|x| x == s));
        SocialSet(v)
    }

    /// Parse a list like `facebook, instagram` (also `;`, `|` or spaces
    /// between); anything unknown is an error.
    pub fn parse(raw: &str) -> Result<Self, FieldError> {
        let mut out = Vec::new();
        for part in raw.split([',', ';', '|', ' ', '\t']).map(str::trim).filter(|p| !p.is_empty()) {
            match Social::from_tag(&part.to_lowercase()) {
                Some(s) => out.push(s),
                None => return Err(FieldError::new("social_media", "err-census-social")),
            }
        }
        Ok(SocialSet::new(out))
    }

    /// The stored form: tags separated by commas.
    pub fn tags(&self) -> String {
        self.0.iter().map(|s| s.tag()).collect::<Vec<_>>().join(",")
    }

    /// The stored form read back; unknown tags (a newer version) are dropped.
    pub fn from_stored(raw: &str) -> Self {
        SocialSet::new(raw.split(',').filter_map(|t| Social::from_tag(t.trim())))
    }

    pub fn contains(&self, s: Social) -> bool {
        self.0.contains(&s)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = Social> + '_ {
        self.0.iter().copied()
    }
}

/// How an organisation is online.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Presence {
    pub website: bool,
    /// The website's address, if known.
    pub website_url: String,
    pub social: SocialSet,
    pub blog: bool,
    /// A sub-page under an umbrella organisation's site.
    pub umbrella_page: bool,
    /// The organisation can edit that sub-page itself.
    pub umbrella_editable: bool,
    /// It has a space on this platform.
    pub on_platform: bool,
}

impl Presence {
    /// Online in any way.
    pub fn online(&self) -> bool {
        self.website || !self.social.is_empty() || self.blog || self.umbrella_page || self.on_platform
    }

    /// A presence the organisation controls and edits itself: its own
    /// website or blog, its space here, or an umbrella's sub-page it may
    /// edit. (Social media accounts are its own too, but their pages are
    /// the platform's; the study counts them apart.)
    pub fn own_editable(&self) -> bool {
        self.website || self.blog || self.on_platform || (self.umbrella_page && self.umbrella_editable)
    }
}

/// One census entry, parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub name: String,
    pub kind: Kind,
    pub legal_form: LegalForm,
    pub size: SizeBand,
    pub age: AgeProfile,
    pub under_30: bool,
    pub budget: BudgetBand,
    pub founded: Option<i32>,
    pub area: Area,
    pub presence: Presence,
    /// The address (slug) of its space on this platform, if it has one.
    pub platform: Option<String>,
}

/// An entry as typed or read from a CSV line: one string per column.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RawEntry {
    pub name: String,
    pub kind: String,
    pub legal_form: String,
    pub members: String,
    pub age_profile: String,
    pub members_under_30: String,
    pub budget: String,
    pub founded: String,
    pub area: String,
    pub website: String,
    pub website_url: String,
    pub social_media: String,
    pub blog: String,
    pub umbrella_page: String,
    pub umbrella_editable: String,
    pub platform: String,
}

/// The columns of the CSV file, in order; also the form's field names.
pub const COLUMNS: [&str; 16] = [
    "name",
    "kind",
    "legal_form",
    "members",
    "age_profile",
    "members_under_30",
    "budget",
    "founded",
    "area",
    "website",
    "website_url",
    "social_media",
    "blog",
    "umbrella_page",
    "umbrella_editable",
    "platform",
];

impl RawEntry {
    /// The cell of a column by its name.
    pub fn cell_mut(&mut self, column: &str) -> Option<&mut String> {
        Some(match column {
            "name" => &mut self.name,
            "kind" => &mut self.kind,
            "legal_form" => &mut self.legal_form,
            "members" => &mut self.members,
            "age_profile" => &mut self.age_profile,
            "members_under_30" => &mut self.members_under_30,
            "budget" => &mut self.budget,
            "founded" => &mut self.founded,
            "area" => &mut self.area,
            "website" => &mut self.website,
            "website_url" => &mut self.website_url,
            "social_media" => &mut self.social_media,
            "blog" => &mut self.blog,
            "umbrella_page" => &mut self.umbrella_page,
            "umbrella_editable" => &mut self.umbrella_editable,
            "platform" => &mut self.platform,
            _ => return None,
        })
    }

    /// The cells in the order of [`COLUMNS`].
    pub fn cells(&self) -> [&str; 16] {
        [
            &self.name,
            &self.kind,
            &self.legal_form,
            &self.members,
            &self.age_profile,
            &self.members_under_30,
            &self.budget,
            &self.founded,
            &self.area,
            &self.website,
            &self.website_url,
            &self.social_media,
            &self.blog,
            &self.umbrella_page,
            &self.umbrella_editable,
            &self.platform,
        ]
    }
}

fn yes(b: bool) -> String {
    if b { "yes".into() } else { "no".into() }
}

impl Entry {
    /// The entry as the form and the CSV file show it.
    pub fn raw(&self) -> RawEntry {
        RawEntry {
            name: self.name.clone(),
            kind: self.kind.tag().into(),
            legal_form: self.legal_form.tag().into(),
            members: self.size.tag().into(),
            age_profile: self.age.tag().into(),
            members_under_30: yes(self.under_30),
            budget: self.budget.tag().into(),
            founded: self.founded.map(|y| y.to_string()).unwrap_or_default(),
            area: self.area.tag().into(),
            website: yes(self.presence.website),
            website_url: self.presence.website_url.clone(),
            social_media: self.presence.social.tags(),
            blog: yes(self.presence.blog),
            umbrella_page: yes(self.presence.umbrella_page),
            umbrella_editable: yes(self.presence.umbrella_editable),
            platform: self.platform.clone().unwrap_or_default(),
        }
    }
}

/// Yes or no: `yes`/`ja`/`true`/`1`/`x`, `no`/`nein`/`false`/`0` or empty.
pub fn parse_yes_no(field: &'static str, raw: &str) -> Result<bool, FieldError> {
    match raw.trim().to_lowercase().as_str() {
        "yes" | "ja" | "true" | "1" | "x" | "y" | "j" | "on" => Ok(true),
        "no" | "nein" | "false" | "0" | "n" | "" => Ok(false),
        _ => Err(FieldError::new(field, "err-census-yes-no")),
    }
}

fn band<T: Copy>(
    field: &'static str,
    raw: &str,
    from_tag: fn(&str) -> Option<T>,
    unknown: Option<T>,
) -> Result<T, FieldError> {
    let t = raw.trim().to_lowercase();
    if t.is_empty() {
        return unknown.ok_or(FieldError::new(field, "err-census-required"));
    }
    from_tag(&t).ok_or(FieldError::new(field, "err-census-choice"))
}

pub fn parse_name(raw: &str) -> Result<String, FieldError> {
    text("name", raw, 2, 120, "err-census-name-short", "err-census-name-long").map(|t| t.replace(['\n', '\r'], " "))
}

/// Parse one entry. `this_year` bounds the year founded. Every field with
/// a problem gets its own error, named by its column.
pub fn parse_entry(raw: &RawEntry, this_year: i32) -> Result<Entry, Vec<FieldError>> {
    let mut errors = Vec::new();
    fn keep<T>(errors: &mut Vec<FieldError>, r: Result<T, FieldError>) -> Option<T> {
        r.map_err(|e| errors.push(e)).ok()
    }
    let name = keep(&mut errors, parse_name(&raw.name));
    let kind = keep(&mut errors, band("kind", &raw.kind, Kind::from_tag, None));
    let legal_form =
        keep(&mut errors, band("legal_form", &raw.legal_form, LegalForm::from_tag, Some(LegalForm::Unknown)));
    let size = keep(&mut errors, band("members", &raw.members, SizeBand::from_tag, Some(SizeBand::Unknown)));
    let age = keep(&mut errors, band("age_profile", &raw.age_profile, AgeProfile::from_tag, Some(AgeProfile::Unknown)));
    let under_30 = keep(&mut errors, parse_yes_no("members_under_30", &raw.members_under_30));
    let budget = keep(&mut errors, band("budget", &raw.budget, BudgetBand::from_tag, Some(BudgetBand::Unknown)));
    let founded = keep(&mut errors, parse_founded(&raw.founded, this_year));
    let area = keep(&mut errors, band("area", &raw.area, Area::from_tag, Some(Area::Unknown)));
    let website = keep(&mut errors, parse_yes_no("website", &raw.website));
    let website_url = keep(&mut errors, parse_url(&raw.website_url));
    let social = keep(&mut errors, SocialSet::parse(&raw.social_media));
    let blog = keep(&mut errors, parse_yes_no("blog", &raw.blog));
    let umbrella_page = keep(&mut errors, parse_yes_no("umbrella_page", &raw.umbrella_page));
    let umbrella_editable = keep(&mut errors, parse_yes_no("umbrella_editable", &raw.umbrella_editable));
    let platform = keep(&mut errors, parse_platform(&raw.platform));
    let (
        Some(name),
        Some(kind),
        Some(legal_form),
        Some(size),
        Some(age),
        Some(under_30),
        Some(budget),
        Some(founded),
        Some(area),
        Some(website),
        Some(website_url),
        Some(social),
        Some(blog),
        Some(umbrella_page),
        Some(umbrella_editable),
        Some(platform),
    ) = (
        name,
        kind,
        legal_form,
        size,
        age,
        under_30,
        budget,
        founded,
        area,
        website,
        website_url,
        social,
        blog,
        umbrella_page,
        umbrella_editable,
        platform,
    )
    else {
        return Err(errors);
    };
    let presence = Presence {
        // An address given is a website.
        website: website || !website_url.is_empty(),
        website_url,
        social,
        blog,
        umbrella_page,
        // Only a sub-page that exists can be edited.
        umbrella_editable: umbrella_page && umbrella_editable,
        on_platform: platform.is_some(),
    };
    Ok(Entry { name, kind, legal_form, size, age, under_30, budget, founded, area, presence, platform })
}

/// The year founded: empty, or a year from 1000 to this year.
pub fn parse_founded(raw: &str, this_year: i32) -> Result<Option<i32>, FieldError> {
    let t = raw.trim();
    if t.is_empty() {
        return Ok(None);
    }
    t.parse::<i32>()
        .ok()
        .filter(|y| (1000..=this_year).contains(y))
        .map(Some)
        .ok_or(FieldError::new("founded", "err-census-founded"))
}

/// A website's address: empty, or `http(s)://…` without spaces.
pub fn parse_url(raw: &str) -> Result<String, FieldError> {
    crate::validation::web_address("website_url", raw, "err-census-url")
}

/// The address of a space on this platform: empty, or an organisation's
/// slug (also given as its whole address ending in `/o/<slug>`).
pub fn parse_platform(raw: &str) -> Result<Option<String>, FieldError> {
    let t = raw.trim().trim_end_matches('/');
    if t.is_empty() {
        return Ok(None);
    }
    let slug = t.rsplit_once("/o/").map(|(_, s)| s).unwrap_or(t);
    crate::neighbourhood::Slug::parse(slug)
        .map(|s| Some(s.as_str().to_string()))
        .map_err(|_| FieldError::new("platform", "err-census-platform"))
}

/// What someone does with a census.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CensusAction {
    /// See the list, an entry, the statistics; export the file.
    Read,
    /// Add, change, import, take a snapshot.
    Keep,
    /// Print a claim letter for an entry not on the platform.
    Invite,
}

/// The rule: a census names organisations not on the platform and what
/// they lack, so only the quarter's coordinators keep and read it; the
/// operator of the instance may read it (for the instance's statistics)
/// but not change it or invite.
pub fn census(actor: &Actor, action: CensusAction) -> bool {
    let coordinator = matches!(actor.membership, Some((role, MembershipStatus::Verified)) if role >= Role::Coordinator);
    match action {
        CensusAction::Read => coordinator || (actor.logged_in && actor.operator),
        CensusAction::Keep | CensusAction::Invite => coordinator,
    }
}

// ---------------------------------------------------------------------------
// The CSV file

/// The largest file taken (2 MiB: some 10,000 lines).
pub const MAX_CSV_BYTES: usize = 2 * 1024 * 1024;
/// The most lines taken at once.
pub const MAX_CSV_ROWS: usize = 5000;
/// The most problems reported; a file with more has a deeper fault.
pub const MAX_CSV_ERRORS: usize = 100;

/// One problem in a CSV file: its line (1 is the header; 0 the file as a
/// whole), the column it is in, if any, and a Fluent key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvError {
    pub line: u64,
    pub column: String,
    pub key: &'static str,
}

impl CsvError {
    fn file(key: &'static str) -> Self {
        CsvError { line: 0, column: String::new(), key }
    }
}

/// A cell as a spreadsheet would not run it: a leading `=`, `+`, `-`, `@`,
/// tab or carriage return gets an apostrophe before it.
pub fn neutralise(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{cell}") } else { cell.to_string() }
}

/// The cell as written before [`neutralise`].
fn unneutralise(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => cell,
    }
}

/// One good line of a CSV file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvLine {
    pub line: u64,
    pub entry: Entry,
}

/// Parse a whole CSV file: UTF-8 (a byte-order mark is allowed), the first
/// line names the columns (any order; `name` and `kind` are needed, the
/// others may be missing), cells separated by commas or semicolons. Either
/// every line is good and all entries come back, or the problems of every
/// line do (at most [`MAX_CSV_ERRORS`]).
pub fn parse_csv(bytes: &[u8], this_year: i32) -> Result<Vec<CsvLine>, Vec<CsvError>> {
    if bytes.len() > MAX_CSV_BYTES {
        return Err(vec![CsvError::file("err-census-csv-too-big")]);
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let good = bytes.get(..e.valid_up_to()).unwrap_or_default();
            let line = good.iter().filter(|b| **b == b'\n').count() as u64 + 1;
            return Err(vec![CsvError { line, column: String::new(), key: "err-census-csv-encoding" }]);
        }
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first = text.lines().next().unwrap_or("");
    if first.trim().is_empty() {
        return Err(vec![CsvError::file("err-census-csv-empty")]);
    }
    let delimiter = if first.contains(';') && !first.contains(',') { b';' } else { b',' };
    let mut reader =
        csv::ReaderBuilder::new().delimiter(delimiter).has_headers(false).flexible(true).from_reader(text.as_bytes());
    let mut records = reader.records();
    let header = match records.next() {
        Some(Ok(h)) => h,
        _ => return Err(vec![CsvError { line: 1, column: String::new(), key: "err-census-csv-malformed" }]),
    };
    let mut errors = Vec::new();
    let mut columns: Vec<Option<&'static str>> = Vec::new();
    for cell in header.iter() {
        let name = cell.trim().to_lowercase();
        match COLUMNS.iter().find(|c| **c == name) {
            Some(c) if columns.contains(&Some(*c)) => {
                errors.push(CsvError { line: 1, column: name, key: "err-census-csv-duplicate-column" })
            }
            Some(c) => columns.push(Some(*c)),
            None if name.is_empty() => columns.push(None),
            None => {
                let shown: String = name.chars().take(40).collect();
                errors.push(CsvError { line: 1, column: shown, key: "err-census-csv-unknown-column" });
                columns.push(None);
            }
        }
    }
    for needed in ["name", "kind"] {
        if !columns.contains(&Some(needed)) {
            errors.push(CsvError { line: 1, column: needed.into(), key: "err-census-csv-missing-column" });
        }
    }
    if !errors.is_empty() {
        errors.truncate(MAX_CSV_ERRORS);
        return Err(errors);
    }
    let mut entries = Vec::new();
    for (i, rec) in records.enumerate() {
        if errors.len() >= MAX_CSV_ERRORS {
            break;
        }
        if i >= MAX_CSV_ROWS {
            return Err(vec![CsvError::file("err-census-csv-too-many-rows")]);
        }
        let rec = match rec {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map(|p| p.line()).unwrap_or(0);
                errors.push(CsvError { line, column: String::new(), key: "err-census-csv-malformed" });
                continue;
            }
        };
        let line = rec.position().map(|p| p.line()).unwrap_or(i as u64 + 2);
        if rec.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        if rec.len() > columns.len() && rec.iter().skip(columns.len()).any(|c| !c.trim().is_empty()) {
            errors.push(CsvError { line, column: String::new(), key: "err-census-csv-extra-cells" });
            continue;
        }
        let mut raw = RawEntry::default();
        for (cell, column) in rec.iter().zip(&columns) {
            if let Some(slot) = column.and_then(|c| raw.cell_mut(c)) {
                *slot = unneutralise(cell).to_string();
            }
        }
        match parse_entry(&raw, this_year) {
            Ok(entry) => entries.push(CsvLine { line, entry }),
            Err(es) => errors.extend(es.into_iter().map(|e| CsvError { line, column: e.field.into(), key: e.key })),
        }
    }
    errors.truncate(MAX_CSV_ERRORS);
    if errors.is_empty() { Ok(entries) } else { Err(errors) }
}

/// The census as a CSV file with the columns of [`COLUMNS`], every cell a
/// spreadsheet could run neutralised. Reads back with [`parse_csv`].
pub fn to_csv(entries: &[Entry]) -> String {
    let mut w = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(Vec::new());
    // Writing to memory cannot fail; a failure would only leave a line out.
    let _ = w.write_record(COLUMNS);
    for e in entries {
        let raw = e.raw();
        let _ = w.write_record(raw.cells().iter().map(|c| neutralise(c)));
    }
    let bytes = w.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

// ---------------------------------------------------------------------------
// Claim letters

/// How many days a claim code on a printed letter stays valid.
pub const CLAIM_DAYS: i64 = 90;

/// Where a claim code stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClaimState {
    Usable,
    Used,
    Expired,
}

/// A code works once and until it expires.
pub fn claim_state(
    used: bool,
    expires_at: chrono::DateTime<chrono::Utc>,
    now: chrono::DateTime<chrono::Utc>,
) -> ClaimState {
    if used {
        ClaimState::Used
    } else if now >= expires_at {
        ClaimState::Expired
    } else {
        ClaimState::Usable
    }
}

/// The kind of organisation (`organisation::KINDS`) a census entry becomes
/// on the platform, as first proposed to whoever claims it.
pub fn org_kind(kind: Kind, legal: LegalForm) -> &'static str {
    match (kind, legal) {
        (Kind::Religious, _) => "parish",
        (Kind::Social, LegalForm::Registered | LegalForm::Other) => "social_service",
        (_, LegalForm::Unregistered) => "initiative",
        _ => "club",
    }
}

// ---------------------------------------------------------------------------
// Stages: how far an organisation has come online

crate::tagged! {
    /// A ladder of how far an organisation has come online (issue 16:
    /// offline → sub-page → own space → active news and events). Lower
    /// stages are declared first, so they also compare lower.
    #[derive(PartialOrd, Ord, Hash)]
    pub enum Stage {
        /// Not online at all.
        Offline = "offline",
        /// Only a presence it does not fully control: an umbrella's
        /// sub-page it cannot edit, or social media only.
        SubPage = "sub_page",
        /// A presence of its own: its website or blog, an umbrella's
        /// sub-page it edits itself, or a space on this platform.
        OwnSpace = "own_space",
        /// A space on this platform that published news everyone may read,
        /// or events, in the last twelve months.
        Active = "active",
    }
}

/// The stage of an organisation with this presence. `active_on_platform`:
/// its space on this platform published public news or events in the last
/// twelve months (the store counts that); it counts only with a space here.
pub fn stage(presence: &Presence, active_on_platform: bool) -> Stage {
    if presence.on_platform && active_on_platform {
        Stage::Active
    } else if presence.own_editable() {
        Stage::OwnSpace
    } else if presence.online() {
        Stage::SubPage
    } else {
        Stage::Offline
    }
}

/// Which way an organisation went since the year recorded before.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// The first year recorded.
    First,
    Up,
    Same,
    Down,
}

impl Change {
    /// From one stage to the next recorded one.
    pub fn between(before: Stage, after: Stage) -> Change {
        match after.cmp(&before) {
            std::cmp::Ordering::Greater => Change::Up,
            std::cmp::Ordering::Equal => Change::Same,
            std::cmp::Ordering::Less => Change::Down,
        }
    }
}

/// One year of an organisation's progress, as the census entry shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step {
    pub year: i32,
    pub stage: Stage,
    /// Compared with the year recorded before (not necessarily the
    /// calendar year before: a year without a snapshot is skipped).
    pub change: Change,
}

/// The steps of one organisation's history of (year, stage), oldest year
/// first, each compared with the one before. A year given twice counts
/// once (the last given).
pub fn steps(history: &[(i32, Stage)]) -> Vec<Step> {
    let mut by_year: std::collections::BTreeMap<i32, Stage> = std::collections::BTreeMap::new();
    for (year, stage) in history {
        by_year.insert(*year, *stage);
    }
    let mut out: Vec<Step> = Vec::with_capacity(by_year.len());
    for (year, stage) in by_year {
        let change = out.last().map_or(Change::First, |before| Change::between(before.stage, stage));
        out.push(Step { year, stage, change });
    }
    out
}

/// How many organisations moved up, stayed and moved down between two
/// years (only those recorded in both).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Moves {
    pub up: u64,
    pub same: u64,
    pub down: u64,
}

/// Count the moves from (stage before, stage after, how many) lines.
pub fn moves(lines: &[(Stage, Stage, u64)]) -> Moves {
    let mut m = Moves::default();
    for (before, after, count) in lines {
        match Change::between(*before, *after) {
            Change::Up => m.up += count,
            Change::Same | Change::First => m.same += count,
            Change::Down => m.down += count,
        }
    }
    m
}

// ---------------------------------------------------------------------------
// Statistics

crate::tagged! {
    /// The measures of the statistics.
    pub enum Measure {
        Online = "online",
        Website = "website",
        Social = "social",
        Blog = "blog",
        Own = "own",
    }
}

crate::tagged! {
    /// How the statistics are broken down.
    pub enum Dimension {
        All = "all",
        Size = "size",
        Age = "age",
        Area = "area",
    }
}

/// How many organisations, and how many of them meet each measure.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub total: u64,
    pub online: u64,
    pub website: u64,
    pub social: u64,
    pub blog: u64,
    pub own: u64,
}

impl Counts {
    pub fn of(&self, m: Measure) -> u64 {
        match m {
            Measure::Online => self.online,
            Measure::Website => self.website,
            Measure::Social => self.social,
            Measure::Blog => self.blog,
            Measure::Own => self.own,
        }
    }

    /// The share meeting `m`, in whole percent (0 when there is nobody).
    pub fn percent(&self, m: Measure) -> u32 {
        percent(self.of(m), self.total)
    }

    /// Add another group's counts to these.
    pub fn add(&mut self, o: &Counts) {
        self.total += o.total;
        self.online += o.online;
        self.website += o.website;
        self.social += o.social;
        self.blog += o.blog;
        self.own += o.own;
    }

    /// The counts of one entry.
    pub fn one(p: &Presence) -> Counts {
        let b = |x: bool| u64::from(x);
        Counts {
            total: 1,
            online: b(p.online()),
            website: b(p.website),
            social: b(!p.social.is_empty()),
            blog: b(p.blog),
            own: b(p.own_editable()),
        }
    }
}

/// `part` of `whole` in whole percent, rounded half up.
pub fn percent(part: u64, whole: u64) -> u32 {
    if whole == 0 {
        return 0;
    }
    let p = (part.min(whole) * 200 + whole) / (whole * 2);
    u32::try_from(p).unwrap_or(100)
}

/// One cell of the census counted by size, age profile and area together.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cell {
    pub size: SizeBand,
    pub age: AgeProfile,
    pub area: Area,
    pub counts: Counts,
}

/// One line of the statistics: a dimension, its bucket (the tag of the band,
/// `all` for the whole census) and the counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub dimension: Dimension,
    pub bucket: &'static str,
    pub counts: Counts,
}

/// Roll the cells up: the whole census, then each size band, age profile
/// and area in declaration order (also those with nobody, so years line up).
pub fn roll_up(cells: &[Cell]) -> Vec<Line> {
    let mut all = Counts::default();
    let mut size = [Counts::default(); 5];
    let mut age = [Counts::default(); 5];
    let mut area = [Counts::default(); 3];
    for c in cells {
        all.add(&c.counts);
        if let Some(i) = SizeBand::ALL.iter().position(|s| *s == c.size) {
            size[i].add(&c.counts);
        }
        if let Some(i) = AgeProfile::ALL.iter().position(|s| *s == c.age) {
            age[i].add(&c.counts);
        }
        if let Some(i) = Area::ALL.iter().position(|s| *s == c.area) {
            area[i].add(&c.counts);
        }
    }
    let mut out = vec![Line { dimension: Dimension::All, bucket: "all", counts: all }];
    out.extend(SizeBand::ALL.iter().zip(size).map(|(b, counts)| Line {
        dimension: Dimension::Size,
        bucket: b.tag(),
        counts,
    }));
    out.extend(AgeProfile::ALL.iter().zip(age).map(|(b, counts)| Line {
        dimension: Dimension::Age,
        bucket: b.tag(),
        counts,
    }));
    out.extend(Area::ALL.iter().zip(area).map(|(b, counts)| Line {
        dimension: Dimension::Area,
        bucket: b.tag(),
        counts,
    }));
    out
}

/// The buckets of a dimension, as stored.
pub fn buckets(d: Dimension) -> Vec<&'static str> {
    match d {
        Dimension::All => vec!["all"],
        Dimension::Size => SizeBand::ALL.iter().map(|b| b.tag()).collect(),
        Dimension::Age => AgeProfile::ALL.iter().map(|b| b.tag()).collect(),
        Dimension::Area => Area::ALL.iter().map(|b| b.tag()).collect(),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;
    use proptest::prelude::*;

    fn raw(name: &str, kind: &str) -> RawEntry {
        RawEntry { name: name.into(), kind: kind.into(), ..RawEntry::default() }
    }

    #[test]
    fn an_entry_needs_a_name_and_a_kind_and_nothing_else() {
        let e = parse_entry(&raw("Kleingartenverein", "leisure"), 2026).unwrap();
        assert_eq!(e.size, SizeBand::Unknown);
        assert!(!e.presence.online());
        let errs = parse_entry(&raw("K", "rowing"), 2026).unwrap_err();
        let fields: Vec<_> = errs.iter().map(|e| e.field).collect();
        assert_eq!(fields, ["name", "kind"]);
    }

    #[test]
    fn every_bad_field_is_named() {
        let r = RawEntry {
            members: "viele".into(),
            founded: "2099".into(),
            website: "vielleicht".into(),
            website_url: "javascript:alert(1)".into(),
            social_media: "facebook, myspace".into(),
            platform: "Ä Ö".into(),
            ..raw("Chor", "culture")
        };
        let errs = parse_entry(&r, 2026).unwrap_err();
        let fields: Vec<_> = errs.iter().map(|e| e.field).collect();
        assert_eq!(fields, ["members", "founded", "website", "website_url", "social_media", "platform"]);
    }

    #[test]
    fn presence_measures() {
        let mut p = Presence { umbrella_page: true, ..Presence::default() };
        assert!(p.online() && !p.own_editable());
        p.umbrella_editable = true;
        assert!(p.own_editable());
        let p = Presence { social: SocialSet::new([Social::Instagram]), ..Presence::default() };
        assert!(p.online() && !p.own_editable());
        // An editable sub-page that does not exist is not one.
        let r = RawEntry { umbrella_editable: "yes".into(), ..raw("Chor", "culture") };
        assert!(!parse_entry(&r, 2026).unwrap().presence.own_editable());
    }

    #[test]
    fn only_coordinators_keep_the_census_and_the_operator_reads_it() {
        let coord = Actor {
            logged_in: true,
            operator: false,
            membership: Some((Role::Coordinator, MembershipStatus::Verified)),
        };
        let resident = Actor { membership: Some((Role::Resident, MembershipStatus::Verified)), ..coord };
        let moderator = Actor { membership: Some((Role::Moderator, MembershipStatus::Verified)), ..coord };
        let pending = Actor { membership: Some((Role::Coordinator, MembershipStatus::Pending)), ..coord };
        let operator = Actor { logged_in: true, operator: true, membership: None };
        for a in [CensusAction::Read, CensusAction::Keep, CensusAction::Invite] {
            assert!(census(&coord, a));
            assert!(!census(&resident, a) && !census(&moderator, a) && !census(&pending, a));
            assert!(!census(&Actor::anonymous(), a));
        }
        assert!(census(&operator, CensusAction::Read));
        assert!(!census(&operator, CensusAction::Keep) && !census(&operator, CensusAction::Invite));
    }

    #[test]
    fn a_file_with_errors_names_every_line_and_column_and_gives_nothing() {
        let f = "name,kind,members,founded\nChor,culture,10_to_49,1980\nX,rowing,many,1980\nTurnverein,sports,,3000\n";
        let errs = parse_csv(f.as_bytes(), 2026).unwrap_err();
        let got: Vec<(u64, &str)> = errs.iter().map(|e| (e.line, e.column.as_str())).collect();
        assert_eq!(got, [(3, "name"), (3, "kind"), (3, "members"), (4, "founded")]);
    }

    #[test]
    fn header_problems_come_first() {
        let errs = parse_csv(b"name,colour\nChor,blue\n", 2026).unwrap_err();
        let got: Vec<(&str, &str)> = errs.iter().map(|e| (e.column.as_str(), e.key)).collect();
        assert_eq!(got, [("colour", "err-census-csv-unknown-column"), ("kind", "err-census-csv-missing-column")]);
        assert_eq!(parse_csv(b"", 2026).unwrap_err()[0].key, "err-census-csv-empty");
    }

    #[test]
    fn wrong_encoding_is_named_with_its_line() {
        let mut f = b"name,kind\nChor,culture\n".to_vec();
        f.extend_from_slice(b"M\xfcnchner Kreis,culture\n");
        let errs = parse_csv(&f, 2026).unwrap_err();
        assert_eq!(errs, [CsvError { line: 3, column: String::new(), key: "err-census-csv-encoding" }]);
    }

    #[test]
    fn semicolons_a_bom_and_quotes_are_read() {
        let f = "\u{feff}Name;Kind;Social_Media\n\"Chor; gemischt\";culture;facebook,instagram\n";
        let e = parse_csv(f.as_bytes(), 2026).unwrap();
        assert_eq!(e[0].line, 2);
        let e: Vec<Entry> = e.into_iter().map(|l| l.entry).collect();
        assert_eq!(e[0].name, "Chor; gemischt");
        assert_eq!(e[0].presence.social.tags(), "facebook,instagram");
    }

    #[test]
    fn too_big_and_too_long_files_are_refused_whole() {
        let big = vec![b'a'; MAX_CSV_BYTES + 1];
        assert_eq!(parse_csv(&big, 2026).unwrap_err()[0].key, "err-census-csv-too-big");
        let mut f = String::from("name,kind\n");
        for i in 0..=MAX_CSV_ROWS {
            f.push_str(&format!("V{i},sports\n"));
        }
        assert_eq!(parse_csv(f.as_bytes(), 2026).unwrap_err()[0].key, "err-census-csv-too-many-rows");
    }

    #[test]
    fn formulas_are_neutralised_on_export_and_read_back_as_typed() {
        let mut e = parse_entry(&raw("=HYPERLINK(\"http://evil\",\"x\")", "civic"), 2026).unwrap();
        e.presence.website_url = "https://example.org/-a".into();
        e.presence.website = true;
        let out = to_csv(std::slice::from_ref(&e));
        assert!(out.contains("\"'=HYPERLINK("), "{out}");
        let back: Vec<Entry> = parse_csv(out.as_bytes(), 2026).unwrap().into_iter().map(|l| l.entry).collect();
        assert_eq!(back, [e]);
    }

    #[test]
    fn a_claim_code_works_once_and_until_it_expires() {
        let t = chrono::DateTime::from_timestamp(1_800_000_000, 0).unwrap();
        let later = t + chrono::Duration::days(CLAIM_DAYS);
        assert_eq!(claim_state(false, later, t), ClaimState::Usable);
        assert_eq!(claim_state(true, later, t), ClaimState::Used);
        assert_eq!(claim_state(false, later, later), ClaimState::Expired);
        for k in Kind::ALL {
            for l in LegalForm::ALL {
                assert!(crate::organisation::KINDS.contains(&org_kind(k, l)));
            }
        }
    }

    #[test]
    fn the_stage_ladder() {
        let none = Presence::default();
        assert_eq!(stage(&none, false), Stage::Offline);
        // Activity counts only with a space here.
        assert_eq!(stage(&none, true), Stage::Offline);
        let social = Presence { social: SocialSet::new([Social::Facebook]), ..Presence::default() };
        assert_eq!(stage(&social, false), Stage::SubPage);
        let sub = Presence { umbrella_page: true, ..Presence::default() };
        assert_eq!(stage(&sub, false), Stage::SubPage);
        let editable = Presence { umbrella_page: true, umbrella_editable: true, ..Presence::default() };
        assert_eq!(stage(&editable, false), Stage::OwnSpace);
        for own in [
            Presence { website: true, ..Presence::default() },
            Presence { blog: true, ..Presence::default() },
            Presence { on_platform: true, ..Presence::default() },
        ] {
            assert_eq!(stage(&own, false), Stage::OwnSpace, "{own:?}");
        }
        // An own website that is busy is still not active here.
        assert_eq!(stage(&Presence { website: true, ..Presence::default() }, true), Stage::OwnSpace);
        let here = Presence { on_platform: true, social: social.social.clone(), ..Presence::default() };
        assert_eq!(stage(&here, true), Stage::Active);
        assert!(Stage::Offline < Stage::SubPage && Stage::SubPage < Stage::OwnSpace && Stage::OwnSpace < Stage::Active);
        for s in Stage::ALL {
            assert_eq!(Stage::from_tag(s.tag()), Some(s));
        }
    }

    #[test]
    fn steps_compare_each_year_with_the_one_recorded_before() {
        let h = [(2025, Stage::OwnSpace), (2023, Stage::Offline), (2024, Stage::OwnSpace), (2026, Stage::SubPage)];
        let got: Vec<(i32, Change)> = steps(&h).iter().map(|s| (s.year, s.change)).collect();
        assert_eq!(got, [(2023, Change::First), (2024, Change::Up), (2025, Change::Same), (2026, Change::Down)]);
        assert!(steps(&[]).is_empty());
        // A year given twice counts once.
        assert_eq!(steps(&[(2024, Stage::Offline), (2024, Stage::Active)]).len(), 1);
    }

    #[test]
    fn moves_add_up_by_direction() {
        let lines = [
            (Stage::Offline, Stage::SubPage, 3),
            (Stage::SubPage, Stage::Active, 4),
            (Stage::OwnSpace, Stage::OwnSpace, 2),
            (Stage::Active, Stage::OwnSpace, 1),
        ];
        assert_eq!(moves(&lines), Moves { up: 7, same: 2, down: 1 });
    }

    #[test]
    fn percent_rounds_half_up_and_never_divides_by_zero() {
        assert_eq!(percent(1, 3), 33);
        assert_eq!(percent(2, 3), 67);
        assert_eq!(percent(1, 2), 50);
        assert_eq!(percent(1, 0), 0);
        assert_eq!(percent(5, 4), 100);
    }

    #[test]
    fn the_roll_up_sums_each_dimension_to_the_whole() {
        let one = Counts { total: 2, online: 1, website: 1, social: 0, blog: 0, own: 1 };
        let cells = [
            Cell { size: SizeBand::Under10, age: AgeProfile::Older, area: Area::Rural, counts: one },
            Cell { size: SizeBand::From200, age: AgeProfile::Older, area: Area::Urban, counts: one },
        ];
        let lines = roll_up(&cells);
        assert_eq!(lines.len(), 1 + 5 + 5 + 3);
        for d in [Dimension::Size, Dimension::Age, Dimension::Area] {
            let sum: u64 = lines.iter().filter(|l| l.dimension == d).map(|l| l.counts.total).sum();
            assert_eq!(sum, 4);
        }
    }

    fn arb_entry() -> impl Strategy<Value = Entry> {
        (
            "[a-zA-Z=+@ -]{2,30}",
            0..Kind::ALL.len(),
            0..SizeBand::ALL.len(),
            0..AgeProfile::ALL.len(),
            any::<bool>(),
            proptest::option::of(1800i32..2026),
            any::<[bool; 5]>(),
            proptest::collection::vec(0..Social::ALL.len(), 0..4),
        )
            .prop_filter_map("a name the parser keeps", |(name, k, s, a, u30, founded, flags, social)| {
                let name = name.trim().to_string();
                parse_name(&name).ok().filter(|n| *n == name)?;
                Some(Entry {
                    name,
                    kind: Kind::ALL[k],
                    legal_form: LegalForm::Registered,
                    size: SizeBand::ALL[s],
                    age: AgeProfile::ALL[a],
                    under_30: u30,
                    budget: BudgetBand::Unknown,
                    founded,
                    area: Area::Rural,
                    presence: Presence {
                        website: flags[0],
                        website_url: String::new(),
                        social: SocialSet::new(social.into_iter().map(|i| Social::ALL[i])),
                        blog: flags[1],
                        umbrella_page: flags[2],
                        umbrella_editable: flags[2] && flags[3],
                        on_platform: flags[4],
                    },
                    platform: flags[4].then(|| "ein-verein".to_string()),
                })
            })
    }

    proptest! {
        #[test]
        fn export_then_import_gives_the_same_census(entries in proptest::collection::vec(arb_entry(), 0..8)) {
            let back: Vec<Entry> = parse_csv(to_csv(&entries).as_bytes(), 2026).unwrap().into_iter().map(|l| l.entry).collect();
            prop_assert_eq!(back, entries);
        }

        #[test]
        fn any_bytes_give_entries_or_errors_never_a_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
            let _ = parse_csv(&bytes, 2026);
        }
    }

    #[test]
    fn a_header_of_many_unknown_columns_reports_at_most_the_limit() {
        let header: Vec<String> = (0..300).map(|i| format!("spalte{i}")).collect();
        let file = format!("name,kind,{}\nA,culture\n", header.join(","));
        let errors = parse_csv(file.as_bytes(), 2026).unwrap_err();
        assert_eq!(errors.len(), MAX_CSV_ERRORS);
        assert!(errors.iter().all(|e| e.line == 1 && e.key == "err-census-csv-unknown-column"));
    }
}

//! Route handlers; see the module documentation one level up.

use super::pages::{
    CensusPage, Check, ColumnDoc, EntryFormPage, EntryRow, FilterForm, ImportPage, LineError, ProgressRow,
};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::AppError;
use crate::extractors::{Form, FormWithUpload, Path, Query};
use crate::guards::{NbAccess, nb_access, path_param};
use crate::page::{PageQuery, Pager, notice, render, render_invalid, see_other};
use crate::views::{Choice, view};
use axum::extract::{FromRequestParts, State};
use axum::http::request::Parts;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use chrono::Datelike;
use quartier_core::census::{
    self as census, AgeProfile, Area, BudgetBand, CensusAction, Change, Entry, Kind, LegalForm, RawEntry, SizeBand,
    Social, Stage,
};
use quartier_core::{FieldError, FieldErrors};
use quartier_store::census::{CensusFilter, CensusRow};
use serde::Deserialize;
use std::collections::HashMap;
use uuid::Uuid;

// --- Guards -------------------------------------------------------------

async fn census_access(parts: &mut Parts, st: &AppState, action: CensusAction) -> Result<NbAccess, AppError> {
    let ctx = Ctx::from_request_parts(parts, st).await?;
    ctx.require_user()?;
    let slug = path_param(parts, st, "slug").await?;
    let a = nb_access(st, &ctx, &slug).await?;
    if !census::census(&a.actor, action) {
        return Err(AppError::Forbidden);
    }
    Ok(a)
}

/// May read the census of `{slug}`: `census::census(.., Read)`.
pub struct CensusReader(pub NbAccess);

impl FromRequestParts<AppState> for CensusReader {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, st: &AppState) -> Result<Self, AppError> {
        Ok(CensusReader(census_access(parts, st, CensusAction::Read).await?))
    }
}

/// May keep (add, change, import, snapshot) the census of `{slug}`:
/// `census::census(.., Keep)`.
pub struct CensusKeeper(pub NbAccess);

impl FromRequestParts<AppState> for CensusKeeper {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, st: &AppState) -> Result<Self, AppError> {
        Ok(CensusKeeper(census_access(parts, st, CensusAction::Keep).await?))
    }
}

/// May print claim letters for the census of `{slug}`:
/// `census::census(.., Invite)`.
pub struct CensusInviter(pub NbAccess);

impl FromRequestParts<AppState> for CensusInviter {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, st: &AppState) -> Result<Self, AppError> {
        Ok(CensusInviter(census_access(parts, st, CensusAction::Invite).await?))
    }
}

// --- Labels -------------------------------------------------------------

/// The message key of a stored tag: `census-<what>-<tag>` with dashes.
fn label(ctx: &Ctx, what: &str, tag: &str) -> String {
    ctx.t(&format!("census-{what}-{}", tag.replace('_', "-")))
}

fn choices(ctx: &Ctx, what: &str, tags: &[&'static str]) -> Vec<Choice> {
    tags.iter().map(|t| Choice { value: t.to_string(), label: label(ctx, what, t) }).collect()
}

/// A stage of the ladder, as a label.
pub(super) fn stage_label(ctx: &Ctx, s: Stage) -> String {
    label(ctx, "stage", s.tag())
}

fn kind_tags() -> Vec<&'static str> {
    Kind::ALL.iter().map(|k| k.tag()).collect()
}
fn size_tags() -> Vec<&'static str> {
    SizeBand::ALL.iter().map(|k| k.tag()).collect()
}
fn area_tags() -> Vec<&'static str> {
    Area::ALL.iter().map(|k| k.tag()).collect()
}

/// How an entry is online, as labels.
fn presence_line(ctx: &Ctx, e: &Entry) -> String {
    let p = &e.presence;
    let mut parts = Vec::new();
    if p.on_platform {
        parts.push(ctx.t("census-on-platform"));
    }
    if p.website {
        parts.push(ctx.t("census-website"));
    }
    for s in p.social.iter() {
        parts.push(label(ctx, "social", s.tag()));
    }
    if p.blog {
        parts.push(ctx.t("census-blog"));
    }
    if p.umbrella_page {
        parts.push(if p.umbrella_editable {
            ctx.t("census-umbrella-editable-short")
        } else {
            ctx.t("census-umbrella-page")
        });
    }
    if parts.is_empty() { ctx.t("census-not-online") } else { parts.join(", ") }
}

fn this_year(st: &AppState) -> i32 {
    st.store.now().year()
}

// --- The list -------------------------------------------------------------

/// The list's query string: where the page starts, a notice, the filter.
#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct ListQuery {
    notice: Option<String>,
    #[serde(flatten)]
    at: PageQuery,
    q: String,
    kind: String,
    area: String,
    size: String,
    online: String,
}

impl ListQuery {
    fn filter(&self) -> CensusFilter {
        let text: String = self.q.trim().chars().take(100).collect();
        CensusFilter {
            text: Some(text).filter(|t| !t.is_empty()),
            kind: Kind::from_tag(self.kind.trim()),
            area: Area::from_tag(self.area.trim()),
            size: SizeBand::from_tag(self.size.trim()),
            online: match self.online.as_str() {
                "yes" => Some(true),
                "no" => Some(false),
                _ => None,
            },
        }
    }
}

fn filter_query(f: &CensusFilter) -> String {
    let mut q = url::form_urlencoded::Serializer::new(String::new());
    if let Some(t) = &f.text {
        q.append_pair("q", t);
    }
    if let Some(k) = f.kind {
        q.append_pair("kind", k.tag());
    }
    if let Some(a) = f.area {
        q.append_pair("area", a.tag());
    }
    if let Some(s) = f.size {
        q.append_pair("size", s.tag());
    }
    if let Some(o) = f.online {
        q.append_pair("online", if o { "yes" } else { "no" });
    }
    q.finish()
}

fn row(ctx: &Ctx, r: CensusRow, stage: Stage) -> EntryRow {
    let e = r.entry();
    EntryRow {
        stage: stage_label(ctx, stage),
        id: r.e.id.to_string(),
        kind: label(ctx, "kind", e.kind.tag()),
        size: label(ctx, "members", e.size.tag()),
        area: label(ctx, "area", e.area.tag()),
        presence: presence_line(ctx, &e),
        platform: r.platform.unwrap_or_default(),
        name: e.name,
    }
}

/// The census of a neighbourhood, by name, a page at a time.
pub async fn list(
    ctx: Ctx,
    State(st): State<AppState>,
    CensusReader(a): CensusReader,
    Query(q): Query<ListQuery>,
) -> Result<Response, AppError> {
    let f = q.filter();
    let page = st.store.census_page(a.n.id, &f, q.at.cursor()).await?;
    let query = filter_query(&f);
    let base = format!("/n/{}/census", a.n.slug);
    let pager = Pager::new(&if query.is_empty() { base.clone() } else { format!("{base}?{query}") }, &page);
    // Each entry's stage now, for the whole page at once.
    let entries: Vec<_> = page.items.iter().map(|r| &r.e).collect();
    let stages = st.store.census_stages_now(&entries).await?;
    let rows = page
        .items
        .into_iter()
        .map(|r| {
            let stage = stages.get(&r.e.id).copied().unwrap_or(Stage::Offline);
            row(&ctx, r, stage)
        })
        .collect();
    let filter = FilterForm {
        text: f.text.clone().unwrap_or_default(),
        kind: f.kind.map(|k| k.tag().to_string()).unwrap_or_default(),
        area: f.area.map(|k| k.tag().to_string()).unwrap_or_default(),
        size: f.size.map(|k| k.tag().to_string()).unwrap_or_default(),
        online: match f.online {
            Some(true) => "yes".into(),
            Some(false) => "no".into(),
            None => String::new(),
        },
        kinds: choices(&ctx, "kind", &kind_tags()),
        areas: choices(&ctx, "area", &area_tags()),
        sizes: choices(&ctx, "members", &size_tags()),
        filtered: f != CensusFilter::default(),
    };
    let keeps = census::census(&a.actor, CensusAction::Keep);
    render(&CensusPage { notice: notice(&ctx, q.notice.as_deref()), n: view(&a), rows, pager, filter, keeps, ctx })
}

// --- Add and change ---------------------------------------------------------

/// The entry form: one text per column, social media as check boxes
/// `social_<tag>`, yes/no questions as check boxes with the value `yes`.
#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct EntryForm {
    name: String,
    kind: String,
    legal_form: String,
    members: String,
    age_profile: String,
    members_under_30: String,
    budget: String,
    founded: String,
    area: String,
    website: String,
    website_url: String,
    blog: String,
    umbrella_page: String,
    umbrella_editable: String,
    platform: String,
    #[serde(flatten)]
    rest: HashMap<String, String>,
}

impl EntryForm {
    fn raw(&self) -> RawEntry {
        let social: Vec<&str> = Social::ALL
            .iter()
            .filter(|s| self.rest.get(&format!("social_{}", s.tag())).is_some_and(|v| v == "yes"))
            .map(|s| s.tag())
            .collect();
        RawEntry {
            name: self.name.clone(),
            kind: self.kind.clone(),
            legal_form: self.legal_form.clone(),
            members: self.members.clone(),
            age_profile: self.age_profile.clone(),
            members_under_30: self.members_under_30.clone(),
            budget: self.budget.clone(),
            founded: self.founded.clone(),
            area: self.area.clone(),
            website: self.website.clone(),
            website_url: self.website_url.clone(),
            social_media: social.join(","),
            blog: self.blog.clone(),
            umbrella_page: self.umbrella_page.clone(),
            umbrella_editable: self.umbrella_editable.clone(),
            platform: self.platform.clone(),
        }
    }
}

fn is_yes(raw: &str) -> bool {
    census::parse_yes_no("x", raw).unwrap_or(false)
}

fn form_page(
    ctx: &Ctx,
    a: &NbAccess,
    action: String,
    editing: bool,
    f: RawEntry,
    errors: FieldErrors,
    progress: Vec<ProgressRow>,
) -> EntryFormPage {
    let social_set = quartier_core::census::SocialSet::from_stored(&f.social_media);
    let check = |name: &str, key: &str, value: &str| Check {
        name: name.to_string(),
        label: ctx.t(key),
        checked: is_yes(value),
    };
    let checks = vec![
        check("members_under_30", "label-census-under-30", &f.members_under_30),
        check("website", "label-census-website", &f.website),
        check("blog", "label-census-blog", &f.blog),
        check("umbrella_page", "label-census-umbrella-page", &f.umbrella_page),
        check("umbrella_editable", "label-census-umbrella-editable", &f.umbrella_editable),
    ];
    let social = Social::ALL
        .iter()
        .map(|s| Check {
            name: format!("social_{}", s.tag()),
            label: label(ctx, "social", s.tag()),
            checked: social_set.contains(*s),
        })
        .collect();
    EntryFormPage {
        ctx: ctx.clone(),
        n: view(a),
        errors,
        action,
        editing,
        kinds: choices(ctx, "kind", &kind_tags()),
        legal_forms: choices(ctx, "legal", &LegalForm::ALL.map(|x| x.tag())),
        sizes: choices(ctx, "members", &size_tags()),
        ages: choices(ctx, "age", &AgeProfile::ALL.map(|x| x.tag())),
        budgets: choices(ctx, "budget", &BudgetBand::ALL.map(|x| x.tag())),
        areas: choices(ctx, "area", &area_tags()),
        checks,
        social,
        f,
        progress,
    }
}

/// An entry's progress over the years: each year recorded with its stage
/// and the way it went since the year before, then its stage now, counted
/// live. Three queries at most.
async fn progress(
    ctx: &Ctx,
    st: &AppState,
    entry: &quartier_store::entity::census_entry::Model,
) -> Result<Vec<ProgressRow>, AppError> {
    let history = st.store.census_stages_of(entry.neighbourhood_id, entry.id).await?;
    let now = st.store.census_stages_now(&[entry]).await?.get(&entry.id).copied().unwrap_or(Stage::Offline);
    let steps = census::steps(&history);
    let change = |c: Change| {
        ctx.t(match c {
            Change::First => "census-change-first",
            Change::Up => "census-change-up",
            Change::Same => "census-change-same",
            Change::Down => "census-change-down",
        })
    };
    let now_change = steps.last().map_or(Change::First, |last| Change::between(last.stage, now));
    let mut rows: Vec<ProgressRow> = steps
        .iter()
        .map(|s| ProgressRow { year: s.year.to_string(), stage: stage_label(ctx, s.stage), change: change(s.change) })
        .collect();
    rows.push(ProgressRow {
        year: ctx.t1("census-progress-now", "year", &this_year(st).to_string()),
        stage: stage_label(ctx, now),
        change: change(now_change),
    });
    Ok(rows)
}

/// A new entry's empty form: the bands start at "unknown".
fn blank() -> RawEntry {
    RawEntry {
        legal_form: LegalForm::Unknown.tag().into(),
        members: SizeBand::Unknown.tag().into(),
        age_profile: AgeProfile::Unknown.tag().into(),
        budget: BudgetBand::Unknown.tag().into(),
        area: Area::Unknown.tag().into(),
        ..RawEntry::default()
    }
}

pub async fn new_form(ctx: Ctx, CensusKeeper(a): CensusKeeper) -> Result<Response, AppError> {
    let action = format!("/n/{}/census", a.n.slug);
    render(&form_page(&ctx, &a, action, false, blank(), FieldErrors::new(), Vec::new()))
}

/// Parse the form and find the space it names: the entry and its
/// organisation, or the errors by their fields.
async fn parse_form(st: &AppState, raw: &RawEntry) -> Result<(Entry, Option<Uuid>), FieldErrors> {
    let e = census::parse_entry(raw, this_year(st)).map_err(FieldErrors)?;
    let Some(slug) = e.platform.clone() else { return Ok((e, None)) };
    let found =
        st.store.organisations_by_slugs(std::slice::from_ref(&slug)).await.ok().and_then(|m| m.get(&slug).copied());
    match found {
        Some(org) => Ok((e, Some(org))),
        None => Err(FieldError::new("platform", "err-census-platform-unknown").into()),
    }
}

/// Add an entry.
pub async fn create(
    ctx: Ctx,
    State(st): State<AppState>,
    CensusKeeper(a): CensusKeeper,
    Form(f): Form<EntryForm>,
) -> Result<Response, AppError> {
    let raw = f.raw();
    match parse_form(&st, &raw).await {
        Ok((e, org)) => {
            st.store.add_census_entry(a.n.id, &e, org).await?;
            Ok(see_other(&format!("/n/{}/census?notice=notice-census-saved", a.n.slug)))
        }
        Err(errors) => {
            let action = format!("/n/{}/census", a.n.slug);
            render_invalid(&form_page(&ctx, &a, action, false, raw, errors, Vec::new()))
        }
    }
}

/// An entry's form, filled in.
pub async fn edit_form(
    ctx: Ctx,
    State(st): State<AppState>,
    CensusKeeper(a): CensusKeeper,
    Path((_, id)): Path<(String, Uuid)>,
) -> Result<Response, AppError> {
    let r = st.store.census_row(a.n.id, id).await?;
    let action = format!("/n/{}/census/{id}", a.n.slug);
    let progress = progress(&ctx, &st, &r.e).await?;
    render(&form_page(&ctx, &a, action, true, r.entry().raw(), FieldErrors::new(), progress))
}

/// Change an entry.
pub async fn update(
    ctx: Ctx,
    State(st): State<AppState>,
    CensusKeeper(a): CensusKeeper,
    Path((_, id)): Path<(String, Uuid)>,
    Form(f): Form<EntryForm>,
) -> Result<Response, AppError> {
    let old = st.store.census_entry(a.n.id, id).await?;
    let raw = f.raw();
    match parse_form(&st, &raw).await {
        Ok((e, org)) => {
            st.store.update_census_entry(a.n.id, id, &e, org).await?;
            Ok(see_other(&format!("/n/{}/census?notice=notice-census-saved", a.n.slug)))
        }
        Err(errors) => {
            let action = format!("/n/{}/census/{id}", a.n.slug);
            let progress = progress(&ctx, &st, &old).await?;
            render_invalid(&form_page(&ctx, &a, action, true, raw, errors, progress))
        }
    }
}

// --- Import and export -------------------------------------------------------

/// The columns as the import page documents them.
fn column_docs(ctx: &Ctx) -> Vec<ColumnDoc> {
    let values = |what: &str, tags: Vec<&'static str>| {
        tags.iter().map(|t| format!("{t} ({})", label(ctx, what, t))).collect::<Vec<_>>().join(", ")
    };
    let yes_no = ctx.t("census-col-yes-no");
    census::COLUMNS
        .iter()
        .map(|c| {
            let v = match *c {
                "kind" => values("kind", kind_tags()),
                "legal_form" => values("legal", LegalForm::ALL.map(|x| x.tag()).to_vec()),
                "members" => values("members", size_tags()),
                "age_profile" => values("age", AgeProfile::ALL.map(|x| x.tag()).to_vec()),
                "budget" => values("budget", BudgetBand::ALL.map(|x| x.tag()).to_vec()),
                "area" => values("area", area_tags()),
                "social_media" => values("social", Social::ALL.map(|x| x.tag()).to_vec()),
                "members_under_30" | "website" | "blog" | "umbrella_page" | "umbrella_editable" => yes_no.clone(),
                _ => String::new(),
            };
            ColumnDoc { name: c, what: ctx.t(&format!("census-col-{}", c.replace('_', "-"))), values: v }
        })
        .collect()
}

fn import_page(ctx: &Ctx, a: &NbAccess, errors: FieldErrors, lines: Vec<LineError>) -> ImportPage {
    ImportPage { ctx: ctx.clone(), n: view(a), errors, lines, columns: column_docs(ctx) }
}

pub async fn import_form(ctx: Ctx, CensusKeeper(a): CensusKeeper) -> Result<Response, AppError> {
    render(&import_page(&ctx, &a, FieldErrors::new(), Vec::new()))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ImportForm {}

fn line_error(ctx: &Ctx, e: &census::CsvError) -> LineError {
    LineError {
        line: if e.line == 0 {
            ctx.t("census-whole-file")
        } else {
            ctx.t1("census-line", "count", &e.line.to_string())
        },
        column: e.column.clone(),
        message: ctx.t(e.key),
    }
}

/// Import a CSV file: every line is checked first, and the census changes
/// only when all are good (then in one transaction).
pub async fn import(
    ctx: Ctx,
    State(st): State<AppState>,
    CensusKeeper(a): CensusKeeper,
    FormWithUpload(_, upload): FormWithUpload<ImportForm>,
) -> Result<Response, AppError> {
    let Some(file) = upload else {
        let errors = FieldError::new("file", "err-census-file-missing").into();
        return render_invalid(&import_page(&ctx, &a, errors, Vec::new()));
    };
    let year = this_year(&st);
    let parsed = tokio::task::spawn_blocking(move || census::parse_csv(&file.bytes, year))
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?;
    let lines = match parsed {
        Ok(lines) => lines,
        Err(problems) => {
            let errors = FieldError::new("file", "err-census-file-problems").into();
            let rows = problems.iter().map(|e| line_error(&ctx, e)).collect();
            return render_invalid(&import_page(&ctx, &a, errors, rows));
        }
    };
    if lines.is_empty() {
        let errors = FieldError::new("file", "err-census-csv-no-lines").into();
        return render_invalid(&import_page(&ctx, &a, errors, Vec::new()));
    }
    // The spaces the lines name, found in one query.
    let mut slugs: Vec<String> = lines.iter().filter_map(|l| l.entry.platform.clone()).collect();
    slugs.sort();
    slugs.dedup();
    let orgs = st.store.organisations_by_slugs(&slugs).await?;
    let mut problems = Vec::new();
    let mut entries = Vec::with_capacity(lines.len());
    for l in lines {
        let org = match &l.entry.platform {
            Some(slug) => match orgs.get(slug) {
                Some(id) => Some(*id),
                None => {
                    problems.push(census::CsvError {
                        line: l.line,
                        column: "platform".into(),
                        key: "err-census-platform-unknown",
                    });
                    continue;
                }
            },
            None => None,
        };
        entries.push((l.entry, org));
    }
    if !problems.is_empty() {
        let errors = FieldError::new("file", "err-census-file-problems").into();
        let rows = problems.iter().take(census::MAX_CSV_ERRORS).map(|e| line_error(&ctx, e)).collect();
        return render_invalid(&import_page(&ctx, &a, errors, rows));
    }
    st.store.import_census(a.n.id, &entries).await?;
    Ok(see_other(&format!("/n/{}/census?notice=notice-census-imported", a.n.slug)))
}

/// The census as a CSV file with the import's columns (UTF-8 with a
/// byte-order mark, so spreadsheets read the umlauts).
pub async fn export(State(st): State<AppState>, CensusReader(a): CensusReader) -> Result<Response, AppError> {
    let rows = st.store.census_all(a.n.id).await?;
    let entries: Vec<Entry> = rows.iter().map(|r| r.entry()).collect();
    let body = format!("\u{feff}{}", census::to_csv(&entries));
    let mut r = body.into_response();
    let h = r.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/csv; charset=utf-8"));
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"census-{}.csv\"", a.n.slug)) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    Ok(r)
}

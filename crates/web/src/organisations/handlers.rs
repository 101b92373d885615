//! Route handlers; see the module documentation one level up.

use super::pages::{
    DirectoryForm, DirectoryPage, NbLink, NewsItem, NewsPage, OrgFormPage, OrgLogPage, OrgLogRow, OrgMemberRow,
    OrgMembersPage, OrgPage, OrgRow, OrganisationsPage,
};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::AppError;
use crate::extractors::{Form, FormWithUpload, Path, Query};
use crate::guards::Member;
use crate::guards::OrgAdmin;
use crate::guards::OrgReader;
use crate::guards::{inside, nb_access};
use crate::notify::tell_about;
use crate::page::ReasonForm;
use crate::page::{NoticeQuery, Pager, notice, see_other};
use crate::page::{render, render_invalid};
use crate::views::EasyList;
use crate::views::{Choice, LinkRow, PersonRef};
use crate::views::{person_name, view};
use axum::extract::State;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use quartier_core::FieldErrors;
use quartier_core::account::Email;
use quartier_core::easy::ContentKind;
use quartier_core::help::{can_moderate, parse_reason};
use quartier_core::neighbourhood::Role;
use quartier_core::neighbourhood::Slug;
use quartier_core::organisation::{self as org, LinkStatus, OrgRole};
use quartier_core::policy::{self, NeighbourhoodAction};
use quartier_core::validation::FieldError;
use quartier_store::StoreError;
use quartier_store::entity::organisation;
use quartier_store::neighbourhoods::membership_state;
use quartier_store::notifications::NoticeKind;
use quartier_store::organisations::{DirectoryFilter, OrgProfile};
use quartier_store::paging::Cursor;
use serde::Deserialize;
use uuid::Uuid;

/// A directory's query string: where the page starts, a notice, and what
/// the list is narrowed to. Everything arrives as text; what does not parse
/// (an unknown kind, a checkbox with another value) is ignored.
#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct DirectoryQuery {
    notice: Option<String>,
    #[serde(flatten)]
    at: crate::page::PageQuery,
    q: String,
    kind: String,
    step_free: String,
    accessible_toilet: String,
    hearing_loop: String,
}

/// The longest search text taken; more is cut off.
const SEARCH_MAX: usize = 100;

/// How many characters of its description a directory shows of an organisation.
const OFFER_MAX: usize = 160;

impl DirectoryQuery {
    fn filter(&self) -> DirectoryFilter {
        let text: String = self.q.trim().chars().take(SEARCH_MAX).collect();
        DirectoryFilter {
            text: Some(text).filter(|t| !t.is_empty()),
            kind: org::KINDS.iter().find(|k| **k == self.kind.trim()).map(|k| k.to_string()),
            step_free: self.step_free == "yes",
            accessible_toilet: self.accessible_toilet == "yes",
            hearing_loop: self.hearing_loop == "yes",
        }
    }
}

/// The filter as a query string, for the pager's links (empty for none).
fn filter_query(f: &DirectoryFilter) -> String {
    let mut q = url::form_urlencoded::Serializer::new(String::new());
    if let Some(t) = &f.text {
        q.append_pair("q", t);
    }
    if let Some(k) = &f.kind {
        q.append_pair("kind", k);
    }
    for (on, name) in
        [(f.step_free, "step_free"), (f.accessible_toilet, "accessible_toilet"), (f.hearing_loop, "hearing_loop")]
    {
        if on {
            q.append_pair(name, "yes");
        }
    }
    q.finish()
}

/// The search form as the reader left it.
fn directory_form(ctx: &Ctx, action: String, f: &DirectoryFilter) -> DirectoryForm {
    let kinds =
        org::KINDS.iter().map(|k| Choice { value: k.to_string(), label: ctx.t(&format!("org-kind-{k}")) }).collect();
    DirectoryForm {
        action,
        text: f.text.clone().unwrap_or_default(),
        kind: f.kind.clone().unwrap_or_default(),
        kinds,
        step_free: f.step_free,
        accessible_toilet: f.accessible_toilet,
        hearing_loop: f.hearing_loop,
        filtered: *f != DirectoryFilter::default(),
    }
}

fn org_row(ctx: &Ctx, o: organisation::Model, pending: bool) -> OrgRow {
    OrgRow {
        kind: ctx.t(&format!("org-kind-{}", o.kind)),
        offer: org::offer_line(&o.description, OFFER_MAX),
        step_free: o.step_free,
        accessible_toilet: o.accessible_toilet,
        hearing_loop: o.hearing_loop,
        neighbourhoods: Vec::new(),
        slug: o.slug,
        name: o.name,
        pending,
        confirm: String::new(),
    }
}

/// The pager of a directory page, keeping its filter.
fn directory_pager<T>(base: &str, f: &DirectoryFilter, page: &quartier_store::paging::Page<T>) -> Pager {
    let query = filter_query(f);
    let base = if query.is_empty() { base.to_string() } else { format!("{base}?{query}") };
    Pager::new(&base, page)
}

/// The public directory of a neighbourhood's organisations, for anyone;
/// members may propose one, coordinators also see those waiting for them.
pub async fn list(
    ctx: Ctx,
    State(st): State<AppState>,
    Path(slug): Path<String>,
    Query(q): Query<DirectoryQuery>,
) -> Result<Response, AppError> {
    let a = nb_access(&st, &ctx, &slug).await?;
    let coordinator = policy::neighbourhood(&a.actor, NeighbourhoodAction::ConfirmMembers);
    let f = q.filter();
    let cursor = q.at.cursor();
    // Coordinators see what waits for their confirmation first.
    let pending = if org::listed_in_directory(LinkStatus::Pending, coordinator) && cursor == Cursor::First {
        st.store.pending_organisations(a.n.id).await?
    } else {
        Vec::new()
    };
    let page = st.store.directory(Some(a.n.id), &f, cursor).await?;
    let base = format!("/n/{}/organisations", a.n.slug);
    let pager = directory_pager(&base, &f, &page);
    let mut orgs: Vec<OrgRow> = pending
        .into_iter()
        .map(|o| {
            let confirm = format!("/n/{}/organisations/{}/confirm", a.n.slug, o.id);
            OrgRow { confirm, ..org_row(&ctx, o, true) }
        })
        .collect();
    orgs.extend(page.items.into_iter().map(|o| org_row(&ctx, o, false)));
    let form = directory_form(&ctx, base, &f);
    render(&OrganisationsPage { notice: notice(&ctx, q.notice.as_deref()), n: view(&a), orgs, pager, form, ctx })
}

/// The directory of every neighbourhood's organisations, for anyone, each
/// with the neighbourhoods it belongs to.
pub async fn directory(
    ctx: Ctx,
    State(st): State<AppState>,
    Query(q): Query<DirectoryQuery>,
) -> Result<Response, AppError> {
    let f = q.filter();
    let page = st.store.directory(None, &f, q.at.cursor()).await?;
    let pager = directory_pager("/organisations", &f, &page);
    let ids: Vec<Uuid> = page.items.iter().map(|o| o.id).collect();
    let links = st.store.directory_neighbourhoods(&ids).await?;
    let orgs = page
        .items
        .into_iter()
        .map(|o| {
            let id = o.id;
            let mut row = org_row(&ctx, o, false);
            row.neighbourhoods = links
                .iter()
                .filter(|(org, _)| *org == id)
                .map(|(_, n)| Choice { value: n.slug.clone(), label: n.name.clone() })
                .collect();
            row
        })
        .collect();
    let form = directory_form(&ctx, "/organisations".into(), &f);
    render(&DirectoryPage { orgs, pager, form, ctx })
}

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct OrgForm {
    name: String,
    slug: String,
    kind: String,
    description: String,
    contact: String,
    opening_hours: String,
    step_free: Option<String>,
    accessible_toilet: Option<String>,
    hearing_loop: Option<String>,
    website: String,
    social: String,
}

impl OrgForm {
    fn from_model(o: &organisation::Model) -> Self {
        let yes = |b: bool| b.then(|| "yes".to_string());
        Self {
            name: o.name.clone(),
            slug: o.slug.clone(),
            kind: o.kind.clone(),
            description: o.description.clone(),
            contact: o.contact.clone(),
            opening_hours: o.opening_hours.clone(),
            step_free: yes(o.step_free),
            accessible_toilet: yes(o.accessible_toilet),
            hearing_loop: yes(o.hearing_loop),
            website: o.website.clone(),
            social: o.social.clone(),
        }
    }

    fn parse(&self) -> Result<OrgProfile, FieldErrors> {
        let mut e = FieldErrors::new();
        let name = e.take(org::parse_name(&self.name));
        let kind = e.take(org::parse_kind(&self.kind));
        let description = e.take(org::parse_description(&self.description));
        let contact = e.take(org::parse_short("contact", &self.contact));
        let opening_hours = e.take(org::parse_short("opening_hours", &self.opening_hours));
        let website = e.take(org::parse_link("website", &self.website));
        let social = e.take(org::parse_link("social", &self.social));
        match (name, kind, description, contact, opening_hours, website, social) {
            (
                Some(name),
                Some(kind),
                Some(description),
                Some(contact),
                Some(opening_hours),
                Some(website),
                Some(social),
            ) if e.is_empty() => Ok(OrgProfile {
                name,
                kind,
                description,
                contact,
                opening_hours,
                step_free: self.step_free.is_some(),
                accessible_toilet: self.accessible_toilet.is_some(),
                hearing_loop: self.hearing_loop.is_some(),
                website,
                social,
            }),
            _ => Err(e),
        }
    }
}

fn form_page(ctx: &Ctx, action: String, editing: bool, f: OrgForm, errors: FieldErrors) -> OrgFormPage {
    let kinds =
        org::KINDS.iter().map(|k| Choice { value: k.to_string(), label: ctx.t(&format!("org-kind-{k}")) }).collect();
    OrgFormPage {
        ctx: ctx.clone(),
        action,
        editing,
        kinds,
        step_free: f.step_free.is_some(),
        accessible_toilet: f.accessible_toilet.is_some(),
        hearing_loop: f.hearing_loop.is_some(),
        name: f.name,
        slug: f.slug,
        kind: f.kind,
        description: f.description,
        contact: f.contact,
        opening_hours: f.opening_hours,
        website: f.website,
        social: f.social,
        errors,
    }
}

/// The form to propose an organisation.
pub async fn new_form(ctx: Ctx, Member(a): Member) -> Result<Response, AppError> {
    render(&form_page(&ctx, format!("/n/{}/organisations", a.n.slug), false, OrgForm::default(), FieldErrors::new()))
}

/// Propose an organisation; the proposer becomes its first administrator.
pub async fn propose(
    ctx: Ctx,
    State(st): State<AppState>,
    Path(slug): Path<String>,
    Form(f): Form<OrgForm>,
) -> Result<Response, AppError> {
    let a = inside(&st, &ctx, &slug).await?;
    let me = ctx.require_user()?.id;
    let action = format!("/n/{}/organisations", a.n.slug);
    // Without an address of their own choosing, one is made from the name.
    let proposed = f.slug.trim().is_empty();
    let slug_parsed = if proposed {
        Slug::from_name(&f.name, 1).ok_or_else(|| FieldError::new("slug", "err-slug-chars"))
    } else {
        Slug::parse(&f.slug)
    };
    let profile = f.parse();
    let (Ok(first), Ok(profile)) = (slug_parsed.clone(), &profile) else {
        let mut errors = profile.err().unwrap_or_default();
        if let Err(e) = slug_parsed {
            errors.push(e);
        }
        return render_invalid(&form_page(&ctx, action, false, f, errors));
    };
    let mut oslug = first;
    let mut attempt = 1;
    let o = loop {
        match st.store.propose_organisation(a.n.id, me, &oslug, profile.clone()).await {
            Ok(o) => break o,
            // A made-up address that is taken gets a number.
            Err(StoreError::Conflict(_)) if proposed && attempt < 20 => {
                attempt += 1;
                match Slug::from_name(&f.name, attempt) {
                    Some(s) => oslug = s,
                    None => return Err(AppError::Conflict("err-slug-taken")),
                }
            }
            Err(StoreError::Conflict(_)) => {
                return render_invalid(&form_page(
                    &ctx,
                    action,
                    false,
                    f,
                    FieldError::new("slug", "err-slug-taken").into(),
                ));
            }
            Err(e) => return Err(e.into()),
        }
    };
    st.store.audit_org(o.id, Some(me), "org_proposed", None, &a.n.name).await?;
    let coordinators = st.store.people_with_role(a.n.id, Role::Coordinator).await?;
    let path = format!("/n/{}/organisations", a.n.slug);
    tell_about(&st, &coordinators, NoticeKind::OrgProposed, &o.name, &path).await?;
    Ok(see_other(&format!("/o/{}?notice=notice-org-proposed", o.slug)))
}

/// A coordinator confirms that the organisation belongs to the neighbourhood.
pub async fn confirm(
    ctx: Ctx,
    State(st): State<AppState>,
    Path((slug, id)): Path<(String, Uuid)>,
) -> Result<Response, AppError> {
    let me = ctx.require_user()?.id;
    let a = crate::guards::nb_access(&st, &ctx, &slug).await?;
    if !policy::neighbourhood(&a.actor, NeighbourhoodAction::ConfirmMembers) {
        return Err(AppError::Forbidden);
    }
    st.store.confirm_organisation(a.n.id, id, me).await?;
    st.store.audit(Some(a.n.id), Some(me), "org_confirmed", None, "").await?;
    st.store.audit_org(id, Some(me), "org_confirmed", None, &a.n.name).await?;
    let o = st.store.organisation_by_id(id).await?;
    let admins: Vec<Uuid> = st
        .store
        .org_members(id)
        .await?
        .into_iter()
        .filter(|(m, _)| m.role() == Some(OrgRole::Admin))
        .map(|(_, u)| u.id)
        .collect();
    let subject = format!("{} – {}", o.name, a.n.name);
    tell_about(&st, &admins, NoticeKind::OrgConfirmed, &subject, &format!("/o/{}", o.slug)).await?;
    Ok(see_other(&format!("/n/{}/organisations?notice=notice-org-confirmed", a.n.slug)))
}

/// Whether the reader moderates a neighbourhood the organisation is confirmed in.
async fn moderates(st: &AppState, ctx: &Ctx, o: &organisation::Model) -> Result<bool, AppError> {
    let Some(u) = &ctx.user else { return Ok(false) };
    let confirmed: Vec<Uuid> = st
        .store
        .organisation_links(o.id)
        .await?
        .into_iter()
        .filter(|(link, _)| link.status() == LinkStatus::Confirmed)
        .map(|(_, n)| n.id)
        .collect();
    // The reader's memberships in all of them, in one query.
    Ok(st.store.memberships_in(u.id, &confirmed).await?.iter().any(|m| can_moderate(Some(membership_state(m)))))
}

/// The organisation's public page: good enough to be its only website.
pub async fn show(
    ctx: Ctx,
    State(st): State<AppState>,
    OrgReader { o, role }: OrgReader,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    let mut page = org_page(&ctx, &st, o, role, FieldErrors::new(), &NewsForm::default()).await?;
    page.notice = notice(&ctx, q.notice.as_deref());
    render(&page)
}

async fn org_page(
    ctx: &Ctx,
    st: &AppState,
    o: organisation::Model,
    role: Option<OrgRole>,
    errors: FieldErrors,
    typed: &NewsForm,
) -> Result<OrgPage, AppError> {
    let ctx = ctx.clone();
    let posts = st.store.news_of(o.id, org::can_read_internal(role), org::can_publish(role), 20).await?;
    // Readers of Leichte Sprache get the approved easy versions, loaded at once.
    let easy = EasyList::load(st, ctx.words(), ContentKind::News, posts.iter().map(|p| p.id)).await?;
    let news = posts
        .into_iter()
        .map(|p| {
            let (title, html) = match easy.get(p.id) {
                Some(v) => (v.title.clone(), crate::markdown::easy_to_html(&v.body)),
                None => (p.title, crate::markdown::to_html(&p.body)),
            };
            NewsItem {
                id: p.id.to_string(),
                easy_missing: easy.missing(p.id),
                title,
                date: ctx.date(&p.created_at),
                members_only: p.members_only,
                html,
                hidden_reason: p.hidden_reason.unwrap_or_default(),
                image: p.image_id.map(|i| i.to_string()).unwrap_or_default(),
                image_alt: p.image_alt,
            }
        })
        .collect();
    let raw_links = st.store.organisation_links(o.id).await?;
    // Times are shown in the first confirmed neighbourhood's time zone.
    let tz = crate::views::tz_of(raw_links.iter().find(|(l, _)| l.status() == LinkStatus::Confirmed).map(|(_, n)| n));
    let links: Vec<NbLink> = raw_links
        .into_iter()
        .map(|(l, n)| NbLink { slug: n.slug, name: n.name, confirmed: l.status() == LinkStatus::Confirmed })
        .collect();
    let other_neighbourhoods = if org::can_administer(role) {
        let linked: Vec<String> = links.iter().map(|l| l.slug.clone()).collect();
        st.store
            .neighbourhoods()
            .await?
            .into_iter()
            .filter(|n| !linked.contains(&n.slug))
            .map(|n| Choice { value: n.slug, label: n.name })
            .collect()
    } else {
        Vec::new()
    };
    let upcoming = st.store.organisation_events(o.id, st.store.now(), org::can_publish(role), 10).await?;
    let easy_events = EasyList::load(st, ctx.words(), ContentKind::Event, upcoming.iter().map(|e| e.id)).await?;
    let events = upcoming
        .iter()
        .map(|e| {
            let mut c = crate::views::card(&ctx, e, tz, String::new());
            easy_events.apply(e.id, &mut c.title, &mut c.easy_missing);
            c
        })
        .collect();
    let nav = crate::views::site_nav(st, &ctx, &o, role, &format!("/o/{}", o.slug)).await?;
    let family = st.store.family(o.id, 10).await?;
    let link = |x: organisation::Model| LinkRow { href: format!("/o/{}", x.slug), label: x.name };
    Ok(OrgPage {
        umbrellas: family.umbrellas.into_iter().map(link).collect(),
        branches: family.branches.into_iter().map(link).collect(),
        nav,
        events,
        other_neighbourhoods,
        notice: None,
        news_title: typed.title.clone(),
        news_body: typed.body.clone(),
        news_alt: typed.image_alt.clone(),
        news_members_only: typed.members_only.is_some(),
        easy: crate::views::easy_for(st, &ctx, ContentKind::Organisation, o.id).await?,
        kind: ctx.t(&format!("org-kind-{}", o.kind)),
        description_html: crate::markdown::to_html(&o.description),
        admin: org::can_administer(role),
        editor: org::can_publish(role),
        links,
        news,
        errors,
        o,
        ctx,
    })
}

/// The form to edit the profile (administrators).
pub async fn edit_form(ctx: Ctx, OrgAdmin { o, .. }: OrgAdmin) -> Result<Response, AppError> {
    render(&form_page(&ctx, format!("/o/{}/edit", o.slug), true, OrgForm::from_model(&o), FieldErrors::new()))
}

/// Save the profile.
pub async fn edit(
    ctx: Ctx,
    State(st): State<AppState>,
    OrgAdmin { o, me }: OrgAdmin,
    Form(mut f): Form<OrgForm>,
) -> Result<Response, AppError> {
    f.slug = o.slug.clone();
    match f.parse() {
        Ok(p) => {
            st.store.update_organisation(o.id, p).await?;
            st.store.audit_org(o.id, Some(me), "org_edited", None, "").await?;
            Ok(see_other(&format!("/o/{}?notice=notice-saved", o.slug)))
        }
        Err(errors) => render_invalid(&form_page(&ctx, format!("/o/{}/edit", o.slug), true, f, errors)),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct NewsForm {
    title: String,
    body: String,
    members_only: Option<String>,
    image_alt: String,
}

/// Publish news (editors and administrators), optionally with an image
/// whose alternative text is required. Errors re-render the page with the
/// message next to the field and what was typed.
pub async fn post_news(
    ctx: Ctx,
    State(st): State<AppState>,
    OrgReader { o, role }: OrgReader,
    FormWithUpload(f, upload): FormWithUpload<NewsForm>,
) -> Result<Response, AppError> {
    let me = ctx.require_user()?.id;
    if !org::can_publish(role) {
        return Err(AppError::Forbidden);
    }
    let mut errors = FieldErrors::new();
    let title = errors.take(org::parse_news_title(&f.title));
    let body = errors.take(org::parse_news_body(&f.body));
    let mut image = None;
    if let Some(u) = upload {
        let alt = errors.take(crate::media::parse_alt(&f.image_alt));
        let processed = tokio::task::spawn_blocking(move || crate::media::process(&u.bytes))
            .await
            .map_err(|e| AppError::Internal(e.to_string()))?;
        match (processed, alt) {
            (Ok(p), Some(alt)) => image = Some((p, alt)),
            (Err(e), _) => errors.push(e),
            (Ok(_), None) => {}
        }
    }
    let (Some(title), Some(body)) = (title, body) else {
        return render_invalid(&org_page(&ctx, &st, o, role, errors, &f).await?);
    };
    if !errors.is_empty() {
        return render_invalid(&org_page(&ctx, &st, o, role, errors, &f).await?);
    }
    let members_only = f.members_only.is_some();
    let p = st.store.post_news(o.id, me, &title, &body, members_only).await?;
    if let Some((img, alt)) = image {
        let id =
            st.store.save_image(o.id, me, img.content_type, img.width, img.height, members_only, img.bytes).await?;
        st.store.set_news_image(p.id, id, &alt).await?;
    }
    Ok(see_other(&format!("/o/{}/news/{}?notice=notice-posted", o.slug, p.id)))
}

/// An uploaded image, with headers that keep a browser from treating it
/// as anything but an image. Members-only images need membership.
pub async fn image(ctx: Ctx, State(st): State<AppState>, Path(id): Path<Uuid>) -> Result<Response, AppError> {
    let img = st.store.image_by_id(id).await?;
    if img.members_only {
        let role = match (&ctx.user, img.organisation_id) {
            (Some(u), Some(o)) => st.store.org_role(o, u.id).await?,
            _ => None,
        };
        if !org::can_read_internal(role) {
            return Err(AppError::NotFound);
        }
    }
    let mut r = img.bytes.into_response();
    let h = r.headers_mut();
    let ct = if img.content_type == "image/png" { "image/png" } else { "image/jpeg" };
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(ct));
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static("default-src 'none'; sandbox"));
    h.insert(header::CONTENT_DISPOSITION, HeaderValue::from_static("inline"));
    let cache = if img.members_only { "private, max-age=3600" } else { "public, max-age=31536000, immutable" };
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    Ok(r)
}

/// One news post.
pub async fn news(
    ctx: Ctx,
    State(st): State<AppState>,
    OrgReader { o, role }: OrgReader,
    Path((_, id)): Path<(String, Uuid)>,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    let p = st.store.news_post(o.id, id).await?;
    if p.members_only && !org::can_read_internal(role) {
        return Err(AppError::NotFound);
    }
    if p.hidden_reason.is_some() && !org::can_publish(role) && !moderates(&st, &ctx, &o).await? {
        return Err(AppError::NotFound);
    }
    render(&NewsPage {
        notice: notice(&ctx, q.notice.as_deref()),
        slug: o.slug.clone(),
        org_name: o.name.clone(),
        title: p.title,
        date: ctx.date(&p.created_at),
        members_only: p.members_only,
        body_html: crate::markdown::to_html(&p.body),
        hidden_reason: p.hidden_reason.unwrap_or_default(),
        id: p.id.to_string(),
        moderator: moderates(&st, &ctx, &o).await?,
        image: p.image_id.map(|i| i.to_string()).unwrap_or_default(),
        image_alt: p.image_alt,
        editor: org::can_publish(role),
        easy: crate::views::easy_for(&st, &ctx, ContentKind::News, p.id).await?,
        ctx,
    })
}

/// A moderator of one of its neighbourhoods hides a single news post; the
/// organisation reads why on its log.
pub async fn hide_news(
    ctx: Ctx,
    State(st): State<AppState>,
    OrgReader { o, .. }: OrgReader,
    Path((_, id)): Path<(String, Uuid)>,
    Form(f): Form<ReasonForm>,
) -> Result<Response, AppError> {
    let me = ctx.require_user()?.id;
    if !moderates(&st, &ctx, &o).await? {
        return Err(AppError::Forbidden);
    }
    let p = st.store.news_post(o.id, id).await?;
    let reason = parse_reason(&f.reason)?;
    st.store.hide_news(p.id, &reason).await?;
    st.store.audit_org(o.id, Some(me), "news_hidden", p.author_id, &format!("{}: {reason}", p.title)).await?;
    Ok(see_other(&format!("/o/{}?notice=notice-hidden", o.slug)))
}

/// The Atom feed of public news.
pub async fn feed(State(st): State<AppState>, Path(slug): Path<String>) -> Result<Response, AppError> {
    let o = st.store.organisation_by_slug(&slug).await?;
    if !st.store.organisation_confirmed(o.id).await? {
        return Err(AppError::NotFound);
    }
    let mut r = crate::feeds::org_news_feed(&st, &o).await?.into_response();
    r.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/atom+xml; charset=utf-8"));
    r.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=300"));
    Ok(r)
}

async fn members_page(
    ctx: &Ctx,
    st: &AppState,
    o: &organisation::Model,
    errors: FieldErrors,
    email: String,
    note: Option<String>,
) -> Result<OrgMembersPage, AppError> {
    let members = st
        .store
        .org_members(o.id)
        .await?
        .into_iter()
        .map(|(m, u)| OrgMemberRow { id: u.id.to_string(), name: person_name(ctx, &u), role: m.role })
        .collect();
    let reviewers = st
        .store
        .reviewers(quartier_store::easy::Scope { neighbourhood: None, organisation: Some(o.id) })
        .await?
        .iter()
        .map(|u| PersonRef { id: u.id.to_string(), name: person_name(ctx, u) })
        .collect();
    Ok(OrgMembersPage {
        reviewers,
        ctx: ctx.clone(),
        slug: o.slug.clone(),
        org_name: o.name.clone(),
        members,
        errors,
        email,
        notice: note,
    })
}

/// Members and their roles (administrators).
pub async fn members(
    ctx: Ctx,
    State(st): State<AppState>,
    OrgAdmin { o, .. }: OrgAdmin,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    render(&members_page(&ctx, &st, &o, FieldErrors::new(), String::new(), notice(&ctx, q.notice.as_deref())).await?)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct MemberForm {
    email: String,
    role: String,
}

/// Add a member by e-mail, or change a member's role.
pub async fn set_member(
    ctx: Ctx,
    State(st): State<AppState>,
    OrgAdmin { o, me }: OrgAdmin,
    Form(f): Form<MemberForm>,
) -> Result<Response, AppError> {
    let new_role = OrgRole::from_tag(&f.role).ok_or(AppError::BadRequest)?;
    let email = match Email::parse(&f.email) {
        Ok(e) => e,
        Err(e) => return render_invalid(&members_page(&ctx, &st, &o, e.into(), f.email, None).await?),
    };
    // A member's role changes at once (members are listed on this page).
    // Anyone else is invited and becomes a member only by saying yes; the
    // answer is the same whether the address has an account or not, and
    // the worker looks it up, so the time taken tells nothing either.
    if let Some(u) = st.store.user_by_email(&email).await?
        && st.store.org_role(o.id, u.id).await?.is_some()
    {
        match st.store.set_org_member(o.id, u.id, new_role).await {
            Ok(()) => {}
            Err(StoreError::Invalid(_)) => return Err(AppError::Conflict("err-last-admin")),
            Err(e) => return Err(e.into()),
        }
        st.store.audit_org(o.id, Some(me), "member_role_set", Some(u.id), new_role.tag()).await?;
        return Ok(see_other(&format!("/o/{}/members?notice=notice-role-set", o.slug)));
    }
    crate::worker::queue_org_invitation(&st, o.id, email.as_str(), new_role, me).await?;
    Ok(see_other(&format!("/o/{}/members?notice=notice-invited", o.slug)))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct InvitationForm {
    /// `accept` or anything else to decline.
    answer: String,
}

/// Say yes or no to an invitation to help run an organisation. Only the
/// invited person has one; the administrators hear the answer.
pub async fn answer_invitation(
    ctx: Ctx,
    State(st): State<AppState>,
    Path(slug): Path<String>,
    Form(f): Form<InvitationForm>,
) -> Result<Response, AppError> {
    let me = ctx.require_user()?.clone();
    let o = st.store.organisation_by_slug(&slug).await?;
    let accept = f.answer == "accept";
    let Some(inv) = st.store.answer_org_invitation(o.id, me.id, accept).await? else {
        return Err(AppError::NotFound);
    };
    let what = if accept { "invitation_accepted" } else { "invitation_declined" };
    st.store.audit_org(o.id, Some(me.id), what, Some(me.id), &inv.role).await?;
    let (subject, body) = if accept {
        ("mail-invitation-accepted-subject", "mail-invitation-accepted-body")
    } else {
        ("mail-invitation-declined-subject", "mail-invitation-declined-body")
    };
    let name = me.display_name.clone();
    for (m, admin) in st.store.org_members(o.id).await? {
        if m.role() == Some(OrgRole::Admin) && admin.id != me.id {
            crate::worker::queue_mail(
                &st,
                &crate::worker::MailJob {
                    to: admin.email.clone(),
                    locale: quartier_store::accounts::prefs_of(&admin).locale.tag().into(),
                    subject: subject.into(),
                    body: body.into(),
                    args: vec![
                        ("name".into(), name.clone()),
                        ("title".into(), o.name.clone()),
                        ("link".into(), format!("{}/o/{}/members", st.config.base_url(), o.slug)),
                    ],
                },
            )
            .await?;
        }
    }
    if accept {
        Ok(see_other(&format!("/o/{}?notice=notice-invitation-accepted", o.slug)))
    } else {
        Ok(see_other("/notifications?notice=notice-invitation-declined"))
    }
}

/// Remove a member.
pub async fn remove_member(
    State(st): State<AppState>,
    OrgAdmin { o, me }: OrgAdmin,
    Path((_, user)): Path<(String, Uuid)>,
) -> Result<Response, AppError> {
    match st.store.remove_org_member(o.id, user).await {
        Ok(()) => {}
        Err(StoreError::Invalid(_)) => return Err(AppError::Conflict("err-last-admin")),
        Err(e) => return Err(e.into()),
    }
    st.store.audit_org(o.id, Some(me), "member_removed", Some(user), "").await?;
    Ok(see_other(&format!("/o/{}/members?notice=notice-saved", o.slug)))
}

/// The organisation's own log, moderation included (administrators).
pub async fn log(ctx: Ctx, State(st): State<AppState>, OrgAdmin { o, .. }: OrgAdmin) -> Result<Response, AppError> {
    let mut entries = Vec::new();
    let log = st.store.org_log(o.id, 100).await?;
    // Everyone named in the log, in one statement.
    let ids: Vec<Uuid> = log.iter().filter_map(|e| e.actor_id).collect();
    let people = st.store.users_by_ids(&ids).await?;
    for e in log {
        let actor = e
            .actor_id
            .and_then(|id| people.iter().find(|u| u.id == id))
            .map(|u| person_name(&ctx, u))
            .unwrap_or_default();
        entries.push(OrgLogRow {
            when: ctx.datetime(&e.created_at, "Europe/Berlin"),
            what: ctx.t1(&format!("org-log-{}", e.action.replace('_', "-")), "actor", &actor),
            // Roles are stored as tags; the log says them in words.
            detail: match OrgRole::from_tag(&e.detail) {
                Some(role) if e.action.starts_with("member_") || e.action.starts_with("invitation_") => {
                    ctx.t(&format!("org-role-{}", role.tag()))
                }
                _ => e.detail,
            },
        });
    }
    render(&OrgLogPage { slug: o.slug.clone(), org_name: o.name.clone(), entries, ctx })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct LinkForm {
    neighbourhood: String,
}

/// Ask to belong to a further neighbourhood (administrators).
pub async fn request_link(
    State(st): State<AppState>,
    OrgAdmin { o, me }: OrgAdmin,
    Form(f): Form<LinkForm>,
) -> Result<Response, AppError> {
    let n = st.store.neighbourhood_by_slug(f.neighbourhood.trim()).await.map_err(|_| AppError::BadRequest)?;
    match st.store.request_organisation_link(o.id, n.id).await {
        Ok(()) => {
            let coordinators = st.store.people_with_role(n.id, Role::Coordinator).await?;
            let path = format!("/n/{}/organisations", n.slug);
            tell_about(&st, &coordinators, NoticeKind::OrgProposed, &o.name, &path).await?;
        }
        Err(StoreError::Conflict(_)) => {}
        Err(e) => return Err(e.into()),
    }
    st.store.audit_org(o.id, Some(me), "org_link_requested", None, &n.name).await?;
    Ok(see_other(&format!("/o/{}?notice=notice-requested", o.slug)))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ReviewerForm {
    reviewer_email: String,
}

/// An administrator makes someone an easy-language reviewer for the organisation.
pub async fn add_reviewer(
    ctx: Ctx,
    State(st): State<AppState>,
    OrgAdmin { o, me }: OrgAdmin,
    Form(f): Form<ReviewerForm>,
) -> Result<Response, AppError> {
    let err = |k: &'static str| FieldErrors::from(FieldError::new("reviewer_email", k));
    let user = match Email::parse(&f.reviewer_email) {
        Ok(e) => st.store.user_by_email(&e).await?,
        Err(_) => None,
    };
    let Some(u) = user else {
        let page = members_page(&ctx, &st, &o, err("err-no-such-account"), String::new(), None).await?;
        return render_invalid(&page);
    };
    st.store
        .add_reviewer(u.id, quartier_store::easy::Scope { neighbourhood: None, organisation: Some(o.id) }, me)
        .await?;
    st.store.audit_org(o.id, Some(me), "reviewer_added", Some(u.id), "").await?;
    Ok(see_other(&format!("/o/{}/members?notice=notice-saved", o.slug)))
}

/// Remove an easy-language reviewer of the organisation.
pub async fn remove_reviewer(
    State(st): State<AppState>,
    OrgAdmin { o, me }: OrgAdmin,
    Path((_, user)): Path<(String, Uuid)>,
) -> Result<Response, AppError> {
    st.store
        .remove_reviewer(user, quartier_store::easy::Scope { neighbourhood: None, organisation: Some(o.id) })
        .await?;
    st.store.audit_org(o.id, Some(me), "reviewer_removed", Some(user), "").await?;
    Ok(see_other(&format!("/o/{}/members?notice=notice-saved", o.slug)))
}

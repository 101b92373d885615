//! Route handlers; see the module documentation one level up.

use super::pages::{ManagePage, NewLink, PageFormPage, PageRow, SitePage};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::AppError;
use crate::extractors::{Form, Path, Query};
use crate::guards::{OrgEditor, OrgReader};
use crate::page::{Confirm, ConfirmPage, NoticeQuery, notice, render, render_invalid, see_other};
use crate::views::site_nav;
use axum::extract::State;
use axum::response::Response;
use quartier_core::FieldErrors;
use quartier_core::neighbourhood::Slug;
use quartier_core::org_site::{self as site, PageKind, SiteAction};
use quartier_core::validation::FieldError;
use quartier_store::StoreError;
use quartier_store::entity::{org_page, organisation};
use quartier_store::org_site::PageInput;
use serde::Deserialize;
use uuid::Uuid;

/// The message id naming a kind of page.
fn kind_key(k: PageKind) -> &'static str {
    match k {
        PageKind::About => "site-kind-about",
        PageKind::Offer => "site-kind-offer",
        PageKind::Join => "site-kind-join",
        PageKind::Contact => "site-kind-contact",
        PageKind::Custom => "site-kind-custom",
    }
}

/// The address a new page of a standard kind is given unless its editor
/// chooses another.
fn kind_slug(k: PageKind) -> &'static str {
    match k {
        PageKind::About => "ueber-uns",
        PageKind::Offer => "angebot",
        PageKind::Join => "mitmachen",
        PageKind::Contact => "kontakt",
        PageKind::Custom => "",
    }
}

/// A page of the organisation's site, for whoever `org_site::may_see_page`
/// lets see it.
pub async fn page(
    ctx: Ctx,
    State(st): State<AppState>,
    OrgReader { o, role }: OrgReader,
    Path((_, slug)): Path<(String, String)>,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    let p = match st.store.org_page(o.id, &slug).await {
        Ok(p) => p,
        Err(StoreError::NotFound) => return Err(AppError::NotFound),
        Err(e) => return Err(e.into()),
    };
    // OrgReader lets a reader without a role in only when it is listed.
    if !site::may_see_page(p.published, true, role) {
        return Err(AppError::NotFound);
    }
    let path = format!("/o/{}/p/{}", o.slug, p.slug);
    let nav = site_nav(&st, &ctx, &o, role, &path).await?;
    let edit = if site::site(role, SiteAction::EditPages) {
        format!("/o/{}/site/pages/{}", o.slug, p.id)
    } else {
        String::new()
    };
    let (form_href, form_label) = match p.kind() {
        PageKind::Contact => (format!("/o/{}/contact", o.slug), ctx.t("site-contact-link")),
        PageKind::Join => (format!("/o/{}/join", o.slug), ctx.t("site-join-link")),
        _ => (String::new(), String::new()),
    };
    let easy = crate::views::easy_for(&st, &ctx, quartier_core::easy::ContentKind::OrgPage, p.id).await?;
    render(&SitePage {
        easy,
        easy_edit: if edit.is_empty() { String::new() } else { format!("/easy/org_page/{}", p.id) },
        form_href,
        form_label,
        notice: notice(&ctx, q.notice.as_deref()),
        nav,
        title: p.title,
        body_html: crate::markdown::to_html(&p.body),
        draft: !p.published,
        edit,
        ctx,
    })
}

/// The site's pages for its editors: what there is, what is missing.
pub async fn manage(
    ctx: Ctx,
    State(st): State<AppState>,
    OrgEditor { o, role, .. }: OrgEditor,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    let all = st.store.org_pages(o.id).await?;
    let admin = site::site(role, SiteAction::Administer);
    let missing = PageKind::STANDARD
        .iter()
        .filter(|k| !all.iter().any(|p| p.kind() == **k))
        .map(|k| NewLink {
            href: format!("/o/{}/site/pages/new?kind={}", o.slug, k.tag()),
            label: ctx.t1("site-start-page", "kind", &ctx.t(kind_key(*k))),
        })
        .collect();
    let pages = all
        .into_iter()
        .map(|p| PageRow {
            id: p.id.to_string(),
            kind: ctx.t(kind_key(p.kind())),
            href: format!("/o/{}/p/{}", o.slug, p.slug),
            title: p.title,
            position: p.position,
            published: p.published,
        })
        .collect();
    // Editors see every page; the navigation is theirs too.
    let nav = site_nav(&st, &ctx, &o, Some(quartier_core::organisation::OrgRole::Editor), "").await?;
    let domains = if admin { st.store.domains_of(o.id).await? } else { Vec::new() };
    render(&ManagePage {
        domains,
        notice: notice(&ctx, q.notice.as_deref()),
        nav,
        slug: o.slug.clone(),
        org_name: o.name.clone(),
        pages,
        missing,
        admin,
        ctx,
    })
}

/// A page's form as sent; everything arrives as text.
#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct PageForm {
    kind: String,
    title: String,
    slug: String,
    body: String,
    position: String,
    published: Option<String>,
}

impl PageForm {
    fn from_model(p: &org_page::Model) -> Self {
        PageForm {
            kind: p.kind.clone(),
            title: p.title.clone(),
            slug: p.slug.clone(),
            body: p.body.clone(),
            position: p.position.to_string(),
            published: p.published.then(|| "yes".into()),
        }
    }

    fn kind(&self) -> PageKind {
        PageKind::from_tag(self.kind.trim()).unwrap_or(PageKind::Custom)
    }

    /// The page, or every problem with it. Without an address of its own
    /// one is made from the title.
    fn parse(&self) -> Result<PageInput, FieldErrors> {
        let mut e = FieldErrors::new();
        let title = e.take(site::parse_page_title(&self.title));
        let slug = if self.slug.trim().is_empty() {
            match &title {
                Some(t) => e.take(
                    Slug::from_name(t, 1)
                        .map(|s| s.as_str().to_string())
                        .ok_or(FieldError::new("slug", "err-slug-chars")),
                ),
                None => None,
            }
        } else {
            e.take(site::parse_page_slug(&self.slug))
        };
        let body = e.take(site::parse_page_body(&self.body));
        let position = e.take(site::parse_position(&self.position));
        match (title, slug, body, position) {
            (Some(title), Some(slug), Some(body), Some(position)) if e.is_empty() => {
                Ok(PageInput { kind: self.kind(), slug, title, body, position, published: self.published.is_some() })
            }
            _ => Err(e),
        }
    }
}

fn form_page(
    ctx: &Ctx,
    o: &organisation::Model,
    editing: Option<Uuid>,
    f: PageForm,
    errors: FieldErrors,
) -> PageFormPage {
    let (action, delete) = match editing {
        Some(id) => (format!("/o/{}/site/pages/{id}", o.slug), format!("/o/{}/site/pages/{id}/delete", o.slug)),
        None => (format!("/o/{}/site/pages", o.slug), String::new()),
    };
    let kind = f.kind();
    PageFormPage {
        ctx: ctx.clone(),
        slug: o.slug.clone(),
        org_name: o.name.clone(),
        action,
        editing: editing.is_some(),
        delete,
        errors,
        kind_label: ctx.t(kind_key(kind)),
        kind: kind.tag().into(),
        title: f.title,
        page_slug: f.slug,
        body: f.body,
        position: f.position,
        published: f.published.is_some(),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct NewPageQuery {
    kind: String,
}

/// The form for a new page; a standard kind comes with its title and address.
pub async fn new_form(
    ctx: Ctx,
    OrgEditor { o, .. }: OrgEditor,
    Query(q): Query<NewPageQuery>,
) -> Result<Response, AppError> {
    let kind = PageKind::from_tag(q.kind.trim()).unwrap_or(PageKind::Custom);
    let f = PageForm {
        kind: kind.tag().into(),
        title: if kind == PageKind::Custom { String::new() } else { ctx.t(kind_key(kind)) },
        slug: kind_slug(kind).into(),
        ..PageForm::default()
    };
    render(&form_page(&ctx, &o, None, f, FieldErrors::new()))
}

/// What the store's refusal of a page means for its form.
fn page_conflict(e: StoreError) -> Result<FieldErrors, AppError> {
    match e {
        StoreError::Conflict("kind") => Ok(FieldError::new("title", "err-page-kind-taken").into()),
        StoreError::Conflict(_) => Ok(FieldError::new("slug", "err-page-slug-taken").into()),
        StoreError::Invalid(_) => Ok(FieldError::new("title", "err-page-too-many").into()),
        e => Err(e.into()),
    }
}

/// Add a page (editors and administrators).
pub async fn create(
    ctx: Ctx,
    State(st): State<AppState>,
    OrgEditor { o, me, .. }: OrgEditor,
    Form(f): Form<PageForm>,
) -> Result<Response, AppError> {
    let input = match f.parse() {
        Ok(p) => p,
        Err(errors) => return render_invalid(&form_page(&ctx, &o, None, f, errors)),
    };
    match st.store.create_org_page(o.id, me, input).await {
        Ok(p) => {
            st.store.audit_org(o.id, Some(me), "page_created", None, &p.title).await?;
            Ok(see_other(&format!("/o/{}/p/{}?notice=notice-saved", o.slug, p.slug)))
        }
        Err(e) => render_invalid(&form_page(&ctx, &o, None, f, page_conflict(e)?)),
    }
}

async fn own_page(st: &AppState, o: &organisation::Model, id: Uuid) -> Result<org_page::Model, AppError> {
    match st.store.org_page_by_id(o.id, id).await {
        Ok(p) => Ok(p),
        Err(StoreError::NotFound) => Err(AppError::NotFound),
        Err(e) => Err(e.into()),
    }
}

/// The form to change a page.
pub async fn edit_form(
    ctx: Ctx,
    State(st): State<AppState>,
    OrgEditor { o, .. }: OrgEditor,
    Path((_, id)): Path<(String, Uuid)>,
) -> Result<Response, AppError> {
    let p = own_page(&st, &o, id).await?;
    render(&form_page(&ctx, &o, Some(p.id), PageForm::from_model(&p), FieldErrors::new()))
}

/// Save a page.
pub async fn save(
    ctx: Ctx,
    State(st): State<AppState>,
    OrgEditor { o, me, .. }: OrgEditor,
    Path((_, id)): Path<(String, Uuid)>,
    Form(mut f): Form<PageForm>,
) -> Result<Response, AppError> {
    let p = own_page(&st, &o, id).await?;
    // The kind of a page stays what it was made as.
    f.kind = p.kind.clone();
    let input = match f.parse() {
        Ok(i) => i,
        Err(errors) => return render_invalid(&form_page(&ctx, &o, Some(p.id), f, errors)),
    };
    match st.store.update_org_page(o.id, p.id, input).await {
        Ok(saved) => {
            st.store.audit_org(o.id, Some(me), "page_edited", None, &saved.title).await?;
            Ok(see_other(&format!("/o/{}/p/{}?notice=notice-saved", o.slug, saved.slug)))
        }
        Err(e) => render_invalid(&form_page(&ctx, &o, Some(p.id), f, page_conflict(e)?)),
    }
}

/// Delete a page, after asking.
pub async fn delete(
    ctx: Ctx,
    State(st): State<AppState>,
    OrgEditor { o, me, .. }: OrgEditor,
    Path((_, id)): Path<(String, Uuid)>,
    Form(c): Form<Confirm>,
) -> Result<Response, AppError> {
    let p = own_page(&st, &o, id).await?;
    if !c.given() {
        return render(&ConfirmPage {
            title: ctx.t1("site-delete-title", "title", &p.title),
            text: ctx.t("site-delete-text"),
            action: format!("/o/{}/site/pages/{}/delete", o.slug, p.id),
            yes: ctx.t("site-delete-yes"),
            back: format!("/o/{}/site/pages/{}", o.slug, p.id),
            ctx,
            keep: Vec::new(),
        });
    }
    st.store.delete_org_page(o.id, p.id).await?;
    st.store.audit_org(o.id, Some(me), "page_deleted", None, &p.title).await?;
    Ok(see_other(&format!("/o/{}/site?notice=notice-page-deleted", o.slug)))
}

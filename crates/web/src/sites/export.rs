//! The whole site to take along: its administrators download one ZIP file
//! of static HTML pages (start page, every published page, news, events),
//! its stylesheet and logo, and its news and events feeds. The files link
//! each other by relative address, so they work from a folder, a USB stick
//! or any web host; forms point back to the live site. What is in it is
//! what anyone may read (`org_site::may_see_page` as a visitor would).

use super::pages::{ExportLink, ExportPage};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::AppError;
use crate::guards::SiteAdmin;
use askama::Template;
use axum::extract::State;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use quartier_core::org_site::{self as site, PageKind};
use std::io::Write;

/// The instance's stylesheet, carried along so the pages look as they do here.
use crate::assets::STYLE;

/// The news posts and events an export carries at most.
const EXPORT_ITEMS: u64 = 200;

struct File {
    name: String,
    bytes: Vec<u8>,
}

/// Download the site as a ZIP file (administrators).
pub async fn export(
    ctx: Ctx,
    State(st): State<AppState>,
    SiteAdmin { o, .. }: SiteAdmin,
) -> Result<Response, AppError> {
    let base = st.config.base_url();
    let live = format!("{base}/o/{}", o.slug);
    let generated = ctx.date(&st.store.now());
    let listed = st.store.organisation_confirmed(o.id).await?;
    // What a visitor sees: published pages, public news, public events.
    let pages: Vec<_> =
        st.store.org_pages(o.id).await?.into_iter().filter(|p| site::may_see_page(p.published, listed, None)).collect();
    let news = st.store.news_of(o.id, false, false, EXPORT_ITEMS).await?;
    let events = st.store.organisation_events(o.id, st.store.now(), false, EXPORT_ITEMS).await?;
    let look = st.store.org_look(o.id).await?;
    let mut files = Vec::new();
    let mut logo = String::new();
    let mut logo_alt = String::new();
    if let Some(id) = look.as_ref().and_then(|l| l.logo_image_id) {
        let img = st.store.image_by_id(id).await?;
        if !img.members_only {
            logo = if img.content_type == "image/png" { "logo.png" } else { "logo.jpg" }.to_string();
            logo_alt = look.as_ref().map(|l| l.logo_alt.clone()).unwrap_or_default();
            files.push(File { name: logo.clone(), bytes: img.bytes });
        }
    }
    let mut nav = vec![ExportLink { href: "index.html".into(), label: ctx.t("site-home"), current: false }];
    for p in &pages {
        nav.push(ExportLink { href: format!("{}.html", p.slug), label: p.title.clone(), current: false });
    }
    nav.push(ExportLink { href: "news.html".into(), label: ctx.t("org-news"), current: false });
    nav.push(ExportLink { href: "events.html".into(), label: ctx.t("org-events"), current: false });
    let page =
        |href: &str, title: String, body_html: String, form: Option<(String, String)>| -> Result<File, AppError> {
            let (form_href, form_label) = form.unwrap_or_default();
            let html = ExportPage {
                ctx: ctx.clone(),
                org_name: o.name.clone(),
                title,
                body_html,
                nav: nav.iter().map(|l| ExportLink { current: l.href == href, ..l.clone() }).collect(),
                logo: logo.clone(),
                logo_alt: logo_alt.clone(),
                form_href,
                form_label,
                generated: generated.clone(),
                live: live.clone(),
            }
            .render()
            .map_err(|e| AppError::Internal(e.to_string()))?;
            Ok(File { name: href.to_string(), bytes: html.into_bytes() })
        };
    // The start page: what the organisation says about itself.
    let mut about = crate::markdown::to_html(&o.description);
    for (label, value) in [("org-contact", &o.contact), ("label-opening-hours", &o.opening_hours)] {
        if !value.trim().is_empty() {
            about.push_str(&format!("<h2>{}</h2><p>{}</p>", escape(&ctx.t(label)), escape(value)));
        }
    }
    files.push(page("index.html", o.name.clone(), about, None)?);
    for p in &pages {
        // Forms live on the instance; the exported page links to them.
        let form = match p.kind() {
            PageKind::Contact => Some((format!("{live}/contact"), ctx.t("site-write"))),
            PageKind::Join => Some((format!("{live}/join"), ctx.t("site-join"))),
            _ => None,
        };
        files.push(page(&format!("{}.html", p.slug), p.title.clone(), crate::markdown::to_html(&p.body), form)?);
    }
    let mut news_html = String::new();
    for n in &news {
        news_html.push_str(&format!(
            "<article><h2>{}</h2><p class=\"meta\">{}</p>{}</article>",
            escape(&n.title),
            escape(&ctx.date(&n.created_at)),
            crate::markdown::to_html(&n.body)
        ));
    }
    if news.is_empty() {
        news_html.push_str(&format!("<p>{}</p>", escape(&ctx.t("org-no-news"))));
    }
    files.push(page("news.html", ctx.t("org-news"), news_html, None)?);
    let tz = crate::views::tz_of(
        st.store
            .organisation_links(o.id)
            .await?
            .iter()
            .find(|(l, _)| l.status() == quartier_core::organisation::LinkStatus::Confirmed)
            .map(|(_, n)| n),
    );
    let mut events_html = String::from("<ul class=\"rows\">");
    for e in &events {
        let c = crate::views::card(&ctx, e, tz, String::new());
        events_html.push_str(&format!(
            "<li><strong>{}</strong><br>{}{}</li>",
            escape(&c.title),
            escape(&c.when),
            if e.venue.is_empty() { String::new() } else { format!(" · {}", escape(&e.venue)) }
        ));
    }
    events_html.push_str("</ul>");
    if events.is_empty() {
        events_html = format!("<p>{}</p>", escape(&ctx.t("export-no-events")));
    }
    files.push(page("events.html", ctx.t("org-events"), events_html, None)?);
    // Feeds, as the live site serves them.
    files.push(File { name: "feed.atom".into(), bytes: crate::feeds::org_news_feed(&st, &o).await?.into_bytes() });
    if let Some(cal) = crate::feeds::org_calendar(&st, &o).await? {
        files.push(File { name: "events.ics".into(), bytes: cal.to_string().into_bytes() });
    }
    files.push(File { name: "style.css".into(), bytes: STYLE.as_bytes().to_vec() });
    let accent = look.as_ref().map(|l| l.accent.clone()).unwrap_or_default();
    let css = match site::parse_accent(&accent) {
        Ok(Some(c)) => format!(":root {{ --org-accent: {c}; --accent: {c}; }}\n"),
        _ => String::from("/* the house colours */\n"),
    };
    files.push(File { name: "site.css".into(), bytes: css.into_bytes() });
    let zip = zip_of(&o.slug, files).map_err(|e| AppError::Internal(e.to_string()))?;
    let mut r = zip.into_response();
    let h = r.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/zip"));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("private, no-store"));
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{}-website.zip\"", o.slug)) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    Ok(r)
}

/// Text for HTML written by hand here (the templates escape by themselves).
fn escape(s: &str) -> String {
    askama::filters::escape(s, askama::filters::Html).map(|e| e.to_string()).unwrap_or_default()
}

/// The files in one folder named after the organisation, compressed.
fn zip_of(slug: &str, files: Vec<File>) -> zip::result::ZipResult<Vec<u8>> {
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for f in files {
        w.start_file(format!("{slug}/{}", f.name), opts)?;
        w.write_all(&f.bytes)?;
    }
    Ok(w.finish()?.into_inner())
}

//! An organisation's space is a small website it controls: pages of its
//! own with a navigation, written by its editors and administrators only.

use crate::helpers::*;
use quartier_core::organisation::OrgRole;

fn page_form(kind: &str, title: &str, slug: &str, body: &str, published: bool) -> Vec<(&'static str, String)> {
    let mut f = vec![
        ("kind", kind.to_string()),
        ("title", title.to_string()),
        ("slug", slug.to_string()),
        ("body", body.to_string()),
        ("position", "1".to_string()),
    ];
    if published {
        f.push(("published", "yes".into()));
    }
    f
}

#[tokio::test]
async fn editors_write_pages_anyone_reads_the_published_ones() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let editor = app.client_for(w.editor).await;
    let anon = app.client();
    // The manage page offers the four standard pages.
    let manage = app.get_page(&editor, "/o/buergerverein/site").await;
    let starts: Vec<String> = manage.texts("main ul li a");
    assert!(starts.iter().any(|t| t.contains("Über uns")), "{starts:?}");
    let form = app.get_page(&editor, "/o/buergerverein/site/pages/new?kind=about").await;
    assert_eq!(form.attr("#f-title", "value").as_deref(), Some("Über uns"));
    assert_eq!(form.attr("#f-slug", "value").as_deref(), Some("ueber-uns"));
    // A draft first: not for the public, not for a plain member.
    let r = app
        .post_form(
            &editor,
            "/o/buergerverein/site/pages",
            &page_form("about", "Über uns", "ueber-uns", "Wir sind **viele**.", false),
        )
        .await;
    assert_eq!(redirected(&r), "/o/buergerverein/p/ueber-uns?notice=notice-saved");
    assert_eq!(app.get(&anon, "/o/buergerverein/p/ueber-uns").await.status(), 404);
    let member =
        app.member(w.nord, "mitglied@example.org", "Mia Mitglied", quartier_core::neighbourhood::Role::Resident).await;
    app.store.set_org_member(w.org, member, OrgRole::Member).await.unwrap();
    let member_c = app.client_for(member).await;
    assert_eq!(app.get(&member_c, "/o/buergerverein/p/ueber-uns").await.status(), 404);
    let draft = app.get_page(&editor, "/o/buergerverein/p/ueber-uns").await;
    assert!(draft.text(".notice.warning").contains("Entwurf"));
    assert!(!app.get_page(&anon, "/o/buergerverein").await.texts(".site-nav a").iter().any(|t| t == "Über uns"));
    // Published: in the navigation of the organisation's page, for anyone.
    let id = app.store.org_page(w.org, "ueber-uns").await.unwrap().id;
    let r = app
        .post_form(
            &editor,
            &format!("/o/buergerverein/site/pages/{id}"),
            &page_form("custom", "Über uns", "ueber-uns", "Wir sind **viele**.", true),
        )
        .await;
    assert_eq!(r.status(), 303);
    assert_eq!(app.store.org_page(w.org, "ueber-uns").await.unwrap().kind, "about", "the kind stays");
    let page = app.get_page(&anon, "/o/buergerverein/p/ueber-uns").await;
    assert_eq!(page.text("h1"), "Über uns");
    assert_eq!(page.text(".prose strong"), "viele");
    assert_eq!(page.attr(".site-nav a[aria-current]", "href").as_deref(), Some("/o/buergerverein/p/ueber-uns"));
    assert_eq!(page.count("a[href='/o/buergerverein/site']"), 0, "no manage link for the public");
    let home = app.get_page(&anon, "/o/buergerverein").await;
    assert!(home.texts(".site-nav a").iter().any(|t| t == "Über uns"));
    assert_eq!(app.get(&member_c, "/o/buergerverein/p/ueber-uns").await.status(), 200);
    // An unknown page is not found.
    assert_eq!(app.get(&anon, "/o/buergerverein/p/gibt-es-nicht").await.status(), 404);
}

#[tokio::test]
async fn bad_pages_get_messages_next_to_their_fields() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let admin = app.client_for(w.resident).await;
    let mut bad = page_form("custom", "A", "Über!", "Text", true);
    bad[4].1 = "hundert".into();
    let r = app.post_form(&admin, "/o/buergerverein/site/pages", &bad).await;
    assert_eq!(r.status(), 422);
    let p = Page::from(r).await;
    assert!(!p.text("#e-title").is_empty());
    assert!(!p.text("#e-slug").is_empty());
    assert!(!p.text("#e-position").is_empty());
    assert_eq!(p.attr("#f-slug", "value").as_deref(), Some("Über!"), "what was typed stays");
    // An address from the title when none is given.
    let r = app
        .post_form(&admin, "/o/buergerverein/site/pages", &page_form("custom", "Unser Chor", "", "Text", true))
        .await;
    assert_eq!(redirected(&r), "/o/buergerverein/p/unser-chor?notice=notice-saved");
    // The same address twice, the same standard kind twice.
    let r = app
        .post_form(&admin, "/o/buergerverein/site/pages", &page_form("custom", "Chor", "unser-chor", "", true))
        .await;
    assert_eq!(r.status(), 422);
    assert!(Page::from(r).await.text("#e-slug").contains("Adresse"));
    let r = app
        .post_form(&admin, "/o/buergerverein/site/pages", &page_form("contact", "Kontakt", "kontakt", "", true))
        .await;
    assert_eq!(r.status(), 303);
    let r = app
        .post_form(&admin, "/o/buergerverein/site/pages", &page_form("contact", "Schreiben", "schreiben", "", true))
        .await;
    assert_eq!(r.status(), 422);
    assert!(!Page::from(r).await.text("#e-title").is_empty());
    // Hostile Markdown is rendered harmless.
    let r = app
        .post_form(
            &admin,
            "/o/buergerverein/site/pages",
            &page_form("custom", "Probe", "probe", "<script>alert(1)</script>[x](javascript:alert(1))", true),
        )
        .await;
    assert_eq!(r.status(), 303);
    let html = app.get(&app.client(), "/o/buergerverein/p/probe").await.text().await.unwrap();
    assert!(!html.contains("<script>alert") && !html.contains("javascript:"));
}

#[tokio::test]
async fn nobody_outside_the_organisation_edits_its_pages() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let admin = app.client_for(w.resident).await;
    let r = app
        .post_form(&admin, "/o/buergerverein/site/pages", &page_form("about", "Über uns", "ueber-uns", "Text", true))
        .await;
    assert_eq!(r.status(), 303);
    let id = app.store.org_page(w.org, "ueber-uns").await.unwrap().id;
    // The coordinator, the moderator, an administrator of another club.
    for who in [w.coordinator, w.moderator, w.outsider, w.operator] {
        let c = app.client_for(who).await;
        let f = page_form("about", "Übernommen", "ueber-uns", "Fremd", true);
        assert_eq!(app.post_form(&c, &format!("/o/buergerverein/site/pages/{id}"), &f).await.status(), 403);
        let r = app.post_form(&c, &format!("/o/buergerverein/site/pages/{id}/delete"), &[("confirm", "yes")]).await;
        assert_eq!(r.status(), 403);
    }
    // Another club's page is not found through this one.
    let other = app.client_for(w.outsider).await;
    assert_eq!(app.get(&other, &format!("/o/suedchor/site/pages/{id}")).await.status(), 404);
    assert_eq!(app.store.org_page(w.org, "ueber-uns").await.unwrap().title, "Über uns");
    // Deleting asks first, then deletes, on the record.
    let r = app.post_form(&admin, &format!("/o/buergerverein/site/pages/{id}/delete"), &[("x", "")]).await;
    assert_eq!(r.status(), 200);
    assert!(app.store.org_page(w.org, "ueber-uns").await.is_ok());
    let r = app.post_form(&admin, &format!("/o/buergerverein/site/pages/{id}/delete"), &[("confirm", "yes")]).await;
    assert_eq!(redirected(&r), "/o/buergerverein/site?notice=notice-page-deleted");
    assert!(app.store.org_page(w.org, "ueber-uns").await.is_err());
    let log = app.get_page(&admin, "/o/buergerverein/log").await;
    assert!(
        log.texts("main li, main tr").iter().any(|t| t.contains("gelöscht"))
            || log.0.html().contains("Seite der Website gelöscht")
    );
}

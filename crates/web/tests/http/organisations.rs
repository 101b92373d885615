//! Organisations own their space: propose, confirm, edit, news, feed,
//! members, moderation on the record.

use crate::helpers::*;

fn org_form(slug: &str) -> Vec<(&'static str, String)> {
    vec![
        ("name", "Kleingartenverein Sonnenschein".into()),
        ("slug", slug.into()),
        ("kind", "club".into()),
        ("description", "Wir gärtnern gemeinsam. **Willkommen!**".into()),
        ("contact", "Mo 10–12 Uhr im Vereinsheim".into()),
        ("opening_hours", "April bis Oktober".into()),
        ("step_free", "yes".into()),
        ("website", "https://sonnenschein.example.org".into()),
        ("social", String::new()),
    ]
}

#[tokio::test]
async fn propose_confirm_edit_and_publish() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let ben = app.client_for(w.moderator).await;
    // Bad input first: a reserved address, a javascript link.
    let mut bad = org_form("admin");
    bad.iter_mut().for_each(|(k, v)| {
        if *k == "website" {
            *v = "javascript:alert(1)".into();
        }
    });
    let r = ben.post(app.url("/n/nord/organisations")).form(&bad).send().await.unwrap();
    assert_eq!(r.status(), 422);
    let p = Page::from(r).await;
    assert!(p.text("#e-slug").contains("reserviert"));
    assert!(p.text("#e-website").contains("https://"));
    assert_eq!(p.attr("#f-name", "value").as_deref(), Some("Kleingartenverein Sonnenschein"));
    let r = ben.post(app.url("/n/nord/organisations")).form(&org_form("buergerverein")).send().await.unwrap();
    assert_eq!(r.status(), 422, "slug taken");
    let r = ben.post(app.url("/n/nord/organisations")).form(&org_form("sonnenschein")).send().await.unwrap();
    assert_eq!(r.status(), 303);
    // Not public until the coordinator confirms.
    assert_eq!(app.client().get(app.url("/o/sonnenschein")).send().await.unwrap().status(), 404);
    assert_eq!(ben.get(app.url("/o/sonnenschein")).send().await.unwrap().status(), 200);
    let coord = app.client_for(w.coordinator).await;
    let list = Page::from(coord.get(app.url("/n/nord/organisations")).send().await.unwrap()).await;
    let action = list.attr("form[action$='/confirm']", "action").unwrap();
    let _ = action;
    let id = app.store.organisation_by_slug("sonnenschein").await.unwrap().id;
    let r = coord.post(app.url(&format!("/n/nord/organisations/{id}/confirm"))).send().await.unwrap();
    assert_eq!(r.status(), 303);
    let page = Page::from(app.client().get(app.url("/o/sonnenschein")).send().await.unwrap()).await;
    assert_eq!(page.text("h1"), "Kleingartenverein Sonnenschein");
    assert!(page.text(".facts").contains("Stufenloser Zugang"));
    // The coordinator cannot edit the club's page; its admin can.
    assert_eq!(coord.get(app.url("/o/sonnenschein/edit")).send().await.unwrap().status(), 403);
    let mut edit = org_form("sonnenschein");
    edit[0].1 = "KGV Sonnenschein e. V.".into();
    assert_eq!(coord.post(app.url("/o/sonnenschein/edit")).form(&edit).send().await.unwrap().status(), 403);
    assert_eq!(ben.post(app.url("/o/sonnenschein/edit")).form(&edit).send().await.unwrap().status(), 303);
    // News: public and members-only.
    let r = ben
        .post(app.url("/o/sonnenschein/news"))
        .form(&[("title", "Frühjahrsputz"), ("body", "Samstag, 10 Uhr.")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let r = ben
        .post(app.url("/o/sonnenschein/news"))
        .form(&[("title", "Kassenbericht"), ("body", "Nur für uns."), ("members_only", "yes")])
        .send()
        .await
        .unwrap();
    let internal = location(&r);
    let public = Page::from(app.client().get(app.url("/o/sonnenschein")).send().await.unwrap()).await;
    assert!(public.text("main").contains("Frühjahrsputz"));
    assert!(!public.text("main").contains("Kassenbericht"));
    assert_eq!(app.client().get(app.url(internal.split('?').next().unwrap())).send().await.unwrap().status(), 404);
    let feed = app.client().get(app.url("/o/sonnenschein/feed.atom")).send().await.unwrap();
    assert_eq!(feed.headers()["content-type"], "application/atom+xml; charset=utf-8");
    let xml = feed.text().await.unwrap();
    let parsed: atom_syndication::Feed = xml.parse().unwrap();
    assert_eq!(parsed.title().as_str(), "KGV Sonnenschein e. V.");
    assert!(parsed.entries().iter().any(|e| e.title().as_str() == "Frühjahrsputz"));
    assert!(!xml.contains("Kassenbericht"));
}

#[tokio::test]
async fn admins_manage_members_and_the_last_admin_stays() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let rita = app.client_for(w.resident).await;
    let r = rita
        .post(app.url("/o/buergerverein/members"))
        .form(&[("email", "mod@example.org"), ("role", "editor")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let r = rita
        .post(app.url("/o/buergerverein/members"))
        .form(&[("email", "niemand@example.org"), ("role", "editor")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    // The new editor publishes; an editor is not an admin.
    let mo = app.client_for(w.moderator).await;
    assert_eq!(
        mo.post(app.url("/o/buergerverein/news"))
            .form(&[("title", "Chorprobe"), ("body", "Dienstags.")])
            .send()
            .await
            .unwrap()
            .status(),
        303
    );
    assert_eq!(mo.get(app.url("/o/buergerverein/members")).send().await.unwrap().status(), 403);
    // The last admin cannot remove themselves.
    let r = rita.post(app.url(&format!("/o/buergerverein/members/{}/remove", w.resident))).send().await.unwrap();
    assert_eq!(r.status(), 409);
    let log = Page::from(rita.get(app.url("/o/buergerverein/log")).send().await.unwrap()).await;
    assert!(log.text("main").contains("Rolle"));
}

#[tokio::test]
async fn a_moderator_hides_one_news_post_on_the_record() {
    let app = TestApp::new().await;
    let w = app.world().await;
    assert_eq!(app.store.organisation_by_slug("buergerverein").await.unwrap().id, w.org);
    let mo = app.client_for(w.moderator).await;
    let url = app.url(&format!("/o/buergerverein/news/{}/hide", w.news));
    assert_eq!(mo.post(&url).form(&[("reason", "")]).send().await.unwrap().status(), 422);
    assert_eq!(
        mo.post(&url).form(&[("reason", "Enthält eine private Telefonnummer")]).send().await.unwrap().status(),
        303
    );
    // Others cannot hide anything: a coordinator elsewhere, a plain resident.
    assert_eq!(
        app.client_for(w.other).await.post(&url).form(&[("reason", "Test test")]).send().await.unwrap().status(),
        403
    );
    let public = Page::from(app.client().get(app.url("/o/buergerverein")).send().await.unwrap()).await;
    assert!(!public.text("main").contains("Sommerfest"));
    // The organisation sees it and why, on its own page and log.
    let rita = app.client_for(w.resident).await;
    let own = Page::from(rita.get(app.url("/o/buergerverein")).send().await.unwrap()).await;
    assert!(own.text(".warning").contains("private Telefonnummer"));
    let log = Page::from(rita.get(app.url("/o/buergerverein/log")).send().await.unwrap()).await;
    assert!(log.text("main").contains("private Telefonnummer"));
}

#[tokio::test]
async fn an_organisation_can_belong_to_several_neighbourhoods() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let rita = app.client_for(w.resident).await;
    let r =
        rita.post(app.url("/o/buergerverein/neighbourhoods")).form(&[("neighbourhood", "sued")]).send().await.unwrap();
    assert_eq!(r.status(), 303);
    // The coordinator of "sued" confirms; the coordinator of "nord" cannot for "sued".
    let other = app.client_for(w.other).await;
    let list = Page::from(other.get(app.url("/n/sued/organisations")).send().await.unwrap()).await;
    assert!(list.text("main").contains("Bürgerverein Nord"));
    let r = app
        .client_for(w.coordinator)
        .await
        .post(app.url(&format!("/n/sued/organisations/{}/confirm", w.org)))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    let r = other.post(app.url(&format!("/n/sued/organisations/{}/confirm", w.org))).send().await.unwrap();
    assert_eq!(r.status(), 303);
    let page = Page::from(app.client().get(app.url("/o/buergerverein")).send().await.unwrap()).await;
    assert!(page.text(".facts").contains("Südviertel"));
}

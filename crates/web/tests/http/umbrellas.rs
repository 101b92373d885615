//! Power stays local: an umbrella organisation and its local branches are
//! linked only when both agree; the umbrella lists its branches with their
//! figures and cannot change or hide anything a branch publishes.

use crate::helpers::*;
use quartier_core::neighbourhood::Role;
use quartier_core::organisation::OrgRole;
use quartier_store::notifications::NoticeKind;

/// A city-wide provider in Nord, administered by Uma; her id and the
/// provider's.
async fn provider(app: &TestApp, w: &World) -> (uuid::Uuid, uuid::Uuid) {
    let uma = app.member(w.nord, "uma@example.org", "Uma Dachverband", Role::Resident).await;
    let profile = quartier_store::organisations::OrgProfile {
        name: "Caritas Stadtverband".into(),
        kind: "welfare".into(),
        description: "Der Träger für die ganze Stadt.".into(),
        ..Default::default()
    };
    let slug = quartier_core::neighbourhood::Slug::parse("caritas-stadt").unwrap();
    let org = app.store.propose_organisation(w.nord, uma, &slug, profile).await.unwrap().id;
    app.store.confirm_organisation(w.nord, org, w.coordinator).await.unwrap();
    (uma, org)
}

#[tokio::test]
async fn both_sides_agree_and_the_umbrella_cannot_touch_the_branch() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let (uma, umbrella) = provider(&app, &w).await;
    let uma_c = app.client_for(uma).await;
    let rita = app.client_for(w.resident).await;
    let anon = app.client();
    // The provider asks the Bürgerverein, by its address, to be its branch.
    let r = app
        .post_form(
            &uma_c,
            "/o/caritas-stadt/site/links",
            &[("other", "https://quartier.example/o/buergerverein"), ("role", "branch")],
        )
        .await;
    assert_eq!(redirected(&r), "/o/caritas-stadt/site/links?notice=notice-link-asked");
    let told = app.store.notifications_of_kind(NoticeKind::OrgLinkAsked).await.unwrap();
    assert_eq!(told.iter().map(|n| n.user_id).collect::<Vec<_>>(), vec![w.resident]);
    // Not linked before the branch says yes.
    let list = app.get_page(&anon, "/o/caritas-stadt/branches").await;
    assert_eq!(list.count("table.branches"), 0);
    let mine = app.get_page(&uma_c, "/o/caritas-stadt/site/links").await;
    assert!(mine.text("#waiting-them-h").contains("ohne Antwort"));
    // The Bürgerverein's administrator sees the question and agrees.
    let page = app.get_page(&rita, "/o/buergerverein/site/links").await;
    assert!(
        page.text("main").contains("Caritas Stadtverband möchte sich mit Ihnen verbinden"),
        "{}",
        page.text("main")
    );
    let link = app
        .store
        .affiliations(
            umbrella,
            quartier_core::org_site::Side::Umbrella,
            quartier_core::org_site::AffiliationStatus::Asked,
            quartier_store::paging::Cursor::First,
            10,
        )
        .await
        .unwrap()
        .items[0]
        .id;
    // The side that asked cannot answer its own question.
    let r = app.post_form(&uma_c, &format!("/o/caritas-stadt/site/links/{link}"), &[("answer", "accept")]).await;
    assert_eq!(r.status(), 403);
    let r = app.post_form(&rita, &format!("/o/buergerverein/site/links/{link}"), &[("answer", "accept")]).await;
    assert_eq!(redirected(&r), "/o/buergerverein/site/links?notice=notice-link-confirmed");
    let told = app.store.notifications_of_kind(NoticeKind::OrgLinkConfirmed).await.unwrap();
    assert_eq!(told.iter().map(|n| n.user_id).collect::<Vec<_>>(), vec![uma]);
    // Anyone sees the branch on the provider's list, without member counts;
    // the provider's administrator sees those too.
    let list = app.get_page(&anon, "/o/caritas-stadt/branches").await;
    assert_eq!(list.texts("table.branches tbody th"), vec!["Bürgerverein Nord".to_string()]);
    assert_eq!(list.count("table.branches thead th"), 3);
    let cells = list.texts("table.branches tbody td");
    assert_eq!(cells[0], "1", "one public news post this year: {cells:?}");
    let list = app.get_page(&uma_c, "/o/caritas-stadt/branches").await;
    assert_eq!(list.count("table.branches thead th"), 5);
    // Both organisations' pages name each other.
    let club = app.get_page(&anon, "/o/buergerverein").await;
    assert_eq!(club.count("a[href='/o/caritas-stadt']"), 1);
    let prov = app.get_page(&anon, "/o/caritas-stadt").await;
    assert_eq!(prov.count("a[href='/o/buergerverein']"), 1);
    assert_eq!(prov.count("a[href='/o/caritas-stadt/branches']"), 1);
    // Power stays local: the provider's administrator changes nothing of
    // the branch's.
    for path in ["/o/buergerverein/edit", "/o/buergerverein/site", "/o/buergerverein/site/look", "/o/buergerverein/log"]
    {
        assert_eq!(app.get(&uma_c, path).await.status(), 403, "{path}");
    }
    let r = app
        .post_form(
            &uma_c,
            "/o/buergerverein/site/pages",
            &[("kind", "custom"), ("title", "Vom Träger"), ("slug", "traeger"), ("body", "x"), ("published", "yes")],
        )
        .await;
    assert_eq!(r.status(), 403);
    let r = app.post_form(&uma_c, "/o/buergerverein/news", &[("title", "Vom Träger"), ("body", "Text")]).await;
    assert_eq!(r.status(), 403);
    let r = app.post_form(&uma_c, &format!("/o/buergerverein/news/{}/hide", w.news), &[("reason", "weg")]).await;
    assert!(matches!(r.status().as_u16(), 403 | 404), "{}", r.status());
    assert_eq!(app.store.org_role(w.org, uma).await.unwrap(), None);
    // Either side ends it; the other side hears.
    let r = app.post_form(&uma_c, &format!("/o/caritas-stadt/site/links/{link}"), &[("answer", "end")]).await;
    assert_eq!(redirected(&r), "/o/caritas-stadt/site/links?notice=notice-link-ended");
    let told = app.store.notifications_of_kind(NoticeKind::OrgLinkEnded).await.unwrap();
    assert_eq!(told.iter().map(|n| n.user_id).collect::<Vec<_>>(), vec![w.resident]);
    assert_eq!(app.get_page(&anon, "/o/caritas-stadt/branches").await.count("table.branches"), 0);
    assert_eq!(app.get_page(&anon, "/o/buergerverein").await.count("a[href='/o/caritas-stadt']"), 0);
    // Both logs say what happened.
    let log = app.get_page(&rita, "/o/buergerverein/log").await;
    assert!(log.text("main").contains("Caritas Stadtverband"), "{}", log.text("main"));
}

#[tokio::test]
async fn a_branch_asks_its_umbrella_and_bad_requests_get_messages() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let (uma, _) = provider(&app, &w).await;
    let rita = app.client_for(w.resident).await;
    let ask = |other: &'static str, role: &'static str| vec![("other", other), ("role", role)];
    for (form, field, text) in [
        (ask("", "umbrella"), "other", "Adresse"),
        (ask("gibt-es-nicht", "umbrella"), "other", "gibt es hier nicht"),
        (ask("buergerverein", "umbrella"), "other", "gibt es hier nicht"),
        // Not listed in any neighbourhood yet: as if it did not exist.
        (ask("chor", "umbrella"), "other", "gibt es hier nicht"),
        (ask("caritas-stadt", "boss"), "role", "wählen"),
    ] {
        let r = app.post_form(&rita, "/o/buergerverein/site/links", &form).await;
        assert_eq!(r.status(), 422, "{form:?}");
        let page = Page::from(r).await;
        assert!(page.text(&format!("#e-{field}")).contains(text), "{form:?}: {}", page.text(&format!("#e-{field}")));
        assert_eq!(page.attr("#f-other", "value").unwrap_or_default(), form[0].1, "what was typed stays");
    }
    let r = app.post_form(&rita, "/o/buergerverein/site/links", &ask("/o/caritas-stadt", "umbrella")).await;
    assert_eq!(r.status(), 303);
    // Asked once: a second question either way is refused.
    let r = app.post_form(&rita, "/o/buergerverein/site/links", &ask("caritas-stadt", "branch")).await;
    assert_eq!(r.status(), 422);
    assert!(Page::from(r).await.text("#e-other").contains("schon"));
    // The umbrella's administrator answers; a member of the club may not.
    let mia = app.member(w.nord, "mia@example.org", "Mia Mitglied", Role::Resident).await;
    app.store.set_org_member(w.org, mia, OrgRole::Member).await.unwrap();
    let mia_c = app.client_for(mia).await;
    assert_eq!(app.get(&mia_c, "/o/buergerverein/site/links").await.status(), 403);
    assert_eq!(app.get(&app.client(), "/o/buergerverein/site/links").await.status(), 303);
    let uma_c = app.client_for(uma).await;
    let page = app.get_page(&uma_c, "/o/caritas-stadt/site/links").await;
    let action = page.attr("#waiting-us-h + ul form", "action").unwrap();
    // A link is answered only through one of its two organisations.
    let id = action.rsplit('/').next().unwrap().to_string();
    let r = app.post_form(&mia_c, &format!("/o/caritas-stadt/site/links/{id}"), &[("answer", "accept")]).await;
    assert_eq!(r.status(), 403);
    let outsider = app.client_for(w.outsider).await;
    let r = app.post_form(&outsider, &format!("/o/suedchor/site/links/{id}"), &[("answer", "accept")]).await;
    assert_eq!(r.status(), 404);
    let r = app.post_form(&uma_c, &action, &[("answer", "maybe")]).await;
    assert_eq!(r.status(), 400);
    let r = app.post_form(&uma_c, &action, &[("answer", "decline")]).await;
    assert_eq!(r.status(), 303);
    let told = app.store.notifications_of_kind(NoticeKind::OrgLinkEnded).await.unwrap();
    assert_eq!(told.iter().map(|n| n.user_id).collect::<Vec<_>>(), vec![w.resident]);
    // Declined is gone: it can be asked again.
    let r = app.post_form(&rita, "/o/buergerverein/site/links", &ask("caritas-stadt", "umbrella")).await;
    assert_eq!(r.status(), 303);
}

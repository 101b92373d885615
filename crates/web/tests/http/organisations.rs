//! Organisations own their space: propose, confirm, edit, news, feed,
//! members, moderation on the record.

use crate::helpers::*;
use quartier_core::organisation::OrgRole;

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
async fn admins_invite_members_who_join_only_by_saying_yes() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let rita = app.client_for(w.resident).await;
    let invite = |email: &'static str, role: &'static str| {
        let (rita, url) = (rita.clone(), app.url("/o/buergerverein/members"));
        async move { rita.post(url).form(&[("email", email), ("role", role)]).send().await.unwrap() }
    };
    // Known and unknown addresses get the same answer.
    let known = invite("coord@example.org", "admin").await;
    let unknown = invite("niemand@example.org", "admin").await;
    assert_eq!((known.status().as_u16(), unknown.status().as_u16()), (303, 303));
    assert_eq!(location(&known), location(&unknown));
    let page = Page::from(rita.get(app.url(&location(&known))).send().await.unwrap()).await;
    assert!(page.text(".notice").contains("Falls es zu dieser Adresse ein Konto gibt"));
    app.drain_jobs().await;
    // Nobody is a member before saying yes ...
    assert_eq!(app.store.org_role(w.org, w.coordinator).await.unwrap(), None);
    let mail = app.mail_to("coord@example.org").await;
    assert!(mail.contains("Bürgerverein Nord") && mail.contains("/notifications"), "{mail}");
    let carla = app.client_for(w.coordinator).await;
    let bell = Page::from(carla.get(app.url("/notifications")).send().await.unwrap()).await;
    assert!(bell.text("#inv-h").contains("Einladungen"));
    assert!(bell.text("main").contains("Bürgerverein Nord lädt Sie ein"));
    // ... nobody else can answer for them ...
    let r = app.client_for(w.other).await.post(app.url("/o/buergerverein/invitation")).form(&[("answer", "accept")]);
    assert_eq!(r.send().await.unwrap().status(), 404);
    // ... and with a yes the invited role is theirs; the admins hear of it.
    let r = carla.post(app.url("/o/buergerverein/invitation")).form(&[("answer", "accept")]).send().await.unwrap();
    assert_eq!(r.status(), 303);
    assert_eq!(app.store.org_role(w.org, w.coordinator).await.unwrap(), Some(OrgRole::Admin));
    let to_rita = decode_qp(&app.mail_to("res@example.org").await);
    assert!(to_rita.contains("Carla Koordination hat die Einladung"), "{to_rita}");
    let r = carla.post(app.url("/o/buergerverein/invitation")).form(&[("answer", "accept")]).send().await.unwrap();
    assert_eq!(r.status(), 404, "an invitation is answered once");
    // The moderator (invited in the world) says no: still no member.
    let mo = app.client_for(w.moderator).await;
    let r = mo.post(app.url("/o/buergerverein/invitation")).form(&[("answer", "decline")]).send().await.unwrap();
    assert_eq!(r.status(), 303);
    assert_eq!(app.store.org_role(w.org, w.moderator).await.unwrap(), None);
    assert_eq!(mo.get(app.url("/o/buergerverein/members")).send().await.unwrap().status(), 403);
    // A member's role changes at once.
    let r = invite("coord@example.org", "editor").await;
    assert_eq!(location(&r), "/o/buergerverein/members?notice=notice-role-set");
    assert_eq!(app.store.org_role(w.org, w.coordinator).await.unwrap(), Some(OrgRole::Editor));
    // The last admin cannot remove themselves.
    let r = rita.post(app.url(&format!("/o/buergerverein/members/{}/remove", w.resident))).send().await.unwrap();
    assert_eq!(r.status(), 409);
    let log = Page::from(rita.get(app.url("/o/buergerverein/log")).send().await.unwrap()).await;
    assert!(log.text("main").contains("eingeladen"));
    assert!(log.text("main").contains("Rolle"));
}

#[tokio::test]
async fn an_invitation_accepted_twice_at_once_makes_one_member() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let mo = app.client_for(w.moderator).await;
    let tries = (0..6).map(|_| {
        let (c, url) = (mo.clone(), app.url("/o/buergerverein/invitation"));
        tokio::spawn(async move { c.post(url).form(&[("answer", "accept")]).send().await.unwrap().status().as_u16() })
    });
    let mut ok = 0;
    for t in tries {
        if t.await.unwrap() == 303 {
            ok += 1;
        }
    }
    assert_eq!(ok, 1);
    assert_eq!(app.store.org_role(w.org, w.moderator).await.unwrap(), Some(OrgRole::Editor));
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

fn jpeg_with_location() -> Vec<u8> {
    use std::io::Cursor;
    let img = image::RgbImage::from_fn(64, 48, |x, y| image::Rgb([x as u8 * 3, y as u8 * 5, 120]));
    let mut jpg = Vec::new();
    image::DynamicImage::ImageRgb8(img).write_to(&mut Cursor::new(&mut jpg), image::ImageFormat::Jpeg).unwrap();
    // An EXIF segment right after the start marker, as cameras write it.
    let payload = b"Exif\0\0GPSLatitude=52.5200;GPSLongitude=13.4050";
    let len = (payload.len() + 2) as u16;
    let mut out = vec![0xFF, 0xD8, 0xFF, 0xE1];
    out.extend_from_slice(&len.to_be_bytes());
    out.extend_from_slice(payload);
    out.extend_from_slice(&jpg[2..]);
    out
}

fn news_with_image(title: &str, alt: &str, file: Vec<u8>, name: &str, members_only: bool) -> reqwest::multipart::Form {
    let mut f = reqwest::multipart::Form::new()
        .text("title", title.to_string())
        .text("body", "Ein schöner Tag.".to_string())
        .text("image_alt", alt.to_string())
        .part(
            "image",
            reqwest::multipart::Part::bytes(file).file_name(name.to_string()).mime_str("image/jpeg").unwrap(),
        );
    if members_only {
        f = f.text("members_only", "yes");
    }
    f
}

#[tokio::test]
async fn news_images_are_checked_re_encoded_and_served_safely() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let rita = app.client_for(w.resident).await; // administrator of the Bürgerverein
    let url = app.url("/o/buergerverein/news");
    let before = app.store.news_of(w.org, true, true, 100).await.unwrap().len();
    // No alternative text: refused, what was typed stays.
    let r = rita
        .post(&url)
        .multipart(news_with_image("Straßenfest", "", jpeg_with_location(), "fest.jpg", false))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    let p = Page::from(r).await;
    assert!(p.text("#e-image_alt").contains("beschreiben"));
    assert_eq!(p.attr("#f-title", "value").as_deref(), Some("Straßenfest"));
    // An HTML page with an image's name and type.
    let html = b"<!doctype html><script>alert(document.cookie)</script>".to_vec();
    let r =
        rita.post(&url).multipart(news_with_image("Fest", "Ein Fest", html, "fest.jpg", false)).send().await.unwrap();
    assert_eq!(r.status(), 422);
    assert!(Page::from(r).await.text("#e-image").contains("kein Bild"));
    // 30 MB.
    let big = vec![0xFFu8; 30 * 1024 * 1024];
    let r =
        rita.post(&url).multipart(news_with_image("Fest", "Ein Fest", big, "gross.jpg", false)).send().await.unwrap();
    assert_eq!(r.status(), 422);
    assert!(Page::from(r).await.text("#e-image").contains("zu groß"));
    assert_eq!(app.store.news_of(w.org, true, true, 100).await.unwrap().len(), before, "nothing was posted");

    // A good one: location data is gone, the headers are safe.
    let r = rita
        .post(&url)
        .multipart(news_with_image(
            "Straßenfest",
            "Kinder tanzen auf dem Platz",
            jpeg_with_location(),
            "fest.jpg",
            false,
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let page =
        Page::from(app.client().get(app.url(location(&r).split('?').next().unwrap())).send().await.unwrap()).await;
    assert_eq!(page.attr(".news-image img", "alt").as_deref(), Some("Kinder tanzen auf dem Platz"));
    let src = page.attr(".news-image img", "src").unwrap();
    let img = app.client().get(app.url(&src)).send().await.unwrap();
    assert_eq!(img.status(), 200);
    assert_eq!(img.headers()["content-type"], "image/jpeg");
    assert_eq!(img.headers()["x-content-type-options"], "nosniff");
    assert!(img.headers()["content-security-policy"].to_str().unwrap().contains("sandbox"));
    let bytes = img.bytes().await.unwrap();
    assert_eq!(&bytes[..2], &[0xFF, 0xD8]);
    assert!(!bytes.windows(4).any(|w| w == b"Exif") && !bytes.windows(3).any(|w| w == b"GPS"));
    assert!(image::load_from_memory(&bytes).is_ok());

    // Members-only news: its image is for members only too.
    let r = rita
        .post(&url)
        .multipart(news_with_image("Vorstand", "Der Vorstand", jpeg_with_location(), "v.jpg", true))
        .send()
        .await
        .unwrap();
    let page = Page::from(rita.get(app.url(location(&r).split('?').next().unwrap())).send().await.unwrap()).await;
    let src = page.attr(".news-image img", "src").unwrap();
    assert_eq!(rita.get(app.url(&src)).send().await.unwrap().status(), 200);
    assert_eq!(app.client().get(app.url(&src)).send().await.unwrap().status(), 404);
}

#[tokio::test]
async fn a_news_form_error_shows_next_to_the_field() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let rita = app.client_for(w.resident).await;
    let r =
        rita.post(app.url("/o/buergerverein/news")).form(&[("title", "Hi"), ("body", "Text")]).send().await.unwrap();
    assert_eq!(r.status(), 422);
    let p = Page::from(r).await;
    assert!(p.text("#e-title").contains("mindestens 3"));
    assert_eq!(p.text("#f-body"), "Text");
}

#[tokio::test]
async fn without_an_address_one_is_made_from_the_name() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let ben = app.client_for(w.resident).await;
    let mut form = org_form("");
    form[0].1 = "Kleingärten Süd e.V.".into();
    let r = ben.post(app.url("/n/nord/organisations")).form(&form).send().await.unwrap();
    assert_eq!(redirected(&r), "/o/kleingaerten-sued-e-v?notice=notice-org-proposed");
    // The same name again: the address gets a number instead of an error.
    let r = ben.post(app.url("/n/nord/organisations")).form(&form).send().await.unwrap();
    assert_eq!(redirected(&r), "/o/kleingaerten-sued-e-v-2?notice=notice-org-proposed");
    // A chosen address that is taken is still said next to the field.
    let r = ben.post(app.url("/n/nord/organisations")).form(&org_form("kleingaerten-sued-e-v")).send().await.unwrap();
    assert_eq!(r.status(), 422);
}

#[tokio::test]
async fn the_log_says_roles_in_words() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let rita = app.client_for(w.resident).await;
    app.store.audit_org(w.org, Some(w.resident), "member_role_set", Some(w.moderator), "editor").await.unwrap();
    let log = app.get_page(&rita, "/o/buergerverein/log").await;
    let text = log.text("main");
    assert!(text.contains("Redaktion"), "{text}");
    assert!(!text.contains("editor"), "no stored value shown raw: {text}");
}

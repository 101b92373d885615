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

fn contact_form(name: &str, email: &str, message: &str) -> Vec<(&'static str, String)> {
    vec![("name", name.into()), ("email", email.into()), ("message", message.into()), ("website", String::new())]
}

fn kinds_for(notes: &[quartier_store::entity::notification::Model]) -> Vec<String> {
    notes.iter().map(|n| n.kind.clone()).collect()
}

#[tokio::test]
async fn anyone_writes_to_an_organisation_and_only_its_administrators_read_it() {
    use quartier_store::notifications::NoticeKind;
    use quartier_store::paging::Cursor;
    let app = TestApp::new().await;
    let w = app.world().await;
    let anon = app.client();
    // The form, for a visitor without an account; the administrators'
    // addresses are nowhere on it.
    let form = app.get(&anon, "/o/buergerverein/contact").await;
    assert_eq!(form.status(), 200);
    let html = form.text().await.unwrap();
    assert!(!html.contains("res@example.org"));
    let page = app.get_page(&anon, "/o/buergerverein/contact").await;
    assert_eq!(page.attr(".site-nav a[aria-current]", "href").as_deref(), Some("/o/buergerverein/contact"));
    assert_eq!(page.count("#f-name"), 1);
    assert_eq!(page.count("#f-email"), 1);
    assert_eq!(page.count("#f-message"), 1);
    // Every page of the site links to it.
    let home = app.get_page(&anon, "/o/buergerverein").await;
    assert_eq!(home.count(".site-nav a[href='/o/buergerverein/contact']"), 1);
    // Bad input: messages next to the fields, what was typed kept.
    let r = app.post_form(&anon, "/o/buergerverein/contact", &contact_form("A", "keine-adresse", "kurz")).await;
    assert_eq!(r.status(), 422);
    let p = Page::from(r).await;
    assert!(!p.text("#e-name").is_empty());
    assert!(!p.text("#e-email").is_empty());
    assert!(!p.text("#e-message").is_empty());
    assert_eq!(p.attr("#f-email", "value").as_deref(), Some("keine-adresse"));
    assert!(app.store.org_messages(w.org, Cursor::First).await.unwrap().items.is_empty());
    // A good message: kept, the administrator is told (bell and mail), the
    // editor is not; the visitor sees a confirmation.
    let r = app
        .post_form(
            &anon,
            "/o/buergerverein/contact",
            &contact_form("Vera Besuch", "vera@example.org", "Wann probt der Chor? Ich singe gern mit."),
        )
        .await;
    assert_eq!(redirected(&r), "/o/buergerverein/contact?notice=notice-message-sent");
    let done = app.get_page(&anon, "/o/buergerverein/contact?notice=notice-message-sent").await;
    assert!(done.text(".notice").contains("Danke"));
    let saved = app.store.org_messages(w.org, Cursor::First).await.unwrap().items;
    assert_eq!(saved.len(), 1);
    assert_eq!((saved[0].sender_id, saved[0].sender_email.as_str()), (None, "vera@example.org"));
    let told = app.store.notifications_of_kind(NoticeKind::OrgMessage).await.unwrap();
    assert_eq!(told.iter().map(|n| n.user_id).collect::<Vec<_>>(), [w.resident]);
    assert_eq!(told[0].link, "/o/buergerverein/site/messages");
    assert!(!kinds_for(&app.store.notifications(w.editor, 50).await.unwrap()).contains(&"org_message".to_string()));
    let mail = app.mail_to("res@example.org").await;
    assert!(mail.contains("/o/buergerverein/site/messages"), "{mail}");
    app.drain_jobs().await;
    // A logged-in neighbour from elsewhere: the form knows their name and
    // address, the message their account.
    let other = app.client_for(w.other).await;
    let form = app.get_page(&other, "/o/buergerverein/contact").await;
    assert_eq!(form.attr("#f-email", "value").as_deref(), Some("other@example.org"));
    let r = app
        .post_form(
            &other,
            "/o/buergerverein/contact",
            &contact_form("Otto Süd", "other@example.org", "Darf ich vorbeikommen?"),
        )
        .await;
    assert_eq!(r.status(), 303);
    let saved = app.store.org_messages(w.org, Cursor::First).await.unwrap().items;
    assert_eq!(saved[0].sender_id, Some(w.other));
    // The administrator reads them, newest first, with where to answer.
    let admin = app.client_for(w.resident).await;
    let inbox = app.get_page(&admin, "/o/buergerverein/site/messages").await;
    assert_eq!(inbox.texts(".org-message h2"), ["Otto Süd", "Vera Besuch"]);
    assert_eq!(inbox.attr(".org-message a", "href").as_deref(), Some("mailto:other@example.org"));
    assert!(inbox.text(".org-message .bio").contains("vorbeikommen"));
    let manage = app.get_page(&admin, "/o/buergerverein/site").await;
    assert_eq!(manage.count("a[href='/o/buergerverein/site/messages']"), 1);
    // Nobody else: not the editor, not the coordinator, not another club's
    // administrator, not the operator; a visitor logs in first.
    for who in [w.editor, w.coordinator, w.outsider, w.operator, w.moderator] {
        let c = app.client_for(who).await;
        assert_eq!(app.get(&c, "/o/buergerverein/site/messages").await.status(), 403, "{who}");
    }
    let editor = app.client_for(w.editor).await;
    assert_eq!(
        app.get_page(&editor, "/o/buergerverein/site").await.count("a[href='/o/buergerverein/site/messages']"),
        0
    );
    let r = app.get(&anon, "/o/buergerverein/site/messages").await;
    assert!(location(&r).starts_with("/login?next="));
    // Another club's administrator sees only their own club's messages.
    let outsider = app.client_for(w.outsider).await;
    let theirs = app.get_page(&outsider, "/o/suedchor/site/messages").await;
    assert_eq!(theirs.count(".org-message"), 0);
}

#[tokio::test]
async fn robots_and_floods_do_not_reach_the_administrators() {
    use quartier_store::notifications::NoticeKind;
    use quartier_store::paging::Cursor;
    let app = TestApp::new().await;
    let w = app.world().await;
    let anon = app.client();
    // The hidden field filled in: answered like a person, nothing kept.
    let mut trap = contact_form("Robo", "robo@example.org", "Kaufen Sie jetzt billig ein!");
    trap[3].1 = "https://spam.example".into();
    let r = app.post_form(&anon, "/o/buergerverein/contact", &trap).await;
    assert_eq!(redirected(&r), "/o/buergerverein/contact?notice=notice-message-sent");
    assert!(app.store.org_messages(w.org, Cursor::First).await.unwrap().items.is_empty());
    assert!(app.store.notifications_of_kind(NoticeKind::OrgMessage).await.unwrap().is_empty());
    // Five messages an hour from one place, then a message next to the field.
    for i in 0..5 {
        let f = contact_form("Vera Besuch", "vera@example.org", &format!("Nachricht Nummer {i}"));
        assert_eq!(app.post_form(&anon, "/o/buergerverein/contact", &f).await.status(), 303);
    }
    let f = contact_form("Vera Besuch", "vera@example.org", "Noch eine Nachricht");
    let r = app.post_form(&anon, "/o/buergerverein/contact", &f).await;
    assert_eq!(r.status(), 429);
    let p = Page::from(r).await;
    assert!(!p.text("#e-message").is_empty());
    assert_eq!(p.text("#f-message"), "Noch eine Nachricht", "what was typed stays");
    assert_eq!(app.store.org_messages(w.org, Cursor::First).await.unwrap().items.len(), 5);
    app.drain_jobs().await;
}

#[tokio::test]
async fn a_neighbour_asks_to_join_the_administrators_answer_and_the_person_hears_it() {
    use quartier_store::notifications::NoticeKind;
    let app = TestApp::new().await;
    let w = app.world().await;
    // Without an account: a way to log in first; sending needs a login.
    let anon = app.client();
    let page = app.get_page(&anon, "/o/buergerverein/join").await;
    assert_eq!(page.attr("a.button", "href").as_deref(), Some("/login?next=/o/buergerverein/join"));
    let r = app.post_form(&anon, "/o/buergerverein/join", &[("kind", "member")]).await;
    assert!(location(&r).starts_with("/login?next="));
    // Otto, logged in, belongs to the club in no way.
    let otto = app.client_for(w.other).await;
    let form = app.get_page(&otto, "/o/buergerverein/join").await;
    assert_eq!(form.count("input[name=kind]"), 2);
    let r = app.post_form(&otto, "/o/buergerverein/join", &[("kind", "chef"), ("note", "Hallo")]).await;
    assert_eq!(r.status(), 422);
    let p = Page::from(r).await;
    assert!(!p.text("#e-kind").is_empty());
    assert_eq!(p.text("#f-note"), "Hallo", "what was typed stays");
    let r = app
        .post_form(&otto, "/o/buergerverein/join", &[("kind", "volunteer"), ("note", "Ich trage gern Kisten.")])
        .await;
    assert_eq!(redirected(&r), "/o/buergerverein/join?notice=notice-join-asked");
    // Asking twice makes one request; the page says it waits.
    let r = app.post_form(&otto, "/o/buergerverein/join", &[("kind", "member")]).await;
    assert_eq!(redirected(&r), "/o/buergerverein/join");
    assert!(app.get_page(&otto, "/o/buergerverein/join").await.text(".join-state").contains("wartet"));
    // The administrator is told (bell and mail), nobody else.
    let told = app.store.notifications_of_kind(NoticeKind::OrgJoinRequest).await.unwrap();
    assert_eq!(told.iter().map(|n| n.user_id).collect::<Vec<_>>(), [w.resident]);
    assert_eq!(told[0].link, "/o/buergerverein/site/requests");
    assert!(app.mail_to("res@example.org").await.contains("/o/buergerverein/site/requests"));
    // The administrator sees the request; nobody else does or answers it.
    let admin = app.client_for(w.resident).await;
    let list = app.get_page(&admin, "/o/buergerverein/site/requests").await;
    assert!(list.text(".join-requests li").contains("Otto Süd"));
    assert!(list.text(".join-requests li").contains("Kisten"));
    let id = app.store.pending_join_request(w.org, w.other).await.unwrap().unwrap().id;
    let answer = format!("/o/buergerverein/site/requests/{id}");
    for who in [w.editor, w.coordinator, w.outsider, w.operator, w.other] {
        let c = app.client_for(who).await;
        assert_eq!(app.get(&c, "/o/buergerverein/site/requests").await.status(), 403, "{who}");
        assert_eq!(app.post_form(&c, &answer, &[("answer", "accept")]).await.status(), 403, "{who}");
    }
    // Another club's administrator does not reach it through their own club.
    let outsider = app.client_for(w.outsider).await;
    let r = app.post_form(&outsider, &format!("/o/suedchor/site/requests/{id}"), &[("answer", "accept")]).await;
    assert_eq!(r.status(), 404);
    assert!(app.store.org_role(w.org, w.other).await.unwrap().is_none());
    // Accepted: a member now, and told so.
    let r = app.post_form(&admin, &answer, &[("answer", "accept")]).await;
    assert_eq!(redirected(&r), "/o/buergerverein/site/requests?notice=notice-join-accepted");
    assert_eq!(app.store.org_role(w.org, w.other).await.unwrap(), Some(OrgRole::Member));
    let told = app.store.notifications_of_kind(NoticeKind::OrgJoinAccepted).await.unwrap();
    assert_eq!(told.iter().map(|n| (n.user_id, n.link.as_str())).collect::<Vec<_>>(), [(w.other, "/o/buergerverein")]);
    assert!(app.mail_to("other@example.org").await.contains("/o/buergerverein"));
    // Answered once only; a member is told they belong already.
    assert_eq!(app.post_form(&admin, &answer, &[("answer", "decline")]).await.status(), 404);
    assert!(app.get_page(&otto, "/o/buergerverein/join").await.text(".join-state").contains("schon"));
    assert_eq!(app.post_form(&otto, "/o/buergerverein/join", &[("kind", "member")]).await.status(), 403);
    // Declined: no member, and told so.
    let uwe = app.client_for(w.unverified).await;
    let r = app.post_form(&uwe, "/o/buergerverein/join", &[("kind", "member"), ("note", "")]).await;
    assert_eq!(r.status(), 303);
    let id = app.store.pending_join_request(w.org, w.unverified).await.unwrap().unwrap().id;
    let r = app.post_form(&admin, &format!("/o/buergerverein/site/requests/{id}"), &[("answer", "decline")]).await;
    assert_eq!(redirected(&r), "/o/buergerverein/site/requests?notice=notice-join-declined");
    assert!(app.store.org_role(w.org, w.unverified).await.unwrap().is_none());
    let told = app.store.notifications_of_kind(NoticeKind::OrgJoinDeclined).await.unwrap();
    assert_eq!(told.iter().map(|n| n.user_id).collect::<Vec<_>>(), [w.unverified]);
    assert_eq!(app.get_page(&admin, "/o/buergerverein/site/requests").await.count(".join-requests li"), 0);
    let log = app.get(&admin, "/o/buergerverein/log").await.text().await.unwrap();
    assert!(log.contains("angenommen") && log.contains("abgelehnt"), "the log tells both");
    app.drain_jobs().await;
}

#[tokio::test]
async fn the_contact_and_join_pages_of_a_site_lead_to_their_forms() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let admin = app.client_for(w.resident).await;
    for (kind, title, slug) in [("contact", "Kontakt", "kontakt"), ("join", "Mitmachen", "mitmachen")] {
        let r = app.post_form(&admin, "/o/buergerverein/site/pages", &page_form(kind, title, slug, "Text", true)).await;
        assert_eq!(r.status(), 303);
    }
    let anon = app.client();
    let contact = app.get_page(&anon, "/o/buergerverein/p/kontakt").await;
    assert_eq!(contact.attr(".site-form-link a", "href").as_deref(), Some("/o/buergerverein/contact"));
    let join = app.get_page(&anon, "/o/buergerverein/p/mitmachen").await;
    assert_eq!(join.attr(".site-form-link a", "href").as_deref(), Some("/o/buergerverein/join"));
    let manage = app.get_page(&admin, "/o/buergerverein/site").await;
    assert_eq!(manage.count("a[href='/o/buergerverein/site/requests']"), 1);
    let _ = w;
}

fn png_logo() -> Vec<u8> {
    use std::io::Cursor;
    let img = image::RgbaImage::from_fn(40, 20, |x, _| image::Rgba([11, 93, 59, if x < 20 { 255 } else { 0 }]));
    let mut out = Vec::new();
    image::DynamicImage::ImageRgba8(img).write_to(&mut Cursor::new(&mut out), image::ImageFormat::Png).unwrap();
    out
}

fn look_form(accent: &str, alt: &str, logo: Option<Vec<u8>>) -> reqwest::multipart::Form {
    let f = reqwest::multipart::Form::new().text("accent", accent.to_string()).text("image_alt", alt.to_string());
    match logo {
        Some(bytes) => {
            f.part("image", reqwest::multipart::Part::bytes(bytes).file_name("logo.png").mime_str("image/png").unwrap())
        }
        None => f,
    }
}

#[tokio::test]
async fn administrators_give_their_site_a_logo_and_a_colour_that_stays_readable() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let admin = app.client_for(w.resident).await;
    let url = app.url("/o/buergerverein/site/look");
    let form = app.get_page(&admin, "/o/buergerverein/site/look").await;
    assert_eq!(form.count("#f-accent"), 1);
    assert_eq!(form.count("#f-image"), 1);
    // Too light a colour: refused next to the field, what was typed stays.
    let r = admin.post(&url).multipart(look_form("#ffcc00", "", None)).send().await.unwrap();
    assert_eq!(r.status(), 422);
    let p = Page::from(r).await;
    assert!(p.text("#e-accent").contains("4,5"), "{}", p.text("#e-accent"));
    assert_eq!(p.attr("#f-accent", "value").as_deref(), Some("#ffcc00"));
    let r = admin.post(&url).multipart(look_form("grün", "", None)).send().await.unwrap();
    assert_eq!(r.status(), 422);
    assert!(!Page::from(r).await.text("#e-accent").is_empty());
    // A logo without its text is refused too.
    let r = admin.post(&url).multipart(look_form("#0b3d91", "", Some(png_logo()))).send().await.unwrap();
    assert_eq!(r.status(), 422);
    assert!(!Page::from(r).await.text("#e-image_alt").is_empty());
    assert!(app.store.org_look(w.org).await.unwrap().is_none());
    // A dark colour and a logo with its text.
    let r =
        admin.post(&url).multipart(look_form("#0B3D91", "Logo: eine Linde", Some(png_logo()))).send().await.unwrap();
    assert_eq!(redirected(&r), "/o/buergerverein/site/look?notice=notice-saved");
    let look = app.store.org_look(w.org).await.unwrap().unwrap();
    assert_eq!(look.accent, "#0b3d91");
    let logo = look.logo_image_id.unwrap();
    // Every page of the site shows both, for anyone.
    let anon = app.client();
    for path in ["/o/buergerverein", "/o/buergerverein/contact", "/o/buergerverein/join"] {
        let page = app.get_page(&anon, path).await;
        assert_eq!(page.attr(".site-logo img", "src"), Some(format!("/img/{logo}")), "{path}");
        assert_eq!(page.attr(".site-logo img", "alt").as_deref(), Some("Logo: eine Linde"), "{path}");
        let css = page.attr("link[rel=stylesheet][href^='/o/buergerverein/site.css']", "href").unwrap();
        let r = app.get(&anon, &css).await;
        assert_eq!(r.status(), 200);
        assert!(r.headers()["content-type"].to_str().unwrap().starts_with("text/css"));
        assert!(r.text().await.unwrap().contains("--org-accent: #0b3d91"));
    }
    assert_eq!(app.get(&anon, &format!("/img/{logo}")).await.status(), 200, "the logo is public");
    // Another organisation keeps the house look.
    let theirs = app.get_page(&anon, "/o/suedchor").await;
    assert_eq!(theirs.count(".site-logo"), 0);
    assert!(!app.get(&anon, "/o/suedchor/site.css").await.text().await.unwrap().contains("--org-accent"));
    // A new text for the logo alone; then the logo removed, the colour back to the house colour.
    let r = admin.post(&url).multipart(look_form("#0b3d91", "Unser Logo: eine Linde", None)).send().await.unwrap();
    assert_eq!(r.status(), 303);
    assert_eq!(app.store.org_look(w.org).await.unwrap().unwrap().logo_alt, "Unser Logo: eine Linde");
    let f = look_form("", "", None).text("remove_logo", "yes");
    assert_eq!(admin.post(&url).multipart(f).send().await.unwrap().status(), 303);
    let look = app.store.org_look(w.org).await.unwrap().unwrap();
    assert_eq!((look.logo_image_id, look.accent.as_str()), (None, ""));
    assert_eq!(
        app.get_page(&anon, "/o/buergerverein").await.count(".site-logo, link[href^='/o/buergerverein/site.css']"),
        0
    );
    // Nobody else chooses them: not an editor, the coordinator, another club's administrator.
    for who in [w.editor, w.coordinator, w.outsider, w.operator] {
        let c = app.client_for(who).await;
        assert_eq!(app.get(&c, "/o/buergerverein/site/look").await.status(), 403, "{who}");
        let r = c.post(&url).multipart(look_form("#000000", "", None)).send().await.unwrap();
        assert_eq!(r.status(), 403, "{who}");
    }
    assert_eq!(app.store.org_look(w.org).await.unwrap().unwrap().accent, "");
    let log = app.get(&admin, "/o/buergerverein/log").await.text().await.unwrap();
    assert!(log.contains("Logo und Farbe"));
}

#[tokio::test]
async fn the_site_leaves_with_everything_as_static_files() {
    use std::io::Read;
    let app = TestApp::new().await;
    let w = app.world().await;
    let admin = app.client_for(w.resident).await;
    for (slug, published) in [("ueber-uns", true), ("entwurf", false)] {
        let r = app
            .post_form(
                &admin,
                "/o/buergerverein/site/pages",
                &page_form("custom", &format!("Seite {slug}"), slug, "Wir sind **viele**.", published),
            )
            .await;
        assert_eq!(r.status(), 303);
    }
    app.store.post_news(w.org, w.resident, "Nur für Mitglieder", "Intern.", true).await.unwrap();
    let r = app.get(&admin, "/o/buergerverein/site/export").await;
    assert_eq!(r.status(), 200);
    assert_eq!(r.headers()["content-type"], "application/zip");
    assert!(r.headers()["content-disposition"].to_str().unwrap().contains("buergerverein-website.zip"));
    let bytes = r.bytes().await.unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes.to_vec())).unwrap();
    let mut names: Vec<String> = zip.file_names().map(|n| n.unwrap().to_string()).collect();
    names.sort();
    for f in
        ["index.html", "ueber-uns.html", "news.html", "events.html", "feed.atom", "events.ics", "style.css", "site.css"]
    {
        assert!(names.contains(&format!("buergerverein/{f}")), "{f} in {names:?}");
    }
    assert!(!names.iter().any(|n| n.contains("entwurf")), "no drafts: {names:?}");
    let mut read = |name: &str| {
        let mut s = String::new();
        zip.by_name(&format!("buergerverein/{name}")).unwrap().read_to_string(&mut s).unwrap();
        s
    };
    let index = read("index.html");
    assert!(index.contains("Wir kümmern uns um den Stadtteil."));
    assert!(index.contains(r#"href="ueber-uns.html""#) && index.contains(r#"href="news.html""#));
    assert!(index.contains(r#"rel="alternate" type="application/atom+xml" href="feed.atom""#));
    assert!(!index.contains(r#"href="/"#), "links work from a folder");
    let news = read("news.html");
    assert!(news.contains("Sommerfest") && news.contains("<strong>Samstag</strong>"));
    assert!(!news.contains("Nur für Mitglieder"), "members' news stays inside");
    assert!(read("feed.atom").contains("Sommerfest"));
    assert!(read("events.ics").contains("BEGIN:VEVENT"));
    // The administrators' alone.
    let editor = app.client_for(w.editor).await;
    assert_eq!(app.get(&editor, "/o/buergerverein/site/export").await.status(), 403);
    assert_eq!(app.get(&app.client(), "/o/buergerverein/site/export").await.status(), 303);
}

/// A page of the site gets its easy version through the one mechanism:
/// those who write the pages write it, a reader checks it, readers of
/// Leichte Sprache see it on the page.
#[tokio::test]
async fn a_site_page_has_an_easy_version_checked_by_a_reader() {
    use quartier_store::easy::Scope;
    let app = TestApp::new().await;
    let w = app.world().await;
    let rita = app.client_for(w.resident).await;
    let r = app
        .post_form(
            &rita,
            "/o/buergerverein/site/pages",
            &page_form("about", "Über uns", "ueber-uns", "Seit 1952.", true),
        )
        .await;
    assert_eq!(r.status(), 303);
    let id = app.store.org_page(w.org, "ueber-uns").await.unwrap().id;
    let easy = format!("/easy/org_page/{id}");
    assert_eq!(app.get_page(&rita, "/o/buergerverein/p/ueber-uns").await.count(&format!("a[href='{easy}']")), 1);
    // Those who do not write the pages do not write its easy version.
    let other = app.client_for(w.other).await;
    assert_eq!(app.get(&other, &easy).await.status(), 403);
    let r = app
        .post_form(
            &rita,
            &easy,
            &[("title", "Wer wir sind"), ("body", "Den Verein gibt es seit 1952."), ("action", "review")],
        )
        .await;
    assert_eq!(r.status(), 303, "{}", location(&r));
    let reader =
        app.member(w.nord, "leser@example.org", "Lea Leserin", quartier_core::neighbourhood::Role::Resident).await;
    let scope = Scope { neighbourhood: None, organisation: Some(w.org) };
    app.store.add_reviewer(reader, scope, w.resident).await.unwrap();
    let v = app.store.easy_version("org_page", id).await.unwrap().unwrap();
    let lea = app.client_for(reader).await;
    assert!(app.get_page(&lea, "/easy/reviews").await.text("main").contains("Wer wir sind"));
    let r = app.post_form(&lea, &format!("/easy/reviews/{}", v.id), &[("decision", "approve")]).await;
    assert_eq!(r.status(), 303);
    let anon = app.client();
    let r = app.post_form(&anon, "/preferences/language", &[("locale", "de-simple"), ("back", "/")]).await;
    assert_eq!(r.status(), 303);
    let page = app.get_page(&anon, "/o/buergerverein/p/ueber-uns").await;
    assert!(page.text("section.easy").contains("Den Verein gibt es seit 1952."), "{}", page.text("main"));
    // A draft page's easy version is as closed as the draft.
    let r = app
        .post_form(
            &rita,
            "/o/buergerverein/site/pages",
            &page_form("custom", "Entwurf", "entwurf", "Noch nicht.", false),
        )
        .await;
    assert_eq!(r.status(), 303);
    let draft = app.store.org_page(w.org, "entwurf").await.unwrap().id;
    assert_eq!(app.get(&other, &format!("/easy/org_page/{draft}")).await.status(), 404);
}

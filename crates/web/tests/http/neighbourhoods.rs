//! Joining a neighbourhood: by request and coordinator, or with a code.

use crate::helpers::*;

#[tokio::test]
async fn join_with_a_printed_code() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let coord = app.client_for(w.coordinator).await;
    // The coordinator prints a sheet of codes.
    let r = coord.post(app.url("/n/nord/manage/codes")).form(&[("count", "0")]).send().await.unwrap();
    assert_eq!(r.status(), 422);
    let r = coord.post(app.url("/n/nord/manage/codes")).form(&[("count", "4")]).send().await.unwrap();
    assert_eq!(r.status(), 303);
    let sheet = Page::from(coord.get(app.url(&location(&r))).send().await.unwrap()).await;
    let codes = sheet.texts(".postcard-code");
    assert_eq!(codes.len(), 4);

    // A new neighbour types the code, sloppily.
    let id = app.user("neu@example.org", "Nils Neu", false).await;
    let c = app.client_for(id).await;
    let p = Page::from(c.get(app.url("/n/nord")).send().await.unwrap()).await;
    assert_eq!(p.count("#f-code"), 1);
    assert_eq!(p.count(".people"), 0, "nothing inside before verification");
    let r = c.post(app.url("/n/nord/code")).form(&[("code", "zzzz")]).send().await.unwrap();
    assert_eq!(r.status(), 422);
    let sloppy = codes[0].to_lowercase().replace('-', " ");
    let r = c.post(app.url("/n/nord/code")).form(&[("code", sloppy.as_str())]).send().await.unwrap();
    assert_eq!(r.status(), 303);
    let p = Page::from(c.get(app.url(&location(&r))).send().await.unwrap()).await;
    assert!(p.text(".notice").contains("Willkommen"));
    assert!(p.text(".people").contains("Nils Neu"));

    // The code works once; the next person gets a clear message.
    let id2 = app.user("zwei@example.org", "Zora", false).await;
    let c2 = app.client_for(id2).await;
    let r = c2.post(app.url("/n/nord/code")).form(&[("code", codes[0].as_str())]).send().await.unwrap();
    assert_eq!(r.status(), 422);
    assert!(Page::from(r).await.text("#e-code").contains("schon benutzt"));
    // A code of one neighbourhood does not open another.
    let r = c2.post(app.url("/n/sued/code")).form(&[("code", codes[1].as_str())]).send().await.unwrap();
    assert_eq!(r.status(), 422);
}

#[tokio::test]
async fn two_people_racing_for_one_code_leave_one_winner() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let code = app.store.invite_batch(w.nord, w.batch).await.unwrap()[0].code.clone();
    let mut tasks = Vec::new();
    for i in 0..4 {
        let id = app.user(&format!("race{i}@example.org"), "Renner", false).await;
        let c = app.client_for(id).await;
        let url = app.url("/n/nord/code");
        let code = code.clone();
        tasks.push(tokio::spawn(async move {
            c.post(url).form(&[("code", code.as_str())]).send().await.unwrap().status().as_u16()
        }));
    }
    let mut statuses = Vec::new();
    for t in tasks {
        statuses.push(t.await.unwrap());
    }
    assert_eq!(statuses.iter().filter(|s| **s == 303).count(), 1, "{statuses:?}");
    assert!(statuses.iter().all(|s| *s == 303 || *s == 422), "{statuses:?}");
}

#[tokio::test]
async fn ask_to_join_and_be_confirmed_by_the_coordinator() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let id = app.user("frieda@example.org", "Frieda Fragt", false).await;
    let c = app.client_for(id).await;
    let r = c.post(app.url("/n/nord/join")).send().await.unwrap();
    assert_eq!(r.status(), 303);
    let p = Page::from(c.get(app.url("/n/nord")).send().await.unwrap()).await;
    assert!(p.text("main").contains("wartet auf Bestätigung"));
    assert_eq!(c.get(app.url("/n/nord/members")).send().await.unwrap().status(), 403);

    let coord = app.client_for(w.coordinator).await;
    let p = Page::from(coord.get(app.url("/n/nord/manage")).send().await.unwrap()).await;
    assert!(p.text("main").contains("Frieda Fragt"));
    let m = app.store.membership(id, w.nord).await.unwrap().unwrap();
    let r = coord.post(app.url(&format!("/n/nord/manage/members/{}/confirm", m.id))).send().await.unwrap();
    assert_eq!(r.status(), 303);
    assert_eq!(c.get(app.url("/n/nord/members")).send().await.unwrap().status(), 200);
    // It is on the log.
    let p = Page::from(coord.get(app.url("/n/nord/manage")).send().await.unwrap()).await;
    assert!(p.text("main").contains("hat Frieda Fragt bestätigt"));

    // A coordinator of another neighbourhood cannot confirm here.
    let other = app.client_for(w.other).await;
    let r = other.post(app.url(&format!("/n/nord/manage/members/{}/confirm", w.pending_a))).send().await.unwrap();
    assert_eq!(r.status(), 403);
}

#[tokio::test]
async fn roles_are_given_and_the_last_coordinator_stays() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let coord = app.client_for(w.coordinator).await;
    let own = app.store.membership(w.coordinator, w.nord).await.unwrap().unwrap();
    let r = coord
        .post(app.url(&format!("/n/nord/manage/members/{}/role", own.id)))
        .form(&[("role", "resident")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 409);
    let res = app.store.membership(w.resident, w.nord).await.unwrap().unwrap();
    let r = coord
        .post(app.url(&format!("/n/nord/manage/members/{}/role", res.id)))
        .form(&[("role", "moderator")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    assert_eq!(app.store.membership(w.resident, w.nord).await.unwrap().unwrap().role, "moderator");
    let r = coord
        .post(app.url(&format!("/n/nord/manage/members/{}/role", res.id)))
        .form(&[("role", "king")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 400);
}

#[tokio::test]
async fn profiles_are_for_neighbours_unless_public() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let url = app.url(&format!("/u/{}", w.resident));
    assert_eq!(app.client().get(&url).send().await.unwrap().status(), 404);
    assert_eq!(app.client_for(w.other).await.get(&url).send().await.unwrap().status(), 404);
    let p = Page::from(app.client_for(w.moderator).await.get(&url).send().await.unwrap()).await;
    assert_eq!(p.text("h1"), "Rita Resident");
    assert_eq!(p.text(".avatar"), "RR");
    let c = app.client_for(w.resident).await;
    c.post(app.url("/account/profile"))
        .form(&[("display_name", "Rita R."), ("bio", "Ich gieße Blumen."), ("public", "yes")])
        .send()
        .await
        .unwrap();
    let p = Page::from(app.client().get(&url).send().await.unwrap()).await;
    assert_eq!(p.text("h1"), "Rita R.");
    assert!(p.text(".bio").contains("Blumen"));
}

#[tokio::test]
async fn operator_creates_a_neighbourhood_with_its_coordinator() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let op = app.client_for(w.operator).await;
    let form = |slug: &str| {
        vec![
            ("name", "Westend".to_string()),
            ("slug", slug.to_string()),
            ("description", "Am Fluss.".into()),
            ("timezone", "Europe/Berlin".into()),
            ("coordinator_email", "res@example.org".into()),
        ]
    };
    let r = op.post(app.url("/admin/neighbourhoods")).form(&form("admin")).send().await.unwrap();
    assert_eq!(r.status(), 422);
    assert!(Page::from(r).await.text("#e-slug").contains("reserviert"));
    let r = op.post(app.url("/admin/neighbourhoods")).form(&form("nord")).send().await.unwrap();
    assert_eq!(r.status(), 422);
    assert!(Page::from(r).await.text("#e-slug").contains("vergeben"));
    let r = op.post(app.url("/admin/neighbourhoods")).form(&form("westend")).send().await.unwrap();
    assert_eq!(r.status(), 303);
    let n = app.store.neighbourhood_by_slug("westend").await.unwrap();
    assert_eq!(app.store.membership(w.resident, n.id).await.unwrap().unwrap().role, "coordinator");
    // The operator reads nothing inside a neighbourhood.
    assert_eq!(op.get(app.url("/n/nord/members")).send().await.unwrap().status(), 403);
}

//! Walks the route table and checks every route for every role. A route
//! that is missing from the matrix below fails this test, so no route can
//! escape the authorisation review.

use crate::helpers::*;
use std::collections::BTreeMap;

/// Roles, in the order of the letters in the matrix.
const ROLES: [&str; 7] = ["anonymous", "unverified", "resident", "other", "moderator", "coordinator", "operator"];

/// Expected outcome per role: `o` allowed (any answer that is not a
/// denial: 2xx, 3xx elsewhere, 400, 409, 422), `l` must log in first,
/// `f` forbidden, `n` not found (for things a role must not learn exist).
fn matrix() -> BTreeMap<&'static str, &'static str> {
    BTreeMap::from([
        ("GET /", "ooooooo"),
        ("GET /setup", "nnnnnnn"),
        ("POST /setup", "nnnnnnn"),
        ("GET /signup", "ooooooo"),
        ("POST /signup", "ooooooo"),
        ("GET /confirm", "ooooooo"),
        ("POST /confirm", "ooooooo"),
        ("GET /login", "ooooooo"),
        ("POST /login", "ooooooo"),
        ("POST /logout", "ooooooo"),
        ("GET /password/forgot", "ooooooo"),
        ("POST /password/forgot", "ooooooo"),
        ("GET /password/reset", "ooooooo"),
        ("POST /password/reset", "ooooooo"),
        ("GET /preferences", "ooooooo"),
        ("POST /preferences", "ooooooo"),
        ("POST /preferences/language", "ooooooo"),
        ("GET /account", "loooooo"),
        ("POST /account/profile", "loooooo"),
        ("GET /account/password", "loooooo"),
        ("POST /account/password", "loooooo"),
        ("GET /account/email", "loooooo"),
        ("POST /account/email", "loooooo"),
        ("GET /account/email/confirm", "ooooooo"),
        ("POST /account/email/confirm", "ooooooo"),
        ("GET /account/export", "loooooo"),
        ("GET /account/delete", "loooooo"),
        ("POST /account/delete", "loooooo"),
        ("GET /u/{id}", "nnonoon"),
        ("GET /n/{slug}", "ooooooo"),
        ("POST /n/{slug}/join", "loooooo"),
        ("POST /n/{slug}/code", "loooooo"),
        ("GET /n/{slug}/members", "lfofoof"),
        ("GET /n/{slug}/manage", "lffffof"),
        ("POST /n/{slug}/manage/members/{id}/confirm", "lffffof"),
        ("POST /n/{slug}/manage/members/{id}/decline", "lffffof"),
        ("POST /n/{slug}/manage/members/{id}/role", "lffffof"),
        ("POST /n/{slug}/manage/codes", "lffffof"),
        ("GET /n/{slug}/manage/codes/{batch}", "lffffof"),
        ("POST /n/{slug}/manage/help", "lffffof"),
        ("GET /n/{slug}/help", "lfofoof"),
        ("GET /n/{slug}/help/new", "lfofoof"),
        ("POST /n/{slug}/help", "lfofoof"),
        ("GET /n/{slug}/help/mine", "lfofoof"),
        ("GET /n/{slug}/help/{id}", "lfofoof"),
        ("POST /n/{slug}/help/{id}/answer", "lfofoof"),
        ("POST /n/{slug}/help/{id}/accept", "lfoffff"),
        ("POST /n/{slug}/help/{id}/done", "lfoffff"),
        ("POST /n/{slug}/help/{id}/withdraw", "lfoffff"),
        ("POST /n/{slug}/help/{id}/thanks", "lfoffff"),
        ("POST /n/{slug}/help/{id}/report", "lfofoof"),
        ("GET /n/{slug}/moderation", "lfffoof"),
        ("POST /n/{slug}/moderation/{id}/hide", "lfffoof"),
        ("POST /n/{slug}/moderation/{id}/dismiss", "lfffoof"),
        ("GET /n/{slug}/organisations", "lfofoof"),
        ("GET /n/{slug}/organisations/new", "lfofoof"),
        ("POST /n/{slug}/organisations", "lfofoof"),
        ("POST /n/{slug}/organisations/{id}/confirm", "lffffof"),
        ("GET /n/{slug}/calendar", "ooooooo"),
        ("GET /n/{slug}/calendar.ics", "ooooooo"),
        ("GET /n/{slug}/events/new", "lfofoof"),
        ("POST /n/{slug}/events", "lfofoof"),
        ("GET /n/{slug}/groups", "lfofoof"),
        ("GET /n/{slug}/groups/new", "lfofoof"),
        ("POST /n/{slug}/groups", "lfofoof"),
        ("GET /n/{slug}/groups/{id}", "lfofoof"),
        ("GET /n/{slug}/groups/{id}/edit", "lfoffff"),
        ("POST /n/{slug}/groups/{id}/edit", "lfoffff"),
        ("POST /n/{slug}/groups/{id}/join", "lfofoof"),
        ("POST /n/{slug}/groups/{id}/leave", "lfofoof"),
        ("POST /n/{slug}/groups/{id}/members/{user}", "lfoffff"),
        ("POST /n/{slug}/groups/{id}/topics", "lfoffff"),
        ("GET /n/{slug}/groups/{id}/topics/{topic}", "lfofoof"),
        ("POST /n/{slug}/groups/{id}/topics/{topic}", "lfoffff"),
        ("POST /n/{slug}/groups/{id}/posts/{post}/hide", "lfffoof"),
        ("GET /n/{slug}/groups/{id}/events/new", "lfoffff"),
        ("POST /n/{slug}/groups/{id}/events", "lfoffff"),
        ("GET /o/{slug}", "ooooooo"),
        ("GET /o/{slug}/events.ics", "ooooooo"),
        ("GET /o/{slug}/events/new", "lfoffff"),
        ("POST /o/{slug}/events", "lfoffff"),
        ("GET /e/{id}", "ooooooo"),
        ("GET /e/{id}/event.ics", "ooooooo"),
        ("GET /e/{id}/edit", "lfoffff"),
        ("POST /e/{id}/edit", "lfoffff"),
        ("POST /e/{id}/cancel", "lfoffff"),
        ("POST /e/{id}/signup", "loooooo"),
        ("POST /e/{id}/signup/cancel", "loooooo"),
        ("GET /e/{id}/attendees", "lfoffff"),
        ("POST /e/{id}/attendees/message", "lfoffff"),
        ("POST /e/{id}/hide", "lfffoof"),
        ("GET /o/{slug}/feed.atom", "ooooooo"),
        ("GET /o/{slug}/edit", "lfoffff"),
        ("POST /o/{slug}/edit", "lfoffff"),
        ("POST /o/{slug}/news", "lfoffff"),
        ("GET /o/{slug}/news/{id}", "ooooooo"),
        ("GET /img/{id}", "nnonnnn"),
        ("POST /o/{slug}/news/{id}/hide", "lfffoof"),
        ("GET /o/{slug}/members", "lfoffff"),
        ("POST /o/{slug}/members", "lfoffff"),
        ("POST /o/{slug}/members/{id}/remove", "lfoffff"),
        ("POST /o/{slug}/invitation", "lnnnonn"),
        ("GET /o/{slug}/log", "lfoffff"),
        ("POST /o/{slug}/neighbourhoods", "lfoffff"),
        ("GET /easy/reviews", "lfffoff"),
        ("GET /easy/reviews/{id}", "lfffoff"),
        ("POST /easy/reviews/{id}", "lfffoff"),
        ("GET /easy/{kind}/{id}", "lfoffff"),
        ("POST /easy/{kind}/{id}", "lfoffff"),
        ("POST /n/{slug}/manage/reviewers", "lffffof"),
        ("POST /n/{slug}/manage/reviewers/{id}/remove", "lffffof"),
        ("POST /n/{slug}/manage/office", "lffffof"),
        ("GET /n/{slug}/aushang", "lfoffof"),
        ("POST /o/{slug}/reviewers", "lfoffff"),
        ("POST /o/{slug}/reviewers/{id}/remove", "lfoffff"),
        ("POST /api/v1/easy-language/check", "ooooooo"),
        ("GET /inbox", "loooooo"),
        ("GET /inbox/{id}", "lnononn"),
        ("POST /inbox/{id}", "lnononn"),
        ("POST /inbox/{id}/block", "lnononn"),
        ("POST /inbox/{id}/unblock", "lnononn"),
        ("POST /inbox/{id}/messages/{message}/report", "lnonnnn"),
        ("GET /notifications", "loooooo"),
        ("POST /notifications/settings", "loooooo"),
        ("GET /account/thanks", "loooooo"),
        ("POST /account/thanks/{id}", "lnnnnnn"),
        ("GET /admin", "lfffffo"),
        ("POST /admin/neighbourhoods", "lfffffo"),
        ("GET /api/v1/me", "loooooo"),
        ("GET /api/v1/neighbourhoods", "ooooooo"),
        ("GET /api/v1/neighbourhoods/{slug}", "ooooooo"),
        ("GET /api/v1/neighbourhoods/{slug}/members", "lfofoof"),
        ("GET /healthz", "ooooooo"),
        ("GET /readyz", "ooooooo"),
        ("GET /.well-known/security.txt", "ooooooo"),
        ("GET /static/{name}", "ooooooo"),
    ])
}

fn concrete(path: &str, w: &World) -> String {
    let id = if path.starts_with("/n/{slug}/manage/members/{id}/confirm") {
        w.pending_a
    } else if path.starts_with("/n/{slug}/manage/members/{id}/decline") {
        w.pending_b
    } else if path.starts_with("/u/") {
        w.resident
    } else if path.ends_with("/withdraw") {
        w.entry2
    } else if path.starts_with("/n/{slug}/help/") {
        w.entry
    } else if path.starts_with("/n/{slug}/organisations/") {
        w.org_pending
    } else if path.starts_with("/o/{slug}/news/") {
        w.news
    } else if path.starts_with("/o/{slug}/members/") {
        w.resident
    } else if path.starts_with("/n/{slug}/moderation/") {
        w.report
    } else if path.starts_with("/easy/reviews/") {
        w.easy
    } else if path.starts_with("/easy/") {
        w.org
    } else if path.starts_with("/img/") {
        w.image
    } else if path.starts_with("/n/{slug}/groups/") {
        w.group
    } else if path == "/e/{id}/cancel" {
        w.event2
    } else if path.starts_with("/e/") {
        w.event
    } else if path.starts_with("/inbox/") {
        w.conversation
    } else {
        // The role route gets the resident's membership id below; others need none.
        uuid::Uuid::nil()
    };
    let slug = if path.starts_with("/o/") { "buergerverein" } else { "nord" };
    path.replace("{slug}", slug)
        .replace("{batch}", &w.batch.to_string())
        .replace("{name}", "style.css")
        .replace("{message}", &w.message.to_string())
        .replace("{topic}", &w.topic.to_string())
        .replace("{kind}", "organisation")
        .replace("{post}", &w.topic.to_string())
        .replace("{user}", &w.resident.to_string())
        .replace("{id}", &id.to_string())
}

fn classify(r: &reqwest::Response) -> char {
    let s = r.status().as_u16();
    match s {
        401 => 'l',
        303 if location(r).starts_with("/login?next=") => 'l',
        403 => 'f',
        404 => 'n',
        500..=599 => '!',
        _ => 'o',
    }
}

#[tokio::test]
async fn every_route_for_every_role() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let res_membership = app.store.membership(w.resident, w.nord).await.unwrap().unwrap().id;
    let m = matrix();
    let routes: Vec<(String, String)> =
        quartier_web::routes::table().iter().map(|r| (r.method.to_uppercase(), r.path.to_string())).collect();
    let mut failures = Vec::new();
    for (method, path) in &routes {
        let key = format!("{method} {path}");
        let Some(expected) = m.get(key.as_str()) else {
            failures.push(format!("{key}: not in the authorisation matrix"));
            continue;
        };
        let mut url = concrete(path, &w);
        if path.ends_with("/members/{id}/role") {
            url = url.replace(&uuid::Uuid::nil().to_string(), &res_membership.to_string());
        }
        // The coordinator goes last: confirm and decline change state.
        let order = [0usize, 1, 2, 3, 4, 6, 5];
        for i in order {
            let client = match ROLES[i] {
                "anonymous" => app.client(),
                "unverified" => app.client_for(w.unverified).await,
                "resident" => app.client_for(w.resident).await,
                "other" => app.client_for(w.other).await,
                "moderator" => app.client_for(w.moderator).await,
                "coordinator" => app.client_for(w.coordinator).await,
                _ => app.client_for(w.operator).await,
            };
            let req =
                if method == "GET" { client.get(app.url(&url)) } else { client.post(app.url(&url)).form(&[("x", "")]) };
            let r = req.send().await.unwrap();
            let got = classify(&r);
            let want = expected.chars().nth(i).unwrap();
            if got != want {
                failures.push(format!("{key} as {}: expected {want}, got {got} ({})", ROLES[i], r.status()));
            }
        }
    }
    for k in m.keys() {
        if !routes.iter().any(|(mth, p)| format!("{mth} {p}") == *k) {
            failures.push(format!("{k}: in the matrix but not in the route table"));
        }
    }
    assert!(failures.is_empty(), "authorisation mismatches:\n{}", failures.join("\n"));
}

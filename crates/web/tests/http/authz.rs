//! Walks the route table and checks every route for every role. A route
//! that is missing from the matrix below fails this test, so no route can
//! escape the authorisation review.

use crate::helpers::*;
use std::collections::BTreeMap;

/// Roles, in the order of the letters in the matrix. The resident
/// administers the Bürgerverein and its group; the editor edits for the
/// Bürgerverein; the outsider administers a club in Süd; the moderator and
/// the reviewer review easy-language texts for Nord.
const ROLES: [&str; 10] = [
    "anonymous",
    "unverified",
    "resident",
    "other",
    "moderator",
    "coordinator",
    "operator",
    "editor",
    "outsider",
    "reviewer",
];

/// Expected outcome per role: `o` allowed (any answer that is not a
/// denial: 2xx, 3xx elsewhere, 400, 409, 422), `l` must log in first,
/// `f` forbidden, `n` not found (for things a role must not learn exist).
fn matrix() -> BTreeMap<&'static str, &'static str> {
    BTreeMap::from([
        ("GET /", "oooooooooo"),
        ("GET /organisations", "oooooooooo"),
        ("GET /setup", "nnnnnnnnnn"),
        ("GET /.well-known/quartier/tls-allowed", "nnnnnnnnnn"),
        ("POST /setup", "nnnnnnnnnn"),
        ("GET /signup", "oooooooooo"),
        ("POST /signup", "oooooooooo"),
        ("GET /confirm", "oooooooooo"),
        ("POST /confirm", "oooooooooo"),
        ("GET /login", "oooooooooo"),
        ("POST /login", "oooooooooo"),
        ("POST /logout", "oooooooooo"),
        ("GET /password/forgot", "oooooooooo"),
        ("POST /password/forgot", "oooooooooo"),
        ("GET /password/reset", "oooooooooo"),
        ("POST /password/reset", "oooooooooo"),
        ("GET /preferences", "oooooooooo"),
        ("POST /preferences", "oooooooooo"),
        ("POST /preferences/language", "oooooooooo"),
        ("GET /account", "looooooooo"),
        ("POST /account/profile", "looooooooo"),
        ("GET /account/password", "looooooooo"),
        ("POST /account/password", "looooooooo"),
        ("GET /account/email", "looooooooo"),
        ("POST /account/email", "looooooooo"),
        ("GET /account/email/confirm", "oooooooooo"),
        ("POST /account/email/confirm", "oooooooooo"),
        ("GET /account/export", "looooooooo"),
        ("GET /account/delete", "looooooooo"),
        ("POST /account/delete", "looooooooo"),
        ("GET /u/{id}", "nnonoonono"),
        ("GET /n/{slug}", "oooooooooo"),
        ("POST /n/{slug}/join", "looooooooo"),
        ("POST /n/{slug}/code", "looooooooo"),
        ("GET /n/{slug}/members", "lfofoofofo"),
        ("GET /n/{slug}/manage", "lffffoffff"),
        ("GET /n/{slug}/manage/members", "lffffoffff"),
        ("GET /n/{slug}/manage/codes", "lffffoffff"),
        ("GET /n/{slug}/manage/help", "lffffoffff"),
        ("GET /n/{slug}/manage/reviewers", "lffffoffff"),
        ("GET /n/{slug}/manage/office", "lffffoffff"),
        ("GET /n/{slug}/manage/log", "lffffoffff"),
        ("POST /n/{slug}/manage/members/{id}/confirm", "lffffoffff"),
        ("POST /n/{slug}/manage/members/{id}/decline", "lffffoffff"),
        ("POST /n/{slug}/manage/members/{id}/role", "lffffoffff"),
        ("POST /n/{slug}/manage/codes", "lffffoffff"),
        ("GET /n/{slug}/manage/codes/{batch}", "lffffoffff"),
        ("POST /n/{slug}/manage/help", "lffffoffff"),
        ("GET /n/{slug}/help", "lfofoofofo"),
        ("GET /n/{slug}/help/new", "lfofoofofo"),
        ("POST /n/{slug}/help", "lfofoofofo"),
        ("GET /n/{slug}/help/mine", "lfofoofofo"),
        ("GET /n/{slug}/help/{id}", "lfofoofofo"),
        ("POST /n/{slug}/help/{id}/answer", "lfofoofofo"),
        ("POST /n/{slug}/help/{id}/accept", "lfofffffff"),
        ("POST /n/{slug}/help/{id}/done", "lfofffffff"),
        ("POST /n/{slug}/help/{id}/withdraw", "lfofffffff"),
        ("POST /n/{slug}/help/{id}/thanks", "lfofffffff"),
        ("POST /n/{slug}/help/{id}/report", "lfofoofofo"),
        ("GET /n/{slug}/moderation", "lfffooffff"),
        ("POST /n/{slug}/moderation/{id}/hide", "lfffooffff"),
        ("POST /n/{slug}/moderation/{id}/dismiss", "lfffooffff"),
        ("GET /n/{slug}/organisations", "oooooooooo"),
        ("GET /n/{slug}/organisations/new", "lfofoofofo"),
        ("POST /n/{slug}/organisations", "lfofoofofo"),
        ("POST /n/{slug}/organisations/{id}/confirm", "lffffoffff"),
        ("GET /n/{slug}/calendar", "oooooooooo"),
        ("GET /n/{slug}/calendar.ics", "oooooooooo"),
        ("GET /n/{slug}/events/new", "lfofoofofo"),
        ("POST /n/{slug}/events", "lfofoofofo"),
        ("GET /n/{slug}/groups", "lfofoofofo"),
        ("GET /n/{slug}/groups/new", "lfofoofofo"),
        ("POST /n/{slug}/groups", "lfofoofofo"),
        ("GET /n/{slug}/groups/{id}", "lfofoofofo"),
        ("GET /n/{slug}/groups/{id}/edit", "lfofffffff"),
        ("POST /n/{slug}/groups/{id}/edit", "lfofffffff"),
        ("POST /n/{slug}/groups/{id}/join", "lfofoofofo"),
        ("POST /n/{slug}/groups/{id}/leave", "lfofoofofo"),
        ("POST /n/{slug}/groups/{id}/members/{user}", "lfofffffff"),
        ("POST /n/{slug}/groups/{id}/topics", "lfofffffff"),
        ("GET /n/{slug}/groups/{id}/topics/{topic}", "lfofooffff"),
        ("POST /n/{slug}/groups/{id}/topics/{topic}", "lfofffffff"),
        ("POST /n/{slug}/groups/{id}/posts/{post}/hide", "lfffooffff"),
        ("GET /n/{slug}/groups/{id}/events/new", "lfofffffff"),
        ("POST /n/{slug}/groups/{id}/events", "lfofffffff"),
        ("GET /n/{slug}/groups/{id}/materials", "lfofffffff"),
        ("POST /n/{slug}/groups/{id}/materials", "lfofffffff"),
        ("POST /n/{slug}/groups/{id}/materials/{item}/remove", "lfofffffff"),
        ("GET /n/{slug}/groups/{id}/learnt", "lfofffffff"),
        ("POST /n/{slug}/groups/{id}/learnt", "lfofffffff"),
        ("POST /n/{slug}/groups/{id}/learnt/{item}/remove", "lfofffffff"),
        ("GET /n/{slug}/impact", "lffffoofff"),
        ("GET /n/{slug}/impact.csv", "lffffoofff"),
        ("POST /n/{slug}/impact/notice-board", "lffffoffff"),
        ("POST /n/{slug}/impact/publish", "lffffoffff"),
        ("GET /n/{slug}/impact/reports/{id}", "oooooooooo"),
        ("GET /api/v1/neighbourhoods/{slug}/impact", "lffffoofff"),
        ("GET /n/{slug}/projects", "lfofoofofo"),
        ("GET /n/{slug}/projects/new", "lfofoofofo"),
        ("POST /n/{slug}/projects", "lfofoofofo"),
        ("GET /n/{slug}/projects/{id}", "lfofoofofo"),
        ("POST /n/{slug}/projects/{id}/join", "lfffoofofo"),
        ("POST /n/{slug}/projects/{id}/invitation", "lfffffffff"),
        ("POST /n/{slug}/projects/{id}/invite", "lfofffffff"),
        ("POST /n/{slug}/projects/{id}/people/{user}", "lfofffffff"),
        ("POST /n/{slug}/projects/{id}/proxies", "lfofffffff"),
        ("POST /n/{slug}/projects/{id}/role", "lfofffffff"),
        ("POST /n/{slug}/projects/{id}/proposals", "lfofffffff"),
        ("GET /n/{slug}/projects/{id}/proposals/{proposal}", "lfofoofofo"),
        ("POST /n/{slug}/projects/{id}/proposals/{proposal}/vote", "lfofffffff"),
        ("POST /n/{slug}/projects/{id}/proposals/{proposal}/meeting", "lfofffffff"),
        ("POST /n/{slug}/projects/{id}/proposals/{proposal}/comments", "lfofffffff"),
        ("POST /n/{slug}/projects/{id}/proposals/{proposal}/tasks", "lfofffffff"),
        // The task is made up: the guard lets the resident through, the task is not found.
        ("POST /n/{slug}/projects/{id}/tasks/{task}/done", "lfnfffffff"),
        ("GET /n/{slug}/projects/{id}/checklist", "lfofoofofo"),
        ("POST /n/{slug}/projects/{id}/checklist", "lfofffffff"),
        // Meetings: planned and written by those taking part; read by
        // whoever may see the project.
        ("GET /n/{slug}/projects/{id}/meetings/new", "lfofffffff"),
        ("POST /n/{slug}/projects/{id}/meetings", "lfofffffff"),
        ("GET /n/{slug}/projects/{id}/meetings/{meeting}", "lfofoofofo"),
        ("POST /n/{slug}/projects/{id}/meetings/{meeting}", "lfofffffff"),
        // Only with the participants' decision: the resident takes part but
        // nobody decided to continue, so it is refused as a conflict.
        ("POST /n/{slug}/projects/{id}/continue", "lfofffffff"),
        ("GET /n/{slug}/census", "lffffoofff"),
        ("GET /n/{slug}/census/new", "lffffoffff"),
        ("POST /n/{slug}/census", "lffffoffff"),
        ("GET /n/{slug}/census/import", "lffffoffff"),
        ("POST /n/{slug}/census/import", "lffffoffff"),
        ("GET /n/{slug}/census/export.csv", "lffffoofff"),
        // The entry is made up: the guard lets the coordinator through, the entry is not found.
        ("GET /n/{slug}/census/{id}", "lffffnffff"),
        ("GET /n/{slug}/census/statistics", "lffffoofff"),
        ("POST /n/{slug}/census/snapshots", "lffffoffff"),
        ("POST /n/{slug}/census/{id}/invite", "lffffnffff"),
        ("GET /n/{slug}/census/{id}/letter", "lffffnffff"),
        ("GET /claim", "looooooooo"),
        ("POST /claim", "looooooooo"),
        // Without a code the confirmation is a bad request for everyone logged in.
        ("POST /claim/confirm", "looooooooo"),
        ("POST /n/{slug}/census/{id}", "lffffnffff"),
        ("GET /n/{slug}/network", "lfoffoffff"),
        ("GET /n/{slug}/network/partners", "lfoffoffff"),
        ("GET /n/{slug}/network/partners/new", "lffffoffff"),
        ("POST /n/{slug}/network/partners", "lffffoffff"),
        ("GET /n/{slug}/network/partners/{id}", "lfoffoffff"),
        ("GET /n/{slug}/network/partners/{id}/edit", "lffffoffff"),
        ("POST /n/{slug}/network/partners/{id}/edit", "lffffoffff"),
        // The Bürgerverein writes its own gains and pains; its coordinator cannot.
        ("POST /n/{slug}/network/partners/{id}/gains", "lfofffffff"),
        ("GET /n/{slug}/network/measures", "lfoffoffff"),
        ("GET /n/{slug}/network/measures/new", "lffffoffff"),
        ("POST /n/{slug}/network/measures", "lffffoffff"),
        ("GET /n/{slug}/network/measures/{id}/edit", "lffffoffff"),
        ("POST /n/{slug}/network/measures/{id}/edit", "lffffoffff"),
        ("GET /n/{slug}/network/funding", "lfoffoffff"),
        ("GET /n/{slug}/network/funding/new", "lffffoffff"),
        ("POST /n/{slug}/network/funding", "lffffoffff"),
        ("GET /n/{slug}/network/funding/{id}/edit", "lffffoffff"),
        ("POST /n/{slug}/network/funding/{id}/edit", "lffffoffff"),
        ("GET /n/{slug}/network/runway", "lfoffoffff"),
        ("GET /n/{slug}/network/balance", "lfoffoffff"),
        // The canvas, shared with partners: the Bürgerverein's administrator
        // reads and comments; only the coordinator writes and says who reads.
        ("GET /n/{slug}/network/canvas", "lfoffoffff"),
        ("POST /n/{slug}/network/canvas", "lffffoffff"),
        ("GET /n/{slug}/network/canvas/edit", "lffffoffff"),
        ("POST /n/{slug}/network/canvas/visibility", "lffffoffff"),
        ("GET /n/{slug}/network/canvas/history", "lfoffoffff"),
        ("GET /n/{slug}/network/canvas/print", "lfoffoffff"),
        ("GET /n/{slug}/network/canvas/versions/{number}", "lfoffoffff"),
        ("POST /n/{slug}/network/canvas/versions/{number}/comments", "lfoffoffff"),
        ("POST /n/{slug}/projects/{id}/surveys", "lfofffffff"),
        ("GET /n/{slug}/projects/{id}/surveys/{survey}", "lfofoofofo"),
        ("POST /n/{slug}/projects/{id}/surveys/{survey}/questions", "lfofffffff"),
        ("POST /n/{slug}/projects/{id}/surveys/{survey}/questions/{question}/remove", "lfofffffff"),
        ("POST /n/{slug}/projects/{id}/surveys/{survey}/status", "lfofffffff"),
        ("POST /n/{slug}/projects/{id}/surveys/{survey}/answers", "lfofoofofo"),
        ("GET /n/{slug}/projects/{id}/surveys/{survey}/enter", "lfofffffff"),
        ("POST /n/{slug}/projects/{id}/surveys/{survey}/enter", "lfofffffff"),
        ("GET /n/{slug}/projects/{id}/surveys/{survey}/print", "lfofffffff"),
        ("GET /n/{slug}/projects/{id}/surveys/{survey}/results", "lfofffffff"),
        ("GET /o/{slug}", "oooooooooo"),
        ("GET /o/{slug}/events.ics", "oooooooooo"),
        ("GET /o/{slug}/events/new", "lfoffffoff"),
        ("POST /o/{slug}/events", "lfoffffoff"),
        ("GET /e/{id}", "oooooooooo"),
        ("GET /e/{id}/event.ics", "oooooooooo"),
        ("GET /e/{id}/edit", "lfoffffoff"),
        ("POST /e/{id}/edit", "lfoffffoff"),
        ("POST /e/{id}/cancel", "lfoffffoff"),
        ("POST /e/{id}/signup", "looooooooo"),
        ("POST /e/{id}/signup/cancel", "looooooooo"),
        ("GET /e/{id}/attendees", "lfoffffoff"),
        ("POST /e/{id}/attendees/message", "lfoffffoff"),
        ("POST /e/{id}/hide", "lfffooffff"),
        ("GET /o/{slug}/feed.atom", "oooooooooo"),
        ("GET /o/{slug}/edit", "lfofffffff"),
        ("POST /o/{slug}/edit", "lfofffffff"),
        ("POST /o/{slug}/news", "lfoffffoff"),
        ("GET /o/{slug}/news/{id}", "oooooooooo"),
        ("GET /img/{id}", "nnonnnnonn"),
        ("POST /o/{slug}/news/{id}/hide", "lfffooffff"),
        ("GET /o/{slug}/members", "lfofffffff"),
        ("POST /o/{slug}/members", "lfofffffff"),
        ("POST /o/{slug}/members/{id}/remove", "lfofffffff"),
        ("POST /o/{slug}/invitation", "lnnnonnnnn"),
        ("GET /o/{slug}/log", "lfofffffff"),
        ("POST /o/{slug}/neighbourhoods", "lfofffffff"),
        ("GET /easy/reviews", "lfffoffffo"),
        ("GET /easy/reviews/{id}", "lfffoffffo"),
        ("POST /easy/reviews/{id}", "lfffoffffo"),
        ("GET /easy/{kind}/{id}", "lfofffffff"),
        ("POST /easy/{kind}/{id}", "lfofffffff"),
        ("POST /n/{slug}/manage/reviewers", "lffffoffff"),
        ("POST /n/{slug}/manage/reviewers/{id}/remove", "lffffoffff"),
        ("POST /n/{slug}/manage/office", "lffffoffff"),
        ("GET /n/{slug}/aushang", "lfoffoffff"),
        ("GET /n/{slug}/search", "oooooooooo"),
        ("POST /o/{slug}/reviewers", "lfofffffff"),
        ("POST /o/{slug}/reviewers/{id}/remove", "lfofffffff"),
        ("POST /api/v1/easy-language/check", "oooooooooo"),
        ("GET /inbox", "looooooooo"),
        ("GET /inbox/{id}", "lnononnnnn"),
        ("POST /inbox/{id}", "lnononnnnn"),
        ("POST /inbox/{id}/block", "lnononnnnn"),
        ("POST /inbox/{id}/unblock", "lnononnnnn"),
        ("POST /inbox/{id}/messages/{message}/report", "lnonnnnnnn"),
        ("GET /notifications", "looooooooo"),
        ("POST /notifications/settings", "looooooooo"),
        ("GET /account/thanks", "looooooooo"),
        ("POST /account/thanks/{id}", "lnnnnnnnnn"),
        ("GET /admin", "lfffffofff"),
        ("POST /admin/neighbourhoods", "lfffffofff"),
        ("GET /api/v1/me", "looooooooo"),
        ("GET /api/v1/neighbourhoods", "oooooooooo"),
        ("GET /api/v1/neighbourhoods/{slug}", "oooooooooo"),
        ("GET /api/v1/neighbourhoods/{slug}/members", "lfofoofofo"),
        ("GET /healthz", "oooooooooo"),
        ("GET /readyz", "oooooooooo"),
        ("GET /.well-known/security.txt", "oooooooooo"),
        ("GET /static/{name}", "oooooooooo"),
        // An organisation's own website: pages for anyone, written by its
        // editors and administrators only.
        ("GET /o/{slug}/p/{page}", "oooooooooo"),
        ("GET /o/{slug}/site", "lfoffffoff"),
        ("GET /o/{slug}/site/pages/new", "lfoffffoff"),
        ("POST /o/{slug}/site/pages", "lfoffffoff"),
        ("GET /o/{slug}/site/pages/{id}", "lfoffffoff"),
        ("POST /o/{slug}/site/pages/{id}", "lfoffffoff"),
        ("POST /o/{slug}/site/pages/{id}/delete", "lfoffffoff"),
        // The shared pool: for the neighbourhood's members; the resident
        // lends the resource, the moderator asked for the booking.
        ("GET /n/{slug}/pool", "lfofoofofo"),
        ("GET /n/{slug}/pool/new", "lfofoofofo"),
        ("POST /n/{slug}/pool", "lfofoofofo"),
        ("GET /n/{slug}/pool/{id}", "lfofoofofo"),
        ("GET /n/{slug}/pool/{id}/edit", "lfofffffff"),
        ("POST /n/{slug}/pool/{id}/edit", "lfofffffff"),
        ("POST /n/{slug}/pool/{id}/withdraw", "lfofffffff"),
        ("POST /n/{slug}/pool/{id}/bookings", "lfffoofofo"),
        ("POST /n/{slug}/pool/{id}/bookings/{booking}", "lfofofffff"),
        // Mentoring: for the neighbourhood's members; the requests for its
        // coordinators. The resident asked, the moderator is the mentor
        // (paired); other members do not learn the pairing exists. A step
        // the pairing's state no longer allows is a conflict.
        ("GET /n/{slug}/mentoring", "lfofoofofo"),
        ("GET /n/{slug}/mentoring/offer", "lfofoofofo"),
        ("POST /n/{slug}/mentoring/offer", "lfofoofofo"),
        ("GET /n/{slug}/mentoring/ask", "lfofoofofo"),
        ("POST /n/{slug}/mentoring/ask", "lfofoofofo"),
        ("GET /n/{slug}/mentoring/requests", "lffffoffff"),
        ("GET /n/{slug}/mentoring/{id}", "lfofoofnfn"),
        ("POST /n/{slug}/mentoring/{id}/pair", "lffffofnfn"),
        ("POST /n/{slug}/mentoring/{id}/pick", "lfoffffnfn"),
        ("POST /n/{slug}/mentoring/{id}/answer", "lfffoffnfn"),
        ("POST /n/{slug}/mentoring/{id}/sessions", "lfofoofnfn"),
        ("POST /n/{slug}/mentoring/{id}/close", "lfofoofnfn"),
        // Its contact form for anyone; the messages for its administrators.
        ("GET /o/{slug}/contact", "oooooooooo"),
        ("POST /o/{slug}/contact", "oooooooooo"),
        ("GET /o/{slug}/site/messages", "lfofffffff"),
        // Asking to join: anyone logged in without a role in it; the
        // requests for its administrators (the made-up request answered
        // without an answer is a bad request).
        ("GET /o/{slug}/join", "oooooooooo"),
        ("POST /o/{slug}/join", "lofoooofoo"),
        ("GET /o/{slug}/site/requests", "lfofffffff"),
        ("POST /o/{slug}/site/requests/{id}", "lfofffffff"),
        // Logo and colour: chosen by its administrators, seen by anyone.
        ("GET /o/{slug}/site/look", "lfofffffff"),
        ("POST /o/{slug}/site/look", "lfofffffff"),
        ("GET /o/{slug}/site.css", "oooooooooo"),
        // Umbrella and branches: the list for anyone who sees the
        // organisation; links made and answered by its administrators (the
        // Süd choir asked; an answer without a word is a bad request).
        ("GET /o/{slug}/branches", "oooooooooo"),
        // Own domains: the operator's alone (removing a name that serves
        // nothing is not found).
        ("GET /admin/domains", "lfffffofff"),
        ("POST /admin/domains", "lfffffofff"),
        ("POST /admin/domains/remove", "lfffffnfff"),
        ("GET /o/{slug}/site/links", "lfofffffff"),
        ("GET /o/{slug}/site/export", "lfofffffff"),
        ("POST /o/{slug}/site/links", "lfofffffff"),
        ("POST /o/{slug}/site/links/{id}", "lfofffffff"),
    ])
}

fn concrete(path: &str, w: &World) -> String {
    let id = if path.starts_with("/n/{slug}/manage/members/{id}/confirm") {
        w.pending_a
    } else if path.starts_with("/n/{slug}/manage/members/{id}/decline") {
        w.pending_b
    } else if path.starts_with("/u/") {
        w.resident
    } else if path.ends_with("/withdraw") && !path.starts_with("/n/{slug}/pool/") {
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
    } else if path.starts_with("/n/{slug}/impact/reports/") {
        w.impact_report
    } else if path.starts_with("/n/{slug}/network/partners/") {
        w.partner
    } else if path.starts_with("/n/{slug}/network/measures/") {
        w.measure
    } else if path.starts_with("/n/{slug}/network/funding/") {
        w.funding
    } else if path.starts_with("/n/{slug}/projects/") {
        w.project
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
        .replace("{proposal}", &w.proposal.to_string())
        .replace("{survey}", &w.survey.to_string())
        .replace("{question}", &uuid::Uuid::nil().to_string())
        .replace("{task}", &uuid::Uuid::nil().to_string())
        .replace("{meeting}", &uuid::Uuid::nil().to_string())
        .replace("{kind}", "organisation")
        .replace("{post}", &w.topic.to_string())
        .replace("{user}", &w.resident.to_string())
        .replace("{page}", SITE_PAGE)
        .replace("{number}", "1")
        .replace("{id}", &id.to_string())
}

/// The address of the Bürgerverein's published page "about us".
const SITE_PAGE: &str = "ueber-uns";

/// The Bürgerverein's page "about us", published; its id.
async fn site_page(app: &TestApp, w: &World) -> uuid::Uuid {
    let page = quartier_store::org_site::PageInput {
        kind: quartier_core::org_site::PageKind::About,
        slug: SITE_PAGE.into(),
        title: "Über uns".into(),
        body: "Wir sind **viele**.".into(),
        position: 0,
        published: true,
    };
    app.store.create_org_page(w.org, w.resident, page).await.unwrap().id
}

/// The Süd choir asked to be the Bürgerverein's umbrella; the link's id.
async fn asked_link(app: &TestApp) -> uuid::Uuid {
    let choir = app.store.organisation_by_slug("suedchor").await.unwrap().id;
    let club = app.store.organisation_by_slug("buergerverein").await.unwrap().id;
    app.store.ask_affiliation(choir, club, quartier_core::org_site::Side::Umbrella).await.unwrap().id
}

/// The resident lends a room to Nord's pool; the moderator asked for it
/// next week. Their ids.
async fn pool_booking(app: &TestApp, w: &World) -> (uuid::Uuid, uuid::Uuid) {
    let room = quartier_store::pool::NewResource {
        kind: quartier_core::pool::ResourceKind::Room,
        title: "Saal im Gemeindehaus".into(),
        description: String::new(),
        accessibility: String::new(),
        availability: "dienstags ab 18 Uhr".into(),
    };
    let r = app.store.offer_resource(w.nord, w.resident, None, room).await.unwrap();
    let start = app.store.now() + chrono::Duration::days(7);
    let b =
        app.store.request_booking(r.id, w.moderator, (start, start + chrono::Duration::hours(3)), "").await.unwrap();
    (r.id, b.id)
}

/// The resident asked for a mentor; the coordinator paired the moderator,
/// who offers help. The pairing's id.
async fn mentoring_pairing(app: &TestApp, w: &World) -> uuid::Uuid {
    use quartier_core::mentoring::Topic;
    let offer = quartier_store::mentoring::Offer { topics: vec![Topic::Email], note: String::new(), active: true };
    app.store.offer_mentoring(w.nord, w.moderator, offer).await.unwrap();
    let ask = quartier_store::mentoring::Ask {
        asker: w.resident,
        organisation: None,
        topic: Topic::Email,
        note: String::new(),
    };
    let m = app.store.ask_for_mentor(w.nord, ask).await.unwrap();
    app.store.pair_mentoring(m.id, w.moderator, w.coordinator).await.unwrap();
    m.id
}

/// A meeting of the resident's project, next week.
async fn meeting_of(app: &TestApp, w: &World) -> uuid::Uuid {
    let p = app.store.project_in(w.nord, w.project).await.unwrap();
    let at = app.store.now() + chrono::Duration::days(7);
    let new = quartier_store::meetings::NewMeeting {
        title: "Planungstreffen".into(),
        venue: "Tageszentrum".into(),
        starts_at: at,
        ends_at: at + chrono::Duration::hours(1),
        agenda: "Öffnungszeiten".into(),
        link: String::new(),
    };
    app.store.plan_meeting(&p, w.resident, quartier_store::new_id(), new).await.unwrap().m.id
}

/// A learning group in Nord that only members read, run by the resident,
/// with one shared material and one record: the group, the material, the
/// record.
async fn learning_group(app: &TestApp, w: &World) -> (uuid::Uuid, uuid::Uuid, uuid::Uuid) {
    let p = quartier_store::groups::GroupProfile {
        name: "Smartphone-Treff".into(),
        kind: "learning".into(),
        joining: "request".into(),
        topic: "Videoanrufe".into(),
        ..Default::default()
    };
    let g = app.store.create_group(w.nord, w.resident, p).await.unwrap().id;
    let m = quartier_core::group::parse_material("Heft", "", "im Schrank").unwrap();
    let material = app.store.add_material(g, w.resident, m).await.unwrap().id;
    let l = quartier_store::learning::Learnt { learner: w.resident, what: "Videoanruf".into(), meeting: None };
    let record = app.store.record_learning(g, w.resident, l).await.unwrap().id;
    (g, material, record)
}

/// Nord's canvas in a first version, shared with its partners.
async fn shared_canvas(app: &TestApp, w: &World) {
    let text =
        quartier_store::canvas::CanvasText { social_value: "Niemand bleibt allein.".into(), ..Default::default() };
    app.store.save_canvas(w.nord, w.coordinator, text, "{}".into()).await.unwrap();
    app.store.set_canvas_visibility(w.nord, quartier_core::network::CanvasVisibility::Shared).await.unwrap();
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
    let page = site_page(&app, &w).await;
    let (resource, booking) = pool_booking(&app, &w).await;
    let meeting = meeting_of(&app, &w).await;
    let pairing = mentoring_pairing(&app, &w).await;
    let (learning, material, record) = learning_group(&app, &w).await;
    shared_canvas(&app, &w).await;
    let link = asked_link(&app).await;
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
        if path.contains("{meeting}") {
            url = url.replace(&uuid::Uuid::nil().to_string(), &meeting.to_string());
        }
        if path.starts_with("/o/{slug}/site/links/{id}") {
            url = url.replace(&uuid::Uuid::nil().to_string(), &link.to_string());
        }
        if path.starts_with("/o/{slug}/site/pages/{id}") {
            url = url.replace(&uuid::Uuid::nil().to_string(), &page.to_string());
        }
        if path.starts_with("/n/{slug}/pool/{id}") {
            url = url
                .replace(&uuid::Uuid::nil().to_string(), &resource.to_string())
                .replace("{booking}", &booking.to_string());
        }
        if path.starts_with("/n/{slug}/mentoring/{id}") {
            url = url.replace(&uuid::Uuid::nil().to_string(), &pairing.to_string());
        }
        if path.contains("/materials") || path.contains("/learnt") {
            let item = if path.contains("/materials") { material } else { record };
            url = url.replace(&w.group.to_string(), &learning.to_string()).replace("{item}", &item.to_string());
        }
        // The coordinator goes last: confirm and decline change state.
        let order = [0usize, 1, 2, 3, 4, 6, 7, 8, 9, 5];
        let mut seen = vec!['?'; ROLES.len()];
        for i in order {
            let client = match ROLES[i] {
                "anonymous" => app.client(),
                "unverified" => app.client_for(w.unverified).await,
                "resident" => app.client_for(w.resident).await,
                "other" => app.client_for(w.other).await,
                "moderator" => app.client_for(w.moderator).await,
                "coordinator" => app.client_for(w.coordinator).await,
                "editor" => app.client_for(w.editor).await,
                "outsider" => app.client_for(w.outsider).await,
                "reviewer" => app.client_for(w.reviewer).await,
                _ => app.client_for(w.operator).await,
            };
            let req =
                if method == "GET" { client.get(app.url(&url)) } else { client.post(app.url(&url)).form(&[("x", "")]) };
            let r = req.send().await.unwrap();
            let got = classify(&r);
            seen[i] = got;
            let want = expected.chars().nth(i).unwrap_or('?');
            if got != want {
                failures.push(format!("{key} as {}: expected {want}, got {got} ({})", ROLES[i], r.status()));
            }
        }
        if std::env::var("AUTHZ_PRINT").is_ok() {
            println!("(\"{key}\", \"{}\"),", seen.iter().collect::<String>());
        }
    }
    for k in m.keys() {
        if !routes.iter().any(|(mth, p)| format!("{mth} {p}") == *k) {
            failures.push(format!("{k}: in the matrix but not in the route table"));
        }
    }
    assert!(failures.is_empty(), "authorisation mismatches:\n{}", failures.join("\n"));
}

/// What a button does: the form's method and target, its hidden fields,
/// and the button's own name and value.
fn action_of(form: scraper::ElementRef, button: scraper::ElementRef) -> String {
    let hidden = scraper::Selector::parse("input[type=hidden]").unwrap();
    let mut fields: Vec<String> = form
        .select(&hidden)
        .map(|i| format!("{}={}", i.value().attr("name").unwrap_or(""), i.value().attr("value").unwrap_or("")))
        .collect();
    fields.sort();
    format!(
        "{} {} [{}] {}={}",
        form.value().attr("method").unwrap_or("get"),
        form.value().attr("action").unwrap_or(""),
        fields.join("&"),
        button.value().attr("name").unwrap_or(""),
        button.value().attr("value").unwrap_or(""),
    )
}

/// "Abmelden" meant both "log out" and "withdraw from this event" on one
/// page. On every page, for every role and in every language, one label
/// names one action.
#[tokio::test]
async fn no_two_actions_on_a_page_share_a_label() {
    use quartier_core::locale::{Locale, Preferences};
    let app = TestApp::new().await;
    let w = app.world().await;
    // The resident has a place at the club's event: the page shows "withdraw".
    app.store.sign_up(w.event, w.resident).await.unwrap();
    site_page(&app, &w).await;
    shared_canvas(&app, &w).await;
    asked_link(&app).await;
    let pairing = mentoring_pairing(&app, &w).await;
    let forms = scraper::Selector::parse("form").unwrap();
    let buttons = scraper::Selector::parse("button, input[type=submit]").unwrap();
    let people = [w.resident, w.coordinator, w.moderator, w.operator, w.editor, w.reviewer];
    let pages: Vec<String> = quartier_web::routes::table()
        .iter()
        .filter(|r| r.method == "get" && !r.path.contains('.') && !r.path.starts_with("/img/"))
        .filter(|r| !["/account/export", "/healthz", "/readyz", "/metrics"].contains(&r.path))
        .map(|r| {
            let path = concrete(r.path, &w);
            if r.path.starts_with("/n/{slug}/mentoring/{id}") {
                path.replace(&uuid::Uuid::nil().to_string(), &pairing.to_string())
            } else {
                path
            }
        })
        .collect();
    let mut clashes = Vec::new();
    let mut checked = 0;
    for locale in [Locale::De, Locale::En, Locale::DeSimple] {
        for who in people {
            let prefs = Preferences { locale, ..Preferences::default() };
            app.store.set_preferences(who, prefs).await.unwrap();
            let c = app.client_for(who).await;
            for path in &pages {
                let r = c.get(app.url(path)).send().await.unwrap();
                if r.status() != 200 {
                    continue;
                }
                let html = scraper::Html::parse_document(&r.text().await.unwrap());
                let mut by_label: BTreeMap<String, std::collections::BTreeSet<String>> = BTreeMap::new();
                for form in html.select(&forms) {
                    for b in form.select(&buttons) {
                        let label = match b.value().attr("value") {
                            Some(v) if b.value().name() == "input" => v.to_string(),
                            _ => b.text().collect::<String>(),
                        };
                        let label = label.split_whitespace().collect::<Vec<_>>().join(" ");
                        by_label.entry(label).or_default().insert(action_of(form, b));
                    }
                }
                checked += 1;
                for (label, actions) in by_label.into_iter().filter(|(_, a)| a.len() > 1) {
                    clashes.push(format!("{path} ({}, {who}): \"{label}\" does {actions:?}", locale.tag()));
                }
            }
        }
    }
    assert!(checked > 100, "the walk reaches the pages ({checked})");
    assert!(clashes.is_empty(), "labels that name more than one action:\n{}", clashes.join("\n"));
}

//! Bounded work per page (issue #13): a page runs a fixed number of
//! statements however much data there is. Each page is measured in the small
//! world, then after every list it shows has grown by dozens of rows, then
//! after it has grown as much again. The count must not grow from the
//! second measurement to the third (no statement per row) and must stay,
//! in all three, within the page's ceiling: what it runs today, plus at
//! most one. (The small world may count fewer: a list that is empty needs
//! no second query for its people. It may also count more: "what comes
//! next" looks at a wider window of the calendar while a week holds too
//! few events.) Static files and the liveness check touch no database at
//! all.
//! Run with `--nocapture` to see the counts, and with `BOUNDED_SHOW=<path>`
//! to see what that page runs.

use crate::helpers::*;
use quartier_core::neighbourhood::{Role, Slug};
use quartier_core::organisation::OrgRole;
use quartier_store::easy::Scope;
use quartier_store::events::{EventDetails, Holder};
use quartier_store::notifications::NoticeKind;
use reqwest::Client;

/// How many rows each list grows by.
const MANY: usize = 30;

/// A page, who reads it, and the most statements it may run.
struct Probe<'a> {
    who: &'static str,
    client: &'a Client,
    path: String,
    ceiling: usize,
}

async fn measure(app: &TestApp, probes: &[Probe<'_>]) -> Vec<Vec<String>> {
    // A session's last-seen time is written at most once a minute: a first
    // request per reader takes that write out of the measurement.
    // The same holds for a member's last visit of the neighbourhood (what
    // is new since), written at most once a minute too.
    for p in probes {
        app.get(p.client, "/healthz").await;
        app.get(p.client, "/").await;
        app.get(p.client, "/n/nord").await;
    }
    let mut out = Vec::new();
    for p in probes {
        out.push(app.statements_for(p.client, &p.path).await);
    }
    out
}

#[tokio::test]
async fn every_page_runs_a_fixed_number_of_statements() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let anonymous = app.client();
    let resident = app.client_for(w.resident).await;
    let coordinator = app.client_for(w.coordinator).await;
    let moderator = app.client_for(w.moderator).await;
    // A neighbour who reads Leichte Sprache: every list also loads its easy
    // versions, one query per kind of content.
    let simple = app.client_for(w.reviewer).await;
    let r = app.post_form(&simple, "/preferences/language", &[("locale", "de-simple"), ("back", "/")]).await;
    assert_eq!(r.status(), 303);
    // The liveness check asks nobody, not even who is reading.
    assert_eq!(app.queries_for(&resident, "/healthz").await, 0);
    // The resident's room, first in the pool by name.
    let room = app.store.offer_resource(w.nord, w.resident, None, pool_item("Aula")).await.unwrap().id;
    let probe = |who, client, path: &str, ceiling| Probe { who, client, path: path.to_string(), ceiling };
    // The day the calendar grows on (`grow`): more events than a day of
    // the month grid shows.
    let busy_day = (app.store.now() + chrono::Duration::days(2)).with_timezone(&chrono_tz::Europe::Berlin).date_naive();
    let meeting = plan_meeting(&app, &w, 5).await;
    // Mentoring: the resident's request, paired with the moderator; one
    // that waits for the coordinator.
    let (pairing, waiting) = mentoring(&app, &w).await;
    // A learning group the resident runs; the moderator reads it from outside.
    let lg = learning_group(&app, &w).await;
    // Nord's canvas, published: partners comment, anyone reads.
    let text =
        quartier_store::canvas::CanvasText { social_value: "Niemand bleibt allein.".into(), ..Default::default() };
    app.store.save_canvas(w.nord, w.coordinator, text, "{}".into()).await.unwrap();
    app.store.set_canvas_visibility(w.nord, quartier_core::network::CanvasVisibility::Published).await.unwrap();
    let probes = [
        probe("anonymous", &anonymous, "/healthz", 0),
        probe("anonymous", &anonymous, "/static/style.css", 0),
        probe("resident", &resident, "/healthz", 0),
        probe("resident", &resident, "/static/style.css", 0),
        probe("anonymous", &anonymous, "/n/nord", 2),
        probe("resident", &resident, "/n/nord", 7),
        probe("easy reader", &simple, "/n/nord", 10),
        probe("easy reader", &simple, "/n/nord/calendar", 11),
        probe("resident", &resident, "/n/nord/help", 6),
        probe("resident", &resident, "/n/nord/calendar", 10),
        probe("resident", &resident, "/n/nord/calendar?view=month", 7),
        probe("anonymous", &anonymous, "/n/nord/calendar?view=month", 5),
        probe("easy reader", &simple, "/n/nord/calendar?view=month", 8),
        probe("resident", &resident, &format!("/n/nord/calendar?day={busy_day}"), 7),
        probe("resident", &resident, "/n/nord/calendar.ics", 7),
        probe("resident", &resident, "/n/nord/organisations", 5),
        probe("anonymous", &anonymous, "/n/nord/organisations", 3),
        probe("anonymous", &anonymous, "/n/nord/organisations?q=verein&kind=club&step_free=yes", 3),
        probe("coordinator", &coordinator, "/n/nord/organisations", 6),
        probe("anonymous", &anonymous, "/organisations", 3),
        probe("resident", &resident, "/organisations", 4),
        probe("anonymous", &anonymous, "/organisations?q=verein&kind=club", 3),
        probe("anonymous", &anonymous, "/organisations?q=verein&hearing_loop=yes", 3),
        probe("resident", &resident, "/n/nord/groups", 5),
        probe("resident", &resident, "/n/nord/members", 4),
        probe("resident", &resident, "/o/buergerverein", 11),
        probe("resident", &resident, "/o/buergerverein/log", 5),
        probe("resident", &resident, "/inbox", 5),
        probe("resident", &resident, "/notifications", 11),
        probe("resident", &resident, "/n/nord/help/mine", 6),
        probe("coordinator", &coordinator, "/n/nord/manage/members", 7),
        probe("coordinator", &coordinator, "/n/nord/manage/log", 5),
        probe("moderator", &moderator, "/n/nord/moderation", 6),
        probe("resident", &resident, "/n/nord/aushang", 13),
        probe("moderator", &moderator, "/easy/reviews", 7),
        probe("resident", &resident, &format!("/e/{}", w.nb_event), 8),
        probe("resident", &resident, &format!("/e/{}", w.event), 9),
        probe("resident", &resident, "/o/buergerverein/members", 7),
        probe("resident", &resident, &format!("/inbox/{}", w.conversation), 11),
        probe("resident", &resident, &format!("/n/nord/groups/{}", w.group), 10),
        probe("resident", &resident, &format!("/n/nord/groups/{}/topics/{}", w.group, w.topic), 8),
        probe("resident", &resident, &format!("/n/nord/help/{}", w.entry), 10),
        probe("resident", &resident, "/", 6),
        probe("anonymous", &anonymous, "/", 4),
        probe("resident", &resident, &format!("/u/{}", w.resident), 6),
        probe("resident", &resident, "/n/nord/projects", 7),
        probe("coordinator", &coordinator, "/n/nord/census", 6),
        probe("coordinator", &coordinator, "/n/nord/census?q=verein&kind=civic&online=yes&area=urban", 6),
        probe("anonymous", &anonymous, "/n/nord/search?q=verein", 5),
        probe("resident", &resident, "/n/nord/search?q=hilfe", 7),
        probe("resident", &resident, "/n/nord/search?q=lesekreis%20bibliothek", 10),
        probe("coordinator", &coordinator, "/n/nord/census/statistics", 6),
        probe("coordinator", &coordinator, "/n/nord/impact?from=2026-11-01&to=2026-12-31", 9),
        probe("anonymous", &anonymous, &format!("/n/nord/impact/reports/{}", w.impact_report), 5),
        probe("coordinator", &coordinator, "/n/nord", 8),
        probe("coordinator", &coordinator, "/n/nord/network", 9),
        probe("coordinator", &coordinator, "/n/nord/network/partners", 6),
        probe("resident", &resident, "/n/nord/network/partners", 7),
        probe("coordinator", &coordinator, "/n/nord/network/measures", 5),
        probe("coordinator", &coordinator, "/n/nord/network/funding", 8),
        probe("coordinator", &coordinator, "/n/nord/network/runway", 7),
        probe("resident", &resident, "/n/nord/network/balance", 6),
        probe("resident", &resident, &format!("/n/nord/network/partners/{}", w.partner), 7),
        probe("coordinator", &coordinator, "/n/nord/network/canvas", 12),
        probe("resident", &resident, "/n/nord/network/canvas", 13),
        probe("anonymous", &anonymous, "/n/nord/network/canvas", 9),
        probe("resident", &resident, "/n/nord/network/canvas/history", 8),
        probe("resident", &resident, "/n/nord/network/canvas/versions/1", 9),
        probe("anonymous", &anonymous, "/n/nord/network/canvas/print", 9),
        probe("resident", &resident, &format!("/n/nord/projects/{}", w.project), 15),
        probe("resident", &resident, &format!("/n/nord/projects/{}/proposals/{}", w.project, w.proposal), 12),
        probe("resident", &resident, &format!("/n/nord/projects/{}/surveys/{}", w.project, w.survey), 9),
        probe("resident", &resident, &format!("/n/nord/projects/{}/surveys/{}/results", w.project, w.survey), 10),
        probe("resident", &resident, &format!("/n/nord/projects/{}/surveys/{}/enter", w.project, w.survey), 9),
        probe("resident", &resident, &format!("/n/nord/projects/{}/surveys/{}/print", w.project, w.survey), 8),
        probe("resident", &resident, &format!("/n/nord/projects/{}/checklist", w.project), 8),
        probe("resident", &resident, &format!("/n/nord/projects/{}/meetings/{meeting}", w.project), 8),
        probe("easy reader", &simple, &format!("/n/nord/projects/{}/meetings/{meeting}", w.project), 10),
        probe("anonymous", &anonymous, "/o/buergerverein/p/ueber-uns", 5),
        probe("resident", &resident, "/o/buergerverein/p/ueber-uns", 6),
        probe("resident", &resident, "/o/buergerverein/site", 8),
        probe("resident", &resident, "/n/nord/pool", 8),
        probe("resident", &resident, &format!("/n/nord/pool/{room}"), 9),
        probe("moderator", &moderator, &format!("/n/nord/pool/{room}"), 8),
        probe("resident", &resident, "/n/nord/mentoring", 8),
        probe("coordinator", &coordinator, "/n/nord/mentoring", 8),
        probe("coordinator", &coordinator, "/n/nord/mentoring/requests", 5),
        probe("resident", &resident, &format!("/n/nord/mentoring/{pairing}"), 6),
        probe("coordinator", &coordinator, &format!("/n/nord/mentoring/{waiting}"), 7),
        probe("resident", &resident, "/n/nord/mentoring/ask", 5),
        probe("resident", &resident, "/o/buergerverein/site/messages", 7),
        probe("anonymous", &anonymous, "/o/buergerverein/contact", 4),
        probe("resident", &resident, "/o/buergerverein/site/requests", 7),
        probe("anonymous", &anonymous, "/o/buergerverein/branches", 10),
        probe("resident", &resident, "/o/buergerverein/branches", 11),
        probe("resident", &resident, "/o/buergerverein/site/links", 14),
        probe("resident", &resident, &format!("/n/nord/groups/{lg}"), 14),
        probe("moderator", &moderator, &format!("/n/nord/groups/{lg}"), 11),
        probe("resident", &resident, &format!("/n/nord/groups/{lg}/materials"), 7),
        probe("resident", &resident, &format!("/n/nord/groups/{lg}/learnt"), 11),
    ];
    site_page(&app, &w, "ueber-uns", quartier_core::org_site::PageKind::About).await;
    let small = measure(&app, &probes).await;
    grow(&app, &w, 0, pairing).await;
    grow_learning(&app, &w, lg, 0).await;
    let grown = measure(&app, &probes).await;
    grow(&app, &w, 1, pairing).await;
    grow_learning(&app, &w, lg, 1).await;
    let big = measure(&app, &probes).await;

    let mut unbounded = Vec::new();
    eprintln!("{:<12} {:<28} {:>6} {:>6} {:>6} {:>8}", "reader", "page", "small", "grown", "big", "ceiling");
    for (((p, s), g), b) in probes.iter().zip(&small).zip(&grown).zip(&big) {
        let (s, g) = (s.len(), g.len());
        eprintln!("{:<12} {:<28} {s:>6} {g:>6} {:>6} {:>8}", p.who, p.path, b.len(), p.ceiling);
        if std::env::var("BOUNDED_SHOW").is_ok_and(|v| v == p.path) {
            for q in b {
                eprintln!("    {q:.300}");
            }
        }
        if b.len() > g || s.max(g).max(b.len()) > p.ceiling {
            // What ran, so the statement that repeats is easy to find.
            let mut seen = std::collections::BTreeMap::<&str, usize>::new();
            for q in b {
                *seen.entry(q.as_str()).or_default() += 1;
            }
            let ran: Vec<String> = seen.iter().map(|(q, n)| format!("  {n}× {q:.160}")).collect();
            unbounded.push(format!(
                "{} as {}: {s} → {g} → {} (ceiling {})\n{}",
                p.path,
                p.who,
                b.len(),
                p.ceiling,
                ran.join("\n")
            ));
        }
    }
    assert!(unbounded.is_empty(), "pages whose work grows with the data:\n{}", unbounded.join("\n"));

    // No page reads a whole large table: the database is asked for the plan
    // of every read each page runs, with the values it ran with.
    let mut scans = std::collections::BTreeSet::new();
    for p in &probes {
        for st in app.full_statements_for(p.client, &p.path).await {
            for scan in app.store.full_scans(&st).await.unwrap() {
                scans.insert(format!("{} as {}: {scan}", p.path, p.who));
            }
        }
    }
    let scans: Vec<String> = scans.into_iter().collect();
    assert!(scans.is_empty(), "pages that read a whole table:\n{}", scans.join("\n"));
}

/// An open learning group in Nord, run by the resident.
async fn learning_group(app: &TestApp, w: &World) -> uuid::Uuid {
    let p = quartier_store::groups::GroupProfile {
        name: "Smartphone-Treff".into(),
        kind: "learning".into(),
        joining: "open".into(),
        topic: "Videoanrufe".into(),
        ..Default::default()
    };
    app.store.create_group(w.nord, w.resident, p).await.unwrap().id
}

/// Members who share materials, meetings held, and what each learnt at one.
async fn grow_learning(app: &TestApp, w: &World, g: uuid::Uuid, round: usize) {
    let s = &app.store;
    let details = EventDetails { title: "Treffen".into(), category: "education".into(), ..Default::default() };
    for i in (round * MANY)..((round + 1) * MANY) {
        let m = app.member(w.nord, &format!("learner{i}@example.org"), &format!("Lernende {i}"), Role::Resident).await;
        s.join_group(g, m, true).await.unwrap();
        let material = quartier_core::group::parse_material(&format!("Heft {i}"), "https://example.org/", "").unwrap();
        s.add_material(g, m, material).await.unwrap();
        let held = s.now() - chrono::Duration::days(1 + i as i64);
        let when = [(held, held + chrono::Duration::hours(1))];
        let meeting = s.create_event(Holder::Group(g, w.nord), w.resident, &details, &when).await.unwrap()[0].id;
        let l = quartier_store::learning::Learnt { learner: m, what: format!("Gelerntes {i}"), meeting: Some(meeting) };
        s.record_learning(g, w.resident, l).await.unwrap();
    }
}

/// A published page of the Bürgerverein's website.
async fn site_page(app: &TestApp, w: &World, slug: &str, kind: quartier_core::org_site::PageKind) {
    let page = quartier_store::org_site::PageInput {
        kind,
        slug: slug.into(),
        title: format!("Seite {slug}"),
        body: "Text.".into(),
        position: 1,
        published: true,
    };
    app.store.create_org_page(w.org, w.resident, page).await.unwrap();
}

/// Every list the pages above show grows by `MANY` rows, written through
/// the store (fast, and the same rows the pages would write). `round`
/// keeps the names of each growth apart.
fn pool_item(title: &str) -> quartier_store::pool::NewResource {
    quartier_store::pool::NewResource {
        kind: quartier_core::pool::ResourceKind::Equipment,
        title: title.into(),
        description: String::new(),
        accessibility: String::new(),
        availability: "nach Absprache".into(),
    }
}

/// The resident asked for help with e-mail and the coordinator paired the
/// moderator, who offers it; the moderator waits for help with a website.
/// Both ids.
async fn mentoring(app: &TestApp, w: &World) -> (uuid::Uuid, uuid::Uuid) {
    use quartier_core::mentoring::Topic;
    use quartier_store::mentoring::{Ask, Offer};
    let s = &app.store;
    s.offer_mentoring(w.nord, w.moderator, Offer { topics: vec![Topic::Email], note: "Gern.".into(), active: true })
        .await
        .unwrap();
    let ask = |asker, topic| Ask { asker, organisation: None, topic, note: "Bitte.".into() };
    let paired = s.ask_for_mentor(w.nord, ask(w.resident, Topic::Email)).await.unwrap().id;
    s.pair_mentoring(paired, w.moderator, w.coordinator).await.unwrap();
    let waiting = s.ask_for_mentor(w.nord, ask(w.moderator, Topic::Website)).await.unwrap().id;
    (paired, waiting)
}

async fn grow(app: &TestApp, w: &World, round: usize, pairing: uuid::Uuid) {
    let s = &app.store;
    let nord_scope = Scope { neighbourhood: Some(w.nord), organisation: None };
    let soon = s.now() + chrono::Duration::days(2);
    let when = [(soon, soon + chrono::Duration::hours(1))];
    let details = EventDetails {
        title: "Lesekreis".into(),
        category: "culture".into(),
        venue: "Bibliothek".into(),
        capacity: Some(5),
        signup_required: true,
        ..Default::default()
    };
    let mut members = Vec::new();
    for i in (round * MANY)..((round + 1) * MANY) {
        let m = app.member(w.nord, &format!("m{i}@example.org"), &format!("Nachbar {i}"), Role::Resident).await;
        members.push(m);
        // Waiting to join, for the coordinator's list.
        let p = app.user(&format!("p{i}@example.org"), &format!("Wartend {i}"), false).await;
        s.request_membership(p, w.nord).await.unwrap();
        // Asking to join the club, for its administrators' list.
        s.ask_to_join(w.org, p, quartier_core::org_site::JoinKind::Volunteer, "Ich helfe gern.").await.unwrap();
        // Help asked by others and by the resident; conversations about them.
        let theirs = app.entry_by(w.nord, m, &format!("Hilfe {i}")).await;
        let mine = app.entry_by(w.nord, w.resident, &format!("Meine Bitte {i}")).await;
        let (c, _) = app.conversation_about(w.nord, mine, m, w.resident, "Ich helfe gern.").await;
        s.report(w.nord, m, quartier_store::moderation::Reported::Entry(theirs), "Bitte prüfen").await.unwrap();
        s.save_easy_version("help_entry", theirs, nord_scope, m, "Hilfe", "Ich brauche Hilfe.", true).await.unwrap();
        // Events of the neighbourhood and of the club; the resident signs up.
        let e = s.create_event(Holder::Neighbourhood(w.nord), m, &details, &when).await.unwrap()[0].id;
        let oe = s.create_event(Holder::Organisation(w.org), w.resident, &details, &when).await.unwrap()[0].id;
        s.sign_up(e, w.resident).await.unwrap();
        s.sign_up(oe, m).await.unwrap();
        // The pool: things lent by others, requests for the resident's room.
        s.offer_resource(w.nord, m, None, pool_item(&format!("Gerät {i}"))).await.unwrap();
        let room = s.pool_page(w.nord, quartier_store::paging::Cursor::First).await.unwrap().items[0].id;
        let at = s.now() + chrono::Duration::days(1 + i as i64);
        s.request_booking(room, m, (at, at + chrono::Duration::hours(2)), "Für den Chor").await.unwrap();
        // Clubs of the neighbourhood; members and news of the Bürgerverein.
        let profile = quartier_store::organisations::OrgProfile {
            name: format!("Verein {i}"),
            kind: "club".into(),
            description: "Ein Verein.".into(),
            ..Default::default()
        };
        let org = s.propose_organisation(w.nord, m, &Slug::parse(&format!("verein-{i}")).unwrap(), profile).await;
        let org = org.unwrap().id;
        s.confirm_organisation(w.nord, org, w.coordinator).await.unwrap();
        // Each is a branch of the Bürgerverein, or asked to be, or its umbrella.
        use quartier_core::org_site::Side;
        match i % 3 {
            0 => {
                let a = s.ask_affiliation(w.org, org, Side::Umbrella).await.unwrap();
                s.confirm_affiliation(a.id).await.unwrap();
            }
            1 => drop(s.ask_affiliation(w.org, org, Side::Branch).await.unwrap()),
            _ => drop(s.ask_affiliation(org, w.org, Side::Umbrella).await.unwrap()),
        }
        s.set_org_member(w.org, m, OrgRole::Member).await.unwrap();
        s.post_news(w.org, w.resident, &format!("Neuigkeit {i}"), "Text.", false).await.unwrap();
        // Messages through the club's contact form.
        let msg = quartier_store::org_site::NewOrgMessage {
            sender: Some(m),
            name: format!("Nachbar {i}"),
            email: format!("m{i}@example.org"),
            body: "Wann trefft ihr euch?".into(),
        };
        s.save_org_message(w.org, msg).await.unwrap();
        // Pages of the Bürgerverein's website (at most 50 in all).
        if i % 2 == 0 {
            site_page(app, w, &format!("seite-{i}"), quartier_core::org_site::PageKind::Custom).await;
        }
        // Groups with members.
        let g = s
            .create_group(
                w.nord,
                m,
                quartier_store::groups::GroupProfile {
                    name: format!("Gruppe {i}"),
                    kind: "interest".into(),
                    joining: "open".into(),
                    ..Default::default()
                },
            )
            .await
            .unwrap()
            .id;
        s.join_group(g, w.resident, true).await.unwrap();
        s.join_group(w.group, m, true).await.unwrap();
        // Projects; people, proposals, votes and comments in the resident's.
        app.project_in(w.nord, m, &format!("Projekt {i}"), quartier_core::coproduction::Joining::Open).await;
        use quartier_core::coproduction::{Channel, Choice, PartRole, Standing};
        s.add_to_project(w.project, m, Standing::Participant, PartRole::ServiceUser, None).await.unwrap();
        let ballot = quartier_store::coproduction::Ballot {
            voter: m,
            cast_by: m,
            choice: Choice::Yes,
            channel: Channel::Online,
            meeting_on: None,
        };
        s.cast_vote(w.proposal, ballot).await.unwrap();
        s.add_project_comment(w.proposal, m, "Gute Idee.").await.unwrap();
        plan_meeting(app, w, 2 + i as i64).await;
        use quartier_core::checking::{ChecklistAnswer, ChecklistPoint};
        s.answer_checklist(w.project, m, ChecklistPoint::EqualSay, ChecklistAnswer::Yes, "Ja.").await.unwrap();
        // Answers to the project's survey, online and typed in.
        let qs = s.survey_questions(w.survey).await.unwrap();
        use quartier_core::checking::{Answer, AnswerChannel};
        for (respondent, channel) in [(Some(m), AnswerChannel::Online), (None, AnswerChannel::Paper)] {
            let r = quartier_store::checking::NewResponse {
                respondent,
                channel,
                entered_by: w.resident,
                answers: vec![(qs[0].id, Answer::Pick(2)), (qs[1].id, Answer::Text("Mehr Kuchen.".into()))],
            };
            s.answer_survey(w.survey, r).await.unwrap();
        }
        let p = s.project_in(w.nord, w.project).await.unwrap();
        let np = quartier_store::coproduction::NewProposal {
            kind: quartier_core::coproduction::ProposalKind::Decision,
            title: format!("Vorschlag {i}"),
            body: "Text.".into(),
            rule: quartier_core::coproduction::Rule::Consent,
            quorum: 50,
            closes_at: s.now() + chrono::Duration::days(3),
            secret: i % 2 == 0,
        };
        s.create_proposal(&p, m, np).await.unwrap();
        // Partners of the network, outside ones and organisations.
        let partner = quartier_store::network::NewPartner {
            name: format!("Partner {i}"),
            kind: quartier_core::network::PartnerKind::Business,
            organisation: None,
            contact: format!("Kontakt {i}"),
            role: String::new(),
        };
        let partner = s.create_partner(w.nord, partner).await.unwrap();
        let gains = quartier_store::network::Gains { hours: Some(4), gets_rating: Some(2), ..Default::default() };
        s.save_gains(w.nord, partner.id, w.coordinator, gains).await.unwrap();
        let measure = quartier_store::network::NewMeasure {
            name: format!("Maßnahme {i}"),
            description: String::new(),
            activity: quartier_core::network::Activity::Events,
            cost_cents: 10_000,
            currency: "EUR".into(),
        };
        let measure = s.create_measure(w.nord, measure).await.unwrap();
        let funding = quartier_store::network::NewFunding {
            name: format!("Topf {i}"),
            kind: quartier_core::network::FundingKind::Donations,
            funder: Some(partner.id),
            amount_cents: 50_000,
            currency: "EUR".into(),
            starts_on: chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
            ends_on: chrono::NaiveDate::from_ymd_opt(2027, 1, 1).unwrap() + chrono::Duration::days(i as i64),
            conditions: String::new(),
            measures: vec![measure.id, w.measure],
        };
        s.create_funding(w.nord, funding).await.unwrap();
        // New versions of the canvas, comments on the first and the newest.
        let text = quartier_store::canvas::CanvasText { social_value: format!("Fassung {i}"), ..Default::default() };
        let newest = s.save_canvas(w.nord, w.coordinator, text, "{}".into()).await.unwrap();
        let first = s.canvas_version(w.nord, 1).await.unwrap();
        s.comment_canvas(first.id, m, format!("Kommentar {i}")).await.unwrap();
        s.comment_canvas(newest.id, m, format!("Kommentar {i}")).await.unwrap();
        s.comment_canvas(newest.id, w.resident, format!("Antwort {i}")).await.unwrap();
        // Notifications of every shape for the resident.
        s.notify(w.resident, NoticeKind::Answer, Some(mine), Some(c)).await.unwrap();
        s.notify(w.resident, NoticeKind::NewRequest, Some(theirs), None).await.unwrap();
        s.notify_event(w.resident, NoticeKind::EventPlace, e).await.unwrap();
        s.notify_about(&[w.resident], NoticeKind::OrgProposed, "Verein", "/n/nord/manage").await.unwrap();
        // Signed up for the neighbourhood's event; messages in the
        // resident's conversation; replies to the group's topic; thanks
        // the resident shows on their profile.
        s.sign_up(w.nb_event, m).await.unwrap();
        let (conv, _) = s.conversation_for(w.nord, Some(w.entry), w.moderator, w.resident).await.unwrap();
        s.send_message(&conv, w.moderator, &format!("Nachricht {i}")).await.unwrap();
        s.send_message(&conv, w.resident, &format!("Antwort {i}")).await.unwrap();
        s.reply(w.group, w.topic, m, &format!("Ich komme mit, {i}.")).await.unwrap();
        let given = s.entry(w.nord, theirs).await.unwrap();
        s.thank(&given, m, w.resident, "Danke!").await.unwrap();
        if let Some(t) = s.thanks_for_entry(theirs).await.unwrap() {
            s.set_thanks_shown(t.id, w.resident, true).await.unwrap();
        }
        // More neighbourhoods: the resident belongs to each, the
        // Bürgerverein is confirmed in each (the instance start page, the
        // profile, the club's events ask about every one).
        let extra = app.neighbourhood(&format!("viertel-{i}"), &format!("Viertel {i}")).await;
        s.add_verified_member(w.resident, extra, Role::Resident, None).await.unwrap();
        s.request_organisation_link(w.org, extra).await.unwrap();
        s.confirm_organisation(extra, w.org, w.coordinator).await.unwrap();
        // The census: entries, some with a space here.
        let raw = quartier_core::census::RawEntry {
            name: format!("Verein {i} im Verzeichnis"),
            kind: "civic".into(),
            area: "urban".into(),
            website: "yes".into(),
            ..Default::default()
        };
        let e = quartier_core::census::parse_entry(&raw, 2026).unwrap();
        s.import_census(w.nord, &[(e.clone(), None), (e, Some(w.org))]).await.unwrap();
        s.take_census_snapshot(w.nord, 2000 + i32::try_from(i).unwrap()).await.unwrap();
        // Mentoring: mentors, requests waiting, the resident's own
        // requests, sessions of the resident's pairing.
        {
            use quartier_core::mentoring::Topic;
            use quartier_store::mentoring::{Ask, NewSession, Offer};
            let offer = Offer { topics: vec![Topic::Website, Topic::Email], note: "Abends.".into(), active: true };
            s.offer_mentoring(w.nord, m, offer).await.unwrap();
            let ask = |asker| Ask { asker, organisation: None, topic: Topic::Smartphone, note: "Bitte.".into() };
            s.ask_for_mentor(w.nord, ask(m)).await.unwrap();
            s.ask_for_mentor(w.nord, ask(w.resident)).await.unwrap();
            let paired = s.mentoring_in(w.nord, pairing).await.unwrap();
            let session = NewSession {
                held_on: s.now().date_naive() - chrono::Duration::days(i as i64 % 20),
                topic: format!("Treffen {i}"),
                next_steps: "Weiter so.".into(),
            };
            s.log_mentoring_session(&paired, m, session).await.unwrap();
        }
        // The logs name many people.
        s.audit(Some(w.nord), Some(m), "member.confirm", Some(m), "").await.unwrap();
    }
}

/// A meeting of the resident's project, `days` from now.
async fn plan_meeting(app: &TestApp, w: &World, days: i64) -> uuid::Uuid {
    let p = app.store.project_in(w.nord, w.project).await.unwrap();
    let at = app.store.now() + chrono::Duration::days(days);
    let new = quartier_store::meetings::NewMeeting {
        title: format!("Treffen {days}"),
        venue: "Tageszentrum".into(),
        starts_at: at,
        ends_at: at + chrono::Duration::hours(1),
        agenda: "Punkte".into(),
        link: String::new(),
    };
    app.store.plan_meeting(&p, w.resident, quartier_store::new_id(), new).await.unwrap().m.id
}

//! Co-production where people are not online: the printed notice board
//! shows the open votes and next meetings of the quarter's open projects,
//! and the neighbourhood page lists open projects anyone can join; a
//! closed project appears in neither.

use crate::helpers::*;
use quartier_core::coproduction::Joining;

async fn meeting(app: &TestApp, w: &World, project: uuid::Uuid, title: &str) {
    let p = app.store.project_in(w.nord, project).await.unwrap();
    let at = app.store.now() + chrono::Duration::days(1);
    let new = quartier_store::meetings::NewMeeting {
        title: title.into(),
        venue: "Tageszentrum".into(),
        starts_at: at,
        ends_at: at + chrono::Duration::hours(1),
        agenda: "Punkte".into(),
        link: format!("[{}](/n/nord/projects/{project})", p.title),
    };
    app.store.plan_meeting(&p, w.resident, quartier_store::new_id(), new).await.unwrap();
}

#[tokio::test]
async fn the_notice_board_and_the_neighbourhood_page_invite_everyone_to_open_projects() {
    let app = TestApp::new().await;
    let w = app.world().await;
    meeting(&app, &w, w.project, "Planungstreffen Café").await;
    let (closed, _) = app.project_in(w.nord, w.resident, "Geheime Runde", Joining::Closed).await;
    meeting(&app, &w, closed, "Geheimes Treffen").await;
    let rita = app.client_for(w.resident).await;

    let p = app.get_page(&rita, "/n/nord/aushang").await;
    let votes = p.text("#aushang-votes");
    assert!(votes.contains("Öffnungszeiten") && votes.contains("Unser Café") && votes.contains("offen bis"), "{votes}");
    let meetings = p.text("#aushang-meetings");
    assert!(meetings.contains("Planungstreffen Café") && meetings.contains("Tageszentrum"), "{meetings}");
    assert!(p.text("#aushang-projects").contains("beim Treffen"));
    // The closed project's vote and meeting are not offered to everyone.
    // (Its meeting, written straight into the store here, is still an
    // event of the calendar: that is why the pages plan meetings only in
    // open projects.)
    let projects = p.text("#aushang-projects");
    assert!(!projects.contains("Geheime"), "{projects}");
    assert_eq!(p.count("#aushang-votes li"), 1);
    assert_eq!(p.count("#aushang-meetings li"), 1);
    let sheet = p.text(".aushang");
    // The meeting is also an event of the week, its link printed as words.
    assert!(p.text("#s-events + ul").contains("Planungstreffen Café"));
    assert!(!sheet.contains("/n/nord/projects/"), "{sheet}");
    // In Leichte Sprache too.
    let p = app.get_page(&rita, "/n/nord/aushang?lang=easy").await;
    assert!(p.text("#s-projects").contains("mit·machen"));
    assert!(p.text("#aushang-votes").contains("abstimmen"));

    // The neighbourhood page: open projects, for those inside.
    let edda = app.client_for(w.editor).await;
    let p = app.get_page(&edda, "/n/nord").await;
    let open = p.text("#open-projects");
    assert!(open.contains("Unser Café") && !open.contains("Geheime Runde"), "{open}");
    assert_eq!(p.attr("#open-projects a.button", "href").as_deref(), Some("/n/nord/projects"));
    assert_eq!(app.get_page(&app.client(), "/n/nord").await.count("#open-projects"), 0);
}

/// A proposal, and the decision it becomes, in easy language: written by
/// someone taking part through the one easy-version mechanism, checked by
/// a reader, then shown on the proposal page, in the project's list and
/// on the easy notice board. A closed project's proposal keeps its rule.
#[tokio::test]
async fn a_decision_has_an_easy_version_checked_by_a_reader() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let (pid, prop) = (w.project, w.proposal);
    let page = format!("/n/nord/projects/{pid}/proposals/{prop}");
    let easy = format!("/easy/project_proposal/{prop}");
    let rita = app.client_for(w.resident).await;
    let edda = app.client_for(w.editor).await;

    // Only those taking part write it; the page links there for them.
    assert_eq!(app.get_page(&rita, &page).await.attr(&format!("a[href='{easy}']"), "href"), Some(easy.clone()));
    assert_eq!(app.get_page(&edda, &page).await.count(&format!("a[href='{easy}']")), 0);
    assert_eq!(app.get(&edda, &easy).await.status(), 403);
    assert_eq!(app.get(&app.client(), &easy).await.status(), 303);
    let r = app
        .post_form(
            &rita,
            &easy,
            &[
                ("title", "Wann ist das Café offen?"),
                ("body", "Das Café ist am Dienstag offen.\nDas Café ist am Donnerstag offen."),
                ("action", "review"),
            ],
        )
        .await;
    assert_eq!(r.status(), 303, "{}", location(&r));
    // Before a reader checked it, readers of Leichte Sprache are told
    // there is none yet.
    let r = app.post_form(&edda, "/preferences/language", &[("locale", "de-simple"), ("back", "/")]).await;
    assert_eq!(r.status(), 303);
    let p = app.get_page(&edda, &page).await;
    assert_eq!(p.count("section.easy"), 0);
    assert!(!p.text("main .notice").is_empty());

    let v = app.store.easy_version("project_proposal", prop).await.unwrap().unwrap();
    let rena = app.client_for(w.reviewer).await;
    assert!(app.get_page(&rena, "/easy/reviews").await.text("main").contains("Wann ist das Café offen?"));
    let r = app.post_form(&rena, &format!("/easy/reviews/{}", v.id), &[("decision", "approve")]).await;
    assert_eq!(r.status(), 303);

    let p = app.get_page(&edda, &page).await;
    assert!(p.text("section.easy").contains("Das Café ist am Donnerstag offen."), "{}", p.text("main"));
    let list = app.get_page(&edda, &format!("/n/nord/projects/{pid}")).await;
    assert!(list.text("#proposals-h ~ ul").contains("Wann ist das Café offen?"), "{}", list.text("main"));
    let board = app.get_page(&rita, "/n/nord/aushang?lang=easy").await;
    assert!(board.text("#aushang-votes").contains("Wann ist das Café offen?"));
    // The board in everyday German keeps the original.
    let board = app.get_page(&rita, "/n/nord/aushang").await;
    assert!(board.text("#aushang-votes").contains("Öffnungszeiten"));

    // A closed project's proposal: not even its easy version is found by
    // a neighbour who does not take part.
    let (_, secret) = app.project_in(w.nord, w.resident, "Geheime Runde", Joining::Closed).await;
    assert_eq!(app.get(&edda, &format!("/easy/project_proposal/{secret}")).await.status(), 404);
    assert_eq!(app.get(&rita, &format!("/easy/project_proposal/{secret}")).await.status(), 200);
}

/// A secret ballot: one vote each as always, but the record shows only the
/// counts — to those taking part, the facilitator and the coordinator alike.
#[tokio::test]
async fn a_secret_ballot_shows_only_the_counts() {
    use quartier_core::coproduction::{PartRole, Standing};
    let app = TestApp::new().await;
    let w = app.world().await;
    let base = format!("/n/nord/projects/{}", w.project);
    app.store.add_to_project(w.project, w.reviewer, Standing::Participant, PartRole::ServiceUser, None).await.unwrap();
    let rita = app.client_for(w.resident).await;
    let rena = app.client_for(w.reviewer).await;
    let closes = (app.store.now() + chrono::Duration::days(5)).format("%Y-%m-%d").to_string();
    let form = |secret: &'static str| {
        vec![
            ("kind", "decision".to_string()),
            ("title", "Wer leitet das Café?".to_string()),
            ("body", "Wir wählen eine Person, die das Café leitet.".to_string()),
            ("rule", "majority".to_string()),
            ("quorum", "50".to_string()),
            ("closes_date", closes.clone()),
            ("closes_time", "18:00".to_string()),
            ("secret", secret.to_string()),
        ]
    };
    // A mistake keeps the box ticked.
    let mut bad = form("yes");
    bad[1].1 = String::new();
    let pairs: Vec<(&str, &str)> = bad.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let r = app.post_form(&rita, &format!("{base}/proposals"), &pairs).await;
    assert_eq!(r.status(), 422);
    assert!(Page::from(r).await.attr("#f-secret", "checked").is_some());
    let good = form("yes");
    let pairs: Vec<(&str, &str)> = good.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let r = app.post_form(&rita, &format!("{base}/proposals"), &pairs).await;
    assert_eq!(r.status(), 303);
    let proposal = location(&r).split('?').next().unwrap().to_string();

    let p = app.get_page(&rita, &proposal).await;
    assert!(p.text("main").contains("Geheime Abstimmung"));
    assert_eq!(app.post_form(&rita, &format!("{proposal}/vote"), &[("choice", "yes")]).await.status(), 303);
    assert_eq!(app.post_form(&rita, &format!("{proposal}/vote"), &[("choice", "no")]).await.status(), 409);
    assert_eq!(app.post_form(&rena, &format!("{proposal}/vote"), &[("choice", "no")]).await.status(), 303);
    let coordinator = app.client_for(w.coordinator).await;
    for who in [&rita, &rena, &coordinator] {
        let p = app.get_page(who, &proposal).await;
        assert_eq!(p.count("#record-h + table"), 0);
        assert!(!p.text("#secret-note").is_empty());
        let tally = p.text("ul.tally");
        assert!(tally.contains("1") && tally.contains("Nein"), "{tally}");
        let main = p.text("main");
        assert!(!main.contains("Rena") || !main.contains("selbst im Internet"), "{main}");
    }
    assert!(app.get_page(&rita, &proposal).await.text("main").contains("Ihre Stimme ist gezählt"));
    // Decided: the outcome and the counts, still no names.
    app.store.clock().advance(chrono::Duration::days(6));
    let rita = app.client_for(w.resident).await;
    let p = app.get_page(&rita, &proposal).await;
    assert!(!p.text("#outcome").is_empty());
    assert_eq!(p.count("#record-h + table"), 0);
    // An ordinary proposal keeps its open record.
    let p = app.get_page(&rita, &format!("{base}/proposals/{}", w.proposal)).await;
    assert_eq!(p.count("#secret-note"), 0);
}

/// While a survey is written, the easy-language checker reads each
/// question's easy version and shows its hints beside the question.
#[tokio::test]
async fn the_checker_reads_the_easy_questions_of_a_draft_survey() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let s = app.store.create_survey(w.project, w.resident, "Wie war das Café?").await.unwrap();
    let page = format!("/n/nord/projects/{}/surveys/{}", w.project, s.id);
    let rita = app.client_for(w.resident).await;
    let hard = "Wie zufrieden sind Sie mit den Öffnungszeiten des Cafés, die von den Mitarbeitenden im \
                letzten Jahr nach langen Beratungen gemeinsam mit dem Vorstand festgelegt wurden?";
    let r = app
        .post_form(
            &rita,
            &format!("{page}/questions"),
            &[("kind", "yes_no"), ("text", "Passen die Öffnungszeiten?"), ("easy_text", hard)],
        )
        .await;
    assert_eq!(r.status(), 303);
    let r = app
        .post_form(
            &rita,
            &format!("{page}/questions"),
            &[("kind", "yes_no"), ("text", "Kommen Sie wieder?"), ("easy_text", "Kommen Sie wieder?")],
        )
        .await;
    assert_eq!(r.status(), 303);
    let p = app.get_page(&rita, &page).await;
    assert_eq!(p.count("ol.rows .checker"), 1, "{}", p.text("main"));
    assert!(p.text("ol.rows .checker").contains("Öffnungszeiten"));
}

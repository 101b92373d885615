//! Co-production, checking and growing: the checklist of the ten rules
//! answered over time, meetings that are calendar events with agenda and
//! minutes, continuing a project as a bigger one, and what the printed
//! notice board shows of projects.

use crate::helpers::*;
use quartier_core::coproduction::{PartRole, Standing};

#[tokio::test]
async fn the_checklist_is_answered_by_those_taking_part_and_keeps_its_history() {
    let app = TestApp::new().await;
    let w = app.world().await;
    let base = format!("/n/nord/projects/{}", w.project);
    app.store.add_to_project(w.project, w.reviewer, Standing::Participant, PartRole::ServiceUser, None).await.unwrap();
    let rita = app.client_for(w.resident).await;
    let rena = app.client_for(w.reviewer).await;
    let edda = app.client_for(w.editor).await;

    // The project page links to it; the page shows all ten points.
    let p = app.get_page(&rita, &base).await;
    assert_eq!(p.attr("#checklist-link", "href").as_deref(), Some(format!("{base}/checklist").as_str()));
    let p = app.get_page(&rita, &format!("{base}/checklist")).await;
    assert_eq!(p.count("ol.checklist > li"), 10);
    assert_eq!(p.count("#checklist-now tbody tr"), 10);
    assert!(p.text("#p-equal_say").contains("noch keine Antwort"));

    // No choice: the message sits at that point's form, the note is kept.
    let r = app
        .post_form(
            &rita,
            &format!("{base}/checklist"),
            &[("point", "equal_say"), ("answer", ""), ("note", "Mal sehen")],
        )
        .await;
    assert_eq!(r.status(), 422);
    let p = Page::from(r).await;
    assert!(p.text("#e-answer-equal_say").contains("Noch nicht"));
    assert_eq!(p.text("#n-equal_say"), "Mal sehen");
    let r = app
        .post_form(
            &rita,
            &format!("{base}/checklist"),
            &[("point", "equal_say"), ("answer", "yes"), ("note", &"x".repeat(1001))],
        )
        .await;
    assert_eq!(r.status(), 422);
    assert!(!Page::from(r).await.text("#e-note-equal_say").is_empty());
    // A point that is not on the list changes nothing.
    let r = app.post_form(&rita, &format!("{base}/checklist"), &[("point", "be_nice"), ("answer", "yes")]).await;
    assert_eq!(r.status(), 400);
    assert!(app.store.checklist_of(w.project, 10).await.unwrap().is_empty());

    // Rita says partly, then changes her mind; Rena says not yet.
    for (who, answer, note) in
        [(&rita, "partly", "Noch nicht ganz."), (&rena, "not_yet", ""), (&rita, "yes", "Jetzt ja.")]
    {
        let r = app
            .post_form(who, &format!("{base}/checklist"), &[("point", "equal_say"), ("answer", answer), ("note", note)])
            .await;
        assert_eq!(r.status(), 303);
        assert!(location(&r).contains("notice-saved"));
    }
    let p = app.get_page(&rena, &format!("{base}/checklist")).await;
    // Now: each person's newest answer counted.
    assert!(
        p.text("#p-equal_say .checklist-now").contains("1 Ja, 0 teilweise, 1 noch nicht"),
        "{}",
        p.text("#p-equal_say")
    );
    assert_eq!(p.texts("#now-equal_say td"), vec!["1", "0", "1"]);
    // Rena's own answer is preselected.
    assert_eq!(p.attr("#a-equal_say-not_yet", "checked").as_deref(), Some(""));
    // The history keeps every answer with its date and author.
    let history = p.text("#p-equal_say .checklist-history");
    assert_eq!(p.count("#p-equal_say .checklist-history tbody tr"), 3);
    assert!(history.contains("Noch nicht ganz.") && history.contains("Jetzt ja."), "{history}");
    assert!(history.contains("Rita Resident") && history.contains("Rena"), "{history}");

    // A neighbour who does not take part reads it in an open project but
    // does not answer; the form is not shown to her.
    let p = app.get_page(&edda, &format!("{base}/checklist")).await;
    assert_eq!(p.count("form[action$='/checklist']"), 0);
    let r = app.post_form(&edda, &format!("{base}/checklist"), &[("point", "equal_say"), ("answer", "yes")]).await;
    assert_eq!(r.status(), 403);
    // A closed project's checklist is not known outside.
    let (closed, _) =
        app.project_in(w.nord, w.resident, "Geschlossene Runde", quartier_core::coproduction::Joining::Closed).await;
    assert_eq!(app.get(&edda, &format!("/n/nord/projects/{closed}/checklist")).await.status(), 404);
    assert_eq!(app.store.checklist_of(w.project, 10).await.unwrap().len(), 3);
}

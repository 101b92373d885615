//! Warnings before money runs out: 6 and again 3 months before a funding
//! source ends, when a measure depending on it has no other source running
//! past that day, the coordinators and the administrators of the funding
//! partner (when it is an organisation on the platform) are told. Each
//! warning goes out once (`Store::claim_funding_warning`); the worker looks
//! once a minute, by the store's clock.

use crate::AppState;
use crate::error::AppError;
use crate::views::tz_of;
use chrono::{Days, Months};
use quartier_core::neighbourhood::Role;
use quartier_core::network as net;
use quartier_store::notifications::NoticeKind;

/// Send the warnings that are due; how many went out.
pub async fn warn_funding_ending(st: &AppState) -> Result<usize, AppError> {
    let now = st.store.now();
    // A day either side covers every time zone.
    let today = now.date_naive();
    let from = today.checked_sub_days(Days::new(1)).unwrap_or(today);
    let months = net::WARN_MONTHS.iter().copied().max().unwrap_or(6);
    let to =
        today.checked_add_months(Months::new(months)).and_then(|d| d.checked_add_days(Days::new(1))).unwrap_or(today);
    let mut sent = 0;
    for n_id in st.store.networks_with_funding_ending(from, to).await? {
        let n = st.store.neighbourhood_by_id(n_id).await?;
        let today = now.with_timezone(&tz_of(Some(&n))).date_naive();
        let r = st.store.runway(n.id).await?;
        for s in &r.sources {
            let Some(due) = net::warning_due(today, s.ends_on) else { continue };
            let at_risk = r.measures_of(s.id).iter().any(|m| net::loses_money_with(&r.ends_of(m.id), s.ends_on));
            if !at_risk || !st.store.claim_funding_warning(s.id, due, s.ends_on).await? {
                continue;
            }
            let mut people = st.store.people_with_role(n.id, Role::Coordinator).await?;
            if let Some(f) = s.funder_id {
                let orgs: Vec<_> =
                    st.store.partners_by_ids(&[f]).await?.into_iter().filter_map(|p| p.organisation_id).collect();
                people.extend(st.store.admins_of_organisations(&orgs).await?);
            }
            people.sort();
            people.dedup();
            let path = format!("/n/{}/network/runway", n.slug);
            crate::notify::tell_about(st, &people, NoticeKind::FundingEnding, &s.name, &path).await?;
            sent += 1;
        }
    }
    Ok(sent)
}

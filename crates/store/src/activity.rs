//! What organisations published, counted for many at once: public news
//! since a moment and events from a moment, one grouped statement each,
//! whatever the number of organisations. An umbrella's branch figures and
//! the census's stages (an organisation is active with news or events in
//! the last twelve months) count with the same statements.

use crate::Result;
use crate::entity::{event, news_post};
use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect};
use std::collections::HashMap;
use uuid::Uuid;

fn count(x: i64) -> u64 {
    u64::try_from(x).unwrap_or(0)
}

/// News of `orgs` that everyone may read (not members-only, not hidden by
/// moderation), posted from `since` up to `until`: one grouped statement.
/// Organisations without such news are missing from the map.
pub(crate) async fn public_news<C: ConnectionTrait>(
    db: &C,
    orgs: &[Uuid],
    since: DateTime<Utc>,
    until: DateTime<Utc>,
) -> Result<HashMap<Uuid, u64>> {
    if orgs.is_empty() {
        return Ok(HashMap::new());
    }
    let rows: Vec<(Uuid, i64)> = news_post::Entity::find()
        .select_only()
        .column(news_post::Column::OrganisationId)
        .column_as(news_post::Column::Id.count(), "n")
        .filter(news_post::Column::OrganisationId.is_in(orgs.to_vec()))
        .filter(news_post::Column::MembersOnly.eq(false))
        .filter(news_post::Column::HiddenReason.is_null())
        .filter(news_post::Column::CreatedAt.gte(since))
        .filter(news_post::Column::CreatedAt.lte(until))
        .group_by(news_post::Column::OrganisationId)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows.into_iter().map(|(o, n)| (o, count(n))).collect())
}

/// Events of `orgs` (public, as an organisation's events are), neither
/// cancelled nor hidden, that start at `from` or later: one grouped
/// statement. Organisations without such events are missing from the map.
pub(crate) async fn events_from<C: ConnectionTrait>(
    db: &C,
    orgs: &[Uuid],
    from: DateTime<Utc>,
) -> Result<HashMap<Uuid, u64>> {
    if orgs.is_empty() {
        return Ok(HashMap::new());
    }
    let rows: Vec<(Option<Uuid>, i64)> = event::Entity::find()
        .select_only()
        .column(event::Column::OrganisationId)
        .column_as(event::Column::Id.count(), "n")
        .filter(event::Column::OrganisationId.is_in(orgs.to_vec()))
        .filter(event::Column::Cancelled.eq(false))
        .filter(event::Column::HiddenReason.is_null())
        .filter(event::Column::StartsAt.gte(from))
        .group_by(event::Column::OrganisationId)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows.into_iter().filter_map(|(o, n)| o.map(|o| (o, count(n)))).collect())
}

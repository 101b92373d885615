use crate::AppState;
use crate::ctx::Ctx;
use crate::error::AppError;
use crate::extractors::{Path, Query};
use crate::guards::nb_access;
use crate::page::{PageQuery, Pager};
use axum::extract::State;
use axum::response::Response;
use quartier_core::policy::{self, NeighbourhoodAction};
use serde_json::json;

/// All neighbourhoods of the instance (public facts only).
pub async fn list(State(st): State<AppState>) -> Result<Response, AppError> {
    // Every neighbourhood's members counted in one statement.
    let counts = st.store.member_counts().await?;
    let mut out = Vec::new();
    for n in st.store.neighbourhoods().await? {
        let members = counts.get(&n.id).copied().unwrap_or(0);
        out.push(json!({"slug": n.slug, "name": n.name, "description": n.description, "members": members}));
    }
    Ok(crate::api::json(json!({ "items": out })))
}

/// One neighbourhood, with the reader's own standing in it.
pub async fn show(ctx: Ctx, State(st): State<AppState>, Path(slug): Path<String>) -> Result<Response, AppError> {
    let a = nb_access(&st, &ctx, &slug).await?;
    let members = st.store.count_members(a.n.id).await?;
    Ok(crate::api::json(json!({
        "slug": a.n.slug,
        "name": a.n.name,
        "description": a.n.description,
        "timezone": a.n.timezone,
        "members": members,
        "membership": a.membership.as_ref().map(|m| json!({"role": m.role, "status": m.status})),
    })))
}

/// Verified neighbours, for verified neighbours only.
pub async fn members(
    ctx: Ctx,
    State(st): State<AppState>,
    Path(slug): Path<String>,
    Query(q): Query<PageQuery>,
) -> Result<Response, AppError> {
    let a = nb_access(&st, &ctx, &slug).await?;
    if !policy::neighbourhood(&a.actor, NeighbourhoodAction::ViewInside) {
        ctx.require_user()?;
        return Err(AppError::Forbidden);
    }
    let page = st.store.verified_members(a.n.id, q.cursor()).await?;
    let pager = Pager::new(&format!("/api/v1/neighbourhoods/{}/members", a.n.slug), &page);
    let items: Vec<_> = page
        .items
        .into_iter()
        .map(|m| json!({"id": m.user.id, "display_name": m.user.display_name, "role": m.membership.role}))
        .collect();
    Ok(crate::api::json(json!({ "items": items, "next": pager.next, "prev": pager.prev })))
}

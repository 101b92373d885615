use super::pages::HomePage;
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::AppError;
use crate::page::render;
use crate::views::MembershipRow;
use crate::views::NbCard;
use crate::views::status_key;
use axum::extract::State;
use axum::response::Response;

/// The instance's start page: its neighbourhoods, and the reader's own.
pub async fn show(ctx: Ctx, State(st): State<AppState>) -> Result<Response, AppError> {
    let needs_setup = !st.store.operator_exists().await?;
    let counts = st.store.member_counts().await?;
    let neighbourhoods = st
        .store
        .neighbourhoods()
        .await?
        .into_iter()
        .map(|n| {
            let members = counts.get(&n.id).copied().unwrap_or(0);
            NbCard { slug: n.slug, name: n.name, description: n.description, members }
        })
        .collect();
    let mine = match &ctx.user {
        Some(u) => st
            .store
            .memberships_of(u.id)
            .await?
            .into_iter()
            .map(|(m, n)| MembershipRow { slug: n.slug, name: n.name, status: status_key(&m) })
            .collect(),
        None => Vec::new(),
    };
    render(&HomePage { ctx, needs_setup, neighbourhoods, mine })
}

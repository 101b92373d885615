//! Route handlers; see the module documentation one level up.

use super::pages::{ResultRow, SearchPage};
use crate::AppState;
use crate::content::visible_found;
use crate::ctx::Ctx;
use crate::error::{AppError, urlencode};
use crate::extractors::{Path, Query};
use crate::guards::nb_access;
use crate::page::{Pager, render};
use crate::views::view;
use axum::extract::State;
use axum::response::Response;
use quartier_core::search::{self, DocKind};
use quartier_store::search::SearchKey;
use serde::Deserialize;

/// Results shown on one page.
const PAGE: usize = 20;
/// Documents looked at for one page: some of them the reader may not see.
const WINDOW: u64 = 3 * PAGE as u64;
/// Characters of text shown under a result's title.
const EXCERPT: usize = 180;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SearchQuery {
    q: String,
    after: String,
}

fn kind_key(k: DocKind) -> &'static str {
    match k {
        DocKind::Help => "search-kind-help",
        DocKind::Event => "search-kind-event",
        DocKind::Organisation => "search-kind-organisation",
        DocKind::Group => "search-kind-group",
        DocKind::News => "search-kind-news",
    }
}

/// The search page of a neighbourhood: the form, and what `q` finds.
pub async fn show(
    ctx: Ctx,
    State(st): State<AppState>,
    Path(slug): Path<String>,
    Query(p): Query<SearchQuery>,
) -> Result<Response, AppError> {
    let a = nb_access(&st, &ctx, &slug).await?;
    let query = search::Query::parse(&p.q);
    let mut results = Vec::new();
    let mut next = None;
    if !query.is_empty() {
        let hits = st.store.search(a.n.id, &query.words, SearchKey::parse(&p.after), WINDOW).await?;
        let found = visible_found(&st, &ctx, &a, &hits).await?;
        // The next page starts after the last document looked at: after a
        // full page, or after the whole window when it was full.
        let mut looked = 0;
        for h in &hits {
            looked += 1;
            if let Some(f) = found.get(&h.id) {
                results.push(ResultRow {
                    kind: kind_key(h.kind),
                    title: f.title.clone(),
                    link: f.link.clone(),
                    excerpt: search::excerpt(&f.body, &query, EXCERPT),
                    date: ctx.date(&h.at),
                });
                if results.len() == PAGE {
                    break;
                }
            }
        }
        let more = looked < hits.len() || hits.len() as u64 == WINDOW;
        if more && let Some(last) = hits.get(looked.saturating_sub(1)) {
            next = Some(format!("/n/{}/search?q={}&after={}", a.n.slug, urlencode(&query.text), SearchKey::of(last)));
        }
    }
    render(&SearchPage {
        too_short: !query.text.is_empty() && query.is_empty(),
        searched: !query.is_empty(),
        q: query.text,
        results,
        pager: Pager { prev: None, next },
        n: view(&a),
        ctx,
    })
}

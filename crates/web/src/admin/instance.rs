//! The operator's page: create neighbourhoods and appoint their first
//! coordinator. Operators run the instance; they read no private content.

use super::pages::AdminPage;
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::AppError;
use crate::extractors::{Form, Query};
use crate::guards::Operator;
use crate::page::{NoticeQuery, notice, see_other};
use crate::page::{render, render_invalid};
use crate::views::NbCard;
use axum::extract::State;
use axum::response::Response;
use quartier_core::FieldErrors;
use quartier_core::account::Email;
use quartier_core::neighbourhood::{Role, Slug, parse_description, parse_name, parse_timezone};
use quartier_core::validation::FieldError;
use serde::Deserialize;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CreateForm {
    name: String,
    slug: String,
    description: String,
    timezone: String,
    coordinator_email: String,
}

async fn page(
    ctx: &Ctx,
    st: &AppState,
    errors: FieldErrors,
    f: CreateForm,
    note: Option<String>,
) -> Result<AdminPage, AppError> {
    // Every neighbourhood's members counted in one statement.
    let counts = st.store.member_counts().await?;
    let mut neighbourhoods = Vec::new();
    for n in st.store.neighbourhoods().await? {
        let members = counts.get(&n.id).copied().unwrap_or(0);
        neighbourhoods.push(NbCard { slug: n.slug, name: n.name, description: n.description, members });
    }
    Ok(AdminPage {
        ctx: ctx.clone(),
        notice: note,
        errors,
        neighbourhoods,
        name: f.name,
        slug: f.slug,
        description: f.description,
        timezone: if f.timezone.is_empty() { "Europe/Berlin".into() } else { f.timezone },
        coordinator_email: f.coordinator_email,
    })
}

/// The operator's overview.
pub async fn show(
    _: Operator,
    ctx: Ctx,
    State(st): State<AppState>,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    let note = notice(&ctx, q.notice.as_deref());
    render(&page(&ctx, &st, FieldErrors::new(), CreateForm::default(), note).await?)
}

/// Create a neighbourhood, optionally with its first coordinator.
pub async fn create(
    _: Operator,
    ctx: Ctx,
    State(st): State<AppState>,
    Form(f): Form<CreateForm>,
) -> Result<Response, AppError> {
    let me = ctx.require_user()?.id;
    let mut errors = FieldErrors::new();
    let name = errors.take(parse_name(&f.name));
    let slug = errors.take(Slug::parse(&f.slug));
    let description = errors.take(parse_description(&f.description));
    let tz = errors.take(parse_timezone(&f.timezone).and_then(|t| {
        t.parse::<chrono_tz::Tz>().map(|_| t.clone()).map_err(|_| FieldError::new("timezone", "err-timezone"))
    }));
    let mut coordinator = None;
    if !f.coordinator_email.trim().is_empty() {
        match Email::parse_field("coordinator_email", &f.coordinator_email) {
            Ok(e) => match st.store.user_by_email(&e).await? {
                Some(u) => coordinator = Some(u.id),
                None => errors.push(FieldError::new("coordinator_email", "err-no-such-account")),
            },
            Err(e) => errors.push(e),
        }
    }
    let (Some(name), Some(slug), Some(description), Some(tz)) = (name, slug, description, tz) else {
        return render_invalid(&page(&ctx, &st, errors, f, None).await?);
    };
    if !errors.is_empty() {
        return render_invalid(&page(&ctx, &st, errors, f, None).await?);
    }
    let n = match st.store.create_neighbourhood(&slug, &name, &description, &tz).await {
        Ok(n) => n,
        Err(quartier_store::StoreError::Conflict(_)) => {
            return render_invalid(&page(&ctx, &st, FieldError::new("slug", "err-slug-taken").into(), f, None).await?);
        }
        Err(e) => return Err(e.into()),
    };
    st.store.audit(Some(n.id), Some(me), "neighbourhood_created", None, &n.slug).await?;
    if let Some(c) = coordinator {
        st.store.add_verified_member(c, n.id, Role::Coordinator, Some(me)).await?;
        st.store.audit(Some(n.id), Some(me), "role_set", Some(c), "coordinator").await?;
    }
    Ok(see_other("/admin?notice=notice-nb-created"))
}

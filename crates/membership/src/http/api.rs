//! `/api/v1/entities` (active members, public fields only) and `/api/v1/applications` (for
//! the people who may read them), documented in the OpenAPI document.

use crate::store::{self, EntityRow, PipelineFilter};
use axum::Json;
use axum::extract::State;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use web::error::ApiErrorBody;
use web::{ApiId, ApiQuery, AppError, AppResult, AppState, CurrentUser};

pub fn api_router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_entities))
        .routes(routes!(get_entity))
        .routes(routes!(list_applications))
        .routes(routes!(get_application))
}

pub use crate::public::PublicEntity;

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct EntityQuery {
    /// Country network, ISO 3166-1 alpha-2.
    pub country: Option<String>,
    /// Entity kind code.
    pub kind: Option<String>,
    /// Page number, from 1; 100 entities a page.
    #[param(minimum = 1, maximum = 100000)]
    pub page: Option<i64>,
    /// Words in the name, place or description, in any script (at most 200 characters).
    #[param(max_length = 200)]
    pub q: Option<String>,
}

const PAGE: i64 = 100;

/// Active members, by name.
#[utoipa::path(
    get,
    path = "/api/v1/entities",
    tag = "membership",
    params(EntityQuery),
    responses(
        (status = 200, description = "One page of active members", body = Vec<PublicEntity>),
        (status = 422, description = "Unknown country or kind, a page out of range or a search over 200 characters", body = ApiErrorBody),
    )
)]
async fn list_entities(
    State(app): State<AppState>,
    ApiQuery(q): ApiQuery<EntityQuery>,
) -> AppResult<Json<Vec<PublicEntity>>> {
    let country = match q.country.as_deref().filter(|c| !c.is_empty()) {
        Some(raw) => Some(
            kernel::CountryCode::parse(raw)
                .filter(|c| app.reference.country(c).is_some())
                .ok_or(AppError::Invalid("error-country-unknown"))?,
        ),
        None => None,
    };
    let kind = q.kind.as_deref().filter(|k| !k.is_empty());
    if kind.is_some_and(|k| app.reference.entity_kind(k).is_none()) {
        return Err(AppError::Invalid("error-kind-unknown"));
    }
    let page = q.page.unwrap_or(1);
    if !(1..=100_000).contains(&page) {
        return Err(AppError::Invalid("error-page"));
    }
    if q.q.as_deref().is_some_and(|q| q.chars().count() > 200) {
        return Err(AppError::Invalid("error-search-too-long"));
    }
    let facets = crate::public::Facets {
        countries: country.into_iter().map(|c| c.as_str().to_string()).collect(),
        kind: kind.map(str::to_string),
        q: q.q.unwrap_or_default(),
        ..Default::default()
    };
    let (_, rows) =
        crate::public::page(&app.db, &facets, crate::public::Sort::Name, PAGE, (page - 1) * PAGE).await?;
    Ok(Json(rows))
}

/// One active member.
#[utoipa::path(
    get,
    path = "/api/v1/entities/{id}",
    tag = "membership",
    params(("id" = i64, Path, description = "Entity id")),
    responses(
        (status = 200, description = "The member's public profile", body = PublicEntity),
        (status = 404, description = "No active member with this id", body = ApiErrorBody),
    )
)]
async fn get_entity(State(app): State<AppState>, ApiId(id): ApiId) -> AppResult<Json<PublicEntity>> {
    let (entity, _) = crate::public::find(&app.db, id).await?.ok_or(AppError::NotFound)?;
    Ok(Json(entity))
}

#[derive(Serialize, ToSchema)]
pub struct ApplicationOut {
    pub id: i64,
    pub legal_name: String,
    /// draft, awaiting_endorsement, sent_back, awaiting_approval, awaiting_mou, active, suspended,
    /// withdrawn, lapsed or declined
    pub status: String,
    pub network_country: String,
    pub country_name: String,
    /// The last reason or question given to the applicant.
    pub note: String,
    pub submitted_at: Option<String>,
}

fn application(app: &AppState, e: EntityRow) -> ApplicationOut {
    ApplicationOut {
        id: e.id,
        status: e.status.as_str().to_string(),
        country_name: app.reference.country_name(&e.network_country, "en"),
        network_country: e.network_country,
        legal_name: e.legal_name,
        note: e.status_note,
        submitted_at: e.submitted_at.map(|t| t.to_rfc3339()),
    }
}

/// Applications the caller may follow: all of them for management, their country's for a
/// focal point, their own for anyone else.
#[utoipa::path(
    get,
    path = "/api/v1/applications",
    tag = "membership",
    responses(
        (status = 200, description = "Applications in progress (or the caller's own)", body = Vec<ApplicationOut>),
        (status = 401, description = "No token, or a wrong or revoked one", body = ApiErrorBody),
    ),
    security(("bearer" = []))
)]
async fn list_applications(
    State(app): State<AppState>,
    CurrentUser(viewer): CurrentUser,
) -> AppResult<Json<Vec<ApplicationOut>>> {
    let rows = match super::review_reach(&viewer) {
        Ok(reach) => store::pipeline(&app.db, &PipelineFilter::default(), reach.as_deref()).await?,
        Err(_) => store::by_applicant(&app.db, viewer.id.0).await?,
    };
    Ok(Json(rows.into_iter().map(|e| application(&app, e)).collect()))
}

/// One application, for the people who may read it.
#[utoipa::path(
    get,
    path = "/api/v1/applications/{id}",
    tag = "membership",
    params(("id" = i64, Path, description = "Entity id")),
    responses(
        (status = 200, description = "The application", body = ApplicationOut),
        (status = 404, description = "No such application, or not one the caller may read", body = ApiErrorBody),
    ),
    security(("bearer" = []))
)]
async fn get_application(
    State(app): State<AppState>,
    CurrentUser(viewer): CurrentUser,
    ApiId(id): ApiId,
) -> AppResult<Json<ApplicationOut>> {
    Ok(Json(application(&app, super::load(&app, &viewer, id).await?)))
}

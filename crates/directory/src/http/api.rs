//! `/api/v1/projects`: public projects with the directory's filters, documented in the
//! OpenAPI document. Bad filters answer 422 with the stable code `invalid_input`.

use crate::domain::{self, DirectoryQuery, PAGE_SIZE};
use crate::store;
use axum::Json;
use axum::extract::State;
use serde::Serialize;
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use web::error::ApiErrorBody;
use web::{ApiId, ApiQuery, AppError, AppResult, AppState};

pub fn api_router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(list_projects)).routes(routes!(get_project))
}

/// A community project of an active member; public fields only.
#[derive(Serialize, ToSchema)]
pub struct PublicProject {
    pub id: i64,
    pub member_id: i64,
    pub title: String,
    pub summary: String,
    pub description: String,
    /// Language code of the title, summary and description.
    pub lang: String,
    pub place: String,
    /// ISO 3166-1 alpha-2 of where the project is, and its country network.
    pub country: String,
    pub network_country: String,
    /// WGS84 decimal degrees.
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    /// ISO dates, empty when unknown.
    pub starts_on: String,
    pub ends_on: String,
    /// planned, ongoing, completed or on_hold
    pub status: String,
    pub beneficiaries_total: Option<i32>,
    pub beneficiaries_women: Option<i32>,
    pub sdgs: Vec<u8>,
    pub constituencies: Vec<String>,
    /// SSE dimension numbers, 1 to 5.
    pub sse_dimensions: Vec<u8>,
    pub links: Vec<String>,
    pub featured: bool,
}

/// The directory's filters.
#[derive(serde::Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)] // Documents the parameters; the handler reads them as `DirectoryQuery`.
struct ProjectQuery {
    /// Sub-region code (south-asia, southeast-asia, east-asia).
    subregion: Option<String>,
    /// Country network, ISO 3166-1 alpha-2.
    country: Option<String>,
    /// Kind of the member running the project.
    kind: Option<String>,
    constituency: Option<String>,
    /// ICA sector of the member running the project.
    sector: Option<String>,
    /// SDG number, 1 to 17.
    #[param(minimum = 1, maximum = 17)]
    sdg: Option<u8>,
    /// SSE dimension number, 1 to 5.
    #[param(minimum = 1, maximum = 5)]
    dimension: Option<u8>,
    /// Words in the title, summary, description or place, in any script (at most 200 characters).
    #[param(max_length = 200)]
    q: Option<String>,
    /// name (default), newest or country.
    sort: Option<String>,
    /// Page number, from 1; 24 projects a page.
    #[param(minimum = 1, maximum = 100000)]
    page: Option<i64>,
}

async fn public_projects(app: &AppState, rows: Vec<store::ProjectRow>) -> AppResult<Vec<PublicProject>> {
    let ids: Vec<i64> = rows.iter().map(|p| p.id).collect();
    let mut lists = store::lists_for(&app.db, &ids, true).await?;
    Ok(rows
        .into_iter()
        .map(|row| {
            let p = store::as_project(&row, &mut lists);
            PublicProject {
                id: row.id,
                member_id: row.entity_id,
                latitude: row.latitude_e6.map(|v| v as f64 / 1e6),
                longitude: row.longitude_e6.map(|v| v as f64 / 1e6),
                featured: row.featured,
                title: p.title,
                summary: p.summary,
                description: p.description,
                lang: p.lang,
                place: p.place,
                country: p.country_code,
                network_country: p.network_country,
                starts_on: p.starts_on,
                ends_on: p.ends_on,
                status: p.status.as_str().to_string(),
                beneficiaries_total: p.beneficiaries_total,
                beneficiaries_women: p.beneficiaries_women,
                sdgs: p.sdgs,
                constituencies: p.constituencies,
                sse_dimensions: p.dimensions,
                links: p.links,
            }
        })
        .collect())
}

/// Projects of active members, filtered like the directory.
#[utoipa::path(
    get,
    path = "/api/v1/projects",
    tag = "directory",
    params(ProjectQuery),
    responses(
        (status = 200, description = "One page of projects", body = Vec<PublicProject>),
        (status = 422, description = "An unknown filter value, a page out of range or a search over 200 characters", body = ApiErrorBody),
    )
)]
async fn list_projects(
    State(app): State<AppState>,
    ApiQuery(raw): ApiQuery<DirectoryQuery>,
) -> AppResult<Json<Vec<PublicProject>>> {
    let f =
        domain::check(&raw, &app.reference).map_err(|unknown| AppError::Invalid(unknown[0].message_key))?;
    let Some(countries) = f.countries(&app.reference) else {
        return Ok(Json(Vec::new()));
    };
    let (_, rows) = store::page(&app.db, &f, &countries, PAGE_SIZE, f.offset()).await?;
    Ok(Json(public_projects(&app, rows).await?))
}

/// One project of an active member.
#[utoipa::path(
    get,
    path = "/api/v1/projects/{id}",
    tag = "directory",
    params(("id" = i64, Path, description = "Project id")),
    responses(
        (status = 200, description = "The project", body = PublicProject),
        (status = 404, description = "No public project with this id", body = ApiErrorBody),
    )
)]
async fn get_project(State(app): State<AppState>, ApiId(id): ApiId) -> AppResult<Json<PublicProject>> {
    let (row, _) = super::project::load_public(&app, id).await?;
    Ok(Json(public_projects(&app, vec![row]).await?.pop().ok_or(AppError::NotFound)?))
}

//! `/api/v1/me`: who the token (or session) belongs to.

use axum::Json;
use serde::Serialize;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use web::error::ApiErrorBody;
use web::{AppState, CurrentUser};

pub fn api_router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(me))
}

#[derive(Serialize, ToSchema)]
pub struct GrantOut {
    /// administrator, management, treasurer, subregion_coordinator, focal_point or entity_representative
    pub role: String,
    /// network, subregion, country or entity
    pub scope_kind: String,
    /// Sub-region code, ISO country code or entity id; empty for the network.
    pub scope_ref: String,
}

#[derive(Serialize, ToSchema)]
pub struct Me {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub lang: String,
    pub email_verified: bool,
    pub two_factor: bool,
    pub grants: Vec<GrantOut>,
}

/// The signed-in person.
#[utoipa::path(
    get,
    path = "/api/v1/me",
    tag = "accounts",
    responses(
        (status = 200, description = "The account the token belongs to", body = Me),
        (status = 401, description = "No token, or a wrong or revoked one", body = ApiErrorBody),
    ),
    security(("bearer" = []))
)]
async fn me(CurrentUser(viewer): CurrentUser) -> Json<Me> {
    Json(Me {
        id: viewer.id.0,
        email: viewer.email,
        display_name: viewer.display_name,
        lang: viewer.lang,
        email_verified: viewer.email_verified,
        two_factor: viewer.two_factor,
        grants: viewer
            .grants
            .iter()
            .map(|g| GrantOut {
                role: g.role.as_str().into(),
                scope_kind: g.scope.kind().as_str().into(),
                scope_ref: g.scope.reference(),
            })
            .collect(),
    })
}

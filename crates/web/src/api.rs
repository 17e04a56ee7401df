//! `/api/v1/reference`: the network's reference data, public.

use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use kernel::ReferenceData;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn reference_router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(reference))
}

/// The network, its sub-regions and countries, the SDGs, the SSE dimensions and the
/// constituencies, with names in every language the platform speaks.
#[utoipa::path(
    get,
    path = "/api/v1/reference",
    tag = "reference",
    responses((status = 200, description = "Reference data", body = Object))
)]
async fn reference(State(app): State<AppState>) -> Json<ReferenceData> {
    Json((*app.reference).clone())
}

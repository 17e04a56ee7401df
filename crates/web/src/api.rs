//! `/api/v1/reference`: the network's reference data, public; and what every API operation
//! reads its parameters with, so a value that does not parse gets the status its document
//! declares (never axum's undocumented 400).

use crate::error::AppError;
use crate::state::AppState;
use axum::Json;
use axum::extract::{FromRequestParts, State};
use axum::http::request::Parts;
use kernel::ReferenceData;
use serde::de::DeserializeOwned;
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

/// The query parameters of an API operation. A value that does not fit its type (a page past
/// 64 bits, `sdg=null`, a parameter given twice) is `422 invalid_input`, as every operation
/// with parameters documents.
pub struct ApiQuery<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequestParts<S> for ApiQuery<T> {
    type Rejection = AppError;
    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, AppError> {
        serde_urlencoded::from_str(parts.uri.query().unwrap_or(""))
            .map(ApiQuery)
            .map_err(|_| AppError::Invalid("error-bad-request"))
    }
}

/// The `{id}` of an API path: one that is not a 64-bit integer names nothing there (404).
pub struct ApiId(pub i64);

impl<S: Send + Sync> FromRequestParts<S> for ApiId {
    type Rejection = AppError;
    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, AppError> {
        axum::extract::Path::<i64>::from_request_parts(parts, state)
            .await
            .map(|axum::extract::Path(id)| ApiId(id))
            .map_err(|_| AppError::NotFound)
    }
}

/// Declares, on every operation of the document, the answers any of them can give: `401` for a
/// wrong, expired or revoked token (public operations too: a token sent is checked), and `422`
/// where the operation reads query parameters.
pub fn declare_common_answers(doc: &mut utoipa::openapi::OpenApi) {
    use utoipa::openapi::path::ParameterIn;
    use utoipa::openapi::{Ref, ResponseBuilder, content::ContentBuilder};
    let error = || ContentBuilder::new().schema(Some(Ref::from_schema_name("ApiErrorBody"))).build();
    for item in doc.paths.paths.values_mut() {
        for op in [&mut item.get, &mut item.post, &mut item.put, &mut item.patch, &mut item.delete]
            .into_iter()
            .flatten()
        {
            let reads_query = op
                .parameters
                .as_ref()
                .is_some_and(|ps| ps.iter().any(|p| p.parameter_in == ParameterIn::Query));
            let answers = &mut op.responses.responses;
            answers.entry("401".into()).or_insert_with(|| {
                ResponseBuilder::new()
                    .description("A token that is wrong, expired or revoked")
                    .content("application/json", error())
                    .build()
                    .into()
            });
            if reads_query {
                answers.entry("422".into()).or_insert_with(|| {
                    ResponseBuilder::new()
                        .description("A parameter that does not fit its type")
                        .content("application/json", error())
                        .build()
                        .into()
                });
            }
        }
    }
}

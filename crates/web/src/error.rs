//! Errors every capability converts into. A handler returns `AppError`; the context layer
//! renders it as a full HTML page in the viewer's language, or as JSON
//! `{ "error": code, "message": … }` under `/api`.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use kernel::ErrorCode;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    #[error("sign-in required")]
    Unauthenticated,
    #[error("forbidden")]
    Forbidden,
    #[error("two-factor sign-in required")]
    TwoFactorRequired,
    #[error("missing or wrong CSRF token")]
    Csrf,
    /// Bad input outside a form (forms re-render themselves with field messages).
    #[error("invalid input: {0}")]
    Invalid(&'static str),
    #[error("rate limited")]
    RateLimited { retry_after_secs: u64 },
    #[error("payload too large")]
    PayloadTooLarge,
    #[error("conflict: {0}")]
    Conflict(&'static str),
    #[error("invalid or revoked token")]
    InvalidToken,
    #[error("internal error: {0}")]
    Internal(String),
    /// A service the platform needs (the file store) does not answer; logged in full.
    #[error("unavailable: {0}")]
    Unavailable(String),
}

impl From<sea_orm::DbErr> for AppError {
    fn from(err: sea_orm::DbErr) -> Self {
        AppError::Internal(format!("database: {err}"))
    }
}

impl From<files::Error> for AppError {
    fn from(err: files::Error) -> Self {
        match err.status() {
            axum::http::StatusCode::PAYLOAD_TOO_LARGE => AppError::PayloadTooLarge,
            s if s.is_client_error() => AppError::Invalid(err.key()),
            axum::http::StatusCode::SERVICE_UNAVAILABLE => {
                AppError::Unavailable(format!("{err}: {:?}", std::error::Error::source(&err)))
            }
            _ => AppError::Internal(format!("{err}: {:?}", std::error::Error::source(&err))),
        }
    }
}

impl From<askama::Error> for AppError {
    fn from(err: askama::Error) -> Self {
        AppError::Internal(format!("template: {err}"))
    }
}

/// Marks a response the context layer sends as it is, whatever its status (a probe's answer).
#[derive(Debug, Clone, Copy)]
pub struct AsIs;

/// What the context layer needs to render an error; carried as a response extension.
#[derive(Debug, Clone)]
pub struct ErrorInfo {
    pub code: ErrorCode,
    /// Fluent key of the explanation.
    pub message_key: &'static str,
    pub retry_after_secs: Option<u64>,
}

impl AppError {
    pub fn status(&self) -> StatusCode {
        match self {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::Unauthenticated | AppError::InvalidToken => StatusCode::UNAUTHORIZED,
            AppError::Forbidden | AppError::TwoFactorRequired | AppError::Csrf => StatusCode::FORBIDDEN,
            AppError::Invalid(_) => StatusCode::UNPROCESSABLE_ENTITY,
            AppError::RateLimited { .. } => StatusCode::TOO_MANY_REQUESTS,
            AppError::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            AppError::Conflict(_) => StatusCode::CONFLICT,
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
            AppError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
        }
    }

    pub fn info(&self) -> ErrorInfo {
        let (code, message_key) = match self {
            AppError::NotFound => (ErrorCode::NotFound, "error-not-found"),
            AppError::Unauthenticated => (ErrorCode::Unauthenticated, "error-unauthenticated"),
            AppError::Forbidden => (ErrorCode::Forbidden, "error-forbidden"),
            AppError::TwoFactorRequired => (ErrorCode::TwoFactorRequired, "error-two-factor-required"),
            AppError::Csrf => (ErrorCode::CsrfFailed, "error-csrf"),
            AppError::Invalid(key) => (ErrorCode::InvalidInput, *key),
            AppError::RateLimited { .. } => (ErrorCode::RateLimited, "error-rate-limited"),
            AppError::PayloadTooLarge => (ErrorCode::PayloadTooLarge, "error-payload-too-large"),
            AppError::Conflict(key) => (ErrorCode::Conflict, *key),
            AppError::InvalidToken => (ErrorCode::InvalidToken, "error-invalid-token"),
            AppError::Internal(_) => (ErrorCode::Internal, "error-internal"),
            AppError::Unavailable(_) => (ErrorCode::Unavailable, "error-unavailable"),
        };
        let retry_after_secs = match self {
            AppError::RateLimited { retry_after_secs } => Some(*retry_after_secs),
            _ => None,
        };
        ErrorInfo { code, message_key, retry_after_secs }
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        if let AppError::Internal(detail) | AppError::Unavailable(detail) = &self {
            // Logged in full here; the person sees only a generic page.
            tracing::error!(%detail, "request failed");
        }
        let mut response = self.status().into_response();
        response.extensions_mut().insert(self.info());
        response
    }
}

pub type AppResult<T> = Result<T, AppError>;

/// The body of every JSON error, for the OpenAPI document.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct ApiErrorBody {
    /// Stable snake_case code, such as `invalid_token`.
    pub error: String,
    /// Explanation in the client's language.
    pub message: String,
}

//! Form bodies with their CSRF check: every state-changing form carries `_csrf`, which must
//! equal the `asec_csrf` cookie (double submit; the cookie is SameSite=Lax and HttpOnly).

use crate::context::RequestContext;
use crate::error::AppError;
use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use serde::de::DeserializeOwned;

/// The fields of a form that carries nothing but its CSRF token (a "Sign out" button).
#[derive(Debug, serde::Deserialize)]
pub struct NoFields {}

/// A urlencoded form whose CSRF token has been checked.
pub struct Form<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for Form<T> {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &S) -> Result<Self, AppError> {
        let expected = req
            .extensions()
            .get::<RequestContext>()
            .map(|c| c.csrf.clone())
            .ok_or_else(|| AppError::Internal("context layer missing".into()))?;
        let bytes = Bytes::from_request(req, state).await.map_err(|rejection| {
            if rejection.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
                AppError::PayloadTooLarge
            } else {
                AppError::Invalid("error-bad-request")
            }
        })?;
        let pairs: Vec<(String, String)> =
            serde_urlencoded::from_bytes(&bytes).map_err(|_| AppError::Invalid("error-bad-request"))?;
        let sent = pairs.iter().find(|(k, _)| k == "_csrf").map(|(_, v)| v.as_str()).unwrap_or("");
        if !constant_time_eq(sent.as_bytes(), expected.as_bytes()) {
            return Err(AppError::Csrf);
        }
        serde_urlencoded::from_bytes(&bytes).map(Form).map_err(|_| AppError::Invalid("error-bad-request"))
    }
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// The version a form was shown at (its hidden `version` field), for an update guarded by
/// it; a missing or mangled one reads as a stale page (no row has -1).
pub fn version_of(pairs: &[(String, String)]) -> i32 {
    pairs.iter().find(|(k, _)| k == "version").and_then(|(_, v)| v.parse().ok()).unwrap_or(-1)
}

/// A multipart form with one file, read with a size limit.
#[derive(Debug, Default)]
pub struct Upload {
    pub csrf: String,
    /// The file's bytes; `None` when the form had no such field.
    pub file: Option<Vec<u8>>,
    /// The file's name as the browser sent it (untrusted: for display, once cleaned).
    pub file_name: String,
    /// True when the file was larger than allowed: reading stopped there, as the rest may be
    /// beyond the body limit. Nothing may be saved then, so the token need not be checked.
    pub too_big: bool,
    /// The form's other text fields.
    pub texts: Vec<(String, String)>,
}

impl Upload {
    pub fn text(&self, name: &str) -> &str {
        self.texts.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str()).unwrap_or("")
    }
}

/// Reads a multipart form whose file is in `file_field`, at most `max_bytes` long.
pub async fn read_upload(
    multipart: &mut axum::extract::Multipart,
    file_field: &str,
    max_bytes: usize,
) -> Result<Upload, AppError> {
    let bad = |_| AppError::Invalid("error-bad-request");
    let mut upload = Upload::default();
    while let Some(mut field) = multipart.next_field().await.map_err(bad)? {
        let name = field.name().unwrap_or_default().to_string();
        if name == file_field {
            upload.file_name = field.file_name().unwrap_or_default().to_string();
            let mut bytes = Vec::new();
            while let Some(chunk) = field.chunk().await.map_err(|_| AppError::PayloadTooLarge)? {
                if bytes.len() + chunk.len() > max_bytes {
                    upload.too_big = true;
                    return Ok(upload);
                }
                bytes.extend_from_slice(&chunk);
            }
            upload.file = Some(bytes);
        } else if name == "_csrf" {
            upload.csrf = field.text().await.map_err(bad)?;
        } else {
            upload.texts.push((name, field.text().await.map_err(bad)?));
        }
    }
    Ok(upload)
}

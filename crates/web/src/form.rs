//! Form bodies with their CSRF check: every state-changing form carries `_csrf`, which must
//! equal the `asec_csrf` cookie (double submit; the cookie is SameSite=Lax and HttpOnly).
//!
//! Every form is read the same way: into a struct through serde (`serde_html_form`, so a
//! repeated name becomes a `Vec`). Form structs say `#[serde(deny_unknown_fields)]`, so a field
//! that a template sends but the struct lacks, or a required field that is missing, is a clear
//! "bad request" rather than a value silently dropped.

use crate::context::RequestContext;
use crate::error::AppError;
use axum::body::Bytes;
use axum::extract::{FromRequest, Multipart, Request};
use serde::de::DeserializeOwned;
use std::marker::PhantomData;

/// The fields of a form that carries nothing but its CSRF token (a "Sign out" button).
#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoFields {}

/// A urlencoded form whose CSRF token has been checked.
pub struct Form<T>(pub T);

fn expected_csrf(req: &Request) -> Result<String, AppError> {
    req.extensions()
        .get::<RequestContext>()
        .map(|c| c.csrf.clone())
        .ok_or_else(|| AppError::Internal("context layer missing".into()))
}

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for Form<T> {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &S) -> Result<Self, AppError> {
        let expected = expected_csrf(&req)?;
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
        let fields: Vec<&(String, String)> = pairs.iter().filter(|(k, _)| k != "_csrf").collect();
        let body =
            serde_urlencoded::to_string(&fields).map_err(|_| AppError::Invalid("error-bad-request"))?;
        serde_html_form::from_str(&body).map(Form).map_err(|error| {
            tracing::debug!(%error, "form did not match its fields");
            AppError::Invalid("error-bad-request")
        })
    }
}

pub(crate) fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

pub use kernel::form::{Version, checkbox, slots};

/// What one kind of upload accepts: its form field, its size limit, the media types its bytes
/// may have, and the Fluent keys of its problems.
pub trait UploadKind: Send + Sync + 'static {
    const FIELD: &'static str;
    const MAX_BYTES: usize;
    /// The media type the bytes show (never the browser's word for it), if it is accepted.
    fn media_type(bytes: &[u8]) -> Option<&'static str>;
    const MISSING: &'static str;
    const TOO_BIG: &'static str;
    const WRONG_TYPE: &'static str;
}

/// An uploaded file that passed its kind's checks.
#[derive(Debug, Clone)]
pub struct UploadedFile {
    pub bytes: Vec<u8>,
    /// The file's name as the browser sent it (untrusted: for display, once cleaned).
    pub name: String,
    pub media_type: &'static str,
}

/// A multipart form with one file of kind `K`, its CSRF token checked in constant time. The
/// file is `Err(key)` with the Fluent key of its problem (missing, too big, wrong type), so
/// the handler can say so next to the field; nothing may be saved then.
pub struct Upload<K: UploadKind> {
    pub file: Result<UploadedFile, &'static str>,
    texts: Vec<(String, String)>,
    kind: PhantomData<K>,
}

impl<K: UploadKind> Upload<K> {
    /// A text field of the form ("" when absent).
    pub fn text(&self, name: &str) -> &str {
        self.texts.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str()).unwrap_or("")
    }
}

impl<K: UploadKind, S: Send + Sync> FromRequest<S> for Upload<K> {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &S) -> Result<Self, AppError> {
        let expected = expected_csrf(&req)?;
        let mut multipart =
            Multipart::from_request(req, state).await.map_err(|_| AppError::Invalid("error-bad-request"))?;
        let bad = |_| AppError::Invalid("error-bad-request");
        let mut csrf: Option<String> = None;
        let mut texts = Vec::new();
        let mut file: Result<UploadedFile, &'static str> = Err(K::MISSING);
        while let Some(mut field) = multipart.next_field().await.map_err(bad)? {
            let name = field.name().unwrap_or_default().to_string();
            if name == K::FIELD {
                let file_name = field.file_name().unwrap_or_default().to_string();
                let mut bytes = Vec::new();
                let mut too_big = false;
                loop {
                    let chunk = match field.chunk().await {
                        Ok(Some(chunk)) => chunk,
                        Ok(None) => break,
                        // The route's body limit, reached while the reader buffers ahead, is
                        // the same problem as a file over its kind's limit: say so.
                        Err(e) if e.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE => {
                            too_big = true;
                            break;
                        }
                        Err(_) => return Err(AppError::Invalid("error-bad-request")),
                    };
                    if bytes.len() + chunk.len() > K::MAX_BYTES {
                        too_big = true;
                        break;
                    }
                    bytes.extend_from_slice(&chunk);
                }
                if too_big {
                    // The rest of the body may be beyond the body limit: stop reading. The
                    // token, sent first by every form, is still checked when it came.
                    if let Some(sent) = &csrf
                        && !constant_time_eq(sent.as_bytes(), expected.as_bytes())
                    {
                        return Err(AppError::Csrf);
                    }
                    return Ok(Upload { file: Err(K::TOO_BIG), texts, kind: PhantomData });
                }
                file = if bytes.is_empty() {
                    Err(K::MISSING)
                } else {
                    match K::media_type(&bytes) {
                        Some(media_type) => Ok(UploadedFile { bytes, name: file_name, media_type }),
                        None => Err(K::WRONG_TYPE),
                    }
                };
            } else if name == "_csrf" {
                csrf = Some(field.text().await.map_err(bad)?);
            } else {
                texts.push((name, field.text().await.map_err(bad)?));
            }
        }
        if !constant_time_eq(csrf.unwrap_or_default().as_bytes(), expected.as_bytes()) {
            return Err(AppError::Csrf);
        }
        Ok(Upload { file, texts, kind: PhantomData })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize, PartialEq)]
    #[serde(deny_unknown_fields)]
    struct Sample {
        title: String,
        #[serde(default)]
        sdg: Vec<String>,
        #[serde(default, deserialize_with = "checkbox")]
        public: bool,
        #[serde(default)]
        version: Version,
    }

    fn read(body: &str) -> Result<Sample, serde_html_form::de::Error> {
        serde_html_form::from_str(body)
    }

    #[test]
    fn forms_read_repeated_fields_checkboxes_and_versions() {
        assert_eq!(
            read("title=Hello&sdg=1&sdg=5&public=yes&version=3").unwrap(),
            Sample {
                title: "Hello".into(),
                sdg: vec!["1".into(), "5".into()],
                public: true,
                version: Version(3)
            }
        );
        assert_eq!(
            read("title=x").unwrap(),
            Sample { title: "x".into(), sdg: vec![], public: false, version: Version(-1) }
        );
        assert_eq!(read("title=x&version=abc").unwrap().version, Version(-1));
    }

    #[test]
    fn unknown_and_missing_fields_are_errors() {
        assert!(read("title=x&surprise=1").is_err());
        assert!(read("sdg=1").is_err());
    }

    #[test]
    fn tokens_compare_whole() {
        assert!(constant_time_eq(b"abc", b"abc"));
        assert!(!constant_time_eq(b"abc", b"abd"));
        assert!(!constant_time_eq(b"abc", b"abcd"));
        assert!(!constant_time_eq(b"", b"a"));
    }
}

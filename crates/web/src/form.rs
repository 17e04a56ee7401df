//! Form bodies with their CSRF check: every state-changing form carries `_csrf`, which must
//! equal the request's token: derived from the session cookie when signed in, otherwise the
//! `asec_csrf` cookie (double submit; cookies are SameSite=Lax and HttpOnly).
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
        if pairs.iter().any(|(k, v)| holds_nul(k) || holds_nul(v)) {
            return Err(AppError::Invalid("error-control-characters"));
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

/// A NUL is no text anyone types, and PostgreSQL can neither store nor compare it: a form that
/// holds one is refused whole, before any handler sees it.
fn holds_nul(s: &str) -> bool {
    s.contains('\0')
}

pub(crate) fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

pub use kernel::form::{Version, checkbox, slots};

/// What one kind of upload accepts: its form field, what the file store takes for it (size,
/// types, whether its images are public), and the Fluent keys of the problems a person is
/// told in words of that kind ("the logo is larger than 1 MB").
pub trait UploadKind: Send + Sync + 'static {
    const FIELD: &'static str;
    const KIND: files::Kind;
    const MISSING: &'static str;
    const TOO_BIG: &'static str;
    const WRONG_TYPE: &'static str;
}

/// A multipart form with one file of kind `K`, streamed into the file store as it arrives
/// (never held whole in memory) after its CSRF token, which every form sends first, was
/// checked in constant time. Nothing refers to the stored file until the handler `put`s it in
/// its transaction; an upload it refuses is collected later.
pub struct Upload<K: UploadKind> {
    file: Result<files::Received, files::Error>,
    texts: Vec<(String, String)>,
    kind: PhantomData<K>,
}

impl<K: UploadKind> Upload<K> {
    /// A text field of the form ("" when absent).
    pub fn text(&self, name: &str) -> &str {
        self.texts.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str()).unwrap_or("")
    }

    /// The received file; `Ok(Err(key))` when the person's file is refused (the Fluent key of
    /// why, to show them), `Err` when the store or the database failed.
    pub fn received(&self) -> Result<Result<&files::Received, &'static str>, AppError> {
        match &self.file {
            Ok(received) => Ok(Ok(received)),
            Err(files::Error::Empty) => Ok(Err(K::MISSING)),
            Err(files::Error::TooLarge { .. }) => Ok(Err(K::TOO_BIG)),
            Err(files::Error::NotAllowedType | files::Error::NotAnImage(_)) => Ok(Err(K::WRONG_TYPE)),
            Err(e) if e.status().is_client_error() => Ok(Err(e.key())),
            Err(e) => Err(AppError::Unavailable(format!("{e}: {:?}", std::error::Error::source(e)))),
        }
    }
}

impl<K: UploadKind> FromRequest<crate::AppState> for Upload<K> {
    type Rejection = AppError;

    async fn from_request(req: Request, app: &crate::AppState) -> Result<Self, AppError> {
        let expected = expected_csrf(&req)?;
        let mut multipart =
            Multipart::from_request(req, app).await.map_err(|_| AppError::Invalid("error-bad-request"))?;
        let bad = |_| AppError::Invalid("error-bad-request");
        let mut csrf_ok = false;
        let mut texts = Vec::new();
        let mut file = Err(files::Error::Empty);
        while let Some(field) = multipart.next_field().await.map_err(bad)? {
            let name = field.name().unwrap_or_default().to_string();
            if name == "_csrf" {
                let sent = field.text().await.map_err(bad)?;
                csrf_ok = constant_time_eq(sent.as_bytes(), expected.as_bytes());
                if !csrf_ok {
                    return Err(AppError::Csrf);
                }
            } else if name == K::FIELD {
                // Nothing is stored before the token is known good.
                if !csrf_ok {
                    return Err(AppError::Csrf);
                }
                let file_name = field.file_name().unwrap_or_default().to_string();
                // The route's body limit met while the reader buffers ahead is the same
                // problem as a file over its kind's limit.
                let over_limit = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
                let seen = over_limit.clone();
                let chunks = futures_util::StreamExt::map(field, move |chunk| {
                    chunk.inspect_err(|e| {
                        if e.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
                            seen.store(true, std::sync::atomic::Ordering::Relaxed);
                        }
                    })
                });
                file = match files::receive(&app.files, &K::KIND, &file_name, chunks).await {
                    Err(_) if over_limit.load(std::sync::atomic::Ordering::Relaxed) => {
                        Err(files::Error::TooLarge { limit: K::KIND.max_bytes })
                    }
                    other => other,
                };
                if file.is_err() {
                    // The rest of the body may be beyond the limit: stop reading.
                    return Ok(Upload { file, texts, kind: PhantomData });
                }
            } else {
                let text = field.text().await.map_err(bad)?;
                if holds_nul(&name) || holds_nul(&text) {
                    return Err(AppError::Invalid("error-control-characters"));
                }
                texts.push((name, text));
            }
        }
        if !csrf_ok {
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

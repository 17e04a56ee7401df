//! Answering with a file: streamed from the store, with its type, disposition, validators and
//! caching, and single byte ranges for large files and resumed downloads.

use crate::domain::{self, Caching, Disposition, MediaType, RangeRequest, Size, is_sha256};
use crate::{FileMeta, FileStore, Variant, store};
use axum::Router;
use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;

/// Answers with the file, after the caller's permission check. `headers` are the request's
/// (`If-None-Match`, `Range`, `If-Range`). `Caching::Public` only for an address whose content
/// never changes and that anyone may fetch.
pub async fn serve(
    store: &FileStore,
    file: &FileMeta,
    headers: &HeaderMap,
    disposition: Disposition,
    caching: Caching,
) -> Response {
    let disposition = domain::content_disposition(disposition, &file.name);
    respond(store, &file.sha256, file.media_type, file.size, Some(disposition), headers, caching).await
}

/// Answers with one variant of an image, shown in the page (for a capability that serves the
/// images of a kind that is not public itself, after its permission check).
pub async fn serve_variant(
    store: &FileStore,
    variant: &Variant,
    headers: &HeaderMap,
    caching: Caching,
) -> Response {
    respond(store, &variant.sha256, variant.media_type, variant.bytes, None, headers, caching).await
}

/// `GET /files/{sha256}/{size}.{ext}`: the variants of images of public kinds, to anyone, cached
/// for a year (the address names the content). Everything else is served by its capability.
pub fn router<S: Clone + Send + Sync + 'static>(store: FileStore) -> Router<S> {
    Router::new().route("/files/{sha256}/{file}", get(public_variant)).with_state(store)
}

async fn public_variant(
    State(store): State<FileStore>,
    Path((sha256, file)): Path<(String, String)>,
    headers: HeaderMap,
) -> Response {
    let Some((size, ext)) = file.split_once('.') else { return StatusCode::NOT_FOUND.into_response() };
    let media_type = match ext {
        "webp" => MediaType::Webp,
        "jpg" => MediaType::Jpeg,
        "png" => MediaType::Png,
        _ => return StatusCode::NOT_FOUND.into_response(),
    };
    if Size::parse(size).is_none() || !is_sha256(&sha256) {
        return StatusCode::NOT_FOUND.into_response();
    }
    match store::public_variant(&store.inner.db, &sha256, size, media_type.as_str()).await {
        Ok(Some(v)) => {
            respond(&store, &v.sha256, media_type, v.size as u64, None, &headers, Caching::Public).await
        }
        Ok(None) => StatusCode::NOT_FOUND.into_response(),
        Err(e) => {
            tracing::error!(error = %e, "reading a public image's row");
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
    }
}

async fn respond(
    store: &FileStore,
    sha256: &str,
    media_type: MediaType,
    size: u64,
    disposition: Option<String>,
    request: &HeaderMap,
    caching: Caching,
) -> Response {
    let etag = domain::etag(sha256);
    let mut headers = HeaderMap::new();
    headers.insert(header::ETAG, value(&etag));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(caching.header()));
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));

    let text = |name| request.get(name).and_then(|v| v.to_str().ok());
    if text(header::IF_NONE_MATCH).is_some_and(|h| domain::none_match(h, &etag)) {
        return (StatusCode::NOT_MODIFIED, headers).into_response();
    }
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(media_type.as_str()));
    headers.insert(header::ACCEPT_RANGES, HeaderValue::from_static("bytes"));
    if let Some(disposition) = disposition {
        headers.insert(header::CONTENT_DISPOSITION, value(&disposition));
    }
    // A range of another version would splice two files: If-Range must name this one.
    let range = if text(header::IF_RANGE).is_none_or(|tag| tag.trim() == etag) {
        domain::range_request(text(header::RANGE), size)
    } else {
        RangeRequest::Whole
    };
    let (status, bytes) = match range {
        RangeRequest::Unsatisfiable => {
            headers.insert(header::CONTENT_RANGE, value(&format!("bytes */{size}")));
            return (StatusCode::RANGE_NOT_SATISFIABLE, headers).into_response();
        }
        RangeRequest::Part { start, end } => {
            headers.insert(header::CONTENT_RANGE, value(&format!("bytes {start}-{end}/{size}")));
            (StatusCode::PARTIAL_CONTENT, Some(start..end + 1))
        }
        RangeRequest::Whole => (StatusCode::OK, None),
    };
    let length = bytes.as_ref().map_or(size, |r| r.end - r.start);
    headers.insert(header::CONTENT_LENGTH, value(&length.to_string()));
    let range = bytes.filter(|r| !(r.start == 0 && r.end == size));
    match store.read(sha256, range).await {
        Ok(stream) => (status, headers, Body::from_stream(stream)).into_response(),
        Err(object_store::Error::NotFound { .. }) => {
            tracing::error!(sha256, "a file's row names an object the store does not have");
            StatusCode::NOT_FOUND.into_response()
        }
        Err(e) => {
            tracing::error!(error = %e, sha256, "the file store did not answer");
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
    }
}

fn value(s: &str) -> HeaderValue {
    HeaderValue::from_str(s).expect("tags, ranges and clean names are valid header values")
}

//! Security headers on every response, and the client's address for rate limits.

use crate::state::AppState;
use axum::extract::{ConnectInfo, FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;
use std::net::SocketAddr;

/// No inline scripts or styles anywhere; pages, forms and assets come from this origin only.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; script-src 'self'; \
    style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; \
    form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

pub async fn headers_layer(State(app): State<AppState>, req: Request, next: Next) -> Response {
    let mut response = next.run(req).await;
    let h = response.headers_mut();
    h.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(CONTENT_SECURITY_POLICY));
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("same-origin"));
    h.insert("cross-origin-opener-policy", HeaderValue::from_static("same-origin"));
    h.insert(
        "permissions-policy",
        HeaderValue::from_static("camera=(), microphone=(), geolocation=(), payment=()"),
    );
    if app.config.secure_cookies() {
        h.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        );
    }
    if !h.contains_key(header::CACHE_CONTROL) {
        // Pages differ per person; only static assets set their own caching.
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    response
}

/// The client's address: the socket's, or, when the platform is configured to sit behind
/// trusted reverse proxies (`trust_proxy_headers`), the X-Forwarded-For entry the outermost of
/// them appended: `trusted_proxy_hops` entries from the right. Entries further left were sent
/// by the client and prove nothing, so they never count (a client that sends its own header to
/// change its address for rate limits changes nothing).
#[derive(Debug, Clone)]
pub struct ClientIp(pub String);

/// The address `hops` trusted proxies put in the X-Forwarded-For headers (all of them, in
/// order); `None` when it is missing or not an IP address.
pub fn forwarded_client(headers: &axum::http::HeaderMap, hops: usize) -> Option<std::net::IpAddr> {
    let entries: Vec<&str> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .collect();
    // Fewer entries than proxies: the left-most was still appended by one of them.
    let index = entries.len().saturating_sub(hops.max(1));
    entries.get(index)?.parse().ok()
}

impl FromRequestParts<AppState> for ClientIp {
    type Rejection = std::convert::Infallible;
    async fn from_request_parts(parts: &mut Parts, app: &AppState) -> Result<Self, Self::Rejection> {
        if app.config.trust_proxy_headers
            && let Some(ip) = forwarded_client(&parts.headers, app.config.trusted_proxy_hops)
        {
            return Ok(ClientIp(ip.to_string()));
        }
        let ip = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|ConnectInfo(addr)| addr.ip().to_string())
            .unwrap_or_else(|| "unknown".into());
        Ok(ClientIp(ip))
    }
}

#[cfg(test)]
mod tests {
    use super::forwarded_client;
    use axum::http::HeaderMap;

    fn headers(values: &[&str]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for v in values {
            h.append("x-forwarded-for", v.parse().unwrap());
        }
        h
    }

    #[test]
    fn the_client_is_what_the_trusted_proxy_appended() {
        // The client sent "1.1.1.1"; the proxy appended the address it saw.
        let h = headers(&["1.1.1.1, 203.0.113.7"]);
        assert_eq!(forwarded_client(&h, 1).unwrap().to_string(), "203.0.113.7");
        // Two proxies (a CDN, then the load balancer): the CDN's view of the client.
        let h = headers(&["1.1.1.1, 203.0.113.7, 198.51.100.2"]);
        assert_eq!(forwarded_client(&h, 2).unwrap().to_string(), "203.0.113.7");
        // Several headers are one list, in order.
        let h = headers(&["9.9.9.9", "203.0.113.7"]);
        assert_eq!(forwarded_client(&h, 1).unwrap().to_string(), "203.0.113.7");
        let h = headers(&["2001:db8::1"]);
        assert_eq!(forwarded_client(&h, 1).unwrap().to_string(), "2001:db8::1");
    }

    #[test]
    fn what_is_not_an_address_is_not_a_client() {
        assert!(forwarded_client(&headers(&[]), 1).is_none());
        assert!(forwarded_client(&headers(&["1.1.1.1, not-an-ip"]), 1).is_none());
        assert!(forwarded_client(&headers(&["1.1.1.1, "]), 1).is_none());
        // Fewer entries than proxies: the left-most, which a proxy wrote.
        assert_eq!(forwarded_client(&headers(&["203.0.113.7"]), 3).unwrap().to_string(), "203.0.113.7");
    }
}

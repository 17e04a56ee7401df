//! Reading the Cookie header and writing Set-Cookie values, with the platform's defaults:
//! Path=/, HttpOnly, SameSite=Lax, Secure when configured for HTTPS.

use axum::http::HeaderMap;
use std::collections::HashMap;

pub const SESSION: &str = "asec_session";
pub const CSRF: &str = "asec_csrf";
pub const LANG: &str = "asec_lang";
pub const FLASH: &str = "asec_flash";
pub const PENDING_2FA: &str = "asec_2fa";

pub fn parse(headers: &HeaderMap) -> HashMap<String, String> {
    headers
        .get_all(axum::http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| {
            let (name, value) = pair.trim().split_once('=')?;
            Some((name.to_string(), value.trim_matches('"').to_string()))
        })
        .collect()
}

/// A Set-Cookie value; `max_age_secs` of `None` makes a browser-session cookie, `Some(0)`
/// deletes the cookie.
pub fn set(name: &str, value: &str, max_age_secs: Option<i64>, secure: bool) -> String {
    let mut out = format!("{name}={value}; Path=/; HttpOnly; SameSite=Lax");
    if let Some(age) = max_age_secs {
        out.push_str(&format!("; Max-Age={age}"));
    }
    if secure {
        out.push_str("; Secure");
    }
    out
}

pub fn clear(name: &str, secure: bool) -> String {
    set(name, "", Some(0), secure)
}

/// A random token for cookies and links: 32 bytes, URL-safe base64 without padding.
pub fn random_token() -> String {
    use base64::Engine;
    let bytes: [u8; 32] = rand::random();
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// The stored form of a secret token: its SHA-256, hex.
pub fn token_hash(token: &str) -> String {
    use sha2::Digest;
    hex::encode(sha2::Sha256::digest(token.as_bytes()))
}

/// The CSRF token of a signed-in browser: derived from its session cookie (a secret only that
/// browser holds), so it is renewed with every sign-in, differs between sessions, and cannot
/// be planted by whoever can set cookies for the site (a sibling subdomain, plain HTTP) unless
/// they already hold the session. Same shape as [`random_token`].
pub fn csrf_for_session(session_token: &str) -> String {
    use base64::Engine;
    use sha2::Digest;
    let digest =
        sha2::Sha256::new().chain_update(b"asec-csrf\0").chain_update(session_token.as_bytes()).finalize();
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(digest)
}

#[cfg(test)]
mod tests {
    #[test]
    fn cookies_parse_and_are_secure_by_default() {
        let mut headers = axum::http::HeaderMap::new();
        headers.insert("cookie", "a=1; asec_lang=id".parse().unwrap());
        let cookies = super::parse(&headers);
        assert_eq!(cookies["asec_lang"], "id");
        let set = super::set("asec_session", "x", Some(60), true);
        assert!(set.contains("HttpOnly") && set.contains("SameSite=Lax") && set.contains("Secure"));
        assert_ne!(super::random_token(), super::random_token());
        assert_eq!(super::token_hash("abc").len(), 64);
    }

    #[test]
    fn a_session_csrf_token_is_its_own_and_reveals_nothing() {
        let (a, b) = (super::random_token(), super::random_token());
        let token = super::csrf_for_session(&a);
        assert_eq!(token.len(), 43);
        assert_eq!(token, super::csrf_for_session(&a), "stable for the session");
        assert_ne!(token, super::csrf_for_session(&b), "another session, another token");
        assert_ne!(token, a);
        assert_ne!(token, super::token_hash(&a), "not the stored form of the session either");
    }
}

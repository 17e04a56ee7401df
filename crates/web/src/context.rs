//! The per-request context every page needs: language, CSRF token, flash message. One
//! middleware sets it up and, on the way out, renders errors as pages or JSON.

use crate::cookies;
use crate::error::{AppError, ErrorInfo};
use crate::i18n::Tr;
use crate::state::AppState;
use crate::viewer::{Viewer, ViewerSlot};
use askama::Template;
use axum::extract::{FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Redirect, Response};
use kernel::ErrorCode;

#[derive(Debug, Clone)]
pub struct RequestContext {
    pub lang: &'static str,
    pub csrf: String,
    pub flash: Option<Flash>,
    /// Path and query of this request, to come back to after signing in or switching language.
    pub here: String,
    pub is_api: bool,
    /// Only a GET can be repeated after signing in; other requests return to the home page.
    pub is_get: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flash {
    /// `success`, `info` or `error`.
    pub kind: String,
    pub key: String,
}

impl Flash {
    fn parse(raw: &str) -> Option<Flash> {
        let (kind, key) = raw.split_once('.')?;
        let safe = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_lowercase() || b == b'-');
        (matches!(kind, "success" | "info" | "error") && safe(key))
            .then(|| Flash { kind: kind.into(), key: key.into() })
    }
}

/// A message for the next page, set as a cookie by the context layer (which knows the cookie
/// flags) on the way out.
#[derive(Debug, Clone)]
struct FlashOut(String);

/// A redirect that shows a translated message (the Fluent key `key`) on the next page; `kind`
/// is `success`, `info` or `error`.
pub fn redirect_with_flash(to: &str, kind: &str, key: &str) -> Response {
    let mut response = Redirect::to(to).into_response();
    response.extensions_mut().insert(FlashOut(format!("{kind}.{key}")));
    response
}

/// Only paths of this platform are followed after sign-in or a language switch (no open
/// redirects): `next` must be a path that, resolved against `base_url` the way a browser
/// resolves it, stays on the same origin. Control characters (browsers drop tab and newline, so
/// `/\t/evil.example` is `//evil.example` to them) and backslashes (`/\evil.example`) are
/// refused outright. The answer is the resolved path, query and fragment, percent-encoded, so
/// what is followed is exactly what was checked and always fits in a `Location` header.
pub fn safe_next(base_url: &str, next: Option<&str>) -> String {
    let home = || "/".to_string();
    let Some(next) = next else { return home() };
    if !next.starts_with('/')
        || next.starts_with("//")
        || next.chars().any(|c| c.is_control() || c == '\\' || (c.is_whitespace() && c != ' '))
    {
        return home();
    }
    let Ok(base) = url::Url::parse(base_url) else { return home() };
    let Ok(resolved) = base.join(next) else { return home() };
    if resolved.origin() != base.origin() || !resolved.username().is_empty() || resolved.password().is_some()
    {
        return home();
    }
    resolved[url::Position::BeforePath..].to_string()
}

fn valid_csrf(token: &str) -> bool {
    token.len() == 43 && token.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

pub async fn context_layer(State(app): State<AppState>, mut req: Request, next: Next) -> Response {
    let jar = cookies::parse(req.headers());
    let viewer = req.extensions().get::<ViewerSlot>().and_then(|s| s.0.clone());
    let lang = viewer
        .as_ref()
        .and_then(|v| kernel::validate::language(&v.lang))
        .or_else(|| jar.get(cookies::LANG).and_then(|l| kernel::validate::language(l)))
        .or_else(|| {
            req.headers()
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|h| h.to_str().ok())
                .and_then(crate::i18n::from_accept_language)
        })
        .unwrap_or("en");
    // Signed in, the token is derived from the session cookie; before that, it is the random
    // value of the CSRF cookie (double submit), minted on the first page.
    let (csrf, new_csrf) = match jar.get(cookies::SESSION).filter(|t| valid_csrf(t)) {
        Some(session) => (cookies::csrf_for_session(session), false),
        None => match jar.get(cookies::CSRF).filter(|t| valid_csrf(t)) {
            Some(token) => (token.clone(), false),
            None => (cookies::random_token(), true),
        },
    };
    let flash = jar.get(cookies::FLASH).and_then(|f| Flash::parse(f));
    let here = req.uri().path_and_query().map(|p| p.as_str().to_string()).unwrap_or_else(|| "/".into());
    let is_api = req.uri().path().starts_with("/api/");
    let is_get = req.method() == axum::http::Method::GET;
    let context = RequestContext { lang, csrf: csrf.clone(), flash: flash.clone(), here, is_api, is_get };
    req.extensions_mut().insert(context.clone());

    let mut response = match refused_input(&req) {
        Some(error) => error.into_response(),
        None => next.run(req).await,
    };

    let info = response.extensions().get::<ErrorInfo>().cloned().or_else(|| implied_error(&response));
    if let Some(info) = info {
        // The session layer runs inside this one: an error page is rendered for the person it
        // found, in their language and with their header.
        let viewer = response.extensions().get::<ViewerSlot>().and_then(|s| s.0.clone()).or(viewer);
        let mut context = context.clone();
        if let Some(lang) = viewer.as_ref().and_then(|v| kernel::validate::language(&v.lang)) {
            context.lang = lang;
        }
        response = render_error(&app, &context, viewer, response.status(), info);
    }
    let secure = app.config.secure_cookies();
    let flash_set = set_flash_cookie(&mut response, secure);
    if new_csrf && !is_api {
        let cookie = cookies::set(cookies::CSRF, &csrf, None, secure);
        response
            .headers_mut()
            .append(header::SET_COOKIE, HeaderValue::from_str(&cookie).expect("ascii cookie"));
    }
    if flash.is_some() && !flash_set && !response.status().is_redirection() {
        let cookie = cookies::clear(cookies::FLASH, secure);
        response
            .headers_mut()
            .append(header::SET_COOKIE, HeaderValue::from_str(&cookie).expect("ascii cookie"));
    }
    response
}

/// What no handler should see: a path or query with characters no text holds (a NUL, which
/// PostgreSQL cannot store or compare, or another control character). A path of that kind names
/// nothing (404); a query is refused with a message (422). Tab, newline and carriage return
/// stay allowed in a query, where `safe_next` and the filters judge them.
fn refused_input(req: &Request) -> Option<AppError> {
    let path = req.uri().path();
    let decoded: Vec<u8> = percent_decode(path.as_bytes());
    if decoded.iter().any(|b| b.is_ascii_control()) {
        return Some(AppError::NotFound);
    }
    let query = req.uri().query().unwrap_or("");
    if query.is_empty() {
        return None;
    }
    let pairs: Vec<(String, String)> = serde_urlencoded::from_str(query).unwrap_or_default();
    let bad = |s: &str| s.chars().any(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r'));
    pairs.iter().any(|(k, v)| bad(k) || bad(v)).then_some(AppError::Invalid("error-control-characters"))
}

fn percent_decode(raw: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if raw[i] == b'%'
            && let (Some(h), Some(l)) =
                (raw.get(i + 1).and_then(|b| hex(*b)), raw.get(i + 2).and_then(|b| hex(*b)))
        {
            out.push((h * 16 + l) as u8);
            i += 3;
        } else {
            out.push(raw[i]);
            i += 1;
        }
    }
    out
}

/// Turns a handler's flash message into its cookie; true when there was one.
fn set_flash_cookie(response: &mut Response, secure: bool) -> bool {
    let Some(FlashOut(value)) = response.extensions_mut().remove::<FlashOut>() else {
        return false;
    };
    let cookie = cookies::set(cookies::FLASH, &value, Some(120), secure);
    if let Ok(value) = HeaderValue::from_str(&cookie) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    true
}

/// Errors produced outside our handlers (no route, wrong method, body too large, timeouts,
/// extractor rejections) get the same pages as ours.
fn implied_error(response: &Response) -> Option<ErrorInfo> {
    if response.extensions().get::<crate::error::AsIs>().is_some() {
        return None;
    }
    let status = response.status();
    // Pages and JSON that handlers rendered on purpose (a form with its problems, 422) stay.
    let rendered = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.starts_with("text/html") || t.starts_with("application/json"));
    if rendered || !(status.is_client_error() || status.is_server_error()) {
        return None;
    }
    let error = match status {
        StatusCode::NOT_FOUND | StatusCode::METHOD_NOT_ALLOWED => AppError::NotFound,
        StatusCode::PAYLOAD_TOO_LARGE => AppError::PayloadTooLarge,
        StatusCode::REQUEST_TIMEOUT | StatusCode::SERVICE_UNAVAILABLE => AppError::Internal("timeout".into()),
        s if s.is_client_error() => AppError::Invalid("error-bad-request"),
        _ => AppError::Internal(format!("status {status}")),
    };
    let mut info = error.info();
    if status == StatusCode::REQUEST_TIMEOUT {
        info.message_key = "error-timeout";
    }
    Some(info)
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    page: Page,
    status: u16,
    message: String,
    two_factor: bool,
}

fn render_error(
    app: &AppState,
    context: &RequestContext,
    viewer: Option<Viewer>,
    status: StatusCode,
    info: ErrorInfo,
) -> Response {
    let tr = Tr::new(context.lang);
    // Two-factor on for the account but not passed by this sign-in: signing in again helps.
    let again = info.code == ErrorCode::TwoFactorRequired && viewer.as_ref().is_some_and(|v| v.two_factor);
    let message = tr.t(if again { "error-second-factor-again" } else { info.message_key });
    let mut response = if context.is_api {
        let body = serde_json::json!({ "error": info.code.as_str(), "message": message });
        (status, axum::Json(body)).into_response()
    } else if info.code == ErrorCode::Unauthenticated {
        let back = if context.is_get { context.here.as_str() } else { "/" };
        let target = format!("/login?next={}", urlencode(back));
        let mut response = redirect_with_flash(&target, "info", "flash-sign-in-first");
        set_flash_cookie(&mut response, app.config.secure_cookies());
        return response;
    } else {
        let page = Page::build(app, context, viewer);
        let body = ErrorPage {
            page,
            status: status.as_u16(),
            message,
            two_factor: info.code == ErrorCode::TwoFactorRequired && !again,
        }
        .render()
        .unwrap_or_else(|_| "error".into());
        (status, Html(body)).into_response()
    };
    if let Some(secs) = info.retry_after_secs {
        response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(secs));
    }
    response
}

pub use kernel::form::urlencode;

#[derive(Debug, Clone)]
pub struct NavLink {
    pub href: &'static str,
    pub label: String,
    pub current: bool,
}

/// What the layout shows around every page.
#[derive(Debug, Clone)]
pub struct Page {
    pub tr: Tr,
    pub lang: &'static str,
    pub network_name: String,
    pub network_short: String,
    pub viewer: Option<Viewer>,
    pub csrf: String,
    pub flash: Option<(String, String)>,
    pub here: String,
    pub nav: Vec<NavLink>,
    pub languages: &'static [(&'static str, &'static str)],
}

impl Page {
    /// "Yes" or "No" in the reader's language, for a table's flags.
    pub fn yes_no(&self, flag: &bool) -> String {
        self.tr.t(if *flag { "answer-yes" } else { "answer-no" })
    }

    /// Which zone the times of a form are typed in, for the hint beside its time fields.
    pub fn zone_hint(&self) -> String {
        let zone = self.tr.zone();
        let offset = crate::zones::offset_label(zone, chrono::Utc::now());
        self.tr.t_args("times-in-zone", &[("zone", zone.name()), ("offset", &offset)])
    }

    pub fn build(app: &AppState, context: &RequestContext, viewer: Option<Viewer>) -> Page {
        let tr = Tr::new(context.lang).in_zone(viewer.as_ref().map_or(chrono_tz::Tz::UTC, |v| v.zone));
        let path = context.here.split('?').next().unwrap_or("/");
        // A role's link shows where its holder may use it; one that waits only for the
        // second factor shows too, so its page can say what is missing.
        let uses = |action: kernel::Action| {
            viewer.as_ref().is_some_and(|v| {
                let reach = v.reach(action);
                !reach.is_empty() || reach.blocked_by_two_factor
            })
        };
        let nav = app
            .nav
            .iter()
            .filter(|item| item.for_action.is_none_or(uses))
            .map(|item| NavLink {
                href: item.href,
                label: tr.t(item.label_key),
                current: if item.href == "/" { path == "/" } else { path.starts_with(item.href) },
            })
            .collect();
        Page {
            tr,
            lang: context.lang,
            network_name: app.reference.network.name.get(context.lang).to_string(),
            network_short: app.reference.network.short_name.clone(),
            viewer,
            csrf: context.csrf.clone(),
            flash: context.flash.as_ref().map(|f| (f.kind.clone(), tr.t(&f.key))),
            here: context.here.clone(),
            nav,
            languages: &kernel::validate::LANGUAGES,
        }
    }

    pub fn t(&self, key: &str) -> String {
        self.tr.t(key)
    }

    pub fn is_lang(&self, code: &str) -> bool {
        self.lang == code
    }
}

impl FromRequestParts<AppState> for Page {
    type Rejection = AppError;
    async fn from_request_parts(parts: &mut Parts, app: &AppState) -> Result<Self, AppError> {
        let context = parts
            .extensions
            .get::<RequestContext>()
            .cloned()
            .ok_or_else(|| AppError::Internal("context layer missing".into()))?;
        let viewer = parts.extensions.get::<ViewerSlot>().and_then(|s| s.0.clone());
        Ok(Page::build(app, &context, viewer))
    }
}

/// The request context alone, for handlers that render no page.
impl<S: Send + Sync> FromRequestParts<S> for RequestContext {
    type Rejection = AppError;
    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, AppError> {
        parts
            .extensions
            .get::<RequestContext>()
            .cloned()
            .ok_or_else(|| AppError::Internal("context layer missing".into()))
    }
}

/// Renders a template into an HTML response.
pub fn render(template: &impl Template) -> Result<Response, AppError> {
    Ok(Html(template.render()?).into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flash_cookies_only_carry_message_keys() {
        assert_eq!(
            Flash::parse("success.flash-signed-in"),
            Some(Flash { kind: "success".into(), key: "flash-signed-in".into() })
        );
        assert_eq!(Flash::parse("evil.<script>"), None);
        assert_eq!(Flash::parse("info.Has Spaces"), None);
    }

    #[test]
    fn only_local_paths_are_followed() {
        let base = "https://platform.example.org";
        assert_eq!(safe_next(base, Some("/account")), "/account");
        assert_eq!(safe_next(base, Some("/directory?q=a%20b&page=2#top")), "/directory?q=a%20b&page=2#top");
        assert_eq!(safe_next(base, Some("/directory?q=kopi susu")), "/directory?q=kopi%20susu");
        assert_eq!(safe_next(base, Some("/direktori/été")), "/direktori/%C3%A9t%C3%A9");
        assert_eq!(safe_next(base, Some("//evil.example")), "/");
        assert_eq!(safe_next(base, Some("https://evil.example")), "/");
        assert_eq!(safe_next(base, Some("evil.example")), "/");
        assert_eq!(safe_next(base, Some("")), "/");
        assert_eq!(safe_next(base, None), "/");
    }

    #[test]
    fn paths_a_browser_reads_as_another_site_are_refused() {
        let base = "http://127.0.0.1:8080";
        // Browsers strip tab, newline and carriage return from URLs: these are `//evil.example/`.
        for next in ["/\t/evil.example/", "/\n/evil.example/", "/\r\n/evil.example", "/\u{0}/evil.example"] {
            assert_eq!(safe_next(base, Some(next)), "/", "{next:?}");
        }
        for next in
            ["/\\evil.example", "/\\/evil.example", "\\\\evil.example", "/\u{7f}x", "/\u{2028}//evil.example"]
        {
            assert_eq!(safe_next(base, Some(next)), "/", "{next:?}");
        }
        // Whatever resolves elsewhere is refused, and dot segments stay on the platform.
        assert_eq!(safe_next(base, Some("/../../evil.example")), "/evil.example");
        assert_eq!(safe_next(base, Some("/@evil.example")), "/@evil.example");
    }
}

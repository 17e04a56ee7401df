//! The language switcher in the layout: remembers the choice in a cookie and, for a signed-in
//! person, in their profile.

use crate::{Write, store};
use axum::Router;
use axum::extract::State;
use axum::http::{HeaderValue, header};
use axum::response::Response;
use axum::routing::post;
use web::{AppResult, AppState, Form, MaybeUser, cookies, redirect_with_flash, safe_next};

pub fn router() -> Router<AppState> {
    Router::new().route("/language", post(switch))
}

#[derive(Default, serde::Deserialize)]
#[serde(default)]
struct LanguageForm {
    lang: String,
    next: String,
}

async fn switch(
    State(app): State<AppState>,
    MaybeUser(viewer): MaybeUser,
    Form(form): Form<LanguageForm>,
) -> AppResult<Response> {
    let secure = app.config.secure_cookies();
    let next = safe_next(app.config.base_url(), Some(&form.next));
    let Some(lang) = kernel::validate::language(&form.lang).filter(|l| *l == form.lang.trim()) else {
        return Ok(redirect_with_flash(&next, "error", "error-unknown-language"));
    };
    if let Some(viewer) = viewer.filter(|v| v.lang != lang) {
        let w = Write::begin(&app, Some(viewer.id)).await?;
        store::set_lang(w.tx(), viewer.id.0, lang, app.now()).await?;
        let (before, after) =
            (serde_json::json!({ "lang": viewer.lang }), serde_json::json!({ "lang": lang }));
        w.audit("user.update_profile", "user", viewer.id, Some(before), Some(after)).await?;
        w.commit().await?;
    }
    let mut response = redirect_with_flash(&next, "success", "flash-language-changed");
    let cookie = cookies::set(cookies::LANG, lang, Some(365 * 86_400), secure);
    response.headers_mut().append(header::SET_COOKIE, HeaderValue::from_str(&cookie).expect("ascii cookie"));
    Ok(response)
}

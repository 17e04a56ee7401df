//! Country networks: who coordinates them, who their active members are, how close they are to
//! the target of 5–10 partners, and which constituencies their members serve or miss.

use crate::domain::{TargetState, target_state};
use crate::service::focal_points;
use crate::store;
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::response::Response;
use axum::routing::get;
use kernel::{Action, Target};
use web::{AppError, AppResult, AppState, MaybeUser, Page, render};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/countries", get(overview))
        .route("/countries/{code}", get(country))
        .route("/countries/{code}/chat-link", axum::routing::post(set_chat_link))
}

/// The country network as a permission target.
fn country_target(c: &kernel::refdata::Country) -> Target {
    Target::country(c.subregion.clone(), c.code.clone())
}

/// The private chat link is for the country's own people: representatives of its active
/// members, its focal points and management.
async fn may_see_chat(app: &AppState, viewer: &web::Viewer, c: &kernel::refdata::Country) -> AppResult<bool> {
    if viewer.may(Action::ReadCountryNetwork, &country_target(c)) {
        return Ok(true);
    }
    let entities: Vec<i64> = viewer
        .reach(Action::ReadCountryNetwork)
        .entities()
        .into_iter()
        .filter(|e| {
            viewer.may(Action::ReadCountryNetwork, &Target::entity(c.subregion.clone(), c.code.clone(), *e))
        })
        .map(|e| e.0)
        .collect();
    Ok(store::any_active_in(&app.db, &entities, c.code.as_str()).await?)
}

#[derive(Default, serde::Deserialize)]
#[serde(default)]
struct ChatForm {
    chat_link: String,
}

async fn set_chat_link(
    State(app): State<AppState>,
    web::CurrentUser(viewer): web::CurrentUser,
    Path(code): Path<String>,
    web::Form(form): web::Form<ChatForm>,
) -> AppResult<Response> {
    let c = kernel::CountryCode::parse(&code)
        .and_then(|c| app.reference.country(&c))
        .ok_or(AppError::NotFound)?;
    viewer.require(Action::CoordinateCountry, &country_target(c))?;
    let back = format!("/countries/{}", c.code);
    let link = form.chat_link.trim();
    let valid = link.is_empty()
        || (link.starts_with("https://") && link.len() <= 500 && !link.contains(char::is_whitespace));
    if !valid {
        return Ok(web::redirect_with_flash(&back, "error", "error-chat-link"));
    }
    let before = store::chat_link(&app.db, c.code.as_str()).await?;
    let w = accounts::Write::begin(&app, Some(viewer.id)).await?;
    store::set_chat_link(w.tx(), c.code.as_str(), link, viewer.id.0, app.now()).await?;
    let before = before.map(|b| serde_json::json!({ "chat_link": b }));
    w.audit(
        "country.set_chat_link",
        "country",
        &c.code,
        before,
        Some(serde_json::json!({ "chat_link": link })),
    )
    .await?;
    w.done(&back, "flash-chat-link-saved").await
}

pub struct MemberView {
    pub id: i64,
    pub name: String,
    pub kind: String,
    pub city: String,
}

#[derive(Template)]
#[template(path = "country.html")]
struct CountryPage {
    page: Page,
    code: String,
    name: String,
    subregion: String,
    subregion_code: String,
    coordinator: String,
    focal_points: Vec<(i64, String)>,
    can_appoint: bool,
    chat_link: Option<String>,
    can_set_chat: bool,
    members: Vec<MemberView>,
    target: String,
    served: Vec<String>,
    missing: Vec<String>,
}

fn target_text(page: &Page, active: usize, c: &kernel::refdata::Country) -> String {
    let range = format!("{}–{}", c.target_min, c.target_max);
    let key = match target_state(active as u32, c.target_min, c.target_max, c.may_exceed_target) {
        TargetState::Below { .. } => "country-target-below",
        TargetState::Within => "country-target-within",
        TargetState::Above { may_exceed: true } => "country-target-above-allowed",
        TargetState::Above { may_exceed: false } => "country-target-above",
    };
    page.tr.t_count_args(key, active as i64, &[("range", &range)])
}

async fn country(
    State(app): State<AppState>,
    page: Page,
    MaybeUser(viewer): MaybeUser,
    Path(code): Path<String>,
) -> AppResult<Response> {
    let lang = page.lang;
    let r = &app.reference;
    let c = kernel::CountryCode::parse(&code).and_then(|c| r.country(&c)).ok_or(AppError::NotFound)?;
    let sub = r.subregion(&c.subregion);
    let members = store::active_in(&app.db, c.code.as_str()).await?;
    let served_codes = store::constituencies_served(&app.db, c.code.as_str()).await?;
    let (served, missing): (Vec<_>, Vec<_>) =
        r.constituencies.iter().partition(|k| served_codes.contains(&k.code));
    let can_appoint = viewer.as_ref().is_some_and(|v| v.may(Action::AppointCoordinators, &Target::network()));
    let can_set_chat = viewer.as_ref().is_some_and(|v| v.may(Action::CoordinateCountry, &country_target(c)));
    let chat_link = match &viewer {
        Some(v) if may_see_chat(&app, v, c).await? => {
            Some(store::chat_link(&app.db, c.code.as_str()).await?.unwrap_or_default())
        }
        _ => None,
    };
    render(&CountryPage {
        chat_link,
        can_set_chat,
        code: c.code.to_string(),
        subregion_code: c.subregion.0.clone(),
        can_appoint,
        name: c.name.get(lang).to_string(),
        subregion: sub.map(|s| s.name.get(lang).to_string()).unwrap_or_default(),
        coordinator: sub.map(|s| s.coordinator.clone()).unwrap_or_default(),
        focal_points: focal_points(&app.db, c.code.as_str())
            .await?
            .into_iter()
            .map(|p| (p.id.0, p.display_name))
            .collect(),
        target: target_text(&page, members.len(), c),
        members: members
            .into_iter()
            .map(|e| MemberView {
                kind: r.entity_kind(&e.kind).map(|k| k.name.get(lang).to_string()).unwrap_or_default(),
                id: e.id,
                name: e.legal_name,
                city: e.city,
            })
            .collect(),
        served: served.iter().map(|k| k.name.get(lang).to_string()).collect(),
        missing: missing.iter().map(|k| k.name.get(lang).to_string()).collect(),
        page,
    })
}

pub struct CountryRow {
    pub code: String,
    pub name: String,
    pub target: String,
}

#[derive(Template)]
#[template(path = "countries.html")]
struct OverviewPage {
    page: Page,
    /// (code, name, coordinating entity, countries)
    subregions: Vec<(String, String, String, Vec<CountryRow>)>,
}

async fn overview(State(app): State<AppState>, page: Page) -> AppResult<Response> {
    let lang = page.lang;
    let r = &app.reference;
    let counts = store::active_counts(&app.db).await?;
    let mut subregions = Vec::new();
    for s in &r.subregions {
        let mut rows = Vec::new();
        for c in r.countries.iter().filter(|c| c.subregion == s.code) {
            let active = counts
                .iter()
                .find(|n| n.network_country == c.code.as_str())
                .map(|n| n.n as usize)
                .unwrap_or(0);
            rows.push(CountryRow {
                code: c.code.to_string(),
                name: c.name.get(lang).to_string(),
                target: target_text(&page, active, c),
            });
        }
        subregions.push((s.code.0.clone(), s.name.get(lang).to_string(), s.coordinator.clone(), rows));
    }
    render(&OverviewPage { page, subregions })
}

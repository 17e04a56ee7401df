//! Country networks: who coordinates them, who their active members are, how close they are to
//! the target of 5–10 partners, and which constituencies their members serve or miss.

use super::focal_points;
use crate::domain::{TargetState, target_state};
use crate::store;
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::response::Response;
use axum::routing::get;
use kernel::{Action, Target};
use web::{AppError, AppResult, AppState, MaybeUser, Page, render};

pub fn router() -> Router<AppState> {
    Router::new().route("/countries", get(overview)).route("/countries/{code}", get(country))
}

pub struct MemberView {
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
    render(&CountryPage {
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

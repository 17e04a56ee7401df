//! Management appoints and replaces country focal points (two at most) and sub-region
//! coordinators; these are role grants, so the permission rule knows them at once.

use crate::store;
use accounts::GrantOutcome;
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::response::Response;
use axum::routing::{get, post};
use kernel::{Action, CountryCode, Grant, Role, Scope, SubregionCode, Target, UserId};
use web::{
    AppError, AppResult, AppState, CurrentUser, Form, MaybeUser, Page, Viewer, redirect_with_flash, render,
};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/countries/{code}/focal-points", post(appoint_focal_point))
        .route("/countries/{code}/focal-points/{user}/remove", post(remove_focal_point))
        .route("/subregions/{code}", get(subregion))
        .route("/subregions/{code}/coordinators", post(appoint_coordinator))
        .route("/subregions/{code}/coordinators/{user}/remove", post(remove_coordinator))
}

#[derive(Default, serde::Deserialize)]
#[serde(default)]
struct AppointForm {
    email: String,
}

fn country_scope(app: &AppState, code: &str) -> AppResult<Scope> {
    let code =
        CountryCode::parse(code).filter(|c| app.reference.country(c).is_some()).ok_or(AppError::NotFound)?;
    Ok(Scope::Country(code))
}

fn subregion_scope(app: &AppState, code: &str) -> AppResult<Scope> {
    let code = SubregionCode(code.to_string());
    app.reference.subregion(&code).ok_or(AppError::NotFound)?;
    Ok(Scope::Subregion(code))
}

async fn appoint(
    app: &AppState,
    viewer: &Viewer,
    grant: Grant,
    email: &str,
    back: &str,
) -> AppResult<Response> {
    viewer.require(Action::AppointCoordinators, &Target::network())?;
    let Some(person) = accounts::person_by_email(&app.db, email).await? else {
        return Ok(redirect_with_flash(back, "error", "flash-no-such-account"));
    };
    let w = accounts::Write::begin(app, Some(viewer.id)).await?;
    match accounts::grant_in(&w, person.id, &grant).await? {
        GrantOutcome::Granted(_) => w.done(back, "flash-appointed").await,
        GrantOutcome::AlreadyHeld(_) => Ok(redirect_with_flash(back, "info", "flash-already-appointed")),
        GrantOutcome::Full => Ok(redirect_with_flash(back, "error", "error-scope-full")),
    }
}

async fn remove(app: &AppState, viewer: &Viewer, grant: Grant, user: i64, back: &str) -> AppResult<Response> {
    viewer.require(Action::AppointCoordinators, &Target::network())?;
    let w = accounts::Write::begin(app, Some(viewer.id)).await?;
    if !accounts::revoke_in(&w, UserId(user), &grant).await? {
        return Err(AppError::NotFound);
    }
    w.done(back, "flash-appointment-ended").await
}

async fn appoint_focal_point(
    State(app): State<AppState>,
    CurrentUser(viewer): CurrentUser,
    Path(code): Path<String>,
    Form(form): Form<AppointForm>,
) -> AppResult<Response> {
    let scope = country_scope(&app, &code)?;
    let back = format!("/countries/{}", scope.reference());
    appoint(&app, &viewer, Grant { role: Role::FocalPoint, scope }, &form.email, &back).await
}

async fn remove_focal_point(
    State(app): State<AppState>,
    CurrentUser(viewer): CurrentUser,
    Path((code, user)): Path<(String, i64)>,
    Form(_): Form<web::form::NoFields>,
) -> AppResult<Response> {
    let scope = country_scope(&app, &code)?;
    let back = format!("/countries/{}", scope.reference());
    remove(&app, &viewer, Grant { role: Role::FocalPoint, scope }, user, &back).await
}

async fn appoint_coordinator(
    State(app): State<AppState>,
    CurrentUser(viewer): CurrentUser,
    Path(code): Path<String>,
    Form(form): Form<AppointForm>,
) -> AppResult<Response> {
    let scope = subregion_scope(&app, &code)?;
    let back = format!("/subregions/{code}");
    appoint(&app, &viewer, Grant { role: Role::SubregionCoordinator, scope }, &form.email, &back).await
}

async fn remove_coordinator(
    State(app): State<AppState>,
    CurrentUser(viewer): CurrentUser,
    Path((code, user)): Path<(String, i64)>,
    Form(_): Form<web::form::NoFields>,
) -> AppResult<Response> {
    let scope = subregion_scope(&app, &code)?;
    let back = format!("/subregions/{code}");
    remove(&app, &viewer, Grant { role: Role::SubregionCoordinator, scope }, user, &back).await
}

pub struct CountryFigures {
    pub code: String,
    pub name: String,
    pub active: i64,
    pub focal_points: usize,
}

#[derive(Template)]
#[template(path = "subregion.html")]
struct SubregionPage {
    page: Page,
    code: String,
    name: String,
    coordinating_entity: String,
    coordinators: Vec<(i64, String)>,
    countries: Vec<CountryFigures>,
    can_appoint: bool,
}

async fn subregion(
    State(app): State<AppState>,
    page: Page,
    MaybeUser(viewer): MaybeUser,
    Path(code): Path<String>,
) -> AppResult<Response> {
    let lang = page.lang;
    let sub = app.reference.subregion(&SubregionCode(code.clone())).ok_or(AppError::NotFound)?;
    let counts = store::active_counts(&app.db).await?;
    let focal = accounts::holders_of_role(&app.db, Role::FocalPoint).await?;
    let coordinators = accounts::holders_of_role(&app.db, Role::SubregionCoordinator)
        .await?
        .into_iter()
        .filter(|(scope, _)| *scope == code)
        .map(|(_, p)| (p.id.0, p.display_name))
        .collect();
    let countries = app
        .reference
        .countries_of(&sub.code)
        .map(|c| CountryFigures {
            code: c.code.to_string(),
            name: c.name.get(lang).to_string(),
            active: counts.iter().find(|n| n.network_country == c.code.as_str()).map(|n| n.n).unwrap_or(0),
            focal_points: focal.iter().filter(|(scope, _)| scope == c.code.as_str()).count(),
        })
        .collect();
    let can_appoint = viewer.as_ref().is_some_and(|v| v.may(Action::AppointCoordinators, &Target::network()));
    render(&SubregionPage {
        code: sub.code.0.clone(),
        name: sub.name.get(lang).to_string(),
        coordinating_entity: sub.coordinator.clone(),
        coordinators,
        countries,
        can_appoint,
        page,
    })
}

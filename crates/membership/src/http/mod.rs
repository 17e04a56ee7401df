//! One file per use case.

pub mod api;
mod apply;
mod appoint;
mod country;
mod import;
mod logo;
mod members;
mod mou;
mod pipeline;
mod profile;
mod show;
mod steps;

pub(crate) use show::profile_json;
pub(crate) use steps::take_step;

use crate::store::{self, EntityRow};
use axum::Router;
use kernel::{Action, Role, Scope, Target};
use web::{AppError, AppState, Viewer};

pub fn router() -> Router<AppState> {
    Router::new()
        .merge(apply::router())
        .merge(appoint::router())
        .merge(show::router())
        .merge(steps::router())
        .merge(mou::router())
        .merge(members::router())
        .merge(logo::router())
        .merge(import::router())
        .merge(pipeline::router())
        .merge(profile::router())
        .merge(country::router())
}

/// Where an entity sits, for the permission rule.
pub(crate) fn target(app: &AppState, e: &EntityRow) -> Target {
    let country = kernel::CountryCode::parse(&e.network_country).expect("stored country codes are valid");
    let subregion = app
        .reference
        .country(&country)
        .map(|c| c.subregion.clone())
        .unwrap_or_else(|| kernel::SubregionCode(String::new()));
    Target::entity(subregion, country, kernel::EntityId(e.id))
}

/// The applicant, the entity's representatives, the country's focal points and management may
/// read an application; nobody else learns it exists.
pub(crate) fn may_read(app: &AppState, viewer: &Viewer, e: &EntityRow) -> bool {
    let t = target(app, e);
    e.applicant_id == viewer.id.0
        || viewer.may(Action::EndorseApplication, &t)
        || viewer.may(Action::EditEntityProfile, &t)
}

pub(crate) async fn load(app: &AppState, viewer: &Viewer, id: i64) -> Result<EntityRow, AppError> {
    let e = store::find_entity(&app.db, id).await?.ok_or(AppError::NotFound)?;
    if !may_read(app, viewer, &e) {
        return Err(AppError::NotFound);
    }
    Ok(e)
}

/// The focal points of a country network.
pub(crate) async fn focal_points(
    c: &impl sea_orm::ConnectionTrait,
    country: &str,
) -> Result<Vec<accounts::Person>, sea_orm::DbErr> {
    let code = kernel::CountryCode::parse(country).expect("stored country codes are valid");
    accounts::holders(c, Role::FocalPoint, &Scope::Country(code)).await
}

pub(crate) async fn management(
    c: &impl sea_orm::ConnectionTrait,
) -> Result<Vec<accounts::Person>, sea_orm::DbErr> {
    accounts::holders(c, Role::Management, &Scope::Network).await
}

/// The countries a person is focal point of.
pub(crate) fn focal_point_countries(viewer: &Viewer) -> Vec<String> {
    viewer.countries_as(Role::FocalPoint)
}

/// Which applications and members a reviewer follows: all of them for management (`None`),
/// their own countries' for a focal point; anyone else is refused.
pub(crate) fn review_reach(viewer: &Viewer) -> Result<Option<Vec<String>>, AppError> {
    if viewer.may(Action::ApproveMembership, &Target::network()) {
        return Ok(None);
    }
    let own = focal_point_countries(viewer);
    if own.is_empty() {
        viewer.require(Action::ApproveMembership, &Target::network())?;
        return Err(AppError::Forbidden);
    }
    Ok(Some(own))
}

pub(crate) fn current_year(app: &AppState) -> i32 {
    use chrono::Datelike;
    app.now().year()
}

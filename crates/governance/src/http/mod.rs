//! One file per use case.

mod meetings;
mod proposals;
mod register;
mod show;
mod structure;

use crate::store::ProposalRow;
use axum::Router;
use kernel::{ReferenceData, Role, Target};
use web::{AppError, AppResult, AppState, Viewer};

pub fn router() -> Router<AppState> {
    Router::new()
        .merge(proposals::router())
        .merge(show::router())
        .merge(register::router())
        .merge(structure::router())
        .merge(meetings::router())
}

/// People who hold any role in the network (members' representatives, focal points,
/// coordinators, management) read proposals and decisions not marked public; visitors do not.
pub(crate) fn sees_private(viewer: Option<&Viewer>) -> bool {
    viewer.is_some_and(|v| !v.grants.is_empty())
}

/// The proposal, if the viewer may read it (a non-public one is "not found" to others).
pub(crate) async fn readable(app: &AppState, viewer: Option<&Viewer>, id: i64) -> AppResult<ProposalRow> {
    let p = crate::store::find_proposal(&app.db, id).await?.ok_or(AppError::NotFound)?;
    if !p.public && !sees_private(viewer) {
        return Err(AppError::NotFound);
    }
    Ok(p)
}

pub(crate) fn country_target(r: &ReferenceData, code: &str) -> Option<Target> {
    let country = kernel::CountryCode::parse(code)?;
    let subregion = r.country(&country)?.subregion.clone();
    Some(Target::country(subregion, country))
}

/// The countries the viewer is a focal point of.
pub(crate) fn focal_point_countries(viewer: &Viewer) -> Vec<String> {
    viewer.countries_as(Role::FocalPoint)
}

/// The entities the viewer represents.
pub(crate) fn represented_entities(viewer: &Viewer) -> Vec<i64> {
    viewer.entities_as(Role::EntityRepresentative)
}

/// Mails and notifies the focal points of `countries`, each in their own language.
pub(crate) async fn tell_focal_points(
    c: &impl sea_orm::ConnectionTrait,
    app: &AppState,
    countries: &[String],
    key: &str,
    args: &[(&str, &str)],
    link: &str,
) -> Result<usize, sea_orm::DbErr> {
    // Every focal point in one query, rather than one per country.
    let mut told = 0;
    for (country, person) in accounts::holders_of_role(c, Role::FocalPoint).await? {
        if countries.contains(&country) {
            accounts::notify(c, app, &person, key, args, link).await?;
            told += 1;
        }
    }
    Ok(told)
}

pub(crate) fn bad(key: &'static str) -> AppError {
    AppError::Invalid(key)
}

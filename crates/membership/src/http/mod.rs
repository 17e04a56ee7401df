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
mod signed_mou;
mod steps;

use crate::store::{self, EntityRow};
use axum::Router;
use kernel::{Action, Target};
use web::{AppError, AppState, Viewer};

pub fn router() -> Router<AppState> {
    Router::new()
        .merge(apply::router())
        .merge(appoint::router())
        .merge(show::router())
        .merge(steps::router())
        .merge(mou::router())
        .merge(signed_mou::router())
        .merge(members::router())
        .merge(logo::router())
        .merge(import::router())
        .merge(pipeline::router())
        .merge(profile::router())
        .merge(country::router())
}

/// Where an entity sits, for the permission rule.
pub(crate) fn target(app: &AppState, e: &EntityRow) -> Target {
    app.reference
        .entity_target(&e.network_country, kernel::EntityId(e.id))
        .unwrap_or_else(|| Target { entity: Some(kernel::EntityId(e.id)), ..Target::default() })
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

/// Which applications and members a reviewer follows: all of them (`None`) for whoever may
/// endorse anywhere (management), their own countries' for a focal point; anyone else is
/// refused.
pub(crate) fn review_reach(viewer: &Viewer) -> Result<Option<Vec<String>>, AppError> {
    let reach = viewer.reach(Action::EndorseApplication);
    if reach.everywhere {
        return Ok(None);
    }
    let countries: Vec<String> = reach.countries().iter().map(|c| c.to_string()).collect();
    if countries.is_empty() {
        return Err(if reach.blocked_by_two_factor {
            AppError::TwoFactorRequired
        } else {
            AppError::Forbidden
        });
    }
    Ok(Some(countries))
}

/// A language's name in the reader's language (`language-name-{code}`), or its code when the
/// catalogue has no name for it.
pub(crate) fn language_name(tr: &web::Tr, code: &str) -> String {
    tr.try_t(&format!("language-name-{code}"))
        .unwrap_or_else(|| tr.t_args("language-name-unknown", &[("code", code)]))
}

pub(crate) fn current_year(app: &AppState) -> i32 {
    use chrono::Datelike;
    app.now().year()
}

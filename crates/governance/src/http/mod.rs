//! One file per use case.

mod meetings;
mod proposals;
mod register;
mod show;
mod structure;

use crate::store::ProposalRow;
use axum::Router;
use kernel::{Action, Target};
use web::{AppError, AppResult, AppState, Viewer};

pub fn router() -> Router<AppState> {
    Router::new()
        .merge(proposals::router())
        .merge(show::router())
        .merge(register::router())
        .merge(structure::router())
        .merge(meetings::router())
}

/// The network's own people read proposals, decisions and meetings not marked public;
/// visitors do not.
pub(crate) fn sees_private(viewer: Option<&Viewer>) -> bool {
    viewer.is_some_and(|v| v.may(Action::ReadMembersOnly, &Target::network()))
}

/// The proposal, if the viewer may read it (a non-public one is "not found" to others).
pub(crate) async fn readable(app: &AppState, viewer: Option<&Viewer>, id: i64) -> AppResult<ProposalRow> {
    let p = crate::store::find_proposal(&app.db, id).await?.ok_or(AppError::NotFound)?;
    if !p.public && !sees_private(viewer) {
        return Err(AppError::NotFound);
    }
    Ok(p)
}

/// The countries whose position the viewer casts (a focal point's).
pub(crate) fn position_countries(viewer: &Viewer) -> Vec<String> {
    viewer.reach(Action::CastCountryPosition).countries().iter().map(|c| c.to_string()).collect()
}

/// The member organisations whose stance the viewer states (a representative's).
pub(crate) fn stance_entities(viewer: &Viewer) -> Vec<i64> {
    viewer.reach(Action::StateEntityStance).entities().iter().map(|e| e.0).collect()
}

pub(crate) fn bad(key: &'static str) -> AppError {
    AppError::Invalid(key)
}

//! One file per use case.

use web::confirm;
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

/// A decision's summary in the reader's language: from its count when it has one, otherwise
/// the summary as written (in a meeting, or before counts were kept).
pub(crate) fn decision_summary(tr: &web::Tr, d: &crate::store::DecisionRow) -> String {
    match crate::domain::Count::parse(&d.counts) {
        Some(count) => {
            let args = count.args();
            let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
            tr.t_args("outcome-summary", &args)
        }
        None => d.summary.clone(),
    }
}

/// Countries by their names in the reader's language (code, name), in that language's order.
pub(crate) fn by_name(app: &AppState, lang: &str, codes: &[String]) -> Vec<(String, String)> {
    let mut named: Vec<(String, String)> =
        codes.iter().map(|c| (c.clone(), app.reference.country_name(c, lang))).collect();
    named.sort_by(|a, b| a.1.to_lowercase().cmp(&b.1.to_lowercase()).then(a.0.cmp(&b.0)));
    named
}

pub(crate) fn bad(key: &'static str) -> AppError {
    AppError::Invalid(key)
}

//! Membership formalisation: organisation ("entity") profiles, the two-tier admission
//! (country focal point, then ASEC management, then the MOU on the SSE Development Roadmap),
//! and country network pages. Other capabilities read active members through [`public`],
//! never the tables.

mod demo;
mod domain;
mod http;
mod import;
mod index;
mod names;
pub mod public;
mod renewal;
mod service;
mod store;
#[cfg(feature = "testing")]
pub mod testing;
mod waiting;

use axum::Router;
use web::{AppState, NavItem};

pub use demo::{DEMO_PASSWORD, SampleMember, insert_sample_members, load as load_demo};
pub use http::api::api_router;
pub use import::{
    COLUMNS as IMPORT_COLUMNS, Problem as ImportProblem, Report as ImportReport, run as import_members,
};
pub use names::{find_objects, object_names};
pub use renewal::{run as run_renewals, spawn as spawn_renewals};
pub use service::move_legacy_logos;
pub use waiting::waiting;

pub fn router() -> Router<AppState> {
    http::router()
}

/// The navigation links this capability adds.
pub fn nav() -> Vec<NavItem> {
    vec![
        NavItem::public("/countries", "nav-countries"),
        NavItem::public("/apply", "nav-apply"),
        NavItem::for_action("/membership/pipeline", "nav-pipeline", kernel::Action::EndorseApplication),
        NavItem::for_action("/membership/members", "nav-members", kernel::Action::EndorseApplication),
        NavItem::for_action("/membership/mou", "nav-mou", kernel::Action::ApproveMembership),
    ]
}

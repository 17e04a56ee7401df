//! Collective decisions: management opens proposals; each country's member entities state
//! their stances; the country's focal points cast its one position; the rule decides when
//! the proposal closes; the outcome goes into the decisions register.

mod closing;
mod demo;
mod domain;
mod http;
mod names;
mod service;
mod store;
#[cfg(feature = "testing")]
pub mod testing;
mod waiting;

use axum::Router;
use web::{AppState, NavItem};

pub fn router() -> Router<AppState> {
    http::router()
}

pub use closing::{run as run_closings, spawn as spawn_closings};
pub use demo::load as load_demo;
pub use names::object_names;
pub use service::move_legacy_attachments;
pub use waiting::waiting;

/// The navigation links this capability adds.
pub fn nav() -> Vec<NavItem> {
    vec![
        NavItem::public("/governance/proposals", "nav-governance"),
        NavItem::for_action("/governance/meetings", "nav-meetings", kernel::Action::ReadMembersOnly),
        NavItem::for_action(
            "/governance/settings",
            "nav-governance-settings",
            kernel::Action::ConfigureGovernance,
        ),
    ]
}

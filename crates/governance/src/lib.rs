//! Collective decisions: management opens proposals; each country's member entities state
//! their stances; the country's focal points cast its one position; the rule decides when
//! the proposal closes; the outcome goes into the decisions register.

mod closing;
mod demo;
mod domain;
mod http;
mod service;
mod store;
#[cfg(feature = "testing")]
pub mod testing;

use axum::Router;
use web::{AppState, NavItem};

pub fn router() -> Router<AppState> {
    http::router()
}

pub use closing::{run as run_closings, spawn as spawn_closings};
pub use demo::load as load_demo;
pub use service::move_legacy_attachments;

/// The navigation links this capability adds.
pub fn nav() -> Vec<NavItem> {
    vec![NavItem { href: "/governance/proposals", label_key: "nav-governance" }]
}

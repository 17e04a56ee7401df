//! Collective decisions: management opens proposals; each country's member entities state
//! their stances; the country's focal points cast its one position; the rule decides when
//! the proposal closes; the outcome goes into the decisions register.

pub mod closing;
pub mod demo;
pub mod domain;
mod http;
pub mod store;

use axum::Router;
use web::{AppState, NavItem};

pub fn router() -> Router<AppState> {
    http::router()
}

/// The navigation links this capability adds.
pub fn nav() -> Vec<NavItem> {
    vec![NavItem { href: "/governance/proposals", label_key: "nav-governance" }]
}

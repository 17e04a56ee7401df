//! Membership formalisation: organisation ("entity") profiles, the two-tier admission
//! (country focal point, then ASEC management, then the MOU on the SSE Development Roadmap),
//! and country network pages. Other capabilities read active members through the functions
//! here, never the tables.

pub mod demo;
pub mod domain;
mod http;
pub mod import;
pub mod index;
pub mod public;
pub mod renewal;
pub mod store;

use axum::Router;
use web::{AppState, NavItem};

pub fn router() -> Router<AppState> {
    http::router()
}

pub use http::api::api_router;

/// The navigation links this capability adds.
pub fn nav() -> Vec<NavItem> {
    vec![
        NavItem { href: "/countries", label_key: "nav-countries" },
        NavItem { href: "/apply", label_key: "nav-apply" },
    ]
}

//! The public SSE directory: active members and their community projects, filtered, searched
//! in any script, on a map that needs no tile server, and as open data (CSV, GeoJSON,
//! JSON-LD with ESSGlobal, Murmurations profiles, Atom, sitemap). Members are read only
//! through `membership::public`.

mod domain;
mod http;
mod index;
mod names;
mod sample;
mod service;
mod store;
#[cfg(feature = "testing")]
pub mod testing;

use axum::Router;
use web::{AppState, NavItem};

pub fn router() -> Router<AppState> {
    http::router()
}

pub use http::api::api_router;
pub use names::object_names;
pub use sample::{demo_projects, generate as generate_sample_data};
pub use service::move_legacy_photos;

/// The navigation links this capability adds.
pub fn nav() -> Vec<NavItem> {
    vec![NavItem::public("/directory", "nav-directory")]
}

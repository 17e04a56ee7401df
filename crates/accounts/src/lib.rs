//! Accounts and access: sign-up, verification, sign-in with optional TOTP, password reset,
//! sessions, role grants, the audit log, personal API tokens, rate limits, settings and the
//! email outbox. Other capabilities use the functions re-exported here; none touches these
//! tables.

mod domain;
mod http;
mod mail;
mod names;
mod service;
mod session;
mod store;
#[cfg(feature = "testing")]
pub mod testing;
mod waiting;
mod write;

use axum::Router;
use web::AppState;

pub use http::api::api_router;
pub use mail::spawn_worker as spawn_mail_worker;
pub use names::object_names;
pub use service::{
    GrantOutcome, Person, admin_setup_link, create_confirmed_account, display_names, grant_in,
    grant_role_from_cli, has_administrator, holders, holders_of_role, notify, person, person_by_email,
    revoke_in, set_setting, setting,
};
pub use session::session_layer;
pub use waiting::waiting;
pub use write::Write;

/// The navigation links this capability adds: administration, for those who run the platform.
pub fn nav() -> Vec<web::NavItem> {
    vec![web::NavItem::for_action("/admin", "nav-admin", kernel::Action::ManageAccounts)]
}

/// Every page of this capability.
pub fn router() -> Router<AppState> {
    http::router()
}

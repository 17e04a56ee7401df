use crate::config::Config;
use crate::metrics::Metrics;
use kernel::{Clock, ReferenceData};
use sea_orm::DatabaseConnection;
use std::sync::Arc;

/// A link in the main navigation, added by each capability as it is mounted.
#[derive(Debug, Clone)]
pub struct NavItem {
    pub href: &'static str,
    /// Fluent key of the label.
    pub label_key: &'static str,
    /// Shown only to people who may do this somewhere (or would, with the second factor);
    /// `None` for links everyone uses.
    pub for_action: Option<kernel::Action>,
}

impl NavItem {
    /// A link for everyone.
    pub const fn public(href: &'static str, label_key: &'static str) -> NavItem {
        NavItem { href, label_key, for_action: None }
    }

    /// A link for the people whose roles use it.
    pub const fn for_action(href: &'static str, label_key: &'static str, action: kernel::Action) -> NavItem {
        NavItem { href, label_key, for_action: Some(action) }
    }
}

/// What every handler can reach. Cheap to clone; nothing here is state another instance
/// would need (sessions, rate limits and jobs live in the database).
#[derive(Clone)]
pub struct AppState {
    pub db: DatabaseConnection,
    pub config: Arc<Config>,
    pub reference: Arc<ReferenceData>,
    pub clock: Arc<dyn Clock>,
    /// Uploaded files (logos, photos, attachments): a folder or an S3 bucket.
    pub files: files::FileStore,
    pub metrics: Arc<Metrics>,
    pub nav: Arc<Vec<NavItem>>,
    /// What each capability has waiting for a person, for their home page.
    pub waiting: Arc<Vec<crate::WaitingSource>>,
    /// Each capability's names for the records the audit log speaks of.
    pub object_names: Arc<Vec<crate::audit::ObjectNames>>,
    /// Each capability's search of its records by name, for pickers.
    pub find_objects: Arc<Vec<crate::audit::FindObjects>>,
}

impl AppState {
    pub fn now(&self) -> chrono::DateTime<chrono::Utc> {
        self.clock.now()
    }
}

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
}

impl AppState {
    pub fn now(&self) -> chrono::DateTime<chrono::Utc> {
        self.clock.now()
    }
}

//! Keeps projects in the platform's search index (`store::search`, document type `project`):
//! titles, summaries, descriptions and places in every language. Whether a project shows is
//! decided when it is read (its member must be active), so the index need not follow members.

use crate::domain::Project;
use sea_orm::{ConnectionTrait, DbErr};

pub const DOC_TYPE: &str = "project";

pub async fn reindex(c: &impl ConnectionTrait, id: i64, p: &Project) -> Result<(), DbErr> {
    let mut text = vec![p.title.as_str(), p.summary.as_str(), p.description.as_str(), p.place.as_str()];
    for t in &p.translations {
        text.extend([t.title.as_str(), t.summary.as_str(), t.description.as_str()]);
    }
    store::search::index(c, DOC_TYPE, &id.to_string(), &text.join("\n")).await
}

pub async fn remove(c: &impl ConnectionTrait, id: i64) -> Result<(), DbErr> {
    store::search::remove(c, DOC_TYPE, &id.to_string()).await
}

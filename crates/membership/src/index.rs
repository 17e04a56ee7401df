//! Keeps active members in the platform's search index (`store::search`, document type
//! `entity`): names, places and descriptions in every language. Only active members are
//! there, so a search never reveals an application.

use crate::domain::Status;
use crate::store;
use sea_orm::{ConnectionTrait, DbErr};

pub const DOC_TYPE: &str = "entity";

/// Indexes the entity if it is an active member, removes it otherwise. Call it inside the
/// transaction of any change to its profile or status.
pub async fn reindex(c: &impl ConnectionTrait, id: i64) -> Result<(), DbErr> {
    let key = id.to_string();
    let Some(e) = store::find_entity(c, id).await?.filter(|e| e.status() == Status::Active) else {
        return ::store::search::remove(c, DOC_TYPE, &key).await;
    };
    let profile = store::load_profile(c, &e).await?;
    let mut text = vec![profile.legal_name, profile.short_name, profile.city, profile.description];
    text.extend(profile.other_descriptions.into_iter().map(|(_, d)| d));
    ::store::search::index(c, DOC_TYPE, &key, &text.join("\n")).await
}

/// Active members whose name, place or description contains `query`, at most `limit`.
pub async fn search(c: &impl ConnectionTrait, query: &str, limit: i64) -> Result<Vec<i64>, DbErr> {
    Ok(::store::search::find(c, DOC_TYPE, query, limit)
        .await?
        .into_iter()
        .filter_map(|hit| hit.doc_ref.parse().ok())
        .collect())
}

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
    let Some(e) = store::find_entity(c, id).await?.filter(|e| e.status == Status::Active) else {
        return ::store::search::remove(c, DOC_TYPE, &key).await;
    };
    let profile = store::load_profile(c, &e).await?;
    ::store::search::index(c, DOC_TYPE, &key, &searchable_text(&profile)).await
}

/// Names, place and descriptions in every language.
pub(crate) fn searchable_text(profile: &crate::domain::Profile) -> String {
    let mut text = vec![profile.legal_name.as_str(), profile.short_name.as_str(), profile.city.as_str()];
    text.push(profile.description.as_str());
    text.extend(profile.other_descriptions.iter().map(|(_, d)| d.as_str()));
    text.join("\n")
}

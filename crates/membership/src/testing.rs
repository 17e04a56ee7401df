//! What the integration tests need of members that no page offers: putting members with
//! every field (private contacts too) in place at once, and reading what pages hide. Compiled
//! only with the `testing` feature, which only the test binary enables.

use crate::domain::Status;
use crate::store;
use sea_orm::ConnectionTrait;
use web::AppState;

pub use crate::domain::{Contact, Profile};

/// Creates entities from ready profiles on behalf of `applicant`: active members, indexed
/// for search, or drafts (`active` false). Returns their ids, in order.
pub async fn insert_members(
    app: &AppState,
    applicant: kernel::UserId,
    profiles: &[Profile],
    active: bool,
) -> Vec<i64> {
    let w = accounts::Write::begin(app, None).await.expect("a transaction");
    let mut ids = Vec::new();
    for profile in profiles {
        let id = store::create_entity(w.tx(), profile, applicant.0, w.now()).await.expect("entity created");
        if active {
            store::set_status(w.tx(), id, 1, Status::Draft, Status::Active, "", w.now())
                .await
                .expect("activated");
        }
        crate::index::reindex(w.tx(), id).await.expect("indexed");
        ids.push(id);
    }
    w.audit("entity.test_seed", "entity", ids.first().copied().unwrap_or_default(), None, None)
        .await
        .expect("audited");
    w.commit().await.expect("committed");
    ids
}

/// An entity's name and status as stored (`draft`, `active`, …), whoever may see it.
pub async fn entity(c: &impl ConnectionTrait, id: i64) -> Option<(String, String)> {
    store::find_entity(c, id)
        .await
        .expect("entities readable")
        .map(|e| (e.legal_name, e.status.as_str().to_string()))
}

/// A logo kept as bytes in the database, as versions before the file store kept it.
pub async fn insert_legacy_logo(c: &impl ConnectionTrait, entity: i64, bytes: Vec<u8>) {
    ::store::exec(
        c,
        "INSERT INTO entity_logos (entity_id, content_type, bytes, updated_at) VALUES (?, 'image/png', ?, ?)",
        ::store::values![entity, bytes, chrono::Utc::now()],
    )
    .await
    .expect("legacy logo kept");
}

/// How many logos are still kept as bytes in the database.
pub async fn legacy_logo_count(c: &impl ConnectionTrait) -> i64 {
    store::legacy_logo_count(c).await.expect("countable")
}

/// An entity's status and country network as stored, whoever may see it.
pub async fn entity_status_and_country(c: &impl ConnectionTrait, id: i64) -> Option<(String, String)> {
    store::find_entity(c, id)
        .await
        .expect("entities readable")
        .map(|e| (e.status.as_str().to_string(), e.network_country))
}

/// The limits of the profile's fields, which the form states and gives the browser.
pub use crate::domain::{
    CITY_MAX, COMMITMENT_MAX, CONTACT_TEXT_MAX, DESCRIPTION_MAX, LEGAL_NAME_MAX, PHONE_MAX, REGISTRATION_MAX,
    SHORT_NAME_MAX, WEB_ADDRESS_MAX,
};

/// The language codes an entity's profile keeps, whoever may see it.
pub async fn languages(c: &impl ConnectionTrait, id: i64) -> Vec<String> {
    let e = store::find_entity(c, id).await.expect("entities readable").expect("the entity");
    store::load_profile(c, &e).await.expect("its profile").languages
}

/// Who countersigned an entity's latest accepted MOU and when, if anyone has.
pub async fn countersignature(
    c: &impl ConnectionTrait,
    id: i64,
) -> Option<(i64, chrono::DateTime<chrono::Utc>)> {
    store::signed_mou(c, id)
        .await
        .expect("acceptances readable")
        .and_then(|m| m.countersigned_by.zip(m.countersigned_at))
}

//! What the integration tests read of members that no page shows in a form they can parse.
//! Compiled only with the `testing` feature, which only the test binary enables.

use crate::store;
use sea_orm::ConnectionTrait;

/// An entity's status as stored (`draft`, `active`, …), whoever may see it.
pub async fn status_of(c: &impl ConnectionTrait, id: i64) -> Option<String> {
    store::find_entity(c, id).await.expect("entities readable").map(|e| e.status.as_str().to_string())
}

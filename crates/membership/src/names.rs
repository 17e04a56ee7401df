//! Membership's records as the audit log names them: entities by their legal name.

use web::AppState;
use web::audit::{NamesFuture, named};

pub fn object_names<'a>(app: &'a AppState, object_type: &'a str, ids: &'a [String]) -> NamesFuture<'a> {
    Box::pin(async move {
        if object_type != "entity" {
            return Ok(Default::default());
        }
        named(app, "SELECT id, legal_name AS name FROM entities WHERE id IN ({ids})", ids, |id| {
            format!("/applications/{id}")
        })
        .await
    })
}

//! The accounts' records as the audit log names them: people by their display name.

use web::AppState;
use web::audit::{NamesFuture, named};

pub fn object_names<'a>(app: &'a AppState, object_type: &'a str, ids: &'a [String]) -> NamesFuture<'a> {
    Box::pin(async move {
        if object_type != "user" {
            return Ok(Default::default());
        }
        named(app, "SELECT id, display_name AS name FROM users WHERE id IN ({ids})", ids, |id| {
            format!("/admin/users/{id}")
        })
        .await
    })
}

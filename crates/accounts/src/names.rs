//! The accounts' records as the audit log names them: people by their display name.

use web::AppState;
use web::audit::{Named, NamesFuture, numeric_ids};

pub fn object_names<'a>(app: &'a AppState, object_type: &'a str, ids: &'a [String]) -> NamesFuture<'a> {
    Box::pin(async move {
        if object_type != "user" {
            return Ok(Default::default());
        }
        let rows = store::names_by_id(
            &app.db,
            "SELECT id, display_name AS name FROM users WHERE id IN ({ids})",
            &numeric_ids(ids),
        )
        .await?;
        Ok(rows
            .into_iter()
            .map(|(id, name)| (id.to_string(), Named { name, href: format!("/admin/users/{id}") }))
            .collect())
    })
}

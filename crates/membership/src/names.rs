//! Membership's records as the audit log names them: entities by their legal name.

use web::AppState;
use web::audit::{Named, NamesFuture, numeric_ids};

pub fn object_names<'a>(app: &'a AppState, object_type: &'a str, ids: &'a [String]) -> NamesFuture<'a> {
    Box::pin(async move {
        if object_type != "entity" {
            return Ok(Default::default());
        }
        let rows = store::names_by_id(
            &app.db,
            "SELECT id, legal_name AS name FROM entities WHERE id IN ({ids})",
            &numeric_ids(ids),
        )
        .await?;
        Ok(rows
            .into_iter()
            .map(|(id, name)| (id.to_string(), Named { name, href: format!("/applications/{id}") }))
            .collect())
    })
}

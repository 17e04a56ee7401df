//! The directory's records as the audit log names them: projects by their title.

use web::AppState;
use web::audit::{Named, NamesFuture, numeric_ids};

pub fn object_names<'a>(app: &'a AppState, object_type: &'a str, ids: &'a [String]) -> NamesFuture<'a> {
    Box::pin(async move {
        if object_type != "project" {
            return Ok(Default::default());
        }
        let rows = store::names_by_id(
            &app.db,
            "SELECT id, title AS name FROM projects WHERE id IN ({ids})",
            &numeric_ids(ids),
        )
        .await?;
        Ok(rows
            .into_iter()
            .map(|(id, name)| (id.to_string(), Named { name, href: format!("/directory/projects/{id}") }))
            .collect())
    })
}

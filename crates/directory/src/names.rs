//! The directory's records as the audit log names them: projects by their title.

use web::AppState;
use web::audit::{NamesFuture, named};

pub fn object_names<'a>(app: &'a AppState, object_type: &'a str, ids: &'a [String]) -> NamesFuture<'a> {
    Box::pin(async move {
        if object_type != "project" {
            return Ok(Default::default());
        }
        named(app, "SELECT id, title AS name FROM projects WHERE id IN ({ids})", ids, |id| {
            format!("/directory/projects/{id}")
        })
        .await
    })
}

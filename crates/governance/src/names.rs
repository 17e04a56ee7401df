//! Governance's records as the audit log names them: proposals, meetings and decisions by
//! their titles.

use web::AppState;
use web::audit::{Named, NamesFuture, numeric_ids};

pub fn object_names<'a>(app: &'a AppState, object_type: &'a str, ids: &'a [String]) -> NamesFuture<'a> {
    Box::pin(async move {
        let (sql, href): (&str, fn(i64) -> String) = match object_type {
            "proposal" => ("SELECT id, title AS name FROM proposals WHERE id IN ({ids})", |id| {
                format!("/governance/proposals/{id}")
            }),
            "meeting" => ("SELECT id, title AS name FROM meetings WHERE id IN ({ids})", |id| {
                format!("/governance/meetings/{id}")
            }),
            "decision" => ("SELECT id, title AS name FROM decisions WHERE id IN ({ids})", |_| {
                "/governance/decisions".into()
            }),
            _ => return Ok(Default::default()),
        };
        let rows = store::names_by_id(&app.db, sql, &numeric_ids(ids)).await?;
        Ok(rows.into_iter().map(|(id, name)| (id.to_string(), Named { name, href: href(id) })).collect())
    })
}

//! Governance's records as the audit log names them: proposals, meetings and decisions by
//! their titles.

use web::AppState;
use web::audit::{NamesFuture, named};

pub fn object_names<'a>(app: &'a AppState, object_type: &'a str, ids: &'a [String]) -> NamesFuture<'a> {
    Box::pin(async move {
        match object_type {
            "proposal" => {
                let sql = "SELECT id, title AS name FROM proposals WHERE id IN ({ids})";
                named(app, sql, ids, |id| format!("/governance/proposals/{id}")).await
            }
            "meeting" => {
                let sql = "SELECT id, title AS name FROM meetings WHERE id IN ({ids})";
                named(app, sql, ids, |id| format!("/governance/meetings/{id}")).await
            }
            "decision" => {
                let sql = "SELECT id, title AS name FROM decisions WHERE id IN ({ids})";
                named(app, sql, ids, |_| "/governance/decisions".into()).await
            }
            _ => Ok(Default::default()),
        }
    })
}

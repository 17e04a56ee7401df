//! Names of the records the audit log speaks of. Each capability names its own (an entity's
//! legal name, a proposal's title) with a link, so the log reads "Koperasi Wanita Sejahtera"
//! where it stored `entity 41`. A capability joins by giving the platform one [`ObjectNames`].

use crate::{AppResult, AppState};
use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;

/// A record's name and the page that shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Named {
    pub name: String,
    pub href: String,
}

pub type NamesFuture<'a> = Pin<Box<dyn Future<Output = AppResult<HashMap<String, Named>>> + Send + 'a>>;

/// The names of the records of `object_type` among `ids` (the audit log's text ids), in one
/// query; an empty map for types the capability does not own.
pub type ObjectNames = for<'a> fn(&'a AppState, &'a str, &'a [String]) -> NamesFuture<'a>;

pub type FoundFuture<'a> = Pin<Box<dyn Future<Output = AppResult<Vec<(i64, Named)>>> + Send + 'a>>;

/// What a picker looks for: records of `object_type` whose name holds `query`, at most
/// `limit`, named in `lang`.
#[derive(Debug, Clone, Copy)]
pub struct Find<'a> {
    pub object_type: &'a str,
    pub query: &'a str,
    pub lang: &'a str,
    pub limit: u64,
}

/// The records a [`Find`] names, by name: how an administrator picks an organisation by name
/// for a role. Empty for types the capability does not own.
pub type FindObjects = for<'a> fn(&'a AppState, Find<'a>) -> FoundFuture<'a>;

/// What every capability finds.
pub async fn find(app: &AppState, wanted: Find<'_>) -> AppResult<Vec<(i64, Named)>> {
    let mut found = Vec::new();
    for source in app.find_objects.iter() {
        found.extend(source(app, wanted).await?);
    }
    Ok(found)
}

/// The name of one record, when it exists.
pub async fn name_of(app: &AppState, object_type: &str, id: i64) -> AppResult<Option<Named>> {
    let ids = [id.to_string()];
    for source in app.object_names.iter() {
        if let Some(named) = source(app, object_type, &ids).await?.remove(&ids[0]) {
            return Ok(Some(named));
        }
    }
    Ok(None)
}

/// The numeric ids among the audit log's text ids.
pub fn numeric_ids(ids: &[String]) -> Vec<i64> {
    let mut out: Vec<i64> = ids.iter().filter_map(|id| id.parse().ok()).collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// The names of a capability's records among `ids` by its own query (`store::names_by_id`'s
/// form, `{ids}` where the list goes), each linked to the page `href` makes of its id.
pub async fn named(
    app: &AppState,
    sql: &str,
    ids: &[String],
    href: impl Fn(i64) -> String,
) -> AppResult<HashMap<String, Named>> {
    let rows = store::names_by_id(&app.db, sql, &numeric_ids(ids)).await?;
    Ok(rows.into_iter().map(|(id, name)| (id.to_string(), Named { name, href: href(id) })).collect())
}

//! Membership's records as the audit log names them and pickers find them: entities by their
//! legal name.

use web::AppState;
use web::audit::{Find, FoundFuture, Named, NamesFuture, named};

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

/// Organisations whose legal name holds the query (any case), by name; each named with its
/// country so two of the same name can be told apart.
pub fn find_objects<'a>(app: &'a AppState, wanted: Find<'a>) -> FoundFuture<'a> {
    Box::pin(async move {
        let key = crate::store::name_key(wanted.query);
        if wanted.object_type != "entity" || key.is_empty() {
            return Ok(Vec::new());
        }
        let found = crate::store::entities_named_like(&app.db, &key, wanted.limit).await?;
        Ok(found
            .into_iter()
            .map(|(id, name, country)| {
                let country_name = kernel::CountryCode::parse(&country)
                    .and_then(|c| app.reference.country(&c).map(|c| c.name.get(wanted.lang).to_string()))
                    .unwrap_or(country);
                (id, Named { name: format!("{name} ({country_name})"), href: format!("/applications/{id}") })
            })
            .collect())
    })
}

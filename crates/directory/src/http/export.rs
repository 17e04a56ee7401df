//! Downloads of the directory, honouring the page's filters: CSV (opens in a spreadsheet in
//! any script), GeoJSON (WGS84 points), and JSON-LD with the ESSGlobal vocabulary beside
//! schema.org. Only public fields; every file names the licence management chose.

use super::{badges, dimension_names, kind_name};
use crate::domain::{self, DirectoryQuery, Filter, Licence, MAX_EXPORT_ROWS, essglobal_legal_form};
use crate::store::{self, ProjectRow};
use axum::Router;
use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use membership::public::PublicEntity;
use serde_json::{Value, json};
use web::{AppError, AppResult, AppState, RequestContext, Tr};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/directory/entities.csv", get(entities_csv))
        .route("/directory/entities.geojson", get(entities_geojson))
        .route("/directory/entities.jsonld", get(entities_jsonld))
        .route("/directory/projects.csv", get(projects_csv))
        .route("/directory/projects.geojson", get(projects_geojson))
}

pub const ESSGLOBAL: &str = "http://purl.org/essglobal/vocab/";
const LEGAL_FORMS: &str = "http://purl.org/essglobal/standard/legal-form/";
const ICA_ACTIVITIES: &str = "http://purl.org/essglobal/standard/activities-ica/";

fn checked(app: &AppState, raw: &DirectoryQuery) -> AppResult<Filter> {
    domain::check(raw, &app.reference).map_err(|unknown| AppError::Invalid(unknown[0].message_key))
}

async fn matching_entities(app: &AppState, f: &Filter) -> AppResult<Vec<PublicEntity>> {
    let Some(facets) = f.entity_facets(&app.reference) else {
        return Ok(Vec::new());
    };
    Ok(membership::public::page(&app.db, &facets.into(), f.sort.into(), MAX_EXPORT_ROWS, 0).await?.1)
}

async fn matching_projects(app: &AppState, f: &Filter) -> AppResult<Vec<ProjectRow>> {
    let Some(countries) = f.countries(&app.reference) else {
        return Ok(Vec::new());
    };
    Ok(store::page(&app.db, f, &countries, MAX_EXPORT_ROWS, 0).await?.1)
}

fn download(body: Vec<u8>, content_type: &str, file: &str, licence: &Licence) -> Response {
    (
        [
            (header::CONTENT_TYPE, content_type.to_string()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{file}\"")),
            (header::LINK, format!("<{}>; rel=\"license\"", licence.url)),
        ],
        body,
    )
        .into_response()
}

fn join<T: ToString>(items: &[T]) -> String {
    items.iter().map(T::to_string).collect::<Vec<_>>().join(";")
}

fn opt<T: ToString>(v: Option<T>) -> String {
    v.map(|v| v.to_string()).unwrap_or_default()
}

pub(crate) fn entity_url(app: &AppState, id: i64) -> String {
    format!("{}/directory/entities/{id}", app.config.base_url.trim_end_matches('/'))
}

pub(crate) fn project_url(app: &AppState, id: i64) -> String {
    format!("{}/directory/projects/{id}", app.config.base_url.trim_end_matches('/'))
}

/// The CSV downloads are the directory in a spreadsheet: their headers and their words (kind,
/// country, constituency, sector, SDG, dimension, status) are in the visitor's language, and
/// every coded value keeps its code in a column of its own, so the file can still be joined and
/// filtered by code. The stable, language-free field names are those of the GeoJSON, JSON-LD and
/// Murmurations documents. Each column is (the Fluent key of its header without
/// `directory-csv-`).
pub(crate) const ENTITY_COLUMNS: [&str; 29] = [
    "id",
    "url",
    "legal-name",
    "short-name",
    "kind-code",
    "kind",
    "country-code",
    "country",
    "network-country-code",
    "network-country",
    "city",
    "latitude",
    "longitude",
    "website",
    "members-total",
    "members-women",
    "beneficiaries-total",
    "beneficiaries-women",
    "sdg-numbers",
    "sdgs",
    "constituency-codes",
    "constituencies",
    "sector-codes",
    "sectors",
    "language-codes",
    "member-since",
    "description",
    "description-lang",
    "licence",
];

pub(crate) const PROJECT_COLUMNS: [&str; 29] = [
    "id",
    "url",
    "member-id",
    "member-url",
    "member",
    "title",
    "summary",
    "lang",
    "place",
    "country-code",
    "country",
    "network-country-code",
    "network-country",
    "latitude",
    "longitude",
    "starts-on",
    "ends-on",
    "status-code",
    "status",
    "beneficiaries-total",
    "beneficiaries-women",
    "sdg-numbers",
    "sdgs",
    "constituency-codes",
    "constituencies",
    "dimension-numbers",
    "dimensions",
    "featured",
    "licence",
];

fn csv_headers(tr: &Tr, columns: &[&str]) -> Vec<String> {
    columns.iter().map(|c| tr.t(&format!("directory-csv-{c}"))).collect()
}

/// Names in a cell: separated by "; " (names may hold commas).
fn names(items: impl Iterator<Item = String>) -> String {
    items.collect::<Vec<_>>().join("; ")
}

fn csv(tr: &Tr, columns: &[&str], rows: impl Iterator<Item = Vec<String>>) -> AppResult<Vec<u8>> {
    let headers = csv_headers(tr, columns);
    let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
    web::csv::to_bytes(&headers, rows)
}

async fn entities_csv(
    State(app): State<AppState>,
    context: RequestContext,
    Query(raw): Query<DirectoryQuery>,
) -> AppResult<Response> {
    let f = checked(&app, &raw)?;
    let licence = super::current_licence(&app).await?;
    let rows = matching_entities(&app, &f).await?;
    let (r, lang, tr) = (&app.reference, context.lang, Tr::new(context.lang));
    let body = csv(
        &tr,
        &ENTITY_COLUMNS,
        rows.iter().map(|e| {
            vec![
                e.id.to_string(),
                entity_url(&app, e.id),
                e.legal_name.clone(),
                e.short_name.clone(),
                e.kind.clone(),
                kind_name(r, lang, &e.kind),
                e.country.clone(),
                r.country_name(&e.country, lang),
                e.network_country.clone(),
                r.country_name(&e.network_country, lang),
                e.city.clone(),
                opt(e.latitude),
                opt(e.longitude),
                e.website.clone(),
                opt(e.members_total),
                opt(e.members_women),
                opt(e.beneficiaries_total),
                opt(e.beneficiaries_women),
                join(&e.sdgs),
                names(badges(r, lang, &e.sdgs).into_iter().map(|b| b.title)),
                join(&e.constituencies),
                names(
                    e.constituencies
                        .iter()
                        .filter_map(|c| r.constituency(c))
                        .map(|c| c.name.get(lang).to_string()),
                ),
                join(&e.sectors),
                names(e.sectors.iter().filter_map(|c| r.sector(c)).map(|c| c.name.get(lang).to_string())),
                join(&e.languages),
                e.member_since.as_deref().map(domain::timestamp).unwrap_or_default(),
                e.description.clone(),
                e.description_lang.clone(),
                licence.url.to_string(),
            ]
        }),
    )?;
    Ok(download(body, "text/csv; charset=utf-8", "asec-members.csv", &licence))
}

async fn projects_csv(
    State(app): State<AppState>,
    context: RequestContext,
    Query(raw): Query<DirectoryQuery>,
) -> AppResult<Response> {
    let f = checked(&app, &raw)?;
    let licence = super::current_licence(&app).await?;
    let rows = matching_projects(&app, &f).await?;
    let ids: Vec<i64> = rows.iter().map(|p| p.id).collect();
    let mut lists = store::lists_for(&app.db, &ids, true).await?;
    let mut owner_ids: Vec<i64> = rows.iter().map(|p| p.entity_id).collect();
    owner_ids.sort_unstable();
    owner_ids.dedup();
    let owners = membership::public::names(&app.db, &owner_ids).await?;
    let (r, lang, tr) = (&app.reference, context.lang, Tr::new(context.lang));
    let (yes, no) = (tr.t("directory-csv-yes"), tr.t("directory-csv-no"));
    let body = csv(
        &tr,
        &PROJECT_COLUMNS,
        rows.iter().map(|p| {
            let project = store::as_project(p, &mut lists);
            vec![
                p.id.to_string(),
                project_url(&app, p.id),
                p.entity_id.to_string(),
                entity_url(&app, p.entity_id),
                owners.get(&p.entity_id).map(|(name, _)| name.clone()).unwrap_or_default(),
                p.title.clone(),
                p.summary.clone(),
                p.lang.clone(),
                p.place.clone(),
                p.country_code.clone(),
                r.country_name(&p.country_code, lang),
                p.network_country.clone(),
                r.country_name(&p.network_country, lang),
                opt(p.latitude_e6.map(|v| v as f64 / 1e6)),
                opt(p.longitude_e6.map(|v| v as f64 / 1e6)),
                p.starts_on.clone(),
                p.ends_on.clone(),
                p.status.as_str().to_string(),
                tr.t(&p.status.label_key()),
                opt(p.beneficiaries_total),
                opt(p.beneficiaries_women),
                join(&project.sdgs),
                names(badges(r, lang, &project.sdgs).into_iter().map(|b| b.title)),
                join(&project.constituencies),
                names(
                    project
                        .constituencies
                        .iter()
                        .filter_map(|c| r.constituency(c))
                        .map(|c| c.name.get(lang).to_string()),
                ),
                join(&project.dimensions),
                names(dimension_names(r, lang, &project.dimensions).into_iter()),
                if p.featured { yes.clone() } else { no.clone() },
                licence.url.to_string(),
            ]
        }),
    )?;
    Ok(download(body, "text/csv; charset=utf-8", "asec-projects.csv", &licence))
}

fn point(latitude: Option<f64>, longitude: Option<f64>) -> Value {
    match (latitude, longitude) {
        (Some(lat), Some(lon)) => json!({ "type": "Point", "coordinates": [lon, lat] }),
        _ => Value::Null,
    }
}

fn collection(app: &AppState, name: &str, licence: &Licence, features: Vec<Value>) -> Vec<u8> {
    let doc = json!({
        "type": "FeatureCollection",
        "name": name,
        "attribution": app.reference.network.name.get("en"),
        "license": { "id": licence.id, "name": licence.name, "url": licence.url },
        "features": features,
    });
    serde_json::to_vec(&doc).unwrap_or_default()
}

async fn entities_geojson(
    State(app): State<AppState>,
    Query(raw): Query<DirectoryQuery>,
) -> AppResult<Response> {
    let f = checked(&app, &raw)?;
    let licence = super::current_licence(&app).await?;
    let features = matching_entities(&app, &f)
        .await?
        .into_iter()
        .map(|e| {
            json!({
                "type": "Feature",
                "id": e.id,
                "geometry": point(e.latitude, e.longitude),
                "properties": {
                    "url": entity_url(&app, e.id), "name": e.legal_name, "short_name": e.short_name,
                    "kind": e.kind, "country": e.country, "network_country": e.network_country, "city": e.city,
                    "website": e.website, "members_total": e.members_total, "members_women": e.members_women,
                    "beneficiaries_total": e.beneficiaries_total, "beneficiaries_women": e.beneficiaries_women,
                    "sdgs": e.sdgs, "constituencies": e.constituencies, "sectors": e.sectors,
                    "languages": e.languages, "member_since": e.member_since.as_deref().map(domain::timestamp), "description": e.description,
                    "description_lang": e.description_lang,
                },
            })
        })
        .collect();
    let body = collection(&app, "asec-members", &licence, features);
    Ok(download(body, "application/geo+json", "asec-members.geojson", &licence))
}

async fn projects_geojson(
    State(app): State<AppState>,
    Query(raw): Query<DirectoryQuery>,
) -> AppResult<Response> {
    let f = checked(&app, &raw)?;
    let licence = super::current_licence(&app).await?;
    let rows = matching_projects(&app, &f).await?;
    let ids: Vec<i64> = rows.iter().map(|p| p.id).collect();
    let mut lists = store::lists_for(&app.db, &ids, true).await?;
    let features = rows
        .iter()
        .map(|p| {
            let project = store::as_project(p, &mut lists);
            json!({
                "type": "Feature",
                "id": p.id,
                "geometry": point(p.latitude_e6.map(|v| v as f64 / 1e6), p.longitude_e6.map(|v| v as f64 / 1e6)),
                "properties": {
                    "url": project_url(&app, p.id), "member_id": p.entity_id, "member_url": entity_url(&app, p.entity_id),
                    "title": p.title, "summary": p.summary, "lang": p.lang, "place": p.place,
                    "country": p.country_code, "network_country": p.network_country, "starts_on": p.starts_on,
                    "ends_on": p.ends_on, "status": p.status, "beneficiaries_total": p.beneficiaries_total,
                    "beneficiaries_women": p.beneficiaries_women, "sdgs": project.sdgs,
                    "constituencies": project.constituencies, "sse_dimensions": project.dimensions,
                    "featured": p.featured,
                },
            })
        })
        .collect();
    let body = collection(&app, "asec-projects", &licence, features);
    Ok(download(body, "application/geo+json", "asec-projects.geojson", &licence))
}

/// One member as an ESSGlobal `SSEInitiative` (and a schema.org `Organization`).
pub(crate) fn initiative(app: &AppState, e: &PublicEntity) -> Value {
    let mut node = json!({
        "@id": entity_url(app, e.id),
        "@type": ["essglobal:SSEInitiative", "schema:Organization"],
        "schema:name": e.legal_name,
        "schema:description": { "@value": e.description, "@language": e.description_lang },
        "schema:address": {
            "@type": "schema:PostalAddress",
            "schema:addressLocality": e.city,
            "schema:addressCountry": e.country,
        },
        "essglobal:economicSector": e.sectors.iter().map(|s| json!({ "@id": format!("{ICA_ACTIVITIES}{s}") })).collect::<Vec<_>>(),
    });
    let set = |node: &mut Value, key: &str, value: Value| {
        if let Some(map) = node.as_object_mut() {
            map.insert(key.to_string(), value);
        }
    };
    if !e.short_name.is_empty() {
        set(&mut node, "schema:alternateName", json!(e.short_name));
    }
    if !e.website.is_empty() {
        set(&mut node, "schema:url", json!({ "@id": e.website }));
    }
    if let Some(form) = essglobal_legal_form(&e.kind) {
        set(&mut node, "essglobal:legalForm", json!({ "@id": format!("{LEGAL_FORMS}{form}") }));
    }
    if let Some(n) = e.members_total {
        set(&mut node, "essglobal:totalOfMembers", json!(n));
    }
    if let Some(n) = e.members_women {
        set(&mut node, "essglobal:totalWomen", json!(n));
    }
    if let (Some(lat), Some(lon)) = (e.latitude, e.longitude) {
        set(
            &mut node,
            "schema:geo",
            json!({ "@type": "schema:GeoCoordinates", "schema:latitude": lat, "schema:longitude": lon }),
        );
    }
    node
}

pub(crate) fn jsonld_context() -> Value {
    json!({
        "essglobal": ESSGLOBAL,
        "schema": "https://schema.org/",
        "dcterms": "http://purl.org/dc/terms/",
    })
}

async fn entities_jsonld(
    State(app): State<AppState>,
    Query(raw): Query<DirectoryQuery>,
) -> AppResult<Response> {
    let f = checked(&app, &raw)?;
    let licence = super::current_licence(&app).await?;
    let entities = matching_entities(&app, &f).await?;
    let base = app.config.base_url.trim_end_matches('/');
    let mut graph = vec![json!({
        "@id": format!("{base}/directory/entities.jsonld"),
        "@type": "schema:Dataset",
        "schema:name": web::Tr::new("en").t_args("feed-dataset-name", &[("network", app.reference.network.name.get("en"))]),
        "dcterms:license": { "@id": licence.url },
        "schema:license": { "@id": licence.url },
        "schema:publisher": { "@id": base },
    })];
    graph.extend(entities.iter().map(|e| initiative(&app, e)));
    let doc = json!({ "@context": jsonld_context(), "@graph": graph });
    Ok(download(
        serde_json::to_vec(&doc).unwrap_or_default(),
        "application/ld+json",
        "asec-members.jsonld",
        &licence,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_csv_column_has_a_header_in_english() {
        for column in ENTITY_COLUMNS.iter().chain(PROJECT_COLUMNS.iter()).chain(["yes", "no"].iter()) {
            assert!(Tr::new("en").try_t(&format!("directory-csv-{column}")).is_some(), "{column}");
        }
        let mut all = ENTITY_COLUMNS.to_vec();
        all.sort_unstable();
        all.dedup();
        assert_eq!(all.len(), ENTITY_COLUMNS.len(), "no column twice");
        let mut all = PROJECT_COLUMNS.to_vec();
        all.sort_unstable();
        all.dedup();
        assert_eq!(all.len(), PROJECT_COLUMNS.len(), "no column twice");
    }
}

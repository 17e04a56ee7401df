//! Downloads of the directory, honouring the page's filters: CSV (opens in a spreadsheet in
//! any script), GeoJSON (WGS84 points), and JSON-LD with the ESSGlobal vocabulary beside
//! schema.org. Only public fields; every file names the licence management chose.

use crate::domain::{self, DirectoryQuery, Filter, Licence, MAX_EXPORT_ROWS, essglobal_legal_form};
use crate::store::{self, ProjectRow};
use axum::Router;
use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use membership::public::PublicEntity;
use serde_json::{Value, json};
use web::{AppError, AppResult, AppState};

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

async fn entities_csv(State(app): State<AppState>, Query(raw): Query<DirectoryQuery>) -> AppResult<Response> {
    let f = checked(&app, &raw)?;
    let licence = super::current_licence(&app).await?;
    let rows = matching_entities(&app, &f).await?;
    let body = web::csv::to_bytes(
        &[
            "id",
            "url",
            "legal_name",
            "short_name",
            "kind",
            "country",
            "network_country",
            "city",
            "latitude",
            "longitude",
            "website",
            "members_total",
            "members_women",
            "beneficiaries_total",
            "beneficiaries_women",
            "sdgs",
            "constituencies",
            "sectors",
            "languages",
            "member_since",
            "description",
            "description_lang",
            "licence",
        ],
        rows.iter().map(|e| {
            vec![
                e.id.to_string(),
                entity_url(&app, e.id),
                e.legal_name.clone(),
                e.short_name.clone(),
                e.kind.clone(),
                e.country.clone(),
                e.network_country.clone(),
                e.city.clone(),
                opt(e.latitude),
                opt(e.longitude),
                e.website.clone(),
                opt(e.members_total),
                opt(e.members_women),
                opt(e.beneficiaries_total),
                opt(e.beneficiaries_women),
                join(&e.sdgs),
                join(&e.constituencies),
                join(&e.sectors),
                join(&e.languages),
                e.member_since.clone().unwrap_or_default(),
                e.description.clone(),
                e.description_lang.clone(),
                licence.url.to_string(),
            ]
        }),
    )?;
    Ok(download(body, "text/csv; charset=utf-8", "asec-members.csv", &licence))
}

async fn projects_csv(State(app): State<AppState>, Query(raw): Query<DirectoryQuery>) -> AppResult<Response> {
    let f = checked(&app, &raw)?;
    let licence = super::current_licence(&app).await?;
    let rows = matching_projects(&app, &f).await?;
    let ids: Vec<i64> = rows.iter().map(|p| p.id).collect();
    let mut lists = store::lists_for(&app.db, &ids, true).await?;
    let body = web::csv::to_bytes(
        &[
            "id",
            "url",
            "member_id",
            "member_url",
            "title",
            "summary",
            "lang",
            "place",
            "country",
            "network_country",
            "latitude",
            "longitude",
            "starts_on",
            "ends_on",
            "status",
            "beneficiaries_total",
            "beneficiaries_women",
            "sdgs",
            "constituencies",
            "sse_dimensions",
            "featured",
            "licence",
        ],
        rows.iter().map(|p| {
            let project = store::as_project(p, &mut lists);
            vec![
                p.id.to_string(),
                project_url(&app, p.id),
                p.entity_id.to_string(),
                entity_url(&app, p.entity_id),
                p.title.clone(),
                p.summary.clone(),
                p.lang.clone(),
                p.place.clone(),
                p.country_code.clone(),
                p.network_country.clone(),
                opt(p.latitude_e6.map(|v| v as f64 / 1e6)),
                opt(p.longitude_e6.map(|v| v as f64 / 1e6)),
                p.starts_on.clone(),
                p.ends_on.clone(),
                p.status.as_str().to_string(),
                opt(p.beneficiaries_total),
                opt(p.beneficiaries_women),
                join(&project.sdgs),
                join(&project.constituencies),
                join(&project.dimensions),
                p.featured.to_string(),
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
                    "languages": e.languages, "member_since": e.member_since, "description": e.description,
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

//! A Murmurations profile for each active member at a stable public URL, valid against the
//! published `organizations_schema-v1.0.0`, so a Murmurations index can aggregate the network.

use super::export::entity_url;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde_json::json;
use web::{AppError, AppResult, AppState};

pub fn router() -> Router<AppState> {
    Router::new().route("/directory/entities/{id}/murmurations.json", get(profile))
}

pub const SCHEMA: &str = "organizations_schema-v1.0.0";

async fn profile(State(app): State<AppState>, Path(id): Path<i64>) -> AppResult<Response> {
    let (e, details) = membership::public::find(&app.db, id).await?.ok_or(AppError::NotFound)?;
    let r = &app.reference;
    let page = entity_url(&app, id);
    let base = app.config.base_url.trim_end_matches('/');
    // Tags are words a person would search for: the kind, sectors and constituencies in
    // English, and the SDGs; at most 100, each at most 100 characters, no repeats.
    let mut tags: Vec<String> = Vec::new();
    let mut tag = |t: String| {
        let t: String = t.chars().take(100).collect();
        if !t.is_empty() && !tags.contains(&t) && tags.len() < 100 {
            tags.push(t);
        }
    };
    if let Some(kind) = r.entity_kind(&e.kind) {
        tag(kind.name.get("en").to_string());
    }
    for code in &e.sectors {
        if let Some(s) = r.sectors.iter().find(|s| &s.code == code) {
            tag(s.name.get("en").to_string());
        }
    }
    for code in &e.constituencies {
        if let Some(c) = r.constituencies.iter().find(|c| &c.code == code) {
            tag(c.name.get("en").to_string());
        }
    }
    for n in &e.sdgs {
        tag(format!("SDG {n}"));
    }
    tag("social and solidarity economy".to_string());
    let mut urls = vec![json!({ "name": r.network.name.get("en"), "url": page })];
    urls.extend(details.links.iter().map(|l| json!({ "name": l, "url": l })));
    let full_address = [e.city.clone(), r.country_name(&e.country, "en")]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    let mut profile = json!({
        "linked_schemas": [SCHEMA],
        "name": e.legal_name.chars().take(200).collect::<String>(),
        "primary_url": if e.website.is_empty() { page.clone() } else { e.website.clone() },
        "tags": tags,
        "urls": urls,
        "description": e.description,
        "status": "active",
        "country_iso_3166": e.country,
        "full_address": full_address,
        "relationships": [{ "predicate_url": "https://schema.org/memberOf", "object_url": base }],
    });
    let map = profile.as_object_mut().expect("a JSON object");
    if !e.short_name.is_empty() {
        map.insert("nickname".into(), json!(e.short_name));
    }
    if !details.commitments.is_empty() {
        let mission = details
            .commitments
            .iter()
            .filter_map(|(n, s)| r.dimension(*n).map(|d| format!("{}: {s}", d.name.get("en"))))
            .collect::<Vec<_>>()
            .join("\n");
        map.insert("mission".into(), json!(mission));
    }
    if let (Some(lat), Some(lon)) = (e.latitude, e.longitude) {
        map.insert("geolocation".into(), json!({ "lat": lat, "lon": lon }));
    }
    if details.logo.is_some() {
        map.insert("image".into(), json!(format!("{base}/entities/{id}/logo")));
    }
    let licence = super::current_licence(&app).await?;
    Ok(([(header::LINK, format!("<{}>; rel=\"license\"", licence.url))], Json(profile)).into_response())
}

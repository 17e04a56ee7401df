//! The map: members and projects as points on an SVG of Asia's country outlines, drawn by the
//! server (no tile server, no JavaScript). When a filter leaves too many points to read, they
//! are grouped by country and 2° cell, each group linking to its country's map.

use super::{FilterForm, filter_form, filter_problems, with_query};
use crate::domain::{self, DirectoryQuery, Filter, List, project_point};
use crate::store;
use ::store::MapCluster as Cluster;
use askama::Template;
use axum::Router;
use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use web::{AppResult, AppState, Page, render};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/directory/map", get(map))
        .route("/directory/asia-map.svg", get(base_map))
        .route("/directory/sdg.css", get(sdg_css))
}

/// Derived from Natural Earth; see the comment at the top of the file.
const BASE_MAP: &str = include_str!("../../assets/asia-map.svg");

async fn base_map() -> Response {
    ([(header::CONTENT_TYPE, "image/svg+xml"), (header::CACHE_CONTROL, "public, max-age=86400")], BASE_MAP)
        .into_response()
}

/// The SDGs' official colours, from the reference data, for the badges.
async fn sdg_css(State(app): State<AppState>) -> Response {
    let css: String = app
        .reference
        .sdgs
        .iter()
        .map(|s| format!(".sdg-{}{{background:{}}}\n", s.number, s.colour))
        .collect();
    ([(header::CONTENT_TYPE, "text/css"), (header::CACHE_CONTROL, "public, max-age=3600")], css)
        .into_response()
}

/// The part of the base map that holds the markers, with a margin, in the map's proportions
/// (all of it when there is nothing to show).
/// Markers shrink with the zoom so they keep about the same size on screen.
fn view_box(markers: &mut [Marker]) -> String {
    use crate::domain::{MAP_HEIGHT, MAP_WIDTH};
    let whole = format!("0 0 {MAP_WIDTH} {MAP_HEIGHT}");
    let Some(first) = markers.first() else { return whole };
    let (mut left, mut top, mut right, mut bottom) = (first.x, first.y, first.x, first.y);
    for m in markers.iter() {
        (left, top, right, bottom) = (left.min(m.x), top.min(m.y), right.max(m.x), bottom.max(m.y));
    }
    let margin = 40.0;
    let mut width = (right - left + 2.0 * margin).max(240.0);
    let mut height = (bottom - top + 2.0 * margin).max(180.0);
    // Keep the map's proportions, growing the shorter side.
    if width / height > MAP_WIDTH / MAP_HEIGHT {
        height = width * MAP_HEIGHT / MAP_WIDTH;
    } else {
        width = height * MAP_WIDTH / MAP_HEIGHT;
    }
    if width >= MAP_WIDTH || height >= MAP_HEIGHT {
        return whole;
    }
    let scale = (width / MAP_WIDTH).max(0.3);
    for m in markers.iter_mut() {
        m.r = (m.r * scale * 10.0).round() / 10.0;
    }
    let x = ((left + right) / 2.0 - width / 2.0).clamp(0.0, MAP_WIDTH - width);
    let y = ((top + bottom) / 2.0 - height / 2.0).clamp(0.0, MAP_HEIGHT - height);
    format!("{x:.1} {y:.1} {width:.1} {height:.1}")
}

/// Points drawn one by one up to this many per layer; more are grouped.
const POINT_LIMIT: i64 = 300;

pub struct Marker {
    pub href: String,
    pub x: f64,
    pub y: f64,
    pub r: f64,
    pub label: String,
    /// "entity", "project" or "group".
    pub class: &'static str,
}

#[derive(Template)]
#[template(path = "map.html")]
struct MapPage {
    page: Page,
    view_box: String,
    action: &'static str,
    form: FilterForm,
    problems: Vec<String>,
    markers: Vec<Marker>,
    grouped: bool,
    query: String,
    entities: i64,
    projects: i64,
}

impl MapPage {
    fn href(&self, path: &str) -> String {
        with_query(path, &self.query)
    }
}

/// One place at (latitude, longitude) in micro-degrees; `None` outside the map.
fn point_marker(href: String, label: String, at: (i64, i64), class: &'static str, r: f64) -> Option<Marker> {
    let (x, y) = project_point(at.0 as f64 / 1e6, at.1 as f64 / 1e6)?;
    Some(Marker { href, x, y, r, label, class })
}

fn group_markers(
    page: &Page,
    app: &AppState,
    f: &Filter,
    clusters: &[Cluster],
    list_path: &str,
    label_key: &str,
) -> Vec<Marker> {
    clusters
        .iter()
        .filter_map(|c| {
            let (x, y) = project_point(c.latitude_e6 as f64 / 1e6, c.longitude_e6 as f64 / 1e6)?;
            let href = if f.country.is_none() {
                let narrowed = Filter {
                    country: Some(c.network_country.clone()),
                    subregion: None,
                    page: 1,
                    ..f.clone()
                };
                with_query("/directory/map", &narrowed.query_string())
            } else {
                with_query(list_path, &f.query_string())
            };
            let country = app.reference.country_name(&c.network_country, page.lang);
            Some(Marker {
                href,
                x,
                y,
                r: (5.0 + 1.5 * (c.n as f64).sqrt()).min(24.0),
                label: format!("{country}: {}", page.tr.t_count(label_key, c.n)),
                class: "group",
            })
        })
        .collect()
}

async fn map(
    State(app): State<AppState>,
    page: Page,
    Query(raw): Query<DirectoryQuery>,
) -> AppResult<Response> {
    let r = &app.reference;
    let form = filter_form(r, &page, &raw);
    let filter = match domain::check(&raw, r) {
        Ok(f) => f,
        Err(unknown) => {
            let problems = filter_problems(&page, &unknown);
            let p = MapPage {
                view_box: view_box(&mut []),
                page,
                action: "/directory/map",
                form,
                problems,
                markers: Vec::new(),
                grouped: false,
                query: String::new(),
                entities: 0,
                projects: 0,
            };
            return Ok(web::unprocessable(render(&p)?));
        }
    };
    let mut markers = Vec::new();
    let here = with_query("/directory/map", &filter.query_string());
    let (mut entities, mut projects, mut grouped) = (0, 0, false);
    if let (Some(facets), Some(countries)) = (filter.entity_facets(r), filter.countries(r)) {
        let facets: membership::public::Facets = facets.into();
        let clusters = membership::public::clusters(&app.db, &facets).await?;
        entities = clusters.iter().map(|c| c.n).sum();
        if entities > POINT_LIMIT {
            grouped = true;
            markers.extend(group_markers(
                &page,
                &app,
                &filter,
                &clusters,
                "/directory",
                "directory-count-entities",
            ));
        } else {
            let points = membership::public::points(&app.db, &facets, POINT_LIMIT).await?;
            markers.extend(points.into_iter().filter_map(|p| {
                let at = (p.latitude_e6, p.longitude_e6);
                let href =
                    domain::detail_href(&format!("/directory/entities/{}", p.id), List::Entities, &here);
                point_marker(href, p.legal_name, at, "entity", 6.0)
            }));
        }
        let clusters = store::clusters(&app.db, &filter, &countries).await?;
        projects = clusters.iter().map(|c| c.n).sum();
        if projects > POINT_LIMIT {
            grouped = true;
            markers.extend(group_markers(
                &page,
                &app,
                &filter,
                &clusters,
                "/directory/projects",
                "directory-count-projects",
            ));
        } else {
            let points = store::points(&app.db, &filter, &countries, POINT_LIMIT).await?;
            markers.extend(points.into_iter().filter_map(|p| {
                let at = (p.latitude_e6, p.longitude_e6);
                let href =
                    domain::detail_href(&format!("/directory/projects/{}", p.id), List::Projects, &here);
                point_marker(href, p.title, at, "project", 4.5)
            }));
        }
    }
    render(&MapPage {
        view_box: view_box(&mut markers),
        query: filter.query_string(),
        page,
        action: "/directory/map",
        form,
        problems: Vec::new(),
        markers,
        grouped,
        entities,
        projects,
    })
}

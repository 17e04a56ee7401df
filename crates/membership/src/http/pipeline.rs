//! The admission pipeline: every application on its way, by status, country and age. ASEC
//! management sees the whole network; a focal point sees their own country.

use crate::domain::Status;
use crate::store::{self, PipelineFilter};
use askama::Template;
use axum::Router;
use axum::extract::{Query, State};
use axum::response::Response;
use axum::routing::get;
use web::{AppResult, AppState, CurrentUser, Page, render};

pub fn router() -> Router<AppState> {
    Router::new().route("/membership/pipeline", get(pipeline))
}

pub struct Row {
    pub id: i64,
    pub name: String,
    pub country: String,
    pub status: String,
    pub days: i64,
}

#[derive(Template)]
#[template(path = "pipeline.html")]
struct PipelinePage {
    page: Page,
    filter: PipelineFilter,
    rows: Vec<Row>,
    statuses: Vec<(String, String)>,
    countries: Vec<(String, String)>,
}

async fn pipeline(
    State(app): State<AppState>,
    page: Page,
    CurrentUser(viewer): CurrentUser,
    Query(filter): Query<PipelineFilter>,
) -> AppResult<Response> {
    let reach = super::review_reach(&viewer)?;
    let network_wide = reach.is_none();
    let own = reach.unwrap_or_default();
    let limit = (!network_wide).then_some(own.as_slice());
    let now = app.now();
    let rows = store::pipeline(&app.db, &filter, limit)
        .await?
        .into_iter()
        .map(|e| Row {
            id: e.id,
            country: app.reference.country_name(&e.network_country, page.lang),
            status: page.t(&e.status.label_key()),
            days: e.submitted_at.map(|t| (now - t).num_days()).unwrap_or(0),
            name: e.legal_name,
        })
        .collect();
    let statuses = Status::ALL
        .into_iter()
        .filter(|s| s.in_pipeline())
        .map(|s| (s.as_str().to_string(), page.t(&s.label_key())))
        .collect();
    let countries = app
        .reference
        .countries
        .iter()
        .filter(|c| network_wide || own.contains(&c.code.to_string()))
        .map(|c| (c.code.to_string(), c.name.get(page.lang).to_string()))
        .collect();
    render(&PipelinePage { page, filter, rows, statuses, countries })
}

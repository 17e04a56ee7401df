//! The directory's lists: active members, and their projects, with the same filters, sorted
//! and paginated; every filter state is a URL, and the pages work without JavaScript.

use super::{
    EntityCard, FilterForm, Pager, ProjectCard, entity_card, filter_form, filter_problems, pager,
    project_cards, with_query,
};
use crate::domain::{self, DirectoryQuery, List, PAGE_SIZE};
use crate::store;
use askama::Template;
use axum::Router;
use axum::extract::{Query, State};
use axum::response::Response;
use axum::routing::get;
use web::{AppResult, AppState, Page, render};

pub fn router() -> Router<AppState> {
    Router::new().route("/directory", get(entities)).route("/directory/projects", get(projects))
}

#[derive(Template)]
#[template(path = "directory.html")]
pub struct DirectoryPage {
    pub page: Page,
    /// "entities" or "projects".
    pub tab: &'static str,
    pub action: &'static str,
    pub count_label: String,
    /// With a search: the same search in the other list (link, label).
    pub also: Option<(String, String)>,
    pub form: FilterForm,
    pub problems: Vec<String>,
    pub entities: Vec<EntityCard>,
    pub projects: Vec<ProjectCard>,
    pub pager: Pager,
    pub query: String,
    /// This list with its filters and page, for the cards' links to carry back.
    pub here: String,
    pub licence_name: String,
    pub licence_url: String,
}

impl DirectoryPage {
    fn href(&self, path: &str) -> String {
        with_query(path, &self.query)
    }

    fn entity_href(&self, id: impl std::fmt::Display) -> String {
        domain::detail_href(&format!("/directory/entities/{id}"), List::Entities, &self.here)
    }

    fn project_href(&self, id: impl std::fmt::Display) -> String {
        domain::detail_href(&format!("/directory/projects/{id}"), List::Projects, &self.here)
    }
}

async fn entities(
    State(app): State<AppState>,
    page: Page,
    Query(raw): Query<DirectoryQuery>,
) -> AppResult<Response> {
    list(app, page, raw, "entities").await
}

async fn projects(
    State(app): State<AppState>,
    page: Page,
    Query(raw): Query<DirectoryQuery>,
) -> AppResult<Response> {
    list(app, page, raw, "projects").await
}

async fn list(app: AppState, page: Page, raw: DirectoryQuery, tab: &'static str) -> AppResult<Response> {
    let r = &app.reference;
    let form = filter_form(r, &page, &raw);
    let licence = super::current_licence(&app).await?;
    let path = if tab == "entities" { "/directory" } else { "/directory/projects" };
    let filter = match domain::check(&raw, r) {
        Ok(filter) => filter,
        Err(unknown) => {
            let problems = filter_problems(&page, &unknown);
            let p = DirectoryPage {
                count_label: String::new(),
                also: None,
                page,
                tab,
                action: path,
                form,
                problems,
                entities: Vec::new(),
                projects: Vec::new(),
                pager: Pager { pages: 1, prev: None, next: None, label: String::new() },
                query: String::new(),
                here: String::new(),
                licence_name: licence.name.to_string(),
                licence_url: licence.url.to_string(),
            };
            return Ok(web::unprocessable(render(&p)?));
        }
    };
    let (mut entities, mut projects, mut total) = (Vec::new(), Vec::new(), 0);
    if tab == "entities" {
        if let Some(facets) = filter.entity_facets(r) {
            let (n, rows) = membership::public::page(
                &app.db,
                &facets.into(),
                filter.sort.into(),
                PAGE_SIZE,
                filter.offset(),
            )
            .await?;
            total = n;
            entities = rows.iter().map(|e| entity_card(r, page.lang, e)).collect();
        }
    } else if let Some(countries) = filter.countries(r) {
        let (n, rows) = store::page(&app.db, &filter, &countries, PAGE_SIZE, filter.offset()).await?;
        total = n;
        projects = project_cards(&app, page.lang, &rows).await?;
    }
    // A search looks in one list at a time; the other is a link away (counting it too would
    // double the cost of every search).
    let also = (!filter.q.is_empty()).then(|| {
        let (path, key) = if tab == "entities" {
            ("/directory/projects", "directory-search-projects-too")
        } else {
            ("/directory", "directory-search-entities-too")
        };
        (with_query(path, &filter.query_string()), page.t(key))
    });
    let mut problems = Vec::new();
    if filter.page > domain::page_count(total) {
        problems.push(
            page.tr.t_args("directory-page-beyond", &[("pages", &domain::page_count(total).to_string())]),
        );
    }
    let count_key = if tab == "entities" { "directory-count-entities" } else { "directory-count-projects" };
    let p = DirectoryPage {
        pager: pager(&page, path, &filter, total),
        count_label: page.tr.t_count(count_key, total),
        also,
        action: path,
        query: filter.query_string(),
        here: with_query(path, &filter.query_with_page()),
        page,
        tab,
        form,
        problems,
        entities,
        projects,
        licence_name: licence.name.to_string(),
        licence_url: licence.url.to_string(),
    };
    render(&p)
}

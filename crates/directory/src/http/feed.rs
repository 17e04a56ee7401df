//! An Atom feed of newly admitted members and new projects, and the sitemap of every public
//! page of the directory (an index of files of at most 40 000 addresses each).

use super::export::{entity_url, project_url};
use crate::store;
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use web::{AppError, AppResult, AppState, RequestContext};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/directory/feed.atom", get(atom))
        .route("/sitemap.xml", get(sitemap_index))
        .route("/robots.txt", get(robots))
        .route("/sitemaps/{file}", get(sitemap))
}

/// The newest of each: members and projects.
const FEED_ENTRIES: i64 = 30;
const SITEMAP_CHUNK: usize = 40_000;

pub struct Entry {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub updated: String,
    pub category: &'static str,
}

#[derive(Template)]
#[template(path = "feed.xml")]
struct Feed {
    title: String,
    author: String,
    self_url: String,
    home: String,
    updated: String,
    rights: String,
    entries: Vec<Entry>,
}

fn xml(body: String, content_type: &str) -> Response {
    (
        [
            (header::CONTENT_TYPE, content_type.to_string()),
            (header::CACHE_CONTROL, "public, max-age=600".into()),
        ],
        body,
    )
        .into_response()
}

/// In the reader's language (`Accept-Language`, the language cookie or `?lang=`).
async fn atom(State(app): State<AppState>, context: RequestContext) -> AppResult<Response> {
    let tr = web::Tr::new(context.lang);
    let lang = context.lang;
    let licence = super::current_licence(&app).await?;
    let mut entries: Vec<(chrono::DateTime<chrono::Utc>, Entry)> = Vec::new();
    for e in membership::public::newest(&app.db, FEED_ENTRIES).await? {
        let at = e.member_since.as_deref().and_then(|s| chrono::DateTime::parse_from_rfc3339(s).ok());
        let at = at.map(|t| t.with_timezone(&chrono::Utc)).unwrap_or(e.updated_at);
        let country = app.reference.country_name(&e.country, lang);
        entries.push((
            at,
            Entry {
                id: entity_url(&app, e.id),
                title: tr.t_args("feed-new-member", &[("name", &e.legal_name), ("place", &country)]),
                summary: super::excerpt(&e.description, 300),
                updated: at.to_rfc3339(),
                category: "member",
            },
        ));
    }
    for p in store::newest(&app.db, FEED_ENTRIES).await? {
        entries.push((
            p.created_at,
            Entry {
                id: project_url(&app, p.id),
                title: tr.t_args("feed-new-project", &[("name", &p.title), ("place", &p.place)]),
                summary: p.summary.clone(),
                updated: p.created_at.to_rfc3339(),
                category: "project",
            },
        ));
    }
    entries.sort_by_key(|(at, _)| std::cmp::Reverse(*at));
    let base = app.config.base_url.trim_end_matches('/').to_string();
    let updated = entries.first().map(|(t, _)| t.to_rfc3339()).unwrap_or_else(|| app.now().to_rfc3339());
    let feed = Feed {
        title: tr.t_args("feed-title", &[("network", app.reference.network.name.get(lang))]),
        author: app.reference.network.name.get(lang).to_string(),
        self_url: format!("{base}/directory/feed.atom"),
        home: format!("{base}/directory"),
        updated,
        rights: format!("{} ({})", licence.name, licence.url),
        entries: entries.into_iter().map(|(_, e)| e).collect(),
    };
    Ok(xml(
        feed.render().map_err(|e| AppError::Internal(e.to_string()))?,
        "application/atom+xml; charset=utf-8",
    ))
}

pub struct Url {
    pub loc: String,
    pub lastmod: String,
}

#[derive(Template)]
#[template(path = "sitemap.xml")]
struct UrlSet {
    urls: Vec<Url>,
}

#[derive(Template)]
#[template(path = "sitemap_index.xml")]
struct SitemapIndex {
    files: Vec<String>,
}

/// Everything public may be indexed; the sitemap says where it is.
async fn robots(State(app): State<AppState>) -> Response {
    let base = app.config.base_url.trim_end_matches('/');
    let body = format!("User-agent: *\nDisallow: /admin\nDisallow: /account\nSitemap: {base}/sitemap.xml\n");
    ([(header::CONTENT_TYPE, "text/plain; charset=utf-8")], body).into_response()
}

async fn sitemap_index(State(app): State<AppState>) -> AppResult<Response> {
    let base = app.config.base_url.trim_end_matches('/');
    let entities = membership::public::count(&app.db).await? as usize;
    let projects = store::count(&app.db).await? as usize;
    let mut files = vec![format!("{base}/sitemaps/pages.xml")];
    files.extend((1..=entities.div_ceil(SITEMAP_CHUNK)).map(|n| format!("{base}/sitemaps/entities-{n}.xml")));
    files.extend((1..=projects.div_ceil(SITEMAP_CHUNK)).map(|n| format!("{base}/sitemaps/projects-{n}.xml")));
    let body = SitemapIndex { files }.render().map_err(|e| AppError::Internal(e.to_string()))?;
    Ok(xml(body, "application/xml; charset=utf-8"))
}

async fn sitemap(State(app): State<AppState>, Path(file): Path<String>) -> AppResult<Response> {
    let base = app.config.base_url.trim_end_matches('/');
    let chunk = |name: &str| -> Option<usize> {
        let n: usize = file.strip_prefix(name)?.strip_suffix(".xml")?.parse().ok()?;
        // A file number no sitemap reaches is simply not found (and cannot overflow).
        n.checked_sub(1).filter(|n| *n < 100_000)
    };
    let day = |t: chrono::DateTime<chrono::Utc>| t.format("%Y-%m-%d").to_string();
    let urls: Vec<Url> = if file == "pages.xml" {
        ["/directory", "/directory/projects", "/directory/map", "/countries", "/apply"]
            .into_iter()
            .map(|p| Url { loc: format!("{base}{p}"), lastmod: String::new() })
            .collect()
    } else if let Some(n) = chunk("entities-") {
        membership::public::stamps(&app.db, SITEMAP_CHUNK as i64, (n * SITEMAP_CHUNK) as i64)
            .await?
            .into_iter()
            .map(|s| Url { loc: entity_url(&app, s.id), lastmod: day(s.updated_at) })
            .collect()
    } else if let Some(n) = chunk("projects-") {
        store::stamps(&app.db, SITEMAP_CHUNK as i64, (n * SITEMAP_CHUNK) as i64)
            .await?
            .into_iter()
            .map(|s| Url { loc: project_url(&app, s.id), lastmod: day(s.updated_at) })
            .collect()
    } else {
        return Err(AppError::NotFound);
    };
    let body = UrlSet { urls }.render().map_err(|e| AppError::Internal(e.to_string()))?;
    Ok(xml(body, "application/xml; charset=utf-8"))
}

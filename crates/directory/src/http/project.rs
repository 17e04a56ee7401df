//! A project's public page, and its photos.

use super::entity::{SpotMap, spot_map};
use super::{BackLink, Badge, back_link, badges, dimension_names};
use crate::domain::{List, Translation, detail_href};
use crate::store;
use askama::Template;
use axum::Router;
use axum::extract::{Path, RawQuery, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use kernel::{Action, Target};
use membership::public::PublicEntity;
use web::{AppError, AppResult, AppState, MaybeUser, Page, render};

pub fn router() -> Router<AppState> {
    Router::new().route("/directory/projects/{id}", get(show)).route("/directory/photos/{id}", get(photo))
}

/// A project is public while its member is active.
pub(crate) async fn load_public(app: &AppState, id: i64) -> AppResult<(store::ProjectRow, PublicEntity)> {
    let row = store::find(&app.db, id).await?.ok_or(AppError::NotFound)?;
    let (owner, _) = membership::public::find(&app.db, row.entity_id).await?.ok_or(AppError::NotFound)?;
    Ok((row, owner))
}

#[derive(Template)]
#[template(path = "project.html")]
struct ProjectPage {
    page: Page,
    id: i64,
    version: i32,
    title: String,
    summary: String,
    description: String,
    lang: String,
    translations: Vec<Translation>,
    owner_id: i64,
    owner: String,
    place: String,
    facts: Vec<(String, String)>,
    badges: Vec<Badge>,
    constituencies: Vec<String>,
    dimensions: Vec<String>,
    links: Vec<String>,
    photos: Vec<PhotoView>,
    spot: Option<SpotMap>,
    featured: bool,
    can_edit: bool,
    can_feature: bool,
    back: BackLink,
    /// The page's own address: with a `back` parameter it is still the same page.
    canonical: String,
}

impl ProjectPage {
    /// The owner's page, carrying on the list the visitor came from.
    fn owner_href(&self) -> String {
        detail_href(&format!("/directory/entities/{}", self.owner_id), List::Entities, &self.back.from)
    }
}

/// A photo as a project's page shows it.
pub struct PhotoView {
    pub id: i64,
    pub caption: String,
    pub picture: files::Picture,
}

async fn photo_views(app: &AppState, project: i64) -> AppResult<Vec<PhotoView>> {
    let rows = store::photos(&app.db, project).await?;
    let ids: Vec<files::FileId> = rows.iter().map(|p| files::FileId(p.file_id)).collect();
    let metas = files::get_many(&app.db, &ids).await?;
    Ok(rows
        .into_iter()
        .filter_map(|p| {
            let picture = metas.get(&files::FileId(p.file_id))?.picture(files::Size::Page, PAGE_SIZES)?;
            Some(PhotoView { id: p.id, caption: p.caption, picture })
        })
        .collect())
}

/// A photo spans the column on a phone and takes at most 800 pixels on a wide screen.
const PAGE_SIZES: &str = "(max-width: 840px) 100vw, 800px";

async fn show(
    State(app): State<AppState>,
    page: Page,
    MaybeUser(viewer): MaybeUser,
    Path(id): Path<i64>,
    RawQuery(query): RawQuery,
) -> AppResult<Response> {
    let (row, owner) = load_public(&app, id).await?;
    let r = &app.reference;
    let lang = page.lang;
    let mut lists = store::lists_for(&app.db, &[id], true).await?;
    let project = store::as_project(&row, &mut lists);
    let may = |action| viewer.as_ref().is_some_and(|v| v.may(action, &membership::public::target(r, &owner)));
    let can_feature = viewer.as_ref().is_some_and(|v| v.may(Action::PublishContent, &Target::network()));
    let mut facts = Vec::new();
    facts.push((page.t("field-project-status"), page.t(&row.status.label_key())));
    if !row.starts_on.is_empty() {
        facts.push((page.t("field-starts-on"), row.starts_on.clone()));
    }
    if !row.ends_on.is_empty() {
        facts.push((page.t("field-ends-on"), row.ends_on.clone()));
    }
    if let Some(people) = super::people(&page, row.beneficiaries_total, row.beneficiaries_women) {
        facts.push((page.t("field-beneficiaries-total"), people));
    }
    let back = back_link(&page, r, query.as_deref(), List::Projects);
    render(&ProjectPage {
        back,
        canonical: super::export::project_url(&app, id),
        id,
        version: row.version,
        place: format!("{}, {}", row.place, r.country_name(&row.country_code, lang)),
        badges: badges(r, lang, &project.sdgs),
        constituencies: project
            .constituencies
            .iter()
            .filter_map(|c| r.constituency(c))
            .map(|c| c.name.get(lang).to_string())
            .collect(),
        dimensions: dimension_names(r, lang, &project.dimensions),
        photos: photo_views(&app, id).await?,
        spot: spot_map(row.latitude_e6.map(|v| v as f64 / 1e6), row.longitude_e6.map(|v| v as f64 / 1e6)),
        featured: row.featured,
        can_edit: may(Action::EditEntityProfile),
        can_feature,
        facts,
        page,
        title: project.title,
        summary: project.summary,
        description: project.description,
        lang: project.lang,
        translations: project.translations,
        links: project.links,
        owner_id: owner.id,
        owner: owner.legal_name,
    })
}

/// The address of a photo from before its URLs named its content: the photo at a page's
/// width, for public projects.
async fn photo(State(app): State<AppState>, Path(id): Path<i64>) -> AppResult<Response> {
    let photo = store::photo(&app.db, id).await?.ok_or(AppError::NotFound)?;
    load_public(&app, photo.project_id).await?;
    let meta = files::get(&app.db, files::FileId(photo.file_id)).await?.ok_or(AppError::NotFound)?;
    let image = meta.fallback(files::Size::Page).ok_or(AppError::NotFound)?;
    Ok((
        StatusCode::SEE_OTHER,
        [(header::LOCATION, image.url()), (header::CACHE_CONTROL, "no-store".to_string())],
    )
        .into_response())
}

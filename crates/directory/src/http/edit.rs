//! Members' representatives (and management) record their community projects: create, edit
//! with a stale-page check, delete, add and remove photos. Management features projects.
//! Every change is one transaction with its audit entry and search index update.

use super::project::load_public;
use crate::domain::{
    self, MAX_PHOTOS, MAX_PROJECT_LINKS, MAX_TRANSLATIONS, PHOTO_MAX_BYTES, Project, ProjectForm,
    ProjectStatus,
};
use crate::{index, store};
use askama::Template;
use axum::Router;
use axum::extract::{DefaultBodyLimit, Path, State};
use axum::response::Response;
use axum::routing::{get, post};
use kernel::{Action, Target};
use membership::public::PublicEntity;
use serde::Deserialize;
use web::{
    AppError, AppResult, AppState, Choice, CurrentUser, FieldErrors, Form, Page, Upload, UploadKind, Viewer,
    redirect_with_flash, render,
};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/directory/entities/{id}/projects/new", get(new).post(create))
        .route("/directory/projects/{id}/edit", get(edit).post(update))
        .route("/directory/projects/{id}/delete", post(delete))
        .route("/directory/projects/{id}/feature", post(feature))
        .route(
            "/directory/projects/{id}/photos",
            post(add_photo).layer(DefaultBodyLimit::max(PHOTO_MAX_BYTES + 64 * 1024)),
        )
        .route("/directory/projects/{id}/photos/{photo}/remove", post(remove_photo))
}

#[derive(Template)]
#[template(path = "project_form.html")]
struct FormPage {
    page: Page,
    action: String,
    owner: String,
    is_new: bool,
    version: i32,
    f: ProjectForm,
    errors: FieldErrors,
    countries: Vec<Choice>,
    statuses: Vec<Choice>,
    sdgs: Vec<Choice>,
    constituencies: Vec<Choice>,
    dimensions: Vec<Choice>,
    link_fields: Vec<(String, String)>,
    translation_fields: Vec<(usize, [String; 4])>,
}

fn form_page(
    app: &AppState,
    page: Page,
    action: String,
    owner: &PublicEntity,
    version: Option<i32>,
    f: ProjectForm,
    errors: FieldErrors,
) -> FormPage {
    let r = &app.reference;
    let lang = page.lang;
    let countries = web::choices::countries(&page.tr, r, &f.country);
    let statuses = ProjectStatus::ALL
        .iter()
        .map(|s| Choice {
            value: s.as_str().into(),
            label: page.t(&s.label_key()),
            checked: f.status == s.as_str(),
        })
        .collect();
    let sdgs = web::choices::sdgs(r, lang, &f.sdgs);
    let constituencies = web::choices::constituencies(r, lang, &f.constituencies);
    let dimensions = web::choices::dimensions(r, lang, &f.dimensions);
    FormPage {
        link_fields: (0..MAX_PROJECT_LINKS)
            .map(|i| (format!("link_{}", i + 1), f.links[i].clone()))
            .collect(),
        translation_fields: (0..MAX_TRANSLATIONS).map(|i| (i + 1, f.translations[i].clone())).collect(),
        page,
        action,
        owner: owner.legal_name.clone(),
        is_new: version.is_none(),
        version: version.unwrap_or(0),
        f,
        errors,
        countries,
        statuses,
        sdgs,
        constituencies,
        dimensions,
    }
}

/// The member, if the viewer may record its projects.
async fn owner_for(app: &AppState, viewer: &Viewer, entity: i64) -> AppResult<PublicEntity> {
    let (owner, _) = membership::public::find(&app.db, entity).await?.ok_or(AppError::NotFound)?;
    viewer.require(Action::EditEntityProfile, &membership::public::target(&app.reference, &owner))?;
    Ok(owner)
}

fn project_json(p: &Project) -> serde_json::Value {
    serde_json::json!({
        "title": p.title, "summary": p.summary, "description": p.description, "lang": p.lang, "place": p.place,
        "country": p.country_code, "latitude_e6": p.latitude_e6, "longitude_e6": p.longitude_e6,
        "starts_on": p.starts_on, "ends_on": p.ends_on, "status": p.status,
        "beneficiaries_total": p.beneficiaries_total, "beneficiaries_women": p.beneficiaries_women,
        "sdgs": p.sdgs, "constituencies": p.constituencies, "dimensions": p.dimensions, "links": p.links,
        "translations": p.translations.iter().map(|t| &t.lang).collect::<Vec<_>>(),
    })
}

async fn new(
    State(app): State<AppState>,
    page: Page,
    CurrentUser(viewer): CurrentUser,
    Path(entity): Path<i64>,
) -> AppResult<Response> {
    let owner = owner_for(&app, &viewer, entity).await?;
    let f = ProjectForm {
        country: owner.country.clone(),
        lang: owner.description_lang.clone(),
        status: ProjectStatus::Ongoing.as_str().into(),
        ..ProjectForm::default()
    };
    let action = format!("/directory/entities/{entity}/projects/new");
    render(&form_page(&app, page, action, &owner, None, f, FieldErrors::default()))
}

async fn create(
    State(app): State<AppState>,
    page: Page,
    CurrentUser(viewer): CurrentUser,
    Path(entity): Path<i64>,
    Form(f): Form<ProjectForm>,
) -> AppResult<Response> {
    let owner = owner_for(&app, &viewer, entity).await?;
    let project = match domain::check_project(&f, &app.reference) {
        Ok(p) => p,
        Err(errors) => {
            let action = format!("/directory/entities/{entity}/projects/new");
            return Ok(web::unprocessable(render(&form_page(&app, page, action, &owner, None, f, errors))?));
        }
    };
    let now = app.now();
    let w = accounts::Write::begin(&app, Some(viewer.id)).await?;
    let id = store::create(w.tx(), entity, &project, viewer.id.0, now).await?;
    index::reindex(w.tx(), id, &project).await?;
    w.audit("project.create", "project", id, None, Some(project_json(&project))).await?;
    w.done(&format!("/directory/projects/{id}"), "flash-project-saved").await
}

/// The project and its member, if the viewer may edit it.
async fn editable(app: &AppState, viewer: &Viewer, id: i64) -> AppResult<(store::ProjectRow, PublicEntity)> {
    let (row, owner) = load_public(app, id).await?;
    viewer.require(Action::EditEntityProfile, &membership::public::target(&app.reference, &owner))?;
    Ok((row, owner))
}

async fn edit(
    State(app): State<AppState>,
    page: Page,
    CurrentUser(viewer): CurrentUser,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let (row, owner) = editable(&app, &viewer, id).await?;
    let mut lists = store::lists_for(&app.db, &[id], true).await?;
    let f = ProjectForm::from_project(&store::as_project(&row, &mut lists));
    let action = format!("/directory/projects/{id}/edit");
    render(&form_page(&app, page, action, &owner, Some(row.version), f, FieldErrors::default()))
}

async fn update(
    State(app): State<AppState>,
    page: Page,
    CurrentUser(viewer): CurrentUser,
    Path(id): Path<i64>,
    Form(f): Form<ProjectForm>,
) -> AppResult<Response> {
    let (row, owner) = editable(&app, &viewer, id).await?;
    let version = f.version;
    let project = match domain::check_project(&f, &app.reference) {
        Ok(p) => p,
        Err(errors) => {
            let action = format!("/directory/projects/{id}/edit");
            return Ok(web::unprocessable(render(&form_page(
                &app,
                page,
                action,
                &owner,
                Some(version),
                f,
                errors,
            ))?));
        }
    };
    let mut lists = store::lists_for(&app.db, &[id], true).await?;
    let before = store::as_project(&row, &mut lists);
    let w = accounts::Write::begin(&app, Some(viewer.id)).await?;
    if !store::update(w.tx(), id, version, &project, app.now()).await? {
        return Ok(redirect_with_flash(
            &format!("/directory/projects/{id}"),
            "error",
            "flash-changed-meanwhile",
        ));
    }
    index::reindex(w.tx(), id, &project).await?;
    w.audit("project.update", "project", id, Some(project_json(&before)), Some(project_json(&project)))
        .await?;
    w.done(&format!("/directory/projects/{id}"), "flash-project-saved").await
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DeleteForm {
    #[serde(default, deserialize_with = "web::form::checkbox")]
    confirm: bool,
}

async fn delete(
    State(app): State<AppState>,
    CurrentUser(viewer): CurrentUser,
    Path(id): Path<i64>,
    Form(form): Form<DeleteForm>,
) -> AppResult<Response> {
    let (row, owner) = editable(&app, &viewer, id).await?;
    if !form.confirm {
        return Ok(redirect_with_flash(
            &format!("/directory/projects/{id}"),
            "error",
            "error-project-delete-confirm",
        ));
    }
    let mut lists = store::lists_for(&app.db, &[id], true).await?;
    let before = project_json(&store::as_project(&row, &mut lists));
    let w = accounts::Write::begin(&app, Some(viewer.id)).await?;
    for file in store::delete(w.tx(), id).await? {
        files::release(w.tx(), files::FileId(file), app.now()).await?;
    }
    index::remove(w.tx(), id).await?;
    w.audit("project.delete", "project", id, Some(before), None).await?;
    w.done(&format!("/directory/entities/{}", owner.id), "flash-project-deleted").await
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FeatureForm {
    featured: String,
}

async fn feature(
    State(app): State<AppState>,
    CurrentUser(viewer): CurrentUser,
    Path(id): Path<i64>,
    Form(form): Form<FeatureForm>,
) -> AppResult<Response> {
    viewer.require(Action::PublishContent, &Target::network())?;
    let (row, _) = load_public(&app, id).await?;
    let featured = form.featured == "yes";
    let w = accounts::Write::begin(&app, Some(viewer.id)).await?;
    store::set_featured(w.tx(), id, featured, app.now()).await?;
    let (before, after) =
        (serde_json::json!({ "featured": row.featured }), serde_json::json!({ "featured": featured }));
    w.audit("project.feature", "project", id, Some(before), Some(after)).await?;
    let key = if featured { "flash-project-featured" } else { "flash-project-unfeatured" };
    w.done(&format!("/directory/projects/{id}"), key).await
}

struct Photo;

impl UploadKind for Photo {
    const FIELD: &'static str = "photo";
    const KIND: files::Kind = crate::service::PHOTO;
    const MISSING: &'static str = "error-photo-missing";
    const TOO_BIG: &'static str = "error-photo-too-big";
    const WRONG_TYPE: &'static str = "error-photo-type";
}

async fn add_photo(
    State(app): State<AppState>,
    CurrentUser(viewer): CurrentUser,
    Path(id): Path<i64>,
    upload: Upload<Photo>,
) -> AppResult<Response> {
    editable(&app, &viewer, id).await?;
    let back = format!("/directory/projects/{id}");
    let flash = |key| Ok(redirect_with_flash(&back, "error", key));
    let received = match upload.received()? {
        Ok(received) => received,
        Err(problem) => return flash(problem),
    };
    let caption = upload.text("caption").split_whitespace().collect::<Vec<_>>().join(" ");
    if kernel::validate::too_long(&caption, 200) {
        return flash("error-too-long");
    }
    if store::photos(&app.db, id).await?.len() >= MAX_PHOTOS {
        return flash("error-photo-too-many");
    }
    let w = accounts::Write::begin(&app, Some(viewer.id)).await?;
    let file = files::put(w.tx(), received, Some(viewer.id), app.now()).await?;
    let photo = store::add_photo(w.tx(), id, file.id.0, &caption, app.now()).await?;
    let after =
        serde_json::json!({ "photo": photo, "file": file.id.0, "bytes": file.size, "caption": caption });
    w.audit("project.photo_add", "project", id, None, Some(after)).await?;
    w.done(&back, "flash-photo-added").await
}

async fn remove_photo(
    State(app): State<AppState>,
    CurrentUser(viewer): CurrentUser,
    Path((id, photo)): Path<(i64, i64)>,
    Form(_): Form<web::form::NoFields>,
) -> AppResult<Response> {
    editable(&app, &viewer, id).await?;
    let w = accounts::Write::begin(&app, Some(viewer.id)).await?;
    let file = store::remove_photo(w.tx(), id, photo).await?.ok_or(AppError::NotFound)?;
    files::release(w.tx(), files::FileId(file), app.now()).await?;
    w.audit("project.photo_remove", "project", id, Some(serde_json::json!({ "photo": photo })), None).await?;
    w.done(&format!("/directory/projects/{id}"), "flash-photo-removed").await
}

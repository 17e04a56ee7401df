//! Applying for an entity: the profile form, saved as a draft and resumed, or submitted. The
//! same form edits an application that was sent back with questions.

use super::{current_year, load};
use crate::domain::{self, ProfileForm, Status, Step};
use crate::store;
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::response::Response;
use axum::routing::get;
use sea_orm::TransactionTrait;
use web::{AppError, AppResult, AppState, CurrentUser, FieldErrors, Form, Page, redirect_with_flash, render};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/apply", get(new).post(create))
        .route("/applications/{id}/edit", get(edit).post(update))
}

pub use web::Choice;

#[derive(Template)]
#[template(path = "profile_form.html")]
pub struct ProfilePage {
    pub page: Page,
    pub action: String,
    pub form: ProfileForm,
    pub errors: FieldErrors,
    pub kinds: Vec<Choice>,
    pub countries: Vec<Choice>,
    pub constituencies: Vec<Choice>,
    pub sdgs: Vec<Choice>,
    pub sectors: Vec<Choice>,
    pub dimensions: Vec<(String, String, String)>,
    pub duplicate: Option<(i64, String)>,
    pub version: i32,
    /// A member's profile (one Save button) rather than an application (draft or submit).
    pub member_edit: bool,
}

pub(crate) fn profile_page(
    app: &AppState,
    page: Page,
    action: String,
    form: ProfileForm,
    errors: FieldErrors,
    version: i32,
) -> ProfilePage {
    let lang = page.lang;
    let r = &app.reference;
    let kinds = r
        .entity_kinds
        .iter()
        .map(|k| Choice {
            value: k.code.clone(),
            label: k.name.get(lang).into(),
            checked: k.code == form.kind,
        })
        .collect();
    let countries = web::choices::countries(&page.tr, r, &form.country);
    let constituencies = web::choices::constituencies(r, lang, &form.constituencies);
    let sdgs = web::choices::sdgs(r, lang, &form.sdgs);
    let sectors = web::choices::sectors(r, lang, &form.sectors);
    let dimensions = r
        .dimensions
        .iter()
        .map(|d| {
            let i = usize::from(d.number) - 1;
            (format!("commitment_{}", d.number), d.name.get(lang).to_string(), form.commitments[i].clone())
        })
        .collect();
    ProfilePage {
        page,
        action,
        form,
        errors,
        kinds,
        countries,
        constituencies,
        sdgs,
        sectors,
        dimensions,
        duplicate: None,
        version,
        member_edit: false,
    }
}

async fn new(State(app): State<AppState>, page: Page, CurrentUser(_): CurrentUser) -> AppResult<Response> {
    let form =
        ProfileForm { kind: "cooperative".into(), description_lang: page.lang.into(), ..Default::default() };
    render(&profile_page(&app, page, "/apply".into(), form, FieldErrors::default(), 0))
}

/// The form has two buttons: save the draft, or submit it.
fn wants_submit(pairs: &[(String, String)]) -> bool {
    pairs.iter().any(|(k, v)| k == "intent" && v == "submit")
}

/// Checks the form; on problems, the page again with every typed value and the reasons.
pub(crate) async fn checked(
    app: &AppState,
    page: Page,
    action: String,
    form: ProfileForm,
    submit: bool,
    except: Option<i64>,
    version: i32,
) -> AppResult<Result<domain::Profile, Response>> {
    let again = |page, form, errors, duplicate: Option<(i64, String)>| -> AppResult<Response> {
        let mut p = profile_page(app, page, action.clone(), form, errors, version);
        p.duplicate = duplicate;
        Ok(web::unprocessable(render(&p)?))
    };
    let profile = match domain::check_profile(&form, &app.reference, current_year(app), submit) {
        Ok(profile) => profile,
        Err(errors) => return Ok(Err(again(page, form, errors, None)?)),
    };
    if !form.not_duplicate
        && let Some(existing) =
            store::same_name(&app.db, &profile.network_country, &profile.legal_name, except).await?
    {
        let mut errors = FieldErrors::default();
        errors.add("legal_name", "error-entity-duplicate");
        return Ok(Err(again(page, form, errors, Some((existing.id, existing.legal_name)))?));
    }
    Ok(Ok(profile))
}

async fn create(
    State(app): State<AppState>,
    page: Page,
    CurrentUser(viewer): CurrentUser,
    Form(pairs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let form = ProfileForm::from_pairs(&pairs);
    let submit = wants_submit(&pairs);
    let profile = match checked(&app, page, "/apply".into(), form, submit, None, 0).await? {
        Ok(p) => p,
        Err(response) => return Ok(response),
    };
    let tx = app.db.begin().await?;
    let id = store::create_entity(&tx, &profile, viewer.id.0, app.now()).await?;
    accounts::audit(
        &tx,
        &app,
        accounts::AuditEntry {
            actor: Some(viewer.id),
            action: "entity.create",
            object_type: "entity",
            object_id: id.to_string(),
            before: None,
            after: Some(
                serde_json::json!({ "legal_name": profile.legal_name, "country": profile.country_code }),
            ),
        },
    )
    .await?;
    if submit {
        super::steps::take_step(&tx, &app, Some(viewer.id), id, 1, Status::Draft, Step::Submit, "").await?;
    }
    tx.commit().await?;
    let key = if submit { "flash-application-submitted" } else { "flash-draft-saved" };
    Ok(redirect_with_flash(&format!("/applications/{id}"), "success", key, app.config.secure_cookies()))
}

async fn edit(
    State(app): State<AppState>,
    page: Page,
    CurrentUser(viewer): CurrentUser,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let e = load(&app, &viewer, id).await?;
    if e.applicant_id != viewer.id.0 || !e.status().editable_by_applicant() {
        return Err(AppError::Forbidden);
    }
    let form = ProfileForm::from_profile(&store::load_profile(&app.db, &e).await?);
    render(&profile_page(
        &app,
        page,
        format!("/applications/{id}/edit"),
        form,
        FieldErrors::default(),
        e.version,
    ))
}

async fn update(
    State(app): State<AppState>,
    page: Page,
    CurrentUser(viewer): CurrentUser,
    Path(id): Path<i64>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let e = load(&app, &viewer, id).await?;
    if e.applicant_id != viewer.id.0 || !e.status().editable_by_applicant() {
        return Err(AppError::Forbidden);
    }
    let form = ProfileForm::from_pairs(&pairs);
    let submit = wants_submit(&pairs);
    let version = web::form::version_of(&pairs);
    let action = format!("/applications/{id}/edit");
    let profile = match checked(&app, page, action, form, submit, Some(id), version).await? {
        Ok(p) => p,
        Err(response) => return Ok(response),
    };
    let before = store::load_profile(&app.db, &e).await?;
    let tx = app.db.begin().await?;
    if !save_profile(&tx, &app, &viewer, id, version, &before, &profile).await? {
        return Ok(redirect_with_flash(
            &format!("/applications/{id}"),
            "error",
            "flash-changed-meanwhile",
            app.config.secure_cookies(),
        ));
    }
    if submit {
        super::steps::take_step(&tx, &app, Some(viewer.id), id, version + 1, e.status(), Step::Submit, "")
            .await?;
    }
    tx.commit().await?;
    let key = if submit { "flash-application-submitted" } else { "flash-draft-saved" };
    Ok(redirect_with_flash(&format!("/applications/{id}"), "success", key, app.config.secure_cookies()))
}

/// Saves a changed profile at `version`, with its readable history and the audit entry, inside
/// the caller's transaction; false when the entity changed meanwhile.
pub(crate) async fn save_profile(
    c: &impl sea_orm::ConnectionTrait,
    app: &AppState,
    viewer: &web::Viewer,
    id: i64,
    version: i32,
    before: &domain::Profile,
    after: &domain::Profile,
) -> AppResult<bool> {
    let now = app.now();
    if !store::update_profile(c, id, version, after, now).await? {
        return Ok(false);
    }
    for (field, was, is) in domain::profile_changes(before, after) {
        store::record_change(c, id, viewer.id.0, field, &was, &is, now).await?;
    }
    crate::index::reindex(c, id).await?;
    accounts::audit(
        c,
        app,
        accounts::AuditEntry {
            actor: Some(viewer.id),
            action: "entity.update",
            object_type: "entity",
            object_id: id.to_string(),
            before: Some(crate::http::show::profile_json(before)),
            after: Some(crate::http::show::profile_json(after)),
        },
    )
    .await?;
    Ok(true)
}

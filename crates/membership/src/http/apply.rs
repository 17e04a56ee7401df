//! Applying for an entity: the profile form, saved as a draft and resumed, or submitted. The
//! same form edits an application that was sent back with questions.

use super::{current_year, load};
use crate::domain::{self, ProfileForm, Step};
use crate::{service, store};
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::response::Response;
use axum::routing::get;
use web::{
    AppError, AppResult, AppState, CurrentUser, FieldErrors, Form, MaybeUser, Page, redirect_with_flash,
    render,
};

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
    /// The working languages by name in the reader's language, then any other code the
    /// profile holds (typed into an older draft, or imported).
    pub languages: Vec<Choice>,
    pub dimensions: Vec<(String, String, String)>,
    /// Each field with a problem once, in the form's order: (its element's id, what to say).
    pub summary: Vec<(String, String)>,
    pub summary_title: String,
    pub duplicate: Option<(i64, String)>,
    /// The person's saved drafts, offered to continue instead of starting again.
    pub drafts: Vec<(i64, String)>,
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
    let languages = language_choices(&page.tr, &form.languages);
    let summary = error_summary(app, &page, &errors);
    let summary_title = page.tr.t_count("error-summary-title", summary.len() as i64);
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
        languages,
        dimensions,
        summary,
        summary_title,
        duplicate: None,
        drafts: Vec::new(),
        version,
        member_edit: false,
    }
}

/// The working languages to tick, by name and in the order of the names; codes the profile
/// holds outside the list follow, ticked, so an older draft keeps them.
fn language_choices(tr: &web::Tr, chosen: &[String]) -> Vec<Choice> {
    let chosen: Vec<String> = chosen
        .iter()
        .flat_map(|l| l.split([',', ' ', ';']))
        .map(|c| c.trim().to_ascii_lowercase())
        .filter(|c| !c.is_empty())
        .collect();
    let mut out: Vec<Choice> = domain::WORKING_LANGUAGES
        .iter()
        .map(|code| Choice {
            value: code.to_string(),
            label: super::language_name(tr, code),
            checked: chosen.iter().any(|c| c == code),
        })
        .collect();
    out.sort_by_key(|c| c.label.to_lowercase());
    for code in &chosen {
        if !out.iter().any(|c| c.value == *code) {
            out.push(Choice { value: code.clone(), label: super::language_name(tr, code), checked: true });
        }
    }
    out
}

/// The summary of problems at the top of the form: each field once, its label and the
/// problem, linking to the field's element.
fn error_summary(app: &AppState, page: &Page, errors: &FieldErrors) -> Vec<(String, String)> {
    let mut seen: Vec<&str> = Vec::new();
    let mut out = Vec::new();
    for (field, problem) in &errors.0 {
        if seen.contains(field) {
            continue;
        }
        seen.push(field);
        let text = page.tr.t_args(
            "error-summary-item",
            &[("field", field_label(app, page, field).as_str()), ("problem", page.t(problem).as_str())],
        );
        out.push((format!("f-{field}"), text));
    }
    out
}

/// The label of the form's field `field` (an error key), in the reader's language.
fn field_label(app: &AppState, page: &Page, field: &str) -> String {
    let numbered = |prefix: &str| field.strip_prefix(prefix).and_then(|n| n.parse::<u8>().ok());
    let n_args = |n: u8| [("n", n.to_string())];
    if let Some(n) = numbered("commitment_") {
        return app.reference.dimension(n).map(|d| d.name.get(page.lang).to_string()).unwrap_or_default();
    }
    if let Some(n) = numbered("link_") {
        return page.t(&format!("field-link-{n}"));
    }
    for part in ["name", "role", "email", "phone"] {
        if let Some(n) = numbered(&format!("contact_{part}_")) {
            let [(k, v)] = n_args(n);
            let contact = page.tr.t_args("field-contact", &[(k, v.as_str())]);
            return format!("{contact} · {}", page.t(&format!("field-contact-{part}")));
        }
    }
    for (prefix, key) in
        [("other_description_lang_", "field-description-lang"), ("other_description_", "field-description")]
    {
        if let Some(n) = numbered(prefix) {
            let [(k, v)] = n_args(n);
            let other = page.tr.t_args("field-other-description", &[(k, v.as_str())]);
            return format!("{other} · {}", page.t(key));
        }
    }
    match field {
        "constituency" => page.t("field-constituencies"),
        "sdg" => page.t("field-sdgs"),
        "sector" => page.t("field-sectors"),
        "language" => page.t("field-languages"),
        other => page.t(&format!("field-{}", other.replace('_', "-"))),
    }
}

#[derive(Template)]
#[template(path = "apply_signed_out.html")]
struct SignedOut {
    page: Page,
}

async fn new(State(app): State<AppState>, page: Page, MaybeUser(viewer): MaybeUser) -> AppResult<Response> {
    // Visitors learn that applying takes an account, with the way to one.
    let Some(viewer) = viewer else { return render(&SignedOut { page }) };
    let form =
        ProfileForm { kind: "cooperative".into(), description_lang: page.lang.into(), ..Default::default() };
    let mut p = profile_page(&app, page, "/apply".into(), form, FieldErrors::default(), 0);
    p.drafts = store::by_applicant(&app.db, viewer.id.0)
        .await?
        .into_iter()
        .filter(|e| e.status == crate::domain::Status::Draft)
        .map(|e| (e.id, e.legal_name))
        .collect();
    render(&p)
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
    Form(form): Form<ProfileForm>,
) -> AppResult<Response> {
    let submit = form.submit;
    let profile = match checked(&app, page, "/apply".into(), form, submit, None, 0).await? {
        Ok(p) => p,
        Err(response) => return Ok(response),
    };
    let w = accounts::Write::begin(&app, Some(viewer.id)).await?;
    let id = service::create_application(&w, viewer.id, &profile, submit).await?;
    w.commit().await?;
    let key = if submit { "flash-application-submitted" } else { "flash-draft-saved" };
    Ok(redirect_with_flash(&format!("/applications/{id}"), "success", key))
}

async fn edit(
    State(app): State<AppState>,
    page: Page,
    CurrentUser(viewer): CurrentUser,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let e = load(&app, &viewer, id).await?;
    if e.applicant_id != viewer.id.0 || !e.status.editable_by_applicant() {
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
    Form(form): Form<ProfileForm>,
) -> AppResult<Response> {
    let e = load(&app, &viewer, id).await?;
    if e.applicant_id != viewer.id.0 || !e.status.editable_by_applicant() {
        return Err(AppError::Forbidden);
    }
    let (submit, version) = (form.submit, form.version);
    let action = format!("/applications/{id}/edit");
    let profile = match checked(&app, page, action, form, submit, Some(id), version).await? {
        Ok(p) => p,
        Err(response) => return Ok(response),
    };
    let before = store::load_profile(&app.db, &e).await?;
    let w = accounts::Write::begin(&app, Some(viewer.id)).await?;
    if !service::save_profile(&w, id, version, &before, &profile).await? {
        return Ok(redirect_with_flash(&format!("/applications/{id}"), "error", "flash-changed-meanwhile"));
    }
    if submit {
        service::take_step(&w, id, version + 1, e.status, Step::Submit, "").await?;
    }
    w.commit().await?;
    let key = if submit { "flash-application-submitted" } else { "flash-draft-saved" };
    Ok(redirect_with_flash(&format!("/applications/{id}"), "success", key))
}

#[cfg(test)]
mod tests {
    use crate::domain::WORKING_LANGUAGES;

    #[test]
    fn every_working_language_has_a_name_in_every_catalogue() {
        for code in WORKING_LANGUAGES {
            for lang in ["en", "id", "ms"] {
                let name = web::Tr::new(lang).try_t(&format!("language-name-{code}"));
                assert!(name.is_some_and(|n| !n.is_empty()), "{code} has no name in {lang}");
            }
        }
    }
}

//! Administration: people and their role grants, the audit log and the outbox. Every handler
//! asks the kernel's permission rule first.

use super::unprocessable;
use crate::{GrantOutcome, Write, store};
use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::routing::{get, post};
use kernel::permission::ScopeKind;
use kernel::{Action, CountryCode, EntityId, Grant, Role, Scope, SubregionCode, Target, UserId};
use web::form::NoFields;
use web::{AppError, AppResult, AppState, CurrentUser, FieldErrors, Form, Page, redirect_with_flash, render};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/admin", get(home))
        .route("/admin/users", get(users))
        .route("/admin/users/{id}", get(user))
        .route("/admin/users/{id}/grants", post(add_grant))
        .route("/admin/users/{id}/disable", post(disable))
        .route("/admin/users/{id}/enable", post(enable))
        .route("/admin/grants/{id}/revoke", post(revoke_grant))
        .route("/admin/outbox", get(outbox))
        .route("/admin/outbox/{id}", get(outbox_message))
}

#[derive(Template)]
#[template(path = "admin_home.html")]
struct AdminHome {
    page: Page,
    users: i64,
    administrators: i64,
    smtp: bool,
}

async fn home(
    State(app): State<AppState>,
    page: Page,
    CurrentUser(viewer): CurrentUser,
) -> AppResult<Response> {
    viewer.require(Action::ManageAccounts, &Target::network())?;
    render(&AdminHome {
        page,
        users: store::count_users(&app.db).await?,
        administrators: store::count_administrators(&app.db).await?,
        smtp: app.config.smtp_host.is_some(),
    })
}

const PAGE_SIZE: i64 = 50;

#[derive(Default, serde::Deserialize)]
#[serde(default)]
struct UsersQuery {
    q: String,
    page: Option<i64>,
}

pub struct UserView {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub verified: bool,
    pub two_factor: bool,
    pub disabled: bool,
    pub created: String,
}

impl UserView {
    fn new(tr: &web::Tr, u: store::UserRow) -> Self {
        UserView {
            id: u.id,
            verified: u.email_verified_at.is_some(),
            two_factor: u.two_factor(),
            disabled: u.disabled_at.is_some(),
            created: tr.datetime(u.created_at),
            email: u.email,
            display_name: u.display_name,
        }
    }
}

#[derive(Template)]
#[template(path = "admin_users.html")]
struct UsersPage {
    page: Page,
    q: String,
    users: Vec<UserView>,
    page_no: i64,
    has_next: bool,
}

async fn users(
    State(app): State<AppState>,
    page: Page,
    CurrentUser(viewer): CurrentUser,
    Query(query): Query<UsersQuery>,
) -> AppResult<Response> {
    viewer.require(Action::ManageAccounts, &Target::network())?;
    let page_no = query.page.unwrap_or(1).clamp(1, 100_000);
    let mut rows = store::list_users(&app.db, &query.q, PAGE_SIZE + 1, (page_no - 1) * PAGE_SIZE).await?;
    let has_next = rows.len() as i64 > PAGE_SIZE;
    rows.truncate(PAGE_SIZE as usize);
    let users = rows.into_iter().map(|u| UserView::new(&page.tr, u)).collect();
    render(&UsersPage { page, q: query.q, users, page_no, has_next })
}

pub struct GrantView {
    pub id: i64,
    pub role: String,
    pub scope: String,
    pub granted: String,
}

/// An option of the scope list: stored value and label.
pub struct ScopeOption {
    pub value: String,
    pub label: String,
}

#[derive(Default, serde::Deserialize)]
#[serde(default)]
pub struct GrantForm {
    pub role: String,
    pub scope: String,
    /// The organisation for an entity-scoped role: part of its name, or its number.
    pub entity: String,
    /// One of the organisations offered when several matched the name.
    pub entity_id: String,
}

#[derive(Template)]
#[template(path = "admin_user.html")]
struct UserPage {
    page: Page,
    user: UserView,
    lang: String,
    grants: Vec<GrantView>,
    roles: Vec<(String, String)>,
    scopes: Vec<ScopeOption>,
    form: GrantForm,
    errors: FieldErrors,
    /// Organisations that matched the name typed, to pick one.
    candidates: Vec<(i64, String)>,
}

async fn user_page(
    app: &AppState,
    page: Page,
    id: i64,
    form: GrantForm,
    errors: FieldErrors,
    candidates: Vec<(i64, String)>,
) -> AppResult<UserPage> {
    let row = store::find_user(&app.db, id).await?.ok_or(AppError::NotFound)?;
    let lang = row.lang.clone();
    let mut grants = Vec::new();
    for g in store::active_grants(&app.db, id).await? {
        let grant = g.grant()?;
        grants.push(GrantView {
            id: g.id,
            role: crate::service::role_label(page.tr, grant.role),
            scope: crate::service::scope_label(app, page.tr, &grant.scope).await,
            granted: page.tr.datetime(g.granted_at),
        });
    }
    let roles =
        Role::ALL.iter().map(|r| (r.as_str().to_string(), crate::service::role_label(page.tr, *r))).collect();
    let mut scopes = vec![ScopeOption { value: "network".into(), label: page.t("scope-network") }];
    for s in &app.reference.subregions {
        scopes.push(ScopeOption {
            value: format!("subregion:{}", s.code),
            label: s.name.get(page.lang).to_string(),
        });
    }
    for c in &app.reference.countries {
        scopes.push(ScopeOption {
            value: format!("country:{}", c.code),
            label: c.name.get(page.lang).to_string(),
        });
    }
    scopes.push(ScopeOption { value: "entity".into(), label: page.t("scope-entity-option") });
    let user = UserView::new(&page.tr, row);
    Ok(UserPage { page, user, lang, grants, roles, scopes, form, errors, candidates })
}

async fn user(
    State(app): State<AppState>,
    page: Page,
    CurrentUser(viewer): CurrentUser,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    viewer.require(Action::ManageRoles, &Target::network())?;
    let form = GrantForm { scope: "network".into(), ..Default::default() };
    render(&user_page(&app, page, id, form, FieldErrors::default(), Vec::new()).await?)
}

/// How many organisations a name may match before the administrator is asked to type more.
const ENTITY_CHOICES: u64 = 8;

/// The organisation the grant form names: the one picked among several, the one whose number
/// was typed, or the only one whose name holds what was typed. Otherwise the field's problem,
/// and the organisations to pick from when several match.
async fn named_entity(
    app: &AppState,
    lang: &str,
    form: &GrantForm,
) -> AppResult<Result<EntityId, (&'static str, Vec<(i64, String)>)>> {
    let exists = |id: i64| async move { web::audit::name_of(app, "entity", id).await.map(|n| n.is_some()) };
    if let Ok(id) = form.entity_id.trim().parse::<i64>()
        && id > 0
        && exists(id).await?
    {
        return Ok(Ok(EntityId(id)));
    }
    let typed = form.entity.trim();
    if typed.is_empty() {
        return Ok(Err(("error-entity-required", Vec::new())));
    }
    if let Ok(id) = typed.trim_start_matches('#').parse::<i64>() {
        return Ok(if id > 0 && exists(id).await? {
            Ok(EntityId(id))
        } else {
            Err(("error-entity-unknown", Vec::new()))
        });
    }
    let wanted = web::audit::Find { object_type: "entity", query: typed, lang, limit: ENTITY_CHOICES + 1 };
    let found = web::audit::find(app, wanted).await?;
    match found.as_slice() {
        [] => Ok(Err(("error-entity-no-match", Vec::new()))),
        [(id, _)] => Ok(Ok(EntityId(*id))),
        more => {
            let key = if more.len() as u64 > ENTITY_CHOICES {
                "error-entity-too-many"
            } else {
                "error-entity-several"
            };
            let candidates =
                more.iter().take(ENTITY_CHOICES as usize).map(|(id, n)| (*id, n.name.clone())).collect();
            Ok(Err((key, candidates)))
        }
    }
}

/// Reads the grant form into a grant whose scope fits its role (the entity is found by
/// [`named_entity`]).
fn parse_grant(app: &AppState, form: &GrantForm, entity: Option<EntityId>) -> Result<Grant, FieldErrors> {
    let mut errors = FieldErrors::default();
    let role = Role::parse(&form.role);
    if role.is_none() {
        errors.add("role", "error-role-unknown");
    }
    let scope = match form.scope.split_once(':') {
        None if form.scope == "network" => Some(Scope::Network),
        None if form.scope == "entity" => entity.map(Scope::Entity),
        Some(("subregion", code)) => {
            app.reference.subregion(&SubregionCode(code.into())).map(|s| Scope::Subregion(s.code.clone()))
        }
        Some(("country", code)) => {
            CountryCode::parse(code).filter(|c| app.reference.country(c).is_some()).map(Scope::Country)
        }
        _ => None,
    };
    if scope.is_none() && form.scope != "entity" {
        errors.add("scope", "error-scope-unknown");
    }
    match (role, scope) {
        (Some(role), Some(scope)) if role.scope_kind() == scope.kind() => Ok(Grant { role, scope }),
        (Some(role), Some(_)) => {
            errors.add("scope", scope_mismatch_key(role.scope_kind()));
            Err(errors)
        }
        _ => Err(errors),
    }
}

fn scope_mismatch_key(kind: ScopeKind) -> &'static str {
    match kind {
        ScopeKind::Network => "error-scope-needs-network",
        ScopeKind::Subregion => "error-scope-needs-subregion",
        ScopeKind::Country => "error-scope-needs-country",
        ScopeKind::Entity => "error-scope-needs-entity",
    }
}

async fn add_grant(
    State(app): State<AppState>,
    page: Page,
    CurrentUser(viewer): CurrentUser,
    Path(id): Path<i64>,
    Form(form): Form<GrantForm>,
) -> AppResult<Response> {
    viewer.require(Action::ManageRoles, &Target::network())?;
    store::find_user(&app.db, id).await?.ok_or(AppError::NotFound)?;
    let (entity, entity_problem) = if form.scope == "entity" {
        match named_entity(&app, page.lang, &form).await? {
            Ok(entity) => (Some(entity), None),
            Err(problem) => (None, Some(problem)),
        }
    } else {
        (None, None)
    };
    let grant = parse_grant(&app, &form, entity);
    let grant = match (grant, entity_problem) {
        (Ok(grant), None) => grant,
        (result, problem) => {
            let mut errors = result.err().unwrap_or_default();
            let (key, candidates) = problem.unwrap_or_default();
            if !key.is_empty() {
                errors.add("entity", key);
            }
            let body = render(&user_page(&app, page, id, form, errors, candidates).await?)?;
            return Ok(unprocessable(body));
        }
    };
    let w = Write::begin(&app, Some(viewer.id)).await?;
    let back = format!("/admin/users/{id}");
    match crate::grant_in(&w, UserId(id), &grant).await? {
        GrantOutcome::Granted(_) => w.done(&back, "flash-grant-added").await,
        GrantOutcome::AlreadyHeld(_) => Ok(redirect_with_flash(&back, "info", "flash-grant-exists")),
        GrantOutcome::Full => {
            let mut errors = FieldErrors::default();
            errors.add("scope", "error-scope-full");
            let body = render(&user_page(&app, page, id, form, errors, Vec::new()).await?)?;
            Ok(unprocessable(body))
        }
    }
}

async fn revoke_grant(
    State(app): State<AppState>,
    CurrentUser(viewer): CurrentUser,
    Path(id): Path<i64>,
    Form(_): Form<NoFields>,
) -> AppResult<Response> {
    viewer.require(Action::ManageRoles, &Target::network())?;
    let row = store::find_grant(&app.db, id).await?.ok_or(AppError::NotFound)?;
    let grant = row.grant()?;
    let back = format!("/admin/users/{}", row.user_id);
    let w = Write::begin(&app, Some(viewer.id)).await?;
    let administrators = store::count_administrators(w.tx()).await?;
    if crate::domain::would_leave_no_administrator(grant.role, administrators) {
        return Ok(redirect_with_flash(&back, "error", "flash-last-administrator"));
    }
    if !crate::service::end_grant(&w, id, UserId(row.user_id), &grant).await? {
        return Err(AppError::Conflict("error-changed-meanwhile"));
    }
    w.done(&back, "flash-grant-revoked").await
}

async fn set_disabled(app: &AppState, viewer: &web::Viewer, id: i64, disable: bool) -> AppResult<Response> {
    viewer.require(Action::ManageAccounts, &Target::network())?;
    let back = format!("/admin/users/{id}");
    if disable && viewer.id == UserId(id) {
        return Ok(redirect_with_flash(&back, "error", "flash-cannot-disable-self"));
    }
    let row = store::find_user(&app.db, id).await?.ok_or(AppError::NotFound)?;
    let w = Write::begin(app, Some(viewer.id)).await?;
    store::set_disabled(w.tx(), id, disable.then(|| app.now()), app.now()).await?;
    if disable {
        store::delete_sessions(w.tx(), id, None).await?;
    }
    w.audit(
        if disable { "user.disable" } else { "user.enable" },
        "user",
        id,
        Some(serde_json::json!({ "disabled": row.disabled_at.is_some() })),
        Some(serde_json::json!({ "disabled": disable })),
    )
    .await?;
    w.commit().await?;
    let key = if disable { "flash-user-disabled" } else { "flash-user-enabled" };
    Ok(redirect_with_flash(&back, "success", key))
}

async fn disable(
    State(app): State<AppState>,
    CurrentUser(viewer): CurrentUser,
    Path(id): Path<i64>,
    Form(_): Form<NoFields>,
) -> AppResult<Response> {
    set_disabled(&app, &viewer, id, true).await
}

async fn enable(
    State(app): State<AppState>,
    CurrentUser(viewer): CurrentUser,
    Path(id): Path<i64>,
    Form(_): Form<NoFields>,
) -> AppResult<Response> {
    set_disabled(&app, &viewer, id, false).await
}

pub struct MailView {
    pub id: i64,
    pub to: String,
    pub subject: String,
    pub status: String,
    pub attempts: i32,
    pub created: String,
    pub last_error: String,
    pub body: String,
}

impl MailView {
    pub fn status_key(&self) -> &'static str {
        match self.status.as_str() {
            "sent" => "outbox-status-sent",
            "failed" => "outbox-status-failed",
            "sending" => "outbox-status-sending",
            _ => "outbox-status-pending",
        }
    }
}

impl MailView {
    fn new(tr: &web::Tr, m: store::MailRow) -> Self {
        MailView {
            id: m.id,
            to: m.to_addr,
            subject: m.subject,
            status: m.status,
            attempts: m.attempts,
            created: tr.datetime(m.created_at),
            last_error: m.last_error.unwrap_or_default(),
            body: m.body_text,
        }
    }
}

#[derive(Template)]
#[template(path = "admin_outbox.html")]
struct OutboxPage {
    page: Page,
    q: String,
    smtp: bool,
    messages: Vec<MailView>,
    page_no: i64,
    has_next: bool,
}

async fn outbox(
    State(app): State<AppState>,
    page: Page,
    CurrentUser(viewer): CurrentUser,
    Query(query): Query<UsersQuery>,
) -> AppResult<Response> {
    viewer.require(Action::ReadOutbox, &Target::network())?;
    let page_no = query.page.unwrap_or(1).clamp(1, 100_000);
    let mut rows = store::list_mail(&app.db, &query.q, PAGE_SIZE + 1, (page_no - 1) * PAGE_SIZE).await?;
    let has_next = rows.len() as i64 > PAGE_SIZE;
    rows.truncate(PAGE_SIZE as usize);
    let messages = rows.into_iter().map(|m| MailView::new(&page.tr, m)).collect();
    render(&OutboxPage {
        page,
        q: query.q,
        smtp: app.config.smtp_host.is_some(),
        messages,
        page_no,
        has_next,
    })
}

#[derive(Template)]
#[template(path = "admin_mail.html")]
struct MailPage {
    page: Page,
    mail: MailView,
}

async fn outbox_message(
    State(app): State<AppState>,
    page: Page,
    CurrentUser(viewer): CurrentUser,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    viewer.require(Action::ReadOutbox, &Target::network())?;
    let mail = store::find_mail(&app.db, id).await?.ok_or(AppError::NotFound)?;
    let mail = MailView::new(&page.tr, mail);
    render(&MailPage { page, mail })
}

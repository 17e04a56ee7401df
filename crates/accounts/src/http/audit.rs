//! The audit log as people read it: actions and records in words, the record's name linked
//! to it, only the fields a change touched, pickers for the person, action and kind of
//! record, and the filtered view as CSV.

use crate::domain::{ChangedField, changed_fields};
use crate::store::{self, AuditFilter, AuditRow};
use askama::Template;
use axum::Router;
use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use chrono::{NaiveDate, TimeZone, Utc};
use kernel::{Action, Target};
use std::collections::HashMap;
use web::audit::Named;
use web::{AppResult, AppState, Choice, CurrentUser, FieldErrors, Page, Tr, Viewer, render};

pub fn router() -> Router<AppState> {
    Router::new().route("/admin/audit", get(audit_log)).route("/admin/audit.csv", get(audit_csv))
}

const PAGE_SIZE: i64 = 50;
/// The most rows one CSV download holds; narrow the filters for more.
const CSV_ROWS: i64 = 10_000;

pub struct AuditView {
    pub at: String,
    pub at_utc: String,
    pub actor: String,
    pub actor_href: String,
    pub action: String,
    pub object: String,
    pub object_href: String,
    pub changes: Vec<ChangedField>,
}

#[derive(Template)]
#[template(path = "admin_audit.html")]
struct AuditPage {
    page: Page,
    filter: AuditFilter,
    actors: Vec<Choice>,
    actions: Vec<Choice>,
    object_types: Vec<Choice>,
    entries: Vec<AuditView>,
    page_no: i64,
    has_next: bool,
    errors: FieldErrors,
    query_without_page: String,
}

fn day(raw: &str) -> Result<Option<chrono::DateTime<Utc>>, ()> {
    if raw.trim().is_empty() {
        return Ok(None);
    }
    let date = NaiveDate::parse_from_str(raw.trim(), "%Y-%m-%d").map_err(|_| ())?;
    Ok(Some(Utc.from_utc_datetime(&date.and_hms_opt(0, 0, 0).expect("midnight exists"))))
}

/// The time window the filter names ("to" is inclusive: everything before the next midnight).
fn window(
    filter: &AuditFilter,
    errors: &mut FieldErrors,
) -> (Option<chrono::DateTime<Utc>>, Option<chrono::DateTime<Utc>>) {
    let from = day(&filter.from).unwrap_or_else(|_| {
        errors.add("from", "error-date-invalid");
        None
    });
    let to = day(&filter.to)
        .unwrap_or_else(|_| {
            errors.add("to", "error-date-invalid");
            None
        })
        .map(|d| d + chrono::Duration::days(1));
    (from, to)
}

/// An action's words ("Changed a profile"), or its code when no catalogue has them.
fn action_words(tr: Tr, action: &str) -> String {
    tr.try_t(&format!("audit-action-{}", action.replace(['.', '_'], "-")))
        .unwrap_or_else(|| action.to_string())
}

fn type_words(tr: Tr, object_type: &str) -> String {
    tr.try_t(&format!("audit-type-{}", object_type.replace('_', "-")))
        .unwrap_or_else(|| object_type.to_string())
}

/// The names of every record the rows speak of, asking each capability once per kind.
async fn names_of(app: &AppState, rows: &[AuditRow]) -> AppResult<HashMap<(String, String), Named>> {
    let mut by_type: HashMap<&str, Vec<String>> = HashMap::new();
    for r in rows {
        by_type.entry(r.object_type.as_str()).or_default().push(r.object_id.clone());
    }
    let mut names = HashMap::new();
    for (object_type, ids) in by_type {
        for source in app.object_names.iter() {
            for (id, named) in source(app, object_type, &ids).await? {
                names.insert((object_type.to_string(), id), named);
            }
        }
    }
    Ok(names)
}

fn parse_json(raw: &Option<String>) -> Option<serde_json::Value> {
    raw.as_deref()
        .map(|j| serde_json::from_str(j).unwrap_or_else(|_| serde_json::Value::String(j.to_string())))
}

fn view(tr: Tr, names: &HashMap<(String, String), Named>, r: AuditRow) -> AuditView {
    let named = names.get(&(r.object_type.clone(), r.object_id.clone()));
    let kind = type_words(tr, &r.object_type);
    AuditView {
        at: tr.datetime(r.at),
        at_utc: r.at.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
        actor: r.actor_name.clone().unwrap_or_else(|| tr.t("audit-system")),
        actor_href: r.actor_id.map(|id| format!("/admin/users/{id}")).unwrap_or_default(),
        action: action_words(tr, &r.action),
        object: match named {
            Some(n) => format!("{kind}: {}", n.name),
            None if r.object_id.is_empty() || r.object_id == "0" => kind,
            None => format!("{kind} {}", r.object_id),
        },
        object_href: named.map(|n| n.href.clone()).unwrap_or_default(),
        changes: changed_fields(parse_json(&r.before_json).as_ref(), parse_json(&r.after_json).as_ref()),
    }
}

async fn rows(
    app: &AppState,
    viewer: &Viewer,
    filter: &AuditFilter,
    limit: i64,
    offset: i64,
) -> AppResult<(Vec<AuditRow>, FieldErrors)> {
    viewer.require(Action::ViewAuditLog, &Target::network())?;
    let mut errors = FieldErrors::default();
    let (from, to) = window(filter, &mut errors);
    Ok((store::list_audit(&app.db, filter, from, to, limit, offset).await?, errors))
}

async fn audit_log(
    State(app): State<AppState>,
    page: Page,
    CurrentUser(viewer): CurrentUser,
    Query(filter): Query<AuditFilter>,
) -> AppResult<Response> {
    let page_no = filter.page.unwrap_or(1).clamp(1, 100_000);
    let (mut found, errors) = rows(&app, &viewer, &filter, PAGE_SIZE + 1, (page_no - 1) * PAGE_SIZE).await?;
    let has_next = found.len() as i64 > PAGE_SIZE;
    found.truncate(PAGE_SIZE as usize);
    let names = names_of(&app, &found).await?;
    let tr = page.tr;
    let entries = found.into_iter().map(|r| view(tr, &names, r)).collect();

    let choice =
        |value: String, label: String, current: &str| Choice { checked: value == current, value, label };
    let any = |current: &str| choice(String::new(), tr.t("filter-any"), current);
    let mut actors = vec![any(&filter.actor), choice("system".into(), tr.t("audit-system"), &filter.actor)];
    actors.extend(
        store::audit_actors(&app.db)
            .await?
            .into_iter()
            .map(|a| choice(a.id.to_string(), format!("{} ({})", a.display_name, a.email), &filter.actor)),
    );
    let (action_codes, type_codes) = store::audit_codes(&app.db).await?;
    let mut actions: Vec<Choice> =
        action_codes.into_iter().map(|a| choice(a.clone(), action_words(tr, &a), &filter.action)).collect();
    actions.sort_by(|a, b| a.label.cmp(&b.label));
    actions.insert(0, any(&filter.action));
    let mut object_types: Vec<Choice> =
        type_codes.into_iter().map(|t| choice(t.clone(), type_words(tr, &t), &filter.object_type)).collect();
    object_types.sort_by(|a, b| a.label.cmp(&b.label));
    object_types.insert(0, any(&filter.object_type));
    let query_without_page = query_of(&filter);
    render(&AuditPage {
        page,
        filter,
        actors,
        actions,
        object_types,
        entries,
        page_no,
        has_next,
        errors,
        query_without_page,
    })
}

fn query_of(filter: &AuditFilter) -> String {
    serde_urlencoded::to_string([
        ("actor", filter.actor.as_str()),
        ("action", filter.action.as_str()),
        ("object_type", filter.object_type.as_str()),
        ("object_id", filter.object_id.as_str()),
        ("from", filter.from.as_str()),
        ("to", filter.to.as_str()),
    ])
    .unwrap_or_default()
}

/// The filtered view as CSV, in the reader's language, newest first, at most `CSV_ROWS`.
async fn audit_csv(
    State(app): State<AppState>,
    page: Page,
    CurrentUser(viewer): CurrentUser,
    Query(filter): Query<AuditFilter>,
) -> AppResult<Response> {
    let (found, _) = rows(&app, &viewer, &filter, CSV_ROWS, 0).await?;
    let names = names_of(&app, &found).await?;
    let tr = page.tr;
    let lines: Vec<[String; 9]> = found
        .into_iter()
        .map(|r| {
            let (action, object_type, object_id, email) = (
                r.action.clone(),
                r.object_type.clone(),
                r.object_id.clone(),
                r.actor_email.clone().unwrap_or_default(),
            );
            let v = view(tr, &names, r);
            let changes = v
                .changes
                .iter()
                .map(|c| format!("{}: {} → {}", c.field, c.before, c.after))
                .collect::<Vec<_>>()
                .join("; ");
            [v.at_utc, v.actor, email, action, v.action, object_type, object_id, v.object, changes]
        })
        .collect();
    let header = [
        "at_utc",
        "actor",
        "actor_email",
        "action",
        "action_words",
        "object_type",
        "object_id",
        "object",
        "changes",
    ];
    let body = web::csv::to_bytes(&header, lines)?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (header::CONTENT_DISPOSITION, "attachment; filename=\"audit-log.csv\""),
        ],
        body,
    )
        .into_response())
}

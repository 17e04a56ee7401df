//! The decisions register: every decision with its date, rule, outcome and proposal, and the
//! follow-up actions with owner, due date and status (done, in progress, overdue) — what
//! members, and the public where a decision is public, hold the council to. It is searched
//! and filtered by URL (text, year, who decided, outcome), and the filtered view downloads as
//! CSV in the reader's language.

use super::{bad, confirm, decision_summary, sees_private};
use crate::domain::{self, Outcome, RegisterFilter, RegisterQuery};
use crate::store;
use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use kernel::{Action, Target};
use serde::Deserialize;
use web::{AppError, AppResult, AppState, Choice, CurrentUser, FieldErrors, Form, MaybeUser, Page, render};

/// The most decisions a page shows, and a download holds.
const PAGE_ROWS: i64 = 500;
const CSV_ROWS: i64 = 50_000;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/governance/decisions", get(list))
        .route("/governance/decisions.csv", get(csv))
        .route("/governance/decisions/{id}/actions", post(add_action))
        .route("/governance/decisions/{id}/actions/{action}/done", post(mark_done))
}

pub struct ActionView {
    pub id: i64,
    pub description: String,
    pub owner: String,
    pub due_on: String,
    /// "done", "in-progress" or "overdue".
    pub status_code: &'static str,
    pub status: String,
}

pub struct DecisionView {
    pub id: i64,
    pub proposal_id: Option<i64>,
    pub meeting_id: Option<i64>,
    pub decided_on: String,
    pub title: String,
    pub rule: String,
    pub outcome_code: String,
    pub outcome: String,
    pub summary: String,
    pub actions: Vec<ActionView>,
}

#[derive(Template)]
#[template(path = "register.html")]
struct RegisterPage {
    page: Page,
    decisions: Vec<DecisionView>,
    can_manage: bool,
    q: String,
    years: Vec<Choice>,
    bodies: Vec<Choice>,
    outcomes: Vec<Choice>,
    errors: FieldErrors,
    /// Whether anything filters the list.
    filtered: bool,
    found: String,
    csv_href: String,
}

/// Who decided, in the reader's words.
fn body_label(app: &AppState, page_tr: &web::Tr, d: &store::DecisionRow) -> (String, String) {
    match (&d.subregion, d.meeting_id) {
        (_, Some(_)) => ("meeting".into(), page_tr.t("register-body-meeting")),
        (Some(code), None) => (
            code.clone(),
            app.reference
                .subregion_by_code(code)
                .map(|s| s.name.get(page_tr.lang()).to_string())
                .unwrap_or(code.clone()),
        ),
        (None, None) => ("network".into(), page_tr.t("proposal-whole-network")),
    }
}

/// The filter's choices, with what the URL asked selected (an unknown value selects "any").
fn filter_choices(
    app: &AppState,
    page: &Page,
    raw: &RegisterQuery,
    years: Vec<String>,
) -> (Vec<Choice>, Vec<Choice>, Vec<Choice>) {
    let any = |checked: bool| Choice { value: String::new(), label: page.t("register-any"), checked };
    let year = raw.year.trim();
    let mut year_choices = vec![any(!years.iter().any(|y| y == year))];
    year_choices.extend(years.into_iter().map(|y| Choice { checked: y == year, label: y.clone(), value: y }));
    let body = raw.body.trim();
    let mut bodies: Vec<(String, String)> = vec![("network".into(), page.t("proposal-whole-network"))];
    bodies.extend(
        app.reference.subregions.iter().map(|s| (s.code.0.clone(), s.name.get(page.lang).to_string())),
    );
    bodies.push(("meeting".into(), page.t("register-body-meeting")));
    let mut body_choices = vec![any(!bodies.iter().any(|(v, _)| v == body))];
    body_choices.extend(bodies.into_iter().map(|(value, label)| Choice {
        checked: value == body,
        value,
        label,
    }));
    let outcome = raw.outcome.trim();
    let mut outcomes = vec![any(Outcome::parse(outcome).is_none())];
    outcomes.extend(Outcome::ALL.iter().map(|o| Choice {
        value: o.as_str().into(),
        label: page.t(&o.label_key()),
        checked: o.as_str() == outcome,
    }));
    (year_choices, body_choices, outcomes)
}

async fn list(
    State(app): State<AppState>,
    page: Page,
    MaybeUser(viewer): MaybeUser,
    Query(raw): Query<RegisterQuery>,
) -> AppResult<Response> {
    let private_too = sees_private(viewer.as_ref());
    let years = store::decision_years(&app.db, private_too).await?;
    let (years, bodies, outcomes) = filter_choices(&app, &page, &raw, years);
    let can_manage = viewer.as_ref().is_some_and(|v| v.may(Action::ManageDecisions, &Target::network()));
    let q = raw.q.trim().to_string();
    let filter = match domain::check_register_query(&raw, &app.reference) {
        Ok(filter) => filter,
        Err(errors) => {
            let p = RegisterPage {
                page,
                decisions: Vec::new(),
                can_manage,
                q,
                years,
                bodies,
                outcomes,
                errors,
                filtered: true,
                found: String::new(),
                csv_href: String::new(),
            };
            return Ok(web::unprocessable(render(&p)?));
        }
    };
    let rows = store::decisions(&app.db, private_too, &filter, PAGE_ROWS).await?;
    let ids: Vec<i64> = rows.iter().map(|d| d.id).collect();
    let actions = store::actions_for(&app.db, &ids).await?;
    let today = app.now().format("%Y-%m-%d").to_string();
    let decisions: Vec<DecisionView> = rows
        .into_iter()
        .map(|d| DecisionView {
            actions: actions
                .iter()
                .filter(|a| a.decision_id == d.id)
                .map(|a| {
                    let status_code = if a.done {
                        "done"
                    } else if !a.due_on.is_empty() && a.due_on < today {
                        "overdue"
                    } else {
                        "in-progress"
                    };
                    ActionView {
                        id: a.id,
                        description: a.description.clone(),
                        owner: a.owner.clone(),
                        due_on: a.due_on.clone(),
                        status_code,
                        status: page.t(&format!("action-{status_code}")),
                    }
                })
                .collect(),
            id: d.id,
            proposal_id: d.proposal_id,
            meeting_id: d.meeting_id,
            rule: page.t(&d.rule.label_key()),
            outcome: page.t(&d.outcome.label_key()),
            outcome_code: d.outcome.as_str().to_string(),
            summary: decision_summary(&page.tr, &d),
            decided_on: d.decided_on,
            title: d.title,
        })
        .collect();
    let query = filter.query_string();
    let found = page.tr.t_count("register-found", decisions.len() as i64);
    render(&RegisterPage {
        page,
        decisions,
        can_manage,
        q: filter.q.clone(),
        years,
        bodies,
        outcomes,
        errors: FieldErrors::default(),
        filtered: filter != RegisterFilter::default(),
        found,
        csv_href: if query.is_empty() {
            "/governance/decisions.csv".into()
        } else {
            format!("/governance/decisions.csv?{query}")
        },
    })
}

/// The filtered register as CSV: headers in the reader's language, each code beside its
/// words, the recording time to the second (UTC).
async fn csv(
    State(app): State<AppState>,
    page: Page,
    MaybeUser(viewer): MaybeUser,
    Query(raw): Query<RegisterQuery>,
) -> AppResult<Response> {
    let filter = domain::check_register_query(&raw, &app.reference)
        .map_err(|errors| AppError::Invalid(errors.0[0].1))?;
    let rows = store::decisions(&app.db, sees_private(viewer.as_ref()), &filter, CSV_ROWS).await?;
    let base = app.config.base_url.trim_end_matches('/').to_string();
    let tr = page.tr;
    let header: Vec<String> = [
        "register-csv-date",
        "register-csv-title",
        "register-csv-body",
        "register-csv-body-code",
        "register-csv-rule",
        "register-csv-rule-code",
        "register-csv-outcome",
        "register-csv-outcome-code",
        "register-csv-summary",
        "register-csv-link",
        "register-csv-recorded",
    ]
    .iter()
    .map(|k| tr.t(k))
    .collect();
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    let body = web::csv::to_bytes(
        &header,
        rows.iter().map(|d| {
            let (body_code, body) = body_label(&app, &tr, d);
            let link = match (d.proposal_id, d.meeting_id) {
                (Some(p), _) => format!("{base}/governance/proposals/{p}"),
                (None, Some(m)) => format!("{base}/governance/meetings/{m}"),
                (None, None) => String::new(),
            };
            vec![
                d.decided_on.clone(),
                d.title.clone(),
                body,
                body_code,
                tr.t(&d.rule.label_key()),
                d.rule.as_str().to_string(),
                tr.t(&d.outcome.label_key()),
                d.outcome.as_str().to_string(),
                decision_summary(&tr, d),
                link,
                d.created_at.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
            ]
        }),
    )?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (header::CONTENT_DISPOSITION, "attachment; filename=\"asec-decisions.csv\"".to_string()),
        ],
        body,
    )
        .into_response())
}

#[derive(Deserialize)]
struct ActionFields {
    #[serde(default)]
    description: String,
    #[serde(default)]
    owner: String,
    #[serde(default)]
    due_on: String,
}

async fn add_action(
    State(app): State<AppState>,
    CurrentUser(viewer): CurrentUser,
    Path(id): Path<i64>,
    Form(f): Form<ActionFields>,
) -> AppResult<Response> {
    viewer.require(Action::ManageDecisions, &Target::network())?;
    store::find_decision(&app.db, id).await?.ok_or(AppError::NotFound)?;
    let description = f.description.split_whitespace().collect::<Vec<_>>().join(" ");
    let owner = f.owner.split_whitespace().collect::<Vec<_>>().join(" ");
    if description.is_empty() || kernel::validate::too_long(&description, 500) {
        return Err(bad("error-action-description"));
    }
    if owner.is_empty() || kernel::validate::too_long(&owner, 200) {
        return Err(bad("error-action-owner"));
    }
    let due_on = f.due_on.trim();
    if chrono::NaiveDate::parse_from_str(due_on, "%Y-%m-%d").is_err() {
        return Err(bad("error-date"));
    }
    let w = accounts::Write::begin(&app, Some(viewer.id)).await?;
    let action = store::add_action(w.tx(), id, &description, &owner, due_on, app.now()).await?;
    w.audit("decision.action_add", "decision", id, None, Some(serde_json::json!({ "action": action, "description": description, "owner": owner, "due_on": due_on })))
    .await?;
    w.done("/governance/decisions", "flash-action-added").await
}

async fn mark_done(
    State(app): State<AppState>,
    page: Page,
    CurrentUser(viewer): CurrentUser,
    Path((id, action)): Path<(i64, i64)>,
    Form(f): Form<confirm::Fields>,
) -> AppResult<Response> {
    viewer.require(Action::ManageDecisions, &Target::network())?;
    let a = store::find_action(&app.db, id, action).await?.ok_or(AppError::NotFound)?;
    let back = "/governance/decisions";
    if a.done {
        return Ok(web::redirect_with_flash(back, "success", "flash-action-done"));
    }
    if !f.given() {
        let action_url = format!("/governance/decisions/{id}/actions/{action}/done");
        return confirm::page(page, "confirm-action-done", &a.description, &action_url, Vec::new(), back);
    }
    let w = accounts::Write::begin(&app, Some(viewer.id)).await?;
    if !store::set_action_done(w.tx(), id, action, true, app.now()).await? {
        return Err(AppError::NotFound);
    }
    w.audit(
        "decision.action_done",
        "decision",
        id,
        None,
        Some(serde_json::json!({ "action": action, "done": true })),
    )
    .await?;
    w.done(back, "flash-action-done").await
}

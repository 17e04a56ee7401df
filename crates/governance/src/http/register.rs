//! The decisions register: every decision with its date, rule, outcome and proposal, and the
//! follow-up actions with owner, due date and status (done, in progress, overdue) — what
//! members, and the public where a decision is public, hold the council to.

use super::{bad, sees_private};
use crate::store;
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::response::Response;
use axum::routing::{get, post};
use kernel::{Action, Target};
use serde::Deserialize;
use web::{AppError, AppResult, AppState, CurrentUser, Form, MaybeUser, Page, render};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/governance/decisions", get(list))
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
}

async fn list(State(app): State<AppState>, page: Page, MaybeUser(viewer): MaybeUser) -> AppResult<Response> {
    let rows = store::decisions(&app.db, sees_private(viewer.as_ref())).await?;
    let ids: Vec<i64> = rows.iter().map(|d| d.id).collect();
    let actions = store::actions_for(&app.db, &ids).await?;
    let today = app.now().format("%Y-%m-%d").to_string();
    let decisions = rows
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
            decided_on: d.decided_on,
            title: d.title,
            summary: d.summary,
        })
        .collect();
    let can_manage = viewer.as_ref().is_some_and(|v| v.may(Action::ManageDecisions, &Target::network()));
    render(&RegisterPage { page, decisions, can_manage })
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
    CurrentUser(viewer): CurrentUser,
    Path((id, action)): Path<(i64, i64)>,
    Form(_): Form<web::form::NoFields>,
) -> AppResult<Response> {
    viewer.require(Action::ManageDecisions, &Target::network())?;
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
    w.done("/governance/decisions", "flash-action-done").await
}

//! Taking a step in an application or a membership: endorse, send back, decline, approve,
//! suspend, reinstate, withdraw. Each step is checked against the rules and the permission,
//! recorded in the history and the audit log, and announced to whoever acts next.

use super::{load, target};
use crate::domain::{Step, action_for};
use crate::service::take_step;
use axum::Router;
use axum::extract::{Path, State};
use axum::response::Response;
use axum::routing::post;
use web::form::Version;
use web::{AppError, AppResult, AppState, CurrentUser, Form, Page, redirect_with_flash};

pub fn router() -> Router<AppState> {
    Router::new().route("/applications/{id}/steps", post(step))
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct StepForm {
    step: String,
    #[serde(default)]
    reason: String,
    #[serde(default)]
    version: Version,
    /// `yes` from the confirmation page of a final step.
    #[serde(default)]
    confirm: String,
}

fn parse_step(raw: &str) -> Option<Step> {
    [
        Step::Endorse,
        Step::SendBack,
        Step::Decline,
        Step::Approve,
        Step::Suspend,
        Step::Reinstate,
        Step::Withdraw,
        Step::Renew,
    ]
    .into_iter()
    .find(|s| s.as_str() == raw)
}

async fn step(
    State(app): State<AppState>,
    page: Page,
    CurrentUser(viewer): CurrentUser,
    Path(id): Path<i64>,
    Form(form): Form<StepForm>,
) -> AppResult<Response> {
    let e = load(&app, &viewer, id).await?;
    let step = parse_step(&form.step).ok_or(AppError::Invalid("error-bad-request"))?;
    let current = e.status;
    let action = action_for(step, current).ok_or(AppError::Forbidden)?;
    viewer.require(action, &target(&app, &e))?;
    let back = format!("/applications/{id}");
    let version = form.version.0;
    if version != e.version {
        return Ok(redirect_with_flash(&back, "error", "flash-changed-meanwhile"));
    }
    if step.needs_reason() && form.reason.trim().is_empty() {
        return super::show::render_show(&app, page, &viewer, e, Some((step, form.reason))).await;
    }
    if step.is_final() && !web::confirm::given(&form.confirm) {
        let key = format!("confirm-step-{}", step.as_str().replace('_', "-"));
        let fields = vec![("step", form.step), ("reason", form.reason), ("version", version.to_string())];
        let action = format!("/applications/{id}/steps");
        return web::confirm::page(page, &key, &e.legal_name, &action, fields, &back);
    }
    let w = accounts::Write::begin(&app, Some(viewer.id)).await?;
    match take_step(&w, id, version, current, step, &form.reason).await {
        Ok(_) => w.done(&back, &format!("flash-step-{}", step.as_str().replace('_', "-"))).await,
        Err(AppError::Conflict(_)) => Ok(redirect_with_flash(&back, "error", "flash-changed-meanwhile")),
        Err(other) => Err(other),
    }
}

//! Taking a step in an application or a membership: endorse, send back, decline, approve,
//! suspend, reinstate, withdraw. Each step is checked against the rules and the permission,
//! recorded in the history and the audit log, and announced to whoever acts next.

use super::{focal_points, load, management, target};
use crate::domain::{Refusal, Status, Step, action_for, next_status};
use crate::store;
use axum::Router;
use axum::extract::{Path, State};
use axum::response::Response;
use axum::routing::post;
use sea_orm::{ConnectionTrait, TransactionTrait};
use web::{AppError, AppResult, AppState, CurrentUser, Form, Page, redirect_with_flash};

pub fn router() -> Router<AppState> {
    Router::new().route("/applications/{id}/steps", post(step))
}

/// Takes `step` from `from` at `version` inside the caller's transaction.
#[allow(clippy::too_many_arguments)]
pub(crate) async fn take_step(
    c: &impl ConnectionTrait,
    app: &AppState,
    actor: Option<kernel::UserId>,
    id: i64,
    version: i32,
    from: Status,
    step: Step,
    reason: &str,
) -> Result<Status, AppError> {
    let e = store::find_entity(c, id).await?.ok_or(AppError::NotFound)?;
    let has_focal_point = !focal_points(c, &e.network_country).await?.is_empty();
    let to = match next_status(from, step, has_focal_point, reason) {
        Ok(to) => to,
        Err(Refusal::ReasonRequired) => return Err(AppError::Invalid("error-reason-required")),
        Err(Refusal::NotNow { .. }) => return Err(AppError::Conflict("error-changed-meanwhile")),
    };
    let now = app.now();
    let reason = reason.trim();
    if !store::set_status(c, id, version, from, to, reason, now).await? {
        return Err(AppError::Conflict("error-changed-meanwhile"));
    }
    store::record_event(c, id, actor.map(|a| a.0), step.as_str(), from, to, reason, now).await?;
    crate::index::reindex(c, id).await?;
    accounts::audit(
        c,
        app,
        accounts::AuditEntry {
            actor,
            action: "entity.status",
            object_type: "entity",
            object_id: id.to_string(),
            before: Some(serde_json::json!({ "status": from.as_str() })),
            after: Some(serde_json::json!({ "status": to.as_str(), "step": step.as_str(), "note": reason })),
        },
    )
    .await?;
    notify(c, app, &e, step, to, reason).await?;
    Ok(to)
}

/// Mail to the people who act next and to the applicant, each in their language.
async fn notify(
    c: &impl ConnectionTrait,
    app: &AppState,
    e: &store::EntityRow,
    step: Step,
    to: Status,
    reason: &str,
) -> Result<(), sea_orm::DbErr> {
    let link = format!("{}/applications/{}", app.config.base_url(), e.id);
    let applicant = accounts::person(c, kernel::UserId(e.applicant_id)).await?;
    let mut messages: Vec<(accounts::Person, &str)> = Vec::new();
    match (step, to) {
        (Step::Submit, Status::AwaitingEndorsement) => {
            for p in focal_points(c, &e.network_country).await? {
                messages.push((p, "mail-application-to-endorse"));
            }
        }
        (Step::Submit, _) | (Step::Endorse, _) => {
            for p in management(c).await? {
                messages.push((p, "mail-application-to-approve"));
            }
        }
        (Step::AcceptMou, _) => {
            for p in focal_points(c, &e.network_country).await? {
                messages.push((p, "mail-membership-new-member"));
            }
        }
        _ => {}
    }
    if let Some(applicant) = applicant {
        messages.push((applicant, "mail-application-update"));
    }
    for (person, key) in messages {
        let tr = web::Tr::new(&person.lang);
        let status = tr.t(&to.label_key());
        let country = app.reference.country_name(&e.network_country, tr.lang());
        let args = [
            ("name", person.display_name.as_str()),
            ("entity", e.legal_name.as_str()),
            ("country", country.as_str()),
            ("status", status.as_str()),
            ("reason", reason),
            ("link", link.as_str()),
        ];
        accounts::notify(c, app, &person, key, &args, &format!("/applications/{}", e.id)).await?;
    }
    Ok(())
}

#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
struct StepForm {
    step: String,
    reason: String,
    /// Kept as typed: a missing or mangled version is just a stale page.
    version: String,
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
    let current = e.status();
    let action = action_for(step, current).ok_or(AppError::Forbidden)?;
    viewer.require(action, &target(&app, &e))?;
    let secure = app.config.secure_cookies();
    let back = format!("/applications/{id}");
    let version: i32 = form.version.trim().parse().unwrap_or(-1);
    if version != e.version {
        return Ok(redirect_with_flash(&back, "error", "flash-changed-meanwhile", secure));
    }
    if step.needs_reason() && form.reason.trim().is_empty() {
        return super::show::render_show(&app, page, &viewer, e, Some((step, form.reason))).await;
    }
    let tx = app.db.begin().await?;
    match take_step(&tx, &app, Some(viewer.id), id, version, current, step, &form.reason).await {
        Ok(_) => {
            tx.commit().await?;
            Ok(redirect_with_flash(
                &back,
                "success",
                &format!("flash-step-{}", step.as_str().replace('_', "-")),
                secure,
            ))
        }
        Err(AppError::Conflict(_)) => {
            Ok(redirect_with_flash(&back, "error", "flash-changed-meanwhile", secure))
        }
        Err(other) => Err(other),
    }
}

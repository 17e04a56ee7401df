//! Closing proposals at their closing time (a job in every instance, and on demand), and
//! reminding focal points whose country has not yet taken a position.

use crate::domain::REMINDER_BEFORE_HOURS;
use crate::service::{close, tell_focal_points};
use crate::store;
use web::{AppError, AppState};

/// One round of the job: closes what is due and sends the reminders that are due.
pub async fn run(app: &AppState) -> Result<(usize, usize), AppError> {
    let now = app.now();
    let mut closed = 0;
    for p in store::due_to_close(&app.db, now).await? {
        if close(app, None, &p).await?.is_some() {
            closed += 1;
        }
    }
    let mut reminded = 0;
    let until = now + chrono::Duration::hours(REMINDER_BEFORE_HOURS);
    for p in store::due_reminders(&app.db, now, until).await? {
        // A reminder is bookkeeping and mail, not a change anyone audits.
        let tx = sea_orm::TransactionTrait::begin(&app.db).await?;
        if !store::claim_reminder(&tx, p.id, now).await? {
            continue;
        }
        let answered: Vec<String> =
            store::positions(&tx, p.id).await?.into_iter().map(|pos| pos.country).collect();
        let waiting: Vec<String> =
            store::countries_of(&tx, p.id).await?.into_iter().filter(|c| !answered.contains(c)).collect();
        let link = format!("/governance/proposals/{}", p.id);
        let closes = web::Tr::new("en").datetime(p.closes_at);
        let args = [("title", p.title.as_str()), ("closes", closes.as_str())];
        reminded += tell_focal_points(&tx, app, &waiting, "governance-reminder", &args, &link).await?;
        tx.commit().await?;
    }
    Ok((closed, reminded))
}

/// Runs every minute in every instance; closing and reminding are claimed by guarded
/// updates, so two instances never close or remind twice.
pub fn spawn(app: AppState, mut shutdown: tokio::sync::watch::Receiver<bool>) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        loop {
            match run(&app).await {
                Ok((0, 0)) => {}
                Ok((closed, reminded)) => tracing::info!(closed, reminded, "proposals"),
                Err(e) => tracing::error!(error = %e, "proposals"),
            }
            tokio::select! {
                _ = tokio::time::sleep(std::time::Duration::from_secs(60)) => {}
                _ = shutdown.changed() => break,
            }
        }
    })
}

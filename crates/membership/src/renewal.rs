//! The yearly renewal: a reminder a month before it is due, and the lapse after the grace
//! period. Runs in the background in every instance; each change is a guarded status update,
//! so two instances never lapse one membership twice.

use crate::domain::{self, Status, Step};
use crate::store;
use kernel::{Role, Scope};
use sea_orm::TransactionTrait;
use web::{AppError, AppState};

/// Sends the reminders and lapses what is overdue; returns (reminded, lapsed).
pub async fn run(app: &AppState) -> Result<(usize, usize), AppError> {
    let now = app.now();
    let mut reminded = 0;
    for e in store::renewals_older_than(&app.db, domain::remind_if_renewed_before(now), true).await? {
        let tx = app.db.begin().await?;
        store::mark_reminded(&tx, e.id, now).await?;
        let link = format!("{}/applications/{}", app.config.base_url(), e.id);
        let scope = Scope::Entity(kernel::EntityId(e.id));
        let mut people = accounts::holders(&tx, Role::EntityRepresentative, &scope).await?;
        if !people.iter().any(|p| p.id.0 == e.applicant_id)
            && let Some(applicant) = accounts::person(&tx, kernel::UserId(e.applicant_id)).await?
        {
            people.push(applicant);
        }
        for p in people {
            let args = [
                ("name", p.display_name.as_str()),
                ("entity", e.legal_name.as_str()),
                ("link", link.as_str()),
            ];
            accounts::notify(
                &tx,
                app,
                &p,
                "mail-renewal-reminder",
                &args,
                &format!("/applications/{}", e.id),
            )
            .await?;
        }
        tx.commit().await?;
        reminded += 1;
    }
    let mut lapsed = 0;
    for e in store::renewals_older_than(&app.db, domain::lapse_if_renewed_before(now), false).await? {
        let w = accounts::Write::begin(app, None).await?;
        match crate::service::take_step(&w, e.id, e.version, Status::Active, Step::Lapse, "").await {
            Ok(_) => {
                w.commit().await?;
                lapsed += 1;
            }
            // Renewed or changed by someone meanwhile: nothing to do.
            Err(AppError::Conflict(_)) => {}
            Err(other) => return Err(other),
        }
    }
    Ok((reminded, lapsed))
}

/// Checks renewals every hour until `shutdown` changes.
pub fn spawn(app: AppState, mut shutdown: tokio::sync::watch::Receiver<bool>) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        loop {
            match run(&app).await {
                Ok((0, 0)) => {}
                Ok((reminded, lapsed)) => tracing::info!(reminded, lapsed, "membership renewals"),
                Err(e) => tracing::error!(error = %e, "membership renewals"),
            }
            tokio::select! {
                _ = tokio::time::sleep(std::time::Duration::from_secs(3600)) => {}
                _ = shutdown.changed() => break,
            }
        }
    })
}

//! One way to finish a change: a transaction that carries who acts, records each change in the
//! audit log as it goes, and commits only when something was audited, then redirects with a
//! message. A handler cannot forget the audit entry, and the flash cookie's flags are the
//! context layer's business, not the handler's.

use crate::store::{self, AuditEntry};
use axum::response::Response;
use kernel::UserId;
use sea_orm::{DatabaseTransaction, DbErr, TransactionTrait};
use std::sync::atomic::{AtomicI64, AtomicUsize, Ordering};
use web::{AppError, AppResult, AppState, redirect_with_flash};

/// A change in progress: its transaction, its actor (`None` for the system: jobs and the
/// command line) and how many audit entries it has recorded.
pub struct Write<'a> {
    tx: DatabaseTransaction,
    app: &'a AppState,
    /// The acting account's id, 0 for the system (ids start at 1).
    actor: AtomicI64,
    audited: AtomicUsize,
}

impl<'a> Write<'a> {
    pub async fn begin(app: &'a AppState, actor: Option<UserId>) -> Result<Write<'a>, DbErr> {
        let actor = AtomicI64::new(actor.map(|a| a.0).unwrap_or(0));
        Ok(Write { tx: app.db.begin().await?, app, actor, audited: AtomicUsize::new(0) })
    }

    /// The transaction, for the capability's store functions.
    pub fn tx(&self) -> &DatabaseTransaction {
        &self.tx
    }

    pub fn app(&self) -> &AppState {
        self.app
    }

    pub fn actor(&self) -> Option<UserId> {
        Some(self.actor.load(Ordering::Relaxed)).filter(|id| *id > 0).map(UserId)
    }

    /// For a write that creates its own actor: a person signing up acts as the account made.
    pub(crate) fn act_as(&self, actor: UserId) {
        self.actor.store(actor.0, Ordering::Relaxed);
    }

    pub fn now(&self) -> chrono::DateTime<chrono::Utc> {
        self.app.now()
    }

    /// Records one change of `object_type` `object_id` as done by this write's actor, with the
    /// object before and after (never a secret).
    pub async fn audit(
        &self,
        action: &str,
        object_type: &str,
        object_id: impl ToString,
        before: Option<serde_json::Value>,
        after: Option<serde_json::Value>,
    ) -> Result<(), DbErr> {
        let entry = AuditEntry {
            actor: self.actor(),
            action,
            object_type,
            object_id: object_id.to_string(),
            before,
            after,
        };
        store::record_audit(&self.tx, entry, self.app.now()).await?;
        self.audited.fetch_add(1, Ordering::Relaxed);
        Ok(())
    }

    /// Commits. A write that changed nothing worth auditing is a programming error: it is
    /// rolled back and answered as a server error.
    pub async fn commit(self) -> AppResult<()> {
        if self.audited.load(Ordering::Relaxed) == 0 {
            return Err(AppError::Internal("a write was committed without an audit entry".into()));
        }
        self.tx.commit().await?;
        Ok(())
    }

    /// Commits and sends the person to `to`, where `flash_key` says what happened.
    pub async fn done(self, to: &str, flash_key: &str) -> AppResult<Response> {
        self.commit().await?;
        Ok(redirect_with_flash(to, "success", flash_key))
    }
}

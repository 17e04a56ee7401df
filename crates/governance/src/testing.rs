//! What the integration tests read of decisions that no page shows in a form they can parse.
//! Compiled only with the `testing` feature, which only the test binary enables.

use crate::store;
use sea_orm::ConnectionTrait;

pub async fn proposal_count(c: &impl ConnectionTrait) -> usize {
    store::proposals(c, true).await.expect("proposals readable").len()
}

pub async fn meeting_count(c: &impl ConnectionTrait) -> usize {
    store::meetings(c, true).await.expect("meetings readable").len()
}

/// How many member organisations stated a stance on the proposal.
pub async fn stance_count(c: &impl ConnectionTrait, proposal: i64) -> usize {
    store::stances(c, proposal).await.expect("stances readable").len()
}

/// The register's entry for a proposal, once it closed.
pub async fn decision_of(c: &impl ConnectionTrait, proposal: i64) -> Option<i64> {
    store::decision_of(c, proposal).await.expect("decisions readable").map(|d| d.id)
}

/// The follow-up actions of a decision, by id.
pub async fn action_ids(c: &impl ConnectionTrait, decision: i64) -> Vec<i64> {
    store::actions_for(c, &[decision]).await.expect("actions readable").into_iter().map(|a| a.id).collect()
}

/// Who registered for a meeting, and whether they attended.
pub async fn registrations(c: &impl ConnectionTrait, meeting: i64) -> Vec<(i64, bool)> {
    store::registrations(c, meeting)
        .await
        .expect("registrations readable")
        .into_iter()
        .map(|r| (r.user_id, r.attended))
        .collect()
}

/// An attachment kept as bytes in the database, as versions before the file store kept it.
pub async fn insert_legacy_attachment(c: &impl ConnectionTrait, proposal: i64, name: &str, bytes: Vec<u8>) {
    ::store::exec(
        c,
        "INSERT INTO proposal_attachments (proposal_id, name, content_type, bytes, created_at) VALUES (?, ?, 'application/pdf', ?, ?)",
        ::store::values![proposal, name, bytes, chrono::Utc::now()],
    )
    .await
    .expect("legacy attachment kept");
}

/// How many attachments are still kept as bytes in the database.
pub async fn legacy_attachment_count(c: &impl ConnectionTrait) -> i64 {
    store::legacy_attachment_count(c).await.expect("countable")
}

/// The proposals, newest first: (id, title).
pub async fn proposals(c: &impl ConnectionTrait) -> Vec<(i64, String)> {
    store::proposals(c, true)
        .await
        .expect("proposals readable")
        .into_iter()
        .map(|p| (p.id, p.title))
        .collect()
}

/// When the most recently opened proposal closes, as stored.
pub async fn closes_at_of_last_proposal(c: &impl ConnectionTrait) -> chrono::DateTime<chrono::Utc> {
    let proposals = store::proposals(c, true).await.expect("proposals readable");
    proposals.into_iter().max_by_key(|p| p.id).expect("a proposal").closes_at
}

/// A public decision as the register kept it before counts were kept: its summary a sentence
/// in English, no count.
pub async fn insert_legacy_decision(
    c: &impl ConnectionTrait,
    title: &str,
    summary: &str,
    decided_on: &str,
) -> i64 {
    use crate::domain::{Outcome, Rule};
    store::record_decision(
        c,
        None,
        None,
        decided_on,
        title,
        Rule::Majority,
        Outcome::Passed,
        summary,
        "",
        true,
        chrono::Utc::now(),
    )
    .await
    .expect("decision recorded")
}

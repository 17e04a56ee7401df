//! Governance's own tables: proposals and the countries that decide them, stances and
//! positions with their history, and the decisions register.

use crate::domain::Proposal;
use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DbErr, FromQueryResult, Value};
use store::{all, exec, insert_id, one, values};

pub type Ts = DateTime<Utc>;

#[derive(Debug, Clone, FromQueryResult)]
pub struct ProposalRow {
    pub id: i64,
    pub title: String,
    pub background: String,
    pub question: String,
    pub rule: String,
    pub subregion: Option<String>,
    pub quorum: i32,
    pub opens_at: Ts,
    pub closes_at: Ts,
    pub public: bool,
    pub closed_at: Option<Ts>,
    pub outcome: String,
    pub created_at: Ts,
}

const COLUMNS: &str = "id, title, background, question, rule, subregion, quorum, opens_at, closes_at, public, \
    closed_at, outcome, created_at";

/// Opens a proposal decided by `countries` (frozen now, so later changes to the reference
/// data do not change who decides).
pub async fn create_proposal(
    c: &impl ConnectionTrait,
    p: &Proposal,
    countries: &[String],
    by: i64,
    now: Ts,
) -> Result<i64, DbErr> {
    let id = insert_id(
        c,
        "INSERT INTO proposals (title, background, question, rule, subregion, quorum, opens_at, closes_at, public,
         outcome, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?) RETURNING id",
        values![
            p.title.clone(),
            p.background.clone(),
            p.question.clone(),
            p.rule.as_str(),
            p.subregion.clone(),
            p.quorum as i32,
            p.opens_at,
            p.closes_at,
            p.public,
            by,
            now
        ],
    )
    .await?;
    for country in countries {
        exec(
            c,
            "INSERT INTO proposal_countries (proposal_id, country) VALUES (?, ?)",
            values![id, country.clone()],
        )
        .await?;
    }
    Ok(id)
}

pub async fn find_proposal(c: &impl ConnectionTrait, id: i64) -> Result<Option<ProposalRow>, DbErr> {
    one(c, &format!("SELECT {COLUMNS} FROM proposals WHERE id = ?"), values![id]).await
}

/// Newest first; only public ones unless `private_too`.
pub async fn proposals(c: &impl ConnectionTrait, private_too: bool) -> Result<Vec<ProposalRow>, DbErr> {
    let only_public = if private_too { "" } else { "WHERE public = ?" };
    let vals = if private_too { values![] } else { values![true] };
    all(
        c,
        &format!("SELECT {COLUMNS} FROM proposals {only_public} ORDER BY closes_at DESC, id DESC LIMIT 500"),
        vals,
    )
    .await
}

#[derive(Debug, Clone, FromQueryResult)]
struct CountryRow {
    country: String,
}

pub async fn countries_of(c: &impl ConnectionTrait, proposal: i64) -> Result<Vec<String>, DbErr> {
    let rows: Vec<CountryRow> = all(
        c,
        "SELECT country FROM proposal_countries WHERE proposal_id = ? ORDER BY country",
        values![proposal],
    )
    .await?;
    Ok(rows.into_iter().map(|r| r.country).collect())
}

#[derive(Debug, Clone, FromQueryResult)]
pub struct StanceRow {
    pub entity_id: i64,
    pub country: String,
    pub answer: String,
    pub reason: String,
    pub at: Ts,
}

/// States (or restates) an entity's stance; the previous one stays in the history.
#[allow(clippy::too_many_arguments)]
pub async fn set_stance(
    c: &impl ConnectionTrait,
    proposal: i64,
    entity: i64,
    country: &str,
    answer: &str,
    reason: &str,
    by: i64,
    now: Ts,
) -> Result<(), DbErr> {
    exec(
        c,
        "INSERT INTO entity_stances (proposal_id, entity_id, country, answer, reason, by_user, at)
         VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (proposal_id, entity_id) DO UPDATE SET answer = excluded.answer, reason = excluded.reason,
         by_user = excluded.by_user, at = excluded.at",
        values![proposal, entity, country, answer, reason, by, now],
    )
    .await?;
    exec(
        c,
        "INSERT INTO entity_stance_history (proposal_id, entity_id, answer, reason, by_user, at) VALUES (?, ?, ?, ?, ?, ?)",
        values![proposal, entity, answer, reason, by, now],
    )
    .await?;
    Ok(())
}

pub async fn stances(c: &impl ConnectionTrait, proposal: i64) -> Result<Vec<StanceRow>, DbErr> {
    all(
        c,
        "SELECT entity_id, country, answer, reason, at FROM entity_stances WHERE proposal_id = ? ORDER BY country, entity_id",
        values![proposal],
    )
    .await
}

#[derive(Debug, Clone, FromQueryResult)]
pub struct PositionRow {
    pub country: String,
    pub answer: String,
    pub rationale: String,
    pub by_name: Option<String>,
    pub at: Ts,
}

/// Casts (or recasts) a country's position; the previous one stays in the history.
#[allow(clippy::too_many_arguments)]
pub async fn set_position(
    c: &impl ConnectionTrait,
    proposal: i64,
    country: &str,
    answer: &str,
    rationale: &str,
    by: i64,
    now: Ts,
) -> Result<(), DbErr> {
    exec(
        c,
        "INSERT INTO country_positions (proposal_id, country, answer, rationale, by_user, at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (proposal_id, country) DO UPDATE SET answer = excluded.answer, rationale = excluded.rationale,
         by_user = excluded.by_user, at = excluded.at",
        values![proposal, country, answer, rationale, by, now],
    )
    .await?;
    exec(
        c,
        "INSERT INTO country_position_history (proposal_id, country, answer, rationale, by_user, at)
         VALUES (?, ?, ?, ?, ?, ?)",
        values![proposal, country, answer, rationale, by, now],
    )
    .await?;
    Ok(())
}

pub async fn positions(c: &impl ConnectionTrait, proposal: i64) -> Result<Vec<PositionRow>, DbErr> {
    all(
        c,
        "SELECT p.country, p.answer, p.rationale, u.display_name AS by_name, p.at FROM country_positions p
         LEFT JOIN users u ON u.id = p.by_user WHERE p.proposal_id = ? ORDER BY p.country",
        values![proposal],
    )
    .await
}

/// Every position ever cast, oldest first.
pub async fn position_history(c: &impl ConnectionTrait, proposal: i64) -> Result<Vec<PositionRow>, DbErr> {
    all(
        c,
        "SELECT h.country, h.answer, h.rationale, u.display_name AS by_name, h.at FROM country_position_history h
         LEFT JOIN users u ON u.id = h.by_user WHERE h.proposal_id = ? ORDER BY h.id",
        values![proposal],
    )
    .await
}

/// Marks the proposal closed with its outcome; false when it was closed already (by another
/// instance's job, or by management meanwhile).
pub async fn close(c: &impl ConnectionTrait, id: i64, outcome: &str, now: Ts) -> Result<bool, DbErr> {
    Ok(exec(
        c,
        "UPDATE proposals SET closed_at = ?, outcome = ? WHERE id = ? AND closed_at IS NULL",
        values![now, outcome, id],
    )
    .await?
        == 1)
}

/// Open proposals whose closing time has come.
pub async fn due_to_close(c: &impl ConnectionTrait, now: Ts) -> Result<Vec<ProposalRow>, DbErr> {
    all(
        c,
        &format!("SELECT {COLUMNS} FROM proposals WHERE closed_at IS NULL AND closes_at <= ? ORDER BY id"),
        values![now],
    )
    .await
}

/// Open proposals closing before `until` whose reminders have not gone yet.
pub async fn due_reminders(c: &impl ConnectionTrait, now: Ts, until: Ts) -> Result<Vec<ProposalRow>, DbErr> {
    all(
        c,
        &format!(
            "SELECT {COLUMNS} FROM proposals WHERE closed_at IS NULL AND reminded_at IS NULL AND opens_at <= ?
             AND closes_at > ? AND closes_at <= ? ORDER BY id"
        ),
        values![now, now, until],
    )
    .await
}

/// Claims the reminder of a proposal; false when another instance did first.
pub async fn claim_reminder(c: &impl ConnectionTrait, id: i64, now: Ts) -> Result<bool, DbErr> {
    Ok(exec(c, "UPDATE proposals SET reminded_at = ? WHERE id = ? AND reminded_at IS NULL", values![now, id])
        .await?
        == 1)
}

#[derive(Debug, Clone, FromQueryResult)]
pub struct DecisionRow {
    pub id: i64,
    pub proposal_id: Option<i64>,
    pub decided_on: String,
    pub title: String,
    pub rule: String,
    pub outcome: String,
    pub summary: String,
    pub public: bool,
}

#[allow(clippy::too_many_arguments)]
pub async fn record_decision(
    c: &impl ConnectionTrait,
    proposal: Option<i64>,
    decided_on: &str,
    title: &str,
    rule: &str,
    outcome: &str,
    summary: &str,
    public: bool,
    now: Ts,
) -> Result<i64, DbErr> {
    insert_id(
        c,
        "INSERT INTO decisions (proposal_id, decided_on, title, rule, outcome, summary, public, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        values![proposal, decided_on, title, rule, outcome, summary, public, now],
    )
    .await
}

/// Newest first; only public ones unless `private_too`.
pub async fn decisions(c: &impl ConnectionTrait, private_too: bool) -> Result<Vec<DecisionRow>, DbErr> {
    let only_public = if private_too { "" } else { "WHERE public = ?" };
    let vals = if private_too { values![] } else { values![true] };
    all(
        c,
        &format!(
            "SELECT id, proposal_id, decided_on, title, rule, outcome, summary, public FROM decisions {only_public}
             ORDER BY decided_on DESC, id DESC LIMIT 500"
        ),
        vals,
    )
    .await
}

pub async fn decision_of(c: &impl ConnectionTrait, proposal: i64) -> Result<Option<DecisionRow>, DbErr> {
    one(
        c,
        "SELECT id, proposal_id, decided_on, title, rule, outcome, summary, public FROM decisions WHERE proposal_id = ?",
        values![proposal],
    )
    .await
}

pub async fn find_decision(c: &impl ConnectionTrait, id: i64) -> Result<Option<DecisionRow>, DbErr> {
    one(
        c,
        "SELECT id, proposal_id, decided_on, title, rule, outcome, summary, public FROM decisions WHERE id = ?",
        values![id],
    )
    .await
}

#[derive(Debug, Clone, FromQueryResult)]
pub struct ActionRow {
    pub id: i64,
    pub decision_id: i64,
    pub description: String,
    pub owner: String,
    pub due_on: String,
    pub done: bool,
}

pub async fn add_action(
    c: &impl ConnectionTrait,
    decision: i64,
    description: &str,
    owner: &str,
    due_on: &str,
    now: Ts,
) -> Result<i64, DbErr> {
    insert_id(
        c,
        "INSERT INTO decision_actions (decision_id, description, owner, due_on, done, updated_at)
         VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
        values![decision, description, owner, due_on, false, now],
    )
    .await
}

pub async fn set_action_done(
    c: &impl ConnectionTrait,
    decision: i64,
    id: i64,
    done: bool,
    now: Ts,
) -> Result<bool, DbErr> {
    Ok(exec(
        c,
        "UPDATE decision_actions SET done = ?, updated_at = ? WHERE id = ? AND decision_id = ?",
        values![done, now, id, decision],
    )
    .await?
        == 1)
}

/// The follow-up actions of many decisions, in one query.
pub async fn actions_for(c: &impl ConnectionTrait, decisions: &[i64]) -> Result<Vec<ActionRow>, DbErr> {
    if decisions.is_empty() {
        return Ok(Vec::new());
    }
    all(
        c,
        &format!(
            "SELECT id, decision_id, description, owner, due_on, done FROM decision_actions
             WHERE decision_id IN ({}) ORDER BY due_on, id",
            vec!["?"; decisions.len()].join(", ")
        ),
        decisions.iter().map(|d| Value::from(*d)).collect(),
    )
    .await
}

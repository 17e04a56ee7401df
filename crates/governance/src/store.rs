//! Governance's own tables: proposals and the countries that decide them, stances and
//! positions with their history, and the decisions register.

use crate::domain::{Body, MeetingKind, Outcome, Proposal, RegisterFilter, Rule};
use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DbErr, FromQueryResult, Value};
use store::{all, exec, insert_id, one, values};

pub type Ts = DateTime<Utc>;

#[derive(Debug, Clone, FromQueryResult)]
pub struct ProposalRow {
    pub id: i64,
    pub title: String,
    pub background: String,
    pub background_lang: String,
    pub question: String,
    /// One option a line; empty for agree / abstain / disagree / block.
    pub options: String,
    pub rule: Rule,
    pub subregion: Option<String>,
    pub quorum: i32,
    pub opens_at: Ts,
    pub closes_at: Ts,
    pub public: bool,
    pub closed_at: Option<Ts>,
    /// Who closed it before its time; `None` when it closed at its time.
    pub closed_by: Option<i64>,
    /// Set when the proposal closes.
    pub outcome: Option<Outcome>,
}

::store::text_column!(Rule);
::store::text_column!(Outcome);
::store::text_column!(MeetingKind);

impl ProposalRow {
    pub fn option_list(&self) -> Vec<String> {
        self.options.lines().map(str::to_string).collect()
    }
}

/// An open proposal stores no outcome (an empty text): it reads as none.
const COLUMNS: &str = "id, title, background, background_lang, question, options, rule, subregion, quorum, opens_at, closes_at, public, \
    closed_at, closed_by, NULLIF(outcome, '') AS outcome";

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
        "INSERT INTO proposals (title, background, background_lang, question, options, rule, subregion, quorum,
         opens_at, closes_at, public, outcome, created_by, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?) RETURNING id",
        values![
            p.title.clone(),
            p.background.clone(),
            p.background_lang.clone(),
            p.question.clone(),
            p.options.join("\n"),
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
    for (lang, text) in &p.other_backgrounds {
        exec(
            c,
            "INSERT INTO proposal_backgrounds (proposal_id, lang, background) VALUES (?, ?, ?)",
            values![id, lang.clone(), text.clone()],
        )
        .await?;
    }
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
    pub answer: String,
    pub reason: String,
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
        "SELECT entity_id, answer, reason FROM entity_stances WHERE proposal_id = ? ORDER BY country, entity_id",
        values![proposal],
    )
    .await
}

#[derive(Debug, Clone, FromQueryResult)]
pub struct PositionRow {
    pub country: String,
    pub answer: String,
    pub rationale: String,
    pub by_user: Option<i64>,
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
        "SELECT country, answer, rationale, by_user, at FROM country_positions WHERE proposal_id = ? ORDER BY country",
        values![proposal],
    )
    .await
}

/// Every position ever cast, oldest first.
pub async fn position_history(c: &impl ConnectionTrait, proposal: i64) -> Result<Vec<PositionRow>, DbErr> {
    all(
        c,
        "SELECT country, answer, rationale, by_user, at FROM country_position_history WHERE proposal_id = ? ORDER BY id",
        values![proposal],
    )
    .await
}

/// Marks the proposal closed with its outcome; false when it was closed already (by another
/// instance's job, or by management meanwhile).
pub async fn close(
    c: &impl ConnectionTrait,
    id: i64,
    outcome: Outcome,
    now: Ts,
    early_by: Option<i64>,
) -> Result<bool, DbErr> {
    Ok(exec(
        c,
        "UPDATE proposals SET closed_at = ?, outcome = ?, closed_by = ? WHERE id = ? AND closed_at IS NULL",
        values![now, outcome, early_by, id],
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
    pub meeting_id: Option<i64>,
    pub decided_on: String,
    pub title: String,
    pub rule: Rule,
    pub outcome: Outcome,
    /// As written in a meeting, or a proposal's count in English from before counts were kept.
    pub summary: String,
    /// How the positions counted (`domain::Count` as JSON); empty for meetings' decisions
    /// and older ones.
    pub counts: String,
    /// The sub-region that decided, for a proposal decided by one.
    pub subregion: Option<String>,
    pub created_at: Ts,
}

/// The register's columns, decisions as `dcs` with the proposal they close (`p`).
const DECISION_COLUMNS: &str = "dcs.id, dcs.proposal_id, dcs.meeting_id, dcs.decided_on, dcs.title, dcs.rule, dcs.outcome, \
    dcs.summary, dcs.counts, p.subregion, dcs.created_at FROM decisions dcs LEFT JOIN proposals p ON p.id = dcs.proposal_id";

/// Records a decision and indexes its title and summary for the register's search.
#[allow(clippy::too_many_arguments)]
pub async fn record_decision(
    c: &impl ConnectionTrait,
    proposal: Option<i64>,
    meeting: Option<i64>,
    decided_on: &str,
    title: &str,
    rule: Rule,
    outcome: Outcome,
    summary: &str,
    counts: &str,
    public: bool,
    now: Ts,
) -> Result<i64, DbErr> {
    let id = insert_id(
        c,
        "INSERT INTO decisions (proposal_id, meeting_id, decided_on, title, rule, outcome, summary, counts, public, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        values![proposal, meeting, decided_on, title, rule, outcome, summary, counts, public, now],
    )
    .await?;
    store::search::index(c, "decision", &id.to_string(), &format!("{title} {summary}")).await?;
    Ok(id)
}

/// The decisions the register's `filter` finds, newest first, at most `limit`; only public
/// ones unless `private_too`.
pub async fn decisions(
    c: &impl ConnectionTrait,
    private_too: bool,
    filter: &RegisterFilter,
    limit: i64,
) -> Result<Vec<DecisionRow>, DbErr> {
    let mut conditions: Vec<String> = Vec::new();
    let mut vals: Vec<Value> = Vec::new();
    if !private_too {
        conditions.push("dcs.public = ?".into());
        vals.push(true.into());
    }
    if let Some(year) = filter.year {
        conditions.push("dcs.decided_on LIKE ?".into());
        vals.push(format!("{year:04}-%").into());
    }
    match &filter.body {
        None => {}
        Some(Body::Network) => conditions.push("dcs.proposal_id IS NOT NULL AND p.subregion IS NULL".into()),
        Some(Body::Subregion(code)) => {
            conditions.push("p.subregion = ?".into());
            vals.push(code.clone().into());
        }
        Some(Body::Meeting) => conditions.push("dcs.meeting_id IS NOT NULL".into()),
    }
    if let Some(outcome) = filter.outcome {
        conditions.push("dcs.outcome = ?".into());
        vals.push(outcome.as_str().into());
    }
    if let Some((sql, search_vals)) =
        store::search::refs_matching(c.get_database_backend(), "decision", &filter.q)
    {
        conditions.push(format!("dcs.id IN ({sql})"));
        vals.extend(search_vals);
    }
    let filters =
        if conditions.is_empty() { String::new() } else { format!("WHERE {}", conditions.join(" AND ")) };
    vals.push(limit.into());
    all(
        c,
        &format!("SELECT {DECISION_COLUMNS} {filters} ORDER BY dcs.decided_on DESC, dcs.id DESC LIMIT ?"),
        vals,
    )
    .await
}

/// The years of the decisions the viewer may read, newest first, for the register's filter.
pub async fn decision_years(c: &impl ConnectionTrait, private_too: bool) -> Result<Vec<String>, DbErr> {
    let only_public = if private_too { "" } else { "WHERE public = ?" };
    let vals = if private_too { values![] } else { values![true] };
    let rows: Vec<YearRow> = all(
        c,
        &format!(
            "SELECT DISTINCT SUBSTR(decided_on, 1, 4) AS year FROM decisions {only_public} ORDER BY year DESC"
        ),
        vals,
    )
    .await?;
    Ok(rows.into_iter().map(|r| r.year).collect())
}

#[derive(Debug, Clone, FromQueryResult)]
struct YearRow {
    year: String,
}

pub async fn decision_of(c: &impl ConnectionTrait, proposal: i64) -> Result<Option<DecisionRow>, DbErr> {
    one(c, &format!("SELECT {DECISION_COLUMNS} WHERE dcs.proposal_id = ?"), values![proposal]).await
}

pub async fn find_decision(c: &impl ConnectionTrait, id: i64) -> Result<Option<DecisionRow>, DbErr> {
    one(c, &format!("SELECT {DECISION_COLUMNS} WHERE dcs.id = ?"), values![id]).await
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

pub async fn find_action(
    c: &impl ConnectionTrait,
    decision: i64,
    id: i64,
) -> Result<Option<ActionRow>, DbErr> {
    one(
        c,
        "SELECT id, decision_id, description, owner, due_on, done FROM decision_actions WHERE id = ? AND decision_id = ?",
        values![id, decision],
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

#[derive(Debug, Clone, FromQueryResult)]
pub struct MeetingRow {
    pub id: i64,
    pub title: String,
    pub kind: MeetingKind,
    pub starts_at: Ts,
    pub ends_at: Ts,
    pub place: String,
    pub link: String,
    pub description: String,
    pub public: bool,
    pub minutes: String,
    pub minutes_status: String,
}

const MEETING_COLUMNS: &str =
    "id, title, kind, starts_at, ends_at, place, link, description, public, minutes, minutes_status";

pub async fn create_meeting(
    c: &impl ConnectionTrait,
    m: &crate::domain::Meeting,
    by: i64,
    now: Ts,
) -> Result<i64, DbErr> {
    let id = insert_id(
        c,
        "INSERT INTO meetings (title, kind, starts_at, ends_at, place, link, description, public, minutes,
         minutes_status, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', 'none', ?, ?) RETURNING id",
        values![
            m.title.clone(),
            m.kind.as_str(),
            m.starts_at,
            m.ends_at,
            m.place.clone(),
            m.link.clone(),
            m.description.clone(),
            m.public,
            by,
            now
        ],
    )
    .await?;
    for (i, (title, proposal)) in m.agenda.iter().enumerate() {
        exec(
            c,
            "INSERT INTO meeting_agenda (meeting_id, position, title, proposal_id) VALUES (?, ?, ?, ?)",
            values![id, i as i32, title.clone(), *proposal],
        )
        .await?;
    }
    for country in &m.countries {
        exec(
            c,
            "INSERT INTO meeting_invitations (meeting_id, country) VALUES (?, ?)",
            values![id, country.clone()],
        )
        .await?;
    }
    for entity in &m.entities {
        exec(
            c,
            "INSERT INTO meeting_entity_invitations (meeting_id, entity_id) VALUES (?, ?)",
            values![id, *entity],
        )
        .await?;
    }
    Ok(id)
}

pub async fn find_meeting(c: &impl ConnectionTrait, id: i64) -> Result<Option<MeetingRow>, DbErr> {
    one(c, &format!("SELECT {MEETING_COLUMNS} FROM meetings WHERE id = ?"), values![id]).await
}

/// Latest first; only public ones unless `private_too`.
pub async fn meetings(c: &impl ConnectionTrait, private_too: bool) -> Result<Vec<MeetingRow>, DbErr> {
    let only_public = if private_too { "" } else { "WHERE public = ?" };
    let vals = if private_too { values![] } else { values![true] };
    all(
        c,
        &format!(
            "SELECT {MEETING_COLUMNS} FROM meetings {only_public} ORDER BY starts_at DESC, id DESC LIMIT 500"
        ),
        vals,
    )
    .await
}

#[derive(Debug, Clone, FromQueryResult)]
pub struct AgendaRow {
    pub title: String,
    pub proposal_id: Option<i64>,
}

pub async fn agenda(c: &impl ConnectionTrait, meeting: i64) -> Result<Vec<AgendaRow>, DbErr> {
    all(
        c,
        "SELECT title, proposal_id FROM meeting_agenda WHERE meeting_id = ? ORDER BY position",
        values![meeting],
    )
    .await
}

pub async fn invited_countries(c: &impl ConnectionTrait, meeting: i64) -> Result<Vec<String>, DbErr> {
    let rows: Vec<CountryRow> = all(
        c,
        "SELECT country FROM meeting_invitations WHERE meeting_id = ? ORDER BY country",
        values![meeting],
    )
    .await?;
    Ok(rows.into_iter().map(|r| r.country).collect())
}

/// Registers a person once; true when newly registered.
pub async fn register(c: &impl ConnectionTrait, meeting: i64, user: i64, now: Ts) -> Result<bool, DbErr> {
    Ok(exec(
        c,
        "INSERT INTO meeting_registrations (meeting_id, user_id, registered_at, attended) VALUES (?, ?, ?, ?)
         ON CONFLICT (meeting_id, user_id) DO NOTHING",
        values![meeting, user, now, false],
    )
    .await?
        == 1)
}

#[derive(Debug, Clone, FromQueryResult)]
pub struct RegistrationRow {
    pub user_id: i64,
    pub attended: bool,
}

pub async fn registrations(c: &impl ConnectionTrait, meeting: i64) -> Result<Vec<RegistrationRow>, DbErr> {
    all(
        c,
        "SELECT user_id, attended FROM meeting_registrations WHERE meeting_id = ? ORDER BY user_id",
        values![meeting],
    )
    .await
}

/// Records who attended among the registered.
pub async fn set_attendance(c: &impl ConnectionTrait, meeting: i64, attended: &[i64]) -> Result<(), DbErr> {
    exec(c, "UPDATE meeting_registrations SET attended = ? WHERE meeting_id = ?", values![false, meeting])
        .await?;
    for user in attended {
        exec(
            c,
            "UPDATE meeting_registrations SET attended = ? WHERE meeting_id = ? AND user_id = ?",
            values![true, meeting, *user],
        )
        .await?;
    }
    Ok(())
}

/// Saves a draft of the minutes; false once they are approved.
pub async fn save_minutes(c: &impl ConnectionTrait, meeting: i64, text: &str) -> Result<bool, DbErr> {
    Ok(exec(
        c,
        "UPDATE meetings SET minutes = ?, minutes_status = 'draft' WHERE id = ? AND minutes_status <> 'approved'",
        values![text, meeting],
    )
    .await?
        == 1)
}

/// Approves the drafted minutes; false when there is no draft (none yet, or approved).
pub async fn approve_minutes(
    c: &impl ConnectionTrait,
    meeting: i64,
    by: i64,
    now: Ts,
) -> Result<bool, DbErr> {
    Ok(exec(
        c,
        "UPDATE meetings SET minutes_status = 'approved', minutes_approved_by = ?, minutes_approved_at = ?
         WHERE id = ? AND minutes_status = 'draft'",
        values![by, now, meeting],
    )
    .await?
        == 1)
}

pub async fn decisions_of_meeting(c: &impl ConnectionTrait, meeting: i64) -> Result<Vec<DecisionRow>, DbErr> {
    all(c, &format!("SELECT {DECISION_COLUMNS} WHERE dcs.meeting_id = ? ORDER BY dcs.id"), values![meeting])
        .await
}

#[derive(Debug, Clone, FromQueryResult)]
pub struct TitleRow {
    pub id: i64,
    pub title: String,
}

/// Proposals not yet closed, which a meeting may put on its agenda.
pub async fn proposals_for_agenda(c: &impl ConnectionTrait) -> Result<Vec<TitleRow>, DbErr> {
    all(c, "SELECT id, title FROM proposals WHERE closed_at IS NULL ORDER BY id DESC LIMIT 50", values![])
        .await
}

#[derive(Debug, Clone, FromQueryResult)]
pub struct BackgroundRow {
    pub lang: String,
    pub background: String,
}

pub async fn other_backgrounds(c: &impl ConnectionTrait, proposal: i64) -> Result<Vec<BackgroundRow>, DbErr> {
    all(
        c,
        "SELECT lang, background FROM proposal_backgrounds WHERE proposal_id = ? ORDER BY lang",
        values![proposal],
    )
    .await
}

#[derive(Debug, Clone, FromQueryResult)]
pub struct AttachmentRow {
    pub id: i64,
    pub proposal_id: i64,
    pub file_id: i64,
    pub name: String,
}

pub async fn attachments(c: &impl ConnectionTrait, proposal: i64) -> Result<Vec<AttachmentRow>, DbErr> {
    all(
        c,
        "SELECT id, proposal_id, file_id, name FROM proposal_attachment_files WHERE proposal_id = ? ORDER BY id",
        values![proposal],
    )
    .await
}

pub async fn attachment(c: &impl ConnectionTrait, id: i64) -> Result<Option<AttachmentRow>, DbErr> {
    one(c, "SELECT id, proposal_id, file_id, name FROM proposal_attachment_files WHERE id = ?", values![id])
        .await
}

pub async fn add_attachment(
    c: &impl ConnectionTrait,
    proposal: i64,
    file: i64,
    name: &str,
    now: Ts,
) -> Result<i64, DbErr> {
    insert_id(
        c,
        "INSERT INTO proposal_attachment_files (proposal_id, file_id, name, created_at) VALUES (?, ?, ?, ?)
         RETURNING id",
        values![proposal, file, name, now],
    )
    .await
}

/// An attachment still kept as bytes in the database, from before the file store.
#[derive(Debug, Clone, FromQueryResult)]
pub struct LegacyAttachment {
    pub id: i64,
    pub proposal_id: i64,
    pub name: String,
    pub bytes: Vec<u8>,
    pub created_at: Ts,
}

pub async fn legacy_attachment_count(c: &impl ConnectionTrait) -> Result<i64, DbErr> {
    Ok(store::scalar::<i64>(c, "SELECT COUNT(*) FROM proposal_attachments", values![]).await?.unwrap_or(0))
}

/// The next attachments to move into the file store, a few at a time (they are large).
pub async fn legacy_attachments(
    c: &impl ConnectionTrait,
    limit: i64,
) -> Result<Vec<LegacyAttachment>, DbErr> {
    all(
        c,
        "SELECT id, proposal_id, name, bytes, created_at FROM proposal_attachments ORDER BY id LIMIT ?",
        values![limit],
    )
    .await
}

pub async fn forget_legacy_attachment(c: &impl ConnectionTrait, id: i64) -> Result<(), DbErr> {
    exec(c, "DELETE FROM proposal_attachments WHERE id = ?", values![id]).await?;
    Ok(())
}

#[derive(Debug, Clone, FromQueryResult)]
struct EntityIdRow {
    entity_id: i64,
}

pub async fn invited_entities(c: &impl ConnectionTrait, meeting: i64) -> Result<Vec<i64>, DbErr> {
    let rows: Vec<EntityIdRow> = all(
        c,
        "SELECT entity_id FROM meeting_entity_invitations WHERE meeting_id = ? ORDER BY entity_id",
        values![meeting],
    )
    .await?;
    Ok(rows.into_iter().map(|r| r.entity_id).collect())
}

#[derive(Debug, Clone, FromQueryResult)]
pub struct Tally {
    pub n: i64,
    /// The soonest closing time (or due date) among them.
    pub first: Option<Ts>,
}

/// Open proposals (`now` within their voting time) decided by one of `countries` that have
/// no position from that country yet: how many (proposal and country pairs), the soonest
/// closing first.
pub async fn positions_missing(
    c: &impl ConnectionTrait,
    countries: &[String],
    now: Ts,
) -> Result<Tally, DbErr> {
    if countries.is_empty() {
        return Ok(Tally { n: 0, first: None });
    }
    let mut vals: Vec<Value> = values![now, now];
    vals.extend(countries.iter().map(|c| Value::from(c.clone())));
    let sql = format!(
        "SELECT COUNT(*) AS n, MIN(p.closes_at) AS first FROM proposals p
         JOIN proposal_countries pc ON pc.proposal_id = p.id
         WHERE p.closed_at IS NULL AND p.opens_at <= ? AND p.closes_at > ? AND pc.country IN ({})
           AND NOT EXISTS (SELECT 1 FROM country_positions cp WHERE cp.proposal_id = p.id AND cp.country = pc.country)",
        vec!["?"; countries.len()].join(", ")
    );
    Ok(one(c, &sql, vals).await?.unwrap_or(Tally { n: 0, first: None }))
}

/// Open proposals decided by `country` on which `entity` has stated no stance.
pub async fn stances_missing(
    c: &impl ConnectionTrait,
    entity: i64,
    country: &str,
    now: Ts,
) -> Result<Tally, DbErr> {
    let sql = "SELECT COUNT(*) AS n, MIN(p.closes_at) AS first FROM proposals p
         JOIN proposal_countries pc ON pc.proposal_id = p.id
         WHERE p.closed_at IS NULL AND p.opens_at <= ? AND p.closes_at > ? AND pc.country = ?
           AND NOT EXISTS (SELECT 1 FROM entity_stances s WHERE s.proposal_id = p.id AND s.entity_id = ?)";
    Ok(one(c, sql, values![now, now, country, entity]).await?.unwrap_or(Tally { n: 0, first: None }))
}

#[derive(Debug, Clone, FromQueryResult)]
pub struct Count {
    pub n: i64,
}

/// Meetings whose minutes are drafted and wait for approval.
pub async fn minutes_to_approve(c: &impl ConnectionTrait) -> Result<i64, DbErr> {
    let row: Option<Count> =
        one(c, "SELECT COUNT(*) AS n FROM meetings WHERE minutes_status = 'draft'", values![]).await?;
    Ok(row.map_or(0, |r| r.n))
}

#[derive(Debug, Clone, FromQueryResult)]
pub struct OpenActions {
    pub n: i64,
    /// The nearest due date (`YYYY-MM-DD`) among those that have one.
    pub first_due: Option<String>,
}

/// Follow-up actions of the decisions register not yet done.
pub async fn open_actions(c: &impl ConnectionTrait) -> Result<OpenActions, DbErr> {
    let row = one(
        c,
        "SELECT COUNT(*) AS n, MIN(NULLIF(due_on, '')) AS first_due FROM decision_actions WHERE done = ?",
        values![false],
    )
    .await?;
    Ok(row.unwrap_or(OpenActions { n: 0, first_due: None }))
}

//! Closing proposals at their closing time (a job in every instance, and on demand), and
//! reminding focal points whose country has not yet taken a position.

use crate::domain::{self, Answer, Outcome, REMINDER_BEFORE_HOURS, Rule, Tally};
use crate::store::{self, ProposalRow};
use sea_orm::{DbErr, TransactionTrait};
use web::AppState;

/// Closes the proposal with the outcome of its deciding countries' positions and records it
/// in the decisions register; `None` when it was closed already.
pub async fn close(app: &AppState, p: &ProposalRow) -> Result<Option<Outcome>, DbErr> {
    let rule = Rule::parse(&p.rule).unwrap_or(Rule::Consensus);
    let deciding = store::countries_of(&app.db, p.id).await?;
    let replies: Vec<String> = store::positions(&app.db, p.id)
        .await?
        .into_iter()
        .filter(|pos| deciding.contains(&pos.country))
        .map(|pos| pos.answer)
        .collect();
    let quorum = p.quorum.max(0) as u32;
    let options = p.option_list();
    // The register keeps the count in words any reader understands, in English like the
    // other register entries; the proposal page shows each country's position.
    let (outcome, summary) = if options.is_empty() {
        let answers: Vec<Answer> = replies.iter().filter_map(|r| Answer::parse(r)).collect();
        let t = Tally::of(&answers);
        let summary = format!(
            "{} of {} countries took part: {} agree, {} abstain, {} disagree, {} block (quorum {}).",
            t.taking_part(),
            deciding.len(),
            t.agree,
            t.abstain,
            t.disagree,
            t.block,
            p.quorum
        );
        (domain::decide(rule, &answers, quorum), summary)
    } else {
        let (outcome, chosen) = domain::decide_options(rule, &replies, options.len(), quorum);
        let counts: Vec<String> = options
            .iter()
            .enumerate()
            .map(|(i, o)| {
                format!("{o} {}", replies.iter().filter(|r| **r == domain::option_code(i + 1)).count())
            })
            .collect();
        let abstain = replies.iter().filter(|r| r.as_str() == Answer::Abstain.as_str()).count();
        let chosen = chosen.map(|n| format!(" Chosen: {}.", options[n - 1])).unwrap_or_default();
        let summary = format!(
            "{} of {} countries took part: {}, abstain {abstain} (quorum {}).{chosen}",
            replies.len(),
            deciding.len(),
            counts.join(", "),
            p.quorum
        );
        (outcome, summary)
    };
    let now = app.now();
    let tx = app.db.begin().await?;
    if !store::close(&tx, p.id, outcome.as_str(), now).await? {
        return Ok(None);
    }
    store::record_decision(
        &tx,
        Some(p.id),
        None,
        &now.format("%Y-%m-%d").to_string(),
        &p.title,
        rule.as_str(),
        outcome.as_str(),
        &summary,
        p.public,
        now,
    )
    .await?;
    accounts::audit(
        &tx,
        app,
        accounts::AuditEntry {
            actor: None,
            action: "proposal.close",
            object_type: "proposal",
            object_id: p.id.to_string(),
            before: None,
            after: Some(serde_json::json!({ "outcome": outcome.as_str(), "summary": summary })),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(Some(outcome))
}

/// One round of the job: closes what is due and sends the reminders that are due.
pub async fn run(app: &AppState) -> Result<(usize, usize), DbErr> {
    let now = app.now();
    let mut closed = 0;
    for p in store::due_to_close(&app.db, now).await? {
        if close(app, &p).await?.is_some() {
            closed += 1;
        }
    }
    let mut reminded = 0;
    let until = now + chrono::Duration::hours(REMINDER_BEFORE_HOURS);
    for p in store::due_reminders(&app.db, now, until).await? {
        let tx = app.db.begin().await?;
        if !store::claim_reminder(&tx, p.id, now).await? {
            continue;
        }
        let answered: Vec<String> =
            store::positions(&tx, p.id).await?.into_iter().map(|pos| pos.country).collect();
        let closes = p.closes_at.format("%Y-%m-%d %H:%M UTC").to_string();
        let waiting: Vec<String> =
            store::countries_of(&tx, p.id).await?.into_iter().filter(|c| !answered.contains(c)).collect();
        let args = [("title", p.title.as_str()), ("closes", closes.as_str())];
        let link = format!("/governance/proposals/{}", p.id);
        reminded +=
            crate::http::tell_focal_points(&tx, app, &waiting, "governance-reminder", &args, &link).await?;
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

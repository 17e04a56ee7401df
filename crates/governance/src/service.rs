//! What the closing job and the handlers share: telling focal points, closing a proposal with
//! its outcome. Authorisation is the caller's.

use crate::domain::{self, Outcome};
use crate::store::{self, ProposalRow};
use kernel::{Role, UserId};
use sea_orm::{ConnectionTrait, DbErr};
use web::{AppError, AppState};

/// Mails and notifies the focal points of `countries`, each in their own language; returns
/// how many were told.
pub(crate) async fn tell_focal_points(
    c: &impl ConnectionTrait,
    app: &AppState,
    countries: &[String],
    key: &str,
    args: &[(&str, &str)],
    link: &str,
) -> Result<usize, DbErr> {
    // Every focal point in one query, rather than one per country.
    let mut told = 0;
    for (country, person) in accounts::holders_of_role(c, Role::FocalPoint).await? {
        if countries.contains(&country) {
            accounts::notify(c, app, &person, key, args, link).await?;
            told += 1;
        }
    }
    Ok(told)
}

/// Tells the representatives of the active members of `countries`, once each.
pub(crate) async fn tell_representatives(
    c: &impl ConnectionTrait,
    app: &AppState,
    countries: &[String],
    key: &str,
    args: &[(&str, &str)],
    link: &str,
) -> Result<usize, DbErr> {
    let representatives = accounts::holders_of_role(c, Role::EntityRepresentative).await?;
    let entities: Vec<i64> = representatives.iter().filter_map(|(entity, _)| entity.parse().ok()).collect();
    let members = membership::public::names(c, &entities).await?;
    let mut told = std::collections::HashSet::new();
    for (entity, person) in representatives {
        let country = entity.parse::<i64>().ok().and_then(|id| members.get(&id)).map(|(_, country)| country);
        if country.is_some_and(|c| countries.contains(c)) && told.insert(person.id) {
            accounts::notify(c, app, &person, key, args, link).await?;
        }
    }
    Ok(told.len())
}

/// Closes the proposal with the outcome of its deciding countries' positions and records it
/// in the decisions register, as done by `actor` (`None`: the closing job); `None` when it was
/// closed already.
pub(crate) async fn close(
    app: &AppState,
    actor: Option<UserId>,
    p: &ProposalRow,
) -> Result<Option<Outcome>, AppError> {
    let rule = p.rule;
    let deciding = store::countries_of(&app.db, p.id).await?;
    let replies: Vec<String> = store::positions(&app.db, p.id)
        .await?
        .into_iter()
        .filter(|pos| deciding.contains(&pos.country))
        .map(|pos| pos.answer)
        .collect();
    let quorum = p.quorum.max(0) as u32;
    // The register keeps the count, not a sentence: each reader reads it in their language.
    let (outcome, count) = domain::count(rule, &replies, deciding.len(), quorum, &p.option_list());
    let now = app.now();
    let w = accounts::Write::begin(app, actor).await?;
    // Closed before its time by a person: the page says who.
    let early_by = actor.filter(|_| now < p.closes_at).map(|a| a.0);
    if !store::close(w.tx(), p.id, outcome, now, early_by).await? {
        return Ok(None);
    }
    store::record_decision(
        w.tx(),
        Some(p.id),
        None,
        &now.format("%Y-%m-%d").to_string(),
        &p.title,
        rule,
        outcome,
        "",
        &count.to_json(),
        p.public,
        now,
    )
    .await?;
    let after = serde_json::json!({ "outcome": outcome.as_str(), "counts": count });
    w.audit("proposal.close", "proposal", p.id, None, Some(after)).await?;
    // Everyone the proposal asked is told how it ended.
    let link = format!("/governance/proposals/{}", p.id);
    let count_args = count.args();
    let mut args = vec![("title", p.title.as_str()), ("outcome", outcome.as_str())];
    args.extend(count_args.iter().map(|(k, v)| (*k, v.as_str())));
    tell_focal_points(w.tx(), app, &deciding, "governance-closed", &args, &link).await?;
    tell_representatives(w.tx(), app, &deciding, "governance-closed", &args, &link).await?;
    w.commit().await?;
    Ok(Some(outcome))
}

/// A proposal's attachment: a PDF or an image of at most 5 MB, for those who may read the
/// proposal only (served by the proposal's page, after its check).
pub(crate) const ATTACHMENT: files::Kind = files::Kind {
    owner: "governance",
    name: "attachment",
    max_bytes: 5 * 1024 * 1024,
    accepts: files::DOCUMENTS,
    public: false,
};

/// Moves attachments kept as bytes in the database into the file store, a few at a time, each
/// in its own write; `progress` is told how many are done of how many.
pub async fn move_legacy_attachments(
    app: &AppState,
    progress: &(dyn Fn(u64, u64) + Sync),
) -> Result<u64, AppError> {
    let total = store::legacy_attachment_count(&app.db).await?.max(0) as u64;
    let mut done = 0;
    loop {
        let batch = store::legacy_attachments(&app.db, 8).await?;
        if batch.is_empty() {
            return Ok(done);
        }
        for a in batch {
            let body = futures_util::stream::iter([Ok::<_, std::io::Error>(bytes::Bytes::from(a.bytes))]);
            let received = files::receive(&app.files, &ATTACHMENT, &a.name, body).await?;
            let w = accounts::Write::begin(app, None).await?;
            let file = files::put(w.tx(), &received, None, a.created_at).await?;
            let id =
                store::add_attachment(w.tx(), a.proposal_id, file.id.0, file.name.as_str(), a.created_at)
                    .await?;
            store::forget_legacy_attachment(w.tx(), a.id).await?;
            let after = serde_json::json!({ "attachment": id, "file": file.id.0, "bytes": file.size });
            w.audit("proposal.attachment_moved", "proposal", a.proposal_id, None, Some(after)).await?;
            w.commit().await?;
            done += 1;
            progress(done, total);
        }
    }
}

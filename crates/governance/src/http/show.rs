//! A proposal: its question and rule; during the consultation, the stance forms of the
//! viewer's member entities and, for a focal point, the country's members' stances side by
//! side with the country's position; once closed, every country's position and the outcome.

use super::proposals::{phase_key, who_decides};
use super::{bad, by_name, confirm, decision_summary, position_countries, readable, stance_entities};
use crate::domain::{self, Answer, Phase, Rule};
use crate::{service, store};
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::response::Response;
use axum::routing::{get, post};
use kernel::{Action, Target};
use serde::Deserialize;
use web::{
    AppError, AppResult, AppState, Choice, CurrentUser, Form, MaybeUser, Page, Upload, UploadKind,
    redirect_with_flash, render,
};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/governance/proposals/{id}", get(show))
        .route("/governance/proposals/{id}/stance", post(stance))
        .route("/governance/proposals/{id}/position", post(position))
        .route("/governance/proposals/{id}/close", post(close_now))
        .route(
            "/governance/proposals/{id}/attachments",
            post(attach).layer(axum::extract::DefaultBodyLimit::max(
                service::ATTACHMENT.max_bytes as usize + 64 * 1024,
            )),
        )
        .route("/governance/attachments/{id}", get(download))
}

pub struct StanceForm {
    pub entity_id: i64,
    pub entity: String,
    pub current: String,
    pub reason: String,
    pub answers: Vec<Choice>,
}

pub struct MemberStance {
    pub entity: String,
    pub answer: String,
    pub reason: String,
}

pub struct CountryDesk {
    pub code: String,
    pub name: String,
    pub members: Vec<MemberStance>,
    pub current: String,
    pub rationale: String,
    pub answers: Vec<Choice>,
}

pub struct CountryLine {
    pub name: String,
    pub answer: String,
    pub rationale: String,
    pub taken: bool,
}

pub struct HistoryLine {
    pub at: String,
    pub country: String,
    pub answer: String,
    pub rationale: String,
    pub who: String,
}

#[derive(Template)]
#[template(path = "proposal.html")]
struct ShowPage {
    page: Page,
    id: i64,
    title: String,
    background_html: String,
    background_lang: String,
    other_backgrounds: Vec<(String, String)>,
    attachments: Vec<store::AttachmentRow>,
    question: String,
    options: Vec<String>,
    rule: String,
    who: String,
    quorum: i32,
    deciding: usize,
    opens: String,
    closes: String,
    phase_code: &'static str,
    phase: String,
    is_closed: bool,
    /// "Closed on …", or "Closed early on … by …".
    closed_line: String,
    outcome: String,
    summary: String,
    stance_forms: Vec<StanceForm>,
    desks: Vec<CountryDesk>,
    countries: Vec<CountryLine>,
    history: Vec<HistoryLine>,
    can_close: bool,
    can_manage: bool,
}

/// The replies offered: the proposal's options and abstaining, or the rule's answers.
fn answer_choices(page: &Page, rule: Rule, options: &[String], current: &str) -> Vec<Choice> {
    let mut choices: Vec<Choice> = options
        .iter()
        .enumerate()
        .map(|(i, o)| {
            let value = domain::option_code(i + 1);
            Choice { checked: value == current, value, label: o.clone() }
        })
        .collect();
    let answers: &[Answer] = if options.is_empty() { rule.answers() } else { &[Answer::Abstain] };
    choices.extend(answers.iter().map(|a| Choice {
        value: a.as_str().into(),
        label: page.t(&a.label_key()),
        checked: a.as_str() == current,
    }));
    choices
}

fn answer_label(page: &Page, options: &[String], raw: &str) -> String {
    match domain::option_of(raw) {
        Some(n) => options.get(n - 1).cloned().unwrap_or_default(),
        None => Answer::parse(raw).map(|a| page.t(&a.label_key())).unwrap_or_default(),
    }
}

/// A reply checked against what the proposal offers.
fn check_reply(
    p: &store::ProposalRow,
    rule: Rule,
    reply: &str,
    reason: &str,
) -> Result<(String, String), &'static str> {
    let options = p.option_list();
    if options.is_empty() {
        domain::check_answer(rule, reply, reason).map(|(a, reason)| (a.as_str().to_string(), reason))
    } else {
        domain::check_option_reply(options.len(), reply, reason)
    }
}

async fn show(
    State(app): State<AppState>,
    page: Page,
    MaybeUser(viewer): MaybeUser,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let p = readable(&app, viewer.as_ref(), id).await?;
    let r = &app.reference;
    let lang = page.lang;
    let rule = p.rule;
    let options = p.option_list();
    let phase = domain::phase(p.opens_at, p.closes_at, p.closed_at.is_some(), app.now());
    let deciding = store::countries_of(&app.db, id).await?;
    let stances = store::stances(&app.db, id).await?;
    let positions = store::positions(&app.db, id).await?;
    let mut stance_forms = Vec::new();
    let mut desks = Vec::new();
    if let (Some(v), Phase::Open) = (viewer.as_ref(), phase) {
        for entity in stance_entities(v) {
            let Some((e, _)) = membership::public::find(&app.db, entity).await? else { continue };
            if !deciding.contains(&e.network_country) {
                continue;
            }
            let mine = stances.iter().find(|s| s.entity_id == entity);
            let current = mine.map(|s| s.answer.clone()).unwrap_or_default();
            stance_forms.push(StanceForm {
                entity_id: entity,
                entity: e.legal_name,
                reason: mine.map(|s| s.reason.clone()).unwrap_or_default(),
                answers: answer_choices(&page, rule, &options, &current),
                current: answer_label(&page, &options, &current),
            });
        }
        for country in position_countries(v).into_iter().filter(|c| deciding.contains(c)) {
            let facets =
                membership::public::Facets { countries: vec![country.clone()], ..Default::default() };
            let (_, members) =
                membership::public::page(&app.db, &facets, membership::public::Sort::Name, 500, 0).await?;
            let members = members
                .into_iter()
                .map(|e| {
                    let s = stances.iter().find(|s| s.entity_id == e.id);
                    MemberStance {
                        entity: e.legal_name,
                        answer: s
                            .map(|s| answer_label(&page, &options, &s.answer))
                            .unwrap_or_else(|| page.t("stance-none")),
                        reason: s.map(|s| s.reason.clone()).unwrap_or_default(),
                    }
                })
                .collect();
            let ours = positions.iter().find(|pos| pos.country == country);
            let current = ours.map(|pos| pos.answer.clone()).unwrap_or_default();
            desks.push(CountryDesk {
                name: r.country_name(&country, lang),
                members,
                rationale: ours.map(|pos| pos.rationale.clone()).unwrap_or_default(),
                answers: answer_choices(&page, rule, &options, &current),
                current: answer_label(&page, &options, &current),
                code: country,
            });
        }
    }
    let closed = phase == Phase::Closed && p.closed_at.is_some();
    let countries = by_name(&app, lang, &deciding)
        .into_iter()
        .map(|(c, name)| {
            let pos = positions.iter().find(|pos| pos.country == c);
            CountryLine {
                name,
                taken: pos.is_some(),
                // Positions are published with the result, so countries decide on their own.
                answer: if closed {
                    pos.map(|pos| answer_label(&page, &options, &pos.answer)).unwrap_or_default()
                } else {
                    String::new()
                },
                rationale: if closed {
                    pos.map(|pos| pos.rationale.clone()).unwrap_or_default()
                } else {
                    String::new()
                },
            }
        })
        .collect();
    let history = if closed {
        let rows = store::position_history(&app.db, id).await?;
        let by: Vec<kernel::UserId> = rows.iter().filter_map(|h| h.by_user.map(kernel::UserId)).collect();
        let names = accounts::display_names(&app.db, &by).await?;
        rows.into_iter()
            .map(|h| HistoryLine {
                at: page.tr.datetime(h.at),
                country: r.country_name(&h.country, lang),
                answer: answer_label(&page, &options, &h.answer),
                rationale: h.rationale,
                who: h.by_user.and_then(|u| names.get(&kernel::UserId(u)).cloned()).unwrap_or_default(),
            })
            .collect()
    } else {
        Vec::new()
    };
    let closed_line = match (closed, p.closed_at, p.closed_by) {
        (true, Some(at), Some(by)) => {
            let names = accounts::display_names(&app.db, &[kernel::UserId(by)]).await?;
            let who = names.get(&kernel::UserId(by)).cloned().unwrap_or_default();
            page.tr.t_args("proposal-closed-early", &[("when", &page.tr.datetime(at)), ("who", &who)])
        }
        (true, Some(at), None) => page.tr.t_args("proposal-closed-on", &[("when", &page.tr.datetime(at))]),
        _ => String::new(),
    };
    let summary = if closed {
        store::decision_of(&app.db, id).await?.map(|d| decision_summary(&page.tr, &d)).unwrap_or_default()
    } else {
        String::new()
    };
    let can_manage = viewer.as_ref().is_some_and(|v| v.may(Action::OpenProposal, &Target::network()));
    let can_close = phase != Phase::Closed && can_manage;
    render(&ShowPage {
        id,
        rule: page.t(&rule.label_key()),
        who: who_decides(&app, lang, p.subregion.as_deref(), &page),
        quorum: p.quorum,
        deciding: deciding.len(),
        opens: page.tr.datetime(p.opens_at),
        closes: page.tr.datetime(p.closes_at),
        phase_code: match phase {
            Phase::Upcoming => "upcoming",
            Phase::Open => "open",
            Phase::Closed => "closed",
        },
        phase: page.t(phase_key(phase)),
        is_closed: closed,
        closed_line,
        outcome: p.outcome.map(|o| page.t(&o.label_key())).unwrap_or_default(),
        summary,
        stance_forms,
        desks,
        countries,
        history,
        can_close,
        can_manage,
        page,
        title: p.title,
        background_html: web::markdown::to_html(&p.background),
        background_lang: p.background_lang,
        other_backgrounds: store::other_backgrounds(&app.db, id)
            .await?
            .into_iter()
            .map(|b| (b.lang, web::markdown::to_html(&b.background)))
            .collect(),
        attachments: store::attachments(&app.db, id).await?,
        question: p.question,
        options,
    })
}

/// Refuses answers once the proposal is not open (before opening, after closing).
async fn open_proposal(
    app: &AppState,
    viewer: &web::Viewer,
    id: i64,
) -> AppResult<(store::ProposalRow, Rule)> {
    let p = readable(app, Some(viewer), id).await?;
    if domain::phase(p.opens_at, p.closes_at, p.closed_at.is_some(), app.now()) != Phase::Open {
        return Err(AppError::Conflict("error-proposal-not-open"));
    }
    let rule = p.rule;
    Ok((p, rule))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StanceFields {
    entity: i64,
    #[serde(default)]
    answer: String,
    #[serde(default)]
    reason: String,
}

async fn stance(
    State(app): State<AppState>,
    CurrentUser(viewer): CurrentUser,
    Path(id): Path<i64>,
    Form(f): Form<StanceFields>,
) -> AppResult<Response> {
    let (p, rule) = open_proposal(&app, &viewer, id).await?;
    let (entity, _) = membership::public::find(&app.db, f.entity).await?.ok_or(AppError::Forbidden)?;
    viewer.require(Action::StateEntityStance, &membership::public::target(&app.reference, &entity))?;
    let back = format!("/governance/proposals/{id}");
    if !store::countries_of(&app.db, id).await?.contains(&entity.network_country) {
        return Err(bad("error-country-not-deciding"));
    }
    let (answer, reason) = match check_reply(&p, rule, &f.answer, &f.reason) {
        Ok(checked) => checked,
        Err(key) => return Ok(redirect_with_flash(&back, "error", key)),
    };
    let w = accounts::Write::begin(&app, Some(viewer.id)).await?;
    store::set_stance(
        w.tx(),
        id,
        entity.id,
        &entity.network_country,
        answer.as_str(),
        &reason,
        viewer.id.0,
        app.now(),
    )
    .await?;
    w.audit(
        "proposal.stance",
        "proposal",
        id,
        None,
        Some(serde_json::json!({ "entity": entity.id, "answer": answer.as_str(), "reason": reason })),
    )
    .await?;
    w.done(&back, "flash-stance-saved").await
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PositionFields {
    #[serde(default)]
    country: String,
    #[serde(default)]
    answer: String,
    #[serde(default)]
    rationale: String,
}

async fn position(
    State(app): State<AppState>,
    CurrentUser(viewer): CurrentUser,
    Path(id): Path<i64>,
    Form(f): Form<PositionFields>,
) -> AppResult<Response> {
    let (p, rule) = open_proposal(&app, &viewer, id).await?;
    let target = app.reference.country_target(&f.country).ok_or(bad("error-country-unknown"))?;
    viewer.require(Action::CastCountryPosition, &target)?;
    let back = format!("/governance/proposals/{id}");
    if !store::countries_of(&app.db, id).await?.contains(&f.country) {
        return Err(bad("error-country-not-deciding"));
    }
    let (answer, rationale) = match check_reply(&p, rule, &f.answer, &f.rationale) {
        Ok(checked) => checked,
        Err(key) => return Ok(redirect_with_flash(&back, "error", key)),
    };
    let before = store::positions(&app.db, id).await?.into_iter().find(|p| p.country == f.country);
    let w = accounts::Write::begin(&app, Some(viewer.id)).await?;
    store::set_position(w.tx(), id, &f.country, answer.as_str(), &rationale, viewer.id.0, app.now()).await?;
    w.audit(
        "proposal.position",
        "proposal",
        id,
        before.map(
            |b| serde_json::json!({ "country": b.country, "answer": b.answer, "rationale": b.rationale }),
        ),
        Some(serde_json::json!({ "country": f.country, "answer": answer.as_str(), "rationale": rationale })),
    )
    .await?;
    w.done(&back, "flash-position-saved").await
}

async fn close_now(
    State(app): State<AppState>,
    page: Page,
    CurrentUser(viewer): CurrentUser,
    Path(id): Path<i64>,
    Form(f): Form<confirm::Fields>,
) -> AppResult<Response> {
    viewer.require(Action::OpenProposal, &Target::network())?;
    let p = readable(&app, Some(&viewer), id).await?;
    let back = format!("/governance/proposals/{id}");
    // Closed meanwhile: nothing to confirm.
    if p.closed_at.is_none() && !f.given() {
        let action = format!("{back}/close");
        return confirm::page(page, "confirm-close-proposal", &p.title, &action, Vec::new(), &back);
    }
    let key = match service::close(&app, Some(viewer.id), &p).await? {
        Some(_) => "flash-proposal-closed",
        None => "flash-changed-meanwhile",
    };
    Ok(redirect_with_flash(&back, "success", key))
}

/// A proposal's attachment: a PDF or an image, recognised by its bytes.
struct Attachment;

impl UploadKind for Attachment {
    const FIELD: &'static str = "file";
    const KIND: files::Kind = service::ATTACHMENT;
    const MISSING: &'static str = "error-attachment-missing";
    const TOO_BIG: &'static str = "error-attachment-too-big";
    const WRONG_TYPE: &'static str = "error-attachment-type";
}

async fn attach(
    State(app): State<AppState>,
    CurrentUser(viewer): CurrentUser,
    Path(id): Path<i64>,
    upload: Upload<Attachment>,
) -> AppResult<Response> {
    viewer.require(Action::OpenProposal, &Target::network())?;
    readable(&app, Some(&viewer), id).await?;
    let back = format!("/governance/proposals/{id}");
    let received = match upload.received()? {
        Ok(received) => received,
        Err(problem) => return Ok(redirect_with_flash(&back, "error", problem)),
    };
    let w = accounts::Write::begin(&app, Some(viewer.id)).await?;
    let file = files::put(w.tx(), received, Some(viewer.id), app.now()).await?;
    let attachment = store::add_attachment(w.tx(), id, file.id.0, &file.name, app.now()).await?;
    let after = serde_json::json!({ "attachment": attachment, "file": file.id.0, "name": file.name, "bytes": file.size });
    w.audit("proposal.attach", "proposal", id, None, Some(after)).await?;
    w.done(&back, "flash-attachment-added").await
}

/// An attachment, for those who may read its proposal, streamed from the file store.
async fn download(
    State(app): State<AppState>,
    MaybeUser(viewer): MaybeUser,
    Path(id): Path<i64>,
    headers: axum::http::HeaderMap,
) -> AppResult<Response> {
    let a = store::attachment(&app.db, id).await?.ok_or(AppError::NotFound)?;
    readable(&app, viewer.as_ref(), a.proposal_id).await?;
    let file = files::get(&app.db, files::FileId(a.file_id)).await?.ok_or(AppError::NotFound)?;
    Ok(files::serve(&app.files, &file, &headers, files::Disposition::Attachment, files::Caching::Private)
        .await)
}

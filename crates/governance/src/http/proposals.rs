//! The proposals list, and management opening a proposal.

use super::sees_private;
use crate::domain::{self, Phase, ProposalForm, Rule};
use crate::store;
use askama::Template;
use axum::Router;
use axum::extract::State;
use axum::response::Response;
use axum::routing::get;
use kernel::{Action, Target};
use sea_orm::TransactionTrait;
use web::{
    AppResult, AppState, Choice, CurrentUser, FieldErrors, Form, MaybeUser, Page, redirect_with_flash, render,
};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/governance/proposals", get(list))
        .route("/governance/proposals/new", get(new).post(create))
}

pub struct ProposalLine {
    pub id: i64,
    pub title: String,
    pub who: String,
    pub rule: String,
    pub phase: String,
    pub closes: String,
    pub outcome: String,
    pub public: bool,
}

#[derive(Template)]
#[template(path = "proposals.html")]
struct ListPage {
    page: Page,
    proposals: Vec<ProposalLine>,
    can_open: bool,
}

pub(crate) fn phase_key(phase: Phase) -> &'static str {
    match phase {
        Phase::Upcoming => "phase-upcoming",
        Phase::Open => "phase-open",
        Phase::Closed => "phase-closed",
    }
}

pub(crate) fn who_decides(app: &AppState, lang: &str, subregion: Option<&str>, page: &Page) -> String {
    match subregion.and_then(|s| app.reference.subregions.iter().find(|x| x.code.0 == s)) {
        Some(s) => s.name.get(lang).to_string(),
        None => page.t("proposal-whole-network"),
    }
}

async fn list(State(app): State<AppState>, page: Page, MaybeUser(viewer): MaybeUser) -> AppResult<Response> {
    let now = app.now();
    let lang = page.lang;
    let proposals = store::proposals(&app.db, sees_private(viewer.as_ref()))
        .await?
        .into_iter()
        .map(|p| {
            let phase = domain::phase(p.opens_at, p.closes_at, p.closed_at.is_some(), now);
            ProposalLine {
                id: p.id,
                who: who_decides(&app, lang, p.subregion.as_deref(), &page),
                rule: Rule::parse(&p.rule).map(|r| page.t(&r.label_key())).unwrap_or_default(),
                phase: page.t(phase_key(phase)),
                closes: p.closes_at.format("%Y-%m-%d %H:%M UTC").to_string(),
                outcome: domain::Outcome::parse(&p.outcome)
                    .map(|o| page.t(&o.label_key()))
                    .unwrap_or_default(),
                public: p.public,
                title: p.title,
            }
        })
        .collect();
    let can_open = viewer.as_ref().is_some_and(|v| v.may(Action::OpenProposal, &Target::network()));
    render(&ListPage { page, proposals, can_open })
}

#[derive(Template)]
#[template(path = "proposal_form.html")]
struct FormPage {
    page: Page,
    f: ProposalForm,
    errors: FieldErrors,
    rules: Vec<Choice>,
    scopes: Vec<Choice>,
}

fn form_page(app: &AppState, page: Page, f: ProposalForm, errors: FieldErrors) -> FormPage {
    let lang = page.lang;
    let rules = Rule::ALL
        .iter()
        .map(|r| Choice {
            value: r.as_str().into(),
            label: page.t(&r.label_key()),
            checked: f.rule == r.as_str(),
        })
        .collect();
    let mut scopes = vec![Choice {
        value: String::new(),
        label: page.t("proposal-whole-network"),
        checked: f.subregion.is_empty(),
    }];
    scopes.extend(app.reference.subregions.iter().map(|s| Choice {
        value: s.code.0.clone(),
        label: s.name.get(lang).to_string(),
        checked: f.subregion == s.code.0,
    }));
    FormPage { page, f, errors, rules, scopes }
}

async fn new(
    State(app): State<AppState>,
    page: Page,
    CurrentUser(viewer): CurrentUser,
) -> AppResult<Response> {
    viewer.require(Action::OpenProposal, &Target::network())?;
    // Two weeks of consultation unless management says otherwise.
    let closes_at = (app.now() + chrono::Duration::days(14)).format("%Y-%m-%dT%H:%M").to_string();
    let f = ProposalForm {
        rule: "consensus".into(),
        quorum: "1".into(),
        public: true,
        closes_at,
        ..Default::default()
    };
    render(&form_page(&app, page, f, FieldErrors::default()))
}

#[derive(serde::Deserialize)]
struct Fields {
    #[serde(default)]
    title: String,
    #[serde(default)]
    background: String,
    #[serde(default)]
    question: String,
    #[serde(default)]
    rule: String,
    #[serde(default)]
    subregion: String,
    #[serde(default)]
    quorum: String,
    #[serde(default)]
    opens_at: String,
    #[serde(default)]
    closes_at: String,
    #[serde(default)]
    public: Option<String>,
    #[serde(default)]
    options: String,
}

async fn create(
    State(app): State<AppState>,
    page: Page,
    CurrentUser(viewer): CurrentUser,
    Form(fields): Form<Fields>,
) -> AppResult<Response> {
    viewer.require(Action::OpenProposal, &Target::network())?;
    let f = ProposalForm {
        title: fields.title,
        background: fields.background,
        question: fields.question,
        rule: fields.rule,
        subregion: fields.subregion,
        quorum: fields.quorum,
        opens_at: fields.opens_at,
        closes_at: fields.closes_at,
        public: fields.public.as_deref() == Some("yes"),
        options: fields.options,
    };
    let now = app.now();
    let proposal = match domain::check_proposal(&f, &app.reference, now) {
        Ok(p) => p,
        Err(errors) => return Ok(web::unprocessable(render(&form_page(&app, page, f, errors))?)),
    };
    let countries = domain::deciding_countries(&app.reference, proposal.subregion.as_deref());
    let tx = app.db.begin().await?;
    let id = store::create_proposal(&tx, &proposal, &countries, viewer.id.0, now).await?;
    accounts::audit(
        &tx,
        &app,
        accounts::AuditEntry {
            actor: Some(viewer.id),
            action: "proposal.open",
            object_type: "proposal",
            object_id: id.to_string(),
            before: None,
            after: Some(serde_json::json!({
                "title": proposal.title, "rule": proposal.rule.as_str(), "subregion": proposal.subregion,
                "quorum": proposal.quorum, "opens_at": proposal.opens_at, "closes_at": proposal.closes_at,
                "public": proposal.public, "countries": countries, "options": proposal.options,
            })),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(redirect_with_flash(
        &format!("/governance/proposals/{id}"),
        "success",
        "flash-proposal-opened",
        app.config.secure_cookies(),
    ))
}

//! The proposals list, and management opening a proposal.

use super::sees_private;
use crate::domain::{self, Phase, ProposalForm, Rule};
use crate::service::tell_focal_points;
use crate::store;
use askama::Template;
use axum::Router;
use axum::extract::State;
use axum::response::Response;
use axum::routing::get;
use kernel::{Action, Target};
use web::{
    AppError, AppResult, AppState, Choice, CurrentUser, FieldErrors, Form, MaybeUser, Page, Viewer, render,
};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/governance/proposals", get(list))
        .route("/governance/proposals/new", get(new).post(create))
        .route("/governance/settings", get(settings).post(save_settings))
}

/// Who decides, for each proposal the viewer may open: the whole network (`None`) and every
/// sub-region for management; where management allows it, their own sub-region for its
/// coordinators and its countries' focal points.
async fn openable(app: &AppState, viewer: &Viewer) -> AppResult<Vec<Option<String>>> {
    let subregions = app.reference.subregions.iter().map(|s| s.code.0.clone());
    if viewer.may(Action::OpenProposal, &Target::network()) {
        return Ok(std::iter::once(None).chain(subregions.map(Some)).collect());
    }
    if !delegation(app).await? {
        return Ok(Vec::new());
    }
    Ok(subregions
        .filter(|s| {
            app.reference.subregion_target(s).is_some_and(|t| viewer.may(Action::OpenSubregionProposal, &t))
        })
        .map(Some)
        .collect())
}

/// The name of the setting by which management lets sub-regions open their own proposals.
const DELEGATION_SETTING: &str = "delegated_proposals";

async fn delegation(app: &AppState) -> AppResult<bool> {
    Ok(accounts::setting(&app.db, "governance", DELEGATION_SETTING).await?.as_deref() == Some("on"))
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
    match subregion.and_then(|s| app.reference.subregion_by_code(s)) {
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
                rule: page.t(&p.rule.label_key()),
                phase: page.t(phase_key(phase)),
                closes: page.tr.datetime(p.closes_at),
                outcome: p.outcome.map(|o| page.t(&o.label_key())).unwrap_or_default(),
                public: p.public,
                title: p.title,
            }
        })
        .collect();
    let can_open = match viewer.as_ref() {
        Some(v) => !openable(&app, v).await?.is_empty(),
        None => false,
    };
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

fn form_page(
    app: &AppState,
    page: Page,
    f: ProposalForm,
    errors: FieldErrors,
    allowed: &[Option<String>],
) -> FormPage {
    let lang = page.lang;
    let rules = Rule::ALL
        .iter()
        .map(|r| Choice {
            value: r.as_str().into(),
            label: page.t(&r.label_key()),
            checked: f.rule == r.as_str(),
        })
        .collect();
    let mut scopes = Vec::new();
    if allowed.contains(&None) {
        scopes.push(Choice {
            value: String::new(),
            label: page.t("proposal-whole-network"),
            checked: f.subregion.is_empty(),
        });
    }
    scopes.extend(app.reference.subregions.iter().filter(|s| allowed.contains(&Some(s.code.0.clone()))).map(
        |s| Choice {
            value: s.code.0.clone(),
            label: s.name.get(lang).to_string(),
            checked: f.subregion == s.code.0,
        },
    ));
    FormPage { page, f, errors, rules, scopes }
}

async fn new(
    State(app): State<AppState>,
    page: Page,
    CurrentUser(viewer): CurrentUser,
) -> AppResult<Response> {
    let allowed = openable(&app, &viewer).await?;
    if allowed.is_empty() {
        viewer.require(Action::OpenProposal, &Target::network())?;
    }
    // Two weeks of consultation unless management says otherwise.
    let closes_at = web::zones::to_local_input(page.tr.zone(), app.now() + chrono::Duration::days(14));
    let f = ProposalForm {
        rule: "consensus".into(),
        quorum: "1".into(),
        public: true,
        closes_at,
        subregion: allowed.first().cloned().flatten().unwrap_or_default(),
        ..Default::default()
    };
    render(&form_page(&app, page, f, FieldErrors::default(), &allowed))
}

async fn create(
    State(app): State<AppState>,
    page: Page,
    CurrentUser(viewer): CurrentUser,
    Form(mut f): Form<ProposalForm>,
) -> AppResult<Response> {
    f.zone = Some(page.tr.zone());
    let allowed = openable(&app, &viewer).await?;
    if allowed.is_empty() {
        viewer.require(Action::OpenProposal, &Target::network())?;
    }
    let now = app.now();
    let proposal = match domain::check_proposal(&f, &app.reference, now) {
        Ok(p) => p,
        Err(errors) => return Ok(web::unprocessable(render(&form_page(&app, page, f, errors, &allowed))?)),
    };
    if !allowed.contains(&proposal.subregion) {
        return Err(AppError::Forbidden);
    }
    let countries = domain::deciding_countries(&app.reference, proposal.subregion.as_deref());
    let w = accounts::Write::begin(&app, Some(viewer.id)).await?;
    let id = store::create_proposal(w.tx(), &proposal, &countries, viewer.id.0, now).await?;
    w.audit(
        "proposal.open",
        "proposal",
        id,
        None,
        Some(serde_json::json!({
            "title": proposal.title, "rule": proposal.rule.as_str(), "subregion": proposal.subregion,
            "quorum": proposal.quorum, "opens_at": proposal.opens_at, "closes_at": proposal.closes_at,
            "public": proposal.public, "countries": countries, "options": proposal.options,
            "background_languages": proposal.other_backgrounds.iter().map(|(l, _)| l).collect::<Vec<_>>(),
        })),
    )
    .await?;
    let link = format!("/governance/proposals/{id}");
    let closes = web::Tr::new("en").datetime(proposal.closes_at);
    let args = [("title", proposal.title.as_str()), ("closes", closes.as_str())];
    tell_focal_points(w.tx(), &app, &countries, "governance-opened", &args, &link).await?;
    crate::service::tell_representatives(w.tx(), &app, &countries, "governance-opened-member", &args, &link)
        .await?;
    w.done(&format!("/governance/proposals/{id}"), "flash-proposal-opened").await
}

#[derive(Template)]
#[template(path = "governance_settings.html")]
struct SettingsPage {
    page: Page,
    delegation: bool,
}

async fn settings(
    State(app): State<AppState>,
    page: Page,
    CurrentUser(viewer): CurrentUser,
) -> AppResult<Response> {
    viewer.require(Action::ConfigureGovernance, &Target::network())?;
    let delegation = delegation(&app).await?;
    render(&SettingsPage { page, delegation })
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct SettingsFields {
    #[serde(default, deserialize_with = "web::form::checkbox")]
    delegation: bool,
}

async fn save_settings(
    State(app): State<AppState>,
    CurrentUser(viewer): CurrentUser,
    Form(f): Form<SettingsFields>,
) -> AppResult<Response> {
    viewer.require(Action::ConfigureGovernance, &Target::network())?;
    let on = f.delegation;
    let before = delegation(&app).await?;
    let w = accounts::Write::begin(&app, Some(viewer.id)).await?;
    accounts::set_setting(&w, "governance", DELEGATION_SETTING, if on { "on" } else { "off" }).await?;
    let (was, is) = (serde_json::json!({ "delegation": before }), serde_json::json!({ "delegation": on }));
    w.audit("governance.delegation", "setting", "governance.delegated_proposals", Some(was), Some(is))
        .await?;
    w.done("/governance/settings", "flash-settings-saved").await
}

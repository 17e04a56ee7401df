//! An application or membership as its people see it: the profile, where it stands, its
//! history, and the steps the viewer may take.

use super::{load, target};
use crate::domain::{Status, Step, action_for, next_status};
use crate::service::focal_points;
use crate::store;
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::response::Response;
use axum::routing::get;
use web::{AppResult, AppState, CurrentUser, Page, Viewer, render};

pub fn router() -> Router<AppState> {
    Router::new().route("/applications", get(mine)).route("/applications/{id}", get(show))
}

pub struct StepButton {
    pub step: &'static str,
    pub label: String,
    pub needs_reason: bool,
    pub danger: bool,
    pub reason: String,
    pub error: bool,
}

pub struct EventView {
    pub at: String,
    pub who: String,
    pub status: String,
    pub note: String,
}

#[derive(Template)]
#[template(path = "application.html")]
struct ShowPage {
    page: Page,
    id: i64,
    version: i32,
    name: String,
    status: String,
    status_code: &'static str,
    note: String,
    facts: Vec<(String, String)>,
    description: String,
    description_lang: String,
    constituencies: Vec<String>,
    sdgs: Vec<String>,
    commitments: Vec<(String, String)>,
    sectors: Vec<String>,
    languages: String,
    links: Vec<String>,
    contacts: Vec<crate::domain::Contact>,
    other_descriptions: Vec<(String, String)>,
    events: Vec<EventView>,
    mou: Option<String>,
    /// Management's countersignature of the accepted MOU, or that it is not countersigned yet.
    countersignature: String,
    can_countersign: bool,
    no_focal_point: bool,
    can_edit: bool,
    can_accept_mou: bool,
    can_edit_profile: bool,
    logo: Option<files::Picture>,
    can_change_logo: bool,
    steps: Vec<StepButton>,
}

async fn show(
    State(app): State<AppState>,
    page: Page,
    CurrentUser(viewer): CurrentUser,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let e = load(&app, &viewer, id).await?;
    render_show(&app, page, &viewer, e, None).await
}

/// The page; `failed` is a step sent without its required reason, shown with the message.
pub(crate) async fn render_show(
    app: &AppState,
    page: Page,
    viewer: &Viewer,
    e: store::EntityRow,
    failed: Option<(Step, String)>,
) -> AppResult<Response> {
    let lang = page.lang;
    let r = &app.reference;
    let status = e.status;
    let profile = store::load_profile(&app.db, &e).await?;
    let t = target(app, &e);
    let steps = [
        Step::Endorse,
        Step::Approve,
        Step::SendBack,
        Step::Decline,
        Step::Suspend,
        Step::Reinstate,
        Step::Withdraw,
        Step::Renew,
    ]
    .into_iter()
    .filter(|s| next_status(status, *s, true, "reason").is_ok())
    .filter(|s| action_for(*s, status).is_some_and(|a| viewer.may(a, &t)))
    .map(|s| {
        let error = failed.as_ref().is_some_and(|(f, _)| *f == s);
        StepButton {
            step: s.as_str(),
            label: page.t(&format!("step-{}", s.as_str().replace('_', "-"))),
            needs_reason: s.needs_reason(),
            danger: matches!(s, Step::Decline | Step::Suspend | Step::Withdraw),
            reason: if error {
                failed.as_ref().map(|(_, r)| r.clone()).unwrap_or_default()
            } else {
                String::new()
            },
            error,
        }
    })
    .collect();
    let kind = r.entity_kind(&profile.kind).map(|k| k.name.get(lang).to_string()).unwrap_or_default();
    let mut facts = vec![
        (page.t("field-kind"), kind),
        (page.t("field-country"), app.reference.country_name(&profile.country_code, lang)),
        (page.t("field-city"), profile.city.clone()),
    ];
    let optional = [
        ("field-short-name", profile.short_name.clone()),
        ("field-registration-number", profile.registration_number.clone()),
        ("field-registrar", profile.registrar.clone()),
        ("field-registration-year", profile.registration_year.map(|y| y.to_string()).unwrap_or_default()),
        ("field-website", profile.website.clone()),
        ("field-members-total", profile.members_total.map(|n| n.to_string()).unwrap_or_default()),
        ("field-members-women", profile.members_women.map(|n| n.to_string()).unwrap_or_default()),
        ("field-beneficiaries-total", profile.beneficiaries_total.map(|n| n.to_string()).unwrap_or_default()),
        ("field-beneficiaries-women", profile.beneficiaries_women.map(|n| n.to_string()).unwrap_or_default()),
    ];
    for (key, value) in optional {
        if !value.is_empty() {
            facts.push((page.t(key), value));
        }
    }
    if let (Some(lat), Some(lon)) = (profile.latitude_e6, profile.longitude_e6) {
        facts.push((page.t("field-location"), format!("{:.5}, {:.5}", lat as f64 / 1e6, lon as f64 / 1e6)));
    }
    let constituencies = profile
        .constituencies
        .iter()
        .filter_map(|code| r.constituency(code))
        .map(|c| c.name.get(lang).to_string())
        .collect();
    let sdgs = profile
        .sdgs
        .iter()
        .filter_map(|n| r.sdg(*n))
        .map(|g| format!("{} · {}", g.number, g.short_title.get(lang)))
        .collect();
    let commitments = profile
        .commitments
        .iter()
        .filter_map(|(d, s)| r.dimension(*d).map(|x| (x.name.get(lang).to_string(), s.clone())))
        .collect();
    let sectors = profile
        .sectors
        .iter()
        .filter_map(|code| r.sector(code))
        .map(|s| s.name.get(lang).to_string())
        .collect();
    let rows = store::events(&app.db, e.id).await?;
    let signed = store::signed_mou(&app.db, e.id).await?;
    let countersigner = signed.as_ref().and_then(|m| m.countersigned_by).map(kernel::UserId);
    let actors: Vec<kernel::UserId> =
        rows.iter().filter_map(|ev| ev.actor_id.map(kernel::UserId)).chain(countersigner).collect();
    let names = accounts::display_names(&app.db, &actors).await?;
    let events = rows
        .into_iter()
        .map(|ev| EventView {
            at: page.tr.datetime(ev.at),
            who: ev.actor_id.and_then(|a| names.get(&kernel::UserId(a)).cloned()).unwrap_or_default(),
            status: page.t(&ev.to_status.label_key()),
            note: ev.note,
        })
        .collect();
    let mou = signed.as_ref().map(|a| {
        page.tr.t_args(
            "mou-accepted-by",
            &[
                ("signer", a.signer_name.as_str()),
                ("title", a.signer_title.as_str()),
                ("date", a.signed_on.as_str()),
                ("version", &a.version.to_string()),
            ],
        )
    });
    let countersignature = match signed.as_ref().and_then(|m| m.countersigned_by.zip(m.countersigned_at)) {
        Some((by, at)) => page.tr.t_args(
            "mou-print-countersigned",
            &[
                ("by", names.get(&kernel::UserId(by)).map(String::as_str).unwrap_or_default()),
                ("at", &page.tr.datetime(at)),
            ],
        ),
        None => page.t("mou-not-countersigned"),
    };
    let can_countersign = signed.as_ref().is_some_and(|m| m.countersigned_at.is_none())
        && status.bound_by_mou()
        && viewer.may(kernel::Action::CountersignMou, &t);
    let no_focal_point = matches!(status, Status::Draft | Status::SentBack | Status::AwaitingApproval)
        && focal_points(&app.db, &e.network_country).await?.is_empty();
    let is_applicant = e.applicant_id == viewer.id.0;
    let logo = match store::logo_file(&app.db, e.id).await? {
        Some(file) => files::get(&app.db, files::FileId(file))
            .await?
            .and_then(|f| f.picture(files::Size::Thumb, "96px")),
        None => None,
    };
    let can_change_logo = super::logo::may_change_logo(app, viewer, &e);
    let languages = profile
        .languages
        .iter()
        .map(|code| super::language_name(&page.tr, code))
        .collect::<Vec<_>>()
        .join(", ");
    render(&ShowPage {
        status: page.t(&status.label_key()),
        status_code: status.as_str(),
        page,
        id: e.id,
        version: e.version,
        name: e.legal_name.clone(),
        note: e.status_note.clone(),
        facts,
        description: profile.description,
        description_lang: profile.description_lang,
        sectors,
        languages,
        links: profile.links,
        contacts: profile.contacts,
        other_descriptions: profile.other_descriptions,
        constituencies,
        sdgs,
        commitments,
        events,
        mou,
        countersignature,
        can_countersign,
        no_focal_point,
        can_edit: is_applicant && status.editable_by_applicant(),
        can_accept_mou: is_applicant && status == Status::AwaitingMou,
        logo,
        can_change_logo,
        can_edit_profile: matches!(
            status,
            Status::AwaitingMou | Status::Active | Status::Suspended | Status::Lapsed
        ) && viewer.may(kernel::Action::EditEntityProfile, &t),
        steps,
    })
}

pub struct MineView {
    pub id: i64,
    pub name: String,
    pub status: String,
    pub country: String,
}

#[derive(Template)]
#[template(path = "my_applications.html")]
struct MinePage {
    page: Page,
    entities: Vec<MineView>,
    reviewer: bool,
}

async fn mine(
    State(app): State<AppState>,
    page: Page,
    CurrentUser(viewer): CurrentUser,
) -> AppResult<Response> {
    let entities = store::by_applicant(&app.db, viewer.id.0)
        .await?
        .into_iter()
        .map(|e| MineView {
            id: e.id,
            status: page.t(&e.status.label_key()),
            country: app.reference.country_name(&e.network_country, page.lang),
            name: e.legal_name,
        })
        .collect();
    let reviewer = super::review_reach(&viewer).is_ok();
    render(&MinePage { page, entities, reviewer })
}

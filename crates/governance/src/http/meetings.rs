//! Meetings and assemblies: management plans them (date, place or link, agenda items that may
//! link to proposals, invited country networks); invited people register; management records
//! attendance, drafts and approves the minutes, and records the decisions taken, which join
//! the register. Every meeting is an iCalendar file, and public ones form a calendar feed.

use super::{bad, focal_point_countries, represented_entities, sees_private};
use crate::domain::{self, CalendarEvent, MeetingForm, MeetingKind, Outcome, Rule};
use crate::store::{self, MeetingRow};
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use kernel::{Action, Role, Target};
use sea_orm::TransactionTrait;
use serde::Deserialize;
use web::{
    AppError, AppResult, AppState, Choice, CurrentUser, FieldErrors, Form, MaybeUser, Page, Viewer,
    redirect_with_flash, render,
};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/governance/meetings", get(list))
        .route("/governance/meetings/new", get(new).post(create))
        .route("/governance/meetings/{id}", get(show))
        .route("/governance/meetings/{id}/calendar.ics", get(one_ics))
        .route("/governance/calendar.ics", get(feed_ics))
        .route("/governance/meetings/{id}/register", post(register))
        .route("/governance/meetings/{id}/attendance", post(attendance))
        .route("/governance/meetings/{id}/minutes", post(minutes))
        .route("/governance/meetings/{id}/minutes/approve", post(approve))
        .route("/governance/meetings/{id}/decisions", post(decision))
}

fn manages(viewer: Option<&Viewer>) -> bool {
    viewer.is_some_and(|v| v.may(Action::OpenProposal, &Target::network()))
}

async fn readable(app: &AppState, viewer: Option<&Viewer>, id: i64) -> AppResult<MeetingRow> {
    let m = store::find_meeting(&app.db, id).await?.ok_or(AppError::NotFound)?;
    if !m.public && !sees_private(viewer) {
        return Err(AppError::NotFound);
    }
    Ok(m)
}

fn when(m: &MeetingRow) -> String {
    format!("{} – {}", m.starts_at.format("%Y-%m-%d %H:%M"), m.ends_at.format("%Y-%m-%d %H:%M UTC"))
}

pub struct MeetingLine {
    pub id: i64,
    pub title: String,
    pub kind: String,
    pub when: String,
    pub place: String,
    pub upcoming: bool,
}

#[derive(Template)]
#[template(path = "meetings.html")]
struct ListPage {
    page: Page,
    meetings: Vec<MeetingLine>,
    can_plan: bool,
}

async fn list(State(app): State<AppState>, page: Page, MaybeUser(viewer): MaybeUser) -> AppResult<Response> {
    let now = app.now();
    let meetings = store::meetings(&app.db, sees_private(viewer.as_ref()))
        .await?
        .into_iter()
        .map(|m| MeetingLine {
            id: m.id,
            kind: MeetingKind::parse(&m.kind).map(|k| page.t(&k.label_key())).unwrap_or_default(),
            when: when(&m),
            place: if m.place.is_empty() { page.t("meeting-online") } else { m.place.clone() },
            upcoming: m.ends_at > now,
            title: m.title,
        })
        .collect();
    render(&ListPage { can_plan: manages(viewer.as_ref()), page, meetings })
}

#[derive(Template)]
#[template(path = "meeting_form.html")]
struct FormPage {
    page: Page,
    f: MeetingForm,
    errors: FieldErrors,
    kinds: Vec<Choice>,
    proposals: Vec<Choice>,
    countries: Vec<Choice>,
    members: Vec<Choice>,
}

async fn form_page(app: &AppState, page: Page, f: MeetingForm, errors: FieldErrors) -> AppResult<FormPage> {
    let kinds = MeetingKind::ALL
        .iter()
        .map(|k| Choice {
            value: k.as_str().into(),
            label: page.t(&k.label_key()),
            checked: f.kind == k.as_str(),
        })
        .collect();
    let proposals = store::proposals_for_agenda(&app.db)
        .await?
        .into_iter()
        .map(|p| Choice {
            checked: f.proposals.contains(&p.id.to_string()),
            value: p.id.to_string(),
            label: p.title,
        })
        .collect();
    let countries = app
        .reference
        .countries
        .iter()
        .map(|c| Choice {
            value: c.code.as_str().into(),
            label: c.name.get(page.lang).into(),
            checked: f.countries.iter().any(|x| x == c.code.as_str()),
        })
        .collect();
    let members = active_members(app)
        .await?
        .into_iter()
        .map(|(id, name)| Choice {
            checked: f.entities.contains(&id.to_string()),
            value: id.to_string(),
            label: name,
        })
        .collect();
    Ok(FormPage { page, f, errors, kinds, proposals, countries, members })
}

/// Active members that may be invited, by name.
async fn active_members(app: &AppState) -> AppResult<Vec<(i64, String)>> {
    let (_, members) = membership::public::page(
        &app.db,
        &membership::public::Facets::default(),
        membership::public::Sort::Name,
        1000,
        0,
    )
    .await?;
    Ok(members.into_iter().map(|e| (e.id, e.legal_name)).collect())
}

async fn new(
    State(app): State<AppState>,
    page: Page,
    CurrentUser(viewer): CurrentUser,
) -> AppResult<Response> {
    viewer.require(Action::OpenProposal, &Target::network())?;
    let f = MeetingForm { kind: "online".into(), public: true, ..Default::default() };
    render(&form_page(&app, page, f, FieldErrors::default()).await?)
}

fn meeting_form(pairs: &[(String, String)]) -> MeetingForm {
    let mut f = MeetingForm::default();
    for (k, v) in pairs {
        let v = v.clone();
        match k.as_str() {
            "title" => f.title = v,
            "kind" => f.kind = v,
            "starts_at" => f.starts_at = v,
            "ends_at" => f.ends_at = v,
            "place" => f.place = v,
            "link" => f.link = v,
            "description" => f.description = v,
            "agenda" => f.agenda = v,
            "proposal" => f.proposals.push(v),
            "country" => f.countries.push(v),
            "entity" => f.entities.push(v),
            "public" => f.public = v == "yes",
            _ => {}
        }
    }
    f
}

async fn create(
    State(app): State<AppState>,
    page: Page,
    CurrentUser(viewer): CurrentUser,
    Form(pairs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    viewer.require(Action::OpenProposal, &Target::network())?;
    let f = meeting_form(&pairs);
    let proposals: Vec<(i64, String)> =
        store::proposals_for_agenda(&app.db).await?.into_iter().map(|p| (p.id, p.title)).collect();
    let members: Vec<i64> = active_members(&app).await?.into_iter().map(|(id, _)| id).collect();
    let meeting = match domain::check_meeting(&f, &app.reference, &proposals, &members) {
        Ok(m) => m,
        Err(errors) => return Ok(web::unprocessable(render(&form_page(&app, page, f, errors).await?)?)),
    };
    let tx = app.db.begin().await?;
    let id = store::create_meeting(&tx, &meeting, viewer.id.0, app.now()).await?;
    audit(
        &tx,
        &app,
        &viewer,
        "meeting.plan",
        id,
        serde_json::json!({
            "title": meeting.title, "kind": meeting.kind.as_str(), "starts_at": meeting.starts_at,
            "ends_at": meeting.ends_at, "countries": meeting.countries, "agenda": meeting.agenda.len(),
        }),
    )
    .await?;
    // The invited countries' focal points hear of it (the whole network's when none is named).
    let invited = if meeting.countries.is_empty() && meeting.entities.is_empty() {
        app.reference.countries.iter().map(|c| c.code.as_str().to_string()).collect()
    } else {
        meeting.countries.clone()
    };
    let when = meeting.starts_at.format("%Y-%m-%d %H:%M UTC").to_string();
    let args = [("title", meeting.title.as_str()), ("when", when.as_str())];
    let link = format!("/governance/meetings/{id}");
    super::tell_focal_points(&tx, &app, &invited, "governance-meeting", &args, &link).await?;
    for entity in &meeting.entities {
        for person in accounts::holders(
            &tx,
            Role::EntityRepresentative,
            &kernel::Scope::Entity(kernel::EntityId(*entity)),
        )
        .await?
        {
            accounts::notify(&tx, &app, &person, "governance-meeting", &args, &link).await?;
        }
    }
    tx.commit().await?;
    Ok(redirect_with_flash(
        &format!("/governance/meetings/{id}"),
        "success",
        "flash-meeting-planned",
        app.config.secure_cookies(),
    ))
}

async fn audit(
    c: &impl sea_orm::ConnectionTrait,
    app: &AppState,
    viewer: &Viewer,
    action: &str,
    id: i64,
    after: serde_json::Value,
) -> AppResult<()> {
    accounts::audit(
        c,
        app,
        accounts::AuditEntry {
            actor: Some(viewer.id),
            action,
            object_type: "meeting",
            object_id: id.to_string(),
            before: None,
            after: Some(after),
        },
    )
    .await?;
    Ok(())
}

/// Who a meeting invites: country networks and member organisations; neither means the
/// whole network.
struct Invitations {
    countries: Vec<String>,
    entities: Vec<i64>,
}

async fn invitations(app: &AppState, id: i64) -> AppResult<Invitations> {
    Ok(Invitations {
        countries: store::invited_countries(&app.db, id).await?,
        entities: store::invited_entities(&app.db, id).await?,
    })
}

/// Whether the viewer is invited: management and coordinators always; focal points when
/// their country is invited; members' representatives when their organisation or its country
/// is (or everyone is).
async fn invited(app: &AppState, viewer: &Viewer, to: &Invitations) -> AppResult<bool> {
    if to.countries.is_empty() && to.entities.is_empty() && !viewer.grants.is_empty() {
        return Ok(true);
    }
    if viewer
        .grants
        .iter()
        .any(|g| matches!(g.role, Role::Management | Role::SubregionCoordinator | Role::Chair))
    {
        return Ok(true);
    }
    if focal_point_countries(viewer).iter().any(|c| to.countries.contains(c)) {
        return Ok(true);
    }
    for entity in represented_entities(viewer) {
        if to.entities.contains(&entity) {
            return Ok(true);
        }
        if let Some((e, _)) = membership::public::find(&app.db, entity).await?
            && to.countries.contains(&e.network_country)
        {
            return Ok(true);
        }
    }
    Ok(false)
}

pub struct AgendaLine {
    pub title: String,
    pub proposal_id: Option<i64>,
}

pub struct DecisionLine {
    pub title: String,
    pub outcome: String,
    pub summary: String,
}

#[derive(Template)]
#[template(path = "meeting.html")]
struct ShowPage {
    page: Page,
    id: i64,
    title: String,
    kind: String,
    when: String,
    place: String,
    link: String,
    description: String,
    agenda: Vec<AgendaLine>,
    invited: Vec<String>,
    can_register: bool,
    registered: bool,
    registrations: Vec<store::RegistrationRow>,
    minutes: String,
    minutes_status: String,
    decisions: Vec<DecisionLine>,
    manage: bool,
    outcomes: Vec<Choice>,
    rules: Vec<Choice>,
}

async fn show(
    State(app): State<AppState>,
    page: Page,
    MaybeUser(viewer): MaybeUser,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let m = readable(&app, viewer.as_ref(), id).await?;
    let r = &app.reference;
    let to = invitations(&app, id).await?;
    let registrations = store::registrations(&app.db, id).await?;
    let manage = manages(viewer.as_ref());
    let (can_register, registered) = match viewer.as_ref() {
        Some(v) if m.ends_at > app.now() => {
            (invited(&app, v, &to).await?, registrations.iter().any(|reg| reg.user_id == v.id.0))
        }
        _ => (false, false),
    };
    let decisions = store::decisions_of_meeting(&app.db, id)
        .await?
        .into_iter()
        .map(|d| DecisionLine {
            outcome: Outcome::parse(&d.outcome).map(|o| page.t(&o.label_key())).unwrap_or_default(),
            title: d.title,
            summary: d.summary,
        })
        .collect();
    // Drafts are management's; everyone who reads the meeting reads approved minutes.
    let minutes = if m.minutes_status == "approved" || manage { m.minutes.clone() } else { String::new() };
    render(&ShowPage {
        id,
        kind: MeetingKind::parse(&m.kind).map(|k| page.t(&k.label_key())).unwrap_or_default(),
        when: when(&m),
        agenda: store::agenda(&app.db, id)
            .await?
            .into_iter()
            .map(|a| AgendaLine { title: a.title, proposal_id: a.proposal_id })
            .collect(),
        invited: if to.countries.is_empty() && to.entities.is_empty() {
            vec![page.t("proposal-whole-network")]
        } else {
            let names = membership::public::names(&app.db, &to.entities).await?;
            to.countries
                .iter()
                .map(|c| r.country_name(c, page.lang))
                .chain(to.entities.iter().filter_map(|e| names.get(e).map(|(name, _)| name.clone())))
                .collect()
        },
        can_register,
        registered,
        registrations: if manage { registrations } else { Vec::new() },
        minutes,
        minutes_status: m.minutes_status.clone(),
        decisions,
        manage,
        outcomes: [Outcome::Passed, Outcome::Rejected]
            .iter()
            .map(|o| Choice { value: o.as_str().into(), label: page.t(&o.label_key()), checked: false })
            .collect(),
        rules: Rule::ALL
            .iter()
            .map(|rule| Choice {
                value: rule.as_str().into(),
                label: page.t(&rule.label_key()),
                checked: false,
            })
            .collect(),
        page,
        title: m.title,
        place: m.place,
        link: m.link,
        description: m.description,
    })
}

async fn register(
    State(app): State<AppState>,
    CurrentUser(viewer): CurrentUser,
    Path(id): Path<i64>,
    Form(_): Form<web::form::NoFields>,
) -> AppResult<Response> {
    let m = readable(&app, Some(&viewer), id).await?;
    if m.ends_at <= app.now() {
        return Err(AppError::Conflict("error-meeting-over"));
    }
    if !invited(&app, &viewer, &invitations(&app, id).await?).await? {
        return Err(AppError::Forbidden);
    }
    let tx = app.db.begin().await?;
    if store::register(&tx, id, viewer.id.0, app.now()).await? {
        audit(&tx, &app, &viewer, "meeting.register", id, serde_json::json!({ "user": viewer.id.0 })).await?;
    }
    tx.commit().await?;
    Ok(redirect_with_flash(
        &format!("/governance/meetings/{id}"),
        "success",
        "flash-registered",
        app.config.secure_cookies(),
    ))
}

async fn attendance(
    State(app): State<AppState>,
    CurrentUser(viewer): CurrentUser,
    Path(id): Path<i64>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    viewer.require(Action::OpenProposal, &Target::network())?;
    readable(&app, Some(&viewer), id).await?;
    let attended: Vec<i64> =
        pairs.iter().filter(|(k, _)| k == "attended").filter_map(|(_, v)| v.parse().ok()).collect();
    let tx = app.db.begin().await?;
    store::set_attendance(&tx, id, &attended).await?;
    audit(&tx, &app, &viewer, "meeting.attendance", id, serde_json::json!({ "attended": attended })).await?;
    tx.commit().await?;
    Ok(redirect_with_flash(
        &format!("/governance/meetings/{id}"),
        "success",
        "flash-attendance-saved",
        app.config.secure_cookies(),
    ))
}

#[derive(Deserialize)]
struct MinutesFields {
    #[serde(default)]
    minutes: String,
}

async fn minutes(
    State(app): State<AppState>,
    CurrentUser(viewer): CurrentUser,
    Path(id): Path<i64>,
    Form(f): Form<MinutesFields>,
) -> AppResult<Response> {
    viewer.require(Action::OpenProposal, &Target::network())?;
    readable(&app, Some(&viewer), id).await?;
    let text = f.minutes.trim();
    if text.is_empty() || kernel::validate::too_long(text, 50_000) {
        return Err(bad("error-minutes"));
    }
    let tx = app.db.begin().await?;
    if !store::save_minutes(&tx, id, text).await? {
        return Err(AppError::Conflict("error-minutes-approved"));
    }
    audit(
        &tx,
        &app,
        &viewer,
        "meeting.minutes_draft",
        id,
        serde_json::json!({ "chars": text.chars().count() }),
    )
    .await?;
    tx.commit().await?;
    Ok(redirect_with_flash(
        &format!("/governance/meetings/{id}"),
        "success",
        "flash-minutes-saved",
        app.config.secure_cookies(),
    ))
}

async fn approve(
    State(app): State<AppState>,
    CurrentUser(viewer): CurrentUser,
    Path(id): Path<i64>,
    Form(_): Form<web::form::NoFields>,
) -> AppResult<Response> {
    viewer.require(Action::ApproveMinutes, &Target::network())?;
    readable(&app, Some(&viewer), id).await?;
    let tx = app.db.begin().await?;
    if !store::approve_minutes(&tx, id, viewer.id.0, app.now()).await? {
        return Err(AppError::Conflict("error-minutes-no-draft"));
    }
    audit(&tx, &app, &viewer, "meeting.minutes_approve", id, serde_json::json!({ "approved": true })).await?;
    tx.commit().await?;
    Ok(redirect_with_flash(
        &format!("/governance/meetings/{id}"),
        "success",
        "flash-minutes-approved",
        app.config.secure_cookies(),
    ))
}

#[derive(Deserialize)]
struct DecisionFields {
    #[serde(default)]
    title: String,
    #[serde(default)]
    rule: String,
    #[serde(default)]
    outcome: String,
    #[serde(default)]
    summary: String,
}

async fn decision(
    State(app): State<AppState>,
    CurrentUser(viewer): CurrentUser,
    Path(id): Path<i64>,
    Form(f): Form<DecisionFields>,
) -> AppResult<Response> {
    viewer.require(Action::OpenProposal, &Target::network())?;
    let m = readable(&app, Some(&viewer), id).await?;
    let title = f.title.split_whitespace().collect::<Vec<_>>().join(" ");
    if title.is_empty() || kernel::validate::too_long(&title, 200) {
        return Err(bad("error-proposal-title-required"));
    }
    let rule = Rule::parse(f.rule.trim()).ok_or(bad("error-rule-unknown"))?;
    let outcome = Outcome::parse(f.outcome.trim()).ok_or(bad("error-outcome-unknown"))?;
    let summary = f.summary.trim();
    if kernel::validate::too_long(summary, 5000) {
        return Err(bad("error-too-long"));
    }
    let tx = app.db.begin().await?;
    let decided_on = m.starts_at.format("%Y-%m-%d").to_string();
    let d = store::record_decision(
        &tx,
        None,
        Some(id),
        &decided_on,
        &title,
        rule.as_str(),
        outcome.as_str(),
        summary,
        m.public,
        app.now(),
    )
    .await?;
    audit(
        &tx,
        &app,
        &viewer,
        "meeting.decision",
        id,
        serde_json::json!({ "decision": d, "title": title, "outcome": outcome.as_str() }),
    )
    .await?;
    tx.commit().await?;
    Ok(redirect_with_flash(
        &format!("/governance/meetings/{id}"),
        "success",
        "flash-decision-recorded",
        app.config.secure_cookies(),
    ))
}

fn event<'a>(app: &AppState, m: &'a MeetingRow) -> CalendarEvent<'a> {
    let base = app.config.base_url.trim_end_matches('/');
    let host = base.split("://").nth(1).unwrap_or(base);
    CalendarEvent {
        uid: format!("meeting-{}@{host}", m.id),
        title: &m.title,
        starts_at: m.starts_at,
        ends_at: m.ends_at,
        location: if m.place.is_empty() { &m.link } else { &m.place },
        description: &m.description,
        url: format!("{base}/governance/meetings/{}", m.id),
    }
}

fn calendar(body: String, file: &str) -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/calendar; charset=utf-8".to_string()),
            (header::CONTENT_DISPOSITION, format!("inline; filename=\"{file}\"")),
        ],
        body,
    )
        .into_response()
}

async fn one_ics(
    State(app): State<AppState>,
    MaybeUser(viewer): MaybeUser,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let m = readable(&app, viewer.as_ref(), id).await?;
    let body = domain::icalendar(&m.title, &[event(&app, &m)], app.now());
    Ok(calendar(body, &format!("meeting-{id}.ics")))
}

/// Public meetings, for calendar applications to subscribe to.
async fn feed_ics(State(app): State<AppState>) -> AppResult<Response> {
    let meetings = store::meetings(&app.db, false).await?;
    let events: Vec<CalendarEvent> = meetings.iter().map(|m| event(&app, m)).collect();
    let name = app.reference.network.name.get("en").to_string();
    Ok(calendar(domain::icalendar(&name, &events, app.now()), "asec-meetings.ics"))
}

//! Meetings and assemblies: management plans them (date, place or link, agenda items that may
//! link to proposals, invited country networks); invited people register; management records
//! attendance, drafts and approves the minutes, and records the decisions taken, which join
//! the register. Every meeting is an iCalendar file, and public ones form a calendar feed.

use super::{bad, by_name, confirm, decision_summary, sees_private};
use crate::domain::{self, CalendarEvent, MeetingForm, MeetingKind, Outcome, Rule};
use crate::service::tell_focal_points;
use crate::store::{self, MeetingRow};
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use kernel::{Action, Role, Target};
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
    viewer.is_some_and(|v| v.may(Action::ManageMeetings, &Target::network()))
}

async fn readable(app: &AppState, viewer: Option<&Viewer>, id: i64) -> AppResult<MeetingRow> {
    let m = store::find_meeting(&app.db, id).await?.ok_or(AppError::NotFound)?;
    if !m.public && !sees_private(viewer) {
        return Err(AppError::NotFound);
    }
    Ok(m)
}

fn when(page: &Page, m: &MeetingRow) -> String {
    page.tr.datetime_range(m.starts_at, m.ends_at)
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
            kind: page.t(&m.kind.label_key()),
            when: when(&page, &m),
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
    let codes: Vec<String> = app.reference.countries.iter().map(|c| c.code.as_str().to_string()).collect();
    let countries = by_name(app, page.lang, &codes)
        .into_iter()
        .map(|(code, name)| Choice { checked: f.countries.contains(&code), value: code, label: name })
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
    viewer.require(Action::ManageMeetings, &Target::network())?;
    let f = MeetingForm { kind: "online".into(), public: true, ..Default::default() };
    render(&form_page(&app, page, f, FieldErrors::default()).await?)
}

async fn create(
    State(app): State<AppState>,
    page: Page,
    CurrentUser(viewer): CurrentUser,
    Form(mut f): Form<MeetingForm>,
) -> AppResult<Response> {
    viewer.require(Action::ManageMeetings, &Target::network())?;
    f.zone = Some(page.tr.zone());
    let proposals: Vec<(i64, String)> =
        store::proposals_for_agenda(&app.db).await?.into_iter().map(|p| (p.id, p.title)).collect();
    let members: Vec<i64> = active_members(&app).await?.into_iter().map(|(id, _)| id).collect();
    let meeting = match domain::check_meeting(&f, &app.reference, &proposals, &members) {
        Ok(m) => m,
        Err(errors) => return Ok(web::unprocessable(render(&form_page(&app, page, f, errors).await?)?)),
    };
    let w = accounts::Write::begin(&app, Some(viewer.id)).await?;
    let id = store::create_meeting(w.tx(), &meeting, viewer.id.0, app.now()).await?;
    let after = serde_json::json!({
        "title": meeting.title, "kind": meeting.kind.as_str(), "starts_at": meeting.starts_at,
        "ends_at": meeting.ends_at, "countries": meeting.countries, "agenda": meeting.agenda.len(),
    });
    w.audit("meeting.plan", "meeting", id, None, Some(after)).await?;
    // The invited countries' focal points hear of it (the whole network's when none is named).
    let invited = if meeting.countries.is_empty() && meeting.entities.is_empty() {
        app.reference.countries.iter().map(|c| c.code.as_str().to_string()).collect()
    } else {
        meeting.countries.clone()
    };
    let when = web::Tr::new("en").datetime(meeting.starts_at);
    let args = [("title", meeting.title.as_str()), ("when", when.as_str())];
    let link = format!("/governance/meetings/{id}");
    tell_focal_points(w.tx(), &app, &invited, "governance-meeting", &args, &link).await?;
    for entity in &meeting.entities {
        for person in accounts::holders(
            w.tx(),
            Role::EntityRepresentative,
            &kernel::Scope::Entity(kernel::EntityId(*entity)),
        )
        .await?
        {
            accounts::notify(w.tx(), &app, &person, "governance-meeting", &args, &link).await?;
        }
    }
    w.done(&format!("/governance/meetings/{id}"), "flash-meeting-planned").await
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

/// Whether the viewer is invited: the kernel decides who may attend for an invited country
/// (its focal points; management and coordinators anywhere) or organisation (its
/// representatives, also when its country is invited); a meeting of the whole network
/// invites everyone who may attend anywhere.
async fn invited(app: &AppState, viewer: &Viewer, to: &Invitations) -> AppResult<bool> {
    let reach = viewer.reach(Action::AttendMeeting);
    if reach.is_empty() {
        return Ok(false);
    }
    if to.countries.is_empty() && to.entities.is_empty() {
        return Ok(true);
    }
    let r = &app.reference;
    if to.countries.iter().filter_map(|c| r.country_target(c)).any(|t| viewer.may(Action::AttendMeeting, &t))
    {
        return Ok(true);
    }
    for entity in reach.entities() {
        let Some((e, _)) = membership::public::find(&app.db, entity.0).await? else { continue };
        let invited = to.entities.contains(&entity.0) || to.countries.contains(&e.network_country);
        if invited && viewer.may(Action::AttendMeeting, &membership::public::target(r, &e)) {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Someone registered for a meeting, as management sees them when recording attendance.
pub struct RegistrationLine {
    pub user_id: i64,
    pub display_name: String,
    pub attended: bool,
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
    registrations: Vec<RegistrationLine>,
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
            outcome: page.t(&d.outcome.label_key()),
            summary: decision_summary(&page.tr, &d),
            title: d.title,
        })
        .collect();
    // Drafts are management's; everyone who reads the meeting reads approved minutes.
    let minutes = if m.minutes_status == "approved" || manage { m.minutes.clone() } else { String::new() };
    render(&ShowPage {
        id,
        kind: page.t(&m.kind.label_key()),
        when: when(&page, &m),
        agenda: store::agenda(&app.db, id)
            .await?
            .into_iter()
            .map(|a| AgendaLine { title: a.title, proposal_id: a.proposal_id })
            .collect(),
        invited: if to.countries.is_empty() && to.entities.is_empty() {
            vec![page.t("proposal-whole-network")]
        } else {
            let names = membership::public::names(&app.db, &to.entities).await?;
            by_name(&app, page.lang, &to.countries)
                .into_iter()
                .map(|(_, name)| name)
                .chain(to.entities.iter().filter_map(|e| names.get(e).map(|(name, _)| name.clone())))
                .collect()
        },
        can_register,
        registered,
        registrations: if manage { registration_lines(&app, registrations).await? } else { Vec::new() },
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

/// The registered people with their names, by name.
async fn registration_lines(
    app: &AppState,
    rows: Vec<store::RegistrationRow>,
) -> AppResult<Vec<RegistrationLine>> {
    let ids: Vec<kernel::UserId> = rows.iter().map(|r| kernel::UserId(r.user_id)).collect();
    let names = accounts::display_names(&app.db, &ids).await?;
    let mut lines: Vec<RegistrationLine> = rows
        .into_iter()
        .map(|r| RegistrationLine {
            display_name: names.get(&kernel::UserId(r.user_id)).cloned().unwrap_or_default(),
            user_id: r.user_id,
            attended: r.attended,
        })
        .collect();
    lines.sort_by(|a, b| a.display_name.cmp(&b.display_name).then(a.user_id.cmp(&b.user_id)));
    Ok(lines)
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
    let w = accounts::Write::begin(&app, Some(viewer.id)).await?;
    let back = format!("/governance/meetings/{id}");
    if !store::register(w.tx(), id, viewer.id.0, app.now()).await? {
        // Registered already: nothing changes.
        return Ok(redirect_with_flash(&back, "success", "flash-registered"));
    }
    w.audit("meeting.register", "meeting", id, None, Some(serde_json::json!({ "user": viewer.id.0 })))
        .await?;
    w.done(&back, "flash-registered").await
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AttendanceFields {
    /// The user ids of those who came.
    #[serde(default)]
    attended: Vec<i64>,
}

async fn attendance(
    State(app): State<AppState>,
    CurrentUser(viewer): CurrentUser,
    Path(id): Path<i64>,
    Form(f): Form<AttendanceFields>,
) -> AppResult<Response> {
    viewer.require(Action::ManageMeetings, &Target::network())?;
    readable(&app, Some(&viewer), id).await?;
    let attended = f.attended;
    let w = accounts::Write::begin(&app, Some(viewer.id)).await?;
    store::set_attendance(w.tx(), id, &attended).await?;
    w.audit("meeting.attendance", "meeting", id, None, Some(serde_json::json!({ "attended": attended })))
        .await?;
    w.done(&format!("/governance/meetings/{id}"), "flash-attendance-saved").await
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
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
    viewer.require(Action::ManageMeetings, &Target::network())?;
    readable(&app, Some(&viewer), id).await?;
    let text = f.minutes.trim();
    if text.is_empty() || kernel::validate::too_long(text, 50_000) {
        return Err(bad("error-minutes"));
    }
    let w = accounts::Write::begin(&app, Some(viewer.id)).await?;
    if !store::save_minutes(w.tx(), id, text).await? {
        return Err(AppError::Conflict("error-minutes-approved"));
    }
    let after = serde_json::json!({ "chars": text.chars().count() });
    w.audit("meeting.minutes_draft", "meeting", id, None, Some(after)).await?;
    w.done(&format!("/governance/meetings/{id}"), "flash-minutes-saved").await
}

async fn approve(
    State(app): State<AppState>,
    page: Page,
    CurrentUser(viewer): CurrentUser,
    Path(id): Path<i64>,
    Form(f): Form<confirm::Fields>,
) -> AppResult<Response> {
    viewer.require(Action::ApproveMinutes, &Target::network())?;
    let m = readable(&app, Some(&viewer), id).await?;
    if m.minutes_status != "draft" {
        return Err(AppError::Conflict("error-minutes-no-draft"));
    }
    let back = format!("/governance/meetings/{id}");
    if !f.given() {
        let action = format!("{back}/minutes/approve");
        return confirm::page(page, "confirm-approve-minutes", &m.title, &action, Vec::new(), &back);
    }
    let w = accounts::Write::begin(&app, Some(viewer.id)).await?;
    if !store::approve_minutes(w.tx(), id, viewer.id.0, app.now()).await? {
        return Err(AppError::Conflict("error-minutes-no-draft"));
    }
    w.audit("meeting.minutes_approve", "meeting", id, None, Some(serde_json::json!({ "approved": true })))
        .await?;
    w.done(&back, "flash-minutes-approved").await
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DecisionFields {
    #[serde(default)]
    title: String,
    #[serde(default)]
    rule: String,
    #[serde(default)]
    outcome: String,
    #[serde(default)]
    summary: String,
    #[serde(default)]
    confirm: String,
}

async fn decision(
    State(app): State<AppState>,
    page: Page,
    CurrentUser(viewer): CurrentUser,
    Path(id): Path<i64>,
    Form(f): Form<DecisionFields>,
) -> AppResult<Response> {
    viewer.require(Action::ManageMeetings, &Target::network())?;
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
    // A recorded decision stays in the register as it is.
    if !confirm::given(&f.confirm) {
        let fields = vec![
            ("title", title.clone()),
            ("rule", rule.as_str().to_string()),
            ("outcome", outcome.as_str().to_string()),
            ("summary", summary.to_string()),
        ];
        let back = format!("/governance/meetings/{id}");
        let action = format!("{back}/decisions");
        return confirm::page(page, "confirm-record-decision", &title, &action, fields, &back);
    }
    let w = accounts::Write::begin(&app, Some(viewer.id)).await?;
    let decided_on = m.starts_at.format("%Y-%m-%d").to_string();
    let d = store::record_decision(
        w.tx(),
        None,
        Some(id),
        &decided_on,
        &title,
        rule,
        outcome,
        summary,
        "",
        m.public,
        app.now(),
    )
    .await?;
    let after = serde_json::json!({ "decision": d, "title": title, "outcome": outcome.as_str() });
    w.audit("meeting.decision", "meeting", id, None, Some(after)).await?;
    w.done(&format!("/governance/meetings/{id}"), "flash-decision-recorded").await
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

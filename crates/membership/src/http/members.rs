//! The members list for management (and a focal point's own country), with the same filters
//! as a CSV download that opens in a spreadsheet in any script.

use crate::domain::Status;
use crate::store::{self, EntityRow, MemberFilter};
use askama::Template;
use axum::Router;
use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use web::{AppError, AppResult, AppState, CurrentUser, Page, Viewer, render};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/membership/members", get(list))
        .route("/membership/members.csv", get(csv))
        .route("/membership/members.xlsx", get(xlsx))
}

const MAX_ROWS: i64 = 10_000;

pub struct Row {
    pub id: i64,
    pub name: String,
    pub kind: String,
    pub country: String,
    pub city: String,
    pub status: String,
}

#[derive(Template)]
#[template(path = "members.html")]
struct MembersPage {
    page: Page,
    filter: MemberFilter,
    query: String,
    rows: Vec<Row>,
    statuses: Vec<(String, String)>,
    countries: Vec<(String, String)>,
    kinds: Vec<(String, String)>,
}

async fn list(
    State(app): State<AppState>,
    page: Page,
    CurrentUser(viewer): CurrentUser,
    Query(filter): Query<MemberFilter>,
) -> AppResult<Response> {
    let limit = super::review_reach(&viewer)?;
    let lang = page.lang;
    let r = &app.reference;
    let rows = store::members(&app.db, &filter, limit.as_deref(), 1000)
        .await?
        .into_iter()
        .map(|e| Row {
            id: e.id,
            kind: r.entity_kind(&e.kind).map(|k| k.name.get(lang).to_string()).unwrap_or_default(),
            country: app.reference.country_name(&e.country_code, lang),
            status: page.t(&e.status.label_key()),
            city: e.city,
            name: e.legal_name,
        })
        .collect();
    let statuses = Status::ALL
        .into_iter()
        .filter(|s| *s != Status::Draft)
        .map(|s| (s.as_str().to_string(), page.t(&s.label_key())))
        .collect();
    let countries = r
        .countries
        .iter()
        .filter(|c| limit.as_ref().is_none_or(|own| own.contains(&c.code.to_string())))
        .map(|c| (c.code.to_string(), c.name.get(lang).to_string()))
        .collect();
    let kinds = r.entity_kinds.iter().map(|k| (k.code.clone(), k.name.get(lang).to_string())).collect();
    let query = serde_urlencoded::to_string([
        ("status", filter.status.as_str()),
        ("country", filter.country.as_str()),
        ("kind", filter.kind.as_str()),
        ("q", filter.q.as_str()),
    ])
    .unwrap_or_default();
    render(&MembersPage { page, filter, query, rows, statuses, countries, kinds })
}

const COLUMNS: [&str; 24] = [
    "id",
    "legal_name",
    "short_name",
    "kind",
    "status",
    "country",
    "network_country",
    "city",
    "latitude",
    "longitude",
    "registration_number",
    "registrar",
    "registration_year",
    "website",
    "members_total",
    "members_women",
    "beneficiaries_total",
    "beneficiaries_women",
    "constituencies",
    "sdgs",
    "sectors",
    "languages",
    "submitted_at",
    "activated_at",
];

/// Every exported value of a member, in the order of `COLUMNS`.
fn values(e: &EntityRow, lists: &store::Lists) -> [String; 24] {
    let number = |n: Option<i32>| n.map(|n| n.to_string()).unwrap_or_default();
    let degrees = |v: Option<i64>| v.map(|v| format!("{:.6}", v as f64 / 1e6)).unwrap_or_default();
    let date = |t: Option<chrono::DateTime<chrono::Utc>>| {
        t.map(|t| t.format("%Y-%m-%d").to_string()).unwrap_or_default()
    };
    [
        e.id.to_string(),
        e.legal_name.clone(),
        e.short_name.clone(),
        e.kind.clone(),
        e.status.as_str().to_string(),
        e.country_code.clone(),
        e.network_country.clone(),
        e.city.clone(),
        degrees(e.latitude_e6),
        degrees(e.longitude_e6),
        e.registration_number.clone(),
        e.registrar.clone(),
        number(e.registration_year),
        e.website.clone(),
        number(e.members_total),
        number(e.members_women),
        number(e.beneficiaries_total),
        number(e.beneficiaries_women),
        lists.constituencies.get(&e.id).map(|v| v.join(";")).unwrap_or_default(),
        lists
            .sdgs
            .get(&e.id)
            .map(|v| v.iter().map(u8::to_string).collect::<Vec<_>>().join(";"))
            .unwrap_or_default(),
        lists.sectors.get(&e.id).map(|v| v.join(";")).unwrap_or_default(),
        e.languages.replace(',', ";"),
        date(e.submitted_at),
        date(e.activated_at),
    ]
}

/// Columns holding numbers, written as numbers in a spreadsheet.
const NUMERIC: [&str; 8] = [
    "id",
    "latitude",
    "longitude",
    "registration_year",
    "members_total",
    "members_women",
    "beneficiaries_total",
    "beneficiaries_women",
];

fn workbook(rows: &[EntityRow], lists: &store::Lists) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("members")?;
    let bold = rust_xlsxwriter::Format::new().set_bold();
    for (col, name) in COLUMNS.iter().enumerate() {
        sheet.write_string_with_format(0, col as u16, *name, &bold)?;
    }
    for (i, e) in rows.iter().enumerate() {
        let row = i as u32 + 1;
        for (col, value) in values(e, lists).iter().enumerate() {
            let numeric = NUMERIC.contains(&COLUMNS[col]);
            match value.parse::<f64>() {
                Ok(n) if numeric => sheet.write_number(row, col as u16, n)?,
                _ => sheet.write_string(row, col as u16, value)?,
            };
        }
    }
    sheet.set_freeze_panes(1, 0)?;
    book.save_to_buffer()
}

/// The members the viewer may export, filtered as on screen, with their coded lists.
async fn export_rows(
    app: &AppState,
    viewer: &Viewer,
    filter: &MemberFilter,
) -> AppResult<(Vec<EntityRow>, store::Lists)> {
    let limit = super::review_reach(viewer)?;
    let rows = store::members(&app.db, filter, limit.as_deref(), MAX_ROWS).await?;
    let ids: Vec<i64> = rows.iter().map(|e| e.id).collect();
    let lists = store::lists_for(&app.db, &ids).await?;
    Ok((rows, lists))
}

/// A download named after today's date.
fn attachment(app: &AppState, extension: &str, content_type: &str, body: impl IntoResponse) -> Response {
    let name = format!("asec-members-{}.{extension}", app.now().format("%Y-%m-%d"));
    (
        [
            (header::CONTENT_TYPE, content_type.to_string()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{name}\"")),
        ],
        body,
    )
        .into_response()
}

async fn xlsx(
    State(app): State<AppState>,
    CurrentUser(viewer): CurrentUser,
    Query(filter): Query<MemberFilter>,
) -> AppResult<Response> {
    let (rows, lists) = export_rows(&app, &viewer, &filter).await?;
    let body = workbook(&rows, &lists).map_err(|e| AppError::Internal(format!("xlsx: {e}")))?;
    Ok(attachment(&app, "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", body))
}

async fn csv(
    State(app): State<AppState>,
    CurrentUser(viewer): CurrentUser,
    Query(filter): Query<MemberFilter>,
) -> AppResult<Response> {
    let (rows, lists) = export_rows(&app, &viewer, &filter).await?;
    let body = web::csv::to_bytes(&COLUMNS, rows.iter().map(|e| values(e, &lists)))?;
    Ok(attachment(&app, "csv", "text/csv; charset=utf-8", body))
}

//! Management imports members from a CSV file: a dry run shows every problem by row and
//! column; an import saves all rows or none.

use crate::import::{self, Problem};
use askama::Template;
use axum::Router;
use axum::extract::{Multipart, State};
use axum::response::Response;
use axum::routing::get;
use kernel::{Action, Target};
use web::{AppError, AppResult, AppState, CurrentUser, Page, RequestContext, render};

pub fn router() -> Router<AppState> {
    Router::new().route("/membership/import", get(show).post(upload))
}

#[derive(Template)]
#[template(path = "import.html")]
struct ImportPage {
    page: Page,
    columns: String,
    report: Option<(bool, usize, Vec<Problem>, usize)>,
}

async fn show(page: Page, CurrentUser(viewer): CurrentUser) -> AppResult<Response> {
    viewer.require(Action::ApproveMembership, &Target::network())?;
    render(&ImportPage { page, columns: import::COLUMNS.join(", "), report: None })
}

/// The largest import file accepted through the web (the CLI takes any size).
const MAX_FILE: usize = 2 * 1024 * 1024;

async fn upload(
    State(app): State<AppState>,
    page: Page,
    context: RequestContext,
    CurrentUser(viewer): CurrentUser,
    mut multipart: Multipart,
) -> AppResult<Response> {
    viewer.require(Action::ApproveMembership, &Target::network())?;
    let (mut csrf, mut data, mut dry_run) = (String::new(), Vec::new(), false);
    while let Some(mut field) = multipart.next_field().await.map_err(|_| AppError::PayloadTooLarge)? {
        match field.name() {
            Some("_csrf") => csrf = field.text().await.map_err(|_| AppError::Invalid("error-bad-request"))?,
            Some("dry_run") => dry_run = true,
            Some("file") => {
                while let Some(chunk) = field.chunk().await.map_err(|_| AppError::PayloadTooLarge)? {
                    if data.len() + chunk.len() > MAX_FILE {
                        return Err(AppError::PayloadTooLarge);
                    }
                    data.extend_from_slice(&chunk);
                }
            }
            _ => {}
        }
    }
    if csrf != context.csrf {
        return Err(AppError::Csrf);
    }
    let report = import::run(&app, viewer.id, &data, dry_run, &|_, _| {}).await?;
    let ok = report.problems.is_empty();
    let body = render(&ImportPage {
        page,
        columns: import::COLUMNS.join(", "),
        report: Some((dry_run, report.rows, report.problems, report.imported.len())),
    })?;
    Ok(if ok { body } else { web::unprocessable(body) })
}

//! The council's structure as data: its offices, sub-region coordinators and each country's
//! focal points, read from the role grants so it is always current. Names only.

use askama::Template;
use axum::Router;
use axum::extract::State;
use axum::response::Response;
use axum::routing::get;
use kernel::Role;
use web::{AppResult, AppState, Page, render};

pub fn router() -> Router<AppState> {
    Router::new().route("/governance/structure", get(show))
}

pub struct Office {
    pub label: String,
    pub holders: Vec<String>,
}

pub struct CountryLine {
    pub code: String,
    pub name: String,
    pub focal_points: Vec<String>,
}

pub struct SubregionBlock {
    pub code: String,
    pub name: String,
    pub coordinating_entity: String,
    pub coordinators: Vec<String>,
    pub countries: Vec<CountryLine>,
}

#[derive(Template)]
#[template(path = "structure.html")]
struct StructurePage {
    page: Page,
    offices: Vec<Office>,
    subregions: Vec<SubregionBlock>,
}

async fn show(State(app): State<AppState>, page: Page) -> AppResult<Response> {
    let lang = page.lang;
    let r = &app.reference;
    let mut offices = Vec::new();
    for (role, key) in [
        (Role::Chair, "role-chair"),
        (Role::ExecutiveSecretary, "role-executive-secretary"),
        (Role::CommunicationOfficer, "role-communication-officer"),
        (Role::RipessRepresentative, "role-ripess-representative"),
        (Role::Management, "role-management"),
    ] {
        let mut holders: Vec<String> = accounts::holders_of_role(&app.db, role)
            .await?
            .into_iter()
            .map(|(_, p)| p.display_name)
            .collect();
        holders.sort();
        offices.push(Office { label: page.t(key), holders });
    }
    let coordinators = accounts::holders_of_role(&app.db, Role::SubregionCoordinator).await?;
    let focal_points = accounts::holders_of_role(&app.db, Role::FocalPoint).await?;
    let names_in = |held: &[(String, accounts::Person)], scope: &str| -> Vec<String> {
        let mut names: Vec<String> =
            held.iter().filter(|(s, _)| s == scope).map(|(_, p)| p.display_name.clone()).collect();
        names.sort();
        names
    };
    let subregions = r
        .subregions
        .iter()
        .map(|s| SubregionBlock {
            code: s.code.0.clone(),
            name: s.name.get(lang).to_string(),
            coordinating_entity: s.coordinator.clone(),
            coordinators: names_in(&coordinators, &s.code.0),
            countries: r
                .countries
                .iter()
                .filter(|c| c.subregion == s.code)
                .map(|c| CountryLine {
                    code: c.code.as_str().to_string(),
                    name: r.country_name(c.code.as_str(), lang),
                    focal_points: names_in(&focal_points, c.code.as_str()),
                })
                .collect(),
        })
        .collect();
    render(&StructurePage { page, offices, subregions })
}

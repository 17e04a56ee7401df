//! A member's public page: its profile, SDG and dimension badges, place on the map, and its
//! community projects.

use super::{BackLink, Badge, ProjectCard, back_link, badges, kind_name, project_cards};
use crate::domain::{List, detail_href, project_point};
use crate::store;
use askama::Template;
use axum::Router;
use axum::extract::{Path, RawQuery, State};
use axum::response::Response;
use axum::routing::get;
use kernel::Action;
use web::{AppError, AppResult, AppState, MaybeUser, Page, render};

pub fn router() -> Router<AppState> {
    Router::new().route("/directory/entities/{id}", get(show))
}

/// A detail map: the base map cropped around one point.
pub struct SpotMap {
    pub view_box: String,
    pub x: f64,
    pub y: f64,
}

pub(crate) fn spot_map(latitude: Option<f64>, longitude: Option<f64>) -> Option<SpotMap> {
    let (x, y) = project_point(latitude?, longitude?)?;
    let (w, h) = (240.0, 180.0);
    let left = (x - w / 2.0).clamp(0.0, crate::domain::MAP_WIDTH - w);
    let top = (y - h / 2.0).clamp(0.0, crate::domain::MAP_HEIGHT - h);
    Some(SpotMap { view_box: format!("{left} {top} {w} {h}"), x, y })
}

#[derive(Template)]
#[template(path = "entity.html")]
struct EntityPage {
    page: Page,
    id: i64,
    name: String,
    short_name: String,
    kind: String,
    place: String,
    website: String,
    links: Vec<String>,
    logo: Option<files::Picture>,
    description: String,
    description_lang: String,
    other_descriptions: Vec<(String, String)>,
    facts: Vec<(String, String)>,
    badges: Vec<Badge>,
    commitments: Vec<(String, String)>,
    constituencies: Vec<String>,
    sectors: Vec<String>,
    spot: Option<SpotMap>,
    projects: Vec<ProjectCard>,
    can_add_project: bool,
    back: BackLink,
    /// The page's own address: with a `back` parameter it is still the same page.
    canonical: String,
}

impl EntityPage {
    /// A project's page, carrying on the list the visitor came from.
    fn project_href(&self, id: impl std::fmt::Display) -> String {
        detail_href(&format!("/directory/projects/{id}"), List::Projects, &self.back.from)
    }
}

async fn show(
    State(app): State<AppState>,
    page: Page,
    MaybeUser(viewer): MaybeUser,
    Path(id): Path<i64>,
    RawQuery(query): RawQuery,
) -> AppResult<Response> {
    let (e, details) = membership::public::find(&app.db, id).await?.ok_or(AppError::NotFound)?;
    let r = &app.reference;
    let lang = page.lang;
    let can_add_project =
        viewer.as_ref().is_some_and(|v| v.may(Action::EditEntityProfile, &membership::public::target(r, &e)));
    let rows = store::of_entity(&app.db, id).await?;
    let projects = project_cards(&app, lang, &rows).await?;
    let mut facts = Vec::new();
    for (key, total, women) in [
        ("field-members-total", e.members_total, e.members_women),
        ("field-beneficiaries-total", e.beneficiaries_total, e.beneficiaries_women),
    ] {
        if let Some(people) = super::people(&page, total, women) {
            facts.push((page.t(key), people));
        }
    }
    if let Some(since) = e.member_since.as_deref().and_then(|s| s.get(..10)) {
        facts.push((page.t("directory-member-since"), since.to_string()));
    }
    if !e.languages.is_empty() {
        facts.push((page.t("directory-languages"), e.languages.join(", ")));
    }
    let dimension_name = |n: u8| r.dimension(n).map(|d| d.name.get(lang).to_string()).unwrap_or_default();
    let country = r.country_name(&e.country, lang);
    let back = back_link(&page, r, query.as_deref(), List::Entities);
    render(&EntityPage {
        back,
        canonical: super::export::entity_url(&app, id),
        id,
        kind: kind_name(r, lang, &e.kind),
        place: if e.city.is_empty() { country } else { format!("{}, {country}", e.city) },
        badges: badges(r, lang, &e.sdgs),
        commitments: details.commitments.iter().map(|(n, s)| (dimension_name(*n), s.clone())).collect(),
        constituencies: e
            .constituencies
            .iter()
            .filter_map(|c| r.constituencies.iter().find(|x| &x.code == c))
            .map(|c| c.name.get(lang).to_string())
            .collect(),
        sectors: e
            .sectors
            .iter()
            .filter_map(|c| r.sectors.iter().find(|x| &x.code == c))
            .map(|c| c.name.get(lang).to_string())
            .collect(),
        spot: spot_map(e.latitude, e.longitude),
        logo: match details.logo {
            Some(file) => {
                files::get(&app.db, file).await?.and_then(|f| f.picture(files::Size::Thumb, "80px"))
            }
            None => None,
        },
        links: details.links,
        other_descriptions: details.other_descriptions,
        facts,
        projects,
        can_add_project,
        page,
        name: e.legal_name,
        short_name: e.short_name,
        website: e.website,
        description: e.description,
        description_lang: e.description_lang,
    })
}

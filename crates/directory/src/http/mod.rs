//! One file per use case; the views the pages share are here.

pub mod api;
mod edit;
mod entity;
mod export;
mod feed;
mod list;
mod map;
mod murmurations;
mod project;
mod settings;

use crate::domain::{self, DirectoryQuery, Filter, Licence};
use crate::store::{self, ProjectRow};
use axum::Router;
use kernel::ReferenceData;
use membership::public::PublicEntity;
use web::{AppResult, AppState, Choice, Page};

pub fn router() -> Router<AppState> {
    Router::new()
        .merge(list::router())
        .merge(map::router())
        .merge(entity::router())
        .merge(project::router())
        .merge(edit::router())
        .merge(export::router())
        .merge(murmurations::router())
        .merge(feed::router())
        .merge(settings::router())
}

pub(crate) fn kind_name(r: &ReferenceData, lang: &str, code: &str) -> String {
    r.entity_kind(code).map(|k| k.name.get(lang).to_string()).unwrap_or_default()
}

/// An SDG badge: its number and short title (the colour comes from the stylesheet).
pub struct Badge {
    pub number: u8,
    pub title: String,
}

pub(crate) fn badges(r: &ReferenceData, lang: &str, sdgs: &[u8]) -> Vec<Badge> {
    sdgs.iter()
        .filter_map(|n| r.sdg(*n))
        .map(|s| Badge { number: s.number, title: s.short_title.get(lang).to_string() })
        .collect()
}

pub(crate) fn dimension_names(r: &ReferenceData, lang: &str, numbers: &[u8]) -> Vec<String> {
    numbers.iter().filter_map(|n| r.dimension(*n)).map(|d| d.name.get(lang).to_string()).collect()
}

/// "120, of whom 80 women", or the total alone.
pub(crate) fn people(page: &Page, total: Option<i32>, women: Option<i32>) -> Option<String> {
    let total = total?.to_string();
    Some(match women {
        Some(w) => page.tr.t_args("directory-of-whom-women", &[("total", &total), ("women", &w.to_string())]),
        None => total,
    })
}

/// The first `max` characters of a text, on one line.
pub(crate) fn excerpt(text: &str, max: usize) -> String {
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if line.chars().count() <= max {
        return line;
    }
    let mut cut: String = line.chars().take(max).collect();
    cut.push('…');
    cut
}

pub struct EntityCard {
    pub id: i64,
    pub name: String,
    pub kind: String,
    pub place: String,
    pub badges: Vec<Badge>,
    pub excerpt: String,
}

pub(crate) fn entity_card(r: &ReferenceData, lang: &str, e: &PublicEntity) -> EntityCard {
    let country = r.country_name(&e.country, lang);
    EntityCard {
        id: e.id,
        name: e.legal_name.clone(),
        kind: kind_name(r, lang, &e.kind),
        place: if e.city.is_empty() { country } else { format!("{}, {country}", e.city) },
        badges: badges(r, lang, &e.sdgs),
        excerpt: excerpt(&e.description, 160),
    }
}

pub struct ProjectCard {
    pub id: i64,
    pub title: String,
    pub owner_id: i64,
    pub owner: String,
    pub place: String,
    pub status: String,
    pub featured: bool,
    pub badges: Vec<Badge>,
    pub summary: String,
    pub photo: Option<files::Picture>,
}

/// Cards for project rows, with their owners' names and first photos in three queries.
pub(crate) async fn project_cards(
    app: &AppState,
    lang: &str,
    rows: &[ProjectRow],
) -> AppResult<Vec<ProjectCard>> {
    let ids: Vec<i64> = rows.iter().map(|p| p.id).collect();
    let mut owner_ids: Vec<i64> = rows.iter().map(|p| p.entity_id).collect();
    owner_ids.sort_unstable();
    owner_ids.dedup();
    let owners = membership::public::names(&app.db, &owner_ids).await?;
    let mut lists = store::lists_for(&app.db, &ids, false).await?;
    let photo_files = store::first_photos(&app.db, &ids).await?;
    let file_ids: Vec<files::FileId> = photo_files.values().map(|f| files::FileId(*f)).collect();
    let metas = files::get_many(&app.db, &file_ids).await?;
    // Cards show a photo at 96 by 72 pixels.
    let photo_of = |project: i64| {
        let meta = metas.get(&files::FileId(*photo_files.get(&project)?))?;
        meta.picture(files::Size::Thumb, "96px")
    };
    let tr = web::Tr::new(lang);
    Ok(rows
        .iter()
        .map(|p| ProjectCard {
            id: p.id,
            title: p.title.clone(),
            owner_id: p.entity_id,
            owner: owners.get(&p.entity_id).map(|(name, _)| name.clone()).unwrap_or_default(),
            place: format!("{}, {}", p.place, app.reference.country_name(&p.country_code, lang)),
            status: tr.t(&p.status.label_key()),
            featured: p.featured,
            badges: badges(&app.reference, lang, &lists.sdgs.remove(&p.id).unwrap_or_default()),
            summary: excerpt(&p.summary, 200),
            photo: photo_of(p.id),
        })
        .collect())
}

/// The filter form's choices, with the current ones selected.
pub struct FilterForm {
    pub subregions: Vec<Choice>,
    pub countries: Vec<Choice>,
    pub kinds: Vec<Choice>,
    pub constituencies: Vec<Choice>,
    pub sectors: Vec<Choice>,
    pub sdgs: Vec<Choice>,
    pub dimensions: Vec<Choice>,
    pub sorts: Vec<Choice>,
    pub q: String,
    /// "Filters (2)": the toggle that shows the form, with the number of active filters.
    pub toggle: String,
}

fn choices<'a>(
    any_label: &str,
    items: impl Iterator<Item = (String, String)> + 'a,
    selected: &str,
) -> Vec<Choice> {
    let mut out =
        vec![Choice { value: String::new(), label: any_label.to_string(), checked: selected.is_empty() }];
    out.extend(items.map(|(value, label)| Choice { checked: value == selected, value, label }));
    out
}

pub(crate) fn filter_form(r: &ReferenceData, page: &Page, raw: &DirectoryQuery) -> FilterForm {
    let lang = page.lang;
    let any = page.t("directory-any");
    let mut countries: Vec<(String, String)> =
        r.countries.iter().map(|c| (c.code.as_str().to_string(), c.name.get(lang).to_string())).collect();
    countries.sort_by(|a, b| a.1.cmp(&b.1));
    let sort_value = match raw.sort.as_str() {
        "newest" | "country" => raw.sort.clone(),
        _ => String::new(),
    };
    FilterForm {
        subregions: choices(
            &any,
            r.subregions.iter().map(|s| (s.code.0.clone(), s.name.get(lang).to_string())),
            raw.subregion.trim(),
        ),
        countries: choices(&any, countries.into_iter(), &raw.country.trim().to_ascii_uppercase()),
        kinds: choices(
            &any,
            r.entity_kinds.iter().map(|k| (k.code.clone(), k.name.get(lang).to_string())),
            raw.kind.trim(),
        ),
        constituencies: choices(
            &any,
            r.constituencies.iter().map(|c| (c.code.clone(), c.name.get(lang).to_string())),
            raw.constituency.trim(),
        ),
        sectors: choices(
            &any,
            r.sectors.iter().map(|s| (s.code.clone(), s.name.get(lang).to_string())),
            raw.sector.trim(),
        ),
        sdgs: choices(
            &any,
            r.sdgs
                .iter()
                .map(|s| (s.number.to_string(), format!("{} · {}", s.number, s.short_title.get(lang)))),
            raw.sdg.trim(),
        ),
        dimensions: choices(
            &any,
            r.dimensions.iter().map(|d| (d.number.to_string(), d.name.get(lang).to_string())),
            raw.dimension.trim(),
        ),
        sorts: [
            ("", "directory-sort-name"),
            ("newest", "directory-sort-newest"),
            ("country", "directory-sort-country"),
        ]
        .into_iter()
        .map(|(value, key)| Choice {
            value: value.to_string(),
            label: page.t(key),
            checked: value == sort_value,
        })
        .collect(),
        q: raw.q.clone(),
        toggle: page.tr.t_count("directory-filters", raw.active_filters() as i64),
    }
}

/// The translated messages for unknown filter values.
pub(crate) fn filter_problems(page: &Page, unknown: &[domain::Unknown]) -> Vec<String> {
    unknown.iter().map(|u| page.t(u.message_key)).collect()
}

/// The licence every download carries.
/// The name of the open data licence setting (kept by accounts under `directory.`).
pub(crate) const LICENCE_SETTING: &str = "licence";

pub(crate) async fn current_licence(app: &AppState) -> AppResult<Licence> {
    let chosen = accounts::setting(&app.db, "directory", LICENCE_SETTING).await?;
    Ok(chosen.as_deref().and_then(domain::licence).unwrap_or(domain::DEFAULT_LICENCE))
}

/// Links to pages of results, keeping the filters.
pub struct Pager {
    pub pages: i64,
    pub prev: Option<String>,
    pub next: Option<String>,
    pub label: String,
}

pub(crate) fn pager(page: &Page, path: &str, f: &Filter, total: i64) -> Pager {
    let pages = domain::page_count(total);
    let query = f.query_string();
    let href = |n: i64| {
        let sep = if query.is_empty() { "" } else { "&" };
        format!("{path}?{query}{sep}page={n}")
    };
    Pager {
        pages,
        prev: (f.page > 1).then(|| href((f.page - 1).min(pages))),
        next: (f.page < pages).then(|| href(f.page + 1)),
        label: page
            .tr
            .t_args("directory-page-of", &[("page", &f.page.to_string()), ("pages", &pages.to_string())]),
    }
}

/// Where a member's or a project's page leads back to: the list the visitor came from (its
/// `back` parameter, checked) or the page's own list.
pub struct BackLink {
    pub href: String,
    pub label: String,
    /// The checked list the visitor came from, for the page's own links to carry on (empty
    /// without one).
    pub from: String,
}

pub(crate) fn back_link(page: &Page, r: &ReferenceData, query: Option<&str>, own: domain::List) -> BackLink {
    let given = query
        .and_then(|q| serde_urlencoded::from_str::<Vec<(String, String)>>(q).ok())
        .and_then(|pairs| pairs.into_iter().find(|(k, _)| k == "back"))
        .and_then(|(_, raw)| domain::back_link(&raw, r));
    let from = given.as_ref().map(|b| b.at.clone()).unwrap_or_default();
    let back = given.unwrap_or(domain::Back { list: own, at: own.path().to_string() });
    let key = match back.list {
        domain::List::Entities => "directory-back",
        domain::List::Projects => "directory-back-projects",
        domain::List::Map => "directory-back-map",
    };
    BackLink { href: back.href(), label: page.t(key), from }
}

/// `?query` or nothing.
pub(crate) fn with_query(path: &str, query: &str) -> String {
    if query.is_empty() { path.to_string() } else { format!("{path}?{query}") }
}

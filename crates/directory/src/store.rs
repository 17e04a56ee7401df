//! The directory's own tables: projects, their lists, translations and photos, and the open
//! data licence setting. Members are read through `membership::public`, never its tables.

use crate::domain::{Filter, MemberFacets, Project, ProjectStatus, Sort, Translation};
use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DbErr, FromQueryResult, Value};
use std::collections::HashMap;
use store::{all, exec, insert_id, one, scalar, values};

pub type Ts = DateTime<Utc>;

/// The directory's filters on members, as membership's public view takes them.
impl From<MemberFacets> for membership::public::Facets {
    fn from(f: MemberFacets) -> Self {
        membership::public::Facets {
            countries: f.countries,
            kind: f.kind,
            constituency: f.constituency,
            sector: f.sector,
            sdg: f.sdg,
            dimension: f.dimension,
            q: f.q,
        }
    }
}

impl From<Sort> for membership::public::Sort {
    fn from(s: Sort) -> Self {
        match s {
            Sort::Name => membership::public::Sort::Name,
            Sort::Newest => membership::public::Sort::Newest,
            Sort::Country => membership::public::Sort::Country,
        }
    }
}

#[derive(Debug, Clone, FromQueryResult)]
pub struct ProjectRow {
    pub id: i64,
    pub entity_id: i64,
    pub title: String,
    pub summary: String,
    pub description: String,
    pub lang: String,
    pub place: String,
    pub country_code: String,
    pub network_country: String,
    pub latitude_e6: Option<i64>,
    pub longitude_e6: Option<i64>,
    pub starts_on: String,
    pub ends_on: String,
    pub status: ProjectStatus,
    pub beneficiaries_total: Option<i32>,
    pub beneficiaries_women: Option<i32>,
    pub featured: bool,
    pub version: i32,
    pub created_at: Ts,
}

::store::text_column!(ProjectStatus);

const COLUMNS: &str = "id, entity_id, title, summary, description, lang, place, country_code, network_country, \
    latitude_e6, longitude_e6, starts_on, ends_on, status, beneficiaries_total, beneficiaries_women, featured, \
    version, created_at";

fn project_values(p: &Project) -> Vec<Value> {
    values![
        p.title.clone(),
        p.summary.clone(),
        p.description.clone(),
        p.lang.clone(),
        p.place.clone(),
        p.country_code.clone(),
        p.network_country.clone(),
        p.latitude_e6,
        p.longitude_e6,
        p.starts_on.clone(),
        p.ends_on.clone(),
        p.status,
        p.beneficiaries_total,
        p.beneficiaries_women,
    ]
}

const PROJECT_FIELDS: &str = "title, summary, description, lang, place, country_code, network_country, latitude_e6, \
    longitude_e6, starts_on, ends_on, status, beneficiaries_total, beneficiaries_women";

pub async fn create(
    c: &impl ConnectionTrait,
    entity: i64,
    p: &Project,
    by: i64,
    now: Ts,
) -> Result<i64, DbErr> {
    let mut vals = values![entity];
    vals.extend(project_values(p));
    vals.extend(values![false, 1, by, now, now]);
    let id = insert_id(
        c,
        &format!(
            "INSERT INTO projects (entity_id, {PROJECT_FIELDS}, featured, version, created_by, created_at, updated_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"
        ),
        vals,
    )
    .await?;
    replace_lists(c, id, p).await?;
    Ok(id)
}

/// Saves an edit made on the page at `version`; false when someone saved in between.
pub async fn update(
    c: &impl ConnectionTrait,
    id: i64,
    version: i32,
    p: &Project,
    now: Ts,
) -> Result<bool, DbErr> {
    let sets: Vec<String> = PROJECT_FIELDS.split(", ").map(|f| format!("{} = ?", f.trim())).collect();
    let mut vals = project_values(p);
    vals.extend(values![now, id, version]);
    let changed = exec(
        c,
        &format!(
            "UPDATE projects SET {}, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?",
            sets.join(", ")
        ),
        vals,
    )
    .await?;
    if changed == 1 {
        replace_lists(c, id, p).await?;
    }
    Ok(changed == 1)
}

async fn replace_lists(c: &impl ConnectionTrait, id: i64, p: &Project) -> Result<(), DbErr> {
    for table in [
        "project_sdgs",
        "project_constituencies",
        "project_dimensions",
        "project_links",
        "project_translations",
    ] {
        exec(c, &format!("DELETE FROM {table} WHERE project_id = ?"), values![id]).await?;
    }
    for sdg in &p.sdgs {
        exec(c, "INSERT INTO project_sdgs (project_id, sdg) VALUES (?, ?)", values![id, i32::from(*sdg)])
            .await?;
    }
    for code in &p.constituencies {
        exec(
            c,
            "INSERT INTO project_constituencies (project_id, code) VALUES (?, ?)",
            values![id, code.clone()],
        )
        .await?;
    }
    for d in &p.dimensions {
        exec(
            c,
            "INSERT INTO project_dimensions (project_id, dimension) VALUES (?, ?)",
            values![id, i32::from(*d)],
        )
        .await?;
    }
    for (i, url) in p.links.iter().enumerate() {
        exec(
            c,
            "INSERT INTO project_links (project_id, position, url) VALUES (?, ?, ?)",
            values![id, i as i32, url.clone()],
        )
        .await?;
    }
    for t in &p.translations {
        exec(
            c,
            "INSERT INTO project_translations (project_id, lang, title, summary, description) VALUES (?, ?, ?, ?, ?)",
            values![id, t.lang.clone(), t.title.clone(), t.summary.clone(), t.description.clone()],
        )
        .await?;
    }
    Ok(())
}

pub async fn find(c: &impl ConnectionTrait, id: i64) -> Result<Option<ProjectRow>, DbErr> {
    one(c, &format!("SELECT {COLUMNS} FROM projects WHERE id = ?"), values![id]).await
}

/// Deletes a project with its lists and photos; returns the photos' files, for the caller to
/// release.
pub async fn delete(c: &impl ConnectionTrait, id: i64) -> Result<Vec<i64>, DbErr> {
    let files = photos(c, id).await?.into_iter().map(|p| p.file_id).collect();
    for table in [
        "project_sdgs",
        "project_constituencies",
        "project_dimensions",
        "project_links",
        "project_translations",
        "project_photos",
        "project_photo_files",
    ] {
        exec(c, &format!("DELETE FROM {table} WHERE project_id = ?"), values![id]).await?;
    }
    exec(c, "DELETE FROM projects WHERE id = ?", values![id]).await?;
    Ok(files)
}

pub async fn set_featured(c: &impl ConnectionTrait, id: i64, featured: bool, now: Ts) -> Result<(), DbErr> {
    exec(c, "UPDATE projects SET featured = ?, updated_at = ? WHERE id = ?", values![featured, now, id])
        .await?;
    Ok(())
}

#[derive(Debug, Clone, FromQueryResult)]
struct ListRow {
    project_id: i64,
    value: String,
}

#[derive(Debug, Clone, FromQueryResult)]
struct TranslationRow {
    project_id: i64,
    lang: String,
    title: String,
    summary: String,
    description: String,
}

/// The lists of many projects, in one query per list (none per project).
#[derive(Debug, Default)]
pub struct Lists {
    pub sdgs: HashMap<i64, Vec<u8>>,
    pub constituencies: HashMap<i64, Vec<String>>,
    pub dimensions: HashMap<i64, Vec<u8>>,
    pub links: HashMap<i64, Vec<String>>,
    pub translations: HashMap<i64, Vec<Translation>>,
}

pub async fn lists_for(c: &impl ConnectionTrait, ids: &[i64], full: bool) -> Result<Lists, DbErr> {
    let mut lists = Lists::default();
    if ids.is_empty() {
        return Ok(lists);
    }
    let marks = vec!["?"; ids.len()].join(", ");
    let vals: Vec<Value> = ids.iter().map(|id| Value::from(*id)).collect();
    let list = |sql: &str| format!("{sql} WHERE project_id IN ({marks}) ORDER BY 1, 2");
    let rows: Vec<ListRow> =
        all(c, &list("SELECT project_id, CAST(sdg AS TEXT) AS value FROM project_sdgs"), vals.clone())
            .await?;
    for r in rows {
        lists.sdgs.entry(r.project_id).or_default().extend(r.value.parse::<u8>().ok());
    }
    for list_sdgs in lists.sdgs.values_mut() {
        list_sdgs.sort_unstable();
    }
    if !full {
        return Ok(lists);
    }
    let rows: Vec<ListRow> =
        all(c, &list("SELECT project_id, code AS value FROM project_constituencies"), vals.clone()).await?;
    for r in rows {
        lists.constituencies.entry(r.project_id).or_default().push(r.value);
    }
    let rows: Vec<ListRow> = all(
        c,
        &list("SELECT project_id, CAST(dimension AS TEXT) AS value FROM project_dimensions"),
        vals.clone(),
    )
    .await?;
    for r in rows {
        lists.dimensions.entry(r.project_id).or_default().extend(r.value.parse::<u8>().ok());
    }
    for list_dimensions in lists.dimensions.values_mut() {
        list_dimensions.sort_unstable();
    }
    let rows: Vec<ListRow> = all(
        c,
        &format!("SELECT project_id, url AS value FROM project_links WHERE project_id IN ({marks}) ORDER BY project_id, position"),
        vals.clone(),
    )
    .await?;
    for r in rows {
        lists.links.entry(r.project_id).or_default().push(r.value);
    }
    let rows: Vec<TranslationRow> = all(
        c,
        &format!(
            "SELECT project_id, lang, title, summary, description FROM project_translations
             WHERE project_id IN ({marks}) ORDER BY project_id, lang"
        ),
        vals,
    )
    .await?;
    for r in rows {
        lists.translations.entry(r.project_id).or_default().push(Translation {
            lang: r.lang,
            title: r.title,
            summary: r.summary,
            description: r.description,
        });
    }
    Ok(lists)
}

/// The project as the form shows it again.
pub fn as_project(row: &ProjectRow, lists: &mut Lists) -> Project {
    Project {
        title: row.title.clone(),
        summary: row.summary.clone(),
        description: row.description.clone(),
        lang: row.lang.clone(),
        place: row.place.clone(),
        country_code: row.country_code.clone(),
        network_country: row.network_country.clone(),
        latitude_e6: row.latitude_e6,
        longitude_e6: row.longitude_e6,
        starts_on: row.starts_on.clone(),
        ends_on: row.ends_on.clone(),
        status: row.status,
        beneficiaries_total: row.beneficiaries_total,
        beneficiaries_women: row.beneficiaries_women,
        sdgs: lists.sdgs.remove(&row.id).unwrap_or_default(),
        constituencies: lists.constituencies.remove(&row.id).unwrap_or_default(),
        dimensions: lists.dimensions.remove(&row.id).unwrap_or_default(),
        links: lists.links.remove(&row.id).unwrap_or_default(),
        translations: lists.translations.remove(&row.id).unwrap_or_default(),
    }
}

/// `FROM projects p WHERE …`: projects of active members matching the filter. Lists are tested
/// with `+p… IN (…)` so SQLite walks the (country, featured, title) indexes instead of
/// fetching whole rows by id (see `membership::public`).
fn where_filter(c: &impl ConnectionTrait, f: &Filter, countries: &[String]) -> (String, Vec<Value>) {
    let backend = c.get_database_backend();
    let (owners, mut vals) = membership::public::ids_matching(backend, &f.owner_facets().into());
    let mut sql = format!(" FROM projects p WHERE +p.entity_id IN ({owners})");
    if !countries.is_empty() {
        sql.push_str(&format!(" AND p.network_country IN ({})", vec!["?"; countries.len()].join(", ")));
        vals.extend(countries.iter().map(|c| Value::from(c.clone())));
    }
    if let Some(sdg) = f.sdg {
        sql.push_str(" AND +p.id IN (SELECT project_id FROM project_sdgs WHERE sdg = ?)");
        vals.push(i32::from(sdg).into());
    }
    if let Some(code) = &f.constituency {
        sql.push_str(" AND +p.id IN (SELECT project_id FROM project_constituencies WHERE code = ?)");
        vals.push(code.clone().into());
    }
    if let Some(d) = f.dimension {
        sql.push_str(" AND +p.id IN (SELECT project_id FROM project_dimensions WHERE dimension = ?)");
        vals.push(i32::from(d).into());
    }
    if let Some((search, search_vals)) = store::search::refs_matching(backend, crate::index::DOC_TYPE, &f.q) {
        sql.push_str(&format!(" AND p.id IN ({search})"));
        vals.extend(search_vals);
    }
    (sql, vals)
}

fn order(f: &Filter) -> &'static str {
    match f.sort {
        Sort::Name => "p.featured DESC, p.title, p.id",
        Sort::Newest => "p.created_at DESC, p.id DESC",
        Sort::Country => "p.network_country, p.title, p.id",
    }
}

/// How many projects match, and `limit` of them from `offset`.
pub async fn page(
    c: &impl ConnectionTrait,
    f: &Filter,
    countries: &[String],
    limit: i64,
    offset: i64,
) -> Result<(i64, Vec<ProjectRow>), DbErr> {
    let (from, vals) = where_filter(c, f, countries);
    let count_sql = format!("SELECT COUNT(*){from}");
    let count = |vals| scalar::<i64>(c, &count_sql, vals);
    let mut page_vals = vals.clone();
    page_vals.extend(values![limit, offset]);
    let order = order(f);
    if f.q.is_empty() {
        let total = count(vals).await?.unwrap_or(0);
        if total <= offset {
            return Ok((total, Vec::new()));
        }
        let sql = format!("SELECT {}{from} ORDER BY {order} LIMIT ? OFFSET ?", prefixed_columns());
        let rows = all(c, &sql, page_vals).await?;
        return Ok((total, rows));
    }
    // A search matches once, counted beside the page (see `membership::public::page`).
    let sql = format!("SELECT p.id, COUNT(*) OVER () AS total_rows{from} ORDER BY {order} LIMIT ? OFFSET ?");
    Ok(match store::page_of_ids(c, &sql, page_vals).await? {
        (Some(total), ids) => {
            let marks = vec!["?"; ids.len()].join(", ");
            let sql = format!("SELECT {COLUMNS} FROM projects WHERE id IN ({marks})");
            let rows = all(c, &sql, ids.iter().map(|id| Value::from(*id)).collect()).await?;
            (total, store::in_order(&ids, rows, |p: &ProjectRow| p.id))
        }
        (None, _) if offset > 0 => (count(vals).await?.unwrap_or(0), Vec::new()),
        (None, _) => (0, Vec::new()),
    })
}

fn prefixed_columns() -> String {
    COLUMNS.split(", ").map(|c| format!("p.{}", c.trim())).collect::<Vec<_>>().join(", ")
}

/// A member's projects, featured first then newest.
pub async fn of_entity(c: &impl ConnectionTrait, entity: i64) -> Result<Vec<ProjectRow>, DbErr> {
    all(
        c,
        &format!("SELECT {COLUMNS} FROM projects WHERE entity_id = ? ORDER BY featured DESC, created_at DESC, id DESC"),
        values![entity],
    )
    .await
}

/// Projects of active members, newest first.
pub async fn newest(c: &impl ConnectionTrait, limit: i64) -> Result<Vec<ProjectRow>, DbErr> {
    let (owners, mut vals) =
        membership::public::ids_matching(c.get_database_backend(), &membership::public::Facets::default());
    vals.push(limit.into());
    all(
        c,
        &format!(
            "SELECT {} FROM projects p WHERE +p.entity_id IN ({owners}) ORDER BY p.created_at DESC, p.id DESC LIMIT ?",
            prefixed_columns()
        ),
        vals,
    )
    .await
}

#[derive(Debug, Clone, FromQueryResult)]
pub struct Stamp {
    pub id: i64,
    pub updated_at: Ts,
}

/// How many public projects there are.
pub async fn count(c: &impl ConnectionTrait) -> Result<i64, DbErr> {
    let (owners, vals) =
        membership::public::ids_matching(c.get_database_backend(), &membership::public::Facets::default());
    let sql = format!("SELECT COUNT(*) FROM projects p WHERE +p.entity_id IN ({owners})");
    Ok(scalar::<i64>(c, &sql, vals).await?.unwrap_or(0))
}

/// Public projects' ids and last changes, by id, a sitemap file at a time.
pub async fn stamps(c: &impl ConnectionTrait, limit: i64, offset: i64) -> Result<Vec<Stamp>, DbErr> {
    let (owners, mut vals) =
        membership::public::ids_matching(c.get_database_backend(), &membership::public::Facets::default());
    vals.extend(values![limit, offset]);
    all(
        c,
        &format!(
            "SELECT p.id, p.updated_at FROM projects p WHERE +p.entity_id IN ({owners}) ORDER BY p.id LIMIT ? OFFSET ?"
        ),
        vals,
    )
    .await
}

#[derive(Debug, Clone, FromQueryResult)]
pub struct PhotoRow {
    pub id: i64,
    pub project_id: i64,
    pub file_id: i64,
    pub caption: String,
}

pub async fn photos(c: &impl ConnectionTrait, project: i64) -> Result<Vec<PhotoRow>, DbErr> {
    all(
        c,
        "SELECT id, project_id, file_id, caption FROM project_photo_files WHERE project_id = ? ORDER BY id",
        values![project],
    )
    .await
}

/// The file of the first photo of each of many projects, for cards.
pub async fn first_photos(c: &impl ConnectionTrait, ids: &[i64]) -> Result<HashMap<i64, i64>, DbErr> {
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    let rows: Vec<PhotoRow> = all(
        c,
        &format!(
            "SELECT p.id, p.project_id, p.file_id, p.caption FROM project_photo_files p
             WHERE p.id IN (SELECT MIN(id) FROM project_photo_files WHERE project_id IN ({}) GROUP BY project_id)",
            vec!["?"; ids.len()].join(", ")
        ),
        ids.iter().map(|id| Value::from(*id)).collect(),
    )
    .await?;
    Ok(rows.into_iter().map(|r| (r.project_id, r.file_id)).collect())
}

pub async fn add_photo(
    c: &impl ConnectionTrait,
    project: i64,
    file: i64,
    caption: &str,
    now: Ts,
) -> Result<i64, DbErr> {
    insert_id(
        c,
        "INSERT INTO project_photo_files (project_id, file_id, caption, created_at) VALUES (?, ?, ?, ?) RETURNING id",
        values![project, file, caption, now],
    )
    .await
}

/// Removes a photo of a project; returns its file, for the caller to release.
pub async fn remove_photo(c: &impl ConnectionTrait, project: i64, id: i64) -> Result<Option<i64>, DbErr> {
    let file = scalar::<i64>(
        c,
        "SELECT file_id FROM project_photo_files WHERE id = ? AND project_id = ?",
        values![id, project],
    )
    .await?;
    exec(c, "DELETE FROM project_photo_files WHERE id = ? AND project_id = ?", values![id, project]).await?;
    Ok(file)
}

pub async fn photo(c: &impl ConnectionTrait, id: i64) -> Result<Option<PhotoRow>, DbErr> {
    one(c, "SELECT id, project_id, file_id, caption FROM project_photo_files WHERE id = ?", values![id]).await
}

/// A photo still kept as bytes in the database, from before the file store.
#[derive(Debug, Clone, FromQueryResult)]
pub struct LegacyPhoto {
    pub id: i64,
    pub project_id: i64,
    pub caption: String,
    pub bytes: Vec<u8>,
    pub created_at: Ts,
}

pub async fn legacy_photo_count(c: &impl ConnectionTrait) -> Result<i64, DbErr> {
    Ok(scalar::<i64>(c, "SELECT COUNT(*) FROM project_photos", values![]).await?.unwrap_or(0))
}

/// The next photos to move into the file store, a few at a time (they are large).
pub async fn legacy_photos(c: &impl ConnectionTrait, limit: i64) -> Result<Vec<LegacyPhoto>, DbErr> {
    all(
        c,
        "SELECT id, project_id, caption, bytes, created_at FROM project_photos ORDER BY id LIMIT ?",
        values![limit],
    )
    .await
}

pub async fn forget_legacy_photo(c: &impl ConnectionTrait, id: i64) -> Result<(), DbErr> {
    exec(c, "DELETE FROM project_photos WHERE id = ?", values![id]).await?;
    Ok(())
}

#[derive(Debug, Clone, FromQueryResult)]
pub struct Point {
    pub id: i64,
    pub title: String,
    pub latitude_e6: i64,
    pub longitude_e6: i64,
}

/// Where matching projects are, at most `limit`.
pub async fn points(
    c: &impl ConnectionTrait,
    f: &Filter,
    countries: &[String],
    limit: i64,
) -> Result<Vec<Point>, DbErr> {
    let (from, mut vals) = where_filter(c, f, countries);
    vals.push(limit.into());
    all(
        c,
        &format!(
            "SELECT p.id, p.title, p.latitude_e6, p.longitude_e6{from} AND p.latitude_e6 IS NOT NULL
             AND p.longitude_e6 IS NOT NULL ORDER BY p.id LIMIT ?"
        ),
        vals,
    )
    .await
}

/// Matching projects grouped for the map like members are.
pub async fn clusters(
    c: &impl ConnectionTrait,
    f: &Filter,
    countries: &[String],
) -> Result<Vec<::store::MapCluster>, DbErr> {
    let (from, vals) = where_filter(c, f, countries);
    ::store::map_clusters(c, &from, vals).await
}

//! What anyone may know of active members, for the public directory and the API: the only way
//! other capabilities read members. No contact people, no applicant, nothing of applications.

use crate::store::{self, EntityRow, Ts};
use ::store::{all, scalar, values};
use sea_orm::{ConnectionTrait, DbErr, FromQueryResult, Value};
use serde::Serialize;
use std::collections::HashMap;
use utoipa::ToSchema;

/// An active member's public profile.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct PublicEntity {
    pub id: i64,
    pub legal_name: String,
    pub short_name: String,
    /// Code from the reference data's entity kinds.
    pub kind: String,
    /// ISO 3166-1 alpha-2 code of where the entity is (HK for Hong Kong)…
    pub country: String,
    /// …and of the country network it belongs to (CN for Hong Kong).
    pub network_country: String,
    pub city: String,
    /// WGS84 decimal degrees.
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub website: String,
    pub description: String,
    pub description_lang: String,
    pub members_total: Option<i32>,
    pub members_women: Option<i32>,
    pub beneficiaries_total: Option<i32>,
    pub beneficiaries_women: Option<i32>,
    pub registration_year: Option<i32>,
    /// Constituency codes from the reference data.
    pub constituencies: Vec<String>,
    /// SDG numbers, 1 to 17.
    pub sdgs: Vec<u8>,
    /// Sector codes: ESSGlobal ICA activities (http://purl.org/essglobal/standard/activities-ica/).
    pub sectors: Vec<String>,
    /// Codes of the languages the entity works in.
    pub languages: Vec<String>,
    /// When it became a member (RFC 3339).
    pub member_since: Option<String>,
    #[serde(skip)]
    pub updated_at: Ts,
}

/// What only the page of one member shows: its statements on the five SSE dimensions, its
/// descriptions in other languages and its links.
#[derive(Debug, Clone, Default, Serialize, ToSchema)]
pub struct PublicDetails {
    /// (dimension number 1–5, statement)
    pub commitments: Vec<(u8, String)>,
    /// (language code, description)
    pub other_descriptions: Vec<(String, String)>,
    pub links: Vec<String>,
    /// The member's logo, in the file store.
    #[serde(skip)]
    pub logo: Option<files::FileId>,
}

fn public(e: EntityRow, lists: &mut store::Lists) -> PublicEntity {
    PublicEntity {
        constituencies: lists.constituencies.remove(&e.id).unwrap_or_default(),
        sdgs: lists.sdgs.remove(&e.id).unwrap_or_default(),
        sectors: lists.sectors.remove(&e.id).unwrap_or_default(),
        languages: e.languages.split(',').filter(|l| !l.is_empty()).map(str::to_string).collect(),
        id: e.id,
        latitude: e.latitude_e6.map(|v| v as f64 / 1e6),
        longitude: e.longitude_e6.map(|v| v as f64 / 1e6),
        legal_name: e.legal_name,
        short_name: e.short_name,
        kind: e.kind,
        country: e.country_code,
        network_country: e.network_country,
        city: e.city,
        website: e.website,
        description: e.description,
        description_lang: e.description_lang,
        members_total: e.members_total,
        members_women: e.members_women,
        beneficiaries_total: e.beneficiaries_total,
        beneficiaries_women: e.beneficiaries_women,
        registration_year: e.registration_year,
        member_since: e.activated_at.map(|t| t.to_rfc3339()),
        updated_at: e.updated_at,
    }
}

async fn with_lists(c: &impl ConnectionTrait, rows: Vec<EntityRow>) -> Result<Vec<PublicEntity>, DbErr> {
    let ids: Vec<i64> = rows.iter().map(|e| e.id).collect();
    let mut lists = store::lists_for(c, &ids).await?;
    Ok(rows.into_iter().map(|e| public(e, &mut lists)).collect())
}

/// Filters on active members. Codes are checked by the caller against the reference data;
/// an empty list or `None` filters nothing.
#[derive(Debug, Clone, Default)]
pub struct Facets {
    /// Country networks (a sub-region is its countries).
    pub countries: Vec<String>,
    pub kind: Option<String>,
    pub constituency: Option<String>,
    pub sector: Option<String>,
    pub sdg: Option<u8>,
    /// Members with a statement on this SSE dimension.
    pub dimension: Option<u8>,
    /// Words in a name, place or description, in any script.
    pub q: String,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Sort {
    #[default]
    Name,
    Newest,
    Country,
}

/// `FROM entities e WHERE …` for the facets, with its values. The lists are subqueries tested
/// with `+e.id IN (…)`: the unary plus keeps SQLite walking the (status, country) or (status,
/// name) indexes, which hold what the filters need, instead of fetching whole rows by id (ten
/// times slower at 10 000 members). PostgreSQL reads it as the same number. A search is the
/// exception: its matches are few, so reading them by id is the fastest way.
fn where_facets(backend: sea_orm::DbBackend, f: &Facets) -> (String, Vec<Value>) {
    let mut sql = String::from(" FROM entities e WHERE e.status = 'active'");
    let mut vals: Vec<Value> = Vec::new();
    if !f.countries.is_empty() {
        sql.push_str(&format!(" AND e.network_country IN ({})", vec!["?"; f.countries.len()].join(", ")));
        vals.extend(f.countries.iter().map(|c| Value::from(c.clone())));
    }
    if let Some(kind) = &f.kind {
        sql.push_str(" AND e.kind = ?");
        vals.push(kind.clone().into());
    }
    if let Some(code) = &f.constituency {
        sql.push_str(" AND +e.id IN (SELECT entity_id FROM entity_constituencies WHERE code = ?)");
        vals.push(code.clone().into());
    }
    if let Some(code) = &f.sector {
        sql.push_str(" AND +e.id IN (SELECT entity_id FROM entity_sectors WHERE code = ?)");
        vals.push(code.clone().into());
    }
    if let Some(sdg) = f.sdg {
        sql.push_str(" AND +e.id IN (SELECT entity_id FROM entity_sdgs WHERE sdg = ?)");
        vals.push(i32::from(sdg).into());
    }
    if let Some(dimension) = f.dimension {
        sql.push_str(" AND +e.id IN (SELECT entity_id FROM entity_commitments WHERE dimension = ?)");
        vals.push(i32::from(dimension).into());
    }
    if let Some((search, search_vals)) = ::store::search::refs_matching(backend, crate::index::DOC_TYPE, &f.q)
    {
        sql.push_str(&format!(" AND e.id IN ({search})"));
        vals.extend(search_vals);
    }
    (sql, vals)
}

/// A subquery selecting the ids of active members matching the facets, for a sibling to keep
/// only its rows of such members (`entity_id IN (…)`), with its values.
pub fn ids_matching(backend: sea_orm::DbBackend, f: &Facets) -> (String, Vec<Value>) {
    let (from, vals) = where_facets(backend, f);
    (format!("SELECT e.id{from}"), vals)
}

/// How many active members match, and one page of them.
pub async fn page(
    c: &impl ConnectionTrait,
    f: &Facets,
    sort: Sort,
    limit: i64,
    offset: i64,
) -> Result<(i64, Vec<PublicEntity>), DbErr> {
    let (from, vals) = where_facets(c.get_database_backend(), f);
    let order = match sort {
        Sort::Name => "e.legal_name_key, e.id",
        Sort::Newest => "e.activated_at DESC, e.id DESC",
        Sort::Country => "e.network_country, e.legal_name_key, e.id",
    };
    let count_sql = format!("SELECT COUNT(*){from}");
    let count = |vals| scalar::<i64>(c, &count_sql, vals);
    let mut page_vals = vals.clone();
    page_vals.extend(values![limit, offset]);
    let columns = store::ENTITY_COLUMNS;
    let (total, rows): (i64, Vec<EntityRow>) = if f.q.trim().is_empty() {
        // Counting from the indexes, then reading one page, is cheapest without a search.
        let total = count(vals).await?.unwrap_or(0);
        if total <= offset {
            return Ok((total, Vec::new()));
        }
        (
            total,
            all(c, &format!("SELECT {columns}{from} ORDER BY {order} LIMIT ? OFFSET ?"), page_vals).await?,
        )
    } else {
        // A search matches once, counted beside the page.
        let sql =
            format!("SELECT e.id, COUNT(*) OVER () AS total_rows{from} ORDER BY {order} LIMIT ? OFFSET ?");
        match ::store::page_of_ids(c, &sql, page_vals).await? {
            (Some(total), ids) => (total, rows_by_ids(c, &ids).await?),
            (None, _) if offset > 0 => (count(vals).await?.unwrap_or(0), Vec::new()),
            (None, _) => (0, Vec::new()),
        }
    };
    Ok((total, with_lists(c, rows).await?))
}

async fn rows_by_ids(c: &impl ConnectionTrait, ids: &[i64]) -> Result<Vec<EntityRow>, DbErr> {
    let marks = vec!["?"; ids.len()].join(", ");
    let sql = format!("SELECT {} FROM entities WHERE id IN ({marks})", store::ENTITY_COLUMNS);
    let rows = all(c, &sql, ids.iter().map(|id| Value::from(*id)).collect()).await?;
    Ok(::store::in_order(ids, rows, |e: &EntityRow| e.id))
}

/// One active member, or `None` (an application or a former member is not public).
pub async fn find(c: &impl ConnectionTrait, id: i64) -> Result<Option<(PublicEntity, PublicDetails)>, DbErr> {
    let Some(e) = store::find_entity(c, id).await?.filter(|e| e.status == crate::domain::Status::Active)
    else {
        return Ok(None);
    };
    let profile = store::load_profile(c, &e).await?;
    let details = PublicDetails {
        commitments: profile.commitments,
        other_descriptions: profile.other_descriptions,
        links: profile.links,
        logo: store::logo_file(c, id).await?.map(files::FileId),
    };
    Ok(with_lists(c, vec![e]).await?.pop().map(|p| (p, details)))
}

/// The members admitted most recently, newest first.
pub async fn newest(c: &impl ConnectionTrait, limit: i64) -> Result<Vec<PublicEntity>, DbErr> {
    let (from, vals) = where_facets(c.get_database_backend(), &Facets::default());
    let mut vals = vals;
    vals.push(limit.into());
    let rows: Vec<EntityRow> = all(
        c,
        &format!(
            "SELECT {}{from} AND e.activated_at IS NOT NULL ORDER BY e.activated_at DESC, e.id DESC LIMIT ?",
            store::ENTITY_COLUMNS
        ),
        vals,
    )
    .await?;
    with_lists(c, rows).await
}

#[derive(Debug, Clone, FromQueryResult)]
pub struct Stamp {
    pub id: i64,
    pub updated_at: Ts,
}

/// How many active members there are.
pub async fn count(c: &impl ConnectionTrait) -> Result<i64, DbErr> {
    Ok(scalar::<i64>(c, "SELECT COUNT(*) FROM entities WHERE status = 'active'", values![])
        .await?
        .unwrap_or(0))
}

/// Active members' ids and last changes, by id, a sitemap file at a time.
pub async fn stamps(c: &impl ConnectionTrait, limit: i64, offset: i64) -> Result<Vec<Stamp>, DbErr> {
    all(
        c,
        "SELECT id, updated_at FROM entities WHERE status = 'active' ORDER BY id LIMIT ? OFFSET ?",
        values![limit, offset],
    )
    .await
}

#[derive(Debug, Clone, FromQueryResult)]
struct NameRow {
    id: i64,
    legal_name: String,
    network_country: String,
}

/// Names and country networks of the active members among `ids`.
pub async fn names(c: &impl ConnectionTrait, ids: &[i64]) -> Result<HashMap<i64, (String, String)>, DbErr> {
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    let rows: Vec<NameRow> = all(
        c,
        &format!(
            "SELECT id, legal_name, network_country FROM entities WHERE status = 'active' AND id IN ({})",
            vec!["?"; ids.len()].join(", ")
        ),
        ids.iter().map(|id| Value::from(*id)).collect(),
    )
    .await?;
    Ok(rows.into_iter().map(|r| (r.id, (r.legal_name, r.network_country))).collect())
}

#[derive(Debug, Clone, FromQueryResult)]
pub struct Point {
    pub id: i64,
    pub legal_name: String,
    pub network_country: String,
    pub latitude_e6: i64,
    pub longitude_e6: i64,
}

/// Where matching members are, at most `limit` (members without coordinates are left out).
pub async fn points(c: &impl ConnectionTrait, f: &Facets, limit: i64) -> Result<Vec<Point>, DbErr> {
    let (from, mut vals) = where_facets(c.get_database_backend(), f);
    vals.push(limit.into());
    all(
        c,
        &format!(
            "SELECT e.id, e.legal_name, e.network_country, e.latitude_e6, e.longitude_e6{from} AND e.latitude_e6 IS NOT NULL
             AND e.longitude_e6 IS NOT NULL ORDER BY e.id LIMIT ?"
        ),
        vals,
    )
    .await
}

/// Where a member sits, for the permission rule (its representatives, management).
pub fn target(reference: &kernel::ReferenceData, e: &PublicEntity) -> kernel::Target {
    reference.entity_target(&e.network_country, kernel::EntityId(e.id)).unwrap_or_else(|| kernel::Target {
        entity: Some(kernel::EntityId(e.id)),
        ..kernel::Target::default()
    })
}

/// Matching members grouped by country network and 2° cell for the map.
pub async fn clusters(c: &impl ConnectionTrait, f: &Facets) -> Result<Vec<::store::MapCluster>, DbErr> {
    let (from, vals) = where_facets(c.get_database_backend(), f);
    ::store::map_clusters(c, &from, vals).await
}

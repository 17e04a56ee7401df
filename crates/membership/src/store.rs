//! The membership tables: entities and their lists, admission events, MOU versions and
//! acceptances. Only this crate reads or writes them.

use crate::domain::{Profile, Status};
use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DbErr, FromQueryResult};
use store::{all, exec, insert_id, one, scalar, values};

pub type Ts = DateTime<Utc>;

#[derive(Debug, Clone, FromQueryResult)]
pub struct EntityRow {
    pub id: i64,
    pub status: Status,
    pub legal_name: String,
    pub short_name: String,
    pub kind: String,
    pub country_code: String,
    pub network_country: String,
    pub city: String,
    pub latitude_e6: Option<i64>,
    pub longitude_e6: Option<i64>,
    pub registration_number: String,
    pub registrar: String,
    pub registration_year: Option<i32>,
    pub website: String,
    pub members_total: Option<i32>,
    pub members_women: Option<i32>,
    pub beneficiaries_total: Option<i32>,
    pub beneficiaries_women: Option<i32>,
    pub description: String,
    pub description_lang: String,
    pub languages: String,
    pub applicant_id: i64,
    pub status_note: String,
    pub version: i32,
    pub updated_at: Ts,
    pub submitted_at: Option<Ts>,
    pub activated_at: Option<Ts>,
}

::store::text_column!(Status);

/// Unprefixed, so they also serve queries on `entities e` whose filters are subqueries.
pub(crate) const ENTITY_COLUMNS: &str = "id, status, legal_name, short_name, kind, country_code, network_country, city, \
    latitude_e6, longitude_e6, registration_number, registrar, registration_year, website, members_total, \
    members_women, beneficiaries_total, beneficiaries_women, description, description_lang, languages, applicant_id, \
    status_note, version, updated_at, submitted_at, activated_at";

/// Duplicates are found by name without case or surrounding space.
pub fn name_key(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// The profile's own columns, in the order both statements below name them.
const PROFILE_COLUMNS: [&str; 20] = [
    "legal_name",
    "legal_name_key",
    "short_name",
    "kind",
    "country_code",
    "network_country",
    "city",
    "latitude_e6",
    "longitude_e6",
    "registration_number",
    "registrar",
    "registration_year",
    "website",
    "members_total",
    "members_women",
    "beneficiaries_total",
    "beneficiaries_women",
    "description",
    "description_lang",
    "languages",
];

fn profile_values(p: &Profile) -> Vec<sea_orm::Value> {
    values![
        p.legal_name.clone(),
        name_key(&p.legal_name),
        p.short_name.clone(),
        p.kind.clone(),
        p.country_code.clone(),
        p.network_country.clone(),
        p.city.clone(),
        p.latitude_e6,
        p.longitude_e6,
        p.registration_number.clone(),
        p.registrar.clone(),
        p.registration_year,
        p.website.clone(),
        p.members_total,
        p.members_women,
        p.beneficiaries_total,
        p.beneficiaries_women,
        p.description.clone(),
        p.description_lang.clone(),
        p.languages.join(",")
    ]
}

pub async fn create_entity(
    c: &impl ConnectionTrait,
    p: &Profile,
    applicant: i64,
    now: Ts,
) -> Result<i64, DbErr> {
    let sql = format!(
        "INSERT INTO entities (status, {}, applicant_id, status_note, version, created_at, updated_at)
         VALUES (?, {}, ?, '', 1, ?, ?) RETURNING id",
        PROFILE_COLUMNS.join(", "),
        vec!["?"; PROFILE_COLUMNS.len()].join(", ")
    );
    let mut vals = values![Status::Draft.as_str()];
    vals.extend(profile_values(p));
    vals.extend(values![applicant, now, now]);
    let id = insert_id(c, &sql, vals).await?;
    replace_lists(c, id, p).await?;
    Ok(id)
}

/// Saves the profile fields; false when the entity changed meanwhile (`version` is stale).
pub async fn update_profile(
    c: &impl ConnectionTrait,
    id: i64,
    version: i32,
    p: &Profile,
    now: Ts,
) -> Result<bool, DbErr> {
    let sets: Vec<String> = PROFILE_COLUMNS.iter().map(|c| format!("{c} = ?")).collect();
    let sql = format!(
        "UPDATE entities SET {}, version = version + 1, updated_at = ? WHERE id = ? AND version = ?",
        sets.join(", ")
    );
    let mut vals = profile_values(p);
    vals.extend(values![now, id, version]);
    let changed = exec(c, &sql, vals).await?;
    if changed == 1 {
        replace_lists(c, id, p).await?;
    }
    Ok(changed == 1)
}

async fn replace_lists(c: &impl ConnectionTrait, id: i64, p: &Profile) -> Result<(), DbErr> {
    exec(c, "DELETE FROM entity_constituencies WHERE entity_id = ?", values![id]).await?;
    exec(c, "DELETE FROM entity_sdgs WHERE entity_id = ?", values![id]).await?;
    exec(c, "DELETE FROM entity_commitments WHERE entity_id = ?", values![id]).await?;
    for table in ["entity_sectors", "entity_links", "entity_contacts", "entity_descriptions"] {
        exec(c, &format!("DELETE FROM {table} WHERE entity_id = ?"), values![id]).await?;
    }
    for code in &p.sectors {
        exec(c, "INSERT INTO entity_sectors (entity_id, code) VALUES (?, ?)", values![id, code.clone()])
            .await?;
    }
    for (i, url) in p.links.iter().enumerate() {
        exec(
            c,
            "INSERT INTO entity_links (entity_id, position, url) VALUES (?, ?, ?)",
            values![id, i as i32, url.clone()],
        )
        .await?;
    }
    for (i, k) in p.contacts.iter().enumerate() {
        exec(
            c,
            "INSERT INTO entity_contacts (entity_id, position, name, role, email, phone) VALUES (?, ?, ?, ?, ?, ?)",
            values![id, i as i32, k.name.clone(), k.role.clone(), k.email.clone(), k.phone.clone()],
        )
        .await?;
    }
    for (lang, text) in &p.other_descriptions {
        exec(
            c,
            "INSERT INTO entity_descriptions (entity_id, lang, description) VALUES (?, ?, ?)",
            values![id, lang.clone(), text.clone()],
        )
        .await?;
    }
    for code in &p.constituencies {
        exec(
            c,
            "INSERT INTO entity_constituencies (entity_id, code) VALUES (?, ?)",
            values![id, code.clone()],
        )
        .await?;
    }
    for sdg in &p.sdgs {
        exec(c, "INSERT INTO entity_sdgs (entity_id, sdg) VALUES (?, ?)", values![id, i32::from(*sdg)])
            .await?;
    }
    for (dimension, statement) in &p.commitments {
        if !statement.trim().is_empty() {
            exec(
                c,
                "INSERT INTO entity_commitments (entity_id, dimension, statement) VALUES (?, ?, ?)",
                values![id, i32::from(*dimension), statement.clone()],
            )
            .await?;
        }
    }
    Ok(())
}

/// Entities (any status but draft) whose name key holds `key`: id, legal name and network
/// country, by name.
pub async fn entities_named_like(
    c: &impl ConnectionTrait,
    key: &str,
    limit: u64,
) -> Result<Vec<(i64, String, String)>, DbErr> {
    #[derive(FromQueryResult)]
    struct Found {
        id: i64,
        legal_name: String,
        network_country: String,
    }
    let rows: Vec<Found> = all(
        c,
        "SELECT id, legal_name, network_country FROM entities
         WHERE status <> 'draft' AND legal_name_key LIKE ? ORDER BY legal_name_key, id LIMIT ?",
        values![format!("%{key}%"), limit as i64],
    )
    .await?;
    Ok(rows.into_iter().map(|r| (r.id, r.legal_name, r.network_country)).collect())
}

pub async fn find_entity(c: &impl ConnectionTrait, id: i64) -> Result<Option<EntityRow>, DbErr> {
    one(c, &format!("SELECT {ENTITY_COLUMNS} FROM entities WHERE id = ?"), values![id]).await
}

#[derive(Debug, Clone, FromQueryResult)]
struct CodeRow {
    code: String,
}

#[derive(Debug, Clone, FromQueryResult)]
struct SdgRow {
    sdg: i32,
}

#[derive(Debug, Clone, FromQueryResult)]
struct ContactRow {
    name: String,
    role: String,
    email: String,
    phone: String,
}

#[derive(Debug, Clone, FromQueryResult)]
struct DescriptionRow {
    lang: String,
    description: String,
}

#[derive(Debug, Clone, FromQueryResult)]
struct LinkRow {
    url: String,
}

#[derive(Debug, Clone, FromQueryResult)]
struct CommitmentRow {
    dimension: i32,
    statement: String,
}

/// The profile as stored, ready to fill the form again.
pub async fn load_profile(c: &impl ConnectionTrait, e: &EntityRow) -> Result<Profile, DbErr> {
    let constituencies: Vec<CodeRow> =
        all(c, "SELECT code FROM entity_constituencies WHERE entity_id = ? ORDER BY code", values![e.id])
            .await?;
    let sdgs: Vec<SdgRow> =
        all(c, "SELECT sdg FROM entity_sdgs WHERE entity_id = ? ORDER BY sdg", values![e.id]).await?;
    let commitments: Vec<CommitmentRow> = all(
        c,
        "SELECT dimension, statement FROM entity_commitments WHERE entity_id = ? ORDER BY dimension",
        values![e.id],
    )
    .await?;
    let sectors: Vec<CodeRow> =
        all(c, "SELECT code FROM entity_sectors WHERE entity_id = ? ORDER BY code", values![e.id]).await?;
    let links: Vec<LinkRow> =
        all(c, "SELECT url FROM entity_links WHERE entity_id = ? ORDER BY position", values![e.id]).await?;
    let contacts: Vec<ContactRow> = all(
        c,
        "SELECT name, role, email, phone FROM entity_contacts WHERE entity_id = ? ORDER BY position",
        values![e.id],
    )
    .await?;
    let others: Vec<DescriptionRow> = all(
        c,
        "SELECT lang, description FROM entity_descriptions WHERE entity_id = ? ORDER BY lang",
        values![e.id],
    )
    .await?;
    Ok(Profile {
        sectors: sectors.into_iter().map(|r| r.code).collect(),
        languages: e.languages.split(',').filter(|l| !l.is_empty()).map(str::to_string).collect(),
        links: links.into_iter().map(|r| r.url).collect(),
        contacts: contacts
            .into_iter()
            .map(|r| crate::domain::Contact { name: r.name, role: r.role, email: r.email, phone: r.phone })
            .collect(),
        other_descriptions: others.into_iter().map(|r| (r.lang, r.description)).collect(),
        legal_name: e.legal_name.clone(),
        short_name: e.short_name.clone(),
        kind: e.kind.clone(),
        country_code: e.country_code.clone(),
        network_country: e.network_country.clone(),
        city: e.city.clone(),
        latitude_e6: e.latitude_e6,
        longitude_e6: e.longitude_e6,
        registration_number: e.registration_number.clone(),
        registrar: e.registrar.clone(),
        registration_year: e.registration_year,
        website: e.website.clone(),
        members_total: e.members_total,
        members_women: e.members_women,
        beneficiaries_total: e.beneficiaries_total,
        beneficiaries_women: e.beneficiaries_women,
        description: e.description.clone(),
        description_lang: e.description_lang.clone(),
        constituencies: constituencies.into_iter().map(|r| r.code).collect(),
        sdgs: sdgs.into_iter().map(|r| r.sdg as u8).collect(),
        commitments: commitments.into_iter().map(|r| (r.dimension as u8, r.statement)).collect(),
    })
}

/// Another entity of the same country network with the same name, if any.
pub async fn same_name(
    c: &impl ConnectionTrait,
    network_country: &str,
    legal_name: &str,
    except: Option<i64>,
) -> Result<Option<EntityRow>, DbErr> {
    one(
        c,
        &format!(
            "SELECT {ENTITY_COLUMNS} FROM entities WHERE network_country = ? AND legal_name_key = ? AND id <> ?
             AND status NOT IN ('declined', 'withdrawn') ORDER BY id LIMIT 1"
        ),
        values![network_country, name_key(legal_name), except.unwrap_or(-1)],
    )
    .await
}

/// Moves an entity from `from` to `to`; false when it was no longer in `from` at `version`
/// (someone else acted first).
pub async fn set_status(
    c: &impl ConnectionTrait,
    id: i64,
    version: i32,
    from: Status,
    to: Status,
    note: &str,
    now: Ts,
) -> Result<bool, DbErr> {
    let changed = exec(
        c,
        "UPDATE entities SET status = ?, status_note = ?, version = version + 1, updated_at = ?,
         submitted_at = CASE WHEN ? THEN ? ELSE submitted_at END,
         activated_at = CASE WHEN ? THEN ? ELSE activated_at END,
         renewed_at = CASE WHEN ? THEN ? ELSE renewed_at END,
         renewal_reminded_at = CASE WHEN ? THEN NULL ELSE renewal_reminded_at END
         WHERE id = ? AND status = ? AND version = ?",
        values![
            to.as_str(),
            note,
            now,
            matches!(to, Status::AwaitingEndorsement | Status::AwaitingApproval)
                && from.editable_by_applicant(),
            now,
            // Admitted through the MOU, or imported as an existing member.
            to == Status::Active && matches!(from, Status::AwaitingMou | Status::Draft),
            now,
            to == Status::Active && from != Status::Suspended,
            now,
            to == Status::Active && from != Status::Suspended,
            id,
            from.as_str(),
            version
        ],
    )
    .await?;
    Ok(changed == 1)
}

#[allow(clippy::too_many_arguments)]
pub async fn record_event(
    c: &impl ConnectionTrait,
    entity: i64,
    actor: Option<i64>,
    step: &str,
    from: Status,
    to: Status,
    note: &str,
    now: Ts,
) -> Result<(), DbErr> {
    exec(
        c,
        "INSERT INTO membership_events (entity_id, at, actor_id, step, from_status, to_status, note)
         VALUES (?, ?, ?, ?, ?, ?, ?)",
        values![entity, now, actor, step, from.as_str(), to.as_str(), note],
    )
    .await?;
    Ok(())
}

pub async fn record_change(
    c: &impl ConnectionTrait,
    entity: i64,
    actor: Option<i64>,
    field: &str,
    before: &str,
    after: &str,
    now: Ts,
) -> Result<(), DbErr> {
    exec(
        c,
        "INSERT INTO entity_changes (entity_id, at, actor_id, field, before_value, after_value) VALUES (?, ?, ?, ?, ?, ?)",
        values![entity, now, actor, field, before, after],
    )
    .await?;
    Ok(())
}

#[derive(Debug, Clone, FromQueryResult)]
pub struct ChangeRow {
    pub at: Ts,
    pub actor_id: Option<i64>,
    pub field: String,
    pub before_value: String,
    pub after_value: String,
}

pub async fn changes(c: &impl ConnectionTrait, entity: i64) -> Result<Vec<ChangeRow>, DbErr> {
    all(
        c,
        "SELECT at, actor_id, field, before_value, after_value FROM entity_changes
         WHERE entity_id = ? ORDER BY id DESC",
        values![entity],
    )
    .await
}

#[derive(Debug, Clone, FromQueryResult)]
pub struct EventRow {
    pub at: Ts,
    pub actor_id: Option<i64>,
    pub to_status: Status,
    pub note: String,
}

pub async fn events(c: &impl ConnectionTrait, entity: i64) -> Result<Vec<EventRow>, DbErr> {
    all(
        c,
        "SELECT at, actor_id, to_status, note FROM membership_events WHERE entity_id = ? ORDER BY id",
        values![entity],
    )
    .await
}

#[derive(Debug, Default, Clone, serde::Deserialize)]
#[serde(default)]
pub struct PipelineFilter {
    pub status: String,
    pub country: String,
    pub q: String,
}

#[derive(Debug, Default, Clone, serde::Deserialize)]
#[serde(default)]
pub struct MemberFilter {
    pub status: String,
    pub country: String,
    pub kind: String,
    pub q: String,
}

/// The filters the pipeline and the members list share, added to `sql` as `AND` clauses.
/// `None` when `countries` limits to nothing (a focal point of no country sees nothing).
fn filtered(
    mut sql: String,
    status: &str,
    country: &str,
    kind: &str,
    q: &str,
    countries: Option<&[String]>,
) -> Option<(String, Vec<sea_orm::Value>)> {
    let mut vals: Vec<sea_orm::Value> = Vec::new();
    if let Some(status) = Status::parse(status) {
        sql.push_str(" AND status = ?");
        vals.push(status.as_str().into());
    }
    if !country.is_empty() {
        sql.push_str(" AND network_country = ?");
        vals.push(country.to_string().into());
    }
    if !kind.is_empty() {
        sql.push_str(" AND kind = ?");
        vals.push(kind.to_string().into());
    }
    if !q.trim().is_empty() {
        sql.push_str(" AND legal_name_key LIKE ?");
        vals.push(format!("%{}%", name_key(q)).into());
    }
    if let Some(countries) = countries {
        if countries.is_empty() {
            return None;
        }
        sql.push_str(&format!(" AND network_country IN ({})", vec!["?"; countries.len()].join(", ")));
        vals.extend(countries.iter().map(|c| c.clone().into()));
    }
    Some((sql, vals))
}

/// Members (every status but draft), filtered, by country and name; limited to some
/// countries for a focal point.
pub async fn members(
    c: &impl ConnectionTrait,
    f: &MemberFilter,
    countries: Option<&[String]>,
    limit: i64,
) -> Result<Vec<EntityRow>, DbErr> {
    let base = format!("SELECT {ENTITY_COLUMNS} FROM entities WHERE status <> 'draft'");
    let Some((mut sql, mut vals)) = filtered(base, &f.status, &f.country, &f.kind, &f.q, countries) else {
        return Ok(Vec::new());
    };
    sql.push_str(" ORDER BY network_country, legal_name_key, id LIMIT ?");
    vals.push(limit.into());
    all(c, &sql, vals).await
}

/// Applications on their way, oldest submission first, optionally limited to some countries.
pub async fn pipeline(
    c: &impl ConnectionTrait,
    f: &PipelineFilter,
    countries: Option<&[String]>,
) -> Result<Vec<EntityRow>, DbErr> {
    let base = format!(
        "SELECT {ENTITY_COLUMNS} FROM entities WHERE status IN ('awaiting_endorsement', 'sent_back',
         'awaiting_approval', 'awaiting_mou')"
    );
    let Some((mut sql, vals)) = filtered(base, &f.status, &f.country, "", &f.q, countries) else {
        return Ok(Vec::new());
    };
    sql.push_str(" ORDER BY submitted_at, id LIMIT 500");
    all(c, &sql, vals).await
}

pub async fn by_applicant(c: &impl ConnectionTrait, applicant: i64) -> Result<Vec<EntityRow>, DbErr> {
    all(
        c,
        &format!("SELECT {ENTITY_COLUMNS} FROM entities WHERE applicant_id = ? ORDER BY id DESC"),
        values![applicant],
    )
    .await
}

/// The coded lists of many entities.
#[derive(Debug, Default)]
pub struct Lists {
    pub constituencies: std::collections::HashMap<i64, Vec<String>>,
    pub sdgs: std::collections::HashMap<i64, Vec<u8>>,
    pub sectors: std::collections::HashMap<i64, Vec<String>>,
}

#[derive(Debug, Clone, FromQueryResult)]
struct ListRow {
    list: String,
    entity_id: i64,
    value: String,
}

/// Constituencies, SDGs and sectors of many entities in one query (none per entity).
pub async fn lists_for(c: &impl ConnectionTrait, ids: &[i64]) -> Result<Lists, DbErr> {
    let mut lists = Lists::default();
    if ids.is_empty() {
        return Ok(lists);
    }
    let marks = vec!["?"; ids.len()].join(", ");
    let mut vals: Vec<sea_orm::Value> = Vec::with_capacity(ids.len() * 3);
    for _ in 0..3 {
        vals.extend(ids.iter().map(|id| sea_orm::Value::from(*id)));
    }
    let rows: Vec<ListRow> = all(
        c,
        &format!(
            "SELECT 'c' AS list, entity_id, code AS value FROM entity_constituencies WHERE entity_id IN ({marks})
             UNION ALL SELECT 's', entity_id, CAST(sdg AS TEXT) FROM entity_sdgs WHERE entity_id IN ({marks})
             UNION ALL SELECT 'e', entity_id, code FROM entity_sectors WHERE entity_id IN ({marks})
             ORDER BY 1, 2, 3"
        ),
        vals,
    )
    .await?;
    for r in rows {
        match r.list.as_str() {
            "c" => lists.constituencies.entry(r.entity_id).or_default().push(r.value),
            "s" => lists.sdgs.entry(r.entity_id).or_default().extend(r.value.parse::<u8>().ok()),
            _ => lists.sectors.entry(r.entity_id).or_default().push(r.value),
        }
    }
    // SDGs were ordered as text ("10" before "2").
    for sdgs in lists.sdgs.values_mut() {
        sdgs.sort_unstable();
    }
    Ok(lists)
}

/// Active members of a country network, by name.
pub async fn active_in(c: &impl ConnectionTrait, country: &str) -> Result<Vec<EntityRow>, DbErr> {
    all(
        c,
        &format!("SELECT {ENTITY_COLUMNS} FROM entities WHERE network_country = ? AND status = 'active' ORDER BY legal_name_key"),
        values![country],
    )
    .await
}

/// Active members whose renewal is older than `since`: due for a reminder (not yet sent) or
/// past the grace period.
pub async fn renewals_older_than(
    c: &impl ConnectionTrait,
    since: Ts,
    not_reminded_only: bool,
) -> Result<Vec<EntityRow>, DbErr> {
    let reminded = if not_reminded_only { " AND renewal_reminded_at IS NULL" } else { "" };
    all(
        c,
        &format!(
            "SELECT {ENTITY_COLUMNS} FROM entities WHERE status = 'active' AND renewed_at < ?{reminded} ORDER BY id LIMIT 500"
        ),
        values![since],
    )
    .await
}

pub async fn mark_reminded(c: &impl ConnectionTrait, id: i64, now: Ts) -> Result<(), DbErr> {
    exec(c, "UPDATE entities SET renewal_reminded_at = ? WHERE id = ?", values![now, id]).await?;
    Ok(())
}

#[derive(Debug, Clone, FromQueryResult)]
pub struct CountRow {
    pub network_country: String,
    pub n: i64,
}

/// Active members per country network, in one query.
pub async fn active_counts(c: &impl ConnectionTrait) -> Result<Vec<CountRow>, DbErr> {
    all(
        c,
        "SELECT network_country, COUNT(*) AS n FROM entities WHERE status = 'active' GROUP BY network_country",
        vec![],
    )
    .await
}

/// Constituency codes served by the active members of a country network.
pub async fn constituencies_served(c: &impl ConnectionTrait, country: &str) -> Result<Vec<String>, DbErr> {
    let rows: Vec<CodeRow> = all(
        c,
        "SELECT DISTINCT ec.code FROM entity_constituencies ec JOIN entities e ON e.id = ec.entity_id
         WHERE e.network_country = ? AND e.status = 'active' ORDER BY ec.code",
        values![country],
    )
    .await?;
    Ok(rows.into_iter().map(|r| r.code).collect())
}

#[derive(Debug, Clone, FromQueryResult)]
pub struct MouRow {
    pub id: i64,
    pub version: i32,
    pub title: String,
    pub body: String,
    pub created_at: Ts,
}

pub async fn current_mou(c: &impl ConnectionTrait) -> Result<Option<MouRow>, DbErr> {
    one(
        c,
        "SELECT id, version, title, body, created_at FROM mou_versions ORDER BY version DESC LIMIT 1",
        vec![],
    )
    .await
}

pub async fn add_mou_version(
    c: &impl ConnectionTrait,
    title: &str,
    body: &str,
    by: i64,
    now: Ts,
) -> Result<i32, DbErr> {
    let next: i32 = scalar::<i32>(c, "SELECT COALESCE(MAX(version), 0) + 1 FROM mou_versions", vec![])
        .await?
        .unwrap_or(1);
    exec(
        c,
        "INSERT INTO mou_versions (version, title, body, created_at, created_by) VALUES (?, ?, ?, ?, ?)",
        values![next, title, body, now, by],
    )
    .await?;
    Ok(next)
}

#[allow(clippy::too_many_arguments)]
pub async fn accept_mou(
    c: &impl ConnectionTrait,
    entity: i64,
    mou: i64,
    signer_name: &str,
    signer_title: &str,
    signed_on: &str,
    by: i64,
    now: Ts,
) -> Result<(), DbErr> {
    exec(
        c,
        "INSERT INTO mou_acceptances (entity_id, mou_version_id, signer_name, signer_title, signed_on, accepted_by,
         accepted_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        values![entity, mou, signer_name, signer_title, signed_on, by, now],
    )
    .await?;
    Ok(())
}

/// An entity's latest MOU acceptance with the text accepted and management's countersignature.
#[derive(Debug, Clone, FromQueryResult)]
pub struct SignedMouRow {
    pub id: i64,
    pub version: i32,
    pub title: String,
    pub body: String,
    pub signer_name: String,
    pub signer_title: String,
    pub signed_on: String,
    pub accepted_by: i64,
    pub accepted_at: Ts,
    pub countersigned_by: Option<i64>,
    pub countersigned_at: Option<Ts>,
}

pub async fn signed_mou(c: &impl ConnectionTrait, entity: i64) -> Result<Option<SignedMouRow>, DbErr> {
    one(
        c,
        "SELECT a.id, m.version, m.title, m.body, a.signer_name, a.signer_title, a.signed_on, a.accepted_by,
         a.accepted_at, a.countersigned_by, a.countersigned_at FROM mou_acceptances a
         JOIN mou_versions m ON m.id = a.mou_version_id WHERE a.entity_id = ? ORDER BY a.id DESC LIMIT 1",
        values![entity],
    )
    .await
}

/// Countersigns an acceptance not yet countersigned; false when it already is (someone was
/// quicker), so a countersignature is never replaced.
pub async fn countersign_mou(
    c: &impl ConnectionTrait,
    acceptance: i64,
    by: i64,
    now: Ts,
) -> Result<bool, DbErr> {
    let done = exec(
        c,
        "UPDATE mou_acceptances SET countersigned_by = ?, countersigned_at = ?
         WHERE id = ? AND countersigned_at IS NULL",
        values![by, now, acceptance],
    )
    .await?;
    Ok(done == 1)
}

/// The members whose latest accepted MOU management has not countersigned yet, oldest first.
const AWAITING_COUNTERSIGNATURE: &str = "FROM mou_acceptances a JOIN entities e ON e.id = a.entity_id
     WHERE a.countersigned_at IS NULL AND e.status IN ('active', 'suspended', 'lapsed')
     AND a.id = (SELECT MAX(l.id) FROM mou_acceptances l WHERE l.entity_id = a.entity_id)";

#[derive(Debug, Clone, FromQueryResult)]
pub struct AwaitingCountersignRow {
    pub entity_id: i64,
    pub legal_name: String,
    pub signed_on: String,
}

pub async fn awaiting_countersignature(
    c: &impl ConnectionTrait,
    limit: u64,
) -> Result<Vec<AwaitingCountersignRow>, DbErr> {
    all(
        c,
        &format!(
            "SELECT a.entity_id, e.legal_name, a.signed_on {AWAITING_COUNTERSIGNATURE} ORDER BY a.accepted_at, a.id LIMIT {limit}"
        ),
        vec![],
    )
    .await
}

pub async fn count_awaiting_countersignature(c: &impl ConnectionTrait) -> Result<i64, DbErr> {
    Ok(scalar::<i64>(c, &format!("SELECT COUNT(*) {AWAITING_COUNTERSIGNATURE}"), vec![]).await?.unwrap_or(0))
}

pub async fn chat_link(c: &impl ConnectionTrait, country: &str) -> Result<Option<String>, DbErr> {
    scalar(c, "SELECT chat_link FROM country_settings WHERE country_code = ?", values![country]).await
}

pub async fn set_chat_link(
    c: &impl ConnectionTrait,
    country: &str,
    link: &str,
    by: i64,
    now: Ts,
) -> Result<(), DbErr> {
    exec(
        c,
        "INSERT INTO country_settings (country_code, chat_link, updated_at, updated_by) VALUES (?, ?, ?, ?)
         ON CONFLICT (country_code) DO UPDATE SET chat_link = excluded.chat_link, updated_at = excluded.updated_at,
         updated_by = excluded.updated_by",
        values![country, link, now, by],
    )
    .await?;
    Ok(())
}

/// Whether any of `entities` is an active member of the country network.
pub async fn any_active_in(c: &impl ConnectionTrait, entities: &[i64], country: &str) -> Result<bool, DbErr> {
    if entities.is_empty() {
        return Ok(false);
    }
    let marks = vec!["?"; entities.len()].join(", ");
    let mut vals: Vec<sea_orm::Value> = entities.iter().map(|id| (*id).into()).collect();
    vals.push(country.to_string().into());
    let n: i64 = scalar(
        c,
        &format!("SELECT COUNT(*) FROM entities WHERE id IN ({marks}) AND network_country = ? AND status = 'active'"),
        vals,
    )
    .await?
    .unwrap_or(0);
    Ok(n > 0)
}

/// The file of an entity's logo, if it has one.
pub async fn logo_file(c: &impl ConnectionTrait, entity: i64) -> Result<Option<i64>, DbErr> {
    scalar::<i64>(c, "SELECT file_id FROM entity_logo_files WHERE entity_id = ?", values![entity]).await
}

/// Sets an entity's logo; returns the file it replaces, for the caller to release.
pub async fn set_logo_file(
    c: &impl ConnectionTrait,
    entity: i64,
    file: i64,
    now: Ts,
) -> Result<Option<i64>, DbErr> {
    let old = logo_file(c, entity).await?;
    exec(
        c,
        "INSERT INTO entity_logo_files (entity_id, file_id, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (entity_id) DO UPDATE SET file_id = excluded.file_id, updated_at = excluded.updated_at",
        values![entity, file, now],
    )
    .await?;
    Ok(old.filter(|old| *old != file))
}

/// A logo still kept as bytes in the database, from before the file store.
#[derive(Debug, Clone, FromQueryResult)]
pub struct LegacyLogo {
    pub entity_id: i64,
    pub bytes: Vec<u8>,
    pub updated_at: Ts,
}

pub async fn legacy_logo_count(c: &impl ConnectionTrait) -> Result<i64, DbErr> {
    Ok(scalar::<i64>(c, "SELECT COUNT(*) FROM entity_logos", values![]).await?.unwrap_or(0))
}

/// The next logos to move into the file store, a few at a time (they are large).
pub async fn legacy_logos(c: &impl ConnectionTrait, limit: i64) -> Result<Vec<LegacyLogo>, DbErr> {
    all(c, "SELECT entity_id, bytes, updated_at FROM entity_logos ORDER BY entity_id LIMIT ?", values![limit])
        .await
}

pub async fn forget_legacy_logo(c: &impl ConnectionTrait, entity: i64) -> Result<(), DbErr> {
    exec(c, "DELETE FROM entity_logos WHERE entity_id = ?", values![entity]).await?;
    Ok(())
}

#[derive(Debug, Clone, FromQueryResult)]
struct Tally {
    n: i64,
}

/// How many entities have `status`, in `countries` when given.
pub async fn count_with_status(
    c: &impl ConnectionTrait,
    status: Status,
    countries: Option<&[String]>,
) -> Result<i64, DbErr> {
    let mut sql = String::from("SELECT COUNT(*) AS n FROM entities WHERE status = ?");
    let mut vals: Vec<sea_orm::Value> = vec![status.as_str().into()];
    if let Some(countries) = countries {
        if countries.is_empty() {
            return Ok(0);
        }
        sql.push_str(&format!(" AND network_country IN ({})", vec!["?"; countries.len()].join(", ")));
        vals.extend(countries.iter().map(|c| sea_orm::Value::from(c.clone())));
    }
    Ok(one::<Tally>(c, &sql, vals).await?.map_or(0, |t| t.n))
}

#[derive(Debug, Clone, FromQueryResult)]
pub struct RenewalDue {
    pub id: i64,
    pub legal_name: String,
    pub renewed_at: Ts,
}

/// Active members renewed before `renewed_before` (their renewal is near or past), the
/// oldest first; only `among` when given.
pub async fn renewals_due(
    c: &impl ConnectionTrait,
    renewed_before: Ts,
    among: Option<&[i64]>,
) -> Result<Vec<RenewalDue>, DbErr> {
    let mut sql = String::from(
        "SELECT id, legal_name, renewed_at FROM entities WHERE status = 'active' AND renewed_at < ?",
    );
    let mut vals: Vec<sea_orm::Value> = vec![renewed_before.into()];
    if let Some(ids) = among {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        sql.push_str(&format!(" AND id IN ({})", vec!["?"; ids.len()].join(", ")));
        vals.extend(ids.iter().map(|id| sea_orm::Value::from(*id)));
    }
    sql.push_str(" ORDER BY renewed_at, id LIMIT 500");
    all(c, &sql, vals).await
}

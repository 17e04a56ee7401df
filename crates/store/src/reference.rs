//! Reference data: shipped as `reference/asec.toml`, embedded in the binary, seeded into the
//! `ref_*` tables on every start (an upsert, so seeding twice changes nothing), and read back
//! from the database so that the database stays the one source at run time.

use crate::{exec, values};
use kernel::refdata::{
    Constituency, Country, EntityKind, Names, Network, ReferenceData, Sdg, Sector, SseDimension, Subregion,
};
use kernel::{CountryCode, SubregionCode};
use sea_orm::{ConnectionTrait, DbErr, FromQueryResult, TransactionTrait};
use std::collections::BTreeMap;

const EMBEDDED: &str = include_str!("../reference/asec.toml");

/// Parses and checks a reference-data document.
pub fn parse(text: &str) -> anyhow::Result<ReferenceData> {
    let data: ReferenceData = toml::from_str(text)?;
    let problems = data.problems();
    anyhow::ensure!(problems.is_empty(), "reference data: {}", problems.join("; "));
    Ok(data)
}

pub fn load_embedded() -> anyhow::Result<ReferenceData> {
    parse(EMBEDDED)
}

fn i18n(names: &Names) -> String {
    serde_json::to_string(&names.other).expect("a map of strings serialises")
}

fn names(en: String, i18n: &str) -> Names {
    Names { en, other: serde_json::from_str(i18n).unwrap_or_default() }
}

/// Inserts or updates every reference row in one transaction.
pub async fn seed(db: &sea_orm::DatabaseConnection, data: &ReferenceData) -> Result<(), DbErr> {
    let tx = db.begin().await?;
    let n = &data.network;
    exec(
        &tx,
        "INSERT INTO ref_network (code, name, i18n, short_name) VALUES (?, ?, ?, ?)
         ON CONFLICT (code) DO UPDATE SET name = excluded.name, i18n = excluded.i18n,
         short_name = excluded.short_name",
        values![n.code.clone(), n.name.en.clone(), i18n(&n.name), n.short_name.clone()],
    )
    .await?;
    for (position, s) in data.subregions.iter().enumerate() {
        exec(
            &tx,
            "INSERT INTO ref_subregions (code, name, i18n, coordinator, position) VALUES (?, ?, ?, ?, ?)
             ON CONFLICT (code) DO UPDATE SET name = excluded.name, i18n = excluded.i18n,
             coordinator = excluded.coordinator, position = excluded.position",
            values![
                s.code.0.clone(),
                s.name.en.clone(),
                i18n(&s.name),
                s.coordinator.clone(),
                position as i32
            ],
        )
        .await?;
    }
    for (position, c) in data.countries.iter().enumerate() {
        let territories: Vec<&str> = c.territories.iter().map(CountryCode::as_str).collect();
        exec(
            &tx,
            "INSERT INTO ref_countries (code, name, i18n, subregion_code, territories, target_min,
             target_max, may_exceed_target, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
             ON CONFLICT (code) DO UPDATE SET name = excluded.name, i18n = excluded.i18n,
             subregion_code = excluded.subregion_code, territories = excluded.territories,
             target_min = excluded.target_min, target_max = excluded.target_max,
             may_exceed_target = excluded.may_exceed_target, position = excluded.position",
            values![
                c.code.as_str(),
                c.name.en.clone(),
                i18n(&c.name),
                c.subregion.0.clone(),
                serde_json::to_string(&territories).expect("strings serialise"),
                c.target_min as i32,
                c.target_max as i32,
                c.may_exceed_target,
                position as i32
            ],
        )
        .await?;
    }
    for g in &data.sdgs {
        let translations = serde_json::json!({ "title": g.title.other, "short_title": g.short_title.other });
        exec(
            &tx,
            "INSERT INTO ref_sdgs (number, title, short_title, i18n, colour) VALUES (?, ?, ?, ?, ?)
             ON CONFLICT (number) DO UPDATE SET title = excluded.title, short_title = excluded.short_title,
             i18n = excluded.i18n, colour = excluded.colour",
            values![
                i32::from(g.number),
                g.title.en.clone(),
                g.short_title.en.clone(),
                translations.to_string(),
                g.colour.clone()
            ],
        )
        .await?;
    }
    for d in &data.dimensions {
        exec(
            &tx,
            "INSERT INTO ref_sse_dimensions (number, code, name, i18n) VALUES (?, ?, ?, ?)
             ON CONFLICT (number) DO UPDATE SET code = excluded.code, name = excluded.name,
             i18n = excluded.i18n",
            values![i32::from(d.number), d.code.clone(), d.name.en.clone(), i18n(&d.name)],
        )
        .await?;
    }
    for (position, c) in data.constituencies.iter().enumerate() {
        exec(
            &tx,
            "INSERT INTO ref_constituencies (code, name, i18n, position) VALUES (?, ?, ?, ?)
             ON CONFLICT (code) DO UPDATE SET name = excluded.name, i18n = excluded.i18n,
             position = excluded.position",
            values![c.code.clone(), c.name.en.clone(), i18n(&c.name), position as i32],
        )
        .await?;
    }
    for (position, k) in data.sectors.iter().enumerate() {
        exec(
            &tx,
            "INSERT INTO ref_sectors (code, name, i18n, position) VALUES (?, ?, ?, ?)
             ON CONFLICT (code) DO UPDATE SET name = excluded.name, i18n = excluded.i18n,
             position = excluded.position",
            values![k.code.clone(), k.name.en.clone(), i18n(&k.name), position as i32],
        )
        .await?;
    }
    for (position, k) in data.entity_kinds.iter().enumerate() {
        exec(
            &tx,
            "INSERT INTO ref_entity_kinds (code, name, i18n, position) VALUES (?, ?, ?, ?)
             ON CONFLICT (code) DO UPDATE SET name = excluded.name, i18n = excluded.i18n,
             position = excluded.position",
            values![k.code.clone(), k.name.en.clone(), i18n(&k.name), position as i32],
        )
        .await?;
    }
    tx.commit().await
}

#[derive(FromQueryResult)]
struct NamedRow {
    code: String,
    name: String,
    i18n: String,
    extra: String,
}

#[derive(FromQueryResult)]
struct CountryRow {
    code: String,
    name: String,
    i18n: String,
    subregion_code: String,
    territories: String,
    target_min: i32,
    target_max: i32,
    may_exceed_target: bool,
}

#[derive(FromQueryResult)]
struct SdgRow {
    number: i32,
    title: String,
    short_title: String,
    i18n: String,
    colour: String,
}

#[derive(FromQueryResult)]
struct DimensionRow {
    number: i32,
    code: String,
    name: String,
    i18n: String,
}

fn corrupt(what: &str) -> DbErr {
    DbErr::Custom(format!("reference data in the database is not valid: {what}"))
}

/// Reads the reference data back from the database.
pub async fn load(db: &impl ConnectionTrait) -> Result<ReferenceData, DbErr> {
    let network =
        crate::one::<NamedRow>(db, "SELECT code, name, i18n, short_name AS extra FROM ref_network", vec![])
            .await?
            .ok_or_else(|| corrupt("no network"))?;
    let subregions = crate::all::<NamedRow>(
        db,
        "SELECT code, name, i18n, coordinator AS extra FROM ref_subregions ORDER BY position",
        vec![],
    )
    .await?;
    let countries = crate::all::<CountryRow>(
        db,
        "SELECT code, name, i18n, subregion_code, territories, target_min, target_max,
         may_exceed_target FROM ref_countries ORDER BY position",
        vec![],
    )
    .await?;
    let sdgs = crate::all::<SdgRow>(
        db,
        "SELECT number, title, short_title, i18n, colour FROM ref_sdgs ORDER BY number",
        vec![],
    )
    .await?;
    let dimensions = crate::all::<DimensionRow>(
        db,
        "SELECT number, code, name, i18n FROM ref_sse_dimensions ORDER BY number",
        vec![],
    )
    .await?;
    let constituencies = crate::all::<NamedRow>(
        db,
        "SELECT code, name, i18n, '' AS extra FROM ref_constituencies ORDER BY position",
        vec![],
    )
    .await?;
    let sectors = crate::all::<NamedRow>(
        db,
        "SELECT code, name, i18n, '' AS extra FROM ref_sectors ORDER BY position",
        vec![],
    )
    .await?;
    let entity_kinds = crate::all::<NamedRow>(
        db,
        "SELECT code, name, i18n, '' AS extra FROM ref_entity_kinds ORDER BY position",
        vec![],
    )
    .await?;

    let mut countries_out = Vec::with_capacity(countries.len());
    for c in countries {
        let territories: Vec<String> =
            serde_json::from_str(&c.territories).map_err(|_| corrupt("territories"))?;
        countries_out.push(Country {
            code: CountryCode::parse(&c.code).ok_or_else(|| corrupt("country code"))?,
            name: names(c.name, &c.i18n),
            subregion: SubregionCode(c.subregion_code),
            territories: territories.iter().filter_map(|t| CountryCode::parse(t)).collect(),
            target_min: c.target_min as u32,
            target_max: c.target_max as u32,
            may_exceed_target: c.may_exceed_target,
        });
    }
    Ok(ReferenceData {
        network: Network {
            code: network.code,
            name: names(network.name, &network.i18n),
            short_name: network.extra,
        },
        subregions: subregions
            .into_iter()
            .map(|s| Subregion {
                code: SubregionCode(s.code),
                name: names(s.name, &s.i18n),
                coordinator: s.extra,
            })
            .collect(),
        countries: countries_out,
        sdgs: sdgs
            .into_iter()
            .map(|g| {
                let t: BTreeMap<String, BTreeMap<String, String>> =
                    serde_json::from_str(&g.i18n).unwrap_or_default();
                Sdg {
                    number: g.number as u8,
                    title: Names { en: g.title, other: t.get("title").cloned().unwrap_or_default() },
                    short_title: Names {
                        en: g.short_title,
                        other: t.get("short_title").cloned().unwrap_or_default(),
                    },
                    colour: g.colour,
                }
            })
            .collect(),
        dimensions: dimensions
            .into_iter()
            .map(|d| SseDimension { number: d.number as u8, code: d.code, name: names(d.name, &d.i18n) })
            .collect(),
        constituencies: constituencies
            .into_iter()
            .map(|c| Constituency { code: c.code, name: names(c.name, &c.i18n) })
            .collect(),
        entity_kinds: entity_kinds
            .into_iter()
            .map(|k| EntityKind { code: k.code, name: names(k.name, &k.i18n) })
            .collect(),
        sectors: sectors.into_iter().map(|k| Sector { code: k.code, name: names(k.name, &k.i18n) }).collect(),
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn embedded_reference_data_is_coherent() {
        let data = super::load_embedded().expect("embedded reference data parses");
        assert_eq!(data.network.short_name, "ASEC");
        assert_eq!(data.subregions.len(), 3);
        assert_eq!(data.countries.len(), 18);
        assert_eq!(data.sdgs.len(), 17);
        assert_eq!(data.dimensions.len(), 5);
        assert_eq!(data.entity_kinds.len(), 12);
        assert_eq!(data.sectors.len(), 28);
        let hk = kernel::CountryCode::parse("HK").unwrap();
        assert_eq!(data.country_network_for(&hk).unwrap().code.as_str(), "CN");
        for lang in ["id", "ms"] {
            for c in &data.countries {
                assert!(c.name.other.contains_key(lang), "{} lacks {lang}", c.code);
            }
        }
    }
}

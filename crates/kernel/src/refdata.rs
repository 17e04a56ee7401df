//! Reference data: the network, its sub-regions and countries, the SDGs, the SSE dimensions and
//! the constituencies. It is data (a TOML file the binary embeds, see `store::reference`), so
//! another network can replace it; these are only its shapes.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// ISO 3166-1 alpha-2 code, upper case.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct CountryCode(String);

impl CountryCode {
    pub fn parse(raw: &str) -> Option<Self> {
        let code = raw.trim().to_ascii_uppercase();
        (code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase())).then_some(Self(code))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for CountryCode {
    type Error = String;
    fn try_from(raw: String) -> Result<Self, String> {
        Self::parse(&raw).ok_or_else(|| format!("not an ISO 3166-1 alpha-2 code: {raw}"))
    }
}

impl From<CountryCode> for String {
    fn from(code: CountryCode) -> String {
        code.0
    }
}

impl std::fmt::Display for CountryCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// A sub-region's slug, such as `south-asia`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct SubregionCode(pub String);

impl std::fmt::Display for SubregionCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// A name in English plus optional translations keyed by language tag (`id`, `ms`, …).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Names {
    pub en: String,
    #[serde(flatten)]
    pub other: BTreeMap<String, String>,
}

impl Names {
    /// The name in `lang`, falling back to English.
    pub fn get(&self, lang: &str) -> &str {
        self.other.get(lang).map(String::as_str).unwrap_or(&self.en)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Network {
    pub code: String,
    pub name: Names,
    pub short_name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Subregion {
    pub code: SubregionCode,
    pub name: Names,
    /// The coordinating entity as the council names it; linked to an entity once one exists.
    pub coordinator: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Country {
    pub code: CountryCode,
    pub name: Names,
    pub subregion: SubregionCode,
    /// Territories whose organisations belong to this country network (Hong Kong to China).
    #[serde(default)]
    pub territories: Vec<CountryCode>,
    pub target_min: u32,
    pub target_max: u32,
    /// Large countries (India, China) may exceed the target number of partners.
    #[serde(default)]
    pub may_exceed_target: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sdg {
    pub number: u8,
    pub title: Names,
    pub short_title: Names,
    /// Official colour as `#RRGGBB`.
    pub colour: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SseDimension {
    pub number: u8,
    pub code: String,
    pub name: Names,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Constituency {
    pub code: String,
    pub name: Names,
}

/// A kind of organisation: cooperative, social enterprise, association, …
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntityKind {
    pub code: String,
    pub name: Names,
}

/// An economic sector; codes are ESSGlobal's ICA activities.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sector {
    pub code: String,
    pub name: Names,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReferenceData {
    pub network: Network,
    pub subregions: Vec<Subregion>,
    pub countries: Vec<Country>,
    pub sdgs: Vec<Sdg>,
    pub dimensions: Vec<SseDimension>,
    pub constituencies: Vec<Constituency>,
    pub entity_kinds: Vec<EntityKind>,
    pub sectors: Vec<Sector>,
}

impl ReferenceData {
    pub fn country(&self, code: &CountryCode) -> Option<&Country> {
        self.countries.iter().find(|c| &c.code == code)
    }

    /// The country network an organisation in `code` belongs to: itself, or the country that
    /// lists it as a territory.
    pub fn country_network_for(&self, code: &CountryCode) -> Option<&Country> {
        self.country(code).or_else(|| self.countries.iter().find(|c| c.territories.contains(code)))
    }

    /// The network country's name in `lang`, or the code itself for any other (a territory).
    pub fn country_name(&self, code: &str, lang: &str) -> String {
        CountryCode::parse(code)
            .and_then(|c| self.country(&c).map(|c| c.name.get(lang).to_string()))
            .unwrap_or_else(|| code.to_string())
    }

    pub fn entity_kind(&self, code: &str) -> Option<&EntityKind> {
        self.entity_kinds.iter().find(|k| k.code == code)
    }

    pub fn subregion(&self, code: &SubregionCode) -> Option<&Subregion> {
        self.subregions.iter().find(|s| &s.code == code)
    }

    /// A country network by its code as stored or typed (`"ID"`, `"id"`).
    pub fn country_by_code(&self, code: &str) -> Option<&Country> {
        CountryCode::parse(code).and_then(|c| self.countries.iter().find(|x| x.code == c))
    }

    /// A sub-region by its slug as stored or typed.
    pub fn subregion_by_code(&self, code: &str) -> Option<&Subregion> {
        self.subregions.iter().find(|s| s.code.0 == code)
    }

    /// The country networks of a sub-region, in the reference data's order.
    pub fn countries_of<'a>(
        &'a self,
        subregion: &'a SubregionCode,
    ) -> impl Iterator<Item = &'a Country> + 'a {
        self.countries.iter().filter(move |c| &c.subregion == subregion)
    }

    pub fn constituency(&self, code: &str) -> Option<&Constituency> {
        self.constituencies.iter().find(|c| c.code == code)
    }

    pub fn sector(&self, code: &str) -> Option<&Sector> {
        self.sectors.iter().find(|s| s.code == code)
    }

    pub fn sdg(&self, number: u8) -> Option<&Sdg> {
        self.sdgs.iter().find(|s| s.number == number)
    }

    pub fn dimension(&self, number: u8) -> Option<&SseDimension> {
        self.dimensions.iter().find(|d| d.number == number)
    }

    /// Where a country network sits, for the permission rule; `None` for an unknown code.
    pub fn country_target(&self, code: &str) -> Option<crate::Target> {
        let country = self.country_by_code(code)?;
        Some(crate::Target::country(country.subregion.clone(), country.code.clone()))
    }

    /// Where a member organisation of the `network_country` network sits.
    pub fn entity_target(&self, network_country: &str, entity: crate::EntityId) -> Option<crate::Target> {
        let country = self.country_by_code(network_country)?;
        Some(crate::Target::entity(country.subregion.clone(), country.code.clone(), entity))
    }

    /// Where an object of a whole sub-region sits (a proposal it decides): its countries too.
    pub fn subregion_target(&self, code: &str) -> Option<crate::Target> {
        let subregion = self.subregion_by_code(code)?;
        let countries = self.countries_of(&subregion.code).map(|c| c.code.clone()).collect();
        Some(crate::Target::subregion(subregion.code.clone(), countries))
    }

    /// Checks that the data is coherent: unique codes, every country in a known sub-region,
    /// sane targets. Returns every problem, not just the first.
    pub fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        let mut seen = std::collections::BTreeSet::new();
        for s in &self.subregions {
            if !seen.insert(format!("subregion:{}", s.code)) {
                problems.push(format!("duplicate sub-region {}", s.code));
            }
        }
        for c in &self.countries {
            if !seen.insert(format!("country:{}", c.code)) {
                problems.push(format!("duplicate country {}", c.code));
            }
            if self.subregion(&c.subregion).is_none() {
                problems.push(format!("country {} names unknown sub-region {}", c.code, c.subregion));
            }
            if c.target_min > c.target_max {
                problems.push(format!("country {} has target_min above target_max", c.code));
            }
        }
        for (i, sdg) in self.sdgs.iter().enumerate() {
            if usize::from(sdg.number) != i + 1 {
                problems.push(format!("SDG {} is out of order", sdg.number));
            }
            let hex = sdg.colour.strip_prefix('#').unwrap_or("");
            if hex.len() != 6 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
                problems.push(format!("SDG {} colour {} is not #RRGGBB", sdg.number, sdg.colour));
            }
        }
        for (i, d) in self.dimensions.iter().enumerate() {
            if usize::from(d.number) != i + 1 {
                problems.push(format!("dimension {} is out of order", d.number));
            }
        }
        problems
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn country_codes_are_two_upper_case_letters() {
        assert_eq!(CountryCode::parse(" in ").unwrap().as_str(), "IN");
        assert!(CountryCode::parse("IND").is_none());
        assert!(CountryCode::parse("I1").is_none());
        assert!(CountryCode::parse("").is_none());
    }

    #[test]
    fn names_fall_back_to_english() {
        let names = Names { en: "Women".into(), other: [("id".to_string(), "Perempuan".to_string())].into() };
        assert_eq!(names.get("id"), "Perempuan");
        assert_eq!(names.get("ms"), "Women");
    }

    /// The reference data the platform ships.
    fn shipped() -> ReferenceData {
        toml::from_str(include_str!("../../store/reference/asec.toml")).expect("the shipped reference data")
    }

    fn cc(code: &str) -> CountryCode {
        CountryCode::parse(code).unwrap()
    }

    #[test]
    fn country_codes_convert_both_ways() {
        assert_eq!(CountryCode::try_from("id".to_string()), Ok(cc("ID")));
        assert_eq!(
            CountryCode::try_from("IDN".to_string()),
            Err("not an ISO 3166-1 alpha-2 code: IDN".to_string())
        );
        assert_eq!(String::from(cc("MY")), "MY");
        assert_eq!(cc("MY").to_string(), "MY");
        assert_eq!(SubregionCode("east-asia".into()).to_string(), "east-asia");
        assert!(CountryCode::parse("Ä1").is_none());
        assert!(CountryCode::parse("É").is_none(), "two bytes, one letter");
    }

    #[test]
    fn the_shipped_data_is_coherent() {
        assert_eq!(shipped().problems(), Vec::<String>::new());
    }

    #[test]
    fn look_ups_find_by_code() {
        let r = shipped();
        assert_eq!(r.country(&cc("ID")).unwrap().name.en, "Indonesia");
        assert!(r.country(&cc("FR")).is_none());
        assert_eq!(r.country_network_for(&cc("HK")).unwrap().code, cc("CN"), "a territory");
        assert_eq!(r.country_network_for(&cc("CN")).unwrap().code, cc("CN"));
        assert!(r.country_network_for(&cc("FR")).is_none());
        assert_eq!(r.country_name("id", "id"), "Indonesia");
        assert_eq!(r.country_name("KR", "en"), "South Korea");
        assert_eq!(r.country_name("HK", "en"), "HK", "a territory by its code");
        assert_eq!(r.country_name("nowhere", "en"), "nowhere");
        assert_eq!(r.entity_kind("cooperative").unwrap().name.get("id"), "Koperasi");
        assert!(r.entity_kind("bank").is_none());
        let east = SubregionCode("east-asia".into());
        assert_eq!(r.subregion(&east).unwrap().name.en, "East Asia");
        assert!(r.subregion(&SubregionCode("europe".into())).is_none());
        assert_eq!(r.country_by_code(" my ").unwrap().code, cc("MY"));
        assert!(r.country_by_code("FR").is_none());
        assert!(r.country_by_code("").is_none());
        assert_eq!(r.subregion_by_code("south-asia").unwrap().code.0, "south-asia");
        assert!(r.subregion_by_code("europe").is_none());
        let codes: Vec<&str> = r.countries_of(&east).map(|c| c.code.as_str()).collect();
        assert_eq!(codes, ["JP", "KR", "CN"]);
        assert_eq!(r.constituency("women").unwrap().name.en, "Women");
        assert!(r.constituency("kings").is_none());
        assert_eq!(r.sector("ICA20").unwrap().name.en, "Dairy");
        assert!(r.sector("ICA999").is_none());
        assert_eq!(r.sdg(5).unwrap().colour, "#FF3A21");
        assert!(r.sdg(18).is_none());
        assert_eq!(r.dimension(4).unwrap().code, "ecology");
        assert!(r.dimension(6).is_none());
    }

    #[test]
    fn targets_place_countries_entities_and_sub_regions() {
        let r = shipped();
        let sea = SubregionCode("southeast-asia".into());
        assert_eq!(r.country_target("id"), Some(crate::Target::country(sea.clone(), cc("ID"))));
        assert_eq!(r.country_target("FR"), None);
        assert_eq!(
            r.entity_target("ID", crate::EntityId(7)),
            Some(crate::Target::entity(sea.clone(), cc("ID"), crate::EntityId(7)))
        );
        assert_eq!(r.entity_target("FR", crate::EntityId(7)), None);
        let east = r.subregion_target("east-asia").unwrap();
        assert_eq!(
            east,
            crate::Target::subregion(SubregionCode("east-asia".into()), vec![cc("JP"), cc("KR"), cc("CN")])
        );
        assert_eq!(r.subregion_target("europe"), None);
    }

    #[test]
    fn every_problem_of_the_data_is_named() {
        let mut r = shipped();
        r.subregions.push(r.subregions[0].clone());
        let mut twin = r.countries[0].clone();
        twin.subregion = SubregionCode("europe".into());
        twin.target_min = 11;
        r.countries.push(twin);
        let mut fine = r.countries[1].clone();
        fine.code = cc("ZZ");
        fine.target_min = fine.target_max;
        r.countries.push(fine);
        r.sdgs.swap(0, 1);
        r.sdgs[2].colour = "#12345".into();
        r.sdgs[3].colour = "123456".into();
        r.sdgs[4].colour = "#12345G".into();
        r.sdgs[5].colour = "#abcdef".into();
        r.dimensions.swap(3, 4);
        assert_eq!(
            r.problems(),
            [
                "duplicate sub-region south-asia",
                "duplicate country IN",
                "country IN names unknown sub-region europe",
                "country IN has target_min above target_max",
                "SDG 2 is out of order",
                "SDG 1 is out of order",
                "SDG 3 colour #12345 is not #RRGGBB",
                "SDG 4 colour 123456 is not #RRGGBB",
                "SDG 5 colour #12345G is not #RRGGBB",
                "dimension 5 is out of order",
                "dimension 4 is out of order",
            ]
        );
    }
}

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
}

//! The directory's rules: which filters a URL may carry, what a project must hold, the open
//! data licences, the map's projection, and how member kinds map to ESSGlobal legal forms.

use kernel::ReferenceData;
use kernel::validate::{count, micro_degrees, too_long, web_address};
use serde::Deserialize;

/// Entities or projects on one page of the directory.
pub const PAGE_SIZE: i64 = 24;
/// The highest page number anyone may ask for; a page beyond the results is simply empty.
pub const MAX_PAGE: i64 = 100_000;
/// Rows in one download (the whole network today, with room to grow).
pub const MAX_EXPORT_ROWS: i64 = 50_000;

/// The directory's filters as they come in a URL; every value a string, checked by `check`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct DirectoryQuery {
    pub subregion: String,
    pub country: String,
    pub kind: String,
    pub constituency: String,
    pub sector: String,
    pub sdg: String,
    pub dimension: String,
    pub q: String,
    pub sort: String,
    pub page: String,
}

/// The order of a list: by name, newest first, or by country.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Sort {
    #[default]
    Name,
    Newest,
    Country,
}

/// The filters on members that a directory page asks membership for (its `public::Facets`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MemberFacets {
    /// Country networks (a sub-region is its countries); empty filters nothing.
    pub countries: Vec<String>,
    pub kind: Option<String>,
    pub constituency: Option<String>,
    pub sector: Option<String>,
    pub sdg: Option<u8>,
    pub dimension: Option<u8>,
    pub q: String,
}

/// Checked filters.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub subregion: Option<String>,
    pub country: Option<String>,
    pub kind: Option<String>,
    pub constituency: Option<String>,
    pub sector: Option<String>,
    pub sdg: Option<u8>,
    pub dimension: Option<u8>,
    pub q: String,
    pub sort: Sort,
    pub page: i64,
}

/// A filter value the directory does not know: the parameter and its message key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unknown {
    pub param: &'static str,
    pub message_key: &'static str,
}

/// The longest search accepted; longer is refused rather than silently cut.
pub const MAX_QUERY_CHARS: usize = kernel::validate::MAX_SEARCH_CHARS;

pub fn check(q: &DirectoryQuery, r: &ReferenceData) -> Result<Filter, Vec<Unknown>> {
    let mut unknown = Vec::new();
    let mut bad = |param, message_key| unknown.push(Unknown { param, message_key });
    let text = |s: &str| Some(s.trim().to_string()).filter(|s| !s.is_empty());
    let subregion = text(&q.subregion);
    if let Some(code) = &subregion
        && r.subregion_by_code(code).is_none()
    {
        bad("subregion", "error-subregion-unknown");
    }
    let country = text(&q.country).map(|c| c.to_ascii_uppercase());
    if let Some(code) = &country
        && r.country_by_code(code).is_none()
    {
        bad("country", "error-country-unknown");
    }
    let kind = text(&q.kind);
    if kind.as_deref().is_some_and(|k| r.entity_kind(k).is_none()) {
        bad("kind", "error-kind-unknown");
    }
    let constituency = text(&q.constituency);
    if constituency.as_deref().is_some_and(|k| r.constituency(k).is_none()) {
        bad("constituency", "error-constituency-unknown");
    }
    let sector = text(&q.sector);
    if sector.as_deref().is_some_and(|k| r.sector(k).is_none()) {
        bad("sector", "error-sector-unknown");
    }
    let number = |raw: &str, max: usize| -> Result<Option<u8>, ()> {
        match text(raw) {
            None => Ok(None),
            Some(v) => {
                v.parse::<u8>().ok().filter(|n| (1..=max).contains(&usize::from(*n))).map(Some).ok_or(())
            }
        }
    };
    let sdg = number(&q.sdg, r.sdgs.len()).unwrap_or_else(|()| {
        bad("sdg", "error-sdg-unknown");
        None
    });
    let dimension = number(&q.dimension, r.dimensions.len()).unwrap_or_else(|()| {
        bad("dimension", "error-dimension-unknown");
        None
    });
    let search = q.q.split_whitespace().collect::<Vec<_>>().join(" ");
    if too_long(&search, MAX_QUERY_CHARS) {
        bad("q", "error-search-too-long");
    }
    let sort = match q.sort.trim() {
        "" | "name" => Sort::Name,
        "newest" => Sort::Newest,
        "country" => Sort::Country,
        _ => {
            bad("sort", "error-sort-unknown");
            Sort::Name
        }
    };
    let page = match q.page.trim() {
        "" => 1,
        raw => match raw.parse::<i64>() {
            Ok(n) if (1..=MAX_PAGE).contains(&n) => n,
            _ => {
                bad("page", "error-page");
                1
            }
        },
    };
    if !unknown.is_empty() {
        return Err(unknown);
    }
    Ok(Filter { subregion, country, kind, constituency, sector, sdg, dimension, q: search, sort, page })
}

impl Filter {
    /// The country networks the geographic filters leave: one country, a sub-region's
    /// countries, or all (empty). A country outside the chosen sub-region leaves none.
    pub fn countries(&self, r: &ReferenceData) -> Option<Vec<String>> {
        let in_subregion = |code: &str| {
            self.subregion
                .as_deref()
                .is_none_or(|s| r.country_by_code(code).is_some_and(|c| c.subregion.0 == s))
        };
        match (&self.country, &self.subregion) {
            (Some(country), _) => in_subregion(country).then(|| vec![country.clone()]),
            (None, Some(_)) => Some(
                r.countries.iter().map(|c| c.code.as_str().to_string()).filter(|c| in_subregion(c)).collect(),
            ),
            (None, None) => Some(Vec::new()),
        }
    }

    /// The members' filters; `None` when the geography leaves nothing.
    pub fn entity_facets(&self, r: &ReferenceData) -> Option<MemberFacets> {
        Some(MemberFacets {
            countries: self.countries(r)?,
            kind: self.kind.clone(),
            constituency: self.constituency.clone(),
            sector: self.sector.clone(),
            sdg: self.sdg,
            dimension: self.dimension,
            q: self.q.clone(),
        })
    }

    /// The filters on the members whose projects are shown: kind and sector belong to the
    /// organisation, the rest to the project itself.
    pub fn owner_facets(&self) -> MemberFacets {
        MemberFacets { kind: self.kind.clone(), sector: self.sector.clone(), ..MemberFacets::default() }
    }

    pub fn offset(&self) -> i64 {
        (self.page - 1) * PAGE_SIZE
    }

    /// The filters as a query string (without the page), so every state has a shareable URL.
    pub fn query_string(&self) -> String {
        let sdg = self.sdg.map(|n| n.to_string());
        let dimension = self.dimension.map(|n| n.to_string());
        let sort = match self.sort {
            Sort::Name => None,
            Sort::Newest => Some("newest"),
            Sort::Country => Some("country"),
        };
        let pairs: Vec<(&str, &str)> = [
            ("subregion", self.subregion.as_deref()),
            ("country", self.country.as_deref()),
            ("kind", self.kind.as_deref()),
            ("constituency", self.constituency.as_deref()),
            ("sector", self.sector.as_deref()),
            ("sdg", sdg.as_deref()),
            ("dimension", dimension.as_deref()),
            ("q", Some(self.q.as_str()).filter(|q| !q.is_empty())),
            ("sort", sort),
        ]
        .into_iter()
        .filter_map(|(k, v)| v.map(|v| (k, v)))
        .collect();
        serde_urlencoded::to_string(pairs).unwrap_or_default()
    }
}

impl DirectoryQuery {
    /// How many filters narrow the list (the search among them; the order and the page do
    /// not count), for the "Filters (2)" toggle.
    pub fn active_filters(&self) -> usize {
        [
            &self.subregion,
            &self.country,
            &self.kind,
            &self.constituency,
            &self.sector,
            &self.sdg,
            &self.dimension,
            &self.q,
        ]
        .into_iter()
        .filter(|v| !v.trim().is_empty())
        .count()
    }
}

impl Filter {
    /// The filters and the page as a query string: where a visitor is in a list.
    pub fn query_with_page(&self) -> String {
        let query = self.query_string();
        match (self.page > 1, query.is_empty()) {
            (false, _) => query,
            (true, true) => format!("page={}", self.page),
            (true, false) => format!("{query}&page={}", self.page),
        }
    }
}

/// The lists a member's or a project's page may lead back to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum List {
    Entities,
    Projects,
    Map,
}

impl List {
    pub const ALL: [List; 3] = [List::Entities, List::Projects, List::Map];

    pub fn path(self) -> &'static str {
        match self {
            List::Entities => "/directory",
            List::Projects => "/directory/projects",
            List::Map => "/directory/map",
        }
    }
}

/// Where a detail page's "back" link goes: a list of the directory with its filters and page,
/// landing on the results.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Back {
    pub list: List,
    /// The list's path and checked query.
    pub at: String,
}

impl Back {
    /// The link, landing on the results.
    pub fn href(&self) -> String {
        format!("{}#results", self.at)
    }
}

/// Reads the `back` parameter of a detail page. Only a list of the directory is accepted, and
/// its query is checked and written anew from the filters it holds, so the link can never lead
/// off the directory (no open redirect) nor carry anything but known filters. Anything else is
/// `None`, and the page links to its own list.
pub fn back_link(raw: &str, r: &ReferenceData) -> Option<Back> {
    let (path, query) = raw.split_once('?').unwrap_or((raw, ""));
    let list = List::ALL.into_iter().find(|l| l.path() == path)?;
    let raw_query: DirectoryQuery = serde_urlencoded::from_str(query).ok()?;
    let query = check(&raw_query, r).ok()?.query_with_page();
    let sep = if query.is_empty() { "" } else { "?" };
    Some(Back { list, at: format!("{}{sep}{query}", list.path()) })
}

/// The address of a member's or a project's page seen from a list (`here`: the list's path and
/// query); the list is carried in `back` unless it is the page's own list without filters.
pub fn detail_href(detail: &str, own_list: List, here: &str) -> String {
    if here.is_empty() || here == own_list.path() {
        detail.to_string()
    } else {
        format!("{detail}?back={}", kernel::form::urlencode(here))
    }
}

/// A moment in a download: RFC 3339 in UTC to the second (`2026-12-01T14:30:05Z`); what does
/// not read as RFC 3339 is left empty rather than guessed.
pub fn timestamp(raw: &str) -> String {
    chrono::DateTime::parse_from_rfc3339(raw)
        .map(|t| t.with_timezone(&chrono::Utc).to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
        .unwrap_or_default()
}

/// How many pages `total` results fill (at least one).
pub fn page_count(total: i64) -> i64 {
    ((total + PAGE_SIZE - 1) / PAGE_SIZE).max(1)
}

/// Where a project stands.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ProjectStatus {
    #[default]
    Planned,
    Ongoing,
    Completed,
    OnHold,
}

impl ProjectStatus {
    pub const ALL: [ProjectStatus; 4] =
        [ProjectStatus::Planned, ProjectStatus::Ongoing, ProjectStatus::Completed, ProjectStatus::OnHold];

    pub fn as_str(self) -> &'static str {
        match self {
            ProjectStatus::Planned => "planned",
            ProjectStatus::Ongoing => "ongoing",
            ProjectStatus::Completed => "completed",
            ProjectStatus::OnHold => "on_hold",
        }
    }

    pub fn parse(raw: &str) -> Option<ProjectStatus> {
        Self::ALL.into_iter().find(|s| s.as_str() == raw)
    }

    pub fn label_key(self) -> String {
        format!("project-status-{}", self.as_str().replace('_', "-"))
    }
}

pub const MAX_PROJECT_LINKS: usize = 3;
pub const MAX_TRANSLATIONS: usize = 2;
pub const MAX_PHOTOS: usize = 6;
/// Phone photos are often larger than the platform's usual body limit, so the upload route
/// raises it to this (plus the form around it).
pub const PHOTO_MAX_BYTES: usize = 3 * 1024 * 1024;

/// A checked project.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Project {
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
    pub sdgs: Vec<u8>,
    pub constituencies: Vec<String>,
    pub dimensions: Vec<u8>,
    pub links: Vec<String>,
    /// (language code, title, summary, description) in further languages.
    pub translations: Vec<Translation>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Translation {
    pub lang: String,
    pub title: String,
    pub summary: String,
    pub description: String,
}

/// The project form as typed. Links and translations are repeated fields of the form, read in
/// order; more than a project holds is refused.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(try_from = "ProjectFields")]
pub struct ProjectForm {
    pub title: String,
    pub summary: String,
    pub description: String,
    pub lang: String,
    pub place: String,
    pub country: String,
    pub latitude: String,
    pub longitude: String,
    pub starts_on: String,
    pub ends_on: String,
    pub status: String,
    pub beneficiaries_total: String,
    pub beneficiaries_women: String,
    pub sdgs: Vec<String>,
    pub constituencies: Vec<String>,
    pub dimensions: Vec<String>,
    pub links: [String; MAX_PROJECT_LINKS],
    /// Language, title, summary and description of each translation.
    pub translations: [[String; 4]; MAX_TRANSLATIONS],
    /// The version the form was shown at.
    pub version: i32,
}

/// The fields of the project form as the browser sends them.
#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
struct ProjectFields {
    title: String,
    summary: String,
    description: String,
    lang: String,
    place: String,
    country: String,
    latitude: String,
    longitude: String,
    starts_on: String,
    ends_on: String,
    status: String,
    beneficiaries_total: String,
    beneficiaries_women: String,
    sdg: Vec<String>,
    constituency: Vec<String>,
    dimension: Vec<String>,
    link: Vec<String>,
    tr_lang: Vec<String>,
    tr_title: Vec<String>,
    tr_summary: Vec<String>,
    tr_description: Vec<String>,
    version: kernel::form::Version,
}

impl TryFrom<ProjectFields> for ProjectForm {
    type Error = &'static str;

    fn try_from(f: ProjectFields) -> Result<Self, Self::Error> {
        use kernel::form::slots;
        const TOO_MANY: &str = "more values than the project holds";
        let langs = slots::<MAX_TRANSLATIONS>(f.tr_lang).ok_or(TOO_MANY)?;
        let titles = slots::<MAX_TRANSLATIONS>(f.tr_title).ok_or(TOO_MANY)?;
        let summaries = slots::<MAX_TRANSLATIONS>(f.tr_summary).ok_or(TOO_MANY)?;
        let descriptions = slots::<MAX_TRANSLATIONS>(f.tr_description).ok_or(TOO_MANY)?;
        Ok(ProjectForm {
            title: f.title,
            summary: f.summary,
            description: f.description,
            lang: f.lang,
            place: f.place,
            country: f.country,
            latitude: f.latitude,
            longitude: f.longitude,
            starts_on: f.starts_on,
            ends_on: f.ends_on,
            status: f.status,
            beneficiaries_total: f.beneficiaries_total,
            beneficiaries_women: f.beneficiaries_women,
            sdgs: f.sdg,
            constituencies: f.constituency,
            dimensions: f.dimension,
            links: slots::<MAX_PROJECT_LINKS>(f.link).ok_or(TOO_MANY)?,
            translations: std::array::from_fn(|i| {
                [langs[i].clone(), titles[i].clone(), summaries[i].clone(), descriptions[i].clone()]
            }),
            version: f.version.0,
        })
    }
}

impl ProjectForm {
    pub fn from_project(p: &Project) -> ProjectForm {
        let degrees = |v: Option<i64>| v.map(|v| format!("{}", v as f64 / 1e6)).unwrap_or_default();
        let number = |v: Option<i32>| v.map(|v| v.to_string()).unwrap_or_default();
        let mut f = ProjectForm {
            title: p.title.clone(),
            summary: p.summary.clone(),
            description: p.description.clone(),
            lang: p.lang.clone(),
            place: p.place.clone(),
            country: p.country_code.clone(),
            latitude: degrees(p.latitude_e6),
            longitude: degrees(p.longitude_e6),
            starts_on: p.starts_on.clone(),
            ends_on: p.ends_on.clone(),
            status: p.status.as_str().to_string(),
            beneficiaries_total: number(p.beneficiaries_total),
            beneficiaries_women: number(p.beneficiaries_women),
            sdgs: p.sdgs.iter().map(u8::to_string).collect(),
            constituencies: p.constituencies.clone(),
            dimensions: p.dimensions.iter().map(u8::to_string).collect(),
            ..ProjectForm::default()
        };
        for (i, link) in p.links.iter().take(MAX_PROJECT_LINKS).enumerate() {
            f.links[i] = link.clone();
        }
        for (i, t) in p.translations.iter().take(MAX_TRANSLATIONS).enumerate() {
            f.translations[i] = [t.lang.clone(), t.title.clone(), t.summary.clone(), t.description.clone()];
        }
        f
    }
}

fn language_code(raw: &str) -> Option<String> {
    let code = raw.trim().to_ascii_lowercase();
    ((2..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_lowercase())).then_some(code)
}

fn iso_date(raw: &str) -> Result<String, ()> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(String::new());
    }
    chrono::NaiveDate::parse_from_str(raw, "%Y-%m-%d")
        .map(|d| d.format("%Y-%m-%d").to_string())
        .map_err(|_| ())
}

/// Checks a project against the reference data. `home_country` is the owning member's
/// country network, the default place.
pub fn check_project(f: &ProjectForm, r: &ReferenceData) -> Result<Project, kernel::FieldErrors> {
    let mut e = kernel::FieldErrors::default();
    let one_line = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let title = one_line(&f.title);
    if title.is_empty() {
        e.add("title", "error-project-title-required");
    } else if too_long(&title, 200) {
        e.add("title", "error-too-long");
    }
    let summary = one_line(&f.summary);
    if summary.is_empty() {
        e.add("summary", "error-project-summary-required");
    } else if too_long(&summary, 300) {
        e.add("summary", "error-too-long");
    }
    let description = f.description.trim().to_string();
    if too_long(&description, 10_000) {
        e.add("description", "error-too-long");
    }
    let lang = match f.lang.trim() {
        "" => "en".to_string(),
        raw => language_code(raw).unwrap_or_else(|| {
            e.add("lang", "error-language-code");
            String::new()
        }),
    };
    let place = one_line(&f.place);
    if place.is_empty() {
        e.add("place", "error-project-place-required");
    } else if too_long(&place, 120) {
        e.add("place", "error-too-long");
    }
    let country = kernel::CountryCode::parse(&f.country);
    let network = country.as_ref().and_then(|c| r.country_network_for(c));
    if network.is_none() {
        e.add("country", "error-country-unknown");
    }
    let latitude =
        micro_degrees(&f.latitude, 90.0).map_err(|_| e.add("latitude", "error-latitude")).ok().flatten();
    let longitude =
        micro_degrees(&f.longitude, 180.0).map_err(|_| e.add("longitude", "error-longitude")).ok().flatten();
    if latitude.is_some() != longitude.is_some() && !e.has("latitude") && !e.has("longitude") {
        e.add(if latitude.is_none() { "latitude" } else { "longitude" }, "error-coordinates-pair");
    }
    let starts_on = iso_date(&f.starts_on).map_err(|_| e.add("starts_on", "error-date")).unwrap_or_default();
    let ends_on = iso_date(&f.ends_on).map_err(|_| e.add("ends_on", "error-date")).unwrap_or_default();
    if !starts_on.is_empty() && !ends_on.is_empty() && ends_on < starts_on {
        e.add("ends_on", "error-project-ends-before-start");
    }
    let status = ProjectStatus::parse(f.status.trim()).unwrap_or_else(|| {
        e.add("status", "error-project-status");
        ProjectStatus::default()
    });
    let beneficiaries_total =
        count(&f.beneficiaries_total).map_err(|_| e.add("beneficiaries_total", "error-count")).ok().flatten();
    let beneficiaries_women =
        count(&f.beneficiaries_women).map_err(|_| e.add("beneficiaries_women", "error-count")).ok().flatten();
    if let (Some(total), Some(women)) = (beneficiaries_total, beneficiaries_women)
        && women > total
    {
        e.add("beneficiaries_women", "error-women-above-total");
    }
    let mut sdgs: Vec<u8> = Vec::new();
    for raw in &f.sdgs {
        match raw.parse::<u8>() {
            Ok(n) if r.sdg(n).is_some() => sdgs.push(n),
            _ => e.add("sdg", "error-sdg-unknown"),
        }
    }
    sdgs.sort_unstable();
    sdgs.dedup();
    let mut dimensions: Vec<u8> = Vec::new();
    for raw in &f.dimensions {
        match raw.parse::<u8>() {
            Ok(n) if r.dimension(n).is_some() => dimensions.push(n),
            _ => e.add("dimension", "error-dimension-unknown"),
        }
    }
    dimensions.sort_unstable();
    dimensions.dedup();
    let mut constituencies: Vec<String> = Vec::new();
    for code in &f.constituencies {
        if r.constituency(code).is_none() {
            e.add("constituency", "error-constituency-unknown");
        } else if !constituencies.contains(code) {
            constituencies.push(code.clone());
        }
    }
    const LINK_FIELDS: [&str; MAX_PROJECT_LINKS] = ["link_1", "link_2", "link_3"];
    let mut links = Vec::new();
    for (i, raw) in f.links.iter().enumerate() {
        match raw.trim() {
            "" => {}
            link if web_address(link) => links.push(link.to_string()),
            _ => e.add(LINK_FIELDS[i], "error-website"),
        }
    }
    const TR_FIELDS: [[&str; 4]; MAX_TRANSLATIONS] = [
        ["tr_lang_1", "tr_title_1", "tr_summary_1", "tr_description_1"],
        ["tr_lang_2", "tr_title_2", "tr_summary_2", "tr_description_2"],
    ];
    let mut translations: Vec<Translation> = Vec::new();
    for (i, [tr_lang, tr_title, tr_summary, tr_description]) in f.translations.iter().enumerate() {
        if [tr_lang, tr_title, tr_summary, tr_description].iter().all(|s| s.trim().is_empty()) {
            continue;
        }
        let fields = TR_FIELDS[i];
        let tr_lang = match language_code(tr_lang) {
            Some(code) if code == lang || translations.iter().any(|t| t.lang == code) => {
                e.add(fields[0], "error-language-twice");
                code
            }
            Some(code) => code,
            None => {
                e.add(fields[0], "error-language-code");
                String::new()
            }
        };
        let title = one_line(tr_title);
        if title.is_empty() {
            e.add(fields[1], "error-project-title-required");
        } else if too_long(&title, 200) {
            e.add(fields[1], "error-too-long");
        }
        let summary = one_line(tr_summary);
        if too_long(&summary, 300) {
            e.add(fields[2], "error-too-long");
        }
        if too_long(tr_description, 10_000) {
            e.add(fields[3], "error-too-long");
        }
        translations.push(Translation {
            lang: tr_lang,
            title,
            summary,
            description: tr_description.trim().to_string(),
        });
    }
    let (Some(country), Some(network), true) = (country, network, e.is_empty()) else {
        return Err(e);
    };
    Ok(Project {
        title,
        summary,
        description,
        lang,
        place,
        country_code: country.as_str().to_string(),
        network_country: network.code.as_str().to_string(),
        latitude_e6: latitude,
        longitude_e6: longitude,
        starts_on,
        ends_on,
        status,
        beneficiaries_total,
        beneficiaries_women,
        sdgs,
        constituencies,
        dimensions,
        links,
        translations,
    })
}

/// An open data licence management may choose for every download.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Licence {
    pub id: &'static str,
    pub name: &'static str,
    pub url: &'static str,
}

pub const LICENCES: [Licence; 4] = [
    Licence {
        id: "CC-BY-4.0",
        name: "Creative Commons Attribution 4.0 International",
        url: "https://creativecommons.org/licenses/by/4.0/",
    },
    Licence {
        id: "CC-BY-SA-4.0",
        name: "Creative Commons Attribution-ShareAlike 4.0 International",
        url: "https://creativecommons.org/licenses/by-sa/4.0/",
    },
    Licence {
        id: "CC0-1.0",
        name: "Creative Commons Zero 1.0 Universal (public domain dedication)",
        url: "https://creativecommons.org/publicdomain/zero/1.0/",
    },
    Licence {
        id: "ODbL-1.0",
        name: "Open Data Commons Open Database License 1.0",
        url: "https://opendatacommons.org/licenses/odbl/1-0/",
    },
];

pub fn licence(id: &str) -> Option<Licence> {
    LICENCES.into_iter().find(|l| l.id == id)
}

/// Used until management chooses.
pub const DEFAULT_LICENCE: Licence = LICENCES[0];

/// The base map's projection (see `assets/asia-map.svg`): plain equirectangular, 10 units a
/// degree, from 58° E and 56° N. Returns (x, y) in the map's view box, or `None` outside it.
pub fn project_point(latitude: f64, longitude: f64) -> Option<(f64, f64)> {
    let (x, y) = ((longitude - MAP_WEST) * MAP_SCALE, (MAP_NORTH - latitude) * MAP_SCALE);
    ((0.0..=MAP_WIDTH).contains(&x) && (0.0..=MAP_HEIGHT).contains(&y))
        .then_some(((x * 10.0).round() / 10.0, (y * 10.0).round() / 10.0))
}

pub const MAP_WEST: f64 = 58.0;
pub const MAP_NORTH: f64 = 56.0;
pub const MAP_SCALE: f64 = 10.0;
pub const MAP_WIDTH: f64 = 920.0;
pub const MAP_HEIGHT: f64 = 680.0;

/// ESSGlobal legal form (http://purl.org/essglobal/standard/legal-form/) of a member kind,
/// where one fits: L1 informal group, L2 cooperative, L4 non-profit, L5 social enterprise.
pub fn essglobal_legal_form(kind: &str) -> Option<&'static str> {
    match kind {
        "cooperative" | "mutual" => Some("L2"),
        "social-enterprise" | "fair-trade" => Some("L5"),
        "association" | "ngo" | "foundation" | "network" => Some("L4"),
        "community-based" | "self-help-group" => Some("L1"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reference() -> ReferenceData {
        store::reference::load_embedded().expect("the embedded reference data")
    }

    fn query(pairs: &[(&str, &str)]) -> DirectoryQuery {
        serde_urlencoded::from_str(&serde_urlencoded::to_string(pairs).unwrap()).unwrap()
    }

    #[test]
    fn filters_are_checked_and_round_trip_as_a_url() {
        let r = reference();
        let f = check(
            &query(&[("country", "id"), ("sdg", "5"), ("sort", "newest"), ("q", "  tenun   ikat ")]),
            &r,
        )
        .unwrap();
        assert_eq!(f.country.as_deref(), Some("ID"));
        assert_eq!(f.q, "tenun ikat");
        assert_eq!(f.query_string(), "country=ID&sdg=5&q=tenun+ikat&sort=newest");
        let again = check(&serde_urlencoded::from_str(&f.query_string()).unwrap(), &r).unwrap();
        assert_eq!(again.query_string(), f.query_string());
        assert!(check(&DirectoryQuery::default(), &r).unwrap().query_string().is_empty());
    }

    #[test]
    fn every_unknown_value_is_named() {
        let r = reference();
        let bad = query(&[
            ("subregion", "europe"),
            ("country", "FR"),
            ("kind", "bank"),
            ("constituency", "kings"),
            ("sector", "ICA999"),
            ("sdg", "18"),
            ("dimension", "0"),
            ("sort", "price"),
            ("page", "-1"),
            ("q", &"x".repeat(201)),
        ]);
        let params: Vec<&str> = check(&bad, &r).unwrap_err().iter().map(|u| u.param).collect();
        assert_eq!(
            params,
            [
                "subregion",
                "country",
                "kind",
                "constituency",
                "sector",
                "sdg",
                "dimension",
                "q",
                "sort",
                "page"
            ]
        );
        assert!(check(&query(&[("page", "100001")]), &r).is_err());
        assert!(check(&query(&[("q", &"ก".repeat(200))]), &r).is_ok(), "characters, not bytes");
    }

    #[test]
    fn geography_narrows_to_countries() {
        let r = reference();
        let f = |pairs: &[(&str, &str)]| check(&query(pairs), &r).unwrap().countries(&r);
        assert_eq!(f(&[]), Some(vec![]));
        assert_eq!(f(&[("country", "TH")]), Some(vec!["TH".to_string()]));
        assert_eq!(f(&[("subregion", "east-asia")]).unwrap().len(), 3);
        assert_eq!(f(&[("subregion", "southeast-asia"), ("country", "TH")]), Some(vec!["TH".to_string()]));
        assert_eq!(
            f(&[("subregion", "south-asia"), ("country", "TH")]),
            None,
            "a contradiction leaves nothing"
        );
    }

    #[test]
    fn pages() {
        assert_eq!(page_count(0), 1);
        assert_eq!(page_count(24), 1);
        assert_eq!(page_count(25), 2);
        let f = check(&query(&[("page", "3")]), &reference()).unwrap();
        assert_eq!(f.offset(), 48);
    }

    fn valid_form() -> ProjectForm {
        serde_html_form::from_str(
            "title=++Sekolah+++Tenun+&summary=Weaving+school&place=Sumba&country=id&latitude=-9%2C65\
             &longitude=120.26&starts_on=2024-02-01&status=ongoing&sdg=8&sdg=5&sdg=5&dimension=3\
             &constituency=women&beneficiaries_total=1%2C200&beneficiaries_women=900\
             &link=&link=https%3A%2F%2Ftenun.example&tr_lang=id&tr_title=Sekolah+Tenun",
        )
        .expect("the form parses")
    }

    #[test]
    fn a_project_is_normalised() {
        let p = check_project(&valid_form(), &reference()).unwrap();
        assert_eq!(p.title, "Sekolah Tenun");
        assert_eq!(p.country_code, "ID");
        assert_eq!((p.latitude_e6, p.longitude_e6), (Some(-9_650_000), Some(120_260_000)));
        assert_eq!(p.sdgs, vec![5, 8]);
        assert_eq!(p.beneficiaries_total, Some(1200));
        assert_eq!(p.links, vec!["https://tenun.example".to_string()]);
        assert_eq!(p.translations[0].lang, "id");
        assert_eq!(p.lang, "en");
        let again = check_project(&ProjectForm::from_project(&p), &reference()).unwrap();
        assert_eq!(again, p, "the form round-trips");
    }

    #[test]
    fn hong_kong_projects_belong_to_the_china_network() {
        let f = ProjectForm { country: "HK".into(), ..valid_form() };
        let p = check_project(&f, &reference()).unwrap();
        assert_eq!((p.country_code.as_str(), p.network_country.as_str()), ("HK", "CN"));
    }

    #[test]
    fn bad_project_values_are_named_field_by_field() {
        let r = reference();
        let errors = |f: ProjectForm| -> Vec<&'static str> {
            check_project(&f, &r).unwrap_err().0.iter().map(|(field, _)| *field).collect()
        };
        let base = valid_form();
        assert_eq!(errors(ProjectForm { title: " ".into(), ..base.clone() }), ["title"]);
        assert_eq!(errors(ProjectForm { latitude: "91".into(), ..base.clone() }), ["latitude"]);
        assert_eq!(errors(ProjectForm { longitude: "east".into(), ..base.clone() }), ["longitude"]);
        assert_eq!(
            errors(ProjectForm { longitude: "".into(), ..base.clone() }),
            ["longitude"],
            "both or neither"
        );
        assert_eq!(errors(ProjectForm { ends_on: "2023-01-01".into(), ..base.clone() }), ["ends_on"]);
        assert_eq!(errors(ProjectForm { starts_on: "1 March".into(), ..base.clone() }), ["starts_on"]);
        assert_eq!(errors(ProjectForm { status: "done".into(), ..base.clone() }), ["status"]);
        assert_eq!(errors(ProjectForm { country: "FR".into(), ..base.clone() }), ["country"]);
        assert_eq!(
            errors(ProjectForm { beneficiaries_women: "5000".into(), ..base.clone() }),
            ["beneficiaries_women"]
        );
        assert_eq!(errors(ProjectForm { sdgs: vec!["0".into()], ..base.clone() }), ["sdg"]);
        assert_eq!(errors(ProjectForm { dimensions: vec!["6".into()], ..base.clone() }), ["dimension"]);
        let mut twice = base.clone();
        twice.translations[0][0] = "en".into();
        assert_eq!(errors(twice), ["tr_lang_1"], "a translation in the project's own language");
        let mut bad_link = base;
        bad_link.links[0] = "ftp://x".into();
        assert_eq!(errors(bad_link), ["link_1"]);
    }

    #[test]
    fn points_outside_the_map_are_left_out() {
        assert_eq!(project_point(56.0, 58.0), Some((0.0, 0.0)));
        assert_eq!(project_point(-6.2, 106.8), Some((488.0, 622.0)));
        assert_eq!(project_point(48.8, 2.3), None, "Paris");
    }

    #[test]
    fn member_kinds_map_to_essglobal_legal_forms_where_one_fits() {
        assert_eq!(essglobal_legal_form("cooperative"), Some("L2"));
        assert_eq!(essglobal_legal_form("self-help-group"), Some("L1"));
        assert_eq!(essglobal_legal_form("academic"), None);
        let unmapped: Vec<String> = reference()
            .entity_kinds
            .into_iter()
            .map(|k| k.code)
            .filter(|code| essglobal_legal_form(code).is_none())
            .collect();
        assert_eq!(unmapped, ["academic", "other"], "only kinds ESSGlobal has no form for");
    }

    #[test]
    fn filters_at_their_edges() {
        let r = reference();
        let ok = |pairs: &[(&str, &str)]| check(&query(pairs), &r).expect("valid filters");
        let bad = |pairs: &[(&str, &str)]| -> Vec<&'static str> {
            check(&query(pairs), &r).unwrap_err().iter().map(|u| u.message_key).collect()
        };
        assert_eq!(ok(&[("sdg", " 17 ")]).sdg, Some(17));
        assert_eq!(ok(&[("sdg", "1")]).sdg, Some(1));
        assert_eq!(bad(&[("sdg", "0")]), ["error-sdg-unknown"]);
        assert_eq!(bad(&[("sdg", "five")]), ["error-sdg-unknown"]);
        assert_eq!(ok(&[("dimension", "5")]).dimension, Some(5));
        assert_eq!(ok(&[("dimension", "1")]).dimension, Some(1));
        assert_eq!(bad(&[("dimension", "6")]), ["error-dimension-unknown"]);
        assert_eq!(ok(&[("sdg", " ")]).sdg, None);
        assert_eq!(ok(&[("page", "1")]).page, 1);
        assert_eq!(ok(&[("page", " 100000 ")]).page, MAX_PAGE);
        assert_eq!(bad(&[("page", "0")]), ["error-page"]);
        assert_eq!(bad(&[("page", "two")]), ["error-page"]);
        assert_eq!(ok(&[]).page, 1);
        assert_eq!(ok(&[("sort", "name")]).sort, Sort::Name);
        assert_eq!(ok(&[("sort", "")]).sort, Sort::Name);
        assert_eq!(ok(&[("sort", " newest ")]).sort, Sort::Newest);
        assert_eq!(ok(&[("sort", "country")]).sort, Sort::Country);
        let f = ok(&[
            ("subregion", " east-asia "),
            ("country", "jp"),
            ("kind", "cooperative"),
            ("constituency", "women"),
            ("sector", "ICA20"),
            ("q", "x".repeat(200).as_str()),
        ]);
        assert_eq!(f.subregion.as_deref(), Some("east-asia"));
        assert_eq!(f.country.as_deref(), Some("JP"));
        assert_eq!(f.kind.as_deref(), Some("cooperative"));
        assert_eq!(f.constituency.as_deref(), Some("women"));
        assert_eq!(f.sector.as_deref(), Some("ICA20"));
        assert_eq!(f.q.len(), 200);
        assert_eq!(ok(&[("kind", "  ")]).kind, None);
    }

    #[test]
    fn facets_carry_every_filter() {
        let r = reference();
        let f = check(
            &query(&[
                ("country", "ID"),
                ("kind", "cooperative"),
                ("constituency", "women"),
                ("sector", "ICA20"),
                ("sdg", "5"),
                ("dimension", "2"),
                ("q", "tenun"),
            ]),
            &r,
        )
        .unwrap();
        assert_eq!(
            f.entity_facets(&r),
            Some(MemberFacets {
                countries: vec!["ID".into()],
                kind: Some("cooperative".into()),
                constituency: Some("women".into()),
                sector: Some("ICA20".into()),
                sdg: Some(5),
                dimension: Some(2),
                q: "tenun".into(),
            })
        );
        assert_eq!(
            f.owner_facets(),
            MemberFacets {
                kind: Some("cooperative".into()),
                sector: Some("ICA20".into()),
                ..MemberFacets::default()
            }
        );
        let nowhere = check(&query(&[("subregion", "east-asia"), ("country", "ID")]), &r).unwrap();
        assert_eq!(nowhere.entity_facets(&r), None);
        assert_eq!(
            f.query_string(),
            "country=ID&kind=cooperative&constituency=women&sector=ICA20&sdg=5&dimension=2&q=tenun"
        );
        let sorted = check(&query(&[("subregion", "east-asia"), ("sort", "country")]), &r).unwrap();
        assert_eq!(sorted.query_string(), "subregion=east-asia&sort=country");
        assert_eq!(sorted.countries(&r), Some(vec!["JP".into(), "KR".into(), "CN".into()]));
    }

    #[test]
    fn pages_at_their_edges() {
        assert_eq!(page_count(1), 1);
        assert_eq!(page_count(48), 2);
        assert_eq!(page_count(49), 3);
        assert_eq!(page_count(-5), 1);
        assert_eq!(check(&DirectoryQuery::default(), &reference()).unwrap().offset(), 0);
        let f = check(&query(&[("page", "2")]), &reference()).unwrap();
        assert_eq!(f.offset(), 24);
    }

    #[test]
    fn project_statuses_round_trip() {
        for status in ProjectStatus::ALL {
            assert_eq!(ProjectStatus::parse(status.as_str()), Some(status));
        }
        assert_eq!(ProjectStatus::OnHold.as_str(), "on_hold");
        assert_eq!(ProjectStatus::OnHold.label_key(), "project-status-on-hold");
        assert_eq!(ProjectStatus::parse("done"), None);
    }

    #[test]
    fn the_project_form_holds_three_links_and_two_translations() {
        let fields = |links: usize, translations: [usize; 4]| ProjectFields {
            title: "T".into(),
            link: vec!["https://a.example".into(); links],
            tr_lang: vec!["id".into(); translations[0]],
            tr_title: vec!["Judul".into(); translations[1]],
            tr_summary: vec!["Ringkas".into(); translations[2]],
            tr_description: vec!["Uraian".into(); translations[3]],
            version: kernel::form::Version(4),
            ..Default::default()
        };
        let f = ProjectForm::try_from(fields(3, [2; 4])).unwrap();
        assert_eq!(f.links[2], "https://a.example");
        assert_eq!(f.translations[1], ["id", "Judul", "Ringkas", "Uraian"].map(String::from));
        assert_eq!((f.title.as_str(), f.version), ("T", 4));
        assert!(ProjectForm::try_from(fields(4, [2; 4])).is_err());
        for i in 0..4 {
            let mut counts = [2; 4];
            counts[i] = 3;
            assert!(ProjectForm::try_from(fields(3, counts)).is_err(), "{i}");
        }
    }

    #[test]
    fn project_limits_at_their_edges() {
        let r = reference();
        let errors = |f: ProjectForm| -> Vec<(&'static str, &'static str)> {
            match check_project(&f, &r) {
                Ok(_) => vec![],
                Err(e) => e.0,
            }
        };
        let ok = |f: ProjectForm| check_project(&f, &r).expect("a valid project");
        let base = valid_form();
        assert_eq!(ok(ProjectForm { title: "t".repeat(200), ..base.clone() }).title.len(), 200);
        assert_eq!(
            errors(ProjectForm { title: "t".repeat(201), ..base.clone() }),
            [("title", "error-too-long")]
        );
        assert_eq!(ok(ProjectForm { summary: "s".repeat(300), ..base.clone() }).summary.len(), 300);
        assert_eq!(
            errors(ProjectForm { summary: "s".repeat(301), ..base.clone() }),
            [("summary", "error-too-long")]
        );
        assert_eq!(
            errors(ProjectForm { summary: " ".into(), ..base.clone() }),
            [("summary", "error-project-summary-required")]
        );
        assert_eq!(
            ok(ProjectForm { description: format!(" {} ", "d".repeat(9_999)), ..base.clone() })
                .description
                .len(),
            9_999
        );
        assert_eq!(
            ok(ProjectForm { description: "d".repeat(10_000), ..base.clone() }).description.len(),
            10_000
        );
        assert_eq!(
            errors(ProjectForm { description: "d".repeat(10_001), ..base.clone() }),
            [("description", "error-too-long")]
        );
        assert_eq!(ok(ProjectForm { place: "p".repeat(120), ..base.clone() }).place.len(), 120);
        assert_eq!(
            errors(ProjectForm { place: "p".repeat(121), ..base.clone() }),
            [("place", "error-too-long")]
        );
        assert_eq!(
            errors(ProjectForm { place: " ".into(), ..base.clone() }),
            [("place", "error-project-place-required")]
        );
        let p = ok(ProjectForm { lang: " MS ".into(), translations: Default::default(), ..base.clone() });
        assert_eq!(p.lang, "ms");
        for lang in ["m", "mala", "m5"] {
            assert_eq!(
                errors(ProjectForm { lang: lang.into(), translations: Default::default(), ..base.clone() }),
                [("lang", "error-language-code")]
            );
        }
        assert_eq!(
            errors(ProjectForm { latitude: "".into(), ..base.clone() }),
            [("latitude", "error-coordinates-pair")]
        );
        let nowhere = ok(ProjectForm { latitude: "".into(), longitude: " ".into(), ..base.clone() });
        assert_eq!((nowhere.latitude_e6, nowhere.longitude_e6), (None, None));
        assert_eq!(
            ok(ProjectForm { longitude: "180".into(), latitude: "-90".into(), ..base.clone() }).longitude_e6,
            Some(180_000_000)
        );
        assert_eq!(
            errors(ProjectForm { longitude: "180.1".into(), ..base.clone() }),
            [("longitude", "error-longitude")]
        );
        let one_day = ok(ProjectForm { ends_on: " 2024-02-01 ".into(), ..base.clone() });
        assert_eq!((one_day.starts_on.as_str(), one_day.ends_on.as_str()), ("2024-02-01", "2024-02-01"));
        assert_eq!(ok(ProjectForm { starts_on: "2024-2-1".into(), ..base.clone() }).starts_on, "2024-02-01");
        assert_eq!(
            ok(ProjectForm { starts_on: "".into(), ends_on: "2020-01-01".into(), ..base.clone() }).starts_on,
            ""
        );
        assert_eq!(
            errors(ProjectForm { ends_on: "2024-02-30".into(), ..base.clone() }),
            [("ends_on", "error-date")]
        );
        assert_eq!(
            ok(ProjectForm { status: " completed ".into(), ..base.clone() }).status,
            ProjectStatus::Completed
        );
        let equal = ok(ProjectForm { beneficiaries_women: "1200".into(), ..base.clone() });
        assert_eq!((equal.beneficiaries_total, equal.beneficiaries_women), (Some(1200), Some(1200)));
        assert_eq!(
            errors(ProjectForm { beneficiaries_total: "many".into(), ..base.clone() }),
            [("beneficiaries_total", "error-count")]
        );
        assert_eq!(
            errors(ProjectForm { beneficiaries_women: "-1".into(), ..base.clone() }),
            [("beneficiaries_women", "error-count")]
        );
        let p = ok(ProjectForm {
            dimensions: vec!["5".into(), "1".into(), "5".into()],
            constituencies: vec!["youth".into(), "women".into(), "youth".into()],
            ..base.clone()
        });
        assert_eq!(p.dimensions, [1, 5]);
        assert_eq!(p.constituencies, ["youth", "women"]);
        assert_eq!(p.status, ProjectStatus::Ongoing);
        assert_eq!(p.place, "Sumba");
        assert_eq!(p.summary, "Weaving school");
        assert_eq!(p.beneficiaries_women, Some(900));
        assert_eq!(
            errors(ProjectForm { constituencies: vec!["kings".into()], ..base.clone() }),
            [("constituency", "error-constituency-unknown")]
        );
        assert_eq!(
            errors(ProjectForm { sdgs: vec!["eight".into()], ..base.clone() }),
            [("sdg", "error-sdg-unknown")]
        );
        assert_eq!(
            errors(ProjectForm { dimensions: vec!["x".into()], ..base.clone() }),
            [("dimension", "error-dimension-unknown")]
        );
        let mut links = base.clone();
        links.links = ["http://a.example".into(), " ".into(), "https://b.example".into()];
        assert_eq!(ok(links).links, ["http://a.example", "https://b.example"]);
        let mut third = base.clone();
        third.links[2] = "b.example".into();
        assert_eq!(errors(third), [("link_3", "error-website")]);
    }

    #[test]
    fn translations_at_their_edges() {
        let r = reference();
        let with = |translations: [[&str; 4]; 2]| ProjectForm {
            translations: translations.map(|t| t.map(String::from)),
            ..valid_form()
        };
        let errors = |f: ProjectForm| check_project(&f, &r).unwrap_err().0;
        let long = |n: usize| "x".repeat(n);
        let p = check_project(
            &with([[" ID ", "  Sekolah   Tenun ", " Sekolah  menenun ", " Uraian "], [" ", "", " ", ""]]),
            &r,
        )
        .unwrap();
        assert_eq!(
            p.translations,
            [Translation {
                lang: "id".into(),
                title: "Sekolah Tenun".into(),
                summary: "Sekolah menenun".into(),
                description: "Uraian".into()
            }]
        );
        let p = check_project(
            &with([["id", &long(200), &long(300), &long(10_000)], ["ms", "Tajuk", "", ""]]),
            &r,
        );
        assert_eq!(p.unwrap().translations.len(), 2);
        assert_eq!(
            errors(with([["id", &long(201), "", ""], ["", "", "", ""]])),
            [("tr_title_1", "error-too-long")]
        );
        assert_eq!(
            errors(with([["id", "T", &long(301), ""], ["", "", "", ""]])),
            [("tr_summary_1", "error-too-long")]
        );
        assert_eq!(
            errors(with([["id", "T", "", &long(10_001)], ["", "", "", ""]])),
            [("tr_description_1", "error-too-long")]
        );
        assert_eq!(
            errors(with([["id", " ", "", ""], ["", "", "", ""]])),
            [("tr_title_1", "error-project-title-required")]
        );
        assert_eq!(
            errors(with([["", "T", "", ""], ["", "", "", ""]])),
            [("tr_lang_1", "error-language-code")]
        );
        assert_eq!(
            errors(with([["id", "T", "", ""], ["ID", "T", "", ""]])),
            [("tr_lang_2", "error-language-twice")]
        );
        assert_eq!(
            errors(with([["", "", "", ""], ["indo", "T", "", ""]])),
            [("tr_lang_2", "error-language-code")]
        );
    }

    #[test]
    fn licences_by_their_id() {
        assert_eq!(licence("CC0-1.0").unwrap().url, "https://creativecommons.org/publicdomain/zero/1.0/");
        assert_eq!(licence("ODbL-1.0").unwrap().id, "ODbL-1.0");
        assert_eq!(licence("GPL"), None);
        assert_eq!(DEFAULT_LICENCE.id, "CC-BY-4.0");
    }

    #[test]
    fn the_map_s_edges_are_on_the_map() {
        assert_eq!(project_point(-12.0, 150.0), Some((920.0, 680.0)));
        assert_eq!(project_point(-12.1, 100.0), None, "south of the map");
        assert_eq!(project_point(56.1, 100.0), None, "north of it");
        assert_eq!(project_point(0.0, 57.9), None, "west of it");
        assert_eq!(project_point(0.0, 150.1), None, "east of it");
        assert_eq!(project_point(3.139, 101.687), Some((436.9, 528.6)), "Kuala Lumpur, to a tenth");
        assert_eq!(project_point(14.599, 120.984), Some((629.8, 414.0)), "Manila");
    }

    #[test]
    fn every_member_kind_s_legal_form() {
        for (kind, form) in [
            ("cooperative", "L2"),
            ("mutual", "L2"),
            ("social-enterprise", "L5"),
            ("fair-trade", "L5"),
            ("association", "L4"),
            ("ngo", "L4"),
            ("foundation", "L4"),
            ("network", "L4"),
            ("community-based", "L1"),
            ("self-help-group", "L1"),
        ] {
            assert_eq!(essglobal_legal_form(kind), Some(form), "{kind}");
        }
    }

    #[test]
    fn every_field_of_a_project_round_trips_through_the_form() {
        let mut f = valid_form();
        f.description = "Menenun bersama".into();
        f.lang = "id".into();
        f.ends_on = "2025-12-31".into();
        f.beneficiaries_women = "".into();
        f.translations[0] = ["en", "Weaving school", "Weaving", "Weaving together"].map(String::from);
        f.translations[1] = ["ms", "Sekolah Tenunan", "", ""].map(String::from);
        f.links = ["https://a.example", "https://b.example", "https://c.example"].map(String::from);
        let p = check_project(&f, &reference()).unwrap();
        assert_eq!(
            (p.description.as_str(), p.lang.as_str(), p.ends_on.as_str()),
            ("Menenun bersama", "id", "2025-12-31")
        );
        let form = ProjectForm::from_project(&p);
        assert_eq!(form.latitude, "-9.65");
        assert_eq!(form.beneficiaries_women, "");
        assert_eq!(form.status, "ongoing");
        assert_eq!(check_project(&form, &reference()).unwrap(), p);
    }

    #[test]
    fn a_photo_may_be_three_mebibytes() {
        assert_eq!(PHOTO_MAX_BYTES, 3_145_728);
    }

    #[test]
    fn every_filter_counts_as_active_but_the_order_and_the_page() {
        assert_eq!(DirectoryQuery::default().active_filters(), 0);
        let one_each = [
            ("subregion", "south-asia"),
            ("country", "ID"),
            ("kind", "cooperative"),
            ("constituency", "women"),
            ("sector", "ICA10"),
            ("sdg", "5"),
            ("dimension", "2"),
            ("q", "tenun"),
        ];
        for pair in one_each {
            assert_eq!(query(&[pair]).active_filters(), 1, "{pair:?}");
        }
        assert_eq!(query(&one_each).active_filters(), 8);
        assert_eq!(query(&[("sort", "newest"), ("page", "2")]).active_filters(), 0);
        assert_eq!(query(&[("country", "  "), ("q", " ")]).active_filters(), 0, "blank is no filter");
        assert_eq!(query(&[("country", "ID"), ("sdg", "5"), ("sort", "country")]).active_filters(), 2);
    }

    #[test]
    fn the_page_joins_the_filters_from_page_two() {
        let r = reference();
        let at = |pairs: &[(&str, &str)]| check(&query(pairs), &r).unwrap().query_with_page();
        assert_eq!(at(&[]), "");
        assert_eq!(at(&[("page", "1")]), "");
        assert_eq!(at(&[("page", "2")]), "page=2");
        assert_eq!(at(&[("country", "ID"), ("page", "1")]), "country=ID");
        assert_eq!(at(&[("country", "ID"), ("page", "2")]), "country=ID&page=2");
    }

    #[test]
    fn a_back_link_leads_only_to_a_list_of_the_directory() {
        let r = reference();
        let back = |raw: &str| back_link(raw, &r);
        let entities = back("/directory").unwrap();
        assert_eq!(entities, Back { list: List::Entities, at: "/directory".into() });
        assert_eq!(entities.href(), "/directory#results");
        assert_eq!(
            back("/directory/projects?country=id&sdg=5&page=3"),
            Some(Back { list: List::Projects, at: "/directory/projects?country=ID&sdg=5&page=3".into() })
        );
        assert_eq!(
            back("/directory/map?q=kopi+susu&evil=1"),
            Some(Back { list: List::Map, at: "/directory/map?q=kopi+susu".into() }),
            "unknown parameters are dropped"
        );
        for refused in [
            "",
            "https://evil.example/directory",
            "//evil.example/directory",
            "/directory/",
            "/directory/entities/1",
            "/directoryx",
            "/login?next=/directory",
            "/directory?country=XX",
            "/directory?page=0",
            "/directory?country=ID&country=TH",
            "/directory?country=ID%0d%0aSet-Cookie:x",
        ] {
            assert_eq!(back(refused), None, "{refused}");
        }
        assert_eq!(List::ALL.map(List::path), ["/directory", "/directory/projects", "/directory/map"]);
    }

    #[test]
    fn a_detail_carries_its_list_unless_it_is_its_own_list_unfiltered() {
        assert_eq!(
            detail_href("/directory/entities/7", List::Entities, "/directory"),
            "/directory/entities/7"
        );
        assert_eq!(detail_href("/directory/entities/7", List::Entities, ""), "/directory/entities/7");
        assert_eq!(
            detail_href("/directory/entities/7", List::Entities, "/directory?country=ID&sdg=5"),
            "/directory/entities/7?back=%2Fdirectory%3Fcountry%3DID%26sdg%3D5"
        );
        assert_eq!(
            detail_href("/directory/entities/7", List::Entities, "/directory/projects"),
            "/directory/entities/7?back=%2Fdirectory%2Fprojects"
        );
        assert_eq!(
            detail_href("/directory/projects/3", List::Projects, "/directory/projects"),
            "/directory/projects/3"
        );
    }

    #[test]
    fn download_timestamps_are_utc_to_the_second() {
        assert_eq!(timestamp("2026-12-01T14:30:05.123456+00:00"), "2026-12-01T14:30:05Z");
        assert_eq!(timestamp("2026-12-01T21:30:05+07:00"), "2026-12-01T14:30:05Z");
        assert_eq!(timestamp("2026-12-01T14:30:05Z"), "2026-12-01T14:30:05Z");
        assert_eq!(timestamp(""), "");
        assert_eq!(timestamp("2026-12-01"), "");
    }
}

//! The public directory on both databases: filters as URLs, search in every script, the map,
//! every export checked with the tools other SSE maps use, projects recorded by members'
//! representatives, and bad input answered clearly.

use crate::each_backend;
use crate::harness::{Browser, TestApp, csrf_in, location};
use directory::testing::{Project, ProjectStatus, Translation};
use kernel::{EntityId, Grant, Role, Scope};
use membership::testing::Profile;
use reqwest::StatusCode;
use serde_json::Value;

/// (name, country, city, lat, lon, lang, description, kind, sdg, sector, constituency, project)
type Seed = (
    &'static str,
    &'static str,
    &'static str,
    f64,
    f64,
    &'static str,
    &'static str,
    &'static str,
    u8,
    &'static str,
    &'static str,
    &'static str,
);

/// Members in every script the network writes, each with a word searched for in the middle.
const MEMBERS: [Seed; 9] = [
    (
        "Hợp tác xã Nông nghiệp Thanh Xuân",
        "VN",
        "Hà Nội",
        21.0,
        105.8,
        "vi",
        "Trồng rau hữu cơ cho trường học",
        "cooperative",
        2,
        "ICA10",
        "farmers",
        "Rau hữu cơ cho trường học",
    ),
    (
        "北京农民合作社联盟",
        "CN",
        "北京",
        39.9,
        116.4,
        "zh",
        "支持小农户的公平贸易和有机农业",
        "cooperative",
        12,
        "ICA10",
        "farmers",
        "小农户公平贸易市场",
    ),
    (
        "パルシステム生活協同組合",
        "JP",
        "東京",
        35.7,
        139.7,
        "ja",
        "産直の暮らしを支える協同組合です",
        "cooperative",
        12,
        "ICA70",
        "women",
        "産直ネットワーク",
    ),
    (
        "한살림 생활협동조합",
        "KR",
        "서울",
        37.6,
        127.0,
        "ko",
        "친환경 농산물을 나눕니다",
        "social-enterprise",
        2,
        "ICA10",
        "farmers",
        "친환경 학교 급식",
    ),
    (
        "สหกรณ์การเกษตรอินทรีย์ยโสธร",
        "TH",
        "ยโสธร",
        15.8,
        104.1,
        "th",
        "ปลูกข้าวอินทรีย์และทอผ้าไหมของสตรี",
        "cooperative",
        5,
        "ICA10",
        "women",
        "ศูนย์ทอผ้าไหมของสตรีชุมชน",
    ),
    (
        "ग्राम स्वराज किसान सहकारी समिति",
        "IN",
        "वाराणसी",
        25.3,
        83.0,
        "hi",
        "किसान जैविक खेती करते हैं",
        "self-help-group",
        2,
        "ICA10",
        "farmers",
        "जैविक खेती प्रशिक्षण केंद्र",
    ),
    (
        "নিজেরা করি ভূমিহীন সমবায়",
        "BD",
        "ঢাকা",
        23.8,
        90.4,
        "bn",
        "ভূমিহীন কৃষক একসাথে চাষ করে",
        "association",
        1,
        "ICA10",
        "farmers",
        "কৃষক বীজ ব্যাংক",
    ),
    (
        "සර්වෝදය ගම්මාන ව්‍යවසාය ජාලය",
        "LK",
        "කොළඹ",
        6.9,
        79.9,
        "si",
        "ඉතිරිකිරීම් කණ්ඩායම් සහ ක්ෂුද්‍ර ණය",
        "ngo",
        1,
        "ICA190",
        "women",
        "කාන්තා ඉතිරිකිරීම් කණ්ඩායම්",
    ),
    (
        "Koperasi Wanita Sejahtera",
        "ID",
        "Yogyakarta",
        -7.8,
        110.4,
        "id",
        "Simpan pinjam dan usaha bersama untuk perempuan desa",
        "cooperative",
        5,
        "ICA190",
        "women",
        "Sekolah Tenun Perempuan Desa",
    ),
];

/// A word in the middle of each member's text and of its project's title, in its script.
const SEARCHES: [(&str, usize); 9] = [
    ("hữu cơ", 0),
    ("公平贸易", 1),
    ("産直", 2),
    ("친환경", 3),
    ("ทอผ้าไหม", 4),
    ("जैविक", 5),
    ("কৃষক", 6),
    ("ඉතිරිකිරීම්", 7),
    ("usaha bersama", 8),
];

fn profile(app: &TestApp, s: &Seed) -> Profile {
    let (name, country, city, lat, lon, lang, description, kind, sdg, sector, constituency, _) = *s;
    let network =
        app.state.reference.country_network_for(&kernel::CountryCode::parse(country).unwrap()).unwrap();
    Profile {
        legal_name: name.into(),
        kind: kind.into(),
        country_code: country.into(),
        network_country: network.code.to_string(),
        city: city.into(),
        latitude_e6: Some((lat * 1e6) as i64),
        longitude_e6: Some((lon * 1e6) as i64),
        members_total: Some(120),
        members_women: Some(80),
        description: description.into(),
        description_lang: lang.into(),
        constituencies: vec![constituency.into()],
        sdgs: vec![sdg],
        sectors: vec![sector.into()],
        languages: vec![lang.into()],
        commitments: if sdg == 5 { vec![(4, "We protect forests.".into())] } else { Vec::new() },
        contacts: vec![membership::testing::Contact {
            name: "Private Person".into(),
            role: "Secretary".into(),
            email: "private@hidden.example".into(),
            phone: "+62 000".into(),
        }],
        ..Default::default()
    }
}

fn project(s: &Seed, sdg: u8) -> Project {
    let (_, country, city, lat, lon, lang, description, _, _, _, constituency, title) = *s;
    Project {
        title: title.into(),
        summary: description.into(),
        description: format!("{description}. {title}."),
        lang: lang.into(),
        place: city.into(),
        country_code: country.into(),
        network_country: if country == "HK" { "CN".into() } else { country.into() },
        latitude_e6: Some(((lat + 0.1) * 1e6) as i64),
        longitude_e6: Some(((lon + 0.1) * 1e6) as i64),
        starts_on: "2025-01-01".into(),
        status: ProjectStatus::Ongoing,
        beneficiaries_total: Some(300),
        beneficiaries_women: Some(200),
        sdgs: vec![sdg],
        constituencies: vec![constituency.into()],
        dimensions: vec![3],
        translations: vec![Translation {
            lang: "en".into(),
            title: format!("Project of {country}"),
            ..Default::default()
        }],
        ..Default::default()
    }
}

/// The nine members and their projects, 17 more Malaysian members (26 in all: two pages),
/// and a draft application with a project that must never show.
pub(crate) async fn seed(app: &TestApp) -> Vec<i64> {
    let owner = app.seed_account("seed@asec.test").await;
    let profiles: Vec<Profile> = MEMBERS.iter().map(|s| profile(app, s)).collect();
    let ids = membership::testing::insert_members(&app.state, owner, &profiles, true).await;
    for (id, s) in ids.iter().zip(MEMBERS.iter()) {
        directory::testing::add_project(&app.state, *id, owner, &project(s, s.8)).await;
    }
    let fillers: Vec<Profile> = (1..=17)
        .map(|n| Profile {
            legal_name: format!("Malaysian Filler Cooperative {n:02}"),
            ..profile(
                app,
                &(
                    "x",
                    "MY",
                    "Kuching",
                    1.5,
                    110.3,
                    "ms",
                    "Koperasi belia",
                    "cooperative",
                    8,
                    "ICA70",
                    "youth",
                    "",
                ),
            )
        })
        .collect();
    membership::testing::insert_members(&app.state, owner, &fillers, true).await;
    let draft = Profile { legal_name: "Hidden Draft Applicant".into(), ..profile(app, &MEMBERS[8]) };
    let draft_id = membership::testing::insert_members(&app.state, owner, &[draft], false).await[0];
    let p = Project { title: "Hidden Draft Project".into(), ..project(&MEMBERS[8], 5) };
    directory::testing::add_project(&app.state, draft_id, owner, &p).await;
    ids
}

/// The names listed in the results of a directory page, in order. A page without the results
/// list (an error page, say) is not an empty result: it fails the test.
fn listed(html: &str) -> Vec<String> {
    let start = html.find("id=\"results\"").unwrap_or_else(|| panic!("no results list in:\n{html}"));
    let end = start + html[start..].find("</ul>").expect("the results list ends");
    html[start..end]
        .split("<h2><a href=\"/directory/")
        .skip(1)
        .filter_map(|chunk| chunk.split_once("\">").and_then(|(_, rest)| rest.split('<').next()))
        .map(str::to_string)
        .collect()
}

#[tokio::test]
async fn visitors_filter_sort_and_page_the_directory_by_url() {
    each_backend!(|app| {
        seed(&app).await;
        let v = app.client();
        let (status, html) = v.get_text("/directory").await;
        assert_eq!(status, StatusCode::OK);
        assert!(html.contains("26 organisations"), "active members counted");
        assert_eq!(listed(&html).len(), 24, "24 a page");
        assert!(!html.contains("Hidden Draft"), "applications are not public");
        assert!(!html.contains("private@hidden.example"));
        let second = v.page("/directory?page=2").await;
        assert_eq!(listed(&second).len(), 2);
        assert!(second.contains("rel=\"prev\""));

        for (query, expected) in [
            ("country=TH", vec!["สหกรณ์การเกษตรอินทรีย์ยโสธร"]),
            (
                "subregion=east-asia&sort=name",
                vec!["パルシステム生活協同組合", "北京农民合作社联盟", "한살림 생활협동조합"],
            ),
            ("subregion=south-asia&kind=ngo", vec!["සර්වෝදය ගම්මාන ව්‍යවසාය ජාලය"]),
            ("kind=social-enterprise", vec!["한살림 생활협동조합"]),
            ("sdg=5&country=ID", vec!["Koperasi Wanita Sejahtera"]),
            ("sector=ICA190&constituency=women", vec!["Koperasi Wanita Sejahtera", "සර්වෝදය ගම්මාන ව්‍යවසාය ජාලය"]),
            ("dimension=4", vec!["Koperasi Wanita Sejahtera", "สหกรณ์การเกษตรอินทรีย์ยโสธร"]),
            ("country=JP&subregion=south-asia", vec![]),
            ("q=&country=LK", vec!["සර්වෝදය ගම්මාන ව්‍යවසාය ජාලය"]),
        ] {
            let (status, html) = v.get_text(&format!("/directory?{query}")).await;
            assert_eq!(status, StatusCode::OK, "{query}");
            let mut got = listed(&html);
            let mut want: Vec<String> = expected.iter().map(|s| s.to_string()).collect();
            got.sort();
            want.sort();
            assert_eq!(got, want, "{query}");
        }
        // The filters stay in the form, the pager and the download links: a shareable state.
        let html = v.page("/directory?country=MY&sort=newest").await;
        assert!(html.contains("<option value=\"MY\" selected>"));
        assert!(html.contains("href=\"/directory/entities.geojson?country=MY&#38;sort=newest\""));
        assert!(html.contains("href=\"/directory/map?country=MY&#38;sort=newest\""));

        let projects = v.page("/directory/projects?sdg=5").await;
        let mut got = listed(&projects);
        got.sort();
        assert_eq!(got, vec!["Sekolah Tenun Perempuan Desa", "ศูนย์ทอผ้าไหมของสตรีชุมชน"]);
        assert!(!projects.contains("Hidden Draft Project"), "projects of applications are not public");
        let projects = v.page("/directory/projects?kind=self-help-group").await;
        assert_eq!(listed(&projects), vec!["जैविक खेती प्रशिक्षण केंद्र"], "by the member's kind");
        let projects = v.page("/directory/projects?dimension=3&subregion=east-asia").await;
        assert_eq!(listed(&projects).len(), 3);
    });
}

#[tokio::test]
async fn bad_filters_get_a_clear_message_never_a_server_error() {
    each_backend!(|app| {
        let ids = seed(&app).await;
        let v = app.client();
        for (query, message) in [
            ("country=ZZ", "Choose one of the network"),
            ("subregion=europe", "not part of the network"),
            ("kind=bank", "Choose a kind of organisation"),
            ("sdg=18", "Choose from the list"),
            ("sdg=abc", "Choose from the list"),
            ("dimension=9", "SSE dimension from 1 to 5"),
            ("sort=price", "Sort by name, newest or country"),
            ("page=0", "out of range"),
            ("page=99999999999", "out of range"),
        ] {
            for path in ["/directory", "/directory/projects", "/directory/map"] {
                let (status, html) = v.get_text(&format!("{path}?{query}")).await;
                assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{path}?{query}");
                assert!(html.contains("id=\"filter-problems\""), "{path}?{query}: the problem is shown");
                assert!(html.contains(message), "{path}?{query}: {message}");
                if path == "/directory/map" {
                    assert!(!html.contains("<circle class=\"m-"), "{path}?{query}: no markers");
                } else {
                    assert!(listed(&html).is_empty(), "{path}?{query}: nothing listed");
                }
            }
        }
        let long = "ก".repeat(201);
        let (status, html) = v.get_text(&format!("/directory?q={long}")).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(html.contains("at most 200 characters"));
        let (status, html) = v.get_text("/directory?page=7").await;
        assert_eq!(status, StatusCode::OK, "a page past the end is empty, not an error");
        assert!(html.contains("There is no such page: the last page is page 2."));
        // A search counts its matches beside the page: the total holds on every page.
        let html = v.page("/directory?q=filler&page=1").await;
        assert!(html.contains("17 organisations") && listed(&html).len() == 17);
        let html = v.page("/directory?q=filler&page=3").await;
        assert!(html.contains("17 organisations") && html.contains("the last page is page 1."));
        let html = v.page("/directory/projects?q=zzzz").await;
        assert!(html.contains("0 projects") && listed(&html).is_empty());
        let r = v.get("/api/v1/projects?sdg=99").await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let body: Value = r.json().await.unwrap();
        assert_eq!(body["error"], "invalid_input");
        let r = v.get("/directory/entities.csv?country=XX").await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(v.get("/directory/entities/999999").await.status(), StatusCode::NOT_FOUND);
        // An application, and its project, are not public anywhere.
        let draft = ids.last().unwrap() + 18;
        let (name, status) = membership::testing::entity(&app.state.db, draft).await.unwrap();
        assert_eq!((name.as_str(), status.as_str()), ("Hidden Draft Applicant", "draft"));
        for path in [
            format!("/directory/entities/{draft}"),
            format!("/directory/entities/{draft}/murmurations.json"),
            format!("/api/v1/entities/{draft}"),
        ] {
            assert_eq!(v.get(&path).await.status(), StatusCode::NOT_FOUND, "{path}");
        }
        let hidden = directory::testing::projects_of(&app.state.db, draft).await;
        assert_eq!(hidden[0].1, "Hidden Draft Project", "the draft's project exists");
        for path in
            [format!("/directory/projects/{}", hidden[0].0), format!("/api/v1/projects/{}", hidden[0].0)]
        {
            assert_eq!(v.get(&path).await.status(), StatusCode::NOT_FOUND, "{path}");
        }
        assert_eq!(v.get("/directory/projects/999999").await.status(), StatusCode::NOT_FOUND);
    });
}

#[tokio::test]
async fn search_finds_members_and_projects_in_every_script_alike_on_both_databases() {
    let mut runs = Vec::new();
    each_backend!(|app| {
        seed(&app).await;
        let v = app.client();
        let mut found = Vec::new();
        for (query, i) in SEARCHES {
            let q = web::context::urlencode(query);
            let html = v.page(&format!("/directory?q={q}")).await;
            let members = listed(&html);
            assert!(
                members.contains(&MEMBERS[i].0.to_string()),
                "{query:?} finds {}: {members:?}",
                MEMBERS[i].0
            );
            let html = v.page(&format!("/directory/projects?q={q}")).await;
            let projects = listed(&html);
            assert!(
                projects.contains(&MEMBERS[i].11.to_string()),
                "{query:?} finds {}: {projects:?}",
                MEMBERS[i].11
            );
            assert!(
                html.contains("id=\"also-matching\""),
                "{query:?}: the members matching too are a link away"
            );
            found.push((members, projects));
        }
        let html = v.page("/directory?q=Hidden%20Draft").await;
        assert!(listed(&html).is_empty(), "applications are not found");
        let html = v.page("/directory/projects?q=Hidden%20Draft").await;
        assert!(listed(&html).is_empty());
        let html = v.page(&format!("/directory?q={}&country=VN", web::context::urlencode("合作社"))).await;
        assert!(listed(&html).is_empty(), "search and filters combine");
        runs.push(found);
    });
    if let [sqlite, postgres] = runs.as_slice() {
        assert_eq!(sqlite, postgres, "SQLite and PostgreSQL find the same");
    }
}

#[tokio::test]
async fn the_map_draws_members_and_projects_without_javascript() {
    each_backend!(|app| {
        let ids = seed(&app).await;
        let v = app.client();
        let (status, html) = v.get_text("/directory/map?subregion=southeast-asia").await;
        assert_eq!(status, StatusCode::OK);
        assert!(html.contains("<image href=\"/directory/asia-map.svg\""));
        assert!(
            html.contains(&format!(
                "<a href=\"/directory/entities/{}?back=%2Fdirectory%2Fmap%3Fsubregion%3Dsoutheast-asia\"><circle class=\"m-entity\"",
                ids[8]
            )),
            "a marker leads to the member, and back to this map"
        );
        assert!(html.contains("class=\"m-project\""));
        assert!(html.matches("<script").count() <= 1, "no script of its own");
        let html = v.page("/directory/map?country=JP").await;
        assert_eq!(html.matches("class=\"m-entity\"").count(), 1);
        let svg = v.get("/directory/asia-map.svg").await;
        assert_eq!(svg.headers()["content-type"], "image/svg+xml");
        let svg = svg.text().await.unwrap();
        for country in [
            "IN", "LK", "NP", "BD", "PK", "AF", "MY", "ID", "PH", "TH", "SG", "KH", "MM", "LA", "VN", "JP",
            "KR", "CN",
        ] {
            assert!(svg.contains(&format!("id=\"c-{country}\"")), "{country} outlined");
        }
        let html = v.page(&format!("/directory/entities/{}", ids[4])).await;
        assert!(html.contains("class=\"m-here\""), "the member's place");
        assert!(html.contains("sdg sdg-5"), "SDG badge");
        assert!(html.contains("Ecological conservation"), "dimension badge");
        assert!(!html.contains("private@hidden.example"), "no contact people");
        assert!(html.contains("ศูนย์ทอผ้าไหมของสตรีชุมชน"), "its projects");
    });
}

/// Runs the Python checker (pyld, jsonschema) on a downloaded document.
fn check_with_python(mode: &str, body: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("doc.json");
    std::fs::write(&path, body).unwrap();
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/check_open_data.py");
    let out = std::process::Command::new("python3")
        .arg(script)
        .arg(mode)
        .arg(&path)
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "{mode} check failed: {}\n{}",
        String::from_utf8_lossy(&out.stderr),
        String::from_utf8_lossy(body)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[tokio::test]
async fn every_export_honours_the_filters_names_the_licence_and_validates() {
    each_backend!(|app| {
        let ids = seed(&app).await;
        let v = app.client();

        let r = v.get("/directory/entities.csv?subregion=south-asia").await;
        assert_eq!(r.status(), StatusCode::OK);
        assert!(r.headers()["link"].to_str().unwrap().contains("creativecommons.org/licenses/by/4.0"));
        let bytes = r.bytes().await.unwrap();
        assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "BOM for spreadsheets");
        let mut reader = csv::Reader::from_reader(&bytes[3..]);
        let headers = reader.headers().unwrap().clone();
        for private in ["email", "phone", "contact", "applicant", "status_note", "registration_number"] {
            assert!(!headers.iter().any(|h| h.contains(private)), "{private} is not public");
        }
        let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
        let name = headers.iter().position(|h| h == "Legal name").unwrap();
        let licence = headers.iter().position(|h| h == "Licence").unwrap();
        let mut names: Vec<&str> = rows.iter().map(|r| r.get(name).unwrap()).collect();
        names.sort();
        assert_eq!(
            names,
            vec!["ग्राम स्वराज किसान सहकारी समिति", "নিজেরা করি ভূমিহীন সমবায়", "සර්වෝදය ගම්මාන ව්‍යවසාය ජාලය"]
        );
        assert!(rows.iter().all(|r| r.get(licence) == Some("https://creativecommons.org/licenses/by/4.0/")));
        let r = v.get("/directory/projects.csv?country=TH").await;
        let bytes = r.bytes().await.unwrap();
        let mut reader = csv::Reader::from_reader(&bytes[3..]);
        assert_eq!(reader.records().count(), 1);

        let geo: Value = v.get("/directory/entities.geojson?sdg=5").await.json().await.unwrap();
        assert_eq!(geo["type"], "FeatureCollection");
        assert_eq!(geo["license"]["id"], "CC-BY-4.0");
        let features = geo["features"].as_array().unwrap();
        assert_eq!(features.len(), 2);
        for f in features {
            assert_eq!(f["type"], "Feature");
            assert_eq!(f["geometry"]["type"], "Point");
            let c = f["geometry"]["coordinates"].as_array().unwrap();
            let (lon, lat) = (c[0].as_f64().unwrap(), c[1].as_f64().unwrap());
            assert!((-180.0..=180.0).contains(&lon) && (-90.0..=90.0).contains(&lat));
            assert!(lon > 90.0, "longitude first (WGS84 GeoJSON order)");
            assert!(f["properties"]["name"].is_string());
            assert!(f["properties"].get("contacts").is_none());
        }
        let geo: Value = v.get("/directory/projects.geojson?q=tenun").await.json().await.unwrap();
        assert_eq!(geo["features"].as_array().unwrap().len(), 1);
        assert_eq!(geo["features"][0]["properties"]["title"], "Sekolah Tenun Perempuan Desa");

        let body = v.get("/directory/entities.jsonld?country=ID").await.bytes().await.unwrap();
        let expanded: Value = serde_json::from_str(&check_with_python("jsonld", &body)).unwrap();
        let nodes = expanded.as_array().unwrap();
        let initiative = nodes
            .iter()
            .find(|n| {
                n["@type"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|t| t == "http://purl.org/essglobal/vocab/SSEInitiative")
            })
            .expect("an ESSGlobal SSEInitiative");
        assert_eq!(
            initiative["http://purl.org/essglobal/vocab/legalForm"][0]["@id"],
            "http://purl.org/essglobal/standard/legal-form/L2"
        );
        assert_eq!(
            initiative["http://purl.org/essglobal/vocab/economicSector"][0]["@id"],
            "http://purl.org/essglobal/standard/activities-ica/ICA190"
        );
        assert_eq!(initiative["http://purl.org/essglobal/vocab/totalOfMembers"][0]["@value"], 120);
        assert_eq!(initiative["https://schema.org/name"][0]["@value"], "Koperasi Wanita Sejahtera");
        let dataset = nodes.iter().find(|n| n["@type"][0] == "https://schema.org/Dataset").unwrap();
        assert_eq!(
            dataset["http://purl.org/dc/terms/license"][0]["@id"],
            "https://creativecommons.org/licenses/by/4.0/"
        );

        for id in &ids {
            let r = v.get(&format!("/directory/entities/{id}/murmurations.json")).await;
            assert_eq!(r.status(), StatusCode::OK);
            let body = r.bytes().await.unwrap();
            check_with_python("murmurations", &body);
            let profile: Value = serde_json::from_slice(&body).unwrap();
            assert_eq!(profile["linked_schemas"][0], "organizations_schema-v1.0.0");
            assert!(profile.get("contact_details").is_none());
        }

        let atom = v.get("/directory/feed.atom").await;
        assert_eq!(atom.headers()["content-type"], "application/atom+xml; charset=utf-8");
        let atom = atom.text().await.unwrap();
        assert!(atom.contains("New member: Koperasi Wanita Sejahtera"));
        assert!(atom.contains("New project: Sekolah Tenun Perempuan Desa"));
        assert!(atom.contains("<rights>Creative Commons Attribution 4.0 International"));
        assert!(!atom.contains("Hidden Draft"));
        let index = v.get("/sitemap.xml").await.text().await.unwrap();
        assert!(index.contains("/sitemaps/entities-1.xml") && index.contains("/sitemaps/projects-1.xml"));
        let entities = v.get("/sitemaps/entities-1.xml").await.text().await.unwrap();
        assert_eq!(entities.matches("<loc>").count(), 26);
        let projects = v.get("/sitemaps/projects-1.xml").await.text().await.unwrap();
        assert_eq!(projects.matches("<loc>").count(), 9, "the application's project is not listed");
        assert_eq!(v.get("/sitemaps/other.xml").await.status(), StatusCode::NOT_FOUND);
        assert_eq!(v.get("/sitemaps/entities-900000000000000.xml").await.status(), StatusCode::NOT_FOUND);

        // Management chooses the licence; nobody else may.
        let member = app.signed_up("someone@asec.test", "Someone").await;
        assert_eq!(member.get("/directory/settings").await.status(), StatusCode::FORBIDDEN);
        let management = app
            .user_with_two_factor_grant(
                "chair@asec.test",
                Grant { role: Role::Management, scope: Scope::Network },
            )
            .await;
        let r = management.submit("/directory/settings", "/directory/settings", &[("licence", "GPL")]).await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let r =
            management.submit("/directory/settings", "/directory/settings", &[("licence", "CC0-1.0")]).await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
        let geo: Value = v.get("/directory/entities.geojson").await.json().await.unwrap();
        assert_eq!(geo["license"]["url"], "https://creativecommons.org/publicdomain/zero/1.0/");
        assert!(app.audit_actions("setting").await.contains(&"directory.licence".to_string()));
    });
}

async fn post_photo(b: &Browser, id: i64, bytes: Vec<u8>, with_csrf: bool) -> reqwest::Response {
    let html = b.get(&format!("/directory/projects/{id}")).await.text().await.unwrap();
    // In the order a browser sends the form: the token first.
    let mut form = reqwest::multipart::Form::new();
    if with_csrf {
        form = form.text("_csrf", csrf_in(&html));
    }
    let form = form
        .part("photo", reqwest::multipart::Part::bytes(bytes).file_name("p.png"))
        .text("caption", "Weavers at work");
    b.http.post(format!("{}/directory/projects/{id}/photos", b.base)).multipart(form).send().await.unwrap()
}

#[tokio::test]
async fn representatives_record_projects_and_management_features_them() {
    each_backend!(|app| {
        let ids = seed(&app).await;
        let (indonesia, thailand) = (ids[8], ids[4]);
        let rep = app
            .user_with_grant(
                "rep@wanita.id",
                Grant { role: Role::EntityRepresentative, scope: Scope::Entity(EntityId(indonesia)) },
            )
            .await;
        let other = app
            .user_with_grant(
                "rep@yasothon.th",
                Grant { role: Role::EntityRepresentative, scope: Scope::Entity(EntityId(thailand)) },
            )
            .await;
        let new = format!("/directory/entities/{indonesia}/projects/new");
        // Only the member's own representatives (and management) record its projects.
        assert_eq!(other.get(&new).await.status(), StatusCode::FORBIDDEN);
        assert_eq!(app.client().get(&new).await.status(), StatusCode::SEE_OTHER, "visitors sign in first");
        let entity_page = rep.page(&format!("/directory/entities/{indonesia}")).await;
        assert!(entity_page.contains(&new), "the representative sees the button");
        let entity_page = other.page(&format!("/directory/entities/{indonesia}")).await;
        assert!(!entity_page.contains(&new));

        let before = directory::testing::projects_of(&app.state.db, indonesia).await.len();
        let bad = [
            ("title", ""),
            ("summary", "Batik for mothers"),
            ("place", "Bantul"),
            ("country", "ID"),
            ("latitude", "91"),
            ("longitude", "110.3"),
            ("starts_on", "2026-05-01"),
            ("ends_on", "2025-01-01"),
            ("status", "ongoing"),
            ("sdg", "42"),
            ("beneficiaries_total", "10"),
            ("beneficiaries_women", "20"),
        ];
        let r = rep.submit(&new, &new, &bad).await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let html = r.text().await.unwrap();
        for message in [
            "Give the project a title.",
            "The end date is before the start date.",
            "Choose from the list.",
            "value=\"Batik for mothers\"",
        ] {
            assert!(html.contains(message), "{message}");
        }
        assert!(html.contains("id=\"f-latitude-error\""), "the latitude is named");
        assert!(html.contains("id=\"f-beneficiaries_women-error\""));
        assert_eq!(
            directory::testing::projects_of(&app.state.db, indonesia).await.len(),
            before,
            "nothing saved"
        );

        let good = [
            ("title", "Batik Ibu-Ibu Bantul"),
            ("summary", "Mothers make and sell batik together."),
            ("description", "Twenty mothers share a workshop."),
            ("lang", "en"),
            ("place", "Bantul"),
            ("country", "ID"),
            ("latitude", "-7,9"),
            ("longitude", "110.33"),
            ("starts_on", "2025-01-01"),
            ("status", "ongoing"),
            ("sdg", "5"),
            ("sdg", "8"),
            ("constituency", "women"),
            ("dimension", "3"),
            ("beneficiaries_total", "1,200"),
            ("beneficiaries_women", "900"),
            ("link", "https://batik.example/bantul"),
            ("tr_lang", "id"),
            ("tr_title", "Batik Ibu-Ibu Bantul"),
            ("tr_summary", "Ibu-ibu membuat dan menjual batik bersama."),
        ];
        let r = rep.submit(&new, &new, &good).await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
        let at = location(&r);
        let id: i64 = at.rsplit('/').next().unwrap().parse().unwrap();
        let html = app.client().page(&at).await;
        assert!(
            html.contains("Batik Ibu-Ibu Bantul")
                && html.contains("Ibu-ibu membuat dan menjual batik bersama.")
        );
        assert!(html.contains("1200, of whom 900 women"));
        assert!(html.contains("sdg sdg-5") && html.contains("class=\"m-here\""));
        let found = app.client().page("/directory/projects?q=menjual%20batik").await;
        assert!(found.contains("Batik Ibu-Ibu Bantul"), "indexed in both languages");

        // Editing: someone else's representative is refused; a stale page is refused.
        let edit = format!("/directory/projects/{id}/edit");
        assert_eq!(other.get(&edit).await.status(), StatusCode::FORBIDDEN);
        let form = rep.page(&edit).await;
        let token = csrf_in(&form);
        let mut fields: Vec<(&str, &str)> = good.to_vec();
        fields.push(("version", "1"));
        let renamed: Vec<(&str, &str)> =
            fields.iter().map(|(k, v)| if *k == "title" { (*k, "Batik Bantul") } else { (*k, *v) }).collect();
        let r = rep.submit(&edit, &edit, &renamed).await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
        let stale: Vec<(&str, &str)> = [vec![("_csrf", token.as_str())], fields.clone()].concat();
        let r = rep.post_raw(&edit, &stale).await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
        let html = rep.page(&location(&r)).await;
        assert!(html.contains("Someone else acted on this meanwhile."), "the stale page is refused");
        assert!(
            html.contains("Batik Bantul") && !html.contains("<h1 lang=\"en\">Batik Ibu-Ibu Bantul"),
            "and changed nothing"
        );

        // Photos: checked by type, size and number.
        assert_eq!(
            post_photo(&rep, id, b"\x89PNG\r\n\x1a\n fake".to_vec(), false).await.status(),
            StatusCode::FORBIDDEN
        );
        let project_page = format!("/directory/projects/{id}");
        let back = |r: &reqwest::Response| (r.status(), location(r));
        let r = post_photo(&rep, id, b"GIF89a....".to_vec(), true).await;
        assert_eq!(back(&r), (StatusCode::SEE_OTHER, project_page.clone()));
        assert!(rep.page(&project_page).await.contains("must be a PNG, JPEG or WebP"));
        // Just over the limit, and far over it (where the route's body limit may be met first,
        // as the bytes arrive): both are told on the page.
        for size in [3 * 1024 * 1024 + 1024, 4 * 1024 * 1024] {
            let r = post_photo(&rep, id, vec![0xFF; size], true).await;
            assert_eq!(
                back(&r),
                (StatusCode::SEE_OTHER, project_page.clone()),
                "{size} bytes: told on the page"
            );
            assert!(rep.page(&project_page).await.contains("larger than 3 MB"));
        }
        let r = post_photo(&rep, id, b"\x89PNG\r\n\x1a\n fake".to_vec(), true).await;
        assert_eq!(back(&r), (StatusCode::SEE_OTHER, project_page.clone()));
        assert!(
            rep.page(&project_page).await.contains("must be a PNG, JPEG or WebP"),
            "a fake PNG is refused"
        );
        let r = post_photo(&rep, id, crate::harness::png(1200, 900), true).await;
        assert_eq!(back(&r), (StatusCode::SEE_OTHER, project_page.clone()));
        let html = rep.page(&project_page).await;
        assert!(html.contains("The photo is added."));
        assert!(html.contains("alt=\"Weavers at work\""));
        assert!(html.contains("width=\"800\" height=\"600\""), "the page shows it at most 800 wide");
        let photo = directory::testing::photo_ids(&app.state.db, id).await[0];
        let r = app.client().get(&format!("/directory/photos/{photo}")).await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER, "the old address leads to the stored image");
        let r = app.client().get(&location(&r)).await;
        assert_eq!(r.headers()["content-type"], "image/jpeg");
        assert_eq!(crate::harness::dimensions(&r.bytes().await.unwrap()), (800, 600));
        assert_eq!(
            post_photo(&other, id, b"\x89PNG\r\n\x1a\n".to_vec(), true).await.status(),
            StatusCode::FORBIDDEN
        );

        // Featuring is management's.
        let feature = format!("/directory/projects/{id}/feature");
        let page_at = format!("/directory/projects/{id}");
        assert_eq!(
            rep.submit(&page_at, &feature, &[("featured", "yes")]).await.status(),
            StatusCode::FORBIDDEN
        );
        let management = app
            .user_with_two_factor_grant(
                "chair@asec.test",
                Grant { role: Role::Management, scope: Scope::Network },
            )
            .await;
        assert_eq!(
            management.submit(&page_at, &feature, &[("featured", "yes")]).await.status(),
            StatusCode::SEE_OTHER
        );
        let list = app.client().page("/directory/projects?country=ID").await;
        assert_eq!(listed(&list)[0], "Batik Bantul", "featured first");

        // Deleting needs the confirmation, and only the member's people may.
        let delete = format!("/directory/projects/{id}/delete");
        assert_eq!(
            other.submit(&page_at, &delete, &[("confirm", "yes")]).await.status(),
            StatusCode::FORBIDDEN
        );
        let r = rep.submit(&page_at, &delete, &[]).await;
        let html = rep.page(&location(&r)).await;
        assert!(html.contains("Tick the box to confirm"));
        let r = rep.submit(&page_at, &delete, &[("confirm", "yes")]).await;
        assert_eq!(location(&r), format!("/directory/entities/{indonesia}"));
        assert_eq!(app.client().get(&page_at).await.status(), StatusCode::NOT_FOUND);
        let found = app.client().page("/directory/projects?q=menjual%20batik").await;
        assert!(!found.contains("Batik Bantul"), "gone from search");
        let actions = app.audit_actions("project").await;
        for action in
            ["project.create", "project.update", "project.photo_add", "project.feature", "project.delete"]
        {
            assert!(actions.contains(&action.to_string()), "{action} audited");
        }

        // The API shows public projects only.
        let r = app
            .client()
            .get(&format!("/api/v1/projects?country=ID&q={}", web::context::urlencode("tenun")))
            .await;
        let list: Value = r.json().await.unwrap();
        assert_eq!(list.as_array().unwrap().len(), 1);
        assert_eq!(list[0]["title"], "Sekolah Tenun Perempuan Desa");
        assert_eq!(list[0]["sse_dimensions"][0], 3);
    });
}

/// The "back" link of a member's or a project's page: (href, label), as a browser reads them.
fn back_link(html: &str) -> (String, String) {
    let end = html.find("\" id=\"back\">").unwrap_or_else(|| panic!("no back link in:\n{html}"));
    let start = html[..end].rfind("href=\"").unwrap() + "href=\"".len();
    let label = html[end + "\" id=\"back\">".len()..].split('<').next().unwrap();
    (html[start..end].replace("&#38;", "&"), label.to_string())
}

/// The toggle that folds the filters: its summary, and whether it is open.
fn filter_toggle(html: &str) -> (String, bool) {
    let start =
        html.find("<details class=\"filters-toggle\"").unwrap_or_else(|| panic!("no toggle in:\n{html}"));
    let tag = &html[start..start + html[start..].find('>').unwrap()];
    let summary = html[start..].split("<summary>").nth(1).unwrap().split("</summary>").next().unwrap();
    (summary.to_string(), tag.contains(" open"))
}

#[tokio::test]
async fn after_show_results_a_phone_lands_on_the_results_and_a_member_leads_back_to_them() {
    each_backend!(|app| {
        let ids = seed(&app).await;
        let v = app.client();

        // The form sends the visitor to the results; the filters fold behind a toggle that
        // needs no script, closed, so on a phone the results come first.
        for (path, action) in [
            ("/directory", "/directory"),
            ("/directory/projects", "/directory/projects"),
            ("/directory/map", "/directory/map"),
        ] {
            let html = v.page(path).await;
            assert!(html.contains(&format!("action=\"{action}#results\"")), "{path}");
            assert!(html.contains("id=\"results\""), "{path}");
            assert_eq!(filter_toggle(&html), ("Filters".to_string(), false), "{path}");
            let toggle = html.find("<details class=\"filters-toggle\"").unwrap();
            let results = html.find("id=\"results\"").unwrap();
            assert!(path == "/directory/map" || toggle < results, "the folded filters stand above the list");
        }
        // Two filters (the order is not one), and a search is one more.
        let html = v.page("/directory?country=ID&sdg=5&sort=newest").await;
        assert_eq!(filter_toggle(&html), ("Filters (2)".to_string(), false));
        assert!(html.contains("<option value=\"ID\" selected>"), "the folded form keeps the choices");
        let html3 = v.page("/directory/projects?country=ID&sdg=5&q=tenun").await;
        assert_eq!(filter_toggle(&html3).0, "Filters (3)");
        // Unknown values still count and are named, with the results anchor in place.
        let (status, bad) = v.get_text("/directory?country=XX").await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(filter_toggle(&bad).0, "Filters (1)");
        assert!(bad.contains("id=\"results\"") && bad.contains("id=\"filter-problems\""));

        // A member's card carries the list it is on, and its page leads back to it.
        let member = ids[8];
        let card = format!(
            "href=\"/directory/entities/{member}?back=%2Fdirectory%3Fcountry%3DID%26sdg%3D5%26sort%3Dnewest\""
        );
        assert!(html.contains(&card), "{html}");
        let page = v
            .page(&format!(
                "/directory/entities/{member}?back=%2Fdirectory%3Fcountry%3DID%26sdg%3D5%26sort%3Dnewest"
            ))
            .await;
        assert_eq!(
            back_link(&page),
            (
                "/directory?country=ID&sdg=5&sort=newest#results".to_string(),
                "← All organisations".to_string()
            )
        );
        assert!(page.contains(&format!(
            "<link rel=\"canonical\" href=\"{}/directory/entities/{member}\">",
            app.state.config.base_url.trim_end_matches('/')
        )));
        // …and its projects carry the same list on.
        assert!(page.contains(
            "?back=%2Fdirectory%3Fcountry%3DID%26sdg%3D5%26sort%3Dnewest\">Sekolah Tenun Perempuan Desa</a>"
        ));
        // Without filters, the plain link and the plain way back.
        let plain = v.page("/directory").await;
        assert!(plain.contains(&format!("href=\"/directory/entities/{member}\"")));
        let page = v.page(&format!("/directory/entities/{member}")).await;
        assert_eq!(back_link(&page).0, "/directory#results");

        // The page number comes back too.
        let second = v.page("/directory?sort=newest&page=2").await;
        let link = second.split("<h2><a href=\"").nth(1).unwrap().split('"').next().unwrap().to_string();
        assert!(link.ends_with("?back=%2Fdirectory%3Fsort%3Dnewest%26page%3D2"), "{link}");
        assert_eq!(back_link(&v.page(&link).await).0, "/directory?sort=newest&page=2#results");

        // A project found by a search leads back to the search; its owner's link carries it.
        let projects = v.page("/directory/projects?q=tenun").await;
        let link = projects.split("<h2><a href=\"").nth(1).unwrap().split('"').next().unwrap().to_string();
        assert!(link.ends_with("?back=%2Fdirectory%2Fprojects%3Fq%3Dtenun"), "{link}");
        let project_path = link.split('?').next().unwrap().to_string();
        let page = v.page(&link).await;
        assert_eq!(
            back_link(&page),
            ("/directory/projects?q=tenun#results".to_string(), "← All projects".to_string())
        );
        assert!(page.contains(&format!(
            "href=\"/directory/entities/{member}?back=%2Fdirectory%2Fprojects%3Fq%3Dtenun\""
        )));
        // From the projects list, a member's page leads back to the projects.
        let owner =
            v.page(&format!("/directory/entities/{member}?back=%2Fdirectory%2Fprojects%3Fq%3Dtenun")).await;
        assert_eq!(
            back_link(&owner),
            ("/directory/projects?q=tenun#results".to_string(), "← All projects".to_string())
        );
        // From the map, back to the map.
        let map =
            v.page(&format!("/directory/entities/{member}?back=%2Fdirectory%2Fmap%3Fcountry%3DID")).await;
        assert_eq!(
            back_link(&map),
            ("/directory/map?country=ID#results".to_string(), "← Back to the map".to_string())
        );

        // Only a list of the directory, with known filters, is ever linked: no open redirect.
        for hostile in [
            "https%3A%2F%2Fevil.example%2Fdirectory",
            "%2F%2Fevil.example%2Fdirectory",
            "%2Fdirectory%3Fcountry%3DXX",
            "%2Flogin%3Fnext%3D%2F%2Fevil.example",
            "javascript%3Aalert(1)",
            "%2Fdirectory%2Fentities%2F1",
        ] {
            let page = v.page(&format!("/directory/entities/{member}?back={hostile}")).await;
            assert_eq!(back_link(&page).0, "/directory#results", "{hostile}");
            let page = v.page(&format!("{project_path}?back={hostile}")).await;
            assert_eq!(back_link(&page).0, "/directory/projects#results", "{hostile}");
        }
        let page = v
            .page(&format!(
                "/directory/entities/{member}?back=%2Fdirectory%3Fcountry%3DID%26evil%3D%22%3E%3Cscript%3E"
            ))
            .await;
        assert_eq!(back_link(&page).0, "/directory?country=ID#results", "unknown parameters dropped");
        assert!(!page.contains("<script>"));
        assert_eq!(
            v.get(&format!("/directory/entities/{member}?back=a&back=b")).await.status(),
            StatusCode::OK
        );

        // In Indonesian.
        let r = v.submit("/directory", "/language", &[("lang", "id"), ("next", "/directory")]).await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
        let html = v.page("/directory?country=ID&sdg=5").await;
        assert_eq!(filter_toggle(&html).0, "Saringan (2)");
        let page = v.page(&format!("/directory/entities/{member}?back=%2Fdirectory%3Fcountry%3DID")).await;
        assert_eq!(
            back_link(&page),
            ("/directory?country=ID#results".to_string(), "← Semua organisasi".to_string())
        );
    });
}

/// The cells of a CSV download (after its byte-order mark): the header row and the rows.
fn read_csv(bytes: &[u8]) -> (Vec<String>, Vec<Vec<String>>) {
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "BOM for spreadsheets");
    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    let headers = reader.headers().unwrap().iter().map(str::to_string).collect();
    let rows = reader.records().map(|r| r.unwrap().iter().map(str::to_string).collect()).collect();
    (headers, rows)
}

/// The value of column `header` in the row whose column `key` is `value`.
fn cell(csv: &(Vec<String>, Vec<Vec<String>>), key: &str, value: &str, header: &str) -> String {
    let (headers, rows) = csv;
    let at = |h: &str| {
        headers.iter().position(|x| x == h).unwrap_or_else(|| panic!("no column {h} in {headers:?}"))
    };
    let row =
        rows.iter().find(|r| r[at(key)] == value).unwrap_or_else(|| panic!("no row with {key} = {value}"));
    row[at(header)].clone()
}

#[tokio::test]
async fn the_csv_downloads_speak_the_visitor_s_language_and_keep_the_codes() {
    each_backend!(|app| {
        seed(&app).await;
        let v = app.client();
        let r = v.submit("/directory", "/language", &[("lang", "id"), ("next", "/directory")]).await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER);

        let members =
            read_csv(&v.get("/directory/entities.csv?subregion=east-asia").await.bytes().await.unwrap());
        for header in [
            "Nama resmi",
            "Jenis organisasi",
            "Jenis (kode)",
            "Negara",
            "Negara (kode)",
            "Jaringan negara",
            "Kelompok sasaran",
            "Kelompok sasaran (kode)",
            "Anggota sejak (UTC)",
            "Lisensi",
        ] {
            assert!(members.0.iter().any(|h| h == header), "{header} in {:?}", members.0);
        }
        assert!(!members.0.iter().any(|h| h == "Country" || h == "legal_name"), "no English headers");
        let japan = "パルシステム生活協同組合";
        assert_eq!(cell(&members, "Nama resmi", japan, "Negara"), "Jepang");
        assert_eq!(cell(&members, "Nama resmi", japan, "Negara (kode)"), "JP");
        assert_eq!(cell(&members, "Nama resmi", japan, "Jenis organisasi"), "Koperasi");
        assert_eq!(cell(&members, "Nama resmi", japan, "Jenis (kode)"), "cooperative");
        assert_eq!(cell(&members, "Nama resmi", japan, "Kelompok sasaran (kode)"), "women");
        assert_eq!(cell(&members, "Nama resmi", japan, "SDG (nomor)"), "12");
        assert_eq!(cell(&members, "Nama resmi", "한살림 생활협동조합", "Jenis organisasi"), "Usaha sosial");
        assert_eq!(cell(&members, "Nama resmi", "北京农民合作社联盟", "Negara (kode)"), "CN");
        // Timestamps in RFC 3339, UTC, to the second.
        let since = cell(&members, "Nama resmi", japan, "Anggota sejak (UTC)");
        let t = chrono::DateTime::parse_from_rfc3339(&since).unwrap_or_else(|e| panic!("{since}: {e}"));
        assert_eq!(since, t.format("%Y-%m-%dT%H:%M:%SZ").to_string(), "seconds, Z");
        assert_eq!(since.len(), "2026-12-01T14:30:05Z".len());

        let projects = read_csv(&v.get("/directory/projects.csv?country=JP").await.bytes().await.unwrap());
        assert_eq!(projects.1.len(), 1);
        let row = |header: &str| cell(&projects, "Negara (kode)", "JP", header);
        assert_eq!(row("Negara"), "Jepang");
        assert_eq!(row("Judul"), "産直ネットワーク");
        assert_eq!(row("Organisasi anggota"), japan);
        assert_eq!(row("Status"), "Sedang berjalan");
        assert_eq!(row("Status (kode)"), "ongoing");
        assert_eq!(row("Dimensi SSE (nomor)"), "3");
        assert!(!row("Dimensi SSE").is_empty() && row("Dimensi SSE") != "3");
        assert_eq!(row("Unggulan"), "Tidak");
        assert_eq!(row("Tanggal mulai"), "2025-01-01", "dates stay ISO 8601");

        // A visitor reading English gets English, with the same codes.
        let en =
            read_csv(&app.client().get("/directory/entities.csv?country=JP").await.bytes().await.unwrap());
        assert_eq!(cell(&en, "Country (code)", "JP", "Country"), "Japan");
        assert_eq!(cell(&en, "Country (code)", "JP", "Kind of organisation"), "Cooperative");
        assert_eq!(en.0.len(), members.0.len(), "the same columns in every language");
        // The machine-readable documents keep their field names and codes.
        let geo: Value = v.get("/directory/entities.geojson?country=JP").await.json().await.unwrap();
        let properties = &geo["features"][0]["properties"];
        assert_eq!(
            (properties["country"].as_str(), properties["kind"].as_str()),
            (Some("JP"), Some("cooperative"))
        );
        assert_eq!(properties["member_since"].as_str(), Some(since.as_str()));
    });
}

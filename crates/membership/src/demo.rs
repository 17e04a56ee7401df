//! A believable demo network (`asec demo`, or `asec serve --demo`): member entities in all 18
//! countries, applications at every stage, focal points, management and a published MOU.
//! Names and places are invented; demo accounts share one password, printed when loaded.

use crate::domain::{self, Profile, Status, Step};
use crate::store;
use accounts::Write;
use kernel::{CountryCode, Grant, Role, Scope, UserId};
use web::{AppError, AppState};

/// The password every demo account shares.
pub const DEMO_PASSWORD: &str = "asec-demo-network";

/// (country, legal name, kind, city, latitude, longitude, description language, description,
/// constituencies, SDGs, sector, stage)
type Row = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    f64,
    f64,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    Status,
);

const ENTITIES: [Row; 40] = [
    (
        "IN",
        "Self Employed Women's Cooperative Federation",
        "cooperative",
        "Ahmedabad",
        23.0225,
        72.5714,
        "en",
        "Savings, credit and market access for women in the informal economy.",
        "women;informal-workers",
        "1;5;8",
        "ICA140",
        Status::Active,
    ),
    (
        "IN",
        "ग्राम स्वराज किसान सहकारी समिति",
        "cooperative",
        "Madurai",
        9.9252,
        78.1198,
        "hi",
        "जैविक खेती और बीज बैंक के माध्यम से छोटे किसानों की आय बढ़ाना।",
        "farmers;youth",
        "2;12;15",
        "ICA10",
        Status::Active,
    ),
    (
        "IN",
        "Coastal Fisherfolk Producer Company",
        "social-enterprise",
        "Kochi",
        9.9312,
        76.2673,
        "en",
        "Fair prices and cold storage for small-scale fishing families.",
        "fisherfolk",
        "1;14",
        "ICA50",
        Status::AwaitingEndorsement,
    ),
    (
        "LK",
        "Sarvodaya Village Enterprise Network",
        "network",
        "Moratuwa",
        6.7730,
        79.8816,
        "en",
        "Village savings groups and small enterprises across Sri Lanka.",
        "urban-poor;women",
        "1;8;17",
        "ICA180",
        Status::Active,
    ),
    (
        "LK",
        "Hill Country Tea Workers Cooperative",
        "cooperative",
        "Nuwara Eliya",
        6.9497,
        80.7891,
        "en",
        "Tea workers owning a processing unit together.",
        "informal-workers;women",
        "8;10",
        "ICA250",
        Status::AwaitingApproval,
    ),
    (
        "NP",
        "Himalayan Women Weavers Cooperative",
        "cooperative",
        "Pokhara",
        28.2096,
        83.9856,
        "en",
        "Hand-woven textiles, fair wages and literacy classes.",
        "women;indigenous-peoples",
        "5;8;12",
        "ICA60",
        Status::Active,
    ),
    (
        "NP",
        "Community Forestry Users Federation",
        "association",
        "Kathmandu",
        27.7172,
        85.3240,
        "en",
        "Forest user groups managing community forests.",
        "farmers;indigenous-peoples",
        "13;15",
        "ICA30",
        Status::Active,
    ),
    (
        "BD",
        "Nijera Kori Landless Cooperative",
        "cooperative",
        "Khulna",
        22.8456,
        89.5403,
        "en",
        "Landless farmers farming leased land together.",
        "farmers;urban-poor",
        "1;2",
        "ICA10",
        Status::Active,
    ),
    (
        "BD",
        "Dhaka Garment Workers Savings Group",
        "self-help-group",
        "Dhaka",
        23.8103,
        90.4125,
        "en",
        "Savings and legal aid for garment workers.",
        "women;migrants",
        "5;8",
        "ICA140",
        Status::SentBack,
    ),
    (
        "PK",
        "Sindh Rural Support Cooperative",
        "cooperative",
        "Hyderabad",
        25.3960,
        68.3578,
        "en",
        "Rural women's enterprises and micro-insurance.",
        "women;farmers",
        "1;5",
        "ICA150",
        Status::Active,
    ),
    (
        "AF",
        "Herat Saffron Growers Association",
        "association",
        "Herat",
        34.3529,
        62.2040,
        "en",
        "Saffron farmers selling together at fair prices.",
        "farmers;women",
        "2;8",
        "ICA10",
        Status::AwaitingApproval,
    ),
    (
        "MY",
        "Koperasi Belia Bestari Malaysia",
        "cooperative",
        "Kuala Lumpur",
        3.1390,
        101.6869,
        "ms",
        "Koperasi belia untuk pekerjaan hijau dan keusahawanan sosial.",
        "youth",
        "4;8;13",
        "ICA120",
        Status::Active,
    ),
    (
        "MY",
        "Pertubuhan Wanita Orang Asal Perak",
        "association",
        "Ipoh",
        4.5975,
        101.0901,
        "ms",
        "Kraftangan dan hak tanah untuk wanita Orang Asal.",
        "women;indigenous-peoples",
        "5;10;15",
        "ICA60",
        Status::Active,
    ),
    (
        "MY",
        "Sabah Fisherfolk Social Enterprise",
        "social-enterprise",
        "Kota Kinabalu",
        5.9804,
        116.0735,
        "en",
        "Seaweed farming and fair trade for coastal villages.",
        "fisherfolk",
        "1;14",
        "ICA50",
        Status::AwaitingMou,
    ),
    (
        "ID",
        "Koperasi Wanita Sejahtera",
        "cooperative",
        "Yogyakarta",
        -7.7956,
        110.3695,
        "id",
        "Simpan pinjam dan usaha bersama untuk perempuan desa.",
        "women;farmers",
        "1;5;8",
        "ICA140",
        Status::Active,
    ),
    (
        "ID",
        "Bina Swadaya Masyarakat",
        "foundation",
        "Jakarta",
        -6.2088,
        106.8456,
        "id",
        "Pemberdayaan kelompok swadaya masyarakat sejak 1967.",
        "urban-poor;farmers",
        "1;8;17",
        "ICA180",
        Status::Active,
    ),
    (
        "ID",
        "Koperasi Nelayan Tanjung Harapan",
        "cooperative",
        "Makassar",
        -5.1477,
        119.4327,
        "id",
        "Koperasi nelayan kecil untuk harga ikan yang adil.",
        "fisherfolk",
        "2;14",
        "ICA50",
        Status::AwaitingEndorsement,
    ),
    (
        "ID",
        "Credit Union Keling Kumang",
        "mutual",
        "Sintang",
        0.0785,
        111.4970,
        "id",
        "Credit union masyarakat Dayak di Kalimantan Barat.",
        "indigenous-peoples;farmers",
        "1;8;10",
        "ICA140",
        Status::Active,
    ),
    (
        "PH",
        "Bayanihan Farmers Multi-Purpose Cooperative",
        "cooperative",
        "Iloilo",
        10.7202,
        122.5621,
        "en",
        "Rice farmers sharing machines, seeds and a rice mill.",
        "farmers",
        "1;2",
        "ICA10",
        Status::Active,
    ),
    (
        "PH",
        "Samahan ng mga Manggagawa sa Impormal na Sektor",
        "association",
        "Quezon City",
        14.6760,
        121.0437,
        "en",
        "Vendors and home-based workers organising for social protection.",
        "informal-workers;women",
        "1;8;10",
        "ICA120",
        Status::Active,
    ),
    (
        "PH",
        "Mindanao Peace Weavers Social Enterprise",
        "social-enterprise",
        "Davao",
        7.1907,
        125.4553,
        "en",
        "Weaving livelihoods in conflict-affected communities.",
        "women;indigenous-peoples",
        "5;16",
        "ICA60",
        Status::Declined,
    ),
    (
        "TH",
        "สหกรณ์การเกษตรอินทรีย์ยโสธร",
        "cooperative",
        "Yasothon",
        15.7924,
        104.1451,
        "th",
        "ข้าวอินทรีย์และการค้าที่เป็นธรรมของเกษตรกรรายย่อย",
        "farmers",
        "2;12;13",
        "ICA10",
        Status::Active,
    ),
    (
        "TH",
        "Klong Toey Community Savings Network",
        "self-help-group",
        "Bangkok",
        13.7083,
        100.5597,
        "en",
        "Savings and housing for urban poor communities.",
        "urban-poor",
        "1;11",
        "ICA210",
        Status::Active,
    ),
    (
        "SG",
        "Fair Trade Hub Singapore",
        "fair-trade",
        "Singapore",
        1.3521,
        103.8198,
        "en",
        "A shop and network for fair-trade products from the region.",
        "migrants;youth",
        "8;12;17",
        "ICA240",
        Status::Active,
    ),
    (
        "KH",
        "Cambodian Women Crisis Cooperative",
        "cooperative",
        "Phnom Penh",
        11.5564,
        104.9282,
        "en",
        "Livelihoods for women survivors of violence.",
        "women",
        "5;8;16",
        "ICA120",
        Status::Active,
    ),
    (
        "KH",
        "Tonle Sap Fisheries Community",
        "community-based",
        "Siem Reap",
        13.3671,
        103.8448,
        "en",
        "Community fisheries protecting the great lake.",
        "fisherfolk",
        "14;15",
        "ICA50",
        Status::Draft,
    ),
    (
        "MM",
        "Shan State Tea Farmers Cooperative",
        "cooperative",
        "Taunggyi",
        20.7888,
        97.0337,
        "en",
        "Tea farmers processing and selling their own tea.",
        "farmers;indigenous-peoples",
        "1;8",
        "ICA10",
        Status::Active,
    ),
    (
        "LA",
        "Lao Weavers Cooperative",
        "cooperative",
        "Luang Prabang",
        19.8856,
        102.1347,
        "en",
        "Natural-dye weaving by village women.",
        "women",
        "5;8;12",
        "ICA60",
        Status::Active,
    ),
    (
        "VN",
        "Hợp tác xã Nông nghiệp Hữu cơ Thanh Xuân",
        "cooperative",
        "Hà Nội",
        21.0278,
        105.8342,
        "vi",
        "Rau hữu cơ của nông dân nhỏ cho bếp ăn trường học.",
        "farmers;youth",
        "2;3;12",
        "ICA10",
        Status::Active,
    ),
    (
        "VN",
        "Mekong Delta Women's Savings Union",
        "mutual",
        "Cần Thơ",
        10.0452,
        105.7469,
        "en",
        "Savings and credit for women in the delta.",
        "women",
        "1;5",
        "ICA140",
        Status::AwaitingApproval,
    ),
    (
        "JP",
        "パルシステム生活協同組合",
        "cooperative",
        "Tokyo",
        35.6762,
        139.6503,
        "ja",
        "産直と環境に配慮した暮らしを支える生活協同組合。",
        "farmers;urban-poor",
        "2;12",
        "ICA240",
        Status::Active,
    ),
    (
        "JP",
        "Workers' Collective Network Japan",
        "network",
        "Yokohama",
        35.4437,
        139.6380,
        "en",
        "Worker-owned care and food businesses.",
        "informal-workers;women",
        "3;8",
        "ICA200",
        Status::Active,
    ),
    (
        "KR",
        "한살림 생활협동조합",
        "cooperative",
        "Seoul",
        37.5665,
        126.9780,
        "ko",
        "생산자와 소비자가 함께하는 친환경 농산물 협동조합.",
        "farmers",
        "2;12;13",
        "ICA240",
        Status::Active,
    ),
    (
        "KR",
        "Seoul Social Economy Youth Network",
        "network",
        "Seoul",
        37.5519,
        126.9918,
        "en",
        "Young social entrepreneurs learning and trading together.",
        "youth",
        "4;8",
        "ICA120",
        Status::AwaitingMou,
    ),
    (
        "CN",
        "北京农民合作社联盟",
        "network",
        "Beijing",
        39.9042,
        116.4074,
        "zh",
        "支持小农户合作社的发展与公平贸易。",
        "farmers",
        "1;2;8",
        "ICA10",
        Status::Active,
    ),
    (
        "CN",
        "Yunnan Ethnic Handicraft Cooperative",
        "cooperative",
        "Kunming",
        25.0389,
        102.7183,
        "en",
        "Ethnic minority women producing and selling handicrafts.",
        "women;indigenous-peoples",
        "5;8",
        "ICA60",
        Status::Active,
    ),
    (
        "HK",
        "香港社區合作社",
        "cooperative",
        "Hong Kong",
        22.3193,
        114.1694,
        "zh",
        "社區互助、公平貿易與長者照顧。",
        "urban-poor",
        "3;11",
        "ICA200",
        Status::Active,
    ),
    (
        "MY",
        "Koperasi Petani Padi Kedah",
        "cooperative",
        "Alor Setar",
        6.1248,
        100.3678,
        "ms",
        "Petani padi berkongsi jentera dan kilang padi.",
        "farmers",
        "1;2",
        "ICA10",
        Status::Active,
    ),
    (
        "ID",
        "Serikat Pekerja Rumahan Sejahtera",
        "association",
        "Surabaya",
        -7.2575,
        112.7521,
        "id",
        "Pekerja rumahan perempuan memperjuangkan upah yang layak.",
        "women;informal-workers",
        "5;8",
        "ICA120",
        Status::AwaitingEndorsement,
    ),
    (
        "TH",
        "Chiang Mai Youth Social Enterprise Lab",
        "social-enterprise",
        "Chiang Mai",
        18.7883,
        98.9853,
        "en",
        "Young people starting community enterprises.",
        "youth",
        "4;8",
        "ICA120",
        Status::Active,
    ),
];

/// The steps that bring a new application to `stage`, in order.
fn steps_to(stage: Status) -> &'static [(Step, Status)] {
    use Status::*;
    match stage {
        Draft => &[],
        AwaitingEndorsement => &[(Step::Submit, AwaitingEndorsement)],
        SentBack => &[(Step::Submit, AwaitingEndorsement), (Step::SendBack, SentBack)],
        AwaitingApproval => &[(Step::Submit, AwaitingEndorsement), (Step::Endorse, AwaitingApproval)],
        AwaitingMou => &[
            (Step::Submit, AwaitingEndorsement),
            (Step::Endorse, AwaitingApproval),
            (Step::Approve, AwaitingMou),
        ],
        Declined => &[
            (Step::Submit, AwaitingEndorsement),
            (Step::Endorse, AwaitingApproval),
            (Step::Decline, Declined),
        ],
        _ => &[
            (Step::Submit, AwaitingEndorsement),
            (Step::Endorse, AwaitingApproval),
            (Step::Approve, AwaitingMou),
            (Step::AcceptMou, Active),
        ],
    }
}

/// Loads the demo network unless members exist already; returns how many entities it made.
pub async fn load(app: &AppState) -> Result<usize, AppError> {
    if !store::pipeline(&app.db, &Default::default(), None).await?.is_empty()
        || store::active_counts(&app.db).await?.iter().any(|c| c.n > 0)
    {
        return Ok(0);
    }
    let w = Write::begin(app, None).await?;
    let tx = w.tx();
    let now = app.now();
    let chair =
        accounts::create_confirmed_account(&w, "chair@demo.asec.example", "Demo Chair", "id", DEMO_PASSWORD)
            .await?;
    accounts::grant_in(&w, chair.id, &Grant { role: Role::Management, scope: Scope::Network }).await?;
    store::add_mou_version(
        tx,
        "MOU on the SSE Development Roadmap 2025–2030",
        "The member commits to the five dimensions of the social and solidarity economy and to work with the SDG framework.\n\nThe member takes part in its country network, shares its case studies and joins the council's decisions.",
        chair.id.0,
        now,
    )
    .await?;
    for (country, name) in [
        ("ID", "Demo Focal Point Indonesia"),
        ("MY", "Demo Focal Point Malaysia"),
        ("IN", "Demo Focal Point India"),
        ("PH", "Demo Focal Point Philippines"),
        ("JP", "Demo Focal Point Japan"),
    ] {
        let email = format!("focal.{}@demo.asec.example", country.to_ascii_lowercase());
        let person = accounts::create_confirmed_account(&w, &email, name, "en", DEMO_PASSWORD).await?;
        let scope = Scope::Country(CountryCode::parse(country).expect("demo codes are valid"));
        accounts::grant_in(&w, person.id, &Grant { role: Role::FocalPoint, scope }).await?;
    }
    let mou = store::current_mou(tx).await?.expect("just published");
    for (i, (country, name, kind, city, lat, lon, lang, description, constituencies, sdgs, sector, stage)) in
        ENTITIES.iter().enumerate()
    {
        let applicant = accounts::create_confirmed_account(
            &w,
            &format!("member{}@demo.asec.example", i + 1),
            &format!("Demo Member {}", i + 1),
            "en",
            DEMO_PASSWORD,
        )
        .await?;
        let network = app
            .reference
            .country_network_for(&CountryCode::parse(country).expect("demo codes are valid"))
            .expect("demo countries are in the network");
        let profile = Profile {
            legal_name: name.to_string(),
            kind: kind.to_string(),
            country_code: country.to_string(),
            network_country: network.code.to_string(),
            city: city.to_string(),
            latitude_e6: Some((lat * 1e6).round() as i64),
            longitude_e6: Some((lon * 1e6).round() as i64),
            members_total: Some(40 + (i as i32 * 37) % 900),
            members_women: Some(20 + (i as i32 * 23) % 40),
            description: description.to_string(),
            description_lang: lang.to_string(),
            constituencies: constituencies
                .split(';')
                .filter(|c| app.reference.constituency(c).is_some())
                .map(str::to_string)
                .collect(),
            sdgs: sdgs.split(';').filter_map(|n| n.parse().ok()).collect(),
            sectors: vec![sector.to_string()],
            languages: vec![lang.to_string()],
            commitments: app
                .reference
                .dimensions
                .iter()
                .map(|d| (d.number, format!("How {name} lives {}.", d.name.en.to_lowercase())))
                .collect(),
            ..Default::default()
        };
        let id = store::create_entity(tx, &profile, applicant.id.0, now).await?;
        let (mut from, mut version) = (Status::Draft, 1);
        for (step, to) in steps_to(*stage) {
            let note = if domain::Step::needs_reason(*step) {
                "Demo: please say more about your members."
            } else {
                ""
            };
            store::set_status(tx, id, version, from, *to, note, now).await?;
            store::record_event(tx, id, Some(chair.id.0), step.as_str(), from, *to, note, now).await?;
            from = *to;
            version += 1;
        }
        crate::index::reindex(tx, id).await?;
        if from == Status::Active {
            store::accept_mou(
                tx,
                id,
                mou.id,
                &applicant.display_name,
                "Chair",
                &now.format("%Y-%m-%d").to_string(),
                applicant.id.0,
                now,
            )
            .await?;
            let grant =
                Grant { role: Role::EntityRepresentative, scope: Scope::Entity(kernel::EntityId(id)) };
            accounts::grant_in(&w, UserId(applicant.id.0), &grant).await?;
        }
    }
    w.audit("demo.load", "network", "demo", None, Some(serde_json::json!({ "entities": ENTITIES.len() })))
        .await?;
    w.commit().await?;
    Ok(ENTITIES.len())
}

/// A member for generated benchmark data: what the generator varies. Everything else of the
/// profile is left empty.
#[derive(Debug, Clone, Default)]
pub struct SampleMember {
    pub legal_name: String,
    pub kind: String,
    /// Where it is (a territory such as HK is put in its country network).
    pub country_code: String,
    pub city: String,
    pub latitude_e6: Option<i64>,
    pub longitude_e6: Option<i64>,
    pub members_total: Option<i32>,
    pub members_women: Option<i32>,
    pub description: String,
    pub description_lang: String,
    /// The description in further languages: (language code, text).
    pub other_descriptions: Vec<(String, String)>,
    pub constituencies: Vec<String>,
    pub sdgs: Vec<u8>,
    pub sectors: Vec<String>,
    pub languages: Vec<String>,
    /// (SSE dimension number, statement)
    pub commitments: Vec<(u8, String)>,
}

/// Creates active members from samples on behalf of one applicant, indexed for search: the
/// data generator's way in (no history, no mail; one audit entry for the batch). Returns
/// their ids, in order.
pub async fn insert_sample_members(
    w: &Write<'_>,
    applicant: UserId,
    samples: &[SampleMember],
) -> Result<Vec<i64>, AppError> {
    let now = w.now();
    let reference = &w.app().reference;
    let mut ids = Vec::with_capacity(samples.len());
    for s in samples {
        let network = CountryCode::parse(&s.country_code)
            .and_then(|c| reference.country_network_for(&c))
            .ok_or(AppError::Invalid("error-country-unknown"))?;
        let profile = Profile {
            legal_name: s.legal_name.clone(),
            kind: s.kind.clone(),
            country_code: s.country_code.clone(),
            network_country: network.code.to_string(),
            city: s.city.clone(),
            latitude_e6: s.latitude_e6,
            longitude_e6: s.longitude_e6,
            members_total: s.members_total,
            members_women: s.members_women,
            description: s.description.clone(),
            description_lang: s.description_lang.clone(),
            other_descriptions: s.other_descriptions.clone(),
            constituencies: s.constituencies.clone(),
            sdgs: s.sdgs.clone(),
            sectors: s.sectors.clone(),
            languages: s.languages.clone(),
            commitments: s.commitments.clone(),
            ..Default::default()
        };
        let id = store::create_entity(w.tx(), &profile, applicant.0, now).await?;
        store::set_status(w.tx(), id, 1, Status::Draft, Status::Active, "", now).await?;
        let text = crate::index::searchable_text(&profile);
        ::store::search::index(w.tx(), crate::index::DOC_TYPE, &id.to_string(), &text).await?;
        ids.push(id);
    }
    let after = serde_json::json!({ "members": ids.len(), "first": ids.first(), "last": ids.last() });
    w.audit("entity.generate", "entity", ids.first().copied().unwrap_or_default(), None, Some(after)).await?;
    Ok(ids)
}

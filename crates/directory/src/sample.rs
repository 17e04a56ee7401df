//! Generated sample data: the demo network's projects, and the benchmark's generator: N active members and 5N projects spread over the 18
//! countries, with names and descriptions in the scripts the network writes (Latin with
//! Vietnamese diacritics, Chinese, Japanese, Korean, Thai, Devanagari, Bengali, Sinhala, …).
//! Deterministic, so two runs of `scripts/bench-directory` measure the same data.

use crate::domain::{Project, ProjectStatus, Translation};
use crate::{index, store};
use accounts::Write;
use membership::SampleMember;
use web::{AppError, AppState};

/// A country's places and the words its organisations use, in its own script.
struct Corpus {
    country: &'static str,
    lang: &'static str,
    /// (city, latitude, longitude)
    places: [(&'static str, f64, f64); 3],
    /// Kinds of organisation in the local language, put before the place in a name.
    kinds: [&'static str; 3],
    /// Sentences that describe the work, combined into descriptions.
    sentences: [&'static str; 4],
    /// Project titles.
    projects: [&'static str; 3],
}

const CORPUS: [Corpus; 18] = [
    Corpus {
        country: "VN",
        lang: "vi",
        places: [("Hội An", 15.88, 108.33), ("Cần Thơ", 10.03, 105.78), ("Thái Nguyên", 21.59, 105.85)],
        kinds: ["Hợp tác xã nông nghiệp", "Tổ hợp tác phụ nữ", "Hợp tác xã thủ công"],
        sentences: [
            "Chúng tôi hỗ trợ nông dân trồng lúa hữu cơ và bán sản phẩm với giá công bằng.",
            "Phụ nữ dân tộc thiểu số cùng nhau dệt thổ cẩm và chia sẻ lợi nhuận.",
            "Hợp tác xã cung cấp tín dụng vi mô cho các hộ gia đình nghèo.",
            "Chúng tôi bảo vệ rừng ngập mặn cùng cộng đồng ngư dân.",
        ],
        projects: [
            "Lúa hữu cơ cho thị trường công bằng",
            "Trường học nghề dệt thổ cẩm",
            "Phục hồi rừng ngập mặn",
        ],
    },
    Corpus {
        country: "TH",
        lang: "th",
        places: [("เชียงใหม่", 18.79, 98.98), ("ขอนแก่น", 16.43, 102.84), ("สุราษฎร์ธานี", 9.14, 99.33)],
        kinds: ["วิสาหกิจชุมชน", "สหกรณ์การเกษตร", "กลุ่มออมทรัพย์"],
        sentences: [
            "กลุ่มของเราช่วยเกษตรกรปลูกผักอินทรีย์และขายในตลาดชุมชน",
            "สมาชิกหญิงทอผ้าไหมและแบ่งรายได้อย่างเป็นธรรม",
            "สหกรณ์ให้สินเชื่อรายย่อยแก่ครอบครัวในชนบท",
            "เราฟื้นฟูป่าชายเลนร่วมกับชาวประมงพื้นบ้าน",
        ],
        projects: ["ตลาดผักอินทรีย์ชุมชน", "ศูนย์ทอผ้าไหมของสตรี", "ธนาคารปูม้าชุมชน"],
    },
    Corpus {
        country: "CN",
        lang: "zh",
        places: [("成都", 30.66, 104.07), ("昆明", 25.04, 102.71), ("香港", 22.32, 114.17)],
        kinds: ["农民专业合作社", "社会企业", "社区互助会"],
        sentences: [
            "我们帮助农民种植有机茶叶并以公平价格出售。",
            "妇女合作社制作传统刺绣并共同分享收入。",
            "社区互助会为老人提供照护和共餐服务。",
            "我们与村民一起保护山区的水源和森林。",
        ],
        projects: ["有机茶叶公平贸易", "妇女刺绣工坊", "社区共餐厨房"],
    },
    Corpus {
        country: "JP",
        lang: "ja",
        places: [("東京", 35.68, 139.69), ("大阪", 34.69, 135.50), ("福岡", 33.59, 130.40)],
        kinds: ["生活協同組合", "労働者協同組合", "NPO法人"],
        sentences: [
            "私たちは地域の農家と消費者をつなぐ産直活動を行っています。",
            "高齢者の見守りと配食サービスを住民が協同で運営しています。",
            "若者の就労支援と職業訓練を提供しています。",
            "地域の森林資源を活かした再生可能エネルギー事業に取り組んでいます。",
        ],
        projects: ["地域産直ネットワーク", "高齢者配食サービス", "市民共同発電所"],
    },
    Corpus {
        country: "KR",
        lang: "ko",
        places: [("서울", 37.57, 126.98), ("전주", 35.82, 127.15), ("부산", 35.18, 129.08)],
        kinds: ["사회적협동조합", "마을기업", "자활기업"],
        sentences: [
            "우리는 지역 농산물을 학교 급식에 공급합니다.",
            "여성 이주민이 함께 운영하는 카페와 공방입니다.",
            "돌봄이 필요한 노인을 위한 방문 서비스를 제공합니다.",
            "재활용과 업사이클링으로 일자리를 만듭니다.",
        ],
        projects: ["학교 급식 로컬푸드", "이주여성 공방 카페", "업사이클링 일자리"],
    },
    Corpus {
        country: "IN",
        lang: "hi",
        places: [("मदुरै", 9.93, 78.12), ("अहमदाबाद", 23.02, 72.57), ("लखनऊ", 26.85, 80.95)],
        kinds: ["महिला सहकारी समिति", "स्वयं सहायता समूह", "किसान उत्पादक संगठन"],
        sentences: [
            "हम महिलाओं को सिलाई और कढ़ाई से आजीविका कमाने में मदद करते हैं।",
            "किसान जैविक खेती करते हैं और उचित मूल्य पर बेचते हैं।",
            "समूह गरीब परिवारों को छोटे ऋण देता है।",
            "हम गाँव में जल संरक्षण और वृक्षारोपण करते हैं।",
        ],
        projects: ["जैविक खेती प्रशिक्षण", "महिला कढ़ाई केंद्र", "गाँव जल संरक्षण"],
    },
    Corpus {
        country: "BD",
        lang: "bn",
        places: [("ঢাকা", 23.81, 90.41), ("খুলনা", 22.82, 89.55), ("সিলেট", 24.90, 91.87)],
        kinds: ["সমবায় সমিতি", "নারী উন্নয়ন সংস্থা", "কৃষক সংগঠন"],
        sentences: [
            "আমরা গ্রামের নারীদের হস্তশিল্পে প্রশিক্ষণ দিই।",
            "কৃষকরা একসাথে বীজ সংরক্ষণ ও বিপণন করে।",
            "সমিতি দরিদ্র পরিবারকে ক্ষুদ্র ঋণ দেয়।",
            "আমরা উপকূলের ম্যানগ্রোভ বন রক্ষা করি।",
        ],
        projects: ["নারী হস্তশিল্প কেন্দ্র", "বীজ ব্যাংক", "ম্যানগ্রোভ সংরক্ষণ"],
    },
    Corpus {
        country: "LK",
        lang: "si",
        places: [("කොළඹ", 6.93, 79.85), ("මහනුවර", 7.29, 80.63), ("ගාල්ල", 6.05, 80.22)],
        kinds: ["සමුපකාර සමිතිය", "කාන්තා සංවිධානය", "ගොවි සංවිධානය"],
        sentences: [
            "අපි ගොවීන්ට කාබනික තේ වගාවට උදව් කරමු.",
            "කාන්තාවෝ එක්ව අත්කම් නිෂ්පාදනය කරති.",
            "සමිතිය දුප්පත් පවුල්වලට කුඩා ණය ලබා දෙයි.",
            "අපි ධීවර ප්‍රජාව සමඟ කඩොලාන රකිමු.",
        ],
        projects: ["කාබනික තේ වගාව", "කාන්තා අත්කම් මධ්‍යස්ථානය", "කඩොලාන සංරක්ෂණය"],
    },
    Corpus {
        country: "NP",
        lang: "ne",
        places: [("काठमाडौं", 27.72, 85.32), ("पोखरा", 28.21, 83.99), ("विराटनगर", 26.45, 87.28)],
        kinds: ["बचत तथा ऋण सहकारी", "सामुदायिक वन उपभोक्ता समूह", "महिला समूह"],
        sentences: [
            "हामी किसानलाई कफी खेतीमा सहयोग गर्छौं।",
            "महिलाहरू मिलेर ढाका कपडा बुन्छन्।",
            "सहकारीले गरिब परिवारलाई सानो ऋण दिन्छ।",
            "हामी सामुदायिक वन जोगाउँछौं।",
        ],
        projects: ["कफी खेती", "ढाका बुनाइ केन्द्र", "सामुदायिक वन"],
    },
    Corpus {
        country: "PK",
        lang: "ur",
        places: [("لاہور", 31.55, 74.34), ("کراچی", 24.86, 67.01), ("پشاور", 34.01, 71.58)],
        kinds: ["کوآپریٹو سوسائٹی", "خواتین تنظیم", "کسان تنظیم"],
        sentences: [
            "ہم خواتین کو کڑھائی سے روزگار کمانے میں مدد دیتے ہیں۔",
            "کسان مل کر نامیاتی کاشتکاری کرتے ہیں۔",
            "تنظیم غریب خاندانوں کو چھوٹے قرضے دیتی ہے۔",
            "ہم گاؤں میں پانی کے تحفظ پر کام کرتے ہیں۔",
        ],
        projects: ["کڑھائی مرکز", "نامیاتی کاشتکاری", "پانی کا تحفظ"],
    },
    Corpus {
        country: "AF",
        lang: "fa",
        places: [("کابل", 34.53, 69.17), ("هرات", 34.35, 62.20), ("مزار شریف", 36.71, 67.11)],
        kinds: ["تعاونی زنان", "انجمن کشاورزان", "تعاونی قالین"],
        sentences: [
            "ما به زنان در بافت قالین کمک می‌کنیم.",
            "کشاورزان با هم زعفران کشت می‌کنند.",
            "انجمن به خانواده‌های فقیر وام کوچک می‌دهد.",
            "ما در روستا از آب و زمین حفاظت می‌کنیم.",
        ],
        projects: ["بافت قالین زنان", "کشت زعفران", "حفاظت آب"],
    },
    Corpus {
        country: "MY",
        lang: "ms",
        places: [
            ("Kuala Lumpur", 3.139, 101.687),
            ("Kota Kinabalu", 5.98, 116.07),
            ("Kuching", 1.55, 110.34),
        ],
        kinds: ["Koperasi Belia", "Perusahaan Sosial", "Persatuan Nelayan"],
        sentences: [
            "Kami membantu belia membina perniagaan sosial di kampung.",
            "Wanita Orang Asal menganyam kraf tangan dan berkongsi pendapatan.",
            "Koperasi menyediakan pinjaman mikro kepada keluarga miskin.",
            "Kami memulihara hutan paya bakau bersama nelayan.",
        ],
        projects: ["Akademi Perusahaan Sosial Belia", "Kraf Anyaman Orang Asal", "Pemuliharaan Paya Bakau"],
    },
    Corpus {
        country: "ID",
        lang: "id",
        places: [("Yogyakarta", -7.80, 110.36), ("Makassar", -5.15, 119.43), ("Medan", 3.59, 98.67)],
        kinds: ["Koperasi Tani", "Kelompok Perempuan", "Badan Usaha Milik Desa"],
        sentences: [
            "Kami membantu petani menanam kopi organik dan menjualnya dengan harga adil.",
            "Perempuan desa menenun kain tradisional dan berbagi keuntungan.",
            "Koperasi memberi pinjaman mikro kepada keluarga miskin.",
            "Kami menanam kembali hutan bakau bersama nelayan.",
        ],
        projects: ["Kopi Organik Petani", "Sekolah Tenun Perempuan", "Rehabilitasi Hutan Bakau"],
    },
    Corpus {
        country: "PH",
        lang: "tl",
        places: [("Quezon City", 14.68, 121.04), ("Davao", 7.19, 125.46), ("Iloilo", 10.72, 122.56)],
        kinds: ["Kooperatiba ng mga Magsasaka", "Samahan ng Kababaihan", "Social Enterprise"],
        sentences: [
            "Tinutulungan namin ang mga magsasaka na magtanim ng organikong bigas.",
            "Ang mga kababaihan ay gumagawa ng habi at naghahati ng kita.",
            "Nagbibigay ang kooperatiba ng maliit na pautang sa mahihirap na pamilya.",
            "Pinangangalagaan namin ang bakawan kasama ang mga mangingisda.",
        ],
        projects: ["Organikong Bigas ng Bayan", "Habihan ng Kababaihan", "Pangangalaga ng Bakawan"],
    },
    Corpus {
        country: "SG",
        lang: "en",
        places: [("Singapore", 1.35, 103.82), ("Jurong", 1.33, 103.74), ("Tampines", 1.35, 103.94)],
        kinds: ["Social Enterprise", "Cooperative", "Community Foundation"],
        sentences: [
            "We train migrant workers in digital skills and place them in fair jobs.",
            "Our cafe employs persons with disabilities and pays a living wage.",
            "The cooperative runs affordable childcare for working families.",
            "We rescue surplus food and share it with low-income households.",
        ],
        projects: ["Digital Skills for Migrant Workers", "Inclusive Cafe", "Community Food Rescue"],
    },
    Corpus {
        country: "KH",
        lang: "km",
        places: [("ភ្នំពេញ", 11.56, 104.92), ("សៀមរាប", 13.36, 103.86), ("បាត់ដំបង", 13.10, 103.20)],
        kinds: ["សហគមន៍កសិកម្ម", "ក្រុមស្ត្រី", "សហករណ៍"],
        sentences: [
            "យើងជួយកសិករដាំស្រូវសរីរាង្គ។",
            "ស្ត្រីត្បាញសូត្ររួមគ្នា និងចែករំលែកប្រាក់ចំណូល។",
            "សហករណ៍ផ្តល់ឥណទានខ្នាតតូចដល់គ្រួសារក្រីក្រ។",
            "យើងការពារព្រៃកោងកាងជាមួយអ្នកនេសាទ។",
        ],
        projects: ["ស្រូវសរីរាង្គ", "មជ្ឈមណ្ឌលត្បាញសូត្រ", "ការពារព្រៃកោងកាង"],
    },
    Corpus {
        country: "MM",
        lang: "my",
        places: [("ရန်ကုန်", 16.87, 96.20), ("မန္တလေး", 21.96, 96.09), ("တောင်ကြီး", 20.79, 97.04)],
        kinds: ["သမဝါယမအသင်း", "အမျိုးသမီးအဖွဲ့", "လယ်သမားအဖွဲ့"],
        sentences: [
            "ကျွန်ုပ်တို့သည် လယ်သမားများကို အော်ဂဲနစ်စိုက်ပျိုးရေးတွင် ကူညီသည်။",
            "အမျိုးသမီးများ ရက်ကန်းအတူတကွ ယက်လုပ်ကြသည်။",
            "အသင်းသည် ဆင်းရဲသောမိသားစုများကို ချေးငွေပေးသည်။",
            "ကျွန်ုပ်တို့သည် ဒီရေတောများကို ကာကွယ်သည်။",
        ],
        projects: ["အော်ဂဲနစ်စိုက်ပျိုးရေး", "ရက်ကန်းစင်တာ", "ဒီရေတောထိန်းသိမ်းရေး"],
    },
    Corpus {
        country: "LA",
        lang: "lo",
        places: [("ວຽງຈັນ", 17.97, 102.63), ("ຫຼວງພະບາງ", 19.89, 102.14), ("ປາກເຊ", 15.12, 105.80)],
        kinds: ["ສະຫະກອນກະສິກຳ", "ກຸ່ມແມ່ຍິງ", "ກຸ່ມອອມຊັບ"],
        sentences: [
            "ພວກເຮົາຊ່ວຍຊາວກະສິກອນປູກກາເຟອິນຊີ.",
            "ແມ່ຍິງທໍຜ້າໄໝຮ່ວມກັນ ແລະ ແບ່ງປັນລາຍໄດ້.",
            "ກຸ່ມໃຫ້ເງິນກູ້ນ້ອຍແກ່ຄອບຄົວທຸກຍາກ.",
            "ພວກເຮົາປົກປັກຮັກສາປ່າໄມ້ຊຸມຊົນ.",
        ],
        projects: ["ກາເຟອິນຊີ", "ສູນທໍຜ້າໄໝ", "ປ່າໄມ້ຊຸມຊົນ"],
    },
];

const KINDS: [&str; 6] =
    ["cooperative", "social-enterprise", "association", "community-based", "self-help-group", "ngo"];
const CONSTITUENCIES: [&str; 6] =
    ["women", "farmers", "youth", "informal-workers", "indigenous-peoples", "fisherfolk"];
const SECTORS: [&str; 5] = ["ICA10", "ICA30", "ICA70", "ICA90", "ICA120"];

/// A small deterministic generator (no need for a random crate).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((self.0 >> 33) % n as u64) as usize
    }
}

fn micro(v: f64) -> i64 {
    (v * 1e6).round() as i64
}

fn sample_member(app: &AppState, rng: &mut Lcg, i: usize) -> SampleMember {
    let c = &CORPUS[i % CORPUS.len()];
    let (city, lat, lon) = c.places[rng.next(3)];
    let description = format!("{} {}", c.sentences[rng.next(4)], c.sentences[rng.next(4)]);
    let known = |codes: &[&str], r: &mut Lcg| -> Vec<String> {
        let code = codes[r.next(codes.len())];
        vec![code.to_string()]
    };
    let constituencies: Vec<String> =
        known(&CONSTITUENCIES, rng).into_iter().filter(|k| app.reference.constituency(k).is_some()).collect();
    let sectors: Vec<String> =
        known(&SECTORS, rng).into_iter().filter(|k| app.reference.sector(k).is_some()).collect();
    let mut sdgs = vec![1 + rng.next(17) as u8, 1 + rng.next(17) as u8];
    sdgs.sort_unstable();
    sdgs.dedup();
    let members = 20 + rng.next(2000) as i32;
    SampleMember {
        legal_name: format!("{} {city} {}", c.kinds[rng.next(3)], i + 1),
        kind: KINDS[rng.next(KINDS.len())].to_string(),
        country_code: if c.country == "CN" && city == "香港" { "HK".into() } else { c.country.to_string() },
        city: city.to_string(),
        latitude_e6: Some(micro(lat + (rng.next(200) as f64 - 100.0) / 200.0)),
        longitude_e6: Some(micro(lon + (rng.next(200) as f64 - 100.0) / 200.0)),
        members_total: Some(members),
        members_women: Some(members / 2),
        description,
        description_lang: c.lang.to_string(),
        other_descriptions: vec![("en".into(), "A member of the Asian Solidarity Economy Council.".into())],
        constituencies,
        sdgs,
        sectors,
        languages: vec![c.lang.to_string()],
        commitments: app
            .reference
            .dimensions
            .iter()
            .map(|d| (d.number, c.sentences[rng.next(4)].to_string()))
            .collect(),
    }
}

/// What a generated project takes from its member.
struct Owner {
    legal_name: String,
    country_code: String,
    network_country: String,
    city: String,
    latitude_e6: Option<i64>,
    longitude_e6: Option<i64>,
    constituencies: Vec<String>,
}

fn project(rng: &mut Lcg, profile: &Owner, k: usize) -> Project {
    let c = CORPUS.iter().find(|c| c.country == profile.network_country).unwrap_or(&CORPUS[0]);
    let (place, lat, lon) = match (profile.latitude_e6, profile.longitude_e6) {
        (Some(lat), Some(lon)) => (profile.city.as_str(), lat as f64 / 1e6, lon as f64 / 1e6),
        _ => c.places[rng.next(3)],
    };
    let statuses =
        [ProjectStatus::Planned, ProjectStatus::Ongoing, ProjectStatus::Ongoing, ProjectStatus::Completed];
    let year = 2018 + rng.next(8);
    let total = 50 + rng.next(5000) as i32;
    let mut dimensions = vec![1 + rng.next(5) as u8, 1 + rng.next(5) as u8];
    dimensions.sort_unstable();
    dimensions.dedup();
    let mut sdgs = vec![1 + rng.next(17) as u8, 1 + rng.next(17) as u8];
    sdgs.sort_unstable();
    sdgs.dedup();
    Project {
        title: format!("{} {}", c.projects[(k + rng.next(3)) % 3], k + 1),
        summary: c.sentences[rng.next(4)].to_string(),
        description: format!(
            "{} {} {}",
            c.sentences[rng.next(4)],
            c.sentences[rng.next(4)],
            c.sentences[rng.next(4)]
        ),
        lang: c.lang.to_string(),
        place: place.to_string(),
        country_code: profile.country_code.clone(),
        network_country: profile.network_country.clone(),
        latitude_e6: Some(micro(lat + (rng.next(200) as f64 - 100.0) / 400.0)),
        longitude_e6: Some(micro(lon + (rng.next(200) as f64 - 100.0) / 400.0)),
        starts_on: format!("{year}-0{}-01", 1 + rng.next(9)),
        ends_on: String::new(),
        status: statuses[rng.next(4)],
        beneficiaries_total: Some(total),
        beneficiaries_women: Some(total / 2),
        sdgs,
        constituencies: profile.constituencies.clone(),
        dimensions,
        links: Vec::new(),
        translations: vec![Translation {
            lang: "en".into(),
            title: format!("Community project {} of {}", k + 1, profile.legal_name),
            summary: "A community-based social and solidarity economy project.".into(),
            description: String::new(),
        }]
        .into_iter()
        .filter(|_| c.lang != "en")
        .collect(),
    }
}

/// Fills the database with `entities` active members and `per_entity` projects each, in
/// transactions of 200 members; `progress` is told how many members are done.
pub async fn generate(
    app: &AppState,
    entities: usize,
    per_entity: usize,
    progress: &(dyn Fn(usize) + Sync),
) -> Result<(), AppError> {
    let now = app.now();
    let owner = {
        let w = Write::begin(app, None).await?;
        let email = format!("bench-{}@generated.asec.example", now.timestamp());
        let person =
            accounts::create_confirmed_account(&w, &email, "Generated data", "en", membership::DEMO_PASSWORD)
                .await?;
        w.commit().await?;
        person.id
    };
    let mut rng = Lcg(20261128);
    let mut done = 0;
    while done < entities {
        let batch = (entities - done).min(200);
        let samples: Vec<SampleMember> =
            (done..done + batch).map(|i| sample_member(app, &mut rng, i)).collect();
        let w = Write::begin(app, None).await?;
        let ids = membership::insert_sample_members(&w, owner, &samples).await?;
        for (id, sample) in ids.iter().zip(&samples) {
            let network_country = kernel::CountryCode::parse(&sample.country_code)
                .and_then(|code| app.reference.country_network_for(&code))
                .map(|n| n.code.to_string())
                .unwrap_or_else(|| sample.country_code.clone());
            let member = Owner {
                legal_name: sample.legal_name.clone(),
                country_code: sample.country_code.clone(),
                network_country,
                city: sample.city.clone(),
                latitude_e6: sample.latitude_e6,
                longitude_e6: sample.longitude_e6,
                constituencies: sample.constituencies.clone(),
            };
            for k in 0..per_entity {
                let p = project(&mut rng, &member, k);
                let project_id = store::create(w.tx(), *id, &p, owner.0, now).await?;
                index::reindex(w.tx(), project_id, &p).await?;
            }
        }
        w.commit().await?;
        done += batch;
        progress(done);
    }
    Ok(())
}

/// Two projects for each active member of the demo network, recorded by `recorded_by`,
/// unless projects exist.
pub async fn demo_projects(app: &AppState, recorded_by: kernel::UserId) -> Result<usize, AppError> {
    let (_, members) =
        membership::public::page(&app.db, &Default::default(), Default::default(), 1000, 0).await?;
    if members.is_empty() || !store::newest(&app.db, 1).await?.is_empty() {
        return Ok(0);
    }
    let mut rng = Lcg(7);
    let w = Write::begin(app, Some(recorded_by)).await?;
    let mut made = 0;
    for e in &members {
        let member = Owner {
            legal_name: e.legal_name.clone(),
            country_code: e.country.clone(),
            network_country: e.network_country.clone(),
            city: e.city.clone(),
            latitude_e6: e.latitude.map(|v| (v * 1e6).round() as i64),
            longitude_e6: e.longitude.map(|v| (v * 1e6).round() as i64),
            constituencies: e.constituencies.clone(),
        };
        for k in 0..2 {
            let p = project(&mut rng, &member, k);
            let id = store::create(w.tx(), e.id, &p, recorded_by.0, app.now()).await?;
            index::reindex(w.tx(), id, &p).await?;
            made += 1;
        }
    }
    w.audit("project.demo", "project", "demo", None, Some(serde_json::json!({ "projects": made }))).await?;
    w.commit().await?;
    Ok(made)
}

//! The one search function finds a word in the middle of a text in every script the network
//! writes, with the same results on SQLite and PostgreSQL.

use crate::each_backend;
use store::search;

const DOCUMENTS: [(&str, &str); 9] = [
    ("vi", "Hợp tác xã Nông nghiệp Hữu cơ Thanh Xuân trồng rau cho trường học"),
    ("zh", "北京农民合作社联盟支持小农户的公平贸易"),
    ("ja", "パルシステム生活協同組合は産直の暮らしを支える"),
    ("ko", "한살림 생활협동조합은 친환경 농산물을 나눕니다"),
    ("th", "สหกรณ์การเกษตรอินทรีย์ยโสธรปลูกข้าวอินทรีย์"),
    ("hi", "ग्राम स्वराज किसान सहकारी समिति जैविक खेती करती है"),
    ("bn", "নিজেরা করি ভূমিহীন কৃষক সমবায় একসাথে চাষ করে"),
    ("si", "සර්වෝදය ගම්මාන ව්‍යවසාය ජාලය ඉතිරිකිරීම් කණ්ඩායම්"),
    ("en", "Self Employed Women's Cooperative Federation, savings and credit"),
];

#[tokio::test]
async fn a_word_in_the_middle_of_a_text_is_found_in_every_script() {
    let mut results = Vec::new();
    each_backend!(|app| {
        for (lang, text) in DOCUMENTS {
            search::index(&app.state.db, "test", lang, text).await.unwrap();
        }
        let mut found = Vec::new();
        for (query, expected) in [
            ("Hữu cơ", "vi"),
            ("hữu CƠ thanh", "vi"),
            ("合作社", "zh"),
            ("生活協同", "ja"),
            ("생활협동", "ko"),
            ("อินทรีย์ยโสธร", "th"),
            ("ข้าว", "th"),
            ("किसान", "hi"),
            ("কৃষক", "bn"),
            ("ව්‍යවසාය", "si"),
            ("women's cooperative", "en"),
            ("産直", "ja"),
        ] {
            let hits = search::find(&app.state.db, "test", query, 10).await.unwrap();
            let refs: Vec<&str> = hits.iter().map(|h| h.doc_ref.as_str()).collect();
            assert!(refs.contains(&expected), "{query:?} should find {expected}, found {refs:?}");
            found.push((query, refs.iter().map(|s| s.to_string()).collect::<Vec<_>>()));
        }
        assert!(search::find(&app.state.db, "test", "", 10).await.unwrap().is_empty());
        assert!(search::find(&app.state.db, "test", "zzzz", 10).await.unwrap().is_empty());
        assert!(
            search::find(&app.state.db, "test", "100%_", 10).await.unwrap().is_empty(),
            "wildcards are literal"
        );
        assert!(
            search::find(&app.state.db, "other", "合作社", 10).await.unwrap().is_empty(),
            "per document type"
        );
        let long = "ก".repeat(10_000);
        assert!(search::find(&app.state.db, "test", &long, 10).await.unwrap().is_empty());

        // Re-indexing replaces, removing forgets.
        search::index(&app.state.db, "test", "zh", "上海社区合作").await.unwrap();
        assert!(search::find(&app.state.db, "test", "北京", 10).await.unwrap().is_empty());
        search::remove(&app.state.db, "test", "zh").await.unwrap();
        assert!(search::find(&app.state.db, "test", "上海", 10).await.unwrap().is_empty());
        results.push(found);
    });
    if let [sqlite, postgres] = results.as_slice() {
        assert_eq!(sqlite, postgres, "SQLite and PostgreSQL find the same documents");
    }
}

//! Uploaded files in the file store, as people and operators meet them: photos and logos in
//! sizes for phones, files that older versions kept in the database moved out of it, backups
//! that bring every file back byte for byte, and a store that does not answer.

use crate::harness::{Browser, TestApp, csrf_in, dimensions, files_dir_of, location, png};
use reqwest::StatusCode;
use std::collections::BTreeMap;
use std::path::Path;
use store::Backend;

/// Signs in a demo member's representative (their organisation is active) and returns the
/// browser, the organisation and one of its projects.
async fn demo_representative(app: &TestApp) -> (Browser, i64, i64) {
    assert_eq!(asec::load_demo(&app.state).await.unwrap(), 40);
    let rep = app.client();
    rep.login("member1@demo.asec.example", membership::DEMO_PASSWORD).await;
    let entity = rep.page("/applications").await;
    let entity: i64 = entity
        .split("href=\"/applications/")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .and_then(|id| id.parse().ok())
        .expect("the representative's organisation is listed");
    let project = directory::testing::projects_of(&app.state.db, entity).await[0].0;
    (rep, entity, project)
}

async fn add_photo(rep: &Browser, project: i64, bytes: Vec<u8>) -> reqwest::Response {
    let html = rep.page(&format!("/directory/projects/{project}")).await;
    let form = reqwest::multipart::Form::new()
        .text("_csrf", csrf_in(&html))
        .part("photo", reqwest::multipart::Part::bytes(bytes).file_name("photo.png"))
        .text("caption", "Harvest");
    rep.http
        .post(format!("{}/directory/projects/{project}/photos", rep.base))
        .multipart(form)
        .send()
        .await
        .unwrap()
}

/// Every file under a folder, by its path there, with its bytes.
fn files_under(root: &Path) -> BTreeMap<String, Vec<u8>> {
    fn walk(dir: &Path, root: &Path, out: &mut BTreeMap<String, Vec<u8>>) {
        for entry in std::fs::read_dir(dir).unwrap().map(Result::unwrap) {
            if entry.file_type().unwrap().is_dir() {
                walk(&entry.path(), root, out);
            } else {
                let key = entry.path().strip_prefix(root).unwrap().display().to_string();
                out.insert(key, std::fs::read(entry.path()).unwrap());
            }
        }
    }
    let mut out = BTreeMap::new();
    if root.is_dir() {
        walk(root, root, &mut out);
    }
    out
}

/// The addresses of the stored images a page shows (`src` and every `srcset` entry).
fn image_urls(html: &str) -> Vec<String> {
    let mut urls: Vec<String> = html
        .split("/files/")
        .skip(1)
        .map(|rest| format!("/files/{}", rest.split(['"', ' ', ',']).next().unwrap()))
        .collect();
    urls.sort();
    urls.dedup();
    urls
}

#[tokio::test]
async fn a_photo_is_kept_in_sizes_for_cards_and_pages_and_its_card_costs_a_few_kilobytes() {
    for backend in store::testdb::backends() {
        let app = TestApp::start(backend).await;
        let (rep, entity, project) = demo_representative(&app).await;
        let r = add_photo(&rep, project, png(3000, 2250)).await;
        assert_eq!(location(&r), format!("/directory/projects/{project}"));

        // The card on the member's page shows the thumbnail, not the upload.
        let visitor = app.client();
        let card = visitor.page(&format!("/directory/entities/{entity}")).await;
        let thumb = card
            .split("src=\"")
            .skip(1)
            .map(|rest| rest.split('"').next().unwrap().to_string())
            .find(|src| src.contains("/thumb."))
            .expect("the card's image is a thumbnail");
        let r = visitor.get(&thumb).await;
        assert_eq!(r.status(), StatusCode::OK);
        let etag = r.headers()["etag"].to_str().unwrap().to_string();
        assert!(r.headers()["cache-control"].to_str().unwrap().contains("immutable"));
        let bytes = r.bytes().await.unwrap();
        assert_eq!(dimensions(&bytes), (192, 144), "fitted into the card's box at twice its size");
        assert!(bytes.len() < 20_000, "a card's photo costs a few kilobytes, not {} bytes", bytes.len());
        let again = visitor
            .http
            .get(format!("{}{thumb}", visitor.base))
            .header("if-none-match", &etag)
            .send()
            .await
            .unwrap();
        assert_eq!(again.status(), StatusCode::NOT_MODIFIED, "a phone that has it does not fetch it again");

        // The project's page offers the page size, WebP first, and never the 3000-wide upload.
        let page = visitor.page(&format!("/directory/projects/{project}")).await;
        assert!(page.contains("width=\"800\" height=\"600\""), "the page's photo is 800 wide");
        assert!(page.contains("/page.webp 800w"), "with a WebP for browsers that take it");
        for url in image_urls(&page) {
            let r = visitor.get(&url).await;
            assert_eq!(r.status(), StatusCode::OK, "{url}");
            let (w, _) = dimensions(&r.bytes().await.unwrap());
            assert!(w <= 800, "{url} is {w} wide");
        }
        app.finish().await;
    }
}

#[tokio::test]
async fn files_that_older_versions_kept_in_the_database_move_into_the_store() {
    let app = TestApp::start(Backend::Sqlite).await;
    let (_, entity, project) = demo_representative(&app).await;
    let (id, _) = governance::testing::proposals(&app.state.db).await[0].clone();
    let pdf = b"%PDF-1.4\n% a decision\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".to_vec();
    membership::testing::insert_legacy_logo(&app.state.db, entity, png(300, 300)).await;
    directory::testing::insert_legacy_photo(&app.state.db, project, png(1600, 1200)).await;
    governance::testing::insert_legacy_attachment(&app.state.db, id, "Roadmap 2027.pdf", pdf.clone()).await;
    let url = app.database_url.clone();
    let folder = files_dir_of(&url);
    app.stop().await;

    let out = std::process::Command::new(env!("CARGO_BIN_EXE_asec"))
        .env("ASEC_DATABASE_URL", &url)
        .env("ASEC_FILES_DIR", &folder)
        .env("ASEC_LOG_LEVEL", "warn")
        .args(["--config", "/nonexistent/asec.toml", "files", "migrate"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(
        String::from_utf8_lossy(&out.stdout)
            .contains("3 file(s) moved into the file store; the database keeps none"),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );

    let app = TestApp::start_on(Backend::Sqlite, url, |_| {}).await;
    assert_eq!(membership::testing::legacy_logo_count(&app.state.db).await, 0);
    assert_eq!(directory::testing::legacy_photo_count(&app.state.db).await, 0);
    assert_eq!(governance::testing::legacy_attachment_count(&app.state.db).await, 0);

    let visitor = app.client();
    let r = visitor.get(&format!("/entities/{entity}/logo")).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER, "the logo moved to its stored image");
    let logo = visitor.get(&location(&r)).await;
    assert_eq!(logo.status(), StatusCode::OK);
    assert_eq!(dimensions(&logo.bytes().await.unwrap()), (300, 300));

    let page = visitor.page(&format!("/directory/projects/{project}")).await;
    assert!(page.contains("width=\"800\" height=\"600\""), "the old photo is shown in the page size");

    let chair = app.client();
    chair.login("chair@demo.asec.example", membership::DEMO_PASSWORD).await;
    let proposal = chair.page(&format!("/governance/proposals/{id}")).await;
    assert!(proposal.contains("Roadmap 2027.pdf"), "the attachment keeps its name");
    let href = proposal
        .split("href=\"/governance/attachments/")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("the attachment is linked");
    let r = chair.get(&format!("/governance/attachments/{href}")).await;
    assert_eq!(r.status(), StatusCode::OK);
    assert!(r.headers()["content-disposition"].to_str().unwrap().contains("Roadmap 2027.pdf"));
    assert_eq!(r.bytes().await.unwrap().to_vec(), pdf, "byte for byte");
    app.finish().await;
}

#[tokio::test]
async fn a_backup_brings_back_every_file_byte_for_byte() {
    let app = TestApp::start(Backend::Sqlite).await;
    let (rep, _, project) = demo_representative(&app).await;
    for size in [(640, 480), (1024, 300)] {
        let r = add_photo(&rep, project, png(size.0, size.1)).await;
        assert_eq!(location(&r), format!("/directory/projects/{project}"));
    }
    let folder = files_dir_of(&app.database_url);
    let before = files_under(&folder);
    assert!(before.len() >= 8, "two photos, each in sizes and formats: {}", before.len());
    let dir = tempfile::tempdir().unwrap();
    let backup = dir.path().join("asec.db");
    let run = |args: &[&std::ffi::OsStr]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_asec"))
            .env("ASEC_DATABASE_URL", &app.database_url)
            .env("ASEC_FILES_DIR", &folder)
            .env("ASEC_LOG_LEVEL", "warn")
            .args(["--config", "/nonexistent/asec.toml"])
            .args(args)
            .output()
            .unwrap()
    };
    let out = run(&["backup".as_ref(), backup.as_os_str()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains(&format!("({} file(s))", before.len())));
    assert_eq!(files_under(&dir.path().join("asec.db.files")), before, "the backup holds every file");

    // The folder is lost; the restore puts it back as it was.
    std::fs::remove_dir_all(&folder).unwrap();
    let url = app.database_url.clone();
    app.stop().await;
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_asec"))
        .env("ASEC_DATABASE_URL", &url)
        .env("ASEC_FILES_DIR", &folder)
        .env("ASEC_LOG_LEVEL", "warn")
        .args(["--config", "/nonexistent/asec.toml", "restore"])
        .arg(&backup)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(files_under(&folder), before, "every file back, byte for byte");
    let app = TestApp::start_on(Backend::Sqlite, url, |_| {}).await;
    let page = app.client().page(&format!("/directory/projects/{project}")).await;
    let urls = image_urls(&page);
    assert!(!urls.is_empty(), "the page shows the photos");
    for url in urls {
        assert_eq!(app.client().get(&url).await.status(), StatusCode::OK, "{url}");
    }
    app.finish().await;
}

#[tokio::test]
async fn a_file_store_that_does_not_answer_is_reported_and_nothing_is_half_saved() {
    for backend in store::testdb::backends() {
        let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let app = TestApp::start_with(backend, |c| {
            c.files_s3_bucket = Some("asec".into());
            c.files_s3_endpoint = Some(format!("http://127.0.0.1:{closed}"));
            c.files_s3_access_key_id = Some("key".into());
            c.files_s3_secret_access_key = Some("secret".into());
        })
        .await;
        let r = app.client().get("/readyz").await;
        assert_eq!(r.status(), StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(r.text().await.unwrap(), "file store unreachable");
        let (rep, _, project) = demo_representative(&app).await;
        let r = add_photo(&rep, project, png(320, 240)).await;
        assert_eq!(r.status(), StatusCode::SERVICE_UNAVAILABLE);
        assert!(r.text().await.unwrap().contains("A service the platform needs is not answering"));
        assert!(
            directory::testing::photo_ids(&app.state.db, project).await.is_empty(),
            "no photo half saved"
        );
        app.finish().await;
    }
}

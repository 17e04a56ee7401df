//! Running the platform: health, metrics, headers, errors, API document, reference data,
//! backups, several instances, and the binary's own start and stop.

use crate::each_backend;
use crate::harness::{PASSWORD, TestApp};
use reqwest::StatusCode;
use store::Backend;

#[tokio::test]
async fn health_readiness_metrics_and_security_headers() {
    for backend in store::testdb::backends() {
        let token = "prometheus-reads-this-0123";
        let app = TestApp::start_with(backend, |c| c.metrics_token = Some(token.into())).await;
        let c = app.client();
        let r = c.get("/").await;
        let h = r.headers();
        assert!(h["content-security-policy"].to_str().unwrap().contains("default-src 'none'"));
        assert_eq!(h["x-content-type-options"], "nosniff");
        assert_eq!(h["x-frame-options"], "DENY");
        assert!(h.get_all("set-cookie").iter().any(|v| {
            let v = v.to_str().unwrap();
            v.starts_with("asec_csrf=") && v.contains("HttpOnly") && v.contains("SameSite=Lax")
        }));
        assert_eq!(c.get_text("/healthz").await, (StatusCode::OK, "ok".into()));
        assert_eq!(c.get_text("/readyz").await, (StatusCode::OK, "ready".into()));
        c.get("/no-such-page").await;
        let r = c.http.get(format!("{}/metrics", app.url)).bearer_auth(token).send().await.unwrap();
        assert_eq!(r.status(), StatusCode::OK);
        let metrics = r.text().await.unwrap();
        assert!(
            metrics.contains("asec_http_requests_total{method=\"GET\",route=\"/\",status=\"200\"} 1"),
            "{metrics}"
        );
        assert!(metrics.contains("route=\"unmatched\",status=\"404\""));
        assert!(
            metrics.contains("asec_http_request_duration_seconds_bucket{route=\"/healthz\",le=\"+Inf\"} 1")
        );
        assert!(metrics.contains("asec_db_pool_connections "));
        app.finish().await;
    }
}

#[tokio::test]
async fn errors_are_pages_for_people_and_json_for_programs() {
    each_backend!(|app| {
        let c = app.client();
        let (status, page) = c.get_text("/no-such-page").await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        assert!(page.contains("<html lang=\"en\">") && page.contains("This page does not exist."));
        let r = c.get("/api/v1/nothing").await;
        assert_eq!(r.status(), StatusCode::NOT_FOUND);
        let body: serde_json::Value = r.json().await.unwrap();
        assert_eq!(body["error"], "not_found");
        // The error page speaks the visitor's language.
        let r = c
            .http
            .get(format!("{}/no-such-page", app.url))
            .header("accept-language", "ms-MY,ms;q=0.9")
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::NOT_FOUND);
        let page = r.text().await.unwrap();
        assert!(page.contains("<html lang=\"ms\">"));
        assert!(page.contains(&web::Tr::new("ms").t("error-not-found")), "in Malay: {page}");
        assert!(!page.contains("This page does not exist."));

        // A signed-in person reads error pages in their own language, under their own header.
        let dewi = app.signed_up("dewi@kws.id", "Dewi").await;
        dewi.submit("/account", "/language", &[("lang", "id"), ("next", "/account")]).await;
        for (path, status, key) in [
            ("/no-such-page", StatusCode::NOT_FOUND, "error-not-found"),
            ("/admin", StatusCode::FORBIDDEN, "error-forbidden"),
        ] {
            let (got, page) = dewi.get_text(path).await;
            assert_eq!(got, status, "{path}");
            assert!(page.contains("<html lang=\"id\">"), "{path} in Indonesian");
            assert!(page.contains(&web::Tr::new("id").t(key)), "{path}: {page}");
            assert!(
                page.contains("href=\"/me\"") && page.contains("Dewi"),
                "{path} with the signed-in header"
            );
        }
    });
}

#[tokio::test]
async fn reference_data_is_seeded_once_and_served_as_json() {
    each_backend!(|app| {
        let counts = || async {
            let mut out = Vec::new();
            for table in
                ["ref_subregions", "ref_countries", "ref_sdgs", "ref_sse_dimensions", "ref_constituencies"]
            {
                let n: i64 = store::scalar(&app.state.db, &format!("SELECT COUNT(*) FROM {table}"), vec![])
                    .await
                    .unwrap()
                    .unwrap();
                out.push(n);
            }
            out
        };
        assert_eq!(counts().await, vec![3, 18, 17, 5, 9]);
        store::reference::seed(&app.state.db, &store::reference::load_embedded().unwrap()).await.unwrap();
        assert_eq!(counts().await, vec![3, 18, 17, 5, 9], "seeding again adds nothing");

        let body: serde_json::Value = app.client().get("/api/v1/reference").await.json().await.unwrap();
        let china = body["countries"].as_array().unwrap().iter().find(|c| c["code"] == "CN").unwrap();
        assert_eq!(china["territories"][0], "HK");
        assert_eq!(body["sdgs"][7]["short_title"]["en"], "Decent Work and Economic Growth");
        assert_eq!(body["sdgs"][0]["colour"], "#E5243B");
        assert_eq!(body["subregions"][1]["name"]["id"], "Asia Tenggara");
    });
}

#[tokio::test]
async fn the_openapi_document_describes_the_api() {
    each_backend!(|app| {
        let doc: serde_json::Value = app.client().get("/api/openapi.json").await.json().await.unwrap();
        assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
        assert!(doc["paths"]["/api/v1/me"]["get"].is_object());
        assert!(doc["paths"]["/api/v1/reference"]["get"].is_object());
        assert!(doc["components"]["securitySchemes"]["bearer"].is_object());
        assert!(doc["components"]["schemas"]["ApiErrorBody"].is_object());
    });
}

#[tokio::test]
async fn two_instances_on_one_database_share_sessions() {
    each_backend!(|app| {
        let browser = app.signed_up("shared@asec.asia", "Shared").await;
        let second = app.second_instance().await;
        let login = app.client();
        let r =
            login.submit("/login", "/login", &[("email", "shared@asec.asia"), ("password", PASSWORD)]).await;
        let session = r
            .headers()
            .get_all("set-cookie")
            .iter()
            .map(|v| v.to_str().unwrap().to_string())
            .find(|v| v.starts_with("asec_session="))
            .unwrap();
        let cookie = session.split(';').next().unwrap().to_string();
        let r = reqwest::Client::new()
            .get(format!("{}/account", second.url))
            .header("cookie", cookie)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::OK, "a session made on one instance works on the other");
        assert!(r.text().await.unwrap().contains("shared@asec.asia"));
        drop(browser);
        second.stop().await;
    });
}

fn asec_command(database_url: &str) -> std::process::Command {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_asec"));
    command
        .env("ASEC_DATABASE_URL", database_url)
        .env("ASEC_FILES_DIR", crate::harness::files_dir_of(database_url))
        .env("ASEC_LOG_LEVEL", "warn")
        .arg("--config")
        .arg("/nonexistent/asec.toml");
    command
}

#[derive(sea_orm::FromQueryResult, Debug, PartialEq)]
struct UserDump {
    id: i64,
    email: String,
    password_hash: Option<String>,
    display_name: String,
}

#[tokio::test]
async fn a_sqlite_backup_restores_every_row() {
    let app = TestApp::start(Backend::Sqlite).await;
    app.signed_up("first@asec.asia", "First").await;
    app.signed_up("second@asec.asia", "Second").await;
    let counts = store::backup::row_counts(&app.state.db).await.unwrap();
    let users: Vec<UserDump> = store::all(
        &app.state.db,
        "SELECT id, email, password_hash, display_name FROM users ORDER BY id",
        vec![],
    )
    .await
    .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("backup.db");

    let out = asec_command(&app.database_url).arg("backup").arg(&file).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("backup written"));
    let again = asec_command(&app.database_url).arg("backup").arg(&file).output().unwrap();
    assert!(!again.status.success(), "an existing backup is not overwritten");

    app.signed_up("after@asec.asia", "After the backup").await;
    let url = app.database_url.clone();
    app.stop().await;

    let out = asec_command(&url).arg("restore").arg(&file).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("kept as"), "the replaced database is kept");

    let restored = TestApp::start_on(Backend::Sqlite, url, |_| {}).await;
    assert_eq!(store::backup::row_counts(&restored.state.db).await.unwrap(), counts);
    let back: Vec<UserDump> = store::all(
        &restored.state.db,
        "SELECT id, email, password_hash, display_name FROM users ORDER BY id",
        vec![],
    )
    .await
    .unwrap();
    assert_eq!(back, users);
    restored.client().login("first@asec.asia", PASSWORD).await;
    let bad = dir.path().join("not-a-backup.db");
    std::fs::write(&bad, "hello").unwrap();
    let out = asec_command(&restored.database_url).arg("restore").arg(&bad).output().unwrap();
    assert!(!out.status.success(), "a file that is not a backup is refused");
    restored.stop().await;
}

#[tokio::test]
async fn postgres_backups_point_to_pg_dump() {
    let out = asec_command("postgres://postgres@127.0.0.1:5432/anything")
        .arg("backup")
        .arg("x.dump")
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("pg_dump"));
    let out = asec_command("postgres://postgres@127.0.0.1:5432/anything")
        .arg("restore")
        .arg("x.dump")
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("pg_restore"));
}

#[tokio::test]
async fn the_binary_prints_a_setup_link_serves_and_stops_on_sigterm() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("asec.db").display());
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let mut child = asec_command(&url)
        .env("ASEC_BIND", format!("127.0.0.1:{port}"))
        .env("ASEC_BASE_URL", format!("http://127.0.0.1:{port}"))
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let client = reqwest::Client::new();
    let mut ready = false;
    for _ in 0..200 {
        if let Ok(r) = client.get(format!("http://127.0.0.1:{port}/readyz")).send().await
            && r.status() == StatusCode::OK
        {
            ready = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert!(ready, "the server answered /readyz");
    std::process::Command::new("kill").args(["-TERM", &child.id().to_string()]).status().unwrap();
    let status = child.wait().unwrap();
    assert!(status.success(), "clean exit on SIGTERM: {status}");
    let mut out = String::new();
    std::io::Read::read_to_string(child.stdout.as_mut().unwrap(), &mut out).unwrap();
    assert!(out.contains(&format!("http://127.0.0.1:{port}/setup/")), "{out}");

    let config = asec_command(&url).env("ASEC_SMTP_PASSWORD", "hunter2").arg("config").output().unwrap();
    let shown = String::from_utf8_lossy(&config.stdout);
    assert!(shown.contains("smtp_password = \"********\"") && !shown.contains("hunter2"), "{shown}");
}

#[tokio::test]
async fn another_network_can_bring_its_own_reference_data() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("network.toml");
    let ours = include_str!("../../../store/reference/asec.toml");
    std::fs::write(
        &file,
        ours.replace("en = \"Asian Solidarity Economy Council\"", "en = \"Example Solidarity Network\""),
    )
    .unwrap();
    let path = file.display().to_string();
    let app = TestApp::start_with(Backend::Sqlite, |c| c.reference_file = Some(path)).await;
    let home = app.client().page("/").await;
    assert!(home.contains("Example Solidarity Network"));
    app.stop().await;

    // A file with a country in an unknown sub-region is refused with the reason.
    std::fs::write(&file, ours.replacen("subregion = \"east-asia\"", "subregion = \"atlantis\"", 1)).unwrap();
    let config = web::Config {
        database_url: store::testdb::fresh_url(Backend::Sqlite).await.unwrap(),
        reference_file: Some(file.display().to_string()),
        ..web::Config::default()
    };
    let clock = std::sync::Arc::new(kernel::FixedClock::new(chrono::Utc::now()));
    let error = asec::build_state(config, clock).await.err().unwrap();
    assert!(error.to_string().contains("unknown sub-region atlantis"), "{error}");
}

#[tokio::test]
async fn a_failure_midway_saves_nothing_and_shows_a_plain_error_page() {
    each_backend!(|app| {
        // Break the outbox so that sign-up fails after creating the user, inside its transaction.
        store::exec(&app.state.db, "DROP TABLE outbox", vec![]).await.unwrap();
        let visitor = app.client();
        let r = visitor
            .submit(
                "/signup",
                "/signup",
                &[
                    ("display_name", "Half"),
                    ("email", "half@asec.asia"),
                    ("password", PASSWORD),
                    ("lang", "en"),
                ],
            )
            .await;
        assert_eq!(r.status(), StatusCode::INTERNAL_SERVER_ERROR);
        let page = r.text().await.unwrap();
        assert!(page.contains("Something went wrong on our side"));
        assert!(!page.contains("outbox"), "no internal details shown");
        assert_eq!(accounts::testing::count_users(&app.state.db).await, 0, "the user was rolled back");
    });
}

/// `asec serve --demo` and `asec --demo`, as the README writes them, load the demo network.
#[tokio::test]
async fn the_demo_network_loads_with_either_spelling_of_the_readme() {
    for args in [&["serve", "--demo"][..], &["--demo"][..]] {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}", dir.path().join("asec.db").display());
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let mut child = asec_command(&url)
            .env("ASEC_BIND", format!("127.0.0.1:{port}"))
            .env("ASEC_BASE_URL", format!("http://127.0.0.1:{port}"))
            .args(args)
            .stdout(std::process::Stdio::null())
            .spawn()
            .unwrap();
        let client = reqwest::Client::new();
        let mut members = None;
        for _ in 0..600 {
            if let Ok(r) = client.get(format!("http://127.0.0.1:{port}/api/v1/entities")).send().await
                && r.status() == StatusCode::OK
            {
                members = Some(r.json::<serde_json::Value>().await.unwrap());
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        std::process::Command::new("kill").args(["-TERM", &child.id().to_string()]).status().unwrap();
        child.wait().unwrap();
        let members = members.unwrap_or_else(|| panic!("asec {args:?} served"));
        let count = members.as_array().map_or(0, Vec::len);
        assert!(count >= 20, "asec {args:?} loaded the demo network's active members: {count}");
    }
}

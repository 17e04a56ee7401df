//! A small W3C WebDriver client over HTTP, driving Debian's chromium through chromedriver.
//! Each `Driver` starts its own chromedriver and stops it when dropped.

use serde_json::{Value, json};
use std::process::{Child, Command, Stdio};

pub struct Driver {
    process: Child,
    base: String,
    session: String,
    http: reqwest::Client,
    _profile: tempfile::TempDir,
}

impl Drop for Driver {
    /// Stops chromium as well as chromedriver: killing only the driver would leave the
    /// browser (found by its unique profile folder) running after the test.
    fn drop(&mut self) {
        let profile = format!("user-data-dir={}", self._profile.path().display());
        let _ = Command::new("pkill").args(["-KILL", "-f", &profile]).status();
        let _ = self.process.kill();
        let _ = self.process.wait();
    }
}

pub struct Element<'a> {
    driver: &'a Driver,
    id: String,
}

impl Driver {
    /// Starts chromedriver and a headless chromium with a fresh profile, window `width`×`height`.
    pub async fn start(width: u32, height: u32) -> Driver {
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let process = Command::new("chromedriver")
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver is installed (scripts/install-test-deps)");
        let base = format!("http://127.0.0.1:{port}");
        let http = reqwest::Client::new();
        for _ in 0..100 {
            if http.get(format!("{base}/status")).send().await.is_ok() {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        let profile = tempfile::tempdir().unwrap();
        let args = vec![
            "--headless".to_string(),
            "--no-sandbox".into(),
            "--disable-gpu".into(),
            "--disable-dev-shm-usage".into(),
            "--disable-background-networking".into(),
            "--disable-component-update".into(),
            "--disable-sync".into(),
            "--no-first-run".into(),
            format!("--user-data-dir={}", profile.path().display()),
            format!("--window-size={width},{height}"),
        ];
        let caps = json!({ "capabilities": { "alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": { "binary": "/usr/bin/chromium", "args": args }
        }}});
        let r: Value =
            http.post(format!("{base}/session")).json(&caps).send().await.unwrap().json().await.unwrap();
        let session =
            r["value"]["sessionId"].as_str().unwrap_or_else(|| panic!("no session: {r}")).to_string();
        Driver { process, base, session, http, _profile: profile }
    }

    async fn call(&self, method: reqwest::Method, path: &str, body: Option<Value>) -> Value {
        let url = format!("{}/session/{}{path}", self.base, self.session);
        let mut request = self.http.request(method, url);
        if let Some(body) = body {
            request = request.json(&body);
        }
        let r: Value = request.send().await.unwrap().json().await.unwrap();
        if r["value"].get("error").is_some() {
            panic!("webdriver {path}: {}", r["value"]);
        }
        r["value"].clone()
    }

    pub async fn goto(&self, url: &str) {
        self.call(reqwest::Method::POST, "/url", Some(json!({ "url": url }))).await;
    }

    pub async fn url(&self) -> String {
        self.call(reqwest::Method::GET, "/url", None).await.as_str().unwrap().to_string()
    }

    pub async fn source(&self) -> String {
        self.call(reqwest::Method::GET, "/source", None).await.as_str().unwrap().to_string()
    }

    pub async fn find(&self, css: &str) -> Element<'_> {
        let v = self
            .call(reqwest::Method::POST, "/element", Some(json!({ "using": "css selector", "value": css })))
            .await;
        // A web element is an object with one entry: the W3C element key and the id.
        let id = v.as_object().and_then(|o| o.values().next()).and_then(Value::as_str);
        Element { driver: self, id: id.unwrap_or_else(|| panic!("no element for {css}: {v}")).to_string() }
    }

    /// Saves a PNG screenshot under `target/screenshots/`, for people to look at.
    pub async fn screenshot(&self, name: &str) {
        use base64::Engine;
        let data = self.call(reqwest::Method::GET, "/screenshot", None).await;
        let png = base64::engine::general_purpose::STANDARD.decode(data.as_str().unwrap()).unwrap();
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/screenshots");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join(format!("{name}.png")), png).unwrap();
    }

    /// Types into the field labelled by `id`, replacing what it held.
    pub async fn fill(&self, css: &str, text: &str) {
        let field = self.find(css).await;
        field.clear().await;
        field.type_text(text).await;
    }
}

impl Element<'_> {
    fn path(&self, rest: &str) -> String {
        format!("/element/{}{rest}", self.id)
    }
    pub async fn click(&self) {
        self.driver.call(reqwest::Method::POST, &self.path("/click"), Some(json!({}))).await;
    }
    pub async fn clear(&self) {
        self.driver.call(reqwest::Method::POST, &self.path("/clear"), Some(json!({}))).await;
    }
    pub async fn type_text(&self, text: &str) {
        self.driver.call(reqwest::Method::POST, &self.path("/value"), Some(json!({ "text": text }))).await;
    }
    pub async fn text(&self) -> String {
        self.driver
            .call(reqwest::Method::GET, &self.path("/text"), None)
            .await
            .as_str()
            .unwrap_or_default()
            .to_string()
    }
    pub async fn value(&self) -> String {
        self.driver
            .call(reqwest::Method::GET, &self.path("/property/value"), None)
            .await
            .as_str()
            .unwrap_or_default()
            .to_string()
    }
}

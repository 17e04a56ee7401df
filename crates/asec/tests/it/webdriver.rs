//! Real browsers for the journeys: Debian's headless chromium driven through chromedriver by
//! fantoccini. Each `Driver` starts its own chromedriver on a free port with a fresh chromium
//! profile, and kills both when dropped, also when a test fails midway.
//!
//! The helpers panic with the selector or text they were looking for, so a journey reads as
//! the steps a person takes; `client` offers the rest of fantoccini's API.

use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::json;
use std::os::unix::process::CommandExt;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// How long a journey waits for a page to show what it expects, and how often it looks.
const PATIENCE: Duration = Duration::from_secs(20);
const LOOK_EVERY: Duration = Duration::from_millis(50);

pub struct Driver {
    pub client: Client,
    _processes: Processes,
}

/// chromedriver, the chromium it starts, and chromium's profile folder.
struct Processes {
    chromedriver: Child,
    _profile: tempfile::TempDir,
}

impl Drop for Processes {
    /// Kills chromedriver's process group: chromedriver, the chromium it started and every
    /// helper process chromium forked. Killing only the driver would leave the browser
    /// running after the test.
    fn drop(&mut self) {
        let group = format!("-{}", self.chromedriver.id());
        let _ = Command::new("kill").args(["-KILL", "--", &group]).status();
        let _ = self.chromedriver.wait();
    }
}

impl Driver {
    /// Starts chromedriver and a headless chromium with a fresh profile, window `width`×`height`.
    pub async fn start(width: u32, height: u32) -> Driver {
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let chromedriver = Command::new("chromedriver")
            .arg(format!("--port={port}"))
            // A process group of its own, which chromium and its helpers join: one kill ends all.
            .process_group(0)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver is installed (scripts/install-test-deps)");
        let processes = Processes { chromedriver, _profile: tempfile::tempdir().unwrap() };
        for _ in 0..200 {
            if tokio::net::TcpStream::connect(("127.0.0.1", port)).await.is_ok() {
                break;
            }
            tokio::time::sleep(LOOK_EVERY).await;
        }
        let args = [
            "--headless".to_string(),
            "--no-sandbox".into(),
            "--disable-gpu".into(),
            "--disable-dev-shm-usage".into(),
            "--disable-background-networking".into(),
            "--disable-component-update".into(),
            "--disable-sync".into(),
            "--no-first-run".into(),
            format!("--user-data-dir={}", processes._profile.path().display()),
            format!("--window-size={width},{height}"),
        ];
        let mut capabilities = serde_json::Map::new();
        capabilities.insert("browserName".into(), json!("chrome"));
        capabilities
            .insert("goog:chromeOptions".into(), json!({ "binary": "/usr/bin/chromium", "args": args }));
        let client = ClientBuilder::native()
            .capabilities(capabilities)
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
            .unwrap_or_else(|e| panic!("chromedriver session: {e}"));
        Driver { client, _processes: processes }
    }

    pub async fn goto(&self, url: &str) {
        self.client.goto(url).await.unwrap_or_else(|e| panic!("open {url}: {e}"));
    }

    pub async fn url(&self) -> String {
        self.client.current_url().await.unwrap().to_string()
    }

    pub async fn source(&self) -> String {
        self.client.source().await.unwrap()
    }

    /// The element matching `css` on the page as it is now.
    pub async fn find(&self, css: &str) -> Element {
        match self.client.find(Locator::Css(css)).await {
            Ok(element) => element,
            Err(e) => panic!("no element for {css}: {e}\n{}", self.source().await),
        }
    }

    pub async fn click(&self, css: &str) {
        self.find(css).await.click().await.unwrap_or_else(|e| panic!("click {css}: {e}"));
    }

    /// Types into the field `css`, replacing what it held.
    pub async fn fill(&self, css: &str, text: &str) {
        let field = self.find(css).await;
        field.clear().await.unwrap();
        field.send_keys(text).await.unwrap_or_else(|e| panic!("type into {css}: {e}"));
    }

    /// The text a person reads in the element `css`.
    pub async fn text(&self, css: &str) -> String {
        self.find(css).await.text().await.unwrap()
    }

    /// What the field `css` holds now.
    pub async fn value(&self, css: &str) -> String {
        self.find(css).await.prop("value").await.unwrap().unwrap_or_default()
    }

    /// Waits (bounded) until an element matching `css` shows, as after a navigation started by
    /// a click or a script, and returns the page's source.
    pub async fn wait_for(&self, css: &str) -> String {
        self.wait_for_locator(Locator::Css(css), css).await
    }

    /// Waits (bounded) until the page reads `text`, and returns its source.
    pub async fn wait_for_text(&self, text: &str) -> String {
        // An XPath string literal cannot escape its quote, so take the one the text lacks.
        let literal = if text.contains('"') { format!("'{text}'") } else { format!("\"{text}\"") };
        self.wait_for_locator(Locator::XPath(&format!("//body[contains(., {literal})]")), text).await
    }

    async fn wait_for_locator(&self, locator: Locator<'_>, what: &str) -> String {
        if let Err(e) = self.client.wait().at_most(PATIENCE).every(LOOK_EVERY).for_element(locator).await {
            panic!("the page never showed {what:?} ({e}):\n{}", self.source().await);
        }
        self.source().await
    }

    /// Saves a PNG screenshot under `target/screenshots/`, for people to look at.
    pub async fn screenshot(&self, name: &str) {
        let png = self.client.screenshot().await.unwrap();
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/screenshots");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join(format!("{name}.png")), png).unwrap();
    }
}

//! Starting the app for a test and talking to it as a browser would.
//!
//! - [`TestApp::start`] serves the real router on a free port with a fresh database of the
//!   given backend; [`each_backend!`] runs a test body once per backend under test (SQLite
//!   always, PostgreSQL when `ASEC_TEST_DATABASE_URL` is set) and cleans up after it.
//!   `start_with` adjusts the configuration first (SMTP, reference data); `start_on` serves an
//!   existing database; `second_instance` and `restart` serve the same database with the same
//!   clock, as another instance or after a restart would.
//! - Time is the app's own: every app reads a [`FixedClock`] that starts at the real current
//!   time (so TOTP codes and cookies look normal) and stands still until a test moves it with
//!   `app.clock.advance(…)` or `app.clock.set(…)`. A test that needs a link to expire or a job
//!   to find work moves the clock and then does what the person or the job would do; it never
//!   writes another crate's tables. TOTP codes come from the same clock (`app.totp_now`).
//! - [`TestApp::client`] is a [`Browser`]: a cookie-keeping HTTP client without automatic
//!   redirects; `submit` fills a form as a person would (CSRF token taken from the page).
//!   `signed_up`, `user_with_grant` and `user_with_two_factor_grant` make the people a test
//!   needs; `last_mail` and `mail_count` read the outbox.
//! - Real browsers (`webdriver`) and a real SMTP server (`smtp`) have their own modules.

use chrono::{DateTime, Utc};
use kernel::FixedClock;
use reqwest::redirect::Policy;
use reqwest::{Client, Response, StatusCode};
use std::sync::Arc;
use store::Backend;
use web::{AppState, Config};

pub struct TestApp {
    pub url: String,
    pub state: AppState,
    pub backend: Backend,
    pub database_url: String,
    /// The app's clock: move it to make time pass for the app.
    pub clock: Arc<FixedClock>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    server: Option<tokio::task::JoinHandle<()>>,
}

pub const PASSWORD: &str = "a long enough password";

/// The file folder of the app on a database: the same for every instance and restart on it.
pub fn files_dir_of(database_url: &str) -> std::path::PathBuf {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    database_url.hash(&mut h);
    std::env::temp_dir().join("asec-test-files").join(format!("{:016x}", h.finish()))
}

impl TestApp {
    pub async fn start(backend: Backend) -> TestApp {
        Self::start_with(backend, |_| {}).await
    }

    /// Starts an app on a fresh database, after `tweak` adjusts the configuration.
    pub async fn start_with(backend: Backend, tweak: impl FnOnce(&mut Config)) -> TestApp {
        let database_url = store::testdb::fresh_url(backend).await.expect("fresh database");
        Self::start_on(backend, database_url, tweak).await
    }

    /// Starts an app on an existing database (after a restore, say), with a clock of its own.
    pub async fn start_on(
        backend: Backend,
        database_url: String,
        tweak: impl FnOnce(&mut Config),
    ) -> TestApp {
        Self::launch(backend, database_url, Arc::new(FixedClock::new(Utc::now())), tweak).await
    }

    /// Another instance on the same database and the same clock, as behind a load balancer.
    pub async fn second_instance(&self) -> TestApp {
        Self::launch(self.backend, self.database_url.clone(), self.clock.clone(), |_| {}).await
    }

    /// Stops this app and starts it again on the same database and clock, configured by
    /// `tweak`: what survives a restart is what the database kept.
    pub async fn restart(self, tweak: impl FnOnce(&mut Config)) -> TestApp {
        let (backend, database_url, clock) = (self.backend, self.database_url.clone(), self.clock.clone());
        self.stop().await;
        Self::launch(backend, database_url, clock, tweak).await
    }

    async fn launch(
        backend: Backend,
        database_url: String,
        clock: Arc<FixedClock>,
        tweak: impl FnOnce(&mut Config),
    ) -> TestApp {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("free port");
        let addr = listener.local_addr().unwrap();
        let url = format!("http://{addr}");
        let mut config = Config {
            bind: addr.to_string(),
            base_url: url.clone(),
            database_url: database_url.clone(),
            database_max_connections: 4,
            mail_poll_secs: 1,
            files_dir: files_dir_of(&database_url).display().to_string(),
            ..Config::default()
        };
        tweak(&mut config);
        let state = asec::build_state(config, clock.clone()).await.expect("app state");
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let serving = state.clone();
        let server = tokio::spawn(async move {
            asec::serve(listener, serving, async {
                let _ = stopped.await;
            })
            .await
            .expect("server runs");
        });
        TestApp { url, state, backend, database_url, clock, stop: Some(stop), server: Some(server) }
    }

    /// Stops the server and waits until in-flight requests are done.
    pub async fn stop(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(server) = self.server.take() {
            let _ = server.await;
        }
        self.state.db.clone().close().await.ok();
    }

    /// Stops the server and removes its SQLite files (PostgreSQL test databases are dropped by
    /// CI); `stop` alone keeps the database for a restart.
    pub async fn finish(self) {
        let url = self.database_url.clone();
        self.stop().await;
        if let Some(path) = store::sqlite_path(&url) {
            for suffix in ["", "-wal", "-shm"] {
                let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
            }
        }
        let _ = std::fs::remove_dir_all(files_dir_of(&url));
    }

    /// What time it is for the app.
    pub fn now(&self) -> DateTime<Utc> {
        self.state.now()
    }

    /// The TOTP code an authenticator app shows at the app's current time.
    pub fn totp_now(&self, secret: &str) -> String {
        totp_at(secret, self.now(), 0)
    }

    /// The code of the next 30-second step, which the sign-in accepts (clock drift) even when
    /// the current step's code was just used to turn two-factor on.
    pub fn totp_next(&self, secret: &str) -> String {
        totp_at(secret, self.now(), 1)
    }

    /// A fresh browser-like client: its own cookies, no automatic redirects.
    pub fn client(&self) -> Browser {
        Browser {
            base: self.url.clone(),
            http: Client::builder().cookie_store(true).redirect(Policy::none()).build().unwrap(),
        }
    }

    /// The newest outbox message to `to`.
    pub async fn last_mail(&self, to: &str) -> accounts::testing::Mail {
        accounts::testing::mail_to(&self.state.db, to, 1)
            .await
            .into_iter()
            .next()
            .unwrap_or_else(|| panic!("no mail to {to}"))
    }

    /// The newest outbox message to `to` once the mail worker has recorded how its sending
    /// went (bounded wait): an SMTP server has a message a moment before the worker marks it.
    pub async fn last_mail_after_sending(&self, to: &str) -> accounts::testing::Mail {
        for _ in 0..200 {
            let mail = self.last_mail(to).await;
            if mail.status != "sending" {
                return mail;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        self.last_mail(to).await
    }

    pub async fn mail_count(&self, to: &str) -> usize {
        accounts::testing::mail_to(&self.state.db, to, 1000).await.len()
    }

    /// Signs up through the form and confirms the address through the emailed link.
    pub async fn signed_up(&self, email: &str, name: &str) -> Browser {
        let browser = self.client();
        let r = browser
            .submit(
                "/signup",
                "/signup",
                &[("display_name", name), ("email", email), ("password", PASSWORD), ("lang", "en")],
            )
            .await;
        assert_eq!(r.status(), StatusCode::OK, "sign-up of {email}");
        let link = link_in(&self.last_mail(email).await.body_text, "/verify/");
        let r = browser.get(&link).await;
        assert_eq!(r.status(), StatusCode::OK);
        browser.login(email, PASSWORD).await;
        browser
    }

    /// An account with a grant, made directly (the admin UI is tested on its own).
    pub async fn user_with_grant(&self, email: &str, grant: kernel::Grant) -> Browser {
        let browser = self.signed_up(email, "Granted Person").await;
        accounts::grant_role_from_cli(&self.state, email, grant).await.unwrap().expect("user exists");
        browser
    }

    /// An account with a grant and two-factor turned on, as management and treasurers need.
    pub async fn user_with_two_factor_grant(&self, email: &str, grant: kernel::Grant) -> Browser {
        self.user_with_two_factor_secret(email, grant).await.0
    }

    /// The same, with the TOTP secret the person copied into their authenticator app, for
    /// signing in again elsewhere.
    pub async fn user_with_two_factor_secret(&self, email: &str, grant: kernel::Grant) -> (Browser, String) {
        let browser = self.user_with_grant(email, grant).await;
        let (_, page) = browser.get_text("/account/two-factor").await;
        let marker = "id=\"totp-secret\">";
        let start = page.find(marker).expect("two-factor page shows the key") + marker.len();
        let secret = page[start..].split('<').next().unwrap().to_string();
        let r = browser
            .submit("/account/two-factor", "/account/two-factor/enable", &[("code", &self.totp_now(&secret))])
            .await;
        assert_eq!(r.status(), StatusCode::OK, "two-factor turned on for {email}");
        (browser, secret)
    }

    /// An account made directly (no sign-up), for data the tests put in place.
    pub async fn seed_account(&self, email: &str) -> kernel::UserId {
        let w = accounts::Write::begin(&self.state, None).await.unwrap();
        let person =
            accounts::create_confirmed_account(&w, email, "Seed", "en", "a long password 1").await.unwrap();
        w.commit().await.unwrap();
        person.id
    }

    pub async fn audit_actions(&self, object_type: &str) -> Vec<String> {
        accounts::testing::audited(&self.state.db, object_type, "")
            .await
            .into_iter()
            .map(|e| e.action)
            .collect()
    }
}

/// The TOTP code for a base32 secret at `at`, `steps_ahead` 30-second steps later.
fn totp_at(secret: &str, at: DateTime<Utc>, steps_ahead: i64) -> String {
    accounts::testing::totp_code(secret, at.timestamp(), steps_ahead)
}

/// A real PNG image of `width` × `height` pixels, a gradient (as uploads must decode).
pub fn png(width: u32, height: u32) -> Vec<u8> {
    let img =
        image::RgbImage::from_fn(width, height, |x, y| image::Rgb([(x % 256) as u8, (y % 256) as u8, 90]));
    let mut out = std::io::Cursor::new(Vec::new());
    img.write_to(&mut out, image::ImageFormat::Png).unwrap();
    out.into_inner()
}

/// A real PNG with transparent corners, as logos often are.
pub fn transparent_png(width: u32, height: u32) -> Vec<u8> {
    let img = image::RgbaImage::from_fn(width, height, |x, y| {
        let alpha = if x < width / 4 && y < height / 4 { 0 } else { 255 };
        image::Rgba([(x % 256) as u8, (y % 256) as u8, 90, alpha])
    });
    let mut out = std::io::Cursor::new(Vec::new());
    img.write_to(&mut out, image::ImageFormat::Png).unwrap();
    out.into_inner()
}

/// The dimensions of an image's bytes.
pub fn dimensions(bytes: &[u8]) -> (u32, u32) {
    let img = image::load_from_memory(bytes).expect("an image");
    (img.width(), img.height())
}

/// The first link in a text that contains `marker`.
pub fn link_in(text: &str, marker: &str) -> String {
    text.split_whitespace()
        .find(|w| w.contains(marker))
        .unwrap_or_else(|| panic!("no link with {marker} in:\n{text}"))
        .to_string()
}

pub struct Browser {
    pub base: String,
    pub http: Client,
}

impl Browser {
    fn abs(&self, path: &str) -> String {
        if path.starts_with("http") { path.to_string() } else { format!("{}{path}", self.base) }
    }

    pub async fn get(&self, path: &str) -> Response {
        self.http.get(self.abs(path)).send().await.unwrap()
    }

    pub async fn get_text(&self, path: &str) -> (StatusCode, String) {
        let r = self.get(path).await;
        let status = r.status();
        (status, r.text().await.unwrap())
    }

    /// The page at `path`, which must answer 200 OK: for reading what a person sees.
    pub async fn page(&self, path: &str) -> String {
        let (status, html) = self.get_text(path).await;
        assert_eq!(status, StatusCode::OK, "GET {path}:\n{html}");
        html
    }

    /// Opens the page with the form at `page`, takes its CSRF token and posts `fields` to
    /// `action`, as a person filling the form would.
    pub async fn submit(&self, page: &str, action: &str, fields: &[(&str, &str)]) -> Response {
        let html = self.get(page).await.text().await.unwrap();
        let token = csrf_in(&html);
        let mut form: Vec<(&str, &str)> = vec![("_csrf", &token)];
        form.extend_from_slice(fields);
        self.post_raw(action, &form).await
    }

    pub async fn post_raw(&self, action: &str, fields: &[(&str, &str)]) -> Response {
        self.http.post(self.abs(action)).form(fields).send().await.unwrap()
    }

    pub async fn login(&self, email: &str, password: &str) {
        let r = self
            .submit("/login", "/login", &[("email", email), ("password", password), ("next", "/account")])
            .await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER, "login of {email}");
        assert_eq!(location(&r), "/account");
    }
}

pub fn csrf_in(html: &str) -> String {
    let marker = "name=\"_csrf\" value=\"";
    let start = html.find(marker).unwrap_or_else(|| panic!("no CSRF token in page:\n{html}")) + marker.len();
    html[start..start + 43].to_string()
}

pub fn location(r: &Response) -> String {
    r.headers().get("location").map(|v| v.to_str().unwrap().to_string()).unwrap_or_default()
}

/// Runs `body` once per backend under test, each with a fresh app.
#[macro_export]
macro_rules! each_backend {
    (|$app:ident| $body:block) => {
        for backend in store::testdb::backends() {
            let $app = $crate::harness::TestApp::start(backend).await;
            $body
            $app.finish().await;
        }
    };
}

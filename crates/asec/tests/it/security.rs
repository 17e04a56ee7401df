//! The platform tried as an attacker with a member's account would: each test pins one finding
//! of the security review (issue 10) and fails without its fix.

use crate::each_backend;
use crate::harness::{Browser, PASSWORD, TestApp, csrf_in, link_in, location};
use crate::membership::{active_member, complete, id_of, send, status, step, version_on};
use kernel::{Grant, Role, Scope};
use reqwest::StatusCode;

fn management() -> Grant {
    Grant { role: Role::Management, scope: Scope::Network }
}

/// Runs `body` once per backend with an app configured by `tweak`.
macro_rules! each_backend_with {
    ($tweak:expr, |$app:ident| $body:block) => {
        for backend in store::testdb::backends() {
            let $app = TestApp::start_with(backend, $tweak).await;
            $body
            $app.finish().await;
        }
    };
}

/// The value a response sets for cookie `name`, if it sets it.
fn set_cookie(r: &reqwest::Response, name: &str) -> Option<String> {
    r.headers().get_all("set-cookie").iter().filter_map(|v| v.to_str().ok()).find_map(|v| {
        v.strip_prefix(&format!("{name}=")).map(|rest| rest.split(';').next().unwrap_or("").to_string())
    })
}

// ------------------------------------------------------------------ 1. open redirect

#[tokio::test]
async fn signing_in_never_sends_anyone_to_another_site() {
    each_backend!(|app| {
        // Browsers drop tab and newline from URLs: "/\t/evil.example/" is "//evil.example/".
        let tricks = [
            "/\t/evil.example/",
            "/\n/evil.example/",
            "/\\evil.example",
            "//evil.example",
            "https://evil.example/",
        ];
        for (i, next) in tricks.iter().enumerate() {
            let visitor = app.client();
            let email = format!("p{i}@asec.asia");
            app.signed_up(&email, "P").await;
            let r = visitor
                .submit("/login", "/login", &[("email", &email), ("password", PASSWORD), ("next", next)])
                .await;
            assert_eq!(r.status(), StatusCode::SEE_OTHER, "{next:?}");
            assert_eq!(location(&r), "/", "POST /login with next={next:?}");
            // Signed in, /login sends on at once: to the platform only.
            let query = kernel::form::urlencode(next);
            let r = visitor.get(&format!("/login?next={query}")).await;
            assert_eq!(location(&r), "/", "GET /login?next={next:?}");
            // The language switch, signed in and not.
            for b in [&visitor, &app.client()] {
                let r = b.submit("/", "/language", &[("lang", "id"), ("next", next)]).await;
                assert_eq!(location(&r), "/", "language switch with next={next:?}");
            }
        }
        // After the second factor too.
        let (_, secret) = app.user_with_two_factor_secret("chair@asec.asia", management()).await;
        let b = app.client();
        let r = b
            .submit(
                "/login",
                "/login",
                &[("email", "chair@asec.asia"), ("password", PASSWORD), ("next", tricks[0])],
            )
            .await;
        assert_eq!(location(&r), "/login/two-factor");
        let r =
            b.submit("/login/two-factor", "/login/two-factor", &[("code", &app.totp_next(&secret))]).await;
        assert_eq!(location(&r), "/", "after the second factor");
        // A path of the platform is followed, encoded as it was checked.
        let b = app.client();
        app.signed_up("dewi@asec.asia", "Dewi").await;
        let r = b
            .submit(
                "/login",
                "/login",
                &[("email", "dewi@asec.asia"), ("password", PASSWORD), ("next", "/directory?q=kopi susu")],
            )
            .await;
        assert_eq!(location(&r), "/directory?q=kopi%20susu");
    });
}

// ------------------------------------------------------------------ 2. second factor per session

#[tokio::test]
async fn a_session_without_the_second_factor_never_gains_privileged_powers() {
    each_backend!(|app| {
        // Management signed in with the password alone on a laptop, before two-factor was on.
        let phone = app.user_with_grant("chair@asec.asia", management()).await;
        let laptop = app.client();
        laptop.login("chair@asec.asia", PASSWORD).await;
        assert_eq!(laptop.get("/membership/pipeline").await.status(), StatusCode::FORBIDDEN);
        // The owner turns two-factor on with the phone: that session holds it, the laptop's ends.
        let page = phone.page("/account/two-factor").await;
        let secret = crate::accounts::between(&page, "id=\"totp-secret\">", "<");
        let r = phone
            .submit("/account/two-factor", "/account/two-factor/enable", &[("code", &app.totp_now(&secret))])
            .await;
        assert_eq!(r.status(), StatusCode::OK);
        assert_eq!(phone.get("/membership/pipeline").await.status(), StatusCode::OK, "the enrolling session");
        assert_ne!(
            laptop.get("/membership/pipeline").await.status(),
            StatusCode::OK,
            "a password-only session gains nothing when two-factor is turned on elsewhere"
        );
        assert_eq!(laptop.get("/account").await.status(), StatusCode::SEE_OTHER, "it is signed out");

        // A sign-in with the code holds the powers too.
        let desk = app.client();
        desk.submit("/login", "/login", &[("email", "chair@asec.asia"), ("password", PASSWORD)]).await;
        let r =
            desk.submit("/login/two-factor", "/login/two-factor", &[("code", &app.totp_next(&secret))]).await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
        assert_eq!(desk.get("/membership/pipeline").await.status(), StatusCode::OK);

        // Turning it off takes the password and a current code: the password alone changes nothing.
        let r = desk
            .submit("/account/two-factor", "/account/two-factor/disable", &[("current_password", PASSWORD)])
            .await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.text().await.unwrap().contains("id=\"f-disable_code-error\""), "the code is asked for");
        let r = desk
            .submit(
                "/account/two-factor",
                "/account/two-factor/disable",
                &[("current_password", PASSWORD), ("code", "000000")],
            )
            .await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(desk.page("/account/two-factor").await.contains("Two-factor sign-in is on"));
        assert_eq!(phone.get("/membership/pipeline").await.status(), StatusCode::OK, "still on");

        // With a current code (the next step: the sign-in used this one) it goes off, and every
        // other session ends.
        app.clock.advance(chrono::Duration::seconds(60));
        let r = desk
            .submit(
                "/account/two-factor",
                "/account/two-factor/disable",
                &[("current_password", PASSWORD), ("code", &app.totp_now(&secret))],
            )
            .await;
        assert_eq!(location(&r), "/account/two-factor");
        assert_eq!(phone.get("/account").await.status(), StatusCode::SEE_OTHER, "other sessions end");
        assert_eq!(desk.get("/account").await.status(), StatusCode::OK);
        assert_eq!(desk.get("/membership/pipeline").await.status(), StatusCode::FORBIDDEN);
        let audited = app.audit_actions("user").await;
        assert!(audited.contains(&"user.disable_two_factor".to_string()));
    });
}

// ------------------------------------------------------------------ 3. country moves

#[tokio::test]
async fn representatives_cannot_move_their_member_into_another_country_network() {
    each_backend!(|app| {
        let (rep, management, id) = active_member(&app).await;
        let thai_focal = app
            .user_with_grant(
                "focal@th.org",
                Grant {
                    role: Role::FocalPoint,
                    scope: Scope::Country(kernel::CountryCode::parse("TH").unwrap()),
                },
            )
            .await;
        let edit = format!("/entities/{id}/edit");
        let moved = complete("Lao Weavers Cooperative", "TH");
        let r = send(&rep, &edit, &edit, &moved, "submit").await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let html = r.text().await.unwrap();
        assert!(html.contains("id=\"f-country-error\""), "the country is named");
        assert!(html.contains("only through ASEC management"), "{html}");
        let api = |id: i64| {
            let url = format!("{}/api/v1/entities/{id}", app.url);
            async move { reqwest::get(url).await.unwrap().json::<serde_json::Value>().await.unwrap() }
        };
        assert_eq!(api(id).await["country"], "LA", "nothing about the country changed");
        assert!(
            !thai_focal.page("/countries/TH").await.contains("Lao Weavers"),
            "not on the new country's page"
        );
        assert_eq!(status(&rep, id).await, "active");
        // The rest of the profile is theirs to keep.
        let mut renamed = complete("Lao Weavers Cooperative", "LA");
        renamed.retain(|(k, _)| *k != "city");
        renamed.push(("city", "Luang Prabang".into()));
        let r = send(&rep, &edit, &edit, &renamed, "submit").await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
        // Management moves a member, and the history shows it.
        let r = send(&management, &edit, &edit, &moved, "submit").await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER, "{}", r.text().await.unwrap());
        assert_eq!(api(id).await["country"], "TH");
        assert!(management.page(&format!("/entities/{id}/history")).await.contains("TH"));
    });
}

// ------------------------------------------------------------------ 4. spreadsheet formulas

/// Every cell of a CSV file, header included.
fn cells(csv_bytes: &[u8]) -> Vec<String> {
    let text = std::str::from_utf8(csv_bytes).unwrap().trim_start_matches('\u{feff}').to_string();
    let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(text.as_bytes());
    reader.records().flat_map(|r| r.unwrap().iter().map(str::to_string).collect::<Vec<_>>()).collect()
}

fn no_formula(cells: &[String], file: &str) {
    for cell in cells {
        assert!(
            !(cell.starts_with(['=', '+', '@', '\t', '\r'])
                || (cell.starts_with('-') && cell.parse::<f64>().is_err())),
            "{file}: a cell a spreadsheet would run: {cell:?}"
        );
    }
}

#[tokio::test]
async fn no_export_carries_a_spreadsheet_formula() {
    each_backend!(|app| {
        let formula = "=HYPERLINK(\"http://evil.example\",\"x\")";
        let management_b = app.user_with_two_factor_grant("chair@asec.asia", management()).await;
        management_b
            .submit("/membership/mou", "/membership/mou", &[("title", "MOU"), ("body", "Text.")])
            .await;
        let rep = app.signed_up("rep@coop.la", "Rep").await;
        let mut fields = complete(formula, "LA");
        fields.retain(|(k, _)| !matches!(*k, "short_name" | "city" | "description"));
        fields.push(("short_name", "+SUM(1,2)".into()));
        fields.push(("city", "@cmd".into()));
        fields.push(("description", "-2+3 and more".into()));
        let r = send(&rep, "/apply", "/apply", &fields, "submit").await;
        let id = id_of(&location(&r));
        step(&management_b, id, "approve", "").await;
        let mou = format!("/applications/{id}/mou");
        let version = version_on(&rep, &mou).await;
        let signed = [
            ("signer_name", "Rep"),
            ("signer_title", "Chair"),
            ("signed_on", "2026-01-01"),
            ("agree", "yes"),
            ("version", version.as_str()),
        ];
        rep.submit(&mou, &mou, &signed).await;
        assert_eq!(status(&rep, id).await, "active");
        let new = format!("/directory/entities/{id}/projects/new");
        let project = [
            ("title", formula),
            ("summary", "=1+2"),
            ("lang", "en"),
            ("place", "@Vientiane"),
            ("country", "LA"),
            ("latitude", "-7.5"),
            ("longitude", "102.6"),
            ("starts_on", "2026-01-01"),
            ("status", "ongoing"),
            ("sdg", "5"),
            ("beneficiaries_total", "10"),
            ("beneficiaries_women", "5"),
        ];
        let r = rep.submit(&new, &new, &project).await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER, "{}", r.text().await.unwrap());

        let visitor = app.client();
        for (file, browser) in [
            ("/directory/entities.csv", &visitor),
            ("/directory/projects.csv", &visitor),
            ("/membership/members.csv", &management_b),
        ] {
            let r = browser.get(file).await;
            assert_eq!(r.status(), StatusCode::OK, "{file}");
            let cells = cells(&r.bytes().await.unwrap());
            assert!(cells.iter().any(|c| c == &format!("'{formula}")), "{file} has the name, made inert");
            no_formula(&cells, file);
            assert!(
                cells.iter().any(|c| c == "-7.5") || file != "/directory/projects.csv",
                "numbers stay numbers"
            );
        }
        // The spreadsheet writes every text as a string cell: no formula element at all.
        let book = management_b.get("/membership/members.xlsx").await.bytes().await.unwrap();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("members.xlsx");
        std::fs::write(&path, &book).unwrap();
        let read = std::process::Command::new("python3")
            .args([
                "-c",
                "import sys,zipfile; z=zipfile.ZipFile(sys.argv[1]); print(z.read('xl/worksheets/sheet1.xml').decode()); print(z.read('xl/sharedStrings.xml').decode())",
            ])
            .arg(&path)
            .output()
            .unwrap();
        let xml = String::from_utf8_lossy(&read.stdout);
        assert!(xml.contains("HYPERLINK"), "the name is there: {xml}");
        assert!(!xml.contains("<f>") && !xml.contains("<f "), "no formula cells: {xml}");
    });
}

// ------------------------------------------------------------------ 5. password guessing

#[tokio::test]
async fn current_password_checks_are_counted_like_sign_in_attempts() {
    each_backend!(|app| {
        let me = app.signed_up("yuli@asec.asia", "Yuli").await;
        for _ in 0..10 {
            let r = me
                .submit(
                    "/account/password",
                    "/account/password",
                    &[("current_password", "guess guess guess"), ("new_password", "the next password")],
                )
                .await;
            assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
        }
        // Over budget the right password is refused too, by every form that asks for it.
        for (page, action, fields) in [
            (
                "/account/password",
                "/account/password",
                vec![("current_password", PASSWORD), ("new_password", "the next password")],
            ),
            (
                "/account/email",
                "/account/email",
                vec![("current_password", PASSWORD), ("new_email", "yuli@new.asia")],
            ),
        ] {
            let r = me.submit(page, action, &fields).await;
            assert_eq!(r.status(), StatusCode::TOO_MANY_REQUESTS, "{action}");
            assert!(r.headers().contains_key("retry-after"));
        }
        app.client().login("yuli@asec.asia", PASSWORD).await;
        // Past the window it works again.
        app.clock.advance(chrono::Duration::minutes(16));
        let r = me
            .submit(
                "/account/password",
                "/account/password",
                &[("current_password", PASSWORD), ("new_password", "the next password")],
            )
            .await;
        assert_eq!(location(&r), "/account");

        // Many sign-ins at once wait for a turn: never more argon2 computations than the cap.
        let mut attempts = tokio::task::JoinSet::new();
        for i in 0..24 {
            let c = app.client();
            attempts.spawn(async move {
                c.submit(
                    "/login",
                    "/login",
                    &[("email", &format!("n{i}@x.org")), ("password", "wrong wrong")],
                )
                .await
                .status()
            });
        }
        for status in attempts.join_all().await {
            assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        }
        let (peak, limit) = accounts::testing::hashing_peak_and_limit();
        assert!(peak >= 1 && peak <= limit, "{peak} argon2 computations at once, cap {limit}");
    });
}

// ------------------------------------------------------------------ 6. metrics

#[tokio::test]
async fn metrics_are_for_the_monitoring_system_and_invented_methods_add_no_series() {
    let token = "scrape-me-please-0123456789";
    for backend in store::testdb::backends() {
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let app = TestApp::start_with(backend, |c| {
            c.metrics_token = Some(token.into());
            c.metrics_bind = Some(format!("127.0.0.1:{port}"));
        })
        .await;
        let http = reqwest::Client::new();
        let r = http.get(format!("{}/metrics", app.url)).send().await.unwrap();
        assert_eq!(r.status(), StatusCode::UNAUTHORIZED, "not for visitors");
        let r = http
            .get(format!("{}/metrics", app.url))
            .bearer_auth("wrong-token-0123456789")
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
        for method in ["FOOBAR", "BREW", "X-INVENTED"] {
            let m = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
            http.request(m, format!("{}/", app.url)).send().await.unwrap();
        }
        let r = http.get(format!("{}/metrics", app.url)).bearer_auth(token).send().await.unwrap();
        assert_eq!(r.status(), StatusCode::OK);
        let text = r.text().await.unwrap();
        assert!(!text.contains("FOOBAR") && !text.contains("BREW") && !text.contains("X-INVENTED"), "{text}");
        assert!(text.contains("asec_http_requests_total{method=\"other\","), "{text}");
        // The separate address serves it without a token, and nothing else.
        let other = format!("http://127.0.0.1:{port}");
        let r = http.get(format!("{other}/metrics")).send().await.unwrap();
        assert_eq!(r.status(), StatusCode::OK);
        assert!(r.text().await.unwrap().contains("asec_http_requests_total"));
        assert_eq!(http.get(format!("{other}/")).send().await.unwrap().status(), StatusCode::NOT_FOUND);
        app.finish().await;
    }
    // Without a token configured, /metrics is not there at all on the platform's address.
    each_backend!(|app| {
        assert_eq!(app.client().get("/metrics").await.status(), StatusCode::NOT_FOUND);
    });
}

// ------------------------------------------------------------------ 7. client address behind a proxy

#[tokio::test]
async fn rate_limits_count_the_address_the_proxy_saw_not_the_one_the_client_sent() {
    each_backend_with!(|c: &mut web::Config| c.trust_proxy_headers = true, |app| {
        let http = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
        let page = http.get(format!("{}/login", app.url)).send().await.unwrap();
        let csrf = set_cookie(&page, "asec_csrf").unwrap();
        let attempt = |i: usize, forwarded: String| {
            let (http, url, csrf) = (http.clone(), app.url.clone(), csrf.clone());
            async move {
                let email = format!("n{i}@x.org");
                http.post(format!("{url}/login"))
                    .header("cookie", format!("asec_csrf={csrf}"))
                    .header("x-forwarded-for", forwarded)
                    .form(&[("_csrf", csrf.as_str()), ("email", &email), ("password", "")])
                    .send()
                    .await
                    .unwrap()
                    .status()
            }
        };
        // Each attempt claims another address on the left; the proxy appended the real one.
        for i in 0..30 {
            assert_eq!(
                attempt(i, format!("10.0.{}.{}, 203.0.113.7", i / 200, i % 200)).await,
                StatusCode::UNPROCESSABLE_ENTITY
            );
        }
        assert_eq!(attempt(31, "10.9.9.9, 203.0.113.7".into()).await, StatusCode::TOO_MANY_REQUESTS);
        assert_eq!(
            attempt(32, "203.0.113.8".into()).await,
            StatusCode::UNPROCESSABLE_ENTITY,
            "another client"
        );
        // What is not an address falls back to the proxy's own: never a bypass.
        assert_eq!(attempt(33, "203.0.113.7, not-an-address".into()).await, StatusCode::UNPROCESSABLE_ENTITY);
    });
}

// ------------------------------------------------------------------ 8. API tokens

async fn new_token(b: &Browser, expires: &str) -> String {
    let page = b
        .submit(
            "/account/tokens",
            "/account/tokens",
            &[("name", "script"), ("scope", "read"), ("expires", expires)],
        )
        .await
        .text()
        .await
        .unwrap();
    crate::accounts::between(&page, "id=\"new-token\">", "<")
}

async fn api_status(app: &TestApp, token: &str) -> StatusCode {
    reqwest::Client::new()
        .get(format!("{}/api/v1/me", app.url))
        .bearer_auth(token)
        .send()
        .await
        .unwrap()
        .status()
}

#[tokio::test]
async fn api_tokens_expire_and_end_with_the_password_and_the_second_factor() {
    each_backend_with!(|c: &mut web::Config| c.session_days = 120, |app| {
        let me = app.signed_up("kumar@assefa.in", "Kumar").await;
        let r = me
            .submit(
                "/account/tokens",
                "/account/tokens",
                &[("name", "x"), ("scope", "read"), ("expires", "7")],
            )
            .await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY, "only the offered lifetimes");
        assert!(r.text().await.unwrap().contains("id=\"f-expires-error\""));
        let monthly = new_token(&me, "30").await;
        let forever = new_token(&me, "never").await;
        let page = me.page("/account/tokens").await;
        assert!(page.contains("Expires") && page.contains("never"), "the expiry is listed");
        assert_eq!(api_status(&app, &monthly).await, StatusCode::OK);
        app.clock.advance(chrono::Duration::days(30) + chrono::Duration::minutes(1));
        assert_eq!(api_status(&app, &monthly).await, StatusCode::UNAUTHORIZED, "expired");
        assert_eq!(api_status(&app, &forever).await, StatusCode::OK);
        assert!(me.page("/account/tokens").await.contains("(expired)"));

        // A password change ends them.
        let r = me
            .submit(
                "/account/password",
                "/account/password",
                &[("current_password", PASSWORD), ("new_password", "the next password")],
            )
            .await;
        assert_eq!(location(&r), "/account");
        assert_eq!(
            api_status(&app, &forever).await,
            StatusCode::UNAUTHORIZED,
            "ended by the password change"
        );

        // So does a reset, which whoever lost the password asks for.
        let token = new_token(&me, "never").await;
        assert_eq!(api_status(&app, &token).await, StatusCode::OK);
        let visitor = app.client();
        visitor.submit("/reset", "/reset", &[("email", "kumar@assefa.in")]).await;
        let link = link_in(&app.last_mail("kumar@assefa.in").await.body_text, "/reset/");
        visitor.submit(&link, &link, &[("password", "a brand new password")]).await;
        assert_eq!(api_status(&app, &token).await, StatusCode::UNAUTHORIZED, "ended by the reset");

        // And turning two-factor on.
        let me = app.client();
        me.login("kumar@assefa.in", "a brand new password").await;
        let token = new_token(&me, "90").await;
        let page = me.page("/account/two-factor").await;
        let secret = crate::accounts::between(&page, "id=\"totp-secret\">", "<");
        me.submit("/account/two-factor", "/account/two-factor/enable", &[("code", &app.totp_now(&secret))])
            .await;
        assert_eq!(api_status(&app, &token).await, StatusCode::UNAUTHORIZED, "ended by the second factor");
        // The list says when each was last used.
        let used = new_token(&me, "90").await;
        assert!(me.page("/account/tokens").await.contains("never"));
        assert_eq!(api_status(&app, &used).await, StatusCode::OK);
        let listed = me.page("/account/tokens").await;
        let row = listed.split("<tr>").find(|r| r.contains(&used[..10])).unwrap().to_string();
        assert!(!row.contains("<td>never</td>"), "last use shown: {row}");
    });
}

// ------------------------------------------------------------------ 9. CSRF bound to the session

/// Signs in without a cookie jar and returns the session cookie's value.
async fn raw_session(app: &TestApp, email: &str) -> String {
    let http = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let page = http.get(format!("{}/login", app.url)).send().await.unwrap();
    let csrf = set_cookie(&page, "asec_csrf").unwrap();
    let r = http
        .post(format!("{}/login", app.url))
        .header("cookie", format!("asec_csrf={csrf}"))
        .form(&[("_csrf", csrf.as_str()), ("email", email), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(set_cookie(&r, "asec_csrf").as_deref(), Some(""), "the anonymous token is dropped at sign-in");
    set_cookie(&r, "asec_session").unwrap()
}

async fn rename(app: &TestApp, cookies: &str, csrf: &str, name: &str) -> StatusCode {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
        .post(format!("{}/account", app.url))
        .header("cookie", cookies)
        .form(&[("_csrf", csrf), ("display_name", name), ("lang", "en")])
        .send()
        .await
        .unwrap()
        .status()
}

#[tokio::test]
async fn a_csrf_token_belongs_to_one_session_and_cannot_be_planted() {
    each_backend!(|app| {
        let me = app.signed_up("fatima@women.pk", "Fatima").await;
        let session = raw_session(&app, "fatima@women.pk").await;
        // Whoever can set a cookie for the site plants their own token beside the session.
        let planted = "p".repeat(43);
        let status =
            rename(&app, &format!("asec_session={session}; asec_csrf={planted}"), &planted, "Owned").await;
        assert_eq!(status, StatusCode::FORBIDDEN, "a planted token is worth nothing");
        assert!(!me.page("/account").await.contains("Owned"));
        // The token of another session of the same person does not pass either.
        let other = csrf_in(&me.page("/account").await);
        assert_eq!(
            rename(&app, &format!("asec_session={session}"), &other, "Owned").await,
            StatusCode::FORBIDDEN
        );
        // The session's own token, as its pages carry it, does.
        let http = reqwest::Client::new();
        let page = http
            .get(format!("{}/account", app.url))
            .header("cookie", format!("asec_session={session}"))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        let own = csrf_in(&page);
        assert_ne!(own, other);
        assert_eq!(
            rename(&app, &format!("asec_session={session}"), &own, "Fatima B").await,
            StatusCode::SEE_OTHER
        );

        // Renewed at sign-in and at sign-out.
        let b = app.client();
        let before = csrf_in(&b.page("/login").await);
        b.login("fatima@women.pk", PASSWORD).await;
        let signed_in = csrf_in(&b.page("/account").await);
        assert_ne!(before, signed_in, "a new token at sign-in");
        let r = b.post_raw("/logout", &[("_csrf", &signed_in)]).await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
        let after = csrf_in(&b.page("/login").await);
        assert!(after != signed_in && after != before, "a new token at sign-out");
    });
}

// ------------------------------------------------------------------ 10. no server error from input

#[tokio::test]
async fn bad_api_parameters_get_the_statuses_the_document_declares() {
    each_backend!(|app| {
        let http = reqwest::Client::new();
        let get = |path: &str| {
            let url = format!("{}{path}", app.url);
            let http = http.clone();
            async move { http.get(url).send().await.unwrap() }
        };
        for (path, status) in [
            // A NUL in a search was a server error on PostgreSQL.
            ("/api/v1/entities?q=%00", 422),
            ("/api/v1/projects?q=kopi%00", 422),
            ("/directory?q=%00", 422),
            ("/directory/projects?q=%01x", 422),
            ("/subregions/%00", 404),
            // Numbers past 64 bits, or not numbers, were axum's undocumented 400.
            ("/api/v1/entities?page=9223372036854775808", 422),
            ("/api/v1/entities/9223372036854775808", 404),
            ("/api/v1/projects/-9223372036854775809", 404),
            ("/api/v1/projects?sdg=null&sdg=null", 422),
            ("/api/v1/projects?page=100001", 422),
            ("/api/v1/entities?page=0", 422),
            // Invalid UTF-8 is read as replacement characters: a search like any other.
            ("/api/v1/entities?q=%FF%FE", 200),
            ("/api/v1/applications/1", 401),
        ] {
            let r = get(path).await;
            assert_eq!(r.status().as_u16(), status, "{path}");
            if path.starts_with("/api/") && status != 200 {
                let body: serde_json::Value = r.json().await.unwrap();
                assert!(body["error"].is_string() && body["message"].is_string(), "{path}: {body}");
            }
        }
        let long = format!("/api/v1/entities?q={}", "a".repeat(201));
        assert_eq!(
            get(&long).await.status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "a search over 200 characters"
        );
        // The document declares what each operation answers, and the bounds the server keeps.
        let doc: serde_json::Value = get("/api/openapi.json").await.json().await.unwrap();
        for (path, ops) in doc["paths"].as_object().unwrap() {
            for (method, op) in ops.as_object().unwrap() {
                assert!(op["responses"].get("401").is_some(), "{method} {path} declares 401");
            }
        }
        let params = doc["paths"]["/api/v1/entities"]["get"]["parameters"].as_array().unwrap();
        let page = params.iter().find(|p| p["name"] == "page").unwrap();
        assert_eq!(page["schema"]["maximum"], 100000, "{page}");
        assert_eq!(page["schema"]["minimum"], 1);
        // A form that holds a NUL is refused whole, with a message, and changes nothing.
        let me = app.signed_up("nul@asec.asia", "Nul").await;
        let r = me.submit("/account", "/account", &[("display_name", "Nu\0l"), ("lang", "en")]).await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.text().await.unwrap().contains("not text"));
        assert!(me.page("/account").await.contains("value=\"Nul\""));
    });
}

/// Runs schemathesis over the API document of `app` (with `token` when given) and returns its
/// summary line ("N generated, N passed"); panics with its report when it finds anything.
async fn schemathesis(app: &TestApp, token: Option<&str>, seed: u32) -> String {
    // The app serves on this test's runtime: the run must not block it.
    let mut cmd = tokio::process::Command::new("python3");
    cmd.args(["-c", "import sys; from schemathesis.cli import schemathesis; sys.exit(schemathesis())"])
        .arg("run")
        .arg(format!("{}/api/openapi.json", app.url))
        .args([
            "--checks",
            "not_a_server_error,status_code_conformance,response_schema_conformance,content_type_conformance",
            // Bounded, and reproducible: a few minutes at most for both backends on two cores.
            "--max-examples",
            "40",
            "--seed",
            &seed.to_string(),
            "--workers",
            "1",
            "--no-color",
            "--generation-database",
            "none",
            "--request-timeout",
            "20",
        ])
        // Its caches go to a folder of its own, not the source tree.
        .current_dir(std::env::temp_dir())
        .env("SCHEMATHESIS_TELEMETRY", "false")
        .env("HYPOTHESIS_STORAGE_DIRECTORY", std::env::temp_dir().join("asec-hypothesis"));
    if let Some(token) = token {
        cmd.args(["--header", &format!("Authorization: Bearer {token}")]);
    }
    let out = cmd.output().await.expect("schemathesis runs (scripts/install-test-deps installs it)");
    let report = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert!(out.status.success(), "schemathesis found problems:\n{report}");
    let summary = report
        .lines()
        .skip_while(|l| !l.starts_with("Test cases:"))
        .nth(1)
        .unwrap_or_default()
        .trim()
        .to_string();
    assert!(summary.contains("generated") && !summary.contains("fail"), "{report}");
    let operations = report
        .lines()
        .skip_while(|l| !l.starts_with("API Operations:"))
        .nth(2)
        .unwrap_or_default()
        .trim()
        .to_string();
    format!("{operations}; {summary}")
}

#[tokio::test]
async fn schemathesis_finds_no_server_error_undocumented_status_or_schema_violation() {
    each_backend!(|app| {
        asec::load_demo(&app.state).await.unwrap();
        let anonymous = schemathesis(&app, None, 10).await;
        // A read token of the demo network's chair, who reads applications too.
        let chair = app.client();
        chair.login("chair@demo.asec.example", membership::DEMO_PASSWORD).await;
        let token = new_token(&chair, "30").await;
        let with_token = schemathesis(&app, Some(&token), 11).await;
        println!(
            "schemathesis on {:?}: anonymous: {anonymous}; with a read token: {with_token}",
            app.backend
        );
    });
}

//! Journeys in a real browser (headless Debian chromium): first-run setup, sign-up with
//! verification through the outbox, switching language, and a form error that keeps what
//! the person typed. Screenshots land in `target/screenshots/`.

use crate::harness::{PASSWORD, TestApp, link_in};
use crate::webdriver::Driver;
use store::testdb::backends;

const PHONE: (u32, u32) = (390, 844);
const DESKTOP: (u32, u32) = (1280, 900);

#[tokio::test]
async fn first_administrator_then_a_member_signs_up_verified_through_the_outbox() {
    for backend in backends() {
        let app = TestApp::start(backend).await;
        let link = asec::first_run_link(&app.state).await.unwrap().unwrap();

        let admin = Driver::start(DESKTOP.0, DESKTOP.1).await;
        admin.goto(&link).await;
        admin.fill("#f-display_name", "Chandra Firmantoko").await;
        admin.fill("#f-email", "secretariat@asec.asia").await;
        admin.fill("#f-password", PASSWORD).await;
        admin.click("form[action^=\"/setup/\"] button[type=submit]").await;
        admin.wait_for("#totp-secret").await;
        assert!(admin.url().await.ends_with("/account/two-factor"));
        admin.screenshot("setup-two-factor-desktop").await;
        let secret = admin.text("#totp-secret").await;
        admin.fill("form[action=\"/account/two-factor/enable\"] #f-code", &app.totp_now(&secret)).await;
        admin.click("form[action=\"/account/two-factor/enable\"] button").await;
        admin.wait_for("#recovery-codes").await;
        admin.goto(&format!("{}/admin", app.url)).await;
        assert!(admin.source().await.contains("href=\"/admin/outbox\""));

        let visitor = Driver::start(PHONE.0, PHONE.1).await;
        visitor.goto(&format!("{}/signup", app.url)).await;
        visitor.fill("#f-display_name", "Rina Koperasi").await;
        visitor.fill("#f-email", "rina@koperasi.id").await;
        visitor.fill("#f-password", PASSWORD).await;
        visitor.click("form[action=\"/signup\"] button[type=submit]").await;
        visitor.wait_for_text("Check your email").await;
        visitor.screenshot("signup-done-phone").await;

        admin.goto(&format!("{}/admin/outbox", app.url)).await;
        admin.screenshot("outbox-desktop").await;
        admin.click("#outbox tbody a").await;
        let body = admin.text("#mail-body").await;
        let verify = link_in(&body, "/verify/");

        visitor.goto(&verify).await;
        visitor.wait_for_text("Email address confirmed").await;
        visitor.goto(&format!("{}/login", app.url)).await;
        visitor.fill("#f-email", "rina@koperasi.id").await;
        visitor.fill("#f-password", PASSWORD).await;
        visitor.click("form[action=\"/login\"] button[type=submit]").await;
        let home = visitor.wait_for_text("You are signed in.").await;
        assert!(home.contains("Rina Koperasi"), "greeted by name");
        visitor.goto(&format!("{}/account", app.url)).await;
        let page = visitor.source().await;
        assert!(page.contains("rina@koperasi.id") && page.contains("confirmed"));
        visitor.screenshot("account-phone").await;
        drop((admin, visitor));
        app.stop().await;
    }
}

#[tokio::test]
async fn a_visitor_switches_language_and_a_form_error_keeps_what_they_typed() {
    for backend in backends() {
        let app = TestApp::start(backend).await;
        let desktop = Driver::start(DESKTOP.0, DESKTOP.1).await;
        desktop.goto(&format!("{}/", app.url)).await;
        desktop.screenshot("home-en-desktop").await;
        drop(desktop);

        let d = Driver::start(PHONE.0, PHONE.1).await;
        d.goto(&format!("{}/", app.url)).await;
        assert!(d.source().await.contains("<html lang=\"en\">"));
        // A keyboard user moves through the languages without leaving the page, then switches
        // with the button (a pointer's choice submits at once, by a small script).
        let select = d.find("#lang-select").await;
        select.send_keys(&fantoccini::key::Key::Down.to_string()).await.unwrap();
        let chosen = select.prop("value").await.unwrap().unwrap_or_default();
        assert_ne!(chosen, "en", "the arrow key moved to another language");
        d.find("#lang-select").await.select_by_value("id").await.unwrap();
        d.click("form.lang-switch button[type=submit]").await;
        let page = d.wait_for("html[lang=\"id\"]").await;
        let sign_in = web::Tr::new("id").t("nav-sign-in");
        assert!(page.contains(&format!(">{sign_in}<")), "navigation is translated: {sign_in}");
        assert!(!page.contains(">Sign in<"), "and not left in English");
        d.screenshot("home-id-phone").await;

        d.goto(&format!("{}/signup", app.url)).await;
        d.fill("#f-display_name", "Nguyễn Thị Hoa").await;
        d.fill("#f-email", "hoa@hoptacxa.vn").await;
        d.fill("#f-password", "short").await;
        d.click("form[action=\"/signup\"] button[type=submit]").await;
        d.wait_for("#f-password-error").await;
        assert_eq!(d.value("#f-display_name").await, "Nguyễn Thị Hoa");
        assert_eq!(d.value("#f-email").await, "hoa@hoptacxa.vn");
        assert_eq!(d.value("#f-password").await, "", "the password is not kept");
        assert_eq!(d.value("#f-lang").await, "id");
        let message = d.text("#f-password-error").await;
        assert_eq!(message, web::Tr::new("id").t("error-password-too-short"));
        d.screenshot("signup-error-id-phone").await;
        drop(d);
        app.stop().await;
    }
}

/// Signs in through the form (and the second step, for people with two-factor on).
async fn sign_in(d: &Driver, app: &TestApp, email: &str, two_factor_secret: Option<&str>) {
    d.goto(&format!("{}/login", app.url)).await;
    d.fill("#f-email", email).await;
    d.fill("#f-password", PASSWORD).await;
    d.click("form[action=\"/login\"] button[type=submit]").await;
    if let Some(secret) = two_factor_secret {
        d.wait_for("form[action=\"/login/two-factor\"]").await;
        d.fill("#f-code", &app.totp_next(secret)).await;
        d.click("form[action=\"/login/two-factor\"] button[type=submit]").await;
    }
    d.wait_for("form[action=\"/logout\"]").await;
}

#[tokio::test]
async fn an_organisation_applies_is_endorsed_approved_and_becomes_an_active_member() {
    use kernel::{CountryCode, Grant, Role, Scope};
    for backend in backends() {
        let app = TestApp::start(backend).await;
        let (management, secret) = app
            .user_with_two_factor_secret(
                "chair@asec.asia",
                Grant { role: Role::Management, scope: Scope::Network },
            )
            .await;
        management
            .submit(
                "/membership/mou",
                "/membership/mou",
                &[("title", "MOU on the SSE Development Roadmap"), ("body", "We work together.")],
            )
            .await;
        let indonesia = Scope::Country(CountryCode::parse("ID").unwrap());
        app.user_with_grant("focal@koperasi.id", Grant { role: Role::FocalPoint, scope: indonesia }).await;
        app.signed_up("dewi@kws.id", "Dewi Lestari").await;

        let applicant = Driver::start(PHONE.0, PHONE.1).await;
        sign_in(&applicant, &app, "dewi@kws.id", None).await;
        applicant.goto(&format!("{}/apply", app.url)).await;
        applicant.fill("#f-legal_name", "Koperasi Wanita Sejahtera").await;
        applicant.click("#f-country option[value=\"ID\"]").await;
        applicant.fill("#f-city", "Yogyakarta").await;
        applicant.fill("#f-description", "Simpan pinjam untuk perempuan desa.").await;
        applicant.click("input[name=constituency][value=women]").await;
        applicant.click("input[name=sdg][value=\"5\"]").await;
        for n in 1..=5 {
            applicant.fill(&format!("#f-commitment_{n}"), "Kami menjalankannya bersama anggota.").await;
        }
        applicant.click("button[name=intent][value=submit]").await;
        applicant.wait_for("[data-status=\"awaiting_endorsement\"]").await;
        let id: i64 = applicant.url().await.rsplit('/').next().unwrap().parse().unwrap();
        applicant.screenshot("application-submitted-phone").await;

        let focal = Driver::start(DESKTOP.0, DESKTOP.1).await;
        sign_in(&focal, &app, "focal@koperasi.id", None).await;
        focal.goto(&format!("{}/applications/{id}", app.url)).await;
        focal.screenshot("application-to-endorse-desktop").await;
        focal.click("#step-endorse").await;
        focal.wait_for("[data-status=\"awaiting_approval\"]").await;
        drop(focal);

        let chair = Driver::start(DESKTOP.0, DESKTOP.1).await;
        sign_in(&chair, &app, "chair@asec.asia", Some(&secret)).await;
        chair.goto(&format!("{}/membership/pipeline", app.url)).await;
        chair.click("#pipeline tbody a").await;
        chair.click("#step-approve").await;
        chair.wait_for("[data-status=\"awaiting_mou\"]").await;
        drop(chair);

        applicant.goto(&format!("{}/applications/{id}/mou", app.url)).await;
        assert!(applicant.source().await.contains("We work together."));
        applicant.fill("#f-signer_title", "Ketua").await;
        applicant.click("input[name=agree]").await;
        applicant.click(&format!("form[action=\"/applications/{id}/mou\"] button[type=submit]")).await;
        applicant.wait_for("[data-status=\"active\"]").await;

        let visitor = Driver::start(PHONE.0, PHONE.1).await;
        visitor.goto(&format!("{}/countries/ID", app.url)).await;
        let page = visitor.source().await;
        assert!(page.contains("Koperasi Wanita Sejahtera") && page.contains("Yogyakarta"));
        visitor.screenshot("country-indonesia-phone").await;
        drop((applicant, visitor));
        app.stop().await;
    }
}

/// How far below the filters' toggle the results start, in CSS pixels.
async fn results_below_toggle(d: &Driver, url: &str) -> f64 {
    d.goto(url).await;
    let (_, toggle, _, _) = d.find("#filters > summary").await.rectangle().await.unwrap();
    let (_, results, _, _) = d.find("#results").await.rectangle().await.unwrap();
    results - toggle
}

#[tokio::test]
async fn a_visitor_filters_the_directory_by_country_and_sdg_opens_a_member_and_downloads_geojson() {
    for backend in backends() {
        let app = TestApp::start(backend).await;
        crate::directory::seed(&app).await;

        let visitor = Driver::start(PHONE.0, PHONE.1).await;
        visitor.goto(&format!("{}/directory", app.url)).await;
        // On a phone the filters fold behind their toggle, so the results come first.
        assert!(!visitor.find("#f-country").await.is_displayed().await.unwrap(), "folded on a phone");
        visitor.click("#filters > summary").await;
        visitor.click("#f-country option[value=\"ID\"]").await;
        visitor.click("#f-sdg option[value=\"5\"]").await;
        visitor.click("form.directory-filters button[type=submit]").await;
        let page = visitor.wait_for_text("One organisation").await;
        let url = visitor.url().await;
        assert!(url.contains("country=ID") && url.contains("sdg=5"), "the filters are in the URL: {url}");
        assert!(url.ends_with("#results"), "the page lands on the results: {url}");
        assert!(page.contains("Filters (2)"));
        assert!(!visitor.find("#f-country").await.is_displayed().await.unwrap(), "folded again");
        assert!(page.contains("Koperasi Wanita Sejahtera"));
        assert!(!page.contains("สหกรณ์การเกษตรอินทรีย์ยโสธร"), "the other SDG 5 member is in Thailand");
        visitor.screenshot("directory-filtered-phone").await;

        // The download link carries the same filters.
        let marker = "href=\"/directory/entities.geojson?";
        let start = page.find(marker).expect("a GeoJSON link") + "href=\"".len();
        let geojson_href = page[start..].split('"').next().unwrap().replace("&#38;", "&");

        visitor.click("#results a").await;
        let entity = visitor.wait_for_text("Member since").await;
        assert!(entity.contains("<h1>Koperasi Wanita Sejahtera</h1>"));
        assert!(entity.contains("class=\"m-here\""), "on the map");
        visitor.screenshot("directory-entity-phone").await;
        // Back to the same results.
        visitor.click("#back").await;
        visitor.wait_for_text("One organisation").await;
        let back = visitor.url().await;
        assert!(
            back.contains("country=ID") && back.contains("sdg=5") && back.ends_with("#results"),
            "{back}"
        );

        let geo: serde_json::Value =
            reqwest::get(format!("{}{geojson_href}", app.url)).await.unwrap().json().await.unwrap();
        assert_eq!(geo["type"], "FeatureCollection");
        let features = geo["features"].as_array().unwrap();
        assert_eq!(features.len(), 1);
        assert_eq!(features[0]["properties"]["name"], "Koperasi Wanita Sejahtera");

        let desktop = Driver::start(DESKTOP.0, DESKTOP.1).await;
        // WebDriver calls whatever is in a closed <details> hidden, so measure how far below the
        // toggle the results start: a wide screen keeps the filters open between them (the
        // stylesheet's ::details-content rule), a phone shows the results right away.
        let filtered = format!("{}/directory?country=ID&sdg=5#results", app.url);
        let wide = results_below_toggle(&desktop, &filtered).await;
        assert!(wide > 200.0, "the form stands open on a wide screen: {wide}px");
        desktop.screenshot("directory-filtered-desktop").await;
        let narrow = results_below_toggle(&visitor, &filtered).await;
        assert!(narrow < 120.0, "the results follow the folded toggle on a phone: {narrow}px");
        desktop.goto(&format!("{}/directory/map?subregion=southeast-asia", app.url)).await;
        desktop.find("#map").await;
        desktop.screenshot("directory-map-desktop").await;
        drop((visitor, desktop));
        app.stop().await;
    }
}

#[tokio::test]
async fn management_opens_a_consensus_proposal_indonesia_consults_and_the_register_shows_the_outcome() {
    use kernel::{CountryCode, EntityId, Grant, Role, Scope};
    for backend in backends() {
        let app = TestApp::start(backend).await;
        let ids = crate::governance::members(&app).await;
        let (_, secret) = app
            .user_with_two_factor_secret(
                "chair@asec.asia",
                Grant { role: Role::Management, scope: Scope::Network },
            )
            .await;
        let indonesia = Scope::Country(CountryCode::parse("ID").unwrap());
        app.user_with_grant("focal@koperasi.id", Grant { role: Role::FocalPoint, scope: indonesia }).await;
        for (email, entity) in [("dewi@kws.id", ids[0]), ("budi@bina.id", ids[1])] {
            app.user_with_grant(
                email,
                Grant { role: Role::EntityRepresentative, scope: Scope::Entity(EntityId(entity)) },
            )
            .await;
        }

        let chair = Driver::start(DESKTOP.0, DESKTOP.1).await;
        sign_in(&chair, &app, "chair@asec.asia", Some(&secret)).await;
        chair.goto(&format!("{}/governance/proposals/new", app.url)).await;
        chair.fill("#f-title", "Join the Asia Pacific SDG Forum statement").await;
        chair.fill("#f-question", "Does Southeast Asia sign the statement?").await;
        chair.click("#f-subregion option[value=\"southeast-asia\"]").await;
        chair.click("form[action=\"/governance/proposals/new\"] button[type=submit]").await;
        chair.wait_for("[data-phase=\"open\"]").await;
        let proposal = chair.url().await;
        chair.screenshot("proposal-open-desktop").await;

        for (email, answer, reason) in [
            ("dewi@kws.id", "agree", "Our members support it."),
            ("budi@bina.id", "abstain", "We need more time."),
        ] {
            let member = Driver::start(PHONE.0, PHONE.1).await;
            sign_in(&member, &app, email, None).await;
            member.goto(&proposal).await;
            member.click(&format!("form[action$=\"/stance\"] input[value=\"{answer}\"]")).await;
            member.fill("form[action$=\"/stance\"] textarea", reason).await;
            member.click("form[action$=\"/stance\"] button[type=submit]").await;
            member.wait_for_text("The stance is saved.").await;
        }

        let focal = Driver::start(PHONE.0, PHONE.1).await;
        sign_in(&focal, &app, "focal@koperasi.id", None).await;
        focal.goto(&proposal).await;
        let desk = focal.source().await;
        assert!(
            desk.contains("Our members support it.") && desk.contains("We need more time."),
            "stances side by side"
        );
        focal.screenshot("proposal-focal-point-desk-phone").await;
        focal.click("#desk-ID input[value=\"agree\"]").await;
        focal.fill("#f-rationale-ID", "Consensus among our members.").await;
        focal.click("#desk-ID button[type=submit]").await;
        focal.wait_for_text("The country's position is saved.").await;

        chair.goto(&proposal).await;
        chair.click("#close-now").await;
        // Closing early cannot be undone: a page asks first.
        chair.wait_for("#confirm-yes").await;
        chair.screenshot("close-proposal-confirm-desktop").await;
        chair.click("#confirm-yes").await;
        chair.wait_for("[data-phase=\"closed\"]").await;
        chair.goto(&format!("{}/governance/decisions", app.url)).await;
        let register = chair.source().await;
        assert!(register.contains("Join the Asia Pacific SDG Forum statement"));
        assert!(register.contains("data-outcome=\"passed\"") && register.contains("<strong>Passed</strong>"));
        chair.screenshot("decisions-register-desktop").await;
        drop((chair, focal));
        app.stop().await;
    }
}

#[tokio::test]
async fn a_focal_point_endorses_from_their_home_with_a_note_the_applicant_reads_on_theirs() {
    use kernel::{CountryCode, Grant, Role, Scope};
    for backend in backends() {
        let app = TestApp::start(backend).await;
        let indonesia = Scope::Country(CountryCode::parse("ID").unwrap());
        app.user_with_grant("focal@koperasi.id", Grant { role: Role::FocalPoint, scope: indonesia }).await;
        let applicant = app.signed_up("dewi@kws.id", "Dewi Lestari").await;
        let draft = [
            ("legal_name", "Koperasi Wanita Sejahtera".to_string()),
            ("kind", "cooperative".into()),
            ("country", "ID".into()),
        ];
        let r = crate::membership::send(&applicant, "/apply", "/apply", &draft, "save").await;
        let edit = format!("{}/edit", crate::harness::location(&r));
        let complete = crate::membership::complete("Koperasi Wanita Sejahtera", "ID");
        let r = crate::membership::send(&applicant, &edit, &edit, &complete, "submit").await;
        assert_eq!(r.status(), reqwest::StatusCode::SEE_OTHER, "submitted");

        let focal = Driver::start(PHONE.0, PHONE.1).await;
        sign_in(&focal, &app, "focal@koperasi.id", None).await;
        focal.goto(&format!("{}/me", app.url)).await;
        focal.wait_for_text("1 application to endorse").await;
        focal.screenshot("home-focal-point-phone").await;
        focal.click("a[href=\"/membership/pipeline?status=awaiting_endorsement\"]").await;
        focal.wait_for("#pipeline").await;
        focal.click("#pipeline tbody a").await;
        focal.wait_for("#step-endorse").await;
        focal.fill("#reason-endorse", "Selamat bergabung dengan jaringan Indonesia.").await;
        focal.screenshot("endorse-with-note-phone").await;
        focal.click("#step-endorse").await;
        focal.wait_for("[data-status=\"awaiting_approval\"]").await;
        focal.goto(&format!("{}/me", app.url)).await;
        let home = focal.source().await;
        assert!(!home.contains("application to endorse"), "nothing left to endorse");
        drop(focal);

        let dewi = Driver::start(PHONE.0, PHONE.1).await;
        sign_in(&dewi, &app, "dewi@kws.id", None).await;
        dewi.goto(&format!("{}/me", app.url)).await;
        let home = dewi.wait_for_text("Selamat bergabung dengan jaringan Indonesia.").await;
        assert!(home.contains("Koperasi Wanita Sejahtera"), "{home}");
        dewi.screenshot("home-applicant-note-phone").await;
        drop(dewi);
        app.stop().await;
    }
}

#[tokio::test]
async fn an_administrator_filters_the_audit_log_by_a_person_and_reads_one_changed_field() {
    use kernel::{Grant, Role, Scope};
    for backend in backends() {
        let app = TestApp::start(backend).await;
        let (_, secret) = app
            .user_with_two_factor_secret(
                "admin@asec.asia",
                Grant { role: Role::Administrator, scope: Scope::Network },
            )
            .await;
        let hoa = app.signed_up("hoa@hoptacxa.vn", "Nguyen Hoa").await;
        let r = hoa
            .submit(
                "/account",
                "/account",
                &[("display_name", "Nguyễn Thị Hoa"), ("lang", "en"), ("time_zone", "")],
            )
            .await;
        assert_eq!(r.status(), reqwest::StatusCode::SEE_OTHER);
        let hoa_id = accounts::testing::user_id(&app.state.db, "hoa@hoptacxa.vn").await;

        let admin = Driver::start(PHONE.0, PHONE.1).await;
        sign_in(&admin, &app, "admin@asec.asia", Some(&secret)).await;
        admin.goto(&format!("{}/admin/audit", app.url)).await;
        admin.click(&format!("#f-actor option[value=\"{}\"]", hoa_id.0)).await;
        admin.click("form[action^=\"/admin/audit\"] button[type=submit]").await;
        admin.wait_for_text("Changed their account").await;
        let url = admin.url().await;
        assert!(url.contains(&format!("actor={}", hoa_id.0)), "{url}");
        let entries = admin.find("#audit").await.text().await.unwrap();
        assert!(entries.contains("Nguyễn Thị Hoa"), "{entries}");
        let changed = admin.text("#audit li.card ul.changes").await;
        assert_eq!(changed, "display_name: Nguyen Hoa → Nguyễn Thị Hoa", "one changed field");
        assert!(!entries.contains("admin@asec.asia"), "only what that person did");
        admin.screenshot("audit-filtered-phone").await;
        drop(admin);
        app.stop().await;
    }
}

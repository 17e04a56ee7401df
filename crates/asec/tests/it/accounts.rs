//! Sign-up, verification, sign-in, reset, profile, sessions, two-factor, API tokens, and the
//! bad input around them — as a person (or a program) meets them.

use crate::each_backend;
use crate::harness::{PASSWORD, csrf_in, link_in, location};
use reqwest::StatusCode;

#[tokio::test]
async fn sign_up_verify_sign_in_and_out() {
    each_backend!(|app| {
        let visitor = app.client();
        let page = visitor.page("/signup").await;
        assert!(page.contains("<label for=\"f-email\">Email address</label>"), "labelled fields");
        let r = visitor
            .submit(
                "/signup",
                "/signup",
                &[
                    ("display_name", "Dewi Lestari"),
                    ("email", "dewi@koperasi.id"),
                    ("password", PASSWORD),
                    ("lang", "en"),
                ],
            )
            .await;
        assert_eq!(r.status(), StatusCode::OK);
        assert!(r.text().await.unwrap().contains("Check your email"));

        let mail = app.last_mail("dewi@koperasi.id").await;
        assert!(mail.subject.contains("Confirm your email address"), "{}", mail.subject);
        assert!(mail.body_text.contains("Hello Dewi Lestari"));
        let link = link_in(&mail.body_text, "/verify/");
        assert!(link.starts_with(&app.url), "absolute link from base_url: {link}");

        let (status, page) = visitor.get_text(&link).await;
        assert_eq!(status, StatusCode::OK);
        assert!(page.contains("Email address confirmed"));
        let (status, page) = visitor.get_text(&link).await;
        assert_eq!(status, StatusCode::GONE, "a link works once");
        assert!(page.contains("already used"), "{page}");

        // A wrong password is refused, keeps the typed address, and says nothing of which part was wrong.
        let r = visitor
            .submit("/login", "/login", &[("email", "dewi@koperasi.id"), ("password", "not the password")])
            .await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let page = r.text().await.unwrap();
        assert!(page.contains("The email address or password is not right."));
        assert!(page.contains("value=\"dewi@koperasi.id\""));
        let r = visitor
            .submit("/login", "/login", &[("email", "nobody@koperasi.id"), ("password", "not the password")])
            .await;
        assert!(r.text().await.unwrap().contains("The email address or password is not right."));

        visitor.login("dewi@koperasi.id", PASSWORD).await;
        let (status, page) = visitor.get_text("/account").await;
        assert_eq!(status, StatusCode::OK);
        assert!(page.contains("dewi@koperasi.id") && page.contains("confirmed"));
        assert!(app.audit_actions("user").await.contains(&"user.verify_email".to_string()));

        let csrf = csrf_in(&page);
        let r = visitor.post_raw("/logout", &[("_csrf", &csrf)]).await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
        let r = visitor.get("/account").await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
        assert_eq!(location(&r), "/login?next=%2Faccount");
    });
}

#[tokio::test]
async fn bad_sign_up_input_is_explained_next_to_the_field_and_changes_nothing() {
    each_backend!(|app| {
        let visitor = app.client();
        let r = visitor
            .submit(
                "/signup",
                "/signup",
                &[("display_name", "Somchai"), ("email", "somchai@"), ("password", "short"), ("lang", "fr")],
            )
            .await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let page = r.text().await.unwrap();
        assert!(page.contains("id=\"f-email-error\">This does not look like an email address"), "{page}");
        assert!(page.contains("id=\"f-password-error\">The password must have at least 10 characters."));
        assert!(page.contains("id=\"f-lang-error\">That language is not available."));
        assert!(
            page.contains("value=\"Somchai\"") && page.contains("value=\"somchai@\""),
            "typed values kept"
        );
        assert!(!page.contains("value=\"short\""), "the password is not echoed back");
        assert_eq!(accounts::testing::count_users(&app.state.db).await, 0);
        assert_eq!(app.mail_count("somchai").await, 0);
    });
}

#[tokio::test]
async fn sign_up_and_reset_do_not_reveal_who_has_an_account() {
    each_backend!(|app| {
        app.signed_up("kumar@assefa.in", "Kumar").await;
        let before = app.mail_count("kumar@assefa.in").await;

        let stranger = app.client();
        let fields = |email: &'static str| {
            [("display_name", "Someone"), ("email", email), ("password", PASSWORD), ("lang", "en")]
        };
        let taken = stranger.submit("/signup", "/signup", &fields("KUMAR@assefa.in")).await;
        let fresh = stranger.submit("/signup", "/signup", &fields("new@assefa.in")).await;
        assert_eq!((taken.status(), fresh.status()), (StatusCode::OK, StatusCode::OK));
        let (taken, fresh) = (taken.text().await.unwrap(), fresh.text().await.unwrap());
        assert!(fresh.contains("We have sent a message to the address you gave."), "{fresh}");
        assert_eq!(strip_tokens(&taken), strip_tokens(&fresh));
        assert_eq!(app.mail_count("kumar@assefa.in").await, before + 1);
        assert!(
            app.last_mail("kumar@assefa.in").await.subject.contains("Someone tried to create an account")
        );

        let known = stranger.submit("/reset", "/reset", &[("email", "kumar@assefa.in")]).await;
        let unknown = stranger.submit("/reset", "/reset", &[("email", "ghost@assefa.in")]).await;
        assert_eq!((known.status(), unknown.status()), (StatusCode::OK, StatusCode::OK));
        let (known, unknown) = (known.text().await.unwrap(), unknown.text().await.unwrap());
        assert!(known.contains("If an account uses this address, we have sent it a link"), "{known}");
        assert_eq!(strip_tokens(&known), strip_tokens(&unknown));
        assert_eq!(app.mail_count("ghost@assefa.in").await, 0);
    });
}

/// Pages differ only in their per-request CSRF token.
fn strip_tokens(html: &str) -> String {
    html.lines().filter(|l| !l.contains("_csrf")).collect::<Vec<_>>().join("\n")
}

#[tokio::test]
async fn password_reset_is_single_use_and_expires() {
    each_backend!(|app| {
        let other_device = app.signed_up("yuli@asec.asia", "Yuli").await;
        let visitor = app.client();
        visitor.submit("/reset", "/reset", &[("email", "yuli@asec.asia")]).await;
        let link = link_in(&app.last_mail("yuli@asec.asia").await.body_text, "/reset/");

        let r = visitor.submit(&link, &link, &[("password", "short")]).await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.text().await.unwrap().contains("at least 10 characters"));

        let r = visitor.submit(&link, &link, &[("password", "a brand new password")]).await;
        assert_eq!(location(&r), "/login");
        assert_eq!(
            other_device.get("/account").await.status(),
            StatusCode::SEE_OTHER,
            "signed out everywhere"
        );
        assert_eq!(
            app.client()
                .submit("/login", "/login", &[("email", "yuli@asec.asia"), ("password", PASSWORD)])
                .await
                .status(),
            StatusCode::UNPROCESSABLE_ENTITY
        );
        app.client().login("yuli@asec.asia", "a brand new password").await;
        assert!(app.last_mail("yuli@asec.asia").await.subject.contains("password was changed"));

        let (status, page) = visitor.get_text(&link).await;
        assert_eq!(status, StatusCode::GONE);
        assert!(page.contains("already used"));

        visitor.submit("/reset", "/reset", &[("email", "yuli@asec.asia")]).await;
        let link = link_in(&app.last_mail("yuli@asec.asia").await.body_text, "/reset/");
        // A reset link lasts an hour: past it, the link is refused.
        app.clock.advance(chrono::Duration::minutes(61));
        let (status, page) = visitor.get_text(&link).await;
        assert_eq!(status, StatusCode::GONE);
        assert!(page.contains("This link has expired. Ask for a new one."), "{page}");
        let r = visitor
            .post_raw(
                &link,
                &[("_csrf", &csrf_in(&visitor.page("/reset").await)), ("password", "yet another password")],
            )
            .await;
        assert_eq!(r.status(), StatusCode::GONE, "an expired link changes nothing");
        app.client().login("yuli@asec.asia", "a brand new password").await;
    });
}

#[tokio::test]
async fn profile_language_password_and_email_changes() {
    each_backend!(|app| {
        let me = app.signed_up("chandra@asec.asia", "Chandra").await;
        let r = me
            .submit("/account", "/account", &[("display_name", "Chandra Firmantoko"), ("lang", "id")])
            .await;
        assert_eq!(location(&r), "/account");
        let page = me.page("/account").await;
        assert!(page.contains("<html lang=\"id\">"), "the interface follows the chosen language");
        assert!(page.contains("Chandra Firmantoko"));
        let entry = &accounts::testing::audited(&app.state.db, "", "user.update_profile").await[0];
        assert!(entry.before.as_deref().unwrap().contains("\"lang\":\"en\""));
        assert!(entry.after.as_deref().unwrap().contains("\"lang\":\"id\""));

        // An unknown language is refused and changes nothing.
        let r = me.submit("/account", "/language", &[("lang", "xx"), ("next", "/account")]).await;
        assert_eq!(location(&r), "/account");
        assert!(me.page("/account").await.contains("<html lang=\"id\">"));
        me.submit("/account", "/language", &[("lang", "en"), ("next", "/account")]).await;

        // Password: the current one is required; other devices are signed out.
        let laptop = app.client();
        laptop.login("chandra@asec.asia", PASSWORD).await;
        let r = me
            .submit(
                "/account/password",
                "/account/password",
                &[("current_password", "wrong wrong wrong"), ("new_password", "the next password")],
            )
            .await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.text().await.unwrap().contains("This password is not right."));
        let r = me
            .submit(
                "/account/password",
                "/account/password",
                &[("current_password", PASSWORD), ("new_password", "the next password")],
            )
            .await;
        assert_eq!(location(&r), "/account");
        assert_eq!(me.get("/account").await.status(), StatusCode::OK);
        assert_eq!(laptop.get("/account").await.status(), StatusCode::SEE_OTHER);

        // Email: confirmed from the new address; the old one is told.
        let r = me
            .submit(
                "/account/email",
                "/account/email",
                &[("new_email", "not-an-email"), ("current_password", "the next password")],
            )
            .await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.text().await.unwrap().contains("value=\"not-an-email\""));
        me.submit(
            "/account/email",
            "/account/email",
            &[("new_email", "chandra@ssea.my"), ("current_password", "the next password")],
        )
        .await;
        let link = link_in(&app.last_mail("chandra@ssea.my").await.body_text, "/account/email/confirm/");
        let (status, page) = me.get_text(&link).await;
        assert_eq!(status, StatusCode::OK, "{page}");
        assert!(app.last_mail("chandra@asec.asia").await.body_text.contains("chandra@ssea.my"));
        app.client().login("chandra@ssea.my", "the next password").await;
    });
}

#[tokio::test]
async fn people_see_and_end_their_sessions() {
    each_backend!(|app| {
        let phone = app.signed_up("eri@asec.asia", "Eri").await;
        let laptop = app.client();
        laptop.login("eri@asec.asia", PASSWORD).await;
        let page = phone.page("/account/sessions").await;
        assert_eq!(page.matches("/end\"").count(), 2, "two sessions listed");
        assert!(page.contains("this device"));
        let r = phone.submit("/account/sessions", "/account/sessions/end-others", &[]).await;
        assert_eq!(location(&r), "/account/sessions");
        assert_eq!(laptop.get("/account").await.status(), StatusCode::SEE_OTHER);
        assert_eq!(phone.get("/account").await.status(), StatusCode::OK);
        // Someone else's session cannot be ended.
        let other = app.signed_up("someone@asec.asia", "Someone").await;
        let r = other.submit("/account", "/account/sessions/1/end", &[]).await;
        assert_eq!(r.status(), StatusCode::NOT_FOUND);
        assert_eq!(phone.get("/account").await.status(), StatusCode::OK);
    });
}

#[tokio::test]
async fn two_factor_sign_in_with_codes_and_recovery_codes() {
    each_backend!(|app| {
        let me = app.signed_up("bambang@bina.id", "Bambang").await;
        let page = me.page("/account/two-factor").await;
        assert!(page.contains("<svg"), "QR code shown");
        let secret = between(&page, "id=\"totp-secret\">", "<");
        let r = me.submit("/account/two-factor", "/account/two-factor/enable", &[("code", "000000")]).await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let r = me
            .submit("/account/two-factor", "/account/two-factor/enable", &[("code", &app.totp_now(&secret))])
            .await;
        let page = r.text().await.unwrap();
        let codes: Vec<String> =
            page.split("<li><code>").skip(1).map(|s| s.split('<').next().unwrap().to_string()).collect();
        assert_eq!(codes.len(), 10);
        assert!(app.last_mail("bambang@bina.id").await.subject.contains("Two-factor sign-in is on"));

        let fresh = app.client();
        let r =
            fresh.submit("/login", "/login", &[("email", "bambang@bina.id"), ("password", PASSWORD)]).await;
        assert_eq!(location(&r), "/login/two-factor");
        assert_eq!(
            fresh.get("/account").await.status(),
            StatusCode::SEE_OTHER,
            "not signed in before the code"
        );
        let r = fresh.submit("/login/two-factor", "/login/two-factor", &[("code", "123456")]).await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let r = fresh.submit("/login/two-factor", "/login/two-factor", &[("code", &codes[0])]).await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
        assert_eq!(fresh.get("/account").await.status(), StatusCode::OK);

        // A recovery code works once.
        let again = app.client();
        again.submit("/login", "/login", &[("email", "bambang@bina.id"), ("password", PASSWORD)]).await;
        let r = again.submit("/login/two-factor", "/login/two-factor", &[("code", &codes[0])]).await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let r = again
            .submit("/login/two-factor", "/login/two-factor", &[("code", &codes[1].to_lowercase())])
            .await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
        assert!(again.page("/account/two-factor").await.contains("8 unused recovery codes"));
    });
}

pub fn between(text: &str, start: &str, end: &str) -> String {
    let from = text.find(start).unwrap_or_else(|| panic!("{start} not in page")) + start.len();
    text[from..].split(end).next().unwrap().to_string()
}

#[tokio::test]
async fn api_tokens_are_shown_once_scoped_and_revocable() {
    each_backend!(|app| {
        let me = app.signed_up("loganathan@assefa.in", "Kumar Loganathan").await;
        let http = reqwest::Client::new();
        let api = |token: Option<&str>| {
            let mut r = http.get(format!("{}/api/v1/me", app.url));
            if let Some(t) = token {
                r = r.bearer_auth(t);
            }
            r.send()
        };
        let r = api(None).await.unwrap();
        assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
        assert_eq!(r.json::<serde_json::Value>().await.unwrap()["error"], "unauthenticated");
        let r = api(Some("asec_forged")).await.unwrap();
        assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
        assert_eq!(r.json::<serde_json::Value>().await.unwrap()["error"], "invalid_token");

        let r = me.submit("/account/tokens", "/account/tokens", &[("name", ""), ("scope", "read")]).await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let page = me
            .submit("/account/tokens", "/account/tokens", &[("name", "reporting script"), ("scope", "read")])
            .await
            .text()
            .await
            .unwrap();
        let token = between(&page, "id=\"new-token\">", "<");
        assert!(!me.page("/account/tokens").await.contains(&token), "shown once");

        let body: serde_json::Value = api(Some(&token)).await.unwrap().json().await.unwrap();
        assert_eq!(body["email"], "loganathan@assefa.in");
        assert_eq!(body["display_name"], "Kumar Loganathan");
        let r = http.post(format!("{}/api/v1/me", app.url)).bearer_auth(&token).send().await.unwrap();
        assert_eq!(r.status(), StatusCode::FORBIDDEN, "a read-only token cannot write");
        assert_eq!(r.json::<serde_json::Value>().await.unwrap()["error"], "forbidden");

        let id = between(&me.page("/account/tokens").await, "/account/tokens/", "/revoke");
        me.submit("/account/tokens", &format!("/account/tokens/{id}/revoke"), &[]).await;
        let r = api(Some(&token)).await.unwrap();
        assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
        assert_eq!(r.json::<serde_json::Value>().await.unwrap()["error"], "invalid_token");
        assert!(app.audit_actions("api_token").await.contains(&"api_token.revoke".to_string()));
    });
}

#[tokio::test]
async fn sign_in_attempts_are_rate_limited_per_account() {
    each_backend!(|app| {
        app.signed_up("target@asec.asia", "Target").await;
        let attacker = app.client();
        for _ in 0..9 {
            let r = attacker
                .submit(
                    "/login",
                    "/login",
                    &[("email", "target@asec.asia"), ("password", "guess guess guess")],
                )
                .await;
            assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
        }
        // The tenth counted attempt was the sign-up's own login; the next is over budget.
        let r = attacker
            .submit("/login", "/login", &[("email", "target@asec.asia"), ("password", PASSWORD)])
            .await;
        assert_eq!(r.status(), StatusCode::TOO_MANY_REQUESTS);
        let retry: u64 = r.headers()["retry-after"].to_str().unwrap().parse().unwrap();
        assert!(retry > 0 && retry <= 900);
        assert!(r.text().await.unwrap().contains("Too many attempts"));
        // Other accounts are not locked out by it.
        app.signed_up("bystander@asec.asia", "Bystander").await;
    });
}

#[tokio::test]
async fn forms_without_the_csrf_token_change_nothing() {
    each_backend!(|app| {
        let me = app.signed_up("fatima@women.pk", "Fatima").await;
        for token in [None, Some("A".repeat(43))] {
            let mut fields = vec![("display_name", "Hijacked".to_string()), ("lang", "en".to_string())];
            if let Some(t) = &token {
                fields.push(("_csrf", t.clone()));
            }
            let r = me.http.post(format!("{}/account", app.url)).form(&fields).send().await.unwrap();
            assert_eq!(r.status(), StatusCode::FORBIDDEN);
            assert!(
                r.text().await.unwrap().contains("This form has expired or was not sent from this site.")
            );
        }
        assert!(!me.page("/account").await.contains("Hijacked"));
    });
}

#[tokio::test]
async fn oversized_bodies_are_refused() {
    each_backend!(|app| {
        let me = app.client();
        let page = me.page("/signup").await;
        let huge = "x".repeat(3 * 1024 * 1024);
        let r = me.post_raw("/signup", &[("_csrf", &csrf_in(&page)), ("display_name", &huge)]).await;
        assert_eq!(r.status(), StatusCode::PAYLOAD_TOO_LARGE);
        assert!(r.text().await.unwrap().contains("too large"));
        assert_eq!(accounts::testing::count_users(&app.state.db).await, 0);
    });
}

#[tokio::test]
async fn times_read_in_the_persons_zone_chosen_or_from_their_roles_country() {
    each_backend!(|app| {
        use kernel::{CountryCode, Grant, Role, Scope};
        let fp = app
            .user_with_grant(
                "focal@koperasi.id",
                Grant { role: Role::FocalPoint, scope: Scope::Country(CountryCode::parse("ID").unwrap()) },
            )
            .await;
        // Until they choose, a focal point in Indonesia reads Jakarta time.
        let local = (app.now() + chrono::Duration::hours(7)).format("%Y-%m-%d").to_string();
        let sessions = fp.page("/account/sessions").await;
        assert!(sessions.contains(" UTC+7"), "{sessions}");
        assert!(sessions.contains(&local), "{sessions}");
        let account = fp.page("/account").await;
        assert!(account.contains("From the country of my role (now UTC+7)"), "{account}");
        assert!(
            account.contains("<option value=\"Asia/Makassar\">Indonesia — Asia/Makassar (UTC+8)</option>")
        );

        // A zone outside the list is refused next to the field and nothing changes.
        let fields =
            |zone: &'static str| [("display_name", "Focal Point"), ("lang", "en"), ("time_zone", zone)];
        let r = fp.submit("/account", "/account", &fields("Europe/Paris")).await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let body = r.text().await.unwrap();
        assert!(body.contains("id=\"f-time_zone-error\">Choose a time zone from the list.</p>"), "{body}");
        assert!(fp.page("/account/sessions").await.contains(" UTC+7"));

        // A chosen zone wins over the country, and going back to automatic follows it again.
        let r = fp.submit("/account", "/account", &fields("Asia/Tokyo")).await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
        assert!(fp.page("/account/sessions").await.contains(" UTC+9"));
        assert!(fp.page("/account").await.contains("<option value=\"Asia/Tokyo\" selected>"));
        fp.submit("/account", "/account", &fields("")).await;
        assert!(fp.page("/account/sessions").await.contains(" UTC+7"));

        // Someone with no country reads UTC.
        let plain = app.signed_up("plain@example.org", "Plain").await;
        let sessions = plain.page("/account/sessions").await;
        let utc = format!("{} UTC", app.now().format("%Y-%m-%d %H:%M"));
        assert!(sessions.contains(&utc), "{utc} in {sessions}");
        assert!(!sessions.contains("UTC+"), "{sessions}");
    });
}

#[tokio::test]
async fn a_proposal_form_takes_times_in_the_authors_zone() {
    each_backend!(|app| {
        use kernel::{Grant, Role, Scope};
        let management = app
            .user_with_two_factor_grant(
                "chair@asec.asia",
                Grant { role: Role::Management, scope: Scope::Network },
            )
            .await;
        let r = management
            .submit(
                "/account",
                "/account",
                &[("display_name", "Chair"), ("lang", "en"), ("time_zone", "Asia/Kolkata")],
            )
            .await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
        let form = management.page("/governance/proposals/new").await;
        assert!(form.contains("Times are in Asia/Kolkata (UTC+5:30)."), "{form}");
        let closes = (app.now() + chrono::Duration::days(20)).date_naive().format("%Y-%m-%d").to_string();
        let r = management
            .submit(
                "/governance/proposals/new",
                "/governance/proposals/new",
                &[
                    ("title", "Adopt the roadmap"),
                    ("question", "Do we adopt it?"),
                    ("rule", "consensus"),
                    ("subregion", ""),
                    ("quorum", "1"),
                    ("opens_at", ""),
                    ("closes_at", &format!("{closes}T17:30")),
                ],
            )
            .await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER, "{}", r.text().await.unwrap());
        let proposal = management.page(&location(&r)).await;
        assert!(proposal.contains(&format!("{closes} 17:30 UTC+5:30")), "shown as typed: {proposal}");
        let stored = governance::testing::closes_at_of_last_proposal(&app.state.db).await;
        assert_eq!(stored.format("%Y-%m-%d %H:%M").to_string(), format!("{closes} 12:00"), "kept in UTC");
    });
}

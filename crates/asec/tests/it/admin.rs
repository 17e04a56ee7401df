//! First-run setup and administration: every permission allowed and denied.

use crate::accounts::between;
use crate::each_backend;
use crate::harness::{Browser, PASSWORD, TestApp, location};
use kernel::{CountryCode, Grant, Role, Scope};
use reqwest::StatusCode;

/// Creates the first administrator through the printed link and turns on two-factor.
pub async fn first_administrator(app: &TestApp) -> Browser {
    let link = asec::first_run_link(&app.state).await.unwrap().expect("empty platform offers a link");
    let admin = app.client();
    let r = admin
        .submit(
            &link,
            &link,
            &[
                ("display_name", "Platform Admin"),
                ("email", "admin@asec.asia"),
                ("password", PASSWORD),
                ("lang", "en"),
            ],
        )
        .await;
    assert_eq!(location(&r), "/account/two-factor");
    let (status, page) = admin.get_text("/admin").await;
    assert_eq!(status, StatusCode::FORBIDDEN, "administrator powers wait for two-factor");
    assert!(page.contains("This needs two-factor sign-in"));
    assert!(page.contains("href=\"/account/two-factor\""));
    let page = admin.page("/account/two-factor").await;
    let secret = between(&page, "id=\"totp-secret\">", "<");
    let r = admin
        .submit("/account/two-factor", "/account/two-factor/enable", &[("code", &app.totp_now(&secret))])
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(admin.get("/admin").await.status(), StatusCode::OK);
    assert!(
        asec::first_run_link(&app.state).await.unwrap().is_none(),
        "no setup link once an administrator exists"
    );
    let (status, page) = app.client().get_text(&link).await;
    assert_eq!(status, StatusCode::GONE);
    assert!(page.contains("already used"));
    admin
}

#[tokio::test]
async fn administration_is_for_administrators_with_two_factor() {
    each_backend!(|app| {
        let admin = first_administrator(&app).await;
        let member = app.signed_up("member@koperasi.id", "Member").await;
        for path in ["/admin", "/admin/users", "/admin/users/1", "/admin/audit", "/admin/outbox"] {
            assert_eq!(member.get(path).await.status(), StatusCode::FORBIDDEN, "{path} refused to a member");
            assert_eq!(admin.get(path).await.status(), StatusCode::OK, "{path} open to the administrator");
            assert_eq!(
                app.client().get(path).await.status(),
                StatusCode::SEE_OTHER,
                "{path} asks a visitor to sign in"
            );
        }
        let r = member
            .submit("/account", "/admin/users/2/grants", &[("role", "administrator"), ("scope", "network")])
            .await;
        assert_eq!(r.status(), StatusCode::FORBIDDEN);
        assert!(!member.page("/account").await.contains("Administrator"), "nothing granted");
        // Management without two-factor cannot use management powers either; the page says why.
        let manager = app
            .user_with_grant("chair@asec.asia", Grant { role: Role::Management, scope: Scope::Network })
            .await;
        assert_eq!(
            manager.get("/admin").await.status(),
            StatusCode::FORBIDDEN,
            "management is not administration"
        );
    });
}

#[tokio::test]
async fn administrators_grant_and_revoke_scoped_roles() {
    each_backend!(|app| {
        let admin = first_administrator(&app).await;
        let fp = app.signed_up("focal@koperasi.id", "Focal Point").await;
        let users = admin.page("/admin/users?q=focal").await;
        let id = between(&users, "href=\"/admin/users/", "\"");
        let page = format!("/admin/users/{id}");
        let action = format!("/admin/users/{id}/grants");

        // A role with the wrong kind of scope is explained and not saved.
        let r = admin.submit(&page, &action, &[("role", "focal_point"), ("scope", "network")]).await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.text().await.unwrap().contains("This role needs a country."));
        let r = admin
            .submit(
                &page,
                &action,
                &[("role", "entity_representative"), ("scope", "entity"), ("entity_id", "abc")],
            )
            .await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let r = admin.submit(&page, &action, &[("role", "focal_point"), ("scope", "country:ZZ")]).await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);

        let r = admin.submit(&page, &action, &[("role", "focal_point"), ("scope", "country:ID")]).await;
        assert_eq!(location(&r), page);
        let account = fp.page("/account").await;
        assert!(account.contains("Country focal point · Indonesia"), "{account}");
        let told = app.last_mail("focal@koperasi.id").await;
        assert_eq!(told.subject, "You now hold a role: Country focal point, Indonesia");
        assert!(told.body_text.contains("/me"), "with a link to what waits in the role: {}", told.body_text);
        assert!(
            fp.page("/notifications").await.contains("You now hold a role: Country focal point, Indonesia")
        );
        let grants = accounts::testing::grants_of(&app.state.db, kernel::UserId(id.parse().unwrap())).await;
        assert_eq!(
            grants,
            [Grant { role: Role::FocalPoint, scope: Scope::Country(CountryCode::parse("ID").unwrap()) }]
        );

        let audit = admin.page("/admin/audit?action=grant.create").await;
        assert!(audit.contains("<strong class=\"audit-action\">Gave a role</strong>"), "in words: {audit}");
        assert!(audit.contains("<span class=\"field-name\">role</span>: <ins>focal_point</ins>"), "{audit}");

        // A profile change reads as the one field it changed, under the person who made it,
        // picked by name from a list.
        let r = fp
            .submit("/account", "/account", &[("display_name", "Focal Point Indonesia"), ("lang", "en")])
            .await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
        let audit = admin.page("/admin/audit").await;
        let picker = audit.split("id=\"f-actor\"").nth(1).unwrap().split("</select>").next().unwrap();
        let fp_option = picker
            .split("<option value=\"")
            .find(|o| o.contains("(focal@koperasi.id)"))
            .expect("the person who acted is in the picker");
        let fp_id = fp_option.split('"').next().unwrap();
        assert_eq!(fp_id, id, "picked by account");
        let theirs = admin.page(&format!("/admin/audit?actor={fp_id}&action=user.update_profile")).await;
        let entry =
            theirs.split("<ol class=\"audit\" id=\"audit\">").nth(1).unwrap().split("</ol>").next().unwrap();
        assert_eq!(entry.matches("<li class=\"card\">").count(), 1, "{entry}");
        assert!(entry.contains("Changed their account"), "{entry}");
        assert!(
            entry.contains(&format!(
                "<a class=\"audit-object\" href=\"/admin/users/{id}\">Account: Focal Point Indonesia</a>"
            )),
            "the record by its name, linked: {entry}"
        );
        assert_eq!(
            entry.matches("<span class=\"field-name\">").count(),
            1,
            "only the field that changed: {entry}"
        );
        assert!(entry.contains("<span class=\"field-name\">display_name</span>: <del>Focal Point</del> → <ins>Focal Point Indonesia</ins>"));
        let by_system = admin.page("/admin/audit?actor=system").await;
        let by_system = by_system.split("id=\"audit\"").nth(1).unwrap_or_default();
        assert!(!by_system.contains("Changed their account"), "people's changes are not the system's");
        let r = admin.get(&format!("/admin/audit.csv?actor={fp_id}")).await;
        assert_eq!(r.status(), StatusCode::OK);
        assert!(r.headers()["content-disposition"].to_str().unwrap().contains("audit-log.csv"));
        let csv = r.text().await.unwrap();
        assert!(csv.starts_with(
            "\u{feff}at_utc,actor,actor_email,action,action_words,object_type,object_id,object,changes"
        ));
        assert!(csv.contains("user.update_profile,Changed their account,user,"), "{csv}");
        assert!(csv.contains("display_name: Focal Point → Focal Point Indonesia"), "{csv}");
        assert!(!csv.contains("grant.create"), "filtered as the page was");
        assert_eq!(fp.get("/admin/audit.csv").await.status(), StatusCode::FORBIDDEN);
        let filtered = admin.page("/admin/audit?action=user.disable").await;
        assert!(filtered.contains("No changes match."));
        let (status, bad_date) = admin.get_text("/admin/audit?from=yesterday").await;
        assert_eq!(status, StatusCode::OK);
        assert!(bad_date.contains("Enter a date as YYYY-MM-DD."));

        let page_html = admin.page(&page).await;
        let grant_id = between(&page_html, "/admin/grants/", "/revoke");
        let r = admin.submit(&page, &format!("/admin/grants/{grant_id}/revoke"), &[]).await;
        assert_eq!(location(&r), page);
        assert!(fp.page("/account").await.contains("No roles yet."));
        assert_eq!(
            app.last_mail("focal@koperasi.id").await.subject,
            "You no longer hold a role: Country focal point, Indonesia"
        );
        assert!(app.audit_actions("role_grant").await.contains(&"grant.revoke".to_string()));

        // The last administrator cannot be removed.
        let mine = admin.page("/admin/users/1").await;
        let admin_grant = between(&mine, "/admin/grants/", "/revoke");
        admin.submit("/admin/users/1", &format!("/admin/grants/{admin_grant}/revoke"), &[]).await;
        assert_eq!(admin.get("/admin").await.status(), StatusCode::OK);
        assert_eq!(accounts::testing::count_administrators(&app.state.db).await, 1);
    });
}

#[tokio::test]
async fn administrators_read_the_outbox_and_disable_accounts() {
    each_backend!(|app| {
        let admin = first_administrator(&app).await;
        let member = app.signed_up("aung@myanmar.org", "Aung").await;
        let outbox = admin.page("/admin/outbox").await;
        assert!(outbox.contains("No SMTP server is configured"));
        assert!(outbox.contains("aung@myanmar.org") && outbox.contains("Confirm your email address"));
        let mail_id = between(&outbox, "href=\"/admin/outbox/", "\"");
        let mail = admin.page(&format!("/admin/outbox/{mail_id}")).await;
        assert!(mail.contains("/verify/"));

        let users = admin.page("/admin/users?q=aung").await;
        let id = between(&users, "href=\"/admin/users/", "\"");
        let r = admin.submit(&format!("/admin/users/{id}"), &format!("/admin/users/{id}/disable"), &[]).await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
        assert_eq!(member.get("/account").await.status(), StatusCode::SEE_OTHER, "signed out");
        let r = app
            .client()
            .submit("/login", "/login", &[("email", "aung@myanmar.org"), ("password", PASSWORD)])
            .await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
        admin.submit(&format!("/admin/users/{id}"), &format!("/admin/users/{id}/enable"), &[]).await;
        app.client().login("aung@myanmar.org", PASSWORD).await;
        // An administrator cannot lock themselves out.
        admin.submit("/admin/users/1", "/admin/users/1/disable", &[]).await;
        assert_eq!(admin.get("/admin").await.status(), StatusCode::OK);
    });
}

#[tokio::test]
async fn a_representative_role_names_its_organisation_and_refuses_one_that_does_not_exist() {
    each_backend!(|app| {
        let admin = first_administrator(&app).await;
        asec::load_demo(&app.state).await.unwrap();
        app.signed_up("rep@sejahtera.id", "Wanita Rep").await;
        let users = admin.page("/admin/users?q=rep%40sejahtera").await;
        let id = between(&users, "href=\"/admin/users/", "\"");
        let page = format!("/admin/users/{id}");
        let action = format!("/admin/users/{id}/grants");
        let form = admin.page(&page).await;
        assert!(form.contains("<label for=\"f-entity\">Member organisation</label>"), "{form}");
        let rep = |entity: &'static str| {
            [("role", "entity_representative"), ("scope", "entity"), ("entity", entity)]
        };
        let grants_now = || async {
            accounts::testing::grants_of(&app.state.db, kernel::UserId(id.parse().unwrap())).await
        };

        // A number no organisation has is refused next to the field, and nothing is granted.
        let r = admin.submit(&page, &action, &rep("999999")).await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let body = r.text().await.unwrap();
        assert!(body.contains("id=\"f-entity-error\">No organisation has this number.</p>"), "{body}");
        let r = admin.submit(&page, &action, &rep("Cooperativo Inexistente")).await;
        assert!(r.text().await.unwrap().contains("No organisation&#39;s name holds these words."));
        let r = admin.submit(&page, &action, &rep("")).await;
        assert!(r.text().await.unwrap().contains("Type the organisation&#39;s name or number."));
        assert!(grants_now().await.is_empty());

        // Several names match: the page offers them to pick from, by name and country.
        let r = admin.submit(&page, &action, &rep("koperasi")).await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let body = r.text().await.unwrap();
        let choices = body.split("id=\"entity-choices\"").nth(1).expect("choices offered");
        let choices = choices.split("</fieldset>").next().unwrap();
        assert!(choices.contains("Koperasi Wanita Sejahtera (Indonesia)"), "{choices}");
        assert!(choices.contains("Koperasi Belia Bestari Malaysia (Malaysia)"), "{choices}");
        assert!(grants_now().await.is_empty());
        let sejahtera = choices.split("Koperasi Wanita Sejahtera").next().unwrap();
        let sejahtera_id =
            sejahtera.rsplit("value=\"").next().unwrap().split('"').next().unwrap().to_string();
        let r = admin
            .submit(
                &page,
                &action,
                &[
                    ("role", "entity_representative"),
                    ("scope", "entity"),
                    ("entity", "koperasi"),
                    ("entity_id", &sejahtera_id),
                ],
            )
            .await;
        assert_eq!(location(&r), page, "the picked one is granted");
        let entity = kernel::EntityId(sejahtera_id.parse().unwrap());
        assert_eq!(
            grants_now().await,
            [Grant { role: Role::EntityRepresentative, scope: Scope::Entity(entity) }]
        );

        // One match by name is enough; so is the number of one that exists.
        app.signed_up("rep2@tanjung.my", "Tanjung Rep").await;
        let users = admin.page("/admin/users?q=rep2%40tanjung").await;
        let id2 = between(&users, "href=\"/admin/users/", "\"");
        let page2 = format!("/admin/users/{id2}");
        let r = admin.submit(&page2, &format!("{page2}/grants"), &rep("nelayan tanjung")).await;
        assert_eq!(location(&r), page2);
        assert!(admin.page(&page2).await.contains("Koperasi Nelayan Tanjung Harapan"), "the grant names it");
    });
}

#[tokio::test]
async fn the_users_list_reads_as_names_and_separate_flags() {
    each_backend!(|app| {
        let admin = first_administrator(&app).await;
        app.signed_up("plain@example.org", "Plain Person").await;
        let users = admin.page("/admin/users").await;
        let head = users.split("<thead>").nth(1).unwrap().split("</thead>").next().unwrap();
        for column in ["Name", "Email", "Email confirmed", "Two-factor sign-in", "Disabled", "Created"] {
            assert!(head.contains(&format!(">{column}</th>")), "{column}: {head}");
        }
        let row = users.split("Plain Person").nth(1).unwrap().split("</tr>").next().unwrap();
        assert!(row.contains("<td>No</td>"), "{row}");
    });
}

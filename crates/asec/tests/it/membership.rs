//! Membership admission end to end: apply, endorse, approve, accept the MOU, on both databases;
//! every permission allowed and denied; the bad input around it.

use crate::each_backend;
use crate::harness::{Browser, location};
use kernel::{CountryCode, Grant, Role, Scope};
use reqwest::StatusCode;

pub(crate) fn complete(name: &str, country: &str) -> Vec<(&'static str, String)> {
    vec![
        ("legal_name", name.to_string()),
        ("short_name", "KWS".into()),
        ("kind", "cooperative".into()),
        ("country", country.into()),
        ("city", "Yogyakarta".into()),
        ("latitude", "-7.7956".into()),
        ("longitude", "110.3695".into()),
        ("members_total", "1200".into()),
        ("members_women", "900".into()),
        ("description", "Simpan pinjam dan usaha bersama untuk perempuan desa.".into()),
        ("description_lang", "id".into()),
        ("constituency", "women".into()),
        ("constituency", "farmers".into()),
        ("sdg", "5".into()),
        ("sdg", "8".into()),
        ("commitment", "Rapat anggota memutuskan.".into()),
        ("commitment", "Jujur dan adil.".into()),
        ("commitment", "Pinjaman untuk usaha desa.".into()),
        ("commitment", "Pertanian organik.".into()),
        ("commitment", "Modal dari anggota.".into()),
        ("sector", "ICA140".into()),
        ("language", "id".into()),
        ("language", "jv".into()),
        ("link", "https://facebook.example/kws".into()),
        ("other_description_lang", "en".into()),
        ("other_description", "Savings and loans for village women.".into()),
        ("contact_name", "Sri Wahyuni".into()),
        ("contact_role", "Sekretaris".into()),
        ("contact_email", "sri.private@kws.id".into()),
        ("contact_phone", "+62 274 555 0101".into()),
    ]
}

/// Fills the profile form as a browser would, hidden version included, and presses a button.
pub(crate) async fn send(
    b: &Browser,
    page: &str,
    action: &str,
    fields: &[(&str, String)],
    intent: &str,
) -> reqwest::Response {
    let version = version_on(b, page).await;
    let mut all: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    all.push(("version", &version));
    all.push(("intent", intent));
    b.submit(page, action, &all).await
}

pub(crate) async fn version_on(b: &Browser, page: &str) -> String {
    // Also from a page the person may not open: the refusal is what the caller checks.
    let (_, html) = b.get_text(page).await;
    let marker = "name=\"version\" value=\"";
    html.find(marker)
        .map(|i| html[i + marker.len()..].split('"').next().unwrap().to_string())
        .unwrap_or_default()
}

pub(crate) fn id_of(location: &str) -> i64 {
    location.rsplit('/').next().unwrap().parse().unwrap()
}

pub(crate) async fn status(b: &Browser, id: i64) -> String {
    let page = b.page(&format!("/applications/{id}")).await;
    let marker = "data-status=\"";
    let start = page.find(marker).unwrap_or_else(|| panic!("no status on page:\n{page}")) + marker.len();
    page[start..].split('"').next().unwrap().to_string()
}

pub(crate) async fn step(b: &Browser, id: i64, step: &str, reason: &str) -> reqwest::Response {
    let page = format!("/applications/{id}");
    let version = version_on(b, &page).await;
    b.submit(
        &page,
        &format!("/applications/{id}/steps"),
        &[("step", step), ("reason", reason), ("version", &version)],
    )
    .await
}

fn country(code: &str) -> Scope {
    Scope::Country(CountryCode::parse(code).unwrap())
}

#[tokio::test]
async fn an_application_goes_from_draft_to_active_member() {
    each_backend!(|app| {
        let management = app
            .user_with_two_factor_grant(
                "chair@asec.asia",
                Grant { role: Role::Management, scope: Scope::Network },
            )
            .await;
        let focal = app
            .user_with_grant("focal@koperasi.id", Grant { role: Role::FocalPoint, scope: country("ID") })
            .await;
        let other_focal = app
            .user_with_grant("focal@ssea.my", Grant { role: Role::FocalPoint, scope: country("MY") })
            .await;
        let applicant = app.signed_up("dewi@kws.id", "Dewi").await;
        let stranger = app.signed_up("someone@else.org", "Someone").await;

        let r = management
            .submit(
                "/membership/mou",
                "/membership/mou",
                &[
                    ("title", "MOU on the SSE Development Roadmap 2025–2030"),
                    ("body", "First paragraph.\n\nSecond paragraph."),
                ],
            )
            .await;
        assert_eq!(location(&r), "/membership/mou");
        assert_eq!(
            applicant.submit("/account", "/membership/mou", &[("title", "x"), ("body", "y")]).await.status(),
            StatusCode::FORBIDDEN
        );

        // A draft needs little and can be resumed.
        let draft = vec![
            ("legal_name", "Koperasi Wanita Sejahtera".to_string()),
            ("kind", "cooperative".into()),
            ("country", "ID".into()),
        ];
        let r = send(&applicant, "/apply", "/apply", &draft, "save").await;
        let id = id_of(&location(&r));
        assert_eq!(status(&applicant, id).await, "draft");
        assert_eq!(
            stranger.get(&format!("/applications/{id}")).await.status(),
            StatusCode::NOT_FOUND,
            "others cannot see it"
        );
        assert_eq!(other_focal.get(&format!("/applications/{id}")).await.status(), StatusCode::NOT_FOUND);

        // Submitting asks for everything, keeps what was typed, and changes nothing.
        let edit = format!("/applications/{id}/edit");
        let mut incomplete = draft.clone();
        incomplete.push(("city", "Sleman".into()));
        let r = send(&applicant, &edit, &edit, &incomplete, "submit").await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let page = r.text().await.unwrap();
        assert!(page.contains("Please describe your organisation") && page.contains("value=\"Sleman\""));
        assert_eq!(status(&applicant, id).await, "draft");

        let r = send(&applicant, &edit, &edit, &complete("Koperasi Wanita Sejahtera", "ID"), "submit").await;
        assert_eq!(location(&r), format!("/applications/{id}"));
        assert_eq!(status(&applicant, id).await, "awaiting_endorsement");
        assert!(app.last_mail("focal@koperasi.id").await.subject.contains("waits for your endorsement"));
        let inbox = focal.page("/notifications").await;
        assert!(
            inbox.contains("waits for your endorsement")
                && inbox.contains(&format!("href=\"/applications/{id}\""))
        );
        // The notice of their role, and this one.
        assert!(focal.page("/account").await.contains("id=\"unread-count\">2<"), "a badge in the navigation");
        focal.submit("/notifications", "/notifications/read", &[]).await;
        assert!(!focal.page("/account").await.contains("unread-count"));
        assert_eq!(
            app.mail_count("focal@ssea.my").await,
            2,
            "only the sign-up mail and the notice of their role: other countries are not told"
        );

        // Only Indonesia's focal point (or management) endorses; a reason is needed to send back.
        assert_eq!(step(&other_focal, id, "endorse", "").await.status(), StatusCode::NOT_FOUND);
        assert_eq!(step(&applicant, id, "endorse", "").await.status(), StatusCode::FORBIDDEN);
        let r = step(&focal, id, "send_back", "  ").await;
        assert_eq!(r.status(), StatusCode::OK);
        assert!(r.text().await.unwrap().contains("Please say why"));
        assert_eq!(status(&focal, id).await, "awaiting_endorsement");
        step(&focal, id, "send_back", "Please add your registration number.").await;
        assert_eq!(status(&applicant, id).await, "sent_back");
        assert!(
            applicant
                .page(&format!("/applications/{id}"))
                .await
                .contains("Please add your registration number.")
        );
        assert!(
            app.last_mail("dewi@kws.id").await.body_text.contains("Please add your registration number.")
        );

        let mut with_number = complete("Koperasi Wanita Sejahtera", "ID");
        with_number.push(("registration_number", "AHU-0001".into()));
        send(&applicant, &edit, &edit, &with_number, "submit").await;
        assert_eq!(status(&applicant, id).await, "awaiting_endorsement");

        // The focal point's page is now stale once they endorse; a second click changes nothing.
        let stale = focal.page(&format!("/applications/{id}")).await;
        step(&focal, id, "endorse", "").await;
        assert_eq!(status(&focal, id).await, "awaiting_approval");
        assert!(app.last_mail("chair@asec.asia").await.subject.contains("waits for ASEC management"));
        let old_version = stale.split("name=\"version\" value=\"").nth(1).unwrap().split('"').next().unwrap();
        let r = focal
            .submit(
                &format!("/applications/{id}"),
                &format!("/applications/{id}/steps"),
                &[("step", "endorse"), ("version", old_version)],
            )
            .await;
        assert_eq!(location(&r), format!("/applications/{id}"), "a second endorsement is refused");
        assert!(
            focal.page(&format!("/applications/{id}")).await.contains("Someone else acted on this meanwhile")
        );
        assert_eq!(status(&focal, id).await, "awaiting_approval");
        let r = management
            .submit(
                &format!("/applications/{id}"),
                &format!("/applications/{id}/steps"),
                &[("step", "approve"), ("version", old_version)],
            )
            .await;
        assert_eq!(location(&r), format!("/applications/{id}"));
        assert!(
            management
                .page(&format!("/applications/{id}"))
                .await
                .contains("Someone else acted on this meanwhile")
        );
        assert_eq!(status(&management, id).await, "awaiting_approval", "a stale page changes nothing");

        step(&management, id, "approve", "").await;
        assert_eq!(status(&applicant, id).await, "awaiting_mou");
        assert_eq!(stranger.get(&format!("/applications/{id}/mou")).await.status(), StatusCode::NOT_FOUND);

        let mou = format!("/applications/{id}/mou");
        let page = applicant.page(&mou).await;
        assert!(page.contains("Second paragraph.") && page.contains("Version 1"));
        let version =
            page.split("name=\"version\" value=\"").nth(1).unwrap().split('"').next().unwrap().to_string();
        let r = applicant
            .submit(
                &mou,
                &mou,
                &[
                    ("signer_name", "Dewi"),
                    ("signer_title", "Ketua"),
                    ("signed_on", "2026-11-01"),
                    ("version", &version),
                ],
            )
            .await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.text().await.unwrap().contains("Tick the box"));
        let r = applicant
            .submit(
                &mou,
                &mou,
                &[
                    ("signer_name", "Dewi"),
                    ("signer_title", "Ketua"),
                    ("signed_on", "2026-11-01"),
                    ("agree", "yes"),
                    ("version", &version),
                ],
            )
            .await;
        assert_eq!(location(&r), format!("/applications/{id}"));
        let page = applicant.page(&format!("/applications/{id}")).await;
        assert!(page.contains("data-status=\"active\""));
        assert!(page.contains("MOU version 1 accepted by Dewi, Ketua, on 2026-11-01."));
        assert!(
            applicant.page("/account").await.contains("Entity representative · Koperasi Wanita Sejahtera"),
            "the organisation by its name"
        );

        let application = focal.page(&format!("/applications/{id}")).await;
        for text in [
            "Sri Wahyuni",
            "sri.private@kws.id",
            "Financial services",
            "Indonesian, Javanese",
            "Savings and loans for village women.",
        ] {
            assert!(application.contains(text), "{text} on the application page");
        }
        let country = app.client().page("/countries/ID").await;
        assert!(country.contains("Koperasi Wanita Sejahtera") && country.contains("Yogyakarta"));
        assert!(country.contains("1 active member; the aim is 5–10."), "{country}");
        let served = country.split("id=\"served\"").nth(1).unwrap().split("</ul>").next().unwrap();
        assert!(served.contains("Women") && served.contains("Farmers") && !served.contains("Youth"));
        assert!(country.contains("Granted Person"), "focal points named");
        assert!(!country.contains("dewi@kws.id"), "no private contact details on the public page");
        assert!(!country.contains("sri.private@kws.id") && !country.contains("555 0101"));
        let events = app.audit_actions("entity").await;
        assert!(events.iter().filter(|a| *a == "entity.status").count() >= 6, "{events:?}");

        // The representative keeps the profile current; each change is in its history.
        let edit = format!("/entities/{id}/edit");
        let mut moved = complete("Koperasi Wanita Sejahtera", "ID");
        moved.retain(|(k, _)| *k != "city");
        moved.push(("city", "Sleman".into()));
        let r = send(&applicant, &edit, &edit, &moved, "submit").await;
        assert_eq!(location(&r), format!("/applications/{id}"));
        let history = applicant.page(&format!("/entities/{id}/history")).await;
        let row = history.split("<td>City or town</td>").nth(1).expect("the city change is listed");
        assert!(row.contains("<td>Yogyakarta</td><td>Sleman</td>"), "{row}");
        assert!(history.contains("<td>Dewi</td>"));
        assert_eq!(stranger.get(&edit).await.status(), StatusCode::NOT_FOUND);
        assert_eq!(
            focal.get(&edit).await.status(),
            StatusCode::FORBIDDEN,
            "a focal point reads but does not edit"
        );
        assert_eq!(management.get(&edit).await.status(), StatusCode::OK);

        // Management suspends (with a reason), reinstates and finally withdraws the membership.
        assert_eq!(step(&focal, id, "suspend", "x").await.status(), StatusCode::FORBIDDEN);
        let found = |b: &Browser| {
            let client = b.http.clone();
            let url = format!("{}/api/v1/entities?q=wanita%20sejahtera", b.base);
            async move {
                client
                    .get(url)
                    .send()
                    .await
                    .unwrap()
                    .json::<serde_json::Value>()
                    .await
                    .unwrap()
                    .as_array()
                    .unwrap()
                    .len()
            }
        };
        assert_eq!(found(&stranger).await, 1, "an active member is found by search");
        step(&management, id, "suspend", "Annual report missing.").await;
        assert_eq!(found(&stranger).await, 0, "a suspended one is not");
        assert_eq!(status(&applicant, id).await, "suspended");
        assert!(!app.client().page("/countries/ID").await.contains("Koperasi Wanita Sejahtera"));
        step(&management, id, "reinstate", "").await;
        assert_eq!(status(&applicant, id).await, "active");
        // Withdrawing is final: the first press asks, and changes nothing until confirmed.
        let audited = app.audit_actions("entity").await.len();
        let r = step(&management, id, "withdraw", "The cooperative dissolved.").await;
        assert_eq!(r.status(), StatusCode::OK);
        let ask = r.text().await.unwrap();
        assert!(
            ask.contains("Withdraw this membership? The organisation would have to apply again."),
            "{ask}"
        );
        assert!(ask.contains("This cannot be undone.") && ask.contains("id=\"confirm-cancel\""));
        assert!(
            ask.contains("name=\"reason\" value=\"The cooperative dissolved.\""),
            "the reason goes along"
        );
        assert_eq!(status(&applicant, id).await, "active", "not yet");
        assert_eq!(app.audit_actions("entity").await.len(), audited, "nothing recorded");
        let version = version_on(&management, &format!("/applications/{id}")).await;
        let r = management
            .submit(
                &format!("/applications/{id}"),
                &format!("/applications/{id}/steps"),
                &[
                    ("step", "withdraw"),
                    ("reason", "The cooperative dissolved."),
                    ("version", &version),
                    ("confirm", "yes"),
                ],
            )
            .await;
        assert_eq!(location(&r), format!("/applications/{id}"));
        assert_eq!(status(&applicant, id).await, "withdrawn");
        let page = management.page(&format!("/applications/{id}")).await;
        let timeline = page.split("id=\"history\"").nth(1).unwrap();
        for text in ["Suspended", "Annual report missing.", "Withdrawn", "The cooperative dissolved."] {
            assert!(timeline.contains(text), "{text} in the membership history");
        }
    });
}

#[tokio::test]
async fn without_a_focal_point_applications_go_to_management_and_duplicates_are_flagged() {
    each_backend!(|app| {
        let management = app
            .user_with_two_factor_grant(
                "chair@asec.asia",
                Grant { role: Role::Management, scope: Scope::Network },
            )
            .await;
        let applicant = app.signed_up("souk@coop.la", "Souk").await;
        let r =
            send(&applicant, "/apply", "/apply", &complete("Lao Weavers Cooperative", "LA"), "submit").await;
        let id = id_of(&location(&r));
        assert_eq!(status(&applicant, id).await, "awaiting_approval");
        assert!(applicant.page(&format!("/applications/{id}")).await.contains("no focal point yet"));
        assert!(app.last_mail("chair@asec.asia").await.subject.contains("waits for ASEC management"));

        // Management's pipeline shows it; a member without a role cannot open the pipeline.
        let pipeline = management.page("/membership/pipeline?country=LA").await;
        assert!(pipeline.contains("Lao Weavers Cooperative"));
        let filtered = management.page("/membership/pipeline?status=awaiting_endorsement").await;
        assert!(!filtered.contains("Lao Weavers Cooperative"));
        assert_eq!(applicant.get("/membership/pipeline").await.status(), StatusCode::FORBIDDEN);

        // The same name again in the same country is flagged with a link, and saved only when confirmed.
        let second = app.signed_up("other@coop.la", "Other").await;
        let r =
            send(&second, "/apply", "/apply", &complete("  lao weavers   cooperative ", "LA"), "save").await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let page = r.text().await.unwrap();
        assert!(page.contains(&format!("href=\"/applications/{id}\"")));
        assert!(page.contains("value=\"  lao weavers   cooperative \""), "what was typed stays");
        let mut confirmed = complete("Lao Weavers Cooperative", "LA");
        confirmed.push(("not_duplicate", "yes".into()));
        let r = send(&second, "/apply", "/apply", &confirmed, "save").await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER);

        // Bad input never saves.
        let mut bad = complete("Somewhere", "FR");
        bad.retain(|(k, _)| !matches!(*k, "latitude" | "contact_email" | "contact_phone"));
        bad.push(("latitude", "123".into()));
        bad.push(("contact_email", "sri@".into()));
        bad.push(("contact_phone", "call me".into()));
        let r = send(&second, "/apply", "/apply", &bad, "save").await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let page = r.text().await.unwrap();
        assert!(
            page.contains("Choose one of the network")
                && page.contains("Latitude is a number between -90 and 90.")
        );
        assert!(
            page.contains("id=\"f-contact_email_1-error\"") && page.contains("A phone number has digits")
        );
        assert!(page.contains("value=\"Sri Wahyuni\""), "typed contact kept");
        let mine = second.page("/applications").await;
        assert_eq!(mine.matches("href=\"/applications/").count(), 1);

        // Management declines with a reason; the decline is final.
        let ask = step(&management, id, "decline", "Not an SSE organisation.").await.text().await.unwrap();
        assert!(ask.contains("Decline this application?"), "{ask}");
        assert_eq!(status(&applicant, id).await, "awaiting_approval", "asked first");
        let version = version_on(&management, &format!("/applications/{id}")).await;
        management
            .submit(
                &format!("/applications/{id}"),
                &format!("/applications/{id}/steps"),
                &[
                    ("step", "decline"),
                    ("reason", "Not an SSE organisation."),
                    ("version", &version),
                    ("confirm", "yes"),
                ],
            )
            .await;
        assert_eq!(status(&applicant, id).await, "declined");
        assert!(app.last_mail("souk@coop.la").await.body_text.contains("Not an SSE organisation."));
    });
}

#[tokio::test]
async fn management_appoints_at_most_two_focal_points_and_the_coordinators() {
    each_backend!(|app| {
        let management = app
            .user_with_two_factor_grant(
                "chair@asec.asia",
                Grant { role: Role::Management, scope: Scope::Network },
            )
            .await;
        for email in ["one@th.org", "two@th.org", "three@th.org"] {
            app.signed_up(email, &email.replace("@th.org", " Thai")).await;
        }
        let member = app.signed_up("member@th.org", "Member").await;
        let appoint = |b: &'static str| [("email", b)];
        assert_eq!(
            member
                .submit("/countries/TH", "/countries/TH/focal-points", &appoint("one@th.org"))
                .await
                .status(),
            StatusCode::FORBIDDEN
        );
        assert!(!member.page("/countries/TH").await.contains("/focal-points\""), "no form for members");
        for email in ["one@th.org", "two@th.org"] {
            let r = management.submit("/countries/TH", "/countries/TH/focal-points", &appoint(email)).await;
            assert_eq!(location(&r), "/countries/TH");
        }
        management.submit("/countries/TH", "/countries/TH/focal-points", &appoint("three@th.org")).await;
        let page = management.page("/countries/TH").await;
        assert!(page.contains("A country has at most two focal points."), "the third is refused");
        let focal =
            page.split("id=\"focal-points\"").nth(1).unwrap().split("</ul>").next().unwrap().to_string();
        assert!(focal.contains("one Thai") && focal.contains("two Thai") && !focal.contains("three Thai"));
        management.submit("/countries/TH", "/countries/TH/focal-points", &appoint("nobody@th.org")).await;
        assert!(management.page("/countries/TH").await.contains("No account uses this email address."));

        // The administrator's grant page holds to the same limit.
        let admin = crate::admin::first_administrator(&app).await;
        let three = accounts::person_by_email(&app.state.db, "three@th.org").await.unwrap().unwrap().id;
        let page = format!("/admin/users/{three}");
        let r = admin
            .submit(&page, &format!("{page}/grants"), &[("role", "focal_point"), ("scope", "country:TH")])
            .await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.text().await.unwrap().contains("A country has at most two focal points."));

        // Replacing: end one appointment, then the third person fits.
        let one = accounts::person_by_email(&app.state.db, "one@th.org").await.unwrap().unwrap().id;
        let r = management
            .submit("/countries/TH", &format!("/countries/TH/focal-points/{one}/remove"), &[])
            .await;
        assert_eq!(location(&r), "/countries/TH");
        management.submit("/countries/TH", "/countries/TH/focal-points", &appoint("three@th.org")).await;
        let page = app.client().page("/countries/TH").await;
        let focal =
            page.split("id=\"focal-points\"").nth(1).unwrap().split("</ul>").next().unwrap().to_string();
        assert!(!focal.contains("one Thai") && focal.contains("three Thai"));

        let r = management
            .submit(
                "/subregions/southeast-asia",
                "/subregions/southeast-asia/coordinators",
                &appoint("member@th.org"),
            )
            .await;
        assert_eq!(location(&r), "/subregions/southeast-asia");
        let sub = app.client().page("/subregions/southeast-asia").await;
        assert!(sub.contains("Member") && sub.contains("Society for Asian Solidarity Economy"));
        let thailand_row =
            sub.split("href=\"/countries/TH\"").nth(1).unwrap().split("</tr>").next().unwrap().to_string();
        assert!(thailand_row.contains("<td>2</td>"), "two focal points counted: {thailand_row}");
        assert!(member.page("/account").await.contains("Sub-region coordinator · Southeast Asia"));
    });
}

/// An active member in Laos (no focal point there), with its representative and management.
pub(crate) async fn active_member(app: &crate::harness::TestApp) -> (Browser, Browser, i64) {
    let management = app
        .user_with_two_factor_grant(
            "chair@asec.asia",
            Grant { role: Role::Management, scope: Scope::Network },
        )
        .await;
    management.submit("/membership/mou", "/membership/mou", &[("title", "MOU"), ("body", "Text.")]).await;
    let rep = app.signed_up("rep@coop.la", "Rep").await;
    let r = send(&rep, "/apply", "/apply", &complete("Lao Weavers Cooperative", "LA"), "submit").await;
    let id = id_of(&location(&r));
    step(&management, id, "approve", "").await;
    let mou = format!("/applications/{id}/mou");
    let version = version_on(&rep, &mou).await;
    let fields = [
        ("signer_name", "Rep"),
        ("signer_title", "Chair"),
        ("signed_on", "2026-01-01"),
        ("agree", "yes"),
        ("version", version.as_str()),
    ];
    rep.submit(&mou, &mou, &fields).await;
    assert_eq!(status(&rep, id).await, "active");
    (rep, management, id)
}

#[tokio::test]
async fn memberships_are_renewed_yearly_or_lapse() {
    each_backend!(|app| {
        let (rep, _management, id) = active_member(&app).await;
        assert_eq!(
            membership::run_renewals(&app.state).await.unwrap(),
            (0, 0),
            "a fresh member owes nothing"
        );

        // Eleven months on (340 days), the job reminds the representative once.
        app.clock.advance(chrono::Duration::days(340));
        assert_eq!(membership::run_renewals(&app.state).await.unwrap(), (1, 0));
        let reminder = app.last_mail("rep@coop.la").await;
        assert!(reminder.subject.contains("Time to renew"), "{}", reminder.subject);
        assert!(reminder.body_text.contains(&format!("/applications/{id}")));
        assert_eq!(
            membership::run_renewals(&app.state).await.unwrap(),
            (0, 0),
            "one reminder, not one an hour"
        );

        // Unrenewed after the grace period (430 days in all), the membership lapses.
        app.clock.advance(chrono::Duration::days(90));
        assert_eq!(membership::run_renewals(&app.state).await.unwrap(), (0, 1));
        // Their sign-in has long expired too: the representative signs in again.
        assert_eq!(rep.get(&format!("/applications/{id}")).await.status(), StatusCode::SEE_OTHER);
        rep.login("rep@coop.la", crate::harness::PASSWORD).await;
        assert_eq!(status(&rep, id).await, "lapsed");
        assert!(!app.client().page("/countries/LA").await.contains("Lao Weavers Cooperative"));

        let stranger = app.signed_up("x@else.org", "X").await;
        assert_eq!(step(&stranger, id, "renew", "").await.status(), StatusCode::NOT_FOUND);
        step(&rep, id, "renew", "").await;
        assert_eq!(status(&rep, id).await, "active");
        assert_eq!(membership::run_renewals(&app.state).await.unwrap(), (0, 0), "renewed for a year");
    });
}

#[tokio::test]
async fn the_api_shows_public_fields_of_members_and_applications_to_their_readers() {
    each_backend!(|app| {
        let (rep, management, id) = active_member(&app).await;
        let draft = app.signed_up("draft@coop.la", "Drafter").await;
        let r = send(&draft, "/apply", "/apply", &complete("Draft Cooperative", "LA"), "save").await;
        let draft_id = id_of(&location(&r));

        let visitor = app.client();
        let list: serde_json::Value = visitor.get("/api/v1/entities?country=LA").await.json().await.unwrap();
        let list = list.as_array().unwrap();
        assert_eq!(list.len(), 1, "only active members: {list:?}");
        let entity = &list[0];
        assert_eq!(entity["legal_name"], "Lao Weavers Cooperative");
        assert_eq!(entity["network_country"], "LA");
        assert_eq!(entity["sdgs"], serde_json::json!([5, 8]));
        assert_eq!(entity["constituencies"], serde_json::json!(["farmers", "women"]));
        assert!((entity["latitude"].as_f64().unwrap() + 7.7956).abs() < 1e-9);
        let text = entity.to_string();
        assert!(!text.contains("rep@coop.la") && !text.contains("applicant"), "no private fields: {text}");
        assert!(!text.contains("sri.private@kws.id") && !text.contains("Sri Wahyuni"), "no contacts: {text}");
        assert_eq!(entity["sectors"], serde_json::json!(["ICA140"]));
        assert_eq!(entity["languages"], serde_json::json!(["id", "jv"]));
        assert_eq!(visitor.get(&format!("/api/v1/entities/{id}")).await.status(), StatusCode::OK);
        assert_eq!(
            visitor.get(&format!("/api/v1/entities/{draft_id}")).await.status(),
            StatusCode::NOT_FOUND
        );
        for bad in ["country=XX", "kind=club", "page=0"] {
            let r = visitor.get(&format!("/api/v1/entities?{bad}")).await;
            assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
            assert_eq!(r.json::<serde_json::Value>().await.unwrap()["error"], "invalid_input");
        }

        let mine: serde_json::Value = draft.get("/api/v1/applications").await.json().await.unwrap();
        assert_eq!(mine.as_array().unwrap().len(), 1);
        assert_eq!(mine[0]["status"], "draft");
        let pipeline: serde_json::Value = management.get("/api/v1/applications").await.json().await.unwrap();
        assert!(pipeline.as_array().unwrap().is_empty(), "drafts are not in the pipeline");
        assert_eq!(
            rep.get(&format!("/api/v1/applications/{draft_id}")).await.status(),
            StatusCode::NOT_FOUND
        );
        assert_eq!(visitor.get("/api/v1/applications").await.status(), StatusCode::UNAUTHORIZED);

        let doc: serde_json::Value = visitor.get("/api/openapi.json").await.json().await.unwrap();
        for path in
            ["/api/v1/entities", "/api/v1/entities/{id}", "/api/v1/applications", "/api/v1/applications/{id}"]
        {
            assert!(doc["paths"][path]["get"].is_object(), "{path} documented");
        }
    });
}

#[tokio::test]
async fn management_downloads_the_members_it_filtered() {
    each_backend!(|app| {
        let (rep, management, _id) = active_member(&app).await;
        let thai = app.signed_up("somchai@coop.th", "Somchai").await;
        let mut fields = complete("สหกรณ์การเกษตร \"บ้านนา\", จำกัด", "TH");
        fields.retain(|(k, _)| *k != "city");
        fields.push(("city", "เชียงใหม่".into()));
        send(&thai, "/apply", "/apply", &fields, "submit").await;

        let page = management.page("/membership/members?country=TH").await;
        assert!(page.contains("สหกรณ์การเกษตร") && !page.contains("Lao Weavers"));
        let r = management.get("/membership/members.csv?country=TH").await;
        assert_eq!(r.headers()["content-type"], "text/csv; charset=utf-8");
        assert!(
            r.headers()["content-disposition"]
                .to_str()
                .unwrap()
                .starts_with("attachment; filename=\"asec-members-")
        );
        let body = r.text().await.unwrap();
        let mut lines = body.trim_start_matches('\u{feff}').lines();
        assert!(lines.next().unwrap().starts_with("id,legal_name,short_name,kind,status,country"));
        let row = lines.next().expect("one member row");
        assert!(
            row.contains(",\"สหกรณ์การเกษตร \"\"บ้านนา\"\", จำกัด\",") && row.contains(",เชียงใหม่,"),
            "{row}"
        );
        assert!(row.contains(",awaiting_approval,TH,TH,") && row.contains(",farmers;women,5;8,"), "{row}");
        assert!(lines.next().is_none(), "only what the filter shows");

        // The same filter as a spreadsheet: a real XLSX with the Thai name in it.
        let r = management.get("/membership/members.xlsx?country=TH").await;
        assert_eq!(
            r.headers()["content-type"],
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        );
        let book = r.bytes().await.unwrap();
        assert!(book.starts_with(b"PK\x03\x04"), "an XLSX is a ZIP archive");
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("members.xlsx");
        std::fs::write(&path, &book).unwrap();
        let read = std::process::Command::new("python3")
            .args(["-c", "import sys,zipfile; z=zipfile.ZipFile(sys.argv[1]); print(z.read('xl/sharedStrings.xml').decode())"])
            .arg(&path)
            .output()
            .unwrap();
        let strings = String::from_utf8_lossy(&read.stdout);
        assert!(strings.contains("สหกรณ์การเกษตร") && strings.contains("legal_name"), "{strings}");
        assert!(!strings.contains("Lao Weavers"), "filtered as on screen");
        assert_eq!(rep.get("/membership/members.xlsx").await.status(), StatusCode::FORBIDDEN);

        let all = management.page("/membership/members.csv").await;
        assert_eq!(all.lines().count(), 3, "header and two members");
        assert_eq!(rep.get("/membership/members.csv").await.status(), StatusCode::FORBIDDEN);
        assert_eq!(rep.get("/membership/members").await.status(), StatusCode::FORBIDDEN);
    });
}

#[tokio::test]
async fn a_country_chat_link_is_seen_only_by_that_country() {
    each_backend!(|app| {
        let (rep, management, _id) = active_member(&app).await;
        let thai_focal =
            app.user_with_grant("focal@th.org", Grant { role: Role::FocalPoint, scope: country("TH") }).await;
        let stranger = app.signed_up("x@else.org", "X").await;
        let link = "https://chat.example.org/laos-sse";
        let r = management
            .submit("/countries/LA", "/countries/LA/chat-link", &[("chat_link", "chat.example.org")])
            .await;
        assert_eq!(location(&r), "/countries/LA");
        assert!(management.page("/countries/LA").await.contains("must start with https://"));
        management.submit("/countries/LA", "/countries/LA/chat-link", &[("chat_link", link)]).await;
        assert_eq!(
            thai_focal
                .submit("/countries/TH", "/countries/LA/chat-link", &[("chat_link", link)])
                .await
                .status(),
            StatusCode::FORBIDDEN
        );

        assert!(rep.page("/countries/LA").await.contains(link), "a member of the country sees it");
        assert!(!rep.page("/countries/LA").await.contains("/chat-link\""), "but does not edit it");
        for (who, browser) in [
            ("visitor", &app.client()),
            ("stranger", &stranger),
            ("another country's focal point", &thai_focal),
        ] {
            assert!(!browser.page("/countries/LA").await.contains(link), "{who} must not see the link");
        }
        assert!(app.audit_actions("country").await.contains(&"country.set_chat_link".to_string()));
    });
}

#[tokio::test]
async fn logos_are_checked_and_public_only_for_active_members() {
    each_backend!(|app| {
        let (rep, _management, id) = active_member(&app).await;
        let page = format!("/applications/{id}");
        let upload = |b: &Browser, bytes: Vec<u8>, name: &'static str, with_csrf: bool| {
            let base = b.base.clone();
            let http = b.http.clone();
            let page = page.clone();
            async move {
                let html = http.get(format!("{base}{page}")).send().await.unwrap().text().await.unwrap();
                // In the order a browser sends the form: the token first.
                let mut form = reqwest::multipart::Form::new();
                if with_csrf {
                    form = form.text("_csrf", crate::harness::csrf_in(&html));
                }
                let form = form.part("logo", reqwest::multipart::Part::bytes(bytes).file_name(name));
                http.post(format!("{base}/entities/{id}/logo")).multipart(form).send().await.unwrap()
            }
        };
        let png = crate::harness::transparent_png(120, 80);
        assert_eq!(
            upload(&rep, png.clone(), "logo.png", false).await.status(),
            StatusCode::FORBIDDEN,
            "CSRF checked"
        );
        upload(&rep, b"<svg onload=alert(1)>".to_vec(), "logo.svg", true).await;
        assert!(rep.page(&page).await.contains("The logo must be a PNG, JPEG or WebP image."));
        // A file that only begins like a PNG is not one.
        upload(&rep, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR fake but typed".to_vec(), "logo.png", true).await;
        assert!(rep.page(&page).await.contains("The logo must be a PNG, JPEG or WebP image."));
        upload(&rep, [png.clone(), vec![0; 1024 * 1024]].concat(), "big.png", true).await;
        assert!(rep.page(&page).await.contains("The logo may be at most 1 MB."));
        let stranger = app.signed_up("x@else.org", "X").await;
        assert_eq!(upload(&stranger, png.clone(), "logo.png", true).await.status(), StatusCode::NOT_FOUND);

        let r = upload(&rep, png.clone(), "logo.png", true).await;
        assert_eq!(location(&r), page);
        // The logo's address names its content; the entity's own address leads there.
        let r = app.client().get(&format!("/entities/{id}/logo")).await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
        let stored = location(&r);
        assert!(stored.starts_with("/files/") && stored.ends_with(".png"), "transparency kept: {stored}");
        let r = app.client().get(&stored).await;
        assert_eq!(r.status(), StatusCode::OK);
        assert_eq!(r.headers()["content-type"], "image/png");
        assert!(r.headers()["cache-control"].to_str().unwrap().contains("immutable"));
        assert_eq!(crate::harness::dimensions(&r.bytes().await.unwrap()), (120, 80), "never enlarged");
        let shown = rep.page(&page).await;
        assert!(
            shown.contains("<picture>")
                && shown.contains("type=\"image/webp\"")
                && shown.contains("srcset=\"/files/")
        );
        assert!(app.audit_actions("entity").await.contains(&"entity.logo".to_string()));

        // A draft's logo is not public.
        let drafter = app.signed_up("d@coop.la", "D").await;
        let r = send(&drafter, "/apply", "/apply", &complete("Draft Coop", "LA"), "save").await;
        let draft = id_of(&location(&r));
        let html = drafter.page(&format!("/applications/{draft}")).await;
        let form = reqwest::multipart::Form::new()
            .text("_csrf", crate::harness::csrf_in(&html))
            .part("logo", reqwest::multipart::Part::bytes(png.clone()).file_name("l.png"));
        drafter.http.post(format!("{}/entities/{draft}/logo", app.url)).multipart(form).send().await.unwrap();
        assert_eq!(drafter.get(&format!("/entities/{draft}/logo")).await.status(), StatusCode::SEE_OTHER);
        assert_eq!(
            app.client().get(&format!("/entities/{draft}/logo")).await.status(),
            StatusCode::NOT_FOUND
        );
    });
}

const IMPORT_HEADER: &str = "legal_name,kind,country,city,description,constituencies,sdgs,sectors,languages,\
commitment_1,commitment_2,commitment_3,commitment_4,commitment_5,contact_name,contact_email";

fn import_row(name: &str, country: &str, sdgs: &str) -> String {
    format!(
        "\"{name}\",cooperative,{country},Chiang Mai,\"ออมทรัพย์, สินเชื่อ\",women;farmers,{sdgs},ICA10,th,a,b,c,d,e,Ploy,ploy@coop.th"
    )
}

async fn import_through_the_web(b: &Browser, csv: String, dry_run: bool) -> reqwest::Response {
    // Also from a page the person may not open: the refusal is what the caller checks.
    let (_, html) = b.get_text("/membership/import").await;
    let mut form = reqwest::multipart::Form::new()
        .text("_csrf", crate::harness::csrf_in(&html))
        .part("file", reqwest::multipart::Part::bytes(csv.into_bytes()).file_name("members.csv"));
    if dry_run {
        form = form.text("dry_run", "yes");
    }
    b.http.post(format!("{}/membership/import", b.base)).multipart(form).send().await.unwrap()
}

#[tokio::test]
async fn members_import_all_rows_or_none_from_the_web_and_the_cli() {
    each_backend!(|app| {
        let management = app
            .user_with_two_factor_grant(
                "chair@asec.asia",
                Grant { role: Role::Management, scope: Scope::Network },
            )
            .await;
        let member = app.signed_up("m@coop.th", "M").await;
        let bad = format!(
            "{IMPORT_HEADER}\n{}\n{}\n{}\n",
            import_row("สหกรณ์ออมทรัพย์บ้านนา", "TH", "1;8"),
            import_row("Somewhere Coop", "FR", "8"),
            import_row("台灣合作社", "CN", "18")
        );
        let r = import_through_the_web(&management, bad.clone(), false).await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let page = r.text().await.unwrap();
        assert!(page.contains("2 problems found: nothing was imported."), "{page}");
        assert!(page.contains("<td>3</td><td>country</td><td>Choose one of the network"));
        assert!(page.contains("<td>4</td><td>sdgs</td><td>Choose from the list.</td>"));
        assert!(!app.client().page("/countries/TH").await.contains("บ้านนา"), "nothing imported");
        assert_eq!(import_through_the_web(&member, bad, true).await.status(), StatusCode::FORBIDDEN);

        let good = format!(
            "\u{feff}{IMPORT_HEADER}\n{}\n{}\n",
            import_row("สหกรณ์ออมทรัพย์บ้านนา", "TH", "1;8"),
            import_row("香港社區合作社", "HK", "11")
        );
        let page = import_through_the_web(&management, good.clone(), true).await.text().await.unwrap();
        assert!(page.contains("2 rows checked: no problems."));
        assert!(!app.client().page("/countries/TH").await.contains("บ้านนา"), "a dry run saves nothing");
        let page = import_through_the_web(&management, good.clone(), false).await.text().await.unwrap();
        assert!(page.contains("2 members imported."));
        assert!(app.client().page("/countries/TH").await.contains("สหกรณ์ออมทรัพย์บ้านนา"));
        assert!(app.client().page("/countries/CN").await.contains("香港社區合作社"), "Hong Kong joins China");
        let page = import_through_the_web(&management, good, false).await.text().await.unwrap();
        assert!(page.contains("already registered in this country network"), "a second import is refused");

        // The same from the command line, with its report.
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("more.csv");
        std::fs::write(
            &file,
            format!(
                "{IMPORT_HEADER}\n{}\n{}\n",
                import_row("Koperasi Baru", "ID", "8"),
                import_row("X", "ZZ", "8")
            ),
        )
        .unwrap();
        let cli = |args: &[&str]| {
            std::process::Command::new(env!("CARGO_BIN_EXE_asec"))
                .env("ASEC_DATABASE_URL", &app.database_url)
                .env("ASEC_FILES_DIR", crate::harness::files_dir_of(&app.database_url))
                .env("ASEC_LOG_LEVEL", "warn")
                .args(["--config", "/nonexistent/asec.toml", "members", "import"])
                .args(args)
                .output()
                .unwrap()
        };
        let path = file.display().to_string();
        let out = cli(&[&path, "--dry-run", "--as", "chair@asec.asia"]);
        assert!(!out.status.success());
        assert!(
            String::from_utf8_lossy(&out.stdout).contains("row 3, column country: Choose one of the network")
        );
        std::fs::write(&file, format!("{IMPORT_HEADER}\n{}\n", import_row("Koperasi Baru", "ID", "8")))
            .unwrap();
        let out = cli(&[&path, "--as", "chair@asec.asia"]);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        assert!(String::from_utf8_lossy(&out.stdout).contains("1 member(s) imported"));
        assert!(app.client().page("/countries/ID").await.contains("Koperasi Baru"));
        let out = cli(&[&path, "--as", "nobody@asec.asia"]);
        assert!(String::from_utf8_lossy(&out.stderr).contains("no account uses nobody@asec.asia"));
    });
}

#[tokio::test]
async fn the_demo_network_covers_every_country_and_every_stage() {
    each_backend!(|app| {
        assert_eq!(membership::load_demo(&app.state).await.unwrap(), 40);
        assert_eq!(membership::load_demo(&app.state).await.unwrap(), 0, "loading twice adds nothing");
        #[derive(sea_orm::FromQueryResult)]
        struct Count {
            n: i64,
        }
        let countries: Vec<Count> =
            store::all(&app.state.db, "SELECT COUNT(DISTINCT network_country) AS n FROM entities", vec![])
                .await
                .unwrap();
        assert_eq!(countries[0].n, 18, "members in all 18 country networks");
        let places: Vec<Count> =
            store::all(&app.state.db, "SELECT COUNT(DISTINCT country_code) AS n FROM entities", vec![])
                .await
                .unwrap();
        assert_eq!(places[0].n, 19, "the 18 countries and Hong Kong, within China's network");
        for status in [
            "draft",
            "awaiting_endorsement",
            "sent_back",
            "awaiting_approval",
            "awaiting_mou",
            "active",
            "declined",
        ] {
            let n: i64 = store::scalar(
                &app.state.db,
                "SELECT COUNT(*) FROM entities WHERE status = ?",
                store::values![status],
            )
            .await
            .unwrap()
            .unwrap();
            assert!(n > 0, "an application at stage {status}");
        }
        let thailand = app.client().page("/countries/TH").await;
        assert!(thailand.contains("สหกรณ์การเกษตรอินทรีย์ยโสธร"));
        let india = app.client().page("/countries/IN").await;
        assert!(india.contains("Demo Focal Point India"));
        // The API searches active members in any script; applications stay hidden.
        let search = |q: &'static str| {
            let client = app.client();
            async move {
                let list: serde_json::Value =
                    client.get(&format!("/api/v1/entities?{q}")).await.json().await.unwrap();
                list.as_array()
                    .unwrap()
                    .iter()
                    .map(|e| e["legal_name"].as_str().unwrap().to_string())
                    .collect::<Vec<_>>()
            }
        };
        assert_eq!(
            search("q=%E0%B8%AD%E0%B8%B4%E0%B8%99%E0%B8%97%E0%B8%A3%E0%B8%B5%E0%B8%A2%E0%B9%8C").await,
            vec!["สหกรณ์การเกษตรอินทรีย์ยโสธร"]
        );
        assert_eq!(search("q=%E7%94%9F%E6%B4%BB%E5%8D%94%E5%90%8C").await, vec!["パルシステム生活協同組合"]);
        assert_eq!(search("q=jaipur").await, Vec::<String>::new());
        assert_eq!(search("q=tonle").await, Vec::<String>::new(), "a draft is not found");
        assert_eq!(search("q=savings&country=LK").await, vec!["Sarvodaya Village Enterprise Network"]);

        // A representative edits their own entity, and no other.
        let first = app.client();
        first.login("member1@demo.asec.example", membership::DEMO_PASSWORD).await;
        assert_eq!(first.get("/entities/1/edit").await.status(), StatusCode::OK);
        assert_eq!(first.get("/entities/2/edit").await.status(), StatusCode::NOT_FOUND);
        let fields =
            [("legal_name", "Taken over"), ("kind", "cooperative"), ("country", "IN"), ("intent", "submit")];
        let r = first.submit("/entities/1/edit", "/entities/2/edit", &fields).await;
        assert_eq!(r.status(), StatusCode::NOT_FOUND);
        assert!(!app.client().page("/countries/IN").await.contains("Taken over"));
    });
}

/// The lines of a person's home, as they read them.
async fn waiting_on_home(b: &Browser) -> Vec<String> {
    let html = b.page("/me").await;
    let Some(list) = html.split("id=\"waiting\"").nth(1) else {
        assert!(html.contains("Nothing waits for you at the moment."), "{html}");
        return Vec::new();
    };
    let list = list.split("</ul>").next().unwrap();
    list.split("<a href=\"")
        .skip(1)
        .map(|item| {
            let (href, rest) = item.split_once("\">").unwrap();
            format!("{} -> {href}", rest.split("</a>").next().unwrap())
        })
        .collect()
}

fn nav_of(html: &str) -> Vec<String> {
    let nav = html.split("class=\"main\"").nth(1).unwrap().split("</nav>").next().unwrap();
    nav.split("<a href=\"").skip(1).map(|a| a.split('"').next().unwrap().to_string()).collect()
}

#[tokio::test]
async fn each_person_finds_what_waits_for_them_on_their_home() {
    each_backend!(|app| {
        let management = app
            .user_with_two_factor_grant(
                "chair@asec.asia",
                Grant { role: Role::Management, scope: Scope::Network },
            )
            .await;
        let focal = app
            .user_with_grant("focal@koperasi.id", Grant { role: Role::FocalPoint, scope: country("ID") })
            .await;
        let other_focal = app
            .user_with_grant("focal@ssea.my", Grant { role: Role::FocalPoint, scope: country("MY") })
            .await;
        let applicant = app.signed_up("dewi@kws.id", "Dewi").await;
        management
            .submit("/membership/mou", "/membership/mou", &[("title", "MOU 2025–2030"), ("body", "Text.")])
            .await;

        // Each sees the sections their roles use, and no other.
        let visitor = app.client();
        let public = ["/", "/directory", "/countries", "/apply", "/governance/proposals"];
        assert_eq!(nav_of(&visitor.page("/").await), public);
        assert_eq!(nav_of(&applicant.page("/").await), public);
        let focal_nav = nav_of(&focal.page("/").await);
        assert!(focal_nav.contains(&"/membership/pipeline".to_string()), "{focal_nav:?}");
        assert!(focal_nav.contains(&"/membership/members".to_string()));
        assert!(
            !focal_nav.contains(&"/membership/mou".to_string()) && !focal_nav.contains(&"/admin".to_string())
        );
        let management_nav = nav_of(&management.page("/").await);
        for section in
            ["/membership/pipeline", "/membership/mou", "/governance/meetings", "/governance/settings"]
        {
            assert!(management_nav.contains(&section.to_string()), "{section} in {management_nav:?}");
        }
        assert!(!management_nav.contains(&"/admin".to_string()), "administration is not management's");

        // Signing in from nowhere in particular leads home.
        let r = app
            .client()
            .submit("/login", "/login", &[("email", "dewi@kws.id"), ("password", crate::harness::PASSWORD)])
            .await;
        assert_eq!(location(&r), "/me");
        assert!(applicant.page("/").await.contains("href=\"/me\""), "the header links to it");
        assert_eq!(
            waiting_on_home(&other_focal).await,
            ["1 notification not read -> /notifications"],
            "only the notice of their new role"
        );

        let draft = vec![
            ("legal_name", "Koperasi Wanita Sejahtera".to_string()),
            ("kind", "cooperative".into()),
            ("country", "ID".into()),
        ];
        // Signed out, applying says an account is needed and leads to one.
        let apply = visitor.page("/apply").await;
        assert!(apply.contains("Applying takes an account"), "{apply}");
        assert!(apply.contains("href=\"/signup\"") && apply.contains("href=\"/login?next=/apply\""));
        // Signed in, the country starts empty.
        let form = applicant.page("/apply").await;
        assert!(
            form.contains("<option value=\"\" selected>Choose a country</option>"),
            "no country chosen for them"
        );
        assert!(!form.contains("id=\"drafts\""));
        let id = id_of(&location(&send(&applicant, "/apply", "/apply", &draft, "save").await));
        let again = applicant.page("/apply").await;
        assert!(
            again.contains(&format!("<a href=\"/applications/{id}/edit\">Koperasi Wanita Sejahtera</a>")),
            "returning to apply offers the draft"
        );
        assert_eq!(
            waiting_on_home(&applicant).await,
            [
                format!(
                    "Your draft application for Koperasi Wanita Sejahtera: complete and submit it -> /applications/{id}/edit"
                ),
                "All your applications -> /applications".to_string(),
            ]
        );
        let edit = format!("/applications/{id}/edit");
        send(&applicant, &edit, &edit, &complete("Koperasi Wanita Sejahtera", "ID"), "submit").await;
        let home = waiting_on_home(&applicant).await;
        assert!(
            home.contains(&format!(
                "Your application for Koperasi Wanita Sejahtera: Waiting for the country&#39;s endorsement -> /applications/{id}"
            )),
            "{home:?}"
        );
        assert!(home.contains(&"1 notification not read -> /notifications".to_string()), "{home:?}");
        let focal_home = waiting_on_home(&focal).await;
        assert!(
            focal_home.contains(
                &"1 application to endorse -> /membership/pipeline?status=awaiting_endorsement".to_string()
            ),
            "{focal_home:?}"
        );
        assert!(!waiting_on_home(&other_focal).await.iter().any(|w| w.contains("endorse")), "not Malaysia's");
        assert!(!waiting_on_home(&management).await.iter().any(|w| w.contains("to approve")));
        // The link leads to that very application.
        let queue = focal.page("/membership/pipeline?status=awaiting_endorsement").await;
        assert!(queue.contains(&format!("/applications/{id}")));

        // The decision comes after the profile it decides on, with a note the applicant reads.
        let review = focal.page(&format!("/applications/{id}")).await;
        assert!(
            review.find("id=\"actions-heading\"").unwrap()
                > review.find("Koperasi Wanita Sejahtera</h1>").unwrap()
        );
        assert!(
            review.find("id=\"actions-heading\"").unwrap()
                > review.find("apply-section-commitments").unwrap_or(0),
            "after the profile"
        );
        assert!(review.contains("A note for the applicant (optional)"));
        step(&focal, id, "endorse", "Welcome to the Indonesian network.").await;
        assert!(!waiting_on_home(&focal).await.iter().any(|w| w.contains("to endorse")));
        assert!(
            applicant
                .page(&format!("/applications/{id}"))
                .await
                .contains("Welcome to the Indonesian network.")
        );
        assert!(
            waiting_on_home(&applicant)
                .await
                .iter()
                .any(|w| w.contains("The reviewer&#39;s note: Welcome to the Indonesian network.")),
            "and on their home"
        );
        assert!(waiting_on_home(&management).await.contains(
            &"1 application to approve -> /membership/pipeline?status=awaiting_approval".to_string()
        ));
        step(&management, id, "approve", "").await;
        assert!(
            waiting_on_home(&management).await.contains(
                &"1 approved member has not accepted the MOU yet -> /membership/pipeline?status=awaiting_mou"
                    .to_string()
            )
        );
        assert!(waiting_on_home(&applicant).await.contains(&format!(
            "Koperasi Wanita Sejahtera is approved: accept the MOU to become an active member -> /applications/{id}/mou"
        )));
    });
}

/// The opening tag of the element whose id is `id`.
fn tag_with_id<'a>(html: &'a str, id: &str) -> &'a str {
    let at = html.find(&format!("id=\"{id}\"")).unwrap_or_else(|| panic!("no element #{id}"));
    let start = html[..at].rfind('<').unwrap();
    let end = at + html[at..].find('>').unwrap();
    &html[start..=end]
}

/// The summary of problems at the top of a form page.
fn error_summary(html: &str) -> &str {
    let start =
        html.find("id=\"error-summary\"").unwrap_or_else(|| panic!("no summary of problems:\n{html}"));
    &html[start..start + html[start..].find("</div>").unwrap()]
}

#[tokio::test]
async fn the_apply_form_is_in_sections_and_states_the_limits_the_server_keeps() {
    use membership::testing::*;
    each_backend!(|app| {
        let applicant = app.signed_up("dewi@kws.id", "Dewi").await;
        let form = applicant.page("/apply").await;
        for legend in [
            "Your organisation",
            "Where you work",
            "Who you work with",
            "What you do",
            "Contact people",
            "Commitment to the five SSE dimensions",
        ] {
            assert!(form.contains(&format!("<legend>{legend}</legend>")), "a section {legend}");
        }
        let limits = [
            ("f-legal_name", LEGAL_NAME_MAX),
            ("f-short_name", SHORT_NAME_MAX),
            ("f-registration_number", REGISTRATION_MAX),
            ("f-registrar", REGISTRATION_MAX),
            ("f-website", WEB_ADDRESS_MAX),
            ("f-link_1", WEB_ADDRESS_MAX),
            ("f-link_3", WEB_ADDRESS_MAX),
            ("f-city", CITY_MAX),
            ("f-description", DESCRIPTION_MAX),
            ("f-other_description_1", DESCRIPTION_MAX),
            ("f-other_description_2", DESCRIPTION_MAX),
            ("f-contact_name_1", CONTACT_TEXT_MAX),
            ("f-contact_role_3", CONTACT_TEXT_MAX),
            ("f-contact_phone_2", PHONE_MAX),
            ("f-commitment_1", COMMITMENT_MAX),
            ("f-commitment_5", COMMITMENT_MAX),
        ];
        for (id, max) in limits {
            let tag = tag_with_id(&form, id);
            assert!(tag.contains(&format!("maxlength=\"{max}\"")), "{id} is limited to {max}: {tag}");
            let label = form
                .split(&format!("<label for=\"{id}\">"))
                .nth(1)
                .unwrap_or_else(|| panic!("a label for {id}"))
                .split("</label>")
                .next()
                .unwrap();
            assert!(label.contains(&format!("At most {max} characters.")), "{id}'s label says so: {label}");
        }
        assert!(!form.contains("Paling banyak") && form.contains("At most 200 characters."));

        // The server keeps the same limits: at the limit accepted, one past refused.
        let r =
            send(&applicant, "/apply", "/apply", &complete(&"n".repeat(LEGAL_NAME_MAX + 1), "ID"), "save")
                .await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.text().await.unwrap().contains("id=\"f-legal_name-error\">This is too long."));
        let r =
            send(&applicant, "/apply", "/apply", &complete(&"n".repeat(LEGAL_NAME_MAX), "ID"), "save").await;
        assert!(location(&r).starts_with("/applications/"), "a name at the limit is kept");
        let mut long = complete("Koperasi Panjang", "ID");
        long.retain(|(k, _)| *k != "contact_phone");
        long.push(("contact_phone", "1".repeat(PHONE_MAX + 1)));
        let r = send(&applicant, "/apply", "/apply", &long, "save").await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY, "a phone one past its limit");

        // Indonesian and Malay readers read the limit in their language.
        applicant.submit("/account", "/language", &[("lang", "id"), ("next", "/account")]).await;
        assert!(applicant.page("/apply").await.contains("Paling banyak 200 karakter."));
        applicant.submit("/account", "/language", &[("lang", "ms"), ("next", "/account")]).await;
        assert!(applicant.page("/apply").await.contains("Paling banyak 200 aksara."));
    });
}

#[tokio::test]
async fn a_refused_application_sums_up_its_problems_linking_each_field_and_changes_nothing() {
    use membership::testing::{COMMITMENT_MAX, LEGAL_NAME_MAX};
    each_backend!(|app| {
        let applicant = app.signed_up("dewi@kws.id", "Dewi").await;
        let audited = app.audit_actions("entity").await;
        let too_long = "K".repeat(LEGAL_NAME_MAX + 1);
        let mut bad = Vec::new();
        let mut commitments = 0;
        for (k, v) in complete(&too_long, "ID") {
            match k {
                "city" => {}
                "sdg" => bad.push((k, "99".to_string())),
                "contact_email" => bad.push((k, "not-an-address".to_string())),
                "commitment" => {
                    commitments += 1;
                    bad.push((k, if commitments == 3 { "c".repeat(COMMITMENT_MAX + 1) } else { v }));
                }
                _ => bad.push((k, v)),
            }
        }
        let r = send(&applicant, "/apply", "/apply", &bad, "submit").await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let page = r.text().await.unwrap();
        let summary = error_summary(&page);
        assert!(summary.contains("role=\"alert\"") && summary.contains("tabindex=\"-1\""), "{summary}");
        assert!(summary.contains("<h2 id=\"error-summary-title\">There are 5 problems</h2>"), "{summary}");
        assert!(
            page.find("id=\"error-summary\"").unwrap()
                < page.find("<form method=\"post\" action=\"/apply\"").unwrap(),
            "the summary is at the top"
        );
        for (field, text) in [
            ("f-legal_name", "Legal name: This is too long."),
            ("f-city", "City or town: Please enter the city or town."),
            ("f-sdg", "Sustainable Development Goals you work on: Choose from the list."),
            ("f-commitment_3", "Socio-economic benefits to the community: This is too long."),
            ("f-contact_email_1", "Contact 1 · Email address: "),
        ] {
            let link = format!("<a href=\"#{field}\">");
            let item = summary.split(&link).nth(1).unwrap_or_else(|| panic!("a link to {field}: {summary}"));
            assert!(item.starts_with(text), "{field}: {item}");
            assert!(page.contains(&format!("id=\"{field}\"")), "the link leads to {field}");
            assert!(page.contains(&format!("id=\"{field}-error\"")), "the message next to {field} too");
        }
        assert!(page.contains("Rapat anggota memutuskan."), "what was typed stays");
        assert_eq!(app.audit_actions("entity").await, audited, "nothing was saved");
        assert!(!applicant.page("/applications").await.contains("KKKK"));

        // The draft's edit page does the same.
        let draft = vec![
            ("legal_name", "Koperasi Wanita Sejahtera".to_string()),
            ("kind", "cooperative".into()),
            ("country", "ID".into()),
        ];
        let id = id_of(&location(&send(&applicant, "/apply", "/apply", &draft, "save").await));
        let edit = format!("/applications/{id}/edit");
        let audited = app.audit_actions("entity").await;
        let mut nameless = draft.clone();
        nameless[0].1 = " ".into();
        let r = send(&applicant, &edit, &edit, &nameless, "save").await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let page = r.text().await.unwrap();
        let summary = error_summary(&page);
        assert!(summary.contains("There is 1 problem</h2>"), "{summary}");
        assert!(
            summary.contains(
                "<a href=\"#f-legal_name\">Legal name: Please enter the organisation&#39;s legal name.</a>"
            ),
            "{summary}"
        );
        assert_eq!(app.audit_actions("entity").await, audited);
        assert_eq!(
            membership::testing::entity(&app.state.db, id).await.unwrap().0,
            "Koperasi Wanita Sejahtera"
        );
        assert!(!applicant.page(&edit).await.contains("id=\"error-summary\""), "no summary before a refusal");
    });
}

#[tokio::test]
async fn working_languages_are_chosen_by_name_and_kept_as_codes() {
    each_backend!(|app| {
        let applicant = app.signed_up("dewi@kws.id", "Dewi").await;
        let form = applicant.page("/apply").await;
        assert!(!form.contains("name=\"languages\""), "no codes to type");
        for (code, name) in [("jv", "Javanese"), ("id", "Indonesian"), ("fil", "Filipino"), ("ms", "Malay")] {
            assert!(form.contains(&format!("name=\"language\" value=\"{code}\"> {name}</label>")), "{name}");
        }
        let (bengali, javanese) =
            (form.find("> Bengali</label>").unwrap(), form.find("> Javanese</label>").unwrap());
        assert!(bengali < javanese, "in the order of their names");
        applicant.submit("/account", "/language", &[("lang", "id"), ("next", "/account")]).await;
        let form = applicant.page("/apply").await;
        assert!(
            form.contains("value=\"jv\"> Jawa</label>") && form.contains("value=\"en\"> Inggris</label>")
        );
        applicant.submit("/account", "/language", &[("lang", "en"), ("next", "/account")]).await;

        // Ticked by name, kept as codes, shown by name.
        let mut fields = complete("Koperasi Wanita Sejahtera", "ID");
        fields.retain(|(k, _)| *k != "language");
        fields.push(("language", "su".into()));
        fields.push(("language", "jv".into()));
        let id = id_of(&location(&send(&applicant, "/apply", "/apply", &fields, "save").await));
        assert_eq!(membership::testing::languages(&app.state.db, id).await, ["su", "jv"]);
        let edit = applicant.page(&format!("/applications/{id}/edit")).await;
        assert!(
            edit.contains("value=\"jv\" checked> Javanese")
                && edit.contains("value=\"su\" checked> Sundanese")
        );
        assert!(edit.contains("value=\"id\"> Indonesian"), "the others unticked");
        assert!(applicant.page(&format!("/applications/{id}")).await.contains("Sundanese, Javanese"));

        // An older draft with codes typed in still opens, with them ticked, and keeps them.
        let owner = app.seed_account("old@draft.id").await;
        let old = membership::testing::Profile {
            legal_name: "Koperasi Lama".into(),
            kind: "cooperative".into(),
            country_code: "ID".into(),
            network_country: "ID".into(),
            languages: vec!["jv".into(), "xyz".into()],
            ..Default::default()
        };
        let old_id = membership::testing::insert_members(&app.state, owner, &[old], false).await[0];
        let drafter = app.client();
        drafter.login("old@draft.id", "a long password 1").await;
        let edit = format!("/applications/{old_id}/edit");
        let page = drafter.page(&edit).await;
        assert!(page.contains("value=\"jv\" checked> Javanese"), "a known code by its name");
        assert!(page.contains("value=\"xyz\" checked> Language code xyz"), "an unknown code as it was");
        let draft = vec![
            ("legal_name", "Koperasi Lama".to_string()),
            ("kind", "cooperative".into()),
            ("country", "ID".into()),
            ("language", "jv".into()),
            ("language", "xyz".into()),
        ];
        let r = send(&drafter, &edit, &edit, &draft, "save").await;
        assert_eq!(location(&r), format!("/applications/{old_id}"));
        assert_eq!(membership::testing::languages(&app.state.db, old_id).await, ["jv", "xyz"]);
    });
}

#[tokio::test]
async fn management_countersigns_an_accepted_mou_once_and_its_print_shows_both_signatures() {
    each_backend!(|app| {
        let (rep, management, id) = active_member(&app).await;
        let focal = app
            .user_with_grant("focal@coop.la", Grant { role: Role::FocalPoint, scope: country("LA") })
            .await;
        let stranger = app.signed_up("someone@else.org", "Someone").await;
        let print = format!("/entities/{id}/mou");
        let sign = format!("/entities/{id}/mou/countersign");

        // The print view: the text, the organisation, the version, who accepted it and when.
        let page = rep.page(&print).await;
        assert!(page.contains("id=\"mou-organisation\">Lao Weavers Cooperative<"), "{page}");
        assert!(page.contains("id=\"mou-version\">1<") && page.contains("<p>Text.</p>"));
        assert!(page.contains("Rep, Chair, signed on 2026-01-01."));
        assert!(page.contains("Accepted in the platform by Rep on "));
        assert!(page.contains("id=\"countersignature\">Not yet countersigned<"));
        assert!(!page.contains(&format!("href=\"{sign}\"")), "not offered to the representative");
        let css = app.client().get("/static/app.css").await.text().await.unwrap();
        assert!(css.contains("@media print"), "a stylesheet for printing");
        let member = rep.page(&format!("/applications/{id}")).await;
        assert!(member.contains(&format!("href=\"{print}\"")) && member.contains("Not yet countersigned"));
        assert!(focal.page(&print).await.contains("Not yet countersigned"), "the focal point reads it");
        assert_eq!(stranger.get(&print).await.status(), StatusCode::NOT_FOUND);
        assert_eq!(stranger.get(&sign).await.status(), StatusCode::NOT_FOUND);

        // Management finds it waiting, on their home and in the MOU queue.
        assert!(
            waiting_on_home(&management)
                .await
                .contains(&"1 accepted MOU to countersign -> /membership/mou#countersign".to_string())
        );
        let queue = management.page("/membership/mou").await;
        assert!(queue.contains(&format!("<a href=\"{sign}\">Lao Weavers Cooperative</a>")), "{queue}");
        assert!(management.page(&format!("/applications/{id}")).await.contains(&format!("href=\"{sign}\"")));

        // The focal point and the representative may not countersign, and nothing changes.
        for who in [&rep, &focal] {
            assert_eq!(who.get(&sign).await.status(), StatusCode::FORBIDDEN);
            let r = who.submit(&print, &sign, &[("confirm", "yes")]).await;
            assert_eq!(r.status(), StatusCode::FORBIDDEN);
        }
        assert_eq!(membership::testing::countersignature(&app.state.db, id).await, None);
        assert!(!app.audit_actions("entity").await.contains(&"mou.countersign".to_string()));

        // Management confirms first: an unticked box changes nothing.
        let confirm = management.page(&sign).await;
        assert!(confirm.contains("cannot be undone") && confirm.contains("name=\"confirm\""));
        let r = management.submit(&sign, &sign, &[]).await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.text().await.unwrap().contains("Tick the box to confirm the countersignature."));
        assert_eq!(membership::testing::countersignature(&app.state.db, id).await, None);

        let r = management.submit(&sign, &sign, &[("confirm", "yes")]).await;
        assert_eq!(location(&r), print);
        assert!(membership::testing::countersignature(&app.state.db, id).await.is_some());
        assert!(app.audit_actions("entity").await.contains(&"mou.countersign".to_string()));
        let page = rep.page(&print).await;
        assert!(page.contains("Rep, Chair, signed on 2026-01-01."), "the member's signature");
        assert!(
            page.contains("Countersigned by Granted Person for ASEC management on "),
            "and ASEC's: {page}"
        );
        assert!(!page.contains("Not yet countersigned"));
        assert!(
            rep.page(&format!("/applications/{id}")).await.contains("Countersigned by Granted Person"),
            "on the member's page too"
        );
        let mail = app.last_mail("rep@coop.la").await;
        assert!(
            mail.subject.contains("Lao Weavers Cooperative is countersigned by ASEC"),
            "{}",
            mail.subject
        );
        assert!(mail.body_text.contains(&print));
        assert!(rep.page("/notifications").await.contains("is countersigned by ASEC"));

        // It cannot be given twice, and no longer waits.
        assert_eq!(management.get(&sign).await.status(), StatusCode::CONFLICT);
        let r = management.submit(&print, &sign, &[("confirm", "yes")]).await;
        assert_eq!(r.status(), StatusCode::CONFLICT);
        assert_eq!(app.audit_actions("entity").await.iter().filter(|a| *a == "mou.countersign").count(), 1);
        assert!(!waiting_on_home(&management).await.iter().any(|w| w.contains("countersign")));
        assert!(
            management
                .page("/membership/mou")
                .await
                .contains("No accepted MOU waits for a countersignature.")
        );
    });
}

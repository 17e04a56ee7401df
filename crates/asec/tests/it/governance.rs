//! Collective decisions on both databases: a proposal from opening to the register, with
//! every permission allowed and refused, bad input, the closing job and the reminders.

use crate::each_backend;
use crate::harness::{Browser, TestApp, location};
use kernel::{EntityId, Grant, Role, Scope};
use membership::testing::Profile;
use reqwest::StatusCode;

/// Active members: two in Indonesia, one in Malaysia.
pub(crate) async fn members(app: &TestApp) -> Vec<i64> {
    let owner = app.seed_account("seed@asec.test").await;
    let profile = |name: &str, country: &str| Profile {
        legal_name: name.into(),
        kind: "cooperative".into(),
        country_code: country.into(),
        network_country: country.into(),
        city: "City".into(),
        description: "Members.".into(),
        description_lang: "en".into(),
        ..Default::default()
    };
    let profiles = [
        profile("Koperasi Wanita Sejahtera", "ID"),
        profile("Bina Swadaya", "ID"),
        profile("Koperasi Belia", "MY"),
    ];
    membership::testing::insert_members(&app.state, owner, &profiles, true).await
}

/// A time `days` ahead of the app's clock, as a date-time field takes it.
fn in_days(app: &TestApp, days: i64) -> String {
    (app.now() + chrono::Duration::days(days)).format("%Y-%m-%dT%H:%M").to_string()
}

async fn open(management: &Browser, fields: &[(&str, &str)]) -> reqwest::Response {
    management.submit("/governance/proposals/new", "/governance/proposals/new", fields).await
}

async fn stance(page: &str, b: &Browser, entity: i64, answer: &str, reason: &str) -> reqwest::Response {
    let entity = entity.to_string();
    b.submit(page, &format!("{page}/stance"), &[("entity", &entity), ("answer", answer), ("reason", reason)])
        .await
}

async fn position(
    page: &str,
    b: &Browser,
    country: &str,
    answer: &str,
    rationale: &str,
) -> reqwest::Response {
    b.submit(
        page,
        &format!("{page}/position"),
        &[("country", country), ("answer", answer), ("rationale", rationale)],
    )
    .await
}

fn id_of(location: &str) -> i64 {
    location.rsplit('/').next().unwrap().parse().unwrap()
}

#[tokio::test]
async fn a_consensus_proposal_goes_from_consultation_to_the_register() {
    each_backend!(|app| {
        let ids = members(&app).await;
        let management = app
            .user_with_two_factor_grant(
                "chair@asec.test",
                Grant { role: Role::Management, scope: Scope::Network },
            )
            .await;
        let country = |c: &str| Scope::Country(kernel::CountryCode::parse(c).unwrap());
        let fp_id =
            app.user_with_grant("fp@asec.id", Grant { role: Role::FocalPoint, scope: country("ID") }).await;
        let fp_my =
            app.user_with_grant("fp@asec.my", Grant { role: Role::FocalPoint, scope: country("MY") }).await;
        let rep = |email: &'static str, entity: i64| {
            app.user_with_grant(
                email,
                Grant { role: Role::EntityRepresentative, scope: Scope::Entity(EntityId(entity)) },
            )
        };
        let (rep1, rep2) = (rep("rep@wanita.id", ids[0]).await, rep("rep@bina.id", ids[1]).await);
        let visitor = app.client();

        // Only management opens proposals.
        assert_eq!(fp_id.get("/governance/proposals/new").await.status(), StatusCode::FORBIDDEN);
        let closes = in_days(&app, 3);
        let base = [
            ("title", "Adopt the SSE Development Roadmap"),
            ("question", "Does the network adopt the roadmap?"),
            ("rule", "consensus"),
            ("subregion", "southeast-asia"),
            ("quorum", "2"),
            ("closes_at", closes.as_str()),
            ("public", "yes"),
            ("background", "**Why** now?\n\n<script>alert(1)</script>"),
            ("other_background_lang", "id"),
            ("other_background", "Mengapa *sekarang*?"),
        ];
        let with = |changes: &[(&'static str, &'static str)]| -> Vec<(&str, &str)> {
            base.iter()
                .map(|(k, v)| (*k, changes.iter().find(|(c, _)| c == k).map(|(_, v)| *v).unwrap_or(v)))
                .collect()
        };
        let r = open(&management, &with(&[("quorum", "10")])).await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.text().await.unwrap().contains("larger than the number of countries that decide"));
        let r = open(&management, &with(&[("closes_at", "2020-01-01T00:00")])).await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.text().await.unwrap().contains("must close after it opens"));
        assert!(governance::testing::proposal_count(&app.state.db).await == 0, "nothing half-saved");
        let r = open(&management, &base).await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
        let id = id_of(&location(&r));
        let page = format!("/governance/proposals/{id}");
        assert!(
            app.last_mail("fp@asec.my")
                .await
                .subject
                .contains("awaits your country's position: Adopt the SSE"),
            "the deciding countries' focal points are told"
        );
        let html = visitor.page(&page).await;
        assert!(
            html.contains("<strong>Why</strong> now?") && html.contains("&lt;script&gt;"),
            "markdown, made safe"
        );
        assert!(
            html.contains("<div lang=\"id\" class=\"translation\"><p>Mengapa <em>sekarang</em>?</p>"),
            "{}",
            &html[html.find("id=\"background\"").unwrap()..][..600]
        );
        let attach = |b: &Browser, bytes: &'static [u8]| {
            let (b, page) = (b.http.clone(), format!("{}{page}", management.base));
            async move {
                let html = b.get(&page).send().await.unwrap().text().await.unwrap();
                let form =
                    reqwest::multipart::Form::new().text("_csrf", crate::harness::csrf_in(&html)).part(
                        "file",
                        reqwest::multipart::Part::bytes(bytes).file_name("C:\\fakepath\\Roadmap 2027.pdf"),
                    );
                b.post(format!("{page}/attachments")).multipart(form).send().await.unwrap()
            }
        };
        assert_eq!(attach(&fp_id, b"%PDF-1.7 roadmap").await.status(), StatusCode::FORBIDDEN);
        let r = attach(&management, b"MZ not a document").await;
        assert!(management.page(&location(&r)).await.contains("Attach a PDF document"));
        assert_eq!(attach(&management, b"%PDF-1.7 roadmap").await.status(), StatusCode::SEE_OTHER);
        let html = visitor.page(&page).await;
        let start = html.find("href=\"/governance/attachments/").expect("the attachment is listed");
        let href = html[start + 6..].split('"').next().unwrap().to_string();
        assert!(html.contains(">Roadmap 2027.pdf</a>"));
        let r = visitor.get(&href).await;
        assert_eq!(r.headers()["content-type"], "application/pdf");
        assert_eq!(r.bytes().await.unwrap().as_ref(), b"%PDF-1.7 roadmap");

        // Members state their entity's stance, and only their own.
        assert_eq!(
            stance(&page, &rep1, ids[1], "agree", "").await.status(),
            StatusCode::FORBIDDEN,
            "not their entity"
        );
        assert_eq!(
            stance(&page, &fp_id, ids[0], "agree", "").await.status(),
            StatusCode::FORBIDDEN,
            "a focal point is not a member"
        );
        assert_eq!(
            stance(&page, &rep1, ids[0], "agree", "Good for women members").await.status(),
            StatusCode::SEE_OTHER
        );
        let r = stance(&page, &rep2, ids[1], "block", " ").await;
        let html = rep2.page(&location(&r)).await;
        assert!(html.contains("A block must give its reason."));
        assert_eq!(governance::testing::stance_count(&app.state.db, id).await, 1, "the block was not saved");
        assert_eq!(
            stance(&page, &rep2, ids[1], "disagree", "Too fast for farmers").await.status(),
            StatusCode::SEE_OTHER
        );

        // Indonesia's focal point sees both stances side by side and casts the position.
        let desk = fp_id.page(&page).await;
        assert!(desk.contains("Position of Indonesia"));
        for text in
            ["Koperasi Wanita Sejahtera", "Good for women members", "Bina Swadaya", "Too fast for farmers"]
        {
            assert!(desk.contains(text), "{text}");
        }
        assert!(!desk.contains("Position of Malaysia"));
        assert_eq!(
            position(&page, &fp_id, "MY", "agree", "").await.status(),
            StatusCode::FORBIDDEN,
            "another country"
        );
        assert_eq!(
            position(&page, &rep1, "ID", "agree", "").await.status(),
            StatusCode::FORBIDDEN,
            "a member"
        );
        assert_eq!(
            position(&page, &management, "ID", "agree", "").await.status(),
            StatusCode::FORBIDDEN,
            "management"
        );
        assert_eq!(
            position(&page, &fp_id, "ID", "disagree", "Farmers need time").await.status(),
            StatusCode::SEE_OTHER
        );
        assert_eq!(
            position(&page, &fp_id, "ID", "agree", "Consensus reached in our network").await.status(),
            StatusCode::SEE_OTHER
        );
        assert_eq!(position(&page, &fp_my, "MY", "agree", "").await.status(), StatusCode::SEE_OTHER);
        let open_page = visitor.page(&page).await;
        assert!(
            open_page.contains("Position taken") && !open_page.contains("Consensus reached in our network"),
            "published at closing"
        );

        // Management closes it; the rule counts the positions.
        assert_eq!(
            fp_id.submit(&page, &format!("{page}/close"), &[]).await.status(),
            StatusCode::FORBIDDEN,
            "only management closes early"
        );
        assert_eq!(
            management.submit(&page, &format!("{page}/close"), &[("confirm", "yes")]).await.status(),
            StatusCode::SEE_OTHER
        );
        let closed = visitor.page(&page).await;
        let when = app.now().format("%Y-%m-%d %H:%M").to_string();
        assert!(
            closed.contains(&format!("id=\"closed\">{when} UTC, early, by Granted Person<")),
            "who closed it early, and when"
        );
        assert!(
            closed.contains("data-phase=\"closed\"")
                && closed.contains("<strong id=\"outcome\">Passed</strong>")
        );
        assert!(closed.contains("Consensus reached in our network"), "positions and rationales published");
        assert!(closed.contains("Farmers need time"), "every change kept");
        assert!(
            closed
                .contains("2 of 9 countries took part: 2 agree, 0 abstain, 0 disagree, 0 block (quorum 2).")
        );
        let r = position(&page, &fp_id, "ID", "block", "Too late").await;
        assert_eq!(r.status(), StatusCode::CONFLICT, "a closed proposal takes no more positions");
        assert!(r.text().await.unwrap().contains("not open for positions"));
        let register = visitor.page("/governance/decisions").await;
        assert!(
            register.contains("Adopt the SSE Development Roadmap")
                && register.contains("data-outcome=\"passed\"")
        );

        // Follow-up actions: management's; overdue until done.
        let yesterday = (app.now() - chrono::Duration::days(1)).format("%Y-%m-%d").to_string();
        let decision = governance::testing::decision_of(&app.state.db, id).await.unwrap();
        let actions = format!("/governance/decisions/{decision}/actions");
        let fields = [
            ("description", "Translate the roadmap"),
            ("owner", "Secretariat"),
            ("due_on", yesterday.as_str()),
        ];
        assert_eq!(
            fp_id.submit("/governance/decisions", &actions, &fields).await.status(),
            StatusCode::FORBIDDEN
        );
        assert_eq!(
            management
                .submit(
                    "/governance/decisions",
                    &actions,
                    &[("description", "x"), ("owner", ""), ("due_on", "")]
                )
                .await
                .status(),
            StatusCode::UNPROCESSABLE_ENTITY
        );
        assert_eq!(
            management.submit("/governance/decisions", &actions, &fields).await.status(),
            StatusCode::SEE_OTHER
        );
        let register = visitor.page("/governance/decisions").await;
        assert!(register.contains("class=\"status-overdue\"") && register.contains("Translate the roadmap"));
        let action = governance::testing::action_ids(&app.state.db, decision).await[0];
        let done = format!("{actions}/{action}/done");
        assert_eq!(
            management.submit("/governance/decisions", &done, &[("confirm", "yes")]).await.status(),
            StatusCode::SEE_OTHER
        );
        let register = visitor.page("/governance/decisions").await;
        assert!(register.contains("class=\"status-done\""));
        let audit = app.audit_actions("proposal").await;
        for action in ["proposal.open", "proposal.stance", "proposal.position", "proposal.close"] {
            assert!(audit.contains(&action.to_string()), "{action} audited");
        }
    });
}

#[tokio::test]
async fn members_only_proposals_the_closing_job_and_reminders() {
    each_backend!(|app| {
        members(&app).await;
        let management = app
            .user_with_two_factor_grant(
                "chair@asec.test",
                Grant { role: Role::Management, scope: Scope::Network },
            )
            .await;
        let fp_id = app
            .user_with_grant(
                "fp@asec.id",
                Grant {
                    role: Role::FocalPoint,
                    scope: Scope::Country(kernel::CountryCode::parse("ID").unwrap()),
                },
            )
            .await;
        let closes = in_days(&app, 1);
        let r = open(
            &management,
            &[
                ("title", "Members-only budget"),
                ("question", "Approve the budget?"),
                ("rule", "two_thirds"),
                ("quorum", "3"),
                ("closes_at", closes.as_str()),
            ],
        )
        .await;
        let id = id_of(&location(&r));
        let visitor = app.client();
        assert_eq!(visitor.get(&format!("/governance/proposals/{id}")).await.status(), StatusCode::NOT_FOUND);
        assert!(!visitor.page("/governance/proposals").await.contains("Members-only budget"));
        assert!(fp_id.page("/governance/proposals").await.contains("Members-only budget"));
        // A block is offered only under consensus.
        let page = format!("/governance/proposals/{id}");
        let r = fp_id
            .submit(
                &page,
                &format!("{page}/position"),
                &[("country", "ID"), ("answer", "block"), ("rationale", "No")],
            )
            .await;
        let html = fp_id.page(&location(&r)).await;
        assert!(html.contains("Choose one of the answers offered."));

        // Closing within two days: focal points of all 18 countries that have not answered
        // are reminded, once.
        let before = app.mail_count("fp@asec.id").await;
        let (closed, reminded) = governance::run_closings(&app.state).await.unwrap();
        assert_eq!((closed, reminded), (0, 1), "one focal point exists");
        assert_eq!(app.mail_count("fp@asec.id").await, before + 1);
        assert!(app.last_mail("fp@asec.id").await.subject.contains("Members-only budget"));
        assert_eq!(governance::run_closings(&app.state).await.unwrap(), (0, 0), "reminded once");

        // Just before the closing time the job leaves it open; at the closing time it closes
        // it: nobody took part.
        app.clock.advance(chrono::Duration::days(1) - chrono::Duration::minutes(1));
        assert_eq!(governance::run_closings(&app.state).await.unwrap(), (0, 0), "still open");
        app.clock.advance(chrono::Duration::minutes(1));
        assert_eq!(governance::run_closings(&app.state).await.unwrap().0, 1);
        assert_eq!(governance::run_closings(&app.state).await.unwrap().0, 0, "closed once");
        let html = fp_id.page(&page).await;
        assert!(html.contains("Quorum not reached"));
        // Indonesia's focal point reads Jakarta time.
        let when = (app.now() + chrono::Duration::hours(7)).format("%Y-%m-%d %H:%M").to_string();
        assert!(
            html.contains(&format!("id=\"closed\">{when} UTC+7, at its closing time<")),
            "when it closed"
        );
        assert!(!visitor.page("/governance/decisions").await.contains("Members-only budget"), "not public");
        assert!(fp_id.page("/governance/decisions").await.contains("Members-only budget"));
    });
}

#[tokio::test]
async fn the_structure_page_is_built_from_role_grants() {
    each_backend!(|app| {
        let country = |c: &str| Scope::Country(kernel::CountryCode::parse(c).unwrap());
        let visitor = app.client();
        let before = visitor.page("/governance/structure").await;
        assert!(before.contains("<dt>Chair</dt><dd>Vacant</dd>"));
        app.signed_up("chair@asec.test", "Dr. Benjamin Quiñones").await;
        accounts::grant_role_from_cli(
            &app.state,
            "chair@asec.test",
            Grant { role: Role::Chair, scope: Scope::Network },
        )
        .await
        .unwrap()
        .unwrap();
        app.user_with_grant("fp@asec.th", Grant { role: Role::FocalPoint, scope: country("TH") }).await;
        let after = visitor.page("/governance/structure").await;
        assert!(after.contains("<dt>Chair</dt><dd>Dr. Benjamin Quiñones</dd>"));
        let thailand = &after[after.find("id=\"country-TH\"").unwrap()..];
        assert!(thailand[..thailand.find("</tr>").unwrap()].contains("Granted Person"));
        assert!(
            after.contains("Society for Asian Solidarity Economy (Malaysia)")
                && after.contains("ASSEFA (India)")
        );
        // A second chair is refused: the office has one holder.
        app.signed_up("second@asec.test", "Second").await;
        let second = accounts::grant_role_from_cli(
            &app.state,
            "second@asec.test",
            Grant { role: Role::Chair, scope: Scope::Network },
        )
        .await;
        assert!(matches!(second, Ok(Some(accounts::GrantOutcome::Full))), "{second:?}");
    });
}

#[tokio::test]
async fn an_assembly_is_planned_attended_minuted_and_its_decisions_registered() {
    each_backend!(|app| {
        let ids = members(&app).await;
        let belia = ids[2].to_string();
        let rep_belia = app
            .user_with_grant(
                "rep@belia.my",
                Grant { role: Role::EntityRepresentative, scope: Scope::Entity(EntityId(ids[2])) },
            )
            .await;
        let management = app
            .user_with_two_factor_grant(
                "chair@asec.test",
                Grant { role: Role::Management, scope: Scope::Network },
            )
            .await;
        let country = |c: &str| Scope::Country(kernel::CountryCode::parse(c).unwrap());
        let fp_id =
            app.user_with_grant("fp@asec.id", Grant { role: Role::FocalPoint, scope: country("ID") }).await;
        let fp_my =
            app.user_with_grant("fp@asec.my", Grant { role: Role::FocalPoint, scope: country("MY") }).await;
        let visitor = app.client();
        let closes = in_days(&app, 30);
        let r = open(
            &management,
            &[
                ("title", "Budget 2027"),
                ("question", "Approve?"),
                ("rule", "majority"),
                ("quorum", "1"),
                ("closes_at", &closes),
                ("public", "yes"),
            ],
        )
        .await;
        let proposal = id_of(&location(&r)).to_string();
        let (starts, ends) = (in_days(&app, 10), in_days(&app, 12));
        let plan = |changes: Vec<(&'static str, String)>| {
            let mut fields: Vec<(&'static str, String)> = vec![
                ("title", "Triennial assembly 2027".into()),
                ("kind", "assembly".into()),
                ("starts_at", starts.clone()),
                ("ends_at", ends.clone()),
                ("place", "Kuala Lumpur".into()),
                ("agenda", "Welcome\nReports of the sub-regions".into()),
                ("proposal", proposal.clone()),
                ("country", "ID".into()),
                ("entity", belia.clone()),
                ("public", "yes".into()),
            ];
            for (k, v) in changes {
                fields.retain(|(f, _)| *f != k);
                fields.push((k, v));
            }
            fields
        };
        let post = |fields: Vec<(&'static str, String)>| {
            let management = &management;
            async move {
                let borrowed: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
                management.submit("/governance/meetings/new", "/governance/meetings/new", &borrowed).await
            }
        };
        assert_eq!(fp_id.get("/governance/meetings/new").await.status(), StatusCode::FORBIDDEN);
        let r = post(plan(vec![("ends_at", in_days(&app, 9))])).await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.text().await.unwrap().contains("must end after it starts"));
        let r = post(plan(vec![("kind", "online".into())])).await;
        assert!(r.text().await.unwrap().contains("needs the link to join it"));
        assert!(governance::testing::meeting_count(&app.state.db).await == 0, "nothing half-saved");
        let r = post(plan(vec![])).await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
        let page = location(&r);
        let id = id_of(&page);
        assert_eq!(app.last_mail("fp@asec.id").await.subject, "Meeting: Triennial assembly 2027", "invited");
        assert!(!app.last_mail("fp@asec.my").await.subject.contains("Meeting:"), "Malaysia is not invited");
        assert_eq!(
            app.last_mail("rep@belia.my").await.subject,
            "Meeting: Triennial assembly 2027",
            "an invited member"
        );
        let html = visitor.page(&page).await;
        assert!(html.contains("Reports of the sub-regions"));
        assert!(
            html.contains(&format!("<a href=\"/governance/proposals/{proposal}\">Budget 2027</a>")),
            "agenda links the proposal"
        );

        // Registration: invited countries only.
        assert_eq!(
            fp_my.submit(&page, &format!("{page}/register"), &[]).await.status(),
            StatusCode::FORBIDDEN
        );
        assert_eq!(
            fp_id.submit(&page, &format!("{page}/register"), &[]).await.status(),
            StatusCode::SEE_OTHER
        );
        assert_eq!(
            rep_belia.submit(&page, &format!("{page}/register"), &[]).await.status(),
            StatusCode::SEE_OTHER,
            "an invited member organisation"
        );
        assert!(visitor.page(&page).await.contains("Indonesia, Koperasi Belia"), "who is invited");
        assert!(fp_id.page(&page).await.contains("You are registered."));
        let fp_user =
            accounts::person_by_email(&app.state.db, "fp@asec.id").await.unwrap().unwrap().id.0.to_string();
        let registration = format!("name=\"attended\" value=\"{fp_user}\"");
        assert!(management.page(&page).await.contains(&registration), "management sees the registrations");
        assert!(!fp_my.page(&page).await.contains(&registration), "others do not");
        let r =
            management.submit(&page, &format!("{page}/attendance"), &[("attended", fp_user.as_str())]).await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
        let registrations = governance::testing::registrations(&app.state.db, id).await;
        assert_eq!(registrations.len(), 2);
        for (user, attended) in registrations {
            assert_eq!(attended, user.to_string() == fp_user, "only the ticked attended");
        }
        assert_eq!(
            fp_id.submit(&page, &format!("{page}/attendance"), &[]).await.status(),
            StatusCode::FORBIDDEN
        );

        // Minutes: drafted, then approved by management; a draft is not public.
        assert_eq!(
            fp_id.submit(&page, &format!("{page}/minutes"), &[("minutes", "Our notes")]).await.status(),
            StatusCode::FORBIDDEN
        );
        assert_eq!(
            management.submit(&page, &format!("{page}/minutes/approve"), &[]).await.status(),
            StatusCode::CONFLICT,
            "no draft yet"
        );
        let r = management
            .submit(&page, &format!("{page}/minutes"), &[("minutes", "The assembly opened at nine.")])
            .await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
        assert!(!visitor.page(&page).await.contains("The assembly opened at nine."), "a draft stays private");
        assert_eq!(
            fp_id.submit(&page, &format!("{page}/minutes/approve"), &[]).await.status(),
            StatusCode::FORBIDDEN
        );
        assert_eq!(
            management
                .submit(&page, &format!("{page}/minutes/approve"), &[("confirm", "yes")])
                .await
                .status(),
            StatusCode::SEE_OTHER
        );
        assert!(visitor.page(&page).await.contains("The assembly opened at nine."));
        let r = management.submit(&page, &format!("{page}/minutes"), &[("minutes", "Changed later")]).await;
        assert_eq!(r.status(), StatusCode::CONFLICT, "approved minutes no longer change");

        // A decision taken in the meeting joins the register, linked to the meeting.
        let fields = [
            ("title", "Host the next assembly in Manila"),
            ("rule", "consensus"),
            ("outcome", "passed"),
            ("summary", "By acclamation."),
            ("confirm", "yes"),
        ];
        assert_eq!(
            fp_id.submit(&page, &format!("{page}/decisions"), &fields).await.status(),
            StatusCode::FORBIDDEN
        );
        assert_eq!(
            management.submit(&page, &format!("{page}/decisions"), &fields).await.status(),
            StatusCode::SEE_OTHER
        );
        let register = visitor.page("/governance/decisions").await;
        assert!(register.contains(&format!(
            "<a href=\"/governance/meetings/{id}\">Host the next assembly in Manila</a>"
        )));

        // iCalendar: the meeting, and the feed of public meetings.
        let r = visitor.get(&format!("{page}/calendar.ics")).await;
        assert_eq!(r.headers()["content-type"], "text/calendar; charset=utf-8");
        let ics = r.text().await.unwrap();
        assert!(
            ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.contains("SUMMARY:Triennial assembly 2027\r\n")
        );
        assert!(ics.contains("LOCATION:Kuala Lumpur\r\n") && ics.contains(&format!("UID:meeting-{id}@")));
        let feed = visitor.get("/governance/calendar.ics").await.text().await.unwrap();
        assert_eq!(feed.matches("BEGIN:VEVENT").count(), 1);
        let audit = app.audit_actions("meeting").await;
        for action in [
            "meeting.plan",
            "meeting.register",
            "meeting.attendance",
            "meeting.minutes_draft",
            "meeting.minutes_approve",
            "meeting.decision",
        ] {
            assert!(audit.contains(&action.to_string()), "{action} audited");
        }
    });
}

#[tokio::test]
async fn countries_choose_between_options_by_majority() {
    each_backend!(|app| {
        let management = app
            .user_with_two_factor_grant(
                "chair@asec.test",
                Grant { role: Role::Management, scope: Scope::Network },
            )
            .await;
        let country = |c: &str| Scope::Country(kernel::CountryCode::parse(c).unwrap());
        let fp_id =
            app.user_with_grant("fp@asec.id", Grant { role: Role::FocalPoint, scope: country("ID") }).await;
        let fp_my =
            app.user_with_grant("fp@asec.my", Grant { role: Role::FocalPoint, scope: country("MY") }).await;
        let fp_ph =
            app.user_with_grant("fp@asec.ph", Grant { role: Role::FocalPoint, scope: country("PH") }).await;
        let closes = in_days(&app, 7);
        let fields = |rule: &'static str| {
            vec![
                ("title", "Host of the 2027 assembly"),
                ("question", "Where do we meet?"),
                ("options", "Manila\nJakarta\nBangkok"),
                ("rule", rule),
                ("subregion", "southeast-asia"),
                ("quorum", "3"),
                ("closes_at", closes.as_str()),
                ("public", "yes"),
            ]
        };
        let r = open(&management, &fields("consensus")).await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.text().await.unwrap().contains("Options are chosen by a vote"));
        let r = open(&management, &fields("majority")).await;
        let page = location(&r);
        let html = fp_id.page(&page).await;
        assert!(html.contains("<li>Jakarta</li>") && html.contains("value=\"option-2\""));
        assert!(!html.contains("value=\"agree\""), "options replace the classic answers");
        let r = position(&page, &fp_id, "ID", "agree", "").await;
        assert!(fp_id.page(&location(&r)).await.contains("Choose one of the answers offered."));
        position(&page, &fp_id, "ID", "option-2", "Close to our members").await;
        position(&page, &fp_my, "MY", "option-2", "").await;
        position(&page, &fp_ph, "PH", "option-1", "").await;
        management.submit(&page, &format!("{page}/close"), &[("confirm", "yes")]).await;
        let closed = app.client().page(&page).await;
        assert!(closed.contains("<strong id=\"outcome\">Passed</strong>"));
        assert!(closed.contains("3 of 9 countries took part: Manila 1, Jakarta 2, Bangkok 0, abstain 0 (quorum 3). Chosen: Jakarta."));
        assert!(closed.contains("Close to our members"));
    });
}

#[tokio::test]
async fn sub_regions_open_proposals_only_when_management_allows() {
    each_backend!(|app| {
        let management = app
            .user_with_two_factor_grant(
                "chair@asec.test",
                Grant { role: Role::Management, scope: Scope::Network },
            )
            .await;
        let south_asia = Scope::Subregion(kernel::SubregionCode("south-asia".into()));
        let coordinator = app
            .user_with_grant("assefa@asec.in", Grant { role: Role::SubregionCoordinator, scope: south_asia })
            .await;
        let fp_id = app
            .user_with_grant(
                "fp@asec.id",
                Grant {
                    role: Role::FocalPoint,
                    scope: Scope::Country(kernel::CountryCode::parse("ID").unwrap()),
                },
            )
            .await;
        let closes = in_days(&app, 7);
        let fields = |subregion: &'static str| {
            vec![
                ("title", "South Asian solidarity fund"),
                ("question", "Do we start it?"),
                ("rule", "majority"),
                ("subregion", subregion),
                ("quorum", "1"),
                ("closes_at", closes.as_str()),
            ]
        };
        assert_eq!(
            coordinator.get("/governance/proposals/new").await.status(),
            StatusCode::FORBIDDEN,
            "not allowed yet"
        );
        assert_eq!(coordinator.get("/governance/settings").await.status(), StatusCode::FORBIDDEN);
        let r =
            management.submit("/governance/settings", "/governance/settings", &[("delegation", "yes")]).await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
        let form = coordinator.page("/governance/proposals/new").await;
        assert!(
            form.contains("value=\"south-asia\"") && !form.contains("value=\"east-asia\""),
            "their sub-region only"
        );
        let r = coordinator
            .submit("/governance/proposals/new", "/governance/proposals/new", &fields("east-asia"))
            .await;
        assert_eq!(r.status(), StatusCode::FORBIDDEN, "another sub-region");
        let r =
            coordinator.submit("/governance/proposals/new", "/governance/proposals/new", &fields("")).await;
        assert_eq!(r.status(), StatusCode::FORBIDDEN, "the whole network");
        let r = coordinator
            .submit("/governance/proposals/new", "/governance/proposals/new", &fields("south-asia"))
            .await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
        let r = fp_id
            .submit("/governance/proposals/new", "/governance/proposals/new", &fields("southeast-asia"))
            .await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER, "a country network for its sub-region");
        let r = fp_id
            .submit("/governance/proposals/new", "/governance/proposals/new", &fields("south-asia"))
            .await;
        assert_eq!(r.status(), StatusCode::FORBIDDEN);
        management.submit("/governance/settings", "/governance/settings", &[]).await;
        assert_eq!(
            coordinator.get("/governance/proposals/new").await.status(),
            StatusCode::FORBIDDEN,
            "withdrawn"
        );
    });
}

#[tokio::test]
async fn the_demo_network_has_projects_decisions_and_a_meeting() {
    each_backend!(|app| {
        assert_eq!(asec::load_demo(&app.state).await.unwrap(), 40);
        let visitor = app.client();
        let proposals = visitor.page("/governance/proposals").await;
        assert!(proposals.contains("Join the ASEAN People"));
        let register = visitor.page("/governance/decisions").await;
        assert!(
            register.contains("Hold a Southeast Asian youth SSE camp in 2027")
                && register.contains("data-outcome=\"passed\"")
        );
        let meetings = visitor.page("/governance/meetings").await;
        assert!(meetings.contains("Southeast Asia network call"));
        // Two projects for each active member, counted and listed.
        let members = result_count(&visitor.page("/directory").await);
        let members: usize = members.strip_suffix(" organisations").expect(&members).parse().unwrap();
        assert!(members > 1, "{members} active members");
        let projects = visitor.page("/directory/projects").await;
        assert_eq!(result_count(&projects), format!("{} projects", 2 * members));
        assert_eq!(projects.matches("<h2><a href=\"/directory/projects/").count(), (2 * members).min(24));
        assert_eq!(asec::load_demo(&app.state).await.unwrap(), 0, "loading twice adds nothing");
    });
}

/// What a directory page says it found ("26 organisations", "3 projects").
fn result_count(html: &str) -> String {
    let marker = "<p id=\"result-count\" role=\"status\">";
    let start = html.find(marker).unwrap_or_else(|| panic!("no result count in:\n{html}")) + marker.len();
    html[start..].split(['<', '·']).next().unwrap().trim().to_string()
}

/// What a person's home lists, one line each (text -> link).
async fn home_lines(b: &Browser) -> Vec<String> {
    let html = b.page("/me").await;
    let Some(list) = html.split("id=\"waiting\"").nth(1) else { return Vec::new() };
    list.split("</ul>")
        .next()
        .unwrap()
        .split("<a href=\"")
        .skip(1)
        .map(|item| {
            let (href, rest) = item.split_once("\">").unwrap();
            format!("{} -> {href}", rest.split("</a>").next().unwrap())
        })
        .collect()
}

#[tokio::test]
async fn focal_points_and_representatives_find_the_proposals_that_wait_for_them() {
    each_backend!(|app| {
        let ids = members(&app).await;
        let management = app
            .user_with_two_factor_grant(
                "chair@asec.test",
                Grant { role: Role::Management, scope: Scope::Network },
            )
            .await;
        let country = |c: &str| Scope::Country(kernel::CountryCode::parse(c).unwrap());
        let fp_id =
            app.user_with_grant("fp@asec.id", Grant { role: Role::FocalPoint, scope: country("ID") }).await;
        let fp_in =
            app.user_with_grant("fp@asec.in", Grant { role: Role::FocalPoint, scope: country("IN") }).await;
        let rep = app
            .user_with_grant(
                "rep@wanita.id",
                Grant { role: Role::EntityRepresentative, scope: Scope::Entity(EntityId(ids[0])) },
            )
            .await;
        let closes = in_days(&app, 3);
        let r = open(
            &management,
            &[
                ("title", "Adopt the SSE Development Roadmap"),
                ("question", "Does the network adopt the roadmap?"),
                ("rule", "consensus"),
                ("subregion", "southeast-asia"),
                ("quorum", "1"),
                ("closes_at", closes.as_str()),
                ("public", "yes"),
                ("background", "Why now."),
            ],
        )
        .await;
        let page = format!("/governance/proposals/{}", id_of(&location(&r)));
        assert!(home_lines(&fp_id).await.contains(
            &"1 open proposal without your country&#39;s position -> /governance/proposals".to_string()
        ));
        assert!(fp_id.page("/me").await.contains("Due "), "with when it closes");
        assert!(
            !home_lines(&fp_in).await.iter().any(|l| l.contains("position")),
            "India does not decide a Southeast Asian proposal"
        );
        assert!(
            home_lines(&rep).await.contains(
                &"1 open proposal without a stance from Koperasi Wanita Sejahtera -> /governance/proposals"
                    .to_string()
            )
        );

        assert_eq!(stance(&page, &rep, ids[0], "agree", "Good.").await.status(), StatusCode::SEE_OTHER);
        assert!(!home_lines(&rep).await.iter().any(|l| l.contains("without a stance")));
        assert_eq!(
            position(&page, &fp_id, "ID", "agree", "All agree.").await.status(),
            StatusCode::SEE_OTHER
        );
        assert!(!home_lines(&fp_id).await.iter().any(|l| l.contains("position")));

        // Representatives are told when a proposal opens for their country, and everyone
        // asked is told how it ended.
        assert_eq!(
            app.last_mail("rep@wanita.id").await.subject,
            "A proposal awaits your organisation's stance: Adopt the SSE Development Roadmap"
        );
        assert_eq!(
            management.submit(&page, &format!("{page}/close"), &[("confirm", "yes")]).await.status(),
            StatusCode::SEE_OTHER
        );
        for person in ["rep@wanita.id", "fp@asec.id"] {
            assert_eq!(
                app.last_mail(person).await.subject,
                "Decided: Adopt the SSE Development Roadmap — Passed",
                "{person}"
            );
        }
        assert!(!app.last_mail("fp@asec.in").await.subject.contains("Decided"), "India was not asked");
    });
}

/// The hidden fields of a confirmation page's form, as its Confirm button sends them.
fn confirmation_fields(html: &str) -> Vec<(String, String)> {
    let form = &html[html.find("id=\"confirm\"").expect("a confirmation page")..];
    let form = &form[..form.find("</form>").unwrap()];
    form.split("<input type=\"hidden\" name=\"")
        .skip(1)
        .map(|rest| {
            let (name, rest) = rest.split_once("\" value=\"").unwrap();
            let value = rest.split('"').next().unwrap();
            (name.to_string(), unescape(value))
        })
        .collect()
}

/// Text as HTML escapes it, read back.
fn unescape(html: &str) -> String {
    html.replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replace("&#34;", "\"")
        .replace("&#38;", "&")
        .replace("&amp;", "&")
}

/// Presses the Confirm button of a confirmation page.
async fn press_confirm(b: &Browser, action: &str, html: &str) -> reqwest::Response {
    let fields = confirmation_fields(html);
    let borrowed: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    b.post_raw(action, &borrowed).await
}

/// An online meeting planned by `management` a few days ahead; its page.
async fn plan_meeting(app: &TestApp, management: &Browser, title: &str) -> String {
    let (starts, ends) = (in_days(app, 5), in_days(app, 6));
    let r = management
        .submit(
            "/governance/meetings/new",
            "/governance/meetings/new",
            &[
                ("title", title),
                ("kind", "online"),
                ("starts_at", &starts),
                ("ends_at", &ends),
                ("link", "https://meet.example.org/asec"),
                ("public", "yes"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER, "meeting planned");
    location(&r)
}

#[tokio::test]
async fn irreversible_steps_ask_for_confirmation_first() {
    each_backend!(|app| {
        let management = app
            .user_with_two_factor_grant(
                "chair@asec.test",
                Grant { role: Role::Management, scope: Scope::Network },
            )
            .await;
        let visitor = app.client();
        let closes = in_days(&app, 3);
        let r = open(
            &management,
            &[
                ("title", "Adopt the charter"),
                ("question", "Do we adopt it?"),
                ("rule", "majority"),
                ("quorum", "1"),
                ("closes_at", &closes),
                ("public", "yes"),
            ],
        )
        .await;
        let page = location(&r);
        let close = format!("{page}/close");

        // Closing early: the first POST asks, and changes nothing.
        let audited = app.audit_actions("proposal").await;
        let r = management.submit(&page, &close, &[]).await;
        assert_eq!(r.status(), StatusCode::OK);
        let html = r.text().await.unwrap();
        assert!(html.contains("<h1>Close this proposal now and count the positions?</h1>"), "{html}");
        assert!(
            html.contains("This cannot be undone.") && html.contains("<strong>Adopt the charter</strong>")
        );
        assert!(html.contains(&format!("<form method=\"post\" action=\"{close}\">")));
        assert!(html.contains("name=\"_csrf\"") && html.contains("name=\"confirm\" value=\"yes\""));
        assert!(html.contains(&format!("<a href=\"{page}\" id=\"confirm-cancel\">Cancel</a>")));
        assert_eq!(app.audit_actions("proposal").await, audited, "nothing audited");
        assert!(visitor.page(&page).await.contains("data-phase=\"open\""), "still open");
        let r = management.submit(&page, &close, &[("confirm", "no")]).await;
        assert_eq!(r.status(), StatusCode::OK, "only yes confirms");
        assert_eq!(app.audit_actions("proposal").await, audited);
        assert_eq!(press_confirm(&management, &close, &html).await.status(), StatusCode::SEE_OTHER);
        assert!(visitor.page(&page).await.contains("data-phase=\"closed\""));
        assert_eq!(app.audit_actions("proposal").await.len(), audited.len() + 1);

        // Approving the minutes.
        let meeting = plan_meeting(&app, &management, "Council call").await;
        let r = management
            .submit(&meeting, &format!("{meeting}/minutes"), &[("minutes", "We met and agreed.")])
            .await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
        let approve = format!("{meeting}/minutes/approve");
        let audited = app.audit_actions("meeting").await;
        let r = management.submit(&meeting, &approve, &[]).await;
        assert_eq!(r.status(), StatusCode::OK);
        let html = r.text().await.unwrap();
        assert!(html.contains("Approve these minutes?") && html.contains("This cannot be undone."));
        assert_eq!(app.audit_actions("meeting").await, audited, "nothing audited");
        assert!(!visitor.page(&meeting).await.contains("We met and agreed."), "still a draft");
        assert_eq!(press_confirm(&management, &approve, &html).await.status(), StatusCode::SEE_OTHER);
        assert!(visitor.page(&meeting).await.contains("We met and agreed."), "approved");

        // Recording a meeting's decision: checked first, then asked, carrying what was typed.
        let decisions = format!("{meeting}/decisions");
        let r = management.submit(&meeting, &decisions, &[("title", " "), ("rule", "majority")]).await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY, "bad input is refused before asking");
        let fields = [
            ("title", "Meet again in March"),
            ("rule", "consensus"),
            ("outcome", "passed"),
            ("summary", "Everyone's \"yes\" & more."),
        ];
        let r = management.submit(&meeting, &decisions, &fields).await;
        assert_eq!(r.status(), StatusCode::OK);
        let html = r.text().await.unwrap();
        assert!(html.contains("Record this decision in the register?"));
        assert_eq!(app.audit_actions("meeting").await.len(), audited.len() + 1, "only the approval");
        assert!(!visitor.page("/governance/decisions").await.contains("Meet again in March"));
        assert_eq!(press_confirm(&management, &decisions, &html).await.status(), StatusCode::SEE_OTHER);
        let register = visitor.page("/governance/decisions").await;
        assert!(register.contains("Meet again in March"));
        assert!(unescape(&register).contains("Everyone's \"yes\" & more."), "the summary as typed");

        // Marking a follow-up action done.
        let decision = governance::testing::decision_of(&app.state.db, id_of(&page)).await.unwrap();
        let actions = format!("/governance/decisions/{decision}/actions");
        let r = management
            .submit(
                "/governance/decisions",
                &actions,
                &[("description", "Publish the charter"), ("owner", "Secretariat"), ("due_on", "2030-01-01")],
            )
            .await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
        let action = governance::testing::action_ids(&app.state.db, decision).await[0];
        let done = format!("{actions}/{action}/done");
        let audited = app.audit_actions("decision").await;
        let r = management.submit("/governance/decisions", &done, &[]).await;
        assert_eq!(r.status(), StatusCode::OK);
        let html = r.text().await.unwrap();
        assert!(html.contains("Mark this follow-up action done?") && html.contains("Publish the charter"));
        assert_eq!(app.audit_actions("decision").await, audited);
        assert!(!visitor.page("/governance/decisions").await.contains("class=\"status-done\""));
        assert_eq!(press_confirm(&management, &done, &html).await.status(), StatusCode::SEE_OTHER);
        assert!(visitor.page("/governance/decisions").await.contains("class=\"status-done\""));
        assert_eq!(app.audit_actions("decision").await.len(), audited.len() + 1);
    });
}

#[tokio::test]
async fn outcomes_and_countries_read_in_the_readers_language() {
    each_backend!(|app| {
        let management = app
            .user_with_two_factor_grant(
                "chair@asec.test",
                Grant { role: Role::Management, scope: Scope::Network },
            )
            .await;
        let country = |c: &str| Scope::Country(kernel::CountryCode::parse(c).unwrap());
        let fp_id =
            app.user_with_grant("fp@asec.id", Grant { role: Role::FocalPoint, scope: country("ID") }).await;
        let fp_my =
            app.user_with_grant("fp@asec.my", Grant { role: Role::FocalPoint, scope: country("MY") }).await;
        let r = fp_id.submit("/account", "/account", &[("display_name", "Dewi"), ("lang", "id")]).await;
        assert_eq!(location(&r), "/account");
        let closes = in_days(&app, 3);
        let r = open(
            &management,
            &[
                ("title", "Adopt the SSE Development Roadmap"),
                ("question", "Does the network adopt the roadmap?"),
                ("rule", "consensus"),
                ("subregion", "southeast-asia"),
                ("quorum", "2"),
                ("closes_at", &closes),
                ("public", "yes"),
            ],
        )
        .await;
        let page = location(&r);
        position(&page, &fp_id, "ID", "agree", "").await;
        position(&page, &fp_my, "MY", "abstain", "").await;
        let r = management.submit(&page, &format!("{page}/close"), &[("confirm", "yes")]).await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER);

        let indonesian =
            "2 dari 9 negara ikut serta: 1 setuju, 1 abstain, 0 tidak setuju, 0 memblokir (kuorum 2).";
        let english = "2 of 9 countries took part: 1 agree, 1 abstain, 0 disagree, 0 block (quorum 2).";
        let html = fp_id.page(&page).await;
        assert!(html.contains("<html lang=\"id\">") && html.contains(indonesian), "the proposal page");
        assert!(!html.contains(english));
        let register = fp_id.page("/governance/decisions").await;
        assert!(register.contains(indonesian) && !register.contains(english), "the register");
        let visitor = app.client();
        assert!(visitor.page(&page).await.contains(english));
        assert!(visitor.page("/governance/decisions").await.contains(english));

        // The closing email, in each recipient's language.
        let mail = app.last_mail("fp@asec.id").await;
        assert_eq!(mail.subject, "Diputuskan: Adopt the SSE Development Roadmap — Diterima");
        assert!(mail.body_text.contains(indonesian), "{}", mail.body_text);
        assert!(mail.body_text.contains("telah ditutup"));
        let mail = app.last_mail("fp@asec.my").await;
        assert!(mail.body_text.contains(english), "{}", mail.body_text);

        // A decision recorded before counts were kept reads as it was written.
        let legacy = "3 of 9 countries took part: 3 agree, 0 abstain, 0 disagree, 0 block (quorum 3).";
        governance::testing::insert_legacy_decision(&app.state.db, "An older decision", legacy, "2025-06-01")
            .await;
        assert!(fp_id.page("/governance/decisions").await.contains(legacy));

        // Countries by their names in the reader's language, in its order.
        let positions = |html: &str| {
            let table = &html[html.find("id=\"countries\"").unwrap()..];
            table[..table.find("</table>").unwrap()].to_string()
        };
        let id_table = positions(&html);
        assert!(id_table.contains("<td>Filipina</td>") && !id_table.contains("<td>PH</td>"));
        assert!(id_table.find("Filipina").unwrap() < id_table.find("Indonesia").unwrap(), "by name");
        let en_table = positions(&visitor.page(&page).await);
        assert!(en_table.find("Indonesia").unwrap() < en_table.find("Philippines").unwrap());
        let r = management.submit("/account", "/account", &[("display_name", "Chair"), ("lang", "id")]).await;
        assert_eq!(location(&r), "/account");
        let form = management.page("/governance/meetings/new").await;
        assert!(form.contains("value=\"PH\"> Filipina</label>"), "the meeting's invitation picker");
        assert!(form.find("> Filipina<").unwrap() < form.find("> Indonesia<").unwrap());

        // The register's download, in the reader's language.
        let r = fp_id.get("/governance/decisions.csv").await;
        assert_eq!(r.status(), StatusCode::OK);
        assert_eq!(r.headers()["content-type"], "text/csv; charset=utf-8");
        let csv = r.text().await.unwrap();
        let mut lines = csv.lines();
        assert_eq!(
            lines.next().unwrap(),
            "\u{feff}Tanggal,Judul,Diputuskan oleh,Diputuskan oleh (kode),Aturan pengambilan keputusan,\
             Aturan pengambilan keputusan (kode),Hasil,Hasil (kode),Ringkasan,Tautan,Dicatat (UTC)"
        );
        let row = lines.find(|l| l.contains("Adopt the SSE")).expect("the decision's row");
        assert!(row.contains(",Asia Tenggara,southeast-asia,Konsensus,consensus,Diterima,passed,"), "{row}");
        assert!(row.contains(indonesian) && row.contains(&format!("/governance/proposals/{}", id_of(&page))));
        let recorded = app.now().format("%Y-%m-%dT%H:%M:%SZ").to_string();
        assert!(row.ends_with(&recorded), "to the second: {row}");
    });
}

#[tokio::test]
async fn the_register_is_searched_filtered_and_downloaded() {
    each_backend!(|app| {
        use chrono::Datelike;
        let management = app
            .user_with_two_factor_grant(
                "chair@asec.test",
                Grant { role: Role::Management, scope: Scope::Network },
            )
            .await;
        // A member of the network reads members-only decisions too.
        let member = app
            .user_with_grant(
                "fp@asec.id",
                Grant {
                    role: Role::FocalPoint,
                    scope: Scope::Country(kernel::CountryCode::parse("ID").unwrap()),
                },
            )
            .await;
        let visitor = app.client();
        let db = &app.state.db;
        let (this_year, last_year) = (app.now().year(), app.now().year() - 1);
        governance::testing::insert_legacy_decision(
            db,
            "Charter of the สหกรณ์ network",
            "Adopted.",
            &format!("{last_year}-03-01"),
        )
        .await;
        governance::testing::insert_legacy_decision(db, "Budget", "Adopted.", &format!("{last_year}-11-01"))
            .await;
        let closes = in_days(&app, 3);
        let proposal = |title: &'static str, public: bool| {
            let closes = closes.clone();
            let management = &management;
            async move {
                let mut fields = vec![
                    ("title", title),
                    ("question", "Do we?"),
                    ("rule", "majority"),
                    ("subregion", "southeast-asia"),
                    ("quorum", "1"),
                    ("closes_at", closes.as_str()),
                ];
                if public {
                    fields.push(("public", "yes"));
                }
                let r = open(management, &fields).await;
                assert_eq!(r.status(), StatusCode::SEE_OTHER, "{title} opened");
                let page = location(&r);
                management.submit(&page, &format!("{page}/close"), &[("confirm", "yes")]).await;
            }
        };
        proposal("Youth camp", true).await;
        proposal("Members-only budget", false).await;
        let meeting = plan_meeting(&app, &management, "Assembly").await;
        let fields = [
            ("title", "Host the assembly in Manila"),
            ("rule", "majority"),
            ("outcome", "rejected"),
            ("summary", "Too costly."),
            ("confirm", "yes"),
        ];
        management.submit(&meeting, &format!("{meeting}/decisions"), &fields).await;

        let titles = |html: &str| -> Vec<String> {
            html.split("<section class=\"card decision\"")
                .skip(1)
                .map(|s| {
                    let h2 = &s[s.find("<h2>").unwrap() + 4..s.find("</h2>").unwrap()];
                    h2.rsplit_once("\">").map_or(h2, |(_, t)| t).trim_end_matches("</a>").to_string()
                })
                .collect()
        };
        let all = titles(&member.page("/governance/decisions").await);
        assert_eq!(all.len(), 5, "{all:?}");
        assert_eq!(titles(&visitor.page("/governance/decisions").await).len(), 4, "members only hidden");
        for (query, expected) in [
            (
                "q=%E0%B8%AA%E0%B8%AB%E0%B8%81%E0%B8%A3%E0%B8%93%E0%B9%8C",
                vec!["Charter of the สหกรณ์ network"],
            ),
            ("q=BUDGET", vec!["Members-only budget", "Budget"]),
            ("q=Manila", vec!["Host the assembly in Manila"]),
            ("q=too%20costly", vec!["Host the assembly in Manila"]),
            (&format!("year={last_year}"), vec!["Budget", "Charter of the สหกรณ์ network"]),
            (&format!("q=budget&year={this_year}"), vec!["Members-only budget"]),
            ("body=meeting", vec!["Host the assembly in Manila"]),
            ("body=southeast-asia&outcome=no_quorum", vec!["Members-only budget", "Youth camp"]),
            ("body=south-asia", vec![]),
            ("outcome=rejected", vec!["Host the assembly in Manila"]),
        ] {
            let html = member.page(&format!("/governance/decisions?{query}")).await;
            assert_eq!(titles(&html), expected, "{query}");
        }

        // The form keeps what filters, and the download link carries the same query.
        let html =
            member.page(&format!("/governance/decisions?q=budget&year={last_year}&outcome=passed")).await;
        assert!(html.contains("id=\"f-q\" name=\"q\" type=\"search\" value=\"budget\""));
        assert!(html.contains(&format!("<option value=\"{last_year}\" selected>{last_year}</option>")));
        assert!(html.contains("<option value=\"passed\" selected>Passed</option>"));
        assert!(html.contains("<p id=\"result-count\" role=\"status\">1 decision"));
        let href = format!("/governance/decisions.csv?q=budget&year={last_year}&outcome=passed");
        assert!(unescape(&html).contains(&format!("href=\"{href}\"")), "{html}");
        let csv = member.get(&href).await.text().await.unwrap();
        assert_eq!(csv.lines().count(), 2, "{csv}");
        assert!(csv.lines().nth(1).unwrap().starts_with(&format!("{last_year}-11-01,Budget,")));
        assert!(csv.starts_with("\u{feff}Date,Title,Decided by,Decided by (code),Decision rule,"));
        let public = visitor.get("/governance/decisions.csv").await.text().await.unwrap();
        assert_eq!(public.lines().count(), 5, "a visitor downloads the public decisions");
        assert!(!public.contains("Members-only budget"));

        // Filters that do not parse: a message beside the field, never a server error.
        for (query, message) in [
            ("year=last", "Choose a year from the list (2000 to 2100)."),
            ("year=1999", "Choose a year from the list (2000 to 2100)."),
            ("body=atlantis", "Choose who decided from the list."),
            ("outcome=won", "Choose the outcome."),
        ] {
            let (status, html) = member.get_text(&format!("/governance/decisions?{query}")).await;
            assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{query}");
            let field = query.split('=').next().unwrap();
            assert!(
                html.contains(&format!("<p class=\"field-error\" id=\"f-{field}-error\">{message}</p>")),
                "{query}"
            );
            assert!(titles(&html).is_empty());
            let (status, text) = member.get_text(&format!("/governance/decisions.csv?{query}")).await;
            assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{query}");
            assert!(text.contains(message), "{query}");
        }
    });
}

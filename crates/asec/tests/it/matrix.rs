//! The route × role matrix: every route the app registers (read from the router itself, not
//! from a list), asked by every kind of person, must answer what `route_matrix.txt` beside this
//! file says. A route without a row there fails the test, and so does a row without a route:
//! whoever adds a route decides, in that table, who may reach it.
//!
//! The people: a visitor; a signed-in person with no role; the representative of another
//! member; the focal point of another country; the coordinator of another sub-region;
//! management without the second factor, and with it; the treasurer; an administrator. The
//! objects in the paths belong to Indonesia (Southeast Asia) in the demo network, so "another"
//! is India and South Asia. Each POST carries a valid CSRF token and no other field.
//!
//! A cell is the status, or `L` for a redirect to the sign-in page, or `2FA` for a refusal that
//! asks for the second factor.

use crate::harness::{Browser, TestApp, csrf_in};
use kernel::{CountryCode, EntityId, Grant, Role, Scope, SubregionCode};
use std::collections::{BTreeMap, HashMap};

const ROLES: [&str; 9] =
    ["visitor", "signed", "rep", "focal", "coord", "mgmt-1f", "mgmt", "treasurer", "admin"];

/// (method, path pattern) of every route of the router, from its `Debug` form: axum lists no
/// routes, but prints each path with the method router registered for it.
pub(crate) fn routes_of(router: &axum::Router) -> Vec<(String, String)> {
    let debug = format!("{router:?}");
    // The fallback router follows the routes; only the routes count.
    let main = debug.split("fallback_router:").next().unwrap();
    let (endpoints, node) = main.split_once("node: Node { paths: {").expect("axum's router prints its paths");
    let paths: HashMap<&str, &str> = node
        .split("RouteId(")
        .skip(1)
        .map(|piece| {
            let (id, rest) = piece.split_once("): \"").expect("a path");
            (id, rest.split('"').next().unwrap())
        })
        .collect();
    let mut routes = Vec::new();
    for piece in endpoints.split("RouteId(").skip(1) {
        let (id, rest) = piece.split_once("): ").unwrap();
        assert!(rest.starts_with("MethodRouter("), "an endpoint that is not a method router: {rest:.80}");
        let path = paths.get(id).unwrap_or_else(|| panic!("route {id} without a path"));
        for method in ["get", "post", "put", "patch", "delete"] {
            let registered =
                rest.split(&format!(" {method}: ")).nth(1).is_some_and(|r| !r.starts_with("None"));
            if registered {
                routes.push((method.to_uppercase(), path.to_string()));
            }
        }
    }
    routes.sort();
    assert!(routes.len() > 100, "the router's routes were read: {routes:?}");
    assert!(
        routes.contains(&("POST".into(), "/login".into()))
            && routes.contains(&("GET".into(), "/login".into()))
    );
    routes
}

/// The objects the paths name.
pub(crate) struct Objects {
    entity: i64,
    application: i64,
    project: i64,
    /// A project of another member, for the routes that delete.
    spare_project: i64,
    user: i64,
    /// An active member in India.
    other_entity: i64,
}

impl Objects {
    /// The objects on the demo network: an active member in Indonesia with a project, an
    /// application there, a project in Thailand, a member in India, an account of nobody's.
    pub(crate) async fn on_the_demo_network(app: &TestApp) -> Objects {
        let json = |path: String| async move {
            reqwest::get(path).await.unwrap().json::<serde_json::Value>().await.unwrap()
        };
        let entity = json(format!("{}/api/v1/entities?country=ID", app.url)).await[0]["id"]
            .as_i64()
            .expect("an active member in Indonesia");
        let project = json(format!("{}/api/v1/projects?country=ID", app.url)).await[0]["id"]
            .as_i64()
            .expect("a project there");
        let spare_project = json(format!("{}/api/v1/projects?country=TH", app.url)).await[0]["id"]
            .as_i64()
            .expect("a project in Thailand");
        let mut application = None;
        let mut other_entity = None;
        for id in 1..200 {
            match membership::testing::entity_status_and_country(&app.state.db, id).await {
                Some((status, c))
                    if c == "ID" && status == "awaiting_endorsement" && application.is_none() =>
                {
                    application = Some(id)
                }
                Some((status, c)) if c == "IN" && status == "active" && other_entity.is_none() => {
                    other_entity = Some(id)
                }
                _ => {}
            }
        }
        let user = app.seed_account("someone@else.org").await.0;
        Objects {
            entity,
            application: application.expect("an application in Indonesia"),
            project,
            spare_project,
            user,
            other_entity: other_entity.expect("an active member in India"),
        }
    }

    /// The concrete path a person would ask for `pattern`.
    pub(crate) fn path(&self, method: &str, pattern: &str) -> String {
        let project = if pattern.ends_with("/delete") { self.spare_project } else { self.project };
        let id = if pattern.starts_with("/directory/projects/") || pattern.starts_with("/api/v1/projects/") {
            project.to_string()
        } else if pattern.starts_with("/applications/") || pattern.starts_with("/api/v1/applications/") {
            self.application.to_string()
        } else if pattern.starts_with("/entities/")
            || pattern.starts_with("/directory/entities/")
            || pattern.starts_with("/api/v1/entities/")
        {
            self.entity.to_string()
        } else if pattern.starts_with("/admin/users/") {
            self.user.to_string()
        } else if pattern.starts_with("/governance/") || pattern.starts_with("/admin/outbox/") {
            "1".into()
        } else {
            // Sessions, tokens, grants, photos, attachments: none of these exists.
            "999999".into()
        };
        let _ = method;
        pattern
            .replace("{id}", &id)
            .replace("{code}", if pattern.starts_with("/subregions/") { "southeast-asia" } else { "ID" })
            .replace("{token}", "not-a-token")
            .replace("{user}", "999999")
            .replace("{action}", "999999")
            .replace("{photo}", "999999")
            .replace("{file}", "entities-1.xml")
            .replace("{sha256}", &"0".repeat(64))
    }
}

/// What `who` gets for `method path`, as a cell of the table.
async fn answer(who: &Browser, method: &str, path: &str) -> String {
    let r = match method {
        "GET" => who.get(path).await,
        _ => {
            let csrf = csrf_in(&who.get("/").await.text().await.unwrap());
            let m = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
            who.http.request(m, format!("{}{path}", who.base)).form(&[("_csrf", csrf)]).send().await.unwrap()
        }
    };
    let status = r.status().as_u16();
    let location = crate::harness::location(&r);
    if status == 303 && location.starts_with("/login?next=") {
        return "L".into();
    }
    let body = r.text().await.unwrap_or_default();
    if status == 403 && body.contains("href=\"/account/two-factor\"") {
        return "2FA".into();
    }
    status.to_string()
}

fn country(code: &str) -> Scope {
    Scope::Country(CountryCode::parse(code).unwrap())
}

/// The expected table: (method, path) → the nine cells.
fn expected() -> BTreeMap<(String, String), Vec<String>> {
    include_str!("route_matrix.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| {
            let words: Vec<&str> = l.split_whitespace().collect();
            assert_eq!(words.len(), 2 + ROLES.len(), "a row of route_matrix.txt: {l}");
            ((words[0].to_string(), words[1].to_string()), words[2..].iter().map(|w| w.to_string()).collect())
        })
        .collect()
}

#[tokio::test]
async fn every_route_answers_every_role_as_the_matrix_says() {
    for backend in store::testdb::backends() {
        let app = TestApp::start(backend).await;
        asec::load_demo(&app.state).await.unwrap();
        let routes = routes_of(&asec::router(app.state.clone()));

        let objects = Objects::on_the_demo_network(&app).await;
        let other_entity = objects.other_entity;

        // The people.
        let south_asia = Scope::Subregion(SubregionCode("south-asia".into()));
        let people: Vec<Browser> = vec![
            app.client(),
            app.signed_up("signed@asec.asia", "Signed").await,
            app.user_with_grant(
                "rep@other.in",
                Grant { role: Role::EntityRepresentative, scope: Scope::Entity(EntityId(other_entity)) },
            )
            .await,
            app.user_with_grant("focal@other.in", Grant { role: Role::FocalPoint, scope: country("IN") })
                .await,
            app.user_with_grant(
                "coord@south.asia",
                Grant { role: Role::SubregionCoordinator, scope: south_asia },
            )
            .await,
            app.user_with_grant("mgmt1f@asec.asia", Grant { role: Role::Management, scope: Scope::Network })
                .await,
            app.user_with_two_factor_grant(
                "mgmt@asec.asia",
                Grant { role: Role::Management, scope: Scope::Network },
            )
            .await,
            app.user_with_two_factor_grant(
                "treasurer@asec.asia",
                Grant { role: Role::Treasurer, scope: Scope::Network },
            )
            .await,
            app.user_with_two_factor_grant(
                "admin@asec.asia",
                Grant { role: Role::Administrator, scope: Scope::Network },
            )
            .await,
        ];
        // Rate-limit windows of the sign-ups above are over before the matrix starts.
        app.clock.advance(chrono::Duration::hours(2));

        // Signing out comes last: it ends the session the rest needs.
        let (mut ordered, last): (Vec<_>, Vec<_>) = routes.iter().partition(|(_, p)| p != "/logout");
        ordered.extend(last);
        let mut observed = BTreeMap::new();
        for (method, pattern) in ordered {
            let path = objects.path(method, pattern);
            let mut cells = Vec::new();
            for who in &people {
                cells.push(answer(who, method, &path).await);
            }
            observed.insert((method.clone(), pattern.clone()), cells);
        }

        let expected = expected();
        let mut problems = Vec::new();
        for (route, cells) in &observed {
            match expected.get(route) {
                None => problems.push(format!(
                    "no row for {} {}: it answers {}",
                    route.0,
                    route.1,
                    cells.join(" ")
                )),
                Some(want) if want != cells => problems.push(format!(
                    "{} {}: expected {}, got {}",
                    route.0,
                    route.1,
                    want.join(" "),
                    cells.join(" ")
                )),
                Some(_) => {}
            }
        }
        for route in expected.keys().filter(|r| !observed.contains_key(*r)) {
            problems.push(format!("a row for {} {}, which the router does not have", route.0, route.1));
        }
        if !problems.is_empty() {
            let table: Vec<String> = observed
                .iter()
                .map(|((m, p), cells)| format!("{m:<6} {p:<58} {}", cells.join(" ")))
                .collect();
            panic!(
                "on {backend:?}, the routes and the matrix disagree:\n{}\n\nwhat every route answered:\n{}",
                problems.join("\n"),
                table.join("\n")
            );
        }
        app.finish().await;
    }
}

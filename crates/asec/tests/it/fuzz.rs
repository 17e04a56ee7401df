//! The form fuzz: every HTML form the app renders to management on the demo network (found by
//! opening every page the router serves, as management with the second factor), posted with
//! each field in turn set to control characters, 10 000 characters, numbers out of any range
//! and impossible dates, the other fields as the page filled them. Never a server error, and
//! nothing saved (the audit log, which every change writes, stays as it was) when the answer
//! is an error.

use crate::harness::{Browser, TestApp, csrf_in};
use crate::matrix::{Objects, routes_of};
use kernel::{Grant, Role, Scope};
use std::collections::BTreeSet;

/// A form as the page renders it.
#[derive(Debug, Clone)]
struct HtmlForm {
    /// The page that shows it.
    page: String,
    action: String,
    multipart: bool,
    /// (name, value) in document order, as a browser would send them.
    fields: Vec<(String, String)>,
}

fn unescape(s: &str) -> String {
    s.replace("&quot;", "\"")
        .replace("&#34;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// The value of attribute `name` in a tag's text.
fn attr(tag: &str, name: &str) -> Option<String> {
    let needle = format!(" {name}=\"");
    let start = tag.find(&needle)? + needle.len();
    Some(unescape(&tag[start..][..tag[start..].find('"')?]))
}

fn has_flag(tag: &str, name: &str) -> bool {
    tag.split(|c: char| c.is_whitespace() || c == '>').any(|w| w == name)
}

/// Valid values for the forms that create something, which pages show empty (so that the
/// field under test is the only problem of a post); the other forms are posted as the page
/// filled them.
fn valid_new(route: &str) -> Option<Vec<(&'static str, String)>> {
    let owned = |pairs: &[(&'static str, &str)]| pairs.iter().map(|(k, v)| (*k, v.to_string())).collect();
    match route {
        "/apply" => {
            let mut fields = crate::membership::complete("Koperasi Fuzz Sejahtera", "ID");
            fields.push(("intent", "submit".into()));
            Some(fields)
        }
        "/directory/entities/{id}/projects/new" => Some(owned(&[
            ("title", "Batik Ibu-Ibu Bantul"),
            ("summary", "Mothers make and sell batik together."),
            ("description", "Twenty mothers share a workshop."),
            ("lang", "en"),
            ("place", "Bantul"),
            ("country", "ID"),
            ("latitude", "-7.9"),
            ("longitude", "110.33"),
            ("starts_on", "2025-01-01"),
            ("ends_on", "2027-01-01"),
            ("status", "ongoing"),
            ("sdg", "5"),
            ("constituency", "women"),
            ("dimension", "3"),
            ("beneficiaries_total", "1200"),
            ("beneficiaries_women", "900"),
            ("link", "https://batik.example/bantul"),
        ])),
        "/governance/meetings/new" => Some(owned(&[
            ("title", "Regional assembly"),
            ("kind", "online"),
            ("starts_at", "2027-03-01T10:00"),
            ("ends_at", "2027-03-01T12:00"),
            ("place", "Online"),
            ("link", "https://meet.example/asec"),
            ("description", "The yearly assembly."),
            ("agenda", "Opening\nReports"),
            ("public", "yes"),
        ])),
        "/governance/proposals/new" => Some(owned(&[
            ("title", "A shared statement"),
            ("background", "Why the network speaks together."),
            ("background_lang", "en"),
            ("question", "Do we sign it?"),
            ("rule", "consensus"),
            ("quorum", "1"),
            ("closes_at", "2027-03-01T10:00"),
            ("public", "yes"),
        ])),
        "/governance/decisions/{id}/actions" => {
            Some(owned(&[("description", "Send the statement"), ("owner", ""), ("due_on", "2027-03-01")]))
        }
        "/governance/meetings/{id}/decisions" => Some(owned(&[
            ("title", "We sign the statement"),
            ("rule", "consensus"),
            ("outcome", "passed"),
            ("summary", "All countries agreed."),
        ])),
        "/governance/meetings/{id}/minutes" => Some(owned(&[("minutes", "The meeting opened at ten.")])),
        "/account/tokens" => Some(owned(&[("name", "script"), ("scope", "read"), ("expires", "90")])),
        "/signup" => Some(owned(&[
            ("display_name", "Fuzz"),
            ("email", "fuzz.signup@asec.asia"),
            ("password", "a long enough password"),
            ("lang", "en"),
        ])),
        "/countries/{code}/focal-points" | "/subregions/{code}/coordinators" => {
            Some(owned(&[("email", "someone@else.org")]))
        }
        _ => None,
    }
}

/// Every POST form of a page, with the values the page put in it (and valid ones where it
/// left an input empty).
fn forms_in(page: &str, html: &str) -> Vec<HtmlForm> {
    let mut forms = Vec::new();
    for chunk in html.split("<form").skip(1) {
        let Some((open, rest)) = chunk.split_once('>') else { continue };
        let body = rest.split("</form>").next().unwrap_or("");
        if !attr(open, "method").is_some_and(|m| m.eq_ignore_ascii_case("post")) {
            continue;
        }
        let Some(action) = attr(open, "action") else { continue };
        let multipart = attr(open, "enctype").is_some_and(|e| e.contains("multipart"));
        let mut fields = Vec::new();
        let mut button = false;
        let mut at = 0;
        while let Some(i) = body[at..].find('<') {
            let tag_start = at + i;
            let tag_end = body[tag_start..].find('>').map_or(body.len(), |e| tag_start + e);
            let tag = &body[tag_start..tag_end];
            at = tag_end;
            let name = attr(tag, "name");
            if tag.starts_with("<input") {
                let (Some(name), kind) = (name, attr(tag, "type").unwrap_or_else(|| "text".into())) else {
                    continue;
                };
                if matches!(kind.as_str(), "checkbox" | "radio") && !has_flag(tag, "checked") {
                    continue;
                }
                if kind == "file" {
                    continue;
                }
                fields.push((name, attr(tag, "value").unwrap_or_default()));
            } else if tag.starts_with("<textarea") {
                let Some(name) = name else { continue };
                let text = body[tag_end + 1..].split("</textarea>").next().unwrap_or("");
                fields.push((name, unescape(text)));
            } else if tag.starts_with("<select") {
                let Some(name) = name else { continue };
                let options = body[tag_end + 1..].split("</select>").next().unwrap_or("");
                let mut chosen = None;
                let mut first = None;
                for option in options.split("<option").skip(1) {
                    let open = option.split('>').next().unwrap_or("");
                    let value = attr(&format!(" {open}"), "value").unwrap_or_default();
                    if !value.is_empty() {
                        first.get_or_insert(value.clone());
                    }
                    if has_flag(open, "selected") {
                        chosen = Some(value);
                    }
                }
                if let Some(value) = chosen.or(first) {
                    fields.push((name, value));
                }
            } else if tag.starts_with("<button") && !button {
                // The first named button is the one a person presses.
                if let (Some(name), Some(value)) = (name, attr(tag, "value")) {
                    fields.push((name, value));
                    button = true;
                }
            }
        }
        forms.push(HtmlForm { page: page.to_string(), action, multipart, fields });
    }
    forms
}

/// Whether `path` is one of the paths of route `pattern` (`{x}` is any one segment).
fn same_route(pattern: &str, path: &str) -> bool {
    let (p, q): (Vec<&str>, Vec<&str>) = (pattern.split('/').collect(), path.split('/').collect());
    p.len() == q.len() && p.iter().zip(&q).all(|(a, b)| a.starts_with('{') && !b.is_empty() || a == b)
}

/// What goes into one field: (what it is, the value).
fn bad_values() -> Vec<(&'static str, String)> {
    vec![
        ("control characters", "a\u{1}b\u{7}c\u{1b}[31m\u{8}\u{7f}d\r\n\te".into()),
        ("a NUL", "x\u{0}y".into()),
        ("10 000 characters", "ж".repeat(10_000)),
        ("a number past 64 bits", "99999999999999999999999".into()),
        ("a number below any range", "-9223372036854775809".into()),
        ("not a number", "1e999".into()),
        ("an impossible date", "2026-02-30".into()),
        ("a date past year 9999", "123456-01-01".into()),
    ]
}

async fn post(b: &Browser, form: &HtmlForm, fields: &[(String, String)]) -> reqwest::Response {
    let url = format!("{}{}", b.base, form.action);
    if form.multipart {
        let mut parts = reqwest::multipart::Form::new();
        for (k, v) in fields {
            parts = parts.text(k.clone(), v.clone());
        }
        b.http.post(url).multipart(parts).send().await.unwrap()
    } else {
        b.http.post(url).form(fields).send().await.unwrap()
    }
}

/// An answer that refuses what was sent: a 4xx, or a redirect with an error message.
fn refused(r: &reqwest::Response) -> bool {
    let flash_error = r
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .any(|v| v.starts_with("asec_flash=error."));
    r.status().is_client_error() || flash_error
}

#[tokio::test]
async fn no_form_answers_bad_input_with_a_server_error_or_saves_it_on_an_error() {
    for backend in store::testdb::backends() {
        let app = TestApp::start(backend).await;
        asec::load_demo(&app.state).await.unwrap();
        let objects = Objects::on_the_demo_network(&app).await;
        let management = app
            .user_with_two_factor_grant(
                "fuzz@asec.asia",
                Grant { role: Role::Management, scope: Scope::Network },
            )
            .await;

        // Every form management is shown, once per action and set of fields: on a page of every
        // GET route, and on the pages their links lead to (a few of each route, so proposals,
        // meetings and applications in each of their states show their forms).
        let routes = routes_of(&asec::router(app.state.clone()));
        let pages: Vec<&str> = routes.iter().filter(|(m, _)| m == "GET").map(|(_, p)| p.as_str()).collect();
        let actions: Vec<&str> =
            routes.iter().filter(|(m, _)| m == "POST").map(|(_, p)| p.as_str()).collect();
        let mut queue: Vec<String> = pages.iter().map(|p| objects.path("GET", p)).collect();
        let mut visited = BTreeSet::new();
        let mut per_route: std::collections::HashMap<&str, usize> = Default::default();
        let mut seen = BTreeSet::new();
        let mut forms = Vec::new();
        while let Some(path) = queue.pop() {
            if !visited.insert(path.clone()) || visited.len() > 400 {
                continue;
            }
            let r = management.get(&path).await;
            let html_page =
                r.headers().get("content-type").is_some_and(|t| t.to_str().unwrap().starts_with("text/html"));
            if !r.status().is_success() || !html_page {
                continue;
            }
            let html = r.text().await.unwrap();
            for form in forms_in(&path, &html) {
                // One form of a route per set of fields (a project's edit form once, not per project).
                let route = actions
                    .iter()
                    .find(|p| same_route(p, &form.action))
                    .map_or_else(|| form.action.clone(), |p| p.to_string());
                let route = route.as_str();
                // The steps of an application are told apart by their value, not their fields.
                let names: Vec<String> =
                    form.fields
                        .iter()
                        .map(|(k, v)| {
                            if matches!(k.as_str(), "step" | "intent") {
                                format!("{k}={v}")
                            } else {
                                k.clone()
                            }
                        })
                        .collect();
                if seen.insert((route.to_string(), names.join(","))) {
                    let mut form = form;
                    if let Some(valid) = valid_new(route) {
                        let csrf = form.fields.iter().filter(|(k, _)| k == "_csrf").cloned();
                        form.fields =
                            csrf.chain(valid.into_iter().map(|(k, v)| (k.to_string(), v))).collect();
                    }
                    forms.push(form);
                }
            }
            for link in html.split("href=\"").skip(1).filter_map(|h| h.split('"').next()) {
                let link = unescape(link);
                let link = link.split(['?', '#']).next().unwrap_or_default().to_string();
                if !link.starts_with('/') || link.starts_with("//") || visited.contains(&link) {
                    continue;
                }
                let Some(route) = pages.iter().find(|p| same_route(p, &link)) else { continue };
                let count = per_route.entry(route).or_default();
                if *count < 4 {
                    *count += 1;
                    queue.push(link);
                }
            }
        }
        let fuzzable: Vec<&HtmlForm> =
            forms.iter().filter(|f| f.fields.iter().any(|(k, _)| k != "_csrf")).collect();
        assert!(
            fuzzable.len() >= 30,
            "the crawl found the forms: {:?}",
            forms.iter().map(|f| &f.action).collect::<Vec<_>>()
        );

        let csrf = csrf_in(&management.page("/account").await);
        let mut posts = 0;
        let mut refusals = 0;
        let mut problems = Vec::new();
        let mut accepted_by_form = Vec::new();
        for form in &fuzzable {
            let mut accepted = 0;
            let names: BTreeSet<&str> =
                form.fields.iter().map(|(k, _)| k.as_str()).filter(|k| *k != "_csrf").collect();
            for name in names {
                for (what, value) in bad_values() {
                    // A form with a stale-page guard is taken from its page again: an accepted
                    // post (or another form) moved the version on.
                    let fresh = if form.fields.iter().any(|(k, _)| k == "version") {
                        let html = management.get(&form.page).await.text().await.unwrap();
                        forms_in(&form.page, &html).into_iter().find(|f| {
                            f.action == form.action
                                && f.fields.iter().map(|(k, _)| k).eq(form.fields.iter().map(|(k, _)| k))
                        })
                    } else {
                        None
                    };
                    let baseline = fresh.as_ref().map_or(&form.fields, |f| &f.fields);
                    let mut fields: Vec<(String, String)> = Vec::new();
                    let mut replaced = false;
                    for (k, v) in baseline {
                        if k == "_csrf" {
                            fields.push((k.clone(), csrf.clone()));
                        } else if k == name && !replaced {
                            fields.push((k.clone(), value.clone()));
                            replaced = true;
                        } else {
                            fields.push((k.clone(), v.clone()));
                        }
                    }
                    let before = accounts::testing::audit_count(&app.state.db).await;
                    let r = post(&management, form, &fields).await;
                    posts += 1;
                    let status = r.status();
                    let was_refused = refused(&r);
                    let after = accounts::testing::audit_count(&app.state.db).await;
                    if status.is_server_error() {
                        let body = r.text().await.unwrap_or_default();
                        problems.push(format!("{} with {name} = {what}: {status}\n{body:.300}", form.action));
                    } else if was_refused && after != before {
                        problems.push(format!(
                            "{} with {name} = {what}: refused ({status}) but {} change(s) saved",
                            form.action,
                            after - before
                        ));
                    }
                    refusals += usize::from(was_refused);
                    accepted += usize::from(!was_refused);
                }
            }
            accepted_by_form.push(format!("{} {accepted}", form.action));
        }
        println!("accepted (not refused) by form: {}", accepted_by_form.join(", "));
        println!(
            "form fuzz on {backend:?}: {} forms, {posts} posts, {refusals} refused, {} problems; forms: {}",
            fuzzable.len(),
            problems.len(),
            fuzzable.iter().map(|f| f.action.as_str()).collect::<Vec<_>>().join(" ")
        );
        assert!(problems.is_empty(), "on {backend:?}:\n{}", problems.join("\n"));
        // Management is still signed in: no form was one that ends the session.
        assert_eq!(management.get("/membership/pipeline").await.status(), reqwest::StatusCode::OK);
        app.finish().await;
    }
}

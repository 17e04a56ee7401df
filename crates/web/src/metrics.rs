//! Prometheus text metrics of this instance: requests by route and status, a latency
//! histogram by route, and the database pool.

use axum::extract::{MatchedPath, Request, State};
use axum::middleware::Next;
use axum::response::Response;
use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::Mutex;
use std::time::Instant;

const BUCKETS: [f64; 11] = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 5.0];

#[derive(Default)]
struct Histogram {
    counts: [u64; BUCKETS.len()],
    count: u64,
    sum: f64,
}

#[derive(Default)]
pub struct Metrics {
    requests: Mutex<BTreeMap<(String, String, u16), u64>>,
    latency: Mutex<BTreeMap<String, Histogram>>,
}

impl Metrics {
    pub fn record(&self, method: &str, route: &str, status: u16, seconds: f64) {
        *self
            .requests
            .lock()
            .expect("metrics lock")
            .entry((method.to_string(), route.to_string(), status))
            .or_default() += 1;
        let mut latency = self.latency.lock().expect("metrics lock");
        let h = latency.entry(route.to_string()).or_default();
        for (i, bound) in BUCKETS.iter().enumerate() {
            if seconds <= *bound {
                h.counts[i] += 1;
            }
        }
        h.count += 1;
        h.sum += seconds;
    }

    pub fn render(&self, pool_size: u32, pool_idle: usize) -> String {
        let mut out = String::new();
        out.push_str("# HELP asec_http_requests_total HTTP requests by route and status.\n");
        out.push_str("# TYPE asec_http_requests_total counter\n");
        for ((method, route, status), n) in self.requests.lock().expect("metrics lock").iter() {
            let _ = writeln!(
                out,
                "asec_http_requests_total{{method=\"{method}\",route=\"{}\",status=\"{status}\"}} {n}",
                escape(route)
            );
        }
        out.push_str("# HELP asec_http_request_duration_seconds Time to answer a request.\n");
        out.push_str("# TYPE asec_http_request_duration_seconds histogram\n");
        for (route, h) in self.latency.lock().expect("metrics lock").iter() {
            let route = escape(route);
            for (i, bound) in BUCKETS.iter().enumerate() {
                let _ = writeln!(
                    out,
                    "asec_http_request_duration_seconds_bucket{{route=\"{route}\",le=\"{bound}\"}} {}",
                    h.counts[i]
                );
            }
            let _ = writeln!(
                out,
                "asec_http_request_duration_seconds_bucket{{route=\"{route}\",le=\"+Inf\"}} {}",
                h.count
            );
            let _ = writeln!(out, "asec_http_request_duration_seconds_sum{{route=\"{route}\"}} {}", h.sum);
            let _ =
                writeln!(out, "asec_http_request_duration_seconds_count{{route=\"{route}\"}} {}", h.count);
        }
        out.push_str("# HELP asec_db_pool_connections Open database connections.\n");
        out.push_str("# TYPE asec_db_pool_connections gauge\n");
        let _ = writeln!(out, "asec_db_pool_connections {pool_size}");
        out.push_str("# HELP asec_db_pool_idle_connections Idle database connections.\n");
        out.push_str("# TYPE asec_db_pool_idle_connections gauge\n");
        let _ = writeln!(out, "asec_db_pool_idle_connections {pool_idle}");
        out
    }
}

fn escape(label: &str) -> String {
    label.replace('\\', "\\\\").replace('"', "\\\"")
}

/// The route pattern that answered, passed from [`tag_route`] out to [`track`].
#[derive(Clone)]
struct RouteTag(String);

/// Route layer (runs after routing, where the pattern is known): tags the response.
pub async fn tag_route(req: Request, next: Next) -> Response {
    let route = req.extensions().get::<MatchedPath>().map(|p| p.as_str().to_string());
    let mut response = next.run(req).await;
    if let Some(route) = route {
        response.extensions_mut().insert(RouteTag(route));
    }
    response
}

/// The method label: HTTP's own methods by name, anything a client invents as `other`, so
/// requests cannot add series without end.
pub fn method_label(method: &axum::http::Method) -> &'static str {
    use axum::http::Method;
    match *method {
        Method::GET => "GET",
        Method::HEAD => "HEAD",
        Method::POST => "POST",
        Method::PUT => "PUT",
        Method::DELETE => "DELETE",
        Method::PATCH => "PATCH",
        Method::OPTIONS => "OPTIONS",
        Method::CONNECT => "CONNECT",
        Method::TRACE => "TRACE",
        _ => "other",
    }
}

/// Outer layer: times each request and counts it under its route pattern (not the raw path,
/// so ids do not explode the number of series); unrouted requests count as "unmatched".
pub async fn track(State(metrics): State<std::sync::Arc<Metrics>>, req: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = method_label(req.method());
    let response = next.run(req).await;
    let route = response.extensions().get::<RouteTag>().map(|t| t.0.as_str()).unwrap_or("unmatched");
    let (status, seconds) = (response.status().as_u16(), started.elapsed().as_secs_f64());
    metrics.record(method, route, status, seconds);
    let ms = seconds * 1000.0;
    if status >= 500 {
        tracing::warn!(method, route, status, ms, "request failed");
    } else {
        tracing::debug!(method, route, status, ms, "request");
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::Method;

    #[test]
    fn invented_methods_share_one_label() {
        assert_eq!(method_label(&Method::GET), "GET");
        assert_eq!(method_label(&Method::DELETE), "DELETE");
        for invented in ["FOO", "BREW", "X1", "get"] {
            assert_eq!(method_label(&Method::from_bytes(invented.as_bytes()).unwrap()), "other");
        }
        let m = Metrics::default();
        for invented in ["A", "B", "C"] {
            m.record(
                method_label(&Method::from_bytes(invented.as_bytes()).unwrap()),
                "unmatched",
                404,
                0.001,
            );
        }
        let text = m.render(1, 1);
        assert_eq!(text.matches("asec_http_requests_total{").count(), 1, "{text}");
        assert!(text.contains("method=\"other\",route=\"unmatched\",status=\"404\"} 3"), "{text}");
    }
}

//! The platform as a library: builds the state and the router and serves them. The binary's
//! CLI and the integration tests both start the app through here.

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::StatusCode;
use axum::middleware::{from_fn, from_fn_with_state};
use axum::routing::get;
use kernel::Clock;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;
use utoipa::OpenApi;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa_axum::router::OpenApiRouter;
use web::{AppError, AppState, Config, NavItem};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "ASEC Integrated Services Platform API",
        description = "The JSON API of the Asian Solidarity Economy Council's platform. \
            Authenticate with a personal API token: `Authorization: Bearer asec_…`. \
            Errors are `{ \"error\": code, \"message\": text }` with a stable snake_case code."
    ),
    modifiers(&BearerAuth),
    components(schemas(web::error::ApiErrorBody))
)]
struct ApiDoc;

struct BearerAuth;

impl utoipa::Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}

/// The JSON API routes and the OpenAPI document generated from them, with the answers every
/// operation can give declared on each.
pub fn api() -> (Router<AppState>, utoipa::openapi::OpenApi) {
    let (router, mut doc) = OpenApiRouter::with_openapi(ApiDoc::openapi())
        .merge(accounts::api_router())
        .merge(membership::api_router())
        .merge(directory::api_router())
        .merge(web::api::reference_router())
        .split_for_parts();
    web::api::declare_common_answers(&mut doc);
    (router, doc)
}

/// Connects, migrates, seeds and assembles what every handler reaches.
pub async fn build_state(config: Config, clock: Arc<dyn Clock>) -> anyhow::Result<AppState> {
    let seed = match &config.reference_file {
        Some(path) => store::reference::parse(
            &std::fs::read_to_string(path).map_err(|e| anyhow::anyhow!("reference_file {path}: {e}"))?,
        )?,
        None => store::reference::load_embedded()?,
    };
    let db = store::open(&config.database_url, config.database_max_connections, &seed).await?;
    let reference = store::reference::load(&db).await?;
    let file_settings = config.files_settings().map_err(|e| anyhow::anyhow!(e))?;
    let files = files::FileStore::open(&file_settings, db.clone(), clock.clone())?;
    Ok(AppState {
        files,
        db,
        config: Arc::new(config),
        reference: Arc::new(reference),
        clock,
        metrics: Arc::default(),
        nav: Arc::new(
            [
                vec![NavItem::public("/", "nav-home")],
                directory::nav(),
                membership::nav(),
                governance::nav(),
                accounts::nav(),
            ]
            .concat(),
        ),
        waiting: Arc::new(vec![membership::waiting, governance::waiting, accounts::waiting]),
        object_names: Arc::new(vec![
            accounts::object_names,
            membership::object_names,
            directory::object_names,
            governance::object_names,
        ]),
        find_objects: Arc::new(vec![membership::find_objects]),
    })
}

/// The whole application: pages, API, and the layers every request passes through
/// (outermost first: metrics, security headers, timeout, body limit, context, session).
pub fn router(state: AppState) -> Router {
    let (api, doc) = api();
    let doc = Arc::new(doc);
    Router::new()
        .merge(web::shell::router())
        .merge(accounts::router())
        .merge(membership::router())
        .merge(directory::router())
        .merge(governance::router())
        .merge(files::router(state.files.clone()))
        .merge(api)
        .route(
            "/api/openapi.json",
            get(move || {
                let doc = doc.clone();
                async move { axum::Json(doc.as_ref().clone()) }
            }),
        )
        .fallback(|| async { AppError::NotFound })
        .route_layer(from_fn(web::metrics::tag_route))
        .layer(from_fn_with_state(state.clone(), accounts::session_layer))
        .layer(from_fn_with_state(state.clone(), web::context::context_layer))
        .layer(DefaultBodyLimit::max(state.config.max_body_bytes))
        .layer(tower_http::timeout::TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            Duration::from_secs(state.config.request_timeout_secs),
        ))
        .layer(from_fn_with_state(state.clone(), web::security::headers_layer))
        .layer(from_fn_with_state(state.metrics.clone(), web::metrics::track))
        .with_state(state)
}

/// Serves until `shutdown` completes, then lets in-flight requests finish and stops the mail
/// worker.
pub async fn serve(
    listener: TcpListener,
    state: AppState,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    // `/metrics` on an address of its own, for a monitoring system that reaches only it.
    let metrics = match state.config.metrics_bind.clone() {
        Some(bind) => {
            let listener = TcpListener::bind(&bind)
                .await
                .map_err(|e| anyhow::anyhow!("metrics_bind: cannot listen on {bind}: {e}"))?;
            tracing::info!(address = %bind, "metrics served");
            let metrics = web::shell::metrics_router(state.clone());
            Some(tokio::spawn(async move {
                let _ = axum::serve(listener, metrics).await;
            }))
        }
        None => None,
    };
    let (stop_worker, worker_stopped) = tokio::sync::watch::channel(false);
    let worker = accounts::spawn_mail_worker(state.clone(), worker_stopped.clone());
    let renewals = membership::spawn_renewals(state.clone(), worker_stopped.clone());
    let closings = governance::spawn_closings(state.clone(), worker_stopped);
    let collector = files::spawn_collector(state.files.clone());
    let app = router(state).into_make_service_with_connect_info::<SocketAddr>();
    axum::serve(listener, app).with_graceful_shutdown(shutdown).await?;
    if let Some(metrics) = metrics {
        metrics.abort();
    }
    let _ = stop_worker.send(true);
    let _ = worker.await;
    let _ = renewals.await;
    let _ = closings.await;
    collector.abort();
    Ok(())
}

/// On a platform without an administrator, a one-time link to create the first one.
pub async fn first_run_link(state: &AppState) -> anyhow::Result<Option<String>> {
    if accounts::has_administrator(state).await? {
        return Ok(None);
    }
    Ok(Some(accounts::admin_setup_link(state, None).await?))
}

/// Loads the demo network into a platform without members: organisations at every stage of
/// admission, their community projects, and decisions with a meeting. Returns how many
/// organisations it made (0 when members exist).
pub async fn load_demo(state: &AppState) -> anyhow::Result<usize> {
    let made = membership::load_demo(state).await.map_err(|e| anyhow::anyhow!("demo data: {e}"))?;
    let Some(chair) = accounts::person_by_email(&state.db, "chair@demo.asec.example").await? else {
        return Ok(made);
    };
    if made == 0 {
        return Ok(0);
    }
    directory::demo_projects(state, chair.id).await.map_err(|e| anyhow::anyhow!("demo projects: {e}"))?;
    let mut focal_points = Vec::new();
    for country in ["ID", "MY", "PH"] {
        let email = format!("focal.{}@demo.asec.example", country.to_ascii_lowercase());
        if let Some(person) = accounts::person_by_email(&state.db, &email).await? {
            focal_points.push((country.to_string(), person.id));
        }
    }
    governance::load_demo(state, chair.id, &focal_points)
        .await
        .map_err(|e| anyhow::anyhow!("demo decisions: {e}"))?;
    Ok(made)
}

/// Moves logos, photos and attachments that older versions kept as bytes in the database into
/// the file store; `progress` is told (what, done, of how many). Returns how many moved.
pub async fn move_legacy_files(
    state: &AppState,
    progress: &(dyn Fn(&str, u64, u64) + Sync),
) -> anyhow::Result<u64> {
    let fail = |what: &str, e: AppError| anyhow::anyhow!("moving {what} into the file store: {e}");
    let logos = membership::move_legacy_logos(state, &|d, t| progress("logos", d, t))
        .await
        .map_err(|e| fail("logos", e))?;
    let photos = directory::move_legacy_photos(state, &|d, t| progress("photos", d, t))
        .await
        .map_err(|e| fail("photos", e))?;
    let attachments = governance::move_legacy_attachments(state, &|d, t| progress("attachments", d, t))
        .await
        .map_err(|e| fail("attachments", e))?;
    Ok(logos + photos + attachments)
}

//! `asec`: serves the platform and runs the operator's commands.

use anyhow::Context;
use clap::{Parser, Subcommand};
use kernel::SystemClock;
use std::path::PathBuf;
use std::sync::Arc;
use web::Config;
use web::config::LogFormat;

#[derive(Parser)]
#[command(name = "asec", version, about = "The ASEC Integrated Services Platform")]
struct Cli {
    /// Configuration file (settings not in it come from defaults and ASEC_* variables).
    #[arg(long, global = true, default_value = "asec.toml")]
    config: PathBuf,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Start the web server (the default).
    Serve,
    /// Apply pending database migrations and seed the reference data, then exit.
    Migrate,
    /// Print the effective configuration, secrets masked.
    Config,
    /// Administrator accounts.
    Admin {
        #[command(subcommand)]
        command: AdminCommand,
    },
    /// Write a consistent copy of the SQLite database to FILE while the server runs.
    Backup { file: PathBuf },
    /// Replace the SQLite database with the backup FILE (stop the server first).
    Restore { file: PathBuf },
}

#[derive(Subcommand)]
enum AdminCommand {
    /// Print a one-time link that creates an administrator account for EMAIL (or, if the
    /// account exists, give it the administrator role).
    Create {
        #[arg(long)]
        email: String,
    },
}

fn init_logging(config: &Config) {
    let filter = tracing_subscriber::EnvFilter::try_new(&config.log_level)
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr);
    match config.log_format {
        LogFormat::Json => builder.json().init(),
        LogFormat::Text => builder.init(),
    }
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    let config = Config::load(Some(&cli.config), std::env::vars())
        .map_err(|e| anyhow::anyhow!("configuration: {e}"))?;
    init_logging(&config);
    match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => serve(config).await,
        Command::Migrate => {
            asec::build_state(config, Arc::new(SystemClock)).await?;
            println!("database is up to date");
            Ok(())
        }
        Command::Config => {
            print!("{}", config.render_masked());
            Ok(())
        }
        Command::Admin { command: AdminCommand::Create { email } } => admin_create(config, &email).await,
        Command::Backup { file } => backup(config, &file).await,
        Command::Restore { file } => restore(config, &file).await,
    }
}

async fn serve(config: Config) -> anyhow::Result<()> {
    let started = std::time::Instant::now();
    let bind = config.bind.clone();
    let state = asec::build_state(config, Arc::new(SystemClock)).await?;
    let listener =
        tokio::net::TcpListener::bind(&bind).await.with_context(|| format!("cannot listen on {bind}"))?;
    if let Some(link) = asec::first_run_link(&state).await? {
        println!(
            "\nNo administrator yet. Open this one-time link to create the first one (valid 24 hours):\n\n    {link}\n"
        );
    }
    tracing::info!(address = %bind, base_url = %state.config.base_url(), ready_ms = started.elapsed().as_millis() as u64, "ASEC platform is ready");
    asec::serve(listener, state, shutdown_signal()).await
}

/// Ctrl-C or SIGTERM: stop accepting, finish what is in flight.
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        if let Ok(mut signal) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            signal.recv().await;
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
    tracing::info!("shutting down: finishing requests in flight");
}

async fn admin_create(config: Config, email: &str) -> anyhow::Result<()> {
    let email = kernel::validate::Email::parse(email)
        .map_err(|_| anyhow::anyhow!("{email} is not an email address"))?;
    let state = asec::build_state(config, Arc::new(SystemClock)).await?;
    let grant = kernel::Grant { role: kernel::Role::Administrator, scope: kernel::Scope::Network };
    if accounts::grant_role_from_cli(&state, email.as_str(), grant).await?.is_some() {
        println!(
            "{} is now an administrator. They must turn on two-factor sign-in to use those powers.",
            email.as_str()
        );
    } else {
        let link = accounts::admin_setup_link(&state, Some(email.as_str())).await?;
        println!(
            "Open this one-time link to create the administrator account for {} (valid 24 hours):\n\n    {link}\n",
            email.as_str()
        );
    }
    Ok(())
}

async fn backup(config: Config, file: &std::path::Path) -> anyhow::Result<()> {
    if store::Backend::of_url(&config.database_url) == Some(store::Backend::Postgres) {
        anyhow::bail!(
            "this platform runs on PostgreSQL: back it up with PostgreSQL's own tools, for example\n  \
             pg_dump --format=custom --file={} \"$ASEC_DATABASE_URL\"",
            file.display()
        );
    }
    let db = store::connect(&config.database_url, 1).await?;
    store::backup::backup_sqlite(&db, file).await?;
    let size = std::fs::metadata(file).map(|m| m.len()).unwrap_or(0);
    println!("backup written to {} ({} KiB)", file.display(), size / 1024);
    Ok(())
}

async fn restore(config: Config, file: &std::path::Path) -> anyhow::Result<()> {
    if store::Backend::of_url(&config.database_url) == Some(store::Backend::Postgres) {
        anyhow::bail!(
            "this platform runs on PostgreSQL: restore with PostgreSQL's own tools, for example\n  \
             pg_restore --clean --if-exists --dbname=\"$ASEC_DATABASE_URL\" {}",
            file.display()
        );
    }
    let live = store::sqlite_path(&config.database_url).context("the database URL names no file")?;
    let kept = store::backup::restore_sqlite(file, &live).await?;
    println!("restored {} into {}", file.display(), live.display());
    if let Some(kept) = kept {
        println!("the database it replaced is kept as {}", kept.display());
    }
    Ok(())
}

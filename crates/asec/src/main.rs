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
    /// Load the demo network (when the platform has no members yet) before serving; also
    /// after the command, as the README writes it (`asec serve --demo`).
    #[arg(long, global = true)]
    demo: bool,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Start the web server (the default).
    Serve,
    /// Load a demo network (entities in all 18 countries, applications at every stage) into a
    /// platform that has no members yet, then exit.
    Demo,
    /// Apply pending database migrations and seed the reference data, then exit.
    Migrate,
    /// Print the effective configuration, secrets masked.
    Config,
    /// Administrator accounts.
    Admin {
        #[command(subcommand)]
        command: AdminCommand,
    },
    /// Member entities.
    Members {
        #[command(subcommand)]
        command: MembersCommand,
    },
    /// Fill the directory with generated members and projects in every script the network
    /// writes, for benchmarks (`scripts/bench-directory`). Never on a real platform.
    Generate {
        /// How many active members.
        #[arg(long, default_value_t = 10_000)]
        entities: usize,
        /// Projects per member.
        #[arg(long, default_value_t = 5)]
        projects_per_entity: usize,
    },
    /// Write a consistent copy of the SQLite database to FILE while the server runs, and the
    /// file folder's new files to FILE.files/.
    Backup { file: PathBuf },
    /// Replace the SQLite database with the backup FILE and bring back the files of
    /// FILE.files/ (stop the server first).
    Restore { file: PathBuf },
    /// Uploaded files.
    Files {
        #[command(subcommand)]
        command: FilesCommand,
    },
}

#[derive(Subcommand)]
enum FilesCommand {
    /// Move logos, photos and attachments that older versions kept in the database into the
    /// file store, leaving the database without them (the server also does it when it starts).
    Migrate,
}

#[derive(Subcommand)]
enum MembersCommand {
    /// Import active members from a CSV file (the columns of the members export). Every row is
    /// checked first; nothing is imported unless all rows are valid.
    Import {
        file: PathBuf,
        /// Check and report only.
        #[arg(long)]
        dry_run: bool,
        /// Email of the account recorded as having brought the members in.
        #[arg(long = "as")]
        actor: String,
    },
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
        Command::Serve => serve(config, cli.demo).await,
        Command::Demo => {
            let state = asec::build_state(config, Arc::new(SystemClock)).await?;
            load_demo(&state).await
        }
        Command::Migrate => {
            let state = asec::build_state(config, Arc::new(SystemClock)).await?;
            move_files(&state).await?;
            println!("database is up to date");
            Ok(())
        }
        Command::Files { command: FilesCommand::Migrate } => {
            let state = asec::build_state(config, Arc::new(SystemClock)).await?;
            let moved = move_files(&state).await?;
            println!("{moved} file(s) moved into the file store; the database keeps none");
            Ok(())
        }
        Command::Config => {
            print!("{}", config.render_masked());
            Ok(())
        }
        Command::Admin { command: AdminCommand::Create { email } } => admin_create(config, &email).await,
        Command::Members { command: MembersCommand::Import { file, dry_run, actor } } => {
            import(config, &file, dry_run, &actor).await
        }
        Command::Generate { entities, projects_per_entity } => {
            generate(config, entities, projects_per_entity).await
        }
        Command::Backup { file } => backup(config, &file).await,
        Command::Restore { file } => restore(config, &file).await,
    }
}

async fn generate(config: Config, entities: usize, per_entity: usize) -> anyhow::Result<()> {
    let state = asec::build_state(config, Arc::new(SystemClock)).await?;
    let started = std::time::Instant::now();
    let bar = indicatif::ProgressBar::new(entities as u64);
    directory::generate_sample_data(&state, entities, per_entity, &|done| bar.set_position(done as u64))
        .await
        .map_err(|e| anyhow::anyhow!("generating: {e}"))?;
    bar.finish();
    println!(
        "Generated {entities} active members and {} projects in {:.1} s.",
        entities * per_entity,
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// Moves files older versions kept in the database into the file store, with a progress bar.
async fn move_files(state: &web::AppState) -> anyhow::Result<u64> {
    let bar = indicatif::ProgressBar::hidden();
    bar.set_style(
        indicatif::ProgressStyle::with_template("moving {msg} into the file store [{bar:40}] {pos}/{len}")
            .expect("valid template")
            .progress_chars("=> "),
    );
    let progress = |what: &str, done: u64, total: u64| {
        if bar.is_hidden() {
            bar.set_draw_target(indicatif::ProgressDrawTarget::stderr());
        }
        bar.set_message(what.to_string());
        bar.set_length(total);
        bar.set_position(done);
    };
    let moved = asec::move_legacy_files(state, &progress).await?;
    bar.finish_and_clear();
    Ok(moved)
}

async fn load_demo(state: &web::AppState) -> anyhow::Result<()> {
    let made = asec::load_demo(state).await?;
    if made == 0 {
        println!("The platform already has members: the demo network was not loaded.");
    } else {
        println!(
            "Demo network loaded: {made} organisations. Demo accounts (chair@demo.asec.example, \
             focal.id@demo.asec.example, member1@demo.asec.example, …) share the password \
             \"{}\". Never use demo data in production.",
            membership::DEMO_PASSWORD
        );
    }
    Ok(())
}

async fn serve(config: Config, demo: bool) -> anyhow::Result<()> {
    let started = std::time::Instant::now();
    let bind = config.bind.clone();
    let state = asec::build_state(config, Arc::new(SystemClock)).await?;
    move_files(&state).await?;
    if demo {
        load_demo(&state).await?;
    }
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

async fn import(config: Config, file: &std::path::Path, dry_run: bool, actor: &str) -> anyhow::Result<()> {
    let data = std::fs::read(file).with_context(|| format!("cannot read {}", file.display()))?;
    let state = asec::build_state(config, Arc::new(SystemClock)).await?;
    let person = accounts::person_by_email(&state.db, actor)
        .await?
        .ok_or_else(|| anyhow::anyhow!("no account uses {actor}: create it first"))?;
    let bar = indicatif::ProgressBar::new(0);
    bar.set_style(
        indicatif::ProgressStyle::with_template("{msg} [{bar:40}] {pos}/{len}")
            .expect("valid template")
            .progress_chars("=> "),
    );
    bar.set_message("checking");
    let progress = |done: usize, total: usize| {
        bar.set_length(total as u64);
        bar.set_position(done as u64);
    };
    let report = membership::import_members(&state, person.id, &data, dry_run, &progress)
        .await
        .map_err(|e| anyhow::anyhow!("import failed: {e}"))?;
    bar.finish_and_clear();
    for p in &report.problems {
        println!(
            "row {}, column {}: {}",
            p.row,
            if p.column.is_empty() { "-" } else { &p.column },
            p.message
        );
    }
    if !report.problems.is_empty() {
        anyhow::bail!("{} problem(s) in {} row(s): nothing was imported", report.problems.len(), report.rows);
    }
    if dry_run {
        println!("{} row(s) checked, no problems: run again without --dry-run to import them", report.rows);
    } else {
        println!("{} member(s) imported", report.imported.len());
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
    anyhow::ensure!(!file.exists(), "{} already exists; choose a new file name", file.display());
    // The files first, the database, then the files again: every file the copy of the
    // database refers to is in the copy of the folder (files never change; the second pass
    // adds those uploaded meanwhile).
    let folder = files_backup(file);
    let local = config.files_s3_bucket.is_none();
    let mut copied =
        if local { store::backup::copy_new_files(config.files_dir.as_ref(), &folder)? } else { 0 };
    store::backup::backup_sqlite(&db, file).await?;
    if local {
        copied += store::backup::copy_new_files(config.files_dir.as_ref(), &folder)?;
    }
    let size = std::fs::metadata(file).map(|m| m.len()).unwrap_or(0);
    println!("backup written to {} ({} KiB)", file.display(), size / 1024);
    if local {
        println!("files copied to {} ({copied} file(s))", folder.display());
    } else {
        println!(
            "the files are in the S3 bucket {}: back it up with its provider's tools",
            config.files_s3_bucket.as_deref().unwrap_or_default()
        );
    }
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
    let folder = files_backup(file);
    if folder.is_dir() {
        let copied = store::backup::copy_new_files(&folder, config.files_dir.as_ref())?;
        println!("files brought back from {} into {} ({copied} file(s))", folder.display(), config.files_dir);
    }
    Ok(())
}

/// The folder beside a backup file that holds its files.
fn files_backup(file: &std::path::Path) -> std::path::PathBuf {
    let mut name = file.file_name().unwrap_or_default().to_os_string();
    name.push(".files");
    file.with_file_name(name)
}

//! The `quartier` binary: serve, migrate, admin, demo, backup, restore, config.

use anyhow::{Context, bail};
use clap::{Parser, Subcommand};
use figment::Figment;
use figment::providers::{Env, Format, Serialized, Toml};
use quartier_core::account::{DEMO_PASSWORD, DisplayName, Email, NewPassword};
use quartier_core::neighbourhood::{Role, Slug, parse_name};
use quartier_store::Store;
use quartier_store::accounts::NewUser;
use quartier_store::demo::scale::Scale;
use quartier_web::AppState;
use quartier_web::config::Config;
use std::net::SocketAddr;
use std::path::PathBuf;

/// mimalloc rather than the system allocator: under load glibc keeps an
/// arena per thread and returns little of it, which showed as peak memory
/// (see docs/PERFORMANCE.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(name = "quartier", version, about = "Quartier: an open platform for neighbourhood networks")]
struct Cli {
    /// Settings file (TOML). QUARTIER_* variables override it.
    #[arg(long, global = true, default_value = "quartier.toml")]
    config: PathBuf,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the web server.
    Serve {
        /// Fill a demo quarter and show a demo banner on every page.
        #[arg(long)]
        demo: bool,
        /// Address to listen on, e.g. 0.0.0.0:8080.
        #[arg(long)]
        bind: Option<SocketAddr>,
    },
    /// Bring the database schema up to date.
    Migrate,
    /// Administrative tasks.
    Admin {
        #[command(subcommand)]
        task: AdminTask,
    },
    /// Fill the demo quarter, or with --scale a large synthetic dataset.
    Demo {
        /// Synthetic data for benchmarks: `city` (100 neighbourhoods,
        /// 100,000 people), `village` (one of 300 people) or a number N of
        /// neighbourhoods (the first large, the others people only).
        #[arg(long, value_parser = parse_scale)]
        scale: Option<Scale>,
    },
    /// Write a consistent copy of the database to FILE while it runs.
    Backup { file: PathBuf },
    /// Replace the database with a backup. Stop the server first.
    Restore { file: PathBuf },
    /// Print the effective configuration, secrets hidden.
    Config,
}

#[derive(Subcommand)]
enum AdminTask {
    /// Create an operator. The password is read from QUARTIER_NEW_PASSWORD or standard input.
    CreateOperator {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
    },
    /// Create a neighbourhood.
    CreateNeighbourhood {
        #[arg(long)]
        slug: String,
        #[arg(long)]
        name: String,
        #[arg(long, default_value = "")]
        description: String,
        #[arg(long, default_value = "Europe/Berlin")]
        timezone: String,
    },
    /// Make an existing account coordinator of a neighbourhood.
    MakeCoordinator {
        #[arg(long)]
        email: String,
        #[arg(long)]
        slug: String,
    },
}

fn load_config(path: &PathBuf) -> anyhow::Result<Config> {
    let mut fig = Figment::from(Serialized::defaults(Config::default()));
    if path.exists() {
        fig = fig.merge(Toml::file(path));
    }
    // QUARTIER_TEST_* and QUARTIER_BIN belong to the test suites, QUARTIER_NEW_PASSWORD
    // to `admin`, QUARTIER_LOG to the log filter.
    fig = fig.merge(
        Env::prefixed("QUARTIER_")
            .filter(|k| {
                let k = k.as_str().to_ascii_lowercase();
                !k.starts_with("test_") && !matches!(k.as_str(), "new_password" | "log" | "bin")
            })
            .split("__"),
    );
    let c: Config = fig.extract().map_err(|e| anyhow::anyhow!("configuration: {e}"))?;
    c.validate().map_err(|e| anyhow::anyhow!("configuration: {e}"))?;
    Ok(c)
}

fn init_logs(c: &Config) {
    let filter = tracing_subscriber::EnvFilter::try_from_env("QUARTIER_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn,sea_orm=warn,tower_http=info"));
    let b = tracing_subscriber::fmt().with_env_filter(filter);
    if c.log_format == "json" {
        b.json().init();
    } else {
        b.init();
    }
}

async fn open_store(c: &Config) -> anyhow::Result<Store> {
    let store = Store::connect(&c.database_url)
        .await
        .with_context(|| format!("database_url: cannot open {}", quartier_store::redact_url(&c.database_url)))?;
    store.migrate().await.context("migrating the database")?;
    match c.clock_start {
        Some(t) if c.demo => Ok(store.with_clock(quartier_store::Clock::starting_at(t))),
        Some(_) => anyhow::bail!("configuration: clock_start is only allowed in demo mode"),
        None => Ok(store),
    }
}

fn read_new_password(demo: bool) -> anyhow::Result<NewPassword> {
    let raw = match std::env::var("QUARTIER_NEW_PASSWORD") {
        Ok(p) => p,
        Err(_) => {
            eprintln!("Password for the new account (at least 10 characters):");
            let mut s = String::new();
            std::io::stdin().read_line(&mut s)?;
            s.trim_end_matches(['\n', '\r']).to_string()
        }
    };
    NewPassword::parse("password", &raw, demo).map_err(|e| anyhow::anyhow!("password refused: {}", e.key))
}

/// Errors end the program with one readable line, naming what is wrong.
fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    let rt = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("quartier: cannot start the runtime: {e}");
            return std::process::ExitCode::FAILURE;
        }
    };
    match rt.block_on(run(cli)) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("quartier: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

async fn run(cli: Cli) -> anyhow::Result<()> {
    let mut config = load_config(&cli.config)?;
    match cli.command {
        Command::Serve { demo, bind } => {
            config.demo |= demo;
            if let Some(b) = bind {
                config.bind = b;
            }
            init_logs(&config);
            serve(config).await
        }
        Command::Migrate => {
            open_store(&config).await?;
            println!("Database is up to date.");
            Ok(())
        }
        Command::Admin { task } => admin(config, task).await,
        Command::Demo { scale } => {
            let store = open_store(&config).await?;
            match scale {
                Some(scale) => seed_synthetic(&store, &scale).await?,
                None => {
                    store.seed_demo().await?;
                    print_demo_logins();
                }
            }
            // Closing checkpoints SQLite's write-ahead log into the file.
            store.close().await?;
            Ok(())
        }
        Command::Backup { file } => {
            let store = open_store(&config).await?;
            store.backup_to(&file).await?;
            println!("Backup written to {}.", file.display());
            Ok(())
        }
        Command::Restore { file } => {
            quartier_store::backup::restore(&config.database_url, &file).await?;
            println!("Restored from {}. Start the server again.", file.display());
            Ok(())
        }
        Command::Config => {
            print!("{}", toml_of(&config)?);
            Ok(())
        }
    }
}

fn toml_of(c: &Config) -> anyhow::Result<String> {
    let v = serde_json::to_value(c)?;
    let mut out = String::new();
    let mut tables = String::new();
    if let serde_json::Value::Object(m) = v {
        for (k, v) in m {
            match v {
                serde_json::Value::Object(sub) => {
                    tables.push_str(&format!("\n[{k}]\n"));
                    for (sk, sv) in sub {
                        if !sv.is_null() {
                            tables.push_str(&format!("{sk} = {sv}\n"));
                        }
                    }
                }
                serde_json::Value::Null => {}
                v => out.push_str(&format!("{k} = {v}\n")),
            }
        }
    }
    Ok(out + &tables)
}

fn parse_scale(s: &str) -> Result<Scale, String> {
    Scale::parse(s).ok_or_else(|| format!("`{s}`: city, village or a number of neighbourhoods (at least 1)"))
}

/// Generate synthetic data with a progress bar (rows of the headline
/// tables: people, organisations, help entries, events, messages).
async fn seed_synthetic(store: &Store, scale: &Scale) -> anyhow::Result<()> {
    use indicatif::{ProgressBar, ProgressStyle};
    let started = std::time::Instant::now();
    let bar = ProgressBar::new(scale.rows());
    bar.set_style(
        ProgressStyle::with_template(
            "{elapsed_precise} [{wide_bar}] {human_pos}/{human_len} rows, {per_sec}, {eta} left",
        )
        .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    let people = store.seed_synthetic(scale, &|n| bar.inc(n)).await;
    bar.finish_and_clear();
    let people = people?;
    let t = scale.total;
    if people == 0 {
        println!("All {} neighbourhoods were there already; nothing generated.", scale.neighbourhoods);
        return Ok(());
    }
    println!(
        "Created {people} people in {} ({} organisations, {} help entries, {} events, {} messages in all) in {:.1} s.",
        match scale.neighbourhoods {
            1 => "one neighbourhood".to_string(),
            n => format!("{n} neighbourhoods"),
        },
        t.organisations,
        t.entries,
        t.events,
        t.messages,
        started.elapsed().as_secs_f64()
    );
    println!(
        "Log in as r1@{}.example.org (resident), r0@… (coordinator) or r2@… (moderator), password {}.",
        quartier_store::demo::scale::slug(0),
        quartier_store::demo::scale::PASSWORD
    );
    Ok(())
}

fn print_demo_logins() {
    println!("Demo logins (password: {DEMO_PASSWORD}):");
    for (email, name, what) in quartier_store::demo::DEMO_ACCOUNTS {
        println!("  {email:<28} {name} – {what}");
    }
}

async fn serve(config: Config) -> anyhow::Result<()> {
    let store = open_store(&config).await?;
    if config.demo {
        store.seed_demo().await?;
    }
    if !store.plans_ignore_bound_values().await? {
        tracing::warn!(
            "SQLite was built without SQLITE_ENABLE_QPSG (build from the repository, which sets it in \
             .cargo/config.toml): every page parses its statements anew and is slower"
        );
    }
    let listener = tokio::net::TcpListener::bind(config.bind)
        .await
        .with_context(|| format!("bind: cannot listen on {}", config.bind))?;
    let url = config.base_url();
    if !store.operator_exists().await? {
        let minutes = config.setup_token_minutes;
        let token = store.issue_setup_token(chrono::Duration::minutes(i64::from(minutes))).await?;
        println!("\nThis instance has no operator yet. Open {url}/setup and enter this one-time set-up token");
        println!("(valid for {minutes} minutes; restart the server for a new one):\n\n    {token}\n");
    }
    if config.demo {
        println!("\nDEMO MODE – do not use for real data.");
        print_demo_logins();
    }
    println!("\nQuartier is listening on {url}\n");
    let state = AppState::new(store, config)?;
    quartier_web::serve(state, listener).await
}

async fn admin(config: Config, task: AdminTask) -> anyhow::Result<()> {
    let store = open_store(&config).await?;
    match task {
        AdminTask::CreateOperator { email, name } => {
            let email = Email::parse(&email).map_err(|_| anyhow::anyhow!("--email: not a valid address"))?;
            let name = DisplayName::parse(&name).map_err(|_| anyhow::anyhow!("--name: 2 to 60 characters"))?;
            if let Some(u) = store.user_by_email(&email).await? {
                store.set_operator(u.id, true).await?;
                println!("{} is now an operator.", email);
                return Ok(());
            }
            let pw = read_new_password(config.demo)?;
            let hash = quartier_store::passwords::hash(pw.expose()).map_err(|e| anyhow::anyhow!(e))?;
            store
                .create_user(NewUser {
                    email: &email,
                    password_hash: hash,
                    display_name: name.as_str(),
                    prefs: Default::default(),
                    operator: true,
                    confirmed: true,
                })
                .await?;
            println!("Operator {email} created.");
        }
        AdminTask::CreateNeighbourhood { slug, name, description, timezone } => {
            let slug = Slug::parse(&slug).map_err(|e| anyhow::anyhow!("--slug: {}", e.key))?;
            let name = parse_name(&name).map_err(|e| anyhow::anyhow!("--name: {}", e.key))?;
            if timezone.parse::<chrono_tz::Tz>().is_err() {
                bail!("--timezone: unknown time zone {timezone}");
            }
            store.create_neighbourhood(&slug, &name, &description, &timezone).await?;
            println!("Neighbourhood {} created at /n/{}.", name, slug.as_str());
        }
        AdminTask::MakeCoordinator { email, slug } => {
            let email = Email::parse(&email).map_err(|_| anyhow::anyhow!("--email: not a valid address"))?;
            let u = store
                .user_by_email(&email)
                .await?
                .ok_or_else(|| anyhow::anyhow!("--email: no account with this address"))?;
            let n = store
                .neighbourhood_by_slug(&slug)
                .await
                .map_err(|_| anyhow::anyhow!("--slug: no such neighbourhood"))?;
            store.add_verified_member(u.id, n.id, Role::Coordinator, None).await?;
            store.audit(Some(n.id), None, "role_set", Some(u.id), "coordinator").await?;
            println!("{email} is now coordinator of {}.", n.name);
        }
    }
    Ok(())
}

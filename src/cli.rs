//! The command line: `serve`, `migrate`, `demo`, `user add`, `token create`, `export`,
//! `members import`.

use std::io::{BufRead, IsTerminal};
use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};
use tokio::sync::watch;

use crate::app::{Application, build_state, open_database};
use crate::config::Settings;
use crate::services::accounts::{self, Role};

#[derive(Debug, Parser)]
#[command(name = "convene", version, about = "Event and webinar registration")]
pub struct Cli {
    /// A configuration file read after config/default.toml and config/local.toml.
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Applies migrations and runs the web server, the email worker and the scheduler.
    Serve {
        /// Loads the demo events first (safe to repeat).
        #[arg(long)]
        demo: bool,
    },
    /// Applies pending migrations and exits.
    Migrate {
        /// Lists the pending migrations without applying them.
        #[arg(long)]
        dry_run: bool,
    },
    /// Loads the demo data and exits (safe to repeat).
    Demo {
        /// Deletes the demo events, their registrations and the demo account instead.
        #[arg(long)]
        remove: bool,
    },
    /// Writes a consistent copy of the SQLite database while Convene keeps running.
    Backup {
        #[arg(long, value_name = "FILE")]
        output: PathBuf,
    },
    /// Replaces the SQLite database with a backup. Stop every `convene serve` first.
    Restore {
        #[arg(long, value_name = "FILE")]
        input: PathBuf,
        /// Confirms that the current database may be overwritten.
        #[arg(long)]
        yes: bool,
    },
    /// Manages organizer accounts.
    User {
        #[command(subcommand)]
        action: UserAction,
    },
    /// Manages API tokens.
    Token {
        #[command(subcommand)]
        action: TokenAction,
    },
    /// Exports an event's registrations with attendance as CSV, XLSX or JSON.
    Export(crate::export::command::ExportArgs),
    /// Manages the member directory.
    Members {
        #[command(subcommand)]
        action: MembersAction,
    },
}

#[derive(Debug, Subcommand)]
pub enum MembersAction {
    /// Imports member organisations and contacts from a CSV file with the columns
    /// organization, country, region, contact_name, email, language (safe to repeat).
    Import {
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
}

#[derive(Debug, Subcommand)]
pub enum UserAction {
    /// Creates an organizer account.
    Add {
        #[arg(long)]
        email: String,
        #[arg(long, value_enum)]
        role: RoleArg,
        /// Reads the password from the first line of standard input instead of generating one.
        #[arg(long)]
        password_stdin: bool,
    },
    /// Disables an account: it can no longer sign in, and its API tokens stop working.
    Disable {
        #[arg(long)]
        email: String,
    },
    /// Enables a disabled account again.
    Enable {
        #[arg(long)]
        email: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum TokenAction {
    /// Prints a new API token for an organizer (shown once, stored hashed).
    Create {
        #[arg(long)]
        email: String,
        #[arg(long, default_value = "")]
        name: String,
        /// The token stops working after this many days; without it, it works until revoked.
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=3650))]
        expires_in_days: Option<u32>,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum RoleArg {
    Admin,
    Organizer,
}

pub async fn run(cli: Cli) -> anyhow::Result<()> {
    let demo = matches!(
        cli.command,
        Command::Serve { demo: true } | Command::Demo { remove: false }
    );
    let settings = Settings::load(cli.config.as_deref(), demo)?;
    crate::telemetry::init(&settings);
    match cli.command {
        Command::Serve { demo } => serve(settings, demo).await,
        Command::Migrate { dry_run: true } => {
            let pending = crate::app::pending_migrations(&settings).await?;
            if pending.is_empty() {
                println!("the database is up to date");
            }
            for name in pending {
                println!("pending: {name}");
            }
            Ok(())
        }
        Command::Migrate { dry_run: false } => {
            open_database(&settings).await?;
            println!("migrations applied");
            Ok(())
        }
        Command::Demo { remove: false } => {
            let state = build_state(settings).await?;
            let loaded = crate::demo::load(&state).await?;
            println!("demo data loaded: {} new events", loaded.created);
            print_demo_sign_in(&state.settings, &loaded);
            Ok(())
        }
        Command::Demo { remove: true } => {
            let state = build_state(settings).await?;
            let removed = crate::demo::remove(&state).await?;
            if removed.account {
                println!(
                    "demo removed: {} events with their registrations, and the demo account",
                    removed.events
                );
            } else {
                println!("there is no demo account: nothing to remove");
            }
            Ok(())
        }
        Command::Backup { output } => {
            let bytes = crate::backup::backup(&settings, &output).await?;
            println!("backup written to {} ({bytes} bytes)", output.display());
            Ok(())
        }
        Command::Restore { input, yes: false } => anyhow::bail!(
            "restoring replaces the current database with {}: everything since that backup is lost. \
             Stop every `convene serve`, then run again with --yes",
            input.display()
        ),
        Command::Restore { input, yes: true } => {
            let target = crate::backup::restore(&settings, &input).await?;
            println!("restored {} into {}", input.display(), target.display());
            Ok(())
        }
        Command::User {
            action:
                UserAction::Add {
                    email,
                    role,
                    password_stdin,
                },
        } => {
            let db = open_database(&settings).await?;
            let password = if password_stdin {
                read_password()?
            } else {
                crate::security::random_token()[..20].to_string()
            };
            let role = match role {
                RoleArg::Admin => Role::Admin,
                RoleArg::Organizer => Role::Organizer,
            };
            let user = accounts::add_user(&db, &email, role, &password, chrono::Utc::now()).await?;
            println!("created {} ({})", user.email, user.role);
            if !password_stdin {
                println!("password (shown once): {password}");
            }
            Ok(())
        }
        Command::User {
            action: UserAction::Disable { email },
        } => {
            let db = open_database(&settings).await?;
            accounts::set_disabled(&db, &email, true, chrono::Utc::now()).await?;
            println!("disabled {email}: it can no longer sign in or use its API tokens");
            Ok(())
        }
        Command::User {
            action: UserAction::Enable { email },
        } => {
            let db = open_database(&settings).await?;
            accounts::set_disabled(&db, &email, false, chrono::Utc::now()).await?;
            println!("enabled {email}");
            Ok(())
        }
        Command::Token {
            action:
                TokenAction::Create {
                    email,
                    name,
                    expires_in_days,
                },
        } => {
            let db = open_database(&settings).await?;
            let token = accounts::create_expiring_token(
                &db,
                &email,
                &name,
                expires_in_days,
                chrono::Utc::now(),
            )
            .await?;
            println!("{token}");
            Ok(())
        }
        Command::Export(args) => crate::export::command::run(&settings, args).await,
        Command::Members {
            action: MembersAction::Import { file },
        } => import_members(settings, &file).await,
    }
}

/// The demo account's sign-in: its password only when this run created it (shown once).
fn print_demo_sign_in(settings: &Settings, loaded: &crate::demo::Loaded) {
    let url = settings.base_url();
    let email = crate::demo::DEMO_ADMIN_EMAIL;
    match &loaded.new_password {
        Some(password) => println!(
            "Demo organizer: sign in at {url}/admin as {email} with the password (shown once): {password}"
        ),
        None => println!(
            "Demo organizer: {email}, with the password printed when the demo was first loaded \
             (or remove the demo with `convene demo --remove` and load it again)"
        ),
    }
}

fn read_password() -> anyhow::Result<String> {
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line)?;
    let password = line.trim_end_matches(['\r', '\n']).to_string();
    if password.is_empty() {
        anyhow::bail!("--password-stdin: standard input held no password");
    }
    Ok(password)
}

async fn serve(settings: Settings, demo: bool) -> anyhow::Result<()> {
    let state = build_state(settings).await?;
    let loaded = if demo {
        Some(crate::demo::load(&state).await?)
    } else {
        None
    };
    let demo_account = crate::db::organizer::find_demo(&state.db).await?;
    let app = Application::bind(state).await?;
    let url = app.state.settings.base_url().to_string();
    println!("Convene is running at {url} (listening on {})", app.addr);
    if let Some(loaded) = &loaded {
        print_demo_sign_in(&app.state.settings, loaded);
    }
    if let Some(account) = demo_account {
        // Its password was printed once to whoever loaded the demo; it opens every event.
        tracing::warn!(
            account = %account.email,
            "the demo account exists; remove the demo with `convene demo --remove` before real use"
        );
    }
    if crate::db::organizer::list_all(&app.state.db)
        .await
        .is_ok_and(|accounts| accounts.is_empty())
    {
        println!("{}", first_account_hint(&url));
    }
    if !std::io::stdout().is_terminal() {
        tracing::info!(%url, "serving");
    }
    let (stop, stopped) = watch::channel(false);
    tokio::spawn(async move {
        shutdown_signal().await;
        tracing::info!("shutting down");
        let _ = stop.send(true);
    });
    app.run(stopped).await
}

/// What an operator with an empty database does next: no one can sign in until an account
/// exists, and only the command line can create the first one.
fn first_account_hint(url: &str) -> String {
    format!(
        "No organizer account exists yet. Create the first administrator with:\n  \
         convene user add --email you@example.org --role admin\n\
         It prints a password once; then sign in at {url}/admin"
    )
}

async fn shutdown_signal() {
    let ctrl_c = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let mut term =
            match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                Ok(term) => term,
                Err(_) => {
                    let _ = ctrl_c.await;
                    return;
                }
            };
        tokio::select! {
            _ = ctrl_c => {}
            _ = term.recv() => {}
        }
    }
    #[cfg(not(unix))]
    let _ = ctrl_c.await;
}

/// `convene members import FILE`: every bad row on its own line, and nothing imported unless
/// every row is good.
async fn import_members(settings: Settings, file: &std::path::Path) -> anyhow::Result<()> {
    use crate::services::members;
    let text = std::fs::read_to_string(file)
        .map_err(|e| anyhow::anyhow!("cannot read {}: {e}", file.display()))?;
    let rows = match members::parse_csv(&text) {
        Ok(rows) => rows,
        Err(problems) => {
            for problem in &problems {
                eprintln!("{}: {problem}", file.display());
            }
            anyhow::bail!("{} bad row(s); nothing was imported", problems.len());
        }
    };
    let state = build_state(settings).await?;
    let summary = members::import(&state, &rows).await?;
    println!(
        "{} rows: {} organisations created, {} updated; {} contacts created, {} updated; {} unchanged",
        rows.len(),
        summary.organisations_created,
        summary.organisations_updated,
        summary.contacts_created,
        summary.contacts_updated,
        summary.unchanged
    );
    Ok(())
}

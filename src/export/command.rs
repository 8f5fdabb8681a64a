//! `convene export`: writes an export to a file or to standard output, with a progress bar
//! on a terminal. The bytes come from the same function as the HTTP download's.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::{Context, anyhow, bail};
use clap::ValueEnum;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::app::open_database;
use crate::config::Settings;
use crate::db::event;
use crate::domain::FilterQuery;

use super::{Export, Format, Progress};

#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// The event's slug.
    #[arg(long, value_name = "SLUG")]
    pub event: String,
    #[arg(long, value_enum)]
    pub format: FormatArg,
    /// Writes to this file instead of standard output.
    #[arg(long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Only registrations in these states, comma-separated (pending, confirmed, waitlisted,
    /// cancelled, expired).
    #[arg(long)]
    pub status: Option<String>,
    /// Only registrations in this language (nl, fr, en, es, pt).
    #[arg(long)]
    pub language: Option<String>,
    /// Only registrations from this country (ISO 3166-1 code).
    #[arg(long)]
    pub country: Option<String>,
    /// Only those who attended (true) or did not (false).
    #[arg(long)]
    pub attended: Option<String>,
    /// Only registrations whose name, email or organization contains this text.
    #[arg(long)]
    pub search: Option<String>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum FormatArg {
    Csv,
    Xlsx,
    Json,
}

impl From<FormatArg> for Format {
    fn from(f: FormatArg) -> Format {
        match f {
            FormatArg::Csv => Format::Csv,
            FormatArg::Xlsx => Format::Xlsx,
            FormatArg::Json => Format::Json,
        }
    }
}

pub async fn run(settings: &Settings, args: ExportArgs) -> anyhow::Result<()> {
    let filter = FilterQuery {
        status: args.status,
        language: args.language,
        country: args.country,
        attended: args.attended,
        q: args.search,
    }
    .parse()
    .map_err(|errors| {
        let list: Vec<String> = errors.iter().map(|(f, m)| format!("--{f}: {m}")).collect();
        anyhow!("{}", list.join("; ").replace("--q:", "--search:"))
    })?;
    let format = Format::from(args.format);
    if args.output.is_none() && format.is_binary() && std::io::stdout().is_terminal() {
        bail!("an XLSX file would garble the terminal; use --output FILE or redirect the output");
    }
    let db = open_database(settings).await?;
    let ev = event::find_by_slug(&db, &args.event)
        .await
        .context("reading the event")?
        .ok_or_else(|| anyhow!("no event with the slug {:?}", args.event))?;
    let export = Export {
        event: ev,
        filter,
        format,
    };
    let bar = progress_bar(&db, &export).await?;
    let progress: Progress = {
        let bar = bar.clone();
        Arc::new(move |done| bar.set_position(done))
    };
    let result = match &args.output {
        Some(path) => write_file(path, db, export, progress).await,
        None => {
            let mut stdout = std::io::stdout().lock();
            receive(&mut stdout, db, export, progress).await
        }
    };
    bar.finish_and_clear();
    let written = result?;
    if let Some(path) = &args.output
        && std::io::stderr().is_terminal()
    {
        eprintln!("wrote {written} bytes to {}", path.display());
    }
    Ok(())
}

/// A bar on standard error when that is a terminal; hidden otherwise, so that logs and pipes
/// stay clean.
async fn progress_bar(
    db: &sea_orm::DatabaseConnection,
    export: &Export,
) -> anyhow::Result<ProgressBar> {
    if !std::io::stderr().is_terminal() {
        return Ok(ProgressBar::hidden());
    }
    let total = super::count(db, export)
        .await
        .context("counting the registrations")?;
    let bar = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr());
    if let Ok(style) = ProgressStyle::with_template("{bar:40} {pos}/{len} registrations ({eta})") {
        bar.set_style(style);
    }
    Ok(bar)
}

/// Writes beside the target and renames at the end, so that a failed export never leaves a
/// truncated file that looks complete.
async fn write_file(
    path: &Path,
    db: sea_orm::DatabaseConnection,
    export: Export,
    progress: Progress,
) -> anyhow::Result<u64> {
    let mut partial = path.as_os_str().to_owned();
    partial.push(".partial");
    let partial = PathBuf::from(partial);
    let mut file = std::fs::File::create(&partial)
        .with_context(|| format!("cannot create {}", partial.display()))?;
    let written = match receive(&mut file, db, export, progress).await {
        Ok(n) => n,
        Err(e) => {
            let _ = std::fs::remove_file(&partial);
            return Err(e);
        }
    };
    file.sync_all()?;
    std::fs::rename(&partial, path).with_context(|| format!("cannot write {}", path.display()))?;
    Ok(written)
}

async fn receive(
    out: &mut impl Write,
    db: sea_orm::DatabaseConnection,
    export: Export,
    progress: Progress,
) -> anyhow::Result<u64> {
    let mut rx = super::spawn(db, export, Some(progress));
    let mut written = 0u64;
    while let Some(chunk) = rx.recv().await {
        let bytes = chunk.map_err(|e| anyhow!("the export failed: {e}"))?;
        out.write_all(&bytes).context("writing the export")?;
        written += bytes.len() as u64;
    }
    out.flush().context("writing the export")?;
    Ok(written)
}

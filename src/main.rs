//! The `convene` binary: parses the command line and hands over to the library.

use clap::Parser;
use clap::error::ErrorKind;

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let cli = match convene::cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) => {
            e.exit()
        }
        Err(e) if e.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => e.exit(),
        Err(e) => {
            // One line, as for every other error; the full usage is one `--help` away.
            let text = e.to_string();
            let first = text
                .lines()
                .next()
                .unwrap_or("invalid arguments")
                .trim_start_matches("error: ");
            eprintln!("convene: {first} (see `convene --help`)");
            return std::process::ExitCode::from(2);
        }
    };
    match convene::cli::run(cli).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            // anyhow's alternate form keeps the causes on one line.
            eprintln!("convene: {}", format!("{e:#}").replace('\n', " "));
            std::process::ExitCode::FAILURE
        }
    }
}

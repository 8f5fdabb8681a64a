//! The `convene` binary: parses the command line and hands over to the library.

use clap::Parser;

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let cli = convene::cli::Cli::parse();
    match convene::cli::run(cli).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("convene: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

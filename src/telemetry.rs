//! Logging: human-readable (coloured only on a terminal), JSON when configured.

use std::io::IsTerminal;

use tracing_subscriber::EnvFilter;

pub fn init(settings: &crate::config::Settings) {
    let filter = EnvFilter::try_new(&settings.log).unwrap_or_else(|_| EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        // Colour codes are for a person at a terminal; in a file or a pipe they are noise.
        .with_ansi(std::io::stderr().is_terminal());
    // A second init (tests start many apps in one process) is harmless: the first one stays.
    let _ = if settings.log_format == "json" {
        builder.json().try_init()
    } else {
        builder.try_init()
    };
}

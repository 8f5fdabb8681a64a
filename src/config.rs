//! Settings: layered from `config/default.toml`, `config/local.toml`, `--config` and `CONVENE_*`.

use std::path::{Path, PathBuf};

use figment::{
    Figment,
    providers::{Env, Format, Toml},
};
use serde::Deserialize;
use url::Url;

/// The defaults ship inside the binary, so Convene starts anywhere, even without `config/`.
const EMBEDDED_DEFAULTS: &str = include_str!("../config/default.toml");

/// The demo's branding: the network the demo events belong to.
const DEMO: &str = include_str!("../config/demo.toml");

#[derive(Debug, Clone, Deserialize)]
pub struct Settings {
    pub database_url: String,
    pub database_max_connections: u32,
    pub bind: String,
    pub public_url: String,
    /// Domain of calendar UIDs; empty: the public URL's host on first start, then kept.
    pub uid_domain: String,
    pub smtp_url: String,
    pub mail_from: String,
    pub mail_dir: PathBuf,
    pub data_dir: PathBuf,
    pub secret_key: String,
    pub log: String,
    pub log_format: String,
    pub rate_limit: u32,
    pub trusted_proxy_header: String,
    /// The proxies whose entries in `trusted_proxy_header` are believed: addresses or networks.
    #[serde(default)]
    pub trusted_proxies: TrustedProxies,
    pub pending_expiry_hours: u32,
    pub min_fill_seconds: u32,
    pub scheduler_interval_seconds: u64,
    pub outbox_lease_seconds: u32,
    pub join_opens_minutes: u32,
    pub metrics_allowed_ips: Vec<String>,
    pub consent_version: String,
    pub retention_months: u32,
    pub branding: Branding,
    /// Webhooks may reach private, loopback and link-local addresses and plain http (tests,
    /// closed networks); off, such receivers are refused.
    #[serde(default)]
    pub allow_private_webhooks: bool,
    /// Seconds a webhook receiver has to answer, body included.
    #[serde(default = "default_webhook_timeout")]
    pub webhook_timeout_seconds: u64,
    /// Origins (`https://example.org`) that may frame the embeddable form and event list.
    #[serde(default)]
    pub embed_origins: EmbedOrigins,
}

fn default_webhook_timeout() -> u64 {
    10
}

/// The items of a list setting: a TOML list or, since an environment variable holds only text,
/// a comma-separated string; blanks around an item and empty items are dropped.
fn list_items<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Raw {
        List(Vec<String>),
        Text(String),
    }
    let items: Vec<String> = match Raw::deserialize(d)? {
        Raw::List(list) => list,
        Raw::Text(text) => text.split(',').map(str::to_string).collect(),
    };
    Ok(items
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect())
}

/// Origins allowed to frame the embed pages; from a TOML list or, in the environment
/// (`CONVENE_EMBED_ORIGINS`), a comma-separated string. Each is `scheme://host[:port]`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EmbedOrigins(pub Vec<String>);

impl<'de> Deserialize<'de> for EmbedOrigins {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        list_items(d)?
            .iter()
            .map(|s| {
                let origin = Url::parse(s)
                    .ok()
                    .filter(|u| matches!(u.scheme(), "http" | "https"))
                    .filter(|u| u.host_str().is_some())
                    .filter(|u| u.path() == "/" && u.query().is_none())
                    .map(|u| u.origin().ascii_serialization());
                origin.ok_or_else(|| {
                    serde::de::Error::custom(format!(
                        "expected an origin like https://example.org, got {s:?}"
                    ))
                })
            })
            .collect::<Result<Vec<_>, _>>()
            .map(EmbedOrigins)
    }
}

#[derive(Debug, Clone, Deserialize)]
pub struct Branding {
    pub site_name: String,
    pub contact_email: String,
    pub primary_color: String,
    pub footer_text: String,
    pub privacy_url: String,
    pub imprint_url: String,
    /// A logo image file (PNG, SVG, JPEG or WebP), shown in the page header.
    pub logo_path: String,
}

/// Addresses and networks of trusted proxies; from a TOML list or, in the environment
/// (`CONVENE_TRUSTED_PROXIES`), a comma-separated string.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrustedProxies(pub Vec<ipnet::IpNet>);

impl TrustedProxies {
    pub fn contains(&self, ip: std::net::IpAddr) -> bool {
        self.0.iter().any(|net| net.contains(&ip))
    }
}

impl<'de> Deserialize<'de> for TrustedProxies {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        list_items(d)?
            .iter()
            .map(|s| {
                s.parse::<ipnet::IpNet>()
                    .or_else(|_| s.parse::<std::net::IpAddr>().map(ipnet::IpNet::from))
                    .map_err(|_| {
                        serde::de::Error::custom(format!(
                            "expected an address or a network like 10.0.0.0/8, got {s:?}"
                        ))
                    })
            })
            .collect::<Result<Vec<_>, _>>()
            .map(TrustedProxies)
    }
}

/// A setting that is present but wrong; the message names the key.
#[derive(Debug, thiserror::Error)]
#[error("configuration: {0}")]
pub struct ConfigError(String);

impl Settings {
    /// Reads every layer, the optional `--config` file last but one and the environment last.
    /// With `demo`, the demo's branding comes right after the defaults.
    pub fn load(config_file: Option<&Path>, demo: bool) -> Result<Self, ConfigError> {
        let mut figment = Figment::new()
            .merge(Toml::string(EMBEDDED_DEFAULTS))
            .merge(Toml::file("config/default.toml"));
        if demo {
            figment = figment.merge(Toml::string(DEMO));
        }
        figment = figment.merge(Toml::file("config/local.toml"));
        if let Some(file) = config_file {
            if !file.exists() {
                return Err(ConfigError(format!(
                    "the file given by --config, {}, does not exist",
                    file.display()
                )));
            }
            figment = figment.merge(Toml::file(file));
        }
        figment = figment.merge(Env::prefixed("CONVENE_").split("__"));
        Self::from_figment(figment)
    }

    /// Settings from the embedded defaults plus a TOML snippet; for tests and tools.
    pub fn from_toml(overrides: &str) -> Result<Self, ConfigError> {
        Self::from_toml_layers(&[overrides])
    }

    /// Settings from the embedded defaults plus TOML snippets, later ones winning.
    pub fn from_toml_layers(layers: &[&str]) -> Result<Self, ConfigError> {
        let figment = layers.iter().fold(
            Figment::new().merge(Toml::string(EMBEDDED_DEFAULTS)),
            |f, layer| f.merge(Toml::string(layer)),
        );
        Self::from_figment(figment)
    }

    fn from_figment(figment: Figment) -> Result<Self, ConfigError> {
        let settings: Settings = figment.extract().map_err(|e| ConfigError(first_error(e)))?;
        settings.validate()?;
        Ok(settings)
    }

    fn validate(&self) -> Result<(), ConfigError> {
        let bad = |key: &str, why: String| Err(ConfigError(format!("{key}: {why}")));
        if !(self.database_url.starts_with("sqlite:")
            || self.database_url.starts_with("postgres://")
            || self.database_url.starts_with("postgresql://"))
        {
            return bad(
                "database_url",
                format!(
                    "expected sqlite://… or postgres://…, got {:?}",
                    self.database_url
                ),
            );
        }
        if self.bind.parse::<std::net::SocketAddr>().is_err() {
            return bad(
                "bind",
                format!(
                    "expected an address like 127.0.0.1:8080, got {:?}",
                    self.bind
                ),
            );
        }
        match Url::parse(&self.public_url) {
            Ok(u) if u.scheme() == "http" || u.scheme() == "https" => {}
            _ => {
                return bad(
                    "public_url",
                    format!(
                        "expected an absolute http(s) URL, got {:?}",
                        self.public_url
                    ),
                );
            }
        }
        if !self.smtp_url.is_empty() {
            match Url::parse(&self.smtp_url) {
                Ok(u) if u.scheme() == "smtp" || u.scheme() == "smtps" => {}
                _ => {
                    return bad(
                        "smtp_url",
                        "expected smtp://host:port or smtps://host".into(),
                    );
                }
            }
        }
        if self.mail_from.parse::<lettre::message::Mailbox>().is_err() {
            return bad(
                "mail_from",
                format!("not an email address: {:?}", self.mail_from),
            );
        }
        if !matches!(self.log_format.as_str(), "text" | "json") {
            return bad(
                "log_format",
                format!("expected \"text\" or \"json\", got {:?}", self.log_format),
            );
        }
        if self.database_max_connections == 0 {
            return bad("database_max_connections", "must be at least 1".into());
        }
        if self.outbox_lease_seconds == 0 {
            return bad("outbox_lease_seconds", "must be at least 1".into());
        }
        if self.scheduler_interval_seconds == 0 {
            return bad("scheduler_interval_seconds", "must be at least 1".into());
        }
        let colour = &self.branding.primary_color;
        if !(colour.len() == 7
            && colour.starts_with('#')
            && colour[1..].chars().all(|c| c.is_ascii_hexdigit()))
        {
            return bad(
                "branding.primary_color",
                format!("expected #rrggbb, got {colour:?}"),
            );
        }
        Ok(())
    }

    /// The public base URL without a trailing slash, for building links.
    pub fn base_url(&self) -> &str {
        self.public_url.trim_end_matches('/')
    }

    pub fn is_https(&self) -> bool {
        self.public_url.starts_with("https://")
    }
}

/// Figment's errors can be long chains; the first one, with its key, is what a person needs.
fn first_error(error: figment::Error) -> String {
    let key = error.path.join(".");
    let what = error.kind.to_string();
    if key.is_empty() {
        what
    } else {
        format!("{key}: {what}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_defaults_are_valid() {
        let s = Settings::from_toml("").expect("defaults");
        assert_eq!(s.bind, "127.0.0.1:8080");
        assert_eq!(s.database_url, "sqlite://data/convene.db?mode=rwc");
    }

    #[test]
    fn a_wrong_value_names_its_key() {
        let err = Settings::from_toml("bind = \"nowhere\"").expect_err("must fail");
        assert!(err.to_string().contains("bind"), "{err}");
        let err = Settings::from_toml("rate_limit = \"many\"").expect_err("must fail");
        assert!(err.to_string().contains("rate_limit"), "{err}");
        let err =
            Settings::from_toml("[branding]\nprimary_color = \"red\"").expect_err("must fail");
        assert!(err.to_string().contains("branding.primary_color"), "{err}");
        let err = Settings::from_toml("trusted_proxies = [\"10.0.0.0/33\"]").expect_err("bad");
        assert!(err.to_string().contains("trusted_proxies"), "{err}");
    }

    #[test]
    fn trusted_proxies_are_a_list_or_a_comma_separated_string() {
        let list =
            Settings::from_toml("trusted_proxies = [\"10.0.0.0/8\", \"::1\"]").expect("list");
        let text = Settings::from_toml("trusted_proxies = \"10.0.0.0/8, ::1\"").expect("text");
        assert_eq!(list.trusted_proxies, text.trusted_proxies);
        assert!(
            list.trusted_proxies
                .contains("10.2.3.4".parse().expect("ip"))
        );
        assert!(list.trusted_proxies.contains("::1".parse().expect("ip")));
        assert!(
            !list
                .trusted_proxies
                .contains("11.0.0.1".parse().expect("ip"))
        );
    }
}

#[cfg(test)]
mod reference {
    /// The configuration reference in docs/operations.md names exactly the keys of
    /// config/default.toml, so the two cannot drift apart.
    #[test]
    fn operations_doc_lists_every_setting() {
        let mut keys = Vec::new();
        let mut section = String::new();
        for line in super::EMBEDDED_DEFAULTS.lines().map(str::trim) {
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                section = format!("{name}.");
            } else if let Some((key, _)) = line.split_once(" = ").filter(|_| !line.starts_with('#'))
            {
                keys.push(format!("{section}{key}"));
            }
        }
        let doc = include_str!("../docs/operations.md");
        let documented: Vec<&str> = doc
            .lines()
            .filter_map(|l| l.strip_prefix("| `"))
            .filter_map(|l| l.split('`').next())
            .filter(|k| !k.starts_with('/') && !k.starts_with("convene_") && !k.starts_with("GET"))
            .collect();
        for key in &keys {
            assert!(
                documented.contains(&key.as_str()),
                "docs/operations.md lacks {key}"
            );
        }
        for key in &documented {
            assert!(
                keys.iter().any(|k| k == key),
                "docs/operations.md documents unknown {key}"
            );
        }
    }
}

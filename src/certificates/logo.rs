//! The organisation's logo (`branding.logo_path`) for the certificate: read from the file each
//! time a certificate is made, as the page header does, so an operator may replace it.
//! PNG, JPEG, WebP and GIF are drawn; an SVG logo (or none, or an unreadable file) leaves the
//! certificate with the site's name and colour only.

use std::sync::Arc;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogoFormat {
    Png,
    Jpeg,
    Webp,
    Gif,
}

#[derive(Debug, Clone)]
pub struct Logo {
    pub format: LogoFormat,
    pub bytes: Arc<Vec<u8>>,
}

impl LogoFormat {
    /// The format a file's extension names, if it is one the certificate can draw.
    fn of(path: &str) -> Option<LogoFormat> {
        let extension = path.rsplit_once('.')?.1.to_ascii_lowercase();
        match extension.as_str() {
            "png" => Some(LogoFormat::Png),
            "jpg" | "jpeg" => Some(LogoFormat::Jpeg),
            "webp" => Some(LogoFormat::Webp),
            "gif" => Some(LogoFormat::Gif),
            _ => None,
        }
    }
}

/// The logo at `path`; None when there is none the certificate can draw.
pub async fn load(path: &str) -> Option<Logo> {
    if path.is_empty() {
        return None;
    }
    let format = LogoFormat::of(path)?;
    match tokio::fs::read(path).await {
        Ok(bytes) => Some(Logo {
            format,
            bytes: Arc::new(bytes),
        }),
        Err(e) => {
            tracing::warn!(error = %e, path, "the logo cannot be read for certificates");
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_follow_the_extension() {
        assert_eq!(LogoFormat::of("/srv/logo.PNG"), Some(LogoFormat::Png));
        assert_eq!(LogoFormat::of("logo.jpeg"), Some(LogoFormat::Jpeg));
        assert_eq!(LogoFormat::of("logo.svg"), None);
        assert_eq!(LogoFormat::of("logo"), None);
    }
}

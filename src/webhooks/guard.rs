//! Where a webhook may point: https only, and never at a private, loopback or link-local
//! address, so that a webhook cannot be used to reach into the server's own network. The
//! host is resolved, every address checked, and the connection made to a checked address
//! (the resolver below), so a name that changes its answer between check and use gains
//! nothing.

use std::net::{IpAddr, SocketAddr};

use url::Url;

/// Why a webhook URL is refused; `message_key` names its Fluent message.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum UrlProblem {
    #[error("not a valid URL")]
    Invalid,
    #[error("the URL must start with https://")]
    NotHttps,
    #[error("the URL must not carry a user name or password")]
    Credentials,
    #[error("the host does not resolve")]
    Unresolvable,
    #[error("the host resolves to a private, loopback or link-local address")]
    Forbidden,
}

impl UrlProblem {
    pub fn message_key(&self) -> &'static str {
        match self {
            UrlProblem::Invalid => "webhook-url-invalid",
            UrlProblem::NotHttps => "webhook-url-not-https",
            UrlProblem::Credentials => "webhook-url-credentials",
            UrlProblem::Unresolvable => "webhook-url-unresolvable",
            UrlProblem::Forbidden => "webhook-url-forbidden",
        }
    }
}

/// Parses and checks a URL as a receiver; with `allow_private`, plain http and private
/// addresses pass (tests, closed networks).
pub async fn check_url(raw: &str, allow_private: bool) -> Result<Url, UrlProblem> {
    let url = Url::parse(raw.trim()).map_err(|_| UrlProblem::Invalid)?;
    match url.scheme() {
        "https" => {}
        "http" if allow_private => {}
        "http" => return Err(UrlProblem::NotHttps),
        _ => return Err(UrlProblem::Invalid),
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(UrlProblem::Credentials);
    }
    let host = url.host_str().ok_or(UrlProblem::Invalid)?;
    let port = url.port_or_known_default().unwrap_or(443);
    resolve_checked(host, port, allow_private).await?;
    Ok(url)
}

/// Every address `host` resolves to, refused as a whole when any one is forbidden.
pub async fn resolve_checked(
    host: &str,
    port: u16,
    allow_private: bool,
) -> Result<Vec<SocketAddr>, UrlProblem> {
    let host = host.trim_start_matches('[').trim_end_matches(']');
    let addrs: Vec<SocketAddr> = match host.parse::<IpAddr>() {
        Ok(ip) => vec![SocketAddr::new(ip, port)],
        Err(_) => tokio::net::lookup_host((host, port))
            .await
            .map_err(|_| UrlProblem::Unresolvable)?
            .collect(),
    };
    if addrs.is_empty() {
        return Err(UrlProblem::Unresolvable);
    }
    if !allow_private && addrs.iter().any(|a| is_forbidden(a.ip())) {
        return Err(UrlProblem::Forbidden);
    }
    Ok(addrs)
}

/// Addresses a webhook must not reach: this machine, private and shared networks,
/// link-local (cloud metadata lives there), multicast, and the unspecified address.
pub fn is_forbidden(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => {
            let [a, b, ..] = v4.octets();
            v4.is_loopback()
                || v4.is_private()
                || v4.is_link_local()
                || v4.is_unspecified()
                || v4.is_broadcast()
                || v4.is_multicast()
                || a == 0
                || (a == 100 && (64..128).contains(&b))
                || (a == 192 && b == 0 && v4.octets()[2] == 0)
                || a >= 240
        }
        IpAddr::V6(v6) => {
            if let Some(v4) = v6.to_ipv4_mapped() {
                return is_forbidden(IpAddr::V4(v4));
            }
            let first = v6.segments()[0];
            v6.is_loopback()
                || v6.is_unspecified()
                || v6.is_multicast()
                || (first & 0xfe00) == 0xfc00
                || (first & 0xffc0) == 0xfe80
                || (first == 0x64 && v6.segments()[1] == 0xff9b)
        }
    }
}

/// reqwest's resolver for deliveries: resolves and checks, so the connection goes only to
/// an address that passed.
pub struct CheckedResolver {
    pub allow_private: bool,
}

impl reqwest::dns::Resolve for CheckedResolver {
    fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        let host = name.as_str().to_string();
        let allow_private = self.allow_private;
        Box::pin(async move {
            let addrs = resolve_checked(&host, 0, allow_private)
                .await
                .map_err(|e| Box::new(e) as Box<dyn std::error::Error + Send + Sync>)?;
            Ok(Box::new(addrs.into_iter()) as reqwest::dns::Addrs)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn private_loopback_and_link_local_are_forbidden() {
        for ip in [
            "127.0.0.1",
            "10.1.2.3",
            "172.16.0.1",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "0.0.0.0",
            "::1",
            "fe80::1",
            "fd00::1",
            "::ffff:127.0.0.1",
        ] {
            assert!(is_forbidden(ip.parse().expect("ip")), "{ip}");
        }
        for ip in ["93.184.215.14", "2606:4700::1111", "1.1.1.1"] {
            assert!(!is_forbidden(ip.parse().expect("ip")), "{ip}");
        }
    }

    #[tokio::test]
    async fn urls_are_refused_with_their_reason() {
        assert_eq!(
            check_url("http://example.org/hook", false).await,
            Err(UrlProblem::NotHttps)
        );
        assert_eq!(
            check_url("https://127.0.0.1/hook", false).await,
            Err(UrlProblem::Forbidden)
        );
        assert_eq!(
            check_url("https://[::1]:8443/hook", false).await,
            Err(UrlProblem::Forbidden)
        );
        assert_eq!(
            check_url("https://localhost/hook", false).await,
            Err(UrlProblem::Forbidden)
        );
        assert_eq!(
            check_url("ftp://example.org/", false).await,
            Err(UrlProblem::Invalid)
        );
        assert!(check_url("http://127.0.0.1:9/hook", true).await.is_ok());
    }
}

//! Where emails go: an SMTP server, or `.eml` files in a folder.

use std::path::PathBuf;

use lettre::address::Envelope;
use lettre::transport::smtp::PoolConfig;
use lettre::{Address, AsyncSmtpTransport, AsyncTransport, Tokio1Executor};

use crate::domain::mask_all;

#[derive(Clone)]
pub enum Transport {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    File(PathBuf),
}

/// A failed delivery. Permanent failures (the server refused the recipient for good) are not
/// retried; everything else (no connection, a timeout, a 4xx) is.
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct SendError {
    pub permanent: bool,
    pub message: String,
}

impl Transport {
    /// `smtp_url` empty: write files into `mail_dir`.
    pub fn from_settings(smtp_url: &str, mail_dir: PathBuf) -> anyhow::Result<Transport> {
        if smtp_url.is_empty() {
            return Ok(Transport::File(mail_dir));
        }
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(smtp_url)
            .map_err(|e| anyhow::anyhow!("smtp_url: {e}"))?
            .timeout(Some(std::time::Duration::from_secs(20)))
            // One open session per email the outbox sends at once, so none waits to connect.
            .pool_config(PoolConfig::new().max_size(super::outbox::PARALLEL_SENDS as u32))
            .build();
        Ok(Transport::Smtp(transport))
    }

    pub fn describe(&self) -> String {
        match self {
            Transport::Smtp(_) => "SMTP".into(),
            Transport::File(dir) => format!("files in {}", dir.display()),
        }
    }

    pub async fn send(
        &self,
        from: &str,
        to: &str,
        message_id: &str,
        payload: &[u8],
    ) -> Result<(), SendError> {
        match self {
            Transport::Smtp(smtp) => {
                let envelope = envelope(from, to)?;
                smtp.send_raw(&envelope, payload)
                    .await
                    .map(|_| ())
                    .map_err(|e| SendError {
                        permanent: e.is_permanent(),
                        // Servers quote the recipient in their refusals; logs keep it masked.
                        message: mask_all(&e.to_string()),
                    })
            }
            Transport::File(dir) => {
                let temporary = |e: std::io::Error| SendError {
                    permanent: false,
                    message: e.to_string(),
                };
                tokio::fs::create_dir_all(dir).await.map_err(temporary)?;
                let name: String = message_id
                    .chars()
                    .map(|c| {
                        if c.is_ascii_alphanumeric() || c == '-' || c == '.' {
                            c
                        } else {
                            '_'
                        }
                    })
                    .collect();
                tokio::fs::write(dir.join(format!("{name}.eml")), payload)
                    .await
                    .map_err(temporary)
            }
        }
    }
}

fn envelope(from: &str, to: &str) -> Result<Envelope, SendError> {
    let parse = |s: &str| {
        s.parse::<Address>().map_err(|e| SendError {
            permanent: true,
            message: format!("bad address {}: {e}", mask_all(s)),
        })
    };
    Envelope::new(Some(parse(from)?), vec![parse(to)?]).map_err(|e| SendError {
        permanent: true,
        message: e.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A server that refuses the recipient and quotes the address in its answer, as many do.
    async fn refusing_server() -> std::net::SocketAddr {
        use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let addr = listener.local_addr().expect("addr");
        tokio::spawn(async move {
            let Ok((socket, _)) = listener.accept().await else {
                return;
            };
            let (read, mut write) = socket.into_split();
            let mut lines = BufReader::new(read).lines();
            let _ = write.write_all(b"220 test ESMTP\r\n").await;
            while let Ok(Some(line)) = lines.next_line().await {
                let upper = line.to_ascii_uppercase();
                let answer: &[u8] = if upper.starts_with("EHLO") {
                    b"250 test\r\n"
                } else if upper.starts_with("RCPT") {
                    b"550 5.1.1 <ada.lovelace@example.org>: Recipient address rejected\r\n"
                } else if upper.starts_with("QUIT") {
                    let _ = write.write_all(b"221 bye\r\n").await;
                    return;
                } else {
                    b"250 ok\r\n"
                };
                let _ = write.write_all(answer).await;
            }
        });
        addr
    }

    #[tokio::test]
    async fn an_smtp_refusal_is_reported_with_the_address_masked() {
        let addr = refusing_server().await;
        let transport =
            Transport::from_settings(&format!("smtp://{addr}"), PathBuf::new()).expect("transport");
        let error = transport
            .send(
                "events@example.org",
                "ada.lovelace@example.org",
                "<m@example.org>",
                b"Subject: hi\r\n\r\nbody",
            )
            .await
            .expect_err("refused");
        assert!(error.permanent, "{error:?}");
        assert!(
            error.message.contains("Recipient address rejected"),
            "{error:?}"
        );
        assert!(!error.message.contains("ada.lovelace"), "{error:?}");
        assert!(error.message.contains("a***@example.org"), "{error:?}");
    }

    #[tokio::test]
    async fn without_smtp_each_email_becomes_an_eml_file() {
        let dir =
            std::env::temp_dir().join(format!("convene-mail-{}", uuid::Uuid::new_v4().simple()));
        let transport = Transport::from_settings("", dir.clone()).expect("transport");
        assert!(transport.describe().starts_with("files in"));
        transport
            .send(
                "events@example.org",
                "ada@example.org",
                "<a/b@example.org>",
                b"Subject: hi\r\n\r\nbody",
            )
            .await
            .expect("written");
        let written = std::fs::read(dir.join("_a_b_example.org_.eml")).expect("the .eml file");
        assert_eq!(written, b"Subject: hi\r\n\r\nbody");
        let _ = std::fs::remove_dir_all(dir);
    }
}

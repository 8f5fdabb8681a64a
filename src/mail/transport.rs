//! Where emails go: an SMTP server, `.eml` files in a folder, or memory (unit tests only).

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use lettre::address::Envelope;
use lettre::{Address, AsyncSmtpTransport, AsyncTransport, Tokio1Executor};

/// Emails kept by the memory transport: (recipient, message).
pub type Sent = Arc<Mutex<Vec<(String, Vec<u8>)>>>;

#[derive(Clone)]
pub enum Transport {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    File(PathBuf),
    Memory(Sent),
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
            .build();
        Ok(Transport::Smtp(transport))
    }

    pub fn describe(&self) -> String {
        match self {
            Transport::Smtp(_) => "SMTP".into(),
            Transport::File(dir) => format!("files in {}", dir.display()),
            Transport::Memory(_) => "memory".into(),
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
                        message: e.to_string(),
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
            Transport::Memory(store) => {
                store
                    .lock()
                    .unwrap_or_else(|poisoned| poisoned.into_inner())
                    .push((to.to_string(), payload.to_vec()));
                Ok(())
            }
        }
    }
}

fn envelope(from: &str, to: &str) -> Result<Envelope, SendError> {
    let parse = |s: &str| {
        s.parse::<Address>().map_err(|e| SendError {
            permanent: true,
            message: format!("bad address: {e}"),
        })
    };
    Envelope::new(Some(parse(from)?), vec![parse(to)?]).map_err(|e| SendError {
        permanent: true,
        message: e.to_string(),
    })
}

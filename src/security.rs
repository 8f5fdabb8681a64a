//! Secrets and tokens: participant links, API tokens, form tokens and password hashes.
//!
//! Participant links are an HMAC of the registration's identity under the server's secret.
//! The database keeps only a SHA-256 of each link, so a copy of the database alone cannot be
//! turned into working links, while the server can still put the link into later emails.

use std::path::Path;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::{Digest, Sha256};

#[derive(Clone)]
pub struct Secret(Vec<u8>);

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(…)")
    }
}

impl Secret {
    pub fn new(bytes: Vec<u8>) -> Self {
        Self(bytes)
    }

    /// The configured secret, else the one in `data_dir/secret.key`, created on first start.
    pub fn load_or_create(configured: &str, data_dir: &Path) -> anyhow::Result<Secret> {
        if !configured.is_empty() {
            if configured.len() < 32 {
                anyhow::bail!("configuration: secret_key: must be at least 32 characters");
            }
            return Ok(Secret(configured.as_bytes().to_vec()));
        }
        let path = data_dir.join("secret.key");
        if let Ok(existing) = std::fs::read_to_string(&path) {
            let existing = existing.trim();
            if existing.len() >= 32 {
                return Ok(Secret(existing.as_bytes().to_vec()));
            }
        }
        create_private_dir(data_dir)
            .map_err(|e| anyhow::anyhow!("cannot create {}: {e}", data_dir.display()))?;
        let fresh = random_token();
        write_private_file(&path, fresh.as_bytes())
            .map_err(|e| anyhow::anyhow!("cannot write {}: {e}", path.display()))?;
        Ok(Secret(fresh.into_bytes()))
    }

    /// An HMAC-SHA256 of `parts` (joined with NUL, so no two inputs collide).
    fn mac(&self, parts: &[&str]) -> Hmac<Sha256> {
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.0)
            .unwrap_or_else(|_| unreachable!("HMAC takes any key length"));
        for (i, part) in parts.iter().enumerate() {
            if i > 0 {
                mac.update(&[0]);
            }
            mac.update(part.as_bytes());
        }
        mac
    }

    /// The signature of `parts`, URL-safe.
    pub fn sign(&self, parts: &[&str]) -> String {
        URL_SAFE_NO_PAD.encode(self.mac(parts).finalize().into_bytes())
    }

    /// Checks a signature in constant time (`verify_slice`).
    pub fn verify(&self, parts: &[&str], signature: &str) -> bool {
        URL_SAFE_NO_PAD
            .decode(signature)
            .is_ok_and(|bytes| self.mac(parts).verify_slice(&bytes).is_ok())
    }

    /// The participant's link token for a registration.
    pub fn registration_token(&self, event_id: i64, email_key: &str) -> String {
        self.sign(&["registration", &event_id.to_string(), email_key])
    }
}

/// 32 random bytes, URL-safe: for API tokens, session ids and cookies.
pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// What the database stores of a token.
pub fn hash_token(token: &str) -> String {
    let digest = Sha256::digest(token.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

pub fn hash_password(password: &str) -> anyhow::Result<String> {
    use argon2::PasswordHasher;
    let hash = argon2::Argon2::default()
        .hash_password(password.as_bytes())
        .map_err(|e| anyhow::anyhow!("password hashing failed: {e}"))?;
    Ok(hash.to_string())
}

pub fn verify_password(password: &str, hash: &str) -> bool {
    use argon2::PasswordVerifier;
    let Ok(parsed) = argon2::password_hash::phc::PasswordHash::new(hash) else {
        return false;
    };
    argon2::Argon2::default()
        .verify_password(password.as_bytes(), &parsed)
        .is_ok()
}

/// Creates a folder (and its missing parents) that only Convene's user may enter (0700 on
/// Unix): it holds the secret key, the database and the emails written as files.
pub fn create_private_dir(path: &Path) -> std::io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(path)
}

/// Writes a file that only Convene's user may read (0600 on Unix), whatever the umask.
pub fn write_private_file(path: &Path, contents: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(path)?;
    #[cfg(unix)]
    file.set_permissions(std::os::unix::fs::PermissionsExt::from_mode(0o600))?;
    file.write_all(contents)
}

/// Creates an empty file readable by Convene's user only, unless it exists already (its
/// mode is then left as the operator set it).
pub fn create_private_file(path: &Path) -> std::io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    match options.open(path) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_and_signatures() {
        let secret = Secret::new(b"0123456789abcdef0123456789abcdef".to_vec());
        let t = secret.registration_token(1, "ada@example.org");
        assert_eq!(t.len(), 43);
        assert_eq!(t, secret.registration_token(1, "ada@example.org"));
        assert_ne!(t, secret.registration_token(2, "ada@example.org"));
        assert!(secret.verify(&["a", "b"], &secret.sign(&["a", "b"])));
        assert!(!secret.verify(&["ab"], &secret.sign(&["a", "b"])));
        let mut tampered = secret.sign(&["a", "b"]);
        let last = if tampered.ends_with('A') { "B" } else { "A" };
        tampered.replace_range(tampered.len() - 1.., last);
        assert!(!secret.verify(&["a", "b"], &tampered));
        assert!(!secret.verify(&["a", "b"], "not base64!"));
        assert!(!secret.verify(&["a", "b"], ""));
        assert_eq!(hash_token("x").len(), 64);
    }

    #[test]
    fn passwords() {
        let hash = hash_password("correct horse").expect("hash");
        assert!(hash.starts_with("$argon2id$"));
        assert!(verify_password("correct horse", &hash));
        assert!(!verify_password("wrong", &hash));
    }
}

//! Argon2id password hashes. Hashing is slow on purpose: callers run these
//! functions on a blocking thread.

use argon2::Argon2;
use argon2::password_hash::{PasswordHasher, PasswordVerifier, phc::PasswordHash};
use std::sync::OnceLock;

/// Hash a password with a fresh salt.
pub fn hash(password: &str) -> Result<String, String> {
    let h: PasswordHash = Argon2::default().hash_password(password.as_bytes()).map_err(|e| e.to_string())?;
    Ok(h.to_string())
}

/// Check a password against a stored hash. A malformed hash never matches.
pub fn verify(stored: &str, password: &str) -> bool {
    Argon2::default().verify_password(password.as_bytes(), stored).is_ok()
}

/// A hash to verify against when the account does not exist, so known and
/// unknown e-mail addresses take the same time.
pub fn dummy_hash() -> &'static str {
    static H: OnceLock<String> = OnceLock::new();
    H.get_or_init(|| hash("no such account, but take the same time").unwrap_or_default())
}

#[cfg(test)]
mod tests {
    #[test]
    fn round_trip() {
        let h = super::hash("correct horse battery").unwrap();
        assert!(super::verify(&h, "correct horse battery"));
        assert!(!super::verify(&h, "wrong"));
        assert!(!super::verify("garbage", "wrong"));
    }
}

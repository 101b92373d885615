//! Invitation codes printed on postcards. They are short, typed by hand by
//! older people, so the alphabet leaves out letters and digits that look alike.

use crate::validation::FieldError;

/// No 0/O, 1/I/L, 5/S, 2/Z, 8/B.
pub const ALPHABET: &[u8] = b"ACDEFGHJKMNPQRTUVWXY34679";
pub const CODE_LEN: usize = 8;

/// Build a code from random bytes (the caller brings the randomness).
pub fn code_from_bytes(bytes: &[u8; CODE_LEN]) -> String {
    let s: String = bytes.iter().map(|b| ALPHABET[*b as usize % ALPHABET.len()] as char).collect();
    format!("{}-{}", &s[..4], &s[4..])
}

/// Normalise a typed code: upper case, spaces and dashes ignored.
pub fn parse_code(raw: &str) -> Result<String, FieldError> {
    let s: String = raw.chars().filter(|c| !c.is_whitespace() && *c != '-').flat_map(|c| c.to_uppercase()).collect();
    if s.is_empty() {
        return Err(FieldError::new("code", "err-code-empty"));
    }
    if s.chars().count() != CODE_LEN || !s.bytes().all(|b| ALPHABET.contains(&b)) {
        return Err(FieldError::new("code", "err-code-invalid"));
    }
    Ok(format!("{}-{}", &s[..4], &s[4..]))
}

/// How many codes a coordinator may print at once.
pub fn parse_count(raw: &str) -> Result<u32, FieldError> {
    match raw.trim().parse::<u32>() {
        Ok(n) if (1..=100).contains(&n) => Ok(n),
        _ => Err(FieldError::new("count", "err-count-range")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_codes_are_normalised() {
        let c = code_from_bytes(&[0, 1, 2, 3, 4, 5, 6, 7]);
        assert_eq!(parse_code(&c.to_lowercase().replace('-', " ")), Ok(c));
        assert!(parse_code("").is_err());
        assert!(parse_code("ABCD-EFG0").is_err());
    }
}

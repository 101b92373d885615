//! The static assets embedded in the binary and their content-named
//! addresses.

/// The one style sheet of every page (and of an organisation's export).
pub const STYLE: &str = include_str!("../static/style.css");
/// The built-in logo; `logo` in the configuration replaces it.
pub const LOGO: &str = include_str!("../static/logo.svg");

/// The addresses of the static assets, named after their content
/// (`/static/style.<hash>.css`): a new version gets a new name, so browsers
/// may keep each one for a year without asking again.
#[derive(Debug)]
pub struct Assets {
    pub style: String,
    pub logo: String,
}

impl Assets {
    pub fn new(logo_svg: &str) -> Self {
        Self {
            style: format!("/static/style.{}.css", content_hash(STYLE)),
            logo: format!("/static/logo.{}.svg", content_hash(logo_svg)),
        }
    }
}

/// A short name for a content: the start of its SHA-256.
pub fn content_hash(content: &str) -> String {
    use sha2::Digest;
    hex::encode(&sha2::Sha256::digest(content.as_bytes())[..6])
}

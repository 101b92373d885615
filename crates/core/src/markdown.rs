//! Markdown written by people, rendered to safe HTML: raw HTML is escaped
//! by comrak, and ammonia keeps only harmless tags and http(s)/mailto links,
//! marked `nofollow ugc noopener`.

use std::collections::HashSet;
use std::sync::LazyLock;

static CLEANER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut b = ammonia::Builder::default();
    b.url_schemes(HashSet::from(["http", "https", "mailto"])).link_rel(Some("nofollow ugc noopener"));
    b
});

pub fn to_html(md: &str) -> String {
    let html = comrak::markdown_to_html(md, &comrak::Options::default());
    CLEANER.clean(&html).to_string()
}

#[cfg(test)]
mod tests {
    #[test]
    fn scripts_and_bad_links_are_removed() {
        let h = super::to_html("**Hallo** <script>alert(1)</script> [x](javascript:alert(1)) [y](https://example.org)");
        assert!(h.contains("<strong>Hallo</strong>"));
        assert!(!h.contains("<script"));
        assert!(!h.contains("javascript:"));
        assert!(h.contains("rel=\"nofollow ugc noopener\""));
    }
}

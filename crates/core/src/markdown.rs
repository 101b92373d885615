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

/// An easy-language text: each sentence on a line of its own
/// (`easy::one_sentence_per_line`), every line break kept as `<br>`;
/// escaped and cleaned like [`to_html`].
pub fn easy_to_html(md: &str) -> String {
    let mut o = comrak::Options::default();
    o.render.hardbreaks = true;
    let html = comrak::markdown_to_html(&crate::easy::one_sentence_per_line(md), &o);
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

    #[test]
    fn easy_text_shows_one_sentence_per_line_and_stays_escaped() {
        let h = super::easy_to_html("Wir sind da. Wir <script>x</script> helfen!\nKommen Sie.");
        assert_eq!(h.matches("<br>").count(), 2, "{h}");
        assert!(h.contains("Wir sind da.<br>"), "{h}");
        assert!(!h.contains("<script"));
    }
}

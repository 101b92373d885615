//! Markdown from people to HTML (`quartier_core::markdown::to_html`). No
//! input may panic, and the output may hold no script: no `<script>` or
//! other active element, no `on…=` event-handler attribute, no URL with a
//! scheme other than http, https and mailto.
#![no_main]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use libfuzzer_sys::fuzz_target;

/// Elements that run code or load active content.
const ACTIVE: &[&str] =
    &["script", "iframe", "object", "embed", "style", "link", "meta", "base", "form", "svg", "math", "frame"];
const URL_ATTRIBUTES: &[&str] = &["href", "src", "action", "formaction", "xlink:href", "background", "cite"];

/// The value of an attribute as the browser reads it (html5ever writes only
/// these three entities into attribute values).
fn decode(v: &str) -> String {
    v.replace("&quot;", "\"").replace("&nbsp;", "\u{a0}").replace("&amp;", "&")
}

/// Tags of the output with their attributes, read the way a browser does.
fn check(html: &str) {
    let lower = html.to_ascii_lowercase();
    assert!(!lower.contains("<script"), "script in {html:?}");
    let b = lower.as_bytes();
    let mut i = 0;
    while let Some(off) = lower[i..].find('<') {
        i += off + 1;
        let closing = b.get(i) == Some(&b'/');
        if closing {
            i += 1;
        }
        let name_end =
            lower[i..].find(|c: char| c.is_ascii_whitespace() || c == '>' || c == '/').map_or(b.len(), |n| i + n);
        let name = &lower[i..name_end];
        if name.is_empty() || !name.as_bytes()[0].is_ascii_alphabetic() {
            // A `<` that starts no tag is text; html5ever escapes those, so this
            // is a comment or something odd: it must not be there at all.
            assert!(!name.starts_with('!') && !name.starts_with('?'), "markup {name:?} in {html:?}");
            continue;
        }
        assert!(!ACTIVE.contains(&name), "element <{name}> in {html:?}");
        i = name_end;
        if closing {
            continue;
        }
        // Attributes until the end of the tag.
        loop {
            while i < b.len() && (b[i].is_ascii_whitespace() || b[i] == b'/') {
                i += 1;
            }
            if i >= b.len() || b[i] == b'>' {
                break;
            }
            let an_end = lower[i..]
                .find(|c: char| c.is_ascii_whitespace() || c == '=' || c == '>' || c == '/')
                .map_or(b.len(), |n| i + n);
            let attr = &lower[i..an_end];
            i = an_end;
            assert!(!attr.starts_with("on"), "event handler {attr:?} in {html:?}");
            assert!(attr != "style" && attr != "srcdoc", "attribute {attr:?} in {html:?}");
            let mut value = String::new();
            if b.get(i) == Some(&b'=') {
                i += 1;
                let q = b.get(i).copied();
                if q == Some(b'"') || q == Some(b'\'') {
                    let end = lower[i + 1..].find(q.unwrap() as char).map_or(b.len(), |n| i + 1 + n);
                    value = decode(&lower[i + 1..end.min(b.len())]);
                    i = (end + 1).min(b.len());
                } else {
                    let end = lower[i..].find(|c: char| c.is_ascii_whitespace() || c == '>').map_or(b.len(), |n| i + n);
                    value = decode(&lower[i..end]);
                    i = end;
                }
            }
            if URL_ATTRIBUTES.contains(&attr) {
                // What a browser makes of the value: tabs and line breaks
                // removed, leading and trailing spaces and controls trimmed.
                let url: String = value.chars().filter(|c| !matches!(c, '\t' | '\n' | '\r')).collect();
                let url = url.trim_matches(|c: char| c <= ' ');
                // A scheme is a letter, then letters, digits, `+`, `-`, `.`;
                // anything else before the first colon makes a relative URL.
                if let Some((scheme, _)) = url.split_once(':')
                    && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
                    && scheme.chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
                {
                    assert!(matches!(scheme, "http" | "https" | "mailto"), "URL {value:?} in {html:?}");
                }
            }
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(md) = std::str::from_utf8(data) else {
        return;
    };
    let html = quartier_core::markdown::to_html(md);
    check(&html);
    // Rendering the output again must be safe as well (text shown twice, quoted).
    check(&quartier_core::markdown::to_html(&html));
});

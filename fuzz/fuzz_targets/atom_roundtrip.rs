//! News feeds (`quartier_core::feeds::atom`): whatever an organisation
//! typed, the Atom document we serve parses back (with atom_syndication's
//! reader) to the same texts, after the documented `feeds::clean` (and
//! `feeds::clean_url` for link addresses).
#![no_main]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use atom_syndication::Feed;
use libfuzzer_sys::fuzz_target;
use quartier_core::feeds::{NewsEntry, NewsFeed, atom, clean, clean_url};
use quartier_fuzz::{Input, time};

// First line: `markdown` (bodies go through the Markdown renderer first,
// as served) and numbers for the times. Then, separated by U+001E: the
// organisation's page, the feed's address, title, author, and for each post
// its page, title and body.
fuzz_target!(|data: &[u8]| {
    let i = Input::parse(data, '\u{1e}');
    let entries: Vec<NewsEntry> = i.fields[4.min(i.fields.len())..]
        .chunks(3)
        .take(8)
        .enumerate()
        .map(|(n, p)| {
            let body = p.get(2).map_or("", String::as_str);
            NewsEntry {
                url: p[0].clone(),
                title: p.get(1).cloned().unwrap_or_default(),
                content_html: if i.flag("markdown") {
                    quartier_core::markdown::to_html(body)
                } else {
                    body.to_string()
                },
                published: time(i.number(n + 1)),
                updated: time(i.number(n + 1)) + chrono::Duration::minutes(n as i64),
            }
        })
        .collect();
    let f = NewsFeed {
        url: i.field(0),
        self_url: i.field(1),
        title: i.field(2),
        author: i.field(3),
        updated: time(i.number(0)),
        entries: &entries,
    };
    let xml = atom(&f);
    let back = Feed::read_from(xml.as_bytes()).unwrap_or_else(|e| panic!("{xml:?} does not parse: {e}"));
    assert_eq!(back.id, clean(f.url), "{xml:?}");
    assert_eq!(back.title.value, clean(f.title), "{xml:?}");
    assert_eq!(back.updated, f.updated.fixed_offset());
    let hrefs: Vec<&str> = back.links.iter().map(|l| l.href.as_str()).collect();
    assert_eq!(hrefs, [clean_url(f.url), clean_url(f.self_url)], "{xml:?}");
    assert_eq!(back.links[1].rel, "self");
    assert_eq!(back.authors.len(), 1);
    assert_eq!(back.authors[0].name, clean(f.author), "{xml:?}");
    assert_eq!(back.entries.len(), entries.len(), "{xml:?}");
    for (got, want) in back.entries.iter().zip(&entries) {
        assert_eq!(got.id, clean(&want.url), "{xml:?}");
        assert_eq!(got.title.value, clean(&want.title), "{xml:?}");
        assert_eq!(got.links.len(), 1);
        assert_eq!(got.links[0].href, clean_url(&want.url), "{xml:?}");
        let content = got.content.as_ref().expect("content");
        assert_eq!(content.value.as_deref().unwrap_or(""), clean(&want.content_html), "{xml:?}");
        assert_eq!(content.content_type.as_deref(), Some("html"));
        assert_eq!(got.published, Some(want.published.fixed_offset()));
        assert_eq!(got.updated, want.updated.fixed_offset());
    }
});

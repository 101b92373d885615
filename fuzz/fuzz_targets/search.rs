//! The search's tokenizer (`quartier_core::search`): any text a person
//! wrote (what is indexed) and anything typed into the search box (what is
//! looked for). No input may panic; terms are bounded in number and
//! length, unique, folded and stable under folding again; every query word
//! finds the text it came from by its prefix range; an excerpt stays short.
#![no_main]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use libfuzzer_sys::fuzz_target;
use quartier_core::search::{MAX_QUERY_WORDS, MAX_TERM_CHARS, MAX_TERMS, Query, excerpt, prefix_upper, terms};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let ts = terms(&text);
    assert!(ts.len() <= MAX_TERMS);
    let mut seen = std::collections::HashSet::new();
    for t in &ts {
        assert!(seen.insert(t), "{t} twice");
        assert!((2..=MAX_TERM_CHARS).contains(&t.chars().count()), "{t}");
        assert_eq!(terms(t), vec![t.clone()], "{t} folds again to something else");
    }
    let q = Query::parse(&text);
    assert!(q.words.len() <= MAX_QUERY_WORDS);
    if ts.len() < MAX_TERMS {
        for w in &q.words {
            let upper = prefix_upper(w).expect("a term has an upper bound");
            assert!(
                ts.iter().any(|t| t.as_str() >= w.as_str() && t.as_str() < upper.as_str()),
                "{w} does not find its own text"
            );
        }
    }
    let e = excerpt(&text, &q, 180);
    assert!(e.chars().count() <= 182);
});

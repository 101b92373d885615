//! The easy-language checker (`quartier_core::easy_language`). It reads
//! whatever people type, so no text may make it panic, and every range it
//! returns must be a character-boundary range of the text that matches the
//! text it reports. Cutting a text into sentences for Leichte Sprache
//! (one sentence per line) loses nothing but white space.
#![no_main]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use libfuzzer_sys::fuzz_target;
use quartier_core::easy::{one_sentence_per_line, sentences};
use quartier_core::easy_language::{HintKind, Limits, Report, check, check_with};

fn span(text: &str, start: usize, end: usize) -> &str {
    assert!(start <= end && end <= text.len(), "range {start}..{end} outside a text of {} bytes", text.len());
    assert!(text.is_char_boundary(start) && text.is_char_boundary(end), "range {start}..{end} splits a character");
    &text[start..end]
}

fn verify(text: &str, r: &Report) {
    let mut last_end = 0;
    for s in &r.sentences {
        assert_eq!(span(text, s.start, s.end), s.text);
        assert!(s.start >= last_end, "sentences overlap at {}", s.start);
        last_end = s.end;
        assert!(s.words > 0);
        let mut last_start = 0;
        for h in &s.hints {
            assert_eq!(span(text, h.start, h.end), h.text, "{:?}", h.kind);
            assert!(h.start >= last_start, "hints not sorted by position");
            last_start = h.start;
        }
    }
    let total: usize = r.sentences.iter().map(|s| s.hints.len()).sum();
    assert_eq!(r.summary.hints, total);
    assert_eq!(r.summary.sentences, r.sentences.len());
    assert_eq!(r.summary.words, r.sentences.iter().map(|s| s.words).sum::<usize>());
    assert_eq!(HintKind::ALL.iter().map(|&k| r.summary.count(k)).sum::<usize>(), total);
    assert!(r.flesch_amstad.is_finite() && (0.0..=100.0).contains(&r.flesch_amstad));
    assert!(r.wiener_sachtextformel.is_finite());
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    verify(&text, &check(&text));
    // Tighter limits, as an editor might set them, flag far more.
    let limits = Limits { max_sentence_words: data.len() % 16, max_word_letters: data.len() % 12 };
    verify(&text, &check_with(&text, limits));
    let squeeze = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    for line in text.lines() {
        assert_eq!(squeeze(&sentences(line).concat()), squeeze(line));
    }
    // A sentence moved to its own line may get a character escaped that
    // would start a list there, or the quote's marker repeated.
    let plain = |s: &str| squeeze(s).replace(['\\', '>'], "");
    assert_eq!(plain(&one_sentence_per_line(&text)), plain(&text), "one sentence per line changed the text");
});

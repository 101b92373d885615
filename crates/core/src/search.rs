//! Finding things by words: the one tokenizer that both the index (what a
//! text is found by) and the search box (what a reader typed) go through,
//! so the two always agree.
//!
//! A text becomes **terms**: lowercased (Unicode), split on everything that
//! is not a letter or digit, each word **folded**, words shorter than
//! [`MIN_WORD`] characters and a short list of German and English stop
//! words dropped, duplicates removed, at most [`MAX_TERMS`] terms of at
//! most [`MAX_TERM_CHARS`] characters each.
//!
//! **Folding** (one rule for both sides): accents go (`é` → `e`), `ä`/`ö`/`ü`
//! become `a`/`o`/`u`, `ß` becomes `ss`, and then the spelled-out umlauts
//! `ae`/`oe`/`ue` also become `a`/`o`/`u`. So "Müller", "Mueller" and
//! "Muller" are all `muller`, "Straße" and "Strasse" are `strasse`. Words
//! like "neue" fold to `neu` too; as the query folds the same way, nothing
//! is lost, at worst a rare extra result.
//!
//! A query word matches every term it is a prefix of ("gart" finds
//! "Gartenarbeit"); a document is found when every word of the query
//! matches one of its terms.

use std::collections::HashSet;

crate::tagged! {
    /// The kinds of content the search finds.
    #[derive(Hash)]
    pub enum DocKind {
        Help = "help",
        Event = "event",
        Organisation = "organisation",
        Group = "group",
        News = "news",
    }
}

/// Shorter words are not indexed (nor searched for).
pub const MIN_WORD: usize = 2;
/// At most this many distinct terms of one document are indexed.
pub const MAX_TERMS: usize = 200;
/// Longer words are cut to this many characters (on both sides).
pub const MAX_TERM_CHARS: usize = 40;
/// A query is read up to this many characters …
pub const MAX_QUERY_CHARS: usize = 200;
/// … and up to this many words.
pub const MAX_QUERY_WORDS: usize = 8;

/// Words too common to find anything by, in their folded form.
pub const STOP_WORDS: &[&str] = &[
    // German
    "aber", "als", "am", "an", "auch", "auf", "aus", "bei", "bin", "bis", "da", "das", "dass", "dem", "den", "der",
    "des", "die", "du", "ein", "eine", "einem", "einen", "einer", "eines", "er", "es", "fur", "ich", "ihr", "im", "in",
    "ist", "mit", "nach", "nicht", "noch", "nur", "oder", "sich", "sie", "sind", "so", "um", "und", "uber", "vom",
    "von", "vor", "war", "wie", "wir", "zu", "zum", "zur", // English
    "and", "are", "as", "at", "be", "by", "for", "from", "is", "it", "of", "on", "or", "that", "the", "this", "to",
    "was", "with", // Web addresses
    "http", "https", "www",
];

/// The folded form of one character, already lowercase: pushed to `out`.
fn fold_char(c: char, out: &mut String) {
    let base = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'ď' | 'đ' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
        'ğ' => 'g',
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ı' => 'i',
        'ł' => 'l',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
        'ř' => 'r',
        'ś' | 'š' | 'ş' => 's',
        'ť' | 'ţ' => 't',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => 'u',
        'ý' | 'ÿ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        'ß' => {
            out.push_str("ss");
            return;
        }
        'æ' => {
            out.push_str("ae");
            return;
        }
        'œ' => {
            out.push_str("oe");
            return;
        }
        other => other,
    };
    out.push(base);
}

/// Combining marks (a "u" followed by a combining diaeresis is "ü"): they
/// belong to the word but add nothing to its folded form.
fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// `ae`, `oe`, `ue` → `a`, `o`, `u`; then cut to [`MAX_TERM_CHARS`].
fn fold_digraphs(w: &str) -> String {
    let mut out = String::with_capacity(w.len());
    let mut it = w.chars().peekable();
    let mut n = 0;
    while let Some(c) = it.next() {
        if n == MAX_TERM_CHARS {
            break;
        }
        out.push(c);
        n += 1;
        // Every `e` after it goes, so the result folds to itself again
        // ("muee" is "mu", not "mue", which would fold on to "mu").
        if matches!(c, 'a' | 'o' | 'u') {
            while it.peek() == Some(&'e') {
                it.next();
            }
        }
    }
    out
}

/// Calls `f` with each folded word of `text` in order (repeats, stop
/// words and short words included) until `f` answers false.
fn each_word(text: &str, mut f: impl FnMut(String) -> bool) {
    let mut cur = String::new();
    for c in text.chars() {
        if c.is_alphanumeric() {
            for l in c.to_lowercase() {
                if l.is_alphanumeric() {
                    fold_char(l, &mut cur);
                }
            }
            // A word longer than any term is cut anyway; stop growing it
            // (twice the term length: folding `ae` to `a` halves at most).
            if cur.len() > 8 * MAX_TERM_CHARS {
                cur = cur.chars().take(2 * MAX_TERM_CHARS).collect();
            }
        } else if !is_combining(c) && !cur.is_empty() {
            if !f(fold_digraphs(&cur)) {
                return;
            }
            cur.clear();
        }
    }
    if !cur.is_empty() {
        f(fold_digraphs(&cur));
    }
}

/// Whether a folded word is worth indexing and searching for.
fn keeps(w: &str) -> bool {
    w.chars().count() >= MIN_WORD && !STOP_WORDS.contains(&w)
}

/// The terms a text is found by: folded, without stop words and short
/// words, each once, in order of first appearance, at most [`MAX_TERMS`].
pub fn terms(text: &str) -> Vec<String> {
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    each_word(text, |w| {
        if keeps(&w) && seen.insert(w.clone()) {
            out.push(w);
        }
        out.len() < MAX_TERMS
    });
    out
}

/// The terms of several parts of one document (title, text, …) together.
pub fn document_terms(parts: &[&str]) -> Vec<String> {
    terms(&parts.join("\n"))
}

/// What a reader typed into the search box, parsed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Query {
    /// The words to look for, folded, each a prefix; empty when nothing
    /// worth searching for was typed.
    pub words: Vec<String>,
    /// The query as it is shown back in the search box (trimmed, capped).
    pub text: String,
}

impl Query {
    /// Parse a query: at most [`MAX_QUERY_CHARS`] characters and
    /// [`MAX_QUERY_WORDS`] words are read; the words are folded like the
    /// index and stop words dropped.
    pub fn parse(raw: &str) -> Query {
        let raw = raw.trim();
        let mut text: String = raw.chars().take(MAX_QUERY_CHARS).collect();
        // Cut inside a word: drop its start, which may be no word at all
        // (the start of a stop word is not one).
        let in_word = |c: char| c.is_alphanumeric() || is_combining(c);
        if raw.chars().nth(MAX_QUERY_CHARS).is_some_and(in_word) {
            while text.chars().last().is_some_and(in_word) {
                text.pop();
            }
        }
        let mut ws: Vec<String> = Vec::new();
        each_word(&text, |w| {
            if keeps(&w) && !ws.contains(&w) {
                ws.push(w);
            }
            ws.len() < MAX_QUERY_WORDS
        });
        // A word that starts another one adds nothing: "gart garten" is "garten".
        let all = ws.clone();
        ws.retain(|w| !all.iter().any(|o| o != w && o.starts_with(w.as_str())));
        Query { words: ws, text }
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

/// The smallest string greater than every string that starts with
/// `prefix`: a prefix match is the range `prefix <= term < upper`, which
/// both databases read from an index (terms compare by code point: SQLite's
/// binary collation, PostgreSQL's "C"). `None` when no such string exists
/// (a prefix of only U+10FFFF, which no term is).
pub fn prefix_upper(prefix: &str) -> Option<String> {
    let mut chars: Vec<char> = prefix.chars().collect();
    while let Some(last) = chars.pop() {
        let next = match last as u32 {
            0xD7FF => Some('\u{E000}'),
            n => char::from_u32(n + 1),
        };
        if let Some(n) = next {
            chars.push(n);
            return Some(chars.into_iter().collect());
        }
    }
    None
}

/// A short piece of `text` for a result list: from a little before the
/// first word that matches the query (or from the start), without Markdown
/// marks, at most `max` characters, cut on a word.
pub fn excerpt(text: &str, q: &Query, max: usize) -> String {
    let plain: String =
        text.chars().filter(|c| !matches!(c, '*' | '_' | '#' | '`' | '>' | '[' | ']')).collect::<String>();
    let tokens: Vec<&str> = plain.split_whitespace().collect();
    let hit =
        tokens.iter().position(|t| terms(t).iter().any(|term| q.words.iter().any(|w| term.starts_with(w.as_str()))));
    let start = hit.map(|i| i.saturating_sub(4)).unwrap_or(0);
    let mut out = String::new();
    if start > 0 {
        out.push('…');
    }
    let mut cut = false;
    for t in &tokens[start..] {
        let add = usize::from(!out.is_empty() && !out.ends_with('…')) + t.chars().count();
        if out.chars().count() + add > max {
            cut = true;
            break;
        }
        if !out.is_empty() && !out.ends_with('…') {
            out.push(' ');
        }
        out.push_str(t);
    }
    if out.is_empty() {
        // One very long word: cut it.
        out = tokens.get(start).map(|t| t.chars().take(max).collect()).unwrap_or_default();
        cut = tokens.len() > start;
    }
    if cut {
        out.push('…');
    }
    out
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn folding_twice_changes_nothing() {
        for w in ["muee", "MuEe", "aee", "Kaffeeee", "queue"] {
            let once = terms(w);
            for t in &once {
                assert_eq!(terms(t), vec![t.clone()], "{w}");
            }
        }
    }

    #[test]
    fn folds_umlauts_and_sharp_s() {
        assert_eq!(terms("Straße"), ["strasse"]);
        assert_eq!(terms("Strasse"), ["strasse"]);
        assert_eq!(terms("Müller Mueller MULLER"), ["muller"]);
        assert_eq!(terms("Bäckerei Öfen Übung"), ["backerei", "ofen", "ubung"]);
        assert_eq!(terms("Café Crème"), ["cafe", "creme"]);
        // A "u" with a combining diaeresis is the same word.
        assert_eq!(terms("Mu\u{0308}ller"), ["muller"]);
    }

    #[test]
    fn splits_and_drops() {
        assert_eq!(
            terms("Wer hilft mir beim Einkaufen? (am Samstag)"),
            ["wer", "hilft", "mir", "beim", "einkaufen", "samstag"]
        );
        assert_eq!(terms("a b c 1 2 x"), Vec::<String>::new());
        assert_eq!(terms("Die Katze und der Hund"), ["katze", "hund"]);
        assert_eq!(terms("The garden of the house"), ["garden", "house"]);
        assert_eq!(terms("haus Haus HAUS hAuS"), ["haus"]);
        assert_eq!(terms("E-Bike-Reparatur 2024"), ["bike", "reparatur", "2024"]);
        assert_eq!(terms("https://www.example.org/garten"), ["example", "org", "garten"]);
        assert_eq!(terms("**fett** _kursiv_ `code`"), ["fett", "kursiv", "code"]);
    }

    #[test]
    fn caps_terms_and_their_length() {
        let many: String = (0..1000).map(|i| format!("wort{i} ")).collect();
        assert_eq!(terms(&many).len(), MAX_TERMS);
        let long = "x".repeat(5000);
        assert_eq!(terms(&long), ["x".repeat(MAX_TERM_CHARS)]);
    }

    #[test]
    fn stop_words_are_folded_and_long_enough() {
        for w in STOP_WORDS {
            assert_eq!(terms(&format!("{w}x")).len(), 1);
            let mut folded = Vec::new();
            each_word(w, |f| {
                folded.push(f);
                true
            });
            assert_eq!(folded, [w.to_string()], "{w} is not in folded form");
        }
    }

    #[test]
    fn queries() {
        assert!(Query::parse("").is_empty());
        assert!(Query::parse("   a ").is_empty());
        assert!(Query::parse("und der").is_empty());
        assert_eq!(Query::parse("  Gärten  hilfe ").words, ["garten", "hilfe"]);
        assert_eq!(Query::parse("Gart Garten gart").words, ["garten"]);
        let long = "wort ".repeat(500);
        let q = Query::parse(&long);
        assert_eq!(q.text.chars().count(), MAX_QUERY_CHARS);
        let many: String = (0..50).map(|i| format!("w{i}x ")).collect();
        assert_eq!(Query::parse(&many).words.len(), MAX_QUERY_WORDS);
        // Quotes and SQL are just characters between words.
        assert_eq!(Query::parse("'; DROP TABLE x; --").words, ["drop", "table"]);
    }

    #[test]
    fn prefix_ranges() {
        assert_eq!(prefix_upper("abc").unwrap(), "abd");
        assert_eq!(prefix_upper("az").unwrap(), "a{");
        assert_eq!(prefix_upper("\u{D7FF}").unwrap(), "\u{E000}");
        assert_eq!(prefix_upper("a\u{10FFFF}").unwrap(), "b");
        assert_eq!(prefix_upper("\u{10FFFF}"), None);
    }

    #[test]
    fn excerpts() {
        let q = Query::parse("garten");
        let t = "Ich suche jemanden, der mir im Sommer hilft, den großen Garten hinter dem Haus zu gießen, zweimal die Woche.";
        let e = excerpt(t, &q, 60);
        assert!(e.starts_with('…'), "{e}");
        assert!(e.contains("Garten"), "{e}");
        assert!(e.chars().count() <= 61, "{e}");
        assert_eq!(excerpt("Kurz **und** gut", &q, 60), "Kurz und gut");
        assert_eq!(excerpt("", &q, 60), "");
        assert_eq!(excerpt(&"y".repeat(100), &q, 10), format!("{}…", "y".repeat(10)));
    }

    proptest! {
        #[test]
        fn terms_are_bounded_folded_and_unique(s in "\\PC{0,400}") {
            let ts = terms(&s);
            prop_assert!(ts.len() <= MAX_TERMS);
            let set: HashSet<_> = ts.iter().collect();
            prop_assert_eq!(set.len(), ts.len());
            for t in &ts {
                let n = t.chars().count();
                prop_assert!((MIN_WORD..=MAX_TERM_CHARS).contains(&n));
                prop_assert!(t.chars().all(char::is_alphanumeric));
                prop_assert!(!STOP_WORDS.contains(&t.as_str()));
                // Folding is stable: a term is its own only term.
                prop_assert_eq!(terms(t), vec![t.clone()]);
            }
        }

        #[test]
        fn every_query_word_finds_its_own_text(s in "[a-zA-ZäöüÄÖÜß ]{0,80}") {
            let ts = terms(&s);
            for w in Query::parse(&s).words {
                prop_assert!(ts.iter().any(|t| t.starts_with(w.as_str())), "{} not in {:?}", w, ts);
                let upper = prefix_upper(&w).unwrap();
                prop_assert!(ts.iter().any(|t| t.as_str() >= w.as_str() && t.as_str() < upper.as_str()));
            }
        }

        #[test]
        fn excerpts_never_panic(s in "\\PC{0,300}", q in "\\PC{0,30}", max in 0usize..200) {
            let e = excerpt(&s, &Query::parse(&q), max);
            // At most `max` characters and the two marks of a cut.
            prop_assert!(e.chars().count() <= max + 2);
        }
    }
}

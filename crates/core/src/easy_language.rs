//! Easy-language (*Leichte Sprache*) checker.
//!
//! [`check`] reads a German text — plain text or simple Markdown — and returns
//! a [`Report`]: the sentences with their byte ranges, hints on what could be
//! said more simply, two readability scores (Flesch after Amstad, first Wiener
//! Sachtextformel) and a summary.
//!
//! **Hints are only hints.** A check never fails and never blocks saving or
//! publishing anything. A text counts as easy language only after readers with
//! learning difficulties have checked it; this module just points at places
//! worth a second look. It is deliberately simple — character scanning and
//! small word lists, no grammar and no dictionary — so it misses some things
//! and flags a few that are fine.
//!
//! Every range (`start`, `end`) is a byte range into the text given to
//! [`check`], always on character boundaries: `&text[hint.start..hint.end]` is
//! the flagged span. The web layer translates the message of a hint with the
//! Fluent key [`HintKind::message_key`] (`easy-hint-<kind-with-dashes>`).
//!
//! Pure and fast: no I/O, no regular expressions, linear in the length of the
//! text (a 2,000-word text takes about a millisecond in a release build; see
//! `examples/easy_language_bench.rs`).

use serde::Serialize;

/// A sentence with more words than this gets a [`HintKind::LongSentence`].
pub const MAX_SENTENCE_WORDS: usize = 15;
/// A word (without hyphen or middle dot) with more letters than this gets a
/// [`HintKind::LongWord`].
pub const MAX_WORD_LETTERS: usize = 14;

/// The limits of a check; [`check`] uses the defaults above.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    pub max_sentence_words: usize,
    pub max_word_letters: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { max_sentence_words: MAX_SENTENCE_WORDS, max_word_letters: MAX_WORD_LETTERS }
    }
}

/// What a hint is about. Serialised in snake_case (`long_sentence`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum HintKind {
    /// More than [`Limits::max_sentence_words`] words.
    LongSentence,
    /// A form of *werden* with a Partizip II ("wird … geprüft", "ist … worden").
    Passive,
    /// Konjunktiv II ("würde", "hätte", "könnte" …); "möchte" is fine.
    Subjunctive,
    /// Genitive article ("des", "eines") or a preposition that takes the genitive.
    Genitive,
    /// A negation ("nicht", "kein", "nie" …): say it positively if you can.
    Negation,
    /// A long word without hyphen or middle dot; the suggestion splits it.
    LongWord,
    /// An abbreviation ("z.B.", "usw.", "AWO"): write it out or explain it.
    Abbreviation,
    /// A foreign word ("Event", "Feedback"); the suggestion is a German word.
    ForeignWord,
    /// A number written as a word ("drei"); the suggestion is the digit.
    NumberWord,
    /// A special character ("%", "&", "§", brackets …).
    SpecialCharacter,
}

impl HintKind {
    /// Every kind, in the order of the summary.
    pub const ALL: [HintKind; 10] = [
        HintKind::LongSentence,
        HintKind::Passive,
        HintKind::Subjunctive,
        HintKind::Genitive,
        HintKind::Negation,
        HintKind::LongWord,
        HintKind::Abbreviation,
        HintKind::ForeignWord,
        HintKind::NumberWord,
        HintKind::SpecialCharacter,
    ];

    /// The serialised name (`long_sentence`).
    pub fn as_str(self) -> &'static str {
        match self {
            HintKind::LongSentence => "long_sentence",
            HintKind::Passive => "passive",
            HintKind::Subjunctive => "subjunctive",
            HintKind::Genitive => "genitive",
            HintKind::Negation => "negation",
            HintKind::LongWord => "long_word",
            HintKind::Abbreviation => "abbreviation",
            HintKind::ForeignWord => "foreign_word",
            HintKind::NumberWord => "number_word",
            HintKind::SpecialCharacter => "special_character",
        }
    }

    /// The Fluent key of the message the web layer shows for this kind.
    pub fn message_key(self) -> &'static str {
        match self {
            HintKind::LongSentence => "easy-hint-long-sentence",
            HintKind::Passive => "easy-hint-passive",
            HintKind::Subjunctive => "easy-hint-subjunctive",
            HintKind::Genitive => "easy-hint-genitive",
            HintKind::Negation => "easy-hint-negation",
            HintKind::LongWord => "easy-hint-long-word",
            HintKind::Abbreviation => "easy-hint-abbreviation",
            HintKind::ForeignWord => "easy-hint-foreign-word",
            HintKind::NumberWord => "easy-hint-number-word",
            HintKind::SpecialCharacter => "easy-hint-special-character",
        }
    }
}

/// One place in the text worth a second look.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Hint {
    pub kind: HintKind,
    /// Byte range of the flagged span in the original text.
    pub start: usize,
    pub end: usize,
    /// The flagged span as written (`&text[start..end]`).
    pub text: String,
    /// A replacement to consider, where a simple one exists.
    pub suggestion: Option<String>,
}

/// One sentence (or list item, heading, line without end mark).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Sentence {
    /// Byte range in the original text, from the first to the last
    /// character of the sentence (Markdown markers inside it included).
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub words: usize,
    /// Sorted by position.
    pub hints: Vec<Hint>,
}

/// How many hints of one kind the text has.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
pub struct KindCount {
    pub kind: HintKind,
    pub count: usize,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Summary {
    pub words: usize,
    pub sentences: usize,
    pub syllables: usize,
    /// All hints together.
    pub hints: usize,
    /// One entry per kind, in the order of [`HintKind::ALL`], zeros included.
    pub by_kind: Vec<KindCount>,
}

impl Summary {
    pub fn count(&self, kind: HintKind) -> usize {
        self.by_kind.iter().find(|c| c.kind == kind).map_or(0, |c| c.count)
    }
}

/// The result of [`check`].
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Report {
    pub sentences: Vec<Sentence>,
    pub summary: Summary,
    /// Flesch reading ease for German after Amstad:
    /// 180 − words per sentence − 58.5 × syllables per word, clamped to
    /// 0–100 and rounded to one decimal. Higher is easier (easy language aims
    /// at 70 and more). 0.0 when the text has no words.
    pub flesch_amstad: f64,
    /// First Wiener Sachtextformel: 0.1935·MS + 0.1672·SL + 0.1297·IW −
    /// 0.0327·ES − 0.875, a school grade (4 easy … 15 very hard), rounded to
    /// one decimal, not clamped. 0.0 when the text has no words.
    pub wiener_sachtextformel: f64,
}

impl Report {
    /// All hints of all sentences, in text order.
    pub fn hints(&self) -> impl Iterator<Item = &Hint> {
        self.sentences.iter().flat_map(|s| s.hints.iter())
    }
}

/// Checks a German text for easy language with the default [`Limits`].
/// Never fails: an empty or odd text gives an empty report.
pub fn check(text: &str) -> Report {
    check_with(text, Limits::default())
}

/// [`check`] with other limits for sentence and word length.
pub fn check_with(text: &str, limits: Limits) -> Report {
    let cells = prepare(text);
    let toks = tokenize(&cells);
    let mut sentences = Vec::new();
    let mut m = Measure::default();
    for (a, b) in segment(&toks) {
        let sent = &toks[a..b];
        let words = sent.iter().filter(|t| t.is_word()).count();
        if words == 0 {
            continue;
        }
        for t in sent.iter().filter(|t| t.is_word()) {
            m.add(t);
        }
        m.sentences += 1;
        let hints = analyse(text, &cells, sent, words, limits);
        let (start, end) = (sent[0].start, sent[sent.len() - 1].end);
        sentences.push(Sentence { start, end, text: slice(text, start, end), words, hints });
    }
    let by_kind: Vec<KindCount> = HintKind::ALL
        .iter()
        .map(|&kind| KindCount {
            kind,
            count: sentences.iter().flat_map(|s| &s.hints).filter(|h| h.kind == kind).count(),
        })
        .collect();
    let summary = Summary {
        words: m.words,
        sentences: m.sentences,
        syllables: m.syllables,
        hints: by_kind.iter().map(|c| c.count).sum(),
        by_kind,
    };
    Report { sentences, summary, flesch_amstad: m.flesch_amstad(), wiener_sachtextformel: m.wiener() }
}

fn slice(text: &str, start: usize, end: usize) -> String {
    text.get(start..end).unwrap_or_default().to_string()
}

// ------------------------------------------------------------- readability

#[derive(Default)]
struct Measure {
    words: usize,
    sentences: usize,
    syllables: usize,
    /// Words with three or more syllables.
    poly: usize,
    /// Words with one syllable.
    mono: usize,
    /// Words with more than six letters.
    long: usize,
}

impl Measure {
    fn add(&mut self, t: &Token) {
        let (syl, letters) = match t.kind {
            Tk::Url => (1, 0),
            _ => (syllables(&t.lower), t.lower.chars().filter(|c| c.is_alphabetic()).count()),
        };
        self.words += 1;
        self.syllables += syl;
        self.poly += usize::from(syl >= 3);
        self.mono += usize::from(syl == 1);
        self.long += usize::from(letters > 6);
    }

    fn flesch_amstad(&self) -> f64 {
        if self.words == 0 || self.sentences == 0 {
            return 0.0;
        }
        let asl = self.words as f64 / self.sentences as f64;
        let asw = self.syllables as f64 / self.words as f64;
        round1((180.0 - asl - 58.5 * asw).clamp(0.0, 100.0))
    }

    fn wiener(&self) -> f64 {
        if self.words == 0 || self.sentences == 0 {
            return 0.0;
        }
        let w = self.words as f64;
        let ms = 100.0 * self.poly as f64 / w;
        let sl = w / self.sentences as f64;
        let iw = 100.0 * self.long as f64 / w;
        let es = 100.0 * self.mono as f64 / w;
        round1(0.1935 * ms + 0.1672 * sl + 0.1297 * iw - 0.0327 * es - 0.875)
    }
}

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// Syllables of a German word: vowel groups, where the diphthongs (ei, ie,
/// au, eu, äu, ai, ey, ay, ou) and doubled vowels count as one nucleus; at
/// least one per word.
fn syllables(word: &str) -> usize {
    let mut chars = word
        .chars()
        .map(|c| if c.is_ascii() { c.to_ascii_lowercase() } else { c.to_lowercase().next().unwrap_or(c) })
        .peekable();
    let mut count = 0;
    let mut before: Option<char> = None; // the char before `c`
    let mut prev_vowel: Option<char> = None; // `before`, when it was a vowel
    let mut len = 0;
    while let Some(c) = chars.next() {
        let vowel = match c {
            'u' => before != Some('q'),
            'y' => before.is_some() || !chars.peek().is_some_and(|&n| is_vowel(n)),
            c => is_vowel(c),
        };
        before = Some(c);
        if !vowel {
            prev_vowel = None;
            len = 0;
            continue;
        }
        match prev_vowel {
            Some(p) if len == 1 && is_diphthong(p, c) => len = 2,
            _ => {
                count += 1;
                len = 1;
            }
        }
        prev_vowel = Some(c);
    }
    count.max(1)
}

fn is_vowel(c: char) -> bool {
    matches!(
        c,
        'a' | 'e' | 'i' | 'o' | 'u' | 'ä' | 'ö' | 'ü' | 'y' | 'é' | 'è' | 'ê' | 'á' | 'à' | 'â' | 'ô' | 'î' | 'û'
    )
}

fn is_diphthong(a: char, b: char) -> bool {
    matches!(
        (a, b),
        ('e', 'i')
            | ('i', 'e')
            | ('a', 'u')
            | ('e', 'u')
            | ('ä', 'u')
            | ('a', 'i')
            | ('e', 'y')
            | ('a', 'y')
            | ('o', 'u')
            | ('a', 'a')
            | ('e', 'e')
            | ('o', 'o')
    )
}

// ------------------------------------------------------------- preparation
//
// The text is turned into a sequence of cells (character + byte offset in the
// original), with Markdown markers left out. Line structure is kept as '\n'
// cells; a paragraph break (blank line, heading, list item, rule) is an
// inserted U+2029 PARAGRAPH SEPARATOR cell, which is whitespace.

#[derive(Debug, Clone, Copy)]
struct Cell {
    ch: char,
    pos: usize,
}

const PARA: char = '\u{2029}';

fn prepare(text: &str) -> Vec<Cell> {
    let mut cells = Vec::with_capacity(text.len());
    let mut offset = 0;
    let mut lines = text.split('\n').peekable();
    while let Some(line) = lines.next() {
        prepare_line(line, offset, &mut cells);
        offset += line.len();
        if lines.peek().is_some() {
            cells.push(Cell { ch: '\n', pos: offset });
            offset += 1;
        }
    }
    cells
}

fn prepare_line(line: &str, base: usize, cells: &mut Vec<Cell>) {
    let trimmed = line.trim();
    if trimmed.is_empty() || is_rule(trimmed) || trimmed.starts_with("```") || trimmed.starts_with("~~~") {
        cells.push(Cell { ch: PARA, pos: base });
        return;
    }
    let mut i = line.len() - line.trim_start().len();
    let mut block = false;
    while line[i..].starts_with('>') {
        i += 1;
        i += line[i..].len() - line[i..].trim_start().len();
        block = true;
    }
    let rest = &line[i..];
    let hashes = rest.bytes().take_while(|&b| b == b'#').count();
    let heading = (1..=6).contains(&hashes) && rest[hashes..].chars().next().is_none_or(char::is_whitespace);
    if heading {
        i += hashes;
    } else if let Some(len) = list_marker(rest) {
        i += len;
        block = true;
    }
    let mut end = line.trim_end().len();
    if heading {
        // "## Title ##"
        let t = line[..end].trim_end_matches('#');
        if t.len() < end && t.len() >= i && t.ends_with(char::is_whitespace) {
            end = t.len();
        }
    }
    if block || heading {
        cells.push(Cell { ch: PARA, pos: base + i });
    }
    if let Some(seg) = line.get(i..end) {
        inline(seg, base + i, cells);
    }
    if heading {
        cells.push(Cell { ch: PARA, pos: base + end });
    }
}

/// A thematic break or setext underline: "---", "***", "___", "===".
fn is_rule(t: &str) -> bool {
    let mut marker = None;
    let mut count = 0;
    for c in t.chars().filter(|c| !c.is_whitespace()) {
        if !matches!(c, '-' | '*' | '_' | '=') || marker.is_some_and(|m| m != c) {
            return false;
        }
        marker = Some(c);
        count += 1;
    }
    count >= 3
}

/// Length of a list marker ("- ", "* ", "1. ", "2) ") at the start of `rest`,
/// without the space.
fn list_marker(rest: &str) -> Option<usize> {
    let c = rest.chars().next()?;
    if matches!(c, '-' | '*' | '+' | '•' | '–') {
        let after = rest[c.len_utf8()..].chars().next();
        return after.is_some_and(char::is_whitespace).then_some(c.len_utf8());
    }
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=9).contains(&digits) {
        let r = &rest[digits..];
        if (r.starts_with('.') || r.starts_with(')')) && r[1..].chars().next().is_some_and(char::is_whitespace) {
            return Some(digits + 1);
        }
    }
    None
}

/// Drops inline Markdown markers of one line: emphasis, code ticks, links
/// and images (the link text stays), HTML tags, autolink brackets, escapes.
fn inline(seg: &str, base: usize, cells: &mut Vec<Cell>) {
    let chars: Vec<(usize, char)> = seg.char_indices().map(|(i, c)| (base + i, c)).collect();
    let n = chars.len();
    let mut keep = vec![true; n];
    let mut i = 0;
    while i < n {
        let c = chars[i].1;
        let prev = i.checked_sub(1).map(|p| chars[p].1);
        if matches!(c, 'h' | 'H' | 'w' | 'W')
            && !prev.is_some_and(char::is_alphanumeric)
            && url_prefix(chars[i..].iter().map(|x| x.1))
        {
            while i < n && !chars[i].1.is_whitespace() {
                i += 1;
            }
            continue;
        }
        match c {
            '\\' if chars.get(i + 1).is_some_and(|x| x.1.is_ascii_punctuation()) => {
                keep[i] = false;
                i += 2;
                continue;
            }
            '`' => keep[i] = false,
            '*' | '_' => {
                let mut j = i;
                while j < n && chars[j].1 == c {
                    j += 1;
                }
                let next = chars.get(j).map(|x| x.1);
                let intraword = prev.is_some_and(char::is_alphanumeric) && next.is_some_and(char::is_alphanumeric);
                let spaced = prev.is_none_or(char::is_whitespace) && next.is_none_or(char::is_whitespace);
                if !intraword && !spaced {
                    keep[i..j].fill(false);
                }
                i = j;
                continue;
            }
            '~' if chars.get(i + 1).is_some_and(|x| x.1 == '~') => {
                let mut j = i;
                while j < n && chars[j].1 == '~' {
                    j += 1;
                }
                keep[i..j].fill(false);
                i = j;
                continue;
            }
            '!' if chars.get(i + 1).is_some_and(|x| x.1 == '[') && link_at(&chars, i + 1).is_some() => {
                keep[i] = false;
            }
            '[' => {
                if let Some((close, end)) = link_at(&chars, i) {
                    keep[i] = false;
                    keep[close..=end].fill(false);
                }
            }
            '<' => {
                if let Some((end, autolink)) = tag_at(&chars, i) {
                    if autolink {
                        keep[i] = false;
                        keep[end] = false;
                    } else {
                        keep[i..=end].fill(false);
                    }
                    i = end + 1;
                    continue;
                }
            }
            _ => {}
        }
        i += 1;
    }
    cells.extend(chars.iter().zip(&keep).filter(|(_, k)| **k).map(|(&(pos, ch), _)| Cell { ch, pos }));
}

/// `[text](url)` or `[text][ref]` starting at `i`: the index of the closing
/// `]` and of the last character of the link target.
fn link_at(chars: &[(usize, char)], i: usize) -> Option<(usize, usize)> {
    const TEXT_MAX: usize = 500;
    const TARGET_MAX: usize = 2000;
    let mut depth = 0usize;
    let mut close = None;
    for (j, &(_, c)) in chars.iter().enumerate().skip(i).take(TEXT_MAX) {
        match c {
            '[' => depth += 1,
            ']' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    close = Some(j);
                    break;
                }
            }
            _ => {}
        }
    }
    let close = close?;
    match chars.get(close + 1).map(|x| x.1) {
        Some('(') => {
            let mut depth = 0usize;
            for (k, &(_, c)) in chars.iter().enumerate().skip(close + 1).take(TARGET_MAX) {
                match c {
                    '(' => depth += 1,
                    ')' => {
                        depth = depth.saturating_sub(1);
                        if depth == 0 {
                            return Some((close, k));
                        }
                    }
                    _ => {}
                }
            }
            None
        }
        Some('[') => {
            for (k, &(_, c)) in chars.iter().enumerate().skip(close + 2).take(TEXT_MAX) {
                match c {
                    ']' => return Some((close, k)),
                    '[' => return None,
                    _ => {}
                }
            }
            None
        }
        _ => None,
    }
}

const HTML_TAGS: &[&str] = &[
    "a",
    "abbr",
    "b",
    "blockquote",
    "br",
    "code",
    "dd",
    "del",
    "details",
    "div",
    "dl",
    "dt",
    "em",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "i",
    "img",
    "ins",
    "kbd",
    "li",
    "mark",
    "ol",
    "p",
    "pre",
    "s",
    "small",
    "span",
    "strong",
    "sub",
    "summary",
    "sup",
    "table",
    "tbody",
    "td",
    "th",
    "thead",
    "tr",
    "u",
    "ul",
];

/// An HTML tag (`<br>`, `</b>`, `<a href="…">`) or an autolink
/// (`<https://…>`) starting at `i`: the index of `>` and whether it is an
/// autolink (whose inner text stays).
fn tag_at(chars: &[(usize, char)], i: usize) -> Option<(usize, bool)> {
    let mut end = None;
    for (k, &(_, c)) in chars.iter().enumerate().skip(i + 1).take(300) {
        match c {
            '>' => {
                end = Some(k);
                break;
            }
            '<' => return None,
            _ => {}
        }
    }
    let end = end?;
    let inner: String = chars[i + 1..end].iter().map(|x| x.1).collect();
    if inner.is_empty() {
        return None;
    }
    if !inner.contains(char::is_whitespace)
        && (inner.contains("://") || inner.starts_with("mailto:") || (inner.contains('@') && !inner.starts_with('@')))
    {
        return Some((end, true));
    }
    if inner.starts_with("!--") {
        return Some((end, false));
    }
    let name: String = inner
        .trim_start_matches('/')
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    HTML_TAGS.contains(&name.as_str()).then_some((end, false))
}

fn url_prefix(chars: impl Iterator<Item = char> + Clone) -> bool {
    ["http://", "https://", "www."].iter().any(|prefix| {
        let mut it = chars.clone();
        prefix.chars().all(|p| it.next().is_some_and(|c| c.to_ascii_lowercase() == p))
    })
}

// ------------------------------------------------------------ tokenisation

/// What separates a token from the one before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Gap {
    None,
    Space,
    Line,
    Para,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tk {
    Word,
    Url,
    Punct(char),
}

#[derive(Debug)]
struct Token {
    kind: Tk,
    /// Index of the first cell; the n-th char of `text` is cell `first + n`.
    first: usize,
    start: usize,
    end: usize,
    text: String,
    /// Lower case of `text` for words, empty otherwise.
    lower: String,
    gap: Gap,
    /// An abbreviation whose final dot belongs to the word ("z.B.", "usw.").
    abbr: bool,
}

impl Token {
    fn is_word(&self) -> bool {
        matches!(self.kind, Tk::Word | Tk::Url)
    }
    fn starts_upper(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }
    fn starts_lower(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_lowercase)
    }
    fn is_punct(&self, c: char) -> bool {
        self.kind == Tk::Punct(c)
    }
}

fn tokenize(cells: &[Cell]) -> Vec<Token> {
    let mut out = Vec::new();
    let mut gap = Gap::Para;
    let mut newlines = 0;
    let mut i = 0;
    while i < cells.len() {
        let c = cells[i].ch;
        if c.is_whitespace() {
            let g = match c {
                PARA => Gap::Para,
                '\n' | '\u{2028}' | '\u{85}' | '\u{b}' | '\u{c}' => {
                    newlines += 1;
                    if newlines >= 2 { Gap::Para } else { Gap::Line }
                }
                _ => Gap::Space,
            };
            gap = gap.max(g);
            i += 1;
            continue;
        }
        let (kind, last, abbr) = if c.is_alphanumeric() { scan_word(cells, i) } else { (Tk::Punct(c), i, false) };
        let text: String = cells[i..=last].iter().map(|x| x.ch).collect();
        let lower = if kind == Tk::Word { text.to_lowercase() } else { String::new() };
        let end = cells[last].pos + cells[last].ch.len_utf8();
        out.push(Token { kind, first: i, start: cells[i].pos, end, text, lower, gap, abbr });
        gap = Gap::None;
        newlines = 0;
        i = last + 1;
    }
    out
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

fn is_word_separator(c: char) -> bool {
    is_hyphen(c) || matches!(c, '·' | '\u{2027}' | '\u{22c5}')
}

/// Does `c` between `prev` and `next` (alphanumeric) keep a word together?
fn joins(prev: char, c: char, next: char) -> bool {
    match c {
        '·' | '\u{2027}' | '\u{22c5}' | '\'' | '’' | '@' | '.' => true,
        ',' => prev.is_ascii_digit() && next.is_ascii_digit(),
        ':' => (prev.is_ascii_digit() && next.is_ascii_digit()) || (prev.is_alphabetic() && next.is_lowercase()),
        '*' | '_' => prev.is_alphabetic() && next.is_alphabetic(),
        _ => false,
    }
}

/// Scans a word (or URL) starting at cell `i`: kind, index of the last cell,
/// whether it is an abbreviation that took its dot.
fn scan_word(cells: &[Cell], i: usize) -> (Tk, usize, bool) {
    if matches!(cells[i].ch, 'h' | 'H' | 'w' | 'W') && url_prefix(cells[i..].iter().map(|c| c.ch)) {
        let mut j = i;
        while cells.get(j + 1).is_some_and(|c| !c.ch.is_whitespace()) {
            j += 1;
        }
        while j > i
            && matches!(cells[j].ch, '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '"' | '\'' | '»' | '“' | '”')
        {
            j -= 1;
        }
        return (Tk::Url, j, false);
    }
    let mut j = i;
    while let Some(next) = cells.get(j + 1) {
        let c = next.ch;
        if c.is_alphanumeric() {
            j += 1;
            continue;
        }
        let after = cells.get(j + 2).map(|x| x.ch);
        if is_hyphen(c) {
            if after.is_some_and(char::is_alphanumeric) {
                j += 1;
                continue;
            }
            // "Haus- und Gartenarbeit"
            if after.is_none_or(char::is_whitespace) {
                j += 1;
            }
            break;
        }
        if let Some(a) = after
            && a.is_alphanumeric()
            && joins(cells[j].ch, c, a)
        {
            j += 1;
            continue;
        }
        break;
    }
    let mut abbr = false;
    if cells.get(j + 1).is_some_and(|c| c.ch == '.') {
        let word: String = cells[i..=j].iter().map(|c| c.ch).collect();
        if is_abbreviation(&format!("{word}.")) {
            j += 1;
            abbr = true;
        } else if j == i && cells[i].ch.is_alphabetic() {
            // "z. B.", "d. h."
            if let (Some(sp), Some(l), Some(dot)) = (cells.get(j + 2), cells.get(j + 3), cells.get(j + 4))
                && matches!(sp.ch, ' ' | '\u{a0}' | '\u{202f}')
                && l.ch.is_alphabetic()
                && dot.ch == '.'
                && !cells.get(j + 5).is_some_and(|c| c.ch.is_alphanumeric())
                && abbreviation_entry(&format!("{word}.{}.", l.ch)).is_some()
            {
                j += 4;
                abbr = true;
            }
        }
    }
    (Tk::Word, j, abbr)
}

// ------------------------------------------------------ sentence splitting

fn is_end_punct(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | ':' | '…')
}

fn is_closer(c: char) -> bool {
    matches!(c, ')' | ']' | '"' | '\'' | '»' | '«' | '“' | '”' | '‘' | '’')
}

/// Sentences as token ranges `[a, b)`.
fn segment(toks: &[Token]) -> Vec<(usize, usize)> {
    let n = toks.len();
    let mut out = Vec::new();
    let mut a = 0;
    let mut t = 0;
    while t < n {
        if t > a && breaks_before(toks, t) {
            out.push((a, t));
            a = t;
        }
        let tok = &toks[t];
        let ends = match tok.kind {
            Tk::Punct(c) => is_end_punct(c),
            Tk::Word => tok.abbr && lookup(TERMINAL_ABBREVIATIONS, &compact(&tok.text)).is_some(),
            Tk::Url => false,
        };
        if ends {
            let mut e = t;
            while let Some(nx) = toks.get(e + 1) {
                if nx.gap == Gap::None && matches!(nx.kind, Tk::Punct(c) if is_end_punct(c) || is_closer(c)) {
                    e += 1;
                } else {
                    break;
                }
            }
            let spaced = toks.get(e + 1).is_none_or(|nx| nx.gap != Gap::None);
            if spaced && splits_after(toks, t, e) {
                out.push((a, e + 1));
                a = e + 1;
            }
            t = e + 1;
            continue;
        }
        t += 1;
    }
    if a < n {
        out.push((a, n));
    }
    out
}

/// A line break ends a sentence unless the next line obviously continues
/// it (starts in lower case, or the line ended with a comma, hyphen or a
/// function word). A paragraph break always ends it.
fn breaks_before(toks: &[Token], t: usize) -> bool {
    match toks[t].gap {
        Gap::Para => true,
        Gap::Line => {
            let tok = &toks[t];
            let prev = &toks[t - 1];
            if tok.kind == Tk::Word && tok.starts_lower() {
                return false;
            }
            match prev.kind {
                Tk::Punct(c) => !matches!(c, ',' | '-' | '–' | '—' | '(' | '/' | '&' | '+'),
                Tk::Word => !(prev.text.ends_with(is_hyphen) || CONTINUATION.contains(&prev.lower.as_str())),
                Tk::Url => true,
            }
        }
        _ => false,
    }
}

/// Whether the end mark `toks[t]` (with closers up to `e`) ends the sentence.
fn splits_after(toks: &[Token], t: usize, e: usize) -> bool {
    let Some(nx) = toks.get(e + 1) else { return true };
    if nx.gap >= Gap::Line {
        return true;
    }
    match toks[t].kind {
        Tk::Punct('.' | '…') => {
            if nx.kind == Tk::Word && nx.starts_lower() {
                return false;
            }
            // "am 3. Mai", "im 2. Stock", "am 3.5. um 10 Uhr" (but "am 24.12.2025. Alle …" ends)
            if t > 0 && toks[t].gap == Gap::None && is_number(&toks[t - 1]) && toks[t - 1].text.matches('.').count() < 2
            {
                if nx.kind == Tk::Word && (MONTHS.contains(&nx.lower.as_str()) || nx.text.starts_with(char::is_numeric))
                {
                    return false;
                }
                if t >= 2 && toks[t - 2].kind == Tk::Word && ORDINAL_CONTEXT.contains(&toks[t - 2].lower.as_str()) {
                    return false;
                }
            }
            true
        }
        // "usw." ends a sentence when a capital follows
        Tk::Word => !(nx.kind == Tk::Word && nx.starts_lower()),
        _ => true,
    }
}

fn is_number(t: &Token) -> bool {
    t.kind == Tk::Word && t.text.chars().all(|c| c.is_ascii_digit() || c == '.')
}

// ---------------------------------------------------------------- analysis

fn hint(src: &str, kind: HintKind, start: usize, end: usize, suggestion: Option<String>) -> Hint {
    Hint { kind, start, end, text: slice(src, start, end), suggestion }
}

fn some(s: &str) -> Option<String> {
    (!s.is_empty()).then(|| s.to_string())
}

fn lookup(list: &'static [(&'static str, &'static str)], key: &str) -> Option<&'static str> {
    list.iter().find(|(k, _)| *k == key).map(|(_, v)| *v)
}

/// The text without whitespace ("z. B." → "z.B.").
fn compact(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

fn analyse(src: &str, cells: &[Cell], sent: &[Token], words: usize, limits: Limits) -> Vec<Hint> {
    let mut hints = Vec::new();
    if words > limits.max_sentence_words {
        hints.push(hint(src, HintKind::LongSentence, sent[0].start, sent[sent.len() - 1].end, None));
    }
    // a heading in capitals is shouting, not a row of abbreviations
    let shouting =
        words > 1 && sent.iter().filter(|t| t.kind == Tk::Word).all(|t| !t.text.chars().any(char::is_lowercase));
    for t in sent.iter().filter(|t| t.kind == Tk::Word) {
        word_hints(src, cells, t, shouting, limits, &mut hints);
    }
    genitive(src, sent, &mut hints);
    passive(src, sent, &mut hints);
    special_characters(src, sent, &mut hints);
    hints.sort_by_key(|h| (h.start, h.end, h.kind));
    hints
}

fn word_hints(src: &str, cells: &[Cell], t: &Token, shouting: bool, limits: Limits, hints: &mut Vec<Hint>) {
    let w = t.lower.as_str();
    let push = |hints: &mut Vec<Hint>, kind, suggestion| hints.push(hint(src, kind, t.start, t.end, suggestion));
    if t.abbr {
        let key = compact(&t.text);
        let suggestion = match abbreviation_entry(&key) {
            Some(s) => some(s),
            None => key.strip_suffix("str.").filter(|_| is_street(&key)).map(|s| format!("{s}straße")),
        };
        push(hints, HintKind::Abbreviation, suggestion);
        return;
    }
    // e-mail addresses, domains, dates like 3.5.2024
    if w.contains(['@', '.']) {
        return;
    }
    if !shouting && is_acronym(&t.text) {
        push(hints, HintKind::Abbreviation, lookup(ACRONYMS, &t.text).and_then(some));
    }
    if let Some(s) = lookup(DOTLESS_ABBREVIATIONS, &t.text) {
        push(hints, HintKind::Abbreviation, some(s));
    }
    if NEGATIONS.contains(&w) {
        push(hints, HintKind::Negation, None);
    }
    if let Some(s) = lookup(SUBJUNCTIVES, w) {
        push(hints, HintKind::Subjunctive, some(s));
    }
    if let Some(v) = number_word(w) {
        push(hints, HintKind::NumberWord, Some(v.to_string()));
    }
    if let Some(s) = lookup(FOREIGN_WORDS, w) {
        push(hints, HintKind::ForeignWord, some(s));
    } else if t.text.contains(is_word_separator) {
        // "Newsletter-Anmeldung": flag the part
        let mut part_start = 0;
        let chars: Vec<char> = t.text.chars().collect();
        for ci in 0..=chars.len() {
            if ci < chars.len() && !is_word_separator(chars[ci]) {
                continue;
            }
            if ci > part_start {
                let part: String = chars[part_start..ci].iter().collect::<String>().to_lowercase();
                if let Some(s) = lookup(FOREIGN_WORDS, &part) {
                    let (a, b) = (cells[t.first + part_start], cells[t.first + ci - 1]);
                    hints.push(hint(src, HintKind::ForeignWord, a.pos, b.pos + b.ch.len_utf8(), some(s)));
                }
            }
            part_start = ci + 1;
        }
    }
    let letters = t.text.chars().count();
    if letters > limits.max_word_letters && t.text.chars().all(char::is_alphabetic) {
        let suggestion = if t.starts_upper() { split_compound(&t.text) } else { None };
        hints.push(hint(src, HintKind::LongWord, t.start, t.end, suggestion));
    }
    // gender star inside a word: "Nachbar*innen"
    for (ci, c) in t.text.chars().enumerate() {
        if c == '*' {
            let cell = cells[t.first + ci];
            hints.push(hint(src, HintKind::SpecialCharacter, cell.pos, cell.pos + 1, None));
        }
    }
}

fn is_acronym(word: &str) -> bool {
    let n = word.chars().count();
    (2..=5).contains(&n)
        && word.chars().all(|c| c.is_alphabetic() && c.is_uppercase())
        && !ACRONYM_ALLOWED.contains(&word)
}

fn is_street(key: &str) -> bool {
    key.chars().count() > 4
        && key.starts_with(char::is_uppercase)
        && key.strip_suffix("str.").is_some_and(|s| s.chars().all(char::is_alphabetic))
}

/// Matches an entry of a word list, also in sentence-initial capitals
/// ("Z.B." for "z.B.", but "Max." is a name, not "max.").
fn matches_entry(entry: &str, key: &str) -> bool {
    if entry == key {
        return true;
    }
    if entry == "max." {
        return false;
    }
    let (mut e, mut k) = (entry.chars(), key.chars());
    match (e.next(), k.next()) {
        (Some(a), Some(b)) if a.is_lowercase() && b.is_uppercase() && b.to_lowercase().eq(std::iter::once(a)) => {
            e.as_str() == k.as_str()
        }
        _ => false,
    }
}

fn abbreviation_entry(key: &str) -> Option<&'static str> {
    ABBREVIATIONS.iter().find(|(e, _)| matches_entry(e, key)).map(|(_, s)| *s)
}

/// "z.B.", "usw.", "Hauptstr.", or single letters with dots ("i.d.R.").
fn is_abbreviation(cand: &str) -> bool {
    if abbreviation_entry(cand).is_some() || is_street(cand) {
        return true;
    }
    let Some(body) = cand.strip_suffix('.') else { return false };
    let mut parts = 0;
    for seg in body.split('.') {
        let mut cs = seg.chars();
        match (cs.next(), cs.next()) {
            (Some(c), None) if c.is_alphabetic() => parts += 1,
            _ => return false,
        }
    }
    parts >= 2
}

/// Genitive articles ("des", "eines", with the noun that follows) and
/// prepositions that take the genitive ("wegen", "trotz" …).
fn genitive(src: &str, sent: &[Token], hints: &mut Vec<Hint>) {
    let word_at = |k: usize| sent.get(k).filter(|t| t.kind == Tk::Word);
    for (k, t) in sent.iter().enumerate() {
        if t.kind != Tk::Word {
            continue;
        }
        let w = t.lower.as_str();
        if GENITIVE_PREPOSITIONS.contains(&w) {
            match word_at(k + 1) {
                Some(nx) if takes_noun_in_genitive(&nx.lower) => {} // flagged with the article
                Some(nx) if GENITIVE_DETERMINERS.contains(&nx.lower.as_str()) || nx.starts_upper() => {
                    hints.push(hint(src, HintKind::Genitive, t.start, t.end, None));
                }
                _ => {}
            }
        }
        if !takes_noun_in_genitive(w) {
            continue;
        }
        let possessive = POSSESSIVE_GENITIVES.contains(&w);
        let prep = k.checked_sub(1).and_then(word_at).filter(|p| GENITIVE_PREPOSITIONS.contains(&p.lower.as_str()));
        let mut noun = None;
        for m in k + 1..(k + 5).min(sent.len()) {
            match word_at(m) {
                Some(x) if x.starts_upper() => {
                    noun = Some(m);
                    break;
                }
                Some(_) => {}
                None => break,
            }
        }
        // "meines" alone is a pronoun ("Das ist meines."); before a noun it
        // is a genitive ("meines Kontos").
        if possessive && noun.is_none() {
            continue;
        }
        let suggestion = match noun.and_then(|m| word_at(m).filter(|_| m == k + 1)) {
            Some(n) if n.text.ends_with('s') && n.text.chars().all(char::is_alphabetic) => {
                let base = strip_genitive(&n.text);
                // des → dem, eines → einem, meines → meinem, unseres → unserem
                let article = if w == "des" { "dem".to_string() } else { format!("{}m", &w[..w.len() - 1]) };
                Some(match prep {
                    Some(p) => format!("{} {article} {base}", p.text),
                    None => {
                        let von = if w == "des" { "vom".to_string() } else { format!("von {article}") };
                        format!("{} {base}", if t.starts_upper() { capitalise(&von) } else { von })
                    }
                })
            }
            _ => None,
        };
        let start = prep.map_or(t.start, |p| p.start);
        let end = noun.and_then(word_at).map_or(t.end, |n| n.end);
        hints.push(hint(src, HintKind::Genitive, start, end, suggestion));
    }
}

/// "Vereins" → "Verein", "Hauses" → "Haus", "Kaffees" → "Kaffee".
fn strip_genitive(noun: &str) -> String {
    let chars: Vec<char> = noun.chars().collect();
    let n = chars.len();
    let strip_es = n >= 5 && chars[n - 2] == 'e' && !is_vowel(chars[n - 3]);
    let keep = if strip_es { n - 2 } else { n.saturating_sub(1) };
    chars[..keep].iter().collect()
}

/// Can a German word start like this? Checks the consonants before the
/// first vowel: "sch", "spr", "pf" yes; "chm", "sm", "sb" no.
fn plausible_onset(word: &[char]) -> bool {
    let onset: String = word.iter().take_while(|&&c| !is_vowel(c)).collect();
    (onset.chars().count() <= 1 && !matches!(onset.as_str(), "ß" | "x" | "q")) || ONSETS.contains(&onset.as_str())
}

fn capitalise(s: &str) -> String {
    let mut cs = s.chars();
    match cs.next() {
        Some(c) => c.to_uppercase().chain(cs).collect(),
        None => String::new(),
    }
}

/// A form of *werden* and a Partizip II in the same clause, in either order:
/// "wird vom Amt geprüft", "weil es renoviert wurde", "ist abgesagt worden".
fn passive(src: &str, sent: &[Token], hints: &mut Vec<Hint>) {
    let mut open_aux: Option<usize> = None;
    let mut open_part: Option<usize> = None;
    let mut pairs = Vec::new();
    for (k, t) in sent.iter().enumerate() {
        match t.kind {
            Tk::Punct(',' | ';' | ':' | '(' | ')' | '–' | '—' | '-' | '"' | '„' | '“' | '”') => {
                open_aux = None;
                open_part = None;
            }
            Tk::Word if CONJUNCTIONS.contains(&t.lower.as_str()) => {
                open_aux = None;
                open_part = None;
            }
            Tk::Word if PASSIVE_AUXILIARIES.contains(&t.lower.as_str()) => {
                if let Some(p) = open_part.take() {
                    pairs.push((p, k));
                } else if open_aux.is_none() {
                    open_aux = Some(k);
                }
            }
            Tk::Word => {
                let next_is_noun = sent.get(k + 1).is_some_and(|n| n.kind == Tk::Word && n.starts_upper());
                if !next_is_noun && is_participle(t) {
                    if let Some(a) = open_aux.take() {
                        pairs.push((a, k));
                    } else if open_part.is_none() {
                        open_part = Some(k);
                    }
                }
            }
            _ => {}
        }
    }
    for (a, b) in pairs {
        hints.push(hint(src, HintKind::Passive, sent[a].start, sent[b].end, None));
    }
}

/// A guess whether a lower-case word is a Partizip II: "gemacht",
/// "geschrieben", "abgesagt", "eingeladen", "eröffnet", "informiert",
/// "besprochen". Infinitives after "werden" (future tense: "wir werden
/// feiern", "es wird Kuchen geben") are not.
fn is_participle(t: &Token) -> bool {
    let w = t.lower.as_str();
    if !t.starts_lower() || !w.chars().all(char::is_alphabetic) || w.chars().count() < 5 {
        return false;
    }
    if NOT_PARTICIPLES.contains(&w) {
        return false;
    }
    if w.ends_with("iert") || STRONG_PARTICIPLES.contains(&w) {
        return true;
    }
    let ends_t = w.ends_with('t');
    if !ends_t && !w.ends_with("en") {
        return false;
    }
    let after_ge = w
        .strip_prefix("ge")
        .or_else(|| SEPARABLE_PREFIXES.iter().find_map(|p| w.strip_prefix(p).and_then(|r| r.strip_prefix("ge"))));
    if let Some(r) = after_ge
        && r.chars().count() >= 3
    {
        let infinitive = GE_INFINITIVES.iter().any(|s| w.ends_with(s) && !(*s == "geben" && w.ends_with("gegeben")));
        return !infinitive;
    }
    ends_t && INSEPARABLE_PREFIXES.iter().any(|p| w.strip_prefix(p).is_some_and(|r| r.chars().count() >= 3))
}

/// Special characters; a pair of brackets is one hint over the bracketed
/// part (nested pairs inside it get none), a run of the same character is
/// one hint.
fn special_characters(src: &str, sent: &[Token], hints: &mut Vec<Hint>) {
    let mut stack: Vec<(usize, char)> = Vec::new();
    let mut last_run: Option<(usize, char)> = None; // index into hints, char
    for (k, t) in sent.iter().enumerate() {
        let Tk::Punct(c) = t.kind else {
            last_run = None;
            continue;
        };
        match c {
            '(' | '[' | '{' => stack.push((k, c)),
            ')' | ']' | '}' => {
                let open = match c {
                    ')' => '(',
                    ']' => '[',
                    _ => '{',
                };
                if stack.last().is_some_and(|&(_, o)| o == open) {
                    // one hint for the outermost pair; inner pairs are inside it
                    if let Some((o, _)) = stack.pop()
                        && stack.is_empty()
                    {
                        hints.push(hint(src, HintKind::SpecialCharacter, sent[o].start, t.end, None));
                    }
                } else {
                    hints.push(hint(src, HintKind::SpecialCharacter, t.start, t.end, None));
                }
            }
            c if SPECIAL_CHARACTERS.contains(&c) => {
                if let Some((h, rc)) = last_run
                    && rc == c
                    && t.gap == Gap::None
                    && k > 0
                    && sent[k - 1].is_punct(c)
                    && let Some(prev) = hints.get_mut(h)
                {
                    prev.end = t.end;
                    prev.text = slice(src, prev.start, prev.end);
                    continue;
                }
                let suggestion = match c {
                    '/' => {
                        let letters = |x: Option<&Token>| x.is_some_and(|x| x.kind == Tk::Word && x.starts_lower());
                        (letters(k.checked_sub(1).map(|p| &sent[p])) && letters(sent.get(k + 1)))
                            .then(|| "oder".to_string())
                    }
                    c => lookup_char(SPECIAL_SUGGESTIONS, c).and_then(some),
                };
                last_run = Some((hints.len(), c));
                hints.push(hint(src, HintKind::SpecialCharacter, t.start, t.end, suggestion));
                continue;
            }
            _ => {}
        }
        last_run = None;
    }
    for (o, _) in stack {
        hints.push(hint(src, HintKind::SpecialCharacter, sent[o].start, sent[o].end, None));
    }
}

fn lookup_char(list: &'static [(char, &'static str)], c: char) -> Option<&'static str> {
    list.iter().find(|(k, _)| *k == c).map(|(_, v)| *v)
}

/// "drei" → 3, "einundzwanzig" → 21, "zweihundert" → 200; never the
/// article "ein"/"eine".
fn number_word(w: &str) -> Option<u32> {
    // cheap filter: every number word ends like one of its parts (eins,
    // zwei, vier, fünf, sieben, acht, elf, -zig, -ßig, tausend) and uses
    // only the letters of the number words
    if !w.ends_with(['s', 'i', 'r', 'f', 'n', 't', 'g', 'd'])
        || w.len() > 60
        || !w.chars().all(|c| "abcdefghilnrstuvwzßöü".contains(c))
    {
        return None;
    }
    if let Some(v) = below_hundred(w) {
        return Some(v);
    }
    if let Some((pre, post)) = split_once(w, "tausend") {
        let p = if pre.is_empty() || pre == "ein" { 1 } else { below_thousand(pre)? };
        let q = if post.is_empty() { 0 } else { below_thousand(post.strip_prefix("und").unwrap_or(post))? };
        return Some(p * 1000 + q);
    }
    below_thousand(w)
}

fn below_thousand(w: &str) -> Option<u32> {
    if let Some((pre, post)) = split_once(w, "hundert") {
        let p = if pre.is_empty() || pre == "ein" { 1 } else { unit(pre)? };
        let q = if post.is_empty() { 0 } else { below_hundred(post.strip_prefix("und").unwrap_or(post))? };
        return Some(p * 100 + q);
    }
    below_hundred(w)
}

fn below_hundred(w: &str) -> Option<u32> {
    if w == "eins" {
        return Some(1);
    }
    if let Some(v) = unit(w).or_else(|| tens(w)) {
        return Some(v);
    }
    let teens: &[(&str, u32)] = &[
        ("zehn", 10),
        ("elf", 11),
        ("zwölf", 12),
        ("dreizehn", 13),
        ("vierzehn", 14),
        ("fünfzehn", 15),
        ("sechzehn", 16),
        ("siebzehn", 17),
        ("achtzehn", 18),
        ("neunzehn", 19),
    ];
    if let Some((_, v)) = teens.iter().find(|(k, _)| *k == w) {
        return Some(*v);
    }
    let (u, t) = split_once(w, "und")?;
    let u = if u == "ein" { 1 } else { unit(u)? };
    Some(tens(t)? + u)
}

/// `str::split_once` for short words, without setting up a substring searcher.
fn split_once<'a>(w: &'a str, pat: &str) -> Option<(&'a str, &'a str)> {
    let i = w.as_bytes().windows(pat.len()).position(|x| x == pat.as_bytes())?;
    Some((w.get(..i)?, w.get(i + pat.len()..)?))
}

fn unit(w: &str) -> Option<u32> {
    let v = match w {
        "zwei" => 2,
        "drei" => 3,
        "vier" => 4,
        "fünf" => 5,
        "sechs" => 6,
        "sieben" => 7,
        "acht" => 8,
        "neun" => 9,
        _ => return None,
    };
    Some(v)
}

fn tens(w: &str) -> Option<u32> {
    let v = match w {
        "zwanzig" => 20,
        "dreißig" => 30,
        "vierzig" => 40,
        "fünfzig" => 50,
        "sechzig" => 60,
        "siebzig" => 70,
        "achtzig" => 80,
        "neunzig" => 90,
        _ => return None,
    };
    Some(v)
}

/// Splits a long compound into two parts for a suggestion:
/// "Nachbarschaftshilfe" → "Nachbarschafts-Hilfe". Both parts must be known
/// noun parts (with a linking element or plural ending), or one of them
/// known and the other at least partly; a linking *s* is preferred, then a
/// balanced split. `None` when nothing convincing is found.
fn split_compound(word: &str) -> Option<String> {
    let chars: Vec<char> = word.chars().collect();
    let n = chars.len();
    if !(8..=40).contains(&n) {
        return None;
    }
    let lc: Vec<char> = chars.iter().map(|&c| c.to_lowercase().next().unwrap_or(c)).collect();
    let lower: String = lc.iter().collect();
    // byte offset of each char of `lower`, and its end
    let bounds: Vec<usize> = lower.char_indices().map(|(b, _)| b).chain(std::iter::once(lower.len())).collect();
    // known[s * (n + 1) + e]: chars s..e are a known noun part
    let mut known = vec![false; (n + 1) * (n + 1)];
    for s in 0..n.saturating_sub(2) {
        // every part has at least three letters: find the parts that start
        // with the next three, then keep those that fit here
        let rest = &lower[bounds[s]..];
        let three = &lower[bounds[s]..bounds[s + 3]];
        let first = NOUN_PARTS.partition_point(|p| *p < three);
        for part in NOUN_PARTS[first..].iter().take_while(|p| p.starts_with(three)) {
            if rest.starts_with(part) {
                known[s * (n + 1) + s + part.chars().count()] = true;
            }
        }
    }
    let k = |s: usize, e: usize| known[s * (n + 1) + e];
    // chars before `e` spell `suffix`
    let ends = |e: usize, suffix: &str| {
        let len = suffix.chars().count();
        len <= e && lc[e - len..e].iter().copied().eq(suffix.chars())
    };
    let left_score = |i: usize| -> (u8, bool) {
        if k(0, i) {
            return (2, false);
        }
        for fuge in ["s", "es", "n", "en", "er", "e", "ens"] {
            let f = fuge.chars().count();
            if i > f && ends(i, fuge) && k(0, i - f) {
                return (2, fuge == "s" || fuge == "es");
            }
        }
        if ends(i, "s") && TYPICAL_SUFFIXES.iter().any(|s| ends(i - 1, s)) {
            return (1, true);
        }
        for fuge in ["", "s", "es", "n", "en", "er", "e"] {
            let f = fuge.chars().count();
            if i > f && ends(i, fuge) && (1..(i - f).saturating_sub(3)).any(|s| k(s, i - f)) {
                return (1, fuge == "s" || fuge == "es");
            }
        }
        (0, false)
    };
    let right_score = |i: usize| -> u8 {
        for ending in ["", "e", "n", "en", "er", "s", "es", "ern", "nen"] {
            let f = ending.chars().count();
            if n - i > f && ends(n, ending) && k(i, n - f) {
                return 2;
            }
        }
        u8::from((i + 4..n).any(|e| k(i, e)))
    };
    // (score, linking s, imbalance, index)
    let mut best: Option<(u8, bool, usize, usize)> = None;
    for i in 3..=n - 3 {
        let (ls, fugen_s) = left_score(i);
        let rs = right_score(i);
        // "Kinder|schminken", not "Kinders|chminken"
        if (i < 4 && ls < 2) || (n - i < 4 && rs < 2) || !plausible_onset(&lc[i..]) {
            continue;
        }
        let score = ls + rs;
        if score < 2 && !fugen_s {
            continue;
        }
        let cand = (score, fugen_s, i.abs_diff(n - i), i);
        let better = match best {
            None => true,
            Some((s, f, imb, _)) => (score, fugen_s, std::cmp::Reverse(cand.2)) > (s, f, std::cmp::Reverse(imb)),
        };
        if better {
            best = Some(cand);
        }
    }
    let (_, _, _, i) = best?;
    let left: String = chars[..i].iter().collect();
    let right: String = chars[i..].iter().collect();
    Some(format!("{left}-{}", capitalise(&right)))
}

// -------------------------------------------------------------- word lists

const NEGATIONS: &[&str] = &[
    "nicht",
    "kein",
    "keine",
    "keinen",
    "keinem",
    "keiner",
    "keines",
    "nie",
    "niemals",
    "nichts",
    "niemand",
    "niemanden",
    "niemandem",
    "nirgends",
    "nirgendwo",
    "weder",
];

/// Konjunktiv II with the indicative to consider ("" = rephrase).
const SUBJUNCTIVES: &[(&str, &str)] = &[
    ("würde", ""),
    ("würden", ""),
    ("würdest", ""),
    ("würdet", ""),
    ("wäre", "ist"),
    ("wären", "sind"),
    ("wärst", "bist"),
    ("wäret", "seid"),
    ("hätte", "hat"),
    ("hätten", "haben"),
    ("hättest", "hast"),
    ("hättet", "habt"),
    ("könnte", "kann"),
    ("könnten", "können"),
    ("könntest", "kannst"),
    ("könntet", "könnt"),
    ("müsste", "muss"),
    ("müssten", "müssen"),
    ("müsstest", "musst"),
    ("sollte", "soll"),
    ("sollten", "sollen"),
    ("solltest", "sollst"),
    ("dürfte", "darf"),
    ("dürften", "dürfen"),
    ("bräuchte", "braucht"),
    ("bräuchten", "brauchen"),
    ("gäbe", "gibt"),
    ("käme", "kommt"),
    ("kämen", "kommen"),
];

const PASSIVE_AUXILIARIES: &[&str] =
    &["werde", "wirst", "wird", "werden", "werdet", "wurde", "wurdest", "wurden", "wurdet", "worden"];

/// Reset the passive search: a new clause may start.
const CONJUNCTIONS: &[&str] = &["und", "oder", "aber", "sondern", "denn"];

const SEPARABLE_PREFIXES: &[&str] = &[
    "ab", "an", "auf", "aus", "bei", "bekannt", "dar", "durch", "ein", "fest", "fort", "frei", "her", "heraus",
    "herum", "herunter", "hin", "hinaus", "hinzu", "hoch", "kennen", "klar", "los", "mit", "nach", "sicher", "statt",
    "teil", "um", "vor", "vorbei", "wahr", "weg", "weiter", "wieder", "zu", "zurück", "zusammen",
];

const INSEPARABLE_PREFIXES: &[&str] = &["be", "emp", "ent", "er", "ge", "miss", "über", "unter", "ver", "zer"];

/// Infinitives that look like ge-participles ("Es wird Kuchen geben").
const GE_INFINITIVES: &[&str] = &[
    "geben",
    "gehen",
    "gelten",
    "gewinnen",
    "gehören",
    "genießen",
    "gestalten",
    "genehmigen",
    "gebrauchen",
    "gewöhnen",
    "gefallen",
    "gelingen",
    "geschehen",
    "gewähren",
    "gestatten",
    "genügen",
    "gedenken",
    "gehorchen",
    "gefährden",
    "gelangen",
    "geraten",
    "gebären",
    "geleiten",
    "gestehen",
    "gewährleisten",
    "gedulden",
    "genesen",
];

/// Participles without the ge- that end in -en.
const STRONG_PARTICIPLES: &[&str] = &[
    "begonnen",
    "behoben",
    "beschlossen",
    "beschrieben",
    "besprochen",
    "bestanden",
    "betrieben",
    "betroffen",
    "bewiesen",
    "beworben",
    "bezogen",
    "empfohlen",
    "entnommen",
    "entschieden",
    "entstanden",
    "entworfen",
    "erfunden",
    "erhoben",
    "erschienen",
    "erworben",
    "erzogen",
    "übernommen",
    "überwiesen",
    "unterbrochen",
    "unternommen",
    "unterschrieben",
    "verboten",
    "verbunden",
    "vergeben",
    "verliehen",
    "verloren",
    "vermieden",
    "verschlossen",
    "verschoben",
    "verstanden",
    "vertrieben",
    "verwiesen",
    "zerbrochen",
];

/// Words that look like participles but are not used as such after *werden*.
const NOT_PARTICIPLES: &[&str] = &[
    "gegen",
    "gesamt",
    "gewesen",
    "geworden",
    "gerecht",
    "zugegen",
    "bereit",
    "bekannt",
    "beliebt",
    "berühmt",
    "bestimmt",
    "verrückt",
    "verwandt",
    "ernst",
    "erst",
    "gestern",
    "gelegentlich",
    "gemeinsam",
    "genau",
];

const GENITIVE_PREPOSITIONS: &[&str] = &[
    "wegen",
    "trotz",
    "während",
    "statt",
    "anstatt",
    "innerhalb",
    "außerhalb",
    "aufgrund",
    "angesichts",
    "bezüglich",
    "hinsichtlich",
    "mittels",
    "infolge",
    "zwecks",
    "anhand",
    "oberhalb",
    "unterhalb",
    "seitens",
    "ungeachtet",
    "zugunsten",
    "anlässlich",
];

/// Possessives in the genitive ("meines Kontos", "unseres Vereins").
const POSSESSIVE_GENITIVES: &[&str] = &["meines", "deines", "seines", "ihres", "unseres", "unsres", "eures", "euers"];

/// An article or possessive that puts the noun after it in the genitive.
fn takes_noun_in_genitive(w: &str) -> bool {
    w == "des" || w == "eines" || POSSESSIVE_GENITIVES.contains(&w)
}

/// Words after which a genitive preposition really is one (not "während
/// wir essen", not "findet statt und").
const GENITIVE_DETERMINERS: &[&str] = &[
    "der", "des", "eines", "einer", "dieser", "dieses", "jeder", "jedes", "seiner", "seines", "ihrer", "ihres",
    "unserer", "unseres", "meiner", "meines", "deiner", "deines", "eurer", "eures",
];

/// Abbreviations with a dot and what they stand for ("" = explain it).
const ABBREVIATIONS: &[(&str, &str)] = &[
    ("z.B.", "zum Beispiel"),
    ("usw.", "und so weiter"),
    ("bzw.", "oder"),
    ("ca.", "ungefähr"),
    ("ggf.", "wenn nötig"),
    ("d.h.", "das heißt"),
    ("u.a.", "unter anderem"),
    ("u.v.m.", "und vieles mehr"),
    ("o.g.", "oben genannt"),
    ("z.T.", "zum Teil"),
    ("u.U.", "vielleicht"),
    ("u.ä.", "und Ähnliches"),
    ("u.Ä.", "und Ähnliches"),
    ("o.ä.", "oder Ähnliches"),
    ("o.Ä.", "oder Ähnliches"),
    ("i.d.R.", "meistens"),
    ("e.V.", "eingetragener Verein"),
    ("Nr.", "Nummer"),
    ("Str.", "Straße"),
    ("Tel.", "Telefon"),
    ("Dr.", "Doktor"),
    ("Hr.", "Herr"),
    ("Fr.", ""),
    ("evtl.", "vielleicht"),
    ("inkl.", "mit"),
    ("exkl.", "ohne"),
    ("vgl.", "siehe"),
    ("etc.", "und so weiter"),
    ("bspw.", "zum Beispiel"),
    ("sog.", "so genannt"),
    ("max.", "höchstens"),
    ("min.", "mindestens"),
    ("mind.", "mindestens"),
    ("zzgl.", "plus"),
    ("bzgl.", ""),
    ("ehem.", "früher"),
    ("geb.", "geboren"),
    ("Abs.", "Absatz"),
    ("Jh.", "Jahrhundert"),
    ("Mio.", "Millionen"),
    ("Mrd.", "Milliarden"),
    ("Tsd.", "Tausend"),
    ("Std.", "Stunden"),
    ("Min.", "Minuten"),
    ("allg.", "allgemein"),
    ("Hrsg.", "Herausgeber"),
    ("Mo.", "Montag"),
    ("Di.", "Dienstag"),
    ("Mi.", "Mittwoch"),
    ("Do.", "Donnerstag"),
    ("Sa.", "Samstag"),
];

/// Abbreviations that may end a sentence: then a capital follows.
const TERMINAL_ABBREVIATIONS: &[(&str, &str)] = &[
    ("usw.", ""),
    ("etc.", ""),
    ("u.a.", ""),
    ("u.v.m.", ""),
    ("u.ä.", ""),
    ("u.Ä.", ""),
    ("o.ä.", ""),
    ("o.Ä.", ""),
    ("Std.", ""),
    ("Min.", ""),
];

const DOTLESS_ABBREVIATIONS: &[(&str, &str)] = &[("GmbH", ""), ("gGmbH", ""), ("Pkw", "Auto"), ("Lkw", "Lastwagen")];

const ACRONYM_ALLOWED: &[&str] = &["OK", "TV", "WC"];

const ACRONYMS: &[(&str, &str)] = &[
    ("AWO", "Arbeiter-Wohlfahrt"),
    ("VHS", "Volks-Hochschule"),
    ("DRK", "Deutsches Rotes Kreuz"),
    ("ASB", "Arbeiter-Samariter-Bund"),
    ("ÖPNV", "Bus und Bahn"),
    ("EU", "Europäische Union"),
    ("WG", "Wohn-Gemeinschaft"),
    ("PKW", "Auto"),
    ("KFZ", "Auto"),
    ("LKW", "Lastwagen"),
    ("SGB", "Sozial-Gesetz-Buch"),
];

/// Foreign words common in social-sector texts, with a German word.
/// "Team", "online", "E-Mail", "Link" are common enough not to flag.
const FOREIGN_WORDS: &[(&str, &str)] = &[
    ("event", "Veranstaltung"),
    ("events", "Veranstaltungen"),
    ("meeting", "Treffen"),
    ("meetings", "Treffen"),
    ("meetup", "Treffen"),
    ("get-together", "Treffen"),
    ("workshop", "Kurs"),
    ("workshops", "Kurse"),
    ("community", "Gemeinschaft"),
    ("coworking", "gemeinsames Arbeiten"),
    ("update", "Neuigkeit"),
    ("updates", "Neuigkeiten"),
    ("feedback", "Rückmeldung"),
    ("newsletter", "Rundbrief"),
    ("download", "herunterladen"),
    ("downloads", "Dateien"),
    ("upload", "hochladen"),
    ("homepage", "Internet-Seite"),
    ("website", "Internet-Seite"),
    ("flyer", "Zettel"),
    ("location", "Ort"),
    ("catering", "Essen und Trinken"),
    ("deadline", "letzter Tag"),
    ("fundraising", "Spenden sammeln"),
    ("networking", "Kontakte knüpfen"),
    ("tool", "Werkzeug"),
    ("tools", "Werkzeuge"),
    ("support", "Hilfe"),
    ("ticket", "Eintritts-Karte"),
    ("tickets", "Eintritts-Karten"),
    ("login", "Anmeldung"),
    ("account", "Konto"),
    ("highlight", "Höhepunkt"),
    ("highlights", "Höhepunkte"),
    ("kids", "Kinder"),
    ("charity", "Wohltätigkeit"),
    ("volunteer", "Freiwillige"),
    ("volunteers", "Freiwillige"),
    ("coaching", "Beratung"),
    ("mentoring", "Begleitung"),
    ("statement", "Aussage"),
    ("input", "Beitrag"),
    ("brunch", "Frühstück"),
    ("kick-off", "Start"),
    ("check-in", "Anmeldung"),
    ("streetwork", "Straßen-Sozialarbeit"),
    ("outdoor", "draußen"),
    ("indoor", "drinnen"),
    ("partizipation", "Beteiligung"),
    ("empowerment", "Stärkung"),
    ("diversity", "Vielfalt"),
    ("circa", "ungefähr"),
    ("via", "über"),
    ("prozedere", "Ablauf"),
    ("agenda", "Tages-Ordnung"),
];

const SPECIAL_CHARACTERS: &[char] = &['§', '%', '&', ';', '/', '*', '#', '<', '>', '€'];

const SPECIAL_SUGGESTIONS: &[(char, &str)] = &[
    ('%', "Prozent"),
    ('&', "und"),
    ('§', "Paragraf"),
    ('€', "Euro"),
    (';', "."),
    ('<', "weniger als"),
    ('>', "mehr als"),
];

const MONTHS: &[&str] = &[
    "januar",
    "februar",
    "märz",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "dezember",
    "jan",
    "feb",
    "mär",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "okt",
    "nov",
    "dez",
];

/// Words before "3." that make it an ordinal ("am 3.", "im 2. Stock").
const ORDINAL_CONTEXT: &[&str] = &[
    "am", "im", "zum", "vom", "beim", "ab", "bis", "seit", "zur", "der", "die", "das", "den", "dem", "des", "ins",
    "jeden", "jedem", "jeder", "vor", "nach", "fürs", "ihr", "ihre", "sein", "seine", "unser", "unsere", "ihrem",
    "ihren", "seinem", "seinen",
];

/// A line ending in one of these words goes on in the next line.
const CONTINUATION: &[&str] = &[
    "und", "oder", "aber", "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "im",
    "am", "um", "mit", "für", "von", "vom", "zum", "zur", "in", "an", "auf", "bei", "nach", "zu", "aus", "über",
    "unter", "vor", "hinter", "neben", "zwischen", "durch", "gegen", "ohne", "bis", "seit", "dass", "weil", "wenn",
    "als", "wie", "sehr", "ganz", "unser", "unsere", "ihr", "ihre", "sein", "seine", "mein", "meine", "kein", "keine",
    "viele", "alle", "jeden", "jede", "jeder", "nicht", "auch", "noch", "wir", "sie", "es", "ich", "du",
];

/// Consonant clusters a German word can start with.
const ONSETS: &[&str] = &[
    "bl", "br", "ch", "chr", "dr", "fl", "fr", "gl", "gn", "gr", "kl", "kn", "kr", "pf", "pfl", "pfr", "ph", "pl",
    "pr", "qu", "sch", "schl", "schm", "schn", "schr", "schw", "sk", "sp", "spl", "spr", "st", "str", "th", "tr", "wr",
    "zw",
];

/// Word endings before a linking s ("Beratungs-", "Gesundheits-").
const TYPICAL_SUFFIXES: &[&str] = &["ung", "heit", "keit", "schaft", "ion", "tät", "ling", "tum"];

/// Common parts of compound nouns, lower case, singular, at least three
/// letters, sorted by bytes (binary search).
const NOUN_PARTS: &[&str] = &[
    "abend",
    "abfuhr",
    "amt",
    "anfang",
    "angebot",
    "anmeldung",
    "antrag",
    "arbeit",
    "arzt",
    "ausflug",
    "auto",
    "bahn",
    "bau",
    "begegnung",
    "behörde",
    "beitrag",
    "beratung",
    "betreuung",
    "bezirk",
    "bibliothek",
    "brief",
    "bücher",
    "bürger",
    "büro",
    "café",
    "dienst",
    "eltern",
    "ende",
    "energie",
    "essen",
    "fahrrad",
    "fahrt",
    "familie",
    "fest",
    "feuer",
    "feuerwehr",
    "fläche",
    "formular",
    "frauen",
    "freiwilligen",
    "frist",
    "frühstück",
    "garten",
    "geld",
    "gemeinde",
    "gemeinschaft",
    "gesellschaft",
    "gesundheit",
    "gruppe",
    "haltestelle",
    "haus",
    "heim",
    "heizung",
    "hilfe",
    "hof",
    "information",
    "jahr",
    "jugend",
    "kaffee",
    "kalender",
    "karte",
    "kinder",
    "kirche",
    "kosten",
    "kranken",
    "kreis",
    "kuchen",
    "kultur",
    "kurs",
    "küche",
    "laden",
    "leben",
    "leitung",
    "liste",
    "markt",
    "miete",
    "mieter",
    "mitglied",
    "mittel",
    "monat",
    "musik",
    "müll",
    "nachbar",
    "nachbarschaft",
    "nachmittag",
    "nummer",
    "ort",
    "park",
    "pflege",
    "plan",
    "platz",
    "post",
    "preis",
    "projekt",
    "punkt",
    "quartier",
    "rat",
    "raum",
    "reise",
    "saal",
    "schule",
    "senioren",
    "sicherheit",
    "sitzung",
    "spiel",
    "spielplatz",
    "sport",
    "sprache",
    "sprech",
    "sprechstunde",
    "stadt",
    "stadtteil",
    "stelle",
    "straße",
    "strom",
    "stunde",
    "stätte",
    "tag",
    "tages",
    "teil",
    "telefon",
    "termin",
    "treff",
    "treffen",
    "treffpunkt",
    "unterstützung",
    "veranstaltung",
    "verein",
    "versammlung",
    "versicherung",
    "verwaltung",
    "viertel",
    "wahl",
    "wasser",
    "wehr",
    "werkstatt",
    "woche",
    "wohnung",
    "zeit",
    "zentrum",
];

// ------------------------------------------------------------------- tests

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<HintKind> {
        check(text).hints().map(|h| h.kind).collect()
    }

    fn hints_of(text: &str, kind: HintKind) -> Vec<Hint> {
        check(text).hints().filter(|h| h.kind == kind).cloned().collect()
    }

    fn only(text: &str, kind: HintKind) -> Hint {
        let hs = hints_of(text, kind);
        assert_eq!(hs.len(), 1, "{text:?}: expected one {kind:?}, got {hs:#?}");
        hs.into_iter().next().unwrap()
    }

    fn sentence_texts(text: &str) -> Vec<String> {
        check(text).sentences.into_iter().map(|s| s.text).collect()
    }

    /// Every range is on char boundaries and its text is the slice.
    fn assert_ranges(text: &str, report: &Report) {
        let mut last_end = 0;
        for s in &report.sentences {
            assert!(s.start <= s.end && s.end <= text.len());
            assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            assert_eq!(&text[s.start..s.end], s.text);
            assert!(s.start >= last_end, "sentences overlap in {text:?}");
            last_end = s.end;
            for h in &s.hints {
                assert!(h.start <= h.end && h.end <= text.len());
                assert!(text.is_char_boundary(h.start) && text.is_char_boundary(h.end));
                assert_eq!(&text[h.start..h.end], h.text);
                assert!(h.start >= s.start && h.end <= s.end, "hint outside its sentence");
            }
        }
    }

    #[test]
    fn passive_with_wird() {
        let h = only("Der Antrag wird vom Amt geprüft.", HintKind::Passive);
        assert_eq!(h.text, "wird vom Amt geprüft");
    }

    #[test]
    fn passive_with_wurde_and_worden() {
        assert_eq!(only("Das Café wurde im Mai eröffnet.", HintKind::Passive).text, "wurde im Mai eröffnet");
        assert_eq!(only("Das Sommerfest ist abgesagt worden.", HintKind::Passive).text, "abgesagt worden");
        assert_eq!(
            only("Alle Nachbarn werden herzlich eingeladen.", HintKind::Passive).text,
            "werden herzlich eingeladen"
        );
        assert_eq!(only("Helfer werden gesucht.", HintKind::Passive).text, "werden gesucht");
        assert_eq!(only("Sie werden per Brief informiert.", HintKind::Passive).text, "werden per Brief informiert");
        assert_eq!(only("Das Thema wird am Montag besprochen.", HintKind::Passive).text, "wird am Montag besprochen");
        assert_eq!(
            only("Der Termin wird morgen bekanntgegeben.", HintKind::Passive).text,
            "wird morgen bekanntgegeben"
        );
    }

    #[test]
    fn passive_in_subordinate_clause() {
        let h = only("Wir feiern im Hof, weil der Saal renoviert wird.", HintKind::Passive);
        assert_eq!(h.text, "renoviert wird");
        let h = only("Der Antrag muss bis Freitag geprüft werden.", HintKind::Passive);
        assert_eq!(h.text, "geprüft werden");
    }

    #[test]
    fn future_and_copula_are_not_passive() {
        for text in [
            "Wir werden morgen feiern.",
            "Es wird kalt.",
            "Es wird Kuchen geben.",
            "Die Kinder werden gemeinsam spielen.",
            "Wir werden den Garten neu gestalten.",
            "Wir werden das Thema besprechen.",
            "Es wird bestimmt schön.",
            "Die geplanten Termine werden wir bald nennen.",
            "Er hat gewonnen und wird Vorsitzender.",
        ] {
            assert!(!kinds(text).contains(&HintKind::Passive), "{text}: {:#?}", check(text).sentences);
        }
    }

    #[test]
    fn subjunctive() {
        assert_eq!(only("Wir würden uns freuen.", HintKind::Subjunctive).text, "würden");
        let h = only("Sie könnten uns anrufen.", HintKind::Subjunctive);
        assert_eq!(h.suggestion.as_deref(), Some("können"));
        assert_eq!(only("Es wäre schön, wenn Sie kommen.", HintKind::Subjunctive).suggestion.as_deref(), Some("ist"));
        assert_eq!(only("Sie sollten sich anmelden.", HintKind::Subjunctive).suggestion.as_deref(), Some("sollen"));
    }

    #[test]
    fn moechte_is_fine() {
        assert!(kinds("Ich möchte helfen.").is_empty());
        assert!(kinds("Möchten Sie mitmachen?").is_empty());
    }

    #[test]
    fn genitive_with_preposition() {
        let h = only("Wegen des Regens fällt das Fest aus.", HintKind::Genitive);
        assert_eq!(h.text, "Wegen des Regens");
        assert_eq!(h.suggestion.as_deref(), Some("Wegen dem Regen"));
        let h = only("Trotz des schlechten Wetters kommen viele.", HintKind::Genitive);
        assert_eq!(h.text, "Trotz des schlechten Wetters");
        assert_eq!(h.suggestion, None);
        assert_eq!(only("Während der Sprechstunde ist das Büro offen.", HintKind::Genitive).text, "Während");
        assert_eq!(only("Wir helfen innerhalb der Nachbarschaft.", HintKind::Genitive).text, "innerhalb");
    }

    #[test]
    fn genitive_article() {
        let h = only("Das Haus des Vereins ist neu.", HintKind::Genitive);
        assert_eq!(h.text, "des Vereins");
        assert_eq!(h.suggestion.as_deref(), Some("vom Verein"));
        let h = only("Das ist der Garten eines Nachbarn.", HintKind::Genitive);
        assert_eq!(h.text, "eines Nachbarn");
        assert_eq!(h.suggestion, None);
        assert_eq!(
            only("Am Ende des Festes räumen alle auf.", HintKind::Genitive).suggestion.as_deref(),
            Some("vom Fest")
        );
    }

    #[test]
    fn genitive_possessive() {
        let h = only("Das ist die Nummer meines Kontos.", HintKind::Genitive);
        assert_eq!(h.text, "meines Kontos");
        assert_eq!(h.suggestion.as_deref(), Some("von meinem Konto"));
        for (text, found, suggestion) in [
            ("Der Hund deines Nachbarn bellt.", "deines Nachbarn", None),
            ("Das Auto seines Vaters ist rot.", "seines Vaters", Some("von seinem Vater")),
            ("Die Tür ihres Hauses ist offen.", "ihres Hauses", Some("von ihrem Haus")),
            ("Das Fest unseres Vereins ist schön.", "unseres Vereins", Some("von unserem Verein")),
            ("Die Küche eures neuen Hauses ist groß.", "eures neuen Hauses", None),
            ("Wegen meines Rückens kann ich nicht tragen.", "Wegen meines Rückens", Some("Wegen meinem Rücken")),
            ("Unseres Wissens ist das gut.", "Unseres Wissens", Some("Von unserem Wissen")),
        ] {
            let h = only(text, HintKind::Genitive);
            assert_eq!(h.text, found, "{text}");
            assert_eq!(h.suggestion.as_deref(), suggestion, "{text}");
        }
        // A possessive on its own is no genitive.
        assert!(!kinds("Das Buch ist meines.").contains(&HintKind::Genitive));
        assert!(!kinds("Ist das deines oder seines?").contains(&HintKind::Genitive));
    }

    #[test]
    fn not_genitive() {
        for text in [
            "Das Fest findet statt.",
            "Das Fest findet am Montag statt und alle kommen.",
            "Während wir essen, spielt Musik.",
            "Wir treffen uns innerhalb von zwei Wochen.",
            "Wir machen trotzdem weiter.",
            "Während die Kinder spielen, trinken wir Kaffee.",
        ] {
            assert!(!kinds(text).contains(&HintKind::Genitive), "{text}");
        }
    }

    #[test]
    fn negation() {
        let r = check("Das Fest findet nicht statt.");
        assert_eq!(r.hints().map(|h| (h.kind, h.text.as_str())).collect::<Vec<_>>(), [(HintKind::Negation, "nicht")]);
        assert_eq!(hints_of("Wir haben keine Zeit und niemand hilft.", HintKind::Negation).len(), 2);
        assert_eq!(only("Nichts ist schöner als Kuchen.", HintKind::Negation).text, "Nichts");
    }

    #[test]
    fn long_word_gets_a_split() {
        let h = only("Die Nachbarschaftshilfe trifft sich.", HintKind::LongWord);
        assert_eq!(h.text, "Nachbarschaftshilfe");
        assert_eq!(h.suggestion.as_deref(), Some("Nachbarschafts-Hilfe"));
        for (word, split) in [
            ("Krankenversicherung", "Kranken-Versicherung"),
            ("Gemeindezentrum", "Gemeinde-Zentrum"),
            ("Bürgersprechstunde", "Bürger-Sprechstunde"),
            ("Informationsveranstaltung", "Informations-Veranstaltung"),
            ("Stadtteilzentrum", "Stadtteil-Zentrum"),
            ("Veranstaltungsort", "Veranstaltungs-Ort"),
            ("Unterstützungsangebote", "Unterstützungs-Angebote"),
            ("Müllabfuhrtermine", "Müllabfuhr-Termine"),
            ("Seniorentreffpunkt", "Senioren-Treffpunkt"),
            ("Mitgliederversammlung", "Mitglieder-Versammlung"),
            ("Freiwilligenarbeit", "Freiwilligen-Arbeit"),
            ("Kinderschminken", "Kinder-Schminken"),
            ("Nachbarschaftsfest", "Nachbarschafts-Fest"),
        ] {
            let h = only(&format!("Hier ist die {word}."), HintKind::LongWord);
            assert_eq!(h.suggestion.as_deref(), Some(split), "{word}");
        }
    }

    #[test]
    fn long_word_without_known_parts_has_no_suggestion() {
        let h = only("Das ist selbstverständlich.", HintKind::LongWord);
        assert_eq!(h.suggestion, None);
        assert!(kinds("Die Veranstaltung beginnt.").is_empty(), "13 letters are fine");
    }

    #[test]
    fn hyphen_and_middle_dot_are_never_long() {
        assert!(kinds("Die Nachbarschafts-Hilfe trifft sich.").is_empty());
        assert!(kinds("Die Nachbarschafts·hilfe trifft sich.").is_empty());
        let r = check("Die Nachbarschafts·hilfe trifft sich.");
        assert_eq!(r.summary.words, 4);
    }

    #[test]
    fn abbreviation_does_not_split_sentence() {
        let text = "Wir treffen uns z.B. im Café.";
        let r = check(text);
        assert_eq!(r.sentences.len(), 1);
        let h = only(text, HintKind::Abbreviation);
        assert_eq!(h.text, "z.B.");
        assert_eq!(h.suggestion.as_deref(), Some("zum Beispiel"));
        let text = "Wir basteln z. B. Sterne. Dann essen wir.";
        assert_eq!(sentence_texts(text), ["Wir basteln z. B. Sterne.", "Dann essen wir."]);
        assert_eq!(only(text, HintKind::Abbreviation).text, "z. B.");
        assert_eq!(only("Bitte bringen Sie ggf. einen Stuhl mit.", HintKind::Abbreviation).text, "ggf.");
    }

    #[test]
    fn abbreviation_at_sentence_end() {
        let text = "Es gibt Kaffee, Tee usw. Alle sind willkommen.";
        assert_eq!(sentence_texts(text), ["Es gibt Kaffee, Tee usw.", "Alle sind willkommen."]);
        assert_eq!(only(text, HintKind::Abbreviation).suggestion.as_deref(), Some("und so weiter"));
    }

    #[test]
    fn acronyms() {
        let h = only("Die AWO lädt ein.", HintKind::Abbreviation);
        assert_eq!(h.text, "AWO");
        assert_eq!(h.suggestion.as_deref(), Some("Arbeiter-Wohlfahrt"));
        assert_eq!(only("Der Kurs ist in der VHS.", HintKind::Abbreviation).text, "VHS");
        assert!(kinds("Das ist OK.").is_empty());
        assert!(kinds("WIR FEIERN HEUTE").is_empty(), "capitals in a heading are not abbreviations");
    }

    #[test]
    fn names_are_not_abbreviations() {
        let text = "Das ist Max. Er hilft beim Fest.";
        assert_eq!(check(text).sentences.len(), 2);
        assert!(kinds(text).is_empty());
        assert_eq!(only("Es gibt max. 20 Plätze.", HintKind::Abbreviation).suggestion.as_deref(), Some("höchstens"));
    }

    #[test]
    fn street_and_number_abbreviations() {
        let text = "Der Treff ist in der Hauptstr. 5 im Hof.";
        assert_eq!(check(text).sentences.len(), 1);
        let h = only(text, HintKind::Abbreviation);
        assert_eq!(h.text, "Hauptstr.");
        assert_eq!(h.suggestion.as_deref(), Some("Hauptstraße"));
        assert_eq!(only("Wir wohnen in Haus Nr. 4.", HintKind::Abbreviation).suggestion.as_deref(), Some("Nummer"));
    }

    #[test]
    fn foreign_words() {
        let h = only("Wir laden alle zum Event ein.", HintKind::ForeignWord);
        assert_eq!((h.text.as_str(), h.suggestion.as_deref()), ("Event", Some("Veranstaltung")));
        assert_eq!(only("Bitte gebt uns Feedback.", HintKind::ForeignWord).suggestion.as_deref(), Some("Rückmeldung"));
        assert_eq!(
            only("Der Newsletter kommt morgen.", HintKind::ForeignWord).suggestion.as_deref(),
            Some("Rundbrief")
        );
        assert_eq!(only("Der Workshop ist voll.", HintKind::ForeignWord).suggestion.as_deref(), Some("Kurs"));
        assert_eq!(only("Das Meeting beginnt.", HintKind::ForeignWord).suggestion.as_deref(), Some("Treffen"));
        let h = only("Zur Newsletter-Anmeldung bitte hier.", HintKind::ForeignWord);
        assert_eq!(h.text, "Newsletter");
        assert!(kinds("Unser Team hilft gern.").is_empty());
    }

    #[test]
    fn number_words() {
        let h = only("Wir treffen uns um drei Uhr.", HintKind::NumberWord);
        assert_eq!((h.text.as_str(), h.suggestion.as_deref()), ("drei", Some("3")));
        assert_eq!(only("Es kommen zwölf Kinder.", HintKind::NumberWord).suggestion.as_deref(), Some("12"));
        assert_eq!(only("Wir sind einundzwanzig Leute.", HintKind::NumberWord).suggestion.as_deref(), Some("21"));
        assert_eq!(only("Das kostet zweihundert Euro.", HintKind::NumberWord).suggestion.as_deref(), Some("200"));
        assert_eq!(only("Zwei Frauen helfen.", HintKind::NumberWord).suggestion.as_deref(), Some("2"));
    }

    #[test]
    fn articles_are_not_numbers() {
        assert!(kinds("Ein Mann kommt.").is_empty());
        assert!(kinds("Eine Frau hat einen Hund und einem Kind hilft sie.").is_empty());
        assert!(kinds("Wir sind 3 Leute.").is_empty());
    }

    #[test]
    fn special_characters() {
        let h = only("Das kostet 5 % mehr.", HintKind::SpecialCharacter);
        assert_eq!((h.text.as_str(), h.suggestion.as_deref()), ("%", Some("Prozent")));
        assert_eq!(only("Es gibt Kaffee & Kuchen.", HintKind::SpecialCharacter).suggestion.as_deref(), Some("und"));
        assert_eq!(only("Das steht in § 5.", HintKind::SpecialCharacter).suggestion.as_deref(), Some("Paragraf"));
        let h = only("Das Treffen (im Garten) ist schön.", HintKind::SpecialCharacter);
        assert_eq!(h.text, "(im Garten)");
        let h = only("Das Treffen (im Garten [hinten]) ist schön.", HintKind::SpecialCharacter);
        assert_eq!(h.text, "(im Garten [hinten])");
        assert_eq!(
            only("Bringt Kuchen und/oder Saft mit.", HintKind::SpecialCharacter).suggestion.as_deref(),
            Some("oder")
        );
        assert_eq!(only("Liebe Nachbar*innen, willkommen!", HintKind::SpecialCharacter).text, "*");
        assert!(kinds("Sie sagt: „Wir kommen gern.“").is_empty(), "German quotes are fine");
    }

    #[test]
    fn easy_text_has_no_hints_and_a_high_score() {
        let r = check("Am Montag ist ein Treffen. Es gibt Kaffee.");
        assert_eq!(r.sentences.len(), 2);
        assert_eq!(r.summary.hints, 0);
        assert_eq!(r.summary.words, 8);
        // 8 words, 2 sentences, 11 syllables: 180 − 4 − 58.5 × 1.375
        assert_eq!(r.flesch_amstad, 95.6);
        assert!(r.wiener_sachtextformel < 4.0);
    }

    #[test]
    fn bureaucratic_sentence() {
        let text = "Aufgrund der Tatsache, dass die Antragstellung innerhalb der vorgeschriebenen Frist hätte \
                    erfolgen müssen, wurde der Antrag des Bürgers von der zuständigen Verwaltungsbehörde abgelehnt.";
        let r = check(text);
        assert_eq!(r.sentences.len(), 1);
        let ks = kinds(text);
        for k in
            [HintKind::LongSentence, HintKind::Genitive, HintKind::Subjunctive, HintKind::Passive, HintKind::LongWord]
        {
            assert!(ks.contains(&k), "{k:?} missing: {ks:?}");
        }
        assert_eq!(only(text, HintKind::Passive).text.split(' ').next(), Some("wurde"));
        assert!(
            hints_of(text, HintKind::LongWord).iter().any(|h| h.suggestion.as_deref() == Some("Verwaltungs-Behörde"))
        );
        assert!(r.flesch_amstad < 30.0, "{}", r.flesch_amstad);
        assert!(r.wiener_sachtextformel > 12.0, "{}", r.wiener_sachtextformel);
        assert_eq!(r.summary.count(HintKind::LongSentence), 1);
    }

    #[test]
    fn byte_ranges_with_umlauts() {
        let text = "Über die Bürgersprechstunde: Sie fällt wegen des Feiertags aus. Schöne Grüße & bis bald!";
        let r = check(text);
        assert_ranges(text, &r);
        let long = r.hints().find(|h| h.kind == HintKind::LongWord).unwrap();
        assert_eq!(&text[long.start..long.end], "Bürgersprechstunde");
        let g = r.hints().find(|h| h.kind == HintKind::Genitive).unwrap();
        assert_eq!(&text[g.start..g.end], "wegen des Feiertags");
        assert_eq!(g.suggestion.as_deref(), Some("wegen dem Feiertag"));
        assert_eq!(
            sentence_texts(text),
            ["Über die Bürgersprechstunde:", "Sie fällt wegen des Feiertags aus.", "Schöne Grüße & bis bald!"]
        );
    }

    #[test]
    fn empty_and_blank_text() {
        for text in ["", "   ", "\n\n\n", "---", "# ", "**", "- \n- "] {
            let r = check(text);
            assert!(r.sentences.is_empty(), "{text:?}");
            assert_eq!(r.summary.words, 0);
            assert_eq!(r.flesch_amstad, 0.0);
            assert_eq!(r.wiener_sachtextformel, 0.0);
        }
    }

    #[test]
    fn markdown_markers_are_stripped() {
        let text =
            "# Sommerfest\n\nWir feiern im **Garten**. Mehr auf [unserer Seite](https://example.org/fest_2025).\n";
        let r = check(text);
        assert_ranges(text, &r);
        assert_eq!(
            sentence_texts(text),
            ["Sommerfest", "Wir feiern im **Garten**.", "Mehr auf [unserer Seite](https://example.org/fest_2025)."]
        );
        assert_eq!(r.summary.hints, 0, "{:#?}", r.sentences);
        assert_eq!(r.summary.words, 9);
        let r = check("## Titel ##\nText hier.");
        assert_eq!(r.sentences.iter().map(|s| s.text.as_str()).collect::<Vec<_>>(), ["Titel", "Text hier."]);
        assert!(kinds("Ein <b>schöner</b> Tag.<br>").is_empty());
    }

    #[test]
    fn list_items_are_sentences() {
        let text = "Bitte bringen Sie mit:\n- Kuchen\n- Kaffee\n* Saft\n1. Teller\n2) Becher";
        assert_eq!(sentence_texts(text), ["Bitte bringen Sie mit:", "Kuchen", "Kaffee", "Saft", "Teller", "Becher"]);
        assert_eq!(check(text).summary.hints, 0);
    }

    #[test]
    fn ordinals_and_dates_do_not_split() {
        assert_eq!(check("Wir treffen uns am 3. Mai im Garten.").sentences.len(), 1);
        assert_eq!(check("Sie wohnt im 2. Stock.").sentences.len(), 1);
        assert_eq!(check("Das Fest ist am 24.12.2025. Alle kommen.").sentences.len(), 2);
        assert_eq!(sentence_texts("Die Hausnummer ist 12. Sie ist neu."), ["Die Hausnummer ist 12.", "Sie ist neu."]);
        assert_eq!(check("Wir treffen uns um 10:30 Uhr.").sentences.len(), 1);
    }

    #[test]
    fn line_breaks() {
        // sense-based line breaks within a sentence
        assert_eq!(check("Wir treffen uns am Montag\num 10 Uhr im Garten.").sentences.len(), 1);
        assert_eq!(check("Das Fest ist im\nGarten hinter dem Haus.").sentences.len(), 1);
        // a title line without full stop
        assert_eq!(sentence_texts("Sommerfest\nAm Samstag feiern wir."), ["Sommerfest", "Am Samstag feiern wir."]);
        assert_eq!(check("Erster Absatz\n\nZweiter Absatz").sentences.len(), 2);
        assert_eq!(check("Zeile eins\r\nZeile zwei\r\n").sentences.len(), 2);
    }

    #[test]
    fn questions_exclamations_quotes() {
        assert_eq!(
            sentence_texts("Kommt alle!!! Es gibt Kuchen. Wer hilft?"),
            ["Kommt alle!!!", "Es gibt Kuchen.", "Wer hilft?"]
        );
        assert_eq!(check("„Kommst du?“, fragt sie.").sentences.len(), 1);
        assert_eq!(sentence_texts("Sie fragt: „Kommst du?“ Er nickt."), ["Sie fragt:", "„Kommst du?“", "Er nickt."]);
    }

    #[test]
    fn urls_and_emails_are_words_without_hints() {
        let text = "Mehr unter https://www.example.org/a_b?c=d&e=f. Schreiben Sie an info@verein-beispiel.de!";
        let r = check(text);
        assert_ranges(text, &r);
        assert_eq!(r.sentences.len(), 2);
        assert_eq!(r.summary.hints, 0, "{:#?}", r.sentences);
        assert_eq!(r.summary.words, 7);
    }

    #[test]
    fn summary_counts() {
        let text = "Wir würden uns nicht freuen. Das Event wird um drei Uhr eröffnet. Es kostet 5 %.";
        let r = check(text);
        assert_eq!(r.summary.sentences, 3);
        assert_eq!(r.summary.words, 15);
        for (kind, n) in [
            (HintKind::Subjunctive, 1),
            (HintKind::Negation, 1),
            (HintKind::ForeignWord, 1),
            (HintKind::Passive, 1),
            (HintKind::NumberWord, 1),
            (HintKind::SpecialCharacter, 1),
            (HintKind::LongSentence, 0),
        ] {
            assert_eq!(r.summary.count(kind), n, "{kind:?}");
        }
        assert_eq!(r.summary.hints, 6);
        assert_eq!(r.summary.by_kind.len(), HintKind::ALL.len());
        assert_eq!(r.hints().count(), 6);
    }

    #[test]
    fn limits_are_configurable() {
        let text = "Wir treffen uns am Montag um zehn Uhr.";
        assert!(!kinds(text).contains(&HintKind::LongSentence));
        let r = check_with(text, Limits { max_sentence_words: 5, ..Limits::default() });
        assert_eq!(r.hints().filter(|h| h.kind == HintKind::LongSentence).count(), 1);
        let r = check_with("Die Veranstaltung beginnt.", Limits { max_word_letters: 10, ..Limits::default() });
        assert_eq!(r.hints().filter(|h| h.kind == HintKind::LongWord).count(), 1);
    }

    #[test]
    fn kind_names_and_message_keys() {
        struct Serialized(HintKind);
        impl std::fmt::Display for Serialized {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.serialize(f)
            }
        }
        for kind in HintKind::ALL {
            assert_eq!(Serialized(kind).to_string(), kind.as_str());
            assert_eq!(kind.message_key(), format!("easy-hint-{}", kind.as_str().replace('_', "-")));
        }
    }

    #[test]
    fn noun_parts_are_sorted_for_binary_search() {
        assert!(NOUN_PARTS.windows(2).all(|w| w[0] < w[1]));
        assert!(NOUN_PARTS.iter().all(|p| p.chars().count() >= 3));
    }

    #[test]
    fn syllable_counter() {
        for (word, n) in [
            ("Haus", 1),
            ("Kaffee", 2),
            ("Treffen", 2),
            ("Information", 5),
            ("Feuer", 2),
            ("Quartier", 2),
            ("Bäume", 2),
            ("Nachbarschaftshilfe", 5),
            ("Theater", 3),
            ("Yoga", 2),
            ("Café", 2),
            ("5", 1),
        ] {
            assert_eq!(syllables(word), n, "{word}");
        }
    }

    #[test]
    fn odd_inputs_do_not_panic() {
        let long_word = "a".repeat(10_000);
        let brackets = "[[[[(((".repeat(2_000);
        for text in [
            "...!!!???",
            "🙂🎉 👍",
            "Привет мир. 你好世界。 مرحبا",
            long_word.as_str(),
            brackets.as_str(),
            "*_*_`~~~~[](<>)!",
            "z.B. usw. Nr. 3. 4. 5.",
            "<a href=\"x\">Link</a> <https://x.org> <b",
            "\u{2029}\u{2028}\r\r\n\t·-·-",
            "Ä\u{308}ö\u{301} é",
        ] {
            let r = check(text);
            assert_ranges(text, &r);
        }
    }

    #[test]
    fn two_thousand_words() {
        let paragraph = "Am Montag trifft sich die Nachbarschaftshilfe im Gemeindezentrum. Wir würden uns freuen, \
                         wenn viele kommen. Der Antrag wird vom Amt geprüft. Wegen des Regens fällt das Fest nicht \
                         aus. Es gibt z.B. Kaffee & Kuchen für drei Euro.\n\n";
        let words = paragraph.split_whitespace().count();
        let text = paragraph.repeat(2_200 / words + 1);
        let r = check(&text);
        assert!(r.summary.words >= 2_000);
        assert_ranges(&text, &r);
    }

    proptest::proptest! {
        #[test]
        fn never_panics_and_ranges_are_valid(s in ".*") {
            let r = check(&s);
            assert_ranges(&s, &r);
        }

        #[test]
        fn never_panics_on_german_markdown(s in "[a-zA-ZäöüÄÖÜß·\\- .,!?:;()\\[\\]*_#%&§/<>\n0-9„“]{0,200}") {
            let r = check(&s);
            assert_ranges(&s, &r);
        }
    }
}

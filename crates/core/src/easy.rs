//! Easy-language versions: which kinds of content have them, and how a
//! version moves through review. The checker itself is `easy_language`.

crate::tagged! {
    /// A kind of content that can have an easy-language version.
    pub enum ContentKind {
        HelpEntry = "help_entry",
        News = "news",
        Event = "event",
        Organisation = "organisation",
        /// The agenda of a co-production project's meeting.
        MeetingAgenda = "meeting_agenda",
        /// The minutes of a co-production project's meeting.
        MeetingMinutes = "meeting_minutes",
        /// A proposal of a co-production project, and the decision it
        /// becomes: the record in easy language too.
        ProjectProposal = "project_proposal",
        /// A page of an organisation's own website.
        OrgPage = "org_page",
    }
}

/// The store's easy-language queries take the kind as its tag, so that a
/// test can name a kind with a plain string and code passes the enum.
impl AsRef<str> for ContentKind {
    fn as_ref(&self) -> &str {
        self.tag()
    }
}

crate::tagged! {
    /// Where an easy-language version stands: draft → in review → approved,
    /// or back with changes requested. A changed text goes back to draft.
    pub enum EasyStatus {
        Draft = "draft",
        InReview = "in_review",
        Approved = "approved",
        ChangesRequested = "changes_requested",
    }
}

impl EasyStatus {
    /// The one rule for readers: an easy version takes the place of the
    /// original only once a reader from the target group approved it. Every
    /// place that shows easy versions (the content's page, lists, cards, the
    /// notice board) asks this; the store filters lists by it.
    pub fn shown_to_readers(self) -> bool {
        self == EasyStatus::Approved
    }
}

/// Abbreviations after which a full stop does not end a sentence
/// (lower case, without their dots).
const ABBREVIATIONS: &[&str] = &[
    "bzw", "ca", "dr", "evtl", "fr", "ggf", "hr", "inkl", "nr", "str", "tel", "vgl", "z", "zb", "dh", "ua", "mo", "di",
    "mi", "do", "sa", "so", "st", "max", "min", "bspw", "geb", "hrsg", "prof",
];

/// Whether the full stop that ends `word` is part of it: an ordinal or a
/// date ("9." "24.12."), an abbreviation ("z.B." "Nr." "Str."), an initial
/// ("A.").
fn keeps_its_full_stop(word: &str) -> bool {
    let w = word.trim_start_matches(['(', '"', '„', '»', '\'']);
    if w.is_empty() {
        return false;
    }
    if w.chars().all(|c| c.is_ascii_digit() || c == '.') {
        return true;
    }
    let bare: String = w.chars().filter(|c| *c != '.').flat_map(char::to_lowercase).collect();
    let single_initial = w.chars().count() == 1 && w.chars().all(char::is_uppercase);
    w.contains('.') || single_initial || ABBREVIATIONS.contains(&bare.as_str())
}

/// One line of text cut into its sentences: after `.`, `!`, `?` or `…`
/// (with closing quotes or brackets) followed by a space and a word that
/// does not start in lower case. A full stop after a number ("am 9.
/// Dezember") or an abbreviation ("z. B. morgen", "Nr. 5") ends nothing.
pub fn sentences(line: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (pos, c) = chars[i];
        if !matches!(c, '.' | '!' | '?' | '…') {
            i += 1;
            continue;
        }
        let mut e = i;
        while let Some(&(_, n)) = chars.get(e + 1) {
            if matches!(n, '.' | '!' | '?' | '…' | ')' | '"' | '“' | '”' | '«' | '»' | '\'') {
                e += 1;
            } else {
                break;
            }
        }
        let Some(&(ws, w)) = chars.get(e + 1) else { break };
        if !w.is_whitespace() {
            i = e + 1;
            continue;
        }
        let next = chars[e + 1..].iter().find(|(_, c)| !c.is_whitespace());
        let word_before = line[start..pos].rsplit(char::is_whitespace).next().unwrap_or_default();
        let ends =
            next.is_some_and(|(_, n)| !n.is_lowercase()) && !(c == '.' && e == i && keeps_its_full_stop(word_before));
        if ends && let Some(&(nx, _)) = next {
            let s = line[start..ws].trim();
            if !s.is_empty() {
                out.push(s);
            }
            start = nx;
        }
        i = e + 1;
    }
    let rest = line[start..].trim();
    if !rest.is_empty() {
        out.push(rest);
    }
    out
}

/// The marker that starts a Markdown list item or quote ("- ", "1. ",
/// "> "), with its indentation; empty for a plain line.
fn block_marker(line: &str) -> &str {
    let t = line.trim_start();
    let indent = line.len() - t.len();
    let digits = t.chars().take_while(char::is_ascii_digit).count();
    let marker = if ["- ", "* ", "+ ", "> "].iter().any(|m| t.starts_with(m)) {
        2
    } else if digits > 0 && (t[digits..].starts_with(". ") || t[digits..].starts_with(") ")) {
        digits + 2
    } else {
        0
    };
    &line[..indent + marker]
}

/// A sentence that would read as Markdown block syntax at the start of a
/// line ("2. Stock …", "- 3 Grad") keeps its meaning with a backslash.
fn escape_block_start(s: &str) -> String {
    let digits = s.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && (s[digits..].starts_with('.') || s[digits..].starts_with(')')) {
        format!("{}\\{}", &s[..digits], &s[digits..])
    } else if s.starts_with(['-', '*', '+', '#', '>', '=']) {
        format!("\\{s}")
    } else {
        s.to_string()
    }
}

/// Leichte Sprache puts each sentence on a line of its own: the Markdown
/// of an easy version with every sentence of a paragraph, list item or
/// quote moved to its own line (rendered with hard line breaks, see
/// `markdown::easy_to_html`). Headings, tables and code stay as written.
pub fn one_sentence_per_line(md: &str) -> String {
    let mut out: Vec<String> = Vec::new();
    let mut fenced = false;
    for line in md.lines() {
        let t = line.trim_start();
        if t.starts_with("```") || t.starts_with("~~~") {
            fenced = !fenced;
            out.push(line.to_string());
            continue;
        }
        if fenced || t.starts_with('#') || t.starts_with('|') || line.starts_with("    ") || line.starts_with('\t') {
            out.push(line.to_string());
            continue;
        }
        let marker = block_marker(line);
        let parts = sentences(&line[marker.len()..]);
        if parts.len() <= 1 {
            out.push(line.to_string());
            continue;
        }
        // Later sentences of a quote stay in it; of a list item, indented under it.
        let cont =
            if marker.trim_start().starts_with('>') { marker.to_string() } else { " ".repeat(marker.chars().count()) };
        for (k, s) in parts.iter().enumerate() {
            if k == 0 {
                out.push(format!("{marker}{s}"));
            } else {
                out.push(format!("{cont}{}", escape_block_start(s)));
            }
        }
    }
    out.join("\n")
}

/// A time of day as Leichte Sprache says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clock {
    /// "14 Uhr" (24-hour, as read off a clock).
    Hour(u32),
    /// "halb 2" for 13:30: the spoken count, 1 to 12.
    Half(u32),
    /// "Viertel nach 3" for 15:15: the spoken count, 1 to 12.
    QuarterPast(u32),
    /// "Viertel vor 4" for 15:45: the spoken count, 1 to 12.
    QuarterTo(u32),
    /// "14 Uhr 10" (24-hour).
    HourMinutes(u32, u32),
}

/// How to say `hour:minute` in Leichte Sprache. Full hours and other
/// minutes keep the 24-hour clock ("14 Uhr", "14 Uhr 10"); "halb" and
/// "Viertel" use the spoken 12-hour count, as people say them: 13:30 is
/// "halb 2", 15:45 "Viertel vor 4", 0:30 "halb 1".
pub fn clock(hour: u32, minute: u32) -> Clock {
    let spoken = |h: u32| match h % 12 {
        0 => 12,
        x => x,
    };
    match minute {
        0 => Clock::Hour(hour),
        30 => Clock::Half(spoken(hour + 1)),
        15 => Clock::QuarterPast(spoken(hour)),
        45 => Clock::QuarterTo(spoken(hour + 1)),
        m => Clock::HourMinutes(hour, m),
    }
}

/// Whether a date in Leichte Sprache needs its year: not within the twelve
/// months that start with the current one ("9. Dezember" is then never
/// ambiguous), but before them or further away.
pub fn shows_year(date: chrono::NaiveDate, today: chrono::NaiveDate) -> bool {
    use chrono::Datelike;
    let months = |d: chrono::NaiveDate| i64::from(d.year()) * 12 + i64::from(d.month0());
    !(0..12).contains(&(months(date) - months(today)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn only_approved_versions_reach_readers() {
        let shown: Vec<_> = EasyStatus::ALL.iter().filter(|s| s.shown_to_readers()).collect();
        assert_eq!(shown, [&EasyStatus::Approved]);
    }

    #[test]
    fn sentences_end_after_marks_but_not_after_numbers_or_abbreviations() {
        assert_eq!(
            sentences("Wir treffen uns. Kommen Sie! Wann? Um 3 Uhr."),
            ["Wir treffen uns.", "Kommen Sie!", "Wann?", "Um 3 Uhr."]
        );
        assert_eq!(
            sentences("Am Mittwoch, 9. Dezember. Von 12 Uhr bis halb 2."),
            ["Am Mittwoch, 9. Dezember.", "Von 12 Uhr bis halb 2."]
        );
        assert_eq!(sentences("Das Fest ist am 24.12. Alle kommen."), ["Das Fest ist am 24.12. Alle kommen."]);
        assert_eq!(sentences("Bringen Sie z. B. Kuchen mit. Danke."), ["Bringen Sie z. B. Kuchen mit.", "Danke."]);
        assert_eq!(sentences("Bringen Sie z.B. Kuchen mit."), ["Bringen Sie z.B. Kuchen mit."]);
        assert_eq!(sentences("Wir wohnen in Nr. 5 oben. Kommen Sie."), ["Wir wohnen in Nr. 5 oben.", "Kommen Sie."]);
        assert_eq!(sentences("Er sagt: „Hallo.“ Dann geht er."), ["Er sagt: „Hallo.“", "Dann geht er."]);
        assert_eq!(sentences("Version 2.5 ist da. ok"), ["Version 2.5 ist da. ok"]);
        assert_eq!(sentences("Ein Satz ohne Punkt"), ["Ein Satz ohne Punkt"]);
        assert_eq!(sentences("Was?! Wirklich…  Ja."), ["Was?!", "Wirklich…", "Ja."]);
        assert!(sentences("   ").is_empty());
    }

    #[test]
    fn easy_text_puts_each_sentence_on_its_own_line() {
        assert_eq!(
            one_sentence_per_line("Wir sind da. Wir helfen.\n\nKommen Sie!"),
            "Wir sind da.\nWir helfen.\n\nKommen Sie!"
        );
        assert_eq!(
            one_sentence_per_line("- Bringen Sie Kuchen mit. Das ist gut.\n1. Erst essen. 2. Stock ist oben."),
            "- Bringen Sie Kuchen mit.\n  Das ist gut.\n1. Erst essen.\n   2\\. Stock ist oben."
        );
        assert_eq!(one_sentence_per_line("> Ja. Nein."), "> Ja.\n> Nein.");
        assert_eq!(one_sentence_per_line("# Titel. Noch was."), "# Titel. Noch was.");
        assert_eq!(one_sentence_per_line("```\na. B.\n```"), "```\na. B.\n```");
    }

    #[test]
    fn the_clock_as_people_say_it() {
        assert_eq!(clock(12, 0), Clock::Hour(12));
        assert_eq!(clock(13, 30), Clock::Half(2));
        assert_eq!(clock(15, 15), Clock::QuarterPast(3));
        assert_eq!(clock(15, 45), Clock::QuarterTo(4));
        assert_eq!(clock(14, 10), Clock::HourMinutes(14, 10));
        assert_eq!(clock(0, 30), Clock::Half(1));
        assert_eq!(clock(11, 45), Clock::QuarterTo(12));
        assert_eq!(clock(23, 45), Clock::QuarterTo(12));
        assert_eq!(clock(0, 15), Clock::QuarterPast(12));
        assert_eq!(clock(9, 5), Clock::HourMinutes(9, 5));
    }

    #[test]
    fn the_year_only_when_it_is_not_this_year_ahead() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 9).unwrap();
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        assert!(!shows_year(d(2026, 12, 9), today));
        assert!(!shows_year(d(2026, 12, 1), today), "earlier this month");
        assert!(!shows_year(d(2027, 11, 30), today));
        assert!(shows_year(d(2027, 12, 1), today), "twelve months on: which December?");
        assert!(shows_year(d(2026, 11, 30), today), "in the past");
        assert!(shows_year(d(2030, 1, 1), today));
    }

    proptest::proptest! {
        /// Any text: no panic, and cutting into sentences loses nothing but spaces.
        #[test]
        fn sentences_keep_every_character(text in "(\\PC|\n|- |> |1\\. |```){0,150}") {
            let squeeze = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
            let joined: String = sentences(&text).concat();
            proptest::prop_assert_eq!(squeeze(&joined), squeeze(&text));
            // Moving a sentence to a line of its own may escape a character
            // that would start a list there, or repeat the quote's marker.
            let plain = |s: &str| squeeze(s).replace(['\\', '>'], "");
            proptest::prop_assert_eq!(plain(&one_sentence_per_line(&text)), plain(&text));
        }
    }
}

//! How the fuzz targets read their input. Inputs are plain text, so the
//! seed corpora in `fuzz/corpus/` are files a person can read and write:
//! the first line holds options as words (a time-zone name, flags such as
//! `allday`, numbers), the rest holds the fields, separated by a newline
//! or by U+001E (record separator) where a field may span lines.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

pub struct Input {
    /// The words of the first line.
    pub options: Vec<String>,
    pub fields: Vec<String>,
}

impl Input {
    /// Read `data` (invalid UTF-8 is replaced, so no input is wasted).
    pub fn parse(data: &[u8], separator: char) -> Self {
        let text = String::from_utf8_lossy(data);
        let (head, rest) = text.split_once('\n').unwrap_or((&text, ""));
        Input {
            options: head.split_whitespace().map(str::to_string).collect(),
            fields: rest.split(separator).map(str::to_string).collect(),
        }
    }

    /// Field `i`, empty where the input has fewer.
    pub fn field(&self, i: usize) -> &str {
        self.fields.get(i).map_or("", String::as_str)
    }

    pub fn flag(&self, name: &str) -> bool {
        self.options.iter().any(|o| o == name)
    }

    /// The `i`-th number among the options, or 0.
    pub fn number(&self, i: usize) -> u32 {
        self.options.iter().filter_map(|o| o.parse::<u32>().ok()).nth(i).unwrap_or(0)
    }

    /// The first option that names a time zone, or UTC.
    pub fn zone(&self) -> Tz {
        self.options.iter().find_map(|o| o.parse::<Tz>().ok()).unwrap_or(Tz::UTC)
    }
}

/// A time of this century, to the second as the store keeps them:
/// `secs` after 2026-01-01, wrapping after a hundred years.
pub fn time(secs: u32) -> DateTime<Utc> {
    DateTime::from_timestamp(1_767_225_600 + i64::from(secs), 0).unwrap()
}

//! The census import (`quartier_core::census::parse_csv`): any file a
//! coordinator uploads. No input may panic; errors are bounded in number
//! and name a line of the file; what is read comes back unchanged through
//! the export (`to_csv`) and a second import.
#![no_main]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use libfuzzer_sys::fuzz_target;
use quartier_core::census::{Entry, MAX_CSV_ERRORS, parse_csv, to_csv};

fuzz_target!(|data: &[u8]| {
    match parse_csv(data, 2026) {
        Ok(lines) => {
            let entries: Vec<Entry> = lines.into_iter().map(|l| l.entry).collect();
            let back: Vec<Entry> = parse_csv(to_csv(&entries).as_bytes(), 2026)
                .expect("the export reads back")
                .into_iter()
                .map(|l| l.entry)
                .collect();
            assert_eq!(back, entries);
        }
        Err(errors) => {
            assert!(!errors.is_empty() && errors.len() <= MAX_CSV_ERRORS, "{} errors", errors.len());
            let lines = data.iter().filter(|b| **b == b'\n').count() as u64 + 1;
            assert!(errors.iter().all(|e| e.line <= lines), "an error names a line past the end");
        }
    }
});

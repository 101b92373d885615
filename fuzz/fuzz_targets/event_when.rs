//! The when of an event form (`quartier_core::event::parse_when`): typed
//! dates and times in a neighbourhood's time zone become occurrences in UTC.
//! No input may panic; accepted input gives ordered occurrences that each
//! end after they start, and the form values of the first occurrence
//! (`when_fields`) parse back to it. Any time zone can be named; the seeds
//! use zones with summer time at night, at midnight (America/Sao_Paulo until
//! 2019), by half an hour (Australia/Lord_Howe), and one that skipped a whole
//! day (Pacific/Apia, 2011).
#![no_main]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::Duration;
use libfuzzer_sys::fuzz_target;
use quartier_core::event::{MAX_OCCURRENCES, WhenInput, parse_when, when_fields};
use quartier_fuzz::{Input, time};

// First line: the neighbourhood's time zone (`Europe/Berlin`), `allday`,
// `past` (an organiser fixing a running event) and the server's clock in
// minutes after 2026-01-01 (within a century). Then one line each: date, start time, end date,
// end time, repeat, repeat until.
fuzz_target!(|data: &[u8]| {
    let i = Input::parse(data, '\n');
    let tz = i.zone();
    let now = time(0) + Duration::minutes(i64::from(i.number(0) % 52_596_000));
    let (all_day, allow_past) = (i.flag("allday"), i.flag("past"));
    let w = WhenInput {
        date: i.field(0),
        start_time: i.field(1),
        end_date: i.field(2),
        end_time: i.field(3),
        all_day,
        repeat: i.field(4),
        repeat_until: i.field(5),
    };
    let Ok(occ) = parse_when(&w, tz, now, allow_past) else {
        return;
    };
    assert!(!occ.is_empty() && occ.len() <= MAX_OCCURRENCES);
    for (s, e) in &occ {
        assert!(s < e, "{w:?} gave an occurrence ending before it starts: {s} {e}");
    }
    for pair in occ.windows(2) {
        assert!(pair[0].0 < pair[1].0, "{w:?} gave occurrences out of order");
    }
    if !allow_past {
        assert!(occ[0].0 >= now);
    }
    let (first_start, first_end) = occ[0];
    let (date, start_time, end_date, end_time) = when_fields(tz, first_start, first_end, all_day);
    let again = WhenInput {
        date: &date,
        start_time: &start_time,
        end_date: &end_date,
        end_time: &end_time,
        all_day: all_day,
        repeat: "",
        repeat_until: "",
    };
    match parse_when(&again, tz, now, true) {
        Ok(o) => assert_eq!(o, vec![occ[0]], "{w:?} shown as {again:?}"),
        Err(e) => panic!("{w:?} shown as {again:?} is refused: {e:?}"),
    }
});

//! The widget's read of a catalogue (`load_bytes_by_place`): the same decision and the same
//! problems, by place and in the same words, as the command line's (`load_bytes`), without the
//! line and column of each place; a syntax error keeps its position, which the parser gives.

use partner_matcher::catalogue::{load_bytes, load_bytes_by_place, BadRecords, Problem};

const SMALL: &str = include_str!("fixtures/small.json");

/// Place, message and severity: what the widget shows and sends in its events.
fn said(problems: &[Problem]) -> Vec<String> {
    problems
        .iter()
        .map(|p| format!("{:?} {}: {}", p.severity, p.place, p.message))
        .collect()
}

#[test]
fn records_left_out_are_named_by_place_with_the_same_words_and_no_position() {
    let text = SMALL.replace("\"places\": 2", "\"places\": \"two\"");
    let placed = load_bytes(text.as_bytes(), BadRecords::LeaveOut).expect("read");
    let by_place = load_bytes_by_place(text.as_bytes(), BadRecords::LeaveOut).expect("read");
    let all = |skipped: &[partner_matcher::catalogue::Skipped]| -> Vec<Problem> {
        skipped.iter().flat_map(|s| s.problems.clone()).collect()
    };
    let (a, b) = (all(&placed.skipped), all(&by_place.skipped));
    assert!(!b.is_empty());
    assert_eq!(said(&a), said(&b));
    assert_eq!(b[0].place, "institutions[0].agreements[0].places");
    assert_eq!(a[0].line, Some(32), "the command line keeps the position");
    assert!(b.iter().all(|p| (p.line, p.column) == (None, None)));
    assert_eq!(placed.catalogue, by_place.catalogue);
    assert_eq!(said(&placed.warnings), said(&by_place.warnings));
}

#[test]
fn a_refused_file_gives_the_same_problems_and_a_syntax_error_its_position() {
    let text = SMALL.replace(
        "\"format\": \"partner-matcher/catalogue@1\"",
        "\"format\": 1",
    );
    let placed = load_bytes(text.as_bytes(), BadRecords::LeaveOut).expect_err("refused");
    let by_place = load_bytes_by_place(text.as_bytes(), BadRecords::LeaveOut).expect_err("refused");
    assert_eq!(said(&placed.problems), said(&by_place.problems));
    assert!(by_place.problems.iter().all(|p| p.line.is_none()));

    let broken = SMALL.replacen(
        "\"updated\": \"2026-10-01\",",
        "\"updated\": \"2026-10-01\"",
        1,
    );
    let p = load_bytes_by_place(broken.as_bytes(), BadRecords::LeaveOut)
        .expect_err("refused")
        .problems
        .remove(0);
    assert_eq!((p.line, p.column), (Some(4), Some(3)));
}

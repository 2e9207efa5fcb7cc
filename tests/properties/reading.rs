//! Reading catalogues: any bytes load or are refused without panic, the strict and lenient
//! readings agree, broken text is refused with a place or position.

use partner_matcher::catalogue::{load, load_bytes, path_at, BadRecords, Checked, Rejected};
use proptest::prelude::*;

use super::catalogue;
use super::mutations::{mutate, mutation};

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_bytes_load_or_are_refused_without_panic(bytes in prop::collection::vec(any::<u8>(), 0..200), text in any::<String>()) {
        let _ = load_bytes(&bytes, BadRecords::LeaveOut);
        let _ = load_bytes(&bytes, BadRecords::Refuse);
        let _ = load(&text);
        let _ = lenient(&text);
    }

    /// One truth: a strict reading (`check`) and a lenient one (the widget) of generated and
    /// mutated catalogues never panic and agree. The lenient one refuses exactly when the
    /// strict one refuses for a problem of the whole file; when the strict one accepts, the
    /// lenient one gives the same catalogue with nothing left out; otherwise it leaves out
    /// exactly the records whose places hold the strict reading's errors, names each with
    /// those errors, and what it keeps is itself a valid catalogue.
    #[test]
    fn strict_and_lenient_readings_agree(doc in catalogue(), mutations in prop::collection::vec(mutation(), 0..4)) {
        let text = mutate(&doc, &mutations);
        let strict = load(&text);
        let loose = lenient(&text);
        match &strict {
            Ok(checked) => {
                let loose = loose.as_ref().map_err(|r| r.to_string());
                prop_assert!(loose.is_ok(), "{text}\n{loose:?}");
                if let Ok(loose) = loose {
                    prop_assert_eq!(&loose.catalogue, &checked.catalogue);
                    prop_assert_eq!(&loose.warnings, &checked.warnings);
                    prop_assert!(loose.skipped.is_empty());
                }
            }
            Err(rejected) => {
                let whole_file = rejected.syntax || rejected.errors().any(|p| record_of(&p.place).is_none());
                prop_assert_eq!(loose.is_err(), whole_file, "{}\n{:?}", text, rejected.problems);
                if let (Ok(loose), false) = (&loose, whole_file) {
                    agrees_with_strict_errors(loose, rejected)?;
                    let shown = serde_json::to_string(&loose.catalogue).unwrap_or_default();
                    let reloaded = load(&shown).map_err(|r| r.to_string());
                    prop_assert!(reloaded.is_ok(), "what the widget keeps is valid: {reloaded:?}");
                }
            }
        }
    }

    #[test]
    fn mangled_catalogues_are_refused_with_a_place_or_position(doc in catalogue(), cut in 0..2000usize) {
        let text = doc.to_string();
        let cut = text.char_indices().map(|(i, _)| i).nth(cut).unwrap_or(text.len());
        if let Err(rejected) = load(&text[..cut]) {
            let p = rejected.first_error();
            prop_assert!(p.is_some_and(|p| !p.place.is_empty() || p.line.is_some()), "{rejected:?}");
        }
    }

    #[test]
    fn path_lookup_never_panics(text in any::<String>(), line in 0..5usize, column in 0..200usize) {
        let _ = path_at(&text, line, column);
    }
}

fn lenient(text: &str) -> Result<Checked, Rejected> {
    load_bytes(text.as_bytes(), BadRecords::LeaveOut)
}

/// The record a place is in: `institutions[3]` for `institutions[3].agreements[0].isced`.
fn record_of(place: &str) -> Option<&str> {
    ["programmes[", "institutions[", "bips["]
        .iter()
        .find(|list| place.starts_with(*list))
        .and_then(|_| place.find(']').map(|end| &place[..=end]))
}

fn agrees_with_strict_errors(loose: &Checked, strict: &Rejected) -> Result<(), TestCaseError> {
    let mut expected: Vec<(&str, Vec<&partner_matcher::catalogue::Problem>)> = Vec::new();
    for error in strict.errors() {
        let record = record_of(&error.place).unwrap_or_default();
        match expected.iter_mut().find(|(r, _)| *r == record) {
            Some((_, errors)) => errors.push(error),
            None => expected.push((record, vec![error])),
        }
    }
    let mut skipped: Vec<(&str, Vec<&partner_matcher::catalogue::Problem>)> = loose
        .skipped
        .iter()
        .map(|s| (s.place.as_str(), s.problems.iter().collect()))
        .collect();
    partner_matcher::order::sort_by(&mut expected, |a, b| record_key(a.0).cmp(&record_key(b.0)));
    partner_matcher::order::sort_by(&mut skipped, |a, b| record_key(a.0).cmp(&record_key(b.0)));
    prop_assert_eq!(skipped, expected);
    Ok(())
}

/// Sorts `institutions[10]` after `institutions[9]`.
fn record_key(record: &str) -> (String, usize) {
    let (list, index) = record.split_once('[').unwrap_or((record, ""));
    (
        list.to_owned(),
        index.trim_end_matches(']').parse().unwrap_or(0),
    )
}

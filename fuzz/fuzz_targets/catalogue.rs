//! Catalogue bytes, read as `check` reads them (`BadRecords::Refuse`) and as the widget does
//! (`BadRecords::LeaveOut`): never a panic; a refusal always says why; what `check` accepts
//! the widget shows whole; a record left out is named with its problems; whatever is accepted
//! can be indexed and searched.
#![no_main]

use libfuzzer_sys::fuzz_target;
use partner_matcher::catalogue::{load_bytes, BadRecords, Rejected};
use partner_matcher::{Criteria, Matcher};

fn refused_with_a_reason(result: &Result<impl Sized, Rejected>) {
    if let Err(rejected) = result {
        assert!(!rejected.problems.is_empty(), "refused without a problem");
    }
}

fuzz_target!(|bytes: &[u8]| {
    let strict = load_bytes(bytes, BadRecords::Refuse);
    let lenient = load_bytes(bytes, BadRecords::LeaveOut);
    refused_with_a_reason(&strict);
    refused_with_a_reason(&lenient);
    if let Ok(strict) = &strict {
        assert!(strict.skipped.is_empty(), "Refuse left records out");
        let Ok(lenient) = &lenient else {
            panic!("LeaveOut refuses a catalogue that Refuse accepts");
        };
        assert!(
            lenient.skipped.is_empty(),
            "LeaveOut left out records of a valid catalogue"
        );
        assert_eq!(
            lenient.catalogue, strict.catalogue,
            "the two modes read different models"
        );
    }
    if let Ok(checked) = &lenient {
        for skipped in &checked.skipped {
            assert!(
                !skipped.place.is_empty(),
                "a record left out without its place"
            );
            assert!(
                !skipped.problems.is_empty(),
                "{} left out without a problem",
                skipped.place
            );
        }
        let matcher = Matcher::from_bytes(bytes, BadRecords::LeaveOut)
            .expect("the matcher reads what load_bytes read");
        assert_eq!(matcher.catalogue(), &checked.catalogue);
        let _ = matcher.search(&Criteria::default());
    }
});

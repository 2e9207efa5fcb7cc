//! The office's spreadsheet, as CSV bytes, imported into the demo catalogue: never a panic, a
//! failure always names a problem, and a catalogue the import produces is one that `check` (and
//! so the widget, which reads with the same reader) accepts once written out as JSON.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use partner_matcher::catalogue::{load, Catalogue};
use partner_matcher::import::import_csv;

fn base() -> &'static Catalogue {
    static BASE: OnceLock<Catalogue> = OnceLock::new();
    BASE.get_or_init(|| {
        load(include_str!("../../tests/fixtures/small.json"))
            .expect("the fixture catalogue loads")
            .catalogue
    })
}

fuzz_target!(|bytes: &[u8]| {
    match import_csv(bytes, base().clone()) {
        Err(error) => assert!(
            !error.problems.is_empty(),
            "import failed without a problem"
        ),
        Ok(imported) => {
            let json = serde_json::to_string(&imported.catalogue).expect("a catalogue serialises");
            if let Err(rejected) = load(&json) {
                panic!("check refuses what the import wrote: {rejected}\n{json}");
            }
        }
    }
});

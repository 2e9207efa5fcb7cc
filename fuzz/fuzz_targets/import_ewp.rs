//! An EWP IIAs get-response, as bytes, imported into the small catalogue with the home school
//! uw.edu.pl and an Institutions response for its partners: never a panic, a failure always
//! names a problem by its file, and a catalogue the import produces is one that `check` (and
//! so the widget) accepts once written out as JSON.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use partner_matcher::catalogue::{load, Catalogue, Location};
use partner_matcher::import::{import, Options, Source};

fn base() -> &'static Catalogue {
    static BASE: OnceLock<Catalogue> = OnceLock::new();
    BASE.get_or_init(|| {
        load(include_str!("../../tests/fixtures/small.json"))
            .expect("the fixture catalogue loads")
            .catalogue
    })
}

const HEIS: &str = include_str!("../../tests/fixtures/ewp/institutions-uw.xml");

fuzz_target!(|bytes: &[u8]| {
    let files = [
        Source { name: "heis.xml".into(), bytes: HEIS.as_bytes().to_vec() },
        Source { name: "iias.xml".into(), bytes: bytes.to_vec() },
    ];
    let options = Options { home_hei: Some("uw.edu.pl".into()), ..Options::default() };
    // Every city is somewhere, so new partners can be made.
    let places = |_: &str, _: &str| Some(Location { lat: 52.23, lon: 21.01 });
    match import(&files, base().clone(), &options, &places) {
        Err(error) => {
            assert!(!error.problems.is_empty(), "import failed without a problem");
            for problem in &error.problems {
                assert!(
                    problem.starts_with("iias.xml: ")
                        || problem.starts_with("heis.xml: ")
                        || problem.starts_with("institutions["),
                    "a problem without its file: {problem}"
                );
            }
        }
        Ok(imported) => {
            let json = serde_json::to_string(&imported.catalogue).expect("a catalogue serialises");
            if let Err(rejected) = load(&json) {
                panic!("check refuses what the import wrote: {rejected}\n{json}");
            }
        }
    }
});

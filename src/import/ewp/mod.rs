//! Erasmus Without Paper responses: IIAs get-response (stable-v7 and stable-v6, `iias.rs`),
//! and the Institutions and Factsheet API responses (`directory.rs`) that describe the
//! partners the agreements name (found in the catalogue, or added: `partner.rs`). Elements are read by local name; every problem names the
//! element's path and line.

mod directory;
mod iias;
mod partner;
mod xml;

pub(super) use directory::Directory;
pub(super) use iias::Iias;

#[cfg(test)]
mod tests {
    use crate::import::{import, Options, Source};
    use proptest::prelude::*;

    const V7: &str = include_str!("../../../tests/fixtures/ewp/iias-get-response-v7.xml");
    const UW: &str = include_str!("../../../tests/fixtures/ewp/institutions-uw.xml");

    fn base() -> crate::Catalogue {
        match crate::catalogue::load(include_str!("../../../tests/fixtures/small.json")) {
            Ok(checked) => checked.catalogue,
            Err(e) => panic!("the fixture loads: {e}"),
        }
    }

    proptest! {
        /// The spec's example with a piece cut out and other text put in: never a panic;
        /// a failure names the file, and an XML problem its line; what is imported checks.
        #[test]
        fn a_damaged_iias_response_never_panics(
            at in 0usize..V7.len(),
            cut in 0usize..200,
            insert in "[<>/a-z0-9 \"=.-]{0,20}",
            home in prop::sample::select(vec!["uw.edu.pl", "hibo.no"]),
        ) {
            let start = (0..=at).rev().find(|i| V7.is_char_boundary(*i)).unwrap_or(0);
            let end = (start + cut..=V7.len()).find(|i| V7.is_char_boundary(*i)).unwrap_or(V7.len());
            let damaged = format!("{}{insert}{}", &V7[..start], &V7[end..]);
            let files = [
                Source { name: "iias.xml".into(), bytes: damaged.into_bytes() },
                Source { name: "heis.xml".into(), bytes: UW.as_bytes().to_vec() },
            ];
            let options = Options { home_hei: Some(home.to_owned()), ..Options::default() };
            let places = |_: &str, _: &str| Some(crate::catalogue::Location { lat: 52.2, lon: 21.0 });
            match import(&files, base(), &options, &places) {
                Err(e) => {
                    prop_assert!(!e.problems.is_empty());
                    for problem in &e.problems {
                        prop_assert!(problem.starts_with("iias.xml: ") || problem.starts_with("heis.xml: ")
                            || problem.starts_with("institutions["), "{problem}");
                    }
                }
                Ok(imported) => {
                    let json = serde_json::to_string(&imported.catalogue).unwrap_or_default();
                    prop_assert!(crate::catalogue::load(&json).is_ok(), "{json}");
                }
            }
        }
    }
}

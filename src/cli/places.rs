//! The place names table, built into the command line (the widget fetches it instead).

use partner_matcher::places::Gazetteer;

/// `data/places.txt`, read at build time: the binary needs no file beside it.
const PLACES: &str = include_str!("../../data/places.txt");

/// The built-in place names (see docs/places.md).
pub fn built_in() -> Result<Gazetteer, String> {
    Gazetteer::parse(PLACES).map_err(|e| format!("the built-in place names table, {e}"))
}

//! The place names table and the words that travel with it (data/places.txt and
//! data/words.txt), built into the command line (the widget fetches them instead).

use partner_matcher::places::Gazetteer;

/// `data/places.txt` and `data/words.txt` as one text, read at build time: the binary needs no
/// file beside it.
const PLACES: &str = concat!(
    include_str!("../../data/places.txt"),
    include_str!("../../data/words.txt")
);

/// The built-in place names and words (see docs/places.md).
pub fn built_in() -> Result<Gazetteer, String> {
    Gazetteer::parse(PLACES).map_err(|e| format!("the built-in place names table, {e}"))
}

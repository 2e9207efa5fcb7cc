//! What every result shown together has in common. A reason that each card of a list would
//! repeat ("Agreement for Photography" on every card of a Photography search) is said once
//! above the list, so that a card shows what sets it apart.

use super::note::{Detail, Note, NoteCode};
use super::result::Hit;

/// The reasons every one of `hits` gives, in the first hit's order; none for fewer than two
/// hits. The next stay and the places stay on each card: its days left are the card's own,
/// and places mean "per year" for a partner but "for this edition" for a BIP.
pub fn shared_reasons(hits: &[Hit]) -> Vec<Note> {
    let Some((first, rest)) = hits.split_first() else {
        return Vec::new();
    };
    if rest.is_empty() {
        return Vec::new();
    }
    first
        .reasons
        .iter()
        .filter(|n| !matches!(n.detail, Detail::Window(_)) && n.code != NoteCode::Places)
        .filter(|n| rest.iter().all(|h| h.reasons.contains(n)))
        .cloned()
        .collect()
}

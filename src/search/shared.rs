//! What every result shown together has in common. A reason that each card of a list would
//! repeat ("Agreement for Photography" on every card of a Photography search) is said once
//! above the list, so that a card shows what sets it apart.

use super::note::{Detail, Note, NoteCode};
use super::result::Hit;

/// The reasons every one of `hits` gives, in the first hit's order; none for fewer than two
/// hits. The next stay and the places stay on each card: its days left are the card's own,
/// and places mean "per year" for a partner but "for this edition" for a BIP.
///
/// `all` says whether `hits` are all the results the line speaks for. When they are only the
/// first ones shown, a reason the cards after them may lack (a language the student meets, a
/// field the search matched) is not said: only the programme and the level, which the search
/// asks of every result (a BIP open to any programme is open to the student's too).
pub fn shared_reasons(hits: &[Hit], all: bool) -> Vec<Note> {
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
        .filter(|n| all || matches!(n.code, NoteCode::Programme | NoteCode::Level))
        .filter(|n| rest.iter().all(|h| h.reasons.contains(n)))
        .cloned()
        .collect()
}

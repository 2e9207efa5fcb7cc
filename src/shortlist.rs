//! The student's shortlist as a value: up to six saved results in the student's order.
//!
//! What is stored may name results the catalogue no longer has (the office removed or renamed
//! an institution): those entries are kept, for a catalogue that brings them back, but never
//! shown and never counted, so they cannot fill the list. The widget reads and writes storage
//! (`web::widget::shortlist`); everything else about the list is here.

use crate::catalogue::Id;
use crate::search::{Kind, Matcher};

/// How many places a student may rank in an application.
pub const SHORTLIST_MAX: usize = 6;

/// The most entries storage keeps, hidden ones included: the shown ones first, then the hidden
/// ones in their order, so the oldest hidden ones go first.
pub const STORED_MAX: usize = 24;

/// One result: an institution or a BIP, by id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Key {
    pub kind: Kind,
    pub id: String,
}

impl Key {
    pub fn new(kind: Kind, id: impl Into<String>) -> Key {
        Key {
            kind,
            id: id.into(),
        }
    }

    /// `institution:rietveld`: for storage and for finding the item's elements.
    pub fn token(&self) -> String {
        let mut s = String::from(self.kind.as_str());
        s.push(':');
        s.push_str(&self.id);
        s
    }

    /// A stored token, if it names a result: a kind, a colon and an id as catalogues write
    /// them (lower-case letters, digits and hyphens).
    pub fn parse(token: &str) -> Option<Key> {
        let (kind, id) = token.split_once(':')?;
        let kind = Kind::parse(kind)?;
        Id::is_valid_text(id).then(|| Key::new(kind, id))
    }

    /// Whether the catalogue has this result.
    pub fn is_in(&self, m: &Matcher) -> bool {
        match self.kind {
            Kind::Institution => m.institution(&self.id).is_some(),
            Kind::Bip => m.bip(&self.id).is_some(),
        }
    }
}

/// What saving or removing a result did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Toggled {
    /// Saved, at this place of the list (1 for the first).
    Saved(usize),
    Removed,
    /// Not saved: the list is full.
    Full,
}

/// The shortlist: the entries shown, in the student's order, and the stored entries that are
/// not shown (not in the catalogue, or beyond the limit), kept for later.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Shortlist {
    shown: Vec<Key>,
    kept: Vec<Key>,
}

impl Shortlist {
    /// The list as stored (tokens in order). Tokens that name nothing and repeats are dropped.
    /// Until it is matched against a catalogue ([`Shortlist::against`]), nothing is shown.
    pub fn from_tokens<S: AsRef<str>>(tokens: impl IntoIterator<Item = S>) -> Shortlist {
        let mut kept: Vec<Key> = Vec::new();
        for token in tokens {
            if kept.len() == STORED_MAX {
                break;
            }
            if let Some(key) = Key::parse(token.as_ref()) {
                if !kept.contains(&key) {
                    kept.push(key);
                }
            }
        }
        Shortlist {
            shown: Vec::new(),
            kept,
        }
    }

    /// The same entries, in the same order, shown when `exists` (the first
    /// [`SHORTLIST_MAX`] of them) and kept otherwise.
    pub fn against(&self, exists: impl Fn(&Key) -> bool) -> Shortlist {
        let mut list = Shortlist::default();
        for key in self.shown.iter().chain(&self.kept) {
            if list.shown.len() < SHORTLIST_MAX && exists(key) {
                list.shown.push(key.clone());
            } else {
                list.kept.push(key.clone());
            }
        }
        list
    }

    /// [`Shortlist::against`] the results of a catalogue.
    pub fn against_catalogue(&self, m: &Matcher) -> Shortlist {
        self.against(|key| key.is_in(m))
    }

    /// What the student sees, in order.
    pub fn shown(&self) -> &[Key] {
        &self.shown
    }

    /// How many entries are shown: the only ones that count toward the limit.
    pub fn len(&self) -> usize {
        self.shown.len()
    }

    pub fn is_empty(&self) -> bool {
        self.shown.is_empty()
    }

    /// Whether nothing more can be saved.
    pub fn is_full(&self) -> bool {
        self.shown.len() >= SHORTLIST_MAX
    }

    pub fn contains(&self, key: &Key) -> bool {
        self.shown.contains(key)
    }

    /// Saves `key` at the end, or removes it if it is saved; what happened, as the student is
    /// told it. Nothing changes when the list is full.
    pub fn toggle(&mut self, key: Key) -> Toggled {
        if let Some(i) = self.shown.iter().position(|k| *k == key) {
            self.shown.remove(i);
            return Toggled::Removed;
        }
        if self.is_full() {
            return Toggled::Full;
        }
        if let Some(i) = self.kept.iter().position(|k| *k == key) {
            self.kept.remove(i);
        }
        self.shown.push(key);
        Toggled::Saved(self.shown.len())
    }

    /// Removes the entry shown at `index`: the one removed, or `None` when there is none.
    pub fn remove(&mut self, index: usize) -> Option<Key> {
        (index < self.shown.len()).then(|| self.shown.remove(index))
    }

    /// Moves the entry shown at `index` by `by` places (-1 up, +1 down); its new index, or
    /// `None` when it cannot move there.
    pub fn move_by(&mut self, index: usize, by: isize) -> Option<usize> {
        let to = index.checked_add_signed(by)?;
        if index >= self.shown.len() || to >= self.shown.len() {
            return None;
        }
        self.shown.swap(index, to);
        Some(to)
    }

    /// What storage keeps, as tokens: the shown entries in order, then the kept ones; at most
    /// [`STORED_MAX`].
    pub fn tokens(&self) -> Vec<String> {
        self.shown
            .iter()
            .chain(&self.kept)
            .take(STORED_MAX)
            .map(Key::token)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn institution(id: &str) -> Key {
        Key::new(Kind::Institution, id)
    }

    fn ids(keys: &[Key]) -> Vec<&str> {
        keys.iter().map(|k| k.id.as_str()).collect()
    }

    /// A catalogue that has only these institutions.
    fn only(ids: &'static [&'static str]) -> impl Fn(&Key) -> bool {
        move |k: &Key| k.kind == Kind::Institution && ids.contains(&k.id.as_str())
    }

    #[test]
    fn tokens_that_name_nothing_and_repeats_are_dropped() {
        let list = Shortlist::from_tokens([
            "institution:rietveld",
            "nonsense",
            "bip:",
            "institution:Rietveld",
            "institution:rietveld",
            "bip:bip-1",
            "place:x",
        ]);
        let list = list.against(|_| true);
        assert_eq!(ids(list.shown()), ["rietveld", "bip-1"]);
        assert_eq!(list.shown()[1].kind, Kind::Bip);
    }

    #[test]
    fn nothing_is_shown_before_the_catalogue_is_known() {
        let list = Shortlist::from_tokens(["institution:a"]);
        assert!(list.is_empty());
        assert_eq!(list.tokens(), ["institution:a"]);
    }

    #[test]
    fn entries_the_catalogue_lacks_are_neither_shown_nor_counted() {
        // Six stored, all removed from the catalogue: the list is empty, not full.
        let stale = ["a", "b", "c", "d", "e", "f"].map(|id| format!("institution:{id}"));
        let list = Shortlist::from_tokens(&stale).against(only(&["x", "y"]));
        assert!(list.is_empty());
        assert!(!list.is_full());
        let mut list = list;
        assert_eq!(list.toggle(institution("x")), Toggled::Saved(1));
        assert_eq!(ids(list.shown()), ["x"]);
        assert_eq!(list.len(), 1);
        // They stay in storage, after what is shown.
        assert_eq!(list.tokens()[0], "institution:x");
        assert_eq!(list.tokens()[1..], stale);
    }

    #[test]
    fn an_entry_comes_back_with_its_catalogue_in_its_place() {
        let list = Shortlist::from_tokens(["institution:a", "institution:b", "institution:c"]);
        let without_b = list.against(only(&["a", "c"]));
        assert_eq!(ids(without_b.shown()), ["a", "c"]);
        let with_b = without_b.against(only(&["a", "b", "c"]));
        assert_eq!(ids(with_b.shown()), ["a", "c", "b"]);
        assert_eq!(with_b.tokens(), without_b.tokens());
    }

    #[test]
    fn the_limit_counts_only_what_is_shown() {
        let mut list = Shortlist::from_tokens(["institution:gone"]).against(|k| k.id != "gone");
        for i in 0..8 {
            list.toggle(institution(&format!("i{i}")));
        }
        assert_eq!(list.len(), SHORTLIST_MAX);
        assert!(list.is_full());
        assert_eq!(list.toggle(institution("i7")), Toggled::Full, "no seventh");
        assert_eq!(list.len(), SHORTLIST_MAX);
        assert_eq!(
            list.toggle(institution("i0")),
            Toggled::Removed,
            "removing works when full"
        );
        assert!(!list.is_full());
        assert_eq!(
            list.toggle(institution("i7")),
            Toggled::Saved(SHORTLIST_MAX),
            "at the end"
        );
        assert!(list.tokens().contains(&"institution:gone".to_owned()));
    }

    #[test]
    fn more_than_six_in_the_catalogue_shows_the_first_six() {
        let tokens: Vec<String> = (0..8).map(|i| format!("institution:i{i}")).collect();
        let list = Shortlist::from_tokens(&tokens).against(|_| true);
        assert_eq!(list.len(), SHORTLIST_MAX);
        assert_eq!(list.tokens(), tokens, "the rest is kept, in order");
        // Saving one that was kept beyond the limit does not store it twice.
        let mut list = list;
        list.toggle(institution("i0"));
        list.toggle(institution("i7"));
        let stored = list.tokens();
        let sevens = stored.iter().filter(|t| *t == "institution:i7").count();
        assert_eq!(sevens, 1);
    }

    #[test]
    fn storage_keeps_at_most_the_stored_maximum() {
        let tokens: Vec<String> = (0..100).map(|i| format!("institution:i{i}")).collect();
        let list = Shortlist::from_tokens(&tokens);
        assert_eq!(list.tokens().len(), STORED_MAX);
        let mut list = list.against(|k| k.id == "i99" || k.id == "i0");
        assert_eq!(ids(list.shown()), ["i0"], "only what was read is known");
        list.toggle(institution("new"));
        assert_eq!(list.tokens().len(), STORED_MAX);
        assert_eq!(list.tokens()[..2], ["institution:i0", "institution:new"]);
    }

    #[test]
    fn moves_and_removals_stay_within_the_shown_entries() {
        let mut list = Shortlist::from_tokens(["institution:a", "institution:b"]).against(|_| true);
        assert_eq!(list.move_by(0, 1), Some(1));
        assert_eq!(ids(list.shown()), ["b", "a"]);
        assert_eq!(list.move_by(0, -1), None, "not past the top");
        assert_eq!(list.move_by(1, 1), None, "not past the end");
        assert_eq!(list.move_by(5, -1), None);
        assert_eq!(list.remove(2), None);
        assert_eq!(list.remove(0), Some(institution("b")));
        assert_eq!(ids(list.shown()), ["a"]);
    }

    #[test]
    fn ids_are_read_as_catalogues_write_them() {
        assert_eq!(
            Key::parse("bip:bip-interior-2027"),
            Some(Key::new(Kind::Bip, "bip-interior-2027"))
        );
        assert_eq!(Key::parse("institution:a b"), None);
        assert_eq!(Key::parse(&format!("institution:{}", "a".repeat(65))), None);
        assert_eq!(Key::parse("institution"), None);
    }
}

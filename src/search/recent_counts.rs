//! How many results fitted the programme for the last few filters dropped: a search that
//! finds nothing suggests filters to loosen with the count each would give, and a student
//! typing a word that finds nothing asks, at every key, for the count without the words,
//! which stays the same while they type (issue 11: that pass over the catalogue was most of
//! a keystroke at 10,000 institutions).

use std::sync::Mutex;

use super::criteria::Criteria;

/// How many counts are remembered: one for each filter of a few searches.
const REMEMBERED: usize = 16;

/// The counts by their criteria; a clone starts empty.
#[derive(Debug, Default)]
pub(super) struct RecentCounts(Mutex<Vec<(Criteria, usize)>>);

impl Clone for RecentCounts {
    fn clone(&self) -> Self {
        RecentCounts::default()
    }
}

impl RecentCounts {
    /// The count for `criteria`, remembered or found by `count` now.
    pub(super) fn get_or(&self, criteria: &Criteria, count: impl FnOnce() -> usize) -> usize {
        let mut counts = self
            .0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some(&(_, n)) = counts.iter().find(|(c, _)| c == criteria) {
            return n;
        }
        let n = count();
        if counts.len() == REMEMBERED {
            counts.clear();
        }
        counts.push((criteria.clone(), n));
        n
    }

    /// Forgets every count (the matcher's results change: place names attached).
    pub(super) fn clear(&self) {
        self.0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clear();
    }
}

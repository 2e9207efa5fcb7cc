//! How many results fitted the programme in the last few searches, by their criteria: a
//! search that finds nothing suggests filters to loosen with the count each would give, and a
//! student typing a word that finds nothing asks, at every key, for the count without the
//! words: the count of the search before the word (issue 11: that pass over the catalogue was
//! most of a keystroke at 10,000 institutions). Searches and those passes both remember theirs.

use std::sync::Mutex;

use super::criteria::Criteria;

/// How many counts are remembered before they are all forgotten: a few keys' worth.
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
    /// The count remembered for `criteria`, if any.
    pub(super) fn get(&self, criteria: &Criteria) -> Option<usize> {
        // After a panic while they were held, the counts are not used again.
        let counts = self.0.lock().ok()?;
        counts.iter().find(|(c, _)| c == criteria).map(|&(_, n)| n)
    }

    /// Remembers a count, unless it is nothing: each key of a word that finds nothing would
    /// fill the memory with those, and push out the count without the word that every one of
    /// those keys asks for.
    pub(super) fn put(&self, criteria: &Criteria, n: usize) {
        if n == 0 {
            return;
        }
        if let Ok(mut counts) = self.0.lock() {
            if counts.len() == REMEMBERED {
                counts.clear();
            }
            counts.push((criteria.clone(), n));
        }
    }

    /// Forgets every count (the matcher's results change: place names attached).
    pub(super) fn clear(&self) {
        if let Ok(mut counts) = self.0.lock() {
            counts.clear();
        }
    }
}

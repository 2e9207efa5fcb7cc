//! What an import did, for the office: institutions and agreements added, changed,
//! unchanged and removed, counted against the catalogue it started from.

use std::collections::HashSet;
use std::fmt;

use super::merge::Merge;
use crate::catalogue::Catalogue;
use crate::changes::compare;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    /// Institutions the files named, by id.
    pub institutions_added: Vec<String>,
    pub institutions_changed: Vec<String>,
    pub institutions_unchanged: Vec<String>,
    pub agreements_added: usize,
    pub agreements_changed: usize,
    pub agreements_unchanged: usize,
    /// Removed with `--prune`: no file names them any more.
    pub agreements_removed: usize,
    /// Agreements no file names, kept (without `--prune`).
    pub agreements_kept: usize,
}

impl Summary {
    pub(super) fn of(base: &Catalogue, merge: &Merge, not_named: usize, prune: bool) -> Summary {
        let changes = compare(base, &merge.catalogue);
        let mut changed: HashSet<&str> = changes
            .institutions_changed
            .iter()
            .map(|c| c.id.as_str())
            .collect();
        for name in changes
            .agreements_added
            .iter()
            .chain(&changes.agreements_removed)
            .chain(changes.agreements_changed.iter().map(|c| &c.name))
        {
            changed.insert(name.institution.as_str());
        }
        let mut touched: Vec<usize> = merge.touched.iter().copied().collect();
        crate::order::sort(&mut touched);
        let mut summary = Summary::default();
        for at in touched {
            let Some(institution) = merge.catalogue.institutions.get(at) else {
                continue;
            };
            let id = institution.id.to_string();
            if changes.institutions_added.contains(&id) {
                summary.institutions_added.push(id);
            } else if changed.contains(id.as_str()) {
                summary.institutions_changed.push(id);
            } else {
                summary.institutions_unchanged.push(id);
            }
        }
        let added = changes.agreements_added.len();
        let modified = changes.agreements_changed.len();
        summary.agreements_added = added;
        summary.agreements_changed = modified;
        summary.agreements_unchanged = merge.agreements_put.saturating_sub(added + modified);
        if prune {
            summary.agreements_removed = changes.agreements_removed.len();
        } else {
            summary.agreements_kept = not_named;
        }
        summary
    }
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let ids = |list: &[String]| match list.len() {
            0 => String::new(),
            1..=10 => format!(" ({})", list.join(", ")),
            n => format!(" ({}, and {} more)", list[..10].join(", "), n - 10),
        };
        writeln!(
            f,
            "institutions: {} added{}, {} changed{}, {} unchanged",
            self.institutions_added.len(),
            ids(&self.institutions_added),
            self.institutions_changed.len(),
            ids(&self.institutions_changed),
            self.institutions_unchanged.len(),
        )?;
        write!(
            f,
            "agreements: {} added, {} changed, {} unchanged, {} removed",
            self.agreements_added,
            self.agreements_changed,
            self.agreements_unchanged,
            self.agreements_removed
        )?;
        if self.agreements_kept > 0 {
            write!(
                f,
                "; {} agreements of the catalogue that no file names were kept (--prune \
                 removes them)",
                self.agreements_kept
            )?;
        }
        Ok(())
    }
}

//! What an import did, for the office: institutions and agreements added, changed,
//! unchanged and removed, counted against the catalogue it started from; of each institution
//! that changed, what did (`khio: website, 1 agreement added`); the institutions `--prune`
//! left without agreements, by id.

use std::collections::HashMap;
use std::fmt;

use super::merge::Merge;
use crate::catalogue::Catalogue;
use crate::changes::compare;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    /// Institutions the files named, by id.
    pub institutions_added: Vec<String>,
    /// With what changed of each.
    pub institutions_changed: Vec<InstitutionChanged>,
    pub institutions_unchanged: Vec<String>,
    pub agreements_added: usize,
    pub agreements_changed: usize,
    pub agreements_unchanged: usize,
    /// Removed with `--prune`: no file names them any more.
    pub agreements_removed: usize,
    /// Agreements no file names, kept (without `--prune`).
    pub agreements_kept: usize,
    /// Institutions `--prune` left without agreements (they had some), by id.
    pub institutions_emptied: Vec<String>,
}

/// The institutions of `base` that had agreements and have none after the merge (`--prune`
/// removed every one), by index.
pub(super) fn emptied(base: &Catalogue, merge: &Merge) -> Vec<usize> {
    base.institutions
        .iter()
        .zip(&merge.catalogue.institutions)
        .enumerate()
        .filter(|(_, (before, after))| !before.agreements.is_empty() && after.agreements.is_empty())
        .map(|(at, _)| at)
        .collect()
}

/// An institution that changed: its fields that did (by name) and how many of its
/// agreements were added, changed and removed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct InstitutionChanged {
    pub id: String,
    pub fields: Vec<String>,
    pub agreements_added: usize,
    pub agreements_changed: usize,
    pub agreements_removed: usize,
}

impl fmt::Display for InstitutionChanged {
    /// `khio: website, tags, 1 agreement added`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut what = self.fields.clone();
        for (n, done) in [
            (self.agreements_added, "added"),
            (self.agreements_changed, "changed"),
            (self.agreements_removed, "removed"),
        ] {
            match n {
                0 => {}
                1 => what.push(format!("1 agreement {done}")),
                n => what.push(format!("{n} agreements {done}")),
            }
        }
        write!(f, "{}: {}", self.id, what.join(", "))
    }
}

impl Summary {
    pub(super) fn of(base: &Catalogue, merge: &Merge, not_named: usize, prune: bool) -> Summary {
        let changes = compare(base, &merge.catalogue);
        let mut changed: HashMap<&str, InstitutionChanged> = HashMap::new();
        for fields in &changes.institutions_changed {
            let entry = changed.entry(fields.id.as_str()).or_default();
            entry.fields = fields.fields.iter().map(|c| c.field.clone()).collect();
        }
        for name in &changes.agreements_added {
            let entry = changed.entry(name.institution.as_str()).or_default();
            entry.agreements_added += 1;
        }
        for name in changes.agreements_changed.iter().map(|c| &c.name) {
            let entry = changed.entry(name.institution.as_str()).or_default();
            entry.agreements_changed += 1;
        }
        for name in &changes.agreements_removed {
            let entry = changed.entry(name.institution.as_str()).or_default();
            entry.agreements_removed += 1;
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
            } else if let Some(what) = changed.remove(id.as_str()) {
                summary
                    .institutions_changed
                    .push(InstitutionChanged { id, ..what });
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
            summary.institutions_emptied = emptied(base, merge)
                .into_iter()
                .filter_map(|at| merge.catalogue.institutions.get(at))
                .map(|i| i.id.to_string())
                .collect();
        } else {
            summary.agreements_kept = not_named;
        }
        summary
    }
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fn ids(list: &[impl fmt::Display], between: &str) -> String {
            let shown: Vec<String> = list.iter().take(10).map(ToString::to_string).collect();
            match list.len() {
                0 => String::new(),
                1..=10 => format!(" ({})", shown.join(between)),
                n => format!(" ({}{between}and {} more)", shown.join(between), n - 10),
            }
        }
        writeln!(
            f,
            "institutions: {} added{}, {} changed{}, {} unchanged",
            self.institutions_added.len(),
            ids(&self.institutions_added, ", "),
            self.institutions_changed.len(),
            ids(&self.institutions_changed, "; "),
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
        match self.agreements_kept {
            0 => {}
            1 => write!(
                f,
                "; 1 agreement of the catalogue that no file names was kept (--prune removes \
                 it)"
            )?,
            n => write!(
                f,
                "; {n} agreements of the catalogue that no file names were kept (--prune \
                 removes them)"
            )?,
        }
        let emptied = &self.institutions_emptied;
        if !emptied.is_empty() {
            let shown: Vec<&str> = emptied.iter().take(10).map(String::as_str).collect();
            let more = match emptied.len() {
                0..=10 => String::new(),
                n => format!(" and {} more", n - 10),
            };
            write!(
                f,
                "\n{} left without agreements by --prune (no file names any of theirs), so the \
                 widget does not show {}: {}{more}",
                match emptied.len() {
                    1 => "1 institution is".to_owned(),
                    n => format!("{n} institutions are"),
                },
                if emptied.len() == 1 { "it" } else { "them" },
                shown.join(", ")
            )?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_agreement_kept_is_said_in_the_singular() {
        let said = |kept| {
            let summary = Summary {
                agreements_kept: kept,
                ..Summary::default()
            };
            summary.to_string()
        };
        assert!(said(1).contains(
            "; 1 agreement of the catalogue that no file names was kept (--prune removes it)"
        ));
        assert!(said(349).contains(
            "; 349 agreements of the catalogue that no file names were kept (--prune removes them)"
        ));
        assert!(!said(0).contains("kept"));
    }
}

//! Agreements have no id: what names one (its key: mobility, ISCED code, the programmes it
//! names), how alike two of them are, and the pairing of one list with another by that
//! likeness, which `diff` and the import's merge share.
//!
//! Two agreements pair only when their keys are the same. Among those, identical ones pair
//! first, then those with the same levels and terms, then the same levels, then the same
//! terms, then any: so of two agreements that differ only by level, each finds its own
//! whatever their order. The import's merge ranks last a row whose terms the stored agreement
//! has none of ([`OTHER_TERMS`]).

use crate::catalogue::{Agreement, Catalogue, Problem};

/// The likeness of identical agreements, the highest.
pub const IDENTICAL: u8 = 5;

/// The likeness of two agreements with the same key that are not identical: 4 when their
/// levels and terms are the same, 3 the levels only, 2 the terms only, 1 neither.
pub fn likeness(same_levels: bool, same_terms: bool) -> u8 {
    1 + 2 * u8::from(same_levels) + u8::from(same_terms)
}

/// The likeness, for the import's merge, of an agreement a file gives with none of the terms
/// of a stored one it could update: the lowest, below any that shares a term, so that a row
/// moves an agreement's terms only when no agreement left has one of its terms.
pub const OTHER_TERMS: u8 = 0;

/// `agreement` with its lists (programmes, levels, terms) sorted and each item once: what
/// identifies it whatever order its lists were written in, for finding one given twice.
pub fn in_one_order(agreement: &Agreement) -> Agreement {
    fn sorted<T: Ord>(list: &mut Option<Vec<T>>) {
        if let Some(list) = list {
            crate::order::sort(list);
            list.dedup();
        }
    }
    let mut agreement = agreement.clone();
    sorted(&mut agreement.programmes);
    sorted(&mut agreement.levels);
    sorted(&mut agreement.terms);
    agreement
}

/// Two lists read as sets (`["master", "bachelor"]` is `["bachelor", "master"]`); absent
/// is absent only.
pub fn same_set<T: Ord>(a: &Option<Vec<T>>, b: &Option<Vec<T>>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => {
            let (mut a, mut b): (Vec<&T>, Vec<&T>) = (a.iter().collect(), b.iter().collect());
            crate::order::sort(&mut a);
            a.dedup();
            crate::order::sort(&mut b);
            b.dedup();
            a == b
        }
        _ => false,
    }
}

/// The key agreements are paired by: mobility, ISCED code, the named programmes (sorted).
pub fn agreement_key(agreement: &Agreement) -> String {
    let mut programmes: Vec<&str> = agreement
        .programmes
        .iter()
        .flatten()
        .map(|p| p.as_str())
        .collect();
    crate::order::sort(&mut programmes);
    let base = format!("{} {}", agreement.mobility, agreement.isced);
    if programmes.is_empty() {
        base
    } else {
        format!("{base} ({})", programmes.join(", "))
    }
}

/// An agreement's name among `siblings` (its institution's agreements, old and new): its key,
/// then its levels when a sibling with that key has other levels (`study 0215
/// (classical-music), master`), then its terms when one with those levels too has other terms.
pub fn agreement_name(agreement: &Agreement, siblings: &[&Agreement]) -> String {
    let key = agreement_key(agreement);
    let same_key: Vec<&&Agreement> = siblings
        .iter()
        .filter(|s| agreement_key(s) == key)
        .collect();
    let mut name = key;
    if same_key
        .iter()
        .any(|s| !same_set(&s.levels, &agreement.levels))
    {
        name.push_str(", ");
        name.push_str(&words(&agreement.levels, "all levels"));
    }
    if same_key
        .iter()
        .any(|s| same_set(&s.levels, &agreement.levels) && !same_set(&s.terms, &agreement.terms))
    {
        name.push_str(", ");
        name.push_str(&words(&agreement.terms, "every term"));
    }
    name
}

/// `bachelor, master`, or `all` when absent.
pub fn words<T: std::fmt::Display>(list: &Option<Vec<T>>, all: &str) -> String {
    match list {
        Some(list) => list
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", "),
        None => all.to_owned(),
    }
}

/// What one wanted item paired with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Paired {
    /// The candidate at this index.
    With(usize),
    /// Several candidates are as close as any, and the pairing may not choose: these.
    Tied(Vec<usize>),
    /// No candidate is left that it may pair with.
    Alone,
}

/// Pairs each of `wanted` items with a candidate not yet `taken` (and takes it). `rank(k, j)`
/// is how alike wanted item `k` and candidate `j` are (`None`: they never pair), at most
/// [`IDENTICAL`]. The closest pairs are made first; at each likeness, first the items for
/// which one candidate only is that close, then, with `take_first` (or when identical), the
/// first of several; without it, an item with several candidates as close is `Tied`.
pub fn pair(
    wanted: usize,
    taken: &mut [bool],
    take_first: bool,
    rank: impl Fn(usize, usize) -> Option<u8>,
) -> Vec<Paired> {
    let closest = |k: usize, taken: &[bool]| -> Option<(u8, Vec<usize>)> {
        let mut best: Option<(u8, Vec<usize>)> = None;
        for j in (0..taken.len()).filter(|&j| !taken[j]) {
            let Some(r) = rank(k, j) else { continue };
            match &mut best {
                Some((b, list)) if *b == r => list.push(j),
                Some((b, _)) if *b > r => {}
                _ => best = Some((r, vec![j])),
            }
        }
        best
    };
    let mut out: Vec<Option<Paired>> = vec![None; wanted];
    for likeness in (0..=IDENTICAL).rev() {
        let choose = take_first || likeness == IDENTICAL;
        loop {
            let mut progress = false;
            for (k, slot) in out.iter_mut().enumerate().filter(|(_, s)| s.is_none()) {
                match closest(k, taken) {
                    None => *slot = Some(Paired::Alone),
                    Some((r, list)) if r == likeness && (list.len() == 1 || choose) => {
                        taken[list[0]] = true;
                        *slot = Some(Paired::With(list[0]));
                        progress = true;
                    }
                    Some(_) => {}
                }
            }
            if !progress {
                break;
            }
        }
        for (k, slot) in out.iter_mut().enumerate().filter(|(_, s)| s.is_none()) {
            if let Some((r, list)) = closest(k, taken) {
                if r == likeness {
                    *slot = Some(Paired::Tied(list));
                }
            }
        }
    }
    out.into_iter()
        .map(|p| p.unwrap_or(Paired::Alone))
        .collect()
}

/// Pairs the agreements of one institution: `(old index, new index)`, each side `None` when
/// the other has no agreement with that key left; of several with one key, the most alike
/// pair first (levels, then terms), else in order.
pub fn pair_agreements(
    old: &[Agreement],
    new: &[Agreement],
) -> Vec<(Option<usize>, Option<usize>)> {
    let mut taken = vec![false; new.len()];
    let paired = pair(old.len(), &mut taken, true, |i, j| {
        let (a, b) = (&old[i], &new[j]);
        if agreement_key(a) != agreement_key(b) {
            None
        } else if a == b {
            Some(IDENTICAL)
        } else {
            Some(likeness(
                same_set(&a.levels, &b.levels),
                same_set(&a.terms, &b.terms),
            ))
        }
    });
    let mut pairs: Vec<(Option<usize>, Option<usize>)> = paired
        .into_iter()
        .enumerate()
        .map(|(i, p)| match p {
            Paired::With(j) => (Some(i), Some(j)),
            Paired::Tied(_) | Paired::Alone => (Some(i), None),
        })
        .collect();
    pairs.extend(
        taken
            .iter()
            .enumerate()
            .filter(|(_, taken)| !**taken)
            .map(|(j, _)| (None, Some(j))),
    );
    pairs
}

/// Warnings for agreements that repeat an earlier one of their institution field for field:
/// a student sees each twice, and its places count twice (an import refuses to make one; a
/// catalogue kept by hand, or by an older import, may have them).
pub fn repeated(catalogue: &Catalogue) -> Vec<Problem> {
    let mut problems = Vec::new();
    for (i, institution) in catalogue.institutions.iter().enumerate() {
        let agreements = &institution.agreements;
        // Each agreement in one order once, not once for every pair it is compared in.
        let ordered: Vec<Agreement> = agreements.iter().map(in_one_order).collect();
        for (j, agreement) in agreements.iter().enumerate() {
            let alike = |a: &Agreement| *a == ordered[j];
            if let Some(first) = ordered[..j].iter().position(alike) {
                problems.push(Problem::warning(
                    format!("institutions[{i}].agreements[{j}]"),
                    format!(
                        "repeats institutions[{i}].agreements[{first}] ({}: {}) field for \
                         field: students would see it twice and its places would count twice; \
                         delete one of them",
                        institution.id,
                        agreement_key(agreement)
                    ),
                ));
            }
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::{IscedCode, Level, Mobility};

    fn agreement(levels: Option<Vec<Level>>, places: u32) -> Agreement {
        Agreement {
            mobility: Mobility::Study,
            programmes: None,
            isced: IscedCode("0215".into()),
            levels,
            terms: None,
            places: Some(places),
            months: None,
            languages: Vec::new(),
            funding: None,
            valid: None,
            notes: None,
            contacts: Vec::new(),
        }
    }

    #[test]
    fn agreements_that_differ_by_level_pair_by_their_levels_in_any_order() {
        let bachelor = agreement(Some(vec![Level::Bachelor]), 2);
        let master = agreement(Some(vec![Level::Master]), 1);
        let master_more = agreement(Some(vec![Level::Master]), 3);
        let old = [bachelor.clone(), master];
        assert_eq!(
            pair_agreements(&old, std::slice::from_ref(&master_more)),
            [(Some(0), None), (Some(1), Some(0))]
        );
        assert_eq!(
            pair_agreements(&old, &[master_more, bachelor]),
            [(Some(0), Some(1)), (Some(1), Some(0))]
        );
    }

    #[test]
    fn a_sole_agreement_with_a_key_pairs_whatever_changed() {
        let old = [agreement(None, 2)];
        let new = [agreement(Some(vec![Level::Master]), 3)];
        assert_eq!(pair_agreements(&old, &new), [(Some(0), Some(0))]);
    }

    #[test]
    fn without_take_first_an_item_with_two_candidates_as_close_is_tied() {
        let mut taken = vec![false; 2];
        let paired = pair(2, &mut taken, false, |k, _| {
            Some(if k == 0 { 2 } else { 3 })
        });
        // Item 1 (closer) has two candidates too: tied; item 0 then as well.
        assert_eq!(paired, [Paired::Tied(vec![0, 1]), Paired::Tied(vec![0, 1])]);
        // One candidate closer than the other: chosen.
        let mut taken = vec![false; 2];
        let paired = pair(1, &mut taken, false, |_, j| {
            Some(if j == 1 { 3 } else { 2 })
        });
        assert_eq!(paired, [Paired::With(1)]);
    }

    #[test]
    fn an_agreement_given_twice_is_named_with_the_first() {
        let mut catalogue =
            match crate::catalogue::load(include_str!("../../tests/fixtures/small.json")) {
                Ok(checked) => checked.catalogue,
                Err(e) => panic!("the fixture loads: {e}"),
            };
        assert_eq!(repeated(&catalogue), []);
        let again = catalogue.institutions[0].agreements[0].clone();
        catalogue.institutions[0].agreements.push(again);
        let n = catalogue.institutions[0].agreements.len() - 1;
        let problems = repeated(&catalogue);
        assert_eq!(problems.len(), 1);
        assert_eq!(
            problems[0].place,
            format!("institutions[0].agreements[{n}]")
        );
        assert!(
            problems[0]
                .message
                .starts_with("repeats institutions[0].agreements[0] ("),
            "{}",
            problems[0].message
        );
    }

    #[test]
    fn names_carry_levels_and_terms_only_where_a_sibling_needs_them() {
        let bachelor = agreement(Some(vec![Level::Bachelor]), 2);
        let all = agreement(None, 1);
        assert_eq!(agreement_name(&bachelor, &[&bachelor]), "study 0215");
        assert_eq!(
            agreement_name(&bachelor, &[&bachelor, &all]),
            "study 0215, bachelor"
        );
        assert_eq!(
            agreement_name(&all, &[&bachelor, &all]),
            "study 0215, all levels"
        );
    }
}

//! An agreement given twice (by two rows, two files, or twice in one EWP file): found by
//! comparing the agreements themselves, field for field with their lists as sets (`["master",
//! "bachelor"]` is `["bachelor", "master"]`), and said by both places. It would be counted
//! twice: students would see it twice, and its places would count twice.

use std::collections::HashMap;
use std::hash::Hash;

use super::origin::{At, Origin};
use crate::catalogue::Agreement;
use crate::changes::in_one_order;

/// The agreements given so far, by institution (its id or index), each with where it was
/// given.
pub(super) struct Given<K, T> {
    by_institution: HashMap<K, Vec<(Agreement, T)>>,
}

impl<K: Hash + Eq, T> Default for Given<K, T> {
    fn default() -> Self {
        Given {
            by_institution: HashMap::new(),
        }
    }
}

impl<K: Hash + Eq, T> Given<K, T> {
    /// Keeps `agreement` of `institution` with `place`, unless it was given before: then
    /// where it was given first.
    pub fn first(&mut self, institution: K, agreement: &Agreement, place: T) -> Result<(), &T> {
        let agreement = in_one_order(agreement);
        let given = self.by_institution.entry(institution).or_default();
        match given.iter().position(|(earlier, _)| *earlier == agreement) {
            Some(k) => Err(&given[k].1),
            None => {
                given.push((agreement, place));
                Ok(())
            }
        }
    }
}

/// `row 5 repeats the agreement of a.csv, row 2 (khio: study 0211): …`.
pub(super) fn repeats(later: &Origin, earlier: &Origin, institution: &str, key: &str) -> String {
    let why = match (&later.at, later.file == earlier.file) {
        (At::Row { .. }, true) => {
            "each row is one agreement, so it would be counted twice; delete one of them"
        }
        (At::Row { .. }, false) => {
            "each row is one agreement, so it would be counted twice; delete one of them (or \
             leave out a file given twice)"
        }
        (At::Element { .. }, _) => "it would be counted twice; give each IIA only once",
    };
    format!(
        "{} repeats the agreement of {} ({institution}: {key}): {why}",
        later.at(),
        later.other(earlier)
    )
}

#[cfg(test)]
mod tests {
    use super::Given;
    use crate::catalogue::{Agreement, IscedCode, Level, Mobility};

    fn agreement(levels: &[Level], places: u32) -> Agreement {
        Agreement {
            mobility: Mobility::Study,
            programmes: None,
            isced: IscedCode("0215".into()),
            levels: Some(levels.to_vec()),
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
    fn an_agreement_is_given_twice_when_its_fields_are_the_same_in_any_order() {
        let mut given: Given<&str, usize> = Given::default();
        let both = agreement(&[Level::Bachelor, Level::Master], 2);
        assert_eq!(given.first("lyon", &both, 2), Ok(()));
        let swapped = agreement(&[Level::Master, Level::Bachelor], 2);
        assert_eq!(given.first("lyon", &swapped, 3), Err(&2));
        // Another field, or another institution, is another agreement.
        assert_eq!(
            given.first("lyon", &agreement(&[Level::Master], 2), 4),
            Ok(())
        );
        assert_eq!(
            given.first("lyon", &agreement(&[Level::Bachelor, Level::Master], 1), 5),
            Ok(())
        );
        assert_eq!(given.first("khio", &both, 6), Ok(()));
        assert_eq!(given.first("khio", &swapped, 7), Err(&6));
    }
}

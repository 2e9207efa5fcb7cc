//! Problems as the reader and the validator find them, each owned by the file as a whole or
//! by one record (a programme, an institution or a BIP): what a lenient reading leaves out.

use std::fmt;

use super::problem::Problem;

/// The three lists of records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum List {
    Programmes,
    Institutions,
    Bips,
}

impl List {
    pub fn key(self) -> &'static str {
        match self {
            List::Programmes => "programmes",
            List::Institutions => "institutions",
            List::Bips => "bips",
        }
    }
}

/// Whose problem it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Owner {
    /// The file as a whole (format, `home`, the lists themselves...): refuses the catalogue.
    File,
    /// The `index`-th record of a list: leaves that record out when reading leniently.
    Record(List, usize),
}

#[derive(Debug, Default)]
pub(crate) struct Findings {
    /// In the order found.
    pub found: Vec<(Owner, Problem)>,
    owner: Option<Owner>,
    /// Per list, which records have an error.
    bad: [Vec<bool>; 3],
    file_errors: usize,
}

impl Findings {
    /// Problems from now on belong to `owner`.
    pub fn owned_by(&mut self, owner: Owner) {
        self.owner = Some(owner);
    }

    pub fn error(&mut self, place: impl fmt::Display, message: impl Into<String>) {
        let owner = self.owner.unwrap_or(Owner::File);
        match owner {
            Owner::File => self.file_errors += 1,
            Owner::Record(list, index) => {
                let bad = &mut self.bad[list as usize];
                if bad.len() <= index {
                    bad.resize(index + 1, false);
                }
                bad[index] = true;
            }
        }
        self.found
            .push((owner, Problem::error(place.to_string(), message)));
    }

    pub fn warning(&mut self, place: impl fmt::Display, message: impl Into<String>) {
        let owner = self.owner.unwrap_or(Owner::File);
        self.found
            .push((owner, Problem::warning(place.to_string(), message)));
    }

    /// Whether the record has an error so far.
    pub fn is_bad(&self, list: List, index: usize) -> bool {
        self.bad[list as usize].get(index).copied().unwrap_or(false)
    }

    pub fn has_file_errors(&self) -> bool {
        self.file_errors > 0
    }

    pub fn has_errors(&self) -> bool {
        self.found.iter().any(|(_, p)| p.is_error())
    }

    /// The problems in document order: the file's, then each record's in list order (what
    /// the reader found, then what validation found), errors before warnings.
    pub fn into_sorted(self) -> Vec<(Owner, Problem)> {
        let mut found = self.found;
        crate::order::sort_by(&mut found, |(a, p), (b, q)| {
            (p.severity, a).cmp(&(q.severity, b))
        });
        found
    }
}

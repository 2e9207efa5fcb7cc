//! Problems as the reader and the validator find them, each owned by the file as a whole or
//! by one record (a programme, an institution or a BIP): what a lenient reading leaves out.

use std::fmt;

use super::problem::{Problem, Severity};

/// The three lists of records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Owner {
    /// The file as a whole (format, `home`, the lists themselves...): refuses the catalogue.
    File,
    /// The `index`-th record of a list: leaves that record out when reading leniently.
    Record(List, usize),
}

#[derive(Debug)]
pub(crate) struct Findings {
    /// In the order found.
    pub found: Vec<(Owner, Problem)>,
    owner: Owner,
}

impl Default for Findings {
    fn default() -> Findings {
        Findings {
            found: Vec::new(),
            owner: Owner::File,
        }
    }
}

impl Findings {
    /// Problems from now on belong to `owner`.
    pub fn owned_by(&mut self, owner: Owner) {
        self.owner = owner;
    }

    pub fn error(&mut self, place: impl fmt::Display, message: impl AsRef<str>) {
        self.push(Severity::Error, place.to_string(), message.as_ref());
    }

    pub fn warning(&mut self, place: impl fmt::Display, message: impl AsRef<str>) {
        self.push(Severity::Warning, place.to_string(), message.as_ref());
    }

    fn push(&mut self, severity: Severity, place: String, message: &str) {
        let problem = Problem {
            severity,
            place,
            message: message.to_owned(),
            line: None,
            column: None,
        };
        self.found.push((self.owner, problem));
    }

    /// Which of the `count` records of `list` have an error so far.
    pub fn bad(&self, list: List, count: usize) -> Vec<bool> {
        let mut bad = vec![false; count];
        for (owner, problem) in &self.found {
            if let (Owner::Record(l, i), true) = (owner, problem.is_error()) {
                if *l == list && *i < count {
                    bad[*i] = true;
                }
            }
        }
        bad
    }

    pub fn has_file_errors(&self) -> bool {
        self.found
            .iter()
            .any(|(owner, p)| *owner == Owner::File && p.is_error())
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

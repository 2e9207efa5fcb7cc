//! Problems found in a catalogue, each naming its place.

use std::fmt;

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// One thing wrong with a catalogue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    pub severity: Severity,
    /// Where, as a path into the document: `institutions[12].agreements[0].isced`;
    /// empty for the document as a whole.
    pub place: String,
    pub message: String,
    /// Position in the text, for syntax and type errors.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<usize>,
}

impl Problem {
    pub fn error(place: impl Into<String>, message: impl Into<String>) -> Problem {
        Problem {
            severity: Severity::Error,
            place: place.into(),
            message: message.into(),
            line: None,
            column: None,
        }
    }

    pub fn warning(place: impl Into<String>, message: impl Into<String>) -> Problem {
        Problem {
            severity: Severity::Warning,
            ..Problem::error(place, message)
        }
    }

    pub fn at(mut self, line: usize, column: usize) -> Problem {
        self.line = Some(line);
        self.column = Some(column);
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// `institutions[3].city: message (line 40, column 12)`.
impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.place.is_empty() {
            write!(f, "{}: ", self.place)?;
        }
        f.write_str(&self.message)?;
        if let (Some(line), Some(column)) = (self.line, self.column) {
            write!(f, " (line {line}, column {column})")?;
        }
        Ok(())
    }
}

/// A catalogue that cannot be used, with every problem found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejected {
    /// Errors first, then warnings, each in document order.
    pub problems: Vec<Problem>,
    /// The text is not JSON: the one problem is where its syntax breaks.
    pub syntax: bool,
}

impl Rejected {
    pub fn errors(&self) -> impl Iterator<Item = &Problem> {
        self.problems.iter().filter(|p| p.is_error())
    }

    /// The first error, which messages that have room for one show.
    pub fn first_error(&self) -> Option<&Problem> {
        self.errors().next()
    }
}

/// "3 errors in the catalogue; the first: institutions[2].country: ..."
impl fmt::Display for Rejected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let count = self.errors().count();
        match self.first_error() {
            None => f.write_str("the catalogue was rejected"),
            Some(first) if count == 1 => write!(f, "{first}"),
            Some(first) if count == 2 => write!(f, "{first} (and 1 more error)"),
            Some(first) => write!(f, "{first} (and {} more errors)", count - 1),
        }
    }
}

impl std::error::Error for Rejected {}

//! The fields of a document a query can match in, and how much a match in each counts.

use crate::named::named_enum;

named_enum! {
    /// Where in a document a word occurs; the weight says how much a match there counts. The
    /// name is the one used in a `query` reason's detail.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum Field {
        Name = "name",
        ShortName = "short-name",
        Title = "title",
        City = "city",
        Country = "country",
        Programme = "programme",
        Tag = "tag",
        Host = "host",
        Partner = "partner",
    }
}

impl Field {
    pub(super) fn weight(self) -> f32 {
        match self {
            Field::Name | Field::ShortName | Field::Title => 1.0,
            Field::City => 0.95,
            Field::Country => 0.9,
            Field::Programme => 0.85,
            Field::Tag | Field::Host => 0.8,
            Field::Partner => 0.7,
        }
    }

    pub(super) fn bit(self) -> u16 {
        1 << (self as u16)
    }
}

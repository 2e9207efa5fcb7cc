//! The fields of a document a query can match in, and how much a match in each counts.

/// Where in a document a word occurs; the weight says how much a match there counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    Name,
    ShortName,
    Title,
    City,
    Country,
    Programme,
    Tag,
    Host,
    Partner,
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

    /// The name used in a `query` reason's detail.
    pub fn as_str(self) -> &'static str {
        match self {
            Field::Name => "name",
            Field::ShortName => "short-name",
            Field::Title => "title",
            Field::City => "city",
            Field::Country => "country",
            Field::Programme => "programme",
            Field::Tag => "tag",
            Field::Host => "host",
            Field::Partner => "partner",
        }
    }

    pub(super) fn bit(self) -> u16 {
        1 << (self as u16)
    }

    pub(super) const ALL: [Field; 9] = [
        Field::Name,
        Field::ShortName,
        Field::Title,
        Field::City,
        Field::Country,
        Field::Programme,
        Field::Tag,
        Field::Host,
        Field::Partner,
    ];
}

//! Reasons and warnings: a stable code and a typed detail, written as text only at the edge.

use std::fmt;

use serde::{Deserialize, Serialize, Serializer};
use time::Date;

use super::calendar::{Season, Window};
use super::field::Field;
use crate::catalogue::{Id, IscedCode, LanguageRequirement, Level, Mobility, Term};

/// A reason or a warning: a code (stable, for programs and translations) and its detail.
/// In JSON both are strings, `{"code": "language", "detail": "fr B1"}` (see [`NoteCode`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    pub code: NoteCode,
    pub detail: Detail,
}

impl Note {
    pub fn new(code: NoteCode, detail: Detail) -> Note {
        Note { code, detail }
    }
}

impl Serialize for Note {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut note = serializer.serialize_struct("Note", 2)?;
        note.serialize_field("code", &self.code)?;
        note.serialize_field("detail", &self.detail.to_string())?;
        note.end()
    }
}

/// What a reason or warning is about. Its text form ([`fmt::Display`]) is the `detail` of
/// the JSON; the interface languages write it out in `i18n::notes`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Detail {
    /// Nothing to add (a BIP open to every programme): written as "".
    Nothing,
    /// A programme of the catalogue: its id.
    Programme(Id),
    /// The field of a document a query matched in: "short-name".
    Field(Field),
    /// Types of mobility: "study, staff-teaching".
    Mobilities(Vec<Mobility>),
    Level(Level),
    Term(Term),
    /// Language requirements: the one the student meets, or the ones they do not meet (any
    /// one would do): "fr B1, en B2".
    Languages(Vec<LanguageRequirement>),
    /// How many (places per year).
    Count(u64),
    /// A day: "2027-03-15".
    Date(Date),
    /// A first and last day: "2027-03-08/2027-03-12".
    Dates(Date, Date),
    /// An ISCED-F field of education: "0211".
    Isced(IscedCode),
    /// A stay and its deadlines: "spring 2028, home 2027-10-01, partner 2027-10-15".
    Window(Window),
    /// When a BIP takes place: "autumn", "spring" or "summer".
    Season(Season),
}

impl fmt::Display for Detail {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Detail::Nothing => Ok(()),
            Detail::Programme(id) => write!(f, "{id}"),
            Detail::Field(field) => f.write_str(field.as_str()),
            Detail::Mobilities(list) => write_list(f, list.iter().map(|m| m.as_str().to_owned())),
            Detail::Level(level) => write!(f, "{level}"),
            Detail::Term(term) => write!(f, "{term}"),
            Detail::Languages(list) => {
                write_list(f, list.iter().map(|l| format!("{} {}", l.lang, l.cefr)))
            }
            Detail::Count(n) => write!(f, "{n}"),
            Detail::Date(date) => write!(f, "{date}"),
            Detail::Dates(start, end) => write!(f, "{start}/{end}"),
            Detail::Isced(code) => write!(f, "{code}"),
            Detail::Window(window) => write!(f, "{window}"),
            Detail::Season(season) => f.write_str(season.as_str()),
        }
    }
}

/// Items separated by ", ".
fn write_list(f: &mut fmt::Formatter<'_>, items: impl Iterator<Item = String>) -> fmt::Result {
    for (i, item) in items.enumerate() {
        if i > 0 {
            f.write_str(", ")?;
        }
        f.write_str(&item)?;
    }
    Ok(())
}

/// Every kind of reason and warning. Details, by code:
///
/// Reasons: `programme` (programme id), `open-programme` (BIP open to every programme; empty),
/// `query` (the field the words matched: name, short-name, city, country, programme, tag,
/// title, host, partner), `mobility` (mobility types offered, comma-separated), `level`,
/// `term` (the term asked for; of a BIP, when it takes place: autumn, spring or summer),
/// `language` (a requirement met, "en B2": in a language the student speaks at that level or
/// above, or one the query asked to be taught in; empty when none is asked),
/// `places` (places per year; of a BIP, its places), `next-mobility` (the next stay a student
/// can still apply for and its deadlines: "spring 2028, home 2027-10-01, partner 2027-10-15",
/// the home school's and the partner's, each left out when unknown), `dates` (BIP's physical
/// week, "start/end"), `apply-by` (BIP's application deadline).
///
/// Warnings: `language` (requirements not met, "fr B1, en B2"), `related-field` (the ISCED-F
/// detailed field the result shares with the programme, "0211": it names other programmes;
/// such hits are also flagged `related` and follow all others), `term-closed` (the term asked
/// for can no longer be applied for this year: the stay and its deadlines, as
/// `next-mobility`), `deadline-passed` (a BIP's application deadline that passed).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum NoteCode {
    Programme,
    OpenProgramme,
    Query,
    Mobility,
    Level,
    Term,
    Language,
    Places,
    NextMobility,
    Dates,
    ApplyBy,
    RelatedField,
    TermClosed,
    DeadlinePassed,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::{Cefr, LanguageCode};

    #[test]
    fn details_are_written_as_the_json_has_them() {
        let date =
            |s| crate::catalogue::values::parse_date(s).unwrap_or_else(|| panic!("{s} is a date"));
        let fr = LanguageRequirement {
            lang: LanguageCode("fr".into()),
            cefr: Cefr::B1,
        };
        let en = LanguageRequirement {
            lang: LanguageCode("en".into()),
            cefr: Cefr::B2,
        };
        let cases = [
            (Detail::Nothing, ""),
            (Detail::Field(Field::ShortName), "short-name"),
            (
                Detail::Mobilities(vec![Mobility::Study, Mobility::StaffTeaching]),
                "study, staff-teaching",
            ),
            (Detail::Languages(vec![fr, en]), "fr B1, en B2"),
            (Detail::Count(3), "3"),
            (
                Detail::Dates(date("2027-03-08"), date("2027-03-12")),
                "2027-03-08/2027-03-12",
            ),
            (Detail::Date(date("0999-01-05")), "0999-01-05"),
        ];
        for (detail, text) in cases {
            assert_eq!(detail.to_string(), text);
        }
        let note = Note::new(NoteCode::Places, Detail::Count(2));
        assert_eq!(
            serde_json::to_string(&note).ok().as_deref(),
            Some(r#"{"code":"places","detail":"2"}"#)
        );
    }
}

//! The words of catalogue problems: what each value must be, and the forms of the messages.
//! The reader (a value of the wrong type) and the validator (a value that means nothing) use
//! the same description, so a person reads one rule per field whatever went wrong.

pub(crate) const TEXT: &str =
    "a text, or texts by language such as {\"en\": \"Photography\", \"nl\": \"Fotografie\"}";
pub(crate) const PLAIN_TEXT: &str = "a text";
pub(crate) const TEXTS: &str = "a list of texts";
pub(crate) const ID: &str =
    "an id of at most 64 lower-case letters, digits and hyphens, such as \"cnsmd-lyon\"";
pub(crate) const PROGRAMME_IDS: &str = "a list of programme ids";
pub(crate) const INSTITUTION_IDS: &str = "a list of institution ids";
pub(crate) const HOST: &str = "\"home\" or the id of a partner institution";
pub(crate) const COUNTRY: &str = "an ISO 3166-1 alpha-2 country code such as \"FR\"";
pub(crate) const LANGUAGE: &str = "an ISO 639-1 language code such as \"fr\"";
pub(crate) const ISCED: &str =
    "an ISCED-F 2013 field code, four digits such as \"0211\" or \"0215\"";
pub(crate) const DATE: &str = "a date written YYYY-MM-DD, such as \"2027-03-08\"";
pub(crate) const MONTH_DAY: &str = "a yearly date written --MM-DD, such as \"--04-15\"";
pub(crate) const ACADEMIC_YEAR: &str = "an academic year written YYYY/YYYY, such as \"2024/2025\"";
pub(crate) const SCHAC: &str =
    "a SCHAC code: the institution's internet domain in lower case, such as \"uw.edu.pl\"";
pub(crate) const EMAIL: &str = "an e-mail address such as \"iro@example.org\"";
pub(crate) const CONTACT: &str =
    "a contact: an object with `name`, and `role` and `email` when known";
pub(crate) const WEB_ADDRESS: &str = "a web address starting with http:// or https://";
pub(crate) const LAT: &str = "a number between -90 and 90";
pub(crate) const LON: &str = "a number between -180 and 180";
pub(crate) const PLACES: &str = "a whole number from 1 to 1000";
pub(crate) const MONTHS: &str = "a whole number from 1 to 12";
pub(crate) const EUROS: &str = "a whole number of euros from 1 to 100000";
pub(crate) const ECTS: &str = "a number more than 0 and at most 60";
pub(crate) const LOCATION: &str =
    "an object with `lat` and `lon` in decimal degrees, such as {\"lat\": 45.77, \"lon\": 4.81}";
pub(crate) const HOME: &str =
    "an object with the home school's `name`, `city`, `country` and `location`";
pub(crate) const DEADLINES: &str =
    "an object of yearly dates by term, such as {\"autumn\": \"--04-15\", \"spring\": \"--10-15\"}";
pub(crate) const VALIDITY: &str =
    "an object of academic years, such as {\"from\": \"2024/2025\", \"until\": \"2028/2029\"}";
pub(crate) const PHYSICAL: &str =
    "an object with the `start`, `end`, `city` and `country` of the week in person";
pub(crate) const LANGUAGES: &str =
    "a list of language requirements such as [{\"lang\": \"fr\", \"cefr\": \"B1\"}]";
pub(crate) const LANGUAGE_REQUIREMENT: &str =
    "an object with `lang` and `cefr`, such as {\"lang\": \"fr\", \"cefr\": \"B1\"}";

/// The most characters of a text (an id has at most `Id::MAX_CHARS`).
pub(crate) const MAX_TEXT_CHARS: usize = 2000;
/// The most programmes, institutions or BIPs a catalogue lists.
pub(crate) const MAX_RECORDS: usize = 10_000;
/// The most entries of a list inside a record (agreements, tags, languages...).
pub(crate) const MAX_LIST: usize = 100;
pub(crate) const MAX_PLACES: u32 = 1000;
pub(crate) const MAX_MONTHS: u32 = 12;
pub(crate) const MAX_EUROS: u32 = 100_000;
pub(crate) const MAX_ECTS: f64 = 60.0;

/// "`lat` must be a number between -90 and 90, found \"north\"".
pub(crate) fn must_be(name: &str, expected: &str, found: &str) -> String {
    format!("`{name}` must be {expected}, found {found}")
}

/// "missing `city`: every institution needs its `city` (a text, ...)".
pub(crate) fn missing(name: &str, record: &str, expected: &str) -> String {
    format!("missing `{name}`: every {record} needs its `{name}` ({expected})")
}

/// A text as a message quotes it: in quotes, long ones cut.
pub(crate) fn quoted(text: &str) -> String {
    const SHOWN: usize = 40;
    match text.char_indices().nth(SHOWN) {
        Some((cut, _)) => format!(
            "\"{}…\" ({} characters)",
            &text[..cut],
            text.chars().count()
        ),
        None => format!("\"{text}\""),
    }
}

/// A number as JSON writes it (`-181`, `95.5`, `1e-320`), the same natively and in the browser.
pub(crate) use super::float_text::write as number;

/// `one of "study", "traineeship" or "staff-teaching"`.
pub(crate) fn one_of(names: &[&str]) -> String {
    let mut out = String::from("one of ");
    for (i, name) in names.iter().enumerate() {
        if i > 0 {
            out.push_str(if i + 1 == names.len() { " or " } else { ", " });
        }
        out.push('"');
        out.push_str(name);
        out.push('"');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_read_as_sentences() {
        assert_eq!(
            must_be("lat", LAT, &quoted("north")),
            "`lat` must be a number between -90 and 90, found \"north\""
        );
        assert_eq!(one_of(&["a", "b", "c"]), "one of \"a\", \"b\" or \"c\"");
        let long = "x".repeat(50);
        assert_eq!(
            quoted(&long),
            format!("\"{}…\" (50 characters)", "x".repeat(40))
        );
    }
}

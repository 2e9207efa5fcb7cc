//! Every user-visible word, in English and Dutch: vocabulary labels, dates, plurals and the
//! plain-language explanation of each reason and warning. The widget and the command line
//! both speak through here, so the two languages stay complete in one place.

mod card;
pub mod choose;
mod dates;
mod estimate;
pub mod fallback;
pub mod map;
mod notes;
mod query;
pub mod shortlist;
mod staff;
mod stays;
pub mod ui;
mod vocabulary;

pub use card::{deciding, deciding_facts, Deciding};
pub use dates::{days_until, format_date, format_date_range, format_day, format_days};
pub use estimate::{estimate_lines, estimate_summary};
pub use notes::{describe_reason, describe_warning};
pub use query::ignored_words;
pub use staff::{contact_label, staff_facts, staff_rules, CONTACTS};
pub use stays::{next_mobility, stay_words};
pub use vocabulary::*;

use crate::locale::Locale;

/// A text in both interface languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Text {
    pub en: &'static str,
    pub nl: &'static str,
}

impl Text {
    pub const fn new(en: &'static str, nl: &'static str) -> Text {
        Text { en, nl }
    }

    pub fn get(self, locale: Locale) -> &'static str {
        locale.pick(self.en, self.nl)
    }
}

/// `count` with the singular or plural noun: "1 place", "3 plaatsen".
/// English and Dutch both use the singular for exactly one.
pub fn plural(count: u64, locale: Locale, one: Text, other: Text) -> String {
    let noun = if count == 1 { one } else { other };
    format!("{count} {}", noun.get(locale))
}

/// Fills `{}` placeholders in order.
pub fn fill(template: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut args = args.iter();
    let mut rest = template;
    while let Some(at) = rest.find("{}") {
        out.push_str(&rest[..at]);
        out.push_str(args.next().copied().unwrap_or(""));
        rest = &rest[at + 2..];
    }
    out.push_str(rest);
    out
}

/// Joins alternatives with "or"/"of": "French B1 or English B2".
pub fn or_list(items: &[String], locale: Locale) -> String {
    join_last(items, OR.get(locale))
}

/// Joins items with "and"/"en": "Lyon, Bologna and Montréal".
pub fn and_list(items: &[String], locale: Locale) -> String {
    join_last(items, AND.get(locale))
}

const OR: Text = Text::new("or", "of");
const AND: Text = Text::new("and", "en");

fn join_last(items: &[String], word: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {word} {last}", init.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plurals_and_lists_in_both_languages() {
        let one = Text::new("place", "plaats");
        let other = Text::new("places", "plaatsen");
        assert_eq!(plural(1, Locale::En, one, other), "1 place");
        assert_eq!(plural(3, Locale::Nl, one, other), "3 plaatsen");
        assert_eq!(plural(0, Locale::En, one, other), "0 places");
        let items = ["a".to_owned(), "b".to_owned(), "c".to_owned()];
        assert_eq!(or_list(&items, Locale::Nl), "a, b of c");
        assert_eq!(and_list(&items[..1], Locale::En), "a");
        assert_eq!(fill("{} of {}", &["1", "2"]), "1 of 2");
    }
}

//! What the student is told about how their query was read.

use super::{fill, or_list, Text};
use crate::locale::Locale;

const IGNORED: Text = Text::new(
    "No match for {}: showing results for the other words.",
    "Geen resultaat voor {}: dit zijn de resultaten voor de andere woorden.",
);

/// "No match for ‘summer’: showing results for the other words." None when no word was left
/// out.
pub fn ignored_words(words: &[String], locale: Locale) -> Option<String> {
    if words.is_empty() {
        return None;
    }
    let mut quoted = Vec::new();
    for w in words {
        quoted.push(["‘", w, "’"].concat());
    }
    Some(fill(IGNORED.get(locale), &[&or_list(&quoted, locale)]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_the_words_left_out_in_both_languages() {
        let words = ["summer".to_owned()];
        assert_eq!(
            ignored_words(&words, Locale::En).as_deref(),
            Some("No match for ‘summer’: showing results for the other words.")
        );
        let two = ["zomer".to_owned(), "xyz".to_owned()];
        assert_eq!(
            ignored_words(&two, Locale::Nl).as_deref(),
            Some("Geen resultaat voor ‘zomer’ of ‘xyz’: dit zijn de resultaten voor de andere woorden.")
        );
        assert_eq!(ignored_words(&[], Locale::En), None);
    }
}

//! The two interface languages, and choosing from a localised text.

use serde::{Deserialize, Serialize};

/// An interface language: every user-visible string exists in both.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub enum Locale {
    #[default]
    En,
    Nl,
}

impl Locale {
    /// Parses a BCP 47 tag by its primary language: "nl", "nl-BE", "NL" are Dutch; "en-GB" English.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let primary = tag.split(['-', '_']).next().unwrap_or("").trim();
        if primary.eq_ignore_ascii_case("nl") {
            Some(Locale::Nl)
        } else if primary.eq_ignore_ascii_case("en") {
            Some(Locale::En)
        } else {
            None
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Nl => "nl",
        }
    }

    /// Of a text written in both languages, the one in this language.
    pub fn pick<T>(self, en: T, nl: T) -> T {
        match self {
            Locale::En => en,
            Locale::Nl => nl,
        }
    }

    /// The other interface language, tried when a text lacks this one.
    pub fn other(self) -> Locale {
        match self {
            Locale::En => Locale::Nl,
            Locale::Nl => Locale::En,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_language_tags() {
        assert_eq!(Locale::from_tag("nl-BE"), Some(Locale::Nl));
        assert_eq!(Locale::from_tag("EN"), Some(Locale::En));
        assert_eq!(Locale::from_tag("fr"), None);
        assert_eq!(Locale::from_tag(""), None);
    }
}

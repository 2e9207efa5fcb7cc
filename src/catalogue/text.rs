//! Localised text: a plain string, or one string per language.

use std::fmt;

use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::locale::Locale;

/// Either one string for every language, or strings by ISO 639-1 language code
/// (`{"en": "Photography", "nl": "Fotografie"}`), kept in the order written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LocalisedText {
    Plain(String),
    /// (language, text) pairs. A list, not a map: a handful of languages needs no tree, and
    /// the browser download is smaller without one.
    ByLanguage(Vec<(String, String)>),
}

impl LocalisedText {
    /// The text for `locale`, else for the other interface language, else any language.
    pub fn get(&self, locale: Locale) -> &str {
        match self {
            LocalisedText::Plain(s) => s,
            LocalisedText::ByLanguage(texts) => {
                let find = |code: &str| texts.iter().find(|(lang, _)| lang == code);
                find(locale.code())
                    .or_else(|| find(locale.other().code()))
                    .or(texts.first())
                    .map_or("", |(_, text)| text.as_str())
            }
        }
    }

    /// Every language's version, for searching.
    pub fn all(&self) -> impl Iterator<Item = &str> {
        let (plain, map) = match self {
            LocalisedText::Plain(s) => (Some(s.as_str()), None),
            LocalisedText::ByLanguage(map) => (None, Some(map)),
        };
        plain.into_iter().chain(
            map.into_iter()
                .flat_map(|m| m.iter().map(|(_, text)| text.as_str())),
        )
    }
}

impl From<&str> for LocalisedText {
    fn from(s: &str) -> Self {
        LocalisedText::Plain(s.to_owned())
    }
}

impl Serialize for LocalisedText {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            LocalisedText::Plain(s) => serializer.serialize_str(s),
            LocalisedText::ByLanguage(texts) => {
                use serde::ser::SerializeMap;
                let mut map = serializer.serialize_map(Some(texts.len()))?;
                for (lang, text) in texts {
                    map.serialize_entry(lang, text)?;
                }
                map.end()
            }
        }
    }
}

impl<'de> Deserialize<'de> for LocalisedText {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TextVisitor;

        impl<'de> Visitor<'de> for TextVisitor {
            type Value = LocalisedText;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(r#"a string or an object of language to string, like {"en": "...", "nl": "..."}"#)
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<LocalisedText, E> {
                Ok(LocalisedText::Plain(v.to_owned()))
            }

            fn visit_string<E: de::Error>(self, v: String) -> Result<LocalisedText, E> {
                Ok(LocalisedText::Plain(v))
            }

            fn visit_map<A: MapAccess<'de>>(
                self,
                mut access: A,
            ) -> Result<LocalisedText, A::Error> {
                let mut texts = Vec::new();
                while let Some(entry) = access.next_entry::<String, String>()? {
                    texts.push(entry);
                }
                Ok(LocalisedText::ByLanguage(texts))
            }
        }

        deserializer.deserialize_any(TextVisitor)
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl schemars::JsonSchema for LocalisedText {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "LocalisedText".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A text in every language, or one text per ISO 639-1 language code.",
            "oneOf": [
                { "type": "string", "minLength": 1, "maxLength": 2000 },
                {
                    "type": "object",
                    "minProperties": 1,
                    "maxProperties": 100,
                    "propertyNames": { "pattern": "^[a-z]{2}$" },
                    "additionalProperties": { "type": "string", "minLength": 1, "maxLength": 2000 }
                }
            ],
            "examples": [{ "en": "Photography", "nl": "Fotografie" }]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picks_the_language_then_falls_back() {
        let t: LocalisedText = serde_json::from_str(r#"{"en": "Ghent", "nl": "Gent"}"#).unwrap();
        assert_eq!(t.get(Locale::Nl), "Gent");
        assert_eq!(t.get(Locale::En), "Ghent");
        let only_fr: LocalisedText = serde_json::from_str(r#"{"fr": "Gand"}"#).unwrap();
        assert_eq!(only_fr.get(Locale::Nl), "Gand");
        let plain: LocalisedText = serde_json::from_str(r#""Lyon""#).unwrap();
        assert_eq!(plain.get(Locale::Nl), "Lyon");
        assert_eq!(t.all().collect::<Vec<_>>(), ["Ghent", "Gent"]);
    }

    #[test]
    fn rejects_other_shapes_with_a_clear_message() {
        let err = serde_json::from_str::<LocalisedText>("42")
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("a string or an object of language to string"),
            "{err}"
        );
    }
}

//! Names the browser knows (`Intl.DisplayNames`, Unicode CLDR): languages and countries in
//! English and Dutch, for the browser build, which does not download them. One
//! `DisplayNames` per kind and language, made at first use.

use js_sys::{Array, Intl::DisplayNames, Object, Reflect};
use wasm_bindgen::JsValue;

use crate::locale::Locale;

/// What a code names.
#[derive(Clone, Copy)]
pub enum Kind {
    /// An ISO 639-1 language code.
    Language,
    /// An ISO 3166-1 alpha-2 country code.
    Region,
}

thread_local! {
    /// Language in English and Dutch, then region in English and Dutch.
    static NAMES: [Option<DisplayNames>; 4] = [
        display_names("language", "en"),
        display_names("language", "nl"),
        display_names("region", "en"),
        display_names("region", "nl"),
    ];
}

fn display_names(kind: &str, locale: &str) -> Option<DisplayNames> {
    let options = Object::new();
    Reflect::set(&options, &"type".into(), &kind.into()).ok()?;
    let locales = Array::of1(&JsValue::from_str(locale));
    Some(DisplayNames::new(&locales, &options))
}

/// The browser's name for `code` in `locale`, if it has one.
pub fn of(kind: Kind, code: &str, locale: Locale) -> Option<String> {
    let at = match kind {
        Kind::Language => 0,
        Kind::Region => 2,
    } + match locale {
        Locale::En => 0,
        Locale::Nl => 1,
    };
    NAMES.with(|names| names[at].as_ref()?.of(code).map(String::from))
}

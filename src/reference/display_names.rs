//! Names the browser knows (`Intl.DisplayNames`, Unicode CLDR): languages and countries in
//! English and Dutch, for the browser build, which does not download them. One
//! `DisplayNames` per kind and language, made at first use. Each name asked is kept: a render
//! asks for the languages of every card's agreements, and a call into JavaScript costs more
//! than a lookup (issue 11: about a millisecond a keystroke on a phone).

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
    /// The names asked so far: which `NAMES`, the code, the name. A few dozen in practice (the
    /// catalogue's countries and languages), so a list is searched.
    static ASKED: std::cell::RefCell<Vec<(usize, String, String)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

fn display_names(kind: &str, locale: &str) -> Option<DisplayNames> {
    let options = Object::new();
    Reflect::set(&options, &"type".into(), &kind.into()).ok()?;
    let locales = Array::of1(&JsValue::from_str(locale));
    Some(DisplayNames::new(&locales, &options))
}

/// The browser's name for `code` in `locale`; the code itself when it has none.
pub fn of(kind: Kind, code: &str, locale: Locale) -> String {
    let at = match kind {
        Kind::Language => 0,
        Kind::Region => 2,
    } + match locale {
        Locale::En => 0,
        Locale::Nl => 1,
    };
    ASKED.with_borrow_mut(|asked| {
        if let Some((.., name)) = asked.iter().find(|(a, c, _)| *a == at && c == code) {
            return name.clone();
        }
        let name = NAMES.with(|names| names[at].as_ref()?.of(code).map(String::from));
        let name = name.unwrap_or_else(|| code.to_owned());
        asked.push((at, code.to_owned(), name.clone()));
        name
    })
}

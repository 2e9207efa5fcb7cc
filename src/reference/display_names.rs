//! Names the browser knows (`Intl.DisplayNames`, Unicode CLDR): languages and countries in
//! English and Dutch, for the browser build, which does not download them. Each table of
//! names (the countries', the languages') is asked once, in one call, when first needed.

use js_sys::{Array, Function, Intl::DisplayNames, JsString, Object, Reflect};
use wasm_bindgen::JsCast;

use crate::locale::Locale;

/// What a code names.
#[derive(Clone, Copy)]
pub enum Kind {
    /// An ISO 639-1 language code.
    Language,
    /// An ISO 3166-1 alpha-2 country code.
    Region,
}

/// The browser's names for `codes` (separated by spaces) in `locale`, one a line in their
/// order: the code itself where the browser has no name, every code if it cannot name them.
/// Leaked: for tables that last as long as the page.
pub fn all_of(kind: Kind, codes: &str, locale: Locale) -> &'static str {
    names(kind, codes, locale)
        .unwrap_or_else(|| codes.replace(' ', "\n"))
        .leak()
}

/// The names in one call into the browser, which maps the list of codes with
/// `DisplayNames.prototype.of`: the codes and the names cross between wasm and JavaScript
/// once, where a call a name took 30 to 85 ms of loading the demo catalogue on the phone
/// profile (issue 11: the countries' 498 names).
fn names(kind: Kind, codes: &str, locale: Locale) -> Option<String> {
    let options = Object::new();
    let kind = match kind {
        Kind::Language => "language",
        Kind::Region => "region",
    };
    Reflect::set(&options, &"type".into(), &kind.into()).ok()?;
    let names = DisplayNames::new(&Array::of1(&locale.code().into()), &options);
    let of: Function = Reflect::get(&names, &"of".into()).ok()?.unchecked_into();
    let list = JsString::from(codes).split(" ");
    let map: Function = Reflect::get(&list, &"map".into()).ok()?.unchecked_into();
    let named: Array = map.call1(&list, &of.bind0(&names)).ok()?.unchecked_into();
    Some(named.join("\n").into())
}

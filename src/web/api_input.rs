//! What JavaScript gives the `Matcher` API, read and checked: options objects, criteria, counts
//! and names, with messages in JavaScript's words (an array, an object, `NaN`), never Rust's or
//! serde's, and no place in JSON text the caller never wrote.

use wasm_bindgen::prelude::*;

use crate::catalogue::path_at;
use crate::locale::Locale;
use crate::search::{Criteria, CriteriaError, NameLength};

/// `options.skipBadRecords`: absent (or no options) is false. Options that are not an object,
/// and names it does not know (a misspelt `skipBadRecord` would load strictly without a
/// word), throw.
pub(super) fn skip_bad_records(options: Option<&JsValue>) -> Result<bool, js_sys::Error> {
    let Some(options) = known_options(
        options,
        "fromJson",
        "{ skipBadRecords: true }",
        &["skipBadRecords"],
    )?
    else {
        return Ok(false);
    };
    let value = js_sys::Reflect::get(&options, &"skipBadRecords".into()).unwrap_or_default();
    if value.is_undefined() || value.is_null() {
        return Ok(false);
    }
    value
        .as_bool()
        .ok_or_else(|| js_sys::Error::new("fromJson options: skipBadRecords must be true or false"))
}

/// `displayName`'s options: `lang` ("en", "nl" or a tag such as "nl-BE") and `short`.
pub(super) fn name_options(
    options: Option<&JsValue>,
) -> Result<(Locale, NameLength), js_sys::Error> {
    let Some(options) = known_options(
        options,
        "displayName",
        "{ lang: \"nl\" }",
        &["lang", "short"],
    )?
    else {
        return Ok((Locale::En, NameLength::Full));
    };
    let get = |name: &str| {
        Some(js_sys::Reflect::get(&options, &name.into()).unwrap_or_default())
            .filter(|v| !v.is_undefined() && !v.is_null())
    };
    let locale = match get("lang") {
        None => Locale::En,
        Some(lang) => lang
            .as_string()
            .as_deref()
            .and_then(Locale::from_tag)
            .ok_or_else(|| {
                js_sys::Error::new(&format!(
                    "displayName options: lang must be \"en\" or \"nl\", found {}",
                    describe_value(&lang)
                ))
            })?,
    };
    let short = match get("short") {
        None => false,
        Some(short) => short.as_bool().ok_or_else(|| {
            js_sys::Error::new("displayName options: short must be true or false")
        })?,
    };
    Ok((
        locale,
        if short {
            NameLength::Short
        } else {
            NameLength::Full
        },
    ))
}

/// An options object of `function`, checked: `None` when absent (`undefined` or `null`); a
/// `TypeError` when it is not an object; an `Error` naming a property not in `known`.
fn known_options(
    options: Option<&JsValue>,
    function: &str,
    example: &str,
    known: &[&str],
) -> Result<Option<js_sys::Object>, js_sys::Error> {
    let Some(options) = options.filter(|o| !o.is_undefined() && !o.is_null()) else {
        return Ok(None);
    };
    if !is_plain_object(options) {
        return Err(type_error(&format!(
            "{function} options must be an object such as {example}, found {}",
            describe(options)
        )));
    }
    let options: js_sys::Object = options.clone().unchecked_into();
    for key in js_sys::Object::keys(&options).iter() {
        let key = key.as_string().unwrap_or_default();
        if !known.contains(&key.as_str()) {
            let known = match known {
                [one] => format!("the one option is {one}"),
                _ => format!("the options are {}", known.join(", ")),
            };
            return Err(js_sys::Error::new(&format!(
                "{function} options: unknown option `{key}`; {known}"
            )));
        }
    }
    Ok(Some(options))
}

/// The criteria of `search` and `page`, `today` the browser's when not given.
pub(super) fn criteria_for_search(criteria: Option<&JsValue>) -> Result<Criteria, js_sys::Error> {
    let mut criteria = match criteria {
        Some(criteria) => criteria_from_js(criteria)?,
        None => Criteria::default(),
    };
    if criteria.today.is_none() {
        criteria.today = Some(crate::web::today());
    }
    Ok(criteria)
}

/// Criteria from a JS object, through JSON so that errors name the bad field. What JSON
/// would lose is read first: `limit` as the number it is (wasm32's `usize` ends at 2^32 - 1,
/// and `Infinity` or `NaN` would become `null`, "not set"), and a `NaN` distance refused.
/// Messages leave out serde_json's "at line 1 column 14": the caller wrote no JSON text.
fn criteria_from_js(value: &JsValue) -> Result<Criteria, js_sys::Error> {
    if value.is_undefined() || value.is_null() {
        return Ok(Criteria::default());
    }
    if !is_plain_object(value) {
        return Err(type_error(&format!(
            "criteria must be an object such as {{ query: \"lyon\" }}, found {}",
            describe(value)
        )));
    }
    let invalid =
        |message: String| js_sys::Error::new(&CriteriaError::Invalid(message).to_string());
    let get = |name: &str| js_sys::Reflect::get(value, &name.into()).unwrap_or_default();
    let limit = limit_of(&get("limit")).map_err(invalid)?;
    let distance = get("max_distance_km");
    if distance.as_f64().is_some_and(f64::is_nan) {
        return Err(invalid(
            "max_distance_km: must be a number of kilometres, found NaN".to_owned(),
        ));
    }
    let copy = js_sys::Object::assign(&js_sys::Object::new(), value.unchecked_ref());
    js_sys::Reflect::delete_property(&copy, &"limit".into()).unwrap_or_default();
    let text = js_sys::JSON::stringify(&copy)
        .map_err(|e| {
            let why = e
                .dyn_ref::<js_sys::Error>()
                .map_or_else(|| describe(&e), |e| String::from(e.message()));
            type_error(&format!("criteria cannot be read: {why}"))
        })?
        .as_string()
        .unwrap_or_default();
    let mut criteria: Criteria = serde_json::from_str(&text).map_err(|e| {
        let place = path_at(&text, e.line(), e.column());
        let position = format!(" at line {} column {}", e.line(), e.column());
        let message = e.to_string();
        let mut message = message
            .strip_suffix(&position)
            .unwrap_or(&message)
            .to_owned();
        for (serde, javascript) in JS_WORDS {
            message = message.replace(serde, javascript);
        }
        invalid(if place.is_empty() {
            message
        } else {
            format!("{place}: {message}")
        })
    })?;
    criteria.limit = limit;
    Ok(criteria)
}

/// serde's names for JSON's types and for the criteria's own, in JavaScript's words.
const JS_WORDS: [(&str, &str); 6] = [
    ("expected f64", "expected a number"),
    ("expected a sequence", "expected an array"),
    ("invalid type: sequence", "invalid type: an array"),
    ("invalid type: map", "invalid type: an object"),
    (
        "expected struct LanguageRequirement",
        "expected an object such as { lang: \"en\", cefr: \"B2\" }",
    ),
    ("expected struct Criteria", "expected an object"),
];

/// `limit` as JavaScript gives it: a whole number of 0 or more; `Infinity`, or more than
/// this build's `usize` holds, is every result, as natively.
fn limit_of(value: &JsValue) -> Result<Option<usize>, String> {
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    count_of(value, "limit")
        .map_err(|message| message.replace("0 or more,", "0 or more (Infinity for all),"))
}

/// A count JavaScript gives: a whole number of 0 or more, `None` for `Infinity` or more than
/// `usize` holds (wasm32: 2^32 - 1).
pub(super) fn count_of(value: &JsValue, name: &str) -> Result<Option<usize>, String> {
    let bad = |found: String| format!("{name}: must be a whole number of 0 or more, found {found}");
    let Some(n) = value.as_f64() else {
        return Err(bad(describe(value)));
    };
    if n == f64::INFINITY || n >= usize::MAX as f64 {
        return Ok(None);
    }
    if n.is_nan() || n < 0.0 || n.fract() != 0.0 {
        return Err(bad(describe_value(value)));
    }
    Ok(Some(n as usize))
}

/// A string or a number as it is written (`"fr"`, `NaN`, `-1`), anything else as `describe`.
pub(super) fn describe_value(value: &JsValue) -> String {
    if let Some(text) = value.as_string() {
        return format!("{text:?}");
    }
    match value.as_f64() {
        Some(n) => js_sys::Number::from(n)
            .to_string_with_radix(10)
            .map_or_else(|_| n.to_string(), String::from),
        None => describe(value),
    }
}

/// An object whose properties are the data (`{...}`, or a class instance), not an array,
/// a `Map`, a `Date` or bytes, which `JSON.stringify` would turn into something else.
fn is_plain_object(value: &JsValue) -> bool {
    if !value.is_object() {
        return false;
    }
    let to_string = js_sys::Reflect::get(&js_sys::Object::new(), &"toString".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    to_string
        .and_then(|f| f.call0(value).ok())
        .and_then(|tag| tag.as_string())
        .is_some_and(|tag| tag == "[object Object]")
}

/// What a value is, for messages: "a string", "an array", "a Map", "an object", "undefined".
pub(super) fn describe(value: &JsValue) -> String {
    if value.is_undefined() {
        return "undefined".to_owned();
    }
    if value.is_null() {
        return "null".to_owned();
    }
    let noun = if js_sys::Array::is_array(value) {
        "array".to_owned()
    } else if value.is_object() {
        js_sys::Reflect::get(value, &"constructor".into())
            .ok()
            .and_then(|c| js_sys::Reflect::get(&c, &"name".into()).ok())
            .and_then(|name| name.as_string())
            .filter(|name| !name.is_empty() && name != "Object")
            .unwrap_or_else(|| "object".to_owned())
    } else {
        value.js_typeof().as_string().unwrap_or_default()
    };
    // "a Uint8Array", "a URL": a capital U is said "you".
    let article = match noun.chars().next() {
        Some('a' | 'e' | 'i' | 'o' | 'u' | 'A' | 'E' | 'I' | 'O') => "an",
        _ => "a",
    };
    format!("{article} {noun}")
}

/// A `TypeError`, for a value of the wrong kind, as an `Error` (its subclass).
pub(super) fn type_error(message: &str) -> js_sys::Error {
    js_sys::TypeError::new(message).unchecked_into()
}

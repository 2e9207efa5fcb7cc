//! `Matcher` for JavaScript: `Matcher.fromJson(text, options)`, `matcher.setPlaces(text)` and
//! `matcher.search(criteria)`.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use super::json::to_js;
use crate::catalogue::{load_bytes, path_at, BadRecords, Problem};
use crate::places::Gazetteer;
use crate::search::{Criteria, CriteriaError, Matcher};

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = r#"
/** Search criteria; every field is optional. See the README. */
export interface Criteria {
  query?: string;
  programme?: string;
  kinds?: ("institution" | "bip")[];
  mobility?: ("study" | "traineeship" | "staff-teaching" | "staff-training")[];
  level?: "bachelor" | "master" | "postgraduate" | "doctorate";
  term?: "autumn" | "spring" | "full-year";
  countries?: string[];
  region?: "europe" | "outside-europe";
  languages?: { lang: string; cefr: "A1" | "A2" | "B1" | "B2" | "C1" | "C2" }[];
  max_distance_km?: number;
  limit?: number;
  /** YYYY-MM-DD; defaults to today in the browser's time zone. */
  today?: string;
  /** The order of the results; default "best-fit". Related results follow in every order. */
  sort?: "best-fit" | "distance" | "deadline" | "name";
  /** The language names are read in (for sort "name", and ties); default "en". */
  lang?: "en" | "nl";
}
export interface Note { code: string; detail: string }
export interface SearchResult {
  kind: "institution" | "bip";
  id: string;
  score: number;
  reasons: Note[];
  warnings: Note[];
  distance_km?: number;
  distance_band?: "0-9" | "10-99" | "100-499" | "500-1999" | "2000-2999" | "3000-3999" | "4000-7999" | "8000+";
  /** Indices of the institution's agreements that fit. */
  agreements?: number[];
  /** Open to a related programme only (the same ISCED-F detailed field, other programmes
   * named): such results follow every result that fits. Absent otherwise. */
  related?: true;
}
export interface Problem { severity: "error" | "warning"; place: string; message: string; line?: number; column?: number }
/** Options of Matcher.fromJson. */
export interface LoadOptions {
  /** Leave out the records (programmes, institutions, BIPs) that have errors instead of
   * refusing the whole catalogue; `matcher.skipped` names them. Default false: strict, as
   * `partner-matcher check`. */
  skipBadRecords?: boolean;
}
/** A record left out for its errors (with `skipBadRecords`). */
export interface SkippedRecord {
  /** Where the record is: "institutions[3]". */
  place: string;
  /** Its id, when it has a readable one. */
  id?: string;
  /** Its errors, each at its own place ("institutions[3].country"). */
  problems: Problem[];
}
"#;

/// A loaded, validated and indexed catalogue.
#[wasm_bindgen(js_name = Matcher)]
pub struct JsMatcher {
    inner: Matcher,
}

#[wasm_bindgen(js_class = Matcher)]
impl JsMatcher {
    /// Parses and validates catalogue JSON. Throws an `Error` whose message names the first
    /// problem's place (`institutions[3].country: ...`) and how many more there are. With
    /// `{ skipBadRecords: true }`, records with errors are left out instead (see `skipped`);
    /// problems of the whole file still throw.
    #[wasm_bindgen(js_name = fromJson)]
    pub fn from_json(
        #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "LoadOptions")] options: Option<JsValue>,
    ) -> Result<JsMatcher, js_sys::Error> {
        // A parsed catalogue or a file's bytes instead of its text: said as such, not as
        // a syntax error of "[object Object]" or a TypeError of the glue's.
        let Some(text) = text.as_string() else {
            return Err(type_error(&format!(
                "Matcher.fromJson takes the catalogue's JSON text (a string), found {}: pass \
                 the text as read (`await response.text()`, `readFileSync(path, 'utf8')`), \
                 not the parsed object or the bytes",
                describe(&text)
            )));
        };
        let bad_records = match skip_bad_records(options.as_ref())? {
            true => BadRecords::LeaveOut,
            false => BadRecords::Refuse,
        };
        load_bytes(text.as_bytes(), bad_records)
            .map(|checked| JsMatcher {
                inner: Matcher::from_checked(checked),
            })
            .map_err(|rejected| js_sys::Error::new(&rejected.to_string()))
    }

    /// Ranked results, best first, as plain objects. Throws an `Error` for bad criteria.
    #[wasm_bindgen(unchecked_return_type = "SearchResult[]")]
    pub fn search(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "Criteria")] criteria: Option<JsValue>,
    ) -> Result<JsValue, js_sys::Error> {
        let mut criteria = match criteria {
            Some(criteria) => criteria_from_js(&criteria)?,
            None => Criteria::default(),
        };
        if criteria.today.is_none() {
            criteria.today = Some(super::today());
        }
        let hits = self
            .inner
            .search(&criteria)
            .map_err(|e| js_sys::Error::new(&e.to_string()))?;
        to_js(&hits)
    }

    /// Attaches place names and words (the text of `places.txt`, shipped in this package) so
    /// that searches find cities and countries by every name (Keulen, Köln and Cologne; Suomi),
    /// regions, language words and the lexicon's synonyms.
    /// Throws an `Error` naming the bad line of a text that is not such a table.
    #[wasm_bindgen(js_name = setPlaces)]
    pub fn set_places(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    ) -> Result<(), js_sys::Error> {
        let Some(text) = text.as_string() else {
            return Err(type_error(&format!(
                "setPlaces takes the text of places.txt (a string), found {}",
                describe(&text)
            )));
        };
        let places = Gazetteer::parse(&text).map_err(|e| js_sys::Error::new(&e))?;
        self.inner.set_places(places);
        Ok(())
    }

    /// Warnings raised while loading (unknown fields, ...).
    #[wasm_bindgen(getter, unchecked_return_type = "Problem[]")]
    pub fn warnings(&self) -> Result<JsValue, js_sys::Error> {
        to_js(self.inner.warnings())
    }

    /// The records left out for their errors (only with `skipBadRecords`; else empty).
    #[wasm_bindgen(getter, unchecked_return_type = "SkippedRecord[]")]
    pub fn skipped(&self) -> Result<JsValue, js_sys::Error> {
        let records: Vec<SkippedRecord> = self
            .inner
            .skipped()
            .iter()
            .map(|s| SkippedRecord {
                place: &s.place,
                id: s.id.as_deref(),
                problems: &s.problems,
            })
            .collect();
        to_js(&records)
    }
}

/// `SkippedRecord` of the TypeScript types.
#[derive(Serialize)]
struct SkippedRecord<'a> {
    place: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a str>,
    problems: &'a [Problem],
}

/// `options.skipBadRecords`: absent (or no options) is false. Options that are not an object,
/// and names it does not know (a misspelt `skipBadRecord` would load strictly without a
/// word), throw.
fn skip_bad_records(options: Option<&JsValue>) -> Result<bool, js_sys::Error> {
    let Some(options) = options.filter(|o| !o.is_undefined() && !o.is_null()) else {
        return Ok(false);
    };
    if !is_plain_object(options) {
        return Err(type_error(&format!(
            "fromJson options must be an object such as {{ skipBadRecords: true }}, found {}",
            describe(options)
        )));
    }
    for key in js_sys::Object::keys(options.unchecked_ref::<js_sys::Object>()).iter() {
        let key = key.as_string().unwrap_or_default();
        if key != "skipBadRecords" {
            return Err(js_sys::Error::new(&format!(
                "fromJson options: unknown option `{key}`; the one option is skipBadRecords"
            )));
        }
    }
    let value = js_sys::Reflect::get(options, &"skipBadRecords".into()).unwrap_or_default();
    if value.is_undefined() || value.is_null() {
        return Ok(false);
    }
    value
        .as_bool()
        .ok_or_else(|| js_sys::Error::new("fromJson options: skipBadRecords must be true or false"))
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
        let message = message
            .strip_suffix(&position)
            .unwrap_or(&message)
            .replace("expected f64", "expected a number");
        invalid(if place.is_empty() {
            message
        } else {
            format!("{place}: {message}")
        })
    })?;
    criteria.limit = limit;
    Ok(criteria)
}

/// `limit` as JavaScript gives it: a whole number of 0 or more; `Infinity`, or more than
/// this build's `usize` holds, is every result, as natively.
fn limit_of(value: &JsValue) -> Result<Option<usize>, String> {
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    let bad = |found: String| {
        format!("limit: must be a whole number of 0 or more (Infinity for all), found {found}")
    };
    let Some(n) = value.as_f64() else {
        return Err(bad(describe(value)));
    };
    if n == f64::INFINITY || n >= usize::MAX as f64 {
        return Ok(None);
    }
    if n.is_nan() || n < 0.0 || n.fract() != 0.0 {
        return Err(bad(js_sys::Number::from(n)
            .to_string_with_radix(10)
            .map_or_else(|_| n.to_string(), String::from)));
    }
    Ok(Some(n as usize))
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
fn describe(value: &JsValue) -> String {
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
fn type_error(message: &str) -> js_sys::Error {
    js_sys::TypeError::new(message).unchecked_into()
}

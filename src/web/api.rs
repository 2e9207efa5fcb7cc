//! `Matcher` for JavaScript: `Matcher.fromJson(text, options)`, `matcher.setPlaces(text)` and
//! `matcher.search(criteria)`.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use super::json::{json_of, to_js};
use crate::catalogue::{load_bytes, BadRecords, Problem};
use crate::places::Gazetteer;
use crate::search::{Criteria, Matcher};

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
        text: &str,
        #[wasm_bindgen(unchecked_optional_param_type = "LoadOptions")] options: Option<
            js_sys::Object,
        >,
    ) -> Result<JsMatcher, js_sys::Error> {
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
        #[wasm_bindgen(unchecked_param_type = "Criteria | undefined")] criteria: JsValue,
    ) -> Result<JsValue, js_sys::Error> {
        let mut criteria = criteria_from_js(&criteria)?;
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
    pub fn set_places(&mut self, text: &str) -> Result<(), js_sys::Error> {
        let places = Gazetteer::parse(text).map_err(|e| js_sys::Error::new(&e))?;
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

/// `options.skipBadRecords`: absent (or no options) is false.
fn skip_bad_records(options: Option<&js_sys::Object>) -> Result<bool, js_sys::Error> {
    let Some(options) = options.filter(|o| !o.is_undefined() && !o.is_null()) else {
        return Ok(false);
    };
    let value = js_sys::Reflect::get(options, &"skipBadRecords".into()).unwrap_or_default();
    if value.is_undefined() || value.is_null() {
        return Ok(false);
    }
    value
        .as_bool()
        .ok_or_else(|| js_sys::Error::new("fromJson options: skipBadRecords must be true or false"))
}

/// Criteria from a JS object, through JSON so that errors name the bad field.
fn criteria_from_js(value: &JsValue) -> Result<Criteria, js_sys::Error> {
    let text = json_of(value, "criteria")?;
    Criteria::from_json(&text).map_err(|e| js_sys::Error::new(&e.to_string()))
}

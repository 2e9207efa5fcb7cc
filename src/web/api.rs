//! `Matcher` for JavaScript: `Matcher.fromJson(text, options)`, `matcher.setPlaces(text)`,
//! `matcher.search(criteria)`, `matcher.page(criteria, offset)` and
//! `matcher.displayName(kind, id, options)`.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use super::api_input::{
    count_of, criteria_for_search, describe, describe_value, name_options, skip_bad_records,
    type_error,
};
use super::json::to_js;
use crate::catalogue::{load_bytes, BadRecords, Problem};
use crate::places::Gazetteer;
use crate::search::{Hit, Kind, Loosening, Matcher};

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = r#"
/** Search criteria; every field is optional. See the README. */
export interface Criteria {
  /** Free text over names, cities, countries (English and Dutch), programmes, tags and BIP
   * titles; typos allowed. Only its first 12 words and 200 characters are read. */
  query?: string;
  /** The student's home programme: its id, or a name or alias in English or Dutch ("fotografie");
   * typos allowed. A programme the catalogue does not have throws, with the nearest names. */
  programme?: string;
  /** Partner institutions, BIPs, or both (absent). */
  kinds?: ("institution" | "bip")[];
  /** Agreements of these kinds of exchange only. */
  mobility?: ("study" | "traineeship" | "staff-teaching" | "staff-training")[];
  /** Agreements open to this level only. */
  level?: "bachelor" | "master" | "postgraduate" | "doctorate";
  /** Agreements for this term; a closed term is a warning, not a filter. */
  term?: "autumn" | "spring" | "full-year";
  /** ISO codes or names in English or Dutch ("FR", "Frankrijk"); an unknown one throws. */
  countries?: string[];
  /** Europe (geographic Europe, Cyprus and Turkey) or the rest of the world. */
  region?: "europe" | "outside-europe";
  /** The languages the student speaks (ISO 639-1, lower case), with their CEFR level: an
   * agreement that asks for more ranks lower with a `language` warning, never hidden. */
  languages?: { lang: string; cefr: "A1" | "A2" | "B1" | "B2" | "C1" | "C2" }[];
  /** At most this far from home, great-circle, in km. NaN throws; Infinity is no bound. */
  max_distance_km?: number;
  /** At most this many results (absent or Infinity: all); a whole number of 0 or more. */
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
/** What Matcher.fromJson throws for a catalogue it refuses: the message names the first
 * error; `problems` has every one (errors first, then warnings), as `partner-matcher check`. */
export interface CatalogueError extends Error {
  problems: Problem[];
}
/** Options of Matcher.fromJson. */
export interface LoadOptions {
  /** Leave out the records (programmes, institutions, BIPs) that have errors instead of
   * refusing the whole catalogue; `matcher.skipped` names them. Default false: strict, as
   * `partner-matcher check`. */
  skipBadRecords?: boolean;
}
/** What Matcher.page gives: one page of results and what a list shows around it. */
export interface SearchPage {
  /** How many results fit the programme (every result, when no programme is asked). */
  total: number;
  /** How many more are open to a related programme only; they follow the `total` that fit. */
  related: number;
  /** Query words (as typed) that matched nothing and were left out: the results are those
   * of the other words. Say so to the student ("No match for 'xyz'"). */
  ignored_words: string[];
  /** When no result fits: the filters that, dropped, give some, most results first. */
  loosenings: { filter: "query" | "programme" | "kinds" | "mobility" | "level" | "term" | "countries" | "region" | "max_distance_km"; results: number }[];
  /** The results from the offset asked, at most `limit` of them, best first. */
  results: SearchResult[];
}
/** Options of matcher.displayName. */
export interface NameOptions {
  /** The language of names given in both; default "en". */
  lang?: "en" | "nl";
  /** An institution's short name, where the catalogue gives one; default false. */
  short?: boolean;
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
    /// problem's place (`institutions[3].country: ...`) and how many more there are, and
    /// whose `problems` (`Problem[]`, errors first, then warnings) lists them all. With
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
            .map_err(|rejected| {
                // Every problem, not only the first the message has room for.
                let error = js_sys::Error::new(&rejected.to_string());
                if let Ok(problems) = to_js(&rejected.problems) {
                    js_sys::Reflect::set(&error, &"problems".into(), &problems).unwrap_or_default();
                }
                error
            })
    }

    /// Ranked results, best first, as plain objects. Throws an `Error` for bad criteria.
    #[wasm_bindgen(unchecked_return_type = "SearchResult[]")]
    pub fn search(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "Criteria")] criteria: Option<JsValue>,
    ) -> Result<JsValue, js_sys::Error> {
        let criteria = criteria_for_search(criteria.as_ref())?;
        let hits = self
            .inner
            .search(&criteria)
            .map_err(|e| js_sys::Error::new(&e.to_string()))?;
        to_js(&hits)
    }

    /// One page of the results, with what a list shows around it: how many fit and how many
    /// are related, the query words left out, and, when none fits, the filters to drop. The
    /// results from `offset` (default 0), at most `criteria.limit` of them (absent: the rest),
    /// the same as `search` gives at those positions.
    #[wasm_bindgen(unchecked_return_type = "SearchPage")]
    pub fn page(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "Criteria")] criteria: Option<JsValue>,
        #[wasm_bindgen(unchecked_optional_param_type = "number")] offset: Option<JsValue>,
    ) -> Result<JsValue, js_sys::Error> {
        let criteria = criteria_for_search(criteria.as_ref())?;
        let offset = match offset.as_ref().map(|n| count_of(n, "offset")).transpose() {
            Ok(count) => count.map_or(0, |n| n.unwrap_or(usize::MAX)),
            Err(message) => return Err(js_sys::Error::new(&format!("page: {message}"))),
        };
        let end = offset.saturating_add(criteria.limit.unwrap_or(usize::MAX));
        let page = self
            .inner
            .page(&criteria, offset..end, |_| true)
            .map_err(|e| js_sys::Error::new(&e.to_string()))?;
        to_js(&SearchPage {
            total: page.total,
            related: page.related,
            ignored_words: &page.ignored_words,
            loosenings: &page.loosenings,
            results: &page.hits,
        })
    }

    /// The name of an institution (its short name with `{ short: true }`, where it has one)
    /// or the title of a BIP, in `lang` ("en" by default, or "nl"), as the widget shows it;
    /// the institution "home" is the home school (a BIP's `host`). `undefined` for an id the
    /// catalogue does not have (or left out).
    #[wasm_bindgen(js_name = displayName)]
    pub fn display_name(
        &self,
        #[wasm_bindgen(unchecked_param_type = "\"institution\" | \"bip\"")] kind: JsValue,
        #[wasm_bindgen(unchecked_param_type = "string")] id: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "NameOptions")] options: Option<JsValue>,
    ) -> Result<Option<String>, js_sys::Error> {
        let Some(kind) = kind.as_string().as_deref().and_then(Kind::parse) else {
            return Err(type_error(&format!(
                "displayName: kind must be \"institution\" or \"bip\", found {}",
                describe_value(&kind)
            )));
        };
        let Some(id) = id.as_string() else {
            return Err(type_error(&format!(
                "displayName: id must be a string, found {}",
                describe(&id)
            )));
        };
        let (locale, length) = name_options(options.as_ref())?;
        Ok(self
            .inner
            .display_name(kind, &id, length, locale)
            .map(str::to_owned))
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

/// `SearchPage` of the TypeScript types: `partner-matcher search --json-page`, with `loosenings`.
#[derive(Serialize)]
struct SearchPage<'p> {
    total: usize,
    related: usize,
    ignored_words: &'p [String],
    loosenings: &'p [Loosening],
    results: &'p [Hit],
}

/// `SkippedRecord` of the TypeScript types.
#[derive(Serialize)]
struct SkippedRecord<'a> {
    place: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a str>,
    problems: &'a [Problem],
}

//! `Matcher` for JavaScript: `Matcher.fromJson(text)` and `matcher.search(criteria)`.

use wasm_bindgen::prelude::*;

use super::json::{json_of, to_js};
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
}
export interface Problem { severity: "error" | "warning"; place: string; message: string; line?: number; column?: number }
"#;

/// A loaded, validated and indexed catalogue.
#[wasm_bindgen(js_name = Matcher)]
pub struct JsMatcher {
    inner: Matcher,
}

#[wasm_bindgen(js_class = Matcher)]
impl JsMatcher {
    /// Parses and validates catalogue JSON. Throws an `Error` whose message names the first
    /// problem's place (`institutions[3].country: ...`) and how many more there are.
    #[wasm_bindgen(js_name = fromJson)]
    pub fn from_json(text: &str) -> Result<JsMatcher, js_sys::Error> {
        Matcher::from_json(text)
            .map(|inner| JsMatcher { inner })
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

    /// Warnings raised while loading (unknown fields, ...).
    #[wasm_bindgen(getter, unchecked_return_type = "Problem[]")]
    pub fn warnings(&self) -> Result<JsValue, js_sys::Error> {
        to_js(self.inner.warnings())
    }
}

/// Criteria from a JS object, through JSON so that errors name the bad field.
fn criteria_from_js(value: &JsValue) -> Result<Criteria, js_sys::Error> {
    let text = json_of(value, "criteria")?;
    Criteria::from_json(&text).map_err(|e| js_sys::Error::new(&e.to_string()))
}

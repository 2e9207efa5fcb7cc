//! The `Matcher` API's boundary between JS values and Rust types, through JSON text:
//! serde_json reads criteria and writes results, as natively.

use serde::Serialize;
use wasm_bindgen::JsValue;

/// Plain JS objects and arrays.
pub(crate) fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, js_sys::Error> {
    let text = serde_json::to_string(value).map_err(|e| js_sys::Error::new(&e.to_string()))?;
    js_sys::JSON::parse(&text)
        .map_err(|_| js_sys::Error::new("could not hand the result to JavaScript"))
}

/// The JSON text of a JS value (for reading options and criteria with serde_json).
pub(crate) fn json_of(value: &JsValue, what: &str) -> Result<String, js_sys::Error> {
    if value.is_undefined() || value.is_null() {
        return Ok("{}".to_owned());
    }
    js_sys::JSON::stringify(value)
        .ok()
        .and_then(|text| text.as_string())
        .ok_or_else(|| js_sys::Error::new(&format!("{what} must be a plain object")))
}

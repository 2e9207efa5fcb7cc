//! The `Matcher` API's boundary between JS values and Rust types, through JSON text:
//! serde_json reads criteria (`api_input::criteria_from_js`) and writes results, as natively.

use serde::Serialize;
use wasm_bindgen::JsValue;

/// Plain JS objects and arrays.
pub(crate) fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, js_sys::Error> {
    let text = serde_json::to_string(value).map_err(|e| js_sys::Error::new(&e.to_string()))?;
    js_sys::JSON::parse(&text)
        .map_err(|_| js_sys::Error::new("could not hand the result to JavaScript"))
}

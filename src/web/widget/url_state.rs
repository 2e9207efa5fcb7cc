//! The criteria in the page's URL query (the codec is `crate::url_state`): reading our
//! parameters and writing them, as a new history entry or in place of the current one. The
//! page's own parameters are left alone.

use wasm_bindgen::JsValue;

use crate::url_state::{Params, NAMES};

fn page_url() -> Option<web_sys::Url> {
    let href = gloo::utils::window().location().href().ok()?;
    web_sys::Url::new(&href).ok()
}

fn key(prefix: &str, name: &str) -> String {
    let mut key = prefix.to_owned();
    key.push_str(name);
    key
}

/// Our parameters as they are in the page URL now.
pub fn current(prefix: &str) -> Params {
    let Some(url) = page_url() else {
        return Vec::new();
    };
    let query = url.search_params();
    let mut params = Params::new();
    for name in NAMES {
        if let Some(value) = query.get(&key(prefix, name)) {
            params.push((name, value));
        }
    }
    params
}

/// The page's address with `params` as our parameters (the page's own kept).
fn with_params(prefix: &str, params: &[(&'static str, String)]) -> Option<web_sys::Url> {
    let url = page_url()?;
    let query = url.search_params();
    for name in NAMES {
        query.delete(&key(prefix, name));
    }
    for (name, value) in params {
        query.append(&key(prefix, name), value);
    }
    Some(url)
}

/// A link to this page showing `params` (the shortlist's mail and calendar give it).
pub fn link(prefix: &str, params: &[(&'static str, String)]) -> String {
    with_params(prefix, params)
        .map(|u| u.href())
        .unwrap_or_default()
}

/// Puts `params` in the page URL: a new history entry (`push`) or in place of the current.
pub fn write(prefix: &str, params: &[(&'static str, String)], push: bool) {
    if let Some(url) = with_params(prefix, params) {
        put(&url, push);
    }
}

/// Makes `url` the page's address: a new history entry (`push`) or in place of the current.
fn put(url: &web_sys::Url, push: bool) {
    if let Ok(history) = gloo::utils::window().history() {
        let href = url.href();
        let _ = if push {
            history.push_state_with_url(&JsValue::NULL, "", Some(&href))
        } else {
            history.replace_state_with_url(&JsValue::NULL, "", Some(&href))
        };
    }
}

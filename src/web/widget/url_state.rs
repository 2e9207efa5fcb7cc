//! The criteria in the page's URL query, so that a search can be shared and Back and Forward
//! work. Parameters are `pm-q`, `pm-level`, ... (or `pm-{instance}-q` ...); the page's own
//! parameters are left alone. Only what differs from the page's defaults is written; an empty
//! value means "none" where the default is something.

use wasm_bindgen::JsValue;

use crate::catalogue::{Cefr, LanguageCode, LanguageRequirement, Level, Mobility, Term};
use crate::search::{Criteria, Kind, Region};

/// Parameter names without their prefix, in the order they are written.
pub const NAMES: [&str; 10] = [
    "q",
    "programme",
    "show",
    "mobility",
    "level",
    "term",
    "region",
    "countries",
    "languages",
    "km",
];

/// Our parameters: (name without prefix, value).
pub type Params = Vec<(&'static str, String)>;

/// `pm-` or `pm-{instance}-`.
pub fn prefix(instance: Option<&str>) -> String {
    match instance {
        Some(id) => {
            let mut p = String::from("pm-");
            p.push_str(id);
            p.push('-');
            p
        }
        None => String::from("pm-"),
    }
}

fn join<T>(items: &Option<Vec<T>>, text: impl Fn(&T) -> &str) -> String {
    items
        .iter()
        .flatten()
        .map(text)
        .collect::<Vec<_>>()
        .join(",")
}

/// The parameters for `c`, given the page's `defaults`.
pub fn encode(c: &Criteria, d: &Criteria) -> Params {
    let languages = |c: &Criteria| {
        c.languages
            .iter()
            .flatten()
            .map(|l| {
                let mut s = l.lang.as_str().to_owned();
                s.push(':');
                s.push_str(l.cefr.as_str());
                s
            })
            .collect::<Vec<_>>()
            .join(",")
    };
    let fields: [(bool, String); 10] = [
        (c.query != d.query, c.query.clone().unwrap_or_default()),
        (
            c.programme != d.programme,
            c.programme.clone().unwrap_or_default(),
        ),
        (c.kinds != d.kinds, join(&c.kinds, |k| k.as_str())),
        (c.mobility != d.mobility, join(&c.mobility, |m| m.as_str())),
        (
            c.level != d.level,
            c.level.map_or("", Level::as_str).to_owned(),
        ),
        (c.term != d.term, c.term.map_or("", Term::as_str).to_owned()),
        (
            c.region != d.region,
            c.region.map_or("", Region::as_str).to_owned(),
        ),
        (c.countries != d.countries, join(&c.countries, |s| s)),
        (c.languages != d.languages, languages(c)),
        (
            c.max_distance_km != d.max_distance_km,
            c.max_distance_km
                .map_or(String::new(), |km| (km.round() as u64).to_string()),
        ),
    ];
    NAMES
        .iter()
        .zip(fields)
        .filter(|(_, (differs, _))| *differs)
        .map(|(name, (_, value))| (*name, value))
        .collect()
}

/// A list value: `None` when empty; unknown items are dropped.
fn list<T>(value: &str, parse: impl Fn(&str) -> Option<T>) -> Option<Vec<T>> {
    let items: Vec<T> = value.split(',').filter_map(|s| parse(s.trim())).collect();
    (!items.is_empty()).then_some(items)
}

fn text(value: &str) -> Option<String> {
    let v = value.trim();
    (!v.is_empty()).then(|| v.to_owned())
}

/// Criteria from parameters: absent ones keep the page's `defaults`.
pub fn decode(params: &[(&'static str, String)], d: &Criteria) -> Criteria {
    let mut c = d.clone();
    for (name, v) in params {
        match *name {
            "q" => c.query = text(v),
            "programme" => c.programme = text(v),
            "show" => c.kinds = list(v, Kind::parse),
            "mobility" => c.mobility = list(v, Mobility::parse),
            "level" => c.level = Level::parse(v),
            "term" => c.term = Term::parse(v),
            "region" => c.region = Region::parse(v),
            "countries" => c.countries = list(v, text),
            "languages" => {
                c.languages = list(v, |s| {
                    let (lang, cefr) = s.split_once(':')?;
                    Some(LanguageRequirement {
                        lang: LanguageCode::from(lang),
                        cefr: Cefr::parse(cefr)?,
                    })
                })
            }
            "km" => c.max_distance_km = v.trim().parse::<u32>().ok().map(f64::from),
            _ => {}
        }
    }
    c
}

fn page_url() -> Option<web_sys::Url> {
    let href = gloo::utils::window().location().href().ok()?;
    web_sys::Url::new(&href).ok()
}

/// Our parameters as they are in the page URL now.
pub fn current(prefix: &str) -> Params {
    let Some(url) = page_url() else {
        return Vec::new();
    };
    let query = url.search_params();
    NAMES
        .iter()
        .filter_map(|name| {
            let mut key = prefix.to_owned();
            key.push_str(name);
            query.get(&key).map(|v| (*name, v))
        })
        .collect()
}

/// Puts `params` in the page URL: a new history entry (`push`) or in place of the current.
pub fn write(prefix: &str, params: &[(&'static str, String)], push: bool) {
    let Some(url) = page_url() else {
        return;
    };
    let query = url.search_params();
    let key = |name: &str| {
        let mut key = prefix.to_owned();
        key.push_str(name);
        key
    };
    for name in NAMES {
        query.delete(&key(name));
    }
    for (name, value) in params {
        query.append(&key(name), value);
    }
    if let Ok(history) = gloo::utils::window().history() {
        let href = url.href();
        let _ = if push {
            history.push_state_with_url(&JsValue::NULL, "", Some(&href))
        } else {
            history.replace_state_with_url(&JsValue::NULL, "", Some(&href))
        };
    }
}

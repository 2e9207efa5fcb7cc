//! The search criteria as URL parameters, so that a search can be shared and Back and Forward
//! work: `pm-q`, `pm-level`, ... (or `pm-{instance}-q` ...). Only what differs from the page's
//! defaults is written; an empty value means "none" where the default is something.
//!
//! Decoding reads any text a link can carry and never fails: what makes no sense is left out,
//! and every value is bounded (the query by [`capped_query`], lists by [`MAX_LIST_ITEMS`]).
//! The widget reads and writes the page URL (`web::widget::url_state`); this is the codec.
//!
//! The shortlist travels too, as ids in their ranked order: `pm-list` (exchanges) and
//! `pm-bips`, so a link shows the same choices in another browser.

use crate::catalogue::{Cefr, LanguageCode, LanguageRequirement, Level, Mobility, Term};
use crate::search::{capped_query, Criteria, Kind, Region, Sort};
use crate::shortlist::{Key, Shortlist, STORED_MAX};

/// Parameter names without their prefix, in the order they are written. The last, `view`, is
/// not a criterion: `view=map` keeps the widget's map open (`decode` leaves it out; the widget
/// writes it with the criteria, so one URL writer serves both). The shortlist's follow
/// ([`SHORTLIST_NAMES`]).
pub const NAMES: [&str; 14] = [
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
    "sort",
    VIEW,
    "list",
    "bips",
];

/// The shortlist's parameters: exchanges, then BIPs.
pub const SHORTLIST_NAMES: [&str; 2] = ["list", "bips"];

/// Which kind of result each of [`SHORTLIST_NAMES`] lists.
const SHORTLIST_KINDS: [Kind; 2] = [Kind::Institution, Kind::Bip];

/// The parameter that keeps the map open (`view=map`).
pub const VIEW: &str = "view";

/// Whether the parameters ask for the map (`view=map`).
pub fn map_open(params: &[(&'static str, String)]) -> bool {
    params.iter().any(|(n, v)| *n == VIEW && v == "map")
}

/// The most items a list parameter (countries, languages, ...) gives; more are not read.
/// (There are fewer countries and languages than this.)
pub const MAX_LIST_ITEMS: usize = 300;

/// Longer programme and country texts are not read (names and aliases are far shorter).
const MAX_NAME_CHARS: usize = 200;

/// Our parameters: (name without prefix, value).
pub type Params = Vec<(&'static str, String)>;

/// `pm-` or `pm-{instance}-`.
pub fn prefix(instance: Option<&str>) -> String {
    let mut p = String::from("pm-");
    if let Some(id) = instance {
        p.push_str(id);
        p.push('-');
    }
    p
}

/// The parameters among a URL's `(name, value)` pairs, by their name without `prefix`; the
/// first of repeated names counts, as `URLSearchParams.get` has it.
pub fn from_pairs<'a>(prefix: &str, pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Params {
    let mut params = Params::new();
    for (key, value) in pairs {
        let Some(name) = key.strip_prefix(prefix) else {
            continue;
        };
        if let Some(&name) = NAMES.iter().find(|n| **n == name) {
            if !params.iter().any(|(n, _)| *n == name) {
                params.push((name, value.to_owned()));
            }
        }
    }
    params
}

fn join<T>(items: &Option<Vec<T>>, text: impl Fn(&T) -> &str) -> String {
    let mut out = String::new();
    for item in items.iter().flatten() {
        if !out.is_empty() {
            out.push(',');
        }
        out.push_str(text(item));
    }
    out
}

/// The parameters for `c`, given the page's defaults `d`: those that differ, in [`NAMES`]
/// order.
pub fn encode(c: &Criteria, d: &Criteria) -> Params {
    let mut params = Params::new();
    let mut put = |name: &'static str, differs: bool, value: &str| {
        if differs {
            params.push((name, value.to_owned()));
        }
    };
    put("q", c.query != d.query, c.query.as_deref().unwrap_or(""));
    put(
        "programme",
        c.programme != d.programme,
        c.programme.as_deref().unwrap_or(""),
    );
    put("show", c.kinds != d.kinds, &join(&c.kinds, |k| k.as_str()));
    put(
        "mobility",
        c.mobility != d.mobility,
        &join(&c.mobility, |m| m.as_str()),
    );
    put(
        "level",
        c.level != d.level,
        c.level.map_or("", Level::as_str),
    );
    put("term", c.term != d.term, c.term.map_or("", Term::as_str));
    put(
        "region",
        c.region != d.region,
        c.region.map_or("", Region::as_str),
    );
    put(
        "countries",
        c.countries != d.countries,
        &join(&c.countries, |s| s),
    );
    let mut languages = String::new();
    for l in c.languages.iter().flatten() {
        if !languages.is_empty() {
            languages.push(',');
        }
        languages.push_str(l.lang.as_str());
        languages.push(':');
        languages.push_str(l.cefr.as_str());
    }
    put("languages", c.languages != d.languages, &languages);
    let km = c
        .max_distance_km
        .map_or(String::new(), |km| (km.round() as u64).to_string());
    put("km", c.max_distance_km != d.max_distance_km, &km);
    put("sort", c.sort != d.sort, c.sort.map_or("", Sort::as_str));
    params
}

/// The shortlist's parameters: the shown entries' ids in order (none when empty).
pub fn encode_shortlist(list: &Shortlist) -> Params {
    let mut params = Params::new();
    for (name, kind) in SHORTLIST_NAMES.into_iter().zip(SHORTLIST_KINDS) {
        let ids = list.ids(kind).join(",");
        if !ids.is_empty() {
            params.push((name, ids));
        }
    }
    params
}

/// The shortlist a link carries, in its order: ids as catalogues write them, at most
/// [`STORED_MAX`] of each kind; anything else is left out.
pub fn decode_shortlist(params: &[(&'static str, String)]) -> Vec<Key> {
    let mut keys = Vec::new();
    for (name, kind) in SHORTLIST_NAMES.into_iter().zip(SHORTLIST_KINDS) {
        let Some((_, value)) = params.iter().find(|(n, _)| *n == name) else {
            continue;
        };
        for id in items(value).into_iter().take(STORED_MAX) {
            if crate::catalogue::Id::is_valid_text(id) {
                keys.push(Key::new(kind, id));
            }
        }
    }
    keys
}

/// The items of a list value, trimmed, without repeats; at most [`MAX_LIST_ITEMS`] are read.
fn items(value: &str) -> Vec<&str> {
    let mut items: Vec<&str> = Vec::new();
    for item in value.split(',').take(MAX_LIST_ITEMS) {
        let item = item.trim();
        if !items.contains(&item) {
            items.push(item);
        }
    }
    items
}

/// A list value: `None` when empty; unknown items are dropped.
fn list<T>(value: &str, parse: fn(&str) -> Option<T>) -> Option<Vec<T>> {
    let mut parsed = Vec::new();
    for item in items(value) {
        if let Some(item) = parse(item) {
            parsed.push(item);
        }
    }
    (!parsed.is_empty()).then_some(parsed)
}

fn text(value: &str) -> Option<String> {
    let v = value.trim();
    (!v.is_empty()).then(|| v.to_owned())
}

/// A programme or a country: a text of at most [`MAX_NAME_CHARS`] characters.
fn short_text(value: &str) -> Option<String> {
    text(value).filter(|v| v.chars().count() <= MAX_NAME_CHARS)
}

/// A language the student speaks: `fr:B1`.
fn language(item: &str) -> Option<LanguageRequirement> {
    let (lang, cefr) = item.split_once(':')?;
    Some(LanguageRequirement {
        lang: LanguageCode::from(lang.trim()),
        cefr: Cefr::parse(cefr.trim())?,
    })
}

/// Criteria from parameters: absent ones keep the page's defaults `d`.
pub fn decode(params: &[(&'static str, String)], d: &Criteria) -> Criteria {
    let mut c = d.clone();
    for (name, v) in params {
        match *name {
            "q" => c.query = text(capped_query(v.trim())),
            "programme" => c.programme = short_text(v),
            "show" => c.kinds = list(v, Kind::parse),
            "mobility" => c.mobility = list(v, Mobility::parse),
            "level" => c.level = Level::parse(v.trim()),
            "term" => c.term = Term::parse(v.trim()),
            "region" => c.region = Region::parse(v.trim()),
            "countries" => c.countries = list(v, short_text),
            "languages" => {
                // One level per language: the first given.
                let mut one_each: Vec<LanguageRequirement> = Vec::new();
                for l in list(v, language).into_iter().flatten() {
                    if !one_each.iter().any(|x| x.lang == l.lang) {
                        one_each.push(l);
                    }
                }
                c.languages = (!one_each.is_empty()).then_some(one_each);
            }
            "km" => c.max_distance_km = v.trim().parse::<u32>().ok().map(f64::from),
            "sort" => c.sort = Sort::parse(v.trim()),
            _ => {}
        }
    }
    c
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::{MAX_QUERY_CHARS, MAX_QUERY_WORDS};

    fn defaults() -> Criteria {
        Criteria {
            programme: Some("photography".into()),
            mobility: Some(vec![Mobility::Study, Mobility::Traineeship]),
            ..Criteria::default()
        }
    }

    fn one(name: &'static str, value: &str) -> Params {
        vec![(name, value.to_owned())]
    }

    #[test]
    fn the_shortlist_travels_in_its_order_and_within_bounds() {
        let list = Shortlist::from_tokens(["institution:b", "bip:x", "institution:a"]);
        let list = list.against(crate::shortlist::Limits::default(), |_| Some(true));
        let params = encode_shortlist(&list);
        assert_eq!(
            params,
            vec![("list", "b,a".to_owned()), ("bips", "x".to_owned())]
        );
        let keys = decode_shortlist(&params);
        let tokens: Vec<String> = keys.iter().map(Key::token).collect();
        assert_eq!(tokens, ["institution:b", "institution:a", "bip:x"]);
        assert!(encode_shortlist(&Shortlist::default()).is_empty());
        // Bad ids are left out; a huge list gives at most STORED_MAX.
        let odd = one("list", "ok,Not OK,,a/b,ok,x");
        let ids: Vec<String> = decode_shortlist(&odd).into_iter().map(|k| k.id).collect();
        assert_eq!(ids, ["ok", "x"]);
        let many: Vec<String> = (0..10_000).map(|i| format!("i{i}")).collect();
        assert_eq!(
            decode_shortlist(&one("list", &many.join(","))).len(),
            STORED_MAX
        );
        // The criteria ignore the shortlist's parameters.
        assert_eq!(decode(&params, &defaults()), defaults());
    }

    #[test]
    fn parameters_round_trip() {
        let d = defaults();
        let mut c = d.clone();
        c.query = Some("Łódź film".into());
        c.mobility = None;
        c.level = Some(Level::Bachelor);
        c.countries = Some(vec!["FR".into(), "IT".into()]);
        c.languages = Some(vec![LanguageRequirement {
            lang: "fr".into(),
            cefr: Cefr::B1,
        }]);
        c.max_distance_km = Some(2000.0);
        c.sort = Some(Sort::Deadline);
        let params = encode(&c, &d);
        let names: Vec<&str> = params.iter().map(|(n, _)| *n).collect();
        assert_eq!(
            names,
            [
                "q",
                "mobility",
                "level",
                "countries",
                "languages",
                "km",
                "sort"
            ]
        );
        assert_eq!(params[6].1, "deadline");
        assert_eq!(params[1].1, "", "no mobility, where the default has some");
        assert_eq!(decode(&params, &d), c);
        assert!(encode(&d, &d).is_empty());
    }

    #[test]
    fn a_huge_query_is_cut_to_the_limits() {
        let words = "lyon ".repeat(70_000);
        let c = decode(&one("q", &words), &defaults());
        let q = c.query.expect("a query");
        assert_eq!(q.split_whitespace().count(), MAX_QUERY_WORDS);
        let long = "é".repeat(100_000);
        let q = decode(&one("q", &long), &defaults())
            .query
            .expect("a query");
        assert_eq!(q.chars().count(), MAX_QUERY_CHARS);
        assert_eq!(decode(&one("q", "   "), &defaults()).query, None);
    }

    #[test]
    fn lists_are_bounded_and_without_repeats() {
        let many = "FR,".repeat(1_000_000);
        let c = decode(&one("countries", &many), &defaults());
        assert_eq!(c.countries, Some(vec!["FR".to_owned()]));
        let distinct: Vec<String> = (0..5000).map(|i| format!("c{i}")).collect();
        let c = decode(&one("countries", &distinct.join(",")), &defaults());
        assert_eq!(c.countries.map(|l| l.len()), Some(MAX_LIST_ITEMS));
        let c = decode(&one("languages", "fr:B1,fr:C2,en:B2,xx,de:Z9"), &defaults());
        let langs: Vec<String> = c
            .languages
            .expect("languages")
            .iter()
            .map(|l| format!("{}:{}", l.lang.as_str(), l.cefr.as_str()))
            .collect();
        assert_eq!(langs, ["fr:B1", "en:B2"]);
    }

    #[test]
    fn nonsense_is_left_out_and_empty_means_none() {
        let d = defaults();
        let params: Params = vec![
            ("show", "partners,bip".into()),
            ("mobility", "".into()),
            ("level", "wizard".into()),
            ("sort", "random".into()),
            ("km", "-5".into()),
            ("programme", "x".repeat(1000)),
        ];
        let c = decode(&params, &d);
        assert_eq!(c.kinds, Some(vec![Kind::Bip]));
        assert_eq!(c.mobility, None);
        assert_eq!(c.level, None);
        assert_eq!(c.sort, None, "an unknown order is the best fit");
        assert_eq!(c.max_distance_km, None);
        assert_eq!(c.programme, None);
        // Absent parameters keep the defaults.
        assert_eq!(decode(&[], &d), d);
    }

    #[test]
    fn only_our_parameters_count_and_the_first_of_each() {
        let pairs = [
            ("page", "2"),
            ("pm-q", "lyon"),
            ("pm-q", "bologna"),
            ("pm-photo-q", "other widget"),
            ("pm-zz", "unknown"),
            ("pm-km", "500"),
        ];
        let params = from_pairs("pm-", pairs);
        assert_eq!(
            params,
            vec![("q", "lyon".to_owned()), ("km", "500".to_owned())]
        );
        assert_eq!(
            from_pairs(&prefix(Some("photo")), pairs),
            vec![("q", "other widget".to_owned())]
        );
    }
}

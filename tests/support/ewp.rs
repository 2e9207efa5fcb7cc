// The EWP fixtures and helpers shared by tests/ewp.rs and tests/ewp_refused.rs.
#![allow(dead_code)]

use crate::command::*;
use serde_json::{json, Value};

pub const V7: &str = "tests/fixtures/ewp/iias-get-response-v7.xml";
pub const V6: &str = "tests/fixtures/ewp/iias-get-response-v6.xml";
pub const UW: &str = "tests/fixtures/ewp/institutions-uw.xml";
pub const HIBO: &str = "tests/fixtures/ewp/institutions-hibo.xml";
pub const UIO: &str = "tests/fixtures/ewp/institutions-response.xml";
pub const FACTSHEET: &str = "tests/fixtures/ewp/factsheet-response.xml";

/// The demo catalogue with these institutions added.
pub fn base_with(name: &str, institutions: &[Value]) -> std::path::PathBuf {
    let mut catalogue = read_json(std::path::Path::new(DEMO));
    if let Some(list) = catalogue["institutions"].as_array_mut() {
        list.extend_from_slice(institutions);
    }
    scratch(
        name,
        serde_json::to_string_pretty(&catalogue).expect("JSON"),
    )
}

/// Bodø University College as the office might already have it.
pub fn bodo(extra: Value) -> Value {
    let mut institution = json!({
        "id": "hibo", "name": "Høgskolen i Bodø", "city": "Bodø", "country": "NO",
        "location": {"lat": 67.28, "lon": 14.40}
    });
    if let (Some(i), Some(e)) = (institution.as_object_mut(), extra.as_object()) {
        i.extend(e.clone());
    }
    institution
}

/// Imports, checks the result, and returns it and stderr.
pub fn import_ok(name: &str, args: &[&str]) -> (Value, String) {
    let out = scratch_path(name);
    let mut all = vec!["import"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["-o", path_str(&out)]);
    let o = run(&all);
    assert_ok(&o);
    assert_checks(&out);
    (read_json(&out), stderr(&o))
}

pub fn institution<'c>(catalogue: &'c Value, id: &str) -> &'c Value {
    catalogue["institutions"]
        .as_array()
        .and_then(|all| all.iter().find(|i| i["id"] == id))
        .unwrap_or_else(|| panic!("{id} is in the catalogue"))
}

/// What the example's University of Warsaw sends to Bodø, as the XML says.
pub fn outgoing_from_warsaw() -> Value {
    json!([
        {"mobility": "study", "isced": "0314", "levels": ["master", "doctorate"], "places": 2,
         "months": 3, "languages": [{"lang": "en", "cefr": "B1"}, {"lang": "no", "cefr": "B1"}],
         "funding": "erasmus", "valid": {"from": "2014/2015", "until": "2020/2021"}},
        {"mobility": "traineeship", "isced": "0314", "places": 10, "months": 1,
         "languages": [{"lang": "no", "cefr": "B1"}], "funding": "erasmus",
         "valid": {"from": "2014/2015", "until": "2020/2021"}},
        {"mobility": "staff-teaching", "isced": "0314", "places": 2,
         "languages": [{"lang": "en", "cefr": "C1"}], "funding": "erasmus",
         "valid": {"from": "2016/2017", "until": "2017/2018"}}
    ])
}

/// Where messages name the v7 example's study agreement: its ISCED code's element and line.
pub const V7_STUDY: &str = "/iias-get-response/iia/cooperation-conditions/\
                            student-studies-mobility-spec/subject-area/isced-f-code (line 69)";

/// `import FILES… --home-hei uw.edu.pl --into INTO`, what the University of Warsaw sends, with
/// nothing written.
pub fn import_from_warsaw(files: &[&str], into: &std::path::Path) -> std::process::Output {
    let mut args = vec!["import"];
    args.extend_from_slice(files);
    args.extend_from_slice(&["--home-hei", "uw.edu.pl", "--into", path_str(into)]);
    run(&args)
}

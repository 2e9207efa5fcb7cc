//! `partner-matcher import` of EWP responses that break a rule: variants of the spec's own
//! examples, each refused by its file, element path and line (nothing written), or imported
//! without what cannot be imported, with a warning.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/command.rs"]
mod command;
#[path = "support/ewp.rs"]
mod ewp;

use command::*;
use ewp::*;
use serde_json::json;

/// The v7 example with `from` replaced by `to`, imported with home uw.edu.pl into a
/// catalogue that has Bodø: refused with these words, nothing written.
fn refused_variant(name: &str, from: &str, to: &str, words: &str) {
    let xml = std::fs::read_to_string(V7).expect("v7");
    assert!(xml.contains(from), "{name}: the example has {from:?}");
    let file = scratch(name, xml.replacen(from, to, 1));
    let base = base_with(
        &format!("{name}.base.json"),
        &[bodo(json!({"schac": "hibo.no"}))],
    );
    let out = scratch_path(&format!("{name}.out.json"));
    let o = run(&[
        "import",
        path_str(&file),
        "--home-hei",
        "uw.edu.pl",
        "--into",
        path_str(&base),
        "-o",
        path_str(&out),
    ]);
    assert_refused(&o, words);
    assert!(
        stderr(&o).contains(&format!("{name}: /iias-get-response")),
        "{}",
        stderr(&o)
    );
    assert!(!out.exists(), "{name}: nothing written");
}

#[test]
fn a_new_partner_the_gazetteer_cannot_place_is_one_error_listing_what_is_missing() {
    let out = scratch_path("never-bodo.json");
    let o = run(&[
        "import",
        V7,
        "--home-hei",
        "uw.edu.pl",
        "--institutions",
        HIBO,
        "--into",
        DEMO,
        "-o",
        path_str(&out),
    ]);
    assert_refused(
        &o,
        "iias-get-response-v7.xml: /iias-get-response/iia/cooperation-conditions/\
         student-studies-mobility-spec/receiving-hei-id (line 54): hibo.no is not in the \
         catalogue (no institution has that schac or Erasmus code), and the --institutions file \
         describes it, but the import still needs its coordinates (the gazetteer does not know \
         Bodø in NO); add the institution to the catalogue with \"schac\": \"hibo.no\"",
    );
    // It is described already: the message does not ask for that again.
    assert!(!stderr(&o).contains("or describe it in an --institutions file"));
    assert_eq!(
        stderr(&o)
            .matches("hibo.no is not in the catalogue")
            .count(),
        1
    );
    assert!(!out.exists());
    let o = run(&["import", V7, "--home-hei", "uw.edu.pl", "--into", DEMO]);
    assert_refused(&o, "no --institutions file describes it, so the import needs its name, city, country, Erasmus code, website");
}

#[test]
fn broken_variants_are_refused_by_element_path_and_line() {
    refused_variant(
        "in-effect.xml",
        "<in-effect>true</in-effect>",
        "<in-effect>yes</in-effect>",
        "/iias-get-response/iia/in-effect (line 45): must be true or false",
    );
    refused_variant(
        "no-in-effect.xml",
        "<in-effect>true</in-effect>",
        "",
        "/iias-get-response/iia (line 15): has no <in-effect>; every IIA needs it",
    );
    refused_variant("places.xml", "<mobilities-per-year>2</mobilities-per-year>", "<mobilities-per-year>two</mobilities-per-year>",
        "/iias-get-response/iia/cooperation-conditions/student-studies-mobility-spec/mobilities-per-year (line 59): must be a whole number of at least 1");
    refused_variant("months.xml", "<total-months-per-year>5</total-months-per-year>", "<total-months-per-year>-5</total-months-per-year>",
        "student-studies-mobility-spec/total-months-per-year (line 71): must be a number of months more than 0");
    refused_variant(
        "eqf.xml",
        "<eqf-level>7</eqf-level>",
        "<eqf-level>9</eqf-level>",
        "student-studies-mobility-spec/eqf-level[1] (line 73): must be an EQF level, 1 to 8",
    );
    refused_variant(
        "cefr.xml",
        "<cefr-level>B1</cefr-level>",
        "<cefr-level>B3</cefr-level>",
        "recommended-language-skill[1]/cefr-level (line 62): \"B3\" is not a CEFR level (A1 to C2)",
    );
    refused_variant(
        "language.xml",
        "<language>en</language>",
        "",
        "recommended-language-skill[1] (line 60): has no <language>",
    );
    refused_variant("receiving.xml", "<receiving-hei-id>hibo.no</receiving-hei-id>", "",
        "/iias-get-response/iia/cooperation-conditions/student-studies-mobility-spec (line 49): has no <receiving-hei-id>");
    // A value that reads but does not validate: the catalogue's rule, at the element.
    refused_variant("isced.xml", "<isced-f-code>0314</isced-f-code>", "<isced-f-code>031</isced-f-code>",
        "/iias-get-response/iia/cooperation-conditions/student-studies-mobility-spec/subject-area/isced-f-code (line 69): `isced` must be an ISCED-F 2013 field code");
    refused_variant("language-code.xml", "<language>no</language>", "<language>xx</language>",
        "student-studies-mobility-spec/subject-area/isced-f-code (line 69): `lang` must be an ISO 639-1 language code");
    refused_variant("namespace.xml", "stable-v7/endpoints/get-response.xsd\"", "stable-v5/endpoints/get-response.xsd\"",
        "/iias-get-response (line 1): the namespace \"https://github.com/erasmus-without-paper/ewp-specs-api-iias/blob/stable-v5/endpoints/get-response.xsd\" is not that of the IIAs API stable-v7 or stable-v6 get-response");
}

#[test]
fn what_cannot_be_imported_is_said_and_the_rest_imported() {
    let base = base_with("base-warn.json", &[bodo(json!({"schac": "hibo.no"}))]);
    let xml = std::fs::read_to_string(V7).expect("v7");
    // Not in effect: left out, and counted.
    let off = scratch(
        "off.xml",
        xml.replace(
            "<in-effect>true</in-effect>",
            "<in-effect>false</in-effect>",
        ),
    );
    let (catalogue, err) = import_ok(
        "off.json",
        &[
            path_str(&off),
            "--home-hei",
            "uw.edu.pl",
            "--into",
            path_str(&base),
        ],
    );
    assert!(
        err.contains("warning: ")
            && err.contains("off.xml: 1 IIA not in effect (<in-effect>false</in-effect>) left out"),
        "{err}"
    );
    assert!(institution(&catalogue, "hibo")
        .get("agreements")
        .is_none_or(|a| a == &json!([])));
    // Places not yet defined: absent (and so are months, which are per place).
    let undefined = scratch(
        "undefined.xml",
        xml.replacen(
            "<mobilities-per-year>2</mobilities-per-year>",
            "<mobilities-per-year not-yet-defined=\"true\"/>",
            1,
        ),
    );
    let (catalogue, _) = import_ok(
        "undefined.json",
        &[
            path_str(&undefined),
            "--home-hei",
            "uw.edu.pl",
            "--into",
            path_str(&base),
        ],
    );
    let study = &institution(&catalogue, "hibo")["agreements"][0];
    assert!(
        study.get("places").is_none() && study.get("months").is_none(),
        "{study}"
    );
    // No subject area: left out with a warning naming the spec.
    let no_area = scratch("no-area.xml", xml.replacen("<subject-area>\n                    <isced-f-code>0314</isced-f-code>\n                </subject-area>", "", 1));
    let (catalogue, err) = import_ok(
        "no-area.json",
        &[
            path_str(&no_area),
            "--home-hei",
            "uw.edu.pl",
            "--into",
            path_str(&base),
        ],
    );
    assert!(err.contains("student-studies-mobility-spec (line 49): has no <subject-area> with an <isced-f-code>, so it is left out"), "{err}");
    assert_eq!(
        institution(&catalogue, "hibo")["agreements"]
            .as_array()
            .map(Vec::len),
        Some(2)
    );
}

#[test]
fn an_iias_file_needs_the_right_home_hei() {
    let o = run(&["import", V7, "--into", DEMO]);
    assert_refused(
        &o,
        "iias-get-response-v7.xml: an IIAs response needs --home-hei",
    );
    let o = run(&["import", V7, "--home-hei", "kask.hogent.be", "--into", DEMO]);
    assert_refused(&o, "no IIA has a partner with <hei-id>kask.hogent.be</hei-id>; is --home-hei the home school's SCHAC code?");
}

#[test]
fn a_bad_factsheet_date_is_named_by_element_and_line() {
    let xml = std::fs::read_to_string(FACTSHEET)
        .expect("factsheet")
        .replace("--04-10", "--13-40");
    let file = scratch("bad-factsheet.xml", xml);
    let o = run(&["import", path_str(&file), "--into", DEMO]);
    assert_refused(&o, "bad-factsheet.xml: /factsheet-response/factsheet/calendar/student-nominations/autumn-term (line 15): \"--13-40\" is not a yearly date written --MM-DD");
}

#[test]
fn check_validates_schac_and_contacts() {
    let good = base_with(
        "schac-good.json",
        &[bodo(
            json!({"schac": "hibo.no", "contacts": [{"name": "IRO", "role": "incoming", "email": "iro@hibo.no"}],
                      "agreements": [{"mobility": "study", "isced": "0213"}]}),
        )],
    );
    assert_checks(&good);
    let bad = base_with(
        "schac-bad.json",
        &[bodo(
            json!({"schac": "Hibo NO", "contacts": [{"name": "", "email": "iro at hibo"}],
                      "agreements": [{"mobility": "study", "isced": "0213"}]}),
        )],
    );
    // Bodø comes after the demo catalogue's own institutions.
    let demo = read_json(std::path::Path::new(DEMO));
    let at = format!(
        "institutions[{}]",
        demo["institutions"].as_array().map_or(0, Vec::len)
    );
    let o = run(&["check", path_str(&bad)]);
    assert_refused(&o, &format!("{at}.schac: `schac` must be a SCHAC code: the institution's internet domain in lower case, such as \"uw.edu.pl\", found \"Hibo NO\""));
    let err = stderr(&o);
    assert!(
        err.contains(&format!("{at}.contacts[0].name: `name` is empty")),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "{at}.contacts[0].email: `email` must be an e-mail address"
        )),
        "{err}"
    );
}

#[test]
fn an_ewp_agreement_that_could_update_two_of_the_catalogue_equally_is_refused_with_them_named() {
    // The office split EWP's study agreement in two by programme.
    let base = base_with(
        "base-split.json",
        &[bodo(json!({"schac": "hibo.no", "agreements": [
        {"mobility": "study", "isced": "0314", "programmes": ["photography"], "places": 1},
        {"mobility": "study", "isced": "0314", "programmes": ["film"], "places": 1}]}))],
    );
    let hibo = read_json(&base)["institutions"]
        .as_array()
        .map_or(0, |all| all.len() - 1);
    let o = import_from_warsaw(&[V7], &base);
    assert_refused(
        &o,
        &format!(
            "{V7}: {V7_STUDY}: hibo's agreement study 0314, master, doctorate \
             could update 2 agreements of the catalogue equally: \
             institutions[{hibo}].agreements[0] (programmes photography; all levels; 1 place) and \
             institutions[{hibo}].agreements[1] (programmes film; all levels; 1 place); EWP \
             gives one agreement where the catalogue has these: make them one in the catalogue"
        ),
    );
}

#[test]
fn the_same_ewp_file_given_twice_is_named_once() {
    let base = base_with(
        "base-fs-twice.json",
        &[bodo(json!({"schac": "example-hei.edu"}))],
    );
    let o = run(&[
        "import",
        FACTSHEET,
        "--factsheet",
        "./tests/fixtures/ewp/factsheet-response.xml",
        "--into",
        path_str(&base),
    ]);
    assert_refused(
        &o,
        &format!(
            "./tests/fixtures/ewp/factsheet-response.xml and {FACTSHEET} are the same file, \
             given twice: leave it out once"
        ),
    );
}

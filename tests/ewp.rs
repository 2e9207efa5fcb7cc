//! `partner-matcher import` of Erasmus Without Paper responses: the spec repositories' own
//! example documents (tests/fixtures/ewp, MIT), and variants that break each rule.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/command.rs"]
mod command;

use command::*;
use serde_json::{json, Value};

const V7: &str = "tests/fixtures/ewp/iias-get-response-v7.xml";
const V6: &str = "tests/fixtures/ewp/iias-get-response-v6.xml";
const UW: &str = "tests/fixtures/ewp/institutions-uw.xml";
const HIBO: &str = "tests/fixtures/ewp/institutions-hibo.xml";
const UIO: &str = "tests/fixtures/ewp/institutions-response.xml";
const FACTSHEET: &str = "tests/fixtures/ewp/factsheet-response.xml";

/// The demo catalogue with these institutions added.
fn base_with(name: &str, institutions: &[Value]) -> std::path::PathBuf {
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
fn bodo(extra: Value) -> Value {
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
fn import_ok(name: &str, args: &[&str]) -> (Value, String) {
    let out = scratch_path(name);
    let mut all = vec!["import"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["-o", path_str(&out)]);
    let o = run(&all);
    assert_ok(&o);
    assert_checks(&out);
    (read_json(&out), stderr(&o))
}

fn institution<'c>(catalogue: &'c Value, id: &str) -> &'c Value {
    catalogue["institutions"]
        .as_array()
        .and_then(|all| all.iter().find(|i| i["id"] == id))
        .unwrap_or_else(|| panic!("{id} is in the catalogue"))
}

#[test]
fn the_spec_example_with_an_institutions_file_makes_a_new_partner_that_passes_check() {
    // Bodø University College sends staff to the University of Warsaw.
    let (catalogue, err) = import_ok(
        "v7-hibo.json",
        &[
            V7,
            "--home-hei",
            "hibo.no",
            "--institutions",
            UW,
            "--into",
            DEMO,
        ],
    );
    assert!(err.contains("institutions: 1 added (uw-edu-pl)"), "{err}");
    assert!(err.contains("agreements: 2 added, 0 changed"), "{err}");
    let uw = institution(&catalogue, "uw-edu-pl");
    assert_eq!(uw["name"], "University of Warsaw", "the English name");
    assert_eq!(uw["schac"], "uw.edu.pl");
    assert_eq!(uw["erasmus_code"], "PL WARSZAW01");
    assert_eq!(
        (&uw["city"], &uw["country"]),
        (&json!("Warszawa"), &json!("PL"))
    );
    let lat = uw["location"]["lat"].as_f64().unwrap_or_default();
    assert!(
        (lat - 52.23).abs() < 0.1,
        "Warsaw from the gazetteer: {lat}"
    );
    assert_eq!(uw["website"], "https://en.uw.edu.pl/");
    assert_eq!(uw["contacts"][0]["email"], "iro@example.com");
    assert_eq!(
        uw["agreements"],
        json!([
            {"mobility": "staff-teaching", "isced": "0314", "places": 2,
             "languages": [{"lang": "en", "cefr": "C1"}], "funding": "erasmus",
             "valid": {"from": "2016/2017", "until": "2017/2018"}},
            {"mobility": "staff-training", "isced": "0314", "places": 2,
             "languages": [{"lang": "en", "cefr": "B2"}], "funding": "erasmus",
             "valid": {"from": "2016/2017", "until": "2017/2018"}}
        ])
    );
}

/// What the example's University of Warsaw sends to Bodø, as the XML says.
fn outgoing_from_warsaw() -> Value {
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

#[test]
fn v7_and_v6_agreements_merge_into_the_partner_with_the_same_schac() {
    let base = base_with("base-hibo.json", &[bodo(json!({"schac": "hibo.no"}))]);
    for (file, name) in [(V7, "v7.json"), (V6, "v6.json")] {
        let (catalogue, err) = import_ok(
            name,
            &[file, "--home-hei", "uw.edu.pl", "--into", path_str(&base)],
        );
        assert!(
            err.contains("institutions: 0 added, 1 changed (hibo), 0 unchanged"),
            "{err}"
        );
        assert!(err.contains("agreements: 3 added"), "{err}");
        let hibo = institution(&catalogue, "hibo");
        assert_eq!(
            hibo["name"], "Høgskolen i Bodø",
            "the office's own name stays"
        );
        assert_eq!(hibo["agreements"], outgoing_from_warsaw(), "{file}");
    }
    // Importing the same file again changes nothing.
    let once = scratch_path("once.json");
    let args = [
        "import",
        V7,
        "--home-hei",
        "uw.edu.pl",
        "--into",
        path_str(&base),
    ];
    assert_ok(&run(&[&args[..], &["-o", path_str(&once)]].concat()));
    let (_, err) = import_ok(
        "twice.json",
        &[V7, "--home-hei", "uw.edu.pl", "--into", path_str(&once)],
    );
    assert!(
        err.contains("institutions: 0 added, 0 changed, 1 unchanged"),
        "{err}"
    );
    assert!(
        err.contains("agreements: 0 added, 0 changed, 3 unchanged, 0 removed"),
        "{err}"
    );
}

#[test]
fn a_partner_is_found_by_its_erasmus_code_and_gains_its_schac() {
    let base = base_with(
        "base-erasmus.json",
        &[bodo(json!({"erasmus_code": "N  BODO01"}))],
    );
    let (catalogue, _) = import_ok(
        "by-erasmus.json",
        &[
            V7,
            "--home-hei",
            "uw.edu.pl",
            "--institutions",
            HIBO,
            "--into",
            path_str(&base),
        ],
    );
    let hibo = institution(&catalogue, "hibo");
    assert_eq!(hibo["schac"], "hibo.no");
    assert_eq!(hibo["agreements"], outgoing_from_warsaw());
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
         Bodø in NO)",
    );
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
fn the_spec_institutions_example_describes_a_new_partner() {
    // The IIA example with the University of Oslo (the Institutions example) as partner.
    let xml = std::fs::read_to_string(V7)
        .expect("v7")
        .replace("hibo.no", "uio.no");
    let iias = scratch("iias-uio.xml", xml);
    let (catalogue, _) = import_ok(
        "uio.json",
        &[
            path_str(&iias),
            "--home-hei",
            "uw.edu.pl",
            "--institutions",
            UIO,
            "--into",
            DEMO,
        ],
    );
    let uio = institution(&catalogue, "uio-no");
    assert_eq!(uio["name"], "University of Oslo");
    assert_eq!(
        (&uio["city"], &uio["country"]),
        (&json!("Oslo"), &json!("NO"))
    );
    assert_eq!(uio["erasmus_code"], "N Oslo01");
    assert_eq!(uio["website"], "http://www.uio.no/english/");
    assert_eq!(
        uio["contacts"][0],
        json!({"name": "IRO Office", "email": "iro@uio.no"})
    );
    assert_eq!(uio["agreements"], outgoing_from_warsaw());
}

#[test]
fn a_factsheet_fills_the_partners_deadlines_and_requirements() {
    let base = base_with(
        "base-factsheet.json",
        &[bodo(json!({"schac": "example-hei.edu", "agreements": [
        {"mobility": "study", "isced": "0213"}]}))],
    );
    let (catalogue, err) = import_ok(
        "factsheet.json",
        &["--factsheet", FACTSHEET, "--into", path_str(&base)],
    );
    assert!(err.contains("1 changed (hibo)"), "{err}");
    let hibo = institution(&catalogue, "hibo");
    assert_eq!(
        hibo["deadlines"],
        json!({"autumn": "--04-10", "spring": "--12-10"})
    );
    assert_eq!(
        hibo["requirements"],
        json!([
            "motivation-letter",
            "transcript",
            "language-certificate",
            "Reference letter",
            "portfolio",
            "cv",
            "Other document",
            "Privacy statement"
        ])
    );
    // Recognised by content as a positional file too.
    let (again, _) = import_ok("factsheet2.json", &[FACTSHEET, "--into", path_str(&base)]);
    assert_eq!(again, catalogue);
}

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
    let o = run(&["check", path_str(&bad)]);
    assert_refused(&o, "institutions[147].schac: `schac` must be a SCHAC code: the institution's internet domain in lower case, such as \"uw.edu.pl\", found \"Hibo NO\"");
    let err = stderr(&o);
    assert!(
        err.contains("institutions[147].contacts[0].name: `name` is empty"),
        "{err}"
    );
    assert!(
        err.contains("institutions[147].contacts[0].email: `email` must be an e-mail address"),
        "{err}"
    );
}

#[test]
fn a_spreadsheet_row_with_a_schac_code_and_an_iias_file_import_together() {
    let csv = "institution_id,institution_name,city,country,lat,lon,mobility,isced,schac\n\
               hibo,Høgskolen i Bodø,Bodø,NO,67.28,14.40,study,0213,HIBO.NO\n";
    let sheet = scratch("with-schac.csv", csv);
    let (catalogue, err) = import_ok(
        "csv-and-iias.json",
        &[
            path_str(&sheet),
            V7,
            "--home-hei",
            "uw.edu.pl",
            "--into",
            DEMO,
        ],
    );
    assert!(err.contains("institutions: 1 added (hibo)"), "{err}");
    assert!(err.contains("agreements: 4 added"), "{err}");
    let hibo = institution(&catalogue, "hibo");
    assert_eq!(hibo["schac"], "hibo.no");
    let agreements = hibo["agreements"].as_array().expect("agreements");
    assert_eq!(agreements[0]["isced"], "0213", "the spreadsheet's row");
    assert_eq!(json!(agreements[1..]), outgoing_from_warsaw());
}

#[test]
fn a_yearly_import_keeps_the_programmes_and_terms_the_office_gave_an_ewp_agreement() {
    let base = base_with("base-curated.json", &[bodo(json!({"schac": "hibo.no", "agreements": [
        {"mobility": "study", "isced": "0314", "programmes": ["photography"], "terms": ["spring"],
         "places": 1, "notes": "Portfolio in English"}]}))]);
    let (catalogue, err) =
        import_ok("curated.json", &[V7, "--home-hei", "uw.edu.pl", "--into", path_str(&base)]);
    assert!(err.contains("agreements: 2 added, 1 changed, 0 unchanged"), "{err}");
    let study = &institution(&catalogue, "hibo")["agreements"][0];
    assert_eq!(study["programmes"], json!(["photography"]));
    assert_eq!(study["terms"], json!(["spring"]));
    assert_eq!(study["notes"], "Portfolio in English");
    assert_eq!(study["places"], 2, "what EWP says");
    assert_eq!(study["levels"], json!(["master", "doctorate"]));
}

//! `partner-matcher import` of Erasmus Without Paper responses: the spec repositories' own
//! example documents (tests/fixtures/ewp, MIT) mapped as the issue says, merged into the
//! catalogue by SCHAC or Erasmus code; the refused variants are in tests/ewp_refused.rs.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/command.rs"]
mod command;
#[path = "support/ewp.rs"]
mod ewp;

use command::*;
use ewp::*;
use serde_json::json;

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

#[test]
fn v7_and_v6_agreements_merge_into_the_partner_with_the_same_schac() {
    let base = base_with("base-hibo.json", &[bodo(json!({"schac": "hibo.no"}))]);
    for (file, name) in [(V7, "v7.json"), (V6, "v6.json")] {
        let (catalogue, err) = import_ok(
            name,
            &[file, "--home-hei", "uw.edu.pl", "--into", path_str(&base)],
        );
        assert!(
            err.contains(
                "institutions: 0 added, 1 changed (hibo: 3 agreements added), 0 unchanged"
            ),
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
    assert!(
        err.contains("1 changed (hibo: deadlines, requirements)"),
        "{err}"
    );
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
    assert!(!err.contains("was not used"), "{err}");
    // Recognised by content as a positional file too.
    let (again, _) = import_ok("factsheet2.json", &[FACTSHEET, "--into", path_str(&base)]);
    assert_eq!(again, catalogue);
}

#[test]
fn a_factsheet_no_institution_has_the_schac_code_of_is_named_unused() {
    let base = base_with(
        "base-no-schac.json",
        &[bodo(
            json!({"agreements": [{"mobility": "study", "isced": "0213"}]}),
        )],
    );
    let (catalogue, err) = import_ok(
        "factsheet-unused.json",
        &["--factsheet", FACTSHEET, "--into", path_str(&base)],
    );
    assert!(
        err.contains("the factsheet of example-hei.edu was not used: no institution of the catalogue has that SCHAC code; give its institution `\"schac\": \"example-hei.edu\"`"),
        "{err}"
    );
    assert_eq!(institution(&catalogue, "hibo")["deadlines"], json!(null));
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
fn a_yearly_import_keeps_the_programmes_terms_notes_and_contacts_the_office_gave_an_ewp_agreement()
{
    let base = base_with(
        "base-curated.json",
        &[bodo(json!({"schac": "hibo.no", "agreements": [
        {"mobility": "study", "isced": "0314", "programmes": ["photography"], "terms": ["spring"],
         "places": 1, "notes": "Portfolio in English",
         "contacts": [{"name": "Kari Nordmann", "email": "kari@example.org"}]}]}))],
    );
    let (catalogue, err) = import_ok(
        "curated.json",
        &[V7, "--home-hei", "uw.edu.pl", "--into", path_str(&base)],
    );
    assert!(
        err.contains("agreements: 2 added, 1 changed, 0 unchanged"),
        "{err}"
    );
    let study = &institution(&catalogue, "hibo")["agreements"][0];
    assert_eq!(study["programmes"], json!(["photography"]));
    assert_eq!(study["terms"], json!(["spring"]));
    assert_eq!(study["notes"], "Portfolio in English");
    assert_eq!(
        study["contacts"],
        json!([{"name": "Kari Nordmann", "email": "kari@example.org"}]),
        "EWP has no contacts of an agreement: the office's stay"
    );
    assert_eq!(study["places"], 2, "what EWP says");
    assert_eq!(study["levels"], json!(["master", "doctorate"]));
}

#[test]
fn the_same_iias_response_given_twice_is_refused_by_both_places() {
    let base = base_with("base-twice.json", &[bodo(json!({"schac": "hibo.no"}))]);
    let copy = scratch("iias-copy.xml", std::fs::read(V7).expect("the v7 example"));
    let o = import_from_warsaw(&[V7, path_str(&copy)], &base);
    assert_refused(
        &o,
        &format!(
            "{}: {V7_STUDY} repeats the agreement of {V7}, {V7_STUDY} (hibo: study 0314): it \
             would be counted twice; give each IIA only once",
            path_str(&copy)
        ),
    );
}

#[test]
fn an_ewp_agreement_updates_the_one_with_its_levels() {
    // The office split the study agreement by level; EWP's is for master and doctorate.
    let base = base_with(
        "base-levels.json",
        &[bodo(json!({"schac": "hibo.no", "agreements": [
        {"mobility": "study", "isced": "0314", "levels": ["bachelor"], "places": 4},
        {"mobility": "study", "isced": "0314", "levels": ["master", "doctorate"], "places": 1,
         "notes": "Kept"}]}))],
    );
    let (catalogue, err) = import_ok(
        "levels.json",
        &[V7, "--home-hei", "uw.edu.pl", "--into", path_str(&base)],
    );
    assert!(
        err.contains("agreements: 2 added, 1 changed, 0 unchanged"),
        "{err}"
    );
    let agreements = &institution(&catalogue, "hibo")["agreements"];
    assert_eq!(agreements[0]["places"], 4, "the bachelor one is left alone");
    assert_eq!(agreements[1]["places"], 2, "what EWP says");
    assert_eq!(agreements[1]["notes"], "Kept");
}

#[test]
fn a_factsheet_replaces_only_the_deadlines_it_gives() {
    let base = base_with(
        "base-deadlines.json",
        &[bodo(json!({"schac": "example-hei.edu", "deadlines":
            {"autumn": "--05-01", "spring": "--11-01", "full-year": "--03-15"}}))],
    );
    let (catalogue, err) = import_ok(
        "factsheet-deadlines.json",
        &["--factsheet", FACTSHEET, "--into", path_str(&base)],
    );
    assert_eq!(
        institution(&catalogue, "hibo")["deadlines"],
        json!({"autumn": "--04-10", "spring": "--12-10", "full-year": "--03-15"}),
        "{err}"
    );
    // A factsheet without a spring term keeps the catalogue's.
    let xml = std::fs::read_to_string(FACTSHEET).expect("the factsheet example");
    let (start, end) = (
        xml.find("<spring-term>").expect("a spring term"),
        xml.find("</spring-term>").expect("its end") + "</spring-term>".len(),
    );
    let autumn_only = scratch(
        "autumn-only.xml",
        format!("{}{}", &xml[..start], &xml[end..]),
    );
    let (catalogue, err) = import_ok(
        "factsheet-autumn.json",
        &[
            "--factsheet",
            path_str(&autumn_only),
            "--into",
            path_str(&base),
        ],
    );
    assert_eq!(
        institution(&catalogue, "hibo")["deadlines"],
        json!({"autumn": "--04-10", "spring": "--11-01", "full-year": "--03-15"}),
        "{err}"
    );
}

#[test]
fn prune_with_ewp_alone_names_the_institutions_it_leaves_without_agreements() {
    let base = base_with("base-prune.json", &[bodo(json!({"schac": "hibo.no"}))]);
    let (catalogue, err) = import_ok(
        "prune-ewp.json",
        &[
            V7,
            "--home-hei",
            "uw.edu.pl",
            "--into",
            path_str(&base),
            "--prune",
        ],
    );
    let emptied = catalogue["institutions"].as_array().map_or(0, |all| {
        all.iter().filter(|i| i["agreements"] == json!([])).count()
    });
    assert!(emptied > 10, "{emptied}");
    assert!(
        err.contains(&format!(
            "warning: --prune with EWP files alone left {emptied} institutions of the catalogue \
             without agreements (named below): EWP has only the Erasmus agreements of the \
             partners these files name"
        )),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "\n{emptied} institutions are left without agreements by --prune (no file names any \
             of theirs), so the widget does not show them: esa-saint-luc-liege, rietveld, kabk, "
        )) && err.contains(&format!(" and {} more\n", emptied - 10)),
        "{err}"
    );
    // Named there, not once each by their place in the catalogue.
    assert!(!err.contains("no agreements: the institution"), "{err}");
}

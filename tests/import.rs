//! `partner-matcher import`: files recognised by content, merged into a catalogue, with a
//! summary; nothing written when anything is refused.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/command.rs"]
mod command;

use command::*;

const HEADER: &str = "institution_id,institution_name,city,country,lat,lon,mobility,isced,places";

#[test]
fn import_recognises_csv_by_content_whatever_its_name() {
    let csv = format!("{HEADER}\nnew-school,New School,Oslo,NO,59.9,10.7,study,211,2\n");
    let input = scratch("partners.txt", csv);
    let out = scratch_path("by-content.json");
    let o = run(&[
        "import",
        path_str(&input),
        "--into",
        DEMO,
        "--output",
        path_str(&out),
    ]);
    assert_ok(&o);
    assert!(
        stderr(&o).contains("institutions: 1 added (new-school), 0 changed, 0 unchanged"),
        "{}",
        stderr(&o)
    );
    assert_checks(&out);
    let catalogue = read_json(&out);
    let added = catalogue["institutions"]
        .as_array()
        .and_then(|all| all.iter().find(|i| i["id"] == "new-school"))
        .expect("added");
    assert_eq!(added["agreements"][0]["isced"], "0211");
}

#[test]
fn the_summary_counts_changed_and_unchanged_and_prune_removes_what_no_file_names() {
    // hfbk-hamburg from the sample twice: once as it is, once with one agreement changed.
    let first = scratch_path("first.json");
    assert_ok(&run(&[
        "import-csv",
        "www/partners-sample.csv",
        "--into",
        DEMO,
        "--output",
        path_str(&first),
    ]));
    let sample = std::fs::read_to_string("www/partners-sample.csv").expect("sample");
    let changed = sample.replacen(",bachelor;master,,2,5,", ",bachelor;master,,3,5,", 1);
    assert_ne!(changed, sample);
    let input = scratch("changed.csv", changed);
    let second = scratch_path("second.json");
    let o = run(&[
        "import",
        path_str(&input),
        "--into",
        path_str(&first),
        "-o",
        path_str(&second),
    ]);
    assert_ok(&o);
    let err = stderr(&o);
    assert!(
        err.contains(
            "institutions: 0 added, 1 changed (hfbk-hamburg: 1 agreement changed), 5 unchanged"
        ),
        "{err}"
    );
    assert!(
        err.contains("agreements: 0 added, 1 changed, 11 unchanged, 0 removed"),
        "{err}"
    );
    assert!(err.contains("were kept (--prune removes them)"), "{err}");
    assert_checks(&second);

    // With --prune, only the sample's agreements stay.
    let pruned = scratch_path("pruned.json");
    let o = run(&[
        "import",
        path_str(&input),
        "--into",
        path_str(&first),
        "--prune",
        "-o",
        path_str(&pruned),
    ]);
    assert_ok(&o);
    // Every agreement of the demo catalogue goes: the sample's own are new institutions.
    let demo = read_json(std::path::Path::new(DEMO));
    let demo_agreements: usize = demo["institutions"].as_array().map_or(0, |all| {
        all.iter()
            .map(|i| i["agreements"].as_array().map_or(0, Vec::len))
            .sum()
    });
    assert!(
        stderr(&o).contains(&format!(
            "1 changed, 11 unchanged, {demo_agreements} removed"
        )),
        "{}",
        stderr(&o)
    );
    assert_checks(&pruned);
    let catalogue = read_json(&pruned);
    let agreements: usize = catalogue["institutions"]
        .as_array()
        .map(|all| {
            all.iter()
                .map(|i| i["agreements"].as_array().map_or(0, Vec::len))
                .sum()
        })
        .unwrap_or_default();
    assert_eq!(agreements, 12);
}

#[test]
fn one_bad_file_among_several_means_nothing_is_written() {
    let good = scratch(
        "good.csv",
        format!("{HEADER}\ngood-school,Good,Oslo,NO,59.9,10.7,study,0211,2\n"),
    );
    let bad = scratch(
        "bad.csv",
        format!("{HEADER}\nbad-school,Bad,Rome,IT,41.9,12.5,studie,0211,2\n"),
    );
    let out = scratch_path("never.json");
    let o = run(&[
        "import",
        path_str(&good),
        path_str(&bad),
        "--into",
        DEMO,
        "--output",
        path_str(&out),
    ]);
    assert_refused(
        &o,
        "bad.csv: row 2, column mobility (G): \"studie\" is not one of",
    );
    assert!(!out.exists(), "nothing is written");
    assert_eq!(stdout(&o), "");
}

#[test]
fn an_unknown_xml_document_is_refused_by_its_root() {
    let xml = scratch(
        "page.xml",
        "<?xml version=\"1.0\"?>\n<feed><entry/></feed>\n",
    );
    let o = run(&["import", path_str(&xml), "--into", DEMO]);
    assert_refused(&o, "page.xml: an XML document with the root element <feed>");
    let broken = scratch(
        "broken.xml",
        "<iias-get-response>\n<iia>\n</iias-get-response>\n",
    );
    let o = run(&["import", path_str(&broken), "--into", DEMO]);
    assert_refused(&o, "broken.xml: the file is not well-formed XML");
}

//! `import` refusing what the office gives in the wrong place (a file of another kind than its
//! option takes) or more than a catalogue holds, each named by its file, and by what the file
//! is and where it goes, or where in it the new institutions are.

use std::sync::atomic::{AtomicUsize, Ordering};

use crate::command::{
    assert_ok, assert_refused, path_str, run, scratch, scratch_path, stderr, DEMO,
};

const IIAS: &str = "tests/fixtures/ewp/iias-get-response-v7.xml";
const INSTITUTIONS: &str = "tests/fixtures/ewp/institutions-uw.xml";
const FACTSHEET: &str = "tests/fixtures/ewp/factsheet-response.xml";
const CSV: &str = "www/partners-sample.csv";

/// A real workbook (written by rust_xlsxwriter): a header row of two columns.
fn workbook() -> std::path::PathBuf {
    let path = scratch_path("wrong-option.xlsx");
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    for (c, name) in ["institution_id", "institution_name"].iter().enumerate() {
        let written = sheet.write_string(0, c as u16, *name);
        assert!(written.is_ok(), "cell written");
    }
    assert!(workbook.save(&path).is_ok(), "xlsx saved");
    path
}

/// `import ARGS --into DEMO -o OUT`: refused with `words` on stderr, nothing written; stderr.
fn refused(args: &[&str], words: &str) -> String {
    // Each call its own output (the tests run side by side), which must not appear.
    static CALLS: AtomicUsize = AtomicUsize::new(0);
    let call = CALLS.fetch_add(1, Ordering::Relaxed);
    let out = scratch_path(&format!("refused-{call}.json"));
    let mut all = vec!["import"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--into", DEMO, "-o", path_str(&out)]);
    let o = run(&all);
    assert_refused(&o, words);
    assert!(!out.exists(), "{args:?}: nothing written");
    stderr(&o)
}

/// A file given with `option` (the IIAs' --home-hei too): refused with `words` after its name.
fn refused_with(option: &str, file: &str, words: &str) {
    let args = [option, file, "--home-hei", "hibo.no"];
    refused(&args, &format!("error: {file}: this is {words}"));
}

#[test]
fn a_file_given_with_institutions_or_factsheet_that_is_another_kind_is_named_with_its_option() {
    let institutions = "not an EWP Institutions response (<institutions-response>), the kind \
                        --institutions takes: give it";
    let factsheet = "not an EWP Factsheet response (<factsheet-response>), the kind --factsheet \
                     takes: give it";
    refused_with(
        "--institutions",
        FACTSHEET,
        &format!(
            "an EWP Factsheet response (<factsheet-response>), {institutions} with --factsheet"
        ),
    );
    refused_with(
        "--factsheet",
        INSTITUTIONS,
        &format!(
            "an EWP Institutions response (<institutions-response>), {factsheet} with \
             --institutions"
        ),
    );
    let workbook = workbook();
    for (file, what, goes) in [
        (
            IIAS,
            "an EWP IIAs response (<iias-get-response>)",
            "among the files to import, with --home-hei",
        ),
        (
            CSV,
            "text, read as a CSV spreadsheet",
            "among the files to import, without an option",
        ),
        (
            path_str(&workbook),
            "a spreadsheet workbook (.xlsx, .ods or .xls)",
            "among the files to import, without an option",
        ),
    ] {
        refused_with(
            "--institutions",
            file,
            &format!("{what}, {institutions} {goes}"),
        );
        refused_with("--factsheet", file, &format!("{what}, {factsheet} {goes}"));
    }
    // Swapped: each named, and the IIAs they serve read as if given right (no third error).
    let err = refused(
        &[
            IIAS,
            "--home-hei",
            "hibo.no",
            "--institutions",
            FACTSHEET,
            "--factsheet",
            INSTITUTIONS,
        ],
        &format!("error: {FACTSHEET}: this is an EWP Factsheet"),
    );
    assert!(
        err.contains(&format!(
            "error: {INSTITUTIONS}: this is an EWP Institutions"
        )),
        "{err}"
    );
    assert_eq!(err.matches("error: ").count(), 2, "{err}");
}

/// `count` new institutions, one row each, from row 2 on.
fn new_partners(name: &str, count: usize) -> std::path::PathBuf {
    let mut csv =
        String::from("institution_id,institution_name,city,country,lat,lon,mobility,isced\n");
    for n in 0..count {
        csv.push_str(&format!(
            "new-{n},New School {n},Oslo,NO,59.9,10.7,study,0211\n"
        ));
    }
    scratch(name, csv)
}

#[test]
fn an_import_past_the_catalogue_s_limit_names_the_files_and_rows_that_add_the_institutions() {
    // The demo catalogue has 148 institutions; a catalogue lists at most 10000.
    let many = new_partners("many-partners.csv", 9853);
    refused(
        &[path_str(&many)],
        &format!(
            "error: {}: the 9853 institutions it adds (the first on row 2, the last on row 9854) \
             and the 148 of the catalogue it is merged into (--into) are more than one catalogue \
             may list: `institutions` has 10001 entries; a catalogue lists at most 10000; leave \
             out some of the partners new to the catalogue, or remove institutions it no longer \
             needs",
            path_str(&many)
        ),
    );
    // One fewer fits (10000 in all); the IIAs' one new partner (described by the
    // --institutions file) then takes it past.
    let fits = new_partners("fitting-partners.csv", 9852);
    let out = scratch_path("fitting.json");
    assert_ok(&run(&[
        "import",
        path_str(&fits),
        "--into",
        DEMO,
        "-o",
        path_str(&out),
    ]));
    let args = [
        path_str(&fits),
        IIAS,
        "--home-hei",
        "hibo.no",
        "--institutions",
        INSTITUTIONS,
    ];
    let err = refused(
        &args,
        &format!(
            "error: {fits}, {IIAS}: the institutions these files add ({fits}: 9852, the first on \
             row 2, the last on row 9853; {IIAS}: 1, at /iias-get-response/iia/",
            fits = path_str(&fits)
        ),
    );
    assert!(
        err.contains(
            "and the 148 of the catalogue they are merged into (--into) are more than one \
             catalogue may list: `institutions` has 10001 entries"
        ),
        "{err}"
    );
}

//! `import` of several files given together: they are read as one, so an agreement given
//! twice, an institution two files describe differently and the same file given twice are
//! refused, by both files and rows.

use crate::command::{
    assert_ok, assert_refused, path_str, read_json, run, scratch, stderr, stdout, DEMO,
};
use crate::import_merge::{demo_with, import_and_diff, institution};
use crate::variants::institution_mut;

#[test]
fn the_same_file_given_twice_is_named_once_not_by_its_rows() {
    let file = "tests/fixtures/excel-nl.csv";
    let o = run(&["import", file, file, "--into", DEMO]);
    assert_refused(
        &o,
        "tests/fixtures/excel-nl.csv is given twice: leave it out once",
    );
    assert!(!stderr(&o).contains("repeats"), "{}", stderr(&o));
    // However its path is written.
    let o = run(&[
        "import",
        file,
        "./tests/fixtures/../fixtures/excel-nl.csv",
        "--into",
        DEMO,
    ]);
    assert_refused(
        &o,
        "tests/fixtures/excel-nl.csv and ./tests/fixtures/../fixtures/excel-nl.csv are the same \
         file, given twice: leave it out once",
    );
    assert!(!stderr(&o).contains("repeats"), "{}", stderr(&o));
}

#[test]
fn the_same_spreadsheet_given_twice_is_refused_by_file_and_row() {
    let copy = scratch(
        "copy.csv",
        std::fs::read("tests/fixtures/excel-nl.csv").expect("fixture"),
    );
    let o = run(&[
        "import",
        "tests/fixtures/excel-nl.csv",
        path_str(&copy),
        "--into",
        DEMO,
    ]);
    assert_refused(
        &o,
        "copy.csv: row 2 repeats the agreement of tests/fixtures/excel-nl.csv, row 2 \
         (hfbk-hamburg-nl: study 0213 (fine-arts)): each row is one agreement, so it would be \
         counted twice",
    );
    let err = stderr(&o);
    for row in [3, 4] {
        assert!(
            err.contains(&format!(
                "copy.csv: row {row} repeats the agreement of tests/fixtures/excel-nl.csv, row {row} "
            )),
            "{err}"
        );
    }
}

#[test]
fn two_files_that_disagree_on_an_institution_are_refused_by_file_and_row() {
    let header = "institution_id,institution_name,city,country,lat,lon,mobility,isced";
    let a = scratch(
        "fa.csv",
        format!("{header}\nkhio-new,KHiO A,Oslo,NO,59.9257,10.7527,study,0211\n"),
    );
    let b = scratch(
        "fb.csv",
        format!(
            "{header}\nother,Other,Rome,IT,41.9,12.5,study,0211\n\
             khio-new,KHiO B,Oslo,NO,59.9257,10.7527,study,0212\n"
        ),
    );
    let o = run(&["import", path_str(&a), path_str(&b), "--into", DEMO]);
    assert_refused(
        &o,
        &format!(
            "fb.csv: row 3, column institution_name (B): \"KHiO B\", but the institution's \
             first row, {}, row 2, has \"KHiO A\": its details are read from the first row \
             that names it; give the same in later files",
            path_str(&a)
        ),
    );
    // The same details, or none, in the second file are fine; the same number written
    // otherwise too.
    let b = scratch(
        "fb2.csv",
        "institution_id;institution_name;city;country;lat;lon;mobility;isced\n\
         khio-new;KHiO A;Oslo;NO;59,9257;10,7527;study;0212\n",
    );
    let (catalogue, _, err) = import_and_diff("fa-fb2", &[path_str(&a), path_str(&b)], DEMO);
    assert!(err.contains("agreements: 2 added"), "{err}");
    assert_eq!(
        institution(&catalogue, "khio-new")["agreements"]
            .as_array()
            .map(Vec::len),
        Some(2)
    );
}

#[test]
fn a_row_that_repeats_an_earlier_row_s_agreement_is_refused_even_with_its_details_left_out() {
    let csv = "institution_id,institution_name,city,country,lat,lon,mobility,isced\n\
               new-school,New School,Oslo,NO,59.9,10.7,study,0211\n\
               new-school,,,,,,study,0211\n";
    let file = scratch("repeat-agreement.csv", csv);
    let o = run(&["import", path_str(&file), "--into", DEMO]);
    assert_refused(
        &o,
        "repeat-agreement.csv: row 3 repeats the agreement of row 2 (new-school: study 0211): \
         each row is one agreement, so it would be counted twice; delete one of them",
    );
}

#[test]
fn check_and_import_warn_of_an_agreement_a_catalogue_has_twice() {
    // As an older import left it: KHiO's first agreement twice.
    let twice = demo_with("twice.json", |catalogue| {
        let agreements = institution_mut(catalogue, "khio")["agreements"]
            .as_array_mut()
            .expect("agreements");
        let first = agreements[0].clone();
        agreements.push(first);
    });
    // On a day the demo's agreements and BIPs are all current: check warns of those over
    // (2c37932), which from 2027-02-20 on would add a warning to the one counted below.
    let o = run(&["check", path_str(&twice), "--today", "2026-12-05"]);
    assert_ok(&o);
    let khio = read_json(&twice)["institutions"]
        .as_array()
        .and_then(|all| all.iter().position(|i| i["id"] == "khio"))
        .expect("khio");
    let said = format!(
        "warning: institutions[{khio}].agreements[4]: repeats institutions[{khio}].agreements[0] \
         (khio: study 0213 (fine-arts)) field for field: students would see it twice and its \
         places would count twice; delete one of them"
    );
    assert!(stderr(&o).contains(&said), "{}", stderr(&o));
    // Where the copy starts, as every other warning says it.
    let err = stderr(&o);
    let line: usize = err
        .split(&format!("{said} (line "))
        .nth(1)
        .and_then(|rest| rest.split(',').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("a line: {err}"));
    let text = std::fs::read_to_string(&twice).expect("the catalogue");
    let at = text.lines().nth(line - 1).unwrap_or_default();
    assert_eq!(at.trim(), "{", "line {line} of the catalogue");
    assert!(stdout(&o).contains("(1 warning)"), "{}", stdout(&o));
    let o = run(&[
        "import",
        "www/partners-sample.csv",
        "--into",
        path_str(&twice),
    ]);
    assert_ok(&o);
    assert!(stderr(&o).contains(&said), "{}", stderr(&o));
}

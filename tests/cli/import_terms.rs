//! `import` of an agreement whose terms the file gives otherwise than the catalogue: the
//! file is the office's newer word on that agreement, so a row with none of its terms moves
//! them (autumn to spring) rather than adding a second agreement beside it; only when no
//! agreement can be told as the one it updates is the row refused.

use serde_json::{json, Value};

use crate::command::{assert_refused, path_str, run, scratch, stderr};
use crate::import_merge::{demo_with, import_and_diff, institution};
use crate::variants::institution_mut;

const HEADER: &str = "institution_id,institution_name,city,country,lat,lon,mobility,programmes,\
                      isced,levels,terms,places";
const LYON: &str = "cnsmd-lyon,Conservatoire national supérieur de musique et de danse de Lyon,\
                    Lyon,FR,45.769,4.8133,study,classical-music,0215,bachelor;master";

/// The demo catalogue with cnsmd-lyon's classical-music study agreement (bachelor and master,
/// 2 places, at index 1) for these terms, with a note of the office's own; more copies of it
/// after it for `more` terms.
fn lyon_in(name: &str, terms: &[&str], more: &[&[&str]]) -> std::path::PathBuf {
    demo_with(name, |catalogue| {
        let agreements = &mut institution_mut(catalogue, "cnsmd-lyon")["agreements"];
        agreements[1]["terms"] = json!(terms);
        agreements[1]["notes"] = json!("Audition in March");
        for (k, terms) in more.iter().enumerate() {
            let mut other = agreements[1].clone();
            other["terms"] = json!(terms);
            other["places"] = json!(1);
            if let Some(list) = agreements.as_array_mut() {
                list.insert(2 + k, other);
            }
        }
    })
}

/// cnsmd-lyon's classical-music study agreements: terms, places and notes of each.
fn classical(catalogue: &Value) -> Vec<(Value, Value, Value)> {
    institution(catalogue, "cnsmd-lyon")["agreements"]
        .as_array()
        .expect("agreements")
        .iter()
        .filter(|a| a["programmes"] == json!(["classical-music"]) && a["mobility"] == "study")
        .map(|a| (a["terms"].clone(), a["places"].clone(), a["notes"].clone()))
        .collect()
}

#[test]
fn a_row_that_moves_an_agreement_s_terms_wholly_replaces_them_and_adds_none() {
    let base = lyon_in("lyon-autumn.json", &["autumn"], &[]);
    let file = scratch("lyon-spring.csv", format!("{HEADER}\n{LYON},spring,2\n"));
    let (catalogue, diff, err) =
        import_and_diff("lyon-spring", &[path_str(&file)], path_str(&base));
    assert_eq!(
        diff,
        "agreement changed: cnsmd-lyon: study 0215 (classical-music): terms [\"autumn\"] -> \
         [\"spring\"]\n1 change\n",
        "{err}"
    );
    assert!(
        err.contains("agreements: 0 added, 1 changed, 0 unchanged"),
        "{err}"
    );
    // The stored agreement, with what the file cannot say (its note) kept.
    assert_eq!(
        classical(&catalogue),
        [(json!(["spring"]), json!(2), json!("Audition in March"))]
    );
}

#[test]
fn a_row_for_each_term_keeps_the_stored_one_and_adds_the_other() {
    // The file says both: autumn is the stored agreement as it is, spring a new one.
    let base = lyon_in("lyon-autumn-2.json", &["autumn"], &[]);
    let csv = format!("{HEADER}\n{LYON},spring,1\n{LYON},autumn,2\n");
    let file = scratch("lyon-both-terms.csv", csv);
    let (catalogue, _, err) =
        import_and_diff("lyon-both-terms", &[path_str(&file)], path_str(&base));
    assert!(
        err.contains("agreements: 1 added, 0 changed, 1 unchanged"),
        "{err}"
    );
    assert_eq!(
        classical(&catalogue),
        [
            (json!(["autumn"]), json!(2), json!("Audition in March")),
            (json!(["spring"]), json!(1), Value::Null),
        ]
    );
}

#[test]
fn a_row_with_other_terms_than_several_agreements_is_refused_with_them_named() {
    // An autumn and a spring agreement, and a full-year row: which of them moved is not said.
    let base = lyon_in("lyon-by-term.json", &["autumn"], &[&["spring"]]);
    let file = scratch(
        "lyon-full-year.csv",
        format!("{HEADER}\n{LYON},full-year,2\n"),
    );
    let o = run(&["import", path_str(&file), "--into", path_str(&base)]);
    assert_refused(
        &o,
        "lyon-full-year.csv: row 2: cnsmd-lyon's agreement study 0215 (classical-music), \
         bachelor, master, full-year could update 2 agreements of the catalogue equally: \
         institutions[10].agreements[1] (levels bachelor, master; terms autumn; 2 places) and \
         institutions[10].agreements[2] (levels bachelor, master; terms spring; 1 place); give \
         the row the terms of the one it updates, as the catalogue has them, so that the import \
         knows which; for a new agreement instead, give the row levels that none of these has, \
         or give each of these a row of its own in the file as well",
    );
    assert!(
        !stderr(&o).contains("give the row the levels"),
        "{}",
        stderr(&o)
    );
    // With a row of its own for each, the full-year row is a third agreement.
    let csv = format!("{HEADER}\n{LYON},full-year,2\n{LYON},spring,1\n{LYON},autumn,2\n");
    let file = scratch("lyon-three-terms.csv", csv);
    let (catalogue, _, err) =
        import_and_diff("lyon-three-terms", &[path_str(&file)], path_str(&base));
    assert!(
        err.contains("agreements: 1 added, 0 changed, 2 unchanged"),
        "{err}"
    );
    assert_eq!(
        classical(&catalogue)
            .iter()
            .map(|(terms, _, _)| terms.clone())
            .collect::<Vec<_>>(),
        [json!(["autumn"]), json!(["spring"]), json!(["full-year"])]
    );
}

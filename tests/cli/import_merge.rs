//! `import` into a catalogue that already has the institutions and agreements a file names:
//! what a file cannot say is kept, agreements are matched by what identifies them, and files
//! given together follow the rules of one file. Each test reviews the result with `diff`, as
//! the office does.

use serde_json::{json, Value};

use crate::command::{
    assert_checks, assert_ok, assert_refused, path_str, read_json, run, scratch, scratch_path,
    stderr, stdout, DEMO,
};
use crate::variants::{self, institution_mut};

/// The demo catalogue, changed by `edit`, written as a scratch file.
pub(crate) fn demo_with(name: &str, edit: impl FnOnce(&mut Value)) -> std::path::PathBuf {
    let mut catalogue = read_json(std::path::Path::new(DEMO));
    edit(&mut catalogue);
    scratch(
        name,
        serde_json::to_string_pretty(&catalogue).expect("JSON"),
    )
}

pub(crate) fn institution<'c>(catalogue: &'c Value, id: &str) -> &'c Value {
    catalogue["institutions"]
        .as_array()
        .and_then(|all| all.iter().find(|i| i["id"] == id))
        .unwrap_or_else(|| panic!("{id} is in the catalogue"))
}

/// Imports `files` into `into`; the output (checked), what `diff` says of it and stderr.
pub(crate) fn import_and_diff(name: &str, files: &[&str], into: &str) -> (Value, String, String) {
    let out = scratch_path(&format!("{name}.json"));
    let mut args = vec!["import"];
    args.extend_from_slice(files);
    args.extend_from_slice(&["--into", into, "--output", path_str(&out)]);
    let o = run(&args);
    assert_ok(&o);
    assert_checks(&out);
    let diff = run(&["diff", into, path_str(&out)]);
    assert_ok(&diff);
    (read_json(&out), stdout(&diff), stderr(&o))
}

#[test]
fn a_file_with_only_the_required_columns_keeps_the_institution_s_other_fields() {
    let csv = "institution_id,institution_name,city,country,lat,lon,mobility,isced\n\
               khio,Kunsthøgskolen i Oslo,Oslo,NO,59.9257,10.7527,study,0211\n";
    let file = scratch("t3.csv", csv);
    let (_, diff, err) = import_and_diff("t3", &[path_str(&file)], DEMO);
    assert_eq!(
        diff, "agreement added: khio: study 0211\n1 change\n",
        "{err}"
    );
    assert!(
        err.contains("institutions: 0 added, 1 changed (khio: 1 agreement added), 0 unchanged"),
        "{err}"
    );
}

#[test]
fn a_cell_equal_to_one_of_a_text_s_languages_keeps_the_text() {
    // KABK's city is {"en": "The Hague", "nl": "Den Haag"}: a Dutch spreadsheet says "Den Haag".
    let csv = "institution_id,institution_name,short_name,city,country,lat,lon,mobility,isced\n\
               kabk,Koninklijke Academie van Beeldende Kunsten,KABK The Hague,Den Haag,nl,\
               52.0826,4.3184,study,0211\n";
    let file = scratch("den-haag.csv", csv);
    let (catalogue, diff, err) = import_and_diff("den-haag", &[path_str(&file)], DEMO);
    // Without a programmes column the row is KABK's study 0211 agreement, as it is.
    assert_eq!(diff, "no changes\n");
    assert!(
        err.contains("institutions: 0 added, 0 changed, 1 unchanged"),
        "{err}"
    );
    assert!(
        err.contains("agreements: 0 added, 0 changed, 1 unchanged"),
        "{err}"
    );
    assert_eq!(
        institution(&catalogue, "kabk")["city"],
        json!({"en": "The Hague", "nl": "Den Haag"})
    );
    // Another city is another city.
    let moved = scratch("rotterdam.csv", csv.replace("Den Haag", "Rotterdam"));
    let (_, diff, _) = import_and_diff("rotterdam", &[path_str(&moved)], DEMO);
    assert!(
        diff.contains("institution changed: kabk: city {\"en\":\"The Hague\",\"nl\":\"Den Haag\"} -> Rotterdam"),
        "{diff}"
    );
}

#[test]
fn an_empty_cell_in_a_column_the_file_has_clears_that_field() {
    let csv =
        "institution_id,institution_name,short_name,city,country,lat,lon,website,mobility,isced\n\
               khio,Kunsthøgskolen i Oslo,Oslo National Academy of the Arts,Oslo,NO,59.9257,\
               10.7527,,study,0211\n";
    let file = scratch("no-website.csv", csv);
    let (catalogue, diff, _) = import_and_diff("no-website", &[path_str(&file)], DEMO);
    assert!(
        diff.contains("institution changed: khio: website https://www.khio.no -> (none)\n"),
        "{diff}"
    );
    let khio = institution(&catalogue, "khio");
    assert_eq!(khio["short_name"], "Oslo National Academy of the Arts");
    assert_eq!(khio["tags"][0], "art-academy", "no tags column: kept");
}

/// cnsmd-lyon's composition agreements, as the full sample header writes them, with
/// valid_until one year later.
const LYON_ROWS: &str = "\
cnsmd-lyon,Conservatoire national supérieur de musique et de danse de Lyon,CNSMD Lyon,Lyon,FR,\
45.769,4.8133,https://www.cnsmd-lyon.fr,study,composition,0215,master,full-year,2,10,fr B1;en B2,\
erasmus,2021/2022,2028/2029,--03-31,--09-30,recording;motivation-letter;cv;transcript;\
learning-agreement,conservatoire;music;composition;inmics
cnsmd-lyon,,,,,,,,staff-teaching,composition,0215,,,1,,en B2,erasmus,2021/2022,2028/2029,,,,
";

#[test]
fn a_spreadsheet_keeps_the_notes_and_contacts_of_the_agreements_it_updates() {
    let sample = std::fs::read_to_string("www/partners-sample.csv").expect("sample");
    let header = sample.lines().next().expect("a header");
    let file = scratch("lyon.csv", format!("{header}\n{LYON_ROWS}"));
    let (catalogue, diff, err) = import_and_diff("lyon", &[path_str(&file)], DEMO);
    let valid = "valid.until 2027/2028 -> 2028/2029";
    assert_eq!(
        diff,
        format!(
            "agreement changed: cnsmd-lyon: study 0215 (composition): {valid}\n\
             agreement changed: cnsmd-lyon: staff-teaching 0215 (composition): {valid}\n\
             2 changes\n"
        ),
        "{err}"
    );
    let agreements = &institution(&catalogue, "cnsmd-lyon")["agreements"];
    assert_eq!(
        agreements[0]["notes"]["en"],
        "Within the International Master in Composition for Screen (InMICS)."
    );
    assert_eq!(agreements[2]["contacts"][0]["name"], "Claire Dumas");
    assert!(
        err.contains("1 changed (cnsmd-lyon: 2 agreements changed)"),
        "{err}"
    );
}

#[test]
fn a_file_without_an_agreement_column_keeps_that_field() {
    // No places, months or languages column: only valid_until is said.
    let csv = "institution_id,institution_name,city,country,lat,lon,mobility,programmes,isced,\
               levels,terms,valid_from,valid_until\n\
               cnsmd-lyon,Conservatoire national supérieur de musique et de danse de Lyon,Lyon,FR,\
               45.769,4.8133,study,composition,0215,master,full-year,2021/2022,2028/2029\n";
    let file = scratch("lyon-valid.csv", csv);
    let (catalogue, diff, _) = import_and_diff("lyon-valid", &[path_str(&file)], DEMO);
    assert!(
        diff.starts_with("agreement changed: cnsmd-lyon: study 0215 (composition): valid.until ")
            && diff.ends_with("\n1 change\n"),
        "{diff}"
    );
    let study = &institution(&catalogue, "cnsmd-lyon")["agreements"][0];
    assert_eq!(
        (&study["places"], &study["months"]),
        (&json!(2), &json!(10))
    );
}

/// The demo catalogue with cnsmd-lyon's classical-music study agreement twice: bachelor (2
/// places) and master (1 place).
fn lyon_by_level(name: &str) -> std::path::PathBuf {
    demo_with(name, |catalogue| {
        variants::lyon_by_level(catalogue);
    })
}

const LEVELS_HEADER: &str =
    "institution_id,institution_name,city,country,lat,lon,mobility,programmes,isced,levels,places";
const LYON: &str = "cnsmd-lyon,Conservatoire national supérieur de musique et de danse de Lyon,\
                    Lyon,FR,45.769,4.8133";

#[test]
fn agreements_that_differ_by_level_are_matched_by_their_levels() {
    let base = lyon_by_level("lyon-levels.json");
    let csv = format!("{LEVELS_HEADER}\n{LYON},study,classical-music,0215,master,3\n");
    let file = scratch("lyon-master.csv", csv);
    let (catalogue, diff, err) =
        import_and_diff("lyon-master", &[path_str(&file)], path_str(&base));
    assert_eq!(
        diff,
        "agreement changed: cnsmd-lyon: study 0215 (classical-music), master: places 1 -> 3\n\
         1 change\n"
    );
    assert!(
        err.contains("agreements: 0 added, 1 changed, 0 unchanged"),
        "{err}"
    );
    let places: Vec<(Value, Value)> = institution(&catalogue, "cnsmd-lyon")["agreements"]
        .as_array()
        .expect("agreements")
        .iter()
        .filter(|a| a["programmes"] == json!(["classical-music"]) && a["mobility"] == "study")
        .map(|a| (a["levels"].clone(), a["places"].clone()))
        .collect();
    assert_eq!(
        places,
        [
            (json!(["bachelor"]), json!(2)),
            (json!(["master"]), json!(3))
        ]
    );
}

#[test]
fn a_row_for_a_level_the_catalogue_lacks_is_added_and_leaves_the_other_levels_alone() {
    let base = demo_with("lyon-doctorate-base.json", |catalogue| {
        let at = variants::lyon_by_level(catalogue);
        institution_mut(catalogue, "cnsmd-lyon")["agreements"][at + 1]["notes"] =
            json!("Audition in March");
    });
    let csv = format!(
        "{LEVELS_HEADER}\n{LYON},study,classical-music,0215,bachelor,2\n\
         {LYON},study,classical-music,0215,doctorate,3\n"
    );
    let file = scratch("lyon-doctorate.csv", csv);
    let (catalogue, diff, err) =
        import_and_diff("lyon-doctorate", &[path_str(&file)], path_str(&base));
    assert!(diff.starts_with("agreement added: cnsmd-lyon: "), "{diff}");
    assert!(
        diff.ends_with("\n1 change\n") && !diff.contains("changed"),
        "{diff}"
    );
    assert!(
        err.contains("agreements: 1 added, 0 changed, 1 unchanged"),
        "{err}"
    );
    let levels: Vec<(Value, Value, Value)> = institution(&catalogue, "cnsmd-lyon")["agreements"]
        .as_array()
        .expect("agreements")
        .iter()
        .filter(|a| a["programmes"] == json!(["classical-music"]) && a["mobility"] == "study")
        .map(|a| (a["levels"].clone(), a["places"].clone(), a["notes"].clone()))
        .collect();
    assert_eq!(
        levels,
        [
            (json!(["bachelor"]), json!(2), Value::Null),
            (json!(["master"]), json!(1), json!("Audition in March")),
            (json!(["doctorate"]), json!(3), Value::Null),
        ]
    );
}

#[test]
fn a_row_that_could_update_several_agreements_equally_is_refused_with_them_named() {
    let base = lyon_by_level("lyon-levels-2.json");
    let csv = format!("{LEVELS_HEADER}\n{LYON},study,classical-music,0215,bachelor;master,3\n");
    let file = scratch("lyon-both.csv", csv);
    let o = run(&["import", path_str(&file), "--into", path_str(&base)]);
    assert_refused(
        &o,
        "lyon-both.csv: row 2: cnsmd-lyon's agreement study 0215 (classical-music), bachelor, \
         master could update 2 agreements of the catalogue equally: \
         institutions[10].agreements[1] (levels bachelor; 2 places) and \
         institutions[10].agreements[2] (levels master; 1 place); give the row the levels \
         of the one it updates, as the catalogue has them, so that the import knows which; for a \
         new agreement instead, give the row levels that none of these has",
    );
    // Both have the same terms: a terms column could not tell them apart, and is not asked for.
    assert!(!stderr(&o).contains("terms"), "{}", stderr(&o));
    // Without a levels column the row cannot tell them apart either.
    let csv = format!(
        "institution_id,institution_name,city,country,lat,lon,mobility,programmes,isced,places\n\
         {LYON},study,classical-music,0215,3\n"
    );
    let file = scratch("lyon-no-levels.csv", csv);
    let o = run(&["import", path_str(&file), "--into", path_str(&base)]);
    assert_refused(
        &o,
        "lyon-no-levels.csv: row 2: cnsmd-lyon's agreement study 0215 (classical-music) could \
         update 2 agreements of the catalogue equally",
    );
    assert!(
        stderr(&o).contains(
            "give the row the levels of the one it updates, as the catalogue has them (the file \
             has no levels column: add one), so that the import knows which; for a new agreement \
             instead, add a levels column and give the row levels that none of these has"
        ),
        "{}",
        stderr(&o)
    );
}

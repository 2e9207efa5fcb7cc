//! An agreement's lists (programmes, levels, terms) are sets: written in another order they
//! say the same, for finding an agreement given twice and for what an import changes.

use crate::command::{assert_refused, path_str, run, scratch, stderr, DEMO};
use crate::import_cells::import;
use crate::import_merge::{demo_with, import_and_diff};

const HEADER: &str = "institution_id,institution_name,city,country,lat,lon,mobility,isced,\
                      programmes,levels,terms,places\n";

#[test]
fn two_rows_that_differ_only_in_the_order_of_their_lists_are_one_agreement_given_twice() {
    let csv = format!(
        "{HEADER}kabk-two,KABK Two,Den Haag,NL,52.08,4.32,study,0213,fine-arts,bachelor;master,autumn;spring,2\n\
         kabk-two,,,,,,study,0213,fine-arts,master;bachelor,spring;autumn,2\n"
    );
    let (o, _) = import("list-order-twice.csv", csv);
    assert_refused(
        &o,
        "row 3 repeats the agreement of row 2 (kabk-two: study 0213",
    );
}

#[test]
fn a_row_that_gives_the_catalogue_s_lists_in_another_order_changes_nothing() {
    // ensp-arles: study 0211 photography, bachelor and master, autumn and spring, 2 places.
    let csv = format!(
        "{HEADER}ensp-arles,École nationale supérieure de la photographie,Arles,FR,43.6769,4.6306,\
         study,0211,photography,master;bachelor,spring;autumn,2\n"
    );
    let file = scratch("list-order-same.csv", csv);
    let (_, diff, err) = import_and_diff("list-order-same", &[path_str(&file)], DEMO);
    assert_eq!(diff, "no changes\n", "{err}");
}

#[test]
fn check_warns_of_an_agreement_repeated_with_its_lists_in_another_order() {
    let catalogue = demo_with("list-order-check.json", |c| {
        let agreements = c["institutions"]
            .as_array_mut()
            .and_then(|all| all.iter_mut().find(|i| i["id"] == "ensp-arles"))
            .and_then(|i| i["agreements"].as_array_mut())
            .expect("ensp-arles' agreements");
        let mut copy = agreements[0].clone();
        copy["levels"] = serde_json::json!(["master", "bachelor"]);
        agreements.push(copy);
    });
    let o = run(&["check", path_str(&catalogue)]);
    assert!(stderr(&o).contains("field for field"), "{}", stderr(&o));
}

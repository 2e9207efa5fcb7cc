//! `search`: the results a student sees, with their reasons, related programmes, order and
//! the table.

use serde_json::Value;

use crate::command::{run, stderr, stdout, DEMO};

#[test]
fn search_by_dutch_programme_name_lists_photography_partners_with_reasons() {
    let o = run(&[
        "search",
        DEMO,
        "--programme",
        "fotografie",
        "--json",
        "--today",
        "2026-11-29",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let hits: Vec<Value> = serde_json::from_str(&stdout(&o)).expect("a JSON array");
    assert!(hits.len() > 10);
    let first = &hits[0];
    assert!(
        first["reasons"].as_array().is_some_and(|r| r
            .iter()
            .any(|n| n["code"] == "programme" && n["detail"] == "photography")),
        "{first}"
    );
    let scores: Vec<f64> = hits.iter().filter_map(|h| h["score"].as_f64()).collect();
    assert_eq!(scores.len(), hits.len());
}

/// Issue 10: a Photography student sees agreements of Photography's own ISCED-F detailed field
/// (0211) only: those for Photography first, then, flagged `related`, those for Film and
/// Animation; no music, fine arts or design agreement (the same narrow field 021) at all.
#[test]
fn search_for_photography_lists_no_agreement_outside_isced_0211() {
    let o = run(&[
        "search",
        DEMO,
        "--programme",
        "photography",
        "--json",
        "--today",
        "2026-11-29",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let hits: Vec<Value> = serde_json::from_str(&stdout(&o)).expect("a JSON array");
    let demo: Value = serde_json::from_str(&std::fs::read_to_string(DEMO).expect("the demo"))
        .expect("the demo is JSON");
    let find = |list: &str, id: &Value| -> Value {
        demo[list]
            .as_array()
            .and_then(|all| all.iter().find(|x| x["id"] == *id))
            .cloned()
            .unwrap_or_else(|| panic!("{id} is in the demo's {list}"))
    };
    let isced_of = |programme: &Value| find("programmes", programme)["isced"].clone();
    for hit in &hits {
        let fields: Vec<Value> = if hit["kind"] == "institution" {
            let institution = find("institutions", &hit["id"]);
            let chosen = hit["agreements"]
                .as_array()
                .expect("the agreements that fit");
            assert!(!chosen.is_empty(), "{hit}");
            chosen
                .iter()
                .map(|i| {
                    institution["agreements"][i.as_u64().expect("an index") as usize]["isced"]
                        .clone()
                })
                .collect()
        } else {
            let bip = find("bips", &hit["id"]);
            let listed = bip["programmes"].as_array().cloned().unwrap_or_default();
            listed
                .iter()
                .map(isced_of)
                .chain(bip.get("isced").cloned())
                .collect()
        };
        assert!(
            fields.iter().all(|f| f == "0211"),
            "{} has {fields:?}",
            hit["id"]
        );
    }
    let related: Vec<bool> = hits
        .iter()
        .map(|h| h.get("related") == Some(&Value::Bool(true)))
        .collect();
    let fitting = related.iter().take_while(|r| !**r).count();
    assert!(fitting > 20, "{fitting} fit Photography");
    assert!(
        related[fitting..].iter().all(|r| *r),
        "related ones come after every fitting one"
    );
    assert!(
        related.len() > fitting,
        "Film and Animation agreements are offered as related"
    );
    for hit in &hits[fitting..] {
        assert!(
            hit["warnings"].as_array().is_some_and(|w| w
                .iter()
                .any(|n| n["code"] == "related-field" && n["detail"] == "0211")),
            "{hit}"
        );
    }
    // The table: the count of those that fit, then the related ones under their own heading.
    let table = run(&[
        "search",
        DEMO,
        "--programme",
        "photography",
        "--today",
        "2026-11-29",
    ]);
    let out = stdout(&table);
    let first_line = out.lines().next().unwrap_or_default();
    assert_eq!(first_line, format!("{fitting} results"));
    let heading = format!("Also open to related programmes: {}", hits.len() - fitting);
    assert!(out.lines().any(|l| l == heading), "{out}");
    let nl = stdout(&run(&[
        "search",
        DEMO,
        "--programme",
        "fotografie",
        "--lang",
        "nl",
        "--today",
        "2026-11-29",
    ]));
    assert!(nl.starts_with(&format!("{fitting} resultaten\n")), "{nl}");
    assert!(
        nl.contains("\nOok open voor verwante opleidingen: "),
        "{nl}"
    );
}

#[test]
fn search_criteria_json_puts_the_lodz_film_school_first() {
    let o = run(&[
        "search",
        DEMO,
        "--criteria",
        r#"{"query":"Lodz"}"#,
        "--json",
        "--today",
        "2026-11-29",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let hits: Vec<Value> = serde_json::from_str(&stdout(&o)).expect("a JSON array");
    assert_eq!(hits[0]["id"], "lodz-film-school");
    assert_eq!(hits[0]["kind"], "institution");
    assert_eq!(hits[0]["distance_band"], "500-1999");
}

#[test]
fn the_places_of_issue_10_are_found_as_people_write_them() {
    for (query, school) in [
        ("keulen", "khm-koeln"),
        ("warszawa", "asp-warszawa"),
        ("luik", "esa-saint-luc-liege"),
        ("filmschool tsjechië", "famu"),
    ] {
        let o = run(&[
            "search",
            DEMO,
            "-q",
            query,
            "--json",
            "--today",
            "2026-11-29",
        ]);
        let hits: Vec<Value> = serde_json::from_str(&stdout(&o)).expect("a JSON array");
        assert_eq!(
            hits.first().map(|h| &h["id"]),
            Some(&Value::from(school)),
            "{query}"
        );
    }
}

#[test]
fn a_staff_search_gives_staff_terms_rules_and_contacts_not_a_next_stay() {
    let o = run(&[
        "search",
        DEMO,
        "--mobility",
        "staff-teaching",
        "--query",
        "lyon",
        "--lang",
        "en",
        "--today",
        "2026-11-29",
    ]);
    let out = stdout(&o);
    assert!(o.status.success(), "{out}");
    // Table cells wrap: compare the text without the table's line breaks and borders.
    let text: String = out
        .split(['\n', '│', '┆'])
        .map(str::trim)
        .collect::<Vec<_>>()
        .join(" ");
    for said in [
        "Staff: teaching · 2–60 days · 1 place per year · Contact: Claire Dumas",
        "at least 8 teaching hours a week",
        "claire.dumas@example.org",
    ] {
        assert!(text.contains(said), "{said} in: {text}");
    }
    assert!(!text.contains("Next:"), "no student's next stay: {text}");
}

#[test]
fn search_without_results_suggests_a_filter_to_drop() {
    let o = run(&[
        "search",
        DEMO,
        "--query",
        "lyon",
        "--country",
        "JP",
        "--today",
        "2026-11-29",
    ]);
    assert!(o.status.success());
    let out = stdout(&o);
    assert!(
        out.starts_with("No results.\nWithout --") && out.contains(" results."),
        "{out}"
    );
}

/// `--sort distance`: the nearest first among the results that fit, the related ones after;
/// an unknown order names the ones there are.
#[test]
fn search_sorts_by_distance_and_names_the_orders() {
    let o = run(&[
        "search",
        DEMO,
        "--programme",
        "photography",
        "--sort",
        "distance",
        "--json",
        "--today",
        "2026-11-29",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let hits: Vec<Value> = serde_json::from_str(&stdout(&o)).expect("a JSON array");
    let km: Vec<u64> = hits
        .iter()
        .filter(|h| h["related"] != true)
        .filter_map(|h| h["distance_km"].as_u64())
        .collect();
    assert!(
        km.len() > 5 && km.windows(2).all(|w| w[0] <= w[1]),
        "{km:?}"
    );
    let bad = run(&["search", DEMO, "--sort", "random"]);
    assert!(!bad.status.success());
    assert!(
        stderr(&bad).contains("best-fit, distance, deadline, name"),
        "{}",
        stderr(&bad)
    );
}

/// A search that names no mobility is a student's, as the widget's first view is: K-Arts,
/// whose only Photography agreement is staff teaching (no deadline to miss), ranked first
/// above every study exchange whose spring deadline had passed. Now no result is offered for
/// staff mobility (K-Arts comes only for its Film agreement, a related field); asked for,
/// staff mobility still finds its Photography agreement.
#[test]
fn search_without_mobility_is_a_students_and_staff_mobility_is_found_when_asked() {
    let hits = |extra: &[&str]| -> Vec<Value> {
        let mut args = vec![
            "search",
            DEMO,
            "--programme",
            "fotografie",
            "--term",
            "spring",
        ];
        args.extend_from_slice(&["--speaks", "en B2", "--today", "2026-11-29", "--json"]);
        args.extend_from_slice(extra);
        let o = run(&args);
        assert!(o.status.success(), "{}", stderr(&o));
        serde_json::from_str(&stdout(&o)).expect("a JSON array")
    };
    let offers_staff = |hit: &Value| {
        hit["reasons"].as_array().is_some_and(|r| {
            r.iter().any(|n| {
                n["code"] == "mobility" && n["detail"].as_str().is_some_and(|d| d.contains("staff"))
            })
        })
    };
    let karts = |hits: &[Value]| hits.iter().find(|h| h["id"] == "karts").cloned();
    let student = hits(&[]);
    assert!(!student.is_empty());
    assert!(!student.iter().any(offers_staff), "{student:?}");
    let related = karts(&student).is_some_and(|k| k["related"] == true);
    assert!(related, "{:?}", karts(&student));
    for asked in [
        hits(&["--mobility", "staff-teaching"]),
        hits(&["--criteria", r#"{"mobility": ["staff-teaching"]}"#]),
    ] {
        let k = karts(&asked);
        assert!(
            k.as_ref()
                .is_some_and(|k| offers_staff(k) && k["related"] != true),
            "{k:?}"
        );
    }
}

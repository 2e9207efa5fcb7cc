//! What `search` makes of its input: flags over `--criteria`, words that match nothing, a
//! query too long, and input it refuses.

use serde_json::Value;

use crate::command::{assert_refused, run, scratch, stderr, stdout, DEMO};

#[test]
fn a_word_that_matches_nothing_is_named_and_json_stays_an_array() {
    let args = [
        "search",
        DEMO,
        "-q",
        "summer photography",
        "--today",
        "2026-11-29",
    ];
    let table = run(&args);
    assert!(table.status.success(), "{}", stderr(&table));
    assert!(
        stderr(&table)
            .contains("note: No match for ‘summer’: showing results for the other words."),
        "{}",
        stderr(&table)
    );
    assert!(
        stdout(&table).contains("photographie"),
        "{}",
        stdout(&table)
    );
    let dutch = run(&[&args[..], &["--lang", "nl"]].concat());
    assert!(
        stderr(&dutch).contains("Geen resultaat voor ‘summer’"),
        "{}",
        stderr(&dutch)
    );
    // --json stays the array of results; the note goes to stderr.
    let json = run(&[&args[..], &["--json"]].concat());
    let hits: Vec<Value> = serde_json::from_str(&stdout(&json)).expect("a JSON array");
    assert_eq!(hits[0]["id"], "ensp-arles");
    assert!(stderr(&json).contains("‘summer’"), "{}", stderr(&json));
    // --json-page: the same results with the total and the words left out.
    let page = run(&[&args[..], &["--json-page", "--limit", "3"]].concat());
    let page: Value = serde_json::from_str(&stdout(&page)).expect("a JSON object");
    assert_eq!(page["ignored_words"], serde_json::json!(["summer"]));
    assert_eq!(page["results"][0]["id"], "ensp-arles");
    assert_eq!(page["results"].as_array().map(Vec::len), Some(3));
    assert!(page["total"].as_u64().is_some_and(|t| t > 3), "{page}");
}

#[test]
fn flags_override_criteria_and_the_table_is_readable() {
    let o = run(&[
        "search",
        DEMO,
        "--criteria",
        r#"{"query":"Lodz","limit":1}"#,
        "-q",
        "lyon",
        "--country",
        "Frankrijk",
        "--speaks",
        "fr C1",
        "--lang",
        "nl",
        "--today",
        "2026-11-29",
    ]);
    let out = stdout(&o);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        out.contains("Conservatoire national supérieur de musique et de danse de Lyon"),
        "{out}"
    );
    assert!(
        out.contains("Lyon, Frankrijk") && out.contains("Je voldoet aan de taalvereiste: Frans B1"),
        "{out}"
    );
    assert!(
        out.contains("waarom het past") && out.contains("instelling"),
        "{out}"
    );
    assert!(!out.contains("Łódź"), "{out}");
}

#[test]
fn search_reads_the_first_12_words_of_a_70000_word_query_and_says_so() {
    let first_12 = "Conservatoire national supérieur de musique et de danse de Lyon CNSMD Lyon";
    let criteria =
        serde_json::json!({ "query": format!("{first_12} {}", "nowhere ".repeat(70_000)) });
    let file = scratch("long-query.json", criteria.to_string());
    let at_file = format!("@{}", file.display());
    let long = run(&[
        "search",
        DEMO,
        "--criteria",
        &at_file,
        "--json",
        "--today",
        "2026-11-29",
    ]);
    let short = run(&[
        "search",
        DEMO,
        "-q",
        first_12,
        "--json",
        "--today",
        "2026-11-29",
    ]);
    assert!(long.status.success(), "{}", stderr(&long));
    let hits: Vec<Value> = serde_json::from_str(&stdout(&long)).expect("a JSON array");
    assert_eq!(hits[0]["id"], "cnsmd-lyon");
    assert_eq!(stdout(&long), stdout(&short));
    assert!(
        stderr(&long).contains(&format!(
            "note: the query is too long: only its first 12 words and 200 characters are read. Searched for: \"{first_12}\"."
        )),
        "{}",
        stderr(&long)
    );
    assert_eq!(stderr(&short), "", "a short query is not cut");
    let nl = run(&["search", DEMO, "--criteria", &at_file, "--lang", "nl"]);
    assert!(
        stderr(&nl).contains("de zoekopdracht is te lang: alleen de eerste 12 woorden"),
        "{}",
        stderr(&nl)
    );
}

#[test]
fn bad_search_input_is_refused_clearly() {
    assert_refused(
        &run(&["search", DEMO, "--programme", "astrofysica"]),
        "programme \"astrofysica\" is not in the catalogue",
    );
    assert_refused(
        &run(&["search", DEMO, "--criteria", r#"{"contries":["FR"]}"#]),
        "unknown field `contries`",
    );
    assert_refused(
        &run(&["search", DEMO, "--criteria", r#"{"kinds":"bip"}"#]),
        "kinds: invalid type",
    );
    assert_refused(&run(&["search", DEMO, "--criteria", "{"]), "--criteria");
    assert_refused(
        &run(&["search", DEMO, "--level", "phd"]),
        "use one of bachelor, master",
    );
    assert_refused(
        &run(&["search", DEMO, "--speaks", "english"]),
        "such as \"en B2\"",
    );
    assert_refused(
        &run(&["search", "missing.json"]),
        "cannot read missing.json",
    );
    assert_refused(&run(&["frobnicate"]), "unrecognized subcommand");
}

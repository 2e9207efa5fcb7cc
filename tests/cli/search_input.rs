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
        out.contains("Lyon, Frankrijk") && out.contains("Les in een taal die je koos: Frans B1"),
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

/// `search --criteria TEXT` (and `@FILE`) refused for TEXT; its one line on stderr.
fn criteria_refused(criteria: &str) -> String {
    let o = run(&["search", DEMO, "--criteria", criteria]);
    assert_refused(&o, "error: --criteria");
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(!err.contains(" at line "), "serde_json's own words: {err}");
    err
}

#[test]
fn criteria_that_are_not_json_are_said_as_check_says_a_catalogue_s_with_line_and_column() {
    for (criteria, said) in [
        (
            r#"{query: "lyon"}"#,
            "expected a key in straight quotes here, such as \"city\" (line 1, column 2)",
        ),
        (
            r#"{"query": "lyon",}"#,
            "remove the comma before }, after `{\"query\": \"lyon\"`: the last entry takes none \
             (line 1, column 18)",
        ),
        (
            // Columns in characters, as editors count them (ó is two bytes).
            r#"{"query": "Łódź" "term": "spring"}"#,
            "a comma is probably missing before `\"term\"`: entries of an object or a list are \
             separated by commas (line 1, column 18)",
        ),
        (
            "{\"query\": \u{201c}lyon\u{201d}}",
            "\u{201c}lyon\u{201d} is in typographic (curly) quotes, as a word processor writes \
             them, where keys and texts in JSON need straight \" quotes: write \"lyon\"",
        ),
        (
            r#"{"max_distance_km": 1500,5}"#,
            "\"1500,5\" is written with a decimal comma, but numbers in JSON take a decimal \
             point: write 1500.5 (line 1, column 26)",
        ),
        (
            r#"{"query": "lyon"} // the city"#,
            "JSON has no comments: remove `// the city` (line 1, column 19)",
        ),
        // What the catalogue's words say of a whole file, said of criteria.
        (
            "{",
            "the criteria end before their closing }: a } or ] is missing, or a text's closing \
             \" (line 1, column 1)",
        ),
        (
            r#"{"query": "lyon"}}"#,
            "more follows the criteria's closing }: remove it (a } once too often, or something \
             pasted after the end?) (line 1, column 18)",
        ),
        (
            " query=lyon",
            "criteria are a JSON object, such as {\"query\": \"lyon\", \"term\": \"spring\"} \
             (`partner-matcher schema --criteria` lists the fields); this begins with \"q\" \
             (line 1, column 2)",
        ),
        (
            " ",
            "the criteria are empty: give a JSON object, such as {\"query\": \"lyon\", \
             \"term\": \"spring\"}",
        ),
        // JSON, but no object: said so, not as serde's "expected struct Criteria".
        (
            r#"["lyon"]"#,
            "criteria are a JSON object, such as {\"query\": \"lyon\", \"term\": \"spring\"} \
             (`partner-matcher schema --criteria` lists the fields); this is an array (line 1, \
             column 1)",
        ),
        (
            " 42",
            "criteria are a JSON object, such as {\"query\": \"lyon\", \"term\": \"spring\"} \
             (`partner-matcher schema --criteria` lists the fields); this is a number (line 1, \
             column 2)",
        ),
    ] {
        let err = criteria_refused(criteria);
        assert!(
            err.starts_with(&format!("error: --criteria: {said}")),
            "{criteria}: {err}"
        );
    }
}

#[test]
fn criteria_at_with_no_file_name_say_what_to_give() {
    let o = run(&["search", DEMO, "--criteria", "@"]);
    assert_refused(
        &o,
        "error: --criteria @: give the criteria's file after @, such as --criteria \
         @criteria.json, or the criteria themselves",
    );
    assert!(!stderr(&o).contains("cannot read :"), "{}", stderr(&o));
}

#[test]
fn criteria_from_a_file_that_are_not_json_name_the_file_and_the_line() {
    let missing_comma = scratch(
        "criteria-comma.json",
        "{\n  \"query\": \"lyon\"\n  \"term\": \"spring\"\n}\n",
    );
    let given = format!("@{}", missing_comma.display());
    assert_eq!(
        criteria_refused(&given),
        format!(
            "error: --criteria {given}: a comma is probably missing at the end of line 2, after \
             `\"query\": \"lyon\"`: the next entry starts on line 3 (line 3, column 3)\n"
        )
    );
    let cut_off = scratch("criteria-cut.json", "{\n  \"query\": \"lyon\",\n");
    let given = format!("@{}", cut_off.display());
    assert!(
        criteria_refused(&given).starts_with(&format!(
            "error: --criteria {given}: the file ends before the criteria's closing }}: a }} or \
             ] is missing, or a text's closing \" (or the file was not saved completely) (line \
             3, column 1)"
        )),
        "{given}"
    );
    let empty = scratch("criteria-empty.json", "");
    let given = format!("@{}", empty.display());
    assert!(
        criteria_refused(&given).starts_with(&format!(
            "error: --criteria {given}: the file is empty: give"
        )),
        "{given}"
    );
    // A file's other problems are named by the file too; an editor's byte-order mark is no
    // problem.
    let unknown = scratch("criteria-unknown.json", "\u{feff}{\"contries\": [\"FR\"]}");
    let given = format!("@{}", unknown.display());
    assert_refused(
        &run(&["search", DEMO, "--criteria", &given]),
        &format!("error: --criteria {given}: invalid criteria: contries: unknown field `contries`"),
    );
}

#[test]
fn a_language_only_searched_for_is_never_said_to_be_spoken() {
    // "english" typed is a wish to be taught in English, not a level the student has: the
    // reason says what is true of both (a language the student chose), never that they meet
    // the requirement.
    let o = run(&[
        "search",
        DEMO,
        "-p",
        "photography",
        "-q",
        "english",
        "--limit",
        "3",
        "--today",
        "2026-11-29",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.contains("Taught in a language you chose: English B2"),
        "{out}"
    );
    assert!(!out.contains("meet"), "{out}");
}

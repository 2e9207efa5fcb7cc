//! The `partner-matcher` command line, run as the international office runs it.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/command.rs"]
mod command;

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Command, Stdio};

use command::{assert_refused, run, scratch, scratch_path, stderr, stdout, DEMO};
use serde_json::Value;

#[test]
fn check_accepts_the_demo_catalogue() {
    let o = run(&["check", DEMO]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.contains("ok: 12 programmes") && out.contains("BIPs"),
        "{out}"
    );
}

#[test]
fn check_names_every_error_and_fails() {
    let bad = include_str!("fixtures/small.json")
        .replace("\"country\": \"FR\"", "\"country\": \"XX\"")
        .replace(
            "\"isced\": \"0211\", \"places\"",
            "\"isced\": \"02111\", \"places\"",
        );
    let path = scratch("bad.json", &bad);
    let o = run(&["check", path.to_str().unwrap_or_default()]);
    assert_refused(
        &o,
        "error: institutions[0].country: `country` must be an ISO 3166-1 alpha-2 country code such as \"FR\", found \"XX\" (line 21, column 18)",
    );
    assert!(stderr(&o).contains("institutions[1].country"));
    assert!(stderr(&o).contains("institutions[1].agreements[0].isced"));
    let o = run(&["check", "--json", path.to_str().unwrap_or_default()]);
    let report: Value = serde_json::from_str(&stdout(&o)).unwrap_or_default();
    assert_eq!(report["ok"], Value::Bool(false));
    assert_eq!(report["problems"][0]["place"], "institutions[0].country");
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn check_says_which_records_the_widget_would_leave_out() {
    let bad = include_str!("fixtures/small.json").replace(
        "\"city\": \"Arles\",\n      \"country\": \"FR\"",
        "\"city\": \"Arles\",\n      \"country\": \"XX\"",
    );
    let path = scratch("one-bad.json", &bad);
    let o = run(&["check", path.to_str().unwrap_or_default()]);
    assert_refused(
        &o,
        "the widget would leave out 2 records and show the rest: institutions[1] (ensp-arles), bips[0] (bip-photo-2027)",
    );
    let o = run(&["check", "--json", path.to_str().unwrap_or_default()]);
    let report: Value = serde_json::from_str(&stdout(&o)).unwrap_or_default();
    assert_eq!(report["ok"], Value::Bool(false));
    assert_eq!(report["widget"]["shows"], Value::Bool(true));
    assert_eq!(report["widget"]["left_out"][0]["place"], "institutions[1]");
    assert_eq!(report["widget"]["left_out"][0]["id"], "ensp-arles");
    let whole = include_str!("fixtures/small.json").replace("\"BE\"", "\"XX\"");
    let path = scratch("bad-home.json", &whole);
    let o = run(&["check", path.to_str().unwrap_or_default()]);
    assert_refused(&o, "the widget would show no partners");
    // Bytes that are not UTF-8 are a problem of the file, with its line.
    let path = scratch("latin1.json", "");
    let mut bytes = include_str!("fixtures/small.json").as_bytes().to_vec();
    let at = bytes.iter().position(|&b| b == b'A').unwrap_or_default();
    bytes[at] = 0xC9;
    std::fs::write(&path, bytes).unwrap_or_default();
    let o = run(&["check", path.to_str().unwrap_or_default()]);
    assert_refused(&o, "not UTF-8");
}

#[test]
fn check_reports_syntax_errors_by_line_and_column() {
    let path = scratch(
        "syntax.json",
        "{\n  \"format\": \"partner-matcher/catalogue@1\",\n  \"home\": {,}\n}",
    );
    let o = run(&["check", path.to_str().unwrap_or_default()]);
    assert_refused(&o, "(line 3, column 12)");
}

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
    let o = run(&["search", DEMO, "--programme", "photography", "--json"]);
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
    let table = run(&["search", DEMO, "--programme", "photography"]);
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
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let hits: Vec<Value> = serde_json::from_str(&stdout(&o)).expect("a JSON array");
    assert_eq!(hits[0]["id"], "lodz-film-school");
    assert_eq!(hits[0]["kind"], "institution");
    assert_eq!(hits[0]["distance_band"], "500-1999");
}

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
    let o = run(&["search", DEMO, "--query", "lyon", "--country", "JP"]);
    assert!(o.status.success());
    let out = stdout(&o);
    assert!(
        out.starts_with("No results.\nWithout --") && out.contains(" results."),
        "{out}"
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

#[test]
fn schema_validates_the_demo_and_rejects_bad_catalogues() {
    let o = run(&["schema"]);
    assert!(o.status.success());
    let schema: Value = serde_json::from_str(&stdout(&o)).expect("schema is JSON");
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    let validator = jsonschema::validator_for(&schema).expect("a valid JSON Schema");
    let demo: Value =
        serde_json::from_str(include_str!("../www/catalogue.json")).expect("demo parses");
    let errors: Vec<String> = validator
        .iter_errors(&demo)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    let mut bad = demo.clone();
    bad["institutions"][3]["location"]["lat"] = Value::from(123.0);
    bad["institutions"][4]["agreements"][0]["mobility"] = Value::from("holiday");
    bad["institutions"][5]["country"] = Value::from("france");
    let places: Vec<String> = validator
        .iter_errors(&bad)
        .map(|e| e.instance_path().to_string())
        .collect();
    for place in [
        "/institutions/3/location/lat",
        "/institutions/4/agreements/0/mobility",
        "/institutions/5/country",
    ] {
        assert!(
            places.iter().any(|p| p == place),
            "{place} not in {places:?}"
        );
    }
    let criteria = run(&["schema", "--criteria"]);
    let schema: Value = serde_json::from_str(&stdout(&criteria)).expect("criteria schema is JSON");
    assert!(schema["properties"]["max_distance_km"].is_object());
}

#[test]
fn import_csv_merges_the_office_spreadsheet() {
    let out = scratch_path("imported.json");
    let o = run(&[
        "import-csv",
        "www/partners-sample.csv",
        "--into",
        DEMO,
        "--output",
        out.to_str().unwrap_or_default(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("institutions: 6 added (hfbk-hamburg, rncm, esmae, filmuniversitaet-babelsberg, risd, sandberg), 0 changed, 0 unchanged\nagreements: 12 added, 0 changed, 0 unchanged, 0 removed"),
        "{}",
        stderr(&o)
    );
    let check = run(&["check", out.to_str().unwrap_or_default()]);
    assert!(check.status.success(), "{}", stderr(&check));
    assert!(
        stdout(&check).contains("154 institutions"),
        "{}",
        stdout(&check)
    );
}

#[test]
fn import_csv_names_row_and_column_of_bad_cells() {
    let csv =
        "institution_id,institution_name,city,country,lat,lon,mobility,isced,languages,places\n\
               new-school,New School,Oslo,NO,59.9,10.7,study,211,en B2,2\n\
               new-school,,,,,,studie,0211,en B2,2\n\
               other,Other,Paris,FR,north,2.3,study,0213,fr X9,1\n\
               third,Third,Rome,IT,41.9,12.5,study,0216,,1\n";
    let path = scratch("bad.csv", csv);
    let o = run(&[
        "import-csv",
        path.to_str().unwrap_or_default(),
        "--into",
        DEMO,
    ]);
    assert_refused(
        &o,
        "row 3, column mobility (G): \"studie\" is not one of study, traineeship",
    );
    let err = stderr(&o);
    assert!(
        err.contains("row 4, column lat (E): \"north\" is not a number"),
        "{err}"
    );
    assert!(
        err.contains("row 4, column languages (I): \"X9\" is not a CEFR level"),
        "{err}"
    );
    // Cells that parse but do not validate are named by their row and column too.
    let csv = "institution_id,institution_name,city,country,lat,lon,mobility,isced\nthird,Third,Rome,IT,41.9,12.5,study,0216\n";
    let o = run(&[
        "import-csv",
        scratch("bad2.csv", csv).to_str().unwrap_or_default(),
        "--into",
        DEMO,
    ]);
    assert_refused(&o, "row 2, column isced (H): ");
    assert!(
        stderr(&o).contains("(in the catalogue: institutions[148].agreements[0].isced)"),
        "{}",
        stderr(&o)
    );
    let o = run(&[
        "import-csv",
        scratch("bad3.csv", "institution_id,colour\nx,blue\n")
            .to_str()
            .unwrap_or_default(),
        "--into",
        DEMO,
    ]);
    assert_refused(
        &o,
        "row 1, column colour (B): not a column the import knows; the columns are institution_id,",
    );
    assert!(
        stderr(&o).contains(
            "row 1: there are no columns institution_name, city, country, lat, lon, mobility, \
             isced, and every import needs them"
        ),
        "{}",
        stderr(&o)
    );
}

/// Imports a fixture into the demo catalogue; the merged catalogue as JSON and stderr.
fn import_fixture(name: &str) -> (Value, String) {
    let out = scratch_path(&format!("{name}.json"));
    let path = format!("tests/fixtures/{name}");
    let out_path = out.to_str().unwrap_or_default();
    let o = run(&["import-csv", &path, "--into", DEMO, "--output", out_path]);
    assert!(o.status.success(), "{}", stderr(&o));
    let check = run(&["check", out_path]);
    assert!(check.status.success(), "check: {}", stderr(&check));
    let text = std::fs::read_to_string(&out).expect("the output is written");
    (serde_json::from_str(&text).expect("JSON"), stderr(&o))
}

fn institution<'c>(catalogue: &'c Value, id: &str) -> &'c Value {
    catalogue["institutions"]
        .as_array()
        .and_then(|all| all.iter().find(|i| i["id"] == id))
        .unwrap_or_else(|| panic!("{id} was imported"))
}

#[test]
fn import_csv_reads_excel_with_semicolons_decimal_commas_and_empty_columns() {
    // Excel in Belgium and the Netherlands: a byte-order mark, `;`, decimal commas, CRLF,
    // trailing `;;` and an empty row at the end.
    let (catalogue, err) = import_fixture("excel-nl.csv");
    assert!(
        err.contains("institutions: 2 added (hfbk-hamburg-nl, kabk-nl)")
            && err.contains("agreements: 3 added"),
        "{err}"
    );
    assert!(!err.contains("warning"), "{err}");
    let hamburg = institution(&catalogue, "hfbk-hamburg-nl");
    assert_eq!(hamburg["name"], "Hochschule für bildende Künste Hamburg");
    assert_eq!(hamburg["location"]["lat"], 53.5667);
    assert_eq!(hamburg["location"]["lon"], 10.0253);
    let agreements = hamburg["agreements"].as_array().expect("agreements");
    assert_eq!(agreements.len(), 2);
    assert_eq!(
        agreements[0]["levels"],
        serde_json::json!(["bachelor", "master"])
    );
    assert_eq!(agreements[0]["isced"], "0213");
    assert_eq!(agreements[1]["places"], 1, "\"1,0\" is one place");
    assert_eq!(hamburg["deadlines"]["autumn"], "--04-15");
}

#[test]
fn import_csv_reads_windows_1252_with_a_warning() {
    let (catalogue, err) = import_fixture("excel-windows-1252.csv");
    assert!(
        err.contains("warning: tests/fixtures/excel-windows-1252.csv: the file is not UTF-8, so it was read as Windows-1252")
            && err.contains("save it as \"CSV UTF-8\""),
        "{err}"
    );
    assert!(err.contains("agreements: 3 added"), "{err}");
    let lyon = institution(&catalogue, "ensba-lyon-1252");
    assert_eq!(
        lyon["name"],
        "École nationale supérieure des beaux-arts de Lyon"
    );
    assert_eq!(lyon["requirements"][0], "dossier d’œuvres");
    assert_eq!(institution(&catalogue, "zhdk-1252")["city"], "Zürich");
    assert_eq!(
        institution(&catalogue, "ulisboa-1252")["name"],
        "Faculdade de Belas-Artes, Universidade de Lisboa (Praça)"
    );
}

#[test]
fn import_csv_reads_tab_separated_text() {
    let (catalogue, err) = import_fixture("tab-separated.tsv");
    assert!(err.contains("agreements: 2 added"), "{err}");
    let gothenburg = institution(&catalogue, "hdk-tab");
    assert_eq!(gothenburg["city"], "Göteborg");
    assert_eq!(gothenburg["location"]["lat"], 57.6975);
    assert_eq!(
        institution(&catalogue, "aalto-tab")["name"],
        "Aalto University School of Arts, Design and Architecture"
    );
}

#[test]
fn import_csv_refuses_an_empty_file_and_a_header_without_rows() {
    for (name, text, words) in [
        ("empty.csv", "", "the file is empty: its first row must name the columns"),
        ("blank.csv", "\r\n\r\n", "the file is empty"),
        (
            "header-only.csv",
            "institution_id;institution_name;city;country;lat;lon;mobility;isced;;\r\n;;;;;;;;;\r\n",
            "the file has no agreements: row 1 names the columns, but no row after it has a value",
        ),
    ] {
        let path = scratch(name, text);
        let o = run(&["import-csv", path.to_str().unwrap_or_default(), "--into", DEMO]);
        assert_refused(&o, words);
        assert_eq!(stdout(&o), "", "{name}: nothing is written");
    }
}

#[test]
fn import_csv_numbers_rows_as_the_spreadsheet_does_in_every_message() {
    // Windows line ends, a cell over two lines (row 2), a blank row (row 3): value errors and
    // cell-count errors name the rows the spreadsheet shows.
    let csv = "institution_id;institution_name;city;country;lat;lon;mobility;isced;tags\r\n\
               a;A;Oslo;NO;59,9;10,7;study;0211;\"two\r\nlines\"\r\n\
               \r\n\
               b;B;Rome;IT;41,9;12,5;studie;0211;\r\n\
               c;C;Rome\r\n\
               d;D;Rome;IT;41,9;12,5;study;0211;;5\r\n";
    let path = scratch("rows.csv", csv);
    let o = run(&[
        "import-csv",
        path.to_str().unwrap_or_default(),
        "--into",
        DEMO,
    ]);
    assert_refused(&o, "row 4, column mobility (G): \"studie\" is not one of");
    let err = stderr(&o);
    assert!(
        err.contains("row 5: has 3 cells, but row 1 names columns up to I (\"tags\")"),
        "{err}"
    );
    assert!(
        err.contains("row 6, column J: \"5\" is in a column without a name in row 1"),
        "{err}"
    );
}

#[test]
fn preview_serves_the_widget_with_the_catalogue_under_a_strict_policy() {
    // A site with the loader's source, so the test does not need `make build` first.
    let www = std::env::temp_dir().join(format!("pm-preview-{}", std::process::id()));
    std::fs::create_dir_all(&www).expect("temp dir");
    let loader = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/partner-matcher.js");
    std::fs::copy(loader, www.join("partner-matcher.js")).expect("loader");
    let mut child = Command::new(env!("CARGO_BIN_EXE_partner-matcher"))
        .args([
            "preview",
            "tests/fixtures/small.json",
            "--port",
            "0",
            "--www",
        ])
        .arg(&www)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("preview starts");
    let mut line = String::new();
    if let Some(out) = child.stdout.take() {
        let _ = BufReader::new(out).read_line(&mut line);
    }
    let address = line
        .split("http://")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .unwrap_or_default()
        .to_owned();
    let get = |path: &str| -> String {
        let mut stream = std::net::TcpStream::connect(&address).expect("connects");
        let _ = write!(
            stream,
            "GET {path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n"
        );
        let mut response = String::new();
        let _ = stream.read_to_string(&mut response);
        response
    };
    let catalogue = get("/catalogue.json");
    let loader = get("/partner-matcher.js");
    let missing = get("/nothing-here");
    let _ = child.kill();
    let _ = child.wait();
    if address.is_empty() {
        panic!("no address printed; line: {line:?}");
    }
    assert!(catalogue.starts_with("HTTP/1.1 200"), "{catalogue}");
    assert!(
        catalogue.contains("École nationale supérieure de la photographie"),
        "serves the given file, not www's"
    );
    assert!(catalogue.to_lowercase().contains("content-security-policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'"));
    assert!(loader.contains("customElements.define('partner-matcher'"));
    assert!(missing.starts_with("HTTP/1.1 404"));
    let _ = std::fs::remove_dir_all(&www);
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

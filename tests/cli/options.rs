//! Option values that cannot be used are refused before anything runs, saying what was
//! given, what is expected and an example; usage lines agree with --help.

use std::process::Command;

use crate::command::{assert_ok, assert_refused, run, stderr, stdout, DEMO};

#[test]
fn a_distance_is_a_number_of_kilometres() {
    let cases = [
        (
            "500km",
            "invalid value '500km' for '--max-distance <KM>': give the kilometres as a number \
             alone, without a unit: --max-distance 500",
        ),
        (
            "1,5",
            "give the kilometres with a decimal point, not a comma: --max-distance 1.5",
        ),
        (
            // Taken as the option's value, not as an option of its own ("-- -5").
            "-5",
            "invalid value '-5' for '--max-distance <KM>': a distance cannot be negative: give \
             the kilometres from home, 0 or more, such as --max-distance 500",
        ),
        ("far", "give the kilometres from home as a number, such as"),
    ];
    for (given, said) in cases {
        let o = run(&["search", DEMO, "--max-distance", given]);
        assert_refused(&o, said);
        assert!(!stderr(&o).contains("-- -5"), "{}", stderr(&o));
    }
    assert_ok(&run(&["search", DEMO, "--max-distance", "500"]));
    let o = run(&["search", DEMO, "--limit", "-1"]);
    assert_refused(
        &o,
        "invalid value '-1' for '--limit <N>': give how many results",
    );
}

#[test]
fn a_date_must_be_a_day_that_exists() {
    for command in ["search", "render"] {
        let o = run(&[command, DEMO, "--today", "2026-02-30"]);
        assert_refused(
            &o,
            "invalid value '2026-02-30' for '--today <YYYY-MM-DD>': February 2026 has no day \
             30: it has 28 days (give a date written YYYY-MM-DD, such as 2026-11-29)",
        );
        let o = run(&[command, DEMO, "--today", "30/11/2026"]);
        assert_refused(&o, "give a date written YYYY-MM-DD, such as 2026-11-29");
        let o = run(&[command, DEMO, "--today", "2026-13-01"]);
        assert_refused(&o, "there is no month 13: months go from 01 to 12");
    }
    assert_ok(&run(&["search", DEMO, "--today", "2028-02-29"]));
}

#[test]
fn a_port_from_the_environment_is_named_as_such() {
    let o = Command::new(env!("CARGO_BIN_EXE_partner-matcher"))
        .args(["preview", DEMO])
        .env("PORT", "abc")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap_or_else(|e| panic!("the binary runs: {e}"));
    assert_refused(
        &o,
        "invalid value 'abc' for '--port <PORT>': a port is a whole number up to 65535, such as \
         --port 8081 (0 picks a free one); it came from the PORT environment variable",
    );
    let o = run(&["preview", DEMO, "--port", "70000"]);
    assert_refused(&o, "a port is a whole number up to 65535");
    assert!(!stderr(&o).contains("PORT environment"), "{}", stderr(&o));
}

#[test]
fn render_takes_p_for_the_programme_as_search_does() {
    let long = run(&["render", DEMO, "--programme", "photography"]);
    let short = run(&["render", DEMO, "-p", "photography"]);
    assert_ok(&short);
    assert_eq!(stdout(&short), stdout(&long));
    assert!(stdout(&short).contains("Photography"));
}

#[test]
fn usage_lines_in_errors_are_those_of_help() {
    let help = stdout(&run(&["import", "--help"]));
    let usage = help
        .lines()
        .find(|l| l.starts_with("Usage: "))
        .unwrap_or_default()
        .to_owned();
    assert_eq!(
        usage,
        "Usage: partner-matcher import [OPTIONS] --into <INTO> [FILES]..."
    );
    // No file, and an option clap does not know: both show the usage of --help.
    for args in [
        vec!["import", "--into", DEMO, "--output", "new.json"],
        vec![
            "import", "a.csv", "--into", DEMO, "-o", "new.json", "--bogus",
        ],
    ] {
        let o = run(&args);
        assert_refused(&o, &usage);
        assert!(!stderr(&o).contains("<OUTPUT> <FILES>"), "{}", stderr(&o));
    }
    let o = run(&["search", DEMO, "--lang", "nl", "--bogus"]);
    assert_refused(&o, "Usage: partner-matcher search [OPTIONS] <FILE>");
}

#[test]
fn every_command_s_help_ends_with_examples() {
    for command in [
        "check", "schema", "search", "import", "render", "diff", "preview",
    ] {
        let o = run(&[command, "--help"]);
        assert_ok(&o);
        let help = stdout(&o);
        let examples = help
            .split_once("\nExamples:\n")
            .map(|(_, examples)| examples)
            .unwrap_or_default();
        assert!(
            examples.contains(&format!("\n  partner-matcher {command} "))
                || examples.starts_with(&format!("  partner-matcher {command} ")),
            "{command} --help has no example of {command}: {help}"
        );
    }
    // --today says what the date changes, in both commands that take it.
    for command in ["search", "render"] {
        let help = stdout(&run(&[command, "--help"]));
        assert!(
            help.contains("agreements that ended before") && help.contains("BIPs over by"),
            "{help}"
        );
    }
    // Every value an option takes is named, not only in the error after a wrong one.
    let help = stdout(&run(&["search", "--help"]));
    assert!(
        help.contains("--kind <KINDS>") && help.contains("institution or bip"),
        "{help}"
    );
}

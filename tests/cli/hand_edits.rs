//! A catalogue edited by hand, with the mistakes a person makes in a text editor or a word
//! processor: each is named in words that say what to do, by `check` and by every other
//! command that reads a catalogue.

use serde_json::Value;

use crate::command::{assert_refused, path_str, run, scratch, stdout};

const SMALL: &str = include_str!("../fixtures/small.json");

/// The small catalogue with `from` replaced by `to` (once; it must be there).
fn edited(from: &str, to: &str) -> String {
    assert!(SMALL.contains(from), "{from}");
    SMALL.replacen(from, to, 1)
}

/// `check`, `search` and `diff` refuse the file with these words.
fn refused_by_every_command(name: &str, text: &str, said: &str) {
    let path = scratch(name, text);
    let path = path_str(&path);
    assert_refused(&run(&["check", path]), said);
    assert_refused(&run(&["search", path, "-q", "lyon"]), said);
    assert_refused(&run(&["diff", path, path]), said);
}

#[test]
fn typographic_quotes_are_named_as_a_word_processor_s() {
    let cases = [
        (
            "curly-key.json",
            edited("\"short_name\"", "“short_name”"),
            "“short_name” is in typographic (curly) quotes, as a word processor writes \
             them, where keys and texts in JSON need straight \" quotes: write \"short_name\" (a \
             plain-text editor keeps quotes straight) (line 19, column 7)",
        ),
        (
            "curly-value.json",
            edited("\"city\": \"Lyon\"", "\"city\": “Lyon”"),
            "“Lyon” is in typographic (curly) quotes, as a word processor writes them, \
             where keys and texts in JSON need straight \" quotes: write \"Lyon\"",
        ),
        (
            // Opened straight, closed curly: the text runs on to the line's end.
            "curly-close.json",
            edited("\"city\": \"Lyon\"", "\"city\": \"Lyon”"),
            "a text on line 20 ends with ”, a typographic (curly) quote, as a word \
             processor writes them, where keys and texts in JSON need straight \" quotes",
        ),
    ];
    for (name, text, said) in cases {
        refused_by_every_command(name, &text, said);
    }
}

#[test]
fn a_decimal_comma_a_comment_and_commas_are_named_with_their_line() {
    let cases = [
        (
            "decimal-comma.json",
            edited("\"places\": 2,", "\"places\": 2,5,"),
            "\"2,5\" is written with a decimal comma, but numbers in JSON take a decimal \
             point: write 2.5 (line 32, column 23)",
        ),
        (
            "decimal-comma-lat.json",
            edited("45.77", "45,77"),
            "\"45,77\" is written with a decimal comma, but numbers in JSON take a \
             decimal point: write 45.77",
        ),
        (
            "comment.json",
            edited(
                "      \"id\": \"cnsmd-lyon\"",
                "      // the French conservatoire\n      \"id\": \"cnsmd-lyon\"",
            ),
            "JSON has no comments: remove `// the French conservatoire` (line 17, \
             column 7)",
        ),
        (
            "missing-comma.json",
            edited("\"country\": \"FR\",\n", "\"country\": \"FR\"\n"),
            "a comma is probably missing at the end of line 21, after `\"country\": \
             \"FR\"`: the next entry starts on line 22 (line 22, column 7)",
        ),
        (
            "missing-comma-in-line.json",
            edited("[\"autumn\", \"spring\"]", "[\"autumn\" \"spring\"]"),
            "a comma is probably missing before `\"spring\"`: entries of an object or a \
             list are separated by commas (line 31, column 30)",
        ),
        (
            "trailing-comma.json",
            edited(
                "\"requirements\": [\"audition\"]",
                "\"requirements\": [\"audition\"],",
            ),
            "remove the comma at the end of line 40, after `\"requirements\": \
             [\"audition\"]`: the last entry before } takes no comma (line 41, column 5)",
        ),
        (
            // The file ends within the fraction: all of it is named.
            "decimal-comma-cut.json",
            SMALL[..SMALL.find("45.77").map_or(0, |at| at + 5)].replace("45.77", "45,77"),
            "\"45,77\" is written with a decimal comma, but numbers in JSON take a \
             decimal point: write 45.77",
        ),
        (
            "tab-in-text.json",
            edited("Conservatoire", "Conservatoire\t"),
            "a text has a tab or a line break in it (pasted from a spreadsheet cell?): \
             remove it, or write it as \\t or \\n (line",
        ),
    ];
    for (name, text, said) in cases {
        refused_by_every_command(name, &text, said);
    }
}

#[test]
fn an_empty_or_cut_off_file_says_what_a_catalogue_begins_with_and_ends_with() {
    let empty = "the file is empty (was it saved, or copied whole?): a catalogue is a JSON \
                 object that begins {\"format\": \"partner-matcher/catalogue@1\", …";
    refused_by_every_command("empty.json", "", empty);
    refused_by_every_command("blank.json", " \n\n", empty);
    // The example is a catalogue's real beginning.
    let format: Value = serde_json::from_str(SMALL).unwrap_or_default();
    assert!(empty.contains(&format!("{{\"format\": {}", format["format"])));
    refused_by_every_command(
        "cut-off.json",
        &SMALL[..SMALL.len() / 2],
        "the file ends before its last }: it may have been cut off, or not saved \
         completely; compare it with the copy it came from (if it is whole, a closing } or ] \
         is missing)",
    );
}

#[test]
fn a_web_address_with_a_space_names_the_space() {
    let text = edited("https://www.cnsmd-lyon.fr", "https://www.cnsmd lyon.fr");
    let said = "institutions[0].website: `website` must be a web address starting with http:// \
                or https://, found \"https://www.cnsmd lyon.fr\": it has a space after \
                \"https://www.cnsmd\", and a web address has none (copy the address from the \
                browser's address bar) (line 23, column 18)";
    refused_by_every_command("space-in-address.json", &text, said);
    let path = scratch("space-in-address.json", &text);
    let o = run(&["check", "--json", path_str(&path)]);
    let report: Value = serde_json::from_str(&stdout(&o)).unwrap_or_default();
    let message = report["problems"][0]["message"]
        .as_str()
        .unwrap_or_default();
    assert!(message.contains("it has a space after"), "{report}");
    // A character a server's name cannot have.
    let text = edited("https://www.cnsmd-lyon.fr", "https://www.cnsmd_lyon.fr");
    let path = scratch("underscore-in-address.json", &text);
    assert_refused(
        &run(&["check", path_str(&path)]),
        "found \"https://www.cnsmd_lyon.fr\": the server's name \"www.cnsmd_lyon.fr\" cannot \
         have \"_\" in it (only letters, digits, - and .)",
    );
}

#[test]
fn a_country_written_otherwise_than_its_code_is_named_with_the_code_to_write() {
    for (typed, code) in [("UK", "GB (United Kingdom)"), ("Frankrijk", "FR (France)")] {
        let text = edited("\"country\": \"FR\"", &format!("\"country\": \"{typed}\""));
        let path = scratch(&format!("country-{typed}.json"), &text);
        assert_refused(
            &run(&["check", path_str(&path)]),
            &format!(
                "`country` must be an ISO 3166-1 alpha-2 country code such as \"FR\", found \
                 \"{typed}\": write {code}"
            ),
        );
    }
    // A code that names no country gets the rule alone.
    let text = edited("\"country\": \"FR\"", "\"country\": \"QQ\"");
    let o = run(&["check", path_str(&scratch("country-QQ.json", &text))]);
    assert_refused(&o, "found \"QQ\" (line");
}

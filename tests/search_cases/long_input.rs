//! Very long queries, lists and texts are read as their first words and entries.

use serde_json::json;

use super::{ids, search};

#[test]
fn a_70000_word_query_is_read_as_its_first_12_words() {
    let first_12 = "Conservatoire national supérieur de musique et de danse de Lyon CNSMD Lyon";
    assert_eq!(first_12.split_whitespace().count(), 12);
    // Read in full, the 70,000 words after the first 12 would leave nothing (and took 45 s).
    let long = format!("{first_12} {}", "nowhere-at-all ".repeat(70_000));
    let expected = search(&json!({ "query": first_12 }));
    let got = search(&json!({ "query": long }));
    assert!(
        expected
            .as_ref()
            .is_ok_and(|h| ids(h).contains(&"cnsmd-lyon")),
        "{expected:?}"
    );
    assert_eq!(got, expected);
}

#[test]
fn a_word_repeated_2_pow_17_times_finds_what_the_word_finds() {
    let once = search(&json!({ "query": "lyon" }));
    let repeated = search(&json!({ "query": "lyon ".repeat(1 << 17) }));
    assert!(once.as_ref().is_ok_and(|h| !h.is_empty()), "{once:?}");
    assert_eq!(repeated, once);
}

#[test]
fn long_lists_and_texts_in_other_criteria_give_what_their_first_entries_give() {
    // 70,000 repeats of a country, a language, a programme name: read as one (these took
    // 50 s, 2 s and 90 s with the debug command line).
    let short = json!({ "programme": "fotografie", "countries": ["Frankrijk"],
                        "languages": [{ "lang": "fr", "cefr": "B1" }] });
    let long = json!({
        "programme": "fotografie",
        "countries": vec!["Frankrijk"; 70_000],
        "languages": vec![json!({ "lang": "fr", "cefr": "B1" }); 70_000],
    });
    let expected = search(&short);
    assert!(
        expected.as_ref().is_ok_and(|h| !h.is_empty()),
        "{expected:?}"
    );
    assert_eq!(search(&long), expected);
    // A 500,000-character programme is not in the catalogue, and the message quotes at most
    // the part that was read.
    let refused = search(&json!({ "programme": "fotografie".repeat(50_000) }));
    match refused {
        Err(message) => {
            assert!(message.contains("is not in the catalogue"), "{message}");
            assert!(message.len() < 400, "{} characters", message.len());
        }
        Ok(hits) => panic!("refused, not {} hits", hits.len()),
    }
    // More different entries than there are countries (each code in two cases) is refused
    // in words, before each is looked up.
    let many: Vec<String> = partner_matcher::reference::countries::all()
        .iter()
        .flat_map(|c| [c.code.to_owned(), c.code.to_lowercase()])
        .collect();
    let refused = search(&json!({ "countries": many }));
    assert!(
        refused
            .as_ref()
            .is_err_and(|e| e.contains("different entries, and there are only")),
        "{refused:?}"
    );
}

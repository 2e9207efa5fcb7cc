//! What decides, on every card whatever the filters: the levels (with "Master only"), the
//! months and the languages asked, in both languages.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/search.rs"]
mod search;

use partner_matcher::i18n::deciding_facts;
use partner_matcher::locale::Locale;
use partner_matcher::search::Criteria;
use partner_matcher::Matcher;
use serde_json::json;

fn facts(criteria: serde_json::Value, id: &str, locale: Locale) -> Vec<String> {
    let (hits, matcher) = search::search(include_str!("../www/catalogue.json"), criteria);
    match hits.iter().find(|h| h.id == id) {
        Some(hit) => deciding_facts(&matcher, hit, locale),
        None => panic!("{id} is a result"),
    }
}

#[test]
fn a_master_only_agreement_says_so_whatever_the_level_filter() {
    // La Fémis: a master-only Film agreement, five months, French B2.
    let film = json!({"programme": "film", "query": "femis"});
    assert_eq!(
        facts(film.clone(), "femis", Locale::En),
        ["Master only", "5 months", "French B2"]
    );
    assert_eq!(
        facts(film, "femis", Locale::Nl),
        ["Alleen master", "5 maanden", "Frans B2"]
    );
    // Asked for a bachelor, it is no result at all: never "a related field".
    let matcher = Matcher::from_json(include_str!("../www/catalogue.json"))
        .unwrap_or_else(|e| panic!("the demo catalogue loads: {e}"));
    let bachelor: Criteria =
        serde_json::from_value(json!({"programme": "film", "level": "bachelor", "query": "femis"}))
            .unwrap_or_else(|e| panic!("criteria: {e}"));
    let hits = matcher.search(&bachelor).unwrap_or_default();
    assert!(hits.iter().all(|h| h.id != "femis"), "{hits:?}");
}

#[test]
fn levels_months_and_languages_of_every_fitting_agreement_are_joined() {
    // CNSMD Lyon offers classical music (bachelor and master, 5 months) and composition
    // (master, 10 months); French B1 or English B2.
    let said = facts(json!({"query": "lyon"}), "cnsmd-lyon", Locale::En);
    assert_eq!(said.len(), 3, "{said:?}");
    assert!(said[1].ends_with(" months"), "{said:?}");
    assert!(said[2].contains("French B1"), "{said:?}");
}

#[test]
fn a_language_two_agreements_ask_at_different_levels_is_said_once_at_the_lower() {
    // Guildhall's agreements ask English B2 and English C1; Mozarteum's German B1 and B2.
    let everything = || json!({"programme": "", "today": "2026-12-02"});
    let guildhall = facts(everything(), "guildhall", Locale::En);
    assert_eq!(
        guildhall.last().map(String::as_str),
        Some("English B2"),
        "{guildhall:?}"
    );
    let mozarteum = facts(everything(), "mozarteum", Locale::Nl);
    assert_eq!(
        mozarteum.last().map(String::as_str),
        Some("Duits B1"),
        "{mozarteum:?}"
    );
    // Different languages are still each said: any one of them suffices.
    let lyon = facts(json!({"query": "lyon"}), "cnsmd-lyon", Locale::En);
    assert!(
        lyon[2].contains("French B1") && lyon[2].contains("English B2"),
        "{lyon:?}"
    );
}

#[test]
fn a_reason_every_result_gives_is_said_once_for_the_list() {
    use partner_matcher::search::{shared_reasons, NoteCode};
    let (hits, _) = search::search(
        include_str!("../www/catalogue.json"),
        json!({"programme": "photography", "today": "2026-12-02"}),
    );
    let fitting: Vec<_> = hits.iter().filter(|h| !h.related).cloned().collect();
    assert!(fitting.len() > 2, "{fitting:?}");
    let shared = shared_reasons(&fitting, true);
    let codes: Vec<NoteCode> = shared.iter().map(|n| n.code).collect();
    // Every Photography result is open to Photography students; the places and next stays
    // differ from card to card and stay there.
    assert_eq!(codes, [NoteCode::Programme], "{shared:?}");
    // One result alone shares nothing: its card says everything.
    assert!(shared_reasons(&fitting[..1], true).is_empty());
    // A list with a Film result (related) shares no programme.
    assert!(shared_reasons(&hits, true)
        .iter()
        .all(|n| n.code != NoteCode::Programme));
}

#[test]
fn a_reason_only_the_first_cards_give_is_not_said_for_the_whole_list() {
    use partner_matcher::search::{shared_reasons, NoteCode};
    // A student with English B2: the first Photography results ask for English, later ones
    // only for French, German or Italian (ENSP Arles asks for French B1).
    let (hits, _) = search::search(
        include_str!("../www/catalogue.json"),
        json!({"programme": "photography", "languages": [{"lang": "en", "cefr": "B2"}],
               "today": "2026-12-02"}),
    );
    let fitting: Vec<_> = hits.iter().filter(|h| !h.related).cloned().collect();
    let meets =
        |h: &partner_matcher::search::Hit| h.reasons.iter().any(|n| n.code == NoteCode::Language);
    let first_page = &fitting[..10];
    assert!(first_page.iter().all(meets), "{first_page:?}");
    assert!(
        !fitting.iter().all(meets),
        "some result asks for another language"
    );
    let codes = |shared: Vec<partner_matcher::search::Note>| -> Vec<NoteCode> {
        shared.iter().map(|n| n.code).collect()
    };
    // Ten cards of 33 shown: the line says only what the search asks of every result.
    assert_eq!(
        codes(shared_reasons(first_page, false)),
        [NoteCode::Programme]
    );
    // Had the ten been all the results, the language would have been theirs in common.
    assert_eq!(
        codes(shared_reasons(first_page, true)),
        [NoteCode::Programme, NoteCode::Language]
    );
    // All of them: the language is not every result's.
    assert_eq!(codes(shared_reasons(&fitting, true)), [NoteCode::Programme]);
}

//! One test per rule of reading a query (`query.rs`), over a small index.

use std::sync::OnceLock;

use super::*;
use crate::lexicon::Lexicon;
use crate::search::field::Field;
use crate::search::index::{IndexBuilder, TextIndex};

fn index() -> TextIndex {
    let mut b = IndexBuilder::default();
    let docs: &[&[(Field, &str)]] = &[
        &[
            (Field::Name, "Nederlandse Filmacademie"),
            (Field::City, "Amsterdam"),
        ],
        &[
            (Field::Name, "Hogeschool voor de Kunsten"),
            (Field::City, "Utrecht"),
        ],
        &[
            (Field::Name, "Centro Sperimentale di Cinematografia"),
            (Field::City, "Roma Rome"),
        ],
        &[
            (Field::Name, "Universitatea de Arte"),
            (Field::Country, "Romania Roemenie"),
        ],
        &[
            (Field::Name, "Kunsthochschule für Medien"),
            (Field::City, "Köln Keulen"),
        ],
    ];
    for fields in docs {
        let doc = b.next_doc();
        for (field, text) in *fields {
            b.add(doc, *field, text);
        }
    }
    b.build()
}

/// The lexicon and region words of the table the widget fetches (data/words.txt).
fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| {
        Lexicon::parse(include_str!("../../data/words.txt")).unwrap_or_else(|e| panic!("{e}"))
    })
}

fn read_with(query: &str, lexicon: &Lexicon, places: Option<&dyn Places>) -> Query {
    let index = index();
    let v = Vocabulary {
        index: &index,
        lexicon,
    };
    understand(query, v, places)
}

fn read(query: &str) -> Query {
    read_with(query, lexicon(), None)
}

fn typed(q: &Query) -> Vec<&str> {
    q.terms.iter().map(|t| t.typed.as_str()).collect()
}

/// The words of every probe of a term.
fn probe_words(term: &Term) -> Vec<&str> {
    let mut out = Vec::new();
    for a in &term.alternatives {
        for p in &a.parts {
            for probe in &p.probes {
                if let Probe::Word { word, .. } = probe {
                    out.push(word.as_str());
                }
            }
        }
    }
    out
}

fn countries(term: &Term) -> Vec<String> {
    let mut out = Vec::new();
    for a in &term.alternatives {
        for p in &a.parts {
            for probe in &p.probes {
                if let Probe::Countries(codes) = probe {
                    out.extend(
                        codes
                            .iter()
                            .map(|c| String::from_utf8_lossy(c).into_owned()),
                    );
                }
            }
        }
    }
    out
}

#[test]
fn stop_words_of_both_languages_never_narrow() {
    let q = read("de academie van het film in the school of art");
    assert_eq!(typed(&q), ["academie", "film", "school", "art"]);
    // A query of nothing but stop words still looks for them.
    assert_eq!(typed(&read("de het")), ["de", "het"]);
}

#[test]
fn language_words_are_a_preference_not_a_place() {
    let q = read("in het Engels");
    assert!(q.terms.is_empty());
    assert_eq!(q.languages, [*b"en"]);
    let q = read("taught in English, Frans");
    assert!(q.terms.is_empty(), "{:?}", typed(&q));
    assert_eq!(q.languages, [*b"en", *b"fr"]);
    let q = read("film Duits");
    assert_eq!(typed(&q), ["film"]);
    assert_eq!(q.languages, [*b"de"]);
}

#[test]
fn countries_and_regions_select_their_countries_in_both_languages() {
    let q = read("Tsjechië");
    assert_eq!(countries(&q.terms[0]), ["CZ"]);
    let q = read("Scandinavië");
    assert_eq!(countries(&q.terms[0]), ["DK", "NO", "SE"]);
    let q = read("film Baltische staten");
    assert_eq!(typed(&q), ["film", "Baltische staten"]);
    assert_eq!(countries(&q.terms[1]), ["EE", "LT", "LV"]);
    let q = read("Iberisch schiereiland");
    assert_eq!(countries(&q.terms[0]), ["AD", "ES", "GI", "PT"]);
    assert!(countries(&read("Centraal-Europa").terms[0]).contains(&"CZ".to_owned()));
    assert!(countries(&read("Nordic countries").terms[0]).contains(&"FI".to_owned()));
}

#[test]
fn places_joined_by_or_and_or_a_comma_are_alternatives() {
    for query in [
        "Duitsland of Zweden",
        "Germany or Sweden",
        "Duitsland en Zweden",
        "Duitsland, Zweden",
    ] {
        let q = read(query);
        assert_eq!(q.terms.len(), 1, "{query}: {:?}", typed(&q));
        assert_eq!(countries(&q.terms[0]), ["DE", "SE"], "{query}");
    }
    let q = read("Oostenrijk, Zwitserland of Scandinavië");
    assert_eq!(q.terms.len(), 1);
    assert_eq!(countries(&q.terms[0]).len(), 5);
    // Not places: two words that must both match.
    assert_eq!(read("film of kunst").terms.len(), 2);
    // A place and a subject: both must match.
    assert_eq!(read("film Duitsland").terms.len(), 2);
}

#[test]
fn a_whole_city_name_is_that_city_not_a_typo_of_a_country() {
    let q = read("Roma");
    let Some(Probe::Word { exact, .. }) = q.terms[0].alternatives[0].parts[0].probes.first() else {
        panic!("a word probe");
    };
    assert!(exact, "Roma is read as the city exactly");
    // A word that is not a city keeps its prefixes and typos.
    let q = read("Kunst");
    let Some(Probe::Word { exact, .. }) = q.terms[0].alternatives[0].parts[0].probes.first() else {
        panic!("a word probe");
    };
    assert!(!exact);
}

#[test]
fn lexicon_words_bring_their_synonyms_and_generic_words_rank_only() {
    let q = read("fotografie");
    let words = probe_words(&q.terms[0]);
    assert!(words.contains(&"photography") && words.contains(&"fotografia"));
    assert!(!q.terms[0].generic);
    let q = read("academy");
    assert!(q.terms[0].generic);
    assert!(probe_words(&q.terms[0]).contains(&"akademie"));
    // A phrase of the lexicon is one term, with its synonym phrases as alternatives.
    let q = read("beeldende kunst");
    assert_eq!(typed(&q), ["beeldende kunst"]);
    assert!(probe_words(&q.terms[0]).contains(&"fine"));
}

#[test]
fn dutch_compounds_split_into_words_the_index_and_the_lexicon_know() {
    let parts = |query: &str| -> Vec<Vec<String>> {
        read(query).terms[0]
            .alternatives
            .iter()
            .filter(|a| a.parts.len() > 1)
            .map(|a| {
                a.parts
                    .iter()
                    .filter_map(|p| match p.probes.first() {
                        Some(Probe::Word { word, .. }) => Some(word.clone()),
                        _ => None,
                    })
                    .collect()
            })
            .collect()
    };
    let split = |query: &str, expected: &[&str]| {
        let found = parts(query);
        assert!(found.iter().any(|p| p == expected), "{query}: {found:?}");
    };
    split("filmacademie", &["film", "academie"]);
    split("kunsthogeschool", &["kunst", "hogeschool"]);
    split("dansschool", &["dans", "school"]);
    split("muziekconservatorium", &["muziek", "conservatorium"]);
    split("fotografieopleiding", &["fotografie", "opleiding"]);
    split("filmschool", &["film", "school"]);
    assert!(
        parts("amsterdam").is_empty(),
        "a word with no known parts stays whole"
    );
}

#[test]
fn without_the_table_only_the_catalogue_s_words_and_countries_are_read() {
    let bare = |query: &str| read_with(query, &Lexicon::EMPTY, None);
    let q = bare("fotografie");
    assert_eq!(probe_words(&q.terms[0]), ["fotografie"], "no synonyms");
    assert!(bare("Engels").languages.is_empty(), "no language words");
    assert_eq!(
        typed(&bare("Scandinavië")),
        ["Scandinavië"],
        "a word like any"
    );
    assert_eq!(
        countries(&bare("Tsjechië").terms[0]),
        ["CZ"],
        "countries are built in"
    );
}

/// A gazetteer that knows Liège as Luik.
struct Liege;

impl Places for Liege {
    fn probe(&self, folded: &str) -> Option<Probe> {
        (folded == "luik").then(|| Probe::Docs {
            docs: vec![7],
            field: Field::City,
        })
    }
}

#[test]
fn a_place_only_the_gazetteer_knows_selects_its_documents() {
    let q = read_with("luik", lexicon(), Some(&Liege));
    assert_eq!(
        q.terms[0].alternatives[0].parts[0].probes,
        [Probe::Docs {
            docs: vec![7],
            field: Field::City
        }]
    );
    // Words the index knows are not asked.
    let q = read_with("keulen", lexicon(), Some(&Liege));
    assert!(matches!(
        q.terms[0].alternatives[0].parts[0].probes[0],
        Probe::Word { .. }
    ));
}

//! The table's cases of free text: names, cities, diacritics and typos, Dutch and English
//! place names, and how query words are understood.

use partner_matcher::search::NoteCode;
use serde_json::{json, Value};

use super::{all, count, country, first, has, hit, top, Check};

pub fn free_text() -> Vec<(&'static str, Value, Check)> {
    vec![
        // Free text: names, cities, diacritics, typos
        (
            "Lodz finds the Łódź film school first",
            json!({"query": "Lodz"}),
            first("lodz-film-school"),
        ),
        (
            "Łódź with diacritics too",
            json!({"query": "Łódź"}),
            first("lodz-film-school"),
        ),
        (
            "upper case",
            json!({"query": "LODZ FILM"}),
            first("lodz-film-school"),
        ),
        ("a city", json!({"query": "lyon"}), first("cnsmd-lyon")),
        (
            "a typo in a city",
            json!({"query": "Lyoon"}),
            first("cnsmd-lyon"),
        ),
        (
            "Montréal without accent",
            json!({"query": "montreal"}),
            first("umontreal-musique"),
        ),
        (
            "initials with dots",
            json!({"query": "G.B. Martini"}),
            first("cons-bologna"),
        ),
        ("a short name", json!({"query": "Brera"}), first("brera")),
        (
            "punctuation as spaces",
            json!({"query": "beaux-arts"}),
            first("beaux-arts-paris"),
        ),
        ("a prefix", json!({"query": "Rietv"}), first("rietveld")),
        (
            "words in any order",
            json!({"query": "film school lodz"}),
            first("lodz-film-school"),
        ),
        (
            "stopwords do not exclude",
            json!({"query": "the film school of Lodz"}),
            first("lodz-film-school"),
        ),
        (
            "nonsense finds nothing",
            json!({"query": "xyzzy"}),
            count(0),
        ),
    ]
}

pub fn place_names() -> Vec<(&'static str, Value, Check)> {
    vec![
        // Dutch and English country and city names
        (
            "Frankrijk is France",
            json!({"query": "Frankrijk"}),
            all("in France", |h| country(h) == "FR"),
        ),
        (
            "Duitsland is Germany",
            json!({"query": "Duitsland"}),
            all("in Germany", |h| country(h) == "DE"),
        ),
        (
            "Zuid-Afrika is South Africa",
            json!({"query": "Zuid-Afrika"}),
            all("in South Africa", |h| country(h) == "ZA"),
        ),
        (
            "Italië is Italy",
            json!({"query": "Italië"}),
            all("in Italy", |h| country(h) == "IT"),
        ),
        (
            "Engeland is the United Kingdom",
            json!({"query": "Engeland"}),
            all("in the UK", |h| country(h) == "GB"),
        ),
        (
            "Wenen is Vienna",
            json!({"query": "Wenen"}),
            all("in Austria", |h| country(h) == "AT"),
        ),
        (
            "Keulen is Cologne",
            json!({"query": "Keulen"}),
            first("khm-koeln"),
        ),
        (
            "Tokio is Tokyo",
            json!({"query": "Tokio"}),
            all("in Japan", |h| country(h) == "JP"),
        ),
        (
            "a tag",
            json!({"query": "conservatoire"}),
            top(5, "cnsmd-lyon"),
        ),
        (
            "a BIP title",
            json!({"query": "archive material"}),
            first("bip-photography-2027"),
        ),
    ]
}

pub fn query_words() -> Vec<(&'static str, Value, Check)> {
    vec![
        // How query words are understood (issue 10, items 2 to 4)
        (
            "a Dutch compound and a Dutch country: the Prague film school",
            json!({"query": "filmschool tsjechië"}),
            first("famu"),
        ),
        (
            "filmschool tsjechië finds only Czech schools",
            json!({"query": "filmschool tsjechië"}),
            all("in Czechia", |h| country(h) == "CZ"),
        ),
        (
            "Keulen is Köln",
            json!({"query": "keulen"}),
            first("khm-koeln"),
        ),
        (
            "Warszawa, the local name",
            json!({"query": "warszawa"}),
            all("in Poland", |h| country(h) == "PL"),
        ),
        (
            "Warszawa finds the Warsaw academy",
            json!({"query": "warszawa"}),
            top(2, "asp-warszawa"),
        ),
        (
            "Luik is Liège",
            json!({"query": "luik"}),
            first("esa-saint-luc-liege"),
        ),
        (
            "Duitsland of Zweden: schools in either",
            json!({"query": "Duitsland of Zweden"}),
            all("in Germany or Sweden", |h| {
                matches!(country(h), "DE" | "SE")
            }),
        ),
        (
            "Duitsland of Zweden has Swedish schools",
            json!({"query": "Duitsland of Zweden"}),
            hit("kkh", |_| true),
        ),
        (
            "Duitsland of Zweden has German schools",
            json!({"query": "Duitsland of Zweden"}),
            hit("udk-berlin", |_| true),
        ),
        (
            "Oostenrijk, Zwitserland: schools in either",
            json!({"query": "Oostenrijk, Zwitserland"}),
            all("in Austria or Switzerland", |h| {
                matches!(country(h), "AT" | "CH")
            }),
        ),
        (
            "Oostenrijk, Zwitserland has Swiss schools",
            json!({"query": "Oostenrijk, Zwitserland"}),
            hit("zhdk", |_| true),
        ),
        (
            "Engels is a language preference, not England",
            json!({"query": "Engels"}),
            hit("ucm-bellas-artes", |h| {
                has(&h.warnings, NoteCode::Language, "es")
            }),
        ),
        (
            "Engels ranks English teaching first",
            json!({"query": "Engels"}),
            all("English taught or warned", |h| {
                has(&h.reasons, NoteCode::Language, "en") || !h.warnings.is_empty()
            }),
        ),
        (
            "in het Engels keeps schools outside England",
            json!({"query": "in het Engels"}),
            hit("cnsmd-lyon", |_| true),
        ),
        (
            "taught in English",
            json!({"query": "taught in English", "kinds": ["institution"], "limit": 1}),
            all("English taught", |h| {
                has(&h.reasons, NoteCode::Language, "en")
            }),
        ),
        ("Roma is Rome", json!({"query": "Roma"}), first("csc-roma")),
        (
            "Roma is not Romania",
            json!({"query": "Roma"}),
            all("in Italy", |h| country(h) == "IT"),
        ),
        (
            "a word the catalogue lacks is left out",
            json!({"query": "summer photography"}),
            first("ensp-arles"),
        ),
        (
            "kunsthogeschool: kunst + hogeschool",
            json!({"query": "kunsthogeschool"}),
            top(3, "hku"),
        ),
        (
            "filmacademie: the Dutch film academy first",
            json!({"query": "filmacademie"}),
            first("filmacademie"),
        ),
        (
            "filmacademie also finds other film academies",
            json!({"query": "filmacademie"}),
            top(3, "natfiz"),
        ),
        (
            "dansschool: dans + school finds dance schools",
            json!({"query": "dansschool"}),
            top(2, "cnsmd-lyon"),
        ),
        (
            "muziekconservatorium: muziek + conservatorium",
            json!({"query": "muziekconservatorium"}),
            top(2, "conservatorium-amsterdam"),
        ),
        (
            "fotografieopleiding: fotografie + opleiding",
            json!({"query": "fotografieopleiding"}),
            first("ensp-arles"),
        ),
        (
            "academy finds an Akademie",
            json!({"query": "academy Wien"}),
            first("akbild-wien"),
        ),
        (
            "conservatory finds a Konservatorium",
            json!({"query": "conservatorium Kopenhagen"}),
            top(2, "dkdm"),
        ),
        (
            "Scandinavië: Denmark, Norway and Sweden",
            json!({"query": "Scandinavië"}),
            all("in Scandinavia", |h| {
                matches!(country(h), "DK" | "NO" | "SE")
            }),
        ),
        (
            "Baltische staten",
            json!({"query": "Baltische staten"}),
            all("in the Baltic states", |h| {
                matches!(country(h), "EE" | "LV" | "LT")
            }),
        ),
        (
            "Baltic states, in English, finds the Tallinn academy",
            json!({"query": "Baltic states"}),
            hit("eka", |_| true),
        ),
        (
            "Benelux",
            json!({"query": "Benelux", "kinds": ["institution"]}),
            all("in the Benelux", |h| {
                matches!(country(h), "BE" | "NL" | "LU")
            }),
        ),
        (
            "Iberisch schiereiland",
            json!({"query": "Iberisch schiereiland"}),
            all("in Spain or Portugal", |h| {
                matches!(country(h), "ES" | "PT")
            }),
        ),
        (
            "Centraal-Europa includes Czechia",
            json!({"query": "film Centraal-Europa"}),
            hit("famu", |_| true),
        ),
        (
            "Oost-Europa",
            json!({"query": "Oost-Europa"}),
            all("in Eastern Europe", |h| {
                matches!(country(h), "BG" | "CZ" | "HU" | "PL" | "RO" | "SK")
            }),
        ),
        (
            "Noordse landen includes Finland",
            json!({"query": "Noordse landen"}),
            hit("sibelius-academy", |_| true),
        ),
    ]
}

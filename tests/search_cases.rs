//! A table of searches over the demo catalogue, each with what a student should see.
#![cfg(not(target_arch = "wasm32"))]

use std::sync::OnceLock;

use partner_matcher::places::Gazetteer;
use partner_matcher::reference::countries;
use partner_matcher::search::{Criteria, Filter, Hit, Kind, NoteCode};
use partner_matcher::Matcher;
use serde_json::{json, Value};

const TODAY: &str = "2026-11-29";

/// The demo catalogue with the place names and words table attached, as the command line has
/// it and the widget once the first query is typed.
fn matcher() -> &'static Matcher {
    static MATCHER: OnceLock<Matcher> = OnceLock::new();
    MATCHER.get_or_init(|| {
        let mut m = Matcher::from_json(include_str!("../www/catalogue.json"))
            .expect("demo catalogue loads");
        let table = concat!(
            include_str!("../data/places.txt"),
            include_str!("../data/words.txt")
        );
        m.set_places(Gazetteer::parse(table).expect("the table parses"));
        m
    })
}

fn search(criteria: &Value) -> Result<Vec<Hit>, String> {
    let mut c: Criteria = serde_json::from_value(criteria.clone()).map_err(|e| e.to_string())?;
    c.today.get_or_insert_with(|| TODAY.to_owned());
    matcher().search(&c).map_err(|e| e.to_string())
}

fn ids(hits: &[Hit]) -> Vec<&str> {
    hits.iter().map(|h| h.id.as_str()).collect()
}

fn country(hit: &Hit) -> &str {
    matcher().country_of(hit).unwrap_or("")
}

fn has(notes: &[partner_matcher::search::Note], code: NoteCode, detail: &str) -> bool {
    notes
        .iter()
        .any(|n| n.code == code && n.detail.to_string().contains(detail))
}

type Check = Box<dyn Fn(&Result<Vec<Hit>, String>) -> Result<(), String>>;

/// The first hit is `id`.
fn first(id: &'static str) -> Check {
    Box::new(move |r| match r {
        Ok(h) if h.first().is_some_and(|f| f.id == id) => Ok(()),
        Ok(h) => Err(format!(
            "first should be {id}, got {:?}",
            &ids(h)[..h.len().min(5)]
        )),
        Err(e) => Err(e.clone()),
    })
}

/// `id` is among the first `n`.
fn top(n: usize, id: &'static str) -> Check {
    Box::new(move |r| match r {
        Ok(h) if ids(h).iter().take(n).any(|&x| x == id) => Ok(()),
        Ok(h) => Err(format!(
            "{id} should be in the top {n}, got {:?}",
            &ids(h)[..h.len().min(n)]
        )),
        Err(e) => Err(e.clone()),
    })
}

/// Every hit passes `test`, and there is at least one.
fn all(what: &'static str, test: fn(&Hit) -> bool) -> Check {
    Box::new(move |r| match r {
        Ok(h) if h.is_empty() => Err(format!("no results; expected all {what}")),
        Ok(h) => match h.iter().find(|x| !test(x)) {
            None => Ok(()),
            Some(bad) => Err(format!("{} is not {what}: {bad:?}", bad.id)),
        },
        Err(e) => Err(e.clone()),
    })
}

/// `id` is not a result.
fn absent(id: &'static str) -> Check {
    Box::new(move |r| match r {
        Ok(h) if !ids(h).contains(&id) => Ok(()),
        Ok(_) => Err(format!("{id} should be excluded")),
        Err(e) => Err(e.clone()),
    })
}

fn count(n: usize) -> Check {
    Box::new(move |r| match r {
        Ok(h) if h.len() == n => Ok(()),
        Ok(h) => Err(format!(
            "expected {n} results, got {}: {:?}",
            h.len(),
            ids(h)
        )),
        Err(e) => Err(e.clone()),
    })
}

/// The search is refused with a message containing `words`.
fn refused(words: &'static str) -> Check {
    Box::new(move |r| match r {
        Err(e) if e.contains(words) => Ok(()),
        Err(e) => Err(format!("message should contain \"{words}\": {e}")),
        Ok(h) => Err(format!("should be refused, got {} results", h.len())),
    })
}

/// The hit `id` passes `test`.
fn hit(id: &'static str, test: fn(&Hit) -> bool) -> Check {
    Box::new(move |r| match r {
        Ok(h) => match h.iter().find(|x| x.id == id) {
            Some(x) if test(x) => Ok(()),
            Some(x) => Err(format!("{id} fails the check: {x:?}")),
            None => Err(format!("{id} missing from {:?}", ids(h))),
        },
        Err(e) => Err(e.clone()),
    })
}

/// Scores never increase down the list within a tier, and exact matches precede related ones,
/// which are flagged `related` and carry the `related-field` warning.
fn well_ordered() -> Check {
    Box::new(|r| {
        let h = r.as_ref().map_err(Clone::clone)?;
        let related = |x: &Hit| has(&x.warnings, NoteCode::RelatedField, "");
        if let Some(x) = h.iter().find(|x| x.related != related(x)) {
            return Err(format!("{} flagged related: {}", x.id, x.related));
        }
        for pair in h.windows(2) {
            let (a, b) = (&pair[0], &pair[1]);
            if related(a) && !related(b) {
                return Err(format!("related {} before exact {}", a.id, b.id));
            }
            if related(a) == related(b) && a.score < b.score {
                return Err(format!(
                    "{} ({}) before {} ({})",
                    a.id, a.score, b.id, b.score
                ));
            }
        }
        Ok(())
    })
}

#[test]
fn search_cases() {
    let cases: Vec<(&str, Value, Check)> = vec![
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
        // Programme resolution: ids, names in both languages, aliases, typos
        (
            "programme by Dutch name",
            json!({"programme": "fotografie", "kinds": ["institution"]}),
            all("with a photography agreement", |h| {
                has(&h.reasons, NoteCode::Programme, "photography")
                    || has(&h.warnings, NoteCode::RelatedField, "")
            }),
        ),
        (
            "programme by alias",
            json!({"programme": "foto", "limit": 1}),
            all("a photography match", |h| {
                has(&h.reasons, NoteCode::Programme, "photography")
            }),
        ),
        (
            "programme with a typo",
            json!({"programme": "photgraphy", "kinds": ["bip"]}),
            first("bip-photography-2027"),
        ),
        (
            "interieur means Interior Design",
            json!({"programme": "interieur", "kinds": ["bip"]}),
            first("bip-interior-2027"),
        ),
        (
            "klasieke muziek with a typo",
            json!({"programme": "klasieke muziek", "countries": ["FR"]}),
            first("cnsmd-lyon"),
        ),
        (
            "jazz alias",
            json!({"programme": "jazz", "kinds": ["bip"]}),
            first("bip-jazz-pop-2027"),
        ),
        (
            "an unknown programme is refused with suggestions",
            json!({"programme": "astrophysics"}),
            refused("did you mean"),
        ),
        (
            "exact programme before related field",
            json!({"programme": "photography"}),
            well_ordered(),
        ),
        (
            "related: same detailed field, another programme (Film for Photography)",
            json!({"programme": "photography", "countries": ["DE"]}),
            hit("filmakademie-bw", |h| {
                h.related && has(&h.warnings, NoteCode::RelatedField, "0211")
            }),
        ),
        (
            "the same narrow field only (music 0215 for graphic design 0212) is no result",
            json!({"programme": "graphic-design", "countries": ["EE"]}),
            absent("eamt"),
        ),
        (
            "photography results are all in 0211",
            json!({"programme": "photography"}),
            all("in ISCED 0211", |h| {
                has(&h.reasons, NoteCode::Programme, "photography")
                    || has(&h.warnings, NoteCode::RelatedField, "0211")
            }),
        ),
        (
            "a master-only Photography agreement is no bachelor result, not even a related one",
            json!({"programme": "photography", "level": "bachelor"}),
            absent("angewandte"),
        ),
        (
            "nor at Porto",
            json!({"programme": "photography", "level": "bachelor"}),
            absent("fbaup"),
        ),
        (
            "but a master student finds it",
            json!({"programme": "photography", "level": "master"}),
            hit("angewandte", |h| {
                !h.related && has(&h.reasons, NoteCode::Programme, "photography")
            }),
        ),
        (
            "a bachelor Film agreement beside a master-only Photography one is related",
            json!({"programme": "photography", "level": "bachelor"}),
            hit("aalto-arts", |h| h.related),
        ),
        // Hard filters
        (
            "countries by code",
            json!({"programme": "photography", "countries": ["IT", "es"]}),
            all("in Italy or Spain", |h| ["IT", "ES"].contains(&country(h))),
        ),
        (
            "countries by Dutch name",
            json!({"countries": ["Estland"]}),
            all("in Estonia", |h| country(h) == "EE"),
        ),
        (
            "an unknown country is refused",
            json!({"countries": ["Atlantis"]}),
            refused("country \"Atlantis\""),
        ),
        (
            "outside Europe",
            json!({"programme": "photography", "region": "outside-europe"}),
            all("outside Europe", |h| {
                countries::by_code(country(h)).is_some_and(|c| !c.europe)
            }),
        ),
        (
            "Europe is Europe in the region table",
            json!({"programme": "photography", "region": "europe"}),
            all("in Europe", |h| {
                countries::by_code(country(h)).is_some_and(|c| c.europe)
            }),
        ),
        (
            "Europe includes Turkey",
            json!({"region": "europe", "query": "Istanbul"}),
            all("in Turkey", |h| country(h) == "TR"),
        ),
        (
            "maximum distance",
            json!({"programme": "film", "max_distance_km": 500}),
            all("within 500 km", |h| h.distance_km.is_some_and(|d| d <= 500)),
        ),
        (
            "BIPs only",
            json!({"kinds": ["bip"]}),
            all("a BIP", |h| h.kind == Kind::Bip),
        ),
        (
            "staff mobility",
            json!({"mobility": ["staff-teaching"]}),
            all("an institution with staff teaching", |h| {
                h.kind == Kind::Institution && has(&h.reasons, NoteCode::Mobility, "staff-teaching")
            }),
        ),
        (
            "level",
            json!({"programme": "composition", "level": "master", "query": "lyon"}),
            first("cnsmd-lyon"),
        ),
        (
            "spring term excludes autumn BIPs",
            json!({"kinds": ["bip"], "term": "spring"}),
            absent("bip-animation-2027"),
        ),
        (
            "autumn term keeps autumn BIPs",
            json!({"kinds": ["bip"], "term": "autumn"}),
            top(4, "bip-animation-2027"),
        ),
        (
            "BIPs that are over are gone",
            json!({"kinds": ["bip"], "today": "2027-03-20"}),
            absent("bip-interior-2027"),
        ),
        // Soft preferences: warnings, never hidden
        (
            "unmet language requirement warns, not hides",
            json!({"programme": "photography", "mobility": ["study"], "query": "Arles", "languages": [{"lang": "en", "cefr": "B2"}]}),
            hit("ensp-arles", |h| has(&h.warnings, NoteCode::Language, "fr")),
        ),
        (
            "met language requirement is a reason",
            json!({"programme": "classical-music", "query": "lyon", "languages": [{"lang": "fr", "cefr": "C1"}]}),
            hit("cnsmd-lyon", |h| {
                has(&h.reasons, NoteCode::Language, "fr") && h.warnings.is_empty()
            }),
        ),
        (
            "passed BIP deadline warns",
            json!({"kinds": ["bip"], "programme": "film"}),
            hit("bip-documentary-2027", |h| {
                has(&h.warnings, NoteCode::DeadlinePassed, "2026-10-15")
            }),
        ),
        (
            "upcoming BIP deadline is a reason",
            json!({"kinds": ["bip"], "programme": "interior-design"}),
            hit("bip-interior-2027", |h| {
                has(&h.reasons, NoteCode::ApplyBy, "2026-12-15")
            }),
        ),
        (
            "a closed spring term warns and names next year's spring",
            json!({"programme": "classical-music", "query": "lyon", "term": "spring"}),
            hit("cnsmd-lyon", |h| {
                h.warnings.iter().any(|w| w.code == NoteCode::TermClosed)
                    && h.reasons.iter().any(|r| {
                        r.code == NoteCode::NextMobility
                            && r.detail.to_string().starts_with("spring 2028,")
                    })
            }),
        ),
        (
            "distance and band",
            json!({"query": "lyon"}),
            hit("cnsmd-lyon", |h| {
                h.distance_band.map(|b| b.as_str()) == Some("500-1999")
                    && h.distance_km.is_some_and(|d| (590..=600).contains(&d))
            }),
        ),
        (
            "limit",
            json!({"programme": "photography", "limit": 3}),
            count(3),
        ),
        (
            "bad criteria name the field",
            json!({"query": "x", "max_distance_km": -5}),
            refused("max_distance_km"),
        ),
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
    ];
    assert!(cases.len() >= 40);
    let mut failures = Vec::new();
    for (name, criteria, check) in &cases {
        if let Err(why) = check(&search(criteria)) {
            failures.push(format!("{name} ({criteria}): {why}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn a_query_word_that_matches_nothing_is_left_out_and_named() {
    let page = |query: &str| {
        let c = parse(json!({"query": query, "today": TODAY}));
        matcher()
            .page(&c, 0..5, |_| true)
            .unwrap_or_else(|e| panic!("{query}: {e}"))
    };
    let p = page("summer photography");
    assert_eq!(p.ignored_words, ["summer"]);
    assert!(p.total > 10, "the photography results: {}", p.total);
    assert_eq!(p.hits.first().map(|h| h.id.as_str()), Some("ensp-arles"));
    // As typed, accents and case kept.
    assert_eq!(
        page("Sommerakademie Tsjechië").ignored_words,
        ["Sommerakademie"]
    );
    // Words that match, but never together: the rarest is left out.
    let p = page("lyon photography");
    assert_eq!(p.ignored_words.len(), 1, "{:?}", p.ignored_words);
    assert!(p.total > 0);
    // Nothing left out when everything matches, nor when nothing does.
    assert!(page("photography arles").ignored_words.is_empty());
    let nonsense = page("xyzzy qwerty");
    assert!(nonsense.ignored_words.is_empty());
    assert_eq!(nonsense.total, 0);
    // Stop words of both languages are no words to leave out.
    assert!(page("de fotografie van het in the")
        .ignored_words
        .is_empty());
}

#[test]
fn equal_input_gives_equal_order() {
    // The same catalogue with its institutions and BIPs in another order ranks the same:
    // the order comes from the criteria and the data, never from positions in the file.
    let shuffled = shuffled_demo();
    let cases = [
        json!({"programme": "fine-arts", "languages": [{"lang": "en", "cefr": "B2"}]}),
        json!({"query": "Frankrijk"}),
        json!({"programme": "photography"}),
        json!({"kinds": ["bip"], "term": "spring"}),
        json!({}),
        json!({"programme": "photography", "sort": "distance"}),
        json!({"programme": "photography", "sort": "deadline"}),
        json!({"sort": "name", "lang": "nl"}),
    ];
    for criteria in &cases {
        let a = search(criteria).map(|h| ids(&h).join(","));
        let mut c = parse(criteria.clone());
        c.today = Some(TODAY.to_owned());
        let b = shuffled
            .search(&c)
            .map(|h| ids(&h).join(","))
            .map_err(|e| e.to_string());
        assert!(
            a.as_ref().is_ok_and(|a| a.contains(',')),
            "{criteria}: {a:?}"
        );
        assert_eq!(a, b, "{criteria}");
        assert_eq!(
            search(criteria),
            shuffled.search(&c).map_err(|e| e.to_string())
        );
    }
    // Equal scores: open deadlines first (the soonest first), then more places, then kind
    // and name (folded: "École" with the E's). "Frankrijk" finds two BIPs open for applications and French schools with 6, 4,
    // 3, 3, 3, 2, 2 and 1 places.
    let hits = search(&json!({"query": "Frankrijk"})).expect("the search runs");
    let tied: Vec<&str> = hits
        .iter()
        .filter(|h| h.score == hits[0].score)
        .map(|h| h.id.as_str())
        .collect();
    assert_eq!(
        tied,
        [
            "bip-composition-2027", // apply by 2026-12-01
            "bip-photography-2027", // apply by 2027-03-15
            "cnsmd-lyon",
            "le-fresnoy",
            "ensp-arles",  // three with 3 places, by name: École ... de la photographie,
            "ensad",       // École ... des Arts Décoratifs,
            "gobelins",    // Gobelins Paris
            "cnsmd-paris", // two with 2: Conservatoire ..., École ...
            "beaux-arts-paris",
            "femis",
        ]
    );
}

/// The demo catalogue with its institutions and BIPs in a scrambled (but fixed) order.
fn shuffled_demo() -> Matcher {
    let mut doc: Value =
        serde_json::from_str(include_str!("../www/catalogue.json")).expect("the demo is JSON");
    let mut seed = 0x9e37_79b9_7f4a_7c15u64;
    for list in ["institutions", "bips"] {
        let items = doc[list]
            .as_array_mut()
            .expect("the demo has institutions and BIPs");
        let before: Vec<Value> = items.clone();
        // Fisher-Yates with xorshift.
        for i in (1..items.len()).rev() {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            items.swap(i, (seed % (i as u64 + 1)) as usize);
        }
        assert_ne!(*items, before, "{list} are shuffled");
    }
    Matcher::from_json(&doc.to_string()).expect("the shuffled demo loads")
}

#[test]
fn facets_and_loosening() {
    let m = matcher();
    let criteria = parse(json!({"programme": "photography", "countries": ["JP"], "today": TODAY}));
    let counts = m.country_counts(&criteria).expect("country counts");
    assert!(
        counts.iter().any(|(code, n)| code == "FR" && *n > 0),
        "country counts ignore the country filter itself: {counts:?}"
    );
    let narrow = parse(
        json!({"programme": "classical-music", "countries": ["IS"], "query": "Lyon", "today": TODAY}),
    );
    assert!(m.search(&narrow).is_ok_and(|h| h.is_empty()));
    let loosen = m.loosenings(&narrow).expect("loosenings");
    assert!(!loosen.is_empty(), "some filter must be worth dropping");
    assert!(
        loosen.windows(2).all(|w| w[0].results >= w[1].results),
        "most results first"
    );
}

#[test]
fn a_page_is_its_hits_with_the_total_the_country_counts_and_the_filters_to_loosen() {
    let m = matcher();
    let criteria = parse(json!({"programme": "photography", "countries": ["FR"], "today": TODAY}));
    let all = m.search(&criteria).expect("the search runs");
    assert!(all.len() > 3, "{}", all.len());
    let page = m.page(&criteria, 2..4, |_| true).expect("the page is made");
    // The total counts those that fit; the related ones follow them.
    assert_eq!(page.total, all.iter().filter(|h| !h.related).count());
    assert_eq!(page.total + page.related, all.len());
    assert!(page.related > 0, "Film and Animation agreements in France");
    assert_eq!(page.hits, all[2..4]);
    assert_eq!(
        page.country_counts,
        m.country_counts(&criteria).expect("counts")
    );
    assert!(
        page.loosenings.is_empty(),
        "nothing to loosen when there are results"
    );
    let past_the_end = m
        .page(&criteria, 100..200, |_| true)
        .expect("the page is made");
    assert!(past_the_end.hits.is_empty());
    assert_eq!(past_the_end.total, page.total);
    // No results: the filters to drop, only those the student may drop.
    let narrow = parse(
        json!({"programme": "fine-arts", "countries": ["IS"], "mobility": ["traineeship"], "today": TODAY}),
    );
    let page = m.page(&narrow, 0..10, |_| true).expect("the page is made");
    assert_eq!(page.total, 0);
    assert_eq!(page.loosenings, m.loosenings(&narrow).expect("loosenings"));
    assert!(page
        .loosenings
        .iter()
        .any(|l| l.filter == Filter::Countries));
    let own = m
        .page(&narrow, 0..10, |f| f != Filter::Countries)
        .expect("the page is made");
    assert!(!own.loosenings.is_empty());
    assert!(own.loosenings.iter().all(|l| l.filter != Filter::Countries));
}

fn parse(criteria: Value) -> Criteria {
    match serde_json::from_value(criteria.clone()) {
        Ok(c) => c,
        Err(e) => panic!("{criteria}: {e}"),
    }
}

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

/// The JSON of hits (the `--json` output and `Matcher.search` in JavaScript) is a fixed
/// interface: one hit for each reason and warning code, pinned as the engine writes it.
#[test]
fn hits_serialise_as_the_pinned_json() {
    let picks = [
        (
            json!({"programme": "classical-music", "query": "lyon", "term": "spring", "level": "master", "languages": [{"lang": "fr", "cefr": "C1"}]}),
            "cnsmd-lyon",
        ),
        (
            json!({"programme": "classical-music", "query": "lyon", "term": "autumn"}),
            "cnsmd-lyon",
        ),
        (
            json!({"programme": "photography", "mobility": ["study"], "query": "Arles", "languages": [{"lang": "de", "cefr": "B2"}]}),
            "ensp-arles",
        ),
        (
            json!({"programme": "classical-music", "query": "lyon", "languages": [{"lang": "de", "cefr": "C2"}]}),
            "cnsmd-lyon",
        ),
        (
            json!({"kinds": ["bip"], "programme": "film", "languages": [{"lang": "en", "cefr": "C1"}]}),
            "bip-documentary-2027",
        ),
        (
            json!({"kinds": ["bip"], "programme": "interior-design", "term": "spring"}),
            "bip-interior-2027",
        ),
        (
            json!({"programme": "photography", "countries": ["DK"]}),
            "animation-workshop",
        ),
        (
            json!({"mobility": ["staff-teaching", "study"], "query": "Bologna"}),
            "cons-bologna",
        ),
    ];
    let mut got = Vec::new();
    for (criteria, id) in &picks {
        let hits = search(criteria).unwrap_or_else(|e| panic!("{criteria}: {e}"));
        match hits.into_iter().find(|h| h.id == *id) {
            Some(hit) => got.push(serde_json::to_string(&hit).expect("a hit serialises")),
            None => panic!("{id} is a result of {criteria}"),
        }
    }
    // A BIP open to every programme (the demo has none): the small fixture's BIP without
    // its programme list.
    let mut small: Value = serde_json::from_str(include_str!("fixtures/small.json"))
        .expect("the small fixture is JSON");
    match small["bips"][0].as_object_mut() {
        Some(bip) => bip.remove("programmes"),
        None => panic!("the small fixture has a BIP"),
    };
    let open = Matcher::from_json(&small.to_string()).expect("the open BIP's catalogue loads");
    let criteria: Criteria =
        serde_json::from_value(json!({"programme": "fine-arts", "kinds": ["bip"], "today": TODAY}))
            .expect("criteria parse");
    for hit in open.search(&criteria).expect("the search runs") {
        got.push(serde_json::to_string(&hit).expect("a hit serialises"));
    }
    assert_eq!(got, PINNED);
}

/// What the hits of `hits_serialise_as_the_pinned_json` were when it was written.
const PINNED: [&str; 9] = [
    r#"{"kind":"institution","id":"cnsmd-lyon","score":0.85,"reasons":[{"code":"programme","detail":"classical-music"},{"code":"query","detail":"name"},{"code":"query","detail":"short-name"},{"code":"query","detail":"city"},{"code":"mobility","detail":"study, staff-training"},{"code":"level","detail":"master"},{"code":"term","detail":"spring"},{"code":"language","detail":"fr B1"},{"code":"places","detail":"3"},{"code":"next-mobility","detail":"spring 2028, home 2027-09-01, partner 2027-09-30"}],"warnings":[{"code":"term-closed","detail":"spring 2027, home 2026-09-01, partner 2026-09-30"}],"distance_km":593,"distance_band":"500-1999","agreements":[1,3]}"#,
    r#"{"kind":"institution","id":"cnsmd-lyon","score":1.0,"reasons":[{"code":"programme","detail":"classical-music"},{"code":"query","detail":"name"},{"code":"query","detail":"short-name"},{"code":"query","detail":"city"},{"code":"mobility","detail":"study, staff-training"},{"code":"term","detail":"autumn"},{"code":"places","detail":"3"},{"code":"next-mobility","detail":"autumn 2027, home 2027-02-01, partner 2027-03-31"}],"warnings":[],"distance_km":593,"distance_band":"500-1999","agreements":[1,3]}"#,
    r#"{"kind":"institution","id":"ensp-arles","score":0.7,"reasons":[{"code":"programme","detail":"photography"},{"code":"query","detail":"short-name"},{"code":"query","detail":"city"},{"code":"mobility","detail":"study"},{"code":"places","detail":"2"},{"code":"next-mobility","detail":"autumn 2027, home 2027-02-01, partner 2027-04-15"}],"warnings":[{"code":"language","detail":"fr B1"}],"distance_km":823,"distance_band":"500-1999","agreements":[0]}"#,
    r#"{"kind":"institution","id":"cnsmd-lyon","score":0.7,"reasons":[{"code":"programme","detail":"classical-music"},{"code":"query","detail":"name"},{"code":"query","detail":"short-name"},{"code":"query","detail":"city"},{"code":"mobility","detail":"study, staff-training"},{"code":"places","detail":"3"},{"code":"next-mobility","detail":"autumn 2027, home 2027-02-01, partner 2027-03-31"}],"warnings":[{"code":"language","detail":"fr B1, en B2"}],"distance_km":593,"distance_band":"500-1999","agreements":[1,3]}"#,
    r#"{"kind":"bip","id":"bip-documentary-2027","score":0.85,"reasons":[{"code":"programme","detail":"film"},{"code":"term","detail":"spring"},{"code":"language","detail":"en B2"},{"code":"dates","detail":"2027-06-07/2027-06-11"},{"code":"places","detail":"8"}],"warnings":[{"code":"deadline-passed","detail":"2026-10-15"}],"distance_km":1093,"distance_band":"500-1999"}"#,
    r#"{"kind":"bip","id":"bip-interior-2027","score":1.0,"reasons":[{"code":"programme","detail":"interior-design"},{"code":"term","detail":"spring"},{"code":"dates","detail":"2027-03-08/2027-03-12"},{"code":"places","detail":"12"},{"code":"apply-by","detail":"2026-12-15"}],"warnings":[],"distance_km":1,"distance_band":"0-9"}"#,
    r#"{"kind":"institution","id":"animation-workshop","score":0.6,"reasons":[{"code":"mobility","detail":"study, traineeship, staff-teaching"},{"code":"places","detail":"5"},{"code":"next-mobility","detail":"autumn 2027, home 2027-02-01, partner 2027-04-15"}],"warnings":[{"code":"related-field","detail":"0211"}],"distance_km":707,"distance_band":"500-1999","agreements":[0,1,2],"related":true}"#,
    r#"{"kind":"institution","id":"cons-bologna","score":1.0,"reasons":[{"code":"query","detail":"name"},{"code":"query","detail":"short-name"},{"code":"query","detail":"city"},{"code":"mobility","detail":"study, staff-teaching"},{"code":"places","detail":"5"},{"code":"next-mobility","detail":"full-year 2027, home 2027-02-01, partner 2027-05-01"}],"warnings":[],"distance_km":925,"distance_band":"500-1999","agreements":[0,1,2]}"#,
    r#"{"kind":"bip","id":"bip-photo-2027","score":1.0,"reasons":[{"code":"open-programme","detail":""},{"code":"term","detail":"spring"},{"code":"dates","detail":"2027-03-08/2027-03-12"},{"code":"apply-by","detail":"2026-12-15"}],"warnings":[],"distance_km":823,"distance_band":"500-1999"}"#,
];

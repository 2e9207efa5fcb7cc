//! The committed place names table (data/places.txt): it parses, it knows the names students
//! write, and it holds every city of the demo catalogue.
#![cfg(not(target_arch = "wasm32"))]

use std::sync::OnceLock;

use partner_matcher::places::{City, Gazetteer};
use partner_matcher::text::fold;
use serde_json::Value;

fn places() -> &'static Gazetteer {
    static PLACES: OnceLock<Gazetteer> = OnceLock::new();
    PLACES.get_or_init(|| {
        Gazetteer::parse(include_str!("../data/places.txt"))
            .unwrap_or_else(|e| panic!("data/places.txt parses: {e}"))
    })
}

/// The most populous city called `name` (as a student types it).
fn city(name: &str) -> Option<City<'static>> {
    places().cities_named(&fold(name)).next()
}

#[test]
fn cities_are_found_by_their_english_dutch_and_local_names() {
    let cases: &[(&str, &[&str])] = &[
        ("DE", &["Cologne", "Köln", "Koln", "Koeln", "Keulen"]),
        ("BE", &["Liège", "Liege", "Luik", "Lüttich"]),
        ("FR", &["Lille", "Rijsel"]),
        ("IT", &["Naples", "Napoli", "Napels"]),
        ("PL", &["Warsaw", "Warszawa", "Warschau"]),
        ("IT", &["Turin", "Torino", "Turijn"]),
        ("CH", &["Geneva", "Genève", "Geneve", "Genf"]),
        ("IT", &["Florence", "Firenze"]),
        ("BE", &["Brussels", "Brussel", "Bruxelles"]),
        ("NL", &["The Hague", "Den Haag", "'s-Gravenhage"]),
        ("NL", &["'s-Hertogenbosch", "s Hertogenbosch"]),
        ("DE", &["Frankfurt am Main", "Frankfurt"]),
        ("AT", &["Vienna", "Wien", "Wenen"]),
        ("CZ", &["Prague", "Praha", "Praag"]),
        ("DK", &["Copenhagen", "København", "Kopenhagen"]),
        ("PT", &["Lisbon", "Lisboa", "Lissabon"]),
        ("ES", &["San Sebastián", "Donostia"]),
        ("MX", &["Mexico City", "Ciudad de México", "Mexico-Stad"]),
        ("JP", &["Tokyo", "Tokio"]),
    ];
    for (country, names) in cases {
        let first = city(names[0]);
        let Some(first) = first else {
            panic!("{} is in the table", names[0]);
        };
        assert_eq!(first.country, *country, "{}", names[0]);
        for name in names.iter() {
            assert_eq!(city(name), Some(first), "{name} is {}", names[0]);
        }
    }
}

#[test]
fn countries_are_found_by_their_own_names_too() {
    let cases = [
        ("DE", ["Germany", "Duitsland", "Deutschland"].as_slice()),
        ("ES", &["Spain", "Spanje", "España", "Espana"]),
        ("PL", &["Poland", "Polen", "Polska"]),
        ("FI", &["Finland", "Suomi"]),
        ("SE", &["Sweden", "Zweden", "Sverige"]),
        ("AT", &["Austria", "Oostenrijk", "Österreich"]),
        ("NL", &["Netherlands", "Nederland", "Holland"]),
        ("BE", &["Belgium", "België", "Belgique", "Belgien"]),
        (
            "CH",
            &[
                "Switzerland",
                "Zwitserland",
                "Schweiz",
                "Suisse",
                "Svizzera",
            ],
        ),
        ("CZ", &["Czechia", "Tsjechië", "Česko", "Czech Republic"]),
        ("HU", &["Hungary", "Hongarije", "Magyarország"]),
        ("IE", &["Ireland", "Ierland", "Éire"]),
        ("TR", &["Turkey", "Turkije", "Türkiye"]),
    ];
    for (code, names) in cases {
        for name in names {
            assert_eq!(places().country_named(&fold(name)), Some(code), "{name}");
        }
    }
}

#[test]
fn every_name_is_found_by_its_folded_form() {
    // The parser folds with a per-character cache: it must agree with the engine's folding.
    let mut names = 0;
    for city in places().cities() {
        for name in city.names {
            let found = places().cities_named(&fold(name)).any(|c| c == city);
            assert!(found, "{name} finds {}", city.names.main());
            names += 1;
        }
    }
    assert!(
        places().city_count() > 1000 && names > 10_000,
        "{names} names"
    );
}

#[test]
fn every_city_of_the_demo_catalogue_is_in_the_table() {
    let catalogue: Value = serde_json::from_str(include_str!("../www/catalogue.json"))
        .unwrap_or_else(|e| panic!("the demo catalogue is JSON: {e}"));
    let mut places_of_catalogue = vec![&catalogue["home"]];
    places_of_catalogue.extend(catalogue["institutions"].as_array().into_iter().flatten());
    let bips = catalogue["bips"].as_array().into_iter().flatten();
    places_of_catalogue.extend(bips.map(|b| &b["physical"]).filter(|p| p.is_object()));
    let mut checked = 0;
    for place in places_of_catalogue {
        let country = place["country"].as_str().unwrap_or_default();
        let (lat, lon) = (
            place["location"]["lat"].as_f64(),
            place["location"]["lon"].as_f64(),
        );
        let (Some(lat), Some(lon)) = (lat, lon) else {
            continue;
        };
        let names: Vec<&str> = match &place["city"] {
            Value::String(name) => vec![name.as_str()],
            Value::Object(names) => names.values().filter_map(Value::as_str).collect(),
            _ => continue,
        };
        for name in names {
            let near = places().cities_named(&fold(name)).any(|c| {
                c.country == country && (c.lat - lat).abs() < 0.3 && (c.lon - lon).abs() < 0.4
            });
            assert!(
                near,
                "{name} ({country}, {lat}, {lon}) is in data/places.txt"
            );
            checked += 1;
        }
    }
    assert!(checked > 150, "{checked} names checked");
}

proptest::proptest! {
    /// Any text parses or is refused naming a line; never a panic.
    #[test]
    fn any_text_parses_or_is_refused_naming_a_line(text in r"[*0-9|A-Za-z\n\r\- #'éŁİ̈漢]{0,300}") {
        if let Err(e) = Gazetteer::parse(&text) {
            proptest::prop_assert!(e.starts_with("line "), "{e}");
        }
    }

    /// Each name of a table is found by its folded form, whatever letters, marks, spaces or
    /// punctuation it has (the parser folds from a per-character cache).
    #[test]
    fn names_are_found_by_their_folded_form(
        names in proptest::collection::vec(r"[a-zA-Z '\-éŁøßİ̈·ł漢Ω]{0,4}[a-zŁéß漢][a-zA-Z '\-éŁøßİ̈·ł漢]{0,6}", 1..6),
    ) {
        let text = format!("*BE|Belgium\n5106|372|1|{}\n", names.join("|"));
        let places = Gazetteer::parse(&text).unwrap_or_else(|e| panic!("{text:?}: {e}"));
        let city = places.cities().next();
        proptest::prop_assert!(city.is_some());
        for name in &names {
            let found = places.cities_named(&fold(name)).next();
            proptest::prop_assert_eq!(found, city, "{:?}", name);
        }
    }
}

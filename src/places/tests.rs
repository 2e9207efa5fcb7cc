use super::*;
use crate::text::fold;

const SMALL: &str = "# a comment\n\
*BE|Belgium|België|Belgique|Belgien\n\
5106|372|265086|Gent|Ghent|Gand\n\
5063|557|195278|Liège|Luik|Lüttich\n\
*NL|Netherlands|Nederland\n\
5208|430|474292|The Hague|Den Haag|'s-Gravenhage\n\
5169|531|155111|'s-Hertogenbosch|Den Bosch|Bois-le-Duc\n\
*US|United States\n\
3456|-8168|20000|Ghent\n";

fn small() -> Gazetteer {
    match Gazetteer::parse(SMALL) {
        Ok(g) => g,
        Err(e) => panic!("the small table parses: {e}"),
    }
}

fn first_city<'a>(g: &'a Gazetteer, name: &str) -> Option<City<'a>> {
    g.cities_named(name).next()
}

#[test]
fn finds_cities_by_every_name_folded() {
    let g = small();
    let liege = first_city(&g, "luik").map(|c| (c.names.main(), c.country));
    assert_eq!(liege, Some(("Liège", "BE")));
    assert_eq!(
        first_city(&g, "liege").map(|c| c.names.main()),
        Some("Liège")
    );
    assert_eq!(
        first_city(&g, "luttich").map(|c| c.names.main()),
        Some("Liège")
    );
    assert!(first_city(&g, "Luik").is_none(), "lookups take folded text");
    let gent = first_city(&g, "gent");
    assert_eq!(
        gent,
        Some(City {
            names: Names("Gent|Ghent|Gand"),
            country: "BE",
            lat: 51.06,
            lon: 3.72,
            population: 265_086,
        })
    );
    assert_eq!(
        gent.map(|c| c.names.iter().collect::<Vec<_>>()),
        Some(vec!["Gent", "Ghent", "Gand"])
    );
}

#[test]
fn multi_word_names_are_looked_up_as_one_folded_phrase() {
    let g = small();
    for phrase in ["Den Haag", "'s-Gravenhage", "The Hague"] {
        let found = first_city(&g, &fold(phrase)).map(|c| c.names.main());
        assert_eq!(found, Some("The Hague"), "{phrase}");
    }
    let bosch = first_city(&g, &fold("'s-Hertogenbosch")).map(|c| c.names.main());
    assert_eq!(bosch, Some("'s-Hertogenbosch"));
    assert!(
        first_city(&g, "haag").is_none(),
        "a word of a name is not the name"
    );
}

#[test]
fn a_name_of_several_cities_finds_each_most_populous_first() {
    let g = small();
    let ghents: Vec<&str> = g.cities_named("ghent").map(|c| c.country).collect();
    assert_eq!(ghents, ["BE", "US"]);
    assert_eq!(g.city_count(), 5);
    assert_eq!(g.cities().count(), 5);
}

/// The order does not come from the file: a smaller city first in it comes after a bigger one
/// of the same name; of two as populous, the one first in the file comes first.
#[test]
fn cities_of_one_name_come_most_populous_first_whatever_the_file_order() {
    let text = "*FR|France\n\
        100|100|2000|Paris|Small Paris\n\
        200|200|9000|Paris\n\
        300|300|2000|Paris|Second\n\
        400|400|500|Paris\n\
        500|500|9500|Paris\n\
        *XX|France\n";
    let g = Gazetteer::parse(text).unwrap_or_else(|e| panic!("{e}"));
    let lats: Vec<f64> = g.cities_named("paris").map(|c| c.lat).collect();
    assert_eq!(lats, [5.0, 2.0, 1.0, 3.0, 4.0]);
    assert_eq!(g.cities_named("second").count(), 1);
    assert_eq!(
        g.country_named("france"),
        Some("FR"),
        "the first country of a name"
    );
}

/// Read in steps of any size, the table gives the same lookups, and a bad line the same
/// error, as read at once.
#[test]
fn reading_in_steps_gives_what_reading_at_once_gives() {
    let whole = small();
    for bytes in [0, 1, 10, 40, 1000] {
        let mut reading = Gazetteer::reading(SMALL.to_owned());
        let mut steps = 0;
        let g = loop {
            steps += 1;
            if let Some(read) = reading.step(bytes) {
                break read.unwrap_or_else(|e| panic!("{e}"));
            }
        };
        assert!(
            steps > 1,
            "one step reads the lines, the next gives the table"
        );
        if bytes < 10 {
            assert!(
                steps > 8,
                "a step of {bytes} bytes reads one line: {steps} steps"
            );
        }
        for name in ["gent", "ghent", "luik", "den haag", "s hertogenbosch"] {
            let read: Vec<City> = g.cities_named(name).collect();
            let at_once: Vec<City> = whole.cities_named(name).collect();
            assert!(!at_once.is_empty());
            assert_eq!(read, at_once, "{name}, steps of {bytes} bytes");
        }
        assert_eq!(g.country_named("belgie"), Some("BE"));
        assert_eq!(g.city_count(), whole.city_count());
    }
    let bad = "*BE|Belgium\n5106|372|1|Gent\n\n# c\n5106|372|x|Gand\n";
    for bytes in [0, 5, usize::MAX] {
        let mut reading = Gazetteer::reading(bad.to_owned());
        let error = loop {
            if let Some(read) = reading.step(bytes) {
                break read.err();
            }
        };
        let error = error.unwrap_or_default();
        assert!(
            error.starts_with("line 5: the population"),
            "{bytes}: {error}"
        );
    }
}

#[test]
fn finds_countries_by_their_names_in_every_language() {
    let g = small();
    for name in ["Belgium", "België", "Belgique", "belgie", "BELGIEN"] {
        assert_eq!(g.country_named(&fold(name)), Some("BE"), "{name}");
    }
    assert_eq!(g.country_named("nederland"), Some("NL"));
    assert_eq!(g.country_named("germany"), None);
    let names: Vec<&str> = g.country_names("BE").collect();
    assert_eq!(names, ["Belgium", "België", "Belgique", "Belgien"]);
    assert_eq!(g.country_names("XX").count(), 0);
}

#[test]
fn bad_lines_are_errors_naming_the_line() {
    let cases = [
        (
            "*BE|Belgium\n5106|372|x|Gent\n",
            "line 2: the population is not a whole number",
        ),
        (
            "5106|372|1|Gent\n",
            "line 1: a city before any country line",
        ),
        (
            "*BE|Belgium\n9106|372|1|Gent\n",
            "line 2: the latitude is not between",
        ),
        (
            "*BE|Belgium\n5106|18001|1|Gent\n",
            "line 2: the longitude is not between",
        ),
        (
            "*BE|Belgium\n5106|372|-1|Gent\n",
            "line 2: the population is not between",
        ),
        (
            "# c\n\n*be|Belgium\n",
            "line 3: \"be\" is not a country code",
        ),
        ("*BE\n", "line 1: a country needs a code"),
        (
            "*BE|Belgium\n5106|372|1|Gent||Gand\n",
            "line 2: a name is empty",
        ),
        ("*BE|Belgium\n5106|372|1\n", "line 2: a name is empty"),
        (
            "*BE|Belgium|--\n",
            "line 1: the name \"--\" has no letters or digits",
        ),
        (
            "*BE|Belgium\n5106|372\n",
            "line 2: the population is not a whole number",
        ),
        (
            "*BE|Belgium\n-2147483648|372|1|Gent\n",
            "line 2: the latitude is not between",
        ),
        (
            "*BE|Belgium\n5106|372|99999999999|Gent\n",
            "line 2: the population is not a whole number",
        ),
    ];
    for (text, expected) in cases {
        match Gazetteer::parse(text) {
            Ok(_) => panic!("{text:?} is refused"),
            Err(e) => assert!(e.starts_with(expected), "{text:?}: {e}"),
        }
    }
}

#[test]
fn windows_line_ends_and_an_empty_table_are_fine() {
    let crlf = SMALL.replace('\n', "\r\n");
    let g = match Gazetteer::parse(&crlf) {
        Ok(g) => g,
        Err(e) => panic!("CRLF parses: {e}"),
    };
    assert_eq!(first_city(&g, "gand").map(|c| c.population), Some(265_086));
    let empty = Gazetteer::parse("");
    assert!(empty.is_ok_and(|g| g.city_count() == 0));
}

//! Values that several records share, read from the JSON tree: locations, language
//! requirements, and lists of texts, ids and vocabulary words.

use super::json::Json;
use super::model::{Cefr, LanguageRequirement, Level, Location};
use super::place::Place;
use super::read::{optional, Reader};
use super::values::{Id, LanguageCode};
use super::words::{
    ID, LANGUAGE, LANGUAGES, LANGUAGE_REQUIREMENT, LAT, LOCATION, LON, PLAIN_TEXT, TEXTS,
};

const LEVELS: &str = "a list of study levels";
pub(crate) const TERMS: &str = "a list of terms";

/// Where a record whose location failed is put: never seen (see [`Reader::whole`]).
///
/// [`Reader::whole`]: super::read::Reader::whole
pub(crate) const NOWHERE: Location = Location { lat: 0.0, lon: 0.0 };

pub(crate) fn required_location<'t>(
    r: &mut Reader<'_, 't>,
    object: &Place,
    record: &str,
    value: &mut Option<Json<'t>>,
) -> Location {
    r.need(object, record, "location", LOCATION, value)
        .and_then(|value| read_location(r, &object.key("location"), value))
        .unwrap_or(NOWHERE)
}

pub(crate) fn read_location<'t>(
    r: &mut Reader<'_, 't>,
    place: &Place,
    value: Json<'t>,
) -> Option<Location> {
    let mut f: [Option<Json>; 2] = Default::default();
    if !r.fields(place, value, LOCATION, &["lat", "lon"], &mut f) {
        return None;
    }
    let mark = r.failures;
    let [lat, lon] = &mut f;
    let mut coordinate = |name: &str, expected: &str, value: &mut Option<Json<'t>>| {
        let value = r.need(place, "location", name, expected, value)?;
        r.number(&place.key(name), value, expected)
    };
    let lat = coordinate("lat", LAT, lat);
    let lon = coordinate("lon", LON, lon);
    let location = Location {
        lat: lat.unwrap_or_default(),
        lon: lon.unwrap_or_default(),
    };
    r.whole(mark, location)
}

/// `languages`: language requirements, empty when left out.
pub(crate) fn language_list<'t>(
    r: &mut Reader<'_, 't>,
    object: &Place,
    value: &mut Option<Json<'t>>,
) -> Vec<LanguageRequirement> {
    let place = object.key("languages");
    let list = optional(value, |v| {
        let items = r.items(&place, v, LANGUAGES)?;
        r.each(items, |r, i, v| language(r, &place.index(i), v))
    });
    list.unwrap_or_default()
}

fn language<'t>(
    r: &mut Reader<'_, 't>,
    place: &Place,
    value: Json<'t>,
) -> Option<LanguageRequirement> {
    let mut f: [Option<Json>; 2] = Default::default();
    if !r.fields(
        place,
        value,
        LANGUAGE_REQUIREMENT,
        &["lang", "cefr"],
        &mut f,
    ) {
        return None;
    }
    let mark = r.failures;
    let [lang, cefr] = &mut f;
    let record = "language requirement";
    let lang = r.required_string(place, record, "lang", LANGUAGE, lang);
    let cefr = r.required_word(place, record, "cefr", cefr, Cefr::parse, Cefr::NAMES);
    let requirement = LanguageRequirement {
        lang: LanguageCode(lang),
        cefr: cefr.unwrap_or(Cefr::A1),
    };
    r.whole(mark, requirement)
}

/// A list of plain texts (tags, aliases, requirements), empty when left out.
pub(crate) fn texts<'t>(
    r: &mut Reader<'_, 't>,
    object: &Place,
    name: &str,
    value: &mut Option<Json<'t>>,
) -> Vec<String> {
    let place = object.key(name);
    let list = optional(value, |v| {
        let items = r.items(&place, v, TEXTS)?;
        r.each(items, |r, i, v| r.string(&place.index(i), v, PLAIN_TEXT))
    });
    list.unwrap_or_default()
}

/// A list of ids that may be left out.
pub(crate) fn ids<'t>(
    r: &mut Reader<'_, 't>,
    object: &Place,
    name: &str,
    expected: &str,
    value: &mut Option<Json<'t>>,
) -> Option<Vec<Id>> {
    let place = object.key(name);
    optional(value, |v| {
        let items = r.items(&place, v, expected)?;
        r.each(items, |r, i, v| r.string(&place.index(i), v, ID).map(Id))
    })
}

/// A list of a vocabulary's words that may be left out (levels, terms).
pub(crate) fn words<'t, T>(
    r: &mut Reader<'_, 't>,
    object: &Place,
    name: &str,
    expected: &str,
    value: &mut Option<Json<'t>>,
    parse: fn(&str) -> Option<T>,
    names: &[&str],
) -> Option<Vec<T>> {
    let place = object.key(name);
    optional(value, |v| {
        let items = r.items(&place, v, expected)?;
        r.each(items, |r, i, v| r.word(&place.index(i), v, parse, names))
    })
}

/// The `levels` of a programme, an agreement or a BIP (absent: all levels).
pub(crate) fn levels<'t>(
    r: &mut Reader<'_, 't>,
    object: &Place,
    value: &mut Option<Json<'t>>,
) -> Option<Vec<Level>> {
    words(
        r,
        object,
        "levels",
        LEVELS,
        value,
        Level::parse,
        Level::NAMES,
    )
}

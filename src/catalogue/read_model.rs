//! The catalogue's records read from the JSON tree: every value of the wrong type or shape is
//! reported at its place, each record on its own (see `findings.rs`); what they mean is
//! checked afterwards (`validate.rs`).

use super::findings::{Findings, List, Owner};
use super::json::{Json, Tree};
use super::model::{
    Agreement, Bip, Cefr, Deadlines, Funding, Home, Institution, LanguageRequirement, Level,
    Location, Mobility, PhysicalPart, Programme, Term, Validity, FORMAT,
};
use super::place::Place;
use super::problem::Problem;
use super::read::{found, optional, Reader};
use super::text::LocalisedText;
use super::values::{
    AcademicYear, CountryCode, Date, Id, IscedCode, LanguageCode, MonthDay, WebUrl,
};
use super::words::{
    quoted, ACADEMIC_YEAR, COUNTRY, DATE, DEADLINES, ECTS, HOME, HOST, ID, INSTITUTION_IDS, ISCED,
    LANGUAGE, LANGUAGES, LANGUAGE_REQUIREMENT, LAT, LOCATION, LON, MONTHS, MONTH_DAY, PHYSICAL,
    PLACES, PLAIN_TEXT, PROGRAMME_IDS, TEXTS, VALIDITY, WEB_ADDRESS,
};

/// A record as read: its model if every value had the right type, and its id if that was a
/// string (so that duplicates and references are checked even for a record that failed).
#[derive(Debug)]
pub(crate) struct Slot<T> {
    pub id: Option<String>,
    pub record: Option<T>,
}

/// A catalogue as read, before validation; `None` where a value could not be read.
#[derive(Debug, Default)]
pub(crate) struct Draft {
    /// As declared: "partner-matcher/catalogue@1", or a minor version such as "@1.2".
    pub format: String,
    pub updated: Option<Date>,
    pub notice: Option<LocalisedText>,
    pub home: Option<Home>,
    pub programmes: Vec<Slot<Programme>>,
    pub institutions: Vec<Slot<Institution>>,
    pub bips: Vec<Slot<Bip>>,
}

const LEVELS: &str = "a list of study levels";
const TERMS: &str = "a list of terms";

/// Reads the whole tree. The format comes first: a catalogue of another format or version is
/// refused with that one problem, whatever else it holds.
pub(crate) fn read_catalogue(mut tree: Tree, findings: &mut Findings) -> Result<Draft, Problem> {
    let root_value = tree.root.take().unwrap_or(Json::Null);
    let mut declared = String::new();
    if let Json::Object(members) = &root_value {
        let members = tree.children(*members);
        let format = members.iter().find(|(key, _)| key == "format");
        if let Some(problem) = format_problem(format.map(|(_, value)| value)) {
            return Err(problem);
        }
        if let Some((_, Json::String(format))) = format {
            declared = format.to_string();
        }
    } else {
        return Err(Problem::error(
            "",
            format!(
                "a catalogue must be a JSON object starting with {{\"format\": \"{FORMAT}\", …}}, found {}",
                found(&root_value)
            ),
        ));
    }
    let r = &mut Reader {
        findings,
        tree: &mut tree,
    };
    let root = Place::Root;
    let names = [
        "format",
        "updated",
        "notice",
        "home",
        "programmes",
        "institutions",
        "bips",
    ];
    let mut f: [Option<Json>; 7] = Default::default();
    r.fields(&root, root_value, "", &names, &mut f);
    let [_, updated, notice, home, programmes, institutions, bips] = f;
    let home = r
        .need(&root, "catalogue", "home", HOME, home)
        .and_then(|v| read_home(r, &root.key("home"), v));
    let mut draft = Draft {
        format: declared,
        updated: r
            .optional_string(&root, "updated", DATE, updated)
            .flatten()
            .map(Date),
        notice: r.optional_text(&root, "notice", notice).flatten(),
        home,
        ..Draft::default()
    };
    draft.programmes = records(r, List::Programmes, programmes, programme);
    draft.institutions = records(r, List::Institutions, institutions, institution);
    draft.bips = records(r, List::Bips, bips, bip);
    Ok(draft)
}

/// One list of records, each read on its own and owning its problems.
fn records<'t, T>(
    r: &mut Reader<'_, 't>,
    list: List,
    value: Option<Json<'t>>,
    read: fn(&mut Reader<'_, 't>, &Place, Json<'t>) -> Slot<T>,
) -> Vec<Slot<T>> {
    let root = Place::Root;
    let place = root.key(list.key());
    let expected = match list {
        List::Programmes => "a list of programmes",
        List::Institutions => "a list of institutions",
        List::Bips => "a list of BIPs",
    };
    let Some(Some(items)) = optional(value, |v| r.items(&place, v, expected)) else {
        return Vec::new();
    };
    let slots = r.each(items, |r, i, item| {
        r.findings.owned_by(Owner::Record(list, i));
        Some(read(r, &place.index(i), item))
    });
    r.findings.owned_by(Owner::File);
    slots.unwrap_or_default()
}

fn read_home<'t>(r: &mut Reader<'_, 't>, place: &Place, value: Json<'t>) -> Option<Home> {
    let mut f: [Option<Json>; 4] = Default::default();
    if !r.fields(
        place,
        value,
        HOME,
        &["name", "city", "country", "location"],
        &mut f,
    ) {
        return None;
    }
    let [name, city, country, location] = f;
    let record = "home school";
    let name = r.required_text(place, record, "name", name);
    let city = r.required_text(place, record, "city", city);
    let country = r.required_string(place, record, "country", COUNTRY, country);
    let location = required_location(r, place, record, location);
    Some(Home {
        name: name?,
        city: city?,
        country: CountryCode(country?),
        location: location?,
    })
}

fn required_location<'t>(
    r: &mut Reader<'_, 't>,
    object: &Place,
    record: &str,
    value: Option<Json<'t>>,
) -> Option<Location> {
    let value = r.need(object, record, "location", LOCATION, value)?;
    read_location(r, &object.key("location"), value)
}

fn read_location<'t>(r: &mut Reader<'_, 't>, place: &Place, value: Json<'t>) -> Option<Location> {
    let mut f: [Option<Json>; 2] = Default::default();
    if !r.fields(place, value, LOCATION, &["lat", "lon"], &mut f) {
        return None;
    }
    let [lat, lon] = f;
    let mut coordinate = |name: &str, expected: &str, value: Option<Json<'t>>| {
        let value = r.need(place, "location", name, expected, value)?;
        r.number(&place.key(name), value, expected)
    };
    let lat = coordinate("lat", LAT, lat);
    let lon = coordinate("lon", LON, lon);
    Some(Location {
        lat: lat?,
        lon: lon?,
    })
}

fn programme<'t>(r: &mut Reader<'_, 't>, place: &Place, value: Json<'t>) -> Slot<Programme> {
    let expected = "a programme: an object with `id`, `name` and `isced`";
    let names = ["id", "name", "isced", "levels", "aliases"];
    let mut f: [Option<Json>; 5] = Default::default();
    if !r.fields(place, value, expected, &names, &mut f) {
        return Slot::unread();
    }
    let [id, name, isced, levels, aliases] = f;
    let record = "programme";
    let id = r.required_string(place, record, "id", ID, id);
    let name = r.required_text(place, record, "name", name);
    let isced = r.required_string(place, record, "isced", ISCED, isced);
    let levels = words(
        r,
        place,
        "levels",
        LEVELS,
        levels,
        Level::parse,
        Level::NAMES,
    );
    let aliases = texts(r, place, "aliases", aliases);
    Slot {
        record: (|| {
            Some(Programme {
                id: Id(id.clone()?),
                name: name?,
                isced: IscedCode(isced?),
                levels: levels?,
                aliases: aliases?,
            })
        })(),
        id,
    }
}

fn institution<'t>(r: &mut Reader<'_, 't>, place: &Place, value: Json<'t>) -> Slot<Institution> {
    let expected = "an institution: an object with `id`, `name`, `city`, `country` and `location`";
    let names = [
        "id",
        "name",
        "short_name",
        "erasmus_code",
        "city",
        "country",
        "location",
        "website",
        "tags",
        "agreements",
        "deadlines",
        "requirements",
    ];
    let mut f: [Option<Json>; 12] = Default::default();
    if !r.fields(place, value, expected, &names, &mut f) {
        return Slot::unread();
    }
    let [id, name, short_name, erasmus_code, city, country, location, website, tags, agreements, deadlines, requirements] =
        f;
    let record = "institution";
    let id = r.required_string(place, record, "id", ID, id);
    let name = r.required_text(place, record, "name", name);
    let short_name = r.optional_string(place, "short_name", PLAIN_TEXT, short_name);
    let erasmus_code = r.optional_string(place, "erasmus_code", PLAIN_TEXT, erasmus_code);
    let city = r.required_text(place, record, "city", city);
    let country = r.required_string(place, record, "country", COUNTRY, country);
    let location = required_location(r, place, record, location);
    let website = r.optional_string(place, "website", WEB_ADDRESS, website);
    let tags = texts(r, place, "tags", tags);
    let agreements_place = place.key("agreements");
    let agreements = optional(agreements, |v| {
        let items = r.items(&agreements_place, v, "a list of agreements")?;
        r.each(items, |r, i, v| agreement(r, &agreements_place.index(i), v))
    });
    let deadlines = optional(deadlines, |v| read_deadlines(r, &place.key("deadlines"), v));
    let requirements = texts(r, place, "requirements", requirements);
    Slot {
        record: (|| {
            Some(Institution {
                id: Id(id.clone()?),
                name: name?,
                short_name: short_name?,
                erasmus_code: erasmus_code?,
                city: city?,
                country: CountryCode(country?),
                location: location?,
                website: website?.map(WebUrl),
                tags: tags?,
                agreements: agreements?.unwrap_or_default(),
                deadlines: deadlines?.unwrap_or_default(),
                requirements: requirements?,
            })
        })(),
        id,
    }
}

fn agreement<'t>(r: &mut Reader<'_, 't>, place: &Place, value: Json<'t>) -> Option<Agreement> {
    let expected = "an agreement: an object with `mobility` and `isced`";
    let names = [
        "mobility",
        "programmes",
        "isced",
        "levels",
        "terms",
        "places",
        "months",
        "languages",
        "funding",
        "valid",
        "notes",
    ];
    let mut f: [Option<Json>; 11] = Default::default();
    if !r.fields(place, value, expected, &names, &mut f) {
        return None;
    }
    let [mobility, programmes, isced, levels, terms, places, months, languages, funding, valid, notes] =
        f;
    let record = "agreement";
    let mobility = r.required_word(
        place,
        record,
        "mobility",
        mobility,
        Mobility::parse,
        Mobility::NAMES,
    );
    let programmes = ids(r, place, "programmes", PROGRAMME_IDS, programmes);
    let isced = r.required_string(place, record, "isced", ISCED, isced);
    let levels = words(
        r,
        place,
        "levels",
        LEVELS,
        levels,
        Level::parse,
        Level::NAMES,
    );
    let terms = words(r, place, "terms", TERMS, terms, Term::parse, Term::NAMES);
    let places = r.optional_whole(place, "places", PLACES, places);
    let months = r.optional_whole(place, "months", MONTHS, months);
    let languages = language_list(r, place, languages);
    let funding = optional(funding, |v| {
        r.word(&place.key("funding"), v, Funding::parse, Funding::NAMES)
    });
    let valid = optional(valid, |v| read_validity(r, &place.key("valid"), v));
    let notes = r.optional_text(place, "notes", notes);
    Some(Agreement {
        mobility: mobility?,
        programmes: programmes?,
        isced: IscedCode(isced?),
        levels: levels?,
        terms: terms?,
        places: places?,
        months: months?,
        languages: languages?,
        funding: funding?,
        valid: valid?,
        notes: notes?,
    })
}

fn read_deadlines<'t>(r: &mut Reader<'_, 't>, place: &Place, value: Json<'t>) -> Option<Deadlines> {
    let mut f: [Option<Json>; 3] = Default::default();
    if !r.fields(
        place,
        value,
        DEADLINES,
        &["autumn", "spring", "full-year"],
        &mut f,
    ) {
        return None;
    }
    let [autumn, spring, full_year] = f;
    let autumn = r.optional_string(place, "autumn", MONTH_DAY, autumn);
    let spring = r.optional_string(place, "spring", MONTH_DAY, spring);
    let full_year = r.optional_string(place, "full-year", MONTH_DAY, full_year);
    Some(Deadlines {
        autumn: autumn?.map(MonthDay),
        spring: spring?.map(MonthDay),
        full_year: full_year?.map(MonthDay),
    })
}

fn read_validity<'t>(r: &mut Reader<'_, 't>, place: &Place, value: Json<'t>) -> Option<Validity> {
    let mut f: [Option<Json>; 2] = Default::default();
    if !r.fields(place, value, VALIDITY, &["from", "until"], &mut f) {
        return None;
    }
    let [from, until] = f;
    let from = r.optional_string(place, "from", ACADEMIC_YEAR, from);
    let until = r.optional_string(place, "until", ACADEMIC_YEAR, until);
    Some(Validity {
        from: from?.map(AcademicYear),
        until: until?.map(AcademicYear),
    })
}

/// `languages`: language requirements, empty when left out.
fn language_list<'t>(
    r: &mut Reader<'_, 't>,
    object: &Place,
    value: Option<Json<'t>>,
) -> Option<Vec<LanguageRequirement>> {
    let place = object.key("languages");
    let list = optional(value, |v| {
        let items = r.items(&place, v, LANGUAGES)?;
        r.each(items, |r, i, v| language(r, &place.index(i), v))
    });
    list.map(Option::unwrap_or_default)
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
    let [lang, cefr] = f;
    let record = "language requirement";
    let lang = r.required_string(place, record, "lang", LANGUAGE, lang);
    let cefr = r.required_word(place, record, "cefr", cefr, Cefr::parse, Cefr::NAMES);
    Some(LanguageRequirement {
        lang: LanguageCode(lang?),
        cefr: cefr?,
    })
}

fn bip<'t>(r: &mut Reader<'_, 't>, place: &Place, value: Json<'t>) -> Slot<Bip> {
    let expected = "a BIP: an object with `id`, `title` and `host`";
    let names = [
        "id",
        "title",
        "description",
        "host",
        "partners",
        "programmes",
        "isced",
        "levels",
        "physical",
        "virtual",
        "ects",
        "languages",
        "apply_by",
        "places",
        "url",
    ];
    let mut f: [Option<Json>; 15] = Default::default();
    if !r.fields(place, value, expected, &names, &mut f) {
        return Slot::unread();
    }
    let [id, title, description, host, partners, programmes, isced, levels, physical, virtual_part, ects, languages, apply_by, places, url] =
        f;
    let record = "BIP";
    let id = r.required_string(place, record, "id", ID, id);
    let title = r.required_text(place, record, "title", title);
    let description = r.optional_text(place, "description", description);
    let host = r.required_string(place, record, "host", HOST, host);
    let partners = ids(r, place, "partners", INSTITUTION_IDS, partners);
    let programmes = ids(r, place, "programmes", PROGRAMME_IDS, programmes);
    let isced = r.optional_string(place, "isced", ISCED, isced);
    let levels = words(
        r,
        place,
        "levels",
        LEVELS,
        levels,
        Level::parse,
        Level::NAMES,
    );
    let physical = optional(physical, |v| read_physical(r, &place.key("physical"), v));
    let virtual_part = r.optional_text(place, "virtual", virtual_part);
    let ects = optional(ects, |v| r.number(&place.key("ects"), v, ECTS));
    let languages = language_list(r, place, languages);
    let apply_by = r.optional_string(place, "apply_by", DATE, apply_by);
    let places = r.optional_whole(place, "places", PLACES, places);
    let url = r.optional_string(place, "url", WEB_ADDRESS, url);
    Slot {
        record: (|| {
            Some(Bip {
                id: Id(id.clone()?),
                title: title?,
                description: description?,
                host: host?,
                partners: partners?.unwrap_or_default(),
                programmes: programmes?,
                isced: isced?.map(IscedCode),
                levels: levels?,
                physical: physical?,
                virtual_part: virtual_part?,
                ects: ects?,
                languages: languages?,
                apply_by: apply_by?.map(Date),
                places: places?,
                url: url?.map(WebUrl),
            })
        })(),
        id,
    }
}

fn read_physical<'t>(
    r: &mut Reader<'_, 't>,
    place: &Place,
    value: Json<'t>,
) -> Option<PhysicalPart> {
    let names = ["start", "end", "city", "country", "location"];
    let mut f: [Option<Json>; 5] = Default::default();
    if !r.fields(place, value, PHYSICAL, &names, &mut f) {
        return None;
    }
    let [start, end, city, country, location] = f;
    let record = "BIP's physical part";
    let start = r.required_string(place, record, "start", DATE, start);
    let end = r.required_string(place, record, "end", DATE, end);
    let city = r.required_text(place, record, "city", city);
    let country = r.required_string(place, record, "country", COUNTRY, country);
    let location = optional(location, |v| read_location(r, &place.key("location"), v));
    Some(PhysicalPart {
        start: Date(start?),
        end: Date(end?),
        city: city?,
        country: CountryCode(country?),
        location: location?,
    })
}

/// A list of plain texts (tags, aliases, requirements), empty when left out.
fn texts<'t>(
    r: &mut Reader<'_, 't>,
    object: &Place,
    name: &str,
    value: Option<Json<'t>>,
) -> Option<Vec<String>> {
    let place = object.key(name);
    let list = optional(value, |v| {
        let items = r.items(&place, v, TEXTS)?;
        r.each(items, |r, i, v| r.string(&place.index(i), v, PLAIN_TEXT))
    });
    list.map(Option::unwrap_or_default)
}

/// A list of ids that may be left out.
fn ids<'t>(
    r: &mut Reader<'_, 't>,
    object: &Place,
    name: &str,
    expected: &str,
    value: Option<Json<'t>>,
) -> Option<Option<Vec<Id>>> {
    let place = object.key(name);
    optional(value, |v| {
        let items = r.items(&place, v, expected)?;
        r.each(items, |r, i, v| r.string(&place.index(i), v, ID).map(Id))
    })
}

/// A list of a vocabulary's words that may be left out (levels, terms).
fn words<'t, T>(
    r: &mut Reader<'_, 't>,
    object: &Place,
    name: &str,
    expected: &str,
    value: Option<Json<'t>>,
    parse: fn(&str) -> Option<T>,
    names: &[&str],
) -> Option<Option<Vec<T>>> {
    let place = object.key(name);
    optional(value, |v| {
        let items = r.items(&place, v, expected)?;
        r.each(items, |r, i, v| r.word(&place.index(i), v, parse, names))
    })
}

impl<T> Slot<T> {
    fn unread() -> Slot<T> {
        Slot {
            id: None,
            record: None,
        }
    }
}

/// Why a `format` value cannot be read by this version, if it cannot.
fn format_problem(format: Option<&Json>) -> Option<Problem> {
    let problem = |message: String| Some(Problem::error("format", message));
    let not_ours = |value: &Json| {
        problem(format!(
            "{} is not a partner-matcher catalogue format; expected \"{FORMAT}\"",
            found(value)
        ))
    };
    let format = match format {
        None => {
            return problem(format!(
                "missing: a catalogue starts with \"format\": \"{FORMAT}\""
            ))
        }
        Some(Json::String(text)) => text.as_ref(),
        Some(other) => return not_ours(other),
    };
    let prefix = FORMAT.trim_end_matches('1');
    let Some(version) = format.strip_prefix(prefix) else {
        return not_ours(&Json::String(format.into()));
    };
    let major = version
        .split('.')
        .next()
        .and_then(|m| m.parse::<u32>().ok());
    match major {
        Some(1) if version.split('.').skip(1).all(|m| m.parse::<u32>().is_ok()) => None,
        Some(major) if major > 1 => problem(format!(
            "this catalogue uses format version {major}, but this partner-matcher reads version 1; \
             use a newer partner-matcher"
        )),
        _ => problem(format!(
            "{} has no readable version; expected \"{FORMAT}\"",
            quoted(format)
        )),
    }
}

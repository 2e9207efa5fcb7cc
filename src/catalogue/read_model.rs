//! The catalogue's records read from the JSON tree: every value of the wrong type or shape is
//! reported at its place, each record on its own (see `findings.rs`); what they mean is
//! checked afterwards (`validate.rs`).

use super::findings::{Findings, List, Owner};
use super::json::Json;
use super::model::{
    Agreement, Bip, Cefr, Deadlines, Funding, Home, Institution, LanguageRequirement, Level,
    Location, Mobility, PhysicalPart, Programme, Term, Validity, FORMAT,
};
use super::place::Place;
use super::problem::Problem;
use super::read::{found, Reader};
use super::text::LocalisedText;
use super::values::{
    AcademicYear, CountryCode, Date, Id, IscedCode, LanguageCode, MonthDay, WebUrl,
};
use super::words::{
    one_of, quoted, ACADEMIC_YEAR, COUNTRY, DATE, DEADLINES, ECTS, HOME, HOST, ID, INSTITUTION_IDS,
    ISCED, LANGUAGE, LANGUAGES, LANGUAGE_REQUIREMENT, LAT, LOCATION, LON, MONTHS, MONTH_DAY,
    PHYSICAL, PLACES, PLAIN_TEXT, PROGRAMME_IDS, TEXT, TEXTS, VALIDITY, WEB_ADDRESS,
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
pub(crate) fn read_catalogue(tree: Json, findings: &mut Findings) -> Result<Draft, Problem> {
    let mut declared = String::new();
    if let Json::Object(members) = &tree {
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
                found(&tree)
            ),
        ));
    }
    let r = &mut Reader { findings };
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
    let Some([_, updated, notice, home, programmes, institutions, bips]) =
        r.fields(&root, tree, "", names)
    else {
        return Ok(Draft::default());
    };
    let mut draft = Draft {
        format: declared,
        updated: r
            .optional(&root, "updated", DATE, updated, Reader::string)
            .flatten()
            .map(Date),
        notice: r
            .optional(&root, "notice", TEXT, notice, Reader::text)
            .flatten(),
        home: r.required(&root, "catalogue", "home", HOME, home, read_home),
        ..Draft::default()
    };
    draft.programmes = records(r, List::Programmes, programmes, programme);
    draft.institutions = records(r, List::Institutions, institutions, institution);
    draft.bips = records(r, List::Bips, bips, bip);
    Ok(draft)
}

/// One list of records, each read on its own and owning its problems.
fn records<'t, T>(
    r: &mut Reader,
    list: List,
    value: Option<Json<'t>>,
    read: fn(&mut Reader, &Place, Json<'t>) -> Slot<T>,
) -> Vec<Slot<T>> {
    let root = Place::Root;
    let place = root.key(list.key());
    let items = match value {
        None | Some(Json::Null) => return Vec::new(),
        Some(Json::Array(items)) => items,
        Some(other) => {
            let expected = format!("a list of {}", list.key());
            r.wrong(&place, &expected, &other);
            return Vec::new();
        }
    };
    let mut slots = Vec::with_capacity(items.len());
    for (i, item) in items.into_iter().enumerate() {
        r.findings.owned_by(Owner::Record(list, i));
        slots.push(read(r, &place.index(i), item));
    }
    r.findings.owned_by(Owner::File);
    slots
}

fn read_home(r: &mut Reader, place: &Place, value: Json, expected: &str) -> Option<Home> {
    let [name, city, country, location] =
        r.fields(place, value, expected, ["name", "city", "country", "location"])?;
    let record = "home school";
    let name = r.required(place, record, "name", TEXT, name, Reader::text);
    let city = r.required(place, record, "city", TEXT, city, Reader::text);
    let country = r.required(place, record, "country", COUNTRY, country, Reader::string);
    let location = r.required(place, record, "location", LOCATION, location, read_location);
    Some(Home {
        name: name?,
        city: city?,
        country: CountryCode(country?),
        location: location?,
    })
}

fn read_location(r: &mut Reader, place: &Place, value: Json, expected: &str) -> Option<Location> {
    let [lat, lon] = r.fields(place, value, expected, ["lat", "lon"])?;
    let lat = r.required(place, "location", "lat", LAT, lat, Reader::number);
    let lon = r.required(place, "location", "lon", LON, lon, Reader::number);
    Some(Location {
        lat: lat?,
        lon: lon?,
    })
}

fn programme(r: &mut Reader, place: &Place, value: Json) -> Slot<Programme> {
    let expected = "a programme: an object with `id`, `name` and `isced`";
    let names = ["id", "name", "isced", "levels", "aliases"];
    let Some([id, name, isced, levels, aliases]) = r.fields(place, value, expected, names) else {
        return Slot::unread();
    };
    let record = "programme";
    let id = r.required(place, record, "id", ID, id, Reader::string);
    let name = r.required(place, record, "name", TEXT, name, Reader::text);
    let isced = r.required(place, record, "isced", ISCED, isced, Reader::string);
    let levels = r.optional(place, "levels", LEVELS, levels, levels_list);
    let aliases = r.list_or_empty(place, "aliases", TEXTS, aliases, plain_text);
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

fn institution(r: &mut Reader, place: &Place, value: Json) -> Slot<Institution> {
    let expected =
        "an institution: an object with `id`, `name`, `city`, `country` and `location`";
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
    let Some(
        [id, name, short_name, erasmus_code, city, country, location, website, tags, agreements, deadlines, requirements],
    ) = r.fields(place, value, expected, names)
    else {
        return Slot::unread();
    };
    let record = "institution";
    let id = r.required(place, record, "id", ID, id, Reader::string);
    let name = r.required(place, record, "name", TEXT, name, Reader::text);
    let short_name = r.optional(place, "short_name", PLAIN_TEXT, short_name, Reader::string);
    let erasmus_code = r.optional(place, "erasmus_code", PLAIN_TEXT, erasmus_code, Reader::string);
    let city = r.required(place, record, "city", TEXT, city, Reader::text);
    let country = r.required(place, record, "country", COUNTRY, country, Reader::string);
    let location = r.required(place, record, "location", LOCATION, location, read_location);
    let website = r.optional(place, "website", WEB_ADDRESS, website, Reader::string);
    let tags = r.list_or_empty(place, "tags", TEXTS, tags, plain_text);
    let agreements = r.list_or_empty(
        place,
        "agreements",
        "a list of agreements",
        agreements,
        agreement,
    );
    let deadlines = r.optional(place, "deadlines", DEADLINES, deadlines, read_deadlines);
    let requirements = r.list_or_empty(place, "requirements", TEXTS, requirements, plain_text);
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
                agreements: agreements?,
                deadlines: deadlines?.unwrap_or_default(),
                requirements: requirements?,
            })
        })(),
        id,
    }
}

fn agreement(r: &mut Reader, place: &Place, value: Json) -> Option<Agreement> {
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
    let [mobility, programmes, isced, levels, terms, places, months, languages, funding, valid, notes] =
        r.fields(place, value, expected, names)?;
    let record = "agreement";
    let mobility_words = one_of(Mobility::NAMES);
    let mobility = r.required(place, record, "mobility", &mobility_words, mobility, |r, p, v, _| {
        r.word(p, v, Mobility::parse, Mobility::NAMES)
    });
    let programmes = r.optional(place, "programmes", PROGRAMME_IDS, programmes, ids);
    let isced = r.required(place, record, "isced", ISCED, isced, Reader::string);
    let levels = r.optional(place, "levels", LEVELS, levels, levels_list);
    let terms = r.optional(place, "terms", TERMS, terms, |r, p, v, e| {
        r.list(p, v, e, |r, p, v| r.word(p, v, Term::parse, Term::NAMES))
    });
    let places = r.optional(place, "places", PLACES, places, Reader::whole);
    let months = r.optional(place, "months", MONTHS, months, Reader::whole);
    let languages = r.list_or_empty(place, "languages", LANGUAGES, languages, language);
    let funding = r.optional(place, "funding", "", funding, |r, p, v, _| {
        r.word(p, v, Funding::parse, Funding::NAMES)
    });
    let valid = r.optional(place, "valid", VALIDITY, valid, read_validity);
    let notes = r.optional(place, "notes", TEXT, notes, Reader::text);
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

fn read_deadlines(r: &mut Reader, place: &Place, value: Json, expected: &str) -> Option<Deadlines> {
    let [autumn, spring, full_year] =
        r.fields(place, value, expected, ["autumn", "spring", "full-year"])?;
    let autumn = r.optional(place, "autumn", MONTH_DAY, autumn, Reader::string);
    let spring = r.optional(place, "spring", MONTH_DAY, spring, Reader::string);
    let full_year = r.optional(place, "full-year", MONTH_DAY, full_year, Reader::string);
    Some(Deadlines {
        autumn: autumn?.map(MonthDay),
        spring: spring?.map(MonthDay),
        full_year: full_year?.map(MonthDay),
    })
}

fn read_validity(r: &mut Reader, place: &Place, value: Json, expected: &str) -> Option<Validity> {
    let [from, until] = r.fields(place, value, expected, ["from", "until"])?;
    let from = r.optional(place, "from", ACADEMIC_YEAR, from, Reader::string);
    let until = r.optional(place, "until", ACADEMIC_YEAR, until, Reader::string);
    Some(Validity {
        from: from?.map(AcademicYear),
        until: until?.map(AcademicYear),
    })
}

fn language(r: &mut Reader, place: &Place, value: Json) -> Option<LanguageRequirement> {
    let [lang, cefr] = r.fields(place, value, LANGUAGE_REQUIREMENT, ["lang", "cefr"])?;
    let record = "language requirement";
    let lang = r.required(place, record, "lang", LANGUAGE, lang, Reader::string);
    let cefr_words = one_of(Cefr::NAMES);
    let cefr = r.required(place, record, "cefr", &cefr_words, cefr, |r, p, v, _| {
        r.word(p, v, Cefr::parse, Cefr::NAMES)
    });
    Some(LanguageRequirement {
        lang: LanguageCode(lang?),
        cefr: cefr?,
    })
}

fn bip(r: &mut Reader, place: &Place, value: Json) -> Slot<Bip> {
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
    let Some(
        [id, title, description, host, partners, programmes, isced, levels, physical, virtual_part, ects, languages, apply_by, places, url],
    ) = r.fields(place, value, expected, names)
    else {
        return Slot::unread();
    };
    let record = "BIP";
    let id = r.required(place, record, "id", ID, id, Reader::string);
    let title = r.required(place, record, "title", TEXT, title, Reader::text);
    let description = r.optional(place, "description", TEXT, description, Reader::text);
    let host = r.required(place, record, "host", HOST, host, Reader::string);
    let partners = r.list_or_empty(place, "partners", INSTITUTION_IDS, partners, |r, p, v| {
        r.string(p, v, ID).map(Id)
    });
    let programmes = r.optional(place, "programmes", PROGRAMME_IDS, programmes, ids);
    let isced = r.optional(place, "isced", ISCED, isced, Reader::string);
    let levels = r.optional(place, "levels", LEVELS, levels, levels_list);
    let physical = r.optional(place, "physical", PHYSICAL, physical, read_physical);
    let virtual_part = r.optional(place, "virtual", TEXT, virtual_part, Reader::text);
    let ects = r.optional(place, "ects", ECTS, ects, Reader::number);
    let languages = r.list_or_empty(place, "languages", LANGUAGES, languages, language);
    let apply_by = r.optional(place, "apply_by", DATE, apply_by, Reader::string);
    let places = r.optional(place, "places", PLACES, places, Reader::whole);
    let url = r.optional(place, "url", WEB_ADDRESS, url, Reader::string);
    Slot {
        record: (|| {
            Some(Bip {
                id: Id(id.clone()?),
                title: title?,
                description: description?,
                host: host?,
                partners: partners?,
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

fn read_physical(
    r: &mut Reader,
    place: &Place,
    value: Json,
    expected: &str,
) -> Option<PhysicalPart> {
    let names = ["start", "end", "city", "country", "location"];
    let [start, end, city, country, location] = r.fields(place, value, expected, names)?;
    let record = "BIP's physical part";
    let start = r.required(place, record, "start", DATE, start, Reader::string);
    let end = r.required(place, record, "end", DATE, end, Reader::string);
    let city = r.required(place, record, "city", TEXT, city, Reader::text);
    let country = r.required(place, record, "country", COUNTRY, country, Reader::string);
    let location = r.optional(place, "location", LOCATION, location, read_location);
    Some(PhysicalPart {
        start: Date(start?),
        end: Date(end?),
        city: city?,
        country: CountryCode(country?),
        location: location?,
    })
}

fn plain_text(r: &mut Reader, place: &Place, value: Json) -> Option<String> {
    r.string(place, value, PLAIN_TEXT)
}

fn ids(r: &mut Reader, place: &Place, value: Json, expected: &str) -> Option<Vec<Id>> {
    r.list(place, value, expected, |r, p, v| r.string(p, v, ID).map(Id))
}

fn levels_list(r: &mut Reader, place: &Place, value: Json, expected: &str) -> Option<Vec<Level>> {
    r.list(place, value, expected, |r, p, v| {
        r.word(p, v, Level::parse, Level::NAMES)
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

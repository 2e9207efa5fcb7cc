//! The records (programmes, institutions and BIPs) read from the JSON tree: every value of the
//! wrong type or shape is reported at its place, each record on its own (see `findings.rs`).

use super::json::Json;
use super::model::{
    Agreement, Bip, Contact, Deadlines, Funding, Institution, Mobility, PhysicalPart, Programme,
    Term, Validity,
};
use super::place::Place;
use super::read::{optional, Reader};
use super::read_values::{
    ids, language_list, levels as read_levels, read_location, required_location, texts, words,
    TERMS,
};
use super::values::{AcademicYear, CountryCode, Date, Id, IscedCode, MonthDay, WebUrl};
use super::words::{
    ACADEMIC_YEAR, CONTACT, COUNTRY, DATE, DEADLINES, ECTS, EMAIL, HOST, ID, INSTITUTION_IDS,
    ISCED, MONTHS, MONTH_DAY, PHYSICAL, PLACES, PLAIN_TEXT, PROGRAMME_IDS, SCHAC, VALIDITY,
    WEB_ADDRESS,
};

/// A record as read: its model if every value had the right type, and its id if that was a
/// string (so that duplicates and references are checked even for a record that failed).
#[derive(Debug)]
pub(crate) struct Slot<T> {
    pub id: Option<String>,
    pub record: Option<T>,
}

impl<T> Slot<T> {
    pub(crate) fn unread() -> Slot<T> {
        Slot {
            id: None,
            record: None,
        }
    }
}

pub(crate) fn programme<'t>(
    r: &mut Reader<'_, 't>,
    place: &Place,
    value: Json<'t>,
) -> Slot<Programme> {
    let expected = "a programme: an object with `id`, `name` and `isced`";
    let names: &[&str] = &["id", "name", "isced", "levels", "aliases"];
    let mut f: [Option<Json>; 5] = Default::default();
    if !r.fields(place, value, expected, names, &mut f) {
        return Slot::unread();
    }
    let mark = r.failures;
    let [id, name, isced, levels, aliases] = &mut f;
    let record = "programme";
    let id = r.required_string(place, record, "id", ID, id);
    // Kept for the checks of ids and references if it was read, whatever else fails.
    let id = r.whole(mark, id);
    let name = r.required_text(place, record, "name", name);
    let isced = r.required_string(place, record, "isced", ISCED, isced);
    let levels = read_levels(r, place, levels);
    let aliases = texts(r, place, "aliases", aliases);
    let programme = Programme {
        id: Id(id.clone().unwrap_or_default()),
        name,
        isced: IscedCode(isced),
        levels,
        aliases,
    };
    Slot {
        record: r.whole(mark, programme),
        id,
    }
}

pub(crate) fn institution<'t>(
    r: &mut Reader<'_, 't>,
    place: &Place,
    value: Json<'t>,
) -> Slot<Institution> {
    let expected = "an institution: an object with `id`, `name`, `city`, `country` and `location`";
    let names: &[&str] = &[
        "id",
        "name",
        "short_name",
        "erasmus_code",
        "schac",
        "city",
        "country",
        "location",
        "website",
        "tags",
        "agreements",
        "deadlines",
        "home_deadlines",
        "requirements",
        "contacts",
    ];
    let mut f: [Option<Json>; 15] = Default::default();
    if !r.fields(place, value, expected, names, &mut f) {
        return Slot::unread();
    }
    let mark = r.failures;
    let [id, name, short_name, erasmus_code, schac, city, country, location, website, tags, agreements, deadlines, home_deadlines, requirements, contacts] =
        &mut f;
    let record = "institution";
    let id = r.required_string(place, record, "id", ID, id);
    // Kept for the checks of ids and references if it was read, whatever else fails.
    let id = r.whole(mark, id);
    let name = r.required_text(place, record, "name", name);
    let short_name = r.optional_string(place, "short_name", PLAIN_TEXT, short_name);
    let erasmus_code = r.optional_string(place, "erasmus_code", PLAIN_TEXT, erasmus_code);
    let schac = r.optional_string(place, "schac", SCHAC, schac);
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
    let home_deadlines = optional(home_deadlines, |v| {
        read_deadlines(r, &place.key("home_deadlines"), v)
    });
    let requirements = texts(r, place, "requirements", requirements);
    let contacts = contact_list(r, place, contacts);
    let institution = Institution {
        id: Id(id.clone().unwrap_or_default()),
        name,
        short_name,
        erasmus_code,
        schac,
        city,
        country: CountryCode(country),
        location,
        website: website.map(WebUrl),
        tags,
        agreements: agreements.unwrap_or_default(),
        deadlines: deadlines.unwrap_or_default(),
        home_deadlines: home_deadlines.unwrap_or_default(),
        requirements,
        contacts: contacts.unwrap_or_default(),
    };
    Slot {
        record: r.whole(mark, institution),
        id,
    }
}

/// A record's `contacts`, when present and readable.
fn contact_list<'t>(
    r: &mut Reader<'_, 't>,
    place: &Place,
    contacts: &mut Option<Json<'t>>,
) -> Option<Vec<Contact>> {
    let contacts_place = place.key("contacts");
    optional(contacts, |v| {
        let items = r.items(&contacts_place, v, "a list of contacts")?;
        r.each(items, |r, i, v| contact(r, &contacts_place.index(i), v))
    })
}

fn contact<'t>(r: &mut Reader<'_, 't>, place: &Place, value: Json<'t>) -> Option<Contact> {
    let mut f: [Option<Json>; 3] = Default::default();
    if !r.fields(place, value, CONTACT, &["name", "role", "email"], &mut f) {
        return None;
    }
    let mark = r.failures;
    let [name, role, email] = &mut f;
    let name = r.required_string(place, "contact", "name", PLAIN_TEXT, name);
    let role = r.optional_string(place, "role", PLAIN_TEXT, role);
    let email = r.optional_string(place, "email", EMAIL, email);
    let contact = Contact { name, role, email };
    r.whole(mark, contact)
}

fn agreement<'t>(r: &mut Reader<'_, 't>, place: &Place, value: Json<'t>) -> Option<Agreement> {
    let expected = "an agreement: an object with `mobility` and `isced`";
    let names: &[&str] = &[
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
        "contacts",
    ];
    let mut f: [Option<Json>; 12] = Default::default();
    if !r.fields(place, value, expected, names, &mut f) {
        return None;
    }
    let mark = r.failures;
    let [mobility, programmes, isced, levels, terms, places, months, languages, funding, valid, notes, contacts] =
        &mut f;
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
    let levels = read_levels(r, place, levels);
    let terms = words(r, place, "terms", TERMS, terms, Term::parse, Term::NAMES);
    let places = r.optional_whole(place, "places", PLACES, places);
    let months = r.optional_whole(place, "months", MONTHS, months);
    let languages = language_list(r, place, languages);
    let funding = optional(funding, |v| {
        r.word(&place.key("funding"), v, Funding::parse, Funding::NAMES)
    });
    let valid = optional(valid, |v| read_validity(r, &place.key("valid"), v));
    let notes = r.optional_text(place, "notes", notes);
    let contacts = contact_list(r, place, contacts);
    let agreement = Agreement {
        mobility: mobility.unwrap_or(Mobility::Study),
        programmes,
        isced: IscedCode(isced),
        levels,
        terms,
        places,
        months,
        languages,
        funding,
        valid,
        notes,
        contacts: contacts.unwrap_or_default(),
    };
    r.whole(mark, agreement)
}

pub(super) fn read_deadlines<'t>(
    r: &mut Reader<'_, 't>,
    place: &Place,
    value: Json<'t>,
) -> Option<Deadlines> {
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
    let mark = r.failures;
    let [autumn, spring, full_year] = &mut f;
    let autumn = r.optional_string(place, "autumn", MONTH_DAY, autumn);
    let spring = r.optional_string(place, "spring", MONTH_DAY, spring);
    let full_year = r.optional_string(place, "full-year", MONTH_DAY, full_year);
    let deadlines = Deadlines {
        autumn: autumn.map(MonthDay),
        spring: spring.map(MonthDay),
        full_year: full_year.map(MonthDay),
    };
    r.whole(mark, deadlines)
}

fn read_validity<'t>(r: &mut Reader<'_, 't>, place: &Place, value: Json<'t>) -> Option<Validity> {
    let mut f: [Option<Json>; 2] = Default::default();
    if !r.fields(place, value, VALIDITY, &["from", "until"], &mut f) {
        return None;
    }
    let mark = r.failures;
    let [from, until] = &mut f;
    let from = r.optional_string(place, "from", ACADEMIC_YEAR, from);
    let until = r.optional_string(place, "until", ACADEMIC_YEAR, until);
    let validity = Validity {
        from: from.map(AcademicYear),
        until: until.map(AcademicYear),
    };
    r.whole(mark, validity)
}

pub(crate) fn bip<'t>(r: &mut Reader<'_, 't>, place: &Place, value: Json<'t>) -> Slot<Bip> {
    let expected = "a BIP: an object with `id`, `title` and `host`";
    let names: &[&str] = &[
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
    if !r.fields(place, value, expected, names, &mut f) {
        return Slot::unread();
    }
    let mark = r.failures;
    let [id, title, description, host, partners, programmes, isced, levels, physical, virtual_part, ects, languages, apply_by, places, url] =
        &mut f;
    let record = "BIP";
    let id = r.required_string(place, record, "id", ID, id);
    // Kept for the checks of ids and references if it was read, whatever else fails.
    let id = r.whole(mark, id);
    let title = r.required_text(place, record, "title", title);
    let description = r.optional_text(place, "description", description);
    let host = r.required_string(place, record, "host", HOST, host);
    let partners = ids(r, place, "partners", INSTITUTION_IDS, partners);
    let programmes = ids(r, place, "programmes", PROGRAMME_IDS, programmes);
    let isced = r.optional_string(place, "isced", ISCED, isced);
    let levels = read_levels(r, place, levels);
    let physical = optional(physical, |v| read_physical(r, &place.key("physical"), v));
    let virtual_part = r.optional_text(place, "virtual", virtual_part);
    let ects = optional(ects, |v| r.number(&place.key("ects"), v, ECTS));
    let languages = language_list(r, place, languages);
    let apply_by = r.optional_string(place, "apply_by", DATE, apply_by);
    let places = r.optional_whole(place, "places", PLACES, places);
    let url = r.optional_string(place, "url", WEB_ADDRESS, url);
    let bip = Bip {
        id: Id(id.clone().unwrap_or_default()),
        title,
        description,
        host,
        partners: partners.unwrap_or_default(),
        programmes,
        isced: isced.map(IscedCode),
        levels,
        physical,
        virtual_part,
        ects,
        languages,
        apply_by: apply_by.map(Date),
        places,
        url: url.map(WebUrl),
    };
    Slot {
        record: r.whole(mark, bip),
        id,
    }
}

fn read_physical<'t>(
    r: &mut Reader<'_, 't>,
    place: &Place,
    value: Json<'t>,
) -> Option<PhysicalPart> {
    let names: &[&str] = &["start", "end", "city", "country", "location"];
    let mut f: [Option<Json>; 5] = Default::default();
    if !r.fields(place, value, PHYSICAL, names, &mut f) {
        return None;
    }
    let mark = r.failures;
    let [start, end, city, country, location] = &mut f;
    let record = "BIP's physical part";
    let start = r.required_string(place, record, "start", DATE, start);
    let end = r.required_string(place, record, "end", DATE, end);
    let city = r.required_text(place, record, "city", city);
    let country = r.required_string(place, record, "country", COUNTRY, country);
    let location = optional(location, |v| read_location(r, &place.key("location"), v));
    let physical = PhysicalPart {
        start: Date(start),
        end: Date(end),
        city,
        country: CountryCode(country),
        location,
    };
    r.whole(mark, physical)
}

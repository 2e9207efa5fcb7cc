//! The catalogue read from the JSON tree: its format first, then the top-level fields and the
//! three lists of records (`read_records.rs`), each record owning its problems (see
//! `findings.rs`); what the values mean is checked afterwards (`validate.rs`).

use super::findings::{Findings, List, Owner};
use super::funding::FundingTable;
use super::home::{Application, HomeContact};
use super::json::{Json, Tree};
use super::model::{Bip, Home, Institution, Programme, FORMAT};
use super::place::Place;
use super::problem::Problem;
use super::read::{found, optional, Reader};
use super::read_funding::read_funding;
use super::read_records::{bip, institution, programme, read_deadlines, Slot};
use super::read_values::required_location;
use super::text::LocalisedText;
use super::values::{CountryCode, Date, WebUrl};
use super::words::{
    quoted, APPLICATION, CHOICES, COUNTRY, DATE, EMAIL, HOME, HOME_CONTACT, WEB_ADDRESS,
};

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
    pub funding: Option<FundingTable>,
}

/// Reads the whole tree. The format comes first: a catalogue of another format or version is
/// refused with that one problem, whatever else it holds.
pub(crate) fn read_catalogue(mut tree: Tree, findings: &mut Findings) -> Result<Draft, Problem> {
    let root_value = tree.root.take().unwrap_or(Json::Null);
    let mut declared = String::new();
    if let Json::Object(members) = &root_value {
        let format = tree.member(*members, "format");
        if let Some(problem) = format_problem(format.as_ref()) {
            return Err(problem);
        }
        if let Some(Json::String(format)) = format {
            declared = format.into_owned();
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
        failures: 0,
    };
    let root = Place::Root;
    let names: &[&str] = &[
        "format",
        "updated",
        "notice",
        "home",
        "programmes",
        "institutions",
        "bips",
        "funding",
    ];
    let mut f: [Option<Json>; 8] = Default::default();
    r.fields(&root, root_value, "", names, &mut f);
    let [_, updated, notice, home, programmes, institutions, bips, funding] = &mut f;
    let home = r
        .need(&root, "catalogue", "home", HOME, home)
        .and_then(|v| read_home(r, &root.key("home"), v));
    let mut draft = Draft {
        format: declared,
        updated: r.optional_string(&root, "updated", DATE, updated).map(Date),
        notice: r.optional_text(&root, "notice", notice),
        home,
        funding: optional(funding, |v| read_funding(r, &root.key("funding"), v)),
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
    value: &mut Option<Json<'t>>,
    read: fn(&mut Reader<'_, 't>, &Place, Json<'t>) -> Slot<T>,
) -> Vec<Slot<T>> {
    let root = Place::Root;
    let place = root.key(list.key());
    let expected = match list {
        List::Programmes => "a list of programmes",
        List::Institutions => "a list of institutions",
        List::Bips => "a list of BIPs",
    };
    let Some(items) = optional(value, |v| r.items(&place, v, expected)) else {
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
    let mut f: [Option<Json>; 7] = Default::default();
    let names: &[&str] = &[
        "name",
        "city",
        "country",
        "location",
        "deadlines",
        "contact",
        "application",
    ];
    if !r.fields(place, value, HOME, names, &mut f) {
        return None;
    }
    let mark = r.failures;
    let [name, city, country, location, deadlines, contact, application] = &mut f;
    let record = "home school";
    let name = r.required_text(place, record, "name", name);
    let city = r.required_text(place, record, "city", city);
    let country = r.required_string(place, record, "country", COUNTRY, country);
    let location = required_location(r, place, record, location);
    let deadlines = optional(deadlines, |v| read_deadlines(r, &place.key("deadlines"), v));
    let home = Home {
        name,
        city,
        country: CountryCode(country),
        location,
        deadlines: deadlines.unwrap_or_default(),
        contact: optional(contact, |v| read_contact(r, &place.key("contact"), v)),
        application: optional(application, |v| {
            read_application(r, &place.key("application"), v)
        }),
    };
    r.whole(mark, home)
}

fn read_contact<'t>(r: &mut Reader<'_, 't>, place: &Place, value: Json<'t>) -> Option<HomeContact> {
    let mut f: [Option<Json>; 2] = Default::default();
    if !r.fields(place, value, HOME_CONTACT, &["email", "url"], &mut f) {
        return None;
    }
    let [email, url] = &mut f;
    let email = r.optional_string(place, "email", EMAIL, email);
    let url = r.optional_string(place, "url", WEB_ADDRESS, url);
    Some(HomeContact {
        email,
        url: url.map(WebUrl),
    })
}

fn read_application<'t>(
    r: &mut Reader<'_, 't>,
    place: &Place,
    value: Json<'t>,
) -> Option<Application> {
    let mut f: [Option<Json>; 2] = Default::default();
    let names: &[&str] = &["europe", "outside_europe"];
    if !r.fields(place, value, APPLICATION, names, &mut f) {
        return None;
    }
    let mark = r.failures;
    let [europe, outside] = &mut f;
    let mut count = |name: &str, value: &mut Option<Json<'t>>| {
        let mut value = r.need(place, "application", name, CHOICES, value);
        r.optional_whole(place, name, CHOICES, &mut value)
            .unwrap_or_default()
    };
    let application = Application {
        europe: count("europe", europe),
        outside_europe: count("outside_europe", outside),
    };
    r.whole(mark, application)
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
